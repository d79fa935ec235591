"""``benchmarks.outside_words``'s own reading of a word (no word list needed): its shape, its
inflection, the token class it may replace, its half, and how it is put into a frame."""

from __future__ import annotations

import pytest

from benchmarks.outside_words import ending_class, half_of, inflection, put, shape_of


@pytest.mark.parametrize(
    ("word", "shape"),
    [
        ("headwinds", "compound"),  # head + winds: "headwind" itself is no word of the lexicon's
        ("gunfights", "suffix"),  # the plural of the known "gunfight"
        ("overpraise", "prefix"),  # over- + praise
        ("zorbleflax", "coinage"),
    ],
)
def test_shape(word: str, shape: str) -> None:
    assert shape_of(word) == shape


def test_inflection_and_class() -> None:
    assert (inflection("dropzone"), inflection("dropzones"), inflection("sandbox")) == ("dropzones", "dropzone", "sandboxes")
    assert [ending_class(w) for w in ("rethinking", "unbolted", "gladly", "sidebars", "glass", "sidebar")] == [
        "ing", "ed", "ly", "s", "bare", "bare"
    ]


def test_halves_are_fixed_and_both_used() -> None:
    words = [f"word{i}" for i in range(200)]
    halves = [half_of(w) for w in words]
    assert halves == [half_of(w) for w in words]
    assert 60 < halves.count("tune") < 140


def test_put_keeps_the_frame_and_capitalizes_at_a_sentence_start() -> None:
    assert put(("The cat sat on the mat.", 4, 7), "dropzone") == ("The dropzone sat on the mat.", 4, 12)
    assert put(("Cats sat.", 0, 4), "dropzones") == ("Dropzones sat.", 0, 9)
