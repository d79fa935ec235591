"""Precision on the kinds of damage the eighth fresh corpus found (issue 13).

Judged blind, the eighth fresh corpus (docs/benchmarks.md) had one kind of damage: a product
whose own spelling is a capitalised word, a dot and a short all-capitals part (the app's name in
a headline, its body and its tags) got a space after the dot wherever it occurred, read as a
sentence glued to one opening with an acronym.  The evidence that tells the name from the seam is
the document's: the name recurs in the same dotted shape while the document's other sentences end
with a space.  The texts were written for the test; beside each kind stands the glued sentence
boundary that must still be repaired.
"""

from __future__ import annotations

import pytest

import textmend

# A made-up product written the same dotted way in a headline, the body and a tag line, in a
# document that otherwise ends its sentences with a space.
RECURRING_NAMES = [
    "Ledger.HQ adds a calendar\n\nThe team behind Ledger.HQ said the new view ships today. It syncs with Ledger.HQ and mail.\n\nTags: Ledger.HQ, apps",
    "We tried Tally.IO for a week. The makers of Tally.IO's timer say more is coming. Tally.IO is free.",
    "Readers asked about Sun.TV again. Sun.TV, the streaming box, now costs less. Stores sell it widely.",
]


@pytest.mark.parametrize("text", RECURRING_NAMES)
def test_a_dotted_name_the_document_writes_again_is_left_whole(text: str) -> None:
    # Without the recurrence rule the dot reads as a sentence end before an acronym ("Plan. FM").
    assert textmend.clean(text) == text


def test_a_glued_acronym_written_once_is_still_parted() -> None:
    # One seam at an element boundary: a sentence ended, the next one opens with an acronym.
    text = "The vote was held in Boston.NBC reported the result on Tuesday night."
    assert "Boston. NBC reported" in textmend.clean(text)


def test_a_recurring_seam_in_a_document_that_glues_its_sentences_is_still_parted() -> None:
    # An extractor that glues every block to the next repeats its seams with its blocks: when
    # glued sentence ends outnumber spaced ones, a recurring dotted pair is no evidence of a name.
    text = (
        "The vote was held in Boston.NBC reported the result.Turnout rose.Officials were pleased."
        "Polls closed late.The vote was held in Boston.NBC reported the result."
    )
    assert textmend.clean(text).count("Boston. NBC") == 2


def test_a_recurring_seam_before_a_capitalised_word_is_still_parted() -> None:
    # The recurrence rule is for an all-capitals part: "said.The" twice is two seams, whatever
    # the document's spacing (a block repeated by an extractor repeats its seam).
    text = "He left early, officials said.The board met later. He left early, officials said.The board met later."
    assert textmend.clean(text).count("said. The board") == 2


def test_a_lower_case_word_before_a_recurring_acronym_is_still_parted() -> None:
    # A name starts with a capital; a sentence's last word in lower case glued to an acronym is
    # a seam even when it recurs.
    text = "The fund fell sharply.NBC reported it first. Later the fund fell sharply.NBC reported it again."
    assert textmend.clean(text).count("sharply. NBC") == 2


# The damage left in the earlier audits (docs/benchmarks.md, "The damage left in the audits"):
# a blog's category written with a colon inside (a name) in its list of categories with counts.
COUNTED_LISTS = [
    "Categories\n\nGardening (12)\nProject:Harvest (4)\nRecipes (31)\n",
    "Tags\n  + Travel (3)\n  + Labs.Beta (7)\n  + Weekend Reads (19)\n",
    "Topics:\nAudio (2)\r\nNight,Day (5)\r\nVideo (11)\r\n",
]


@pytest.mark.parametrize("text", COUNTED_LISTS)
def test_a_mark_inside_a_name_in_a_list_of_names_with_counts_is_left(text: str) -> None:
    # Each line is a category's name and its count; a glued mark inside one is the name's spelling.
    assert textmend.clean(text) == text


def test_a_label_glued_to_its_value_on_a_line_with_a_count_but_no_list_is_still_spaced() -> None:
    # One line with a count in brackets is no list of categories: "Photo:Reuters" is a label
    # glued to its value.
    text = "The mayor spoke on Sunday.\nPhoto:Reuters (2)\nThe council met later that day."
    assert "Photo: Reuters (2)" in textmend.clean(text)


def test_a_sentence_glued_inside_a_long_line_among_counted_lines_is_still_parted() -> None:
    # A line of more words than a category's name is a sentence, whatever its neighbours.
    text = "Mobile (44)\nThe vote was held.Then it ended quickly (2)\nMedia (5)\n"
    assert "held. Then it ended" in textmend.clean(text)


# Brought to light by the audit tool's fix (an edit whitespace and punctuation made together is
# audited): a numbered code listing's closing bracket on a line of its own, after the line's
# number and its indentation, lost the space and read as a list marker ("16)").
LISTINGS = [
    "3    total = compute(\n4        first, second\n5    )\n6    return total\n",
    "10  items = [\n11      1, 2,\n12  ]\n",
    "7 call(a,\n8 b\n9 )",
]


@pytest.mark.parametrize("text", LISTINGS)
def test_the_closing_line_of_a_numbered_listing_keeps_its_space(text: str) -> None:
    # The whitespace stage may make the indentation one space; the bracket keeps it.
    cleaned = textmend.clean(text)
    closing = [line for line in cleaned.splitlines() if line.rstrip().endswith((")", "]")) and line.split()[0].isdigit()]
    assert closing and all(" " in line.strip() for line in closing)


def test_a_space_before_a_bracket_after_a_number_inside_a_sentence_is_still_removed() -> None:
    # The bracket has words after it on its line: a sentence, not a listing's closing line.
    text = "The results (see the table\n16  ) were clear to everyone."
    assert "16) were clear" in textmend.clean(text)


def test_a_space_before_a_bracket_closing_on_its_own_line_is_still_removed() -> None:
    # No number before it: the bracket ends a phrase wrapped onto the line, not a listing's line.
    text = "The figures (as the report put it\nlast year ) were clear."
    assert "last year) were clear" in textmend.clean(text)
