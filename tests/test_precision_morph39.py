"""Rare real words split in two: function words where grammar puts none, and ``-ability`` (issue 13,
branch ``morph39``).

``benchmarks.outside_words`` (morph38) puts real words wordfreq lacks into real clean sentences.
The largest kind its tune half left is a function word and a word (``in|sphere``, ``be|kissed``,
``am|mine``): nothing in the token tells such a word from the commonest real glue, but the word
before it can.  A split is held below the default confidence when it would write

- a preposition, conjunction or finite auxiliary right after a word that is only a determiner
  (``data/en/determiners_only.txt``, ``data/en/no_determiner_before.txt``): "the in shoot";
- ``be`` right after a form of ``be`` or ``have``, or ``very`` (``data/en/function_words_never_after.txt``):
  "was be strewn";
- ``am`` after any word but ``I`` (an adverb between allowed): "a am beer".

And ``-ability`` on a noun whose ``-able`` adjective the lexicon knows is that adjective's noun
(``knowledge|ability``: ``knowledgeable``), not two words.  The words below are real words of
dictionaries, none of the benchmark's probed sample; the glued pairs of the same shapes are written
for the test and still split.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired

AFTER_THE = "Last spring the {w} of the old mill was repaired by hand."
AFTER_THEIR = "She said their {w} had grown since the war."
AFTER_WAS = "The field was {w} with flowers after the rain."
AFTER_A = "He was, by his own account, a {w} of the first order."
NOUN = "Critics doubted the {w} of the young author in those years."


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (AFTER_THE.format(w="inshoot"), "no preposition follows 'the': 'the in shoot' is no English"),
        (AFTER_THE.format(w="insweep"), "no preposition follows 'the'"),
        (AFTER_THE.format(w="inspan"), "no preposition follows 'the'"),
        (AFTER_THE.format(w="inwash"), "no preposition follows 'the'"),
        (AFTER_THEIR.format(w="inbreaths"), "no preposition follows the possessive 'their'"),
        (AFTER_THEIR.format(w="inturns"), "no preposition follows the possessive 'their'"),
        (AFTER_WAS.format(w="bestrewn"), "'be' never follows 'was'"),
        (AFTER_WAS.format(w="bespangled"), "'be' never follows 'was'"),
        (AFTER_WAS.format(w="bedimmed"), "'be' never follows 'was'"),
        (AFTER_WAS.format(w="bepowdered"), "'be' never follows 'was'"),
        (AFTER_A.format(w="ambeer"), "'am' agrees with 'I' alone, and no 'am' follows 'a'"),
        (AFTER_THEIR.format(w="ammeters"), "'am' agrees with 'I' alone"),
    ],
)
def test_function_word_where_grammar_puts_none_kept(text: str, reason: str) -> None:
    assert_kept(text, reason)


@pytest.mark.parametrize(
    ("word", "reason"),
    [
        ("knowledgeability", "the noun of 'knowledgeable'"),
        ("objectionability", "the noun of 'objectionable'"),
        ("actionability", "the noun of 'actionable'"),
        ("marriageability", "the noun of 'marriageable'"),
    ],
)
def test_ability_of_a_known_able_adjective_kept(word: str, reason: str) -> None:
    assert_kept(NOUN.format(w=word), reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "He spent a year inprison before the trial.",
            "He spent a year in prison before the trial.",
            "'in' after a noun, no determiner before it: glue, as before",
        ),
        (
            "The new rules will bedone by June.",
            "The new rules will be done by June.",
            "'be' after a modal",
        ),
        (
            "Citizens could vote and beheard at last.",
            "Citizens could vote and be heard at last.",
            "'be' after a conjunction: only forms of 'be', 'have' and 'very' bar it",
        ),
        (
            "I amready to go home now.",
            "I am ready to go home now.",
            "'am' after 'I'",
        ),
        (
            "Critics doubted his greatability to lead.",
            "Critics doubted his great ability to lead.",
            "no 'greatable': the adjective and the noun glued",
        ),
    ],
)
def test_glued_pairs_of_the_same_shapes_split(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason)
