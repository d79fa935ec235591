"""whitespace's candidate scan in the stdlib engine (issue 16, branch speed30; docs/benchmarks.md,
"clean()'s overhead above its floor").

``_CANDIDATE`` was a ``regex`` pattern; it is now a ``re`` pattern behind a look-ahead for the
characters a match opens with, which ``re`` scans for in C.  The stage reads every match's span
(and starts the scan again after a dense run), so both must find the same matches from any
position: checked on every string of up to five characters over what the pattern reads, on
generated text, and on the dev corpus.
"""

from __future__ import annotations

import itertools

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus import paragraphs
from textmend.normalizers import whitespace

# The pattern as it was before speed30, in the ``regex`` engine: the reference.
REGEX_CANDIDATE = regex.compile(
    rf"[ \t]{{2,}}|[{whitespace._WIDE}{whitespace._ZERO_WIDTH}]+|[ \t](?=[\r\n]|\Z)|\u00ad"
)
ALPHABET = "a \t\r\n\u00a0\u200b\u00ad\u2003\u202f\ufeff\x0b\x1c\u3000"


def _same(text: str) -> None:
    for pos in range(len(text) + 1):
        got = [m.span() for m in whitespace._CANDIDATE.finditer(text, pos)]
        assert got == [m.span() for m in REGEX_CANDIDATE.finditer(text, pos)], (repr(text), pos)


def test_every_short_string():
    for size in range(0, 6):
        for chars in itertools.product("a \t\r\n\u00a0\u200b\u00ad", repeat=size):
            _same("".join(chars))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_generated_text(text):
    _same(text)


def test_corpus():
    found = 0
    for _, _, para in paragraphs():
        spans = [m.span() for m in whitespace._CANDIDATE.finditer(para)]
        assert spans == [m.span() for m in REGEX_CANDIDATE.finditer(para)]
        found += len(spans)
    assert found > 0
