"""Placeholder: encoding damage (UTF-8 read as Windows-1252) and leftover HTML entities (being built; finds nothing yet)."""

from __future__ import annotations

from ..edits import Edit
from ..normalizer import Normalizer


class Mojibake(Normalizer):
    """encoding damage (UTF-8 read as Windows-1252) and leftover HTML entities (not implemented yet)."""

    name = "mojibake"
    summary = "encoding damage (UTF-8 read as Windows-1252) and leftover HTML entities"

    def find_edits(self, text: str) -> list[Edit]:
        return []
