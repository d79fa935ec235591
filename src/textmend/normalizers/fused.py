"""Placeholder: split words that scraping glued together (being built; finds nothing yet)."""

from __future__ import annotations

from ..edits import Edit
from ..normalizer import Normalizer


class FusedTokens(Normalizer):
    """split words that scraping glued together (not implemented yet)."""

    name = "fused"
    summary = "split words that scraping glued together"

    def find_edits(self, text: str) -> list[Edit]:
        return []
