"""Precision on the kinds the thirty-third fresh corpus's tune half found (issue 13, branch ``fresh33``).

That corpus (the eighth with residue 6 of Horde_Feed's saved blog and news posts) was judged blind
at 96.7%; of its tune damage one kind had evidence in the text to read, and is fixed by the place
of the pair, not by its strings:

* a word but a function word doubled between a form of ``be`` and a degree word that grades the
  word after it (``data/en/degree_words.txt``: ``too``) is a degree modifier said twice for
  emphasis (``that's way way too harsh``): after the verb and before ``too harsh`` only a degree
  modifier stands, so the double is kept, as ``very very`` is.

The texts are written for the test (none is copied from the corpus); beside them stand texts of the
same shapes that must still be repaired: a function word doubled before ``too``, a verb doubled
before ``too many`` (after a subject, not a form of ``be``), a double before a ``too`` that ends its
clause, and a word doubled after ``is`` before something else than a degree word.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Frankly, the ticket price is way way too high for a short film.", "a degree modifier doubled after 'is'"),
        ("We tried to swim, but the lake was way way too cold in April.", "after 'was'"),
        ("Honestly, that's way way too generous of them.", "after a contraction of 'is'"),
        ("The new chairs? They’re way way too low for the desks.", "after a contraction of 'are' with a curly apostrophe"),
    ],
)
def test_a_doubled_degree_modifier_is_kept(text: str, reason: str) -> None:
    assert_kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "The bus came, but it was was too late for the ferry.",
            "The bus came, but it was too late for the ferry.",
            "a function word doubled before 'too'",
        ),
        (
            "On the walk they saw saw too many gulls to count.",
            "On the walk they saw too many gulls to count.",
            "a verb doubled after its subject before 'too many': no form of 'be' before the pair",
        ),
        (
            "The report says the river is rising rising too.",
            "The report says the river is rising too.",
            "'too' ending its clause grades nothing",
        ),
        (
            "The ticket price is way way higher than last year.",
            "The ticket price is way higher than last year.",
            "no degree word after the pair",
        ),
    ],
)
def test_the_same_shapes_are_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason)
