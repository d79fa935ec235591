"""punctuation's scan (issue 16, seventh round): every short string, not a sample.

The scan asks first whether a mark has a space before it or a letter after it, which
every branch of its first group wants; the plain form in tests/test_speed_equivalence.py
is the specification.  Strings of up to five characters over the characters the branches
look at hold every neighbourhood a branch reads (three before a mark, one after).
"""

from __future__ import annotations

import itertools

from test_speed_equivalence import _PLAIN_SCAN, _hits
from textmend.normalizers import punctuation

_ALPHABET = "a1_ \t.,)]…—(\n%\"”"


def test_the_scan_finds_what_the_plain_form_finds_in_every_short_string() -> None:
    for size in range(1, 5):
        for chars in itertools.product(_ALPHABET, repeat=size):
            text = "".join(chars)
            assert _hits(punctuation._SCAN, text) == _hits(_PLAIN_SCAN, text), text
    # ...and with a word before and after, at every length of the middle.
    for chars in itertools.product(" \t.,)…—(", repeat=3):
        text = "ab" + "".join(chars) + "cd"
        assert _hits(punctuation._SCAN, text) == _hits(_PLAIN_SCAN, text), text
