"""Speed of the fused normalizer on clean news text, and its cold start.

Usage: PYTHONPATH=src python benchmarks/fused_speed.py [--repeat N]

Prints chars/s of the default pipeline with and without ``fused`` over the
paragraphs of tests/data/news-dev.jsonl (warm: lexicons loaded), of ``fused``
alone, and the one-off cost of loading its lexicon in a fresh process.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

COLD = """
import time
t = time.perf_counter()
from textmend.normalizers.fused import FusedTokens
FusedTokens().find_edits("from one place to anotherso seeing")
print(time.perf_counter() - t)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from textmend import Pipeline
    from textmend.api import DEFAULT_ORDER
    from textmend.registry import build

    with open(ROOT / "tests" / "data" / "news-dev.jsonl", encoding="utf-8") as fh:
        docs = [json.loads(line)["text"] for line in fh]
    chars = sum(map(len, docs))
    full = Pipeline([build(n) for n in DEFAULT_ORDER])
    without = Pipeline([build(n) for n in DEFAULT_ORDER if n != "fused"])
    alone = build("fused")
    for run in (full, without, alone):  # warm: load every lexicon once
        run(docs[0])

    from textmend.normalizers.fused import _scanner

    def rate(fn) -> float:
        best = float("inf")
        for _ in range(args.repeat):
            _scanner("en")._best_split.cache_clear()  # no credit for splits judged last round
            t = time.perf_counter()
            for d in docs:
                fn(d)
            best = min(best, time.perf_counter() - t)
        return chars / best

    print(f"{chars:,} chars in {len(docs)} articles (best of {args.repeat})")
    print(f"default pipeline:             {rate(full) / 1e6:.2f} M chars/s")
    print(f"default pipeline minus fused: {rate(without) / 1e6:.2f} M chars/s")
    print(f"fused alone:                  {rate(alone) / 1e6:.2f} M chars/s")
    cold = [float(subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True).stdout)
            for _ in range(args.repeat)]
    print(f"cold start (import, wordfreq dict, first call): {min(cold):.2f} s")


if __name__ == "__main__":
    main()
