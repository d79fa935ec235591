"""Precision on the kinds the thirty-first fresh corpus's tune half found (issue 13, branch ``fresh31``).

That corpus (the fifth eighth of Horde_Feed's saved blog and news posts) was judged blind at 97.1%;
its tune half's seven damaged edits fell in five kinds, three of them fixed here by the evidence
their shape gives, not by their strings:

- a word closed on the combining prefix ``meta`` was split where the document also writes the
  right part alone (``meta|system`` beside ``system``): ``meta`` is one of the English prefixes
  that build closed compounds (``data/en/fused_prefixes.txt``), never the left word of a split
  of two content words; a function word glued after it is still split;
- an inflection the writer put onto a quoted word after its close (``"tron"ing``) was spaced
  as a word glued to the quotation: a listed English inflection that is no word of its own
  (``data/en/quote_endings.txt``: ``ed``, ``ing``, ``er``, ...) gets no space; a word glued
  there still does;
- a verb doubled by grammar after ``everybody who`` (``everybody who fails fails``: the relative
  clause's verb, then the main verb) was made single: after a pronoun and its relative
  (``data/en/relative_subjects.txt``: ``everybody who``, ``anyone who``, ``those who``) any word
  but a function word is kept; after a noun and ``who`` the double is still repaired (the
  accuracy benchmark's injected ``visitors who booked booked`` showed a plain ``who`` costs real
  repairs).

Left: a mixedCase name split (``derStandard``, another branch's kind) and a number glued to a
capitalized unit (``16Bit``). The texts are written for the test (none is copied from the corpus);
beside them stand texts of the same shapes that must still be repaired, so a rule that swallowed
every repair fails.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Every system needs rules. Above the systems sits a metasystem that ties the parts together.",
            "metasystem: a compound on the prefix meta, though the document writes system alone",
        ),
        (
            'Critics mocked the whole "google"ing of candidates before every job interview last year.',
            "an -ing written onto the quoted word after its close: no word glued there",
        ),
        (
            "She said he had “unfriend”ed her twice before the party started.",
            "an -ed written onto the quoted word after its close (curly marks)",
        ),
        (
            "The rules are simple: anyone who cheats cheats the whole team, not just the referee.",
            "who cheats cheats: the relative clause's verb, then the main verb",
        ),
    ],
)
def test_the_tune_kinds_are_kept(text: str, reason: str) -> None:
    assert_kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "Every system needs rules. The tags sit in the metaand the body of each page.",
            "Every system needs rules. The tags sit in the meta and the body of each page.",
            "a function word glued after meta is still split",
        ),
        (
            'Critics mocked the whole "google"and then moved on to the next candidate quickly.',
            'Critics mocked the whole "google" and then moved on to the next candidate quickly.',
            "a word glued after a closing quote is still split",
        ),
        (
            "The rules are simple: those who can can stay behind after the match is over.",
            "The rules are simple: those who can stay behind after the match is over.",
            "a function word doubled after who is still a slip",
        ),
        (
            "The fans who cheered cheered loudest when the second goal went in at the end.",
            "The fans who cheered loudest when the second goal went in at the end.",
            "after a noun and who, a doubled verb is still a slip",
        ),
        (
            "The fans who who came early were given a free scarf at the gate.",
            "The fans who came early were given a free scarf at the gate.",
            "who itself doubled is a slip",
        ),
    ],
)
def test_the_same_shapes_are_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason)
