"""Issue 16's twenty-second round: a text dense in mixed repairs (mojibake, double spaces,
no-break and zero-width spaces, spaced commas and full stops, every few characters).

Each shortcut is held to the plain form it replaces, written out here as the specification,
on strings dense in what it reads; the work done once per distinct stretch of damaged text is
checked by counting, not by time.
"""

from __future__ import annotations

import re

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

import textmend
from textmend.normalizers import mojibake, punctuation
from textmend.normalizers.mojibake import Mojibake

# --- mojibake: where a segment of damaged runs ends ------------------------------------

_DEFAULT_CANDIDATE = mojibake._candidate_pattern(*mojibake._DEFAULT_FLAGS)


def _plain_joined_end(text: str, start: int, end: int, hi: int) -> int:
    """The loop _joined_end replaced, reading the whole text (as _mojibake_edits did)."""
    while end - start < mojibake._MAX_SEGMENT:
        nxt = _DEFAULT_CANDIDATE.search(text, end, min(hi, end + mojibake._MAX_GAP))
        if nxt is None:
            break
        if text[nxt.start()] <= "\x7f" or text.find("\n", end, nxt.start()) >= 0:
            break
        next_end = mojibake._NON_ASCII_RUN.match(text, nxt.start(), hi).end()
        if next_end - start > mojibake._MAX_SEGMENT:
            break
        end = next_end
    return end


# Damage marks, non-ASCII runs, ASCII gaps of several lengths and line breaks.
_DAMAGED_READ = ["Ã©", "â€™", "Ã", "é", "\u00a0", " ", "x", "go ", "\n", "\x1b", "a" * 30, "é" * 60, "ð\u009f\u0098\u0080"]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(_DAMAGED_READ), max_size=60).map("".join), st.integers(0, 2000))
@example("Ã© " + "é" * 300, 1000)
@example(("Ã© x " * 80), 1000)
@example(("Ã© " + "a" * 39) * 10, 1000)
def test_a_segment_ends_where_the_plain_loop_ends_it(text: str, hi: int) -> None:
    hi = min(hi, len(text))
    for hit in _DEFAULT_CANDIDATE.finditer(text, 0, hi):
        start = hit.start()
        if text[start] <= "\x7f":
            continue
        end = mojibake._NON_ASCII_RUN.match(text, start, hi).end()
        if end - start >= mojibake._MAX_SEGMENT:
            continue
        window = text[start : min(hi, start + mojibake._JOIN_REACH)]
        assert start + mojibake._joined_end(window, end - start, _DEFAULT_CANDIDATE) == _plain_joined_end(text, start, end, hi)


def test_a_long_damaged_text_works_out_each_stretch_once():
    # A damaged line repeated: the segments' ends and repairs are worked out for a few
    # distinct stretches, not once per damaged word (fails if either is read per segment).
    mojibake._joined_end.cache_clear()
    mojibake._placed_repairs.cache_clear()
    text = "Their cafÃ© donâ€™t  close ,Ã©\u00a0x y . " * 3000
    edits = Mojibake().find_edits(text)
    assert len(edits) == 3 * 3000
    assert mojibake._joined_end.cache_info().misses <= 8
    assert mojibake._placed_repairs.cache_info().misses <= 8
    # and the twin with a letter of another script after a Latin one is still left alone
    assert Mojibake()("grâ\u0080\u009dÃ¡ere") == "grâ\u0080\u009dÃ¡ere"


def test_the_dense_text_is_cleaned_as_each_repair_alone_would():
    unit = "donâ€™t  go ,Ã©\u00a0x\u200b y . "
    assert textmend.clean(unit * 50) == ("don’t go, é x y. " * 50).rstrip()


# --- punctuation: patterns asked only where a match is possible ------------------------

_MARK_READ = list("ab .,@/_~|#\t\n\x1c\x1f\u00a0\u2003") + ["x@host", "www.", " . ", "Dr."]
_MARK_TEXT = st.lists(st.sampled_from(_MARK_READ), max_size=30).map("".join)
_PLAIN_SEPARATOR_DOT_AFTER = regex.compile(r"[ \t]+[^\s.]+(?:[ \t][^\s.]+)?[ \t]+\.[ \t]")


@settings(max_examples=30, deadline=None)
@given(_MARK_TEXT, st.integers(0, 60))
@example("x .\x1c . y", 2)
@example("x . a\x1fb . y", 3)
def test_the_separator_dot_after_matches_as_the_regex_pattern(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    found, plain = punctuation._SEPARATOR_DOT_AFTER.match(text, pos), _PLAIN_SEPARATOR_DOT_AFTER.match(text, pos)
    assert (found and found.span()) == (plain and plain.span())


def test_the_separator_dot_after_reads_space_as_regex_does():
    # The stdlib engine's \s takes U+001C-U+001F for space, regex's does not: the class is
    # written out so that both engines part tokens at the same characters.
    space = re.compile(f"[{punctuation._REGEX_SPACE}]")
    assert all(
        bool(space.match(chr(c))) == bool(regex.match(r"\s", chr(c)))
        for c in range(0x3001)
        if chr(c).isspace() or regex.match(r"\s", chr(c))
    )


@settings(max_examples=30, deadline=None)
@given(_MARK_TEXT, st.integers(0, 60))
@example(" /", 0)
@example("  #", 0)
def test_a_listed_symbol_follows_its_first_space(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    if punctuation._LISTED_SYMBOL.match(text, pos):
        assert text[pos + 1 : pos + 2] in punctuation._LISTED_SYMBOL_SECOND


@settings(max_examples=30, deadline=None)
@given(_MARK_TEXT, st.integers(0, 60))
@example("jdoe@host", 9)
def test_an_open_address_host_holds_an_at_sign(text: str, end: int) -> None:
    end = min(end, len(text))
    if punctuation._OPEN_ADDRESS_HOST.search(text, max(0, end - 64), end):
        assert text.find("@", max(0, end - 64), end) >= 0


def test_spaced_marks_beside_a_listed_symbol_or_an_address_are_still_judged():
    # the kept cases and their twins of the same shape
    p = punctuation.PunctuationSpacing()
    assert p("use the characters . / - and ~ here") == "use the characters . / - and ~ here"
    assert p("use the characters . and more here") == "use the characters. and more here"
    assert p("write to jdoe@host . example today") == "write to jdoe@host . example today"
    assert p("write to the host . example today") == "write to the host. example today"
