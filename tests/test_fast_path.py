"""The fast path: ``Normalizer.may_edit`` and the pipeline's use of it.

``may_edit(text)`` may say ``True`` too often, never ``False`` wrongly: when it
says ``False``, ``find_edits`` finds nothing.  The pipeline then skips the
stage, and with it the language identification a ``lang="auto"`` stage needs.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import textmend.language as language
from textmend import Pipeline
from textmend.edits import Edit
from textmend.normalizer import Normalizer
from textmend.normalizers.invisible import Invisible
from textmend.normalizers.mojibake import Mojibake
from textmend.normalizers.repeats import RepeatedWords
from textmend.normalizers.whitespace import Whitespace

# Every character may turn up (all of Unicode), and the ones these stages read are
# drawn often enough that their combinations do too.
_READ = list(" \t\n\r\u00a0\u200b\u00ad\ufeff\u200e\x00\x0b&;#'’.,“”\"ÃâÂ€™©é") + ["the", "The", "a", "&amp;", "Ã©", "â€™"]
_TEXTS = st.lists(st.one_of(st.sampled_from(_READ), st.text(max_size=3)), max_size=30).map("".join)

_STAGES = [Invisible(), Mojibake(), Whitespace(), RepeatedWords(), RepeatedWords(lang="de"), Mojibake(unescape_html=False)]


@pytest.mark.parametrize("stage", _STAGES, ids=repr)
@given(text=_TEXTS)
def test_may_edit_false_means_no_edits(stage: Normalizer, text: str) -> None:
    if not stage.may_edit(text):
        assert stage.find_edits(text) == []


@pytest.mark.parametrize(
    "stage, damaged",
    [
        (Invisible(), "a\x00b"),
        (Mojibake(), "donâ€™t"),
        (Mojibake(), "Tom &amp; Jerry"),
        (Whitespace(), "a  b"),
        (RepeatedWords(), "what what Russia"),
    ],
    ids=repr,
)
def test_may_edit_true_where_there_is_damage(stage: Normalizer, damaged: str) -> None:
    assert stage.may_edit(damaged)
    assert stage.find_edits(damaged)


class _Recording(Normalizer):
    """A stage that records the texts it was asked to repair; it has candidates
    only where the text holds a "#"."""

    name = "recording"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.asked: list[str] = []

    def may_edit(self, text: str) -> bool:
        return "#" in text

    def find_edits(self, text: str) -> list[Edit]:
        self.asked.append(text)
        at = text.find("#")
        return [] if at < 0 else [self.edit(text, at, at + 1, "", "a hash")]


def test_pipeline_skips_a_stage_without_candidates() -> None:
    stage = _Recording(lang="en")
    pipeline = Pipeline([stage])
    assert pipeline("nothing to do here") == "nothing to do here"
    assert stage.asked == []
    assert pipeline("one # here") == "one  here"
    assert stage.asked == ["one # here"]


def test_no_identification_when_no_language_aware_stage_may_edit(monkeypatch) -> None:
    def fail(*args, **kwargs):
        raise AssertionError("identified the language of a text no language-aware stage looks at")

    # (what the pipeline calls to identify a text: identify_spans without its LanguageSpan objects)
    monkeypatch.setattr(language, "_paragraph_languages", fail)
    # invisible is language-blind: its repair needs no language (whitespace's one-letter
    # binding is a language's typography, so a space run does wake the identifier).
    pipeline = Pipeline([Invisible(lang="auto"), RepeatedWords(lang="auto"), _Recording(lang="auto")], on_error="raise")
    assert pipeline("Two\x01 spaces, and no double word.") == "Two spaces, and no double word."
    with pytest.raises(AssertionError, match="identified"):
        pipeline("A double double word and a # mark.")


_DAMAGE = ["Ã©", "â€™", "Ã", "â€", "Â ", "\x80", "\x9d", "&amp;", "&eacute;", "&#8217;", "<b>", "\n", " ", "é", "’", "ë°¤", "Ð’"]
_DAMAGED_TEXTS = st.lists(st.one_of(st.sampled_from(_DAMAGE), st.text(max_size=2)), max_size=40).map("".join)


@pytest.mark.parametrize("stage", [Mojibake(), Mojibake(unescape_html=True), Mojibake(normalization="NFC")], ids=repr)
@given(text=_DAMAGED_TEXTS)
def test_mojibake_rereading_changed_lines_is_rereading_everything(stage: Mojibake, text: str) -> None:
    # The settle loop rereads only the lines a repair changed; reading the whole text
    # each round must give the same edits.
    from textmend.edits import settle
    from textmend.normalizers import mojibake

    assert stage.find_edits(text) == settle(text, stage._find_once, mojibake._MAX_ROUNDS)
