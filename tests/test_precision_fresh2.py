"""Precision on a second fresh corpus nobody tuned on (issue 13's second fresh audit).

The damage the second fresh audit found on its tune pages (real extractors over the cached
test pages of trafilatura 1.0.0 and htmldate 1.4.0; docs/benchmarks.md) that a small rule
could fix has a table here of sentences written for the test, each with its reason, that the
default pipeline must leave as they are, and beside each kind the damaged text of the same
shape that must still be repaired, so a gate that swallowed every repair would fail.
"""

from __future__ import annotations

import pytest

import textmend

# -- a value assigned in markup or code: joined on purpose ----------------------------------

ASSIGNED_KEPT = [
    ('The mediator stepped in" itemprop="thumbnailUrl" />', "an HTML attribute value an extractor left as text"),
    ("<img src=photo.jpg itemprop='contentUrl'>", "the same attribute in single quotes"),
    ("Set the column with width=maxWidth and move on.", "a setting assigned in code, no quotes"),
    ('The field data-role="mainMenu" opens the list.', "a data attribute's value"),
]


@pytest.mark.parametrize("text, reason", ASSIGNED_KEPT, ids=[r for _, r in ASSIGNED_KEPT])
def test_assigned_values_stay_whole(text: str, reason: str) -> None:
    assert textmend.clean(text) == text, reason


@pytest.mark.parametrize(
    "damaged, repaired, reason",
    [
        ("Read the whole menuThe story goes on.", "Read the whole menu The story goes on.", "no equals sign: a lost block boundary"),
        (
            'She wrote "the menuThe story goes on" twice.',
            'She wrote "the menu The story goes on" twice.',
            "a quotation mark with no equals sign before it is prose",
        ),
    ],
)
def test_glued_words_without_an_assignment_are_still_split(damaged: str, repaired: str, reason: str) -> None:
    assert textmend.clean(damaged) == repaired, reason


# -- doubled words on purpose: German interjections, English generations --------------------

DOUBLES_KEPT = [
    ("Alles zu unserem Wohl und Schutz….ja ja\nWir sind geduldig.", "de", "ja ja closing a line: speech"),
    ("„Ja ja“, sagte er und ging.", "de", "ja ja inside a quotation"),
    ("Na na, so schlimm ist es nicht.", "de", "na na before a comma: speech"),
    ("Nein nein! Das war nicht so gemeint.", "de", "nein nein before an exclamation mark"),
    ("A photo shows Malcolm's great great grandfather playing polo.", "en", "great great grandfather: a generation"),
    ("Her great great grandmother came from Cork.", "en", "great great grandmother"),
]


@pytest.mark.parametrize("text, lang, reason", DOUBLES_KEPT, ids=[r for _, _, r in DOUBLES_KEPT])
def test_deliberate_doubles_stay(text: str, lang: str, reason: str) -> None:
    assert textmend.clean(text, lang=lang) == text, reason


@pytest.mark.parametrize(
    "damaged, lang, repaired, reason",
    [
        ("Das ist ja ja schön geworden.", "de", "Das ist ja schön geworden.", "ja ja inside a sentence is a slip"),
        ("Wir haben nein nein gesagt und sind gegangen.", "de", "Wir haben nein gesagt und sind gegangen.", "not speech"),
        ("Her grandfather grandfather came from Cork.", "en", "Her grandfather came from Cork.", "only great is a generation"),
    ],
)
def test_slipped_doubles_are_still_repaired(damaged: str, lang: str, repaired: str, reason: str) -> None:
    assert textmend.clean(damaged, lang=lang) == repaired, reason


# -- a dot spaced on purpose between two lower-case parts ------------------------------------

SPACED_DOTS_KEPT = [
    ("Schreibt an mail [at] die – partei – sh . de!", "an address spelled out to foil harvesters"),
    ("Write to press (at) example . org for a copy.", "the same in English"),
]


@pytest.mark.parametrize("text, reason", SPACED_DOTS_KEPT, ids=[r for _, r in SPACED_DOTS_KEPT])
def test_spaced_separator_dots_stay(text: str, reason: str) -> None:
    assert textmend.clean(text) == text, reason


@pytest.mark.parametrize(
    "damaged, repaired, reason",
    [
        ("Mehr dazu im Impressum . Danach kommt mehr.", "Mehr dazu im Impressum. Danach kommt mehr.", "a capital opens the next sentence"),
        ("We read the whole report . The rest follows.", "We read the whole report. The rest follows.", "a sentence's end at a link's edge"),
        ("The link is at the end .\nthe next line starts here.", "The link is at the end.\nthe next line starts here.", "the next part is on another line"),
        ("Add 1 tsp . olive oil and stir.", "Add 1 tsp. olive oil and stir.", "an abbreviation's dot: tsp. is listed"),
        ("It was a campaign . pic.twitter.com/abc", "It was a campaign. pic.twitter.com/abc", "a link after the dot, no domain ending"),
        ("we are. on . it. now", "we are. on. it. now", "a lower-case sentence, not an address: a dot follows the ending"),
    ],
)
def test_spaces_before_a_full_stop_are_still_removed(damaged: str, repaired: str, reason: str) -> None:
    assert textmend.clean(damaged) == repaired, reason
