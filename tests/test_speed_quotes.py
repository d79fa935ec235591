"""quotes' cheap check (issue 16, seventh round): a line it clears is one the full reading
leaves alone, whatever the document around it says.

``Quotes.find_edits`` reads only the lines ``_WELL_FORMED`` does not clear, and gathers the
document's style evidence only when one is left.  The check now clears straight double
quotations that pair plainly and single marks that open no word, so this holds it to the
full reading (``_Paragraph``) of each cleared line in every context a document can give it:
the next and previous lines, the document's conventions, the paragraph's language.
"""

from __future__ import annotations

import itertools
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus import paragraphs
from textmend.normalizers import quotes

# What find_edits hands a line's reading from the document around it, each with every value
# it can take (the language only as far as the reading tells languages apart).
_CONTEXT = {
    "next_opens": (None, True, False),
    "curly_doubles": (True, False),
    "curly_singles": (True, False),
    "punct_outside": (False, True),
    "german": (False, True),
    "previous_open": (None, True, False),
    "double_style": (None, "curly", "straight"),
    "polish": (False, True),
    "goes_on": (False, True),
    "period_outside": (False, True),
    "speech_period_outside": (False, True),
    "lang": ("en", "und", "de", "sv"),
    "standalone_s": (False, True),
    "next_is_prose": (False, True),
}
_ALL_CONTEXTS = [dict(zip(_CONTEXT, values)) for values in itertools.product(*_CONTEXT.values())]


def _reading(para: str, context: dict) -> list:
    """The repairs the full reading proposes for ``para`` in ``context`` (as find_edits builds it)."""
    found = quotes._Paragraph(
        para,
        context["next_opens"],
        context["curly_doubles"],
        context["curly_singles"],
        context["punct_outside"],
        context["german"],
        context["previous_open"],
        context["double_style"],
        context["polish"],
    )
    found.goes_on = context["goes_on"]
    found.period_outside = context["period_outside"]
    found.speech_period_outside = context["speech_period_outside"]
    found.english = context["lang"] == "en"
    found.lang = context["lang"]
    found.standalone_s = context["standalone_s"]
    found.next_is_prose = context["next_is_prose"]
    return found.repairs()


def _cleared(para: str) -> bool:
    """Whether find_edits passes the line over without reading it."""
    return not (
        (quotes._PARA_HAS_QUOTE.search(para) and not quotes._WELL_FORMED.fullmatch(para)) or quotes._has_odd_mark(para)
    )


# Pieces dense in what the check and the reading look at: straight and curly marks beside
# letters, digits, spaces, brackets, dashes and the punctuation around a close; `s` and `t`
# after a single mark; a Hangul letter (the particle rule of _shape); the odd marks.
_PIECES = st.sampled_from(
    list("aZé19 \t.,;:!?()[]—–-/…\"'’“”‘„«`´′st한") + [' "', '" ', '"a', 'a"', '."', ',"', " 's", "’s", "n't", "''", ",,"]
)
_LINES = st.lists(_PIECES, max_size=24).map("".join)
# ...and words, for the rules that read them: speech, reporting clauses, a quotation's boundary.
_WORDS = st.sampled_from(['"', "'", "’", "“", "”", "We", "So", "win", "he", "said", "Smith", "told", "5", "2020", ",", "."])
_PHRASES = st.lists(st.tuples(_WORDS, st.sampled_from(["", " ", " ", ", "])).map("".join), max_size=16).map("".join)


@settings(max_examples=400)
@given(st.one_of(_LINES, _PHRASES), st.sampled_from(_ALL_CONTEXTS))
def test_a_cleared_line_gets_no_repair_in_any_context(line: str, context: dict) -> None:
    para = line.replace("\n", " ")
    if _cleared(para):
        assert _reading(para, context) == [], (para, context)


@settings(max_examples=200)
@given(st.lists(st.sampled_from(['"', "'", "’", "“", "”", " ", "a", "b", "1", ".", ",", "(", "—", "s"]), max_size=16))
def test_a_cleared_line_of_marks_gets_no_repair(pieces: list[str]) -> None:
    # Short lines of marks: where a shape rule would slip, the strings are this dense.
    para = "".join(pieces)
    if _cleared(para):
        for context in random.Random(para).sample(_ALL_CONTEXTS, 64):
            assert _reading(para, context) == [], (para, context)


def test_the_check_clears_straight_quotations_and_apostrophes() -> None:
    # What the check is for (it could not fail if it cleared nothing).
    for para in (
        'He said "we will win" and left.',
        '"We will win," she said, "and soon."',
        "The players' union met in the '80s, rock 'n roll and all.",
        "It’s the 1990’s players’ union (“their words”).",
    ):
        assert _cleared(para), para
    # ...and what it must leave to the reading.
    for para in ('"We will win, she said.', 'a "b " c', 'In 5" pipes', "the Senate 's vote", "‘so’", "’90s", "a''b"):
        assert not _cleared(para), para


def test_every_cleared_line_of_the_corpus_gets_no_repair() -> None:
    rng = random.Random(16)
    checked = 0
    for _, _, paragraph in paragraphs():
        for para in paragraph.split("\n"):
            if quotes._PARA_HAS_QUOTE.search(para) and _cleared(para):
                checked += 1
                for context in rng.sample(_ALL_CONTEXTS, 16):
                    assert _reading(para, context) == [], (para, context)
    assert checked > 500


def test_a_monstrous_run_after_clean_lines_is_found_where_it_stands(caplog) -> None:
    text = 'He said "we will win" and left.\n\nThe players\' union met.\n' + "x “We “" + "“ ”" * 60
    with caplog.at_level("WARNING", logger="textmend"):
        assert quotes.Quotes().find_edits(text) == []
    # (a text with a line to read is searched for a run, after the lines are found)
    run = quotes._MONSTROUS_RUN.search(text)
    assert run is not None
    assert any(f"run of 121 quotation marks at {run.start()}" in r.getMessage() for r in caplog.records)


_TEXT_PIECES = st.sampled_from(list("ab \n\r\t,.\"'`´′“”‘’„«»") + [",,", "\n\n", "it’s", "x", ' "a', 'a" ', "’s"])


@given(st.lists(_TEXT_PIECES, max_size=40).map("".join))
def test_the_lines_to_read_are_those_the_reading_loop_picks(text: str) -> None:
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    expected = []
    for k, line in enumerate(lines):
        para = line[:-1] if line.endswith("\r") else line
        if (quotes._PARA_HAS_QUOTE.search(para) and not quotes._WELL_FORMED.fullmatch(para)) or quotes._has_odd_mark(para):
            expected.append((k, starts[k]))
    assert quotes._lines_to_read(text, lines) == expected
