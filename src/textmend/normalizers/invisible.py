"""Placeholder: control characters, stray BOMs and purposeless directional marks (being built; finds nothing yet)."""

from __future__ import annotations

from ..edits import Edit
from ..normalizer import Normalizer


class Invisible(Normalizer):
    """control characters, stray BOMs and purposeless directional marks (not implemented yet)."""

    name = "invisible"
    summary = "control characters, stray BOMs and purposeless directional marks"

    def find_edits(self, text: str) -> list[Edit]:
        return []
