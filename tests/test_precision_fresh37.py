"""Precision on a kind the thirty-seventh fresh corpus's tune half found in ``repeats`` (issue 13, branch ``fresh37``).

That corpus (the real feeds npm feedparser's tests saved: NSHipster's essays, The Dilbert Blog, Tim
Bray's ongoing and other blogs) was judged blind at 89.2%, its damage almost all code in prose (left
to that work).  One tune kind was not code: ``repeats`` deleted a digit word from a number read out
digit by digit, a decimal whose digits repeat (32.33 written out in words).  A digit word doubled
right after another digit word or the decimal point's word (``data/en/digit_words.txt``) is such a
number; after any other word the doubled digit word is still a slip and is still repaired.

The texts are written for the test (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "The ratio came out at four point six six, which the report rounded up to five.",
            "a decimal read out in words whose two digits repeat (4.66)",
        ),
        (
            "Her extension is two eight eight one, and the front desk is zero one one two.",
            "digits read out one by one, a digit repeated after another digit word",
        ),
    ],
)
def test_digits_read_out_are_kept(text: str, reason: str) -> None:
    assert_kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "They finished the whole climb in one one afternoon.",
            "They finished the whole climb in one afternoon.",
            "a digit word doubled after an ordinary word is a slip",
        ),
        (
            "At this point the the two teams agreed to meet again.",
            "At this point the two teams agreed to meet again.",
            "a word that is no digit doubled after the decimal point's word is a slip",
        ),
    ],
)
def test_doubled_digit_words_elsewhere_are_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason)
