"""Identifiers in a specification's prose (issue 13, branch ``prec23``).

An extractor that keeps a specification's table of contents drops the ``<code>`` around its
names, and with it the marks ``prec21``'s rule reads (quotes, braces).  What stays is the
frame: the contents name one identifier after another between the same two words
(``The _ attribute``, ``the _ interface``).  A token in a slot the text fills with other
mixedCase or CamelCase names, or lower-case words the lexicon barely knows, is a name too
(``_LineCache.named_in_slot``); so is an item of a comma list whose other one-word items
include four such rare words (``dir, div, dl, dt, embed, fieldset, form``: element names).
The contents below were written for the test (the shape of the HTML Standard's, which the
twentieth fresh corpus holds); each kept token is cut above the technical ceiling on the
branch's base ``378fd51`` (the three mixedCase ones at the default).  Beside them stands glue that must still be repaired
in the same text: a slot filled by one other name only, a right part that opens a sentence
(``eventsThe``), a glued name in running prose whose frame no other name fills.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired

_TOC = """Table of contents
1 Introduction
1.1 Background and history of the form controls
2 Forms
2.1 The form element
2.2 The label element
2.3 The input element
3 Attributes common to form controls
3.1 Naming form controls: the name attribute
3.2 Submitting element directionality: the dirname attribute
3.3 Limiting user input length: the maxlength attribute
3.4 Setting minimum input length requirements: the minlength attribute
4 Interaction
4.1 Focus management and the tabindex attribute
4.2 Using the accesskey attribute on a label element to define a command
5 Storage
5.1 The Storage interface
5.2 The sessionStorage attribute
5.3 The localStorage attribute
5.4 The StorageEvent interface
6 Workers
6.1 Dedicated workers and the DedicatedWorkerGlobalScope interface
6.2 Shared workers and the SharedWorker interface
6.3 The WorkerNavigator object
7 Events
7.1 The PopStateEvent interface
7.2 The HashChangeEvent interface
7.3 The RelatedEvent interfaces
7.4 The CloseEvent interfaces
7.5 The MessageEvent interfaces
"""


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("sessionStorage", "a mixedCase name in 'The _ attribute', a slot filled with localStorage, dirname"),
        ("SharedWorker", "a CamelCase interface in 'the _ interface', beside DedicatedWorkerGlobalScope, StorageEvent"),
        ("RelatedEvent", "'The _ interfaces' holds two other CamelCase names (CloseEvent, MessageEvent)"),
    ],
)
def test_a_name_in_a_slot_of_names_is_kept(name: str, reason: str) -> None:
    import textmend

    assert name in _TOC
    assert name in textmend.clean(_TOC), reason


def test_the_slot_evidence_lowers_a_lower_case_split_too() -> None:
    # "accesskey" is split below the default on the base already (0.45); the slot of rare
    # attribute names (dirname, maxlength, minlength) holds it at the technical ceiling.
    from textmend.normalizers.fused import _TECHNICAL_CONFIDENCE, FusedTokens

    at = _TOC.index("accesskey") + len("access")
    cuts = {e.start: e.confidence for e in FusedTokens(lang="en").find_edits(_TOC)}
    assert cuts.get(at, 0.0) <= _TECHNICAL_CONFIDENCE


_ELEMENTS = (
    "The following elements have special parsing rules: address, area, base, basefont, bgsound,\n"
    "blockquote, body, br, center, col, colgroup, dd, dir, div, dl, dt, embed, fieldset, form, frame,\n"
    "frameset, head, hr, iframe, image, img, input, isindex, li, link, listing, menu, meta.\n"
)


def test_an_item_of_a_list_of_rare_names_is_held_below_the_default() -> None:
    # "fieldset" between commas in a list whose other one-word items include basefont,
    # bgsound, colgroup, frameset (words the lexicon barely knows): a list of element names.
    # The base cuts it at 0.45 in this short text (0.6 in a long page).
    from textmend.normalizers.fused import _TECHNICAL_CONFIDENCE, FusedTokens

    at = _ELEMENTS.index("fieldset") + len("field")
    cuts = {e.start: e.confidence for e in FusedTokens(lang="en").find_edits(_ELEMENTS)}
    assert cuts.get(at, 0.0) <= _TECHNICAL_CONFIDENCE


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "Contents\n4.1 The clientWidth attribute\n4.2 The sessionStorage attribute\n",
            "Contents\n4.1 The client Width attribute\n4.2 The session Storage attribute\n",
            "one other name in the slot is not a slot of names: each could be glue as well",
        ),
        (
            _TOC + "7.6 Closing the eventsThe interfaces\n",
            "7.6 Closing the events The interfaces\n",
            "a capitalized function word after the seam opens a sentence, whatever the slot",
        ),
        (
            _TOC + "\nThe alliance sent the reinforcementStoltenberg said on Monday would arrive within weeks.\n",
            "\nThe alliance sent the reinforcement Stoltenberg said on Monday would arrive within weeks.\n",
            "glue in running prose, in a frame no other name of the text fills",
        ),
        (
            _TOC + "\nWe read the meetingMinutes of the board and the budgetReport of the board.\n",
            "\nWe read the meeting Minutes of the board and the budget Report of the board.\n",
            "a slot whose right word is a function word ('the _ of') says nothing",
        ),
        (
            "Mix the flour, sugar, bakingsoda, salt, pepper, butter and eggs in a large bowl.\n",
            "Mix the flour, sugar, baking soda, salt, pepper, butter and eggs in a large bowl.\n",
            "a list of ordinary words is no list of names: its glued item is still split",
        ),
    ],
)
def test_glue_beside_a_slot_of_names_is_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    # The repaired text's tail is compared (the contents themselves are split on the base),
    # so the twins hold on both sides.
    import textmend

    if damaged.startswith(_TOC):
        assert textmend.clean(damaged).endswith(repaired), reason
    else:
        assert_repaired(damaged, repaired, reason)


def test_the_whole_contents_pass_through() -> None:
    assert_kept(_TOC, "every name of the contents is kept, and nothing else in them is damaged")


def test_the_slots_are_gathered_once_in_linear_time() -> None:
    # Every cut asks named_in_slot; the slots are gathered on the first question only, so a
    # text ten times as long with ten times the cuts takes about ten times the work.
    import time

    import textmend

    line = "The alliance sent the reinforcementStoltenberg said on Monday, and the fooBar attribute stays.\n"
    textmend.clean(line)

    def best(text: str) -> float:
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            textmend.clean(text)
            runs.append(time.perf_counter() - t0)
        return min(runs)

    small, large = best(line * 100), best(line * 1000)
    assert large / small < 30
