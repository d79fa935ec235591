"""Precision audit: every edit the default pipeline makes on a corpus, judged by hand and kept.

    python -m benchmarks.audit CORPUS                    # summary: edits, verdicts, precision, unjudged
    python -m benchmarks.audit CORPUS --update           # add the unjudged edits to the verdict file
    python -m benchmarks.audit CORPUS --out edits.tsv    # every edit with its context, for judging elsewhere
    python -m benchmarks.audit extracted-dev.jsonl.gz --split validate --sample 150 --seed 1 --update

CORPUS is JSON lines (gzip or not) with a ``text`` field (and ``id``; an
``extractor`` field is kept in the document name but not in the key, so the
same repair of the same page by 18 extractors is judged once), a text file (one
document, or one per line with ``--lines``) or a folder of ``.txt`` files.

The verdict file of a corpus, ``benchmarks/verdicts/<name>.tsv`` (``--name``,
default: the file's stem), has one row per edit:

    key  verdict  note  normalizer  old  new  context

* key: ``page id | hash`` of the edit's old and new text and 30 characters of
  context each side, so it survives runs and unrelated changes elsewhere;
* verdict: ``correct`` (a real defect, repaired), ``neutral`` (harmless either
  way: boilerplate, an invisible character), ``style`` (correct text changed to
  another correct form), ``damage`` (correct text made wrong, or a defect made
  worse); empty until someone judges it;
* note: why, for the next reader.

``--update`` rewrites the file with the edits no verdict covers first (verdict
empty), then the judged ones; verdicts of edits the pipeline no longer makes
are kept at the end, marked ``stale`` in the summary.  Precision is
correct / (correct + damage); strict precision counts style changes as wrong
too.  ``--skip NORMALIZER`` leaves out the edits that normalizer made alone; an edit
it made together with another (``whitespace+punctuation``) is still audited.  ``--sample N`` judges a fixed sample of the edits (by a hash of seed and key), for
corpora too large to judge whole; ``--split`` keeps the tune or validate pages
of the dev corpus (benchmarks/split.py), or of any corpus by the same hash rule on
its record ids (Django's messages: ``<lang>/<app>:<n>``), so rules tuned on one half
are judged on the other.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .corpus import REPO, documents
from .split import CHOICES, SPLITS, in_split, split_of

__all__ = ["AuditEdit", "VERDICTS", "audit_edits", "load_verdicts", "precision", "read_corpus", "skipped", "write_verdicts"]

VERDICTS = ("correct", "neutral", "style", "damage")
VERDICT_DIR = REPO / "benchmarks" / "verdicts"
CONTEXT = 30  # characters each side, in the key and in the judging sheet
HEADER = ("key", "verdict", "note", "normalizer", "old", "new", "context")


@dataclass(frozen=True)
class AuditEdit:
    """One edit of the pipeline with what a judge needs to see."""

    key: str
    doc: str
    normalizer: str
    old: str
    new: str
    context: str  # ``left[old→new]right`` in the original text, escaped for one TSV cell


def _cell(text: str) -> str:
    """One TSV cell: tabs, newlines and backslashes escaped, so a row stays a line."""
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def edit_key(page: str, old: str, new: str, left: str, right: str) -> str:
    """A stable key: the page id and a hash of the change and its context.

    >>> edit_key("p1", "  ", " ", "one", "two")
    'p1|f9d8f9c2a0'
    """
    digest = hashlib.sha1("\x00".join((old, new, left, right)).encode("utf-8")).hexdigest()[:10]
    return f"{page}|{digest}"


def read_corpus(path: Path | str, *, lines: bool = False, encoding: str = "utf-8") -> Iterator[tuple[str, str, str]]:
    """(page id, document name, text) of every document of a corpus (see the module doc)."""
    path = Path(path)
    if path.is_dir():
        for f in sorted(path.rglob("*.txt")):
            name = str(f.relative_to(path))
            yield name, name, f.read_text(encoding=encoding)
        return
    if path.suffixes[-2:] in ([".jsonl", ".gz"], [".json", ".gz"]) or path.suffix in (".jsonl", ".json"):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if line.strip():
                    rec = json.loads(line)
                    page = str(rec.get("id", n))
                    name = f"{page}/{rec['extractor']}" if "extractor" in rec else page
                    yield page, name, rec.get("text") or ""
        return
    text = path.read_text(encoding=encoding)
    if lines:
        for n, line in enumerate(text.splitlines()):
            if line.strip():
                yield f"{path.stem}:{n + 1}", f"{path.stem}:{n + 1}", line
    else:
        yield path.stem, path.stem, text


def audit_edits(docs: Iterator[tuple[str, str, str]], lang: str | None = None) -> tuple[list[AuditEdit], Counter]:
    """Every distinct edit (by key) of the default pipeline on ``docs``, and how often each key occurred."""
    import textmend

    pipeline = textmend.default_pipeline() if lang is None else textmend.default_pipeline(lang)
    seen: dict[str, AuditEdit] = {}
    counts: Counter = Counter()
    for page, name, text in docs:
        for e in pipeline.mend(text).edits:
            left = text[max(0, e.start - CONTEXT) : e.start]
            right = text[e.end : e.end + CONTEXT]
            key = edit_key(page, e.old, e.new, left, right)
            counts[key] += 1
            if key not in seen:
                seen[key] = AuditEdit(key, name, e.normalizer, e.old, e.new, _cell(f"{left}[{e.old}→{e.new}]{right}"))
    return list(seen.values()), counts


@dataclass
class Verdict:
    key: str
    verdict: str
    note: str
    row: tuple[str, ...]


def load_verdicts(path: Path) -> dict[str, Verdict]:
    """Key -> verdict of a verdict file (rows without a verdict are not judged yet)."""
    out: dict[str, Verdict] = {}
    if not path.is_file():
        return out
    # split on "\n" only: _cell escapes tabs and line breaks, but splitlines() would also break a row
    # at a control character such as U+001D that an edit removes (an invisible-character repair)
    for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line or line.startswith("#") or line.startswith("key\t"):
            continue
        cols = line.split("\t")
        if len(cols) != len(HEADER):
            raise ValueError(f"{path}:{n}: expected {len(HEADER)} tab-separated columns, got {len(cols)}")
        verdict = cols[1].strip()
        if verdict and verdict not in VERDICTS:
            raise ValueError(f"{path}:{n}: unknown verdict {verdict!r}; use one of {', '.join(VERDICTS)}")
        out[cols[0]] = Verdict(cols[0], verdict, cols[2], tuple(cols))
    return out


def _row(e: AuditEdit, verdict: str = "", note: str = "") -> str:
    """One row of a verdict file; ``note`` is a cell as stored (already escaped)."""
    return "\t".join((e.key, verdict, note, e.normalizer, _cell(e.old), _cell(e.new), e.context))


def write_verdicts(path: Path, edits: list[AuditEdit], verdicts: dict[str, Verdict], title: str) -> None:
    """The verdict file: unjudged edits first, then judged ones, then stale verdicts."""
    current = {e.key for e in edits}
    unjudged = [e for e in edits if not (e.key in verdicts and verdicts[e.key].verdict)]
    judged = [e for e in edits if e.key in verdicts and verdicts[e.key].verdict]
    stale = [v for k, v in verdicts.items() if k not in current and v.verdict]
    lines = [
        f"# Precision audit of {title}: benchmarks/audit.py; verdicts: {', '.join(VERDICTS)} (empty: not judged yet).",
        "# Judge the context column: [old→new] marks the edit; \\n is a line break.",
        "\t".join(HEADER),
    ]
    lines += [_row(e) for e in unjudged]
    lines += [_row(e, verdicts[e.key].verdict, verdicts[e.key].note) for e in judged]
    lines += ["\t".join(v.row) for v in stale]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def sample(edits: list[AuditEdit], n: int, seed: int) -> list[AuditEdit]:
    """``n`` edits drawn by a hash of seed and key, so a sample stays the same sample when
    the pipeline changes: an edit that is still made keeps its place (and its verdict),
    and only the edits that come and go move it."""
    ranked = sorted(edits, key=lambda e: hashlib.sha1(f"{seed}:{e.key}".encode("utf-8")).hexdigest())
    return sorted(ranked[:n], key=lambda e: e.key)


def skipped(normalizer: str, skip: list[str] | set[str]) -> bool:
    """Whether an edit of ``normalizer`` is left out of an audit that skips ``skip``: only
    when every normalizer that took part in it is skipped (a combined edit is named
    ``a+b``), so one a judged normalizer shared is judged.

    >>> skipped("whitespace", ["whitespace"]), skipped("whitespace+punctuation", ["whitespace"])
    (True, False)
    >>> skipped("punctuation+whitespace", ["whitespace", "punctuation"])
    True
    """
    return set(normalizer.split("+")) <= set(skip)


def precision(counts: Counter) -> tuple[float, float]:
    """(precision, strict precision) from verdict counts."""
    wrong = counts["damage"]
    p = counts["correct"] / (counts["correct"] + wrong) if counts["correct"] + wrong else float("nan")
    strict_den = counts["correct"] + wrong + counts["style"]
    return p, counts["correct"] / strict_den if strict_den else float("nan")


def _pct(x: float) -> str:
    return "–" if x != x else f"{100 * x:.1f}"


def summary(edits: list[AuditEdit], verdicts: dict[str, Verdict], title: str, by_split: bool = False) -> str:
    """Markdown: verdict counts and precision per normalizer and in total (and per split of the dev pages)."""
    per: dict[str, Counter] = defaultdict(Counter)
    for e in edits:
        v = verdicts.get(e.key)
        per[e.normalizer][v.verdict if v and v.verdict else "unjudged"] += 1
    total: Counter = Counter()
    for c in per.values():
        total.update(c)
    current = {e.key for e in edits}
    stale = sum(1 for k, v in verdicts.items() if k not in current and v.verdict)
    lines = [f"### Audit of {title}: {len(edits)} distinct edits, {total['unjudged']} not judged, {stale} stale verdicts", ""]
    lines.append("| normalizer | edits | correct | neutral | style | damage | unjudged | precision % | strict % |")
    lines.append("| --- |" + " ---: |" * 8)
    parts: dict[str, Counter] = defaultdict(Counter)
    if by_split:
        for e in edits:
            v = verdicts.get(e.key)
            parts[f"**total, {split_of(e.key.partition('|')[0])}**"][v.verdict if v and v.verdict else "unjudged"] += 1
    for name in sorted(per) + ["**total**"] + [f"**total, {s}**" for s in SPLITS if by_split]:
        c = total if name == "**total**" else parts[name] if name.startswith("**total, ") else per[name]
        p, strict = precision(c)
        n = sum(c.values())
        lines.append(
            f"| {name} | {n} | {c['correct']} | {c['neutral']} | {c['style']} | {c['damage']} | {c['unjudged']}"
            f" | {_pct(p)} | {_pct(strict)} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.audit", description=__doc__.split("\n")[0])
    ap.add_argument("corpus", help="JSON lines (gzip or not) with a text field, a text file, or a folder of .txt files")
    ap.add_argument("--name", help="verdict file name, benchmarks/verdicts/NAME.tsv (default: the corpus file's stem)")
    ap.add_argument("--lines", action="store_true", help="a text file holds one document per line")
    ap.add_argument("--split", choices=CHOICES, default="all", help="only the tune or validate records, by the hash rule of benchmarks/split.py on the record id (dev pages, or any corpus's ids: Django's messages)")
    ap.add_argument("--sample", type=int, help="judge a fixed random sample of N distinct edits")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--skip", action="append", default=[], metavar="NORMALIZER", help="leave out the edits this normalizer made alone (of a sample, or of the whole corpus; repeatable); an edit it made together with a normalizer not skipped is kept")
    ap.add_argument("--lang", help="the pipeline's language (default: the default pipeline's)")
    ap.add_argument("--encoding", default="utf-8", help="of a text corpus (default: %(default)s)")
    ap.add_argument("--update", action="store_true", help="write the verdict file, unjudged edits first")
    ap.add_argument("--out", help="also write every edit with its context (and any verdict) to this TSV")
    args = ap.parse_args(argv)

    path = Path(args.corpus)
    stem = path.name.split(".")[0]
    name = args.name or (stem if args.split == "all" else f"{stem}-{args.split}")
    if args.sample:
        name += f"-sample{args.sample}-seed{args.seed}"
    docs = (d for d in read_corpus(path, lines=args.lines, encoding=args.encoding) if args.split == "all" or in_split(d[0], args.split))
    edits, _ = audit_edits(docs, args.lang)
    if args.skip:
        # Whole corpora too: whitespace edits of a text extractor's layout run to thousands of
        # trivially right collapses, counted by the run without --skip.  An edit two normalizers
        # made together ("whitespace+punctuation": overlapping repairs combined into one) stays in
        # when any normalizer not skipped took part: its change is that normalizer's too, and
        # leaving it out would leave that normalizer's damage unjudged.
        edits = [e for e in edits if not skipped(e.normalizer, args.skip)]
    if args.sample:
        edits = sample(edits, args.sample, args.seed)
    target = VERDICT_DIR / f"{name}.tsv"
    verdicts = load_verdicts(target)
    title = f"{path.name}" + (f" ({args.split} pages)" if args.split != "all" else "")
    if args.sample:
        title += f", a sample of {len(edits)} edits (seed {args.seed}" + (f", without {', '.join(args.skip)}" if args.skip else "") + ")"
    elif args.skip:
        title += f", every edit but {', '.join(args.skip)}'s"
    if args.update:
        write_verdicts(target, edits, verdicts, title)
    if args.out:
        write_verdicts(Path(args.out), edits, verdicts, title)
    dev_pages = {page for page, _ in documents()}
    by_split = bool(edits) and all(e.key.partition("|")[0] in dev_pages for e in edits)
    print(summary(edits, verdicts, title, by_split))
    print(f"\nverdict file: {target.relative_to(REPO)}{'' if target.is_file() else ' (none yet; --update writes it)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
