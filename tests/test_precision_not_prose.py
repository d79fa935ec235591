"""Lines that are not prose (issue 13, branch ``prec26``).

Every verdict ever written, pooled and scored leave one corpus out (``benchmarks/nonprose.py``,
docs/benchmarks.md "Lines that are not prose"), says one gate pays: a doubled word on a line
that does not read as running prose (a key table's row, a run of words with next
to no common word, no sentence end and no comma) is a column or a list item far more often than a slip,
so ``repeats`` holds it below the default.  And a key table's first cell is a key, even when the
key is a mark: ``ESC :`` and ``[`` keep their space among rows that open with keys.

Each kept line is a real one from a corpus (its source and verdict named); beside them stand real
prose lines with real damage, judged right when repaired, that must still be repaired: a gate that
swallowed every double or every spaced mark would fail the second half.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired
from textmend.prose import ProseLines, in_key_table, prose_facts, reads_as_prose


# -- doubled words on lines that are not prose ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "reason"),
    [
        (
            "Categories: Recipes Spreads, Dips & Dressings\n\nTags: butter foie gras French lentils green green "
            "lentils Herbs mushrooms olive oil Paris Rebecca Leffler recipe spread thyme vegan vegetarian\n",
            "en",
            "fresh15 recipe15:davidlebovitz, judged damage: a tag list ('green', then 'green lentils'); "
            "no common word in nineteen, no stop, no comma",
        ),
        (
            "coriander egg egg recipes heavy cream heavy whipping cream omelet onion\n",
            "en",
            "fresh14, judged damage: a tag row ('egg', then 'egg recipes'); no common word, no stop, no comma",
        ),
        (
            "NEXT_TAB n n Go to the next tab\nQUIT q q Quit with confirmation request\n",
            "en",
            "the shape of fresh21 w3m21:en.MANUAL's rows, judged damage when cut: a key table's row "
            "(a name in capitals, then a one-character key)",
        ),
    ],
)
def test_a_double_on_a_line_that_is_not_prose_is_kept(text: str, lang: str, reason: str) -> None:
    assert_kept(text, reason, lang=lang)


@pytest.mark.parametrize(
    ("damaged", "repaired", "lang", "reason"),
    [
        (
            "Substitutes for this this recipe\n",
            "Substitutes for this recipe\n",
            "en",
            "fresh12, judged correct: a heading with no stop, but three of its five words are function words",
        ),
        (
            "I agree to the the Privacy Policy and Terms of Service here\n",
            "I agree to the Privacy Policy and Terms of Service here\n",
            "en",
            "fresh14, judged correct: a form's label without a stop, prose by its function words",
        ),
        (
            "Voted by by The Squander\n",
            "Voted by The Squander\n",
            "en",
            "fresh3, judged correct: a caption of five words, two of them function words",
        ),
        (
            "Weasel from from Natural History and Illustrations of Mammals by\n",
            "Weasel from Natural History and Illustrations of Mammals by\n",
            "en",
            "fresh18, judged correct: a caption's line cut by the extractor, no stop, but prose",
        ),
        (
            "Khamenei: Haram Menghina Istri Nabi dan dan Simbol Ahlusunah\n",
            "Khamenei: Haram Menghina Istri Nabi dan Simbol Ahlusunah\n",
            "id",
            "the dev corpus's Indonesian headline (the injected benchmark's tune split): a title with one common "
            "word in eight is no prose, but a common word doubled is a slip wherever it stands",
        ),
        (
            "Every integer value has a representation in the binary system and and vice versa.\n",
            "Every integer value has a representation in the binary system and vice versa.\n",
            "en",
            "fresh5, judged correct: a sentence",
        ),
        (
            "Ja hoor dat kan wel. Je hebt dan dan alleen wat minder bouillon nodig.\n",
            "Ja hoor dat kan wel. Je hebt dan alleen wat minder bouillon nodig.\n",
            "nl",
            "fresh14, judged correct: Dutch prose, read with Dutch function words",
        ),
    ],
)
def test_a_double_in_prose_is_still_removed(damaged: str, repaired: str, lang: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason, lang=lang)


# -- a key table's keys named by marks --------------------------------------------------------------

_JA_KEYS = (
    "TAB 次のリンクに移動します．\n"
    "C-u, ESC TAB 前のリンクに移動します．\n"
    "[ 最初のリンクに移動します．\n"
    "] 最後のリンクに移動します．\n"
    "\n"
    "ハイパーリンク操作\n"
    "\n"
    "I 現在カーソルがあるリンクに対応する画像を表示します．\n"
    ": URL風の文字列をリンクにします．この機能は，HTMLでない文書を 読んでいるときにも有効です．\n"
    "ESC : Message-ID風の文字列を，news: のリンクにします．\n"
    "c 現在の文書のURLを表示します．\n"
)


def test_a_key_tables_keys_named_by_marks_keep_their_space() -> None:
    assert_kept(
        _JA_KEYS,
        "fresh21 w3m21:ja.MANUAL (readability, html_text), judged damage when glued: '[' and 'ESC :' "
        "are keys, the first cells of rows that open with keys ('TAB', 'C-u,', ']', 'I', ':', 'c')",
        lang="ja",
    )


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "SEARCH :\n\nThe root of all fascism is fear .\n",
            "SEARCH:\n\nThe root of all fascism is fear.\n",
            "fresh9, judged correct: a label alone on its line, no rows of keys around it",
        ),
        (
            "UPDATE : Police said the road is open again .\nMore to follow .\n",
            "UPDATE: Police said the road is open again.\nMore to follow.\n",
            "a news update's label: one line opening with capitals is no key table",
        ),
        (
            "Fed 5 Kids ( ages 13 to 1year) LOVED it.\n",
            "Fed 5 Kids (ages 13 to 1year) LOVED it.\n",
            "fresh12, judged correct: a bracket inside a sentence, closed on its line",
        ),
        (
            "- 1 piece , peeled + sliced Fresh Ginger\n- 2 garlic cloves , minced\n- 1 Red onion , sliced\n",
            "- 1 piece, peeled + sliced Fresh Ginger\n- 2 garlic cloves, minced\n- 1 Red onion, sliced\n",
            "fresh15 / fresh14, judged correct: an ingredient list's rows open with bullets, not keys",
        ),
    ],
)
def test_spaced_marks_outside_key_tables_are_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason)


# -- the facts themselves ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "lang", "prose", "reason"),
    [
        ("We went to the shops and bought bread", "en", True, "no stop, but half its words are common words"),
        ("Tags: butter foie gras French lentils green green lentils", "en", False, "no common word, no stop"),
        ("bewölkt wolkig wolkig stark", "de", True, "three words once the double counts once: too few to tell"),
        ("1 scoop scoop Shakeology, 1 cup spinach, 1 cup baby carrots", "en", True, "a list written with commas"),
        ("QUIT q q Quit with confirmation request", "en", False, "a key table's row"),
        ("INSERT a a word at the cursor", "en", True, "'a' is an English word: no key"),
        ("RIGHT . . Shift screen one column right", "en", False, "a key table's row: a key named by a mark"),
        ("UPDATE : Police said the the road is open", "en", True, "a label's colon is no key: the line is prose"),
        ("Nahatlatch Valley.", "en", True, "two words: too few to tell, read as prose"),
    ],
)
def test_reads_as_prose(line: str, lang: str, prose: bool, reason: str) -> None:
    assert reads_as_prose(prose_facts(line, 0, len(line), lang)) is prose, reason


def test_an_undetermined_paragraph_is_read_with_english_function_words() -> None:
    text = "apple pear plum cherry melon"
    assert ProseLines(text, "und").at(0) is False
    assert ProseLines("the cat and the dog of the house", "und").at(3) is True


def test_key_table_needs_a_key_named_by_a_mark_letter_or_chord() -> None:
    form = "NAME : Jane Doe\nCITY : Paris\nROLE : Editor\n"
    assert not in_key_table(form, 0, "en"), "a form's labels in capitals, no key among them"
    assert in_key_table(_JA_KEYS, _JA_KEYS.index("ESC :"), "ja")
