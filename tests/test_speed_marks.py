"""The per-mark checks of issue 16's sixteenth round against the plain forms they replace.

Each check of a spaced mark or an unusual space was made cheaper (counted by runs, looked
for backwards, skipped where the character beside it rules the pattern out, memoised per
character or per line); each must answer exactly as the plain form does.  The plain forms
are written out here as the specification and compared on strings dense in what the checks
read, where a slip would show.
"""

from __future__ import annotations

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from textmend.analysis import TextFacts, char_class
from textmend.normalizers import punctuation, whitespace

# --- punctuation: the counts of an unsure paragraph's words --------------------------

# Letters of every kind the counts tell apart: ASCII, Latin beyond ASCII, another script, a
# Latin-script numeral that is no letter (U+2160), and what the word patterns look around.
_COUNT_READ = list("abqwrtXY \t\n%()é.:?Жσ1\u2160") + ["the", "qwrt", "ab)", "%(x)s", "(see", "it now"]
_COUNT_TEXT = st.lists(st.sampled_from(_COUNT_READ), max_size=30).map("".join)


def _plain_latin_counts(text: str, start: int, end: int) -> tuple[int, ...]:
    words = punctuation._LATIN_WORD.findall(text, start, end)
    short = punctuation._SHORT_LATIN_WORD.findall(text, start, end)
    return (
        len(regex.findall(r"\p{Latin}", text[start:end])),
        len(regex.findall(r"\p{L}", text[start:end])),
        len(words),
        sum(1 for w in words if not punctuation._reads_as_english(w.lower())),
        len(short),
        sum(1 for w in short if punctuation._zipf(w.lower(), "en") < punctuation._ENGLISH_SHORT_MIN),
    )


@given(_COUNT_TEXT, st.integers(0, 200), st.integers(0, 200))
@example("qwrt: zx; kl! mn ? qwrt", 0, 19)
@example("(abcd efg) %(x)s", 1, 16)
@example("xabcd", 1, 5)
def test_latin_counts_are_the_plain_counts(text: str, a: int, b: int) -> None:
    # Any span, not only the stage's (a paragraph's start or a space): the ASCII path must
    # give way where the character before the span could change a word's look-behind.
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert punctuation.PunctuationSpacing._latin_counts(text, start, end) == _plain_latin_counts(text, start, end)


_PLAIN_CLAUSE = regex.compile(r"(?<=[.!?…\n])[^.!?…\n]*\Z")


@given(st.text(alphabet=st.sampled_from("ab .!?…\nMERCI"), max_size=90), st.integers(0, 90))
@example("Liebe Grüße…Mille MERCI !!!", 23)
@example("a.b", 3)
def test_the_clause_starts_where_the_plain_pattern_says(text: str, space: int) -> None:
    space = min(space, len(text))
    lo = max(0, space - punctuation._FRENCH_PHRASE_REACH)
    plain = _PLAIN_CLAUSE.search(text, lo, space)
    stop = punctuation._CLAUSE_STOP.search(text, lo, space)
    assert (stop.end() if stop else lo) == (plain.start() if plain else lo)


@given(st.text(alphabet=st.sampled_from("a1) :;!?\n\t”"), max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_tight_marks_are_counted_as_the_plain_scan_counts(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    plain = sum(1 for m in punctuation._TIGHT_MARK_FROM_MARK.finditer(text, start, end) if m.start() > start)
    assert punctuation._tight_marks(text, start, end) == plain


# --- punctuation: a pattern asked only where the character beside it allows a match ----

_BESIDE_READ = list("ab.:/@ \tw_|#,\n") + ["www.", "://", "x@y.z"]
_BESIDE_TEXT = st.lists(st.sampled_from(_BESIDE_READ), max_size=25).map("".join)


@given(_BESIDE_TEXT, st.integers(0, 80), st.integers(0, 80))
def test_an_address_holds_a_dot_or_a_scheme(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    if punctuation._ADDRESS.search(text, start, end):
        assert text.find(".", start, end) >= 0 or text.find("://", start, end) >= 0


@given(_BESIDE_TEXT, st.integers(0, 80))
def test_a_listed_symbol_opens_with_a_space(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    if punctuation._LISTED_SYMBOL.match(text, pos):
        assert text[pos] in punctuation._LISTED_SYMBOL_OPENS


@given(st.text(alphabet=st.sampled_from("ab;={}()\n x=1 if: \t"), max_size=60), st.lists(st.integers(0, 60), max_size=12))
@example("x = 1;\nplain words\n  f(x) { y; }", [3, 20, 9, 25, 0])
def test_in_code_kept_per_line_answers_as_the_shared_analysis(text: str, positions: list[int]) -> None:
    ctx, facts = punctuation._Context(text), TextFacts(text)
    for pos in positions:
        pos = min(pos, len(text))
        assert ctx.in_code(pos) == facts.in_code(pos)


# --- whitespace: a no-break space's numerals, ordinals and currencies ---------------------

_PLACE_READ = list("aIVXLCrethd1 .€$\u00a0") + ["XIXe", "1er", "21st", "3rd", "ᵉ", "º"]
_PLACE_TEXT = st.lists(st.sampled_from(_PLACE_READ), max_size=20).map("".join)


@given(_PLACE_TEXT, st.integers(0, 60))
def test_numerals_and_ordinals_are_asked_only_beside_their_letters(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    if whitespace._ROMAN_NUMERAL.match(text, pos) or whitespace._LONG_ROMAN_NUMERAL.match(text, pos):
        assert text[pos] in whitespace._ROMAN_LETTERS
    if whitespace._ORDINAL_BEFORE.search(text, max(0, pos - 12), pos):
        assert text[pos - 1] in whitespace._ORDINAL_LAST


@given(st.lists(st.sampled_from(list("a1€$日ไ \u00a0\u0e01") + [""]), min_size=1, max_size=30))
def test_a_memoised_class_answers_as_its_pattern(chars: list[str]) -> None:
    for pattern in (whitespace._CURRENCY, whitespace._NO_SPACE_SCRIPT, punctuation._WORD_END, punctuation._CASED):
        test = char_class(pattern, limit=3)  # (a small limit: past it, the pattern is asked)
        assert [test(ch) for ch in chars] == [pattern.match(ch) is not None for ch in chars]
