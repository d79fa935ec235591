"""Precision on the kinds the twentieth fresh corpus found (issue 13, branch ``prec22``).

That corpus's ``punctuation`` and ``repeats`` damage: a page of greetings decoded with the wrong
charset, every letter outside ASCII a ``?`` (``Kar?csonyt`` -> ``Kar? csonyt``); a specification's
lower-case namespaced attributes (``xml:lang`` -> ``xml: lang``); a directory's firm name with a
colon (``Fashion:Time``); a filing list's column header written as its cells (``Docs:Pgs`` over
``2:1030``); and the names in a standard's contents that double a word (``Script data escaped
dash dash state``, the ``after after body`` insertion mode).  Each kind is judged here by the
general shape of its evidence, not by the corpus's strings.  Each text was written for the test,
with its reason; beside each kind stands damaged text of the same shape that must still be
repaired, so a rule that swallowed every repair would fail.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired

_kept = assert_kept
_repaired = assert_repaired


# -- "?" standing for lost letters ---------------------------------------------------------

# Greetings whose accented letters a wrong charset turned into "?": four words hold a "?" with
# no word after it ("szony", "tli", "ngen", "nya").
_LOST = (
    "How to say it in other languages:\n"
    "Hungary: Boldog Asz?szony\n"
    "Iceland: Gle?tli kvedja\n"
    "Germany: Sch?ngen Tag\n"
    "Spain: Buenos ma?nya\n"
)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (_LOST, "four words with a '?' between letters and no word after it: lost letters"),
        (
            _LOST + "Denmark: Gl?delig dag and Sweden: God j?l\n",
            "in such a text a '?' before a word's lower-case rest is a letter too, a known word after it or not",
        ),
        (
            _LOST + "Do you know more greetings? Write to us.\n",
            "a real question mark, spaced, in the same text: untouched either way",
        ),
    ],
)
def test_a_question_mark_standing_for_lost_letters_is_kept(text: str, reason: str) -> None:
    _kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "Why?he said. The Hungarian word Kar?csonyt came out wrong.\n",
            "Why? he said. The Hungarian word Kar? csonyt came out wrong.\n",
            "one such word is no evidence: the glued question mark is repaired as before",
        ),
        (
            _LOST + "Is it snowing?Yes it is.\n",
            _LOST + "Is it snowing? Yes it is.\n",
            "a capital after the '?' opens a sentence even in a text of lost letters",
        ),
        (
            "Really?yes. Why?because. What?nothing. Who?anyone.\n",
            "Really? yes. Why? because. What? nothing. Who? anyone.\n",
            "a writer who glues questions to words glues real words: no evidence of lost letters",
        ),
        (
            "Links: https://example.com/sport/lamelo?utm_source=news https://example.com/food/vegetables?utm_source=news "
            "https://example.com/rail?utm_medium=referral\nWho called?nobody answered.\n",
            "Links: https://example.com/sport/lamelo?utm_source=news https://example.com/food/vegetables?utm_source=news "
            "https://example.com/rail?utm_medium=referral\nWho called? nobody answered.\n",
            "a URL's query after a '?' is no word with a lost letter: no evidence, the glued question is repaired",
        ),
    ],
)
def test_a_glued_question_is_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason)


# -- lower-case namespaces -----------------------------------------------------------------

_ATTRIBUTES = (
    "3.2.5.3 The lang and xml:lang attributes\n"
    "3.2.5.5 The xml:space attribute (XML only)\n"
)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (_ATTRIBUTES, "a rare lower-case prefix glued by a colon to two names, never spaced: a namespace"),
    ],
)
def test_a_lower_case_namespace_is_kept(text: str, reason: str) -> None:
    _kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "The lang and xml:lang attributes are set.\n",
            "The lang and xml: lang attributes are set.\n",
            "the prefix before one name only: no evidence of a namespace",
        ),
        (
            "Read this note:the rule holds. Another note:this one too.\n",
            "Read this note: the rule holds. Another note: this one too.\n",
            "a common word glued twice to different words: a writer's colon, not a namespace",
        ),
        (
            _ATTRIBUTES + "See the xml: lang attribute. The rule follows:the next one.\n",
            _ATTRIBUTES.replace("xml:", "xml: ") + "See the xml: lang attribute. The rule follows: the next one.\n",
            "a prefix the text also spaces is no namespace there: its glued uses are repaired",
        ),
    ],
)
def test_a_glued_colon_is_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason)


# -- a colon in a name of a names list, and a column header ---------------------------------

_DIRECTORY = "Garden Centre Nord\nGarden Design ApS\nGarden:Works ApS\nGas Service A/S\n"
_FILING = (
    "Date Filer Form Docs:Pgs Agent\n"
    "\n"
    "10/07/03 Northern Mills Inc 8-K 3:1150 Lee Corp\n"
)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (_DIRECTORY, "a name line under a line that opens with the colon's left word: a directory's name"),
        (_FILING, "a header row's colon over a cell that joins two figures with a colon, no time"),
    ],
)
def test_a_listed_name_or_column_header_with_a_colon_is_kept(text: str, reason: str) -> None:
    _kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "Top stories\nUpdate:Police Close Road\nWeather\n",
            "Top stories\nUpdate: Police Close Road\nWeather\n",
            "a headline's label glued to its text, between lines that do not open with the label's word",
        ),
        (
            "Garden Design ApS\nGarden:We opened a new shop. Come and see.\n",
            "Garden Design ApS\nGarden: We opened a new shop. Come and see.\n",
            "a sentence after the colon is no name line, even under a name with the same first word",
        ),
        (
            "Date Place Time:Venue Host\n10/07/03  Paris 12:30 Louvre\n",
            "Date Place Time: Venue Host\n10/07/03 Paris 12:30 Louvre\n",
            "a time below the header is no cell written with the header's colon",
        ),
    ],
)
def test_a_glued_label_is_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason)


# -- a doubled word in a list item's name ------------------------------------------------------

_STATES = (
    "12.2.4.22 Script data escaped state\n"
    "12.2.4.23 Script data escaped dash state\n"
    "12.2.4.24 Script data escaped dash dash state\n"
    "12.2.4.25 Script data escaped less-than sign state\n"
)
_MODES = (
    '    19. 12.2.5.4.19 The "after body" insertion mode\n'
    '    20. 12.2.5.4.20 The "in frameset" insertion mode\n'
    '    22. 12.2.5.4.22 The "after after body" insertion mode\n'
)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (_STATES, "cut, the line would name the line above it, numbering aside: two names"),
        (_MODES, "the same in a padded, numbered list, the single form quoted as another mode"),
    ],
)
def test_a_doubled_word_in_a_listed_name_is_kept(text: str, reason: str) -> None:
    _kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "12.2.4.22 Script data escaped state\n12.2.4.26 Script data escaped end end tag state\n",
            "12.2.4.22 Script data escaped state\n12.2.4.26 Script data escaped end tag state\n",
            "a doubled word in a list whose other lines do not hold the cut name: a slip",
        ),
        (
            "We went to the the park.\nWe went to the park.\n",
            "We went to the park.\nWe went to the park.\n",
            "a sentence written again right: the doubled word is still a slip",
        ),
    ],
)
def test_a_doubled_word_is_still_cut(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason)


# -- cost: the line evidence is read within a line's reach -----------------------------------
# (The punctuation stage itself grows faster than linearly on one line of ten thousand glued
# capitalized colons, on its base too; these ask the new evidence at every colon or pair.)


def _ask_every_colon(text: str) -> int:
    from textmend.normalizers.punctuation import _colon_column_header, _names_list_line

    found = 0
    start = 0
    for i, ch in enumerate(text):
        if ch == " ":
            start = i + 1
        elif ch == ":":
            found += _names_list_line(text, start, text[start:i]) + _colon_column_header(text, start, i)
    return found


def _ask_every_pair(text: str) -> int:
    from textmend.normalizers.repeats import _Scan, _runs

    scan = _Scan(text, "en")
    return sum(scan._cut_names_another_line(m) for m in _runs(text))


@pytest.mark.parametrize(
    ("ask", "text"),
    [
        (_ask_every_colon, "Gard:Alpha " * 10000),  # one line of glued colons, each asking for its line
        (_ask_every_colon, "Date Filer " + "Docs:Pgs Ag " * 10000),  # a header-shaped one
        (_ask_every_pair, "aa aa b " * 10000),  # one line of doubled words
    ],
    ids=["names", "header", "doubles"],
)
def test_the_line_evidence_grows_linearly(ask, text: str) -> None:
    from growth import assert_grows_linearly, tenth

    assert_grows_linearly(ask, tenth(text), text)
