"""Doubled rare words: would holding them pay? (issue 13, branch ``prec28``)

    python -m benchmarks.rare_doubles pool                 # judged `repeats` rows a rare-word hold would stop
    python -m benchmarks.rare_doubles inject --zipf 4 -- --seed 1          # benchmarks.accuracy with the hold
    python -m benchmarks.rare_doubles inject --zipf 4 --evidence -- --seed 1
    python -m benchmarks.rare_doubles inject --zipf 4 --module non_english  # benchmarks.non_english with it

prec26 found that among every judged ``repeats`` removal, a double of a word rarer than
Zipf 4 in its line's language was never right.  ``pool`` reads the pool that
``python -m benchmarks.nonprose pool`` writes and gives, per Zipf threshold, per corpus and
leaving one corpus out, the damaged and correct removals such a hold stops and loses.
``inject`` runs an injected benchmark with the hold patched into ``repeats`` (the library
is not changed): a double of a word below ``--zipf`` gets the confidence of a held double
(below the default threshold); with ``--evidence``, only when the text writes the word
nowhere else (a word the document uses alone elsewhere is its word, so a doubled copy reads
as a stammer).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

import regex

from .nonprose import POOL

GRID = (2.0, 2.5, 3.0, 3.5, 4.0, 4.5)
_WORD = regex.compile(r"\w+")


def _rows() -> list[dict[str, object]]:
    from textmend.lexicon import word_zipf

    rows = [json.loads(x) for x in POOL.read_text(encoding="utf-8").splitlines() if x]
    out = []
    for r in rows:
        if "repeats" not in str(r["normalizer"]).split("+"):
            continue
        words = _WORD.findall(str(r["old"]))
        word = (words[0] if words else str(r["old"])).lower()
        r["word"], r["zipf"] = word, word_zipf(word, str(r["lang"]) or "en")
        out.append(r)
    return out


def pool_report() -> None:
    """Per threshold: verdicts of the held rows, pooled and among those main makes today;
    per corpus at Zipf 4; then leave one corpus out."""
    rows = _rows()
    print("all judged repeats rows:", dict(Counter(str(r["verdict"]) for r in rows)))
    print("\n| held: Zipf below | pooled: damage / correct / neutral | made today at the default |")
    print("| ---: | --- | --- |")
    for z in GRID:
        held = [r for r in rows if float(r["zipf"]) < z]  # type: ignore[arg-type]
        c = Counter(str(r["verdict"]) for r in held)
        m = Counter(str(r["verdict"]) for r in held if r["now"] == "default")
        print(f"| {z} | {c['damage']} / {c['correct']} / {c['neutral']} | {m['damage']} / {m['correct']} / {m['neutral']} |")
    print("\nper corpus, Zipf < 4: damage stopped / damage, correct lost / correct, neutral held")
    for k in sorted({str(r["corpus"]) for r in rows}):
        mine = [r for r in rows if r["corpus"] == k]
        held = Counter(str(r["verdict"]) for r in mine if float(r["zipf"]) < 4)  # type: ignore[arg-type]
        if held:
            every = Counter(str(r["verdict"]) for r in mine)
            print(f"  {k}: {held['damage']}/{every['damage']} - {held['correct']}/{every['correct']}, {held['neutral']}")
    print("\nleave one corpus out (the grid's threshold stopping the most damage, > 3 per correct lost):")
    stopped = lost = 0
    for k in sorted({str(r["corpus"]) for r in rows}):
        best: tuple[float, int, int] | None = None
        for z in GRID:
            other = [r for r in rows if r["corpus"] != k and float(r["zipf"]) < z]  # type: ignore[arg-type]
            d = sum(r["verdict"] == "damage" for r in other)
            c = sum(r["verdict"] == "correct" for r in other)
            if d > 3 * c and (best is None or d > best[1]):
                best = (z, d, c)
        if best is None:
            continue
        held = [r for r in rows if r["corpus"] == k and float(r["zipf"]) < best[0]]  # type: ignore[arg-type]
        d = sum(r["verdict"] == "damage" for r in held)
        c = sum(r["verdict"] == "correct" for r in held)
        stopped, lost = stopped + d, lost + c
        if held:
            print(f"  {k}: chose Zipf < {best[0]}; held out: {d} damage stopped, {c} correct lost")
    print(f"  pooled over the held-out corpora: {stopped} damage stopped, {lost} correct lost")
    print("\ncorrect removals of a word below Zipf 5:")
    for r in sorted(rows, key=lambda r: float(r["zipf"])):  # type: ignore[arg-type]
        if r["verdict"] == "correct" and float(r["zipf"]) < 5:  # type: ignore[arg-type]
            print(f"  {r['corpus']} {float(r['zipf']):.2f} {r['lang']} {str(r['context'])[:90]!r}")


def patch(zipf_below: float, evidence: bool) -> None:
    """Hold (below the default threshold) a double of a word rarer than ``zipf_below``;
    with ``evidence``, only when the text writes the word nowhere else."""
    from textmend.lexicon import word_zipf
    from textmend.normalizers import repeats

    original = repeats._Scan.confidence

    def confidence(self: repeats._Scan, m: regex.Match[str]) -> float:
        lower = m.group("w").lower()
        if word_zipf(lower, self.lang) < zipf_below:
            alone = regex.compile(r"(?<!\w)" + regex.escape(lower) + r"(?!\w)", regex.IGNORECASE)
            elsewhere = any(not m.start() <= h.start() < m.end() for h in alone.finditer(self.text))
            if not (evidence and elsewhere):
                return min(original(self, m), repeats._NOT_PROSE_CONFIDENCE)
        return original(self, m)

    repeats._Scan.confidence = confidence  # type: ignore[method-assign]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("pool")
    inj = sub.add_parser("inject")
    inj.add_argument("--zipf", type=float, default=4.0)
    inj.add_argument("--evidence", action="store_true")
    inj.add_argument("--module", choices=("accuracy", "non_english"), default="accuracy")
    inj.add_argument("rest", nargs=argparse.REMAINDER)
    args = ap.parse_args(argv)
    if args.cmd == "pool":
        pool_report()
        return 0
    patch(args.zipf, args.evidence)
    rest = [a for a in args.rest if a != "--"]
    if args.module == "accuracy":
        from .accuracy import main as run
    else:
        from .non_english import main as run
    return run(rest)


if __name__ == "__main__":
    sys.exit(main())
