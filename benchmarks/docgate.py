"""A document-level gate: would a fact of the whole record, read before any edit, have cut the
damage of the first blind readings?  (issue 13, branch ``prec30``)

    python -m benchmarks.docgate pool       # every judged verdict row, located, with its records' facts
    python -m benchmarks.docgate features   # per feature: the records of damage and of right edits, by quantile
    python -m benchmarks.docgate frontier --kinds fused   # per fact, a gate at its suspect tenth, twentieth, hundredth
    python -m benchmarks.docgate loco       # per kind, a document gate chosen without corpus k, scored on corpus k
    python -m benchmarks.docgate table --gate KIND=FEATURE>=T   # one gate, per corpus

``pool`` reads every judged non-whitespace row of ``benchmarks/verdicts/*.tsv`` for the corpora
``benchmarks.nonprose`` names (current or stale, as ``benchmarks.loco.judged_rows_by_page``
gives them) and, for the fresh corpora judged blind (fresh 5-22), the rows *as first judged*:
the verdict file at the commit that added it (``git show``), which is the corpus's blind
reading on the main of its day.  Each row is located in every record of its page that holds
its context (the raw text, else the text after the stages that run before ``fused``).  Each
such record gets facts of the whole record, read from its text before any edit (see
:func:`doc_facts`), and the count of the default pipeline's candidate edits of each kind at
``aggressive`` (a per-document budget: a record with many candidates of one kind).  A row is
held by a gate only when every record that makes it is held, since an edit of a page is one
distinct edit of the audit however many extractors' records make it.

A *gate* holds one kind of edit (``benchmarks.nonprose.kind_of``) in a record whose fact passes
a threshold.  ``loco`` chooses, for each corpus in turn, per kind, the gate (fact, direction,
threshold among the fact's quantiles) that most exceeds ``LAMBDA`` damaged edits stopped per
correct edit lost on every verdict of the other corpora, and scores it on the corpus left out:
its blind first reading and every verdict as judged.  The corpora are not in the repository;
one not found is named and left out.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import regex

from .audit import REPO, load_verdicts, read_corpus, VERDICT_DIR
from .loco import _uncell
from .nonprose import CORPORA, aggressive_pipelines, confidence_by_key, judged_corpora, kind_of, located_rows
from .split import split_of

POOL = Path(os.environ.get("TMPDIR", "/tmp")) / "textmend-docgate-pool.jsonl"
#: The fresh corpora whose first judgement was blind, with the verdict file it was written in.
BLIND = {f"fresh{n}": f"fresh{n}-extracted.tsv" for n in range(5, 23)}
KINDS = ("repeats", "fused", "punctuation: a space added after a mark (glued)",
         "punctuation: a space removed before a mark (spaced)", "quotes: a mark inserted (closer)",
         "quotes: a mark turned or replaced")
SHORT = {"repeats": "repeats", "fused": "fused", KINDS[2]: "glued", KINDS[3]: "spaced", KINDS[4]: "closer", KINDS[5]: "turned"}
LAMBDA = 3  # as prec26: a gate is worth making when it stops more than 3 damaged edits per correct one lost
DEFAULT_THRESHOLD = 0.5

_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")
_TOKEN = regex.compile(r"\S+")
#: Characters code, markup and registries write and running prose of any language next to never.
_CODE = regex.compile(r"[{}\[\]<>;=_/\\|#$@`^~*]")
_CAMEL = regex.compile(r"\p{Ll}\p{Lu}")
_DOTTED = regex.compile(r"\p{L}{2,}\.\p{L}")
_DIGIT = regex.compile(r"\d")


def doc_facts(text: str, lang: str) -> dict[str, float]:
    """Facts of a whole record read from its text alone, before any edit (``lang``: its language).

    - ``words``: letter words;
    - ``prose_share``: the share of its words on lines of five words or more with a sentence end
      (running prose); a table, registry, list or menu page has few;
    - ``nonprose_lines``: the share of its lines with a word that fail prec26's
      :func:`textmend.prose.reads_as_prose` (key rows, comma-less runs of rare words);
    - ``short_lines``: the share of its lines with a word that hold under five words and no
      sentence end (cells, menu items, labels);
    - ``code_pk``: characters of code and markup (``{}[]<>;=_/\\|#$@`^~*``) per 1,000 non-space characters;
    - ``unknown``: the share of its words of two letters or more the lexicon does not know in ``lang``;
    - ``camel_pk``, ``dotted_pk``: case seams inside a word (``elementArray``) and a dot between
      letters (``reflect.Value``, ``Fa.Inger``) per 1,000 words;
    - ``digit_tokens``: the share of its tokens holding a digit.
    """
    from textmend.lexicon import word_zipf
    from textmend.prose import prose_facts, reads_as_prose

    words = _WORD.findall(text)
    n = len(words)
    known: dict[str, bool] = {}
    unknown = 0
    counted = 0
    for w in words:
        if len(w) < 2:
            continue
        lw = w.lower()
        if lw not in known:
            known[lw] = word_zipf(lw, lang) > 0
        counted += 1
        unknown += not known[lw]
    prose_words = lines_with_words = nonprose = short = 0
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not _WORD.search(line):
            continue
        lines_with_words += 1
        f = prose_facts(text, start, end, lang)
        if f.words >= 5 and f.sentence_end:
            prose_words += len(_WORD.findall(line))
        if not reads_as_prose(f):
            nonprose += 1
        if f.words < 5 and not f.sentence_end:
            short += 1
    nonspace = sum(1 for c in text if not c.isspace()) or 1
    tokens = _TOKEN.findall(text)
    per_kw = 1000 / max(n, 1)
    return {
        "words": n,
        "prose_share": prose_words / max(n, 1),
        "nonprose_lines": nonprose / max(lines_with_words, 1),
        "short_lines": short / max(lines_with_words, 1),
        "code_pk": 1000 * len(_CODE.findall(text)) / nonspace,
        "unknown": unknown / max(counted, 1),
        "camel_pk": len(_CAMEL.findall(text)) * per_kw,
        "dotted_pk": len(_DOTTED.findall(text)) * per_kw,
        "digit_tokens": sum(1 for t in tokens if _DIGIT.search(t)) / max(len(tokens), 1),
    }


def _record_language(text: str) -> str:
    from textmend.language import identify_spans

    sizes: Counter = Counter()
    for span in identify_spans(text):
        if span.lang:
            sizes[span.lang] += span.end - span.start
    return sizes.most_common(1)[0][0] if sizes else "en"


def _first_judged(name: str) -> dict[str, str]:
    """Key -> verdict of a blind corpus's verdict file as first committed (its blind reading)."""
    fname = BLIND.get(name)
    if fname is None or not (VERDICT_DIR / fname).is_file():
        return {}
    rel = (VERDICT_DIR / fname).relative_to(REPO)
    log = subprocess.run(["git", "-C", str(REPO), "log", "--diff-filter=A", "--format=%H", "--", str(rel)],
                         capture_output=True, text=True, check=True).stdout.split()
    if not log:
        return {}
    text = subprocess.run(["git", "-C", str(REPO), "show", f"{log[-1]}:{rel}"], capture_output=True, text=True, check=True).stdout
    tmp = Path(os.environ.get("TMPDIR", "/tmp")) / f"textmend-docgate-{name}-first.tsv"
    tmp.write_text(text, encoding="utf-8")
    try:
        return {k: v.verdict for k, v in load_verdicts(tmp).items() if v.verdict and v.row[3] != "whitespace"}
    finally:
        tmp.unlink()


def pool(names: list[str]) -> list[dict[str, object]]:
    """Every judged row of the named corpora (and the rows of their blind first reading),
    with the facts and candidate counts of each record that holds it."""
    full, before = aggressive_pipelines()
    out: list[dict[str, object]] = []
    for name, path, options, by_page in judged_corpora(names):
        first = _first_judged(name)
        if first:
            # a row judged blind that no current file holds (none found so far) cannot be located
            missing = set(first) - {r[0] for rows in by_page.values() for r in rows}
            if missing:
                print(f"{name}: {len(missing)} first-judged rows in no current file", file=sys.stderr)
        rows: dict[str, dict[str, object]] = {}
        records: dict[str, dict[str, float]] = {}
        for page, doc, text in read_corpus(path, **options):  # type: ignore[arg-type]
            want = by_page.get(page)
            if not want:
                continue
            edits = full.mend(text).edits
            made = confidence_by_key(page, text, edits)
            cands: Counter = Counter()
            for e in edits:
                kind = kind_of({"normalizer": e.normalizer, "old": e.old, "new": e.new})
                if kind in SHORT:
                    cands[SHORT[kind] + "_aggr"] += 1
                    if e.confidence >= DEFAULT_THRESHOLD:
                        cands[SHORT[kind]] += 1
            here: Counter = Counter()
            located = False
            for row, _left, old, new, _where, _pos in located_rows(want, text, before):
                key, verdict, note, normalizer, _old_c, _new_c, context = row
                located = True
                kind = kind_of({"normalizer": normalizer, "old": old, "new": new})
                if kind in SHORT:
                    here[SHORT[kind]] += 1
                r = rows.setdefault(key, {
                    "corpus": name, "key": key, "split": split_of(page), "normalizer": normalizer,
                    "verdict": verdict, "first": first.get(key), "note": _uncell(note)[:100],
                    "old": old, "new": new, "context": context[:200], "now": "gone", "docs": [],
                })
                conf = made.get(key)
                if conf is not None:
                    r["now"] = "default" if conf >= DEFAULT_THRESHOLD or r["now"] == "default" else "below"
                r["docs"].append({"doc": doc, "makes": conf is not None})  # type: ignore[union-attr]
            if located:
                facts = doc_facts(text, _record_language(text))
                words = max(facts["words"], 200)
                for k in SHORT.values():
                    # today's default and aggressive candidates, and the judged edits of any main
                    # located here (what the main of each reading made: a budget the blind main saw)
                    facts[f"cand_{k}"] = cands[k]
                    facts[f"cand_{k}_pk"] = 1000 * cands[k] / words
                    facts[f"aggr_{k}_pk"] = 1000 * cands[k + "_aggr"] / words
                    facts[f"made_{k}"] = here[k]
                    facts[f"made_{k}_pk"] = 1000 * here[k] / words
                records[doc] = facts
        for r in rows.values():
            r["docs"] = [{**d, **records[str(d["doc"])]} for d in r["docs"]]  # type: ignore[union-attr,index]
        out.extend(rows.values())
        n_judged = sum(map(len, by_page.values()))
        print(f"{name}: {len(rows)} of {n_judged} verdicts located ({sum(1 for k in first if k in rows)} of {len(first)} first-judged)", file=sys.stderr)
    return out


def _load(paths: list[Path]) -> list[dict[str, object]]:
    rows = [json.loads(x) for p in paths for x in p.read_text(encoding="utf-8").split("\n") if x]
    for r in rows:
        r["kind"] = kind_of(r)
    return rows


#: The text facts the composite ``odd`` counts: how many of them lie in their suspect tenth.
TEXT_FACTS = ("prose_share", "short_lines", "nonprose_lines", "code_pk", "unknown", "camel_pk", "dotted_pk", "digit_tokens")
FEATURES = ("odd", "prose_share", "nonprose_lines", "short_lines", "code_pk", "unknown", "camel_pk", "dotted_pk",
            "digit_tokens", "words", "budget", "budget_pk") + tuple(f"{p}_{k}{s}" for p, s in (("cand", ""), ("cand", "_pk"), ("aggr", "_pk"), ("made", ""), ("made", "_pk"))
                                     for k in SHORT.values())
#: Whether a gate on the fact holds records at or above the threshold (True) or at or below it.
HIGH = {f: f not in ("prose_share", "words") for f in FEATURES}
HIGH["odd"] = True


def set_odd(rows: list[dict[str, object]], reference: list[dict[str, object]]) -> None:
    """Give every record of ``rows`` the composite fact ``odd``: how many of ``TEXT_FACTS`` lie
    beyond the tenth of the records of ``reference`` most suspect in that fact (the highest,
    or for the prose share the lowest).  No verdict is read: a fold passes the other corpora."""
    cut = odd_cuts(reference)
    for r in rows:
        for d in r["docs"]:  # type: ignore[union-attr]
            d["odd"] = odd_of(d, cut)  # type: ignore[arg-type]


def odd_cuts(reference: list[dict[str, object]]) -> dict[str, float]:
    """Per text fact, where the most suspect tenth of the records of ``reference`` begins."""
    records = {(str(r["corpus"]), str(d["doc"])): d for r in reference for d in r["docs"]}  # type: ignore[union-attr,index]
    cut: dict[str, float] = {}
    for f in TEXT_FACTS:
        values = sorted(float(d[f]) for d in records.values())
        if values:
            cut[f] = values[int(0.9 * len(values))] if HIGH[f] else values[int(0.1 * len(values))]
    return cut


def odd_of(facts: dict[str, float], cut: dict[str, float]) -> int:
    """How many of a record's text facts lie in their suspect tenth (see :func:`odd_cuts`)."""
    return sum((facts[f] >= cut[f]) if HIGH[f] else (facts[f] <= cut[f]) for f in cut)

Gate = tuple[str, str, float]  # (kind, fact, threshold)


def _own(fact: str, kind: object) -> str:
    """``budget`` and ``budget_pk`` read the record's edits of the row's own kind (``made_fused``
    for a ``fused`` row): a per-document budget, a record with many edits of one kind."""
    if fact in ("budget", "budget_pk") and kind in SHORT:
        return f"made_{SHORT[str(kind)]}" + fact[6:]
    return fact


def held(row: dict[str, object], fact: str, t: float) -> bool:
    """Whether every record that holds the row is held by the gate ``fact`` at ``t``: the
    records that make the edit today, or, for an edit no longer made, every record that holds its context."""
    docs = row["docs"]
    making = [d for d in docs if d["makes"]] or docs  # type: ignore[union-attr,index]
    if not making:
        return False
    if fact.startswith("budget"):
        if row.get("kind") not in SHORT:
            return False
        fact, own = _own(fact, row.get("kind")), fact
        return all(d[fact] >= t for d in making)  # type: ignore[index]
    if HIGH[fact]:
        return all(d[fact] >= t for d in making)  # type: ignore[index]
    return all(d[fact] <= t for d in making)  # type: ignore[index]


def _thresholds(rows: list[dict[str, object]], fact: str) -> list[float]:
    values = sorted({float(d[_own(fact, r.get("kind"))]) for r in rows for d in r["docs"]  # type: ignore[union-attr,index]
                     if not fact.startswith("budget") or r.get("kind") in SHORT})
    if not values:
        return []
    qs = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99]
    if not HIGH[fact]:
        qs = [1 - q for q in qs]
    return sorted({values[min(len(values) - 1, int(q * len(values)))] for q in qs})


def choose(rows: list[dict[str, object]], lam: float = LAMBDA, facts: tuple[str, ...] = FEATURES,
           together: bool = False) -> dict[str, tuple[str, float, int, int]]:
    """Per kind, the gate that most exceeds ``lam`` damaged edits stopped per correct edit lost
    on ``rows`` (every verdict as judged), if any does: kind -> (fact, threshold, stopped, lost).
    ``together``: one gate for every kind at once (a record held gets none of them)."""
    chosen: dict[str, tuple[str, float, int, int]] = {}
    for kind in (("*",) if together else KINDS):
        mine = [r for r in rows if (r["kind"] in KINDS if together else r["kind"] == kind) and r["verdict"] in ("damage", "correct")]
        best: tuple[float, tuple[str, float, int, int]] | None = None
        for fact in facts:
            for t in _thresholds(mine, fact):
                c = Counter(str(r["verdict"]) for r in mine if held(r, fact, t))
                score = c["damage"] - lam * c["correct"]
                if score > 0 and (best is None or score > best[0]):
                    best = (score, (fact, t, c["damage"], c["correct"]))
        if best is not None:
            for k in (KINDS if together else (kind,)):
                chosen[k] = best[1]
    return chosen


def _prec(c: Counter) -> str:
    return f"{100 * c['correct'] / (c['correct'] + c['damage']):.1f}" if c["correct"] + c["damage"] else "–"


def _gated(r: dict[str, object], chosen: dict[str, tuple[str, float, int, int]]) -> bool:
    g = chosen.get(str(r["kind"]))
    return g is not None and held(r, g[0], g[1])


def _order(name: str) -> int:
    """When a corpus was judged: fresh N after fresh N-1; the others before fresh 1."""
    return int(name[5:]) if name.startswith("fresh") else 0


def loco(rows: list[dict[str, object]], lam: float, facts: tuple[str, ...], earlier: bool = False, together: bool = False) -> str:
    """Markdown: per corpus, the gates chosen on the others, scored on its blind first reading
    and on every verdict of it as judged, and what main makes today that they would hold.
    ``earlier``: a fresh corpus's gates are chosen on the corpora judged before it only."""
    corpora = sorted({str(r["corpus"]) for r in rows}, key=lambda n: (len(n), n))
    lines = ["| held out | blind first reading: before → after (damage stopped / correct lost) | every verdict: before → after (stopped / lost) | made today: damage stopped, correct lost | gates chosen |",
             "| --- | ---: | ---: | ---: | --- |"]
    tot: Counter = Counter()
    choices: Counter = Counter()
    for held_out in corpora:
        others = [r for r in rows if r["corpus"] != held_out]
        if earlier:
            others = [r for r in others if _order(str(r["corpus"])) < _order(held_out) or not _order(held_out)]
        set_odd(rows, others)
        chosen = choose(others, lam, facts, together)
        choices[json.dumps({SHORT[k]: [v[0], round(v[1], 3)] for k, v in sorted(chosen.items())})] += 1
        mine = [r for r in rows if r["corpus"] == held_out]
        blind = [r for r in mine if r["first"]]
        b0 = Counter(str(r["first"]) for r in blind)
        b1 = Counter(str(r["first"]) for r in blind if not _gated(r, chosen))
        a0 = Counter(str(r["verdict"]) for r in mine)
        a1 = Counter(str(r["verdict"]) for r in mine if not _gated(r, chosen))
        now_d = sum(1 for r in mine if r["now"] == "default" and r["verdict"] == "damage" and _gated(r, chosen))
        now_c = sum(1 for r in mine if r["now"] == "default" and r["verdict"] == "correct" and _gated(r, chosen))
        tot.update(b_stop=b0["damage"] - b1["damage"], b_lost=b0["correct"] - b1["correct"], b_d=b0["damage"], b_c=b0["correct"],
                   stop=a0["damage"] - a1["damage"], lost=a0["correct"] - a1["correct"], d=a0["damage"], c=a0["correct"],
                   now_d=now_d, now_c=now_c)
        gates = "; ".join(f"{SHORT[k]}: {v[0]} {'≥' if HIGH[v[0]] else '≤'} {v[1]:.3g}" for k, v in sorted(chosen.items())) or "none"
        bcell = (f"{_prec(b0)} → {_prec(b1)} ({b0['damage'] - b1['damage']} / {b0['correct'] - b1['correct']})" if blind else "")
        lines.append(f"| {held_out} | {bcell} | {_prec(a0)} → {_prec(a1)} ({a0['damage'] - a1['damage']} / {a0['correct'] - a1['correct']}) "
                     f"| {now_d}, {now_c} | {gates} |")
    lines.append(f"| **pooled** | stopped {tot['b_stop']} / {tot['b_d']}, lost {tot['b_lost']} / {tot['b_c']} "
                 f"| stopped {tot['stop']} / {tot['d']}, lost {tot['lost']} / {tot['c']} | {tot['now_d']}, {tot['now_c']} | |")
    lines.append("")
    for choice, n in choices.most_common():
        lines.append(f"- {n} fold(s): {choice}")
    return "\n".join(lines)


def table(rows: list[dict[str, object]], gates: list[Gate]) -> str:
    """Markdown: per corpus, for fixed gates, damaged edits stopped / correct lost, as judged and blind."""
    chosen = {k: (f, t, 0, 0) for k, f, t in gates}
    corpora = sorted({str(r["corpus"]) for r in rows}, key=lambda n: (len(n), n))
    lines = ["| corpus | every verdict: stopped / damage − lost / correct | blind first reading: stopped − lost; before → after | made today: stopped, lost |",
             "| --- | ---: | ---: | ---: |"]
    for name in corpora:
        mine = [r for r in rows if r["corpus"] == name]
        c = Counter(str(r["verdict"]) for r in mine)
        s = Counter(str(r["verdict"]) for r in mine if _gated(r, chosen))
        blind = [r for r in mine if r["first"]]
        b0 = Counter(str(r["first"]) for r in blind)
        b1 = Counter(str(r["first"]) for r in blind if not _gated(r, chosen))
        nd = sum(1 for r in mine if r["now"] == "default" and r["verdict"] == "damage" and _gated(r, chosen))
        nc = sum(1 for r in mine if r["now"] == "default" and r["verdict"] == "correct" and _gated(r, chosen))
        bcell = f"{b0['damage'] - b1['damage']} − {b0['correct'] - b1['correct']}; {_prec(b0)} → {_prec(b1)}" if blind else ""
        lines.append(f"| {name} | {s['damage']} / {c['damage']} − {s['correct']} / {c['correct']} | {bcell} | {nd}, {nc} |")
    return "\n".join(lines)


def frontier(rows: list[dict[str, object]], kinds: tuple[str, ...] = KINDS) -> str:
    """Markdown: per fact, a gate at the tenth, twentieth and hundredth of the records most
    suspect in it (no fold: what the fact could do at best), holding ``kinds``: damaged edits
    stopped / correct lost over every verdict as judged and over the blind first readings, and
    the corpora whose damage it stops."""
    mine = [r for r in rows if r["kind"] in kinds]
    records = {(str(r["corpus"]), str(d["doc"])): d for r in rows for d in r["docs"]}  # type: ignore[union-attr,index]
    lines = ["| fact | suspect tenth: threshold; every verdict stopped − lost; blind first stopped − lost; corpora | twentieth | hundredth |",
             "| --- | --- | --- | --- |"]
    for fact in FEATURES:
        if fact.startswith(("cand_", "aggr_", "made_")) or fact == "words":
            continue
        cells = []
        for q in (0.9, 0.95, 0.99):
            if fact.startswith("budget"):
                values = sorted(float(d[_own(fact, r["kind"])]) for r in mine for d in r["docs"])  # type: ignore[union-attr,index]
            else:
                values = sorted(float(d[fact]) for d in records.values())
            if not values:
                cells.append("")
                continue
            t = values[int(q * len(values))] if HIGH[fact] else values[int((1 - q) * len(values))]
            c = Counter(str(r["verdict"]) for r in mine if held(r, fact, t))
            b = Counter(str(r["first"]) for r in mine if r["first"] and held(r, fact, t))
            n = len({r["corpus"] for r in mine if r["verdict"] == "damage" and held(r, fact, t)})
            cells.append(f"{'≥' if HIGH[fact] else '≤'} {t:.3g}; {c['damage']} − {c['correct']}; {b['damage']} − {b['correct']}; {n}")
        lines.append(f"| {fact} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def features(rows: list[dict[str, object]]) -> str:
    """Markdown: per fact, its value over the records of damaged and of correct edits (median,
    90th percentile), every verdict as judged; the damaged edits' records are one kind of page?"""
    lines = ["| fact | damage: median, p90 | correct: median, p90 | blind-first damage: median, p90 |", "| --- | ---: | ---: | ---: |"]

    def q(values: list[float], p: float) -> str:
        if not values:
            return "–"
        values = sorted(values)
        return f"{values[min(len(values) - 1, int(p * len(values)))]:.3g}"

    for fact in FEATURES:
        vals: dict[str, list[float]] = defaultdict(list)
        for r in rows:
            if r["kind"] is None or not r["docs"]:
                continue
            v = min(float(d[fact]) for d in r["docs"])  # type: ignore[union-attr,index]
            vals[str(r["verdict"])].append(v)
            if r["first"] == "damage":
                vals["blind"].append(v)
        lines.append(f"| {fact} | {q(vals['damage'], .5)}, {q(vals['damage'], .9)} | {q(vals['correct'], .5)}, {q(vals['correct'], .9)} "
                     f"| {q(vals['blind'], .5)}, {q(vals['blind'], .9)} |")
    return "\n".join(lines)


def record_facts(text: str) -> dict[str, float]:
    """The facts :func:`pool` keeps of a record, read the same way for any text (``inject``):
    :func:`doc_facts` in the record's language and the default pipeline's edits of each kind."""
    import textmend
    from textmend.pipeline import Pipeline

    facts = doc_facts(text, _record_language(text))
    cands: Counter = Counter()
    for e in Pipeline(textmend.default_pipeline().normalizers, confidence="aggressive").mend(text).edits:
        kind = kind_of({"normalizer": e.normalizer, "old": e.old, "new": e.new})
        if kind in SHORT:
            cands[SHORT[kind] + "_aggr"] += 1
            if e.confidence >= DEFAULT_THRESHOLD:
                cands[SHORT[kind]] += 1
    words = max(facts["words"], 200)
    for k in SHORT.values():
        facts[f"cand_{k}"] = facts[f"made_{k}"] = cands[k]  # what the code makes is what it would have made
        facts[f"cand_{k}_pk"] = facts[f"made_{k}_pk"] = 1000 * cands[k] / words
        facts[f"aggr_{k}_pk"] = 1000 * cands[k + "_aggr"] / words
    return facts


_ACTIVE: list[set[str]] = []  # the kinds held in the text being cleaned (inject)
_CUTS: dict[str, float] = {}  # inject: the pool's cuts for ``odd``


def patch(gates: list[Gate]) -> Counter:
    """Patch :class:`textmend.Pipeline` so that a text whose facts pass a gate gets no edit of
    the gate's kind (the library is not changed): the gate is read once per ``clean``/``mend``
    call, on the text as given; returns a counter of texts read, texts held and edits dropped."""
    from textmend import pipeline as pl

    stats: Counter = Counter()
    orig_stage, orig_call, orig_mend = pl.Pipeline._stage_edits, pl.Pipeline.__call__, pl.Pipeline.mend

    def kinds_for(text: str) -> set[str]:
        if _ACTIVE:  # record_facts' own run
            return set()
        _ACTIVE.append(set())
        try:
            facts = record_facts(text)
            facts["odd"] = odd_of(facts, _CUTS)
        finally:
            _ACTIVE.pop()
        out = {k for k, f, t in gates if (facts[_own(f, k)] >= t if HIGH[f] else facts[f] <= t)}
        stats["texts"] += 1
        stats["held texts"] += bool(out)
        return out

    def stage(self, normalizer, text, languages, regions=None):  # type: ignore[no-untyped-def]
        rows = orig_stage(self, normalizer, text, languages, regions)
        if _ACTIVE and _ACTIVE[-1] and rows:
            keep = [r for r in rows if kind_of({"normalizer": r[4], "old": r[2], "new": r[3]}) not in _ACTIVE[-1]]
            stats["edits dropped"] += len(rows) - len(keep)
            return keep
        return rows

    def wrap(orig):  # type: ignore[no-untyped-def]
        def run(self, text):  # type: ignore[no-untyped-def]
            if _ACTIVE or not isinstance(text, str):
                return orig(self, text)
            _ACTIVE.append(kinds_for(text))
            try:
                return orig(self, text)
            finally:
                _ACTIVE.pop()
        return run

    pl.Pipeline._stage_edits = stage  # type: ignore[method-assign]
    pl.Pipeline.__call__ = wrap(orig_call)  # type: ignore[method-assign]
    pl.Pipeline.mend = wrap(orig_mend)  # type: ignore[method-assign]
    return stats


def _parse_gates(specs: list[str]) -> list[Gate]:
    long = {v: k for k, v in SHORT.items()}
    gates = []
    for g in specs:
        kind, rest = g.split("=", 1)
        fact, t = rest.split(":")
        gates.append((long[kind], fact, float(t)))
    return gates


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.docgate")
    ap.add_argument("command", choices=("pool", "loco", "table", "features", "frontier", "inject"))
    ap.add_argument("--corpus", action="append", choices=sorted(CORPORA))
    ap.add_argument("--pool", action="append", type=Path,
                    help=f"the pool file to write (pool) or to read, repeatable (default: {POOL})")
    ap.add_argument("--lambda", dest="lam", type=float, default=LAMBDA, help="loco: damaged edits a gate must stop per correct one lost")
    ap.add_argument("--earlier", action="store_true", help="loco: choose a fresh corpus's gates on the corpora judged before it only")
    ap.add_argument("--kinds", help="frontier: the kinds a gate holds, comma-separated (fused, glued, ...; default: all)")
    ap.add_argument("--together", action="store_true", help="loco: one gate for every kind at once")
    ap.add_argument("--facts", help="loco: the facts a gate may read, comma-separated (default: all)")
    ap.add_argument("--gate", action="append", default=[], help="table: KIND=FACT:THRESHOLD (kind as loco prints it: fused, glued, ...)")
    argv = list(sys.argv[1:] if argv is None else argv)
    rest = argv[argv.index("--") + 1 :] if "--" in argv else []  # inject: -- MODULE ARGS (accuracy, realworld, non_english)
    args = ap.parse_args(argv[: len(argv) - len(rest) - (1 if rest else 0)])
    if args.command == "inject":
        import importlib

        if any(":" in g and g.split("=", 1)[1].startswith("odd:") for g in args.gate):
            _CUTS.update(odd_cuts(_load(args.pool or [POOL])))
            print(f"docgate: odd cuts {_CUTS}", file=sys.stderr)
        stats = patch(_parse_gates(args.gate))
        code = importlib.import_module(f"benchmarks.{rest[0]}").main(rest[1:])
        print(f"docgate: {dict(stats)}", file=sys.stderr)
        return code
    if args.command == "pool":
        rows = pool(args.corpus or list(CORPORA))
        out = (args.pool or [POOL])[0]
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{len(rows)} pooled verdicts -> {out}")
        return 0
    rows = _load(args.pool or [POOL])
    set_odd(rows, rows)
    if args.corpus:
        rows = [r for r in rows if r["corpus"] in args.corpus]
    if args.command == "features":
        print(features(rows))
    elif args.command == "frontier":
        long = {v: k for k, v in SHORT.items()}
        print(frontier(rows, tuple(long[k] for k in args.kinds.split(",")) if args.kinds else KINDS))
    elif args.command == "loco":
        print(loco(rows, args.lam, tuple(args.facts.split(",")) if args.facts else FEATURES, args.earlier, args.together))
    else:
        print(table(rows, _parse_gates(args.gate)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
