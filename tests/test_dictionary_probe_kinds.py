"""Rare real words the lexicon lacks, of the kinds the dictionary probe found split (issue 13,
branch ``prec12``, ``benchmarks/dictionary_probe.py``).

Each kind is a form built by the language's morphology on a word the lexicon knows; the texts
were written for these tests, each with its reason.  Beside each kind stands a glued token of
the same shape that must still be split, so a rule that swallowed every repair would fail.
"""

from __future__ import annotations

import pytest

import textmend


def _kept(text: str, lang: str, reason: str) -> None:
    assert textmend.clean(text, lang=lang) == text, reason


def _repaired(damaged: str, lang: str, repaired: str, reason: str) -> None:
    assert textmend.clean(damaged, lang=lang) == repaired, reason


# -- German: the present participle of a rare verb, declined (infinitive + "d" + ending)

GERMAN_PARTICIPLES = [
    (
        "Auf dem Feld stand ein Bauer mit düngendem Blick, und niemand im Dorf wusste, was er eigentlich vorhatte.",
        "'düngendem': the participle 'düngend' of 'düngen' with its dative ending, not 'düngen dem'",
    ),
    (
        "Ein die Heimat besingendes Lied erklang am Abend, und alle Musiker auf der Bühne stimmten leise mit ein.",
        "'besingendes': the participle of 'besingen', neuter, not 'besingen des'",
    ),
    (
        "Mit veredelndem Licht zeigte die Ausstellung alte Stoffe, die jahrzehntelang im Keller des Museums lagen.",
        "'veredelndem': an infinitive in -eln ('veredeln') takes the participle's 'd' as well",
    ),
]


@pytest.mark.parametrize(("text", "reason"), GERMAN_PARTICIPLES)
def test_a_declined_participle_of_a_rare_verb_is_one_word(text: str, reason: str) -> None:
    _kept(text, "de", reason)


def test_a_preposition_glued_to_an_article_is_still_split() -> None:
    _repaired(
        "Er stand zwischendem Tor und der Mauer und wartete auf den Bus, der an diesem Morgen spät kam.",
        "de",
        "Er stand zwischen dem Tor und der Mauer und wartete auf den Bus, der an diesem Morgen spät kam.",
        "'zwischen' is a preposition, no verb: it makes no participle",
    )
