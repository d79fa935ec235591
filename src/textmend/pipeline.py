"""Compose normalizers; run them with or without bookkeeping."""

from __future__ import annotations

import logging
from typing import Iterable, Literal, Sequence

from .edits import Edit, apply_edits, check_edits, compose_edits
from .normalizer import Normalizer
from .result import Result

__all__ = ["Pipeline"]

log = logging.getLogger("textmend")

OnError = Literal["skip", "raise"]


class Pipeline:
    """An ordered tuple of normalizers, applied one after the other.

    ``pipeline(text)`` is the fast path: it only splices.  ``pipeline.mend(text)``
    also composes every stage's edits against the original text and returns a
    :class:`~textmend.Result`.

    ``on_error`` decides what a bug in one normalizer costs: ``"skip"`` (the
    default, for corpus jobs) logs it and leaves that stage's input as it was;
    ``"raise"`` lets the exception through (for tests and debugging).

    >>> from textmend.normalizers.whitespace import Whitespace
    >>> p = Pipeline([Whitespace()])
    >>> p("a  b"), p.names
    ('a b', ('whitespace',))
    """

    def __init__(self, normalizers: Iterable[Normalizer], *, on_error: OnError = "skip") -> None:
        self.normalizers: tuple[Normalizer, ...] = tuple(normalizers)
        for n in self.normalizers:
            if not isinstance(n, Normalizer):
                raise TypeError(f"{n!r} is not a textmend Normalizer")
        names = [n.name for n in self.normalizers]
        dupes = sorted({x for x in names if names.count(x) > 1})
        if dupes:
            raise ValueError(f"normalizer names must be unique in a pipeline, repeated: {', '.join(dupes)}")
        if on_error not in ("skip", "raise"):
            raise ValueError(f"on_error must be 'skip' or 'raise', not {on_error!r}")
        self.on_error: OnError = on_error

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(n.name for n in self.normalizers)

    def __repr__(self) -> str:
        return f"Pipeline([{', '.join(map(repr, self.normalizers))}])"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Pipeline) and self.normalizers == other.normalizers

    def __hash__(self) -> int:
        return hash(self.normalizers)

    def only(self, names: Sequence[str]) -> "Pipeline":
        """A pipeline with just the named stages, in this pipeline's order."""
        self._check_names(names)
        return Pipeline([n for n in self.normalizers if n.name in names], on_error=self.on_error)

    def skip(self, names: Sequence[str]) -> "Pipeline":
        """A pipeline without the named stages."""
        self._check_names(names)
        return Pipeline([n for n in self.normalizers if n.name not in names], on_error=self.on_error)

    def _check_names(self, names: Sequence[str]) -> None:
        unknown = [x for x in names if x not in self.names]
        if unknown:
            raise ValueError(
                f"unknown normalizer {', '.join(map(repr, unknown))}; this pipeline has: {', '.join(self.names)}"
            )

    def _stage_edits(self, normalizer: Normalizer, text: str) -> list[Edit]:
        try:
            edits = normalizer.find_edits(text)
            if edits:
                check_edits(text, edits)
            return edits
        except Exception:
            if self.on_error == "raise":
                raise
            log.exception("textmend: normalizer %r failed; its stage was skipped for this text", normalizer.name)
            return []

    def __call__(self, text: str) -> str:
        if not isinstance(text, str):
            raise TypeError(f"textmend cleans str, not {type(text).__name__}")
        for normalizer in self.normalizers:
            edits = self._stage_edits(normalizer, text)
            if edits:
                text = apply_edits(text, edits)
        return text

    def mend(self, text: str) -> Result:
        """Clean ``text`` and explain every change against the original."""
        if not isinstance(text, str):
            raise TypeError(f"textmend cleans str, not {type(text).__name__}")
        current = text
        composed: list[Edit] = []
        for normalizer in self.normalizers:
            edits = self._stage_edits(normalizer, current)
            if edits:
                composed = compose_edits(text, composed, current, edits)
                current = apply_edits(current, edits)
        return Result(text, current, tuple(composed))
