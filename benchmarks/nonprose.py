"""Lines that are not prose: every verdict ever written, with the facts of its line (issue 13).

    python -m benchmarks.nonprose pool      # locate every judged verdict row, rerun main, write the pool
    python -m benchmarks.nonprose table --gate 4,0.15,1   # damage stopped / correct lost by one gate, per corpus and kind
    python -m benchmarks.nonprose loco      # per kind, a gate chosen without corpus k, scored on corpus k
    python -m benchmarks.nonprose dump --out FILE   # every edit of the default pipeline on every corpus

``pool`` reads every non-whitespace verdict row of ``benchmarks/verdicts/*.tsv`` whose corpus
is found (fresh 1-21, the dev corpus, the extractor samples, Lee, Crime and Punishment,
Django, spaCy, mimesis), current or stale (an edit some earlier main made and a later rule
stopped), locates it in its document (the raw text, else the text after the stages that run
before ``fused``), and keeps the facts of its line that :func:`textmend.analysis.prose_facts`
computes, with what the code does with it today (``now``: made at the default, below it, gone).
The candidate gates (``GRID``) hold a kind of edit on a line that fails them; ``loco`` chooses,
for each corpus in turn, per kind, the gate that stops the most damage per correct edit lost
on the other corpora, and scores it on the corpus left out.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable, Iterator

from .audit import CONTEXT, edit_key, read_corpus
from .loco import CORPORA as LOCO_CORPORA
from .loco import _uncell, judged_rows_by_page, verdict_parts

CORPORA = {
    **LOCO_CORPORA,
    **{f"fresh{n}": (Path(f"/tmp/fresh{n}/fresh{n}-extracted.jsonl"), {}, (f"fresh{n}-*",)) for n in (20, 21)},
}
POOL = Path(os.environ.get("TMPDIR", "/tmp")) / "textmend-nonprose-pool.jsonl"
GATED = ("fused", "repeats", "punctuation", "quotes")
DEFAULT_THRESHOLD = 0.5


def judged_corpora(names: list[str]) -> Iterator[tuple[str, Path, dict[str, object], dict[str, list[tuple[str, ...]]]]]:
    """(name, path, read options, judged rows by page) of each named corpus whose file exists;
    a missing one is named on stderr and skipped (the pools of this module and of docgate)."""
    for name in names:
        path, options, stems = CORPORA[name]
        if not path.exists():
            print(f"{name}: not found ({path})", file=sys.stderr)
            continue
        yield name, path, options, judged_rows_by_page(stems)


def aggressive_pipelines() -> tuple[Any, Any]:
    """The default pipeline at the aggressive threshold (every edit a judged row may name), and
    its stages that run before any judged edit (where a row's context is found when the raw
    text does not hold it)."""
    import textmend
    from textmend.pipeline import Pipeline

    full = Pipeline(textmend.default_pipeline().normalizers, confidence="aggressive")
    return full, full.only(["invisible", "mojibake", "whitespace"])


def confidence_by_key(page: str, text: str, edits: Iterable[Any]) -> dict[str, float]:
    """Audit key -> the highest confidence among the edits of one record that make it."""
    made: dict[str, float] = {}
    for e in edits:
        k = edit_key(page, e.old, e.new, text[max(0, e.start - CONTEXT) : e.start], text[e.end : e.end + CONTEXT])
        made[k] = max(made.get(k, -1.0), e.confidence)
    return made


def located_rows(rows: Iterable[tuple[str, ...]], text: str, before: Any) -> Iterator[tuple[tuple[str, ...], str, str, str, str, int]]:
    """Each verdict row found in one record: (row, left, old, new, where, pos), ``where`` the text
    that holds the row's context (the raw ``text``, else what ``before``, the stages that run
    before any judged edit, make of it: computed once, when first needed) and ``pos`` the start of
    its left context there.  A row whose context holds no ``[old→new]`` marker, or is found in
    neither text, is skipped (the pools of this module and of docgate)."""
    pre: str | None = None
    for row in rows:
        parts = verdict_parts(row[6], row[4], row[5])
        if parts is None:
            continue
        left, old, new, right = parts
        needle = left + old + right
        where, pos = text, text.find(needle)
        if pos < 0:
            if pre is None:
                pre = before(text)
            where, pos = pre, pre.find(needle)
        if pos >= 0:
            yield row, left, old, new, where, pos


def pool(names: list[str]) -> list[dict[str, object]]:
    from textmend.prose import prose_facts
    from textmend.language import identify

    full, before = aggressive_pipelines()
    out: list[dict[str, object]] = []
    for name, path, options, by_page in judged_corpora(names):
        done: set[str] = set()
        for page, _doc, text in read_corpus(path, **options):  # type: ignore[arg-type]
            want = [r for r in by_page.get(page, ()) if r[0] not in done]
            if not want:
                continue
            made = confidence_by_key(page, text, full.mend(text).edits)
            for row, left, old, new, where, pos in located_rows(want, text, before):
                key, verdict, note, normalizer, _old_c, _new_c, context = row
                done.add(key)
                start = pos + len(left)
                p0 = where.rfind("\n", 0, start) + 1
                p1 = where.find("\n", start)
                p1 = len(where) if p1 < 0 else p1
                lang = identify(where[p0:p1]) or ""
                conf = made.get(key)
                out.append({
                    "corpus": name, "key": key, "normalizer": normalizer, "verdict": verdict, "note": _uncell(note)[:120],
                    "old": old, "new": new, "context": context, "lang": lang,
                    "now": "gone" if conf is None else "default" if conf >= DEFAULT_THRESHOLD else "below",
                    "confidence": -1.0 if conf is None else conf,
                    "line": where[p0:p1][:400],
                    **prose_facts(where, p0, p1, lang or "en").as_dict(),
                })
        print(f"{name}: {sum(1 for r in out if r['corpus'] == name)} of {sum(map(len, by_page.values()))} verdicts located", file=sys.stderr)
    return out


def dump(names: list[str], out: Path) -> None:
    """Every edit the default pipeline makes on every document of the named corpora, one line
    each (corpus, audit key, normalizer, old, new, confidence, context): two dumps, of the code
    before and after a change, compare edit for edit."""
    import textmend

    pipeline = textmend.default_pipeline()
    with out.open("w", encoding="utf-8") as fh:
        for name in names:
            path, options, _stems = CORPORA[name]
            if not path.exists():
                print(f"{name}: not found ({path})", file=sys.stderr)
                continue
            n = 0
            for page, _doc, text in read_corpus(path, **options):  # type: ignore[arg-type]
                for e in pipeline.mend(text).edits:
                    left = text[max(0, e.start - CONTEXT) : e.start]
                    right = text[e.end : e.end + CONTEXT]
                    fh.write(json.dumps({
                        "corpus": name, "key": edit_key(page, e.old, e.new, left, right), "normalizer": e.normalizer,
                        "old": e.old, "new": e.new, "confidence": e.confidence,
                        "context": f"{left}[{e.old}→{e.new}]{right}".replace("\n", "\\n"),
                    }, ensure_ascii=False) + "\n")
                    n += 1
            print(f"{name}: {n} edits", file=sys.stderr)


def _load() -> list[dict[str, object]]:
    return [json.loads(x) for x in POOL.read_text(encoding="utf-8").splitlines() if x]


def kind_of(row: dict[str, object]) -> str | None:
    """The edit's kind by its shape (a stale verdict has no rule's reason): the four stages
    the gate may hold, and for ``punctuation`` and ``quotes`` the shape of the change."""
    norm, old, new = str(row["normalizer"]), str(row["old"]), str(row["new"])
    parts = norm.split("+")
    if "repeats" in parts:
        return "repeats"
    if "fused" in parts:
        return "fused"
    if "punctuation" in parts:
        if not old.strip() and not new.strip():
            return "punctuation: a space added after a mark (glued)" if len(new) > len(old) else "punctuation: a space removed before a mark (spaced)"
        return "punctuation: other"
    if "quotes" in parts:
        return "quotes: a mark inserted (closer)" if not old.strip() else "quotes: a mark turned or replaced"
    return None


#: The candidate gates: (least words, most function-word share, key rows too).
GRID = [(w, r, rows) for w in (3, 4, 5, 6) for r in (0.0, 0.05, 0.1, 0.15, 0.2) for rows in (False, True)]
KINDS = ("repeats", "fused", "punctuation: a space added after a mark (glued)",
         "punctuation: a space removed before a mark (spaced)", "quotes: a mark inserted (closer)",
         "quotes: a mark turned or replaced")
LAMBDA = 3  # a gate is worth making for a kind when it stops more than 3 damaged edits per correct one lost


def not_prose(row: dict[str, object], gate: tuple[int, float, bool]) -> bool:
    """Whether the row's line fails the candidate gate ``gate`` (see ``GRID``)."""
    words, share, rows = gate
    if rows and row["key_row"]:
        return True
    n = int(row["words"])  # type: ignore[call-overload]
    if row["sentence_end"] or row["commas"]:
        return False
    return n >= words and int(row["function_words"]) <= share * n  # type: ignore[call-overload]


def choose(rows: list[dict[str, object]]) -> dict[str, tuple[int, float, bool]]:
    """Per kind, the gate of ``GRID`` that most exceeds ``LAMBDA`` damaged edits stopped per
    correct one lost on ``rows`` (every verdict as judged), if any does."""
    chosen: dict[str, tuple[int, float, bool]] = {}
    for kind in KINDS:
        best: tuple[int, tuple[int, float, bool]] | None = None
        mine = [r for r in rows if r["kind"] == kind]
        for gate in GRID:
            c = Counter(str(r["verdict"]) for r in mine if not_prose(r, gate))
            score = c["damage"] - LAMBDA * c["correct"]
            if score > 0 and (best is None or score > best[0]):
                best = (score, gate)
        if best is not None:
            chosen[kind] = best[1]
    return chosen


def table(rows: list[dict[str, object]], gate: tuple[int, float, bool]) -> str:
    """Markdown: per kind and corpus, damaged edits the gate stops / correct edits it loses."""
    corpora = sorted({str(r["corpus"]) for r in rows}, key=lambda n: (len(n), n))
    lines = ["| corpus | " + " | ".join(KINDS) + " |", "| --- |" + " ---: |" * len(KINDS)]
    total: dict[str, Counter] = defaultdict(Counter)
    for name in corpora + ["**pooled**"]:
        cells = []
        for kind in KINDS:
            if name == "**pooled**":
                c = total[kind]
            else:
                c = Counter()
                for r in rows:
                    if r["corpus"] == name and r["kind"] == kind:
                        c[str(r["verdict"])] += 1
                        if not_prose(r, gate):
                            c["stop-" + str(r["verdict"])] += 1
                total[kind].update(c)
            cells.append(f"{c['stop-damage']}/{c['damage']} − {c['stop-correct']}/{c['correct']}" if c["damage"] or c["correct"] else "")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def loco(rows: list[dict[str, object]]) -> str:
    """Markdown: for each corpus, the gates chosen on the others (``choose``) scored on it."""
    corpora = sorted({str(r["corpus"]) for r in rows}, key=lambda n: (len(n), n))
    lines = ["| held out | judged | damage stopped | correct lost | precision as judged: before → after | made today: damage stopped, correct lost | kinds gated |",
             "| --- | ---: | ---: | ---: | ---: | ---: | --- |"]
    tot: Counter = Counter()
    choices: Counter = Counter()
    prec = lambda c: 100 * c["correct"] / max(1, c["correct"] + c["damage"])  # noqa: E731
    for held in corpora:
        chosen = choose([r for r in rows if r["corpus"] != held])
        choices[json.dumps(chosen, sort_keys=True)] += 1
        mine = [r for r in rows if r["corpus"] == held]
        gated = lambda r: r["kind"] in chosen and not_prose(r, chosen[str(r["kind"])])  # noqa: E731
        before = Counter(str(r["verdict"]) for r in mine)
        after = Counter(str(r["verdict"]) for r in mine if not gated(r))
        now_d = sum(1 for r in mine if r["now"] == "default" and r["verdict"] == "damage" and gated(r))
        now_c = sum(1 for r in mine if r["now"] == "default" and r["verdict"] == "correct" and gated(r))
        stop, lost = before["damage"] - after["damage"], before["correct"] - after["correct"]
        tot.update(stop=stop, lost=lost, damage=before["damage"], correct=before["correct"], now_d=now_d, now_c=now_c)
        kinds = ", ".join(k.split(":")[0] + (k.split(":")[1][:12] if ":" in k else "") for k in sorted(chosen))
        lines.append(f"| {held} | {before['correct'] + before['damage']} | {stop} / {before['damage']} | {lost} / {before['correct']} "
                     f"| {prec(before):.1f} → {prec(after):.1f} | {now_d}, {now_c} | {kinds} |")
    lines.append(f"| **pooled** | | {tot['stop']} / {tot['damage']} | {tot['lost']} / {tot['correct']} | | {tot['now_d']}, {tot['now_c']} | |")
    lines.append("")
    for choice, n in choices.most_common():
        lines.append(f"- {n} fold(s): {choice}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.nonprose")
    ap.add_argument("command", choices=("pool", "dump", "table", "loco"))
    ap.add_argument("--made", type=Path, help="table, loco: a dump (of main, say) that says which verdicts are made today")
    ap.add_argument("--gate", default="5,0.15,1", help="table: least words, most function-word share, key rows too (0/1)")
    ap.add_argument("--out", type=Path, help="dump: the file to write")
    ap.add_argument("--corpus", action="append", choices=sorted(CORPORA))
    args = ap.parse_args(argv)
    if args.command == "dump":
        dump(args.corpus or list(CORPORA), args.out)
        return 0
    if args.command == "pool":
        rows = pool(args.corpus or list(CORPORA))
        POOL.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{len(rows)} pooled verdicts -> {POOL}")
        return 0
    made = None
    if args.made is not None:
        made = {(d["corpus"], d["key"]) for d in map(json.loads, args.made.read_text(encoding="utf-8").splitlines())}
    rows = []
    for r in _load():
        r["kind"] = kind_of(r)
        if made is not None:
            r["now"] = "default" if (r["corpus"], r["key"]) in made else "gone"
        if r["kind"] is not None:
            rows.append(r)
    if args.command == "table":
        w, share, both = args.gate.split(",")
        print(table(rows, (int(w), float(share), both == "1")))
    else:
        print(loco(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
