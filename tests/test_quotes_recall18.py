"""Dropped closing marks: the writer's participle before the next quotation (issue 14, branch ``quotes18``).

The sentences are written for these tests, in the shapes the dev corpus's tune pages showed. Each
repaired row must come back exactly as written before its close was lost; each left row is a twin
that must stay as it is (clean text, or a shape whose evidence is too weak).  The reason says why.
"""

from __future__ import annotations

import pytest

import textmend

_ADDING = "The mayor said the budget “has to be a conversation in every household,” adding “we cannot do it alone.”"
_SAYING_THAT = "Critics called the plan “a gift to developers,” saying that “nobody in the district asked for it.”"

REPAIRED = [
    (
        _ADDING.replace("household,” adding", "household, adding"),
        _ADDING,
        "`, adding “`: a participle of saying after a comma is the writer's clause that introduces the next "
        "quotation (as `and said, “` is), so the phrase opened mid-sentence closed before it",
    ),
    (
        _SAYING_THAT.replace("developers,” saying", "developers, saying"),
        _SAYING_THAT,
        "`, saying that “`: the same with `that` between the participle and the mark",
    ),
    (
        "The council called the scheme “reckless”, and the mayor called it “a gift to developers, saying that "
        "“nobody in the district asked for it”.",
        "The council called the scheme “reckless”, and the mayor called it “a gift to developers”, saying that "
        "“nobody in the district asked for it”.",
        "a text that puts commas outside its closes (`“reckless”,`) gets the close before the comma",
    ),
]

LEFT = [
    (_ADDING, "the text as written: every quotation closed"),
    (
        "“It has to be a conversation in every household, saying “we cannot do it alone” is not enough.",
        "speech opened at the paragraph's start may narrate its own saying: the participle is no evidence there",
    ),
    (
        "The mayor said the budget “has to be a conversation in every household; adding “we cannot” helps.",
        "`; adding`: no comma before the participle; the semicolon ends the writer's clause, and the lost close "
        "may stand anywhere before it",
    ),
    (
        "The mayor said the budget “has to be a conversation in every household. Adding “we cannot” helps.",
        "a sentence's end between the phrase and the participle: the lost close may stand anywhere before it",
    ),
    (
        "The mayor said the budget “has to be a conversation in every household, and, adding “we cannot” to it, left.",
        "`and, adding`: the word before the participle's comma (`and`) cannot end a quotation",
    ),
]


@pytest.mark.parametrize("damaged, original, reason", REPAIRED, ids=[r[2][:40] for r in REPAIRED])
def test_repaired(damaged: str, original: str, reason: str) -> None:
    assert textmend.clean(damaged) == original, reason


@pytest.mark.parametrize("text, reason", LEFT, ids=[r[1][:40] for r in LEFT])
def test_left(text: str, reason: str) -> None:
    assert textmend.clean(text) == text, reason


EVIDENCE = [
    (_ADDING.replace("household,” adding", "household, adding"), "before ‘adding’"),
    (_SAYING_THAT.replace("developers,” saying", "developers, saying"), "before ‘saying that’"),
]


@pytest.mark.parametrize("damaged, evidence", EVIDENCE, ids=[e for _, e in EVIDENCE])
def test_the_close_reports_its_evidence(damaged: str, evidence: str) -> None:
    """The inserted mark names what it closes before (issue 14: every inserted mark reports its evidence)."""
    result = textmend.mend(damaged)
    (edit,) = [e for e in result.edits if e.normalizer == "quotes"]
    assert edit.new == "\u201d" and evidence in edit.reason, edit.reason
