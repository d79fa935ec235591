"""A realistic property: real news paragraphs with one injected defect come back exact.

Paragraphs are drawn from the dev corpus (tests/data/news-dev.jsonl; those with a
flaw of their own, tests/data/known_flaws.tsv, are left out because the original
is not the right answer there), a defect is injected by the benchmark's own
injector (benchmarks/defects.py) at a drawn site, and the repaired text must
equal the original byte for byte.

Only classes with one right answer whatever the site are checked: a doubled
space, a no-break space between two letters, a zero-width space at a word.
The other classes have sites where leaving the text alone is the right call
(``connected. ”`` may be an opening quote turned round; ``Prof.Carlos`` is an
abbreviation); their rates are measured by ``python -m benchmarks.accuracy``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from corpus import known_flaws, paragraphs
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import pytest
import textmend

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.defects import inject  # noqa: E402

UNAMBIGUOUS = ("double-space", "nbsp", "zwsp")
# The default pipeline's stages, raising instead of skipping a stage that fails, so an
# error shows as one rather than as a paragraph left unrepaired.
_DEFAULT = textmend.default_pipeline()
PIPELINE = textmend.Pipeline(_DEFAULT.normalizers, on_error="raise", max_rounds=_DEFAULT.max_rounds)
_FLAWED = known_flaws()
CLEAN = [para for doc_id, k, para in paragraphs() if f"{doc_id}#{k}" not in _FLAWED]


@settings(max_examples=300)
@given(st.sampled_from(UNAMBIGUOUS), st.integers(0, len(CLEAN) - 1), st.integers(0, 2**32 - 1))
def test_dev_paragraph_with_one_unambiguous_defect_comes_back_exact(kind, index, seed):
    para = CLEAN[index]
    bad = inject(kind, para, random.Random(seed))
    assume(bad is not None and bad != para)
    r = PIPELINE.mend(bad)
    assert r.text == para, r.explain()


@pytest.mark.parametrize("kind", UNAMBIGUOUS)
def test_every_dev_paragraph_with_one_unambiguous_defect_comes_back_exact(kind):
    # The same property over every clean paragraph once (one seeded site each), so a
    # miss on a rare paragraph cannot hide behind the random draw above.
    misses = []
    for index, para in enumerate(CLEAN):
        bad = inject(kind, para, random.Random(f"{kind}:{index}"))
        if bad is None or bad == para:
            continue
        r = PIPELINE.mend(bad)
        if r.text != para:
            misses.append(f"{para[:60]!r}: {r.explain()}")
    assert not misses, f"{len(misses)} misses:\n" + "\n".join(misses[:10])
