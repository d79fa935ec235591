"""Compose normalizers; run them with or without bookkeeping."""

from __future__ import annotations

import logging
from typing import Callable, Iterable, Literal, Sequence

from .edits import Edit, apply_edits, check_edits, compose_edits
from .normalizer import Normalizer
from .result import Result

__all__ = ["CONFIDENCE_LEVELS", "Pipeline"]

log = logging.getLogger("textmend")

OnError = Literal["skip", "raise"]

#: Named thresholds for :class:`Pipeline`'s ``confidence``: an edit whose
#: confidence is below the threshold is not made.  ``"default"`` is tuned for
#: precision first (docs/benchmarks.md shows precision and recall at each).
CONFIDENCE_LEVELS: dict[str, float] = {"strict": 0.9, "default": 0.5, "aggressive": 0.0}


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

    ``confidence`` is the least confidence an edit needs to be made: a number
    from 0 to 1 or one of :data:`CONFIDENCE_LEVELS` (``"strict"``,
    ``"default"``, ``"aggressive"``).

    >>> from textmend.normalizers.whitespace import Whitespace
    >>> p = Pipeline([Whitespace()])
    >>> p("a  b"), p.names
    ('a b', ('whitespace',))
    """

    def __init__(
        self,
        normalizers: Iterable[Normalizer],
        *,
        on_error: OnError = "skip",
        max_rounds: int = 3,
        confidence: float | str = "default",
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
        self.confidence = confidence
        self.min_confidence = _threshold(confidence)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(n.name for n in self.normalizers)

    def _options(self) -> tuple[object, ...]:
        return (self.on_error, self.max_rounds, self.min_confidence)

    def __repr__(self) -> str:
        opts = ""
        if self.on_error != "skip":
            opts += f", on_error={self.on_error!r}"
        if self.max_rounds != 3:
            opts += f", max_rounds={self.max_rounds}"
        if self.confidence != "default":
            opts += f", confidence={self.confidence!r}"
        return f"Pipeline([{', '.join(map(repr, self.normalizers))}]{opts})"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Pipeline)
            and self.normalizers == other.normalizers
            and self._options() == other._options()
        )

    def __hash__(self) -> int:
        return hash((self.normalizers, self._options()))

    def _derive(self, normalizers: Iterable[Normalizer]) -> "Pipeline":
        return Pipeline(normalizers, on_error=self.on_error, max_rounds=self.max_rounds, confidence=self.confidence)

    def only(self, names: Sequence[str]) -> "Pipeline":
        """A pipeline with just the named stages, in this pipeline's order."""
        self._check_names(names)
        return self._derive(n for n in self.normalizers if n.name in names)

    def skip(self, names: Sequence[str]) -> "Pipeline":
        """A pipeline without the named stages."""
        self._check_names(names)
        return self._derive(n for n in self.normalizers if n.name not in names)

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
                threshold = self.min_confidence
                if threshold > 0.0:
                    edits = [e for e in edits if e.confidence >= threshold]
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


def _threshold(confidence: float | str) -> float:
    """The numeric threshold of a ``confidence`` setting, validated."""
    if isinstance(confidence, str):
        try:
            return CONFIDENCE_LEVELS[confidence]
        except KeyError:
            raise ValueError(
                f"unknown confidence level {confidence!r}; use a number from 0 to 1 or one of: "
                + ", ".join(CONFIDENCE_LEVELS)
            ) from None
    if isinstance(confidence, bool) or not isinstance(confidence, (int, float)) or not 0.0 <= confidence <= 1.0:
        raise ValueError(f"confidence must be a number from 0 to 1 or a level name, not {confidence!r}")
    return float(confidence)
