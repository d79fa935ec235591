"""Precision on the kind the twenty-ninth fresh corpus's tune half found most (issue 13, branch ``fresh29``).

That corpus (the eighth with residue 3 of Horde_Feed's saved blog and news posts) was judged
blind at 93.3%; its largest tune kind was a token heading a list item split in two: a command
written closed on its particle (``- poweroff spins the cpus``) read as two words glued.  Fixed
by the shape's evidence, not by its strings: a lower-case token first on its line (after a
bullet, or alone after a line ending in a mark) is a list item's head, a label or a handle, and
extraction glues two lower-case words there no more than at a line's end.  ``fused`` asked that
of two content words already, but its test was anchored with ``^`` at a search's start
position, where it never holds, so only a text's first line was read; it now reads every line,
after a bullet too, and asks it also of a content word ending on a function word (``up``,
``out``, ``off``).

The texts are written for the test (none is copied from the corpus); beside them stand texts of
the same shapes that must still be repaired: a hard-wrapped line (the line before ends in a word),
a token inside the line, a function word first, a sentence opening on a capital.
"""

from __future__ import annotations

import pytest

import textmend
from contract import assert_kept, assert_repaired


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Known problems with the emulator:\n- freezeup after a resume leaves the guest dead.\n- the clock drifts.",
            "a list item's head closed on its particle, after a bullet",
        ),
        (
            "Things to try first:\n\n• dialout works only with the old modem driver.\n• the rest is fine.",
            "a list item's head closed on its particle, after a round bullet",
        ),
        (
            "Steps before the upgrade:\n* flushout clears the cache.\n* then reboot.",
            "a list item's head closed on its particle, after an asterisk",
        ),
        (
            "Known problems:\n\nspinup takes ten minutes on a cold disk.",
            "a label heading its own line after a blank line",
        ),
        (
            "What still bothers me:\n- powerdown leaves the fans spinning at full speed.\n- the clock drifts.",
            "two content words heading a list item: the content pair's test now reads past the first line",
        ),
    ],
)
def test_a_token_heading_its_line_is_kept(text: str, reason: str) -> None:
    assert_kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "It was late. Finally, I\nresolvedupon this plan and left.",
            "It was late. Finally, I\nresolved upon this plan and left.",
            "a hard-wrapped line: the line before ends in a word, so the token runs on from it",
        ),
        (
            "We waited all night for the\nfreezeup to pass before we left.",
            "We waited all night for the\nfreeze up to pass before we left.",
            "a line before ending in a lower-case word is a wrap, whatever follows",
        ),
        (
            "Known problems:\n- the disk spinsup slowly.",
            "Known problems:\n- the disk spins up slowly.",
            "inside the line, an inflected word glued to its particle is two words",
        ),
        (
            "Could I use less sugar?\nthebaker said yes, a third less.",
            "Could I use less sugar?\nthe baker said yes, a third less.",
            "a function word first is left to the other rules",
        ),
        (
            "The hall was cold.\nWe walked along the riverand then went home.",
            "The hall was cold.\nWe walked along the river and then went home.",
            "a glued pair in a sentence opening on a capital",
        ),
    ],
)
def test_the_same_shapes_elsewhere_are_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason)


def test_the_kept_split_is_only_doubted() -> None:
    # The head's split falls below the default pipeline's threshold; the aggressive one keeps it.
    text = "Known problems with the emulator:\n- freezeup after a resume leaves the guest dead."
    pipeline = textmend.Pipeline(textmend.default_pipeline("en").normalizers, confidence="aggressive")
    assert "freeze up" in pipeline.mend(text).text
    assert textmend.clean(text, lang="en") == text
