"""Code inside prose, read once (issue 13, branch ``code36``).

Developers' prose writes code in its sentences: a string literal with its prefix
(``b"secret"``), a query's field glued to its value (``tag:inbox``).  Whether a position is
inside such a span is :meth:`textmend.analysis.TextFacts.in_inline_code`'s answer, read from
the span's own characters and what the text writes elsewhere, and every stage that spaces or
joins (``fused``'s glued quotation mark, ``punctuation``'s space after a colon, ``repeats``)
leaves the span as written.

The texts are written for the test (none is copied from a corpus).  Beside the kept table
stand texts of the same shapes that must still be repaired: a word glued to a real colon in
prose (``said:The``, ``simple:yes``), a word glued to a quotation that is prose (a letter no
string takes as its prefix, a quoted title with spaces after a lone letter).
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired
from textmend.analysis import TextFacts


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('The call returns b"secret" as bytes.', "a bytes literal: its prefix is glued to the mark"),
        ('Write u"name" or rb"raw" there.', "a unicode and a raw bytes literal"),
        ('Send b"ping", then read b"pong".', "two bytes literals, one before a comma, one before a stop"),
        (
            "Search tag:inbox, then tag:flagged and tag:unread.",
            "a query's field glued to three values, never spaced: the search language's notation",
        ),
        ("Try is:unread or is:starred in the search box.", "a field glued to two values"),
        ("Set display:none and display:block on it.", "a style property written as its declaration"),
    ],
)
def test_inline_code_is_kept(text: str, reason: str) -> None:
    assert_kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        ("He said:The end came.", "He said: The end came.", "a glued capital after a colon in prose"),
        ("The answer was simple:yes, we go.", "The answer was simple: yes, we go.", "one glued value: prose"),
        ('It costs a"lot" of money.', 'It costs a "lot" of money.', "no string takes 'a' as its prefix"),
        (
            'We voted for option b"The best plan" he wrote.',
            'We voted for option b "The best plan" he wrote.',
            "a quotation with spaces after a lone letter is prose",
        ),
    ],
)
def test_prose_of_the_same_shapes_is_repaired(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason)


def test_a_field_the_text_also_spaces_is_prose() -> None:
    facts = TextFacts("Note: this is it. Then note:that and note:those.")
    assert facts.query_fields() == frozenset()
    assert not facts.in_inline_code(25)


def test_inline_code_scan_grows_linearly() -> None:
    """The spans are found once a text (one scan for each shape, then a bisection a question):
    a line dense in near-misses (prefixes never closed, fields glued to one value each, long
    tokens of field characters) stays linear."""
    from growth import assert_grows_linearly

    def read(text: str) -> int:
        facts = TextFacts(text)
        return sum(facts.in_inline_code(i) for i in range(0, len(text), 7))

    for unit in ('b"ab r\'cd u"e ', "aa:b-c:d.e:f ", "tag:x" + "-y" * 20 + " ", "a" * 60 + ":" + " "):
        assert_grows_linearly(read, unit * 400, unit * 4_000)
