"""Placeholder: no space before closing punctuation, one after sentence punctuation (being built; finds nothing yet)."""

from __future__ import annotations

from ..edits import Edit
from ..normalizer import Normalizer


class PunctuationSpacing(Normalizer):
    """no space before closing punctuation, one after sentence punctuation (not implemented yet)."""

    name = "punctuation"
    summary = "no space before closing punctuation, one after sentence punctuation"

    def find_edits(self, text: str) -> list[Edit]:
        return []
