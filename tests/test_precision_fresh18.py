"""Precision on the kinds the eighteenth fresh corpus found (issue 13, branch ``prec19``).

Most of that corpus's damage was ``fused`` splitting the words of a German page written in
code page 850 and declared as another, whose ö shows as ``”`` (``Wortsch”pfung``): a
quotation mark the document writes inside many words is one of its letters.  The rest: a
mojibake repair that put a Cyrillic letter inside a German word, a first name split into a
word and a modal before its surname, an opening straight mark before an ellipsis read as a
close, and a close inserted where an extractor broke a quotation across lines.  Each kind is
judged here by the general shape of its evidence, not by the corpus's strings.  Each text
was written for the test, with its reason; beside each kind stands damaged text of the same
shape that must still be repaired, so a rule that swallowed every repair would fail.
"""

from __future__ import annotations

import pytest

import textmend
from contract import assert_kept, assert_repaired
from textmend.analysis import TextFacts, letter_marks

_kept = assert_kept
_repaired = assert_repaired


# -- a quotation mark written as a letter of the document ------------------------------------

# Code page 850 read as Windows-1252: ö shows as ”, ä as „ (the words are German, the letters misread).
_MISREAD = (
    "Die Sch”nheit der Stadt ist gr”áer als ihr Ruf, und die L”sung liegt nahe.\n"
    "Wer sie besucht, m”chte bleiben; die N„chte sind lang, die Tr„ume sch”n, die St„dte t„glich heller.\n"
)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (_MISREAD, "” and „ between lower-case letters in many words, never at a word's edge: the page's letters"),
        (
            _MISREAD + "Am Ende bleibt die Erinnerung an eine fr”hliche Zeit.",
            "one more such word in the same document: still a letter",
        ),
        (
            _MISREAD + "Die M”glichkeit, sie zu sehen, besteht jeden Tag.",
            "a capital before the mark and a lower-case letter after it: inside the word all the same",
        ),
    ],
)
def test_a_mark_the_document_writes_inside_words_is_a_letter(text: str, reason: str) -> None:
    _kept(text, reason, lang="de")
    _kept(text, reason + " (the language read from the text)", lang="auto")


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            _MISREAD + "Sie sagte: „Wir kommen wieder.”Dann ging sie.",
            _MISREAD + "Sie sagte: „Wir kommen wieder.” Dann ging sie.",
            "in the same document a mark after a stop before a capital closes a quotation: glue",
        ),
        (
            "She called it “a fine idea”and left. The plan was “simple”but slow.",
            "She called it “a fine idea” and left. The plan was “simple” but slow.",
            "two closes glued to the next word in a text that quotes: an extractor's lost spaces",
        ),
        (
            "He said it was “good”then “bad”and “worse”so we left, “fast” and “far”.",
            "He said it was “good” then “bad” and “worse” so we left, “fast” and “far”.",
            "three glued closes, but the text's quotation marks stand mostly at words' edges",
        ),
    ],
)
def test_glued_closing_marks_are_still_split(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason)


def test_letter_marks_reads_the_document_once() -> None:
    """The evidence lives in the shared analysis: a mark is a letter only where the text
    writes it so in three distinct words or more, and those uses outnumber the marks at
    words' edges."""
    assert letter_marks(_MISREAD) == frozenset({"”", "„"})
    assert letter_marks("Die sch”ne und gr”ne Stadt.") == frozenset(), "two words are a slip, not the text's letters"
    assert letter_marks("He said “so”and “yes”then “no”but “why” and “how” and “who”.") == frozenset()
    facts = TextFacts(_MISREAD + "Sie sagte: „Ja.”Dann ging sie.")
    assert facts.mark_is_letter(_MISREAD.index("”"))
    assert not facts.mark_is_letter(len(_MISREAD) + len("Sie sagte: „Ja.")), "after a stop, before a capital: a close"


# -- a mojibake repair that would put another script's letter inside a Latin word -------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Wir brauchen eine grâ\x80\x9dÃ¡ere Festplatte f\u00fcr das Archiv.",
            "read twice over, the bytes would decode to a Cyrillic letter between Latin ones: no word",
        ),
    ],
)
def test_a_repair_into_another_script_inside_a_latin_word_is_refused(text: str, reason: str) -> None:
    result = textmend.mend(text, lang="de")
    assert not any("\u0400" <= ch <= "\u04ff" for e in result.edits for ch in e.new), reason


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        ("Herr MÃ¼ller kam sp\u00e4ter.", "Herr Müller kam sp\u00e4ter.", "a Latin letter repaired inside a Latin word"),
        ("Ein Teil von 5Î¼m Dicke.", "Ein Teil von 5μm Dicke.", "a Greek letter after a digit: the unit's, repaired"),
        ("Он сказал: Ð¿Ñ€Ð¸Ð²ÐµÑ‚ всем.", "Он сказал: привет всем.", "a Cyrillic word repaired whole, no Latin letter beside it"),
    ],
)
def test_other_mojibake_is_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    assert textmend.clean(damaged, lang="auto") == repaired, reason


# -- a first name that splits into a word and a modal -----------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "The lab publishes no papers at all. Seemay Chou, its director, explained why.",
            "a modal before a capitalized word makes no sentence: the token is a first name",
        ),
        (
            "Nobody came to the launch. Dowill Brennan, the host, waited alone.",
            "the same shape with another modal and surname",
        ),
    ],
)
def test_a_first_name_before_a_surname_stays(text: str, reason: str) -> None:
    _kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "Nothing is certain yet. Youmay see Chou at the launch tomorrow.",
            "Nothing is certain yet. You may see Chou at the launch tomorrow.",
            "the modal before a lower-case verb: a sentence, glued",
        ),
    ],
)
def test_a_glued_modal_before_a_verb_is_still_split(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason)


# -- an opening straight mark before an ellipsis -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            'To make it sound grand I could say "...and then the storm broke over the town." It did not.',
            "a quotation taken up mid-sentence: the mark opens on an ellipsis and a lower-case word",
        ),
        (
            'The critics all say "... but the ending is weak" and leave it there.',
            "the same with a space after the ellipsis",
        ),
    ],
)
def test_a_straight_mark_before_an_ellipsis_and_a_word_opens(text: str, reason: str) -> None:
    _kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            'He thought the storm was over ". Then it broke again.',
            'He thought the storm was over". Then it broke again.',
            "a lone mark with a space before it and a stop after it closes: the space goes",
        ),
    ],
)
def test_a_spaced_close_is_still_tightened(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason)


# -- a quotation an extractor broke across lines ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Please stop calling it the “gold tier\nplan” when it costs extra. Nobody wants\nthe ‘gold’ label on a bill.",
            "the next line closes the quotation: the line break is the extractor's, not its end",
        ),
    ],
)
def test_a_quotation_closed_on_the_next_line_gets_no_close(text: str, reason: str) -> None:
    _kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "Please stop calling it the “gold tier when it costs extra.\nNobody wants the ‘gold’ label on a bill.",
            "Please stop calling it the “gold” tier when it costs extra.\nNobody wants the ‘gold’ label on a bill.",
            "the next line closes nothing: the quotation's close was lost after the word quoted elsewhere",
        ),
    ],
)
def test_a_lost_close_is_still_restored(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason)
