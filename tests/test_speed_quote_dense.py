"""Texts dense with quotation marks (issue 16, branch speed31; docs/benchmarks.md, "Quote-dense
lines under 2 s per MB").

``quotes`` reads a line with a mark that its cheap check does not clear in full, tens of
microseconds a line; a text of a hundred thousand short lines of marks took 3-10 s/MB.  Three
readings are now kept per text, each a function of what it is keyed by:

* a line's verdict (its edits) under its facts: the line and what its neighbours tell the reading
  (whether the next line opens or carries on, the previous one leaves a quotation open, ...);
* what the next non-blank line tells, by that line's text;
* whether a line needs reading at all, by the line's text.

Each is checked here against the same reading with nothing kept (``_KEPT_VERDICTS = 0``), on
generated texts whose lines recur in different neighbourhoods and on every dev article.
``language`` identifies a short paragraph once per text of many paragraphs, and answers ``None``
without ``identify`` for one with no letter: checked against ``identify``.  A text whose lines to
read are thousands of lines of marks with no word is left alone, with a log line.  Growth is a
slope (tests/growth.py), never a stopwatch.
"""

from __future__ import annotations

import logging
import random

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import textmend
from corpus import paragraphs
from growth import assert_grows_linearly
from textmend import language
from textmend.normalizers import quotes

# Lines that quotes reads, and lines around them that change what it reads them by: speech
# opened and closed on the next line, attributions, prose, short labels, blank lines, lone marks.
_LINES = [
    "“We will win,” he said.", "“We will win", "he said.”", "“", "”", '"', "'", "‘", "’", "`", "´", "′",
    "“Yes", "No.”", "", "", "The minister said on Tuesday that the talks would go on for weeks.",
    "He’s ‘here’", "`ok´", "„ja“", ",,So", "“But we have,” she said.", '"We will," Putin continued.',
    "access” designation", "this “diamond open", '"Fine," she said.', "Read more", "Photo: AP",
    "“Wild Rose” is now available", "It’s ‘phase one’.", "a “b” c ”d“", '5" and 6′', "“a ‘b «c» d’ e”",
    "'Superfly' Snuka suspect in murder?", "– Jo Al", "the following statement:", "don't", "the Senate 's vote",
    # Speech opening its paragraph and left open: closed at its end or not by what the lines
    # around it say (the one before left a quotation open, the next is prose, opens, carries on).
    "“We will win the war, and we will win the peace.", "“It is over", "He said: “We are not done yet.",
    "“We will not give up the fight, and we never will,” Putin said later.",
]

_TEXTS = st.lists(st.sampled_from(_LINES), min_size=1, max_size=12).flatmap(
    # The same lines again in another order: each recurs beside other neighbours.
    lambda lines: st.permutations(lines).map(lambda other: "\n".join(lines + list(other) + lines))
)


def _read_in_full(stage: quotes.Quotes, text: str, monkeypatch: pytest.MonkeyPatch) -> list:
    with monkeypatch.context() as m:
        m.setattr(quotes, "_KEPT_VERDICTS", 0)
        return stage.find_edits(text)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
@example("“We will win\n”\n“We will win\nhe said.”")
@example("“Yes\n\n“Yes\n“But we have,” she said.\n“Yes\nRead more\n“Yes")
@example("a “b” c ”d“\n“\na “b” c ”d“\n")
@example("“It is over\n“We will win the war, and we will win the peace.\n– Jo Al\n“Wild Rose” is now available\n“We will win the war, and we will win the peace.\n`")
def test_kept_readings_are_the_readings_in_full(text: str) -> None:
    mp = pytest.MonkeyPatch()
    for stage in (quotes.Quotes(), quotes.Quotes(lang="de"), quotes.Quotes(lang="und")):
        assert stage.find_edits(text) == _read_in_full(stage, text, mp), (stage.lang, text)


def _told_plainly(lines: list[str], k: int, curly_doubles: bool) -> tuple:
    """What the reading asked of the lines after line ``k``, each by its own walk (the base's form)."""
    nxt = quotes._next_line(lines, k)
    next_opens = None if not nxt else quotes._opens_or_carries_on(nxt, curly_doubles)
    next_is_prose = next_opens is False and quotes._next_is_prose(lines, k)
    reopened = quotes._reopened_past_short_lines(lines, k) if next_opens is False else None
    next_attributed = (next_opens is True and quotes._next_opens_attributed(lines, k)) or (
        reopened is not None and quotes._next_opens_attributed(lines, reopened - 1)
    )
    closed_later = next_opens is False and quotes._closed_later(lines, k)
    closed_on_next_line = next_opens is True and quotes._closed_on_next_line(lines, k, curly_doubles)
    next_line = nxt if next_opens is True else ""
    return next_opens, next_is_prose, reopened is not None, next_attributed, closed_later, closed_on_next_line, next_line


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINES + ["", "  ", "said” the man", "access” designation"]), max_size=14), st.booleans())
@example(["“We will win", "", "access” designation", "“We will win", "access” designation"], True)
def test_what_the_next_lines_tell_is_what_each_walk_tells(lines: list[str], curly_doubles: bool) -> None:
    told: dict = {}
    for k in range(len(lines)):
        expected = _told_plainly(lines, k, curly_doubles)
        assert quotes._told_by_next_lines(lines, k, curly_doubles, told) == expected, (k, lines)
        assert quotes._told_by_next_lines(lines, k, curly_doubles, {}) == expected, (k, lines)


def test_kept_readings_on_the_dev_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    docs: dict[str, list[str]] = {}
    for doc_id, _, para in paragraphs():
        docs.setdefault(doc_id, []).append(para)
    stage = quotes.Quotes()
    edited = 0
    for paras in docs.values():
        text = "\n\n".join(paras)
        found = stage.find_edits(text)
        assert found == _read_in_full(stage, text, monkeypatch)
        edited += bool(found)
    assert edited  # the comparison is not of empty lists only


def test_a_recurring_line_is_read_once_per_neighbourhood(monkeypatch: pytest.MonkeyPatch) -> None:
    # 2,000 copies of three lines: three neighbourhoods (each line has the same next and previous
    # lines every time, the last one aside), so a handful of readings, not 6,000.
    text = "\n".join(["“We will win", "he said.”", "‘"] * 2_000)
    reads = 0
    original = quotes._Paragraph.repairs

    def counted(self):  # type: ignore[no-untyped-def]
        nonlocal reads
        reads += 1
        return original(self)

    monkeypatch.setattr(quotes._Paragraph, "repairs", counted)
    found = quotes.Quotes().find_edits(text)
    assert reads <= 20
    assert found == _read_in_full(quotes.Quotes(), text, monkeypatch)


# --- the text made of lines of marks with no word -------------------------------------------


def test_thousands_of_wordless_lines_are_left_alone_and_said(caplog: pytest.LogCaptureFixture) -> None:
    text = "‘\n" * 1_001 + "He said “yes”.\n"
    with caplog.at_level(logging.WARNING, logger="textmend"):
        assert quotes.Quotes().find_edits(text) == []
    assert "1001 of its 1001 lines to read hold quotation marks and no word" in caplog.text


def test_wordless_lines_among_as_many_read_lines_of_words_are_read() -> None:
    # Half the lines read hold a word: the text is read as before (its opening marks are judged).
    text = "‘\n‘Yes, he said.\n" * 1_001
    assert quotes._wordless_lines(text, text.split("\n")) == (0, 0)
    unit = "‘\n“Yes,” he said, “we will win.\n"
    assert quotes._wordless_lines(unit * 1_001, (unit * 1_001).split("\n")) == (0, 0)
    assert quotes._wordless_lines(unit[:2] * 1_001, (unit[:2] * 1_001).split("\n")) == (1_001, 1_001)


def test_the_wordless_decline_is_the_documents(caplog: pytest.LogCaptureFixture) -> None:
    # clean() gives the text back as it was, whatever other stages do around the marks.
    text = "‘ \n" * 1_500 + "“We will win\n"
    with caplog.at_level(logging.WARNING, logger="textmend"):
        result = textmend.mend(text)
    assert not [e for e in result.edits if "quotes" in e.normalizer]
    assert "quotes left a text alone" in caplog.text


# --- language: a short paragraph once per text, a paragraph with no letter ------------------

_PARAGRAPH_PIECES = st.sampled_from(
    ["“", "”", "‘", "’", '"', "'", "«", "»", "„", "`", "´", "′", " ", "-", ".", ",", "!", "1", "²", "½", "Ⅻ",
     "😂", "a", "The", "the", "der", "и", "日本", "ok", "₂", "_", "\u0300", "ß", "ǅ"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PARAGRAPH_PIECES, max_size=12).map("".join))
@example("😂 😂 😂")
@example("1 2 3 4 5 6 7 8 9 10")
@example("½ Ⅻ ²")
def test_a_paragraph_with_no_letter_is_no_languages(paragraph: str) -> None:
    if language._MAY_HOLD_LETTER(paragraph) is None:
        assert language.identify(paragraph) is None
        assert not any(ch.isalpha() for ch in paragraph)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(_PARAGRAPH_PIECES, max_size=8).map("".join), min_size=1, max_size=6), st.integers(50, 120))
def test_short_paragraphs_kept_are_identified_as_each_alone(pieces: list[str], copies: int) -> None:
    text = "\n".join(pieces * copies + ["The minister said on Tuesday that the talks would go on for weeks."])
    spans = language.paragraph_spans(text)
    expected = [language.identify(text[s : e if e - s <= language._MAX_CHARS else s + language._MAX_CHARS]) for s, e in spans]
    assert language._identified_keeping_short(text, spans) == expected


def test_a_text_of_many_paragraphs_identifies_each_short_one_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    original = language.identify

    def counted(paragraph: str):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return original(paragraph)

    monkeypatch.setattr(language, "identify", counted)
    text = "Der Hund ist groß.\nThe dog is big.\n“\n" * 1_000
    langs = language._identified_keeping_short(text, language.paragraph_spans(text))
    assert calls == 2  # the two with letters; the line of a mark has none
    assert langs[:3] == [original("Der Hund ist groß."), original("The dog is big."), None]
    assert langs == langs[:3] * 1_000


# --- growth: ten times the input in at most ~15 times the time -------------------------------


def _random_lines(n: int) -> str:
    rng = random.Random(0)
    marks = "\"'“”‘’„‚«»‹›`´′″ab "
    out, size = [], 0
    while size < n:
        line = "".join(rng.choices(marks, k=rng.randint(1, 6))) + "\n"
        out.append(line)
        size += len(line)
    return "".join(out)


def _open_lines(n: int) -> str:
    """Random short lines ``“ab cd``, each opening a quotation it never closes, no line repeated
    (benchmarks.speed's quote-open-lines): nothing is kept, every line is read in full."""
    rng = random.Random(0)
    out, size = [], 0
    while size < n:
        words = ["".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(2, 4))) for _ in range(2)]
        line = "“" + " ".join(words) + "\n"
        out.append(line)
        size += len(line)
    return "".join(out)


@pytest.mark.parametrize(
    "build",
    [
        lambda n: "".join(m + "\n" for m in "'\"“”‘’„‚«»‹›`´′″") * (n // 32),  # one line per mark kind
        lambda n: "“\n”\n\"\n‘\n’\n'\n`\n´\n′\n" * (n // 18),  # the nine kinds quotes reads a line for
        lambda n: "\"'“”‘’„‚«»‹›`´′″,,\n" * (n // 20),  # every kind on every line
        lambda n: "a“b”c\"d‘e’f'g`h´i′j,,k\n" * (n // 22),  # marks alternating with letters
        lambda n: "“He’s ‘here’,” she said. \"Don't,\" he 'd say — «non» „ja“ `ok´.\n" * (n // 64),  # short lines
        lambda n: "“a ‘b «c „d ‚e ‹f \"g 'h i' j\" k› l‘ m“ n» o’ p” " * (n // 48),  # nested, one line
        _random_lines,  # random short lines: nothing recurs for long
        _open_lines,  # random lines each left open: each read in full and identified alone (speed32)
    ],
    ids=[
        "lone-lines", "read-lone-lines", "kinds-per-line", "alternating-lines", "short-lines", "nested", "random-lines",
        "open-lines",
    ],
)
def test_clean_time_grows_linearly_on_quote_dense_lines(build) -> None:
    assert_grows_linearly(textmend.clean, build(40_000), build(400_000))
