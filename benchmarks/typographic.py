"""Typographic spaces: how many no-break, narrow no-break, thin, figure and hair spaces
``clean()`` turns into something else, by the place they stand.

    python -m benchmarks.typographic                       # news-dev.jsonl and the extractor output
    python -m benchmarks.typographic --corpus FILE.jsonl   # any JSON lines with a text field
    python -m benchmarks.typographic --examples "French punctuation"   # flattened cases of one place (tune pages)

Typography puts these spaces on purpose between a number and its unit (``42 km``,
``10 %``), inside a number (``10 000``), after an abbreviation before a number
(``p. 41``), before ``: ; ! ?`` in French, inside guillemets, around dashes, before an
Indic danda and between the dots of a spaced ellipsis; between two plain words they
usually do an ordinary space's job.  Each such character of a corpus is put in one
*place* by its neighbours (the first rule that holds, in the order of ``PLACES``); it is
*flattened* when an edit of the default pipeline covers it and its replacement no
longer holds that character (a plain space, or nothing).  Every document is cleaned
whole, as a caller would; dev pages are counted apart as tune and validate
(benchmarks/split.py).  *Deliberate* is every place up to the spaced ellipsis: the
spaces our acceptance counts when it counts typographic spaces flattened; between two
words, after punctuation (``said,\u00a0then``), at a line's edge and elsewhere they
stand where an ordinary space would.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import regex

from .audit import read_corpus
from .corpus import default_corpus, documents
from .split import SPLITS, split_of

__all__ = ["PLACES", "TYPOGRAPHIC", "count", "place_of"]

#: No-break, narrow no-break, thin, figure and hair space.
TYPOGRAPHIC = "\u00a0\u202f\u2009\u2007\u200a"
_ANY_SPACE = " \t" + TYPOGRAPHIC
_DASHES = "–—‒―"
_UNIT_OR_SIGN = regex.compile(r"[\p{L}%‰°\p{Sc}]")
_CURRENCY = regex.compile(r"\p{Sc}")
_PLACEHOLDER = r"(?:%(?:\([\w.]+\))?[-+#0]*\d*(?:\.\d+)?[sdif]|\{[\w.]*\})"
_PLACEHOLDER_BEFORE = regex.compile(_PLACEHOLDER + r"[ \u00a0\u202f\u2009\u2007\u200a]*\Z")
_PLACEHOLDER_AFTER = regex.compile(r"[ \u00a0\u202f\u2009\u2007\u200a]*" + _PLACEHOLDER)

PLACES = (
    "inside a number",
    "number and unit",
    "abbreviation and number",
    "French punctuation",
    "guillemets",
    "dash",
    "danda",
    "spaced ellipsis",
    "between two words",
    "after punctuation",
    "line edge",
    "other",
)
#: The places where typography sets the space on purpose.
DELIBERATE = PLACES[:8]


def _neighbours(text: str, i: int) -> tuple[str, str, str]:
    """The characters before and after the run of spaces holding ``text[i]``, and the
    word before it (letters and dots)."""
    s = i
    while s > 0 and text[s - 1] in _ANY_SPACE:
        s -= 1
    e = i + 1
    while e < len(text) and text[e] in _ANY_SPACE:
        e += 1
    before = text[s - 1] if s > 0 else ""
    after = text[e] if e < len(text) else ""
    w = s
    while w > 0 and (text[w - 1].isalpha() or text[w - 1] == "."):
        w -= 1
    return before, after, text[w:s]


def place_of(text: str, i: int) -> str:
    """The place of the typographic space ``text[i]``.

    >>> place_of("10\\u00a0000 people", 2), place_of("42\\u00a0km", 2), place_of("p.\\u00a041", 2)
    ('inside a number', 'number and unit', 'abbreviation and number')
    >>> place_of("Bonjour\\u202f!", 7), place_of("«\\u00a0Oui\\u00a0»", 1), place_of("le\\u00a0chat", 2)
    ('French punctuation', 'guillemets', 'between two words')
    """
    before, after, word = _neighbours(text, i)
    if before in ("", "\n", "\r") or after in ("", "\n", "\r"):
        return "line edge"
    if before.isdigit() and after.isdigit():
        return "inside a number"
    if (before.isdigit() and _UNIT_OR_SIGN.match(after)) or (after.isdigit() and _CURRENCY.match(before)):
        return "number and unit"
    if _PLACEHOLDER_BEFORE.search(text, max(0, i - 40), i) or _PLACEHOLDER_AFTER.match(text, i + 1):
        return "number and unit"  # a message template's number: "il y a %(count)s heures", "za %(count)s"
    if before == "." and after.isdigit() and len(word) >= 2 and word[0].isalpha():
        return "abbreviation and number"
    if after in ":;!?":
        return "French punctuation"
    if after in "»›" or before in "«‹":
        return "guillemets"
    if before in _DASHES or after in _DASHES:
        return "dash"
    if after in "।॥":
        return "danda"
    if before == "." and after == ".":
        return "spaced ellipsis"
    if before.isalpha() and after.isalpha():
        return "between two words"
    if regex.match(r"\p{P}", before) and (after.isalnum() or regex.match(r"\p{Ps}|\p{Pi}", after)):
        return "after punctuation"
    return "other"


def count(docs, *, examples: str | None = None, example_split: str = "tune", limit: int = 15, split=split_of):
    """(totals, flattened, examples): per (split, place) the typographic spaces and how many
    ``clean()`` flattened; ``examples`` lists flattened cases of one place.  ``split`` names
    the part of a page id (tune or validate for dev pages)."""
    import textmend

    pipeline = textmend.default_pipeline()
    totals: dict[tuple[str, str], int] = Counter()
    flattened: dict[tuple[str, str], int] = Counter()
    shown: list[str] = []
    for page, name, text in docs:
        positions = [i for i, ch in enumerate(text) if ch in TYPOGRAPHIC]
        if not positions:
            continue
        part = split(page)
        places = {i: place_of(text, i) for i in positions}
        for p in places.values():
            totals[part, p] += 1
        result = pipeline.mend(text)
        for e in result.edits:
            kept = Counter(ch for ch in e.new if ch in TYPOGRAPHIC)
            for i in range(e.start, e.end):
                ch = text[i]
                if ch not in TYPOGRAPHIC:
                    continue
                if kept[ch] > 0:
                    kept[ch] -= 1
                    continue
                flattened[part, places[i]] += 1
                if examples == places[i] and part == example_split and len(shown) < limit:
                    ctx = text[max(0, i - 30) : i] + "⟦" + f"U+{ord(ch):04X}" + "⟧" + text[i + 1 : i + 30]
                    shown.append(f"{name} [{e.normalizer}] {ctx!r} -> {e.new!r}")
    return totals, flattened, shown


def markdown(title: str, totals, flattened, parts: tuple[str, ...] = SPLITS) -> str:
    lines = [f"#### {title}: typographic spaces flattened / found, by place", ""]
    lines.append("| place | " + " | ".join(f"{s} flattened / found" for s in parts) + " |")
    lines.append("| --- |" + " ---: |" * len(parts))
    for place in PLACES + ("**deliberate**", "**all**"):
        group = DELIBERATE if place == "**deliberate**" else PLACES if place == "**all**" else (place,)
        cells = []
        for s in parts:
            f = sum(flattened[s, p] for p in group)
            t = sum(totals[s, p] for p in group)
            cells.append(f"{f} / {t}")
        lines.append(f"| {place} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.typographic", description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", action="append", help="JSON lines with a text field (repeatable; default: news-dev.jsonl and extracted-dev.jsonl.gz)")
    ap.add_argument("--examples", choices=PLACES, help="print flattened cases of this place")
    ap.add_argument("--split", choices=SPLITS, default="tune", help="pages --examples draws from (default: tune)")
    args = ap.parse_args(argv)
    corpora = [Path(c) for c in args.corpus] if args.corpus else [default_corpus(), default_corpus().parent / "extracted-dev.jsonl.gz"]
    for path in corpora:
        if not path.is_file():
            print(f"{path}: not found, skipped", file=sys.stderr)
            continue
        dev = {page for page, _ in documents()}
        docs = list(read_corpus(path))
        if all(page in dev for page, _, _ in docs):
            totals, flattened, shown = count(docs, examples=args.examples, example_split=args.split)
            print(markdown(path.name, totals, flattened))
        else:  # not dev pages: no tune and validate halves
            totals, flattened, shown = count(docs, examples=args.examples, example_split="all", split=lambda page: "all")
            print(markdown(path.name, totals, flattened, ("all",)))
        for line in shown:
            print("  ", line)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
