"""Compose normalizers; run them with or without bookkeeping."""

from __future__ import annotations

import logging
from typing import Callable, Iterable, Literal, Sequence

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

    Stages rerun until none of them finds anything more (at most ``max_rounds``
    passes), so the pipeline as a whole is idempotent.

    ``on_error`` decides what a bug in one normalizer costs: ``"skip"`` (the
    default, for corpus jobs) logs it and leaves that stage's input as it was;
    ``"raise"`` lets the exception through (for tests and debugging).

    >>> from textmend.normalizers.whitespace import Whitespace
    >>> p = Pipeline([Whitespace()])
    >>> p("a  b"), p.names
    ('a b', ('whitespace',))
    """

    def __init__(
        self, normalizers: Iterable[Normalizer], *, on_error: OnError = "skip", max_rounds: int = 3
    ) -> None:
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
        if max_rounds < 1:
            raise ValueError(f"max_rounds must be at least 1, not {max_rounds}")
        self.max_rounds = max_rounds

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
        return Pipeline(
            [n for n in self.normalizers if n.name in names], on_error=self.on_error, max_rounds=self.max_rounds
        )

    def skip(self, names: Sequence[str]) -> "Pipeline":
        """A pipeline without the named stages."""
        self._check_names(names)
        return Pipeline(
            [n for n in self.normalizers if n.name not in names], on_error=self.on_error, max_rounds=self.max_rounds
        )

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

    def _settle(self, text: str, on_edits: Callable[[str, list[Edit]], None]) -> str:
        """Run the stages in turn until every one of them has seen the final text.

        One pass is enough for most texts.  When a stage's repair gives an
        earlier stage something new to do (a split word next to a space run),
        the earlier stages run again, up to ``max_rounds`` passes in all:
        so ``clean(clean(x)) == clean(x)`` holds for the pipeline, not only for
        each normalizer.  Stages that already ran on the final text are not rerun.
        """
        stages = self.normalizers
        n = len(stages)
        settled = 0  # stages in a row that found nothing to do in the current text
        budget = n * self.max_rounds
        i = 0
        while settled < n and budget > 0:
            edits = self._stage_edits(stages[i], text)
            if edits:
                on_edits(text, edits)
                text = apply_edits(text, edits)
                settled = 1  # a normalizer's own output is a fixed point for it
            else:
                settled += 1
            budget -= 1
            i = (i + 1) % n
        return text

    def __call__(self, text: str) -> str:
        if not isinstance(text, str):
            raise TypeError(f"textmend cleans str, not {type(text).__name__}")
        if not self.normalizers:
            return text
        return self._settle(text, lambda current, edits: None)

    def mend(self, text: str) -> Result:
        """Clean ``text`` and explain every change against the original."""
        if not isinstance(text, str):
            raise TypeError(f"textmend cleans str, not {type(text).__name__}")
        composed: list[Edit] = []

        def record(current: str, edits: list[Edit]) -> None:
            composed[:] = compose_edits(text, composed, current, edits)

        final = self._settle(text, record) if self.normalizers else text
        return Result(text, final, tuple(composed))
