"""The benchmark harness's own arithmetic: distances, injected defects, space edits.

The benchmarks live outside the package (benchmarks/ at the repository root);
their figures are only as good as these pieces.
"""

import random
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.defects import CLASSES, inject, mojibake  # noqa: E402
from benchmarks.distance import _reference, levenshtein  # noqa: E402
from benchmarks.published import Score, space_edits  # noqa: E402

PARA = (
    "“We have heard the calls,” Stoltenberg told reporters in Brussels, meeting allies Monday. The alliance, "
    "he said, would (for now) send more troops. Don’t expect a quick end to this, he added: ‘not this year’."
)


@given(st.text(alphabet="ab c", max_size=30), st.text(alphabet="abd ", max_size=30))
def test_levenshtein_matches_dynamic_programming(a, b):
    assert levenshtein(a, b) == _reference(a, b) == levenshtein(b, a)


@pytest.mark.parametrize("name", list(CLASSES))
def test_each_class_injects_a_defect_that_changes_the_paragraph(name):
    bad = inject(name, PARA, random.Random(0))
    assert bad is not None and bad != PARA
    assert bad.count("\n") == PARA.count("\n")


def test_injection_is_deterministic_per_seed():
    assert all(inject(n, PARA, random.Random(7)) == inject(n, PARA, random.Random(7)) for n in CLASSES)


def test_no_site_no_defect():
    assert inject("flipped-quote", "No quotation here.", random.Random(0)) is None
    assert mojibake("plain ASCII") is None
    assert mojibake("Don’t") == "Donâ€™t"


def test_space_edits_are_the_papers_insertions_and_deletions():
    assert space_edits("th e cat", "the cat") == {(2, "del")}
    assert space_edits("thecat", "the cat") == {(3, "ins")}
    # Non-space changes are aligned away: only the moved space counts.
    assert space_edits("He said“win, ”x", "He said ”win,” x") == {(11, "del"), (12, "ins")}
    assert space_edits("what what Russia", "what Russia") == set()


def test_sequence_averaged_f1_counts_a_line_without_edits_as_one():
    s = Score()
    s.add(set(), set())
    s.add({(3, "ins")}, {(3, "ins"), (5, "ins")})
    assert s.f1_seq == pytest.approx((1.0 + 2 / 3) / 2)
    assert s.precision == 0.5 and s.recall_missing == 1.0
