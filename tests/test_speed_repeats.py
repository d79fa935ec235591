"""repeats' faster readings (issue 16, sixth round) against the plain forms they replace.

``RepeatedWords.find_edits`` used to ask the twins test (split and strip the whole
text) before finding the runs; it now finds the runs first and answers the test
from a run's own two tokens when it can.  The plain form is written out here as
the specification and compared on strings dense in what the stage reads.
"""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from textmend.edits import settle
from textmend.normalizers import repeats
from textmend.normalizers.repeats import RepeatedWords


def _plain_find_edits(stage: RepeatedWords, text: str):
    """The stage as it read before: the twins test, then every reading from scratch."""
    if not repeats._has_adjacent_twins(text):
        return []
    return settle(text, stage._find_once, repeats._MAX_ROUNDS)


_SPACES = [" ", "  ", "\n", " \n ", "\r\n", "\t", "\u00a0", "\u2009", "\u3000", "\x0b", "\x1c", "\u2028"]
_READ = (
    ["the", "The", "THE", "a", "A", "is", "Is", "no", "had", "ſo", "so", "SO", "Σ", "σ", "ς", "İ", "i̇", "ß", "ẞ"]
    + list(".,;:!?\"“”‘’'()-—…_1") + _SPACES + ["end.", "x-", "don’t", "Don’t", "e\u0301"]
)
_TEXT = st.lists(st.sampled_from(_READ), max_size=24).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.sampled_from(["en", "de", "id"]))
def test_find_edits_equals_the_plain_form(text: str, lang: str) -> None:
    stage = RepeatedWords(lang=lang)
    assert stage.find_edits(text) == _plain_find_edits(stage, text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_find_edits_equals_the_plain_form_on_any_text(text: str) -> None:
    stage = RepeatedWords(lang="en")
    assert stage.find_edits(text) == _plain_find_edits(stage, text)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_a_run_of_twin_tokens_answers_the_twins_test(text: str) -> None:
    # The shortcut may only ever say yes where the full test says yes.
    if any(repeats._twin_tokens(text, m) for m in repeats._runs(text)):
        assert repeats._has_adjacent_twins(text)


def test_lowering_keeps_the_whitespace_split() -> None:
    """``text.lower().split()`` is ``[t.lower() for t in text.split()]``: lowering keeps every
    whitespace character as it is, makes no whitespace out of anything else, and the one
    letter lowered by its neighbours (``Σ``) sees none across whitespace."""
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        low = ch.lower()
        if ch.isspace():
            assert low == ch, hex(cp)
        else:
            assert low and not any(c.isspace() for c in low), hex(cp)
    for space in (chr(cp) for cp in range(sys.maxunicode + 1) if chr(cp).isspace()):
        for text in ("AΣ" + space + "A", "A" + space + "Σ", "A" + space + "ΣA", "Σ" + space + "Σ"):
            assert text.lower().split() == [t.lower() for t in text.split()], (hex(ord(space)), text)


def test_the_run_separator_is_whitespace_for_split() -> None:
    """Every character ``_SEP`` can hold is whitespace to ``str.split``: a run's two copies
    end and begin neighbouring tokens."""
    seps = "".join(repeats._HSPACE.replace("\u2000-\u200a", "".join(map(chr, range(0x2000, 0x200B))))) + "\r\n"
    assert all(ch.isspace() for ch in seps)


def test_a_run_inside_a_token_still_waits_for_the_twins_test() -> None:
    # "end.the the": a run the twins test does not see (the first copy is glued inside
    # "end.the"), so the stage leaves it, as it always has; its tokens are no twins.
    text = "We walked to the end of the road and saw it was the end.the the dog ran away from us."
    stage = RepeatedWords(lang="en")
    (run,) = repeats._runs(text)
    assert stage._find_once(text)  # a reading on its own would repair it
    assert not repeats._twin_tokens(text, run)
    assert stage.find_edits(text) == _plain_find_edits(stage, text) == []
    # Once the text holds twin tokens elsewhere, the run inside the token is read too.
    text2 = text + " It was was late."
    assert len(stage.find_edits(text2)) == len(_plain_find_edits(stage, text2)) == 2


# --- the prefilter read from the character before the word ---------------------------------

_ASTRAL_READ = (
    ["the", "The", "a", "A", "x", "𝐀", "𝐚", "𐐀", "𐐨", "\U0001d167", "\U000e0100", "😀", "\u0301", "\u20dd"]
    + ["1", "_", "'", "’", "-", " ", "  ", "\n", " \n", "\t", "\u00a0", ".", "ſ", "s", "K", "\u212a", "k"]
)
_ASTRAL_TEXT = st.lists(st.sampled_from(_ASTRAL_READ), max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(_ASTRAL_TEXT, st.text(max_size=40)))
def test_prefilter_after_lets_through_all_the_prefilter_does(text: str) -> None:
    old = {m.start() for m in repeats._prefilter().finditer(text) if m.start() >= 1}
    # The same scan from every position, as _runs makes it.
    new = {m.start() + 1 for p in range(len(text)) if (m := repeats._prefilter_after().match(text, p))}
    assert old <= new


@settings(max_examples=500, deadline=None)
@given(st.one_of(_ASTRAL_TEXT, st.text(max_size=40)))
def test_runs_find_what_finditer_finds(text: str) -> None:
    assert [m.span() for m in repeats._runs(text)] == [m.span() for m in repeats._RUN.finditer(text)]


def test_a_run_after_an_astral_mark_or_before_an_emoji_is_found() -> None:
    # The cases the weaker classes are there for: a plane-1 mark inside a word, an emoji after the copy.
    for text in ("x a\U0001d167b a\U0001d167b y", "the the😀 end", "😀the the", "the the"):
        assert [m.span() for m in repeats._runs(text)] == [m.span() for m in repeats._RUN.finditer(text)] != []


def test_runs_find_a_run_whose_copies_fold_alike_but_lower_apart() -> None:
    # ``re``'s back-reference compares lower case, ``regex``'s case folding: ``ſ`` and ``s``
    # (and ``ς`` and ``σ``) are one letter to ``_RUN`` and two to the prefilter.
    for text in ("ſ s", "x ſ s y", "λόγος λόγοσ", "the the ſ s"):
        assert [m.span() for m in repeats._runs(text)] == [m.span() for m in repeats._RUN.finditer(text)]


def test_the_letters_whose_lower_case_is_not_their_folding_are_all_in_the_bmp() -> None:
    # _folds_apart reads only the Basic Multilingual Plane.
    astral = [c for c in range(0x10000, sys.maxunicode + 1) if chr(c).lower() != chr(c).casefold()]
    assert astral == []


def test_runs_find_every_run_of_two_case_related_letters() -> None:
    # Every pair of letters related by lower case, upper case or folding, the ones on which
    # the prefilter's back-reference may part from _RUN's: the scans agree on all of them.
    related = set()
    for c in map(chr, range(0x10000)):
        if c.lower() != c.casefold():
            related |= {x for x in (c, c.lower(), c.upper(), c.casefold()) if len(x) == 1}
    for a in related:
        for b in related:
            text = f"{a} {b}"
            assert [m.span() for m in repeats._runs(text)] == [m.span() for m in repeats._RUN.finditer(text)], text


# --- may_edit's superset of the twins test (issue 16, eleventh round) -----------------------------

_MARKS_READ = (
    ["the", "The", "us", "U.S.", "u.s.", "dont", "don't", "don’t", "a", "x", "Σ", "ς", "İ", "\udc80", "é", "e\u0301"]
    + list(repeats._CLINGING) + ["--", "“”", "...", "—", "a-", "-a", "1", "2"] + _SPACES
)
_MARKS_TEXT = st.lists(st.sampled_from(_MARKS_READ), max_size=24).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_TEXT, _MARKS_TEXT, st.text(max_size=40)))
def test_may_edit_says_maybe_wherever_the_twins_test_says_yes(text: str) -> None:
    if repeats._has_adjacent_twins(text):
        assert repeats._may_have_adjacent_twins(text)
        assert RepeatedWords(lang="en").may_edit(text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_MARKS_TEXT, st.text(max_size=40)))
def test_two_tokens_of_marks_as_their_definition(text: str) -> None:
    words = [w.strip(repeats._CLINGING) for w in text.lower().split()]
    tokens = text.lower().split()
    marks_alone = [bool(t) and not w for t, w in zip(tokens, words)]
    assert repeats._two_tokens_of_marks(text) == any(a and b for a, b in zip(marks_alone, marks_alone[1:]))


def test_the_marks_deleted_in_bytes_as_in_str() -> None:
    """The bytes translation deletes exactly the clinging marks, from ASCII and from UTF-8
    text (lone surrogates included), and leaves every other character as it is."""
    every = "".join(chr(cp) for cp in range(0x3100)) + "\udc80\ud800x\U0001f600"
    plain = "".join(ch for ch in every if ch not in repeats._CLINGING)
    low = every.encode("utf-8", "surrogatepass").translate(None, repeats._ASCII_CLINGING)
    low = low.decode("utf-8", "surrogatepass")
    for mark in repeats._OTHER_CLINGING:
        low = low.replace(mark, "")
    assert low == plain
    ascii_every = "".join(map(chr, range(128)))
    assert ascii_every.encode("ascii").translate(None, repeats._ASCII_CLINGING).decode("ascii") == "".join(
        ch for ch in ascii_every if ch not in repeats._CLINGING
    )


def test_lowering_neither_makes_nor_unmakes_a_mark() -> None:
    """A token is marks alone before lower-casing exactly when after it: every mark lowers to
    itself, and every other character to something holding a character that is no mark."""
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        if ch in repeats._CLINGING:
            assert ch.lower() == ch, hex(cp)
        else:
            assert any(c not in repeats._CLINGING for c in ch.lower()), hex(cp)
    for text in ("AΣ - ”", "Σ", "ΑΣ"):
        assert [not t.strip(repeats._CLINGING) for t in text.split()] == [
            not t.strip(repeats._CLINGING) for t in text.lower().split()
        ]


def test_superset_examples() -> None:
    # Each answer from one rule of the test: deleted inner marks meet (a "maybe"), two
    # tokens of marks alone, and nothing.
    assert repeats._may_have_adjacent_twins("the U.S. us said") and not repeats._has_adjacent_twins("the U.S. us said")
    assert repeats._may_have_adjacent_twins("score - – here") and repeats._has_adjacent_twins("score - – here")
    assert repeats._may_have_adjacent_twins("He said, “the” the end.")
    assert not repeats._may_have_adjacent_twins("He said - and left. “The end” came.")
    assert not repeats._may_have_adjacent_twins("a.- -b")
