"""Precision on the kinds of damage the fifteenth fresh corpus found (issue 13).

Judged blind, the fifteenth fresh corpus (docs/benchmarks.md, "A fifteenth fresh corpus"), recipe
pages with their readers' comments in several languages, had these kinds of damage among others:
a name the page writes doubled wherever it means it (an Italian recipe's ``cous cous``) halved
as a repeated word; readers' deliberate reduplications deleted; a ``?`` that stands for an emoji
the site lost joined to the word before it; and an emoticon's space removed.  The texts were
written for the test; beside each kind stands the repair that must still be made.
"""

from __future__ import annotations

import pytest

import textmend

# A term the text writes doubled in several sentences, each time between other words.
DOUBLED_TERMS = [
    "We took a tuk tuk to the market. The tuk tuk driver waited for us, and later "
    "another tuk tuk brought us home.",
    "Mettete il bulgur bulgur in una ciotola. Aggiungete al bulgur bulgur le verdure, "
    "poi servite il bulgur bulgur tiepido.",
    "- 200 g tofu tofu\n- 1 onion\nCut the tofu tofu into cubes, then fry the tofu tofu until golden.",
]


@pytest.mark.parametrize("text", DOUBLED_TERMS)
def test_a_pair_written_in_several_places_is_vocabulary(text: str) -> None:
    # A slip is made once; a name spelled doubled comes back wherever the writer means it.
    assert textmend.clean(text) == text


@pytest.mark.parametrize(
    "text, repaired",
    [
        # one place: a slip
        ("We took a bus bus to the market.", "We took a bus to the market."),
        # the same sentence copied twice is one place, not two
        (
            "We took a bus bus to the market.\n\nWe took a bus bus to the market.",
            "We took a bus to the market.\n\nWe took a bus to the market.",
        ),
        # a function word doubled in three places is three slips
        (
            "He read the the paper. She saw the the dog. They met the the mayor.",
            "He read the paper. She saw the dog. They met the mayor.",
        ),
    ],
)
def test_a_pair_written_once_or_a_doubled_function_word_is_still_repaired(text: str, repaired: str) -> None:
    assert textmend.clean(text) == repaired
