"""Compose normalizers; run them with or without bookkeeping."""

from __future__ import annotations

import dataclasses
import logging
from typing import Callable, Iterable, Literal, Sequence

from .edits import Edit, apply_edits, check_edits, compose_edits
from .language import UNDETERMINED
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
        # (id of a lang="auto" stage, language) -> that stage built for the language.
        self._per_language: dict[tuple[int, str], Normalizer | None] = {}

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

    def _stage_edits(self, normalizer: Normalizer, text: str, languages: "_Languages") -> list[Edit]:
        try:
            # The fast path: a stage with no candidate in the text costs one cheap scan,
            # and is not run once per language nor given the paragraphs' languages.
            if not normalizer.may_edit(text):
                return []
            if normalizer.language_blind or getattr(normalizer, "lang", None) != "auto":
                edits = normalizer.find_edits(text)
            else:
                edits = self._edits_by_language(normalizer, text, languages)
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

    def _edits_by_language(self, normalizer: Normalizer, text: str, languages: "_Languages") -> list[Edit]:
        """The edits of a ``lang="auto"`` stage: each paragraph judged in its own language.

        A paragraph whose language is unsure is judged as ``"und"`` (undetermined):
        only the repairs that need no language.
        """
        groups = languages.groups(text)
        if len(groups) == 1:
            ((lang, spans),) = groups.items()
            stage = self._for_language(normalizer, lang or UNDETERMINED)
            if stage is None:
                return []
            if spans == [(0, len(text))]:
                return stage.find_edits(text)
        edits: list[Edit] = []
        for lang, spans in groups.items():
            stage = self._for_language(normalizer, lang or UNDETERMINED)
            if stage is None:
                continue
            # Each language reads a window around its own paragraphs, not the whole text:
            # a document of ten languages would otherwise be read ten times over.
            for start, end, inside in _windows(spans):
                window = text[start:end]
                for e in stage.find_edits_within(window, [(s - start, t - start) for s, t in inside]):
                    edits.append(e.shifted(e.start + start, e.end + start, e.old))
        edits.sort(key=lambda e: (e.start, e.end))
        return edits

    def _for_language(self, normalizer: Normalizer, lang: str) -> Normalizer | None:
        """``normalizer`` with ``lang`` in place of ``"auto"``, built once per pipeline.

        ``None`` when it cannot be built for that language (``curly`` knows the
        marks of a few): it does not run on that language's paragraphs.
        """
        key = (id(normalizer), lang)
        if key not in self._per_language:
            try:
                found: Normalizer | None = type(normalizer)(dataclasses.replace(normalizer.options, lang=lang))
            except ValueError:
                found = None
            self._per_language[key] = found
        return self._per_language[key]

    def _settle(self, text: str, on_edits: Callable[[str, list[Edit]], None]) -> str:
        """Run the stages in turn until every one of them has seen the final text.

        One pass is enough for most texts.  When a stage's repair gives an
        earlier stage something new to do (a split word next to a space run),
        the earlier stages run again, up to ``max_rounds`` passes in all:
        so ``clean(clean(x)) == clean(x)`` holds for the pipeline, not only for
        each normalizer.  Stages that already ran on the final text are not rerun.
        When the rounds run out first, the text is returned as it stands and a
        warning names the paragraph that would not settle.
        """
        stages = self.normalizers
        n = len(stages)
        settled = 0  # stages in a row that found nothing to do in the current text
        budget = n * self.max_rounds
        languages = _Languages(text)
        i = 0
        last: tuple[str, list[Edit]] | None = None
        while settled < n and budget > 0:
            edits = self._stage_edits(stages[i], text, languages)
            if edits:
                on_edits(text, edits)
                last = (stages[i].name, edits)
                text = apply_edits(text, edits)
                settled = 1  # a normalizer's own output is a fixed point for it
            else:
                settled += 1
            budget -= 1
            i = (i + 1) % n
        if settled < n and last is not None:
            name, edits = last
            where = edits[0].start
            line = text.count("\n", 0, where) + 1
            start = text.rfind("\n", 0, where) + 1
            end = text.find("\n", where)
            snippet = text[start : end if end >= 0 else len(text)][:80]
            log.warning(
                "textmend: the pipeline did not settle in %d rounds; %r still edits line %d: %r",
                self.max_rounds, name, line, snippet,
            )
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


def _windows(spans: list[tuple[int, int]]) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """Spans of one language gathered into windows ``(start, end, spans inside)``.

    Two neighbouring spans share a window when the text between them is no longer
    than the two together, so a window is read at most about twice over while
    paragraphs of one language interleaved with short quotes in another keep each
    other's company (the document's vocabulary, a quotation's next paragraph).
    """
    windows: list[tuple[int, int, list[tuple[int, int]]]] = []
    for start, end in spans:
        if windows:
            w_start, w_end, inside = windows[-1]
            gap = start - w_end
            if gap <= (w_end - w_start) + (end - start):
                inside.append((start, end))
                windows[-1] = (w_start, end, inside)
                continue
        windows.append((start, end, [(start, end)]))
    return windows


class _Languages:
    """The language of each paragraph of a document, identified once.

    Stages keep a text's line breaks, so a later version of the text has the same
    paragraphs in the same order: their languages are read again only when the
    count of paragraphs moved (a blank line whose spaces were removed).
    """

    def __init__(self, original: str) -> None:
        self._original = original
        self._langs: list[str | None] | None = None
        self._cache: tuple[str, dict[str | None, list[tuple[int, int]]]] | None = None

    def groups(self, text: str) -> dict[str | None, list[tuple[int, int]]]:
        """language (``None``: unsure) -> the spans of ``text``'s paragraphs in it."""
        if self._cache is not None and self._cache[0] is text:
            return self._cache[1]
        from .language import identify_spans, paragraph_spans

        if self._langs is None:
            self._langs = [span.lang for span in identify_spans(self._original)]
        paragraphs = paragraph_spans(text)
        if len(paragraphs) != len(self._langs):
            self._langs = [span.lang for span in identify_spans(text)]
            paragraphs = paragraph_spans(text)
        # Each paragraph's span reaches to the next one's start, so the spans cover the
        # text and an edit in the space between two paragraphs belongs to the first.
        starts = [0] + [start for start, _ in paragraphs[1:]]
        ends = starts[1:] + [len(text)]
        groups: dict[str | None, list[tuple[int, int]]] = {}
        for start, end, lang in zip(starts, ends, self._langs):
            spans = groups.setdefault(lang, [])
            if spans and spans[-1][1] == start:
                spans[-1] = (spans[-1][0], end)  # neighbours in one language make one span
            else:
                spans.append((start, end))
        self._cache = (text, groups)
        return groups
