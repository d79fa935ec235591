"""Precision leftovers that generalize (issue 13, branch ``prec29``): real doubles, run-together key rows.

Two shapes the audits judged damaged when ``repeats`` cut them (docs/benchmarks.md,
"Precision leftovers that generalize"), each held by evidence that is not the corpus's string:

* a sound written as an aside opening a bracket (fresh 12's ``(cough cough wine)``): an
  interjection of ``data/en/interjection_doubles.txt`` doubled where a bracketed aside opens
  is an utterance of its own, as where a line opens;
* a rare syllable doubled (fresh 21's turkey call ``kee kee run``): a word of three letters or
  fewer, with a vowel, rarer than Zipf 3.5 and no function word, is a call, a sound or a
  name far more often than a slip, so its removal is held below the default threshold;
* a key table's rows run together on one line (fresh 21's ``SEARCH_BACK ? Search backward``
  amid other rows): a lone mark after a field name keeps its space when the line holds three
  field names or more, as it does where the name opens its line (prec25);
* a capitalized word glued by a dot to a country's two-letter code (fresh 22's ``Register.BG``
  where the text lists no ``.bg``; Engadget's ``Any.DO``) is a name on that domain when the
  text never writes the two capitals as a word of its own.

Every sentence is written for the test.  Beside each kept one stands a damaged one of the same
shape that must still be repaired, so a rule that kept every double after a bracket, or every
short word, fails.
"""

from __future__ import annotations

import pytest

import textmend
from contract import assert_kept, assert_repaired


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Let's finally book that lunch (cough cough dessert) next week.",
            "an interjection doubled as it opens a bracketed aside: a sound, not a slip",
        ),
        (
            "The committee will surely read the report [ahem ahem] before it votes.",
            "the same in square brackets",
        ),
        (
            "He said the numbers were fine (wink wink) and left the room.",
            "an aside closed right after the double",
        ),
        (
            "Listen for the short cluck, the purr and the kee kee call of the young birds.",
            "a rare syllable doubled: a bird's call (kee Zipf 3.06)",
        ),
        (
            "We rode a tuk tuk from the station to the market.",
            "a rare syllable doubled: a vehicle's name (tuk Zipf 2.65)",
        ),
    ],
)
def test_a_real_double_is_kept(text: str, reason: str) -> None:
    assert_kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "He was given a notice (habitual habitual offender) by the court.",
            "He was given a notice (habitual offender) by the court.",
            "a content word no interjection list holds, doubled after a bracket: a slip (the injected "
            "benchmark's own shape, which a rule for any word after a bracket cost)",
        ),
        (
            "She had a bad cough cough and a fever for a week.",
            "She had a bad cough and a fever for a week.",
            "a listed sound doubled inside a sentence, where no aside opens: a slip",
        ),
        (
            "Add 2 tsp tsp of salt and stir.",
            "Add 2 tsp of salt and stir.",
            "a short rare word with no vowel is an abbreviation: a unit doubled after its number is a slip",
        ),
        (
            "The team won the the final on Sunday.",
            "The team won the final on Sunday.",
            "a short function word doubled is a slip",
        ),
        (
            "Prices rose rose again in March.",
            "Prices rose again in March.",
            "a short common word (rose Zipf 4.5) doubled is a slip",
        ),
    ],
)
def test_a_stammer_of_the_same_shape_is_repaired(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason)


def test_a_rare_syllable_is_held_not_dropped() -> None:
    """The syllable's removal is held below the default, not lost: ``aggressive`` still makes it."""
    text = "Listen for the kee kee call of the young birds."
    assert textmend.clean(text, lang="en") == text
    aggressive = textmend.Pipeline(textmend.default_pipeline("en").normalizers, confidence="aggressive")
    assert aggressive.mend(text).text == "Listen for the kee call of the young birds."


# -- a key table's rows run together on one line ----------------------------------------------------


def test_a_key_after_a_field_name_among_rows_run_together_keeps_its_space() -> None:
    """fresh 21's shape (judged damage when cut): an extractor ran a pager's key table onto one
    line, and the key ``?`` after ``SEARCH_BACK`` lost its space as if it ended a question.
    The line holds three field names or more: rows, whose lone marks are keys."""
    text = (
        "Keys: NEXT_PAGE SPC Scroll down PREV_PAGE b Scroll up SEARCH_FORE / Find forward "
        "SEARCH_BACK ? Find backward SEARCH_NEXT n Find again\n"
    )
    assert_kept(text, "a key after a field name, on a line of key rows run together")


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "Did you set MAX_SIZE ? It matters.",
            "Did you set MAX_SIZE? It matters.",
            "one field name in a sentence: prose, and its spaced question mark a stray space",
        ),
        (
            "Set MAX_SIZE and MIN_SIZE ? Both matter.",
            "Set MAX_SIZE and MIN_SIZE? Both matter.",
            "two field names in a sentence are no rows either",
        ),
    ],
)
def test_a_spaced_mark_after_a_field_name_in_prose_is_repaired(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason)


# -- a name built on a country's domain, in a text that lists no domain -----------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Bulgaria's domains are run by Register.BG and its partners.",
            "a registry named by its domain once in a sentence; the text writes 'BG' nowhere as a word",
        ),
        (
            "The list syncs with Any.DO on every phone.",
            "an app named by its domain (.do, the Dominican Republic's)",
        ),
    ],
)
def test_a_name_on_a_country_domain_keeps_its_dot(text: str, reason: str) -> None:
    assert_kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "The plant will close, said Smith.GM said it would move the work. GM makes trucks there.",
            "The plant will close, said Smith. GM said it would move the work. GM makes trucks there.",
            "the text writes 'GM' as a word: a sentence glued on, as prec27's 'the list.US officials'",
        ),
        (
            "The meeting ended in Sofia.Officials left at noon.",
            "The meeting ended in Sofia. Officials left at noon.",
            "a capitalized word after the dot, no country's code: a glued sentence",
        ),
        (
            "The fans waited in Madrid.NBA officials arrived late.",
            "The fans waited in Madrid. NBA officials arrived late.",
            "three capitals are no country's code: a glued sentence",
        ),
    ],
)
def test_a_glued_sentence_before_capitals_is_still_spaced(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason)
