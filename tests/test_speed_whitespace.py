"""whitespace's cheap check (issue 16, seventh round): the shortcuts it takes in C."""

from __future__ import annotations

import itertools

from textmend.normalizers import whitespace


def test_every_unusual_space_is_outside_ascii() -> None:
    # An ASCII text skips the search for them: none may be ASCII.
    assert not any(ch.isascii() for ch in whitespace._WIDE + whitespace._ZERO_WIDTH + whitespace._SOFT_HYPHEN)
    assert all(whitespace._UNUSUAL.match(ch) for ch in whitespace._WIDE + whitespace._ZERO_WIDTH + whitespace._SOFT_HYPHEN)


def test_the_check_is_false_only_where_the_scan_finds_nothing() -> None:
    # Every string of up to four characters over what the check and the scan read.
    alphabet = "a \t\r\n\u00a0\u200b\u00ad\u2003"
    for size in range(0, 5):
        for chars in itertools.product(alphabet, repeat=size):
            text = "".join(chars)
            found = whitespace._CANDIDATE.search(text) is not None
            assert whitespace._may_need_work(text) or not found, repr(text)
