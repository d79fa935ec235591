"""Portuguese lowercase fusions, second pass (issue 15, branch ``lang17``).

Rules of ``fused``, read off real Portuguese tune text (the quotations of Debian's
``fortunes-br``, the paragraphs of ``focalinux-text`` and the dev corpus's Portuguese tune
pages, by ``python -m benchmarks.romance_recall --langs pt``); the sentences here are our own,
of the same shapes:

- ``de`` glued to a common singular noun or a common infinitive is the preposition
  (``derede``, ``detexto``, ``desair``, ``defalar``): lang15's reading of ``de`` before a
  plural, for the singular, where the noun is told by a plural the lexicon rates common and the
  token is no prefixed verb's participle, gerund or listed form;
- a preposition or article glued to a possessive it agrees with (``daminha``, ``osseus``,
  ``nasua``; Italian ``ilsuo``, ``isuoi``), a rare token of wordfreq's sources, is split back as
  the article fusions are; and an article fusion
  whose only sibling is the same word glued to another article, rarer than a content word
  (``deuma`` beside ``deum``), is one too;
- the article ``a`` glued to a common noun with a feminine suffix (``asociedade``,
  ``amensagem``) is the article, not the prefix ``a-``;
- Italian ``di`` before a singular noun or an infinitive, read as Portuguese ``de`` is
  (``ditesto``, ``diparlare``; Debian's ``fortunes-it``).

Every glued sentence is left glued on the base (``78c870b``); each is cleaned with its language
given and with none.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired

GLUED = [
    (
        "O técnico trocou o cabo derede do escritório antes da reunião de segunda-feira.",
        "O técnico trocou o cabo de rede do escritório antes da reunião de segunda-feira.",
        "'rede' is a singular noun (its plural 'redes' is common), which 'de' does not prefix",
    ),
    (
        "O programa abre o arquivo detexto e mostra o conteúdo inteiro na tela do computador.",
        "O programa abre o arquivo de texto e mostra o conteúdo inteiro na tela do computador.",
        "'texto' (plural 'textos'): the preposition before a noun, not a derivation in de-",
    ),
    (
        "Antes desair de casa, ela sempre confere se o fogão e as janelas estão fechados.",
        "Antes de sair de casa, ela sempre confere se o fogão e as janelas estão fechados.",
        "'sair' is a common infinitive; the prefixed verbs' infinitives are words the lexicon lists",
    ),
    (
        "O vizinho parou defalar com a gente depois da briga por causa do muro do quintal.",
        "O vizinho parou de falar com a gente depois da briga por causa do muro do quintal.",
        "'parar de falar': 'de' before an infinitive",
    ),
    (
        "Ela guardou as fotos daminha avó numa caixa de sapatos embaixo da cama.",
        "Ela guardou as fotos da minha avó numa caixa de sapatos embaixo da cama.",
        "'daminha' (Zipf 2.2, a fusion of wordfreq's sources): the contraction 'da' and the possessive 'minha'",
    ),
    (
        "Ele voltou para casa com osseus amigos depois do jogo de futebol no domingo.",
        "Ele voltou para casa com os seus amigos depois do jogo de futebol no domingo.",
        "'osseus': the article 'os' and the possessive 'seus'",
    ),
    (
        "Ninguém sabe o que se passa nasua cabeça quando ela fica calada o dia inteiro.",
        "Ninguém sabe o que se passa na sua cabeça quando ela fica calada o dia inteiro.",
        "'nasua': the contraction 'na' and the possessive 'sua'",
    ),
    (
        "A maior de todas as árvores nasce deuma semente pequena, dizia o velho jardineiro.",
        "A maior de todas as árvores nasce de uma semente pequena, dizia o velho jardineiro.",
        "'deuma' (Zipf 1.5): its one sibling, 'deum' (2.7), is 'de' glued to another article, no word's form",
    ),
    (
        "O projeto quer mostrar asociedade que a ciência pode mudar a vida das pessoas comuns.",
        "O projeto quer mostrar a sociedade que a ciência pode mudar a vida das pessoas comuns.",
        "'sociedade': a common noun in -dade, a feminine suffix, after the article 'a', not the prefix a-",
    ),
    (
        "O aplicativo envia amensagem para todos os contatos da lista ao mesmo tempo.",
        "O aplicativo envia a mensagem para todos os contatos da lista ao mesmo tempo.",
        "'mensagem': a common noun in -gem, feminine",
    ),
]


@pytest.mark.parametrize(("damaged", "repaired", "reason"), GLUED)
def test_a_portuguese_preposition_glued_to_a_noun_infinitive_or_possessive_is_split(
    damaged: str, repaired: str, reason: str
) -> None:
    assert_repaired(damaged, repaired, reason, "pt")
    assert_repaired(damaged, repaired, reason + " (no language given)", "auto")


WHOLE = [
    (
        "Ele temeu pelo pior quando ouviu o barulho vindo da cozinha no meio da noite.",
        "'temeu' (of 'temer') ends in a possessive after 'te', but is common and has other forms",
    ),
    (
        "O ministro meteu os pés pelas mãos na entrevista de ontem à noite.",
        "'meteu' (of 'meter'): a verb's form, not 'me teu'",
    ),
    (
        "O prefeito demarca a área do parque com uma cerca nova todos os anos.",
        "'demarca' is a form of 'demarcar', a verb the lexicon lists",
    ),
    (
        "A aprioridade de um conceito, para o filósofo, quer dizer que ele vem antes da experiência.",
        "'aprioridade' (a word of Debian's lists): 'prioridade' is feminine, but under the floor of the article's reading",
    ),
]


@pytest.mark.parametrize(("text", "reason"), WHOLE)
def test_portuguese_words_of_the_same_shapes_stay_whole(text: str, reason: str) -> None:
    assert_kept(text, reason, "pt")
    assert_kept(text, reason + " (no language given)", "auto")


def test_the_singular_reading_needs_a_noun_with_a_common_plural_and_no_verb_form() -> None:
    from textmend.normalizers.fused import _scanner

    pt = _scanner("pt")
    assert pt is not None
    assert pt.preposition_before_singular("de", "rede")  # plural "redes"
    assert pt.preposition_before_singular("de", "manual")  # -al makes -ais ("manuais")
    assert pt.preposition_before_singular("de", "mensagem")  # -m makes -ns ("mensagens")
    assert pt.preposition_before_singular("de", "viver")  # a common infinitive
    assert not pt.preposition_before_singular("de", "ferimento")  # -mentos: made from a verb
    assert not pt.preposition_before_singular("de", "parada")  # "deparada": a participle's ending
    assert not pt.preposition_before_singular("de", "comando")  # "-ando": a gerund's ending
    assert not pt.preposition_before_singular("de", "marca")  # "demarca" of "demarcar"
    assert not pt.preposition_before_singular("de", "treinos")  # a plural: preposition_before_plural's
    assert not pt.preposition_before_singular("a", "rede")  # "a" prefixes nouns made verbs ("apedra")
    es = _scanner("es")
    assert es is not None and not es.preposition_before_singular("de", "casa")  # other languages read none


def test_the_possessive_fusions_are_rare_tokens_with_no_other_form() -> None:
    from textmend.normalizers.fused import _scanner

    pt = _scanner("pt")
    assert pt is not None
    assert {"daminha", "desua", "nasua", "osseus", "aminha"} <= pt.article_fusions
    # verbs' forms that end in a possessive: common, or with other forms in the lexicon
    assert not {"temeu", "meteu", "ateu", "atua", "verteu"} & pt.article_fusions
    assert "daminhas" not in pt.article_fusions  # "da minhas": the host and the possessive disagree
    it = _scanner("it")
    assert it is not None
    assert {"ilsuo", "lasua", "isuoi", "imiei", "delsuo"} <= it.article_fusions
    assert "lomia" not in it.article_fusions  # "lo mia": a masculine article, a feminine possessive
    assert not {"fatua", "fatue", "chimia"} & it.article_fusions  # an adjective, a word glued to no article


def test_a_sibling_glued_to_another_article_counts_only_where_it_is_a_word() -> None:
    from textmend.normalizers.fused import _scanner

    pt, fr, de = _scanner("pt"), _scanner("fr"), _scanner("de")
    assert pt is not None and fr is not None and de is not None
    assert {"deuma", "auma"} <= pt.article_fusions  # "deum" (2.7), "aum" (2.5): fusions themselves
    assert "comuma" not in pt.article_fusions  # its sibling "comum" (5.2) is a word
    assert "teles" not in fr.article_fusions  # "tele" (3.2): the unaccented "télé", a word
    assert "vordem" not in de.article_fusions  # German articles decline as adjectives ("vorder")


def test_the_feminine_article_reading_needs_a_feminine_suffix_and_a_common_noun() -> None:
    from textmend.normalizers.fused import _scanner

    pt = _scanner("pt")
    assert pt is not None
    assert pt.article_before_feminine("a", "sociedade") and pt.article_before_feminine("a", "mensagem")
    assert not pt.article_before_feminine("a", "carne")  # no feminine suffix: "acarne" may be a prefixed word
    assert not pt.article_before_feminine("a", "prioridade")  # under Zipf 4.5: "aprioridade" is a word
    assert not pt.article_before_feminine("de", "sociedade")  # the article only


ITALIAN_GLUED = [
    (
        "Ho comprato un libro ditesto per il corso di chimica all'università di Bologna.",
        "Ho comprato un libro di testo per il corso di chimica all'università di Bologna.",
        "'testo' (plural 'testi', common): 'di' before a noun, not the prefix of 'dimostrare'",
    ),
    (
        "Ieri sera ho incontrato ilsuo fratello al cinema insieme a tutta la famiglia.",
        "Ieri sera ho incontrato il suo fratello al cinema insieme a tutta la famiglia.",
        "'ilsuo' (Zipf 1.7, a fusion of wordfreq's sources): the article 'il' and the possessive 'suo', which agree",
    ),
    (
        "Mi ha raccontato tutti isuoi segreti mentre camminavamo lungo il fiume.",
        "Mi ha raccontato tutti i suoi segreti mentre camminavamo lungo il fiume.",
        "'isuoi': the plural article 'i' and the plural possessive 'suoi'",
    ),
    (
        "È arrivato il momento diparlare con il direttore della scuola dei nostri figli.",
        "È arrivato il momento di parlare con il direttore della scuola dei nostri figli.",
        "'parlare' is a common infinitive; the prefixed verbs' infinitives are words the lexicon lists",
    ),
]


@pytest.mark.parametrize(("damaged", "repaired", "reason"), ITALIAN_GLUED)
def test_italian_di_glued_to_a_noun_or_an_infinitive_is_split(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason, "it")
    assert_repaired(damaged, repaired, reason + " (no language given)", "auto")


def test_italian_verbs_forms_in_di_stay() -> None:
    from textmend.normalizers.fused import _scanner

    assert_kept(
        "Io distavo pochi metri dalla stazione quando il treno è partito senza di me.",
        "'distavo' is a form of 'distare', a verb the lexicon lists",
        "it",
    )
    it = _scanner("it")
    assert it is not None
    assert it.preposition_before_singular("di", "testo") and it.preposition_before_singular("di", "problema")
    assert not it.preposition_before_singular("di", "stavo")  # "distavo" of "distare"
    assert not it.preposition_before_singular("di", "città")  # no plural of its own to tell the noun by
