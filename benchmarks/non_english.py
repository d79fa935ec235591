"""Non-English fusions and repeated words over several seeds, paragraph alone and in its document.

    python -m benchmarks.non_english                     # seeds 1-6, both contexts, by language
    python -m benchmarks.non_english --seeds 3 --alone   # seeds 1-3, the accuracy benchmark's context only
    python -m benchmarks.non_english --examples repeated-word   # the tune misses, by language

The accuracy benchmark (``python -m benchmarks.accuracy --lang non-en``) draws one site
per paragraph with one seed; the dev corpus has few non-English paragraphs (a dozen
Portuguese fusion cases on the validate pages), so a figure moves by 8 points with one
case.  This script takes exactly its cases (same paragraphs, defects, split, and the same
language filter: the paragraph's own language, or its document's when it alone is unsure)
for each of several seeds and adds them up.

Each damaged paragraph is cleaned twice with the default call (no ``lang``): on its own,
as the accuracy benchmark does, and put back into its article
(``benchmarks.quotes_context.in_document``), where ``clean()`` identifies each paragraph
and a paragraph too short or too mixed to identify takes the language of the document
(``textmend.language.identify_spans``).  Both are scored against the original paragraph:
exact, and harmed (further from it than the damaged input).  Clean paragraphs count the
ones changed.  ``--examples`` shows tune misses only (paragraph alone), so reading them
does not leak the held-out pages.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from .accuracy import CLEAN, NON_ENGLISH, Case, at_first_difference, keep_languages, make_cases, paragraph_languages
from .corpus import default_corpus, documents, paragraphs
from .distance import levenshtein
from .quotes_context import in_document
from .split import SPLITS, split_of

CLASSES = ("fused-lower", "fused-case", "repeated-word", CLEAN)


def _harmed(case: Case, out: str) -> bool:
    return levenshtein(out, case.original) > levenshtein(case.damaged, case.original)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.non_english", description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=int, default=6, help="seeds 1..N (default: %(default)s)")
    ap.add_argument("--alone", action="store_true", help="only the paragraph alone (faster)")
    ap.add_argument("--examples", choices=CLASSES[:-1], help="show the tune misses of this class (paragraph alone)")
    args = ap.parse_args(argv)

    import textmend

    corpus = default_corpus()
    paras = paragraphs(corpus)
    docs = dict(documents(corpus))
    langs = paragraph_languages(paras)
    # (split, class, context) -> [n, exact or changed, harmed]; (split, class, lang) -> [n, exact alone]
    totals: dict[tuple[str, str, str], list[int]] = {}
    by_lang: dict[tuple[str, str, str], list[int]] = {}
    misses: list[tuple[int, str | None, Case, str]] = []
    contexts = ("alone",) if args.alone else ("alone", "document")
    for seed in range(1, args.seeds + 1):
        cases = {k: v for k, v in make_cases(paras, seed, None).items() if k in CLASSES}
        cases = keep_languages(cases, langs, [NON_ENGLISH])
        for name, group in cases.items():
            for c in group:
                part = split_of(c.key)
                for context in contexts:
                    out = textmend.clean(c.damaged) if context == "alone" else in_document(c, docs, textmend.clean)
                    t = totals.setdefault((part, name, context), [0, 0, 0])
                    t[0] += 1
                    t[1] += (out != c.original) if name == CLEAN else (out == c.original)
                    t[2] += _harmed(c, out)
                    if context == "alone" and name != CLEAN:
                        b = by_lang.setdefault((part, name, langs[c.key] or "?"), [0, 0])
                        b[0] += 1
                        b[1] += out == c.original
                        if name == args.examples and part == "tune" and out != c.original:
                            misses.append((seed, langs[c.key], c, out))
    print(f"<!-- seeds 1-{args.seeds}, corpus {corpus}, paragraphs identified as not English, no lang given -->")
    print("| class | split | n | alone: exact % (harmed) | in its document: exact % (harmed) |")
    print("| --- | --- | ---: | ---: | ---: |")
    for name in CLASSES:
        for part in SPLITS:
            cells = []
            for context in ("alone", "document"):
                n, k, h = totals.get((part, name, context), (0, 0, 0))
                if context not in contexts:
                    cells.append("–")
                elif name == CLEAN:
                    cells.append(f"{k} changed")
                else:
                    cells.append(f"{100.0 * k / n:.1f} ({h})" if n else "–")
            n = totals.get((part, name, "alone"), (0,))[0]
            print(f"| {name} | {part} | {n} | {cells[0]} | {cells[1]} |")
    print("\n| class | split | language | exact alone / n |")
    print("| --- | --- | --- | ---: |")
    for (part, name, lang), (n, k) in sorted(by_lang.items(), key=lambda item: (item[0][1], item[0][0], -item[1][0])):
        print(f"| {name} | {part} | {lang} | {k} / {n} |")
    if misses:
        print(f"\n### tune misses of {args.examples}, paragraph alone, by language ({len(misses)})")
        counts = Counter(lang for _, lang, _, _ in misses)
        print(", ".join(f"{lang}: {n}" for lang, n in counts.most_common()))
        for seed, lang, c, out in sorted(misses, key=lambda m: (m[1] or "", m[2].key, m[0])):
            print("\n".join([f"\n- [{lang}, seed {seed}] {c.key}", *at_first_difference(c, out, 50)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
