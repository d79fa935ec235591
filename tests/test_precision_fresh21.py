"""Precision on the kinds the twenty-first fresh corpus found (issue 13, branch ``prec25``).

That corpus's damage sat in a text browser's manuals: a key table lists each function with its
key in two bindings, and where both are the same key the row reads ``QUIT q q``, which
``repeats`` cut as a stammer; a key named by a punctuation mark stands alone between spaces
(``the keys . and ,``, ``RIGHT . .``, ``SEARCH_BACK ? Search``), which ``punctuation`` glued to
the word before as a clause's stop.  Each kind is judged by the general shape of its evidence:
a doubled letter that is no word of the language, a pair after a field name with an underscore
or in padded columns; a lone mark followed by another lone mark (or by a function word and
one), or between a row's field name and its description.  Each text was written for the test,
with its reason; beside each kind stands damaged text of the same shape that must still be
repaired, so a rule that swallowed every repair would fail.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired

_kept = assert_kept
_repaired = assert_repaired


# -- a key table's two key columns: repeats ---------------------------------------------------

_KEYS = (
    "Key bindings of the pager, default and vi-like:\n"
    "REDRAW l l Redraw the screen\n"
    "NEXT_PAGE f f Forward one page\n"
    "QUIT q q Quit the program\n"
)


@pytest.mark.parametrize(
    ("text", "lang", "reason"),
    [
        (_KEYS, "en", "'l', 'f', 'q' are no English words (Zipf < 6): the same key in two columns"),
        (
            "Commands: INSERT_AFTER a a Append text after the cursor, then press ESC to stop.\n",
            "en",
            "'a' is an English word, but the pair follows a field name with an underscore, which no sentence says",
        ),
        (
            "Tastenbelegung\nBEENDEN q q Das Programm mit Rückfrage beenden\nSUCHEN s s Vorwärts suchen\n",
            "de",
            "German has no one-letter word at all: a doubled letter is a key, never a stammer",
        ),
    ],
)
def test_a_key_table_row_keeps_its_second_key(text: str, lang: str, reason: str) -> None:
    _kept(text, reason, lang=lang)


@pytest.mark.parametrize(
    ("padded", "reason"),
    [
        (
            "NEXT_TAB                n                  n                Go to the next tab\n",
            "a padded row (a text browser's table rendered as text): its padding is collapsed first, then "
            "the row reads as any other; 'n' is no English word",
        ),
        (
            "INSERT_AFTER            a                  a                Append after the cursor\n",
            "the same with 'a', an English word: the field name with an underscore before the pair keeps it",
        ),
        (
            "NEXT_TAB                .                  .                Go to the next tab\n",
            "a padded row of lone marks: the first is followed by the second, both are keys",
        ),
    ],
)
def test_a_padded_key_row_keeps_its_keys(padded: str, reason: str) -> None:
    _repaired(padded, " ".join(padded.split()) + "\n", reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "lang", "reason"),
    [
        (
            "It was a a good day for the whole team and its fans.",
            "It was a good day for the whole team and its fans.",
            "en",
            "'a' is an English word (Zipf 7.4): doubled in prose it is a stammer",
        ),
        (
            "Honestly i i think the new bridge was worth every cent they spent.",
            "Honestly i think the new bridge was worth every cent they spent.",
            "en",
            "lower-case 'i' is the pronoun to the lexicon (7.1): a stammer in a reader's comment",
        ),
        (
            "Pod drzewem spał kot i i pies, a potem oba poszły razem do domu.",
            "Pod drzewem spał kot i pies, a potem oba poszły razem do domu.",
            "pl",
            "Polish 'i' (and) is a word of the language: doubled it is a stammer",
        ),
        (
            "The limit MAX_SIZE is set once and and never changed by the program.",
            "The limit MAX_SIZE is set once and never changed by the program.",
            "en",
            "a field name in the sentence, but not right before the pair: the stammer is repaired",
        ),
        (
            "Name:  Smith\nShe said that the the council would meet again.",
            "Name: Smith\nShe said that the council would meet again.",
            "en",
            "padding elsewhere in the text, one space between the copies: no column, a stammer",
        ),
    ],
)
def test_a_stammer_is_still_repaired(damaged: str, repaired: str, lang: str, reason: str) -> None:
    _repaired(damaged, repaired, reason, lang=lang)


# -- a key named by a punctuation mark: punctuation --------------------------------------------

@pytest.mark.parametrize(
    ("text", "lang", "reason"),
    [
        (
            "You can move between the tabs with the keys , and . on the keyboard.\n",
            "en",
            "a lone mark, 'and' and another lone mark: two named keys, neither a stop",
        ),
        (
            "Die Reiter wechseln Sie mit den Tasten , und . auf der Tastatur.\n",
            "de",
            "the same in German: 'und' is a function word of the language",
        ),
        (
            "NEXT_TAB . . Go to the next tab\nPREV_TAB , , Go to the previous tab\n",
            "en",
            "a lone mark followed by another lone mark: a key in two columns",
        ),
        (
            "FIND_FORWARD / Find forward\nFIND_BACK ? Find backward\n",
            "en",
            "a line opened by a field name with an underscore, the mark, a capitalised description: a row",
        ),
    ],
)
def test_a_key_named_by_a_mark_stays_apart(text: str, lang: str, reason: str) -> None:
    _kept(text, reason, lang=lang)


@pytest.mark.parametrize(
    ("damaged", "repaired", "lang", "reason"),
    [
        (
            "He visited Paris , and then Rome .\n",
            "He visited Paris, and then Rome.\n",
            "en",
            "a link's edge: a word after the comma's 'and', no second lone mark",
        ),
        (
            "Jump to: navigation , search\n",
            "Jump to: navigation, search\n",
            "en",
            "one content word between two links, no lone mark after it",
        ),
        (
            "We had coffee , tea , milk and cake .\n",
            "We had coffee, tea, milk and cake.\n",
            "en",
            "'tea' between two lone commas is no function word: items of a list, commas glued",
        ),
        (
            "Move to the next link using TAB . Then press RETURN .\n",
            "Move to the next link using TAB. Then press RETURN.\n",
            "en",
            "a key name ending a sentence: the line does not open with a field name",
        ),
        (
            "The value of MAX_SIZE . The next line shows it.\n",
            "The value of MAX_SIZE. The next line shows it.\n",
            "en",
            "a field name ending a sentence inside the line: a stop, glued",
        ),
    ],
)
def test_a_spaced_stop_is_still_glued(damaged: str, repaired: str, lang: str, reason: str) -> None:
    _repaired(damaged, repaired, reason, lang=lang)
