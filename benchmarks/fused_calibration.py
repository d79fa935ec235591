"""Precision of ``fused`` by the kind of split, over every audited corpus (issue 13).

    python -m benchmarks.fused_calibration                 # every corpus found, the table
    python -m benchmarks.fused_calibration --quick         # only the documents that had a fused edit last time
    python -m benchmarks.fused_calibration --list damage   # the judged edits of a verdict, with their kind

The pipeline runs at the ``aggressive`` threshold, so every candidate split is
seen with its confidence; each ``fused`` edit is joined by its audit key to the
verdicts of ``benchmarks/verdicts/`` (stale verdicts included: an edit no longer
made at the default threshold still tells what its kind is worth) and put in a
bucket by what the normalizer saw when it made it: the boundary (a quotation
mark, a quotation's seam, a lost block boundary, a case boundary, two lower-case
words), whether a part is a function word, whether the document uses a part as
a word of its own elsewhere, and whether the document reads as technical.
Precision = correct / (correct + damage), at the default threshold and over all
candidates.  The corpora are not in the repository (see docs/benchmarks.md,
"Precision audit"); one not found is left out and named.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .audit import CONTEXT, VERDICT_DIR, edit_key, load_verdicts, read_corpus
from .corpus import REPO
from .split import split_of

__all__ = ["CORPORA", "Candidate", "calibrate"]

_SHARED = REPO.parent / "shared" / "corpus"
_GENSIM = Path("/tmp/measure_dl/g/gensim/test/test_data")

#: name -> (corpus path, read options, verdict files (stems, globs allowed)).
CORPORA: dict[str, tuple[Path, dict[str, object], tuple[str, ...]]] = {
    "dev": (_SHARED / "news-dev.jsonl", {}, ("news-dev",)),
    "extracted": (_SHARED / "extracted-dev.jsonl.gz", {}, ("extracted-dev-*",)),
    "lee": (_GENSIM / "lee_background.cor", {"lines": True}, ("lee_background",)),
    "lee50": (_GENSIM / "lee.cor", {"lines": True, "encoding": "latin-1"}, ("lee",)),
    "crime": (_GENSIM / "crime-and-punishment.txt", {}, ("crime-and-punishment",)),
    "fresh1": (Path("/tmp/fresh-x/fresh-extracted.jsonl"), {}, ("fresh-extracted-*",)),
    "fresh2": (Path("/tmp/fresh2/fresh2-extracted.jsonl"), {}, ("fresh2-extracted-*",)),
    "fresh3": (Path("/tmp/fresh3/fresh3-extracted.jsonl"), {}, ("fresh3-*",)),
    "fresh4": (Path("/tmp/fresh4/fresh4-extracted.jsonl"), {}, ("fresh4-*",)),
    "django": (Path("/tmp/multiprec/django-po.jsonl"), {}, ("django-po-*",)),
    "spacy": (Path("/tmp/multiprec/spacy-examples.jsonl"), {}, ("spacy-examples",)),
    "mimesis": (Path("/tmp/multiprec/mimesis-text.jsonl"), {}, ("mimesis-text",)),
}
_DOCS_CACHE = Path(os.environ.get("TMPDIR", "/tmp")) / "textmend-fused-calibration-docs.json"
DEFAULT_THRESHOLD = 0.5


@dataclass
class Candidate:
    """One ``fused`` edit of the aggressive run, with its kind and verdict."""

    corpus: str
    key: str
    split: str
    confidence: float
    kind: str
    evidence: str
    technical: str
    token: str
    context: str
    verdict: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def bucket(self) -> str:
        return f"{self.kind} | {self.evidence} | {self.technical}"


def _kind_of(reason: str, left: str, right: str, function_words: frozenset[str] | set[str]) -> str:
    """The split's kind, from the normalizer's reason and the two letter runs at the cut."""
    if "quotation mark" in reason:
        return "punctuation: quotation mark"
    if "quotation's last word" in reason or "reporting verb" in reason:
        return "punctuation: quotation seam"
    if "lost block boundary" in reason or "pronoun I" in reason:
        return "block boundary"
    a, b = left.lower(), right.lower()
    if "capitalized word" in reason:
        return "case: + function word" if b in function_words else "case: + content word"
    if a in function_words and b in function_words:
        return "lower: function + function"
    if a in function_words or b in function_words:
        return "lower: content + function"
    if len(a) == 1 or len(b) == 1:
        return "lower: one letter"
    return "lower: content + content"


def _letters_around(text: str, pos: int) -> tuple[str, str]:
    i = pos
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    j = pos
    while j < len(text) and text[j].isalpha():
        j += 1
    return text[i:pos], text[pos:j]


def _token_around(text: str, pos: int) -> tuple[str, int]:
    i = pos
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    j = pos
    while j < len(text) and not text[j].isspace():
        j += 1
    return text[i:j], pos - i


def _instrument() -> dict[tuple[str, int], tuple[str, str, str]]:
    """Wrap ``FusedTokens.find_edits`` so each edit's kind, evidence and technicality are
    recorded by (token, offset of the cut in it): the composed edits of the pipeline no
    longer carry the stage's text."""
    from textmend.normalizers import fused

    seen: dict[tuple[str, int], tuple[str, str, str]] = {}
    original = fused.FusedTokens.find_edits
    if getattr(original, "_calibrated", False):
        return original._seen  # type: ignore[attr-defined, no-any-return]

    def find_edits(self: fused.FusedTokens, text: str) -> list:  # type: ignore[type-arg]
        edits = original(self, text)
        if not edits:
            return edits
        scanner = fused._scanner(self.lang)
        lines = fused._LineCache(text, scanner)
        for e in edits:
            left, right = _letters_around(text, e.start)
            kind = _kind_of(e.reason, left, right, scanner.function_words)
            a, b = left.lower(), right.lower()
            fw = scanner.function_words
            # A function word stands everywhere: only the content words are evidence.
            uses = [x for x in (a, b) if len(x) > 1 and x not in fw and lines.has_word(x)]
            if kind.startswith(("punctuation", "block")) or (a in fw and b in fw):
                evidence = "-"
            elif lines.writes_apart(a, b):
                evidence = "pair apart in doc"
            elif len(uses) == 2:
                evidence = "both parts in doc"
            elif uses:
                evidence = "content part in doc" if (a in fw or b in fw) else "one part in doc"
            else:
                evidence = "no evidence"
            technical = "technical doc" if lines.technical_document() else (
                "technical line" if lines.technical(e.start) else "prose")
            seen[_token_around(text, e.start)] = (f"{kind} [{self.lang}]", evidence, technical)
        return edits

    find_edits._calibrated = True  # type: ignore[attr-defined]
    find_edits._seen = seen  # type: ignore[attr-defined]
    fused.FusedTokens.find_edits = find_edits  # type: ignore[method-assign]
    return seen


def _verdicts(stems: tuple[str, ...]) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for stem in stems:
        for path in sorted(VERDICT_DIR.glob(f"{stem}.tsv")):
            for key, v in load_verdicts(path).items():
                if v.verdict:
                    out.setdefault(key, (v.verdict, v.note))
    return out


def calibrate(names: list[str], quick: bool = False) -> tuple[list[Candidate], list[str]]:
    """Every fused candidate of the named corpora with its verdict; and the corpora not found."""
    import textmend
    from textmend.pipeline import Pipeline

    seen = _instrument()
    pipeline = Pipeline(textmend.default_pipeline().normalizers, confidence="aggressive")
    only: dict[str, list[str]] | None = None
    if quick and _DOCS_CACHE.is_file():
        only = json.loads(_DOCS_CACHE.read_text())
    found_docs: dict[str, list[str]] = defaultdict(list)
    out: list[Candidate] = []
    keys: set[str] = set()  # an edit repeated by several extractors of a page is judged (and counted) once
    missing: list[str] = []
    for name in names:
        path, options, stems = CORPORA[name]
        if not path.exists():
            missing.append(f"{name} ({path})")
            continue
        verdicts = _verdicts(stems)
        wanted = set(only.get(name, ())) if only is not None else None
        for page, doc, text in read_corpus(path, **options):  # type: ignore[arg-type]
            if wanted is not None and doc not in wanted:
                continue
            seen.clear()
            for e in pipeline.mend(text).edits:
                if "fused" not in e.normalizer.split("+"):
                    continue
                found_docs[name].append(doc)
                left = text[max(0, e.start - CONTEXT) : e.start]
                right = text[e.end : e.end + CONTEXT]
                key = edit_key(page, e.old, e.new, left, right)
                if key in keys:
                    continue
                keys.add(key)
                token, offset = _token_around(text, e.start)
                kind, evidence, technical = seen.get((token, offset), ("?", "?", "?"))
                verdict, note = verdicts.get(key, ("", ""))
                out.append(Candidate(
                    name, key, split_of(page), e.confidence, kind, evidence, technical, token,
                    f"{left}[{e.old}→{e.new}]{right}".replace("\n", "\\n"), verdict, [note] if note else [],
                ))
    if only is None:
        # (merged into the last run's record: a run over some corpora keeps the others')
        cached = json.loads(_DOCS_CACHE.read_text()) if _DOCS_CACHE.is_file() else {}
        read = [name for name in names if CORPORA[name][0].exists()]
        cached.update({name: sorted(set(found_docs.get(name, ()))) for name in read})
        _DOCS_CACHE.write_text(json.dumps(cached))
    return out, missing


def _precision(c: Counter) -> str:
    den = c["correct"] + c["damage"]
    return f"{100 * c['correct'] / den:.1f}" if den else "–"


def table(cands: list[Candidate], by: str, threshold: float = DEFAULT_THRESHOLD) -> str:
    """Markdown: correct / damage / style (and unjudged) per bucket, at the threshold and over all."""
    rows: dict[str, tuple[Counter, Counter]] = defaultdict(lambda: (Counter(), Counter()))
    for c in cands:
        label = {"bucket": c.bucket, "kind": c.kind.split(" [")[0], "confidence": f"{c.confidence:.2f}",
                 "corpus": c.corpus}[by]
        made, every = rows[label]
        verdict = c.verdict or "unjudged"
        every[verdict] += 1
        if c.confidence >= threshold:
            made[verdict] += 1
    lines = [
        f"| {by} | default: correct / damage / style / unjudged | precision % | all candidates: correct / damage / style / unjudged | precision % |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for label in sorted(rows):
        made, every = rows[label]
        f = lambda c: f"{c['correct']} / {c['damage']} / {c['style']} / {c['unjudged']}"  # noqa: E731
        lines.append(f"| {label} | {f(made)} | {_precision(made)} | {f(every)} | {_precision(every)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.fused_calibration", description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", action="append", choices=sorted(CORPORA), help="only these corpora (repeatable)")
    ap.add_argument("--quick", action="store_true", help="only the documents where the last full run found a fused edit")
    ap.add_argument("--list", metavar="VERDICT", help="list the candidates of this verdict ('unjudged' for none)")
    ap.add_argument("--by", default="bucket", choices=("bucket", "kind", "confidence", "corpus"))
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    args = ap.parse_args(argv)
    cands, missing = calibrate(args.corpus or list(CORPORA), quick=args.quick)
    if missing:
        print("not found, left out: " + ", ".join(missing), file=sys.stderr)
    if args.list:
        for c in sorted(cands, key=lambda c: (c.bucket, c.corpus, c.key)):
            if (c.verdict or "unjudged") == args.list:
                print(f"{c.confidence:.2f}\t{c.corpus}\t{c.split}\t{c.bucket}\t{c.token}\t{c.context}\t{'; '.join(c.notes)[:80]}")
        return 0
    print(table(cands, args.by, args.threshold))
    return 0


if __name__ == "__main__":
    sys.exit(main())
