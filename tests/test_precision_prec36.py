"""One answer for a list line's head, and the kinds fresh29 left (issue 13, branch ``prec36``).

First, ``fused``'s line-head doubt (fresh29: ``- poweroff``) and ``post_line_starts`` (prec35:
``peterme YmHg``) read one answer about a line's opening, found once per line and kept with
the text's facts (``TextFacts.line_opening``): where its first token starts past a list item's
marker, which marker, and how the line before ends.  No output changed; the readings each gate
makes of it are pinned here.

Then the kinds fresh29's section left, each measured on every fused / repeats verdict first
(correct repairs a gate would lose, damaged edits it removes); built where the price was zero:

- a capitalized camel token inside a running sentence, right after a lower-case word, whose
  capitalized part is a sentence opener but opens no noun phrase (``have ZoomIt available``,
  ``is CommunityOne where``, ``the RemoveAll function``): a name (fused; 7 damaged, 0 right of
  the shape; the 2 right splits, ``with ArrowThe first show``, open on ``The``);
- a gradable word doubled before its noun as the first thing inside a parenthesis
  (``(short short version: ...``): emphasis in an aside, like the exclaiming register
  (repeats; 1 damaged, 0 right).

``chime in in the comments`` (a particle before the preposition ``in``) was not built: the
shape's verdicts hold a repair judged right (``fitting them in in the least obtrusive way``).

The texts are written for the test (none is copied from a corpus); beside them stand texts of
the same shapes that must still be repaired.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired
from textmend.analysis import TextFacts


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "On my laptop I did not have ZoomIt available, so I used another tool.",
            "a product's CamelCase name after a verb: 'It' opens no sentence before 'available'",
        ),
        (
            "The first talk is CommunityOne where I will speak about the new engine.",
            "an event's CamelCase name inside the sentence, its 'One' no sentence's first word",
        ),
        (
            "Since the update the RemoveAll function has been dropped from the package.",
            "an identifier after 'the': a quantifier in a name",
        ),
        (
            "In Go 1, the NewFile function takes a uintptr fd.\n"
            "The expvar package\n\nIn Go 1, the RemoveAll function has been removed.\n",
            "the same after 'the' with one other name in the slot (was prec's api_names control, "
            "expected cut): the slot does not decide, no sentence opens after 'the'",
        ),
        (
            "We sat down to talk. (short short version: I miss the old team.)",
            "a gradable word doubled before its noun, opening an aside: emphasis",
        ),
        (
            "We have news. (big big news: we moved house.)",
            "the same aside, a label before its colon",
        ),
        (
            "Then came the test (hard hard work, but worth it).",
            "the same aside, the doubled word before the noun it grades",
        ),
    ],
)
def test_kept(text: str, reason: str) -> None:
    assert_kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "They went there with ArrowThe first show was a hit.",
            "They went there with Arrow The first show was a hit.",
            "a block glued inside a sentence whose next sentence opens with an article",
        ),
        (
            "The shop opened on AmazonThe new model sold out in a day.",
            "The shop opened on Amazon The new model sold out in a day.",
            "the same with a noun phrase opener after a preposition",
        ),
        (
            "It rained all day. AmazonThe new model sold out in a day.",
            "It rained all day. Amazon The new model sold out in a day.",
            "a seam at a sentence's start: no lower-case word before the token",
        ),
        (
            "Pictures of the flood UpdatedRescue teams reached the village.",
            "Pictures of the flood Updated Rescue teams reached the village.",
            "a heading's participle glued to a content word: not the gate's shape",
        ),
        (
            "I would buy a short short version of the book.",
            "I would buy a short version of the book.",
            "a gradable word doubled in plain prose, outside an aside, is a slip",
        ),
        (
            "We met (the the best people) there.",
            "We met (the best people) there.",
            "a function word doubled after a parenthesis is a slip",
        ),
        (
            "We took (chair chair legs) off the table.",
            "We took (chair legs) off the table.",
            "a word with no degrees doubled after a parenthesis is a slip",
        ),
    ],
)
def test_the_same_shapes_are_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason)


@pytest.mark.parametrize(
    ("text", "word", "opens", "lower_wrap", "word_wrap", "block_end"),
    [
        ("Notes:\n- poweroff now", "poweroff", True, False, False, True),
        ("Notes:\n\u2013 poweroff now", "poweroff", True, False, False, True),
        ("Notes:\n12. poweroff now", "poweroff", False, False, False, True),
        ("Notes:\n- (poweroff) now", "poweroff", True, False, False, True),
        ("It went on,\npoweroff now", "poweroff", True, True, True, False),
        ("Finally, I\nresolvedupon this", "resolvedupon", True, False, True, False),
        ("Finally, I\r\nresolvedupon this", "resolvedupon", True, False, False, False),
        ("It ended.\r\n\r\npoweroff now", "poweroff", True, False, False, True),
        ("we all said poweroff now", "poweroff", False, False, False, True),
    ],
)
def test_one_answer_for_a_line_opening(
    text: str, word: str, opens: bool, lower_wrap: bool, word_wrap: bool, block_end: bool
) -> None:
    # The readings fused's line-head doubt (opens_line and the two wraps) and post_line_starts
    # (follows_a_block_end) make of the one answer; a "\r\n" ending is never a wrap for fused,
    # as before, while post_line_starts reads the character before it
    facts = TextFacts(text)
    pos = text.index(word)
    opening = facts.line_opening(pos)
    assert facts.opens_line(pos) is opens
    assert opening.wrapped_from_lower_case() is lower_wrap
    assert opening.wrapped_from_a_word() is word_wrap
    assert opening.follows_a_block_end() is block_end
    assert facts.line_opening(pos) is opening  # found once per line, kept
