"""The normalizer contract: one kind of damage, found and explained as edits."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar

from .edits import Edit, apply_edits

__all__ = ["Normalizer"]


class Normalizer(ABC):
    """A small, pure, deterministic repair for one kind of damage.

    Subclasses set a stable ``name`` and a one-line ``summary`` and implement
    :meth:`find_edits`, which returns sorted, disjoint edits against the text
    it was given (an empty list when there is nothing to do; that answer
    should come from a cheap scan).  ``removes_content`` declares that the
    normalizer may take letters or digits out (a repeated word, a control
    character); normalizers that only move spaces and punctuation leave it
    ``False``, and the property tests hold them to it.

    A normalizer is also a plain ``str -> str`` function:

    >>> from textmend.normalizers.whitespace import Whitespace
    >>> Whitespace()("two  spaces ")
    'two spaces'
    """

    name: ClassVar[str] = ""
    summary: ClassVar[str] = ""
    removes_content: ClassVar[bool] = False

    @abstractmethod
    def find_edits(self, text: str) -> list[Edit]:
        """Sorted, disjoint edits that repair ``text``; ``[]`` when it is fine."""

    def __call__(self, text: str) -> str:
        return apply_edits(text, self.find_edits(text))

    def edit(self, text: str, start: int, end: int, new: str, reason: str, confidence: float = 1.0) -> Edit:
        """An :class:`Edit` of this normalizer replacing ``text[start:end]``."""
        return Edit(start, end, text[start:end], new, self.name, reason, confidence)

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and vars(self) == vars(other)

    def __hash__(self) -> int:
        return hash((type(self), tuple(sorted(vars(self).items()))))
