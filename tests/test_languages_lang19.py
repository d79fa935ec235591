"""Spanish function words glued to an article, a pronoun or ``no`` (issue 15, branch ``lang19``).

wordfreq's Spanish sources hold some words glued to an article (``conla``, ``porel``,
``enlos``, ``deuna``, ``esun``, ``todoslos``): rare known tokens, read as German ``mitdem``
and Dutch ``metde`` are (``data/es/articles.txt``), but only after a word of
``data/es/article_hosts.txt`` (the words a noun phrase follows: prepositions, ``que``, ``y``,
``o``, ``ni``, ``como``, ``es``, ``son``, ``todos``).  The words of the same shape stay: with
every function word as host, ``perola`` (a pot), ``estola`` (a stole), ``estala`` and
``launa`` would be read, words of Debian's ``wspanish``; ``para`` takes no ``la``, ``las``,
``los`` (with them it is the imperative of ``parar`` and its object, the voseo ``parala``);
a clitic pronoun before ``la``, ``las``, ``los`` hosts no article (``melas``, ``selos``).

And a listed host glued to a function word it takes (``data/es/function_pair_hosts.txt``:
``queno``, ``quese``, ``quela``, ``yno``, ``esel``, ``enla``), read with no sibling test,
below Zipf 3.0, three letters included, in lower case only; ``queque`` (a cake) and ``yeso``
(plaster) stay, and so does a capitalized name (``-- Quete.``).

Read off Debian's ``fortunes-es`` (``python -m benchmarks.romance_recall --fortunes --langs
es``); the sentences here are our own but for the attribution.  Every glued sentence is left
glued on the base (``31cb18c``); each is cleaned with its language given and with none.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired

GLUED = [
    (
        "Mi hermana sale a correr todas las mañanas conla perra del vecino por el parque.",
        "Mi hermana sale a correr todas las mañanas con la perra del vecino por el parque.",
        "'conla' (a rare token of wordfreq's sources): the preposition 'con' and the article 'la'",
    ),
    (
        "El tren salió tarde de la estación y llegamos a la ciudad porla tarde, cansados del viaje.",
        "El tren salió tarde de la estación y llegamos a la ciudad por la tarde, cansados del viaje.",
        "'porla': 'por' and 'la'",
    ),
    (
        "Los vecinos del barrio se reunieron enlos jardines de la iglesia para hablar del mercado.",
        "Los vecinos del barrio se reunieron en los jardines de la iglesia para hablar del mercado.",
        "'enlos': 'en' and 'los'",
    ),
    (
        "El alcalde prometió que el nuevo puente estará listo antes deuna semana, pero nadie le cree.",
        "El alcalde prometió que el nuevo puente estará listo antes de una semana, pero nadie le cree.",
        "'deuna': 'de' and 'una'",
    ),
    (
        "Los libros quelos alumnos dejaron en la biblioteca fueron devueltos a sus estantes.",
        "Los libros que los alumnos dejaron en la biblioteca fueron devueltos a sus estantes.",
        "'quelos': the relative 'que' and 'los'",
    ),
    (
        "Para muchos lectores esta novela esun clásico que se debe leer al menos una vez en la vida.",
        "Para muchos lectores esta novela es un clásico que se debe leer al menos una vez en la vida.",
        "'esun': the copula 'es' and 'un'",
    ),
    (
        "El entrenador dijo que todoslos jugadores tendrán que entrenar también el domingo.",
        "El entrenador dijo que todos los jugadores tendrán que entrenar también el domingo.",
        "'todoslos': 'todos' takes the article after it",
    ),
    (
        "La comida llegó tarde, pero la sopa estaba caliente y la carne, parael gusto de todos, muy tierna.",
        "La comida llegó tarde, pero la sopa estaba caliente y la carne, para el gusto de todos, muy tierna.",
        "'parael': 'para' and 'el'",
    ),
]

WHOLE = [
    ("La abuela puso la perola con el caldo al fuego y se sentó a esperar.", "'perola' (a pot): 'pero' hosts no article"),
    ("El sacerdote se puso la estola antes de empezar la misa del domingo.", "'estola' (a stole): 'esto' hosts no article"),
    ("Si te molesta la música, parala y andá a dormir un rato.", "'parala' (voseo 'stop it'): 'para' is also the imperative of 'parar', which takes 'la' as its object"),
    ("Los niños miraban las olas desde el muelle mientras las gaviotas abrían las alas.", "'olas', 'alas' ('o' + 'las', 'a' + 'las' in shape): common words, not rare tokens"),
]


@pytest.mark.parametrize(("damaged", "repaired", "reason"), GLUED)
def test_a_spanish_host_glued_to_an_article_is_split(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason, "es")
    assert_repaired(damaged, repaired, reason + " (no language given)", "auto")


@pytest.mark.parametrize(("text", "reason"), WHOLE)
def test_spanish_words_of_the_same_shape_stay_whole(text: str, reason: str) -> None:
    assert_kept(text, reason, "es")
    assert_kept(text, reason + " (no language given)", "auto")


def test_spanish_article_fusions_are_a_listed_host_and_an_article() -> None:
    from textmend.lexicon import language_list
    from textmend.normalizers.fused import _scanner

    scanner = _scanner("es")
    hosts = {line.split()[0] for line in language_list("article_hosts", "es")}
    articles = language_list("articles", "es")
    assert {"conla", "porel", "enlos", "esun", "todoslos"} <= scanner.article_fusions
    fusions = scanner.article_fusions - scanner.listed_pair_fusions
    for w in fusions:
        assert any(w == h + a for h in hosts for a in articles), f"{w!r}: only a listed host takes an article"
    assert not {"perola", "estola", "estala", "launa", "melas", "selos", "elos"} & fusions
    assert "e" not in hosts, "'e' (the 'y' before an i-sound) goes before no article; 'elos' is Portuguese"
    assert "pero" not in hosts, "'perola' is a word"
    assert "parael" in fusions and not {"parala", "paralas", "paralos"} & fusions, "voseo 'parala': the verb and its object"


PAIRS = [
    (
        "Mi abuela siempre dice queno hay mal que por bien no venga.",
        "Mi abuela siempre dice que no hay mal que por bien no venga.",
        "'queno': the complementizer 'que' and 'no' (data/es/function_pair_hosts.txt)",
    ),
    (
        "Los vecinos cuentan quese mudaron a la costa hace dos inviernos.",
        "Los vecinos cuentan que se mudaron a la costa hace dos inviernos.",
        "'quese': 'que' and the clitic 'se' (its sibling 'queso' does not hold it)",
    ),
    (
        "El médico le explicó quela operación duraría al menos tres horas.",
        "El médico le explicó que la operación duraría al menos tres horas.",
        "'quela': 'que' and 'la' (its sibling 'quel' does not hold it)",
    ),
    (
        "Esperamos media hora en la parada yno pasó ningún autobús.",
        "Esperamos media hora en la parada y no pasó ningún autobús.",
        "'yno': three letters, read as a listed host and its word",
    ),
    (
        "Para muchos aficionados, este partido esel más importante de toda la temporada.",
        "Para muchos aficionados, este partido es el más importante de toda la temporada.",
        "'esel': the copula 'es' and 'el' (its sibling 'ese', a demonstrative, does not hold it)",
    ),
    (
        "Los documentos del juicio quedaron guardados enla caja fuerte del notario.",
        "Los documentos del juicio quedaron guardados en la caja fuerte del notario.",
        "'enla' (Zipf 2.75, above the article rule's 2.5): a listed pair is read below a content word's 3.0",
    ),
    (
        "Compramos harina, huevos ylos tomates para la cena del sábado.",
        "Compramos harina, huevos y los tomates para la cena del sábado.",
        "'ylos': 'y' and 'los'",
    ),
]

PAIR_WORDS = [
    ("Para la merienda del domingo mi tía preparó un queque de naranja.", "'queque' (a cake): 'que' + 'que' is not listed"),
    ("Las paredes del viejo patio estaban cubiertas de yeso y de cal.", "'yeso' (plaster): 'y' + 'eso' is not listed, and common"),
    ("El quesero del pueblo vende sus quesos en el mercado de los jueves.", "'quesero', 'quesos': words beginning with 'que'"),
    ("La religión es algo en lo que nos apoyamos para encontrarle algún sentido a la vida. -- Quete.", "'Quete' (an attribution, a name): a listed pair is read in lower case only (fortunes-es, ciencia)"),
    ("El eslabón más débil del proyecto era el enlace entre las dos oficinas.", "'eslabón', 'enlace' begin with a listed pair ('es|la', 'en|la'): words, not the pair's token"),
]


@pytest.mark.parametrize(("damaged", "repaired", "reason"), PAIRS)
def test_a_spanish_listed_host_glued_to_its_function_word_is_split(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason, "es")
    assert_repaired(damaged, repaired, reason + " (no language given)", "auto")


@pytest.mark.parametrize(("text", "reason"), PAIR_WORDS)
def test_spanish_words_beginning_with_a_host_stay_whole(text: str, reason: str) -> None:
    assert_kept(text, reason, "es")
    assert_kept(text, reason + " (no language given)", "auto")


def test_listed_pairs_are_a_host_and_a_word_listed_beside_it() -> None:
    from textmend.lexicon import language_list
    from textmend.normalizers.fused import _scanner

    scanner = _scanner("es")
    pairs = {host + word for host, *words in map(str.split, language_list("function_pair_hosts", "es")) for word in words}
    fusions = scanner.listed_pair_fusions
    assert {"queno", "quese", "quela", "yno", "yque"} <= fusions <= pairs
    assert not {"queque", "quesea", "yal", "yeso"} & fusions
    assert {"esel", "esla", "enla", "conel", "deun"} <= fusions, "held by a sibling that is no form of them, or above 2.5"
    assert _scanner("fr").listed_pair_fusions == frozenset(), "French lists no hosts: its 'yla', 'àla' stay unread"
