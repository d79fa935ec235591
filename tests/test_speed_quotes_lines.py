"""quotes' lines with a mark found by str.find, and its cheap check answered without its pattern
on ASCII lines without a double mark (issue 16, branch speed30; docs/benchmarks.md, "clean()'s
overhead above its floor").

``_lines_with_marks`` finds each kind of mark the text holds with ``str.find`` (the scan of
``_LINE_MARK`` for a text of many kinds): both must name the same lines, in order.

``_lines_to_read`` asks ``_well_formed(line)`` of each line with a mark; on an ASCII line with no
``"`` (its only marks apostrophes, most English lines with a mark) the answer comes from substring
tests, elsewhere from ``_WELL_FORMED``.  The two must give one answer on every line: checked on
generated lines dense in what the pattern reads around ``'`` (spaces of every kind, ``s`` and
``t``, doubled marks, control characters that are ``str.isspace`` but not ``regex``'s ``\\s``),
on every ASCII line of the dev corpus, and on lines outside the fast path (so the pattern still
answers there).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus import paragraphs
from textmend.normalizers import quotes

_ASCII_PIECES = st.sampled_from(
    list("aZ9 \t\x0b\x0c\r\x1c\x1f\n.,;:!?()[]-`'sStTx")
    + ["'s", " 's", " 't", " 'S", "\t'T", "\x1c's", "''", "n't", "it's", " '", "' ", "'90s", "rock 'n' roll", ",,", '"']
)


def _same(para: str) -> None:
    assert quotes._well_formed(para) == (quotes._WELL_FORMED.fullmatch(para) is not None), repr(para)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_ASCII_PIECES, max_size=20).map("".join))
def test_generated_ascii_lines(para: str) -> None:
    _same(para)


def test_written_lines():
    lines = [
        "", "'", "''", "don't", "It's the players' union.", "the Senate 's vote", "the Senate 'S",
        "a 'tis", "in '90s", "'s", " 's", "\x1c's", "\x0b's", "rock 'n' roll", "a ''b", "x'\n's",
        'He said "no".', "It’s curly.", "don't “quote”",
    ]
    for para in lines:
        _same(para)
    # Both answers occur on the fast path: the comparison is not of one constant.
    assert quotes._well_formed("don't") and not quotes._well_formed("the Senate 's vote")


def test_corpus_lines():
    checked = 0
    for _, _, para in paragraphs():
        for line in para.split("\n"):
            if "'" in line or '"' in line:
                _same(line)
                checked += line.isascii() and '"' not in line
    assert checked > 100


_TEXT_PIECES = st.sampled_from(
    list("ab \n\r\t,.\"'`´′“”‘’„«»") + [",,", ",,,", "\n\n", "it’s", "x", ' "a', 'a" ', "’s", "\n'", "'\n"]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_TEXT_PIECES, max_size=40).map("".join))
def test_lines_with_marks_found_as_the_scan_finds_them(text: str) -> None:
    assert quotes._lines_with_marks(text) == quotes._lines_with_marks_scanned(text)


def test_lines_with_marks_on_the_corpus_and_both_paths():
    from collections import Counter

    paths: Counter[bool] = Counter()
    for _, _, para in paragraphs():
        for text in (para, para + "\n" + para):
            assert quotes._lines_with_marks(text) == quotes._lines_with_marks_scanned(text)
            kinds = sum(mark in text for mark in quotes._LINE_MARKS)
            paths[kinds > quotes._LINE_MARK_KINDS_FOUND] += 1
    every_kind = "“a” \"b\" ‘c’ d' `e´ f′ g,,\n" * 3 + "plain\n" + "'x\n" * 2
    assert quotes._lines_with_marks(every_kind) == quotes._lines_with_marks_scanned(every_kind) != []
    assert paths[False] > 100  # the finds read most texts
