"""Dropped closing marks: what the next paragraph opens, and a clause between two quotations (issue 14, branch ``quotes19``).

The texts are written for these tests, in the shapes the dev corpus's tune pages showed. A paragraph of
speech left open before a paragraph that opens with a mark is, by news convention, a quotation carried on
over several paragraphs, and is left open.  But a next paragraph that opens a title or a headline
(``“Dust Bowl” is now streaming``, a heading in marks with no stop, a headline in single marks after a
double quotation) carries no speech on: the quotation ends in the paragraph before it.  And a short clause
naming a speaker between two quotations (``…,” she hums. “``) attributes the second one whatever its verb.
Each repaired row must come back exactly as written before its close was lost; each left row must stay.
"""

from __future__ import annotations

import pytest

import textmend

_SPEECH = "“We wrote the whole record in a week,” Alvarez said. “Nobody believed we could do it that fast.”"
_PROSE = "The band begins its tour in Denver next spring, with dates in eleven cities already on sale."


def _lost(text: str) -> str:
    """``text`` with the close at its first paragraph's end lost."""
    first, sep, rest = text.partition("\n\n")
    assert first.endswith("\u201d")
    return first[:-1] + sep + rest


REPAIRED = [
    (
        _SPEECH + "\n\n“Dust Bowl” is now streaming on every service.",
        "the next paragraph opens a title closed before a lower-case word of the writer's: no speech carried on",
    ),
    (
        _SPEECH + "\n\n“Dust Bowl”\n\n" + _PROSE,
        "the next paragraph is a heading in marks (closed at its end, no stop inside)",
    ),
    (
        _SPEECH + "\n\n“… the fastest record anyone at the label had heard”\n\n" + _PROSE,
        "a pull quote opening on an excerpt's ellipsis, closed at its end without a stop: a heading",
    ),
    (
        _SPEECH + "\n\n‘Dust Bowl’: the band's seventh record, reviewed\n\n" + _PROSE,
        "after a double quotation, a next paragraph opening with a single mark is a headline, not speech carried on",
    ),
    (
        "“Is it finished? Almost,” she hums to herself. “There is one more verse to write.”\n\n" + _PROSE,
        "`…,” she hums to herself. “`: a short clause naming the speaker between two quotations attributes the "
        "second, though `hums` is no verb of saying any list holds",
    ),
    (
        "“We are proud of every song,” comments Alvarez in a statement, “and we cannot wait to play them live.”\n\n"
        + _PROSE,
        "`, comments Alvarez in a statement, “`: the same with the verb first and the comma before the reopening",
    ),
]

LEFT = [
    (
        _lost(_SPEECH + "\n\n“And then we spent a year mixing it,” he added.\n\n" + _PROSE),
        "a next paragraph reopening speech on a conjunction: the same speech carried on",
    ),
    (
        _lost(_SPEECH + "\n\n“The label wanted a single. We gave them an album.”\n\n" + _PROSE),
        "a next paragraph reopening with sentences of speech left open: a quotation over several paragraphs",
    ),
    (
        _lost(_SPEECH + "\n\n“Dust Bowl” said everything we wanted to say.\n\n" + _PROSE),
        "a title closed before a verb of saying may be speech's own subject: no evidence either way",
    ),
    (
        _lost(_SPEECH + "\n\n“Dust Bowl,” the band's seventh record, is out now.\n\n" + _PROSE),
        "a comma inside the next paragraph's first close: punctuation of speech, so it may be speech carried on",
    ),
    (
        _lost(
            "“Is it finished? Almost,” she hums and then walks slowly out of the studio into the rain. “There is one more "
            "verse to write.”\n\n" + _PROSE
        ),
        "a clause of more than six words between two quotations narrates: the second quotation is not shown to be speech",
    ),
    (
        _lost("“Is it finished? Almost,” and then quiet. “There is one more verse to write.”\n\n" + _PROSE),
        "a clause naming no speaker (no pronoun, no capitalised name) between the quotations: left",
    ),
]


@pytest.mark.parametrize("original, reason", REPAIRED, ids=[r[1][:40] for r in REPAIRED])
def test_repaired(original: str, reason: str) -> None:
    assert textmend.clean(_lost(original)) == original, reason


@pytest.mark.parametrize("original, _reason", REPAIRED, ids=[r[1][:40] for r in REPAIRED])
def test_the_written_text_is_left(original: str, _reason: str) -> None:
    """Clean text of every repaired shape passes through as written."""
    assert textmend.clean(original) == original


@pytest.mark.parametrize("text, reason", LEFT, ids=[r[1][:40] for r in LEFT])
def test_left(text: str, reason: str) -> None:
    assert textmend.clean(text) == text, reason


def test_the_close_reports_its_evidence() -> None:
    """The inserted mark names the evidence (issue 14: every inserted mark reports its evidence)."""
    result = textmend.mend(_lost(REPAIRED[0][0]))
    (edit,) = [e for e in result.edits if e.normalizer == "quotes"]
    assert edit.new == "\u201d" and "opens a title, not this speech carried on" in edit.reason, edit.reason
