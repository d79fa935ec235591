"""Inserted closes the real corpora judged wrong: three gates (issue 14, branch ``quotes21``).

The texts are written for these tests, in the shapes the blind corpora showed (none copied from a page).

- A quotation left open that holds a double prime after a word (``"Version 2.0″ standards``): the
  writer may have closed it with that mark, or written inches; either way a close of ours stands on
  weak evidence, and the text is left.  (Two apostrophes, ``''``, are not taken as such a mark: they
  are far more often a doubled single mark, which ``quotes`` repairs, and a gate on them cost the
  accuracy benchmark's mixed paragraphs 0.4 points.)
- A paragraph that is one quotation without a stop (a quoted document's heading, ``"SECTION 4``) whose
  quotation runs on, unreopened, over the paragraphs after it and closes at the end of a later one: no
  heading's close is missing.  The same holds for a line an extractor broke mid-sentence
  (``"… the memory/latency`` / ``problems with …`` / ``… this year."``).
- A quotation over two paragraphs whose later one closes it before a bracketed credit (``… a book.”
  (Thanks, Ann!)``): the credit is the writer's, outside the quotation, and the first paragraph is not
  closed.

Each kept text must come back byte for byte (each fails on main ``598ef53``); each repaired text must
still get its close (the gates are narrow).
"""

from __future__ import annotations

import pytest

import textmend

_PROSE = "The meeting ended an hour late, and most of the delegates left for the airport at once."

KEPT = [
    pytest.param(
        "Sessions on the last day:\n\n* Keynote: \"Version 2.0\u2033 standards and open registries: where now?\n\n" + _PROSE,
        id="double prime closes the quotation",
    ),
    pytest.param(
        "He told the board: \"We ordered a 27\u2033 screen for the front desk and it arrived broken.\n\n" + _PROSE,
        id="inches inside speech: weak evidence, left",
    ),
    pytest.param(
        "The agreement reads, in English:\n\"SECTION 4\nEach party shall fund three research visits a year, of six weeks each, "
        "at a university of the other party.\nThe visits may be split into shorter ones, but none may last under two weeks.\"\n"
        "Vagyis évente három kutatói út jár.",
        id="a quoted heading whose quotation closes two paragraphs on",
    ),
    pytest.param(
        "What will the new owners change?\n\n\"Perhaps they will finally fix all the memory/latency\nproblems with the storage engine "
        "(the threads do not scale on\nnew hardware). Several patches exist, but none has been merged this year.\"\n\n" + _PROSE,
        id="a line broken mid-sentence inside a quotation that closes later",
    ),
    pytest.param(
        "The history matters here.\n\n\u201cIn those years a child could not enter the reading room. Librarians kept the "
        "shelves locked and the rooms silent. Who would open a room for children, with staff who liked them?\n\n"
        "Much of what she did there was new. \u201cLet them talk,\u201d she told her staff. If you could write your name, "
        "you could take a book home.\u201d (Thanks, Ann!)\n\n" + _PROSE,
        id="the later paragraph closes before a bracketed credit",
    ),
]


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert textmend.clean(text) == text


# (the text with its close lost, the text as written): the gates leave these repairs alone.
REPAIRED = [
    pytest.param(
        "He told the board: \u201cWe ordered new screens for the front desk and they arrived broken.\n\n" + _PROSE,
        "He told the board: \u201cWe ordered new screens for the front desk and they arrived broken.\u201d\n\n" + _PROSE,
        id="speech with no prime: closed at its end",
    ),
    pytest.param(
        "The history matters here.\n\n\u201cIn those years a child could not enter the reading room. Librarians kept the "
        "shelves locked and the rooms silent.\n\nMuch of what she did there was new. She let them talk (Thanks, Ann!)\n\n" + _PROSE,
        "The history matters here.\n\n\u201cIn those years a child could not enter the reading room. Librarians kept the "
        "shelves locked and the rooms silent.\u201d\n\nMuch of what she did there was new. She let them talk (Thanks, Ann!)\n\n" + _PROSE,
        id="no later close: the paragraph is closed",
    ),
]


@pytest.mark.parametrize("damaged, written", REPAIRED)
def test_repaired(damaged: str, written: str) -> None:
    assert textmend.clean(damaged) == written
