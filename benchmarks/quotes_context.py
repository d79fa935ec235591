"""The quote classes of the accuracy benchmark, cleaned in their document.

    python -m benchmarks.quotes_context                       # dropped-close-quote, both contexts
    python -m benchmarks.quotes_context --class flipped-quote --class doubled-single
    python -m benchmarks.quotes_context --examples harmed     # tune cases the document context harms

``python -m benchmarks.accuracy`` cleans every damaged paragraph on its own,
as a corpus of paragraphs would be cleaned.  Text usually reaches textmend as a
whole article, where the next paragraph says whether a quotation left open at
a paragraph's end carries on (news copy reopens every paragraph of a quotation
over several with a mark) or was closed and the close lost.  This benchmark
takes exactly the accuracy benchmark's cases (same paragraphs, same seeds,
same defects, same tune / validate split), puts each damaged paragraph back
into its article, cleans the article, and scores the paragraph as the accuracy
benchmark does: exact, improved, harmed against the original paragraph.  The
paragraph-alone figures are printed beside it for comparison; the accuracy
benchmark stays the reference and is not changed by this one.
"""

from __future__ import annotations

import argparse
import sys

from .accuracy import Case, at_first_difference, make_cases
from .corpus import default_corpus, documents, paragraphs
from .distance import levenshtein
from .split import CHOICES, SPLITS, split_of

QUOTE_CLASSES = ("dropped-close-quote", "dropped-quote-boundary", "flipped-quote", "flipped-single", "doubled-single")


def in_document(case: Case, docs: dict[str, str], clean) -> str:
    """The damaged paragraph of ``case`` as cleaning its whole article, with the damage in place, leaves it."""
    doc_id, _, index = case.key.partition("#")
    parts = docs[doc_id].split("\n\n")
    k = int(index)
    parts[k] = case.damaged
    cleaned = clean("\n\n".join(parts)).split("\n\n")
    if len(cleaned) != len(parts):
        # (no stage joins or splits paragraphs today; if one did, the paragraph could not be found)
        raise RuntimeError(f"{case.key}: cleaning changed the number of paragraphs")
    return cleaned[k]


def tally(cases: list[Case], outputs: list[str]) -> tuple[int, int, int, int]:
    """n, exact, improved, harmed of ``outputs`` against the cases' originals."""
    exact = improved = harmed = 0
    for c, out in zip(cases, outputs):
        if out == c.original:
            exact += 1
            improved += 1
            continue
        before, after = levenshtein(c.damaged, c.original), levenshtein(out, c.original)
        improved += after < before
        harmed += after > before
    return len(cases), exact, improved, harmed


def _pct(k: int, n: int) -> str:
    return f"{100.0 * k / n:.1f}" if n else "–"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.quotes_context", description=__doc__.split("\n")[0])
    ap.add_argument("--class", dest="classes", action="append", choices=QUOTE_CLASSES, help="a class to score, repeatable (default: dropped-close-quote)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--examples", choices=("harmed", "missed"), help="show the cases the document context harms or leaves unrepaired")
    ap.add_argument("--split", choices=CHOICES, default="tune", help="pages --examples draws from (default: tune)")
    args = ap.parse_args(argv)

    import textmend

    corpus = default_corpus()
    docs = dict(documents(corpus))
    cases = make_cases(paragraphs(corpus), args.seed, None)
    print("| class | split | n | paragraph alone: exact / improved / harmed % | in its document: exact / improved / harmed % |")
    print("| --- | --- | ---: | ---: | ---: |")
    shown: list[tuple[Case, str]] = []
    for name in args.classes or ["dropped-close-quote"]:
        for part in SPLITS:
            group = [c for c in cases[name] if split_of(c.key) == part]
            alone = [textmend.clean(c.damaged) for c in group]
            whole = [in_document(c, docs, textmend.clean) for c in group]
            n, ea, ia, ha = tally(group, alone)
            _, ed, id_, hd = tally(group, whole)
            print(
                f"| {name} | {part} | {n} | {_pct(ea, n)} / {_pct(ia, n)} / {_pct(ha, n)} ({ha})"
                f" | {_pct(ed, n)} / {_pct(id_, n)} / {_pct(hd, n)} ({hd}) |"
            )
            if args.examples and args.split in (part, "all"):
                for c, out in zip(group, whole):
                    worse = levenshtein(out, c.original) > levenshtein(c.damaged, c.original)
                    if (args.examples == "harmed" and worse) or (args.examples == "missed" and out != c.original and not worse):
                        shown.append((c, out))
    for c, out in shown[:40]:
        print("\n".join([f"\n- {c.key}", *at_first_difference(c, out, 60)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
