"""Settle only what changed: a stage that runs again reads the changed paragraphs.

When a later stage edits, the earlier stages read again only windows around
what changed (``Pipeline.REREAD_CONTEXT`` characters of context); they must
find what reading the whole text again would find.  Both paths are compared on
documents of several corpus paragraphs with damage of every kind the stages
repair, and on arbitrary text, with a context small enough that the windows
are a part of the document.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus import paragraphs as corpus_paragraphs
from test_properties import texts
from toy_stages import Swap as _Swap  # a toy stage shared with the other pipeline tests
from textmend import Pipeline, default_pipeline
from textmend.edits import Edit, apply_edits, edit_row
from textmend.pipeline import _changed_row_spans, _regions, _shift_by_rows

_PARAGRAPHS = [para for _, _, para in corpus_paragraphs()]

_WHOLE = Pipeline(default_pipeline().normalizers, on_error="raise")
_WHOLE.REREAD_CONTEXT = 10**12  # every window reaches the whole text: the old path
_WINDOWED = Pipeline(default_pipeline().normalizers, on_error="raise")
_WINDOWED.REREAD_CONTEXT = 40


def _damage(rng: random.Random, para: str) -> str:
    """``para`` with a few defects the stages repair, some next to each other so one
    repair gives another stage something to do."""
    for _ in range(rng.randint(0, 4)):
        spaces = [i for i, ch in enumerate(para) if ch == " "]
        if not spaces:
            break
        at = rng.choice(spaces)
        kind = rng.randrange(8)
        if kind == 0:
            para = para[:at] + "  " + para[at + 1 :]  # a doubled space
        elif kind == 1:
            para = para[:at] + para[at + 1 :]  # two words glued
        elif kind == 2:
            para = para[:at] + " ," + para[at + 1 :]  # a space before a comma
        elif kind == 3:
            word = para[at + 1 :].split(" ", 1)[0]
            para = para[: at + 1] + word + " " + para[at + 1 :]  # a repeated word
        elif kind == 4:
            para = para[:at] + "\u00a0 " + para[at + 1 :]  # a no-break space in a run
        elif kind == 5:
            para = para[:at] + " “" + para[at + 1 :]  # a stray opening mark
        elif kind == 6:
            para = para[:at] + "â€™" + para[at + 1 :]  # mojibake
        else:
            para = para[:at] + ".  " + para[at + 1 :]  # a full stop and a space run
    return para


@st.composite
def documents(draw) -> str:
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    chosen = rng.sample(_PARAGRAPHS, rng.randint(2, 8))
    sep = rng.choice(["\n\n", "\n", "\n \n"])
    return sep.join(_damage(rng, p) if rng.random() < 0.5 else p for p in chosen)


@settings(max_examples=60)
@given(doc=documents())
def test_rereading_windows_is_rereading_everything(doc: str) -> None:
    assert _WINDOWED(doc) == _WHOLE(doc)


@settings(max_examples=30)
@given(doc=documents())
def test_mend_explains_the_same_edits_either_way(doc: str) -> None:
    assert _WINDOWED.mend(doc).edits == _WHOLE.mend(doc).edits


@given(text=texts)
def test_rereading_windows_is_rereading_everything_on_any_text(text: str) -> None:
    assert _WINDOWED(text) == _WHOLE(text)


@given(
    st.text(alphabet="ab\n ", max_size=30),
    st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30), st.text(alphabet="XY", max_size=3)), max_size=5),
    st.lists(st.integers(0, 30), max_size=6),
)
def test_shifted_spans_cover_what_they_covered(text: str, raw_edits, cuts) -> None:
    # Every character of a span that no edit touched lies inside the span once the edits are made.
    n = len(text)
    points = sorted({min(a, n) for a, _, _ in raw_edits} | {min(b, n) for _, b, _ in raw_edits})
    edits = [
        Edit(a, b, text[a:b], new, "t", "r")
        for (a, b), (_, _, new) in zip(zip(points[::2], points[1::2]), raw_edits)
    ]
    edges = sorted({min(c, n) for c in cuts})
    spans = list(zip(edges[::2], edges[1::2]))
    new_text = apply_edits(text, edits)
    moved = _shift_by_rows(spans, [edit_row(e) for e in edits])
    position: dict[int, int] = {}
    delta, j = 0, 0
    for p in range(n):
        while j < len(edits) and edits[j].end <= p and edits[j].start < p:
            delta += edits[j].delta
            j += 1
        if j < len(edits) and edits[j].start <= p < edits[j].end:
            continue
        position[p] = p + delta
    for (a, b), (c, d) in zip(spans, moved):
        assert 0 <= c <= d <= len(new_text)
        assert all(c <= position[p] < d for p in range(a, b) if p in position)
    for c, d in _changed_row_spans([edit_row(e) for e in edits]):
        assert 0 <= c <= d <= len(new_text)


def test_windows_stay_small_in_a_long_document() -> None:
    doc = "\n\n".join(_PARAGRAPHS[:400])
    at = len(doc) // 2
    regions = _regions(doc, [(at, at + 1)], 2000)
    assert regions is not None and len(regions) == 1
    start, end, inside = regions[0]
    assert start <= inside[0][0] <= at < inside[-1][1] <= end
    assert end - start <= 4000 + 2 * 2000 + 2  # the paragraph (capped), and the context either side
    # Windows that would cover most of the text give way to reading all of it.
    assert _regions(doc, [(0, len(doc))], 2000) is None


def test_an_earlier_stage_reads_again_only_around_the_change() -> None:
    # The second stage makes work for the first in one paragraph of a long document.
    first, second = _Swap("#", "", "hash"), _Swap("@", "#", "at")
    pipeline = Pipeline([first, second])
    pipeline.REREAD_CONTEXT = 100
    doc = "\n\n".join(f"Paragraph {k} says nothing." for k in range(400))
    damaged = doc.replace("Paragraph 200 says", "Paragraph 200 @says")
    assert pipeline(damaged) == doc
    assert len(first.read) == 1, "the first stage had nothing to do on its first reading"
    assert "Paragraph 200 #says" in first.read[0] and len(first.read[0]) < len(damaged) // 10
    # A change near the start and one near the end: two windows, each read on its own.
    first.read.clear()
    damaged = doc.replace("Paragraph 3 says", "@Paragraph 3 says").replace("Paragraph 396 says", "Paragraph 396 @says")
    assert pipeline(damaged) == doc
    assert len(first.read) == 2 and all(len(t) < len(damaged) // 10 for t in first.read)
