"""Probe the fused normalizer on news-dev.jsonl with injected fusions.

Usage: PYTHONPATH=src python benchmarks/fused_probe.py [--per-para N] [--seed S] [--alt]

Injects, one defect at a time into a clean paragraph:
  lower  -- delete the space between two lower-case words whose concatenation
            wordfreq does not know as a word ("city and" -> "cityand");
  case   -- delete the space before a capitalized word after a lower-case word
            of 3+ letters ("reinforcement Stoltenberg");
  quote  -- drop a ",” " at a quotation boundary ("win,” he said" -> "winhe said").
Reports exact repair rates (quote: the space is back at the seam), how often
the paragraph came out worse (a split somewhere else), split precision, and
the clean paragraphs the normalizer changes.  ``--alt`` also scores the
obvious alternative, wordsegment/wordninja splitting every unknown token
(needs them installed; run with a venv that has them).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from corpus import known_flaws, paragraphs  # noqa: E402

from textmend.edits import apply_edits  # noqa: E402
from textmend.lexicon import word_frequencies  # noqa: E402
from textmend.normalizers.fused import FusedTokens  # noqa: E402

LOWER_PAIR = regex.compile(r"(?<![\p{L}\p{N}\-'’_@#/.])(\p{Ll}+) (\p{Ll}+)(?![\p{L}\p{N}\-'’_@/])")
CASE_PAIR = regex.compile(r"(?<![\p{L}\p{N}\-'’_@#/.])(\p{Ll}{3,}) (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}\-'’_@/])")
QUOTE_SEAM = regex.compile(r"(?<![\p{L}\p{N}\-'’_@#/.])(\p{L}+),” (\p{L}+)")


def injections(kind: str, para: str, freqs: dict[str, float]):
    """(damaged paragraph, seam position) for each place ``kind`` can be injected."""
    if kind == "lower":
        for m in LOWER_PAIR.finditer(para):
            a, b = m.group(1), m.group(2)
            if (a + b) in freqs:
                continue
            yield para[: m.end(1)] + para[m.start(2) :], m.end(1)
    elif kind == "case":
        for m in CASE_PAIR.finditer(para):
            yield para[: m.end(1)] + para[m.start(2) :], m.end(1)
    else:
        for m in QUOTE_SEAM.finditer(para):
            yield para[: m.end(1)] + para[m.start(2) :], m.end(1)


def run(args: argparse.Namespace) -> None:
    rng = random.Random(args.seed)
    freqs = word_frequencies("en")
    fused = FusedTokens()
    flawed = known_flaws()
    clean = [(f"{d}#{k}", p) for d, k, p in paragraphs() if f"{d}#{k}" not in flawed]
    english = english_docs()

    t = time.perf_counter()
    changed = [(key, e) for key, p in clean for e in fused.find_edits(p)]
    elapsed = time.perf_counter() - t
    chars = sum(len(p) for _, p in clean)
    print(f"clean paragraphs: {len(clean)}, changed by fused: {len({k for k, _ in changed})}"
          f" ({len(changed)} splits); {chars / elapsed / 1e6:.2f} M chars/s warm")
    for key, e in changed[:20]:
        print(f"   {key}: {e}")

    alts = {}
    if args.alt:
        alts = load_alternatives()
    total_splits = right_splits = 0
    for kind in ("lower", "case", "quote"):
        cases = []
        for key, p in clean:
            found = list(injections(kind, p, freqs))
            rng.shuffle(found)
            cases.extend((key, p, dmg, pos) for dmg, pos in found[: args.per_para])
        ok = worse = ok_en = n_en = exact = 0
        misses = []
        alt_score = {name: [0, 0, 0] for name in alts}  # exact, worse, splits wrong
        for key, p, dmg, pos in cases:
            edits = fused.find_edits(dmg)
            expected = dmg[:pos] + " " + dmg[pos:]
            exact += apply_edits(dmg, edits) == expected
            positions = [e.start for e in edits]
            hit = pos in positions
            total_splits += len(edits)
            right_splits += hit
            in_en = key.split("#")[0] in english
            n_en += in_en
            if hit:
                ok += 1
                ok_en += in_en
            else:
                misses.append(dmg[max(0, pos - 30) : pos + 20])
            if len(edits) > hit:
                worse += 1
            for name, split in alts.items():
                out = split(dmg)
                s = alt_score[name]
                s[0] += out == expected
                s[1] += out != expected and out != dmg
        n = len(cases) or 1
        label = {"lower": "lower-case fusion", "case": "case-boundary fusion", "quote": "dropped ,” seam"}[kind]
        print(f"{label}: {len(cases)} cases, seam split {ok / n:.1%} (exact {exact / n:.1%}), other split made {worse / n:.1%}"
              f"; in English articles: {ok_en}/{n_en} = {ok_en / max(1, n_en):.1%}")
        for name, (ex, wr, _) in alt_score.items():
            print(f"   {name} (split unknown tokens): exact {ex / n:.1%}, wrong or extra changes {wr / n:.1%}")
        for miss in misses[: args.show]:
            print(f"   miss: {miss!r}")
    clean_splits = len(changed)
    total_splits += clean_splits
    print(f"split precision: {right_splits}/{total_splits} = {right_splits / max(1, total_splits):.2%}")
    if alts:
        for name, split in alts.items():
            n_changed = sum(split(p) != p for _, p in clean)
            print(f"   {name} changes {n_changed} of {len(clean)} clean paragraphs")


def english_docs() -> set[str]:
    """Ids of the articles written in English (most of their words are common English)."""
    import json

    top = set(__import__("wordfreq").top_n_list("en", 3000))
    word = regex.compile(r"\p{L}+")
    out = set()
    with open(ROOT / "tests" / "data" / "news-dev.jsonl", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            words = [w.lower() for w in word.findall(doc["text"])]
            if words and sum(w in top for w in words) / len(words) > 0.6:
                out.add(doc["id"])
    return out


def load_alternatives():
    """Split every token that wordfreq does not know, the way users would."""
    freqs = word_frequencies("en")
    token = regex.compile(r"(?<![\p{L}\p{N}\-'’_@#/.])\p{L}+(?![\p{L}\p{N}\-'’_@/])")
    out = {}
    try:
        import wordsegment

        wordsegment.load()

        def ws(text: str) -> str:
            return token.sub(lambda m: _recase(m.group(), wordsegment.segment(m.group()))
                             if m.group().lower() not in freqs else m.group(), text)

        out["wordsegment"] = ws
    except ImportError:
        pass
    try:
        import wordninja

        def wn(text: str) -> str:
            return token.sub(lambda m: _recase(m.group(), wordninja.split(m.group()))
                             if m.group().lower() not in freqs else m.group(), text)

        out["wordninja"] = wn
    except ImportError:
        pass
    return out


def _recase(original: str, parts: list[str]) -> str:
    """Join ``parts`` with spaces, keeping the letters' case of ``original``."""
    if not parts or len("".join(parts)) != len(original):
        return original
    out, k = [], 0
    for part in parts:
        out.append(original[k : k + len(part)])
        k += len(part)
    return " ".join(out)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-para", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=15)
    ap.add_argument("--alt", action="store_true")
    run(ap.parse_args())
