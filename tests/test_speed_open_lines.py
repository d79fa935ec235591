"""A line left open before a line that opens: quotes' answer proved without the reading (issue 16,
branch speed33; docs/benchmarks.md, "English ASCII throughput, the next cut").

``quote-open-lines`` (thousands of distinct lines ``“ab cd``, each opening a quotation it never
closes, each before a line that opens with a mark) made ``quotes`` read every line in full.
``quotes._left_open_and_carried_on`` answers "no edit" for a line that is ``“`` then ASCII words
and spaces ending with a letter, holding no reporting verb after the mark, when the next line
opens with a mark: its docstring walks the reading step by step.  Checked here against the
reading in full:

* on generated lines, under every fact the reading is given, drawn at random (the document's
  style, the neighbours' facts, the language, the text's closed quotations: the title's own);
* through ``Quotes.find_edits`` with and without the answer, on generated texts and on every dev
  article and extractor record that holds such a line.

The harness is not vacuous: lines just outside the class (a comma, a full stop, a reporting
verb) are closed by the same reading under the same facts.  Growth is a slope (tests/growth.py).
"""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import pytest

from corpus import paragraphs
from textmend.normalizers import quotes
from textmend.normalizers.quotes import LDQ

_WORDS = [
    "we", "will", "go", "on", "ab", "cd", "xq", "it", "is", "over", "win", "I", "you", "He", "She", "They",
    "Wild", "Rose", "Moulin", "Rouge", "The", "A", "B", "said", "says", "told", "asked", "added", "noted",
    "stated", "explained", "according", "to", "him", "sir", "Smith", "n", "s", "t",
]


# Tokens the answer's class leaves out: marks of every kind, punctuation, digits, other letters.
_MARKED = [
    "win,", "on.", "it’s", "don't", "a,,b", ",,So", "‘no’", "so”", '"x', "said:", "go!", "yes?", "5", "B.", "—", "(a)",
    "``So''", "über", "x;", "end…", "’90s", "“Wild", "Rose”",
]


def _open_line(r: random.Random, marked: float = 0.0) -> str:
    words = [r.choice(_MARKED) if r.random() < marked else r.choice(_WORDS) for _ in range(r.randint(1, 7))]
    return LDQ + "".join(w + (" " * r.randint(1, 2)) for w in words[:-1]) + words[-1]


def _paragraph(para: str, r: random.Random) -> quotes._Paragraph:
    """``para`` as ``Quotes.find_edits`` hands it to the reading when the next line opens with a
    mark, every other fact drawn at random."""
    b = r.random
    lang = r.choice(["en", "en", "de", "fr", "sv", "und"])
    found = quotes._Paragraph(
        para, True, b() < 0.8, b() < 0.8, b() < 0.3, b() < 0.2, r.choice([None, True, False]),
        r.choice(["curly", "straight", None]), b() < 0.1,
    )
    found.goes_on = b() < 0.3
    found.period_outside = b() < 0.3
    found.speech_period_outside = b() < 0.2
    found.speech_punct_outside = b() < 0.2
    found.speech_stop_inside = b() < 0.2
    found.english = lang == "en"
    found.lang = lang
    found.standalone_s = b() < 0.1
    found.next_is_prose = b() < 0.5
    found.reopened_past_short_lines = b() < 0.3
    found.next_attributed = b() < 0.3
    found.closed_later = b() < 0.3
    found.closed_on_next_line = b() < 0.2
    found.next_line = r.choice(["“We will go on.", "‘Headline’", "“Wild Rose” is out.", "“"])
    # The text's closed quotations: the line's own words, so the title reading has something to fit.
    words = para[1:].split()
    whole = {words[0]: {" ".join(words[: k + 1]) for k in range(len(words))}} if b() < 0.5 else {}
    tails = {words[-1]: {" ".join(words[-2:])}} if b() < 0.3 and len(words) > 1 else {}
    found.quoted_elsewhere = lambda: (whole, tails)
    found.recurs = lambda word, p: b() < 0.5
    inside = b() < 0.5
    found.period_inside = lambda: inside
    return found


def test_the_answer_is_the_readings_on_generated_lines() -> None:
    r = random.Random(33)
    proved = verb = 0
    for _ in range(1_500):
        line = _open_line(r)
        if not quotes._left_open_and_carried_on(line):
            verb += 1  # (only a reporting verb keeps a generated line out)
            continue
        proved += 1
        for _ in range(12):
            assert _paragraph(line, r).repairs() == [], line
    assert proved > 500 and verb > 200
    # Lines with other tokens too: wherever the answer holds, the reading finds nothing.
    proved = left_out = 0
    for _ in range(3_000):
        line = _open_line(r, marked=0.15)
        if not quotes._left_open_and_carried_on(line):
            left_out += 1
            continue
        proved += 1
        for _ in range(4):
            assert _paragraph(line, r).repairs() == [], line
    assert proved > 300 and left_out > 1_000


@pytest.mark.parametrize(
    "line",
    [
        "“We will win, he said",  # a comma-marked attribution: closed (speed32's example)
        "“We will win, said Smith",  # the same, the verb first
        "“We will win.",  # a sentence's end: closed when the next line opens another quotation
    ],
)
def test_lines_just_outside_the_class_are_read_and_can_be_closed(line: str) -> None:
    # The harness can tell: the same reading under the same kind of facts closes lines the
    # answer does not cover (so an answer stretched to them would fail the test above).
    assert not quotes._left_open_and_carried_on(line)
    r = random.Random(line)
    assert any(_paragraph(line, r).repairs() for _ in range(200))


def _without_the_answer(monkeypatch: pytest.MonkeyPatch, stage: quotes.Quotes, text: str) -> list:
    with monkeypatch.context() as m:
        m.setattr(quotes, "_left_open_and_carried_on", lambda para: False)
        return stage.find_edits(text)


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    fired = [0]
    original = quotes._left_open_and_carried_on

    def counted(para: str) -> bool:
        answer = original(para)
        fired[0] += answer
        return answer

    monkeypatch.setattr(quotes, "_left_open_and_carried_on", counted)
    return fired


_OTHER_LINES = [
    "", "", "“We will win,” he said.", "he said.”", "“We will go on.", "The minister said on Tuesday that the talks would go on.",
    "“We will win, he said", "‘Headline’", "Advertisement", "“", "“Wild Rose” is out on DVD.", "“We’ll see,” she said",
]


def test_find_edits_with_and_without_the_answer_on_generated_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    fired = _counting(monkeypatch)
    r = random.Random(16)
    edited = 0
    for n in range(300):
        lines = [_open_line(r) if r.random() < 0.5 else r.choice(_OTHER_LINES) for _ in range(r.randint(2, 14))]
        text = "\n".join(lines) if n % 3 else "\n\n".join(lines)
        stage = quotes.Quotes(lang=r.choice(["en", "de", "sv"]))
        found = stage.find_edits(text)
        assert found == _without_the_answer(monkeypatch, stage, text), text
        edited += bool(found)
    assert fired[0] > 200 and edited > 20


def _real_texts() -> list[str]:
    docs: dict[str, list[str]] = {}
    for doc_id, _, para in paragraphs():
        docs.setdefault(doc_id, []).append(para)
    texts = ["\n\n".join(paras) for paras in docs.values()]
    extracted = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "extracted-dev.jsonl.gz"
    if extracted.is_file():
        with gzip.open(extracted, "rt", encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] or "" for line in fh]
    # Only a text with a line opening with “ can hold a line the answer covers.
    return [t for t in texts if t.startswith(LDQ) or "\n" + LDQ in t]


def test_find_edits_with_and_without_the_answer_on_real_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    fired = _counting(monkeypatch)
    stage = quotes.Quotes()
    edited = 0
    for text in _real_texts():
        found = stage.find_edits(text)
        assert found == _without_the_answer(monkeypatch, stage, text)
        edited += bool(found)
    assert edited  # the comparison is not of empty lists only
