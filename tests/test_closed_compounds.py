"""English closed compounds of two common words that the lexicon lacks (issue 13, branch
``prec14``).

A published dictionary lists many closed compounds of two common words that wordfreq does not
(``headguard``, ``newswriting``), and ``fused`` read them as two words glued because both
parts are common.  Real glue has another shape (``benchmarks/glue_shape.py``): an inflected
word before the next (``sacked|last``), a pair the document writes apart, two of the
language's commonest words, or a part that builds almost no compounds.  A pair whose left
word begins many of the lexicon's words and whose right word ends many (``head`` begins
``headline``, ``guard`` ends ``lifeguard``) is held below the default threshold unless the
document gives its word for the split.  The texts were written for these tests, each with its
reason; beside them stand glued twins of the real shape that must still be split.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired
from textmend.lexicon import word_frequencies
from textmend.normalizers.fused import _compound_shaped, _scanner
from textmend.pipeline import Pipeline
import textmend

COMPOUNDS = [
    (
        "headguard",
        "The boxer wore a padded headguard during every sparring session at the gym that winter.",
        "a boxer's protective helmet; 'head' begins 'headline', 'guard' ends 'lifeguard'",
    ),
    (
        "newswriting",
        "She taught newswriting to first-year students at the college for almost twenty years.",
        "the craft of writing news; 'news' begins 'newspaper', 'writing' ends 'songwriting'",
    ),
    (
        "racewalk",
        "He trained to racewalk at the national championships after a knee injury ended his running.",
        "the athletic event; 'race' begins 'racetrack', 'walk' ends 'sidewalk'",
    ),
    (
        "kingpost",
        "The carpenter fitted a kingpost to hold up the ridge of the barn's old roof.",
        "a roof truss's central post; 'king' begins 'kingdom', 'post' ends 'signpost'",
    ),
    (
        "smokehole",
        "Light came in only through the smokehole at the top of the hut where the fire burned.",
        "the opening above a hearth; 'smoke' begins 'smokestack', 'hole' ends 'pothole'",
    ),
    (
        "nosebag",
        "The driver hung a nosebag on the horse before he went into the inn for his dinner.",
        "a feed bag for a horse; 'nose' begins 'nosebleed', 'bag' ends 'handbag'",
    ),
    (
        "silverpoint",
        "The museum showed a silverpoint drawing of a young woman made by an unknown master.",
        "a drawing technique with a silver stylus; 'silver' begins 'silverware', 'point' ends 'viewpoint'",
    ),
    (
        "passback",
        "The referee ruled that the passback to the goalkeeper was deliberate and gave a free kick.",
        "a pass back to one's own keeper; 'pass' begins 'passport', 'back' ends 'feedback'",
    ),
]


@pytest.mark.parametrize(("word", "text", "reason"), COMPOUNDS)
def test_a_closed_compound_of_two_common_words_stays_one_word(word: str, text: str, reason: str) -> None:
    assert word not in word_frequencies("en"), f"{word!r} must be a word the lexicon lacks for this test"
    assert_kept(text, reason, "en")


def test_the_compound_is_still_split_when_the_caller_asks_for_every_candidate() -> None:
    # (held below the default threshold, not removed: "aggressive" still makes the split)
    text = COMPOUNDS[0][1]
    aggressive = Pipeline(textmend.default_pipeline("en").normalizers, confidence="aggressive")
    assert aggressive.mend(text).text != text


GLUED_TWINS = [
    (
        "The coach was sackedlast night after a poor run of results in the league this season.",
        "The coach was sacked last night after a poor run of results in the league this season.",
        "an inflected word before the next ('sacked|last'): real glue in the extractor output",
    ),
    (
        "Police said threepeople were taken to hospital after the crash on the motorway on Sunday.",
        "Police said three people were taken to hospital after the crash on the motorway on Sunday.",
        "two of the language's commonest words: a compound of them would be listed",
    ),
    (
        "Scientists found water ice near the south pole. The waterice deposits could supply future crews.",
        "Scientists found water ice near the south pole. The water ice deposits could supply future crews.",
        "a compound-shaped pair the document writes apart: its own evidence for the split",
    ),
    (
        # (a part the document uses alone, "The whole team", is no evidence for a compound-shaped
        # pair: over every audit corpus such splits were right 0 times of 9, branch fresh36)
        "The whole lot was sold. They spent the wholelot on new equipment for the youth club.",
        "The whole lot was sold. They spent the whole lot on new equipment for the youth club.",
        "a compound-shaped pair the document writes apart, at a sentence's start",
    ),
]


@pytest.mark.parametrize(("damaged", "repaired", "reason"), GLUED_TWINS)
def test_real_glue_of_common_words_is_still_split(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason, "en")


def test_the_shape_is_read_from_the_lexicon_and_only_in_english() -> None:
    english = _scanner("en")
    german = _scanner("de")
    assert english is not None and german is not None
    # both parts build compounds, neither among the commonest: compound-shaped
    assert _compound_shaped("head", "guard", 5.0, 5.0, english)
    # a part that begins almost no compounds ("source" begins 2): glue of running text
    assert not _compound_shaped("source", "web", 5.0, 5.0, english)
    # two of the commonest words: a compound of them would be listed
    assert not _compound_shaped("head", "guard", 5.6, 5.6, english)
    # other languages have their own compound rules
    assert not _compound_shaped("kopf", "schutz", 4.6, 4.6, german)
