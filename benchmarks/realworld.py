"""Real-world benchmark: clean what real extractors produced, judge every change against the ground truth.

    python -m benchmarks.realworld                       # textmend, Markdown tables, tune and validate
    python -m benchmarks.realworld --all                 # every installed cleaner of benchmarks/cleaners.py
    python -m benchmarks.realworld --cleaner wordninja --cleaner textmend:fused
    python -m benchmarks.realworld --examples bad        # the bad edits of the tune pages, with context
    python -m benchmarks.realworld --examples bad --split validate
    python -m benchmarks.realworld --json

Input: ``extracted-dev.jsonl.gz`` (18 extractors' text of the 133 pages of
``news-dev.jsonl``) and, per page, the human ground truth (the record of
``news-dev.jsonl`` with the same ``id``), with the reviewed corrections of
``benchmarks/data/ground_truth_flaws.tsv`` applied: places where the ground
truth keeps a defect of the page itself, so a correct repair there is not
counted bad.

Texts are compared as sequences of tokens (runs of non-space characters,
invisible format characters removed).
Every change a cleaner makes (textmend's own edits; for other cleaners, a diff
of input and output) is judged by its *window*: the tokens it touches with one
token of context each side, before (``old``) and after (``new``) the cleaning.

* good: the new window occurs in the page's ground truth, the old one does not;
* bad: the old window occurs in the ground truth, the new one does not;
* neutral: anything else (boilerplate the ground truth does not hold, a
  change that leaves the tokens as they were, both or neither found).

Precision is good / (good + bad).  *Splits* are the edits that add a token
boundary (``said.The`` -> ``said. The``), reported alone as well.  *Glued
tokens* are tokens absent from the ground truth that equal two adjacent
ground-truth tokens joined (``said.The``, ``reinforcementStoltenberg``),
counted before and after cleaning.  Every figure is given per extractor and in
total, for the tune and the validate pages apart (benchmarks/split.py);
``--examples`` shows tune pages only unless ``--split`` asks for more.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from difflib import SequenceMatcher
from pathlib import Path
from typing import Callable, Iterable, Iterator

import regex

from .accuracy import git_commit
from .cleaners import CLEANERS, available, build
from .corpus import REPO, default_corpus, documents
from .split import CHOICES, SPLITS, split_of

__all__ = [
    "GroundTruth",
    "Change",
    "Tally",
    "diff_changes",
    "default_extracted",
    "ground_truth_flaws",
    "judge",
    "load_ground_truth",
    "run",
]

TOKEN = regex.compile(r"\S+")
#: Invisible format characters (soft hyphen, zero-width space, word joiner, BOM,
#: directional marks): compared away, so a change that only adds or removes
#: them is neutral, not good or bad.  The ground truth keeps some the page had
#: (soft hyphens in German compounds, zero-width spacer paragraphs).
INVISIBLE = regex.compile(r"\p{Cf}+")


def visible_tokens(text: str) -> list[str]:
    """The tokens of ``text`` with invisible characters removed (tokens left empty are dropped)."""
    return [t for t in (INVISIBLE.sub("", m) for m in TOKEN.findall(text)) if t]
FLAWS = REPO / "benchmarks" / "data" / "ground_truth_flaws.tsv"
_SEP = "\x00"  # joins tokens for sub-sequence search; never inside a token


def default_extracted() -> Path:
    """``extracted-dev.jsonl.gz`` beside the dev corpus."""
    path = default_corpus().parent / "extracted-dev.jsonl.gz"
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found; pass --extracted PATH")
    return path


# --------------------------------------------------------------------------- ground truth


@dataclass(frozen=True)
class Flaw:
    """A place where the ground truth keeps a defect of the page, reviewed by hand."""

    page: str
    flawed: str
    corrected: str
    note: str


def ground_truth_flaws(path: Path = FLAWS) -> list[Flaw]:
    r"""The reviewed entries of ``ground_truth_flaws.tsv``: page, flawed passage, corrected passage, note.

    Passages are exact text of the ground truth; ``\t`` and ``\n`` may be written escaped.
    """
    if not path.is_file():
        return []
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 4:
            raise ValueError(f"{path}:{n}: expected 4 tab-separated columns, got {len(cols)}")
        page, flawed, corrected, note = (c.replace("\\n", "\n").replace("\\t", "\t") for c in cols)
        out.append(Flaw(page, flawed, corrected, note))
    return out


class GroundTruth:
    """One page's ground truth as tokens, with fast look-ups for windows and glued tokens."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = visible_tokens(text)
        self._joined = _SEP + _SEP.join(self.tokens) + _SEP
        self.vocabulary = frozenset(self.tokens)
        # Two adjacent tokens joined, where the join is not a word of the page itself.
        self.glued = frozenset(a + b for a, b in zip(self.tokens, self.tokens[1:])) - self.vocabulary

    def holds(self, window: Iterable[str]) -> bool:
        """Whether ``window`` occurs as consecutive tokens of the ground truth."""
        return (_SEP + _SEP.join(window) + _SEP) in self._joined

    def count_glued(self, tokens: Iterable[str]) -> int:
        """How many of ``tokens`` are absent from the page but equal two adjacent page tokens joined."""
        return sum(1 for t in tokens if t in self.glued)


def load_ground_truth(corpus: Path | str | None = None, flaws: list[Flaw] | None = None) -> dict[str, GroundTruth]:
    """Page id -> :class:`GroundTruth`, with the reviewed flaws corrected."""
    by_page: dict[str, list[Flaw]] = defaultdict(list)
    for f in ground_truth_flaws() if flaws is None else flaws:
        by_page[f.page].append(f)
    out = {}
    for page, text in documents(corpus):
        for f in by_page.get(page, ()):
            if f.flawed not in text:
                raise ValueError(f"ground_truth_flaws.tsv: {f.flawed!r} is not in the ground truth of {page}")
            text = text.replace(f.flawed, f.corrected)
        out[page] = GroundTruth(text)
    return out


# --------------------------------------------------------------------------- changes and windows


@dataclass(frozen=True)
class Change:
    """``old`` at ``[start, end)`` of the input became ``new``; ``by`` says who (a textmend stage)."""

    start: int
    end: int
    old: str
    new: str
    by: str = ""


_PIECE = regex.compile(r"\s+|\w+|[^\w\s]")


def diff_changes(before: str, after: str) -> list[Change]:
    """The changes that turn ``before`` into ``after``, for cleaners that do not report edits.

    Lines are aligned first (cleaners keep most lines as they are), then the
    changed lines are diffed as words, spaces and marks; both alignments run on
    short sequences, so the whole stays fast on long documents.

    >>> diff_changes("He said.The end  now", "He said. The end now")
    [Change(start=8, end=8, old='', new=' ', by=''), Change(start=15, end=17, old='  ', new=' ', by='')]
    """
    if before == after:
        return []
    lines_a = before.splitlines(keepends=True)
    lines_b = after.splitlines(keepends=True)
    starts_a = _offsets(lines_a)
    out: list[Change] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, lines_a, lines_b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if i2 - i1 == j2 - j1:
            # As many lines changed as came out (a cleaner that rewrites every line):
            # line k became line k, so each pair is diffed alone and the work stays linear.
            for k in range(i2 - i1):
                out += _diff_block(lines_a[i1 + k], lines_b[j1 + k], starts_a[i1 + k])
        else:
            out += _diff_block("".join(lines_a[i1:i2]), "".join(lines_b[j1:j2]), starts_a[i1])
    return out


def _diff_block(a: str, b: str, base: int) -> list[Change]:
    """The changes from ``a`` to ``b`` (at offset ``base`` of the input), as words, spaces and marks."""
    # The common ends need no alignment: cutting them off keeps the matcher's work to
    # what changed.  Cuts fall where a run of spaces starts (head) or ends (tail), so
    # the middle splits into the same pieces it would have in the whole.
    shortest = min(len(a), len(b))
    head = 0
    while head < shortest and a[head] == b[head]:
        head += 1
    while head > 0 and not (a[head].isspace() and not a[head - 1].isspace() if head < len(a) else False):
        head -= 1
    tail = 0
    while tail < shortest - head and a[len(a) - 1 - tail] == b[len(b) - 1 - tail]:
        tail += 1
    while tail > 0 and not (a[len(a) - tail - 1].isspace() and not a[len(a) - tail].isspace()):
        tail -= 1
    mid_a, mid_b = a[head : len(a) - tail], b[head : len(b) - tail]
    pieces_a, pieces_b = _PIECE.findall(mid_a), _PIECE.findall(mid_b)
    pos_a = _offsets(pieces_a)
    out = []
    for t, p1, p2, q1, q2 in SequenceMatcher(None, pieces_a, pieces_b, autojunk=False).get_opcodes():
        if t != "equal":
            old, new = "".join(pieces_a[p1:p2]), "".join(pieces_b[q1:q2])
            out.append(Change(base + head + pos_a[p1], base + head + pos_a[p2], old, new))
    return out


def _offsets(parts: list[str]) -> list[int]:
    """Start offsets of consecutive strings, plus the end of the last."""
    out, pos = [0], 0
    for p in parts:
        pos += len(p)
        out.append(pos)
    return out


class Tokens:
    """The tokens of a text with their spans, for windows around a character span."""

    def __init__(self, text: str) -> None:
        spans = [(m.span(), INVISIBLE.sub("", m[0])) for m in TOKEN.finditer(text)]
        spans = [(span, word) for span, word in spans if word]
        self.words = [word for _, word in spans]
        self.starts = [s for (s, _), _ in spans]
        self.ends = [e for (_, e), _ in spans]

    def __len__(self) -> int:
        return len(self.starts)

    def touching(self, start: int, end: int) -> tuple[int, int]:
        """Indices ``[i, j)`` of the tokens that overlap or touch ``[start, end]``."""
        i = bisect_left(self.ends, start)  # first token ending at or after start
        j = bisect_right(self.starts, end)  # tokens starting at or before end
        return i, max(i, j)

    def window(self, start: int, end: int, context: int = 1) -> tuple[list[str], int, int, int]:
        """The tokens touching ``[start, end]`` with ``context`` tokens each side, how many touch,
        and the character range ``[lo, hi)`` the window covers (``start, end`` when it is empty)."""
        i, j = self.touching(start, end)
        lo, hi = max(0, i - context), min(len(self), j + context)
        if lo >= hi:
            return [], 0, start, end
        return self.words[lo:hi], j - i, min(start, self.starts[lo]), max(end, self.ends[hi - 1])


@dataclass
class Judged:
    """One change with its verdict."""

    page: str
    extractor: str
    by: str
    old: str
    new: str
    old_window: list[str]
    new_window: list[str]
    verdict: str  # good / bad / neutral
    is_split: bool


def judge(before: str, after: str, changes: list[Change], truth: GroundTruth) -> Iterator[tuple[Change, str, list[str], list[str], bool]]:
    """(change, verdict, old window, new window, is_split) for each change of ``before`` into ``after``.

    Changes are judged apart from the others: the old window is the cleaned
    text with only this change undone, so a neighbouring repair (or damage)
    counts for the change that made it.  Changes that touch the same cleaned
    token (a space added before a quotation mark, another taken out after it)
    act together and are judged together; each gets the group's verdict.
    """
    toks_after = Tokens(after)
    groups: list[list[tuple[Change, int, int]]] = []
    last_touched_end = -1
    shift = 0
    for ch in changes:
        new_start = ch.start + shift
        new_end = new_start + len(ch.new)
        shift += len(ch.new) - (ch.end - ch.start)
        i, j = toks_after.touching(new_start, new_end)
        if groups and i < last_touched_end:
            groups[-1].append((ch, new_start, new_end))
        else:
            groups.append([(ch, new_start, new_end)])
        last_touched_end = max(last_touched_end, j) if len(groups[-1]) > 1 else j
    for group in groups:
        first, last = group[0][1], group[-1][2]
        new_window, new_touched, lo, hi = toks_after.window(first, last)
        # The cleaned text of [lo, hi) with this group's changes undone.
        parts, pos, old_len = [], lo, 0
        for ch, new_start, new_end in group:
            parts += [after[pos:new_start], ch.old]
            pos = new_end
        parts.append(after[pos:hi])
        undone = "".join(parts)
        old_start = first - lo
        old_end = len(undone) - (hi - last)
        old_window, old_touched, _, _ = Tokens(undone).window(old_start, old_end)
        in_old, in_new = truth.holds(old_window), truth.holds(new_window)
        verdict = "good" if in_new and not in_old else "bad" if in_old and not in_new else "neutral"
        for ch, _, _ in group:
            yield ch, verdict, old_window, new_window, new_touched > old_touched


# --------------------------------------------------------------------------- tallies


@dataclass
class Tally:
    """Counts of one group of records."""

    records: int = 0
    good: int = 0
    bad: int = 0
    neutral: int = 0
    split_good: int = 0
    split_bad: int = 0
    split_neutral: int = 0
    glued_before: int = 0
    glued_after: int = 0
    seconds: float = 0.0

    @property
    def edits(self) -> int:
        return self.good + self.bad + self.neutral

    @property
    def splits(self) -> int:
        return self.split_good + self.split_bad + self.split_neutral

    @property
    def precision(self) -> float:
        return self.good / (self.good + self.bad) if self.good + self.bad else float("nan")

    @property
    def split_precision(self) -> float:
        return self.split_good / (self.split_good + self.split_bad) if self.split_good + self.split_bad else float("nan")

    @property
    def glued_repaired(self) -> float:
        """Share of the glued tokens of the input that are gone from the output."""
        return 1 - self.glued_after / self.glued_before if self.glued_before else float("nan")

    def add(self, other: "Tally") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def count(self, verdict: str, is_split: bool) -> None:
        setattr(self, verdict, getattr(self, verdict) + 1)
        if is_split:
            name = f"split_{verdict}"
            setattr(self, name, getattr(self, name) + 1)

    def as_dict(self) -> dict:
        d = {name: getattr(self, name) for name in self.__dataclass_fields__}
        d["seconds"] = round(self.seconds, 2)
        d.update(
            edits=self.edits,
            splits=self.splits,
            precision=_round(self.precision),
            split_precision=_round(self.split_precision),
            glued_repaired=_round(self.glued_repaired),
        )
        return d


def _round(x: float) -> float | None:
    return None if x != x else round(x, 4)


@dataclass
class Run:
    """Everything one cleaner did: tallies by split and extractor, by split and stage, and the judged edits."""

    cleaner: str
    by_extractor: dict[str, dict[str, Tally]] = field(default_factory=lambda: {s: defaultdict(Tally) for s in SPLITS})
    by_stage: dict[str, dict[str, Tally]] = field(default_factory=lambda: {s: defaultdict(Tally) for s in SPLITS})
    judged: list[Judged] = field(default_factory=list)

    def total(self, part: str) -> Tally:
        t = Tally()
        for tally in self.by_extractor[part].values():
            t.add(tally)
        return t


def records(path: Path | str) -> Iterator[dict]:
    """The records of an extractor file (JSON lines, gzip or not)."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


Cleaner = Callable[[str], list[Change]]


def change_finder(name: str, confidence: str | None = None) -> tuple[Cleaner, Callable[[str], str]]:
    """For cleaner ``name``: a function text -> changes, and text -> cleaned text.

    textmend (and ``textmend:STAGE,...``, ``textmend@LANG``) reports its own edits, each named by
    its stage; the other cleaners are diffed.
    """
    base, _, spec = name.partition(":")
    base, _, lang = base.partition("@")
    if base == "textmend":
        import textmend

        pipe = textmend.default_pipeline(lang) if lang else textmend.default_pipeline()
        if spec:
            pipe = pipe.only([x for x in spec.split(",") if x])
        if confidence:
            pipe = textmend.Pipeline(pipe.normalizers, on_error=pipe.on_error, max_rounds=pipe.max_rounds, confidence=confidence)
        cache: dict[str, textmend.Result] = {}

        def mend(text: str):
            if text not in cache:
                cache.clear()  # keep one: the caller asks for the changes, then for the text
                cache[text] = pipe.mend(text)
            return cache[text]

        def changes(text: str) -> list[Change]:
            return [Change(e.start, e.end, e.old, e.new, e.normalizer) for e in mend(text).edits]

        return changes, lambda text: mend(text).text
    fn = build(name)
    memo: dict[str, str] = {}

    def cleaned(text: str) -> str:
        if text not in memo:
            memo.clear()
            memo[text] = fn(text)
        return memo[text]

    return (lambda text: diff_changes(text, cleaned(text))), cleaned


def run(
    cleaner: str,
    extracted: Path | str,
    truth: dict[str, GroundTruth],
    *,
    extractors: set[str] | None = None,
    limit: int | None = None,
    confidence: str | None = None,
) -> Run:
    """Clean every record of ``extracted`` with ``cleaner`` and judge each change."""
    changes_of, clean = change_finder(cleaner, confidence)
    result = Run(cleaner)
    for n, rec in enumerate(records(extracted)):
        if limit is not None and n >= limit:
            break
        page, extractor, text = rec["id"], rec["extractor"], rec.get("text") or ""
        if page not in truth or (extractors and extractor not in extractors):
            continue
        gt, part = truth[page], split_of(page)
        started = time.perf_counter()
        changes = changes_of(text)
        after = clean(text)
        tally = result.by_extractor[part][extractor]
        tally.seconds += time.perf_counter() - started
        tally.records += 1
        tally.glued_before += gt.count_glued(visible_tokens(text))
        tally.glued_after += gt.count_glued(visible_tokens(after))
        for ch, verdict, old_w, new_w, is_split in judge(text, after, changes, gt):
            tally.count(verdict, is_split)
            for stage in (ch.by or cleaner).split("+"):
                result.by_stage[part][stage].count(verdict, is_split)
            result.judged.append(Judged(page, extractor, ch.by or cleaner, ch.old, ch.new, old_w, new_w, verdict, is_split))
    return result


# --------------------------------------------------------------------------- reports


def _pct(x: float) -> str:
    return "–" if x != x else f"{100 * x:.1f}"


_HEAD = (
    "| {first} | records | edits | good | bad | neutral | precision % | splits | split good | split bad"
    " | split precision % | glued before | glued after | glued repaired % |"
)
_RULE = "| --- |" + " ---: |" * 13


def _row(label: str, t: Tally) -> str:
    return (
        f"| {label} | {t.records} | {t.edits} | {t.good} | {t.bad} | {t.neutral} | {_pct(t.precision)} | {t.splits}"
        f" | {t.split_good} | {t.split_bad} | {_pct(t.split_precision)} | {t.glued_before} | {t.glued_after}"
        f" | {_pct(t.glued_repaired)} |"
    )


def summary_markdown(runs: list[Run]) -> str:
    """Totals of every cleaner, tune and validate side by side."""
    lines = ["### Totals over all extractors, tune and validate", ""]
    lines.append(_HEAD.format(first="cleaner (split)"))
    lines.append(_RULE)
    for r in runs:
        for part in SPLITS:
            lines.append(_row(f"{r.cleaner} ({part})", r.total(part)))
    return "\n".join(lines)


def extractor_markdown(r: Run) -> str:
    """One table per split: a row per extractor and the total."""
    out = []
    for part in SPLITS:
        lines = [f"### {r.cleaner}, {part} pages, per extractor", ""]
        lines.append(_HEAD.format(first="extractor"))
        lines.append(_RULE)
        for name in sorted(r.by_extractor[part]):
            lines.append(_row(name, r.by_extractor[part][name]))
        lines.append(_row("**total**", r.total(part)))
        out.append("\n".join(lines))
    return "\n\n".join(out)


def stage_markdown(r: Run) -> str:
    """Edits by textmend stage (an edit two stages merged counts for both)."""
    lines = [f"### {r.cleaner}: edits by stage", ""]
    lines.append("| stage | tune good | tune bad | tune neutral | tune precision % | validate good | validate bad | validate neutral | validate precision % |")
    lines.append("| --- |" + " ---: |" * 8)
    for stage in sorted(set(r.by_stage["tune"]) | set(r.by_stage["validate"])):
        t, v = r.by_stage["tune"][stage], r.by_stage["validate"][stage]
        lines.append(
            f"| {stage} | {t.good} | {t.bad} | {t.neutral} | {_pct(t.precision)}"
            f" | {v.good} | {v.bad} | {v.neutral} | {_pct(v.precision)} |"
        )
    return "\n".join(lines)


def show_examples(r: Run, verdict: str, which: str, limit: int, stage: str | None = None) -> str:
    """Up to ``limit`` judged edits of one verdict, from the pages of split ``which``."""
    chosen = [
        j
        for j in r.judged
        if j.verdict == verdict and (which == "all" or split_of(j.page) == which) and (stage is None or stage in j.by.split("+"))
    ]
    out = [f"### {r.cleaner}: {verdict} edits on {which} pages ({len(chosen)}; showing {min(limit, len(chosen))})", ""]
    for j in chosen[:limit]:
        out.append(f"- {j.page} {j.extractor} {j.by}: {j.old!r} -> {j.new!r}")
        out.append(f"  before: {' '.join(j.old_window)!r}")
        out.append(f"  after:  {' '.join(j.new_window)!r}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.realworld", description=__doc__.split("\n")[0])
    ap.add_argument("--extracted", help="extractor output, JSON lines (gzip or not) with id, extractor, text (default: extracted-dev.jsonl.gz beside the corpus)")
    ap.add_argument("--corpus", help="ground truth, JSON lines with id and text (default: news-dev.jsonl)")
    ap.add_argument("--cleaner", action="append", help=f"cleaner, repeatable: {', '.join(CLEANERS)}, textmend:STAGE,STAGE or textmend@LANG (default: textmend)")
    ap.add_argument("--all", action="store_true", help="every installed cleaner")
    ap.add_argument("--confidence", help="textmend's confidence threshold (strict, default, aggressive or a number)")
    ap.add_argument("--extractor", action="append", help="only this extractor (repeatable)")
    ap.add_argument("--limit", type=int, help="only the first N records")
    ap.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    ap.add_argument("--per-extractor", action="store_true", help="also print the per-extractor tables (always in --json)")
    ap.add_argument("--examples", choices=("bad", "good", "neutral"), help="also print the edits of this verdict with their context")
    ap.add_argument("--stage", help="with --examples: only edits of this textmend stage")
    ap.add_argument("--split", choices=CHOICES, default="tune", help="pages --examples draws from (default: tune)")
    ap.add_argument("--max-examples", type=int, default=60, metavar="N")
    args = ap.parse_args(argv)

    extracted = args.extracted or str(default_extracted())
    corpus = args.corpus or str(default_corpus())
    truth = load_ground_truth(corpus)
    names = available() if args.all else (args.cleaner or ["textmend"])
    conf = args.confidence
    if conf is not None:
        try:
            conf = float(conf)
        except ValueError:
            pass
    runs = [
        run(name, extracted, truth, extractors=set(args.extractor) if args.extractor else None, limit=args.limit, confidence=conf)
        for name in names
    ]
    meta = {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": git_commit(),
        "extracted": extracted,
        "corpus": corpus,
        "ground_truth_flaws": len(ground_truth_flaws()),
        "confidence": args.confidence,
        "split": "validate if int(sha1(page id), 16) % 3 == 0 else tune (benchmarks/split.py)",
    }
    if args.json:
        payload = {
            "meta": meta,
            "results": {
                r.cleaner: {
                    part: {
                        "total": r.total(part).as_dict(),
                        "extractors": {k: v.as_dict() for k, v in sorted(r.by_extractor[part].items())},
                        "stages": {k: v.as_dict() for k, v in sorted(r.by_stage[part].items())},
                    }
                    for part in SPLITS
                }
                for r in runs
            },
        }
        print(json.dumps(payload, indent=1))
        return 0
    print(f"<!-- {meta['date']}, commit {meta['commit']}, {meta['ground_truth_flaws']} reviewed ground-truth flaws -->")
    print(summary_markdown(runs))
    for r in runs:
        if r.cleaner.startswith("textmend"):
            print()
            print(stage_markdown(r))
        if args.per_extractor:
            print()
            print(extractor_markdown(r))
    if args.examples:
        for r in runs:
            print()
            print(show_examples(r, args.examples, args.split, args.max_examples, args.stage))
    return 0


if __name__ == "__main__":
    sys.exit(main())
