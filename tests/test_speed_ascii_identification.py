"""An ASCII text's paragraphs identified with identify's English fast path written out once per text
(issue 16, branch speed36; docs/benchmarks.md, "The floor passes on ASCII English").

``language._identified_ascii`` fetches the English token table once per text, lower-cases the text
once and takes :func:`language.identify`'s first steps inline, handing every paragraph they leave
undecided to ``identify`` itself; ``_paragraph_languages`` gives an ASCII text's unsure paragraphs
the document's language without asking ``_written_in_script_of`` of each (an ASCII paragraph is
in the Latin script or holds no letter).  Both are held here to the reading they stand for, written
out below from the public pieces (``identify`` on each paragraph's head, then the inheritance as
before): on generated ASCII texts dense in the cases each step tells apart (English and other
languages' function words, one- and two-token heads, letter indexes, heads cut at 300 characters,
blank and letterless paragraphs) and on every ASCII dev article and paragraph, and on the extractor
records when ``../shared`` is there.
"""

from __future__ import annotations

import gzip
import json
import random
from collections import Counter
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus import paragraphs
from textmend import language


def _reference_languages(text: str, *, inherit: bool = True) -> tuple[list[tuple[int, int]], list[str | None]]:
    """``_paragraph_languages`` as it read an ASCII text of fewer than 256 paragraphs before speed36."""
    spans = language.paragraph_spans(text)
    langs = [language.identify(text[s : e if e - s <= language._MAX_CHARS else s + language._MAX_CHARS]) for s, e in spans]
    if inherit and None in langs:
        document = language._document_language(text, langs)
        if document is not None:
            langs = [
                lang if lang is not None or not language._written_in_script_of(text[s:e], document) else document
                for (s, e), lang in zip(spans, langs)
            ]
    return spans, langs


def _check(text: str) -> list[str | None]:
    assert text.isascii()
    spans = language.paragraph_spans(text)
    heads = [language.identify(text[s : e if e - s <= language._MAX_CHARS else s + language._MAX_CHARS]) for s, e in spans]
    assert language._identified_ascii(text, spans) == heads, repr(text)
    for inherit in (True, False):
        assert language._paragraph_languages(text, inherit=inherit) == _reference_languages(text, inherit=inherit), repr(text)
    return heads


_WORDS = (
    "the and that with from this said would have been were their which about after into over more "
    "minister government people year week city council police report company market water school "
    "der die und nicht mit sich des auf dem ist les des que pour dans une sur pas est el los las por "
    "con para una como yang dan untuk dengan dari van het een niet zijn voor och att som det jag "
    "Trump Merkel Obama Johnson qwrt zxcv blorp 2019 12 345 I a A B C D X Y"
).split()
_MARKS = [", ", ". ", "; ", ": ", "! ", "? ", " - ", " (", ") ", '"', "'", " | ", " A B C ", " X - Y ", "\n", "\n\n", "\n \n", "  "]


def _ascii_text(r: random.Random) -> str:
    """A few paragraphs of words drawn from one language's list or several, with marks between."""
    out = []
    for _ in range(r.randint(1, 6)):
        n = r.choice([1, 2, 3, 5, 8, 9, 12, 20, 30, 45, 70])
        pool = _WORDS if r.random() < 0.3 else _WORDS[: r.choice([20, 44, 60, 80, len(_WORDS)])]
        words = []
        for _ in range(n):
            words.append(r.choice(pool))
            words.append(r.choice(_MARKS) if r.random() < 0.15 else " ")
        out.append("".join(words).strip(" "))
    return r.choice(["\n\n", "\n", "\n\n\n"]).join(out)


_ENGLISH = _WORDS[:32]
_OTHERS = _WORDS[32:80]
_ODD = ["12", "345", "2019", "-", "|", "Trump", "Merkel", "qwrt", "zxcv", "blorp"]
_SHORT_ENGLISH = ["if", "it", "or", "my", "up", "of", "he", "a", "I"]
_CAPITALS = list("ABCDEFGHIJKLMNOP")


def _mixed_head(r: random.Random) -> str:
    """One paragraph whose first look (eight tokens) and the rest are drawn apart: English first
    and other languages after, the reverse, short English words among numbers (a first look
    with few letters), or a run of single capitals (a letter index) before or among words.
    These are where identify's steps part: the early margin, a rival leading early, the share
    of known words, the letters' count and the letter index."""
    kind = r.randrange(4)
    if kind == 0:
        first = [r.choice(_ENGLISH if r.random() < 0.7 else _ODD) for _ in range(8)]
        rest = [r.choice(_OTHERS if r.random() < r.random() else _ENGLISH) for _ in range(r.randint(1, 25))]
    elif kind == 1:
        first = [r.choice(_OTHERS if r.random() < 0.8 else _ENGLISH) for _ in range(8)]
        rest = [r.choice(_ENGLISH) for _ in range(r.randint(10, 25))]
    elif kind == 2:
        first = [r.choice(_SHORT_ENGLISH if r.random() < 0.6 else ["12", "-", "345"]) for _ in range(8)]
        rest = [r.choice(_SHORT_ENGLISH + ["12", "-"] + _ENGLISH) for _ in range(r.randint(1, 12))]
    else:
        letters = _CAPITALS[: r.randint(3, 12)]
        words = [r.choice(_ENGLISH + _ODD) for _ in range(r.randint(1, 20))]
        k = r.randint(0, 7)
        return " ".join(words[:k] + letters + words[k:])
    return " ".join(first + rest)


def test_identified_ascii_on_mixed_heads() -> None:
    r = random.Random(3636)
    answers: Counter[str | None] = Counter()
    for _ in range(16000):
        answers.update(_check(_mixed_head(r)))
    assert answers["en"] > 2000 and answers[None] > 500
    assert sum(v for k, v in answers.items() if k not in ("en", None)) > 50, answers


def test_identified_ascii_on_generated_texts() -> None:
    r = random.Random(36)
    answers: Counter[str | None] = Counter()
    handed: list[int] = []
    original = language.identify

    def counting(paragraph: str) -> str | None:
        handed.append(1)
        return original(paragraph)

    for _ in range(3000):
        text = _ascii_text(r)
        heads = _check(text)
        answers.update(heads)
    # What _identified_ascii hands on: some paragraphs, not all (both paths are exercised).
    language.identify = counting
    try:
        seen = 0
        for _ in range(300):
            text = _ascii_text(r)
            spans = language.paragraph_spans(text)
            seen += len(spans)
            language._identified_ascii(text, spans)
    finally:
        language.identify = original
    assert 0 < len(handed) < seen
    assert answers["en"] > 500 and answers[None] > 500
    assert sum(v for k, v in answers.items() if k not in ("en", None)) > 50, answers


_PIECES = st.sampled_from(_WORDS + [m for m in _MARKS] + [" ", " ", " ", "x" * 290, "the " * 80])


@settings(max_examples=800, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_identified_ascii_generated_by_hypothesis(text: str) -> None:
    _check(text)


def test_identified_ascii_heads_at_the_bounds() -> None:
    # 11, 12 and 13 characters; one, two and three tokens; eight and nine tokens; a head cut at
    # 300 characters inside a word and inside a letter index.
    cases = [
        "abcdefghijk", "abcdefghijkl", "the the then", "the said", "said the minister",
        "the minister said that the talks would go", "the minister said that the talks would go on",
        ("the minister said " * 17)[:299] + " A B C", "w" * 295 + " A B C D", "la " * 100 + "the",
        "Index: A B C D E F G H", "the a b c d e f g h i j", "de la de la de la de la de la",
        "if it or my up 12 12 12 12",  # eight tokens of known words with too few letters
    ]
    for text in cases:
        _check(text)
        _check(text + "\n\n" + "The minister said on Tuesday that the talks would go on.")


def _extracted_ascii_texts() -> list[str]:
    path = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "extracted-dev.jsonl.gz"
    if not path.is_file():
        return []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] or "" for line in fh]
    return [t for t in texts if t.isascii()]


def test_identified_ascii_on_real_text() -> None:
    docs: dict[str, list[str]] = {}
    for doc_id, _, para in paragraphs():
        docs.setdefault(doc_id, []).append(para)
    checked = 0
    for paras in docs.values():
        ascii_paras = [p for p in paras if p.isascii()]
        for p in ascii_paras:
            _check(p)
        if ascii_paras:
            _check("\n\n".join(ascii_paras))
            checked += 1
    for text in _extracted_ascii_texts():
        if len(language.paragraph_spans(text)) < language._SHORT_PARAGRAPHS_KEPT_AFTER:
            _check(text)
    assert checked > 50
