"""Dutch prepositions glued to a definite article (issue 15, branch ``lang18``).

wordfreq's Dutch sources hold some prepositions glued to ``de`` or ``het`` (``metde``,
``doorde``, ``inhet``, ``vanhet``): rare known tokens, read as German ``mitdem`` is
(``data/nl/articles.txt``), but only after a preposition of ``data/nl/article_hosts.txt``.
The words of the same shape stay: a verb's stem or an adjective before ``de`` is a weak past
or a participle (``heelde``, ``eigende``, ``latende``), ``zode`` is a noun, and the indefinite
``een`` after a preposition makes adverbs (``dooreen``, ``vaneen``, ``uiteen``).

And the neuter article ``het`` glued to a common content word of four letters or more
(``hetmenu``, ``hetinstalleren``, ``hetbovenste``) is the article, where the closed-compound
gate asked the document to write the two apart (``data/nl/prefixless_articles.txt``): ``het``
begins no derived word, unlike ``de`` (``deactiveren``, ``deformatie``) and ``een``
(``eendaags``, ``eenvormig``), which stay held.

And the particle ``te`` glued to an infinitive (``tedrukken``, ``tezien``), told by its
common third-person form (``drukt``, ``ziet``; ``data/nl/infinitive_particles.txt``): Dutch
``te`` is no verb prefix, unlike German ``zu``.  ``teboven``, ``terassen`` (no verb after
``te``) and the common words ``tevoren``, ``tekenden`` stay.  Read off
aptitude's Dutch manual (Debian's ``aptitude-doc-nl``, by ``python -m
benchmarks.romance_recall --langs nl``); the sentences here are our own.

Every glued sentence is left glued on the base (``3b0c736``); each is cleaned with its language
given and with none.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired

GLUED = [
    (
        "Mijn broer reist elke ochtend metde trein naar zijn werk in Utrecht.",
        "Mijn broer reist elke ochtend met de trein naar zijn werk in Utrecht.",
        "'metde' (a rare token of wordfreq's sources): the preposition 'met' and the article 'de'",
    ),
    (
        "De nieuwe versie van het programma wordt inhet menu van de computer getoond.",
        "De nieuwe versie van het programma wordt in het menu van de computer getoond.",
        "'inhet': 'in' and the neuter article 'het'",
    ),
    (
        "We wandelden doorde stad tot het donker werd en de winkels dichtgingen.",
        "We wandelden door de stad tot het donker werd en de winkels dichtgingen.",
        "'doorde': the preposition 'door' before the article",
    ),
    (
        "Het einde vanhet verhaal was voor de meeste lezers een grote verrassing.",
        "Het einde van het verhaal was voor de meeste lezers een grote verrassing.",
        "'vanhet': 'van' and 'het', no Dutch word",
    ),
    (
        "Ze legde de sleutels opde tafel en ging daarna meteen naar bed.",
        "Ze legde de sleutels op de tafel en ging daarna meteen naar bed.",
        "'opde': 'op' and 'de'",
    ),
    (
        "Je vindt de instellingen voor het geluid in hetmenu onder de knop met het tandwiel.",
        "Je vindt de instellingen voor het geluid in het menu onder de knop met het tandwiel.",
        "'het' before the noun 'menu': the article, since 'het' begins no Dutch word",
    ),
    (
        "Lees eerst de handleiding door voor hetinstalleren van de nieuwe printer op kantoor.",
        "Lees eerst de handleiding door voor het installeren van de nieuwe printer op kantoor.",
        "'het installeren': the article before a nominalized infinitive",
    ),
    (
        "De kat sliep de hele middag op hetbovenste plankje van de boekenkast in de kamer.",
        "De kat sliep de hele middag op het bovenste plankje van de boekenkast in de kamer.",
        "'het bovenste': the article before a declined adjective",
    ),
    (
        "Houd de knop ingedrukt en vergeet niet tedrukken op de rode toets onderaan.",
        "Houd de knop ingedrukt en vergeet niet te drukken op de rode toets onderaan.",
        "'drukken' is an infinitive ('drukt' is common): 'te' before it is the particle",
    ),
    (
        "In de oude stad is voor toeristen altijd genoeg tezien en te beleven.",
        "In de oude stad is voor toeristen altijd genoeg te zien en te beleven.",
        "'tezien' (a rare token of wordfreq's sources): 'te' and 'zien' ('ziet')",
    ),
]

WHOLE = [
    ("De papieren lagen dooreen op het bureau van de oude notaris.", "'dooreen' (in disorder): 'een' after a preposition makes adverbs"),
    ("Na de ruzie gingen de twee vrienden vaneen en spraken elkaar jaren niet.", "'vaneen' (apart): an adverb"),
    ("De dokter heelde de wond van de jongen in een paar weken.", "'heelde': the weak past of 'helen', not 'heel de'"),
    ("De koning eigende zich het land van de boeren toe.", "'eigende': the weak past of 'zich toe-eigenen'"),
    ("De tuinman legde een zode gras op de kale plek in het gazon.", "'zode' (sod): a noun, not 'zo de'"),
    ("De aanhef van de brief was beleefd maar kort.", "'aanhef' (a letter's salutation): the sibling that keeps 'aanhet' unread"),
    ("De man, hetende Jan de Vries, stond als getuige voor de rechter.", "'hetende' (named): a participle of 'heten', not 'het ende'"),
    ("Het huis, hetwelk op de hoek van de straat stond, werd vorig jaar verkocht.", "'hetwelk' (which): a relative pronoun"),
    ("Bij hetzelfde bedrijf werkte zij al meer dan twintig jaar als boekhouder.", "'hetzelfde' (the same): one word"),
    ("Van tevoren had niemand hem verteld dat de winkel op maandag dicht was.", "'tevoren' (beforehand): a common word, not read"),
    ("De kinderen tekenden een huis met een grote tuin en een boom ervoor.", "'tekenden' (drew): a common word"),
    ("De ingenieur wilde deinstallatie van de nieuwe machine nog een week uitstellen.", "'de' begins words ('deactiveren', 'deformatie'): 'de|installatie' stays held by the compound gate"),
]


@pytest.mark.parametrize(("damaged", "repaired", "reason"), GLUED)
def test_a_dutch_preposition_glued_to_a_definite_article_is_split(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason, "nl")
    assert_repaired(damaged, repaired, reason + " (no language given)", "auto")


@pytest.mark.parametrize(("text", "reason"), WHOLE)
def test_dutch_words_of_the_same_shapes_stay_whole(text: str, reason: str) -> None:
    assert_kept(text, reason, "nl")
    assert_kept(text, reason + " (no language given)", "auto")


def test_dutch_article_fusions_are_a_listed_preposition_and_de_or_het() -> None:
    from textmend.lexicon import language_list
    from textmend.normalizers.fused import _scanner

    scanner = _scanner("nl")
    hosts = language_list("article_hosts", "nl")
    articles = language_list("articles", "nl")
    assert "een" not in articles, "'een' after a preposition makes adverbs ('dooreen', 'uiteen')"
    fusions = scanner.article_fusions
    assert {"metde", "inhet", "doorde"} <= fusions
    for w in fusions:
        assert any(w == h + a for h in hosts for a in articles), f"{w!r}: only a listed preposition hosts an article"
    assert not {"heelde", "eigende", "zode", "latende", "dooreen", "vaneen"} & fusions


def test_only_het_is_a_prefixless_article_and_it_needs_a_common_word_of_four_letters() -> None:
    from textmend.normalizers.fused import _scanner

    scanner = _scanner("nl")
    assert scanner.prefixless_articles == frozenset({"het"}), "'de' and 'een' begin Dutch words"
    # (no lines needed: the rule answers before the document is asked)
    assert scanner.compound_evidence("het", "menu", None)
    assert _scanner("de").prefixless_articles == frozenset(), "German has no such list"


@pytest.mark.parametrize(
    ("infinitive", "verb"),
    [("drukken", True), ("maken", True), ("geven", True), ("zien", True), ("rassen", False), ("boven", False)],
)
def test_an_infinitive_after_te_is_told_by_its_third_person(infinitive: str, verb: bool) -> None:
    from textmend.normalizers.fused import _scanner

    # "drukt", "maakt", "geeft", "ziet" are common; "rast", "boft" are not ("rassen" is a plural, "boven" an adverb)
    assert _scanner("nl").particle_infinitive("te", infinitive) is verb


def test_te_fusions_are_rare_known_tokens_of_te_and_an_infinitive() -> None:
    from textmend.normalizers.fused import _scanner

    fusions = _scanner("nl").particle_infinitive_fusions
    assert {"tezien", "temaken", "tedoen"} <= fusions
    assert not {"teboven", "terassen", "tevoren", "tekenden", "testrijden"} & fusions
    assert _scanner("de").particle_infinitive_fusions == frozenset(), "German 'zu' is a verb prefix: no list"


def test_the_hosts_list_binds_only_where_a_language_has_one() -> None:
    from textmend.normalizers.fused import _scanner

    # German has no article_hosts.txt: its conjunctions still host an article ("undder").
    assert "undder" in _scanner("de").article_fusions
