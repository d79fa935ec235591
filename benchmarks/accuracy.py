"""Accuracy on defects injected into clean news paragraphs.

    python -m benchmarks.accuracy                    # textmend, Markdown tables
    python -m benchmarks.accuracy --all              # every installed cleaner
    python -m benchmarks.accuracy --cleaner ftfy --cleaner wordninja
    python -m benchmarks.accuracy --examples fused-lower   # show the misses of one class
    python -m benchmarks.accuracy --json             # machine-readable
    python -m benchmarks.accuracy --examples mixed --split validate   # misses on held-out pages
    python -m benchmarks.accuracy --lang non-en      # only paragraphs identified as another language
    python -m benchmarks.accuracy --lang de --lang pt --examples fused-lower

Every figure is reported twice: on the *tune* pages (the ones rules may be
tuned on) and on the held-out *validate* pages (benchmarks/split.py).
``--examples`` shows tune cases only unless ``--split validate`` or ``all``,
so looking at misses does not leak the held-out pages into the tuning.

For each defect class (benchmarks/defects.py) every clean paragraph that offers
a site gets one defect at a random site; the cleaner runs on it and the result
is compared with the original paragraph:

* exact: the output is the original, byte for byte;
* improved: the output is closer to the original than the damaged input was
  (Levenshtein distance), exact repairs included;
* harmed: the output is further from the original than the damaged input.

Mixed: paragraphs with 2 to 4 defects of different classes at once; error
reduction = 1 - sum(distance after) / sum(distance before).  Mojibake garbles
every non-ASCII character of a paragraph, so its distances dominate that sum;
the same figure over mixes drawn without mojibake is reported beside it.  Clean: every clean
paragraph passed through as it is; the share the cleaner changed.

``--lang`` keeps the paragraphs whose language (``textmend.language.identify``
on the paragraph, or the document's most frequent identified language when the
paragraph alone is unsure) is one of those named; ``non-en`` is every identified
language but English.  The sites are the same as without it: cases are drawn
from all paragraphs first, then filtered.

Randomness is seeded per (seed, class, paragraph), so adding a class or a
paragraph does not move the sites chosen for the others.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

from .cleaners import CLEANERS, Cleaner, available, build
from .corpus import REPO, default_corpus, paragraphs
from .defects import CLASSES, DESCRIPTIONS, inject
from .distance import levenshtein
from .split import CHOICES, SPLITS, split_of

MIXED = "mixed"
MIXED_PLAIN = "mixed-no-mojibake"
CLEAN = "clean"


@dataclass
class Case:
    key: str
    original: str
    damaged: str


@dataclass
class Score:
    n: int = 0
    exact: int = 0
    improved: int = 0
    harmed: int = 0
    changed: int = 0  # the cleaner changed its input at all
    dist_before: int = 0
    dist_after: int = 0
    seconds: float = 0.0
    misses: list = field(default_factory=list, repr=False)

    def pct(self, k: int) -> float:
        return 100.0 * k / self.n if self.n else float("nan")

    @property
    def error_reduction(self) -> float:
        return 100.0 * (1 - self.dist_after / self.dist_before) if self.dist_before else float("nan")

    def as_dict(self) -> dict:
        d = asdict(self)
        d.pop("misses")
        d.update(
            exact_pct=round(self.pct(self.exact), 2),
            improved_pct=round(self.pct(self.improved), 2),
            harmed_pct=round(self.pct(self.harmed), 2),
            changed_pct=round(self.pct(self.changed), 2),
            error_reduction_pct=round(self.error_reduction, 2) if self.dist_before else None,
        )
        return d


def make_cases(paras: list[tuple[str, str]], seed: int, limit: int | None) -> dict[str, list[Case]]:
    """The damaged paragraphs of every class, plus the mixed and clean sets."""
    order = list(paras)
    random.Random(seed).shuffle(order)
    cases: dict[str, list[Case]] = {}
    for name in CLASSES:
        out = []
        for key, para in order:
            damaged = inject(name, para, random.Random(f"{seed}:{name}:{key}"))
            if damaged is not None:
                out.append(Case(key, para, damaged))
                if limit and len(out) >= limit:
                    break
        cases[name] = out
    all_names = list(CLASSES)
    for group, names in ((MIXED, all_names), (MIXED_PLAIN, [c for c in all_names if c != "mojibake"])):
        mixed = []
        for key, para in order:
            rng = random.Random(f"{seed}:{group}:{key}")
            chosen = rng.sample(names, rng.randint(2, 4))
            # Mojibake garbles everything before it: apply it last, as a scraper would.
            chosen.sort(key=lambda c: (c == "mojibake", names.index(c)))
            text, applied = para, 0
            for name in chosen:
                damaged = inject(name, text, rng)
                if damaged is not None:
                    text, applied = damaged, applied + 1
            if applied >= 2:
                mixed.append(Case(key, para, text))
                if limit and len(mixed) >= limit:
                    break
        cases[group] = mixed
    clean = [Case(key, para, para) for key, para in order]
    cases[CLEAN] = clean[:limit] if limit else clean
    return cases


NON_ENGLISH = "non-en"


def paragraph_languages(paras: list[tuple[str, str]]) -> dict[str, str | None]:
    """The language of every paragraph key: its own, or its document's when it is too short to tell."""
    from collections import Counter

    from textmend.language import identify

    own = {key: identify(para) for key, para in paras}
    votes: dict[str, Counter] = {}
    for key, lang in own.items():
        if lang is not None:
            votes.setdefault(key.partition("#")[0], Counter())[lang] += 1
    out: dict[str, str | None] = {}
    for key, lang in own.items():
        doc = votes.get(key.partition("#")[0])
        out[key] = lang if lang is not None else (doc.most_common(1)[0][0] if doc else None)
    return out


def keep_languages(cases: dict[str, list[Case]], langs: dict[str, str | None], wanted: list[str]) -> dict[str, list[Case]]:
    """Only the cases whose paragraph is in one of the ``wanted`` languages (or ``non-en``)."""

    def keep(lang: str | None) -> bool:
        return lang is not None and (lang in wanted or (NON_ENGLISH in wanted and lang != "en"))

    return {name: [c for c in group if keep(langs[c.key])] for name, group in cases.items()}


def by_split(cases: dict[str, list[Case]]) -> dict[str, dict[str, list[Case]]]:
    """The same cases, partitioned into tune and validate by their page id."""
    return {part: {name: [c for c in group if split_of(c.key) == part] for name, group in cases.items()} for part in SPLITS}


def score(cleaner: Cleaner, cases: list[Case], keep_misses: int = 0) -> Score:
    s = Score()
    start = time.perf_counter()
    outputs = [cleaner(c.damaged) for c in cases]
    s.seconds = time.perf_counter() - start
    for c, out in zip(cases, outputs):
        s.n += 1
        s.changed += out != c.damaged
        if out == c.original:
            s.exact += 1
            s.improved += c.damaged != c.original
            s.dist_before += levenshtein(c.damaged, c.original)
            continue
        before = levenshtein(c.damaged, c.original)
        after = levenshtein(out, c.original)
        s.dist_before += before
        s.dist_after += after
        s.improved += after < before
        s.harmed += after > before
        if len(s.misses) < keep_misses:
            s.misses.append((c, out))
    return s


def git_commit() -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True).stdout.strip()
        return out + ("+dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _f(x: float) -> str:
    return "–" if x != x else f"{x:.1f}"


Results = dict[str, dict[str, dict[str, Score]]]  # cleaner -> split -> class -> Score


def _eih(s: Score) -> str:
    return f"{_f(s.pct(s.exact))} / {_f(s.pct(s.improved))} / {_f(s.pct(s.harmed))}"


def markdown(results: Results, cleaners: list[str]) -> str:
    lines = ["### Injected defects, one per paragraph: exact / improved / harmed, % of n", ""]
    lines.append("| class | cleaner | n tune | tune | n validate | validate |")
    lines.append("| --- | --- | ---: | ---: | ---: | ---: |")
    for name in CLASSES:
        for cl in cleaners:
            t, v = results[cl]["tune"][name], results[cl]["validate"][name]
            lines.append(f"| {name} | {cl} | {t.n} | {_eih(t)} | {v.n} | {_eih(v)} |")
    return "\n".join(lines) + "\n\n" + _mixed_table(results, cleaners)


def _mixed_table(results: Results, cleaners: list[str]) -> str:
    lines = ["### Several defects per paragraph (2 to 4), and clean paragraphs", ""]
    lines.append(
        "| cleaner | split | mixed n | exact % | harmed % | error reduction % | error reduction % without mojibake"
        " | clean n | clean changed | clean changed % | seconds |"
    )
    lines.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for cl in cleaners:
        for part in SPLITS:
            r = results[cl][part]
            m, p, c = r[MIXED], r[MIXED_PLAIN], r[CLEAN]
            secs = sum(s.seconds for s in r.values())
            lines.append(
                f"| {cl} | {part} | {m.n} | {_f(m.pct(m.exact))} | {_f(m.pct(m.harmed))} | {_f(m.error_reduction)}"
                f" | {_f(p.error_reduction)} | {c.n} | {c.changed} | {c.pct(c.changed):.2f} | {secs:.1f} |"
            )
    return "\n".join(lines)


def markdown_wide(results: Results, cleaners: list[str]) -> str:
    """One row per class, two columns (tune, validate) per cleaner; cells are exact / improved / harmed (%)."""
    lines = ["### Injected defects: exact / improved / harmed, % of n", ""]
    lines.append("| class | n tune / validate | " + " | ".join(f"{cl} tune | {cl} validate" for cl in cleaners) + " |")
    lines.append("| --- | ---: |" + " ---: | ---: |" * len(cleaners))
    for name in CLASSES:
        cells = []
        for cl in cleaners:
            cells += [_eih(results[cl]["tune"][name]), _eih(results[cl]["validate"][name])]
        first = results[cleaners[0]]
        lines.append(f"| {name} | {first['tune'][name].n} / {first['validate'][name].n} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n\n" + _mixed_table(results, cleaners)


def at_first_difference(c: Case, got: str, width: int = 40) -> list[str]:
    """The original, damaged and cleaned texts of a case, ``width`` characters either side of
    the first place where any two of them differ: the lines every ``--examples`` prints."""
    n = min(len(c.original), len(got), len(c.damaged))
    i = 0
    while i < n and c.original[i] == got[i] == c.damaged[i]:
        i += 1
    a = max(0, i - width)
    return [
        f"  original: {c.original[a:i + width]!r}",
        f"  damaged:  {c.damaged[a:i + width]!r}",
        f"  output:   {got[a:i + width]!r}",
    ]


def show_misses(name: str, cleaner: str, s: Score, width: int = 40) -> str:
    out = [f"### {cleaner}: cases of {name} not repaired exactly ({s.n - s.exact} of {s.n})", ""]
    for c, got in s.misses:
        out.append(f"- {c.key}")
        out += at_first_difference(c, got, width)
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.accuracy", description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", help="JSON-lines corpus with a 'text' field (default: %(default)s)", default=None)
    ap.add_argument("--cleaner", action="append", help=f"cleaner to run, repeatable: {', '.join(CLEANERS)}, or textmend:STAGE,STAGE (default: textmend)")
    ap.add_argument("--all", action="store_true", help="run every installed cleaner")
    ap.add_argument("--limit", type=int, default=None, help="at most this many paragraphs per class")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    ap.add_argument("--wide", action="store_true", help="one row per class, a column per cleaner")
    ap.add_argument("--examples", metavar="CLASS", help="also show up to 15 misses of this class (or 'mixed', 'mixed-no-mojibake', 'clean')")
    ap.add_argument("--lang", action="append", metavar="LANG", help="only paragraphs identified as this language, repeatable; 'non-en': every language but English")
    ap.add_argument("--split", choices=CHOICES, default="tune", help="pages --examples draws from (default: tune; the held-out pages only when asked)")
    args = ap.parse_args(argv)

    corpus = args.corpus or str(default_corpus())
    names = available() if args.all else (args.cleaner or ["textmend"])
    paras = paragraphs(corpus)
    all_cases = make_cases(paras, args.seed, args.limit)
    if args.lang:
        all_cases = keep_languages(all_cases, paragraph_languages(paras), args.lang)
    cases = by_split(all_cases)
    results: Results = {}
    for cl in names:
        fn = build(cl)
        results[cl] = {
            part: {name: score(fn, group, keep_misses=15 if name == args.examples and args.split in (part, "all") else 0) for name, group in groups.items()}
            for part, groups in cases.items()
        }
    meta = {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": git_commit(),
        "corpus": corpus,
        "seed": args.seed,
        "limit": args.limit,
        "lang": args.lang,
        "split": "validate if int(sha1(page id), 16) % 3 == 0 else tune (benchmarks/split.py)",
    }
    if args.json:
        print(json.dumps({"meta": meta, "classes": DESCRIPTIONS, "results": {cl: {part: {k: s.as_dict() for k, s in r.items()} for part, r in rs.items()} for cl, rs in results.items()}}, indent=1))
        return 0
    print(f"<!-- {meta['date']}, commit {meta['commit']}, corpus {corpus}, seed {args.seed}, limit {args.limit}, lang {args.lang} -->")
    print(markdown_wide(results, names) if args.wide else markdown(results, names))
    if args.examples:
        for cl in names:
            print()
            for part in SPLITS:
                if args.split in (part, "all"):
                    print(show_misses(args.examples, f"{cl} ({part})", results[cl][part][args.examples]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
