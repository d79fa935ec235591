"""Every dropped closing mark of real extracted text's well-formed paragraphs, read alone.

    python -m benchmarks.quotes_extracted /tmp/fresh8/fresh8-extracted.jsonl ... --split tune
    python -m benchmarks.quotes_extracted CORPUS ... --split tune --examples harmed
    python -m benchmarks.quotes_extracted CORPUS ... --split validate       # figures only
    python -m benchmarks.quotes_extracted fresh9.jsonl@all extracted-dev.jsonl.gz@tune lee.cor@all --lines
    python -m benchmarks.quotes_extracted CORPUS ... --typographic      # curly-typeset paragraphs too

``python -m benchmarks.accuracy`` drops one random close per paragraph of the
133 dev articles (a few hundred cases per split, one seed at a time).  This
benchmark takes the paragraphs of any extracted corpora (JSON lines with
``id`` and ``text``, as ``benchmarks/fresh_corpus.py`` writes them), keeps
those that read as clean, well-formed English quotation (curly double marks
alternating “…”, or an even count of straight ones, never both; mostly ASCII;
left unchanged by ``textmend.clean``; each distinct paragraph once), and drops
*every* close the accuracy benchmark's defect could drop, one at a time
(a ``”``, or the second of a pair of ``"``, with no space before it).  Each
damaged paragraph is mended alone and scored as the accuracy benchmark scores
it: exact, improved, harmed (edit distance to the original).  The inserted
closes are counted by their reason, so a rule's harm can be read on its own.

The paragraphs are real scraped text of many sites, so this holds far more
cases of each kind than the dev corpus (thousands per split), and their pages
split into tune and validate by the hash rule of ``benchmarks/split.py`` on the
record's page id.  ``--examples`` shows tune pages only unless ``--split``
asks for validate.  A corpus named ``PATH@tune``, ``PATH@validate`` or
``PATH@all`` takes that half whatever ``--split`` says (a corpus whose both
halves are tune material beside the old split of others).  A corpus is read as
``benchmarks.audit`` reads it: JSON lines, gzip or not (the dev corpus's
extractor records), a folder of ``.txt`` files, or a text file with one
document a line under ``--lines`` (Lee's news).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterator

import regex

from .audit import read_corpus
from .distance import levenshtein
from .split import CHOICES, split_of

_ASCII_SHARE = 0.97  # a paragraph this much ASCII reads as English (the clause rules are English)
# Typographic punctuation an English paragraph set in curly marks holds (curly marks and apostrophes,
# dashes, an ellipsis, a no-break space): under ``--typographic`` it counts as ASCII, so the
# curly-typeset paragraphs the share above leaves out (`aren’t buying”`: one in ten of the dev
# corpus's) are read too.  Off by default, so the figures of earlier sessions stay comparable.
_TYPOGRAPHIC = frozenset("\u201c\u201d\u2018\u2019\u2013\u2014\u2026\u00a0")
_MIN_LENGTH = 40  # shorter lines are labels, captions, buttons


def well_formed(paragraph: str) -> bool:
    """Whether the paragraph's double marks pair up in one clear way: “…” alternating, or straight pairs."""
    curly = [c for c in paragraph if c in "\u201c\u201d"]
    if len(curly) % 2 or any(c != ("\u201c" if k % 2 == 0 else "\u201d") for k, c in enumerate(curly)):
        return False
    straight = paragraph.count('"')
    return straight % 2 == 0 and not (curly and straight)


def drop_sites(paragraph: str) -> list[int]:
    """Where the accuracy benchmark's ``dropped-close-quote`` defect may delete a close (see benchmarks/defects.py)."""
    sites = [m.start() for m in regex.finditer("\u201d", paragraph)]
    straight = [m.start() for m in regex.finditer('"', paragraph)]
    if straight and len(straight) % 2 == 0:
        sites += straight[1::2]
    return [i for i in sorted(sites) if i > 0 and not paragraph[i - 1].isspace()]


def corpus_split(name: str, default: str) -> tuple[str, str]:
    """(path, split) of a corpus argument: ``PATH@tune`` / ``@validate`` / ``@all`` overrides ``default``.

    >>> corpus_split("/tmp/f9.jsonl@all", "tune"), corpus_split("/tmp/f8.jsonl", "validate")
    (('/tmp/f9.jsonl', 'all'), ('/tmp/f8.jsonl', 'validate'))
    """
    path, at, which = name.rpartition("@")
    if at and which in CHOICES:
        return path, which
    return name, default


def english_share(paragraph: str, typographic: bool = False) -> float:
    """The share of ASCII characters (typographic punctuation counted as ASCII when ``typographic``).

    >>> round(english_share("“It’s late,” she said — again."), 2), english_share("“It’s late,” she said — again.", True)
    (0.87, 1.0)
    """
    if not paragraph:
        return 0.0
    counted = sum(c.isascii() or (typographic and c in _TYPOGRAPHIC) for c in paragraph)
    return counted / len(paragraph)


def paragraphs(paths: list[str], split: str, *, lines: bool = False, typographic: bool = False) -> Iterator[tuple[str, str]]:
    """(page id, paragraph) of every distinct clean, well-formed English paragraph of the corpora's ``split`` pages.

    ``typographic`` also keeps the English paragraphs set in curly marks and dashes (see ``english_share``).
    """
    import textmend

    seen: set[str] = set()
    for name in paths:
        path, which = corpus_split(name, split)
        for page, _doc, text in read_corpus(Path(path), lines=lines):
            if which != "all" and split_of(page) != which:
                continue
            for para in text.split("\n"):
                para = para.strip()
                if len(para) < _MIN_LENGTH or para in seen or ("\u201d" not in para and '"' not in para):
                    continue
                seen.add(para)
                if not well_formed(para) or english_share(para, typographic) < _ASCII_SHARE:
                    continue
                if textmend.clean(para) != para:
                    continue  # a paragraph with repairs of its own is no clean original to score against
                yield page, para


def score(original: str, damaged: str, output: str) -> str:
    """exact / improved / same / harmed, as ``benchmarks.accuracy`` judges a case."""
    if output == original:
        return "exact"
    before, after = levenshtein(damaged, original), levenshtein(output, original)
    return "improved" if after < before else ("harmed" if after > before else "same")


_QUOTED_WORDS = regex.compile(r"\u2018[^\u2019]*\u2019")


def _rule(reason: str) -> str:
    """An inserted close's reason with the words it quotes from the text left out: the rule that made it."""
    return _QUOTED_WORDS.sub("\u2018…\u2019", reason)[:140]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.quotes_extracted", description=__doc__.split("\n")[0])
    ap.add_argument("corpora", nargs="+", help="corpora of extracted text (JSON lines with id and text, gzip or not; PATH@tune, @validate, @all picks a half)")
    ap.add_argument("--lines", action="store_true", help="a text corpus holds one document per line (Lee's news)")
    ap.add_argument("--split", choices=CHOICES, default="tune")
    ap.add_argument("--typographic", action="store_true", help="count curly marks, dashes and ellipses as ASCII: keep the curly-typeset English paragraphs too")
    ap.add_argument("--examples", choices=("harmed", "missed"), help="show the cases harmed or left unrepaired (tune pages unless --split validate)")
    args = ap.parse_args(argv)

    import textmend

    verdicts: Counter = Counter()
    by_rule: dict[str, Counter] = defaultdict(Counter)
    shown = 0
    n_paragraphs = 0
    for page, para in paragraphs(args.corpora, args.split, lines=args.lines, typographic=args.typographic):
        n_paragraphs += 1
        for site in drop_sites(para):
            damaged = para[:site] + para[site + 1 :]
            result = textmend.mend(damaged)
            verdict = score(para, damaged, result.text)
            verdicts[verdict] += 1
            closes = {_rule(e.reason) for e in result.edits if e.normalizer == "quotes" and len(e.new) > len(e.old)}
            for reason in closes or {"(no close inserted)"}:
                by_rule[reason][verdict] += 1
            want = {"harmed": verdict == "harmed", "missed": verdict == "same"}.get(args.examples or "", False)
            if want and shown < 60 and (args.split != "validate" or args.examples is not None):
                shown += 1
                print(f"- {page} ({verdict}): {para[max(0, site - 100) : site]}[{para[site]}]{para[site + 1 : site + 60]}")
                print(f"  -> {result.text[max(0, site - 100) : site + 60]}")
    n = sum(verdicts.values())
    if not n:
        print("no case")
        return 1
    improved = verdicts["exact"] + verdicts["improved"]
    print(f"| split | paragraphs | cases | exact % | improved % | harmed % |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    print(
        f"| {args.split} | {n_paragraphs} | {n} | {100 * verdicts['exact'] / n:.2f} | {100 * improved / n:.2f} "
        f"| {100 * verdicts['harmed'] / n:.2f} ({verdicts['harmed']}) |"
    )
    print()
    print("| inserted close (its reason, shortened) | cases | exact | harmed |")
    print("| --- | ---: | ---: | ---: |")
    for reason, counts in sorted(by_rule.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"| {reason} | {sum(counts.values())} | {counts['exact']} | {counts['harmed']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
