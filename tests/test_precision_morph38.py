"""Rare real words split in two, measured on an outside word list (issue 13, branch ``morph38``).

``benchmarks.outside_words`` puts real words that wordfreq lacks (Debian's ``wamerican-huge``,
data for the measurement only) into real clean sentences.  Two kinds the tune half showed, each
read from the morphology of words the lexicon knows, never from a list of the benchmark's words:

- a closed compound whose right part is a plural: the compound shape (the left word begins, the
  right word ends, several of the lexicon's compounds) is read on the right part's singular too
  (``floor|shows``: ``show`` ends ``roadshow``, ``sideshow``; the plural ``shows`` ends few);
- an English agent noun in ``-or`` on a verb whose ``-ion`` noun the lexicon knows
  (``assert|or``: ``assertion``): ``or`` after such a verb is held below the default.

Both hold a split below the default threshold only when the document gives no evidence (a part
written alone, the pair written apart); ``confidence="aggressive"`` still splits.  The words
below are real words of dictionaries outside the benchmark's probed sample; the glued pairs of
the same shapes are written for the test.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired

FRAME = "In the old theatre we found {w} from the thirties and a broken lamp beside the door."
AGENT = "She said the {w} had left before the meeting began."


@pytest.mark.parametrize(
    ("word", "reason"),
    [
        ("floorshows", "a compound's plural: 'show' ends roadshow, sideshow; 'floor' begins floorboard"),
        ("playfellows", "a compound's plural: 'fellow' ends bedfellow"),
        ("sidestrokes", "a compound's plural: 'stroke' ends backstroke, heatstroke"),
        ("clearstories", "a compound's plural in -ies: the singular 'story' ends backstory"),
    ],
)
def test_plural_compounds_kept(word: str, reason: str) -> None:
    assert_kept(FRAME.format(w=word), reason)


@pytest.mark.parametrize(
    ("word", "reason"),
    [
        ("assertor", "'assertion' is a word: -or makes the agent noun of 'assert'"),
        ("obsessor", "'obsession' is a word: the agent noun of 'obsess'"),
        ("interruptor", "'interruption' is a word: a device named by -or"),
        ("infector", "'infection' is a word: the agent noun of 'infect'"),
    ],
)
def test_agent_nouns_kept(word: str, reason: str) -> None:
    assert_kept(AGENT.format(w=word), reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            FRAME.format(w="citystreets"),
            FRAME.format(w="city streets"),
            "'city' begins few compounds: two words glued, as before",
        ),
        (
            FRAME.format(w="familyphotos"),
            FRAME.format(w="family photos"),
            "the plural's singular 'photo' ends few compounds",
        ),
        (
            FRAME.format(w="policeofficers"),
            FRAME.format(w="police officers"),
            "'officer' ends few compounds",
        ),
        (
            "The floor shows its age, and the floorshows we saw were worse.",
            "The floor shows its age, and the floor shows we saw were worse.",
            "the document writes the pair apart: evidence for the split",
        ),
        (
            "It was never about money, the wholesays Mr Grant, who ran the mill for thirty years.",
            "It was never about money, the whole says Mr Grant, who ran the mill for thirty years.",
            "a reporting verb in -s after a dropped close is the verb, not a plural read on its singular",
        ),
        (
            AGENT.format(w="cityor"),
            AGENT.format(w="city or"),
            "'city' has no -ion noun: 'or' the conjunction",
        ),
        (
            "Do not interrupt the speaker. You may comment, but never interruptor shout over her.",
            "Do not interrupt the speaker. You may comment, but never interrupt or shout over her.",
            "the document writes the verb alone: evidence for the conjunction",
        ),
    ],
)
def test_glued_pairs_of_the_same_shapes_split(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason)
