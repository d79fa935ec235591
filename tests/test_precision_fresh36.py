"""Precision on the kind the thirty-sixth fresh corpus's tune half found in ``fused`` (issue 13, branch ``fresh36``).

That corpus (the real feeds rss-parser 3.7.6's tests saved: Google's Testing and Ads Developer
blogs, the Guardian, a regional news portal) was judged blind at 98.2%.  Of its tune damage, one
kind was fixed by the text's evidence, not by its strings: ``fused`` split a closed compound the
lexicon lacks (``changelists``) into two words because the document writes one of its parts alone
(``a change``).  When both parts build many of the lexicon's closed compounds (``_compound_shaped``:
``change`` begins ``changeover``..., ``lists`` ends ``checklists``...), a part written alone says
nothing of the compound; only the pair written apart elsewhere in the document (``two change
lists``) is evidence for the split.  The other tune kind, API identifiers split at an inner capital
(``targetingStatus``), is code inside prose, left to that work.

The texts are written for the test (none is copied from the corpus); beside them stand texts of the
same shape that must still be repaired: the pair written apart in the document, and a glued pair
that is no compound shape whose part the document writes alone.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Reviewers get grumpy when you send them huge changelists. Keep every change small: a change that "
            "touches forty files is hard to read, and nobody enjoys reading it.",
            "a closed compound of two compound-building words, one of them written alone in the text",
        ),
        (
            "It was a big night. It was a bigwin for them.",
            "a glued pair of the same shape with a part alone in the text is left too (offered at 'aggressive'): "
            "over every audited corpus such splits were right 0 times of 9",
        ),
        (
            "The lifeguard blew the whistle. Each swimmer wore a headguard during practice, and the head coach "
            "checked them before the race began.",
            "a closed compound whose first part the text writes alone ('the head coach')",
        ),
    ],
)
def test_closed_compounds_are_kept(text: str, reason: str) -> None:
    assert_kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "We keep two change lists, one for each release. Reviewers get grumpy when you send them huge "
            "changelists, so keep every change small.",
            "We keep two change lists, one for each release. Reviewers get grumpy when you send them huge "
            "change lists, so keep every change small.",
            "the same pair written apart in the document is evidence for the split",
        ),
        (
            "The new mainfocus of the team is speed. The main thing is to measure it first, then to improve it "
            "step by step.",
            "The new main focus of the team is speed. The main thing is to measure it first, then to improve it "
            "step by step.",
            "two glued words of no compound shape, one written alone in the text",
        ),
    ],
)
def test_the_same_shapes_are_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason)
