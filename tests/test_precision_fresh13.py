"""Precision on the kinds of damage the thirteenth fresh corpus found (issue 13).

Judged blind, the thirteenth fresh corpus (docs/benchmarks.md, "A thirteenth fresh corpus"),
recipe pages with their readers' comments, had these kinds of damage among others: emoticons
typed with a space after the eyes (``: )``) read as a colon after a stray space; a site's menu of
categories, where an item opens with the word the line before ends with, read as a repeated word;
readers' deliberate reduplications (``yum yum.``, ``surprise surprise he``, ``the delicious
delicious frosting``) read as slips; and commenters' names heading their comments
(``lightheartedmom August 11, 2008``, ``Mrs.Sound``) split or spaced.  The texts were
written for the test; beside each kind stands the repair that must still be made.
"""

from __future__ import annotations

import pytest

import textmend

# Comments that end with an emoticon typed with spaces: the eyes are a colon or semicolon, the
# mouth a bracket or a letter that ends the line.
SPACED_EMOTICONS = [
    "We loved it, a glass of cold milk is a must : )\nThanks again.",
    "(We are four at the table : ) ) so I doubled it.",
    "Was that a main dish or a side dish….. ; P\nIt fed six of us.",
    "Thanks for the tip! : )\nI will try it tonight.",
    "The rolls came out flat : (\nWhat did I do wrong?",
    "Best soup this winter ; -)",
]


@pytest.mark.parametrize("text", SPACED_EMOTICONS)
def test_a_spaced_emoticon_keeps_its_space(text: str) -> None:
    # The space before the eyes is the writer's: removing it glues the eyes to the word and
    # leaves a colon before a lone bracket.
    assert textmend.clean(text) == text


@pytest.mark.parametrize(
    "text, repaired",
    [
        ("Slow cooker method : place the pork in the pot.", "Slow cooker method: place the pork in the pot."),
        # a letter after the colon that opens a clause is no mouth
        ("Note : P is the pressure in bar.", "Note: P is the pressure in bar."),
        ("Serve it cold ; it keeps for a week.", "Serve it cold; it keeps for a week."),
        ("Did it work ? )", "Did it work? )"),
    ],
)
def test_a_space_before_a_colon_or_semicolon_in_prose_is_still_removed(text: str, repaired: str) -> None:
    assert textmend.clean(text) == repaired


# A site's menu of recipe categories, one item a line: a heading item ends with a word its
# sub-items open with, and a breadcrumb line joins a category and its sub-category.
MENUS = [
    # the items under the heading share their first word
    "menu\nsweets and desserts\n\ndish type sweets and desserts\npudding\n\nsweets and desserts pudding\n"
    "pudding with condensed milk\npudding with rice\npudding with figs\n",
    # "pies and cakes" is an item of its own elsewhere: the lines join it and "cakes"
    "pies and cakes\n\ndish type pies and cakes\ncakes\n\npies and cakes cakes\ncarrot cake\nlemon cake\n",
]


@pytest.mark.parametrize("text", MENUS)
def test_menu_items_sharing_a_word_are_left(text: str) -> None:
    assert textmend.clean(text) == text


@pytest.mark.parametrize(
    "text, repaired",
    [
        # a wrapped sentence doubles a word across the break; the next line opens otherwise
        (
            "I cooked the beans with a lot of rice\nrice and garlic, as my mother did, in a\nsmall pot on the stove.",
            "I cooked the beans with a lot of rice\nand garlic, as my mother did, in a\nsmall pot on the stove.",
        ),
        # the phrase stands alone as a line, but the pair's line is a sentence, not a menu line
        ("a lot of rice\nWe ate a lot of rice rice and beans.", "a lot of rice\nWe ate a lot of rice and beans."),
        # a function word doubled at a list's break is a slip however the items run
        ("menu\nrecipes for the\nthe kids\nthe family\n", "menu\nrecipes for the\nkids\nthe family\n"),
    ],
)
def test_a_doubled_word_outside_a_menu_is_still_removed(text: str, repaired: str) -> None:
    assert textmend.clean(text) == repaired


# Readers' comments that double a word on purpose: an interjection as an utterance or before a
# clause, an adjective for emphasis in a comment that exclaims in the first person.
REDUPLICATIONS = [
    "It looks fancy but easy, you know? yum yum.\nNext time I will bake two.",
    "I asked my son which cake he wanted and surprise surprise he wants the same one again.",
    "I found it easier to pat the creamy creamy icing on by hand, and it worked great!",
    "Well, my fussy fussy 4 year old ate two helpings!",
    # the comment hard-wrapped by an extractor: the register is the paragraph's
    "I found it easier to pat the creamy creamy\nicing on by hand, and it\nworked great!",
]


@pytest.mark.parametrize("text", REDUPLICATIONS)
def test_a_deliberate_reduplication_is_left(text: str) -> None:
    assert textmend.clean(text) == text


@pytest.mark.parametrize(
    "text, repaired",
    [
        # the same adjective doubled in plain prose, or in a report that exclaims, is a slip (in the
        # third person: a writer speaking for themself doubles on purpose, test_precision_loco.py)
        ("She found it easier to pat the creamy creamy icing on by hand.", "She found it easier to pat the creamy icing on by hand."),
        (
            "Our choir prepared an outstanding outstanding concert for the festival!",
            "Our choir prepared an outstanding concert for the festival!",
        ),
        # a noun (the lexicon knows its plural) doubled before a noun is a slip even when exclaiming
        ("I bought a garden garden chair for the patio!", "I bought a garden chair for the patio!"),
        # a word doubled before a function word: a slip in the measure
        ("I spread 2/3 cup cup of the icing on top. So good!", "I spread 2/3 cup of the icing on top. So good!"),
        # an interjection doubled inside a phrase, no clause after it
        ("We had no no idea what to do.", "We had no idea what to do."),
        # before a subject pronoun but not between two clauses joined by "and" / "but"
        ("I said no no you cannot go there.", "I said no you cannot go there."),
        # the paragraph's exclamation does not reach across a blank line
        ("She found it easier to pat the creamy creamy icing on by hand.\n\nIt worked great!", "She found it easier to pat the creamy icing on by hand.\n\nIt worked great!"),
    ],
)
def test_a_slip_beside_them_is_still_repaired(text: str, repaired: str) -> None:
    assert textmend.clean(text) == repaired


# A list of comments, each under its writer's name as typed and the date: the names in lower case
# or with a dot are handles, not glued words.
COMMENT_LIST = (
    "Made it twice already!\n\nHilda March 3, 2009\n12\n\nLooks wonderful.\n\n"
    "happymom March 4, 2009\n13\n\nI love this one.\n\nMrs.Crumb March 5, 2009\n14\n\n"
    "Could I use less sugar?\n\nthegardener April 1, 2010\n15\n\nYes, a third less works.\n"
)


def test_commenters_names_heading_their_comments_are_left() -> None:
    assert textmend.clean(COMMENT_LIST) == COMMENT_LIST


@pytest.mark.parametrize(
    "text, repaired",
    [
        # one dated line is no list of comments: a glued token there is split as anywhere else
        # (with the pair written apart: a content pair opening its line is left without it)
        ("Great cake for a busy mom!\n\nbusymom March 4, 2009\nI love it.", "Great cake for a busy mom!\n\nbusy mom March 4, 2009\nI love it."),
        # in the list, a comment's own glued words are still repaired
        (
            COMMENT_LIST.replace("I love this one.", "I love this one.It is easy."),
            COMMENT_LIST.replace("I love this one.", "I love this one. It is easy."),
        ),
        # a line that goes on after the date is a sentence, not a header
        (
            COMMENT_LIST + "thebaker March 5, 2009 said it was fine.",
            COMMENT_LIST + "the baker March 5, 2009 said it was fine.",
        ),
    ],
)
def test_beside_a_comment_list_glued_words_are_still_repaired(text: str, repaired: str) -> None:
    assert textmend.clean(text) == repaired


# "-ability" on a verb the lexicon knows by its past or "-ing" form: a derivation, not two words,
# though the document writes both parts as words of their own.
@pytest.mark.parametrize(
    "text",
    [
        "Slice the cake with a hot knife. A cold cake has the ability to hold its shape.\n"
        "Chilling it helps its flavor and sliceability.",
        "Hack the board as you like: it has the ability to run any code.\nReviewers praised its hackability.",
    ],
)
def test_a_derivation_in_ability_is_left(text: str) -> None:
    assert textmend.clean(text) == text


@pytest.mark.parametrize(
    "text, repaired",
    [
        # after a function word, or an adjective (no past, no "-ing"), "ability" is the noun glued
        ("She has theability to win.", "She has the ability to win."),
        ("It proved his greatability as a player.", "It proved his great ability as a player."),
    ],
)
def test_ability_glued_to_a_word_is_still_split(text: str, repaired: str) -> None:
    assert textmend.clean(text) == repaired


def test_a_pair_the_text_also_writes_hyphenated_is_left() -> None:
    # "half-half" in the same text: the open "half half" is that compound, not a slip.
    text = "What is half-half? Some say milk and cream, and in other places it is written half half for milk and butter."
    assert textmend.clean(text) == text


@pytest.mark.parametrize(
    "text, repaired",
    [
        # no hyphenated double of the word in the text: a slip
        ("In other places it is written half half for milk and butter.", "In other places it is written half for milk and butter."),
        # another word's hyphenated double is no evidence for this pair
        ("Say bye-bye to the the old oven.", "Say bye-bye to the old oven."),
    ],
)
def test_a_pair_without_its_hyphenated_form_is_still_repaired(text: str, repaired: str) -> None:
    assert textmend.clean(text) == repaired


@pytest.mark.parametrize(
    "text",
    [
        "I bought a deep 7”x11” dish and the rolls stayed soft.",
        "A 9”×13” pan works too, and so does an 8” x 8” one.",
    ],
)
def test_inch_marks_in_a_size_are_left(text: str) -> None:
    # Curly inch marks after the numbers of a size: no quotation to turn them for.
    assert textmend.clean(text) == text


def test_a_quotation_closing_after_a_number_is_still_turned() -> None:
    # No "x" and no other number beside the mark: an opening mark typed the wrong way round.
    assert textmend.clean("He said ”it cost 7” and left.") == "He said “it cost 7” and left."
