"""The dictionary probe's own machinery (``benchmarks/dictionary_probe.py``), without any
dictionary file: the word lists it reads are not part of the project."""

from __future__ import annotations

from textmend import Edit

from benchmarks import dictionary_probe as probe


def test_the_split_is_a_fixed_third_of_words_by_their_hash() -> None:
    words = [f"word{i}" for i in range(300)]
    validate = [w for w in words if probe.split_of_word(w) == "validate"]
    assert 70 < len(validate) < 130  # about a third
    assert all(probe.split_of_word(w) == probe.split_of_word(w) for w in words)


def test_an_edit_touches_a_word_inside_it_not_at_its_edge() -> None:
    def insert(at: int) -> Edit:
        return Edit(at, at, "", " ", "fused", "test")

    assert probe.touched([insert(13)], 10, 17)  # a space put inside the word
    assert not probe.touched([insert(10)], 10, 17)  # before it
    assert not probe.touched([insert(17)], 10, 17)  # after it
    assert probe.touched([Edit(16, 18, "x,", "x, ", "punctuation", "test")], 10, 17)


def test_only_words_the_lexicon_does_not_trust_are_probed() -> None:
    words = ["the", "clearskin", "Clearskin", "headwind", "co-op", "x1", "clearskin"]
    assert probe.candidates(words, "en", "lower") == ["clearskin"]  # known ("the", "headwind") and non-letters out
    assert probe.candidates(words, "en", "capitalized") == ["Clearskin"]


def test_a_glued_token_is_counted_changed_and_a_known_word_is_not() -> None:
    glued = probe.probe_word("cityand", "en")
    assert glued["alone, lang"] is not None and "city and" in glued["alone, lang"]
    assert all(verdict is None for verdict in probe.probe_word("house", "en").values())


def test_kinds_are_read_from_the_lexicon() -> None:
    assert probe.kind_of("houses", "en") == "inflection"
    assert probe.kind_of("clearskin", "en") == "compound"
    assert probe.kind_of("qwxzv", "en") == "other"
