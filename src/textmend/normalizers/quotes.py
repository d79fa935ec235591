"""Placeholder: wrong-direction, unbalanced and badly spaced quotation marks (being built; finds nothing yet)."""

from __future__ import annotations

from ..edits import Edit
from ..normalizer import Normalizer


class Quotes(Normalizer):
    """wrong-direction, unbalanced and badly spaced quotation marks (not implemented yet)."""

    name = "quotes"
    summary = "wrong-direction, unbalanced and badly spaced quotation marks"

    def find_edits(self, text: str) -> list[Edit]:
        return []
