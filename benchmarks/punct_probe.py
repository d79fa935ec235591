"""Probe the punctuation normalizer on the dev corpus: inject damage, count exact repairs.

    PYTHONPATH=src python benchmarks/punct_probe.py [--show N] [--all-sites]

For each clean paragraph of tests/data/news-dev.jsonl (unchanged by the
normalizer, not listed in known_flaws.tsv) one site per kind of damage is
picked at random (seeded) and damaged:

* before:  a space before a closing ``, . ; : ! ? ) ]`` glued to a word
  (``before+any``: glued to anything but a space, a quote or an ellipsis);
* open:    a space after an opening ``(`` or ``[`` glued to a word
  (``open+any``: glued to anything but a space or a quote);
* missing: the space after ``. , ; : ! ?`` between two letters deleted
  (``missing+digit`` also lets the left side be a digit: ``2019, the``).

A repair is exact when the normalizer gives back the original paragraph.
With ``--all-sites`` every site is tried instead of one per paragraph.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from corpus import known_flaws, paragraphs  # noqa: E402

from textmend.normalizers.punctuation import PunctuationSpacing  # noqa: E402

SITES = {
    "before": regex.compile(r"(?<=[\p{L}\p{N}])(?=[,;:!?)\]](?:\s|\Z)|\.(?:\s|\Z)(?<!\.\.(?:\s|\Z)))"),
    "before+any": regex.compile(r"(?<=[^\s\"'“”‘’«».…])(?=[,;:!?)\]](?:\s|\Z)|\.(?:\s|\Z)(?<!\.\.(?:\s|\Z)))"),
    "open": regex.compile(r"(?<=[(\[])(?=[\p{L}\p{N}])"),
    "open+any": regex.compile(r"(?<=[(\[])(?=[^\s\"'“”‘’«»])"),
    "missing": regex.compile(r"(?<=\p{L}[.,;:!?]) (?=\p{L})"),
    "missing+digit": regex.compile(r"(?<=[\p{L}\p{N}][.,;:!?]) (?=\p{L})"),
}


def damage(kind: str, para: str, pos: int, end: int) -> str:
    if kind.startswith("missing"):
        return para[:pos] + para[end:]
    return para[:pos] + " " + para[pos:]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=8, help="failures to print per kind")
    ap.add_argument("--all-sites", action="store_true")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--mark", default="", help="print failures only for these marks")
    args = ap.parse_args()
    norm = PunctuationSpacing()
    flawed = known_flaws()
    rng = random.Random(args.seed)
    paras = paragraphs()
    changed = [(f"{d}#{k}", p) for d, k, p in paras if norm(p) != p]
    print(f"paragraphs: {len(paras)}; changed by the normalizer: {len(changed)} "
          f"(1 in {len(paras) / max(1, len(changed)):.0f})")
    for key, p in changed:
        tag = "known flaw" if key in flawed else "NOT LISTED"
        print(f"  [{tag}] {key}: " + "; ".join(str(e) for e in norm.find_edits(p))[:300])
    clean = [p for d, k, p in paras if f"{d}#{k}" not in flawed and norm(p) == p]
    for kind, site in SITES.items():
        ok = total = 0
        by_mark: Counter[str] = Counter()
        bad_by_mark: Counter[str] = Counter()
        shown = 0
        for p in clean:
            spots = [(m.start(), m.end()) for m in site.finditer(p)]
            if not spots:
                continue
            chosen = spots if args.all_sites else [rng.choice(spots)]
            for pos, end in chosen:
                mark = p[pos] if kind.startswith("before") else p[pos - 1]
                broken = damage(kind, p, pos, end)
                total += 1
                by_mark[mark] += 1
                if norm(broken) == p:
                    ok += 1
                else:
                    bad_by_mark[mark] += 1
                    if shown < args.show and (not args.mark or mark in args.mark):
                        shown += 1
                        lo = max(0, pos - 40)
                        print(f"    miss {kind}: {broken[lo:pos + 40]!r}")
        rate = 100 * ok / max(1, total)
        marks = ", ".join(f"{m}:{by_mark[m] - bad_by_mark[m]}/{by_mark[m]}" for m in sorted(by_mark))
        print(f"{kind:14} exact {ok}/{total} = {rate:.1f}%   ({marks})")
    text = "\n\n".join(clean)
    reps = max(1, 1_000_000 // len(text) + 1)
    big = "\n\n".join([text] * reps)[:1_000_000]
    times = []
    for _ in range(3):  # CPU time, best of three: the machine may be shared
        t = time.process_time()
        norm.find_edits(big)
        times.append(time.process_time() - t)
    print(f"speed on 1 MB of clean news: {len(big) / min(times) / 1e6:.1f} M chars/s (normalizer alone)")


if __name__ == "__main__":
    main()
