"""speed27: the pipeline identifies a text's paragraphs without a LanguageSpan per paragraph,
and writes down a text of one language as one span without walking its paragraphs.

Each shortcut is held to the plain reading it replaces, on real kinds of text (each case
says why it is there) and on generated ones; the shortcuts change no output
(``python -m benchmarks.speed --dump`` is byte-identical, docs/benchmarks.md).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textmend import language
from textmend.language import _paragraph_languages, identify_spans, paragraph_spans
from textmend.pipeline import _Languages

# (text, why it is here)
CASES = [
    ("The minister said on Tuesday that the talks would go on.\n\nOK", "a short paragraph inherits the text's language"),
    (
        "Der Minister sagte am Dienstag, die Gespräche gingen weiter.\n\nBerlin\n\n"
        "“We will not give up,” he said in English.",
        "two languages, and a heading that inherits one of them",
    ),
    ("Le ministre a déclaré mardi que les négociations allaient continuer.\nThe talks go on, he said.", "no blank line: one paragraph a line"),
    ("   \n\n  The talks would go on, the minister said on Tuesday.\n\n \t \n\nOK", "paragraphs of spaces are left out; one opens with spaces"),
    ("\u2003\u2003\n\nThe talks would go on, the minister said on Tuesday.", "a paragraph of em spaces: isspace, not ASCII"),
    (" x\n\n\u00a0\n\nThe talks would go on, the minister said on Tuesday.", "a space-led paragraph that is not all spaces, and a no-break one that is"),
    ("Наши герои знают толк не только во вкусе, но и в красоте еды.\n\nOK\n\n12 345", "Cyrillic; a Latin line and numbers"),
    ("", "no paragraph at all"),
    ("\n\n\n", "line breaks only"),
]


def _plain_paragraph_spans(text: str) -> list[tuple[int, int]]:
    """paragraph_spans as it read before speed27: every paragraph cut out and asked."""
    if "\n\n" in text or "\n\r\n" in text:
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?![ \t\r]*\n)[^\n]*)*", text)]
    else:
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    return [(s, e) for s, e in spans if not text[s:e].isspace()]


def _walked_groups(text: str, paragraphs: list[tuple[int, int]], langs: list[str | None]) -> dict:
    """_Languages.groups' walk over the paragraphs, the only reading before speed27."""
    starts = [0] + [start for start, _ in paragraphs[1:]]
    ends = starts[1:] + [len(text)]
    groups: dict = {}
    for start, end, lang in zip(starts, ends, langs):
        spans = groups.setdefault(lang, [])
        if spans and spans[-1][1] == start:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return groups


@pytest.mark.parametrize(("text", "why"), CASES, ids=[why for _, why in CASES])
def test_paragraph_languages_are_identify_spans_as_two_lists(text: str, why: str) -> None:
    for inherit in (True, False):
        spans, langs = _paragraph_languages(text, inherit=inherit)
        found = identify_spans(text, inherit=inherit)
        assert spans == [(s.start, s.end) for s in found]
        assert langs == [s.lang for s in found]


@pytest.mark.parametrize(("text", "why"), CASES, ids=[why for _, why in CASES])
def test_paragraph_spans_ask_only_a_space_led_paragraph(text: str, why: str) -> None:
    assert paragraph_spans(text) == _plain_paragraph_spans(text)


@pytest.mark.parametrize(("text", "why"), CASES, ids=[why for _, why in CASES])
def test_groups_of_one_language_are_the_walk(text: str, why: str) -> None:
    spans, langs = _paragraph_languages(text)
    assert _Languages(text).groups(text) == _walked_groups(text, spans, langs)


def test_a_text_of_one_language_is_one_span() -> None:
    # Leading blank lines and a trailing space: the one span still covers the whole text, as
    # the walk's first start (0) and last end (the text's length) make it.
    text = "\n\nThe talks would go on, the minister said on Tuesday.\n\nThey did, on Friday. \n"
    assert _Languages(text).groups(text) == {"en": [(0, len(text))]}


def test_the_pipeline_identifies_once_through_the_two_lists(monkeypatch) -> None:
    # A pipeline reads a text's languages through _paragraph_languages (no LanguageSpan):
    # counted, once per text that a language-aware stage looks at.
    import textmend

    calls: list[str] = []
    original = language._paragraph_languages

    def counting(text: str, **kwargs: object):
        calls.append(text)
        return original(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(language, "_paragraph_languages", counting)
    text = "The talks would go on, the minister said on Tuesday.\n\nThey did did, on Friday."
    assert textmend.clean(text) == "The talks would go on, the minister said on Tuesday.\n\nThey did, on Friday."
    assert calls == [text]


_PIECES = st.sampled_from(
    [
        "The minister said the talks would go on.",
        "Der Minister sagte, die Gespräche gingen weiter.",
        "Le ministre a dit que les négociations continuaient.",
        "OK",
        "12 345",
        " ",
        "\t",
        "\u00a0",
        "\n",
        "\n\n",
        "\n \n",
        "\r\n",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_generated_texts_read_as_before(text: str) -> None:
    assert paragraph_spans(text) == _plain_paragraph_spans(text)
    spans, langs = _paragraph_languages(text)
    assert _Languages(text).groups(text) == _walked_groups(text, spans, langs)
