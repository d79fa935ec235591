"""Placeholder: accidentally repeated words (being built; finds nothing yet)."""

from __future__ import annotations

from ..edits import Edit
from ..normalizer import Normalizer


class RepeatedWords(Normalizer):
    """accidentally repeated words (not implemented yet)."""

    name = "repeats"
    summary = "accidentally repeated words"

    def find_edits(self, text: str) -> list[Edit]:
        return []
