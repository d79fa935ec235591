"""Issue 13: the kinds of split the audits found wrong too often run only where the document
attests them (``benchmarks/fused_calibration.py``, docs/benchmarks.md "Fused: precision by
kind over every audit").  Sentences written for these tests."""

import pytest

import textmend
from textmend.lexicon import word_frequencies
from textmend.pipeline import Pipeline

FREQS = word_frequencies("en")
AGGRESSIVE = Pipeline(textmend.default_pipeline().normalizers, confidence="aggressive")


# Real words the lexicon lacks, read by it as two glued words, and the document offers no
# evidence for the split: the default pipeline leaves them, each with the reason.
KEEP_AT_DEFAULT = [
    ("Rival gangs fought swordfights in the street.", "swordfights",
     "a closed compound of two content words (sword + fights), the plural of one the lexicon lacks"),
    ("Two knifefights broke out after the match.", "knifefights",
     "a closed compound of two content words; no part written on its own in the text"),
    ("He found the task mettlesome and long.", "mettlesome",
     "-some is a suffix as well as a function word: a derivation of 'mettle'"),
    ("Posted by quietfalcon on Monday", "quietfalcon",
     "a lower-case user name: two content words run together on purpose"),
    ("Reply from wizardpainter 5 minutes ago", "wizardpainter",
     "a lower-case handle in a comment thread's header"),
]


@pytest.mark.parametrize("text, word, reason", KEEP_AT_DEFAULT, ids=[w for _, w, _ in KEEP_AT_DEFAULT])
def test_unattested_kinds_stay_whole_by_default(text, word, reason):
    assert word not in FREQS  # the premise: the lexicon lacks the word
    assert textmend.clean(text) == text, reason
    # ... and the split is still offered to a caller who asks for recall: "aggressive"
    assert word not in AGGRESSIVE(text).split(" ")


# Glued tokens that must still be split at the default threshold, with the evidence.
STILL_SPLIT = [
    ("The factory made the productionversion of the car.", "production version",
     "two content words, the left one derived (-ion): running text, not a compound"),
    ("It was a technologicalbackbone for the firm.", "technological backbone", "a derived left word (-al)"),
    ("The analystssay it will rain.", "analysts say", "an inflected left word (plural -s)"),
    # (two parts that both build closed compounds, "big" and "win", need the pair written apart:
    # a part alone, "a big night", is no evidence, tests/test_precision_fresh36.py)
    ("It was a big win last year. It was a bigwin for them.", "big win", "the pair written apart in the document"),
    ("The team has a long trackrecord of wins.", "track record",
     "two words this common: a compound of them would be common enough for the lexicon to list"),
    ("The car has stylishwheels and a red roof.", "stylish wheels", "a derived left word (-ish): running text"),
    ("Prices rose in the previousyear again.", "previous year", "a derived left word (-ous)"),
    # (not "swordfights": a form of "swordfight", which the lexicon lists, is a word unless
    # the document writes the two parts apart; see tests/test_precision_audits_left.py)
    ("A knife hung on the wall. Rival gangs fought knifefights in the street.", "knife fights",
     "the document writes one part as a word: evidence for the split"),
    ("The cityand the state agreed.", "city and", "an English content word and a function word"),
    ("It was thebig day.", "the big", "a function word and a content word"),
]


@pytest.mark.parametrize("text, expected, reason", STILL_SPLIT, ids=[e for _, e, _ in STILL_SPLIT])
def test_attested_or_grammatical_splits_are_still_made(text, expected, reason):
    assert expected in textmend.clean(text), reason


def test_a_short_message_of_a_language_of_rich_morphology_keeps_an_unattested_split():
    # A UI message is written by a person, not glued across elements: a content word beside
    # a function word there is as often a word the lexicon lacks (Turkish "tamsayılar",
    # integers, read as "tam sayılar").  Offered at "aggressive"; German, which inflects
    # less, still has its split made in a message as short.
    message = "Girilen değer bir tamsayılar listesi değil."
    assert textmend.clean(message) == message
    assert "tam sayılar" in AGGRESSIVE(message)
    assert "Migration auf" in textmend.clean("Das ist eine Migrationauf die neue Plattform.")
