"""Dropped closing marks over many seeds at once, and the misses sorted by the evidence the text holds.

    python -m benchmarks.quotes_seeds                          # seeds 1-30, pooled, alone and in the article
    python -m benchmarks.quotes_seeds --seeds 1-6 --per-seed   # one row a seed too
    python -m benchmarks.quotes_seeds --classes                # tune cases by evidence kind (tune only)
    python -m benchmarks.quotes_seeds --classes --examples 5   # and a few tune misses of each kind

``python -m benchmarks.accuracy --seed N`` draws one ``dropped-close-quote`` case per paragraph and
seed; over 30 seeds the same few hundred distinct (paragraph, lost close) pairs come back again and
again (741 distinct for 15,150 cases today).  Cleaning is deterministic, so this benchmark cleans
each distinct damaged paragraph once (alone, and put back in its article as
``benchmarks.quotes_context`` does), then pools the seeds' cases from those outputs: the figures are
exactly those of running the two benchmarks seed by seed, in a twentieth of the time.

``--classes`` sorts the tune cases by what the original paragraph shows where the close was lost,
the evidence an editor would go by: where the quotation opened (the paragraph's start, after a
sentence, after a colon or a comma, mid-sentence) and what follows the lost close (a reporting
clause after the punctuation that ends the speech, a clause with no punctuation, the next
quotation, the paragraph's end, a stop then the end, a new sentence, a bracket or dash, other
words).  Validate cases are counted in the pooled figures and never listed.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Callable

import regex

from .corpus import default_corpus, documents, paragraphs
from .defects import inject
from .distance import levenshtein
from .split import SPLITS, split_of

_CLASS = "dropped-close-quote"


def parse_seeds(spec: str) -> list[int]:
    """``"1-30"`` or ``"1,4,9"`` (or both, comma-separated) as a list of seeds.

    >>> parse_seeds("1-3,7")
    [1, 2, 3, 7]
    """
    seeds: list[int] = []
    for part in spec.split(","):
        lo, _, hi = part.partition("-")
        seeds.extend(range(int(lo), int(hi or lo) + 1))
    return seeds


def seed_cases(paras: list[tuple[str, str]], seeds: list[int]) -> list[tuple[int, str, str, str]]:
    """(seed, key, original, damaged) of every ``dropped-close-quote`` case, as ``accuracy.make_cases`` draws them."""
    out = []
    for seed in seeds:
        for key, para in paras:
            damaged = inject(_CLASS, para, random.Random(f"{seed}:{_CLASS}:{key}"))
            if damaged is not None:
                out.append((seed, key, para, damaged))
    return out


def lost_at(original: str, damaged: str) -> int:
    """Where the close was lost: the first position at which the two differ.

    >>> lost_at("“Yes,” he said.", "“Yes, he said.")
    5
    """
    i = 0
    while i < len(damaged) and original[i] == damaged[i]:
        i += 1
    return i


@lru_cache(maxsize=1)
def _reporting_verbs() -> str:
    from textmend.lexicon import word_list

    verbs = set(word_list("en/reporting_verbs")) | set(word_list("en/reporting_verbs_final"))
    return "|".join(sorted((v for v in verbs if " " not in v), key=len, reverse=True))


def evidence_kind(original: str, i: int) -> tuple[str, str]:
    """(where the quotation opened, what follows the close) for the close at ``i`` of ``original``.

    >>> evidence_kind("“We will win,” she said.", 13)
    ('start', 'clause')
    >>> evidence_kind("He called it a “gas chamber.”", 28)
    ('mid', 'end')
    """
    mark = original[i]
    before, after = original[:i], original[i + 1 :]
    opening = before.rfind("\u201c") if mark == "\u201d" else before.rfind('"')
    pre = before[:opening].rstrip() if opening > 0 else ""
    if not pre:
        opened = "start"
    elif pre[-1] == ":":
        opened = "colon"
    elif pre[-1] == ",":
        opened = "comma"
    elif pre[-1] in ".!?\u201d\"":
        opened = "sentence"
    else:
        opened = "mid"
    clause = regex.match(rf"[,.]?\s*(?:[\w\u2019'\-]+\s+){{0,6}}?(?:{_reporting_verbs()})\b", after[:80])
    if not after.strip():
        follows = "end"
    elif regex.fullmatch(r"[.!?,;:]+\s*", after):
        follows = "stop, end"
    elif clause is not None:
        follows = "clause" if before[-1:] in ",.?!" else "clause, no punctuation"
    elif regex.match("[^\u201c\"]{0,12}[\u201c\"]", after):
        follows = "next quotation"
    elif before[-1:] in ".!?" and regex.match("\\s+[\\p{Lu}\u201c\"]", after):
        follows = "sentence"
    elif regex.match(r"\s*[(\u2014\u2013\-]", after):
        follows = "bracket, dash"
    else:
        follows = "other words"
    return opened, follows


def verdict(original: str, damaged: str, out: str) -> str:
    """exact / improved / harmed / missed, as the accuracy benchmark scores a case."""
    if out == original:
        return "exact"
    before, after = levenshtein(damaged, original), levenshtein(out, original)
    return "improved" if after < before else "harmed" if after > before else "missed"


def outputs(cases: list[tuple[int, str, str, str]], clean: Callable[[str], str], docs: dict[str, str] | None) -> dict[tuple[str, str], str]:
    """The cleaned paragraph of every distinct (key, damaged), alone or (``docs`` given) in its article."""
    out: dict[tuple[str, str], str] = {}
    for _, key, _, damaged in cases:
        if (key, damaged) in out:
            continue
        if docs is None:
            out[key, damaged] = clean(damaged)
            continue
        doc_id, _, index = key.partition("#")
        parts = docs[doc_id].split("\n\n")
        parts[int(index)] = damaged
        out[key, damaged] = clean("\n\n".join(parts)).split("\n\n")[int(index)]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.quotes_seeds", description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", default="1-30", help="seeds, e.g. 1-30 or 1,4,9 (default 1-30)")
    ap.add_argument("--per-seed", action="store_true", help="a row per seed too")
    ap.add_argument("--classes", action="store_true", help="tune cases by evidence kind")
    ap.add_argument("--examples", type=int, default=0, help="with --classes: this many distinct tune misses of each kind")
    args = ap.parse_args(argv)

    import textmend

    corpus = default_corpus()
    cases = seed_cases(paragraphs(corpus), parse_seeds(args.seeds))
    docs = dict(documents(corpus))
    contexts = {"alone": outputs(cases, textmend.clean, None), "in the article": outputs(cases, textmend.clean, docs)}
    tallies: dict[tuple, Counter] = defaultdict(Counter)
    for seed, key, original, damaged in cases:
        part = split_of(key)
        for name, out in contexts.items():
            v = verdict(original, damaged, out[key, damaged])
            for group in ((name, part), (name, part, seed)):
                tallies[group]["n"] += 1
                tallies[group][v] += 1
    print(f"`{_CLASS}`, seeds {args.seeds}: {len(cases)} cases, {len(contexts['alone'])} distinct; improved % / harmed % (harmed)")
    print("\n| | " + " | ".join(f"{c}: {p}" for c in contexts for p in SPLITS) + " |")
    print("| --- |" + " ---: |" * (len(contexts) * len(SPLITS)))
    rows = [("pooled", ())] + ([(str(s), (s,)) for s in parse_seeds(args.seeds)] if args.per_seed else [])
    for label, extra in rows:
        cells = []
        for c in contexts:
            for p in SPLITS:
                t = tallies[(c, p, *extra)]
                n = t["n"] or 1
                cells.append(f"{100 * (t['exact'] + t['improved']) / n:.2f} / {100 * t['harmed'] / n:.2f} ({t['harmed']})")
        print(f"| {label} | " + " | ".join(cells) + " |")
    if args.classes:
        kinds: dict[tuple[str, str], dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
        shown: dict[tuple[str, str], dict[tuple[str, int], str]] = defaultdict(dict)
        for _, key, original, damaged in cases:
            if split_of(key) != "tune":
                continue
            i = lost_at(original, damaged)
            kind = evidence_kind(original, i)
            for c, out in contexts.items():
                v = verdict(original, damaged, out[key, damaged])
                kinds[kind][c][v] += 1
                if c == "alone" and v == "missed":
                    shown[kind][key, i] = f"{original[max(0, i - 90):i]!r} [lost close] {original[i + 1:i + 40]!r}"
        print("\n| opened | after the lost close | tune cases | alone: exact / missed / harmed | in the article: exact / missed / harmed | distinct missed alone |")
        print("| --- | --- | ---: | ---: | ---: | ---: |")
        for kind, by in sorted(kinds.items(), key=lambda kv: -sum(kv[1]["alone"].values())):
            a, d = by["alone"], by["in the article"]
            print(
                f"| {kind[0]} | {kind[1]} | {sum(a.values())} | {a['exact'] + a['improved']} / {a['missed']} / {a['harmed']}"
                f" | {d['exact'] + d['improved']} / {d['missed']} / {d['harmed']} | {len(shown[kind])} |"
            )
        if args.examples:
            for kind, found in shown.items():
                print(f"\n{kind[0]}, {kind[1]}:")
                for (key, _), line in list(found.items())[: args.examples]:
                    print(f"  {key}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
