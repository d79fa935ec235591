"""Families of edits that pooled audits show wrong more often than right (issue 13, branch prec15).

``python -m benchmarks.loco`` pools every judged edit of every audit and asks, leaving one corpus
out at a time, which families of edits the default should not make.  Three held up: a content
word doubled by a person speaking for themself (``repeats``), a number glued to a capitalized
word that the document writes glued again (``fused``: a brand), and two content words glued at a
line's edge that the document never writes apart (``fused``: a handle).  Each is held below the default
threshold, not removed: ``confidence="aggressive"`` still makes the edit.  The sentences are made
up for the tests, in the shapes the audits showed.
"""

from __future__ import annotations

import pytest

import textmend
from textmend.pipeline import Pipeline

AGGRESSIVE = Pipeline(textmend.default_pipeline().normalizers, confidence="aggressive")

# A reader's comment doubling a word on purpose: the paragraph speaks in the first person.
DELIBERATE_DOUBLES = [
    "Made these for the party and my whole family loved loved them.",
    "Hi Anna,\nI love love your blog and your photos.",
    "We tried it twice and I adore adore the crust on this one.",
    # the word a third time right before the pair: a rhetorical triple in a lead-in
    "Crunch, crunch crunch. These crackers keep their bite for a week.",
    "Flavor, flavor flavor! Nothing else matters in a stew.",
]


@pytest.mark.parametrize("text", DELIBERATE_DOUBLES)
def test_a_deliberate_double_is_left_at_the_default(text: str) -> None:
    assert textmend.clean(text) == text


@pytest.mark.parametrize("text", DELIBERATE_DOUBLES)
def test_aggressive_still_removes_it(text: str) -> None:
    assert AGGRESSIVE(text) != text


@pytest.mark.parametrize(
    "text, repaired",
    [
        # a function word doubled is a slip wherever it stands, first person or not
        ("I think the the crust is the best part.", "I think the crust is the best part."),
        # a content word doubled in a report: no person speaks
        ("The council approved the budget budget on Monday.", "The council approved the budget on Monday."),
        ("The team scored scored twice in the second half!", "The team scored twice in the second half!"),
        # a countable noun doubled is a slip even in a reader's comment
        ("I used a cup cup of flour and it came out fine.", "I used a cup of flour and it came out fine."),
        # across a line break: a wrap's slip, not emphasis
        ("I baked the bread with a lot of butter\nbutter and salt, as my aunt did.", "I baked the bread with a lot of butter\nand salt, as my aunt did."),
        # the third copy must be the same word: a different word before the pair is no triple
        ("Crunch, bite bite. The crackers keep well.", "Crunch, bite. The crackers keep well."),
    ],
)
def test_a_slip_beside_them_is_still_repaired(text: str, repaired: str) -> None:
    assert textmend.clean(text) == repaired


# A brand that begins with digits, written glued more than once in the document.
BRANDS = [
    "A source told 99Sports that the coach will stay. Sign in with your 99Sports account to comment.",
    "Viewers of 10Network said the show ran late, and 10Network did not reply.",
]


@pytest.mark.parametrize("text", BRANDS)
def test_a_recurring_digit_brand_is_left(text: str) -> None:
    assert textmend.clean(text) == text


@pytest.mark.parametrize(
    "text, repaired",
    [
        # the same shape once: a number glued to the next block's word
        ("A source told 99Sports that the coach will stay.", "A source told 99 Sports that the coach will stay."),
        # glued twice, but before a word that opens a block: a repeated seam, still split
        (
            "Posted November 18, 2019The latest figures show growth. Updated November 18, 2019The latest figures show growth.",
            "Posted November 18, 2019 The latest figures show growth. Updated November 18, 2019 The latest figures show growth.",
        ),
    ],
)
def test_a_glued_number_is_still_split(text: str, repaired: str) -> None:
    assert textmend.clean(text) == repaired


# Two English content words glued, first or last on their line, never written apart: a handle, a
# hashtag, a label or a compound alone on its line, not two words an extractor glued.
LINE_EDGE_TOKENS = [
    "Chicken Strips\nFollow Friday: bakingwizard\nMore recipes below.",
    "Share this on Twitter #greenkitchen\nPosted in Recipes",
    "stormchaser August 11, 2008\nWhat a great recipe, thank you.",
    "Watch the full clip on YouTube (gardenchannel)",
]


@pytest.mark.parametrize("text", LINE_EDGE_TOKENS)
def test_a_content_pair_at_a_line_edge_is_left(text: str) -> None:
    assert textmend.clean(text) == text


@pytest.mark.parametrize(
    "text, repaired",
    [
        # the same kind of token inside a line: running text, split as before
        (
            "The storm damaged the harbour wall and the council sent an officialteam to look at it.",
            "The storm damaged the harbour wall and the council sent an official team to look at it.",
        ),
        # at the line's edge, but the document writes the pair apart: evidence of two words
        (
            "The screen reader reads the page aloud.\nAccessibility for screenreader",
            "The screen reader reads the page aloud.\nAccessibility for screen reader",
        ),
        # a function word at the edge is not this kind: "cityand" stays a glued pair
        ("He drove back to the cityand", "He drove back to the city and"),
    ],
)
def test_a_glued_pair_elsewhere_is_still_split(text: str, repaired: str) -> None:
    assert textmend.clean(text) == repaired
