"""The cheap first checks of issue 16's ASCII English round (branch speed25) answer what the
full reading answers: each is a necessary condition of what it skips, tested against the
plain form on text dense in what the check looks for."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textmend import analysis

_MONTHS = frozenset({"may", "august", "feb"})

# Pieces of comment lists: names, dates, verbs at a line's end and inside one, times, dashes.
_HEADER_PIECES = st.sampled_from(
    ["Ann", "bob", "Mrs.Sound", "1", "12", " ", "\t", "\n", "\r\n", ":", ",", ".", " says", " said", " wrote",
     " writes", "says", "May", "August", "Feb.", " 1,", " 11", " 2008", "2012", " at 5:45 pm", " @ ", " — ",
     " | ", " on ", "x", "Hi."]
)
_HEADER_TEXTS = st.lists(_HEADER_PIECES, max_size=40).map("".join)


def _plain_comment_headers(text: str) -> frozenset[int]:
    if not any(verb in text for verb in ("says", "wrote", "said", "writes")):
        return frozenset()
    found = [m.start() for m in analysis._SAYS_HEADER_LINE.finditer(text)]
    return frozenset(found) if len(found) >= analysis._SAYS_HEADERS_MIN else frozenset()


def _plain_dated_headers(text: str, months: frozenset[str]) -> frozenset[int]:
    found = analysis._dated_headers(text, months) if months else []
    return frozenset(found) if len(found) >= analysis._DATED_HEADERS_MIN else frozenset()


@settings(max_examples=300, deadline=None)
@given(text=_HEADER_TEXTS)
def test_the_header_prechecks_answer_as_the_full_scan(text: str) -> None:
    # The prechecks (a verb at two line ends, a day and a year on three lines) only skip
    # texts the full scan finds too few headers in.
    assert analysis.comment_header_starts.__wrapped__(text) == _plain_comment_headers(text)
    assert analysis.dated_header_starts.__wrapped__(text, _MONTHS) == _plain_dated_headers(text, _MONTHS)


# Real shapes: the reason each answer holds.
_CASES = [
    # two comment headers: a list (the precheck sees two line ends with a verb)
    ("Kris says\nI made it.\nProject:Lorna says\nPerfection.", "comment", True),
    # "said" on every line but never at a line's end: news prose, no list
    ("He said the talks would go on.\nShe said no.\nThey said it twice.", "comment", False),
    # a verb at one line's end only: one header is no list
    ("Ann says\nHi.\nThe mayor said so.", "comment", False),
    # three dated headers, one with a time and a dash: a list
    ("Ann August 1, 2008\nHi.\nbob — May 2, 2011 @ 5:45 pm\nYes.\nCy May 3, 2009\nNo.", "dated", True),
    # three dates inside sentences: the day and year are there, no header
    ("On May 3, 2009 it rained.\nBy August 1, 2008 it had not.\nIn Feb. 2, 2012 too.", "dated", False),
    # two dated headers: too few
    ("Ann August 1, 2008\nHi.\nbob May 2, 2011\nYes.", "dated", False),
]


@pytest.mark.parametrize("text, kind, listed", _CASES)
def test_real_header_shapes(text: str, kind: str, listed: bool) -> None:
    if kind == "comment":
        got, plain = analysis.comment_header_starts.__wrapped__(text), _plain_comment_headers(text)
    else:
        got, plain = analysis.dated_header_starts.__wrapped__(text, _MONTHS), _plain_dated_headers(text, _MONTHS)
    assert got == plain
    assert bool(got) is listed


# Paragraphs around identify's reach (_MAX_CHARS), in several languages and scripts, so a
# paragraph's tail past the reach would change the answer if it were read.
_WORDS = st.sampled_from(
    ["the", "minister", "said", "talks", "der", "Minister", "sagte", "Gespräche", "le", "ministre", "a", "déclaré",
     "министр", "сказал", "日本語", "A", "B", "C", "12", "—", "“We", "it’s", "ok."]
)
_PARAGRAPHS = st.lists(_WORDS, min_size=0, max_size=120).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(paragraphs=st.lists(_PARAGRAPHS, min_size=1, max_size=4))
def test_identify_spans_reads_each_paragraph_as_identify_reads_it_whole(paragraphs: list[str]) -> None:
    from textmend import language

    text = "\n\n".join(paragraphs)
    found = language.identify_spans(text, inherit=False)
    assert [span.lang for span in found] == [language.identify(text[s:e]) for s, e, _ in found]


@settings(max_examples=200, deadline=None)
@given(paragraph=st.lists(st.sampled_from(
    ["the", "minister", "said", "talks", "“We", "‘no", "—and", "…but", "it’s", "“привет", "«Nein", "Gespräche",
     "der", "сказал", "„Ja", "A", "B", "C", "x"]), max_size=40).map(" ".join))
def test_identify_reads_curly_quoted_tokens_by_their_sums_with_the_same_answer(paragraph: str) -> None:
    # The token sums are the words' own test: reading a token that opens with a curly mark by
    # its sum (the new choice) or word by word (the old one) gives the same language.
    from textmend import language

    new = language.identify(paragraph)
    saved = language._by_token_sums
    language._by_token_sums = lambda tokens: max(tokens, default="") < language._LATIN_BELOW
    try:
        old = language.identify(paragraph)
    finally:
        language._by_token_sums = saved
    assert new == old


def test_the_marks_read_by_sums_are_stripped_as_punctuation() -> None:
    from textmend import language

    assert all(ch in language._PUNCTUATION and ch >= language._LATIN_BELOW for ch in language._MARKS_ABOVE_LATIN)
    assert language._by_token_sums(["“we", "said", "—and"])
    assert not language._by_token_sums(["“привет", "мир"])  # another script's word: read word by word
