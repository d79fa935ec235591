"""Precision that generalizes: every judged edit pooled, leave-one-corpus-out (issue 13).

    python -m benchmarks.loco collect           # rerun the judged documents of every corpus found
    python -m benchmarks.loco families          # precision per family, per corpus and pooled
    python -m benchmarks.loco loco              # held-out precision before / after each policy
    python -m benchmarks.loco list FAMILY       # the judged edits of a family

``collect`` runs the pipeline at the ``aggressive`` threshold over the documents
of every audited corpus that hold a judged edit (a page id of a verdict key),
joins each edit by its audit key to ``benchmarks/verdicts/*.tsv`` (each key once,
as in the audit) and keeps, for each judged edit, its normalizer, reason,
confidence and cheap features of its context (the paragraph's register, the
token's frequency and its parts', whether the document writes them again), in
``$TMPDIR/textmend-loco.jsonl``.  The other commands read that file.

A *family* is a normalizer with its reason (quoted words and numbers taken out)
and, for the word-level kinds, a few of the features (``--by``).  A *policy*
moves a family below the default threshold.  Leave-one-corpus-out: for each
corpus in turn, the families to move are chosen on the other corpora alone (a
family whose pooled precision there is below ``--bar`` over at least
``--min-judged`` judged edits) and precision is scored on the one left out, at
the default threshold.  The corpora are not in the repository (docs/benchmarks.md,
"Precision audit"); one not found is named and left out.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterator

from .audit import CONTEXT, VERDICT_DIR, edit_key, load_verdicts, read_corpus
from .fused_calibration import CORPORA as CALIBRATION_CORPORA
from .fused_calibration import _verdicts
from .split import split_of

__all__ = ["CORPORA", "collect", "family_of", "leave_one_out"]

#: name -> (corpus path, read options, verdict stems (globs of benchmarks/verdicts/ allowed)):
#: the fused calibration's corpora (the same files and verdicts) and every fresh corpus judged
#: since, named one by one: a folder of another corpus is not read.
CORPORA: dict[str, tuple[Path, dict[str, object], tuple[str, ...]]] = {
    **CALIBRATION_CORPORA,
    **{
        f"fresh{n}": (Path(f"/tmp/fresh{n}/fresh{n}-extracted.jsonl"), {}, (f"fresh{n}-*",))
        for n in range(5, 28)
    },
    "fresh28": (Path("/tmp/fresh28/fresh28-extracted.jsonl"), {}, ("fresh28-*",)),
    "fresh29": (Path("/tmp/fresh29/fresh29-extracted.jsonl"), {}, ("fresh29-*",)),
    "fresh30": (Path("/tmp/fresh30/fresh30-extracted.jsonl"), {}, ("fresh30-*",)),
    "fresh31": (Path("/tmp/fresh31/fresh31-extracted.jsonl"), {}, ("fresh31-*",)),
    "fresh32": (Path("/tmp/fresh32/fresh32-extracted.jsonl"), {}, ("fresh32-*",)),
    "fresh33": (Path("/tmp/fresh33/fresh33-extracted.jsonl"), {}, ("fresh33-*",)),
    "fresh34": (Path("/tmp/fresh34/fresh34-extracted.jsonl"), {}, ("fresh34-*",)),
    "fresh35": (Path("/tmp/fresh35/fresh35-extracted.jsonl"), {}, ("fresh35-*",)),
    "fresh36": (Path("/tmp/fresh36/fresh36-extracted.jsonl"), {}, ("fresh36-*",)),
    "fresh37": (Path("/tmp/fresh37/fresh37-extracted.jsonl"), {}, ("fresh37-*",)),
}
OUT = Path(os.environ.get("TMPDIR", "/tmp")) / "textmend-loco.jsonl"
POOL = Path(os.environ.get("TMPDIR", "/tmp")) / "textmend-loco-pool.jsonl"
DEFAULT_THRESHOLD = 0.5

_WORD = re.compile(r"[^\W\d_]+")
_EMOTICON = re.compile(r"(?:^|\s)[:;=]-?[)(DPp]|[\U0001F300-\U0001FAFF\u2639-\u263a\u2764]|<3")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|my|me|we|our)\b")
_TECHNICAL = re.compile(r"[{}<>;=_/\\]|\b\w+\(\)|\w\.\w+\(")


def _span(text: str, pos: int, stop: str) -> tuple[int, int]:
    i = pos
    while i > 0 and text[i - 1] not in stop:
        i -= 1
    j = pos
    while j < len(text) and text[j] not in stop:
        j += 1
    return i, j


def zipf_frequency(word: str, lang: str) -> float:
    """wordfreq's Zipf, 0 where its tokenizer for the language is not installed (MeCab)."""
    import wordfreq

    try:
        return wordfreq.zipf_frequency(word, lang)
    except (ImportError, LookupError, ValueError):
        return 0.0


def _features(text: str, start: int, end: int, old: str, new: str, lang: str) -> dict[str, object]:
    """Cheap facts about an edit's context: what a policy may ask for."""
    p0, p1 = _span(text, start, "\n")
    para = text[max(p0, start - 300) : min(p1, end + 300)]
    t0, t1 = _span(text, start, " \t\n\u00a0")
    t1 = max(t1, end)
    token = text[t0:t1]
    words = _WORD.findall(token)
    lowered = text.lower()
    word_counts = Counter(_WORD.findall(lowered))
    feats: dict[str, object] = {
        "token": token,
        "lang": lang,
        "first_person": bool(_FIRST_PERSON.search(para)),
        "exclaims": "!" in para,
        "emoticon": bool(_EMOTICON.search(para)),
        "technical": bool(_TECHNICAL.search(para)),
        "digits": any(c.isdigit() for c in token),
        "line_start": text[p0:start].strip() == "",
        "para_words": len(para.split()),
    }
    if new == " " and old == "":  # a split: the two letter runs at the cut
        i = start
        while i > 0 and text[i - 1].isalpha():
            i -= 1
        j = start
        while j < len(text) and text[j].isalpha():
            j += 1
        left, right = text[i:start], text[start:j]
        whole = (left + right).lower()
        zl = lang if lang else "en"
        feats.update(
            left=left,
            right=right,
            case=("lower" if (left + right).islower() else "upper-right" if right[:1].isupper() and left[-1:].islower() else "other"),
            zipf_whole=zipf_frequency(whole, zl),
            zipf_left=zipf_frequency(left.lower(), zl),
            zipf_right=zipf_frequency(right.lower(), zl),
            doc_whole=lowered.count(whole),
            doc_left=word_counts[left.lower()],
            doc_right=word_counts[right.lower()],
            doc_apart=lowered.count(f"{left.lower()} {right.lower()}"),
        )
    elif words:
        w = words[0].lower()
        feats.update(zipf_whole=zipf_frequency(w, lang or "en"), doc_whole=word_counts[w],
                     capitalized=words[0][:1].isupper())
    return feats


def collect(names: list[str]) -> tuple[list[dict[str, object]], list[str]]:
    """Every judged edit of the named corpora at the aggressive threshold, with its features."""
    import textmend
    from textmend.language import identify
    from textmend.pipeline import Pipeline

    pipeline = Pipeline(textmend.default_pipeline().normalizers, confidence="aggressive")
    out: list[dict[str, object]] = []
    missing: list[str] = []
    for name in names:
        path, options, stems = CORPORA[name]
        if not path.exists():
            missing.append(f"{name} ({path})")
            continue
        verdicts = _verdicts(stems)
        pages = {k.rsplit("|", 1)[0] for k in verdicts}
        keys: set[str] = set()
        for page, _doc, text in read_corpus(path, **options):  # type: ignore[arg-type]
            if page not in pages:
                continue
            for e in pipeline.mend(text).edits:
                if e.normalizer == "whitespace":
                    continue
                left = text[max(0, e.start - CONTEXT) : e.start]
                right = text[e.end : e.end + CONTEXT]
                key = edit_key(page, e.old, e.new, left, right)
                if key in keys or key not in verdicts:
                    continue
                keys.add(key)
                p0, p1 = _span(text, e.start, "\n")
                lang = identify(text[p0:p1]) or ""
                verdict, note = verdicts[key]
                out.append({
                    "corpus": name, "key": key, "split": split_of(page), "normalizer": e.normalizer,
                    "reason": e.reason, "confidence": e.confidence, "verdict": verdict, "note": note,
                    "old": e.old, "new": e.new,
                    "context": f"{left}[{e.old}→{e.new}]{right}".replace("\n", "\\n"),
                    **_features(text, e.start, e.end, e.old, e.new, lang),
                })
        print(f"{name}: {sum(1 for r in out if r['corpus'] == name)} judged edits", file=sys.stderr)
    return out, missing


def _uncell(text: str) -> str:
    """A TSV cell back to its text (the inverse of the audit's escaping)."""
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            out.append({"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def verdict_parts(context: str, old_cell: str, new_cell: str) -> tuple[str, str, str, str] | None:
    """A verdict row's edit read back out of its cells: the text left of the ``[old→new]``
    marker in ``context``, the old and new text, and the text right of it (each unescaped);
    ``None`` when the context holds no such marker."""
    marker = f"[{old_cell}→{new_cell}]"
    at = context.find(marker)
    if at < 0:
        return None
    return _uncell(context[:at]), _uncell(old_cell), _uncell(new_cell), _uncell(context[at + len(marker) :])


def judged_rows_by_page(stems: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    """The judged verdict rows but whitespace's of the verdict files ``stems`` name (globs of
    ``benchmarks/verdicts/``), each key once as in the audit (the first file's row), by page id
    (the key before its ``|``)."""
    rows: dict[str, tuple[str, ...]] = {}
    for stem in stems:
        for vpath in sorted(VERDICT_DIR.glob(f"{stem}.tsv")):
            for key, v in load_verdicts(vpath).items():
                if v.verdict and v.row[3] != "whitespace" and key not in rows:
                    rows[key] = v.row
    by_page: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key, row in rows.items():
        by_page[key.rsplit("|", 1)[0]].append(row)
    return by_page


def pool(names: list[str], now: list[dict[str, object]]) -> list[dict[str, object]]:
    """Every judged verdict row of the named corpora, current or stale (an edit some earlier
    main made, judged blind, and a later rule stopped): located in its document again and
    given the same features, with what main does with it now (``now``: ``default``,
    ``below`` the default, ``gone``)."""
    from textmend.language import identify

    made = {str(r["key"]): float(r["confidence"]) for r in now}  # type: ignore[arg-type]
    out: list[dict[str, object]] = []
    for name in names:
        path, options, stems = CORPORA[name]
        if not path.exists():
            continue
        by_page = judged_rows_by_page(stems)
        done: set[str] = set()
        for page, _doc, text in read_corpus(path, **options):  # type: ignore[arg-type]
            for row in by_page.get(page, ()):
                key, verdict, note, normalizer, old_c, new_c, context = row
                if key in done:
                    continue
                parts = verdict_parts(context, old_c, new_c)
                if parts is None:
                    continue
                left, old, new, right = parts
                pos = text.find(left + old + right)
                if pos < 0:
                    continue
                done.add(key)
                start = pos + len(left)
                p0, p1 = _span(text, start, "\n")
                conf = made.get(key)
                out.append({
                    "corpus": name, "key": key, "split": split_of(page), "normalizer": normalizer,
                    "verdict": verdict, "note": _uncell(note), "old": old, "new": new,
                    "context": context, "now": "gone" if conf is None else "default" if conf >= DEFAULT_THRESHOLD else "below",
                    "confidence": conf if conf is not None else -1.0,
                    **_features(text, start, start + len(old), old, new, identify(text[p0:p1]) or ""),
                })
        print(f"{name}: {sum(1 for r in out if r['corpus'] == name)} of {sum(map(len, by_page.values()))} verdicts located", file=sys.stderr)
    return out


_FUNCTION: dict[str, frozenset[str]] = {}


def _function_words(lang: str) -> frozenset[str]:
    """The language's function words as ``fused`` reads them (a list, or its commonest short words)."""
    from textmend.normalizers import fused

    if lang not in _FUNCTION:
        try:
            _FUNCTION[lang] = frozenset(fused._scanner(lang or "en").function_words)
        except (LookupError, OSError, ValueError, KeyError):
            _FUNCTION[lang] = frozenset()
    return _FUNCTION[lang]


def shape_of(row: dict[str, object]) -> str:
    """The edit's family by its shape in the text alone (no rule's reason: a stale verdict has
    none): the normalizer, what was changed, and for a split or a removed double the facts a
    policy can read."""
    norm = str(row["normalizer"])
    old, new = str(row["old"]), str(row["new"])
    if norm == "fused" and "left" in row:
        left, right = str(row["left"]), str(row["right"])
        token = str(row["token"])
        lang = "en" if row["lang"] in ("en", "") else "other"
        before = str(row["context"]).split("[", 1)[0][-1:]
        if before.isdigit() and not left:
            return "fused: digits, then a word"
        if not left or not right:
            return "fused: a mark at the seam (quotation, punctuation)"
        fw = _function_words(str(row["lang"]))
        kind = "two function words" if left.lower() in fw and right.lower() in fw else (
            "a function word" if left.lower() in fw or right.lower() in fw else "two content words")
        if right[:1].isupper() and left[-1:].islower():
            kind = "case seam, " + ("function word right" if right.lower() in fw else "content word right")
        elif not (left + right).islower():
            kind = "other case, " + kind
        ev = "recurs" if int(row.get("doc_whole", 0)) > 1 else "once"  # type: ignore[call-overload]
        return f"fused: {kind} | {lang} | {ev}"
    if norm == "repeats":
        word = re.findall(r"[^\W\d_]+", old)
        case = "capitalized" if word and word[0][:1].isupper() else "lower"
        informal = bool(row["exclaims"] or row["emoticon"]) and bool(row["first_person"])
        lang = "en" if row["lang"] in ("en", "") else "other"
        part = "function word" if word and word[0].lower() in _function_words(str(row["lang"])) else "content word"
        return f"repeats: {case} {part} | {lang} | {'informal' if informal else 'plain'}"
    shape = lambda s: re.sub(r"[^\W\d_]+", "a", re.sub(r"\d+", "9", s))[:12]  # noqa: E731
    return f"{norm}: {shape(old)!r} -> {shape(new)!r}"


def _load(path: Path = OUT) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|«[^»]*»|‘[^’]*’|“[^”]*”|\d+")


def family_of(row: dict[str, object], by: str = "reason") -> str:
    """The edit's family: its normalizer and reason (quoted words and numbers out), and,
    with ``by="features"``, the facts a word-level policy may look at."""
    if by == "shape":
        return shape_of(row)
    reason = "; ".join(sorted({_QUOTED.sub("_", r) for r in str(row["reason"]).split("; ")}))
    fam = f"{row['normalizer']}: {reason}"
    if by == "reason":
        return fam
    extra: list[str] = []
    norm = str(row["normalizer"])
    if "fused" in norm and "left" in row:
        extra.append(str(row["case"]))
        extra.append("recurs" if int(row["doc_whole"]) > 1 else "once")  # type: ignore[call-overload]
        extra.append("en" if row["lang"] in ("en", "") else "other")
    if "repeats" in norm:
        informal = bool(row["exclaims"] or row["emoticon"]) and bool(row["first_person"])
        extra.append("informal" if informal else "plain")
    return fam + (" | " + ", ".join(extra) if extra else "")


def _made(row: dict[str, object], threshold: float = DEFAULT_THRESHOLD) -> bool:
    """Made at the threshold: by its confidence now, or, for a pooled verdict (``now`` set),
    when it was judged (every row) unless the state asked for is main's today."""
    if "now" in row and not _STATE["now"]:
        return True
    return float(row["confidence"]) >= threshold  # type: ignore[arg-type]


_STATE = {"now": True}


def _prec(c: Counter) -> float | None:
    den = c["correct"] + c["damage"]
    return 100 * c["correct"] / den if den else None


def _fmt(p: float | None) -> str:
    return "–" if p is None else f"{p:.1f}"


def families(rows: list[dict[str, object]], by: str) -> str:
    """Markdown: per family made at the default threshold, edits / correct / damage and precision
    per corpus and pooled (families with a damaged edit first)."""
    table: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for r in rows:
        if _made(r):
            table[family_of(r, by)][str(r["corpus"])][str(r["verdict"])] += 1
    lines = ["| family | judged | correct | damage | pooled % | per corpus (correct / damage) |", "| --- | ---: | ---: | ---: | ---: | --- |"]
    def pooled(per: dict[str, Counter]) -> Counter:
        return sum(per.values(), Counter())
    for fam in sorted(table, key=lambda f: (-pooled(table[f])["damage"], f)):
        c = pooled(table[fam])
        if not c["damage"] and by == "reason" and c["correct"] < 1:
            continue
        per = ", ".join(f"{k} {v['correct']}/{v['damage']}" for k, v in sorted(table[fam].items()) if v["damage"] or v["correct"])
        lines.append(f"| {fam[:140]} | {sum(c.values())} | {c['correct']} | {c['damage']} | {_fmt(_prec(c))} | {per} |")
    return "\n".join(lines)


_ONLY: list[str] = []  # normalizers whose families a policy may move (empty: any)


def _chosen(rows: list[dict[str, object]], by: str, bar: float, min_judged: int) -> set[str]:
    """The families a policy moves below the default: pooled precision under ``bar`` over at
    least ``min_judged`` correct or damaged edits made at the default threshold."""
    c: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        if _made(r):
            c[family_of(r, by)][str(r["verdict"])] += 1
    out = set()
    for fam, v in c.items():
        p = _prec(v)
        if p is not None and v["correct"] + v["damage"] >= min_judged and p < bar:
            if not _ONLY or fam.split(":")[0] in _ONLY:
                out.add(fam)
    return out


def leave_one_out(rows: list[dict[str, object]], by: str, bar: float, min_judged: int) -> Iterator[tuple[str, Counter, Counter, set[str]]]:
    """For each corpus: its verdict counts at the default before and after the families chosen
    on the others are moved below it, and those families."""
    for held in sorted({str(r["corpus"]) for r in rows}):
        chosen = _chosen([r for r in rows if r["corpus"] != held], by, bar, min_judged)
        before, after = Counter(), Counter()
        for r in rows:
            if r["corpus"] != held or not _made(r):
                continue
            before[str(r["verdict"])] += 1
            if family_of(r, by) not in chosen:
                after[str(r["verdict"])] += 1
        yield held, before, after, chosen


def compare(before: list[dict[str, object]], after: list[dict[str, object]]) -> str:
    """Markdown: per corpus, the pooled verdicts made at the default by the code before and after
    (correct / damage / style, precision %), and the mean and worst over the corpora."""
    lines = ["| corpus | before: correct / damage / style | % | after | % |", "| --- | ---: | ---: | ---: | ---: |"]
    pb_all, pa_all = [], []
    for name in sorted({str(r["corpus"]) for r in before}, key=lambda n: (len(n), n)):
        cb = Counter(str(r["verdict"]) for r in before if r["corpus"] == name and r["now"] == "default")
        ca = Counter(str(r["verdict"]) for r in after if r["corpus"] == name and r["now"] == "default")
        pb, pa = _prec(cb), _prec(ca)
        if pb is None:
            continue
        pb_all.append(pb)
        pa_all.append(pa if pa is not None else 100.0)
        f = lambda c: f"{c['correct']} / {c['damage']} / {c['style']}"  # noqa: E731
        lines.append(f"| {name} | {f(cb)} | {_fmt(pb)} | {f(ca)} | {_fmt(pa)} |")
    lines.append(f"\nmean {sum(pb_all) / len(pb_all):.2f} -> {sum(pa_all) / len(pa_all):.2f}; worst {min(pb_all):.1f} -> {min(pa_all):.1f}")
    lines += ["", "| level | before: made / correct / damage / style | % (strict %) | after | % (strict %) |", "| --- | ---: | ---: | ---: | ---: |"]
    for level, threshold in (("strict", 0.9), ("default", DEFAULT_THRESHOLD), ("aggressive", 0.0)):
        cells = []
        for rows in (before, after):
            c = Counter(str(r["verdict"]) for r in rows if float(r["confidence"]) >= threshold)  # type: ignore[arg-type]
            strict = 100 * c["correct"] / (c["correct"] + c["damage"] + c["style"])
            cells.append(f"{sum(c.values())} / {c['correct']} / {c['damage']} / {c['style']} | {_fmt(_prec(c))} ({strict:.1f})")
        lines.append(f"| {level} ({threshold}) | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.loco", description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=("collect", "pool", "families", "loco", "list", "compare"))
    ap.add_argument("--pooled", action="store_true", help="read the pooled verdicts (current and stale), not main's judged edits")
    ap.add_argument("--blind", action="store_true", help="with --pooled: every verdict as made when judged, not main's today")
    ap.add_argument("family", nargs="?", default="")
    ap.add_argument("--corpus", action="append", choices=sorted(CORPORA))
    ap.add_argument("--by", default="features", choices=("reason", "features", "shape"))
    ap.add_argument("--bar", type=float, default=90.0)
    ap.add_argument("--min-judged", type=int, default=5)
    ap.add_argument("--min-edits", type=int, default=50, help="loco: held-out corpora with fewer judged edits are not scored")
    ap.add_argument("--only", default="", help="comma-separated normalizers whose families a policy may move")
    ap.add_argument("--before", type=Path, help="compare: the pooled file of the code before (per corpus, at the default)")
    args = ap.parse_args(argv)
    if args.command == "collect":
        rows, missing = collect(args.corpus or list(CORPORA))
        if missing:
            print("not found, left out: " + ", ".join(missing), file=sys.stderr)
        OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{len(rows)} judged edits -> {OUT}")
        return 0
    if args.command == "pool":
        rows = pool(args.corpus or list(CORPORA), _load())
        POOL.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{len(rows)} pooled verdicts -> {POOL}")
        return 0
    _ONLY[:] = [x for x in args.only.split(",") if x]
    if args.before is not None:
        print(compare(_load(args.before), _load(POOL)))
        return 0
    rows = _load(POOL if args.pooled else OUT)
    _STATE["now"] = not args.blind
    if args.command == "families":
        print(families(rows, args.by))
    elif args.command == "list":
        for r in rows:
            if args.family in family_of(r, args.by):
                print(f"{r['verdict']}\t{r['confidence']:.2f}\t{r.get('now', '')}\t{r['corpus']}\t{r['context']}\t{str(r['note'])[:70]}")
    else:
        print("| held out | judged at default | before % | after % | edits removed (correct / damage) | families moved |")
        print("| --- | ---: | ---: | ---: | --- | ---: |")
        b_all, a_all = [], []
        for held, before, after, chosen in leave_one_out(rows, args.by, args.bar, args.min_judged):
            pb, pa = _prec(before), _prec(after)
            if pb is None or before["correct"] + before["damage"] < args.min_edits:
                continue
            b_all.append(pb)
            a_all.append(pa if pa is not None else 100.0)
            lost = before - after
            print(f"| {held} | {before['correct'] + before['damage']} | {_fmt(pb)} | {_fmt(pa)} | {lost['correct']} / {lost['damage']} | {len(chosen)} |")
        print(f"\nmean {sum(b_all) / len(b_all):.1f} -> {sum(a_all) / len(a_all):.1f}; worst {min(b_all):.1f} -> {min(a_all):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
