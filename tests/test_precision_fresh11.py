"""Precision on the kinds of damage the eleventh fresh corpus found (issue 13).

Judged blind, the eleventh fresh corpus (docs/benchmarks.md, "An eleventh fresh corpus") had
four kinds of damage: JavaScript's empty string ``''`` in script text an extractor kept, read as
a double quotation mark typed as two single ones; user names and handles in lower case split as
two glued words; a coinage quoted as a word split the same way; and two menu lines, the second
opening with the first one's last word, read as a repeated word.  The texts were written for the
test; beside each kind stands the repair that must still be made.
"""

from __future__ import annotations

import pytest

import textmend

# Script lines an extractor left in the text: each writes the empty string as two straight
# single marks, beside calls, operators and other quoted strings.
SCRIPT_LINES = [
    "track(\"p7\", (typeof(s.prop7)!=='undefined')?s.prop7:'');",
    "widget.keywords = (opts.q || '') + ''; render(widget);",
    "if (name === '') { name = ''; }",
]


@pytest.mark.parametrize("text", SCRIPT_LINES)
def test_code_s_empty_string_is_left(text: str) -> None:
    # On a line that reads as code, '' is a string literal, not a double mark typed as two singles.
    assert textmend.clean(text) == text


@pytest.mark.parametrize(
    "text, repaired",
    [
        ("He said ''hello'' to me.", 'He said "hello" to me.'),
        # prose that names a command is still prose: no call, operator or braces on the line
        ("In the shell, type echo ''hello'' and press enter.", 'In the shell, type echo "hello" and press enter.'),
    ],
)
def test_a_double_mark_typed_as_two_singles_in_prose_is_still_repaired(text: str, repaired: str) -> None:
    assert textmend.clean(text) == repaired


def test_prose_after_a_code_line_in_the_same_paragraph_is_still_repaired() -> None:
    # The code reading is the line's, not the paragraph's.
    text = "x = f(a) if a else ''\nHe said ''hello'' to me."
    assert textmend.clean(text) == "x = f(a) if a else ''\nHe said \"hello\" to me."


# Lists of posts under their authors' user names: a comment thread's headers ("<name> wrote:")
# and a tweet list ("<handle>: <tweet>"). The document writes the handle's first part as a word
# elsewhere ("a bright flash"), which alone would attest the split.
POST_LISTS = [
    "A witness saw a bright flash before the blast.\n\nComments\nriverotter42 wrote:\nThe plan was a waste of money.\n"
    "flashbadger wrote:\nBoth of them were right.\n",
    "Tweets from our team\n\njamesbrown: Bank order could open door to wider use http://t.co/x\n\nabout 6 months ago\n\n"
    "guardiantech: Bank order could open door http://t.co/y\n",
    "Readers write\n  * peterwhite: The new bridge is a good idea.\n  * annlee_7: It costs too much.\n",
]


@pytest.mark.parametrize("text", POST_LISTS)
def test_a_user_name_heading_a_post_in_a_list_of_posts_is_left_whole(text: str) -> None:
    # A lower-case token opening a line before "wrote:" or ":" where another line does the same
    # is an author's name: a sentence or a block glued to the next would open with a capital.
    assert textmend.clean(text) == text


def test_a_fusion_inside_a_post_of_the_list_is_still_split() -> None:
    # The rule is about the line's opening name, not the whole list.
    text = "A witness saw a bright flash.\n\nriverotter42 wrote:\nThe plan was a waste.\nflashbadger wrote:\nBoth were right about thecost of the war.\n"
    assert "about the cost of" in textmend.clean(text)


def test_one_line_opening_with_a_glued_pair_and_a_colon_is_no_list() -> None:
    # One such line is no list of posts: the token is judged as anywhere else (here with the
    # pair written apart: a content pair opening its line is left without it, test_precision_loco)
    text = "A witness saw a flash badger before the blast.\n\nflashbadger wrote:\nBoth were right about the cost."
    assert "flash badger wrote:" in textmend.clean(text)


# Menu links, one a line, the next opening with the word the last one ended with: the word
# would have fit on the line before (within the block's longest line), so the break is no
# wrap but the page's own.  (Links of about the same length, where the word would not fit,
# are not told from a wrapped line this way.)
MENU_LINES = [
    "Tip Us\n\nSend us a tip\ntip us anonymously\nContact us by e-mail\n",
    "Newsletters\nSign up for news\nnews alerts by e-mail\nManage your subscriptions\n",
    "Shop\n  Gift cards\n  cards for business\n  Store finder\n",
]


@pytest.mark.parametrize("text", MENU_LINES)
def test_two_menu_lines_sharing_a_word_are_left(text: str) -> None:
    assert textmend.clean(text) == text


def test_a_word_doubled_across_a_wrapped_line_is_still_removed() -> None:
    # Wrapped at about 60 columns: the second copy did not fit on the full line before it.
    text = (
        "The council met on Tuesday and voted to approve the budget\n"
        "budget for the coming year, which the mayor had proposed in\n"
        "March after months of talks with the unions."
    )
    assert "approve the budget\nfor the coming year" in textmend.clean(text)


def test_a_function_word_doubled_across_a_short_line_is_still_removed() -> None:
    # A sentence cut after "the" and a slip doubling it: a menu item does not end with "the".
    assert textmend.clean("We walked along the\nthe river bank until it got dark.") == (
        "We walked along the\nriver bank until it got dark."
    )
