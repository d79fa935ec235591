"""Issue 16's fifteenth round: the scans that made extractor output slow, against their plain forms.

Real extractor output has long lines (paragraphs run together) where the dev corpus has
short ones, and a few whole-line scans read those at a few MB/s.  Each was rewritten to
do the same work in C (substring tests, a literal first character); each must answer
exactly what the plain form answers.  The plain forms are the specification, compared
on strings dense in what the scans read (slices across line breaks included) and on
every line of the vendored corpus.
"""

from __future__ import annotations

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from textmend import analysis
from textmend.normalizers import fused

from corpus import paragraphs
from growth import assert_grows_linearly

# --- analysis.code_line: each mark tried only where its substrings are ----------------------

_PLAIN_CODE_LINE = regex.compile(
    r"`[^`\s][^`\n]*`|==|!=|->|=>|::|&&|\|\||=(?<=[^\S\n]=)\s|:=(?<=[ \t]:=)[ \t]|=\\\"|[{}]|;[ \t\r]*$|\(\)(?<=\w\(\))"
    r"|self\.(?<=\bself\.)[a-z_]|def (?<=\bdef )\w+\(|\"\s*:\s*\""
    r"|:(?<=(?<![\w-])[a-z][a-z-]+:)[#\w.%!(),/-]+;[ \t]?[a-z][a-z-]+:[ \t]?[#\w]"
    r"|\)\.[A-Za-z_$][\w$]*\(|function\((?<=\bfunction\()|var (?<=\bvar )[A-Za-z_$][\w$]*="
    r"|^[ \t]*(?:class \w+[(:]|from [\w.]+ import \w|import [\w.]+[ \t]*$)"
    r"|^\s*[*-] [\w.]+ \("
    r"|^[ \t]*(?:\d{2,4}[-/.]\d{2}(?:[-/.]\d{2,4})?[ \tT]+)?\d{1,2}:\d{2}:\d{2}[.,]\d{3}(?!\d)"
    r"|--(?<=[ \t]--)[a-z][\w-]*=[^\s,;]",
    flags=regex.MULTILINE,
)


def _plain_code_line(text: str, start: int, end: int) -> bool:
    return _PLAIN_CODE_LINE.search(text, start, end) is not None or (
        analysis._INDENTED.match(text, start, end) is not None
        and analysis._PROSE_RUN.search(text, start, end) is None
    )


_CODE_READ = list("aZx_1 \t\n\r`=!-><:&|{};()\"*.,$#%/\\") + [":= ", '=\\"',
    "self.", "def ", "class ", "import ", "from ", "function(", "var ", "--", "12:30:45.123",
    "2019-10-25 ", "    ", "word ", "at ", "border:none;", "a.b(", ").x(",
]
_CODE_TEXT = st.lists(st.sampled_from(_CODE_READ), max_size=24).map("".join)


def test_the_union_of_the_marks_is_the_plain_pattern() -> None:
    # code_marked counts _CODE_LINE's matches: the alternatives and their order must stay.
    assert analysis._CODE_LINE.pattern == _PLAIN_CODE_LINE.pattern
    assert analysis._CODE_LINE.flags == _PLAIN_CODE_LINE.flags


@given(_CODE_TEXT, st.integers(0, 40), st.integers(0, 60))
@example("x\n- item (a)", 1, 12)
@example("x\n- item (a)", 2, 12)
@example("a\nimport os\n", 0, 11)
@example("log\n12:30:45.123 W", 3, 17)
@example("12:30:45.123", 1, 12)
@example("a ; \nb", 0, 3)
def test_code_line_answers_as_the_single_scan(text: str, a: int, b: int) -> None:
    start, end = min(a, len(text)), min(b, len(text))
    if start > end:
        start, end = end, start
    assert analysis.code_line(text, start, end) == _plain_code_line(text, start, end)


def test_code_line_answers_as_the_single_scan_on_every_corpus_line() -> None:
    for _, _, para in paragraphs():
        start = 0
        for line in para.split("\n"):
            end = start + len(line)
            assert analysis.code_line(para, start, end) == _plain_code_line(para, start, end), line
            start = end + 1
        assert analysis.code_line(para, 0, len(para)) == _plain_code_line(para, 0, len(para))


# --- analysis.dated_header_starts: searched from the line breaks -----------------------------

_PLAIN_DATED_HEADER = regex.compile(
    r"^[ \t]*(?:\d{1,4}\.?[ \t]+)?\K[^\s]+(?=(?:(?:[ \t]+[^\s]+){0,3}?[ \t]+(?:[\u2014\u2013|]|--?)|[ \t]+on)?"
    r"[ \t]+(?P<month>\p{L}+)\.?[ \t]+\d{1,2},?[ \t]+\d{4}"
    r"(?:,?[ \t]+(?:at|@|[\u2014\u2013-])[ \t]+\d{1,2}:\d{2}(?:[ \t]*[ap]\.?m\.?)?)?[ \t]*\r?$)",
    regex.M,
)
_MONTHS = frozenset({"august", "may"})


def _plain_dated_header_starts(text: str, months: frozenset[str]) -> frozenset[int]:
    found = [m.start() for m in _PLAIN_DATED_HEADER.finditer(text) if m.group("month").lower() in months]
    return frozenset(found) if len(found) >= analysis._DATED_HEADERS_MIN else frozenset()


_HEADER_READ = [
    "Ann ", "bob.smith ", "12 ", "3. ", "August ", "May ", "Mai ", "1, ", "13 ", "2008", "2011 ", " at 3:42",
    " pm", " a.m.", "\n", "\r\n", "\n\n", " ", "\t", "Hi.", "x", " \u2014", " |", " on", " @ 9:20", ",",
]
_HEADER_TEXT = st.lists(st.sampled_from(_HEADER_READ), max_size=40).map("".join)


@given(_HEADER_TEXT)
@example("Ann August 1, 2008\nHi.\nbob May 2, 2008\nYes.\nCy May 3, 2009\nNo.")
@example("\nAnn August 1, 2008\nbob May 2, 2008\r\n\n  12 Cy May 3, 2009 at 3:42 pm")
def test_dated_header_starts_as_the_single_scan(text: str) -> None:
    plain = [m.start() for m in _PLAIN_DATED_HEADER.finditer(text) if m.group("month").lower() in _MONTHS]
    assert analysis._dated_headers(text, _MONTHS) == plain
    assert analysis.dated_header_starts(text, _MONTHS) == _plain_dated_header_starts(text, _MONTHS)


def test_dated_header_starts_as_the_single_scan_on_the_corpus() -> None:
    months = frozenset(m.lower() for m in ("January", "February", "March", "April", "May", "June", "July",
                                            "August", "September", "October", "November", "December"))
    for _, _, para in paragraphs():
        assert analysis.dated_header_starts(para, months) == _plain_dated_header_starts(para, months)


# --- fused: the signs of technical prose, matched from their anchors ---------------------------

_SIGN_READ = list("aAbBzZéÉжЖ1_ .:()-=>{}`/@,\n") + [
    "is", "get", "on", "Loading", "Element", "ById", "os", "path", "com", "about", "blank", "f(x)", "std::",
    "snake_case", "e.g.", "U.S.", "iPhone", "McDonald",
]
_SIGN_TEXT = st.lists(st.sampled_from(_SIGN_READ), max_size=30).map("".join)


def _sign_spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


@given(_SIGN_TEXT, st.integers(0, 60), st.integers(0, 90), st.sampled_from(["en", "de"]))
@example("isLoading onClick", 0, 17, "en")
@example("aBcD_e f(x) a.b c:d {`}", 0, 23, "en")
@example("xaBcDeF", 1, 7, "en")
@example("ab_cD.e", 0, 7, "en")
def test_technical_signs_are_the_single_scan(text: str, a: int, b: int, lang: str) -> None:
    scanner = fused._scanner(lang)
    assert scanner._signs_anchored
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    plain = _sign_spans(scanner.technical_sign.finditer(text, start, end))
    assert _sign_spans(scanner.technical_signs(text, start, end)) == plain


def test_technical_signs_are_the_single_scan_on_the_corpus() -> None:
    scanner = fused._scanner("en")
    for _, _, para in paragraphs():
        assert _sign_spans(scanner.technical_signs(para, 0, len(para))) == _sign_spans(
            scanner.technical_sign.finditer(para)
        )


def test_technical_signs_grow_linearly_on_a_long_word() -> None:
    # A run start is walked once, not once per capital in it: 10x the word, ~10x the time.
    scanner = fused._scanner("en")

    def signs(text: str) -> int:
        return sum(1 for _ in scanner.technical_signs(text, 0, len(text)))

    for unit in ("Xa" + "aB", "a_", "aB."):
        assert_grows_linearly(signs, unit * 20_000, unit * 200_000)


# --- analysis.TextFacts.line_span: the breaks counted from the lines' lengths -------------------


@given(st.lists(st.sampled_from(["a", "bc", " ", "\n", "\r\n", "\n\n", "é", "ж"]), max_size=30).map("".join), st.integers(0, 40))
def test_line_span_is_the_line_around_the_position(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    assert analysis.TextFacts(text).line_span(pos) == (start, len(text) if end < 0 else end)
