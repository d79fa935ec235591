"""Precision of punctuation, quotes and whitespace on the third fresh corpus (issue 13, branch ``prec3``).

The third fresh audit of the other normalizers (docs/benchmarks.md, "Fresh 3: the other
normalizers") judged every ``punctuation``, ``quotes`` and ``invisible`` edit on 125 cached test
pages nobody had tuned on. The damage and style had a few shapes: a space put after a compound's
optional first part in brackets (``(Cyber-)Terroristen``), after the colon of a colon-joined
name (``delicious:days``) and inside a dotted name alone on its line (``Memo.ST``); the space
before a title's separating dots removed (``Webentwicklung . AutoCAD . Schulung``); two
straight single marks standing alone for Python's empty string read as a double quotation mark
(``a '' string literal``); a German closing ``“`` after a straight opening made English; and a
list item's indent of no-break spaces after a dash collapsed. Each sentence here was written
for the test, with its reason; beside each kind stands damaged text of a similar shape that
must still be repaired, so a gate that swallowed every repair would fail.
"""

from __future__ import annotations

import pytest

import textmend

GERMAN_KEPT = [
    (
        "Kontakt | Ebene 11 - Webentwicklung . AutoCAD . Schulung\n\nHome",
        "spaced dots between short items: a site's title set apart like '·', not sentences",
    ),
    (
        'Der Chef kommt auf eine Quote von 96 Prozent. "Wir verbrauchen im Vergleich zu anderen Verfahren '
        'viel weniger Energie und sparen am Ende Geld.“ Danach werden die Akkus entladen.',
        "German closes with “: after an opening typed as a straight mark the close is the language's own",
    ),
    (
        'Als "Genossenschaft light“ arbeiten wir in vier Feldern mit vielen Partnern aus der Region zusammen.',
        "the same inside a sentence",
    ),
]


@pytest.mark.parametrize("text, reason", GERMAN_KEPT, ids=[r for _, r in GERMAN_KEPT])
@pytest.mark.parametrize("lang", ["de", "auto"])
def test_german_close_kept(text: str, reason: str, lang: str) -> None:
    assert textmend.clean(text, lang=lang) == text, reason


def test_english_close_after_straight_opening_repaired() -> None:
    text = 'The manager said that it mattered. "We use far less energy than the usual process.“ The first step drains the cells.'
    expected = 'The manager said that it mattered. "We use far less energy than the usual process.” The first step drains the cells.'
    assert textmend.clean(text) == expected, "English closes with ”: the flipped mark is turned round"


def test_german_close_after_curly_opening_repaired() -> None:
    text = "Er sagte gestern am Abend in der Stadt “Wir kommen morgen wieder nach Hause.“ Dann ging er fort."
    expected = "Er sagte gestern am Abend in der Stadt “Wir kommen morgen wieder nach Hause.” Dann ging er fort."
    assert textmend.clean(text, lang="de") == expected, "an English opening “ pairs with ”, whatever the language"


KEPT = [
    (
        "Kontakt | Ebene 11 - Webentwicklung . AutoCAD . Schulung\n\nHome",
        "spaced dots between short items: a site's title set apart like '·', not sentences",
    ),
    (
        "Das Netz wäre ein Ziel für (Cyber-)Terroristen, sagte sie.",
        "a bracket closing on a hyphen: the optional first part of a German compound, one word",
    ),
    (
        "Wir helfen bei der (Prozess-)Automatisierung im Betrieb.",
        "the optional part '(Prozess-)' belongs to 'Automatisierung'",
    ),
    (
        "Sie schreibt Kindergeschichten, (Radio-)Comedy und anderes.",
        "the optional part of a compound before a capitalized noun",
    ),
    (
        "In Python 2, a '' string literal holds bytes; in Python 3, a '' string literal holds text.",
        "two straight single marks standing alone name Python's empty string, no quotation",
    ),
    (
        "Das Formular stammt von cforms by delicious:days\nKontakt",
        "a colon between two lower-case words at a line's end: a colon-joined name, not a sentence",
    ),
    (
        "Aktuelle Kommentare\n\nMemo.ST\nZu: Das Framinggate der ARD",
        "a commenter's name with a dot, alone on its line: the line breaks around it were kept",
    ),
]


@pytest.mark.parametrize("text, reason", KEPT, ids=[r for _, r in KEPT])
@pytest.mark.parametrize("lang", ["de", "auto", "en"])
def test_kept(text: str, reason: str, lang: str) -> None:
    assert textmend.clean(text, lang=lang) == text, reason


REPAIRED = [
    (
        "Die Preise stiegen (um fünf Prozent)Die Händler klagten.",
        "Die Preise stiegen (um fünf Prozent) Die Händler klagten.",
        "a bracket closing on a word, glued to the next sentence: a lost boundary",
    ),
    (
        "Prices rose again (by five percent)The traders complained.",
        "Prices rose again (by five percent) The traders complained.",
        "the same in English",
    ),
    (
        "She called the plan ''a good start'' and left the room.",
        'She called the plan "a good start" and left the room.',
        "two straight single marks glued to the words they enclose: a double quotation mark",
    ),
    (
        "She called the film ‘‘ Wild Rose ’’ and left the room.",
        "She called the film “ Wild Rose ” and left the room.",
        "padded doubled marks whose glyphs say open and close",
    ),
    (
        "She called the film `` Wild Rose '' and left the room.",
        "She called the film “ Wild Rose ” and left the room.",
        "padded treebank marks: the grave pair opens, so the straight pair closes",
    ),
    (
        "The rules are as follows:the council votes first.",
        "The rules are as follows: the council votes first.",
        "a colon glued to the sentence it introduces, words following on the line",
    ),
    (
        "Kommentare\nDer Vertrag endete.Danach kam nichts mehr.\nZu: Verträge",
        "Kommentare\nDer Vertrag endete. Danach kam nichts mehr.\nZu: Verträge",
        "two sentences run together inside a line of words",
    ),
    (
        "He wrote a memo.ST Martin was angry.",
        "He wrote a memo. ST Martin was angry.",
        "a dot glued to an acronym inside a sentence: a lost boundary",
    ),
    (
        "Ein Ziel wären sogar Satelliten . Angesichts der Lage ist das schlimm.",
        "Ein Ziel wären sogar Satelliten. Angesichts der Lage ist das schlimm.",
        "one spaced dot ending a sentence at a link's edge: the stray space goes",
    ),
]


@pytest.mark.parametrize("text, expected, reason", REPAIRED, ids=[r for _, _, r in REPAIRED])
def test_repaired(text: str, expected: str, reason: str) -> None:
    assert textmend.clean(text) == expected, reason


INDENTS_KEPT = [
    (
        "Aus dem Inhalt:\n–\u00a0\u00a0\u00a0\u00a0Rituale zur Heilung\n–\u00a0\u00a0\u00a0\u00a0Shintô und Schamanismus",
        "no-break spaces after a dash opening its line: a list item's indent, typed on purpose",
    ),
]


@pytest.mark.parametrize("text, reason", INDENTS_KEPT, ids=[r for _, r in INDENTS_KEPT])
def test_bullet_indent_kept(text: str, reason: str) -> None:
    assert textmend.clean(text) == text, reason


SPACES_COLLAPSED = [
    (
        "Der Krieg dauerte von 1939 –\u00a0\u00a0\u00a01945 und endete im Mai.",
        "Der Krieg dauerte von 1939 –\u00a01945 und endete im Mai.",
        "a run of no-break spaces after a dash inside a line: one stays, the doubles go",
    ),
    (
        "Aus dem Inhalt:\n– \u00a0 \u00a0Rituale zur Heilung",
        "Aus dem Inhalt:\n–\u00a0Rituale zur Heilung",
        "plain spaces mixed into the indent: a run of stray spaces, the typographic one kept",
    ),
]


@pytest.mark.parametrize("text, expected, reason", SPACES_COLLAPSED, ids=[r for _, _, r in SPACES_COLLAPSED])
def test_spaces_collapsed(text: str, expected: str, reason: str) -> None:
    assert textmend.clean(text) == expected, reason
