"""Dropped closing marks: recall with the harm held (issue 14, branch ``quotes17``).

Each repaired row is a real paragraph of the dev corpus's tune pages with one close lost, and
must come back exactly as the page wrote it; each left row is a twin that must stay as it is
(clean text, or a shape whose evidence is too weak).  The reason says why each holds.
"""

from __future__ import annotations

import pytest

import textmend

# bdb56ac83513635d#9 (tune), as the page writes it.
_PLUZNICK = (
    "“I think I even famously said something to my postdoc adviser, like, ‘I don’t even know that I can "
    "trust this data, you know?’” Pluznick recalled. “Olfactory receptors in the kidney? Come on.”"
)

REPAIRED = [
    (
        _PLUZNICK.replace("?’” Pluznick", "?’ Pluznick"),
        _PLUZNICK,
        "`I even famously said`: the speaker is the first verb's subject, so that verb is the speech's own "
        "(as `I said` is) and the later clause, after the question that ends the speech, attributes it",
    ),
    (
        _PLUZNICK.replace("?’” Pluznick", "?’ Pluznick").replace("I even famously said", "I even said"),
        _PLUZNICK.replace("I even famously said", "I even said"),
        "one adverb between the speaker and the verb, the same reading",
    ),
]

LEFT = [
    (_PLUZNICK, "the page's own text: the quotation is closed, nothing to do"),
    (
        _PLUZNICK.replace("?’” Pluznick", "?’ Pluznick").replace("I think I even famously said", "I think the dean even said"),
        "`the dean even said`: someone else's verb inside the quotation; where the speech ends is not shown",
    ),
    (
        _PLUZNICK.replace("?’” Pluznick", "?’ Pluznick").replace("I think I even famously said", "I think he even said"),
        "`he even said`: the verb's subject is not the speaker (a pronoun of the third person)",
    ),
]


@pytest.mark.parametrize("damaged, original, reason", REPAIRED, ids=[r[2][:40] for r in REPAIRED])
def test_repaired(damaged: str, original: str, reason: str) -> None:
    assert textmend.clean(damaged) == original, reason


@pytest.mark.parametrize("text, reason", LEFT, ids=[r[1][:40] for r in LEFT])
def test_left(text: str, reason: str) -> None:
    assert textmend.clean(text) == text, reason


def test_the_close_reports_its_evidence() -> None:
    """The inserted mark names the clause it closes before (issue 14: every inserted mark reports its evidence)."""
    result = textmend.mend(REPAIRED[0][0])
    (edit,) = [e for e in result.edits if e.normalizer == "quotes"]
    assert edit.new == "”" and "Pluznick recalled" in edit.reason, edit.reason
