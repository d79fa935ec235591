"""Identification of short paragraphs and quotes' per-line tests answered without the full reading
(issue 16, branch speed34; docs/benchmarks.md, "Identification cost, cold start and the ASCII path").

Each pre-test is checked against the reading it stands for, the function's own source with the
pre-test taken out and run in the module's namespace (so nothing here restates the reading):

* ``language.identify`` answers ``None`` for a head whose lower-cased form has fewer than
  ``_MIN_LETTERS`` characters, before any token is looked up: every other answer needs the words'
  letters to reach ``_MIN_LETTERS``.  Checked on generated short strings of every script the
  identifier reads (``İ``, which lower-cases to two characters, among them), on every short line of
  the dev corpus and the extractor records, and on strings just over the bound that the reading
  identifies (so a wider cut fails);
* ``quotes._well_formed`` answers ``False`` for a line of unequal counts of ``“`` and ``”`` (the
  pattern takes them only as a pair); ``_opens_or_carries_on`` answers ``True`` for a line opening
  with a mark before its search; ``_opens_attributed`` answers ``False`` for a line with no closing
  double mark.  Checked on generated lines dense in marks and on every dev and extractor line.

And a slope, not seconds (tests/growth.py's rule): identifying a text of thousands of distinct short
lines costs at most a few times what the same number of copies of one line costs (each copy answered
from the first); on the base, where each distinct line was read in full, it cost many times more.
"""

from __future__ import annotations

import gzip
import inspect
import json
import random
import re
import textwrap
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus import paragraphs
from growth import best_seconds
from textmend import language
from textmend.normalizers import quotes


def _without(function, pre_test: str):
    """``function`` compiled from its own source with the lines ``pre_test`` (a regex over the
    source) taken out, in a copy of its module's namespace where its own name is the copy (so a
    recursive call reads in full too)."""
    source = textwrap.dedent(inspect.getsource(function))
    cut, n = re.subn(pre_test, "", source, count=1, flags=re.MULTILINE | re.DOTALL)
    assert n == 1, f"the pre-test of {function.__name__} was not found in its source"
    namespace = dict(function.__globals__)
    exec(compile(cut, f"<{function.__name__} without its pre-test>", "exec"), namespace)
    return namespace[function.__name__]


_FULL_IDENTIFY = _without(language.identify, r"^    if len\(lowered\) < [^\n]*:\n.*?^        return None\n")
_FULL_WELL_FORMED = _without(quotes._well_formed, r"^        # The pattern takes.*?^            return False\n")
_FULL_OPENS_OR_CARRIES_ON = _without(quotes._opens_or_carries_on, r"^    if stripped\[0\] in _ALL_QUOTES[^\n]*:\n[^\n]*\n")
_FULL_OPENS_ATTRIBUTED = _without(quotes._opens_attributed, r"^    if \"\\u201d\" not in stripped.*?\n.*?\n")


def _extracted_texts() -> list[str]:
    path = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "extracted-dev.jsonl.gz"
    if not path.is_file():
        return []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line)["text"] or "" for line in fh]


def _real_lines() -> list[str]:
    lines = [line for _, _, para in paragraphs() for line in para.split("\n")]
    for text in _extracted_texts():
        lines += text.split("\n")
    return [line for line in lines if line.strip()]


# Letters of the scripts the identifier reads (Latin with its accents and İ, Cyrillic, Greek, Arabic,
# Hebrew, Devanagari, Hangul, kana and ideographs), digits, marks, quotation marks and spaces.
_PIECES = list(
    "aeinostuwzAEIOSTİıßéèüñçøåœ" "авдеикнорстяАБВ" "αβγδεικλμνο" "ابتسلمن" "אבגדה" "कगतनम" "한국어가나" "のでをはカタナ" "中文日本語"
    "0123456789 \t\u00a0.,;:!?-—'’“”\"«»()…"
) + ["the ", "and ", "der ", "und ", "les ", "и ", "в ", "la ", "de ", "İİ", "A B C ", "x y z "]


def _same_identification(paragraph: str) -> None:
    assert language.identify(paragraph) == _FULL_IDENTIFY(paragraph), repr(paragraph)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join))
def test_identify_short_heads_generated(paragraph: str) -> None:
    _same_identification(paragraph)


def test_identify_short_and_boundary_heads_drawn() -> None:
    r = random.Random(34)
    short = named = 0
    for _ in range(6000):
        paragraph = "".join(r.choice(_PIECES) for _ in range(r.randint(1, 8)))
        _same_identification(paragraph)
        short += len(paragraph.lower()) < language._MIN_LETTERS
    # Just over the bound: words that the reading identifies at 12-20 characters, so a cut that
    # reached past _MIN_LETTERS would answer None where the reading names a language.
    for words in (["the", "and", "that", "with", "from", "this"], ["der", "und", "die", "nicht", "mit"],
                  ["les", "des", "que", "pour", "dans"], ["это", "что", "как", "для", "все"]):
        for _ in range(300):
            paragraph = " ".join(r.choice(words) for _ in range(r.randint(3, 5)))
            _same_identification(paragraph)
            named += len(paragraph) <= 20 and language.identify(paragraph) is not None
    assert short > 1000 and named > 50


def test_identify_on_real_lines_and_paragraphs() -> None:
    checked = 0
    for line in _real_lines():
        if len(line) < 3 * language._MIN_LETTERS:
            _same_identification(line)
            checked += len(line.lower()) < language._MIN_LETTERS
    for _, _, para in paragraphs()[:400]:
        _same_identification(para)
    assert checked > 100


def test_identify_a_short_head_that_lower_case_lengthens() -> None:
    # İ lower-cases to i and a combining dot: the bound is read on the lower-cased head.
    for paragraph in ("İİİİİİİ", "İstanbul", "İİİİİİİİİİİ", "AİRİİİİİ İİ"):
        _same_identification(paragraph)


_MARK_PIECES = st.sampled_from(
    list("ab Z.,;:!?()[]—–-\t\u00a0\"'“”‘’„«»‹›") + ["“a", "a”", "“ab cd", " ”", "“ ", "’s", "it’s", "“He said,” she", '"x"', "\u201c\u201d"]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_MARK_PIECES, max_size=16).map("".join))
def test_quotes_line_tests_generated(line: str) -> None:
    assert quotes._well_formed(line) == _FULL_WELL_FORMED(line), repr(line)
    assert quotes._well_formed(line) == (quotes._WELL_FORMED.fullmatch(line) is not None), repr(line)
    if line.strip():
        stripped = line.strip()
        for curly in (True, False):
            assert quotes._opens_or_carries_on(stripped, curly) == _FULL_OPENS_OR_CARRIES_ON(stripped, curly), repr(stripped)
        assert quotes._opens_attributed(stripped) == _FULL_OPENS_ATTRIBUTED(stripped), repr(stripped)


def test_quotes_line_tests_on_real_lines() -> None:
    unequal = opened = attributed = 0
    for line in _real_lines():
        if not any(mark in line for mark in "“”\"'‘’„«»"):
            continue
        para = line[:-1] if line.endswith("\r") else line
        assert quotes._well_formed(para) == _FULL_WELL_FORMED(para), repr(para)
        unequal += para.count("“") != para.count("”")
        stripped = line.strip()
        for curly in (True, False):
            assert quotes._opens_or_carries_on(stripped, curly) == _FULL_OPENS_OR_CARRIES_ON(stripped, curly), repr(stripped)
        opened += stripped[0] in quotes._ALL_QUOTES
        found = quotes._opens_attributed(stripped)
        assert found == _FULL_OPENS_ATTRIBUTED(stripped), repr(stripped)
        attributed += found
    # Each pre-test's case occurs, and the reading's other answer too (not a comparison of constants).
    # The vendored paragraphs alone hold 19 lines of unequal counts (a clean checkout has no extractor
    # records beside it), so the floor is set below that.
    assert unequal > 10 and opened > 20 and attributed > 5


def test_distinct_short_lines_cost_about_what_repeated_ones_do() -> None:
    r = random.Random(0)

    def word() -> str:
        return "".join(r.choices("abcdefghijklmnopqrstuvwxyz", k=r.randint(2, 4)))

    n = 4000  # over _SHORT_PARAGRAPHS_KEPT_AFTER: the path a long text of short lines takes
    # A text never identified before for each run (the identifier keeps the tokens it met: a text
    # read again costs less than a new one, and a corpus is new text).
    fresh = ["".join(f"\u201c{word()} {word()}\n" for _ in range(n)) for _ in range(10)]
    repeated = "\u201cab cd\n" * n
    identify_lines = language._paragraph_languages
    identify_lines(repeated)

    def new_text(_: str) -> object:
        return identify_lines(fresh.pop())

    ratio = min(
        best_seconds(new_text, "", runs=3) / max(best_seconds(identify_lines, repeated, runs=3), 1e-4)
        for _ in range(3)
    )
    # Base (each distinct line read in full): 4.3-5.0x here; with the short head answered first, 0.5-0.6x.
    assert ratio < 2.5, ratio
