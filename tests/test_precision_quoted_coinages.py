"""Precision on a word quoted as a word (issue 13, branch ``prec13``).

A single closed token that fills a quotation by itself (``“arseniclife”``, the so-called
``'moneytree'``) is a term being coined or mentioned: the writer closed it on purpose, and
``fused`` leaves it unless the split would hold a function word (a phrase that lost its space,
``"verymoved"``) or the document writes the two halves apart in quotation marks elsewhere.
The sentences were written for the test; beside them stand the glued pairs that must still
be split: inside a longer quotation, with a function word, with the document's evidence.
"""

from __future__ import annotations

import pytest

import textmend

# Closed coinages alone in quotation marks, each of two content words the lexicon knows.
COINAGES = [
    ("Scientists dubbed it “arseniclife” at the time.", "curly double marks"),
    ("Critics mocked the “brainrain” plan.", "a coined label before its noun"),
    ("They called it the so-called 'moneytree' policy.", "straight single marks"),
    ('The word "sadfish" caught on.', "straight double marks, a word mentioned as a word"),
    ("NASA called it “arseniclife.”", "a full stop inside the close"),
]

# Glued pairs in quotation marks that are still two words glued.
STILL_SPLIT = [
    ('She said "the arseniclife claim was wrong" today.', "arsenic life", "a longer quotation: the token is not the whole quote"),
    ('He said he was "verymoved" by the news.', '"very moved"', "a function word: a phrase lost its space"),
    ("They wrote “arsenic life” first and “arseniclife” later.", "“arsenic life” later", "the document writes the halves apart, quoted"),
]


@pytest.mark.parametrize(("text", "why"), COINAGES)
def test_a_quoted_coinage_is_left_closed(text: str, why: str) -> None:
    assert textmend.clean(text) == text, why


@pytest.mark.parametrize(("text", "expected", "why"), STILL_SPLIT)
def test_a_glued_pair_in_quotation_marks_is_still_split(text: str, expected: str, why: str) -> None:
    assert expected in textmend.clean(text), why


def test_a_bracketed_token_is_not_a_quoted_coinage() -> None:
    # Brackets have their own rule (a handle set apart); the quotation rule only reads quotation marks.
    from textmend.normalizers.fused import _quoted_coinage, _scanner, _LineCache

    text = "Fans (arseniclife) wrote in."
    scanner = _scanner("en")
    start = text.index("arseniclife")
    assert not _quoted_coinage(text, start, start + 11, "arsenic", "life", scanner, _LineCache(text, scanner))
