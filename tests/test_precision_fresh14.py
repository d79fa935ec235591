"""Precision on the kinds the fourteenth fresh corpus found (issue 13, branch ``fix14``).

Grouped by kind, each kind judged by evidence in the text, not by the strings the corpus
held.  Each text here was written for the test, with its reason; beside each kind stands
damaged text of the same shape that must still be repaired, so a rule that swallowed every
repair would fail.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired

_kept = assert_kept
_repaired = assert_repaired


# -- repeats: a gradable word with irregular degrees doubled for emphasis in an exclamation


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Whatever the vet says, he is a good good boy!\nTOM says\nThanks for sharing.",
            "'good' has degrees ('better', 'best'), stands before the noun it modifies, and the "
            "sentence exclaims: emphasis, as 'a big big day!'",
        ),
        (
            "That was a bad bad idea, trust the recipe!",
            "'bad' (worse, worst) doubled before its noun in an exclamatory passage",
        ),
    ],
)
def test_an_irregularly_gradable_word_doubled_in_an_exclamation_stays(text: str, reason: str) -> None:
    _kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "The council said it was a good good decision for the town.",
            "The council said it was a good decision for the town.",
            "plain prose: no exclamation, so the doubled 'good' is a slip",
        ),
        (
            "What a day for the good good of the town!",
            "What a day for the good of the town!",
            "before a function word: nothing it modifies follows, no attributive emphasis",
        ),
    ],
)
def test_a_doubled_good_outside_that_shape_is_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason)


# -- repeats: a content word doubled at the opening of a reader's short exclamation


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Made it last night.\nAwesome awesome recipe!\n\nReply",
            "a sentence of three words ending with '!' opens with the doubled word: a reader's emphasis",
        ),
        (
            "Thanks for posting.\nYummy yummy!\nWill make again",
            "the exclamation is the doubled word alone",
        ),
    ],
)
def test_a_doubled_opener_of_a_short_exclamation_stays(text: str, reason: str) -> None:
    _kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "Awesome awesome results were reported by the lab on Monday.",
            "Awesome results were reported by the lab on Monday.",
            "the sentence goes on and ends with a full stop: a slip",
        ),
        (
            "Officials said the flooding was over. Severe severe storms are expected again on Friday, though forecasters are not sure!",
            "Officials said the flooding was over. Severe storms are expected again on Friday, though forecasters are not sure!",
            "the exclamation mark ends a long sentence, not a few words' exclamation",
        ),
    ],
)
def test_a_doubled_opener_of_a_long_sentence_is_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason)


# -- repeats: a row of tags with nothing between them, which share their words


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Serve warm with toast.\n\nbasil cheese cheese sauce pasta tomato sauce garlic olive oil",
            "tags 'cheese' and 'cheese sauce' side by side on a bare row of lower-case words that "
            "also shares 'sauce' between two tags",
        ),
        (
            "Tags:\nchicken chicken thighs dinner easy dinner sheet pan roast",
            "a row of tags, 'dinner' shared by two of them: 'chicken' and 'chicken thighs' are two tags",
        ),
    ],
)
def test_a_row_of_tags_sharing_words_stays(text: str, reason: str) -> None:
    _kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "Serve warm with toast.\n\nwhisk the eggs eggs into the cream and sugar until the cream thickens",
            "Serve warm with toast.\n\nwhisk the eggs into the cream and sugar until the cream thickens",
            "a sentence (function words on the line): a slip, even where a word recurs",
        ),
        (
            "Serve warm with toast.\n\nbasil cheese cheese sauce pasta tomato garlic olive oil",
            "Serve warm with toast.\n\nbasil cheese sauce pasta tomato garlic olive oil",
            "no other word of the row recurs: nothing shows tags that share words",
        ),
    ],
)
def test_a_double_outside_a_row_of_tags_is_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason)
