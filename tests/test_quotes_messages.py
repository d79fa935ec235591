"""``quotes`` on short UI text in many languages (issue 13 with issue 15: Django's translated messages).

Each kept text is a real-looking message written for this file, with its reason; beside it, an
English twin that must still be repaired.
"""

from __future__ import annotations

import pytest

from textmend import clean

KEPT_LONE_CLOSE = [
    ("přisłušny objekt %(app_label)s.%(data_type)s“",
     "Upper Sorbian: a message that ends a quotation its „ opened in the message before"),
    ("Hodnota nie je platný objekt %(name)s“",
     "Slovak closes „…“ with “: a fragment shows only the close"),
]


@pytest.mark.parametrize("text, why", KEPT_LONE_CLOSE, ids=[t.split()[0] for t, _ in KEPT_LONE_CLOSE])
def test_a_lone_high_close_outside_english_stays(text: str, why: str) -> None:
    assert clean(text) == text, why


def test_a_lone_high_close_in_english_is_still_turned() -> None:
    assert clean("The minister said the plan was fine“ and left the room.") == (
        "The minister said the plan was fine” and left the room."
    )


KEPT_SPACED_S = [
    ("Thèid a h-uile oibseact seo ’s na nithean dàimheach aca a sguabadh às.",
     "Scottish Gaelic ’s (and) is a word of its own; 'seo' only looks English"),
    ("Chaidh an duilleag seo ’s na faidhlichean aice a shàbhaladh.",
     "Scottish Gaelic ’s (and) after 'seo' (this), which only looks English"),
]


@pytest.mark.parametrize("text, why", KEPT_SPACED_S, ids=[t.split()[1] for t, _ in KEPT_SPACED_S])
def test_a_spaced_s_in_a_paragraph_that_reads_as_no_english_stays(text: str, why: str) -> None:
    assert clean(text) == text, why


def test_a_spaced_s_in_english_is_still_glued_back() -> None:
    assert clean("the company ’s profits rose") == "the company’s profits rose"
