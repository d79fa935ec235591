"""Precision on the kinds the ninth fresh corpus found (issue 13, branch ``prec11``).

Grouped by kind, each kind judged by evidence in the text, not by the strings the corpus
held.  Each text here was written for the test, with its reason; beside each kind stands
damaged text of the same shape that must still be repaired, so a rule that swallowed every
repair would fail.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired


# The shared assertions, under the short names these tables use.
_kept = assert_kept
_repaired = assert_repaired


# -- repeats: a gradable adjective doubled for emphasis in an exclamatory passage


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            'Great phones, sure. And all of it at the low low cost of "your firstborn!" No thanks.',
            "'low' has degrees (lower, lowest), stands before the noun it modifies, and the passage "
            "exclaims: the advertising cliché's emphasis",
        ),
        (
            "What a big big day for the whole town! Everyone came out.",
            "'big' doubled before its noun in an exclamation: emphasis",
        ),
        (
            "They found a tiny tiny kitten under the porch :) so cute",
            "'tiny' (tinier, tiniest) doubled before its noun beside an emoticon: the register of emphasis",
        ),
        (
            "Once upon a time, in an old old house, lived a cat. Oh my!",
            "'old' (older, oldest) before its noun, an exclamation in the passage",
        ),
    ],
)
def test_a_gradable_adjective_doubled_in_an_exclamatory_passage_stays(text: str, reason: str) -> None:
    _kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "The company reported a low low margin in the third quarter.",
            "The company reported a low margin in the third quarter.",
            "plain prose: no exclamation or emoticon, so a doubled adjective is a slip",
        ),
        (
            "What a day for the the whole town!",
            "What a day for the whole town!",
            "a function word has no degrees: a slip in any register",
        ),
        (
            "She bought a garden garden chair for the patio!",
            "She bought a garden chair for the patio!",
            "'garden' has no comparative or superlative: a noun doubled is a slip even in an exclamation",
        ),
        (
            "Prices there are low low and falling!",
            "Prices there are low and falling!",
            "before a function word, not before a word it modifies: no attributive emphasis read",
        ),
        (
            "It was a big big deal for the town.\n\nNobody expected that!",
            "It was a big deal for the town.\n\nNobody expected that!",
            "the exclamation is in another paragraph: the pair's own passage is plain",
        ),
    ],
)
def test_a_doubled_word_outside_that_kind_is_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason)


# -- fused: a mixedCase user name where a comment's header names its writer


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Sharks do not care about suits.\n\nsillyGoose at 8:52 PM July 18, 2013\n\nWell, I disagree.",
            "the token opens its line and the time it was written follows: a commenter's name, typed so",
        ),
        (
            "Rating: 2 By happyCamper on 5/15/2013 2:48:53 PM",
            "after 'By' and before the date: a byline's name, even with the comment's rating before it",
        ),
        (
            "grumpyOldman wrote:\nThis is nonsense and you know it.",
            "the name before 'wrote:' opening a quoted comment",
        ),
        (
            "Great article.\n\n    lazyDaisy | Apr 12, 2013\n\nMe too.",
            "an indented header: the name, a bar, the date",
        ),
    ],
)
def test_a_mixed_case_name_heading_a_comment_stays(text: str, reason: str) -> None:
    _kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "We met the teamLeader at 8:52 PM on Monday.",
            "We met the team Leader at 8:52 PM on Monday.",
            "a word stands before it on its line: running text, not a header's name slot",
        ),
        (
            "Read the whole\n\nstoryUpdated at 3:35 PM, July 18, 2013",
            "Read the whole\n\nstory Updated at 3:35 PM, July 18, 2013",
            "a participle before the time ('Updated', 'Posted') opens a dateline block; no name ends with it",
        ),
        (
            "Good point.\n\nsillyGoose flew over the lake at dawn.",
            "Good point.\n\nsilly Goose flew over the lake at dawn.",
            "no time, date or 'wrote:' after it: nothing says it names a writer",
        ),
        (
            "Good point.\n\nsillyGoose at the lake on Monday.",
            "Good point.\n\nsilly Goose at the lake on Monday.",
            "'at' and 'on' before words, not a time or a date: prose",
        ),
    ],
)
def test_a_seam_outside_a_header_is_still_split(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason)
