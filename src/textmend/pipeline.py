"""Compose normalizers; run them with or without bookkeeping."""

from __future__ import annotations

import dataclasses
import logging
from bisect import bisect_right
from contextlib import nullcontext
from typing import Callable, Iterable, Literal, Sequence

from . import language
from .analysis import NEVER_TEXT_NOTES, TextFacts, never_text_message, note_never_text, reading, text_facts
from .edits import Edit, Row, apply_rows, check_rows, compose_edits, row_edit
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
    ``"raise"`` lets the exception through (for tests and debugging).  A
    ``MemoryError`` always goes through: it is the machine's failure, and a
    skipped stage would pass the text on as if it had nothing to repair.

    ``confidence`` is the least confidence an edit needs to be made: a number
    from 0 to 1 or one of :data:`CONFIDENCE_LEVELS` (``"strict"``,
    ``"default"``, ``"aggressive"``).

    >>> from textmend.normalizers.whitespace import Whitespace
    >>> p = Pipeline([Whitespace()])
    >>> p("a  b"), p.names
    ('a b', ('whitespace',))
    """

    #: Characters of context either side of a changed paragraph that a stage reads
    #: again when a later stage changed it (see :meth:`_settle`).
    REREAD_CONTEXT: int = 2000

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
        # id of a stage -> whether it is run paragraph by paragraph in each one's language,
        # answered once: ``lang`` is an option read through Normalizer.__getattr__, a
        # Python call for every stage of every text otherwise.
        self._by_language: dict[int, bool] = {id(n): _judged_by_language(n) for n in self.normalizers}

    def __getstate__(self) -> dict[str, object]:
        # The caches are keyed by the identity of this process's normalizers: in the process
        # that unpickles the pipeline a stale id could name another stage.  They are rebuilt there.
        state = self.__dict__.copy()
        state["_per_language"] = {}
        state.pop("_by_language", None)
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._per_language = {}
        self._by_language = {id(n): _judged_by_language(n) for n in self.normalizers}

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

    def _stage_edits(
        self, normalizer: Normalizer, text: str, languages: "_Languages", regions: "list[_Region] | None" = None
    ) -> list[Row]:
        """The stage's edits on ``text``, checked and filtered by confidence, as rows
        (:data:`~textmend.edits.Row`: no :class:`Edit` is made unless ``mend`` asks).

        ``regions``: read only these windows of the text, and keep only the edits
        inside their spans (see :meth:`_settle`); ``None``: the whole text.
        """
        try:
            if normalizer.leaves_never_text and not text.isascii():
                # One answer per text (the shared analysis); only a text holding such
                # lines pays for reading around them.  (An ASCII text holds none: no
                # character of U+0080-U+00FF, never_text_spans' first test; isascii is a
                # flag of the string, so such a text skips the shared analysis' lookup.)
                never_text = text_facts(text).never_text_spans()
                if never_text:
                    note_never_text(normalizer.name, len(never_text), never_text[0][0])
                    regions = _outside(text, regions, never_text)
                    if not regions:
                        return []
            if regions is None:
                # The first reading of a text (most calls): _edits_on's whole-text case written
                # out, one Python call per stage and text fewer, and no window bookkeeping.
                if not normalizer.may_edit(text):
                    return []
                by_language = self._by_language.get(id(normalizer))
                if by_language is None:  # not one of this pipeline's stages
                    by_language = _judged_by_language(normalizer)
                if not by_language:
                    edits = normalizer._find_rows(text)
                else:
                    # One language throughout (most texts): the stage built for it reads the
                    # whole text, as _edits_by_language would have it, without that call.
                    groups = languages.groups(text)
                    one_language = False
                    if len(groups) == 1:
                        ((lang, spans),) = groups.items()
                        one_language = spans == [(0, len(text))]
                    if one_language:
                        stage = self._per_language.get((id(normalizer), lang or UNDETERMINED), _UNBUILT)
                        if stage is _UNBUILT:
                            stage = self._for_language(normalizer, lang or UNDETERMINED)
                        if stage is None:
                            return []
                        edits = stage._find_rows(text)  # type: ignore[attr-defined]
                    else:
                        edits = self._edits_by_language(normalizer, text, languages)
            else:
                edits = []
                for w_start, w_end, inside in regions:
                    edits.extend(self._edits_on(normalizer, text, languages, w_start, w_end, inside))
            if edits:
                check_rows(text, edits)
                threshold = self.min_confidence
                if threshold > 0.0:
                    edits = [r for r in edits if r[6] >= threshold]
            return edits
        except MemoryError:
            # The machine, not the normalizer, failed: skipping the stage would hand back the
            # text unrepaired as if it were clean (the command's --diff printed nothing, exit 0).
            raise
        except Exception:
            if self.on_error == "raise":
                raise
            log.exception("textmend: normalizer %r failed; its stage was skipped for this text", normalizer.name)
            return []

    def _edits_on(
        self,
        normalizer: Normalizer,
        text: str,
        languages: "_Languages",
        w_start: int,
        w_end: int,
        inside: list[tuple[int, int]] | None,
    ) -> list[Row]:
        """The edits (rows) of one stage in ``text[w_start:w_end]``, against ``text``.

        ``inside`` (absolute spans): only the edits there are kept; ``None``: all of them.
        """
        window = text if (w_start, w_end) == (0, len(text)) else text[w_start:w_end]
        # The fast path: a stage with no candidate in the text costs one cheap scan,
        # and is not run once per language nor given the paragraphs' languages.
        if not normalizer.may_edit(window):
            return []
        by_language = self._by_language.get(id(normalizer))
        if by_language is None:  # not one of this pipeline's stages
            by_language = _judged_by_language(normalizer)
        if not by_language:
            if inside is None:
                found = normalizer._find_rows(window)
            else:
                # A window of the text (a reread, or the text less its lines of bytes): what the
                # whole text says is the text's, not the window's (see analysis.reading).
                with reading(window, languages.document_facts(text), w_start) if window is not text else nullcontext():
                    found = normalizer._find_rows_within(window, [(a - w_start, b - w_start) for a, b in inside])
        else:
            found = self._edits_by_language(normalizer, text, languages, w_start, w_end, inside)
        if w_start and found:
            found = [(r[0] + w_start, r[1] + w_start) + r[2:] for r in found]
        return found

    def _edits_by_language(
        self,
        normalizer: Normalizer,
        text: str,
        languages: "_Languages",
        w_start: int = 0,
        w_end: int | None = None,
        inside: list[tuple[int, int]] | None = None,
    ) -> list[Row]:
        """The edits (rows) of a ``lang="auto"`` stage: each paragraph judged in its own language.

        A paragraph whose language is unsure is judged as ``"und"`` (undetermined):
        only the repairs that need no language.  With a window ``[w_start, w_end)``
        of ``text`` (and the spans ``inside`` it where edits may be), each language
        reads only its paragraphs within the window.  The edits are against ``text``
        when the window starts at 0, otherwise against the window.
        """
        groups = languages.groups(text)
        if w_end is None:
            w_end = len(text)
        whole = (w_start, w_end) == (0, len(text)) and inside is None
        if whole and len(groups) == 1:
            ((lang, spans),) = groups.items()
            stage = self._for_language(normalizer, lang or UNDETERMINED)
            if stage is None:
                return []
            if spans == [(0, len(text))]:
                return stage._find_rows(text)
        edits: list[Row] = []
        for lang, spans in groups.items():
            # The windows the first pass reads this language's paragraphs in: each is the
            # document of the paragraphs inside it (its vocabulary, its qualifiers), also
            # when a reread reads only part of it.
            units = None
            if not whole:
                units = languages.units(text, lang, spans)
                spans = _clip(spans, w_start, w_end)
                if not spans:
                    continue
            stage = self._for_language(normalizer, lang or UNDETERMINED)
            if stage is None:
                continue
            # Each language reads a window around its own paragraphs, not the whole text:
            # a document of ten languages would otherwise be read ten times over.
            for start, end, within in _windows(spans):
                if inside is not None:
                    within = _intersect(within, inside)
                    if not within:
                        continue
                window = text[start:end]
                shift = start - w_start
                found = None if units is None else languages.unit_facts(text, units, start, end)
                with reading(window, found[0], start - found[1]) if found is not None else nullcontext():
                    for r in stage._find_rows_within(window, [(s - start, t - start) for s, t in within]):
                        edits.append((r[0] + shift, r[1] + shift) + r[2:])
        edits.sort(key=_row_span)
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

    def _settle(self, text: str, on_edits: Callable[[str, list[Row]], None]) -> str:
        """Run the stages in turn until every one of them has seen the final text.

        One pass is enough for most texts.  When a stage's repair gives an
        earlier stage something new to do (a split word next to a space run),
        the earlier stages run again, up to ``max_rounds`` passes in all:
        so ``clean(clean(x)) == clean(x)`` holds for the pipeline, not only for
        each normalizer.  Stages that already ran on the final text are not rerun.
        When the rounds run out first, the text is returned as it stands and a
        warning names the paragraph that would not settle.

        Settle only what changed: a stage that runs again reads only what changed
        since it last ran (the changed paragraphs, with ``REREAD_CONTEXT``
        characters of context either side), unless that is most of the text; so
        one repair in a 10 MB document does not cost six more readings of all of it.
        """
        # What the stages leave alone as bytes that never were text is said once for the
        # text, in one log line naming them, not once per stage and round.
        notes: list[tuple[str, int, int, bool]] = []
        token = NEVER_TEXT_NOTES.set(notes)
        try:
            return self._rounds(text, on_edits)
        finally:
            NEVER_TEXT_NOTES.reset(token)
            if notes:
                log.warning("%s", never_text_message(notes))

    def _rounds(self, text: str, on_edits: Callable[[str, list[Row]], None]) -> str:
        """The stages of :meth:`_settle`, in turn, until the text settles."""
        stages = self.normalizers
        n = len(stages)
        languages = _Languages(text)
        # The first pass, while no stage has edited (all of it on most texts): each stage
        # reads the whole text once, without the bookkeeping below.  The loop below would
        # do the same: the first n steps read the original whole, fit in any budget
        # (max_rounds >= 1), and each stage that found nothing counts towards ``settled``.
        edits: list[Row] = []
        i = 0
        while i < n:
            edits = self._stage_edits(stages[i], text, languages)
            if edits:
                break
            i += 1
        else:
            return text  # every stage has seen the text and found it as it wants it
        settled = i  # stages in a row that found nothing to do in the current text
        budget = n * self.max_rounds - i
        # What each stage has not seen yet: None, the whole text (it has not run);
        # otherwise the spans of the current text changed since it last ran.
        unseen: list[list[tuple[int, int]] | None] = [[] for _ in range(i)] + [None] * (n - i)
        # The last stage that edited and where its first edit was: not its edits, which
        # would keep a dense text's hundreds of thousands of repairs alive while the next
        # stages make theirs.
        last: tuple[str, int] | None = None
        first = True  # stage i's edits on the whole text are in hand
        while settled < n and budget > 0:
            todo = unseen[i]
            if first:
                first = False
            elif todo is None:
                edits = self._stage_edits(stages[i], text, languages)
            elif not todo:
                edits = []  # it has seen this very text and found it as it wants it
            else:
                edits = self._stage_edits(stages[i], text, languages, _regions(text, todo, self.REREAD_CONTEXT))
            unseen[i] = []
            if edits:
                on_edits(text, edits)
                last = (stages[i].name, edits[0][0])
                if len(edits) * 4 * self.REREAD_CONTEXT > len(text) and len(edits) > 64:
                    # Changes everywhere (a space run between every word): the stages read
                    # it all again, without the bookkeeping of where.
                    unseen = [None if k != i else [] for k in range(n)]
                else:
                    changed = _changed_row_spans(edits)
                    for k in range(n):
                        if k != i and unseen[k] is not None:
                            unseen[k] = _merge(_shift_by_rows(unseen[k], edits), changed)  # type: ignore[arg-type]
                text = apply_rows(text, edits)
                settled = 1  # a normalizer's own output is a fixed point for it
            else:
                settled += 1
            # Let go of this stage's edits before the next stage runs (see ``last``).
            del edits
            budget -= 1
            i = (i + 1) % n
        if settled < n and last is not None:
            name, where = last
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

        def record(current: str, rows: list[Row]) -> None:
            composed[:] = compose_edits(text, composed, current, [row_edit(r) for r in rows])

        final = self._settle(text, record) if self.normalizers else text
        return Result(text, final, tuple(composed))


#: What ``Pipeline._per_language`` holds for a stage not built yet for a language
#: (``None`` there means "cannot be built for it").
_UNBUILT: object = object()


def _judged_by_language(normalizer: Normalizer) -> bool:
    """Whether the pipeline runs ``normalizer`` on each paragraph in that paragraph's
    language: a language-aware stage built with ``lang="auto"``."""
    return not normalizer.language_blind and getattr(normalizer, "lang", None) == "auto"


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


#: A window of the text a stage reads again: ``(start, end, spans inside it where edits may be)``.
_Region = tuple[int, int, list[tuple[int, int]]]


def _row_span(r: Row) -> tuple[int, int]:
    return (r[0], r[1])


def _changed_row_spans(rows: Sequence[Row]) -> list[tuple[int, int]]:
    """Where ``rows`` (sorted edits, against a text) put their new text, in the edited text."""
    spans: list[tuple[int, int]] = []
    delta = 0
    for r in rows:
        start = r[0] + delta
        end = start + len(r[3])
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
        delta += len(r[3]) - (r[1] - r[0])
    return spans


def _shift_by_rows(spans: list[tuple[int, int]], rows: Sequence[Row]) -> list[tuple[int, int]]:
    """Sorted, disjoint ``spans`` of a text, moved to where they lie once ``rows`` (sorted
    edits) are made; a span that ends inside an edit stretches over the edit's new text."""
    out: list[tuple[int, int]] = []
    i, m = 0, len(rows)
    delta = 0  # the deltas of rows[:i], every one of them before the current span
    for start, end in spans:
        while i < m and rows[i][1] <= start and rows[i][0] < start:
            delta += len(rows[i][3]) - (rows[i][1] - rows[i][0])
            i += 1
        # An edit that straddles the start pulls it back to where the edit begins.
        new_start = min(start, rows[i][0]) + delta if i < m else start + delta
        k, d = i, delta
        while k < m and rows[k][0] < end:
            d += len(rows[k][3]) - (rows[k][1] - rows[k][0])
            k += 1
        # The last edit reached may run past the end: the span reaches its new text's end.
        new_end = end + d if k == i or rows[k - 1][1] <= end else rows[k - 1][1] + d
        out.append((new_start, max(new_start, new_end)))
    return out


def _merge(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of two sorted span lists, sorted, touching spans joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(a + b):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _regions(text: str, changed: list[tuple[int, int]], context: int) -> list[_Region] | None:
    """The windows a stage reads again for the ``changed`` spans of ``text`` (``None``: the whole text).

    Each changed span grows to its paragraph (the blank lines either side, at most
    ``context`` characters away, else the line), where edits may be; the window
    adds ``context`` characters either side, cut at a line break.  When the
    windows would cover half the text or more, the whole text is read as before.
    """
    n = len(text)
    # Changes closer together than two contexts share a window: gather them first, so
    # that dense changes (a space run between every word) cost one pass, not a search each.
    clusters: list[tuple[int, int]] = []
    for start, end in changed:
        if clusters and start - clusters[-1][1] <= 2 * context:
            clusters[-1] = (clusters[-1][0], max(end, clusters[-1][1]))
        else:
            clusters.append((start, end))
    if sum(end - start + 2 * context for start, end in clusters) * 2 >= n:
        return None  # at least half the text would be read anyway
    regions: list[_Region] = []
    for start, end in clusters:
        floor = max(0, start - context)
        # Searched from one character off the change: a change at a paragraph's edge
        # takes the neighbouring paragraph in too.
        p_start = text.rfind("\n\n", floor, max(floor, start - 1))
        if p_start < 0:
            p_start = text.rfind("\n", floor, max(floor, start - 1))
        p_start = p_start + 1 if p_start >= 0 else floor
        ceiling = min(n, end + context)
        p_end = text.find("\n\n", min(end + 1, ceiling), ceiling)
        if p_end < 0:
            p_end = text.find("\n", min(end + 1, ceiling), ceiling)
        p_end = p_end if p_end >= 0 else ceiling
        # The window's edges move in to the nearest line break, if there is one.
        w_start = max(0, p_start - context)
        cut = text.find("\n", w_start, p_start) if w_start else -1
        w_start = cut + 1 if cut >= 0 else w_start
        w_end = min(n, p_end + context)
        cut = text.rfind("\n", p_end, w_end) if w_end < n else -1
        w_end = cut if cut >= 0 else w_end
        if regions and w_start <= regions[-1][1]:
            r_start, r_end, inside = regions[-1]
            if p_start <= inside[-1][1]:
                inside[-1] = (inside[-1][0], max(p_end, inside[-1][1]))
            else:
                inside.append((p_start, p_end))
            regions[-1] = (r_start, max(r_end, w_end), inside)
        else:
            regions.append((w_start, w_end, [(p_start, p_end)]))
    if sum(r_end - r_start for r_start, r_end, _ in regions) * 2 >= n:
        return None
    return regions


def _outside(text: str, regions: list[_Region] | None, lines: tuple[tuple[int, int], ...]) -> list[_Region]:
    """``regions`` (``None``: the whole text) less the ``lines``: each window split
    where such a line lies, so a stage neither reads them nor edits them."""
    if regions is None:
        regions = [(0, len(text), [(0, len(text))])]
    out: list[_Region] = []
    for w_start, w_end, inside in regions:
        piece_start = w_start
        for start, end in _clip(list(lines), w_start, w_end) + [(w_end, w_end)]:
            if start > piece_start and text[piece_start:start].strip("\n"):
                within = _intersect(inside, [(piece_start, start)])
                if within:
                    out.append((piece_start, start, within))
            piece_start = max(piece_start, end)
    return out


def _clip(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The parts of sorted ``spans`` within ``[start, end)``."""
    return [(max(s, start), min(e, end)) for s, e in spans if s < end and e > start]


def _intersect(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The intersection of two sorted lists of disjoint spans."""
    out: list[tuple[int, int]] = []
    i = j = 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if start < end:
            out.append((start, end))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


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
        # The facts of the first pass's windows of the current text (see unit_facts), by span.
        self._units: tuple[str, dict[tuple[int, int], TextFacts]] | None = None
        # Each language's first-pass windows over the current text (see units).
        self._windowed: tuple[str, dict[str | None, list[tuple[int, int, list[tuple[int, int]]]]]] | None = None

    def unit_facts(
        self, text: str, units: list[tuple[int, int, list[tuple[int, int]]]], start: int, end: int
    ) -> tuple[TextFacts, int] | None:
        """The facts of the window of ``units`` (one language's first-pass windows over
        ``text``) that holds ``text[start:end]``, a window a reread reads, and where that
        window starts in ``text``; ``None`` when it is the window itself (its own facts are
        the document's).

        Kept for the current text: every stage and window of a reread shares them, and
        each is gathered once.  (A reread window that reaches over two of them, which
        ``_windows`` makes rare, has their span for its document.)
        """
        u_start, u_end = start, end
        # (units are sorted and disjoint: those reaching into [start, end) are found by bisection)
        k = max(0, bisect_right(units, (start, len(text) + 1)) - 1)
        while k < len(units) and units[k][0] < end:
            a, b, _ = units[k]
            if b > start:
                u_start, u_end = min(u_start, a), max(u_end, b)
            k += 1
        if (u_start, u_end) == (start, end):
            return None
        if self._units is None or self._units[0] is not text:
            self._units = (text, {})
        known = self._units[1]
        facts = known.get((u_start, u_end))
        if facts is None:
            whole = (u_start, u_end) == (0, len(text))
            facts = known[(u_start, u_end)] = text_facts(text) if whole else TextFacts(text[u_start:u_end])
        return facts, u_start

    def units(
        self, text: str, lang: str | None, spans: list[tuple[int, int]]
    ) -> list[tuple[int, int, list[tuple[int, int]]]]:
        """``_windows(spans)``: the windows the first pass reads ``lang``'s paragraphs of ``text``
        in (``spans``, that language's), gathered once for the current text (a reread reads
        many regions of it, each asking)."""
        if self._windowed is None or self._windowed[0] is not text:
            self._windowed = (text, {})
        known = self._windowed[1]
        found = known.get(lang)
        if found is None:
            found = known[lang] = _windows(spans)
        return found

    def document_facts(self, text: str) -> TextFacts:
        """The facts of the whole current ``text``, held for as long as it is current: every
        window of a reread asks them, and the shared cache of :func:`text_facts` is small."""
        if self._units is None or self._units[0] is not text:
            self._units = (text, {})
        known = self._units[1]
        facts = known.get((0, len(text)))
        if facts is None:
            facts = known[(0, len(text))] = text_facts(text)
        return facts

    def groups(self, text: str) -> dict[str | None, list[tuple[int, int]]]:
        """language (``None``: unsure) -> the spans of ``text``'s paragraphs in it."""
        if self._cache is not None and self._cache[0] is text:
            return self._cache[1]
        # (read from the module at each call, not bound at import: benchmarks.speed's
        # stage_profile times identification by replacing language._paragraph_languages;
        # the two lists of identify_spans, with no LanguageSpan made per paragraph)
        paragraph_languages, paragraph_spans = language._paragraph_languages, language.paragraph_spans
        if self._langs is None:
            found, self._langs = paragraph_languages(self._original)
            # (the original's paragraphs, as identification found them: not split again)
            paragraphs = found if text is self._original else paragraph_spans(text)
        else:
            paragraphs = paragraph_spans(text)
        if len(paragraphs) != len(self._langs):
            paragraphs, self._langs = paragraph_languages(text)
        langs = self._langs
        if langs and langs.count(langs[0]) == len(langs):
            # One language throughout (most texts): the spans below would all join into
            # one, the whole text, so it is written down without the walk (counted in C).
            whole: dict[str | None, list[tuple[int, int]]] = {langs[0]: [(0, len(text))]}
            self._cache = (text, whole)
            return whole
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
