"""Dense runs of one trivial repair reported as one edit (issue 16, branch adv5).

A line of a million no-break spaces between short words, or a control character beside
every letter, is one :class:`~textmend.edits.RunEdit` per run instead of a million edits.
Everything a user sees must be what the separate edits give: the text, the offsets both
ways, position by position, and the explanation's count.  The threshold is lowered here
(``DENSE_RUN_MIN``) so that small texts take the new path, and compared with the same
texts where it is out of reach.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from textmend import edits as edits_module
from textmend.edits import RunEdit, apply_edits, check_edits, run_alignment
from textmend.normalizers.invisible import Invisible
from textmend.normalizers.whitespace import Whitespace
from textmend.pipeline import Pipeline

# Pieces that make dense runs (a no-break or thin space between short lower-case words, a
# zero-width mark or a control character after letters) and the pieces that break them or
# sit at their edges: longer and capitalised words, spaces, line breaks, digits, letters of
# scripts written without spaces, other debris, a right-to-left letter.
_PIECES = [
    "a\u00a0", "ab\u00a0", "abcdefg\u00a0", "abcdefgh\u00a0", "a\u2009", "\u00a0", "a\u200b", "a\ufeff",
    "b\u2060", "a\x01\u200e", "a\x01", "\x01", "a\x01\u200e\ufeff", "\x0b", "a", "A", "x ", " ", "  ",
    "\n", "日", "日\u200b", "1", "é\u00a0", "\u200e", "\x81", "א", ".", "ab\u00ad", "\u00ad", "a\u00ad ",
]

_TEXTS = st.lists(
    st.tuples(st.sampled_from(_PIECES), st.integers(min_value=1, max_value=9)), min_size=1, max_size=12
).map(lambda parts: "".join(piece * count for piece, count in parts))


def _stages() -> list[object]:
    return [Invisible(), Whitespace(lang="und"), Whitespace(lang="cs"), Whitespace(flatten_typographic=True)]


def _with_threshold(monkeypatch: pytest.MonkeyPatch, least: int, run):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(edits_module, "DENSE_RUN_MIN", least)
    try:
        return run()
    finally:
        monkeypatch.undo()


@settings(max_examples=150, deadline=None)
@given(_TEXTS)
@example("a\u00a0" * 5 + "b")
@example("x" + "a\x01\u200e\ufeff" * 6 + "\n")
@example("a\u200b" * 4 + "日\u200b本")
def test_a_stage_gives_the_text_of_its_separate_edits(text: str) -> None:
    mp = pytest.MonkeyPatch()
    for stage in _stages():
        separate = _with_threshold(mp, 10**9, lambda: stage.find_edits(text))
        dense = _with_threshold(mp, 3, lambda: stage.find_edits(text))
        assert not any(type(e) is RunEdit for e in separate)
        check_edits(text, dense)
        assert apply_edits(text, dense) == apply_edits(text, separate)
        for e in dense:
            if type(e) is RunEdit:
                # One line, at least one repair in every 8 characters, and the count said.
                assert "\n" not in e.old and run_alignment(e.old, e.new) is not None
                held = [x for x in separate if e.start <= x.start and x.end <= e.end]
                assert len(held) >= 3 and len(e.old) <= 8 * len(held)
                assert f"({len(held):,} times" in e.reason
                assert all(x.reason in e.reason and x.normalizer == e.normalizer for x in held)
            else:
                assert e in separate


@settings(max_examples=100, deadline=None)
@given(_TEXTS, st.lists(st.integers(min_value=0, max_value=200), max_size=6))
@example("a\u00a0" * 8 + "b", [3, 9])
@example("x" + "a\x01" * 8 + "b", [0, 4, 6, 12])
def test_a_run_cut_by_a_span_keeps_the_separate_repairs_inside_it(text: str, cuts: list[int]) -> None:
    # A pipeline that reads again only around a change keeps the edits inside some spans:
    # a run those spans cut gives the repairs inside them, as the separate edits do.
    points = sorted({min(c, len(text)) for c in cuts})
    spans = [(a, b) for a, b in zip(points[::2], points[1::2]) if a < b]
    mp = pytest.MonkeyPatch()
    for stage in _stages():
        separate = _with_threshold(mp, 10**9, lambda: stage.find_edits_within(text, spans))
        dense = _with_threshold(mp, 3, lambda: stage.find_edits_within(text, spans))
        check_edits(text, dense)
        assert apply_edits(text, dense) == apply_edits(text, separate)
        assert all(e in separate for e in dense if type(e) is not RunEdit)


@settings(max_examples=150, deadline=None)
@given(_TEXTS)
@example("a\u00a0" * 5 + "b")
@example("y" + "a\x01\u200e\ufeff" * 6)
def test_offsets_map_both_ways_as_the_separate_edits_map_them(text: str) -> None:
    pipeline = Pipeline([Invisible(), Whitespace()])
    mp = pytest.MonkeyPatch()
    separate = _with_threshold(mp, 10**9, lambda: pipeline.mend(text))
    dense = _with_threshold(mp, 3, lambda: pipeline.mend(text))
    assert dense.text == separate.text
    assert _with_threshold(mp, 3, lambda: pipeline(dense.text)) == dense.text  # idempotent
    n, m = len(text), len(dense.text)
    assert [dense.to_clean(i) for i in range(n + 1)] == [separate.to_clean(i) for i in range(n + 1)]
    assert [dense.to_original(j) for j in range(m + 1)] == [separate.to_original(j) for j in range(m + 1)]
    for size in (1, 2, 5):
        assert [dense.span_to_clean(i, min(n, i + size)) for i in range(n)] == [
            separate.span_to_clean(i, min(n, i + size)) for i in range(n)
        ]
        assert [dense.span_to_original(j, min(m, j + size)) for j in range(m)] == [
            separate.span_to_original(j, min(m, j + size)) for j in range(m)
        ]


def test_the_explanation_says_how_many_a_run_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    import textmend

    text = "Intro.\n" + "a\u00a0" * 1500 + "end\n" + "b\x01\ufeff" * 1200 + "c"
    result = textmend.mend(text)
    assert result.text == "Intro.\n" + "a " * 1500 + "end\n" + "b" * 1200 + "c"
    lines = result.explain_lines()
    assert len(lines) == 2, lines
    assert "1,500 times" in lines[0] and lines[0].startswith("2:2 whitespace:")
    # The two stages' runs overlap: one edit naming both, each count said.
    assert lines[1].count("1,200 times") == 2 and lines[1].startswith("3:2 invisible+whitespace:")
    # Under the threshold the same text is explained edit by edit.
    monkeypatch.setattr(edits_module, "DENSE_RUN_MIN", 10**9)
    assert len(textmend.mend(text).edits) == 1500 + 2 * 1200


def test_no_real_looking_text_takes_the_path() -> None:
    # Typography's no-break spaces, words longer than seven letters, capitals and digits
    # break a run: news text never holds a thousand like repairs in a row.
    text = ("Le\u00a0défi était à 10\u00a0km, dit\u00a0M.\u00a0Dupont ; il\u00a0pleuvait. " * 300).strip()
    edits = Whitespace(lang="fr").find_edits(text)
    assert edits and not any(type(e) is RunEdit for e in edits)


def test_looking_for_runs_just_under_the_threshold_stays_linear() -> None:
    # 999 like repairs, then something that breaks the run, again and again: each character
    # is read by the run's pattern at most once, not once per repair.
    from growth import assert_grows_linearly

    import textmend

    unit = "a\u00a0" * 999 + "Ab "
    assert_grows_linearly(textmend.clean, unit * 10, unit * 100)
    assert re.search("\u00a0", textmend.clean(unit)) is None
