"""The edit model: apply, check, compose, and the Result offset maps."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textmend import Edit, Normalizer, Pipeline, apply_edits
from textmend.edits import check_edits, compose_edits
from textmend.result import Result


@st.composite
def text_and_edits(draw, alphabet="ab c"):
    text = draw(st.text(alphabet=alphabet, max_size=30))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    edits = []
    last_end, last_empty = -1, -1
    for a, b in zip(cuts[::2], cuts[1::2]):
        if a < last_end or (a == b and a == last_empty):
            continue
        new = draw(st.text(alphabet="xyz ", max_size=3))
        if text[a:b] == new:
            continue
        edits.append(Edit(a, b, text[a:b], new, "t", "test"))
        last_end, last_empty = b, (a if a == b else -1)
    return text, edits


def test_apply_and_check():
    e = [Edit(0, 1, "a", "A", "n", "r"), Edit(1, 1, "", "-", "n", "r")]
    assert apply_edits("ab", e) == "A-b"
    check_edits("ab", e)
    with pytest.raises(ValueError, match="overlaps"):
        check_edits("abc", [Edit(0, 2, "ab", "", "n", "r"), Edit(1, 3, "bc", "", "n", "r")])
    with pytest.raises(ValueError, match="overlaps"):
        check_edits("abc", [Edit(1, 1, "", "x", "n", "r"), Edit(1, 1, "", "y", "n", "r")])
    with pytest.raises(ValueError, match="outside"):
        check_edits("abc", [Edit(2, 9, "c", "", "n", "r")])


@given(st.data())
def test_composition_replays_to_the_final_text(data):
    original, first = data.draw(text_and_edits())
    check_edits(original, first)
    current = apply_edits(original, first)
    _, second = data.draw(_edits_for(current))
    final = apply_edits(current, second)
    composed = compose_edits(original, [e for e in first if e.old != e.new], current, second)
    check_edits(original, composed)
    assert apply_edits(original, composed) == final
    assert all(e.old != e.new for e in composed)


def _edits_for(text):
    @st.composite
    def strat(draw):
        cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
        edits, last_end, last_empty = [], -1, -1
        for a, b in zip(cuts[::2], cuts[1::2]):
            if a < last_end or (a == b and a == last_empty):
                continue
            new = draw(st.text(alphabet="xyz ", max_size=3))
            if text[a:b] == new:
                continue
            edits.append(Edit(a, b, text[a:b], new, "u", "test"))
            last_end, last_empty = b, (a if a == b else -1)
        return text, edits

    return strat()


def test_composition_merges_overlaps_and_names_both():
    original = "ab"
    first = [Edit(1, 1, "", " ", "split", "split")]
    current = apply_edits(original, first)  # "a b"
    second = [Edit(1, 2, " ", "", "join", "join")]
    assert compose_edits(original, first, current, second) == []  # they cancel out
    second = [Edit(1, 3, " b", "-B", "up", "upper")]
    (merged,) = compose_edits(original, first, current, second)
    assert (merged.start, merged.end, merged.old, merged.new) == (1, 2, "b", "-B")
    assert merged.normalizer == "split+up"


@given(st.data())
def test_offsets_map_kept_characters_both_ways(data):
    original, edits = data.draw(text_and_edits())
    r = Result(original, apply_edits(original, edits), tuple(edits))
    touched = set()
    for e in edits:
        touched.update(range(e.start, e.end))
    for i, ch in enumerate(original):
        j = r.to_clean(i)
        if i not in touched:
            assert r.text[j] == ch
            assert r.to_original(j) == i
    assert r.to_clean(len(original)) == len(r.text)
    assert r.to_original(len(r.text)) == len(original)
    for j in range(len(r.text) + 1):
        assert 0 <= r.to_original(j) <= len(original)


@given(st.data())
def test_span_maps_cover_what_the_span_became(data):
    original, edits = data.draw(text_and_edits())
    r = Result(original, apply_edits(original, edits), tuple(edits))
    s = data.draw(st.integers(0, len(original)))
    e = data.draw(st.integers(s, len(original)))
    cs, ce = r.span_to_clean(s, e)
    assert 0 <= cs <= ce <= len(r.text)
    touched = {i for ed in edits for i in range(ed.start, ed.end)}
    if s < e and s not in touched and e - 1 not in touched:
        # A span whose end characters survive maps there and back exactly.
        assert r.span_to_original(cs, ce) == (s, e)
        assert r.text[cs] == original[s] and r.text[ce - 1] == original[e - 1]


def test_offset_errors_are_clear():
    r = Result("ab", "ab", ())
    with pytest.raises(IndexError):
        r.to_clean(3)
    with pytest.raises(IndexError):
        r.to_original(-1)


class _Upper(Normalizer):
    name = "upper"
    summary = "test"

    def find_edits(self, text):
        return [self.edit(text, i, i + 1, ch.upper(), "shout") for i, ch in enumerate(text) if ch == "b"]


class _Broken(Normalizer):
    name = "broken"
    summary = "test"

    def find_edits(self, text):
        raise RuntimeError("boom")


def test_pipeline_errors_skip_or_raise():
    assert Pipeline([_Broken(), _Upper()])("abc") == "aBc"
    with pytest.raises(RuntimeError):
        Pipeline([_Broken()], on_error="raise")("abc")
    with pytest.raises(ValueError, match="unique"):
        Pipeline([_Upper(), _Upper()])
    with pytest.raises(TypeError):
        Pipeline([str.upper])
    with pytest.raises(TypeError, match="not bytes"):
        Pipeline([_Upper()])(b"abc")
    p = Pipeline([_Upper(), _Broken()])
    assert p.only(["upper"]).names == ("upper",)
    assert p.skip(["upper"]).names == ("broken",)
    with pytest.raises(ValueError, match="unknown normalizer"):
        p.only(["nope"])


def test_pipeline_mend_reports_against_original():
    from textmend.normalizers.whitespace import Whitespace

    r = Pipeline([Whitespace(), _Upper()], on_error="raise").mend("a   b  b")
    assert r.text == "a B B"
    assert apply_edits(r.original, r.edits) == r.text
    check_edits(r.original, r.edits)
    assert [e.normalizer for e in r.edits] == ["whitespace", "upper", "whitespace", "upper"]


def test_line_col_agrees_with_counting_and_grows_linearly() -> None:
    import random
    import time

    from textmend.result import Result

    rng = random.Random(7)
    text = "".join(rng.choice("ab\n") for _ in range(2000))
    r = Result(text, text, ())
    for i in range(len(text) + 1):
        assert r.line_col(i) == (text.count("\n", 0, i) + 1, i - (text.rfind("\n", 0, i) + 1) + 1)

    # Every position of a text of n lines: linear (a count from the start would be quadratic).
    def cost(lines: int) -> float:
        many = "word\n" * lines
        best = float("inf")
        for _ in range(3):
            t = time.process_time()  # CPU time: the machine may be shared
            res = Result(many, many, ())
            for i in range(0, len(many), 5):
                res.line_col(i)
            best = min(best, time.process_time() - t)
        return best

    cost(1000)  # warm
    # Linear is 10x, with a bisection's log factor and a larger list's cache misses
    # up to ~15x (CI once measured 15.3x); quadratic would be 100x.  30x tells them apart.
    assert cost(200_000) <= 30 * cost(20_000)


# --- settle: the caller's first reading --------------------------------------------


def _drop_first_double(text: str) -> list[Edit]:
    """Removes the first of the doubled letters: needs one reading per pair."""
    for i in range(len(text) - 1):
        if text[i] == text[i + 1]:
            return [Edit(i, i + 1, text[i], "", "demo", "one of a pair")]
    return []


@given(st.text(alphabet="ab", max_size=12), st.integers(min_value=0, max_value=4))
def test_settle_with_the_first_reading_given_equals_settle_reading_it(text: str, rounds: int) -> None:
    from textmend.edits import settle

    assert settle(text, _drop_first_double, rounds, first=_drop_first_double(text)) == settle(
        text, _drop_first_double, rounds
    )


def test_settle_does_not_read_the_text_again_when_given_the_first_reading() -> None:
    from textmend.edits import settle

    read: list[str] = []

    def find(text: str) -> list[Edit]:
        read.append(text)
        return _drop_first_double(text)

    settle("aab", find, 3, first=_drop_first_double("aab"))
    assert "aab" not in read and read == ["ab"]
