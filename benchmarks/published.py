"""textmend on the published whitespace-correction benchmarks, scored like the papers.

    python -m benchmarks.published                  # every benchmark folder
    python -m benchmarks.published --bench ACL --bench doval
    python -m benchmarks.published --all            # add wordninja/wordsegment splitters when installed

Data: ``shared/data/fused/`` (a sample of Bast, Hertel et al.'s benchmarks; its
README describes the format): ``corrupt.txt`` and ``correct.txt`` per folder,
one sequence per line, differing only in whitespace; ``predictions/*.txt``
holds published systems' outputs for ACL and doval.

Metric, as in the papers: the edits that turn the corrupt line into a system's
output are space edits, *insert a space after the k-th non-space character*
or *delete the space there*.  Against the gold edits (corrupt -> correct):
F1 micro-averaged over all edits, F1 averaged over lines (a line with no gold
and no predicted edit counts 1.0), precision alone, recall on missing spaces
alone (gold insertions found), and sequence accuracy (predicted edits equal
the gold edits).  Published systems are scored by this same code from their
prediction files.

textmend's ``clean()`` also makes edits that are not about spaces (quote marks,
mojibake, a dropped repeated word).  Only whitespace is compared: the output's
non-space characters are aligned to the input's (difflib), a space edit counts
where both sides of it are aligned characters, and the boundaries inside a
non-space change are left out of the comparison.  The same rows are given for
the ``fused`` normalizer alone and for the space-moving stages together
(``whitespace``, ``fused``, ``punctuation``), which never change a non-space
character, so the alignment cannot flatter them.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from .accuracy import git_commit
from .corpus import REPO

_DATA_CANDIDATES = (REPO.parent / "shared" / "data" / "fused", Path("/work/shared/data/fused"))

#: textmend configurations scored on every benchmark.
TEXTMEND_ROWS = {
    "textmend clean()": "textmend",
    "textmend: whitespace+fused+punctuation": "textmend:whitespace,fused,punctuation",
    "textmend: fused alone": "textmend:fused",
}


def default_data() -> Path:
    for path in _DATA_CANDIDATES:
        if path.is_dir():
            return path
    raise FileNotFoundError("no shared/data/fused folder found; pass --data PATH")


def read_lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def space_profile(line: str) -> tuple[str, set[int]]:
    """The non-space characters and the boundaries (after k of them) that hold a space."""
    chars: list[str] = []
    spaces: set[int] = set()
    for ch in line:
        if ch.isspace():
            spaces.add(len(chars))
        else:
            chars.append(ch)
    return "".join(chars), spaces


Edits = set[tuple[int, str]]


def space_edits(source: str, target: str) -> Edits:
    """Space insertions and deletions turning ``source`` into ``target``, at boundaries of ``source``.

    >>> sorted(space_edits("ab c", "a bc"))
    [(1, 'ins'), (2, 'del')]
    """
    s_chars, s_spaces = space_profile(source)
    t_chars, t_spaces = space_profile(target)
    if s_chars == t_chars:
        return {(k, "ins") for k in t_spaces - s_spaces} | {(k, "del") for k in s_spaces - t_spaces}
    # Non-space characters changed: compare spaces only where both sides align.
    matcher = difflib.SequenceMatcher(None, s_chars, t_chars, autojunk=False)
    edits: Edits = set()
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            continue
        for off in range(i2 - i1 + 1):
            i, j = i1 + off, j1 + off
            if (off == 0 or off == i2 - i1) and not _aligned_edge(matcher, i, j):
                continue
            has_s, has_t = i in s_spaces, j in t_spaces
            if has_t and not has_s:
                edits.add((i, "ins"))
            elif has_s and not has_t:
                edits.add((i, "del"))
    return edits


def _aligned_edge(matcher: difflib.SequenceMatcher, i: int, j: int) -> bool:
    """A boundary at the edge of an equal block counts only when the neighbouring
    block on the other side is equal too (or it is the start or end of the line)."""
    a, b = matcher.a, matcher.b
    left = (i == 0 and j == 0) or (i > 0 and j > 0 and a[i - 1] == b[j - 1])
    right = (i == len(a) and j == len(b)) or (i < len(a) and j < len(b) and a[i] == b[j])
    return left and right


@dataclass
class Score:
    lines: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    gold_ins: int = 0
    tp_ins: int = 0
    f1_sum: float = 0.0
    exact: int = 0
    seconds: float = 0.0

    def add(self, gold: Edits, pred: Edits) -> None:
        tp = len(gold & pred)
        fp, fn = len(pred) - tp, len(gold) - tp
        self.lines += 1
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn
        self.gold_ins += sum(1 for _, kind in gold if kind == "ins")
        self.tp_ins += sum(1 for _, kind in gold & pred if kind == "ins")
        self.f1_sum += 1.0 if not gold and not pred else 2 * tp / (2 * tp + fp + fn)
        self.exact += gold == pred

    @property
    def f1_micro(self) -> float:
        d = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / d if d else 1.0

    @property
    def f1_seq(self) -> float:
        return self.f1_sum / self.lines if self.lines else float("nan")

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float("nan")

    @property
    def recall_missing(self) -> float:
        return self.tp_ins / self.gold_ins if self.gold_ins else float("nan")

    @property
    def seq_acc(self) -> float:
        return self.exact / self.lines if self.lines else float("nan")

    def as_dict(self) -> dict:
        d = asdict(self)
        d.update(f1_micro=self.f1_micro, f1_seq=self.f1_seq, precision=self.precision,
                 recall_missing=self.recall_missing, seq_acc=self.seq_acc)
        return d


def score_outputs(
    corrupt: list[str], correct: list[str], outputs: list[str], false_positives: list | None = None, keep: int = 0
) -> Score:
    s = Score()
    for c, g, p in zip(corrupt, correct, outputs):
        gold, pred = space_edits(c, g), space_edits(c, p)
        s.add(gold, pred)
        if false_positives is not None and len(false_positives) < keep:
            for k, kind in sorted(pred - gold)[: keep - len(false_positives)]:
                false_positives.append((c, g, k, kind))
    return s


def _context(line: str, k: int, width: int = 30) -> str:
    """``line`` around the boundary after its k-th non-space character, marked with ``|``."""
    seen = i = 0
    while i < len(line) and seen < k:
        seen += not line[i].isspace()
        i += 1
    return line[max(0, i - width) : i] + "|" + line[i : i + width]


def run_bench(
    folder: Path, systems: dict[str, Callable[[str], str]], limit: int | None, examples: int = 0
) -> dict[str, Score]:
    corrupt = read_lines(folder / "corrupt.txt")[:limit]
    correct = read_lines(folder / "correct.txt")[:limit]
    results: dict[str, Score] = {}
    results["(no change)"] = score_outputs(corrupt, correct, corrupt)
    for name, fn in systems.items():
        t = time.perf_counter()
        outputs = [fn(line) for line in corrupt]
        elapsed = time.perf_counter() - t
        fps: list = []
        results[name] = score_outputs(corrupt, correct, outputs, fps, examples)
        results[name].seconds = elapsed
        if examples and fps:
            print(f"#### {folder.name}, {name}: false positives (| marks the boundary)")
            for c, g, k, kind in fps:
                print(f"- {kind} at {_context(c, k)!r}  gold: {_context(g, k)!r}")
            print()
    pred_dir = folder / "predictions"
    if pred_dir.is_dir():
        for path in sorted(pred_dir.glob("*.txt")):
            preds = read_lines(path)[:limit]
            if len(preds) < len(corrupt):
                preds += corrupt[len(preds):]
            results[f"published: {path.stem}"] = score_outputs(corrupt, correct, preds)
    return results


def _p(x: float) -> str:
    return "–" if x != x else f"{100 * x:.1f}"


def markdown(name: str, lines: int, results: dict[str, Score]) -> str:
    out = [f"### {name} ({lines} lines)", ""]
    out.append("| system | F1 micro | F1 per line | precision | recall, missing spaces | sequence acc. |")
    out.append("| --- | ---: | ---: | ---: | ---: | ---: |")
    for sys_name, s in results.items():
        out.append(f"| {sys_name} | {_p(s.f1_micro)} | {_p(s.f1_seq)} | {_p(s.precision)} | {_p(s.recall_missing)} | {_p(s.seq_acc)} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.published", description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=None, help="the fused/ benchmark folder (default: shared/data/fused)")
    ap.add_argument("--bench", action="append", help="benchmark folder name(s) (default: all)")
    ap.add_argument("--limit", type=int, default=None, help="first N lines of each benchmark")
    ap.add_argument("--all", action="store_true", help="also score installed unknown-token splitters (wordninja, wordsegment)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--examples", type=int, default=0, metavar="N", help="print up to N false-positive space edits per textmend row")
    args = ap.parse_args(argv)

    from .cleaners import build

    data = Path(args.data) if args.data else default_data()
    benches = args.bench or sorted(p.name for p in data.iterdir() if (p / "corrupt.txt").is_file())
    systems = {label: build(spec) for label, spec in TEXTMEND_ROWS.items()}
    if args.all:
        for extra in ("wordninja", "wordsegment"):
            try:
                systems[f"{extra} (unknown tokens)"] = build(extra)
            except ImportError:
                pass
    meta = {"date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "commit": git_commit(), "data": str(data)}
    report = {}
    texts = [f"<!-- {meta['date']}, commit {meta['commit']}, data {data} -->"]
    for bench in benches:
        results = run_bench(data / bench, systems, args.limit, args.examples)
        report[bench] = {k: v.as_dict() for k, v in results.items()}
        texts.append(markdown(bench, next(iter(results.values())).lines, results))
        texts.append("")
        if not args.json:
            print("\n".join(texts), flush=True)
            texts = []
    if args.json:
        print(json.dumps({"meta": meta, "results": report}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
