"""What real glued words look like (issue 13, branch prec14).

    python -m benchmarks.glue_shape                 # both tables: real-world glued tokens, audited splits
    python -m benchmarks.glue_shape --list real     # every lower-case real glued token of the tune pages

The accuracy benchmark glues any two adjacent words; real glue comes from extraction. This
tabulates the shape of lower-case glued pairs (``cityand``, ``gunbattles``), tune material only:

- **real**: the tokens of the extractor output (``extracted-dev.jsonl.gz``, tune pages) that
  the ground truth writes as two adjacent tokens (the real-world benchmark's *glued tokens*),
  each distinct (page, token) once;
- **audit**: every ``fused`` split judged correct, style or damage in ``benchmarks/verdicts/``
  whose document is found (the corpora of ``benchmarks.fused_calibration`` and the later
  fresh ones), each distinct key once.

For each: the kind of pair (content + content, a function word on either side), whether the
token sits at a line's edge or before a capital (an element boundary: a link, a heading), both
parts' Zipf, whether the document writes the pair apart elsewhere, and whether the joined token
occurs once in the document.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import regex

from textmend.language import identify
from textmend.lexicon import zipf
from textmend.normalizers.fused import _scanner

from .audit import VERDICT_DIR, load_verdicts, read_corpus
from .fused_calibration import CORPORA, _token_around
from .realworld import default_extracted, load_ground_truth, records, visible_tokens
from .split import split_of

_LATER = {f"fresh{n}": Path(f"/tmp/fresh{n}/fresh{n}-extracted.jsonl") for n in range(5, 12)}
_TOKEN = regex.compile(r"\S+")
_CORE = regex.compile(r"^\P{L}*(\p{L}+)\P{L}*$")


@dataclass
class Glue:
    """One lower-case glued pair and its shape."""

    source: str
    verdict: str
    left: str
    right: str
    kind: str
    lang: str
    edge: str
    left_zipf: float
    right_zipf: float
    apart: bool
    once: bool
    context: str

    @property
    def common(self) -> str:
        low = min(self.left_zipf, self.right_zipf)
        return "both >= 4.5" if low >= 4.5 else ("one < 3.5" if low < 3.5 else "min 3.5-4.5")


def _kind(left: str, right: str, lang: str) -> str:
    scanner = _scanner(lang) or _scanner("en")
    assert scanner is not None
    fw = scanner.function_words
    if left in fw and right in fw:
        return "function + function"
    if left in fw:
        return "function + content"
    if right in fw:
        return "content + function"
    return "content + content"


def _edge(text: str, start: int, end: int) -> str:
    """Where the token ``text[start:end]`` sits: a line's edge, before a capital, or inside running text."""
    before = text[:start].rstrip(" \t")
    after = text[end:]
    if not before or before.endswith("\n") or after.lstrip(" \t")[:1] in ("", "\n", "\r"):
        return "line edge"
    nxt = after.lstrip(" \t")[:1]
    if nxt.isupper():
        return "capital after"
    return "running text"


def _shape(source: str, verdict: str, text: str, start: int, end: int, at: int, lang: str) -> Glue | None:
    token = text[start:end]
    left, right = token[:at].lower(), token[at:].lower()
    ml, mr = regex.search(r"\p{L}+$", token[:at]), regex.match(r"\p{L}+", token[at:])
    if not (ml and mr) or not (ml.group().islower() and mr.group().islower()):
        return None
    left, right = ml.group(), mr.group()
    scanner = _scanner(lang) or _scanner("en")
    assert scanner is not None
    low = text.lower()
    joined = left + right
    apart = regex.search(rf"(?<!\p{{L}}){regex.escape(left)}\s+{regex.escape(right)}(?!\p{{L}})", low) is not None
    once = len(regex.findall(rf"(?<!\p{{L}}){regex.escape(joined)}(?!\p{{L}})", low)) <= 1
    return Glue(
        source, verdict, left, right, _kind(left, right, lang), lang, _edge(text, start, end),
        zipf(scanner.freqs, left), zipf(scanner.freqs, right), apart, once,
        text[max(0, start - 30) : end + 30].replace("\n", "\\n"),
    )


def _seam(a: str, b: str) -> str:
    """The kind of seam between ground-truth tokens ``a`` and ``b`` glued together."""
    x, y = a[-1:], b[:1]
    if x.isalpha() and y.isalpha():
        return "lower case" if x.islower() and y.islower() else "case boundary"
    if not (x.isalnum() and y.isalnum()):
        return "punctuation"
    return "digit"


SEAMS: Counter[str] = Counter()  # every real glued token of the tune pages, each (page, token) once, by seam


def real_glue() -> list[Glue]:
    """The lower-case glued tokens of the extractor output on tune pages, each (page, token) once
    (every one is also counted by its seam in ``SEAMS``)."""
    truth = load_ground_truth()
    langs: dict[str, str] = {}
    out: list[Glue] = []
    seen: set[tuple[str, str]] = set()
    for rec in records(default_extracted()):
        page, text = rec["id"], rec.get("text") or ""
        if page not in truth or split_of(page) != "tune":
            continue
        gt = truth[page]
        if page not in langs:
            langs[page] = identify(gt.text[:2000]) or "en"
            pairs: dict[str, tuple[str, str]] = {}
            for a, b in zip(gt.tokens, gt.tokens[1:]):
                pairs.setdefault(a + b, (a, b))
            gt.pairs = pairs  # type: ignore[attr-defined]
        for m in _TOKEN.finditer(text):
            tok = visible_tokens(m.group())
            if not tok or tok[0] not in gt.glued or (page, tok[0]) in seen:
                continue
            seen.add((page, tok[0]))
            a, b = gt.pairs[tok[0]]  # type: ignore[attr-defined]
            SEAMS[_seam(a, b)] += 1
            if m.group() != tok[0]:
                continue  # invisible characters inside: offsets differ, rare
            g = _shape("real", "glued", text, m.start(), m.end(), len(a), langs[page])
            if g is not None:
                out.append(g)
    return out


def _corpora() -> dict[str, tuple[Path, dict[str, object], tuple[str, ...]]]:
    out = dict(CORPORA)
    for name, path in _LATER.items():
        out[name] = (path, {}, (f"{name}-extracted",))
    out["fresh1"] = (out["fresh1"][0], {}, ("fresh-extracted-tune", "fresh-extracted-validate"))
    return out


def audited_glue() -> list[Glue]:
    """Every judged lower-case ``fused`` split of the verdict files whose corpus is found."""
    out: list[Glue] = []
    keys: set[str] = set()
    for name, (path, options, stems) in _corpora().items():
        if not path.exists():
            print(f"not found: {name} ({path})", file=sys.stderr)
            continue
        wanted: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for stem in stems:
            for vpath in sorted(VERDICT_DIR.glob(f"{stem}.tsv")):
                for key, v in load_verdicts(vpath).items():
                    if key in keys or v.verdict not in ("correct", "damage", "style"):
                        continue
                    row = _row(vpath, key)
                    if row is None or "fused" not in row[0] or row[1] != "" or row[2] != " ":
                        continue
                    keys.add(key)
                    wanted[key.split("|")[0]].append((v.verdict, row[3], key))
        if not wanted:
            continue
        found: set[str] = set()
        for page, _doc, text in read_corpus(path, **options):  # type: ignore[arg-type]
            for verdict, context, key in wanted.get(page, ()):
                if key in found:
                    continue
                left_ctx, _, rest = context.partition("[→ ]")
                raw = left_ctx + rest
                pos = text.find(raw)
                if pos < 0:
                    continue
                found.add(key)
                cut = pos + len(left_ctx)
                token, offset = _token_around(text, cut)
                start = cut - offset
                end = start + len(token)
                lang = identify(text[max(0, start - 1000) : end + 1000]) or "en"
                g = _shape(name, verdict, text, start, end, cut - start, lang)
                if g is not None:
                    out.append(g)
    return out


_ROWS: dict[Path, dict[str, tuple[str, str, str, str]]] = {}


def _unescape(cell: str) -> str:
    return regex.sub(r"\\([\\tnr])", lambda m: {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}[m.group(1)], cell)


def _row(path: Path, key: str) -> tuple[str, str, str, str] | None:
    if path not in _ROWS:
        rows = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 7 and not line.startswith("#"):
                rows[cols[0]] = (cols[3], _unescape(cols[4]), _unescape(cols[5]), _unescape(cols[6]))
        _ROWS[path] = rows
    return _ROWS[path].get(key)


def table(glues: list[Glue], by: str) -> str:
    """Counts per kind and ``by`` feature, by verdict."""
    verdicts = sorted({g.verdict for g in glues})
    groups: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for g in glues:
        kind = g.kind if g.lang == "en" else f"{g.kind}, other languages"
        groups[(kind, str(getattr(g, by)))][g.verdict] += 1
    lines = [f"| kind | {by} | " + " | ".join(verdicts) + " |", "| --- | --- |" + " ---: |" * len(verdicts)]
    for (kind, value), c in sorted(groups.items()):
        lines.append(f"| {kind} | {value} | " + " | ".join(str(c[v]) for v in verdicts) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--list", choices=["real", "audit"], help="list the pairs of one source")
    args = ap.parse_args(argv)
    real = real_glue()
    audit = audited_glue()
    if args.list:
        for g in real if args.list == "real" else audit:
            print(f"{g.source}\t{g.verdict}\t{g.kind}\t{g.lang}\t{g.edge}\t{g.left}|{g.right}\t{g.left_zipf:.1f}/{g.right_zipf:.1f}"
                  f"\tapart={g.apart}\tonce={g.once}\t{g.context}")
        return 0
    print("## real glued tokens, tune pages, by seam\n")
    print("\n".join(f"- {seam}: {n}" for seam, n in SEAMS.most_common()) + "\n")
    for label, glues in (("real glued tokens, tune pages", real), ("audited fused splits", audit)):
        print(f"## {label} ({len(glues)})\n")
        for by in ("edge", "common", "apart", "once"):
            print(table(glues, by) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
