"""``may_edit`` of fused, quotes and punctuation: never ``False`` where the stage edits.

The pipeline skips a stage whose ``may_edit`` says ``False`` (and, when no
language-aware stage may edit, the language identification), so a wrong
``False`` would hide a repair.  Checked on the property tests' strategies, on
strings dense in what these stages read, and on every paragraph, sentence and
word of the dev corpus (whole articles always have candidates; their pieces
often do not, which is where a wrong ``False`` would show).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpus import paragraphs as corpus_paragraphs
from test_properties import damaged, paragraphs, texts
from textmend.normalizer import Normalizer
from textmend.normalizers.fused import FusedTokens
from textmend.normalizers.punctuation import PunctuationSpacing
from textmend.normalizers.quotes import Quotes

# Several languages: may_edit answers for every language a lang="auto" stage is built for.
_STAGES = [
    FusedTokens(), FusedTokens(lang="de"), FusedTokens(lang="ru"), FusedTokens(lang="fr"),
    Quotes(), Quotes(lang="sv"), Quotes(lang="de"),
    PunctuationSpacing(), PunctuationSpacing(lang="fr"), PunctuationSpacing(lang="ru"),
]

# Short pieces around what the three stages read: letters, digits, case seams, marks, spaces.
_READ = list("aAbBzZ019 .,;:!?()[]…—–\"'`´′“”‘’„‚«»\n\t\u00a0") + [
    "the", "The", "so", "I", "thé", "Ж", "жи", "ΑΒ", "日", "2019", "NATO", "anotherso", "way“So", "it’s", ",,",
]
_DENSE = st.lists(st.one_of(st.sampled_from(_READ), st.text(max_size=2)), max_size=12).map("".join)


def _check(stage: Normalizer, text: str) -> None:
    if not stage.may_edit(text):
        assert stage.find_edits(text) == [], f"{stage!r}.may_edit said False on {text!r}"


@pytest.mark.parametrize("stage", _STAGES, ids=repr)
@given(text=st.one_of(texts, _DENSE))
def test_may_edit_false_means_no_edits(stage: Normalizer, text: str) -> None:
    _check(stage, text)


@pytest.mark.parametrize("stage", _STAGES, ids=repr)
@given(para=st.one_of(paragraphs(), damaged("missing-space-after-period"), damaged("space-before-comma"), damaged("flipped-closing-quote")))
def test_may_edit_false_means_no_edits_on_paragraphs(stage: Normalizer, para: str | tuple[str, str]) -> None:
    text = para[1] if isinstance(para, tuple) else para  # the damaged one
    _check(stage, text)


def _pieces() -> list[str]:
    """Every paragraph, sentence, clause and token of the dev corpus, once each."""
    seen: dict[str, None] = {}
    for _, _, para in corpus_paragraphs():
        seen[para] = None
        for sentence in re.split(r"(?<=[.!?])\s+", para):
            seen[sentence] = None
            for clause in re.split(r"\s*[,;]\s*", sentence):
                seen[clause] = None
            for token in sentence.split():
                seen[token] = None
    return list(seen)


@pytest.mark.parametrize("stage", _STAGES, ids=repr)
def test_may_edit_false_means_no_edits_on_the_corpus(stage: Normalizer) -> None:
    for text in _pieces():
        _check(stage, text)


@pytest.mark.parametrize(
    "stage, clean",
    [
        (FusedTokens(), "12 34, 56."),
        (Quotes(), "No quotation marks here."),
        (PunctuationSpacing(), "Nothing to space here"),
    ],
    ids=repr,
)
def test_may_edit_false_without_candidates(stage: Normalizer, clean: str) -> None:
    # The test is worth having only if it says False somewhere.
    assert not stage.may_edit(clean)


@pytest.mark.parametrize(
    "stage, damaged_text",
    [
        (FusedTokens(), "anotherso seeing"),
        (FusedTokens(), "November 18, 2019The latest"),
        (Quotes(), "“a chance“, he said."),
        (PunctuationSpacing(), "it ,and"),
    ],
    ids=repr,
)
def test_may_edit_true_where_there_is_damage(stage: Normalizer, damaged_text: str) -> None:
    assert stage.may_edit(damaged_text)
    assert stage.find_edits(damaged_text)
