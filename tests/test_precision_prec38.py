"""The damage kinds left after prec37 (issue 13, branch ``prec38``).

Every edit judged damage that main still made, over every verdict file, grouped by kind; for
each kind a gate by evidence in the text, priced on every judged verdict row of every corpus and
on the injected benchmark (``benchmarks.accuracy --seed 1``); built where the price was zero:

- a mixedCase token with a lower-case head opening a paragraph after a finished sentence, a
  lower-case word or a number after it, its head never written alone (fresh34 tune: an event's
  name) -- fused;
- a gradable adjective doubled right after a noun phrase's opener in a paragraph narrated in the
  first person plural outside quotations (``data/en/first_person_plural.txt``; fresh33 tune: a
  travel diary) -- repeats;
- ``etc`` said twice before punctuation (``data/en/interjection_doubles.txt``; fresh33 tune) --
  repeats;
- a character reference of markup's reserved ASCII characters that lost its ``&`` (``quot;``,
  ``amp;``, ``lt;``, ``gt;``) glued to the word after it (fresh34 validate, judged damage, and
  fresh28 validate, judged neutral: not independent) -- punctuation.

The texts are written for the test (none is copied from a corpus); beside them stand texts of
the same shapes that must still be repaired.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "The organisers will announce the programme soon.\n\nzenPlaza 2009 is a meeting of "
            "designers and engineers.",
            "a mixedCase name on a rare head opening a paragraph after a finished sentence, a number after it",
        ),
        (
            "Tickets went on sale on Monday!\nnanoLoft opens its doors to everyone this week.",
            "the same after an exclamation, a lower-case word after it",
        ),
        (
            "We reached the coast by noon. Vík itself is a small small village, and we only "
            "stayed one night.",
            "a gradable adjective doubled after 'a' in a paragraph narrated by 'we': emphasis",
        ),
        (
            "The hut was a\ncold cold place to sleep, but our guide kept the stove going.",
            "the same across a wrap, the narrator's 'our' in the paragraph",
        ),
        (
            "Old links can hurt a page's ranking etc etc. Nobody likes a dead end.",
            "'etc' said twice before a full stop: a list's open end repeated on purpose",
        ),
        (
            "The update is due in May. quot;This release fixes the installer, quot; the team wrote.",
            "a '&quot;' whose '&' was lost: its ';' ends no clause",
        ),
        (
            "The firm, known as Smith amp;Sons, was sold.",
            "the same for '&amp;'",
        ),
    ],
)
def test_kept(text: str, reason: str) -> None:
    assert_kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "Share this article\n\nmenuThe new model is out.",
            "Share this article\n\nmenu The new model is out.",
            "a function word after the capital: a block boundary, whatever the line before",
        ),
        (
            "Tickets went on sale on Monday!\nbrightLoft opens its doors to everyone this week.",
            "Tickets went on sale on Monday!\nbright Loft opens its doors to everyone this week.",
            "the same place, a head the lexicon rates common: a block may end on it, still cut",
        ),
        (
            "Click report to flag a post. The deal was signed.\nreportMarkets fell on the news.",
            "Click report to flag a post. The deal was signed.\nreport Markets fell on the news.",
            "a head glued at a line's start after a sentence, the text writing 'report' alone too: a seam",
        ),
        (
            "Vík itself is a small small village with one shop, the council said.",
            "Vík itself is a small village with one shop, the council said.",
            "a gradable pair after 'a' in a report (no first person plural): a slip",
        ),
        (
            "We think the bill gives very little little legal leverage.",
            "We think the bill gives very little legal leverage.",
            "no noun phrase opener right before the pair: a slip, even where 'we' narrate",
        ),
        (
            '"We are a small small team," she said.',
            '"We are a small team," she said.',
            "the 'we' is a quoted speaker's: a slip",
        ),
        (
            "Bring pens, paper etc etc and a ruler.",
            "Bring pens, paper etc and a ruler.",
            "'etc' doubled before a word: a slip",
        ),
        (
            "It was a long period;The next one began.",
            "It was a long period; The next one began.",
            "a word that names no reserved character before ';': a clause's end",
        ),
    ],
)
def test_the_same_shapes_are_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason)
