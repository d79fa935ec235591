"""Precision on the kinds the seventeenth fresh corpus found (issue 13, branch ``prec18``).

Most of that corpus's damage was ``punctuation`` splitting a dotted name after its dot
(``X.Y`` -> ``X. Y``), and ``repeats`` cutting a German intensifier doubled for stress.  Each
kind is judged here by the general shape of its evidence, not by the corpus's strings.  Each
text was written for the test, with its reason; beside each kind stands damaged text of the
same shape that must still be repaired, so a rule that swallowed every repair would fail.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired

_kept = assert_kept
_repaired = assert_repaired


# -- a dotted name written with case inside a word --------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "The script creates a WScript.Shell object, and later WScript.Shell runs the command.",
            "a part in mixed case and the pair written twice: a name, not two sentences",
        ),
        (
            "脚本可以调用很多种对象（比如WScript.Shell），再用WScript.Shell对象修改环境变量。",
            "the same in Chinese prose, the name's parts run on into Han characters with no space",
        ),
        (
            "In Python the same idea goes by contextlib.ExitStack, which runs callbacks on exit.",
            "a CamelCase part the lexicon lacks after a lower-case word it lacks too: a module's name",
        ),
        (
            "The output\ntesting.BenchmarkHello 10000000 282 ns/op\nmeans the loop ran ten million times.",
            "a CamelCase part the lexicon lacks, its dotted name opening the line: no sentence ends there",
        ),
        (
            "    handler = server.RequestRouter\n    handler.start()",
            "a line of code: the stage leaves it alone (kept before this rule too; a guard)",
        ),
    ],
)
def test_a_dotted_name_with_inner_case_stays(text: str, reason: str) -> None:
    _kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "The company said.The deal closed in 2019.Officials declined to comment.",
            "The company said. The deal closed in 2019. Officials declined to comment.",
            "glued sentences between ordinary words and after a year",
        ),
        (
            "He finally bought an iPhone.Then he sold his old phone.",
            "He finally bought an iPhone. Then he sold his old phone.",
            "a part in mixed case once, before a sentence's usual first word",
        ),
        (
            "Analysts were surprised by the forecast.CrowdStrike shares fell.",
            "Analysts were surprised by the forecast. CrowdStrike shares fell.",
            "a CamelCase name opening a sentence glued to a known word inside a line of prose",
        ),
        (
            "The talks went on.Share prices rose. Later the talks went on.Share prices fell.",
            "The talks went on. Share prices rose. Later the talks went on. Share prices fell.",
            "the same glued pair twice, neither part in mixed case: an extractor's habit, not a name",
        ),
    ],
)
def test_glued_sentences_are_still_split(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason)


# -- German emphasis: the intensifier of quantity doubled on purpose --------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Ich hoffe, wir hören noch viel viel mehr von dir!", "viel viel before a comparative: a stress"),
        ("Das neue Rad fährt sich viel viel besser als das alte.", "viel viel before an adjective's comparative"),
    ],
)
def test_german_viel_viel_stays(text: str, reason: str) -> None:
    _kept(text, reason, lang="de")


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "Wir haben haben noch viel Zeit bis zur Abfahrt.",
            "Wir haben noch viel Zeit bis zur Abfahrt.",
            "a verb doubled beside the intensifier is a slip",
        ),
        (
            "Das neue Rad fährt sich viel besser besser als das alte.",
            "Das neue Rad fährt sich viel besser als das alte.",
            "the comparative doubled after it is a slip",
        ),
    ],
)
def test_other_german_doubles_beside_viel_are_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason, lang="de")


# -- a writer who glues every unit to its number ----------------------------------------------

_UNITS = "Heute 74km und 2060hm in 7,5h gefahren, dazu 50sm gesegelt.\n"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (_UNITS + "Auf der Passstraße war wenig Verkehr, nur alle 15Min ein Wagen.", "one more unit glued in the writer's style"),
        (
            "We rode 74km, climbed 2060hm in 7,5h and then slept.\nThe bus came every 20Min at most.",
            "the same in English: a short capitalized unit, as rare as an abbreviation",
        ),
    ],
)
def test_a_unit_glued_in_the_writers_style_stays(text: str, reason: str) -> None:
    _kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            _UNITS + "Veröffentlicht am 12. Juli 2019Die Fahrt begann früh.",
            _UNITS + "Veröffentlicht am 12. Juli 2019 Die Fahrt begann früh.",
            "a date glued to a sentence's usual first word: a lost block boundary, units or not",
        ),
        (
            "We rode 74km, climbed 2060hm in 7,5h and then slept.\nPosted May 5, 2019New rules apply.",
            "We rode 74km, climbed 2060hm in 7,5h and then slept.\nPosted May 5, 2019 New rules apply.",
            "a short word too common for a unit's abbreviation opens the next block",
        ),
        (
            "The 1st, 2nd and 3rd stages of the 1990s race.\nPublished in 2019Min and her team won.",
            "The 1st, 2nd and 3rd stages of the 1990s race.\nPublished in 2019 Min and her team won.",
            "ordinals and decades glued to numbers are no units: the writer's style shows none",
        ),
    ],
)
def test_a_block_glued_to_a_number_is_still_split(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason)
