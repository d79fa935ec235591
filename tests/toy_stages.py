"""Toy stages for the pipeline's own tests: small normalizers whose edits feed each other."""

from __future__ import annotations

from textmend.edits import Edit
from textmend.normalizer import Normalizer


class Swap(Normalizer):
    """Replaces every ``old`` character by ``new``, recording each text it was given (``read``):
    chained, two swaps make work for each other (``@`` -> ``#`` then ``#`` -> ``&``)."""

    name = "swap"

    def __init__(self, old: str, new: str, name: str) -> None:
        super().__init__()
        self.old_char, self.new_char, self.name = old, new, name  # type: ignore[misc]
        self.read: list[str] = []

    def may_edit(self, text: str) -> bool:
        return self.old_char in text

    def find_edits(self, text: str) -> list[Edit]:
        self.read.append(text)
        return [self.edit(text, i, i + 1, self.new_char, "swap") for i, ch in enumerate(text) if ch == self.old_char]
