"""Issue 16's twenty-third round: the garbage collector's share.

Between its stages a pipeline carries edits as rows (``textmend.edits.Row``, tuples of
strings and numbers, which the cyclic collector stops tracking), and the stages that can make
hundreds of thousands of repairs (whitespace, punctuation, mojibake, fused) make rows without
:class:`~textmend.Edit` objects.  Held here: each stage's rows are its edits, field for field
and type for type; the row helpers answer as the Edit ones do; a subclass's own
``find_edits`` is still what the pipeline reads; and ``clean()`` of a dense text makes no
Edit per repair (counted, not timed: it fails on the round's base, which made one each).
"""

from __future__ import annotations

import pytest

import textmend
from textmend import Edit
from textmend.edits import RunEdit, apply_edits, apply_rows, check_edits, check_rows, edit_row, row_edit
from textmend.normalizers.fused import FusedTokens
from textmend.normalizers.mojibake import Mojibake
from textmend.normalizers.punctuation import PunctuationSpacing
from textmend.normalizers.whitespace import Whitespace

# Texts that exercise each stage's kinds of repair (reason in the comment), and one clean text.
_TEXTS = [
    "The council met on Tuesday. It said no.",  # clean: nothing to do
    "donâ€™t  go ,Ã©\u00a0x\u200b y . " * 40,  # every stage's dense repairs, mixed
    "a\u00a0" * 1200 + "b",  # a dense run of no-break spaces: one RunEdit
    "x\u200b" * 1200 + "y",  # a dense run of zero-width spaces deleted: one RunEdit
    "ab\u00ad" * 1200,  # soft hyphens
    "Apple,Inc.They said so .Then ( see below ) and left ,he said",  # punctuation settling
    "caf&eacute; &amp;amp; &#8217;s and &nbsp;x",  # entities, decoded and chained
    "<p>caf&eacute;</p> cafÃ© crÃ¨me",  # markup: entities left, mojibake repaired
    "Line one  \nLine two\u00a0\n\u200b\n  indented",  # trailing, leading, invisible lines
    "He said“So it goes” and the cityand anotherso left.Then 2019The end",  # fused's cuts
]


def _stages() -> list:
    return [Whitespace(), Whitespace(lang="fr"), PunctuationSpacing(), Mojibake(), FusedTokens(lang="en")]


@pytest.mark.parametrize("text", _TEXTS)
def test_a_stages_rows_are_its_edits(text: str) -> None:
    for stage in _stages():
        edits = stage.find_edits(text)
        rows = stage._find_rows(text)
        assert [edit_row(e) for e in edits] == rows, stage
        assert [type(e) for e in edits] == [type(row_edit(r)) for r in rows]
        assert all(type(r) is tuple for r in rows)  # exact tuples: the collector can untrack them
        assert [row_edit(r) for r in rows] == edits
        assert stage._find_rows_within(text, [(0, len(text) // 2)]) == [
            edit_row(e) for e in stage.find_edits_within(text, [(0, len(text) // 2)])
        ]


@pytest.mark.parametrize("text", _TEXTS)
def test_clean_and_mend_agree_with_the_stages(text: str) -> None:
    # The pipeline's rows, spliced, give what its Edit objects (mend) give.
    result = textmend.mend(text)
    assert textmend.clean(text) == result.text == apply_edits(text, list(result.edits))


def test_row_helpers_answer_as_the_edit_ones() -> None:
    text = "one  two,three"
    edits = [Edit(3, 5, "  ", " ", "w", "collapse"), RunEdit(9, 9, "", " ", "p", "space", 0.7)]
    rows = [edit_row(e) for e in edits]
    assert rows[1] == (9, 9, "", " ", "p", "space", 0.7, True)
    assert apply_rows(text, rows) == apply_edits(text, edits) == "one two, three"
    check_rows(text, rows)
    check_edits(text, edits)
    for bad in (
        [Edit(0, 1, "x", "", "n", "r")],  # says it replaces what the text does not hold
        [Edit(0, 3, "one", "", "n", "r"), Edit(2, 4, "e ", "", "n", "r")],  # overlapping
        [Edit(1, 1, "", "-", "n", "r"), Edit(1, 1, "", "+", "n", "r")],  # two insertions at one point
        [Edit(10, 20, text[10:20], "", "n", "r")],  # outside the text
    ):
        with pytest.raises(ValueError) as by_edits:
            check_edits(text, bad)
        with pytest.raises(ValueError) as by_rows:
            check_rows(text, [edit_row(e) for e in bad])
        assert str(by_rows.value) == str(by_edits.value)


def test_a_subclass_find_edits_is_what_the_pipeline_reads() -> None:
    # The stages make rows on their own only while find_edits is theirs.
    class Shouting(Whitespace):
        name = "whitespace"

        def find_edits(self, text: str) -> list[Edit]:
            return [Edit(0, 1, text[0], text[0].upper(), self.name, "shout")] if text[:1].islower() else []

    assert textmend.Pipeline([Shouting()])("ab  c") == "Ab  c"
    assert textmend.Pipeline([Whitespace()])("ab  c") == "ab c"


def test_clean_of_a_dense_text_makes_no_edit_per_repair(monkeypatch: pytest.MonkeyPatch) -> None:
    # 2,000 units of seven repairs each (mojibake, spaces, a spaced comma and full stop): on the
    # round's base clean() made an Edit for every one, which the collector then walked.
    text = "donâ€™t  go ,Ã©\u00a0x\u200b y . " * 2000
    made = 0
    init = Edit.__init__

    def counted(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        nonlocal made
        made += 1
        init(self, *args, **kwargs)

    textmend.clean(text[:200])  # (the stages built and their tables loaded outside the count)
    monkeypatch.setattr(Edit, "__init__", counted)
    cleaned = textmend.clean(text)
    assert cleaned != text
    assert made < 100, made
    # mend() explains every repair, so it makes them.
    monkeypatch.setattr(Edit, "__init__", init)
    assert len(textmend.mend(text).edits) > 10_000
