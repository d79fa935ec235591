"""The pipeline's first pass (speed28): every stage reads the whole text once, without
the rounds' bookkeeping, until one of them edits; then the rounds take over.

The first pass must hand the rounds the state they would have reached alone: the
stages before the one that edited have seen the text (they read again only what
changed), and the passes they used count against ``max_rounds``.  Toy stages that
make work for each other show the schedule; the default pipeline shows the count of
per-stage calls on a clean text (the overhead the first pass removes).
"""

from __future__ import annotations

import logging

import pytest

from toy_stages import Swap as _Swap  # a toy stage shared with the other pipeline tests
from textmend import Pipeline, default_pipeline
from textmend.pipeline import Pipeline as _Pipeline


def _chain() -> tuple[_Swap, _Swap, _Swap]:
    # The last stage makes work for the first, whose repair makes work for the second:
    # "%" -> "@" (third), "@" -> "#" (first), "#" -> "&" (second).
    return _Swap("@", "#", "first"), _Swap("#", "&", "second"), _Swap("%", "@", "third")


# (text, max_rounds, result, whether the pipeline warns that it did not settle, why)
_SCHEDULES = [
    ("a % b", 3, "a & b", False, "the third stage edits in the first pass; the first two read again and settle"),
    ("a % b", 2, "a & b", True, "six steps: three of the first pass, then first and second edit, third is left unread"),
    ("a % b", 1, "a @ b", True, "one pass: the third stage's repair is made, nobody reads it again"),
    ("a @ b", 1, "a & b", True, "the first stage edits at once; the second repairs after it, the third is unread"),
    ("a # b", 1, "a & b", True, "the second stage edits on the first pass's second step: the budget ends at the third"),
    ("a # b", 2, "a & b", False, "with a second pass the third and the first settle it (the first had seen the text)"),
    ("a b", 1, "a b", False, "nothing to do: the first pass alone, every stage once"),
]


@pytest.mark.parametrize("text, max_rounds, result, warns, why", _SCHEDULES)
def test_the_first_pass_counts_against_the_rounds(
    caplog: pytest.LogCaptureFixture, text: str, max_rounds: int, result: str, warns: bool, why: str
) -> None:
    pipeline = Pipeline(list(_chain()), max_rounds=max_rounds, on_error="raise")
    with caplog.at_level(logging.WARNING, logger="textmend"):
        assert pipeline(text) == result, why
        assert pipeline.mend(text).text == result, why
    assert any("did not settle" in r.getMessage() for r in caplog.records) == warns, why


def test_stages_before_the_first_edit_read_again_only_the_change() -> None:
    first, second, third = _chain()
    pipeline = Pipeline([first, second, third], on_error="raise")
    pipeline.REREAD_CONTEXT = 20
    doc = "\n\n".join(f"Paragraph {k} says nothing." for k in range(60))
    damaged = doc.replace("Paragraph 30 says", "Paragraph 30 % says")
    assert pipeline(damaged) == doc.replace("Paragraph 30 says", "Paragraph 30 & says")
    # The first stage had nothing to do on its first reading (no candidate: not asked);
    # after the third's repair it reads a window around paragraph 30, not the document.
    assert len(first.read) == 1 and "Paragraph 30 @ says" in first.read[0]
    assert len(first.read[0]) < len(damaged) // 5


def test_a_clean_text_costs_one_call_per_stage(monkeypatch: pytest.MonkeyPatch) -> None:
    # On a text no stage edits, each stage is asked once, through _stage_edits alone:
    # the whole-text reading no longer goes through _edits_on (a call per stage per text).
    pipeline = default_pipeline()
    calls: dict[str, int] = {}
    for name in ("_stage_edits", "_edits_on"):
        original = getattr(_Pipeline, name)

        def counted(self, *args, _original=original, _name=name, **kwargs):  # type: ignore[no-untyped-def]
            calls[_name] = calls.get(_name, 0) + 1
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(_Pipeline, name, counted)
    texts = [
        "The council met on Tuesday and agreed the budget.",  # ASCII English
        "Der Rat tagte am Dienstag und beschloss den Haushalt.\n\nThe council agreed.",  # two languages
        "Совет собрался во вторник.",  # Cyrillic
    ]
    for text in texts:
        calls.clear()
        assert pipeline(text) == text
        assert calls == {"_stage_edits": len(pipeline.normalizers)}, text
