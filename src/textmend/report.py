"""An audit report of a corpus run: what changed, where, and a sample of each repair.

A :class:`Report` is fed one cleaned unit (a document or a record) at a time and
keeps, in bounded memory:

- totals: units, characters, units changed, edits, run time;
- edits, removals and units touched per normalizer, and counts per shard (file);
- for each normalizer a fixed-size sample of its edits with their context;
- the units with the most edits.

Reports built in separate workers combine with :meth:`Report.merge`, and the
result is the report one pass over everything would have built, sample
included: each edit gets a pseudo-random key from a hash of the seed and where
the edit is, and a sample keeps the edits with the smallest keys (a bottom-k
sample).  Every edit is equally likely to be kept whichever worker saw it, so
combining samples of different sizes weighs them by how many edits each
worker saw, as a reservoir over the whole run would.

:meth:`Report.to_html` renders one self-contained page (inline CSS and SVG,
nothing loaded at view time) and :meth:`Report.to_json` the same summary for
pipelines; :meth:`Report.write` picks by extension.

>>> import textmend
>>> report = Report(unit="record")
>>> report.add("a1", textmend.mend("They  said it ,and left ."), shard="part-0.jsonl")
>>> report.add("a2", textmend.mend("Clean copy."), shard="part-0.jsonl")
>>> report.units, report.changed, report.edits
(2, 1, 3)
>>> report.by_normalizer()
{'whitespace': 1, 'punctuation': 2}
>>> Report.from_json(report.to_json()) == report
True
"""

from __future__ import annotations

import hashlib
import heapq
import html
import json
import os
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

from .api import DEFAULT_ORDER
from .edits import Edit
from .result import Result

__all__ = ["Report", "Sample"]

#: What :meth:`Report.to_json` writes in its ``format`` field, so readers can tell the file.
FORMAT = "textmend-report"
#: Bump when the JSON layout changes incompatibly; :meth:`Report.from_json` refuses others.
VERSION = 1

# An edit's old or new text longer than this is cut in a sample (a mojibake repair can
# rewrite a whole paragraph); the full lengths are kept beside it.
MAX_CHANGE_CHARS = 240
# How many shards and most-edited units the page lists; the JSON keeps every shard.
PAGE_SHARDS = 100


@dataclass(frozen=True, slots=True, order=True)
class Sample:
    """One sampled edit, with enough of its surroundings to judge it.

    ``before`` and ``after`` are the original text either side of the edit;
    ``old`` and ``new`` are cut to a bounded length (``old_chars`` and
    ``new_chars`` are the full lengths); ``line`` and ``col`` are 1-based
    within the unit.  ``key`` orders the sample (smallest kept).
    """

    key: int
    location: str
    shard: str
    line: int
    col: int
    before: str
    old: str
    new: str
    after: str
    old_chars: int
    new_chars: int
    normalizer: str
    reason: str
    confidence: float


@dataclass
class _NormalizerStats:
    edits: int = 0
    removals: int = 0  # edits that take letters or digits out: the riskiest kind
    units: int = 0  # units this normalizer changed at all
    # A max-heap by key (keys negated) of the ``sample_size`` smallest-key samples.
    heap: list[tuple[int, Sample]] = field(default_factory=list)


@dataclass
class _ShardStats:
    units: int = 0
    chars: int = 0
    changed: int = 0
    edits: int = 0


class Report:
    """Accumulates what a run changed; merges across workers; renders HTML or JSON.

    ``unit`` names what is counted ("document" for whole files, "record" for
    JSON lines); ``sample_size`` bounds each normalizer's sample and ``top``
    the list of most-edited units; ``context`` is how many characters of
    original text a sample shows either side of its edit; ``seed`` makes the
    sample reproducible (reports merge only with equal settings).

    >>> import textmend
    >>> a, b = Report(sample_size=2), Report(sample_size=2)
    >>> texts = [f"word{i}  word  word" for i in range(6)]
    >>> for i, t in enumerate(texts):
    ...     (a if i % 2 else b).add(f"doc{i}.txt", textmend.mend(t), shard=f"doc{i}.txt")
    >>> whole = Report(sample_size=2)
    >>> for i, t in enumerate(texts):
    ...     whole.add(f"doc{i}.txt", textmend.mend(t), shard=f"doc{i}.txt")
    >>> a.merge(b) == whole, len(whole.samples("whitespace"))
    (True, 2)
    """

    def __init__(
        self,
        *,
        unit: str = "document",
        sample_size: int = 50,
        top: int = 20,
        context: int = 60,
        seed: int = 0,
        title: str = "textmend report",
    ) -> None:
        if sample_size < 0 or top < 0 or context < 0:
            raise ValueError("sample_size, top and context must not be negative")
        self.unit = unit
        self.sample_size = sample_size
        self.top = top
        self.context = context
        self.seed = seed
        self.title = title
        self.units = 0
        self.chars = 0
        self.changed = 0
        self.edits = 0
        #: Seconds spent cleaning, summed over everything added or merged (worker time).
        self.seconds = 0.0
        #: Wall-clock seconds of the whole run, when the driver knows them (merge keeps the longest).
        self.wall_seconds: float | None = None
        self._normalizers: dict[str, _NormalizerStats] = {}
        self._shards: dict[str, _ShardStats] = {}
        # A min-heap holding the ``top`` most-edited units (see _offer_top).
        self._top: list[tuple[Any, ...]] = []

    # -- feeding ------------------------------------------------------------------

    def add(self, location: str, result: Result, *, shard: str, seconds: float = 0.0) -> None:
        """Count one cleaned unit: ``location`` is its path or record id, ``shard`` its file.

        ``seconds`` is the time cleaning it took, if the caller measured it.
        Only edits that make it into a sample cost more than a hash and a
        comparison, so adding stays cheap on a long run.
        """
        n_edits = len(result.edits)
        n_chars = len(result.original)
        self.units += 1
        self.chars += n_chars
        self.edits += n_edits
        self.seconds += seconds
        shard_stats = self._shards.get(shard)
        if shard_stats is None:
            shard_stats = self._shards[shard] = _ShardStats()
        shard_stats.units += 1
        shard_stats.chars += n_chars
        shard_stats.edits += n_edits
        if not n_edits:
            return
        self.changed += 1
        shard_stats.changed += 1
        self._offer_top(n_edits, location, shard, n_chars, result.by_normalizer())
        touched: set[str] = set()
        for edit in result.edits:
            # A merged edit (``fused+quotes``) counts for, and may be sampled under, each stage.
            names = edit.normalizer.split("+")
            key = self._key(shard, location, edit.start, edit.end, edit.normalizer)
            for name in names:
                stats = self._normalizers.get(name)
                if stats is None:
                    stats = self._normalizers[name] = _NormalizerStats()
                stats.edits += 1
                if edit.is_removal:
                    stats.removals += 1
                if name not in touched:
                    touched.add(name)
                    stats.units += 1
                if self._admits(stats.heap, key):
                    self._push(stats.heap, self._sample(key, location, shard, result, edit))

    def _key(self, shard: str, location: str, start: int, end: int, normalizer: str) -> int:
        # Where the edit is, not when it was seen: the same edit gets the same key in any
        # worker, which is what makes merged samples equal to a single pass.
        ident = f"{self.seed}\x00{shard}\x00{location}\x00{start}\x00{end}\x00{normalizer}"
        digest = hashlib.blake2b(ident.encode("utf-8", "surrogatepass"), digest_size=8).digest()
        return int.from_bytes(digest, "big")

    def _admits(self, heap: list[tuple[int, Sample]], key: int) -> bool:
        if len(heap) < self.sample_size:
            return True
        return bool(heap) and key < -heap[0][0]

    def _push(self, heap: list[tuple[int, Sample]], sample: Sample) -> None:
        if len(heap) < self.sample_size:
            heapq.heappush(heap, (-sample.key, sample))
        else:
            heapq.heapreplace(heap, (-sample.key, sample))

    def _sample(self, key: int, location: str, shard: str, result: Result, edit: Edit) -> Sample:
        text = result.original
        line, col = result.line_col(edit.start)
        before = text[max(0, edit.start - self.context) : edit.start]
        after = text[edit.end : edit.end + self.context]
        return Sample(
            key=key,
            location=location,
            shard=shard,
            line=line,
            col=col,
            before=_trim_start(before, edit.start > len(before)),
            old=edit.old[:MAX_CHANGE_CHARS],
            new=edit.new[:MAX_CHANGE_CHARS],
            after=_trim_end(after, edit.end + len(after) < len(text)),
            old_chars=len(edit.old),
            new_chars=len(edit.new),
            normalizer=edit.normalizer,
            reason=edit.reason,
            confidence=edit.confidence,
        )

    def _offer_top(self, edits: int, location: str, shard: str, chars: int, counts: dict[str, int]) -> None:
        if not self.top:
            return
        # Ties between equally edited units go to the smaller (shard, location), so the
        # list does not depend on the order units arrive in: the heap's root is the entry
        # to drop first, the fewest edits and then the largest name.
        item = (edits, _Reversed(shard, location), shard, location, chars, tuple(sorted(counts.items())))
        if len(self._top) < self.top:
            heapq.heappush(self._top, item)  # type: ignore[arg-type]
        elif item > self._top[0]:  # type: ignore[operator]
            heapq.heapreplace(self._top, item)  # type: ignore[arg-type]

    # -- combining ----------------------------------------------------------------

    def merge(self, other: "Report") -> "Report":
        """Add ``other``'s counts and samples into this report; return this report.

        Both must have the same settings (unit, sample size, top, context, seed),
        or the merged sample would not be the one a single pass gives.
        """
        mine = (self.unit, self.sample_size, self.top, self.context, self.seed)
        theirs = (other.unit, other.sample_size, other.top, other.context, other.seed)
        if mine != theirs:
            raise ValueError(f"cannot merge reports with different settings: {mine} and {theirs}")
        self.units += other.units
        self.chars += other.chars
        self.changed += other.changed
        self.edits += other.edits
        self.seconds += other.seconds
        if other.wall_seconds is not None:
            self.wall_seconds = max(self.wall_seconds or 0.0, other.wall_seconds)
        for name, theirs_n in other._normalizers.items():
            stats = self._normalizers.get(name)
            if stats is None:
                stats = self._normalizers[name] = _NormalizerStats()
            stats.edits += theirs_n.edits
            stats.removals += theirs_n.removals
            stats.units += theirs_n.units
            for _, sample in theirs_n.heap:
                if self._admits(stats.heap, sample.key):
                    self._push(stats.heap, sample)
        for shard, theirs_s in other._shards.items():
            stats_s = self._shards.get(shard)
            if stats_s is None:
                stats_s = self._shards[shard] = _ShardStats()
            stats_s.units += theirs_s.units
            stats_s.chars += theirs_s.chars
            stats_s.changed += theirs_s.changed
            stats_s.edits += theirs_s.edits
        for edits, _, shard, location, chars, counts in other._top:
            self._offer_top(edits, location, shard, chars, dict(counts))
        return self

    @classmethod
    def merged(cls, reports: Iterable["Report"]) -> "Report":
        """One report combining ``reports`` (at least one), which are left unchanged."""
        reports = list(reports)
        if not reports:
            raise ValueError("no reports to merge")
        out = cls.from_dict(reports[0].to_dict())
        for r in reports[1:]:
            out.merge(r)
        return out

    # -- reading ------------------------------------------------------------------

    def normalizer_names(self) -> list[str]:
        """Names of the normalizers that made edits, in pipeline order, others after by name."""
        rank = {name: i for i, name in enumerate(DEFAULT_ORDER)}
        return sorted(self._normalizers, key=lambda n: (rank.get(n, len(rank)), n))

    def by_normalizer(self) -> dict[str, int]:
        """Edits per normalizer, in pipeline order (a merged edit counts for each of its stages)."""
        return {name: self._normalizers[name].edits for name in self.normalizer_names()}

    def samples(self, normalizer: str) -> list[Sample]:
        """``normalizer``'s sampled edits, in sample order (a random but reproducible one)."""
        stats = self._normalizers.get(normalizer)
        return sorted((s for _, s in stats.heap), key=lambda s: s.key) if stats else []

    def shards(self) -> dict[str, dict[str, int]]:
        """Per shard: units, characters, units changed and edits, by shard name."""
        return {name: asdict(self._shards[name]) for name in sorted(self._shards)}

    def most_edited(self) -> list[dict[str, Any]]:
        """The units with the most edits, most first: location, shard, edits, characters, edits per normalizer."""
        rank = {name: i for i, name in enumerate(DEFAULT_ORDER)}
        return [
            {
                "location": loc,
                "shard": shard,
                "edits": e,
                "chars": c,
                "by_normalizer": dict(sorted(counts, key=lambda kv: (rank.get(kv[0], len(rank)), kv[0]))),
            }
            for e, _, shard, loc, c, counts in sorted(self._top, reverse=True)
        ]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Report):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def __repr__(self) -> str:
        return f"<Report {self.units} {self.unit}s, {self.changed} changed, {self.edits} edits>"

    # -- JSON ---------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The whole state as plain data (what :meth:`to_json` writes)."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "title": self.title,
            "settings": {
                "unit": self.unit,
                "sample_size": self.sample_size,
                "top": self.top,
                "context": self.context,
                "seed": self.seed,
            },
            "totals": {
                "units": self.units,
                "chars": self.chars,
                "changed": self.changed,
                "edits": self.edits,
                "seconds": self.seconds,
                "wall_seconds": self.wall_seconds,
            },
            "normalizers": {
                name: {
                    "edits": self._normalizers[name].edits,
                    "removals": self._normalizers[name].removals,
                    "units": self._normalizers[name].units,
                    "samples": [asdict(s) for s in self.samples(name)],
                }
                for name in self.normalizer_names()
            },
            "shards": self.shards(),
            "most_edited": self.most_edited(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Report":
        """The report :meth:`to_dict` described."""
        if data.get("format") != FORMAT or data.get("version") != VERSION:
            raise ValueError(f"not a {FORMAT} version {VERSION} summary")
        report = cls(**data["settings"], title=data.get("title", "textmend report"))
        totals = data["totals"]
        report.units = totals["units"]
        report.chars = totals["chars"]
        report.changed = totals["changed"]
        report.edits = totals["edits"]
        report.seconds = totals["seconds"]
        report.wall_seconds = totals["wall_seconds"]
        for name, entry in data["normalizers"].items():
            stats = report._normalizers[name] = _NormalizerStats(entry["edits"], entry["removals"], entry["units"])
            for s in entry["samples"]:
                report._push(stats.heap, Sample(**s))
        for name, entry in data["shards"].items():
            report._shards[name] = _ShardStats(**entry)
        for entry in data["most_edited"]:
            report._offer_top(entry["edits"], entry["location"], entry["shard"], entry["chars"], entry["by_normalizer"])
        return report

    def to_json(self) -> str:
        """The summary as JSON text (see :meth:`to_dict`)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str) -> "Report":
        """The report :meth:`to_json` wrote."""
        return cls.from_dict(json.loads(text))

    # -- writing ------------------------------------------------------------------

    def write(self, path: str) -> None:
        """Write the report to ``path``: JSON if it ends in ``.json``, HTML otherwise.

        The file appears complete or not at all (written beside it, then renamed).
        """
        is_json = path.lower().endswith(".json")
        text = self.to_json() if is_json else self.to_html()
        tmp = f"{path}.part"
        # Lone surrogates (undecodable bytes kept by surrogateescape) cannot be UTF-8: in
        # JSON they become \\udcXX escapes, which JSON reads back as the same characters;
        # the page never holds one (it shows them as code points).
        with open(tmp, "w", encoding="utf-8", errors="backslashreplace" if is_json else "strict") as fh:
            fh.write(text)
        os.replace(tmp, path)

    def to_html(self) -> str:
        """One self-contained HTML page: totals, chart, samples, shards. Loads nothing.

        >>> page = Report().to_html()
        >>> page.startswith("<!doctype html>"), "http" in page
        (True, False)
        """
        return _render(self)


class _Reversed:
    """Orders (shard, location) backwards, so a min-heap drops the largest name first."""

    __slots__ = ("value",)

    def __init__(self, shard: str, location: str) -> None:
        self.value = (shard, location)

    def __lt__(self, other: "_Reversed") -> bool:
        return self.value > other.value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Reversed) and self.value == other.value


def _trim_start(text: str, cut: bool) -> str:
    """Context before an edit: when it was cut mid-text, start at a word if one is near."""
    if cut:
        space = text.find(" ", 0, 20)
        if space >= 0:
            text = text[space + 1 :]
    return text


def _trim_end(text: str, cut: bool) -> str:
    """Context after an edit: when it was cut mid-text, end at a word if one is near."""
    if cut:
        space = text.rfind(" ", max(0, len(text) - 20))
        if space >= 0:
            text = text[:space]
    return text


# --------------------------------------------------------------------------- #
# HTML.  Everything from the run (names, reasons, text, locations) goes through
# _esc() or _visible(); the page holds no URL and loads nothing.

_URL_SCHEME = re.compile(r":(?=//)")


def _esc(value: object) -> str:
    """HTML-escaped text, with lone surrogates shown as code points.

    The colon of ``scheme://`` becomes a character reference: the page looks the
    same, but its source then holds no URL that a reader or a checker could take
    for a resource the page loads.
    """
    text = str(value)
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        text = "".join(f"\\u{ord(ch):04x}" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
    return _URL_SCHEME.sub("&#58;", html.escape(text, quote=True))


# How changed characters are drawn when they would be invisible on the page.
_SHOWN = {" ": "·", "\t": "→", "\n": "↵", "\r": "␍", "\u00a0": "⍽"}


def _visible(text: str, *, spaces: bool) -> str:
    """Escaped text with control, format and unusual space characters made visible.

    ``spaces`` draws plain spaces too (inside a change, where a space is the
    whole point); newlines are always drawn, so context stays on one line.
    """
    out: list[str] = []
    plain: list[str] = []

    def flush() -> None:
        if plain:
            out.append(_esc("".join(plain)))
            plain.clear()

    for ch in text:
        shown = None
        if ch == " ":
            shown = "·" if spaces else None
        elif ch in _SHOWN:
            shown = _SHOWN[ch]
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zs", "Zl", "Zp", "Co", "Cn"):
            shown = f"U+{ord(ch):04X}"
        if shown is None:
            plain.append(ch)
            continue
        flush()
        name = unicodedata.name(ch, f"U+{ord(ch):04X}").lower()
        out.append(f'<span class="ch" title="{_esc(name)}">{_esc(shown)}</span>')
        if ch == "\n":
            out.append(" ")
    flush()
    return "".join(out)


def _num(n: int) -> str:
    return f"{n:,}"


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "–"


def _per_10k(edits: int, chars: int) -> str:
    return f"{10000 * edits / chars:.1f}" if chars else "–"


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, secs = divmod(int(round(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min {secs:02d} s"


_CSS = """
:root { color-scheme: light dark; --bg: #fdfdfc; --fg: #1d1f21; --muted: #5b6168; --line: #d9dcdf;
  --card: #f2f3f4; --bar: #2f6db5; --bar2: #b54a2f; --del-bg: #fde2e0; --del-fg: #8a1c12;
  --ins-bg: #dcf3e0; --ins-fg: #145c26; --accent: #2f6db5; --chip: #e6ecf5; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #141618; --fg: #e4e6e8; --muted: #a0a7ae; --line: #363b40; --card: #1e2124;
    --bar: #6ea3e6; --bar2: #e6906e; --del-bg: #4a1f1b; --del-fg: #ffb4aa; --ins-bg: #183a22;
    --ins-fg: #a6e9b5; --accent: #8ab8f0; --chip: #253244; }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); line-height: 1.45;
  font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: .5rem 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .25rem; }
p.meta, .note { color: var(--muted); font-size: .9rem; margin: .25rem 0; }
a { color: var(--accent); }
code, .ctx { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .88em; }
.totals { display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr)); gap: .5rem; margin: 1rem 0; }
.totals div { background: var(--card); border-radius: .5rem; padding: .6rem .8rem; }
.totals dt { color: var(--muted); font-size: .85rem; }
.totals dd { margin: 0; font-size: 1.35rem; font-weight: 600; font-variant-numeric: tabular-nums; }
.totals dd small { font-size: .8rem; font-weight: 400; color: var(--muted); }
.totals dd small.sub { display: block; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
caption { text-align: left; color: var(--muted); font-size: .9rem; padding: .25rem 0; caption-side: top; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); }
thead th { border-bottom: 2px solid var(--line); font-size: .85rem; color: var(--muted); }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.n { white-space: nowrap; }
td.where { word-break: break-all; min-width: 8rem; }
td.ctx { overflow-wrap: anywhere; min-width: 16rem; }
del { background: var(--del-bg); color: var(--del-fg); text-decoration: line-through; border-radius: .2rem;
  padding: 0 .1rem; }
ins { background: var(--ins-bg); color: var(--ins-fg); text-decoration: none; border-radius: .2rem; padding: 0 .1rem; }
.ch { opacity: .75; font-size: .85em; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
svg.chart { width: 100%; display: block; margin: .5rem 0; overflow: visible; }
svg.chart text { fill: var(--fg); font-size: 14px; }
svg.chart text.count { fill: var(--muted); }
svg.chart rect.bar { fill: var(--bar); }
svg.chart rect.removals { fill: var(--bar2); }
svg.chart rect.track { fill: var(--card); }
svg.chart a:hover rect.bar, svg.chart a:focus rect.bar { opacity: .8; }
.legend { display: flex; gap: 1rem; flex-wrap: wrap; font-size: .85rem; color: var(--muted); }
.legend span::before { content: ""; display: inline-block; width: .8rem; height: .8rem; border-radius: .15rem;
  margin-right: .3rem; vertical-align: -.1rem; background: var(--bar); }
.legend span.rm::before { background: var(--bar2); }
fieldset.filter { border: 1px solid var(--line); border-radius: .5rem; padding: .5rem .75rem; margin: 1rem 0; }
fieldset.filter legend { padding: 0 .3rem; font-weight: 600; }
fieldset.filter label { display: inline-flex; align-items: center; gap: .3rem; margin: .2rem .6rem .2rem 0;
  padding: .25rem .6rem; background: var(--chip); border-radius: 1rem; cursor: pointer; white-space: nowrap; }
fieldset.filter input { margin: 0; accent-color: var(--accent); }
section.norm { scroll-margin-top: 1rem; }
section.norm:target h3 { color: var(--accent); }
.conf { color: var(--muted); font-size: .8rem; }
footer { color: var(--muted); font-size: .85rem; margin: 2rem 0 1rem; border-top: 1px solid var(--line);
  padding-top: .5rem; }
@media (max-width: 40rem) {
  main { padding: .75rem; }
  th, td { padding: .35rem .3rem; }
  .opt { display: none; }  /* the share is beside each bar of the chart already */
  h1 { font-size: 1.35rem; }
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; width: 100%; }
  table.stack tr { border-bottom: 2px solid var(--line); padding: .4rem 0; }
  table.stack caption { display: block; }
  table.stack td.n { text-align: left; }
  table.stack td { border: 0; padding: .15rem 0; min-width: 0; }
  table.stack td::before { content: attr(data-label) ": "; color: var(--muted); font-size: .8rem;
    font-family: system-ui, sans-serif; }
}
"""


def _chart(report: Report, names: list[str]) -> str:
    """A horizontal bar chart of edits per normalizer, removals overlaid; bars link to samples.

    Widths are percentages of the SVG's width, so bars stretch to the screen
    while the labels keep their size: readable on a phone without zooming.
    """
    stats = report._normalizers
    top = max((stats[n].edits for n in names), default=0) or 1
    row = 44
    height = row * len(names) + 4
    desc = "; ".join(f"{n}: {stats[n].edits} edits, {stats[n].removals} removals" for n in names)
    parts = [
        f'<svg class="chart" role="img" aria-labelledby="chart-title chart-desc" '
        f'width="100%" height="{height}">',
        '<title id="chart-title">Edits per normalizer</title>',
        f'<desc id="chart-desc">{_esc(desc)}</desc>',
    ]
    for i, name in enumerate(names):
        y = i * row
        edits = stats[name].edits
        width = 100 * edits / top
        rm_width = 100 * stats[name].removals / top
        parts.append(
            # Out of the tab order: the table below holds the same links for the keyboard, and
            # the chart is one image to assistive technology.
            f'<a href="#n-{i}" tabindex="-1"><text x="0" y="{y + 15}">{_esc(name)}</text>'
            f'<text class="count" x="100%" y="{y + 15}" text-anchor="end">{_num(edits)} '
            f"({_pct(edits, report.edits)})</text>"
            f'<rect class="track" x="0" y="{y + 21}" width="100%" height="14" rx="3"/>'
            f'<rect class="bar" x="0" y="{y + 21}" width="{max(width, 0.4):.2f}%" height="14" rx="3"/>'
        )
        if stats[name].removals:
            parts.append(
                f'<rect class="removals" x="0" y="{y + 21}" width="{max(rm_width, 0.4):.2f}%" height="14" rx="3"/>'
            )
        parts.append("</a>")
    parts.append("</svg>")
    return "".join(parts)


def _change(sample: Sample) -> str:
    """The sample's context with the change marked up: what went in <del>, what came in <ins>."""
    parts = [_visible(sample.before, spaces=False)]
    sides = (("del", "removed", sample.old, sample.old_chars), ("ins", "added", sample.new, sample.new_chars))
    for tag, label, text, full in sides:
        if not full:
            continue
        more = f" <small>(+{_num(full - len(text))} chars)</small>" if full > len(text) else ""
        parts.append(f'<{tag}><span class="sr">{label}: </span>{_visible(text, spaces=True)}{more}</{tag}>')
    parts.append(_visible(sample.after, spaces=False))
    return "".join(parts)


def _where(report: Report, sample: Sample) -> str:
    if report.unit == "document":
        return f"<code>{_esc(sample.location)}:{sample.line}:{sample.col}</code>"
    return f"<code>{_esc(sample.location)}</code> <small>at {sample.line}:{sample.col}</small>"


def _samples_section(report: Report, index: int, name: str) -> str:
    stats = report._normalizers[name]
    samples = report.samples(name)
    unit = _esc(report.unit)
    uncertain = any(s.confidence < 1 for s in samples)
    rows = []
    for s in samples:
        conf = f' <span class="conf">confidence {s.confidence:.2f}</span>' if s.confidence < 1 else ""
        merged = f" <small>({_esc(s.normalizer)})</small>" if s.normalizer != name else ""
        rows.append(
            f'<tr><td class="where" data-label="Where">{_where(report, s)}</td>'
            f'<td class="ctx" data-label="Change">{_change(s)}</td>'
            f'<td data-label="Reason">{_esc(s.reason)}{merged}{conf}</td></tr>'
        )
    caption = (
        f"{_num(len(samples))} of {_num(stats.edits)} {_esc(name)} edits, sampled at random"
        if len(samples) < stats.edits
        else f"All {_num(stats.edits)} {_esc(name)} edits"
    )
    return (
        f'<section class="norm" id="n-{index}" aria-labelledby="h-n-{index}">'
        f'<h3 id="h-n-{index}">{_esc(name)}</h3>'
        f'<p class="note">{_num(stats.edits)} edits in {_num(stats.units)} {unit}s'
        f" ({_pct(stats.units, report.units)} of all), {_num(stats.removals)} of them removing letters or digits"
        f"{'; confidence shown where below 1' if uncertain else ''}.</p>"
        f'<div class="scroll"><table class="stack"><caption>{caption}</caption>'
        '<thead><tr><th scope="col">Where</th><th scope="col">Change in context</th>'
        f'<th scope="col">Reason</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
        '<p class="note"><a href="#normalizers">Back to the chart</a></p></section>'
    )


def _render(report: Report) -> str:
    names = report.normalizer_names()
    unit = _esc(report.unit)
    stats = report._normalizers
    run_time = _duration(report.wall_seconds if report.wall_seconds is not None else report.seconds)
    if report.wall_seconds is not None and report.seconds:
        run_time += f' <small class="sub">{_duration(report.seconds)} cleaning, all workers</small>'
    totals = [
        (f"{unit.capitalize()}s", _num(report.units)),
        ("Characters", _num(report.chars)),
        ("Changed", f"{_num(report.changed)} <small>{_pct(report.changed, report.units)}</small>"),
        ("Edits", _num(report.edits)),
        ("Edits per 10k characters", _per_10k(report.edits, report.chars)),
        ("Run time", run_time),
    ]
    out = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light dark">',
        f"<title>{_esc(report.title)}</title>",
        f"<style>{_CSS}",
    ]
    # The filter: one radio per normalizer; while one is chosen, the other sections hide
    # (CSS only, so the page stays script-free; without :has() every section just shows).
    for i in range(len(names)):
        out.append(f"body:has(#show-{i}:checked) section.norm:not(#n-{i}) {{ display: none; }}")
    out.append("</style></head><body><main>")
    out.append(f"<header><h1>{_esc(report.title)}</h1>")
    out.append(
        f'<p class="meta">{_num(report.units)} {unit}s cleaned. Samples: up to {report.sample_size} edits '
        f"per normalizer, {report.context} characters of context, seed {report.seed}.</p></header>"
    )
    out.append('<section aria-labelledby="h-totals"><h2 id="h-totals">Totals</h2><dl class="totals">')
    out.extend(f"<div><dt>{label}</dt><dd>{value}</dd></div>" for label, value in totals)
    out.append("</dl></section>")

    out.append(
        '<section id="normalizers" aria-labelledby="h-normalizers"><h2 id="h-normalizers">Edits per normalizer</h2>'
    )
    if names:
        out.append(
            '<p class="legend"><span>edits</span><span class="rm">of which removing letters or digits</span></p>'
        )
        out.append(_chart(report, names))
        rows = "".join(
            f'<tr><th scope="row"><a href="#n-{i}">{_esc(n)}</a></th><td class="n">{_num(stats[n].edits)}</td>'
            f'<td class="n opt">{_pct(stats[n].edits, report.edits)}</td><td class="n">{_num(stats[n].removals)}</td>'
            f'<td class="n">{_num(stats[n].units)}</td></tr>'
            for i, n in enumerate(names)
        )
        out.append(
            '<div class="scroll"><table><caption>Edits per normalizer</caption>'
            '<thead><tr><th scope="col">Normalizer</th>'
            '<th scope="col" class="n">Edits</th><th scope="col" class="n opt">Share</th>'
            f'<th scope="col" class="n">Removals</th><th scope="col" class="n">{unit.capitalize()}s changed</th>'
            f"</tr></thead><tbody>{rows}</tbody></table></div>"
            '<p class="note">An edit two normalizers made together counts for both. A removal takes '
            "letters or digits out (decoding an entity such as &amp;amp; counts as one).</p>"
        )
    else:
        out.append('<p class="note">Nothing was changed.</p>')
    out.append("</section>")

    if names:
        out.append('<section aria-labelledby="h-samples"><h2 id="h-samples">Samples</h2>')
        out.append('<fieldset class="filter"><legend>Show samples of</legend>')
        out.append('<label><input type="radio" name="show" id="show-all" checked> all normalizers</label>')
        out.extend(
            f'<label><input type="radio" name="show" id="show-{i}"> {_esc(n)}</label>' for i, n in enumerate(names)
        )
        out.append("</fieldset>")
        out.append(
            '<p class="note">Each change in its original context: <del>removed</del> then <ins>added</ins>; '
            "spaces inside a change are drawn as ·, line breaks as ↵, invisible characters by code point "
            "(hover for the name).</p>"
        )
        out.extend(_samples_section(report, i, n) for i, n in enumerate(names))
        out.append("</section>")

    top = report.most_edited()
    if top:
        rows = "".join(
            f'<tr><td class="where" data-label="{unit.capitalize()}"><code>{_esc(t["location"])}</code></td>'
            f'<td class="n" data-label="Edits">{_num(t["edits"])}</td>'
            f'<td class="n" data-label="Characters">{_num(t["chars"])}</td>'
            f'<td class="n" data-label="Edits per 10k">{_per_10k(t["edits"], t["chars"])}</td>'
            f'<td data-label="By normalizer">'
            f'{_esc(", ".join(f"{name} {_num(n)}" for name, n in t["by_normalizer"].items()))}</td></tr>'
            for t in top
        )
        out.append(
            f'<section aria-labelledby="h-top"><h2 id="h-top">Most edited {unit}s</h2>'
            '<p class="note">Where the cleaner did the most: the first place to look for damage it may have done.</p>'
            f'<div class="scroll"><table class="stack"><caption>The {len(top)} {unit}s with the most edits</caption>'
            f'<thead><tr><th scope="col">{unit.capitalize()}</th><th scope="col" class="n">Edits</th>'
            '<th scope="col" class="n">Characters</th><th scope="col" class="n">Edits per 10k</th>'
            '<th scope="col">By normalizer</th></tr></thead>'
            f"<tbody>{rows}</tbody></table></div></section>"
        )

    shards = sorted(report._shards.items(), key=lambda kv: (-kv[1].edits, kv[0]))
    if shards:
        shown = shards[:PAGE_SHARDS]
        rows = "".join(
            f'<tr><td class="where"><code>{_esc(name)}</code></td><td class="n">{_num(s.units)}</td>'
            f'<td class="n">{_num(s.changed)}</td><td class="n">{_num(s.edits)}</td>'
            f'<td class="n">{_num(s.chars)}</td></tr>'
            for name, s in shown
        )
        rest = ""
        if len(shards) > len(shown):
            hidden_edits = sum(s.edits for _, s in shards[len(shown) :])
            rest = (
                f'<p class="note">{_num(len(shards) - len(shown))} more shards with {_num(hidden_edits)} edits '
                "are in the JSON report.</p>"
            )
        out.append(
            '<section aria-labelledby="h-shards"><h2 id="h-shards">Edits per shard</h2>'
            f'<div class="scroll"><table><caption>{_num(len(shards))} shards (files), most edits first</caption>'
            f'<thead><tr><th scope="col">Shard</th><th scope="col" class="n">{unit.capitalize()}s</th>'
            '<th scope="col" class="n">Changed</th><th scope="col" class="n">Edits</th>'
            f'<th scope="col" class="n">Characters</th></tr></thead><tbody>{rows}</tbody></table></div>{rest}</section>'
        )
    out.append(
        "<footer><p>Made by textmend. Samples are drawn so that every edit has the same chance to appear, "
        "however the run was split between workers; the same seed draws the same sample.</p></footer>"
    )
    out.append("</main></body></html>\n")
    return "\n".join(out)
