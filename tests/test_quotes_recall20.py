"""Dropped closing marks: a short clause naming the speaker before the next quotation, and a phrase
quoted elsewhere with its stop inside (issue 14, branch ``quotes20``).

The texts are written for these tests, in the shapes the dev corpus's tune pages showed.

- Speech broken by its attribution and reopened (``“Yes,” he assures himself. “I …``): when the close
  before the attribution is lost, a second double mark opens while speech is open.  Inside speech a
  quotation takes single marks, so the first quotation ended before the short clause that names its
  speaker, whatever the clause's verb (``hums``, ``sings``, ``comments``: no list of saying holds them).
- A word of two capitals the closer reads as two words glued (``InfoNation``) is vocabulary when the
  document writes it again outside the paragraph; glue is one-off, so a word written once still stops it.
- A definite description of the speaker longer than the determiner and two lower-case words the
  subject rule reads (``…,” the U.S. attorney's office said.``), taken only where its verb ends the sentence.
- A title quoted and closed elsewhere in the text with American punctuation inside its close
  (``“Dust Bowl Ballads.”``): the words quoted end before the stop, so the same words opened and left
  unclosed mid-sentence (``the “Dust Bowl Ballads, the band's …``) close after them.

Each repaired row must come back exactly as written before its close was lost (and fails on main
``31cb18c``); each left row must stay as it is.
"""

from __future__ import annotations

import pytest

import textmend
from textmend.normalizers.quotes import _speaker_clause

_PROSE = "The band begins its tour in Denver next spring, with dates in eleven cities already on sale."

# (the text as written, the close to lose: the text before it ends with this, why)
REPAIRED = [
    (
        "“Is it finished? Almost,” she hums to herself. “There is one more verse to write.”",
        "Almost,",
        "`, she hums to herself. “`: a short clause naming the speaker, then the next quotation opens",
    ),
    (
        "Her voice drops for the last chorus. “I had to leave, and you know I had to go,” she sings. “No road runs back.”",
        "had to go,",
        "speech opened after a sentence, the clause `she sings` before the reopening mark",
    ),
    (
        "“We are proud of every song on it,” comments Alvarez in a statement, “and we cannot wait to play them.”",
        "on it,",
        "`, comments Alvarez in a statement, “`: the verb first, its subject, the circumstances, then a comma",
    ),
    (
        "“Never again? Not this year!” he groans. “I need a rest.”",
        "this year!",
        "the speech's `!`, then `he groans` (a verb no list of saying holds) before the next quotation",
    ),
    (
        "The band closed with “Dust Bowl Ballads,” the title track of their first record.\n\n"
        "Fans had waited all night for “Dust Bowl Ballads.” The crowd sang every word.",
        "Dust Bowl Ballads,",
        "the title is quoted and closed elsewhere as `“Dust Bowl Ballads.”`: the words end before the stop",
    ),
    (
        "The band closed with “Dust Bowl Ballads,” the title track of their first record.\n\n"
        "Fans had waited all night for “Dust Bowl Ballads.” The crowd sang every word.",
        "night for “Dust Bowl Ballads.",
        "and the other way round: quoted elsewhere with a comma inside, closed here after the stop",
    ),
    (
        "Fans had waited all night for “Dust Bowl Ballads.” The crowd sang every word.\n\n"
        "Nobody expected the “Dust Bowl Ballads” tour to sell out in a day.",
        "the “Dust Bowl Ballads",
        "`the “Dust Bowl Ballads tour`: the words quoted elsewhere end before the stop, so here before `tour`",
    ),
]

_COMPANY = "Dealers sold fewer sedans this year, according to InfoNation, a provider of automobile data.\n\n"

REPAIRED += [
    (
        _COMPANY + "“People are a little more cautious about buying,” InfoNation President Dan Lee said, adding, "
        "“This year is not as strong.”",
        "about buying,",
        "`InfoNation` reads as glued, but the document writes it in another paragraph too: a company's name",
    ),
]

REPAIRED += [
    (
        "The clerk recalled that he said, \"I will never pay that fine,\" the U.S. attorney's office said.",
        "pay that fine,",
        "`, the U.S. attorney's office said.`: a definite description of the speaker, the verb ending the sentence",
    ),
    (
        "“The ruling changes nothing for our clients,” the state's attorney general's office said in a statement.",
        "for our clients,",
        "the same with the circumstances after the verb (`in a statement`) before the sentence's end",
    ),
    (
        "“It was the best we could do,” the hospital's senior doctors said.",
        "we could do,",
        "the twin of the rows left below: the same description, the verb ending the sentence",
    ),
]

LEFT = [
    (
        "“It was the best we could do, the hospital's senior doctors said, and I believed them.",
        "`, the hospital's senior doctors said, and …`: the clause does not end its sentence, so it may be the "
        "speech's own (the same words before `said.` are closed: see REPAIRED)",
    ),
    (
        "“It was the best we could do, the hospital's senior doctors said they would try again.",
        "the verb takes a clause of its own: the writer's report, not an attribution",
    ),
    (
        "“People are a little more cautious about buying, InfoNation President Dan Lee said, adding, "
        "“This year is not as strong.”",
        "the same paragraph alone: `InfoNation` written once may be two words glued, where the clause starts is unclear",
    ),
    (
        "“People are a little more cautious about buying, InfoNation President Dan Lee said, adding, "
        "“This year is not as strong.”\n\n"
        "“People are a little more cautious about buying, InfoNation President Dan Lee said, adding, "
        "“This year is not as strong.”",
        "the paragraph copied twice by an extractor is no second context for the word",
    ),
    (
        "“I told her my secrets and we built a song together. For the first time in years, Buckley had something "
        "to sing about. “This song was a gift,” she said.",
        "a clause with an object of its own (`Buckley had something to sing about`) is narrative: no attribution",
    ),
    (
        "“Oh, actually? Yeshe assures himself. “I didn’t sweat at the time.”",
        "after `?` a capitalised word may open the speech's next sentence: only he, she, they or a verb first",
    ),
    (
        "\"Stadia was built to be a cloud platform Jack Buser, director for games at Google, tells Reuters. "
        "\"You will see things no other platform can do.\"",
        "the verb first with a listener after it (`tells Reuters`) is a speaker named earlier speaking to someone",
    ),
    (
        "“We went to the studio, but Mary stayed home. “Why?” asked Tom.",
        "a clause opening on a conjunction (`but Mary stayed home`) is the speech's own",
    ),
    (
        "“We went to the studio every night, we sang. “Why?” asked Tom.",
        "a clause in the speaker's own voice (`we sang`) is the speech's own",
    ),
    (
        "A critic called it a “song of belonging, she said. “It is about where you come from.”",
        "a quotation opened mid-sentence (after `a`) may end after any word: left",
    ),
]


def _lost(original: str, before: str) -> str:
    at = original.index(before) + len(before)
    assert original[at] in "\u201d\"", original[at - 10 : at + 5]
    return original[:at] + original[at + 1 :]


@pytest.mark.parametrize("original, before, reason", REPAIRED, ids=[r[2][:40] for r in REPAIRED])
def test_repaired(original: str, before: str, reason: str) -> None:
    assert textmend.clean(_lost(original, before)) == original, reason


@pytest.mark.parametrize("original, _before, _reason", REPAIRED, ids=[r[2][:40] for r in REPAIRED])
def test_the_written_text_is_left(original: str, _before: str, _reason: str) -> None:
    """Clean text of every repaired shape passes through as written."""
    assert textmend.clean(original) == original


@pytest.mark.parametrize("text, reason", LEFT, ids=[r[1][:40] for r in LEFT])
def test_left(text: str, reason: str) -> None:
    assert textmend.clean(text) == text, reason


def test_the_close_reports_its_evidence() -> None:
    """The inserted mark names the clause it closes before (issue 14: every inserted mark reports its evidence)."""
    result = textmend.mend(_lost(REPAIRED[0][0], REPAIRED[0][1]))
    (edit,) = [e for e in result.edits if e.normalizer == "quotes"]
    assert edit.new == "\u201d" and "‘she hums to herself’, a short clause naming its speaker" in edit.reason, edit.reason
    result = textmend.mend(_lost(REPAIRED[4][0], REPAIRED[4][1]))
    (edit,) = [e for e in result.edits if e.normalizer == "quotes"]
    assert "‘Dust Bowl Ballads’, which the text quotes and closes elsewhere" in edit.reason, edit.reason


@pytest.mark.parametrize(
    "clause, after_comma, expected",
    [
        ("he assures himself", True, True),
        ("she sings", True, True),
        ("Alvarez said", True, True),
        ("comments Alvarez in a statement", True, True),
        ("she hums to herself", True, True),
        ("Buckley had something to sing about", True, False),
        ("but Mary stayed home", True, False),
        ("The end came", True, False),
        ("we sang", True, False),
        ("tells Reuters", True, False),
        ("Yeshe assures himself", False, False),
        ("he assures himself", False, True),
        ("she said after the show in front of the crowd", True, False),
    ],
)
def test_speaker_clause(clause: str, after_comma: bool, expected: bool) -> None:
    assert _speaker_clause(clause, after_comma) is expected
