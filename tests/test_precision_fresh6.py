"""Precision on the kind of damage the sixth fresh corpus found (issue 13).

Judged blind on the session's final main, the sixth fresh corpus (docs/benchmarks.md) had one
damaged edit: a related-stories teaser cut off inside a word before an ellipsis, the fragment
split into two words.  A word an ellipsis cuts short is a fragment the lexicon lacks, not a glued
pair.  The texts were written for the test; beside them stands a glued pair that does not run
into an ellipsis and must still be split.
"""

from __future__ import annotations

import pytest

import textmend

# Each fragment reads as a word and a function word ("lobby in"), so without the rule it is split.
CUT_SHORT = [
    "More from the desk: Senators plan new limits on corporate lobbyin...\n\nRead the full story below.",
    "Teaser: The agency changed how its weather forecastin\u2026\n\nThe council meets on Monday.",
]


@pytest.mark.parametrize("text", CUT_SHORT)
def test_a_word_an_ellipsis_cuts_short_is_left_whole(text: str) -> None:
    assert textmend.clean(text) == text


def test_a_glued_pair_before_a_space_and_an_ellipsis_is_still_split() -> None:
    text = "The senators wanted to overhaul therules ... and then they went home early for the night."
    assert "the rules ..." in textmend.clean(text)
