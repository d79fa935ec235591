"""Injected repeated words outside English: exact repairs per language, tune and validate.

    python -m benchmarks.repeats_languages              # the table
    python -m benchmarks.repeats_languages --examples   # the tune misses, to read

The paragraphs of the dev pages whose language is not English (``DOCUMENT_LANGUAGES``
of benchmarks/langid.py) get the ``repeated-word`` defect of benchmarks/defects.py, seeded
as ``benchmarks.accuracy`` seeds it (same seed, same sites), and go through ``clean()``
with ``lang="auto"``; a case counts when the output is the original paragraph.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter

from .corpus import paragraphs
from .defects import inject
from .langid import DOCUMENT_LANGUAGES
from .split import SPLITS, page_id, split_of

CLASS = "repeated-word"


def measure(seed: int = 1) -> tuple[Counter, Counter, list[str]]:
    """(exact, n) per (split, language), and the tune misses as context strings."""
    import textmend

    exact: Counter = Counter()
    total: Counter = Counter()
    misses: list[str] = []
    for key, para in paragraphs():
        lang = DOCUMENT_LANGUAGES.get(page_id(key), "en")
        if lang == "en":
            continue
        damaged = inject(CLASS, para, random.Random(f"{seed}:{CLASS}:{key}"))
        if damaged is None:
            continue
        part = split_of(key)
        ok = textmend.clean(damaged) == para
        for group in (lang, "all"):
            total[part, group] += 1
            exact[part, group] += ok
        if not ok and part == "tune":
            i = next((i for i, (a, b) in enumerate(zip(para, damaged)) if a != b), 0)
            misses.append(f"{lang} {key}: {damaged[max(0, i - 50) : i + 40]!r}")
    return exact, total, misses


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.repeats_languages", description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--examples", action="store_true", help="print the tune misses")
    args = ap.parse_args(argv)
    exact, total, misses = measure(args.seed)
    langs = sorted({lang for _, lang in total if lang != "all"}) + ["all"]
    print("| language | " + " | ".join(f"{s} exact / n" for s in SPLITS) + " |")
    print("| --- |" + " ---: |" * len(SPLITS))
    for lang in langs:
        cells = []
        for s in SPLITS:
            n = total[s, lang]
            cells.append(f"{exact[s, lang]} / {n} ({100 * exact[s, lang] / n:.1f}%)" if n else "–")
        print(f"| {lang} | " + " | ".join(cells) + " |")
    if args.examples:
        for m in misses:
            print("  miss:", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
