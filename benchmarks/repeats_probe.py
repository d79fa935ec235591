"""Accuracy and speed probe for the repeats, mojibake and invisible normalizers.

Injects defects into clean paragraphs of tests/data/news-dev.jsonl (fixed seed)
and counts exact repairs; counts clean paragraphs each normalizer changes; times
each normalizer and ftfy.fix_text on the corpus texts.

    PYTHONPATH=src python benchmarks/repeats_probe.py [--samples N] [--seed S]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import ftfy
import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")
import regex
import wordfreq

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from corpus import known_flaws, paragraphs  # noqa: E402

import textmend  # noqa: E402
from textmend.normalizers.invisible import Invisible  # noqa: E402
from textmend.normalizers.mojibake import Mojibake  # noqa: E402
from textmend.normalizers.repeats import RepeatedWords  # noqa: E402

_TOKEN = regex.compile(r"(?<![\p{L}\p{M}\p{N}'’\-])\p{L}+(?![\p{L}\p{M}\p{N}'’\-])")
_SENTENCE_START = regex.compile(r"(?:\A|[.!?][”\"’)]?\s+)[“\"]?\Z")


def english(para: str) -> bool:
    """A rough, independent test: at least half the lower-case words are very common English."""
    words = [w for w in _TOKEN.findall(para) if w.islower()]
    return len(words) >= 8 and sum(wordfreq.zipf_frequency(w, "en") >= 4.0 for w in words) >= 0.5 * len(words)


def inject_repeat(para: str, rng: random.Random, initial: bool, vocabulary: set[str]) -> str | None:
    """Double a random word; a sentence-initial word gets a lower-case copy (``The the``).

    Sentence-initial sites are words the corpus also writes in lower case, so
    names (``Mourinho mourinho`` is not a typo anyone makes) are not picked.
    """
    tokens = list(_TOKEN.finditer(para))
    if initial:
        sites = [t for t in tokens if t.group()[0].isupper() and t.group()[1:].islower()
                 and t.group().lower() in vocabulary and _SENTENCE_START.search(para[: t.start()])]
    else:
        sites = [t for t in tokens if t.group().islower()]
    if not sites:
        return None
    t = rng.choice(sites)
    copy = t.group().lower()
    return para[: t.end()] + " " + copy + para[t.end():]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--samples", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=20261128)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    flawed = known_flaws()
    paras = [(f"{d}#{k}", p) for d, k, p in paragraphs()]
    clean = [p for key, p in paras if key not in flawed]

    # --- repeats -------------------------------------------------------------------
    rep = RepeatedWords()
    eng = [p for p in clean if english(p)]
    vocabulary = {w for p in clean for w in _TOKEN.findall(p) if w.islower()}
    fixed = tried = 0
    by_kind = {"mid-sentence": [0, 0], "sentence-initial": [0, 0]}
    misses: list[str] = []
    for _ in range(args.samples):
        initial = rng.random() < 0.15
        para = rng.choice(eng)
        broken = inject_repeat(para, rng, initial, vocabulary)
        if broken is None:
            continue
        kind = "sentence-initial" if initial else "mid-sentence"
        tried += 1
        by_kind[kind][1] += 1
        if rep(broken) == para:
            fixed += 1
            by_kind[kind][0] += 1
        elif len(misses) < 15:
            i = next(i for i in range(len(para)) if para[i] != broken[i])
            misses.append(broken[max(0, i - 40): i + 30])
    print(f"repeats: {fixed}/{tried} = {fixed / tried:.1%} exact ({len(eng)} English paragraphs)")
    for kind, (f, t) in by_kind.items():
        print(f"  {kind}: {f}/{t} = {f / max(t, 1):.1%}")
    for m in misses:
        print("  miss:", repr(m))

    # --- mojibake ------------------------------------------------------------------
    moj, inv = Mojibake(), Invisible()
    pipe = textmend.Pipeline([inv, moj])
    candidates = [p for p in clean if any(ord(c) > 127 for c in p)]
    sample = [rng.choice(candidates) for _ in range(args.samples)]
    exact = exact_pipe = strict_n = strict_exact = 0
    moj_misses: list[str] = []
    for para in sample:
        broken = para.encode("utf-8").decode("sloppy-windows-1252")
        out = moj(broken)
        exact += out == para
        exact_pipe += pipe(broken) == para
        if out != para and len(moj_misses) < 10:
            i = next((i for i in range(min(len(out), len(para))) if para[i] != out[i]), 0)
            moj_misses.append(f"{para[max(0, i - 20): i + 20]!r} -> {out[max(0, i - 20): i + 20]!r}")
        try:
            strict = para.encode("utf-8").decode("cp1252")
        except UnicodeDecodeError:
            continue
        strict_n += 1
        strict_exact += moj(strict) == para
    n = len(sample)
    print(f"mojibake (sloppy-windows-1252, {len(candidates)} non-ASCII paragraphs): "
          f"{exact}/{n} = {exact / n:.1%} exact; invisible+mojibake {exact_pipe / n:.1%}")
    print(f"  strict cp1252 round-trips only: {strict_exact}/{strict_n} = {strict_exact / max(strict_n, 1):.1%}")
    for m in moj_misses:
        print("  miss:", m)

    # --- clean paragraphs changed -------------------------------------------------------
    all_paras = [p for _, p in paras]
    for norm in (inv, moj, rep):
        changed = [key for key, p in paras if norm.find_edits(p)]
        print(f"{norm.name}: changes {len(changed)}/{len(all_paras)} corpus paragraphs {changed[:5]}")
    changed = [key for key, p in paras if textmend.clean(p) != p]
    unexplained = [key for key in changed if key not in flawed]
    print(f"default pipeline: changes {len(changed)}/{len(all_paras)} paragraphs, {len(unexplained)} of them "
          f"not listed as flawed (ceiling {len(all_paras) / 300:.1f}) {unexplained[:5]}")

    # --- speed ---------------------------------------------------------------------------
    texts = [json.loads(line)["text"] for line in open(ROOT / "tests/data/news-dev.jsonl", encoding="utf-8")]
    total = sum(map(len, texts))
    for label, fn in (
        ("invisible", inv.find_edits),
        ("mojibake", moj.find_edits),
        ("repeats", rep.find_edits),
        ("ftfy.fix_text (defaults)", ftfy.fix_text),
    ):
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            for t in texts:
                fn(t)
            best = min(best, time.perf_counter() - t0)
        print(f"speed {label}: {total / best / 1e6:.2f} M chars/s ({total} chars)")


if __name__ == "__main__":
    main()
