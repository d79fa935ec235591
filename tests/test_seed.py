"""The seed article: clean() must make exactly the hand-written repairs.

The expected text (seeds/*.expected.txt) was written by hand from the rules.
Each defect is also checked on its own, so a failure says which repair is
missing.
"""

from pathlib import Path

import pytest

import textmend

SEEDS = Path(__file__).parent.parent / "seeds"
SEED = (SEEDS / "000_dcbdbf830143118b.txt").read_text(encoding="utf-8")
EXPECTED = (SEEDS / "000_dcbdbf830143118b.expected.txt").read_text(encoding="utf-8")


DEFECTS = [
    pytest.param("reinforcementStoltenberg told", "reinforcement,” Stoltenberg told", id="fused+quote-close"),
    pytest.param("closely what what Russia", "closely what Russia", id="repeat"),
    pytest.param("the way“So for", "the way” “So for", id="glued-quote"),
    pytest.param("to anotherso seeing", "to another so seeing", id="fused-lower"),
    pytest.param("personnel back “.", "personnel back”.", id="quote-space-direction"),
    pytest.param("a chance“, he", "a chance”, he", id="quote-direction"),
]


@pytest.fixture(scope="module")
def cleaned():
    return textmend.clean(SEED)


@pytest.mark.parametrize("broken, repaired", DEFECTS)
def test_each_defect_is_repaired(cleaned, broken, repaired):
    assert broken in SEED and repaired in EXPECTED
    assert repaired in cleaned


def test_seed_matches_expected(cleaned):
    assert cleaned == EXPECTED


def test_seed_edits_replay_and_line_structure_holds():
    r = textmend.mend(SEED)
    assert textmend.apply_edits(SEED, r.edits) == r.text
    assert r.text.count("\n") == SEED.count("\n")


def test_clean_expected_is_a_fixed_point():
    # The repaired article is clean text: nothing in it may change.
    assert textmend.mend(EXPECTED).explain() == "no changes"
