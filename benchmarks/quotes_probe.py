"""Probe the quotes normalizer on defects injected into the clean news corpus.

Each case takes one paragraph of tests/data/news-dev.jsonl, injects one defect
into it, runs the normalizer on the whole document (so the next paragraph is
there to say whether a quotation continues), and compares the paragraph with
the normalizer's output on the undamaged document (so the corpus's own flaws
do not count either way).  Fixed seed; run from the repository root:

    PYTHONPATH=src python benchmarks/quotes_probe.py [--stage quotes|pipeline]

Outcomes per case: *repaired* (exactly the expected paragraph), *improved*
(closer to it, by edit distance, than the damaged input), *unchanged*,
*worse* (farther from it than the input).
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable, Iterator

import regex

from textmend.normalizers.quotes import Quotes

try:  # run as python -m benchmarks.quotes_probe
    from .distance import levenshtein as distance
except ImportError:  # or as a script
    from distance import levenshtein as distance  # type: ignore[no-redef]

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "news-dev.jsonl"
SEED = 4

LDQ, RDQ, LSQ, RSQ = "\u201c", "\u201d", "\u2018", "\u2019"


def double_pairs(para: str) -> list[tuple[int, int]]:
    """(open, close) positions of the double quotations of a well-formed paragraph, else []."""
    curly = [m.start() for m in regex.finditer(f"[{LDQ}{RDQ}]", para)]
    straight = [m.start() for m in regex.finditer('(?<![0-9])"', para)]
    pairs = []
    if curly:
        if len(curly) % 2 or any(para[p] != (LDQ if k % 2 == 0 else RDQ) for k, p in enumerate(curly)):
            return []
        pairs += list(zip(curly[::2], curly[1::2]))
    if straight:
        if len(straight) % 2:
            return []
        pairs += list(zip(straight[::2], straight[1::2]))
    return sorted(pairs)


def flip(para: str, rng: random.Random) -> Iterator[str]:
    # doubles, opening singles, and the ’ that closes a ‘ (not apostrophes)
    single_closes = [m.end() - 1 for m in regex.finditer(f"{LSQ}[^{LSQ}{RSQ}{LDQ}{RDQ}]+?{RSQ}(?![\\p{{L}}])", para)]
    marks = [m.start() for m in regex.finditer(f"[{LDQ}{RDQ}{LSQ}]", para)] + single_closes
    if marks:
        p = rng.choice(marks)
        other = {LDQ: RDQ, RDQ: LDQ, LSQ: RSQ, RSQ: LSQ}[para[p]]
        yield para[:p] + other + para[p + 1 :]


def drop_close(para: str, rng: random.Random) -> Iterator[str]:
    pairs = double_pairs(para)
    if pairs:
        _, c = rng.choice(pairs)
        yield para[:c] + para[c + 1 :]


def drop_open(para: str, rng: random.Random) -> Iterator[str]:
    pairs = double_pairs(para)
    if pairs:
        o, _ = rng.choice(pairs)
        yield para[:o] + para[o + 1 :]


def inner_space(para: str, rng: random.Random) -> Iterator[str]:
    pairs = [(o, c) for o, c in double_pairs(para) if para[o + 1] != " " and para[c - 1] != " " and c - o > 3]
    if pairs:
        o, c = rng.choice(pairs)
        p = o + 1 if rng.random() < 0.5 else c
        yield para[:p] + " " + para[p:]


def dropped_comma_close(para: str, rng: random.Random) -> Iterator[str]:
    # `“We will win,” he said` -> `“We will winhe said`, which fused splits to `win he said`.
    spots = [m.start() for m in regex.finditer(f'(?<=\\p{{L}}),[{RDQ}"] (?=\\p{{L}})', para)]
    if spots:
        p = rng.choice(spots)
        yield para[:p] + " " + para[p + 3 :]


DEFECTS: dict[str, Callable[[str, random.Random], Iterator[str]]] = {
    "flipped mark": flip,
    "dropped closing mark": drop_close,
    "dropped opening mark": drop_open,
    "space inside quotes": inner_space,
    "dropped ,” before a reporting clause (as fused leaves it)": dropped_comma_close,
}


def documents() -> list[list[str]]:
    with open(DATA, encoding="utf-8") as fh:
        return [json.loads(line)["text"].split("\n\n") for line in fh]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stage", choices=["quotes", "pipeline"], default="quotes")
    ap.add_argument("--show", type=int, default=0, help="print up to N failures per class")
    ap.add_argument("--dump", help="write every case as a JSON line to this file")
    ap.add_argument("--only", nargs="*", default=["worse", "unchanged", "improved"], help="outcomes to print")
    args = ap.parse_args()
    if args.stage == "quotes":
        run: Callable[[str], str] = Quotes()
    else:
        import textmend

        run = textmend.clean
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    rng = random.Random(SEED)
    docs = documents()
    outcomes: dict[str, Counter[str]] = defaultdict(Counter)
    shown: Counter[str] = Counter()
    clean_changed = clean_total = 0
    chars = 0
    t0 = time.perf_counter()
    for paras in docs:
        doc = "\n\n".join(paras)
        chars += len(doc)
        expected_doc = run(doc).split("\n\n")
        if len(expected_doc) != len(paras):
            continue
        for para, exp in zip(paras, expected_doc):
            clean_total += bool(para.strip())
            clean_changed += para != exp
    speed = chars / (time.perf_counter() - t0)
    for paras in docs:
        expected_doc = run("\n\n".join(paras)).split("\n\n")
        if len(expected_doc) != len(paras):
            continue
        for k, para in enumerate(paras):
            for kind, inject in DEFECTS.items():
                for damaged in inject(para, rng):
                    out = run("\n\n".join(paras[:k] + [damaged] + paras[k + 1 :])).split("\n\n")[k]
                    exp = expected_doc[k]
                    if out == exp:
                        result = "repaired"
                    else:
                        before, after = distance(damaged, exp), distance(out, exp)
                        result = "improved" if after < before else "worse" if after > before else "unchanged"
                    outcomes[kind][result] += 1
                    if dump:
                        dump.write(json.dumps({"kind": kind, "result": result, "in": damaged, "out": out, "exp": exp}) + "\n")
                    if result in args.only and shown[kind] < args.show:
                        shown[kind] += 1
                        print(f"[{kind}: {result}]\n  in : {damaged}\n  out: {out}\n  exp: {exp}\n")
    print(f"stage: {args.stage}; seed {SEED}")
    print(f"{'defect':58} {'cases':>6} {'repaired':>9} {'+improved':>10} {'worse':>7}")
    for kind, c in outcomes.items():
        n = sum(c.values())
        print(
            f"{kind:58} {n:6d} {c['repaired'] / n:9.1%} {(c['repaired'] + c['improved']) / n:10.1%} {c['worse'] / n:7.1%}"
        )
    print(f"clean paragraphs changed (corpus flaws included): {clean_changed} of {clean_total}")
    print(f"speed on the clean corpus: {speed / 1e6:.2f} M chars/s")


if __name__ == "__main__":
    main()
