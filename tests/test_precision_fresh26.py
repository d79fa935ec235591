"""Precision on the kind the twenty-sixth fresh corpus's tune half found (issue 13, branch ``fresh26``).

That corpus (blog and news posts of 2005-2008 saved in Horde_Feed's test feeds) was judged
blind at 90.9%; its tune half's damage was one kind: a product name in mixed case
(``miniSync``, ``palmOne``) split in a list of headlines written in title case.  Title case
capitalizes every content word, so two content words that lost the space between them there
would both be capitalized; a content word in lower case glued to a capital is the brand's own
spelling.  The line must show title case on each side of the token (a capital after the
line's first word before it), so a label in sentence case glued to one in title case (``Jump
to recipeSave to My Recipes``) is still a seam; ``palmOne`` right after the line's first word
shows none and is still split (left, described in docs/benchmarks.md).

The texts are written for the test (none is copied from the corpus); beside them stand texts
of the same shapes that must still be repaired, so a rule that swallowed every repair fails.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Related Articles\nBelkin Wireless Keyboard and miniDock Review\nThe Week In Review",
            "miniDock: a product in mixed case, in a headline every other content word of which is capitalized",
        ),
        (
            "Related Articles\nFirst Look At The Garmin Watch And Its heartStrap\nThe Week In Review",
            "heartStrap at a title-case headline's end: the brand's spelling, not two words",
        ),
        (
            "Latest News\nSamsung Unveils Its Thinnest Laptop With quickCharge\nOur Favourite Gadgets Of The Year",
            "quickCharge after a function word, in a title-case headline",
        ),
        (
            "Latest News\nHow To Set Up Your New Router With easyConnect\nOur Favourite Gadgets Of The Year",
            "easyConnect: a feature's name in a title-case headline",
        ),
        (
            "Related Articles\nGetting Started With Microsoft liveMesh Today\nThe Best Phones Of The Year",
            "liveMesh between capitalized words of a title-case headline",
        ),
    ],
)
def test_a_mixed_case_name_in_a_title_case_line_is_kept(text: str, reason: str) -> None:
    assert_kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "Recipes\nJump to recipeSave to My Recipes\nServes four people as a main course.",
            "Recipes\nJump to recipe Save to My Recipes\nServes four people as a main course.",
            "a label in sentence case glued to one in title case: no capital after the line's first word before the seam",
        ),
        (
            "Mayor Rahm Emanuel ofChicago Says He Will Run Again\nThe mayor spoke on Tuesday.",
            "Mayor Rahm Emanuel of Chicago Says He Will Run Again\nThe mayor spoke on Tuesday.",
            "a function word glued to a name: title case writes it in lower case, the seam is real",
        ),
        (
            "We walked along the river and stopped at the cafe.\n"
            "The coffee was cold and the waiter never cameThe Best Cafes In Town\nWe left early.",
            "We walked along the river and stopped at the cafe.\n"
            "The coffee was cold and the waiter never came The Best Cafes In Town\nWe left early.",
            "a sentence glued to a title: the line holds lower-case content words",
        ),
        (
            "The photos were taken on a rainy morning.\nWe printed them at homeLater we framed the best ones.",
            "The photos were taken on a rainy morning.\nWe printed them at home Later we framed the best ones.",
            "two sentences glued in prose",
        ),
    ],
)
def test_a_seam_outside_a_title_case_line_is_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason)
