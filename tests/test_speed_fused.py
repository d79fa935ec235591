"""fused's faster readings (issue 16, sixth round) against the plain forms they replace.

Each scan now starts from a cheap anchor or candidate instead of trying its pattern at
every character; each must find exactly what the plain scan finds.  Compared on strings
dense in what the scans read, where a slip would show.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from textmend.normalizers import fused

_CAPS_READ = list("ABZaz ÉéЖжΣσ1_-‐'’.\n") + ["Ⓐ", "Ⅻ", "ǅ", "AB", "ABC", "Ab", "ЖЖ", "Жж", "\u0301"]
_CAPS_TEXT = st.lists(st.sampled_from(_CAPS_READ), max_size=30).map("".join)
_LANGS = ["en", "ru", "de"]


def _spans(matches) -> list[tuple[int, int, int]]:
    return [(m.start(), m.end(), m.start("right")) for m in matches]


@settings(max_examples=400, deadline=None)
@given(_CAPS_TEXT, st.sampled_from(_LANGS))
def test_caps_glued_from_anchors_finds_what_finditer_finds(text: str, lang: str) -> None:
    scanner = fused._scanner(lang)
    anchors = fused._Anchors(text)
    assert _spans(fused._caps_glued(scanner, text, anchors.caps())) == _spans(scanner.caps_glued.finditer(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_caps_glued_from_anchors_on_any_text(text: str) -> None:
    scanner = fused._scanner("en")
    anchors = fused._Anchors(text)
    assert _spans(fused._caps_glued(scanner, text, anchors.caps())) == _spans(scanner.caps_glued.finditer(text))


def test_caps_glued_from_anchors_on_a_long_text() -> None:
    # Past _Anchors.SHARED_LENGTH the anchors come from a generator, found again.
    text = ("GET OUTNoem said. ⒶABCDef and ЖЖЖжук; HOW TO APPLYYou must " * 1500)[: fused._Anchors.SHARED_LENGTH + 999]
    scanner = fused._scanner("en")
    found = _spans(fused._caps_glued(scanner, text, fused._Anchors(text).caps()))
    assert found and found == _spans(scanner.caps_glued.finditer(text))


# --- fused: the camel, caps and number anchors from one scan ----------------------------

# Digits of two scripts, a letter number (Ⅻ: no digit), title case and modifier letters
# (ǅ, ʰ: letters, neither capital nor lower case), capitals and lower case of three scripts.
_HUMP_READ = list("aAbBéÉжЖσΣ19٣Ⅻǅʰ _-’.\n\u0301") + ["Ab", "aB", "ABc", "1Ab", "aBcDe", "ЖЖж"]
_HUMP_TEXT = st.lists(st.sampled_from(_HUMP_READ), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(_HUMP_TEXT)
def test_one_scan_finds_the_anchors_three_finditers_find(text: str) -> None:
    anchors = fused._Anchors(text)
    assert anchors.camel() == [m.start() for m in regex.finditer(r"\p{Ll}\p{Lu}\p{Ll}", text)]
    assert anchors.caps() == [m.start() for m in fused._CAPS_ANCHOR.finditer(text)]
    assert anchors.numbers() == [m.start() for m in fused._NUMBER_ANCHOR.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_one_scan_finds_the_anchors_on_any_text(text: str) -> None:
    anchors = fused._Anchors(text)
    assert anchors.camel() == [m.start() for m in regex.finditer(r"\p{Ll}\p{Lu}\p{Ll}", text)]
    assert anchors.caps() == [m.start() for m in fused._CAPS_ANCHOR.finditer(text)]
    assert anchors.numbers() == [m.start() for m in fused._NUMBER_ANCHOR.finditer(text)]


# --- fused: a token's recurrence found by search, before gathering the document's words ----

_WORDS_READ = (
    ["drop", "Drop", "DROP", "zone", "zones", "dropzone", "Dropzone", "dropzones", "dropzoned", "ing", "ers", "ly"]
    + ["ΟΔΟΣ", "οδος", "Σ", "İstanbul", "istanbul", "Жук", "жук", "жуки", "ǅemal", "ǆemal", "K", "k", "ſ", "s"]
    + list(" \n.,-’'1é") + ["\u0301", "  ", "x"]
)
_WORDS_TEXT = st.lists(st.sampled_from(_WORDS_READ), max_size=24).map("".join)
_QUERIES = st.sampled_from(["drop", "zone", "dropzone", "dropzones", "жук", "istanbul", "οδος", "ǆemal", "k", "s", "x"])


def _gathered(text: str) -> fused._LineCache:
    """A line cache that has gathered every word: the form the search shortcut must match."""
    lines = fused._LineCache(text, fused._scanner("en"))
    lines._gather()
    return lines


def _gathered_recurs(text: str, low: str) -> bool:
    return _gathered(text).recurs(low)


@settings(max_examples=500, deadline=None)
@given(_WORDS_TEXT, st.lists(_QUERIES, min_size=1, max_size=4), st.sampled_from([64, 3, 0]))
def test_recurs_by_search_answers_as_the_gathered_words(text: str, queries: list[str], budget: int) -> None:
    lines = fused._LineCache(text, fused._scanner("en"))
    lines._search_budget = budget  # a small budget: the gathering takes over midway
    for low in queries:
        assert lines.recurs(low) == _gathered_recurs(text, low), low


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), st.text(min_size=1, max_size=4))
def test_recurs_by_search_on_any_text(text: str, low: str) -> None:
    lines = fused._LineCache(text, fused._scanner("en"))
    assert lines.recurs(low) == _gathered_recurs(text, low)


def test_recurs_by_search_reads_the_text_a_bounded_number_of_times() -> None:
    # Many tokens asked about in a long text: after the budget, one gathering answers the rest.
    text = "dropzone zone drop " * 2000
    lines = fused._LineCache(text, fused._scanner("en"))
    for low in ["dropzone", "zone", "drop"] * 50:
        assert lines.recurs(low) == _gathered_recurs(text, low)
    assert lines._words is not None and lines._search_budget < 0


def test_recurs_by_search_leaves_a_text_with_sigma_to_the_gathering() -> None:
    # The gathered words lower each context on its own: ".Σ xxxxx" -> ".σ xxxxx", where the
    # text lowered whole ends "drop.Σ" with a final "ς".  Read from the whole text's lower
    # case, the two uses of "drop" would seem to have two contexts.
    text = "drop.Σ xxxxxx drop.σ xxxxxx"
    lines = fused._LineCache(text, fused._scanner("en"))
    assert not _gathered_recurs(text, "drop")
    assert not lines.recurs("drop")
    assert text.lower()[4:12] != text[4:12].lower()  # what the guard is for


def _gathered_has_word(text: str, low: str) -> bool:
    return _gathered(text).has_word(low)


@settings(max_examples=500, deadline=None)
@given(_WORDS_TEXT, st.lists(st.tuples(st.booleans(), _QUERIES), min_size=1, max_size=4), st.sampled_from([64, 3, 0]))
def test_has_word_by_search_answers_as_the_gathered_words(text: str, queries: list[tuple[bool, str]], budget: int) -> None:
    lines = fused._LineCache(text, fused._scanner("en"))
    lines._search_budget = budget
    for ask_recurs, low in queries:  # the two questions share the budget and the lowered text
        if ask_recurs:
            assert lines.recurs(low) == _gathered_recurs(text, low), low
        else:
            assert lines.has_word(low) == _gathered_has_word(text, low), low


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), st.text(min_size=0, max_size=4))
def test_has_word_by_search_on_any_text(text: str, low: str) -> None:
    lines = fused._LineCache(text, fused._scanner("en"))
    assert lines.has_word(low) == _gathered_has_word(text, low)


# --- fused: a passage's foreign verdict from its distinct words -------------------------

_FOREIGN_READ = (
    ["the", "house", "said", "qzxv", "brrk", "anfallen", "ofthe", "Qzxv", "zzkq’s", "l’qzxv"]
    + ["жук", "ждфщ", "дом", "Ждфщ", "ofthehouse", "a", "I"]
    + list(" \n.,-’'1é") + ["\u0301", "  "]
)
_FOREIGN_TEXT = st.lists(st.sampled_from(_FOREIGN_READ), max_size=40).map("".join)


def _plain_foreign(scanner: fused._Scanner, text: str, per_letters: int) -> bool:
    """The verdict as first written: every word's occurrence judged, every letter counted."""
    pattern = scanner.lower_word if scanner.lang == "en" else scanner.lower_word_not_elided
    words = pattern.findall(text)
    strange = sum(1 for w in words if w not in scanner.freqs and not scanner.explained(w))
    if strange < (fused._FOREIGN_MIN if scanner.lang == "en" else fused._FOREIGN_MIN_OTHER):
        return False
    return strange * per_letters >= sum(map(len, scanner.any_word.findall(text)))


@settings(max_examples=300, deadline=None)
@given(_FOREIGN_TEXT, st.sampled_from(["en", "ru", "de"]), st.integers(1, 120))
def test_foreign_counts_distinct_words_as_the_plain_count_does(text: str, lang: str, per_letters: int) -> None:
    scanner = fused._scanner(lang)
    assert scanner.foreign(text, 0, len(text), per_letters) == _plain_foreign(scanner, text, per_letters)


# --- issue 16, tenth round: an ASCII text lower-cased and split apart by one byte table ---


def _plain_lowered_apart(text: str) -> str:
    """The plain form, as splittable_tokens read before: lower-cased (letter for letter when
    that changes the length), then each separator replaced by a space."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    for mark in fused._SEPARATORS:
        low = low.replace(mark, " ")
    return low


def test_lowered_apart_on_every_ascii_character() -> None:
    every = "".join(map(chr, range(128)))
    assert fused._lowered_apart(every) == _plain_lowered_apart(every)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_lowered_apart_on_ascii_text(text: str) -> None:
    assert fused._lowered_apart(text) == _plain_lowered_apart(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_lowered_apart_on_any_text(text: str) -> None:
    # (the non-ASCII path is the plain form itself; this keeps the two from drifting apart)
    assert fused._lowered_apart("AΣ.İ") == _plain_lowered_apart("AΣ.İ")
    assert fused._lowered_apart(text) == _plain_lowered_apart(text)
