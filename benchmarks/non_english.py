"""Non-English fusions and repeated words over several seeds, paragraph alone and in its document.

    python -m benchmarks.non_english                     # seeds 1-6, both contexts, by language
    python -m benchmarks.non_english --seeds 3 --alone   # seeds 1-3, the accuracy benchmark's context only
    python -m benchmarks.non_english --examples repeated-word   # the tune misses, by language
    python -m benchmarks.non_english --identity   # the tune misses by what the paragraph was read as

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

``--gates`` (with ``--examples fused-lower``) names the gate that held each tune miss, read with
``benchmarks.romance_recall``'s tracer (the return of ``FusedTokens._word_cut`` the glued token left
by, or the known-token gate, no believable split, or a language left unsure), and counts them by
language and gate.

``--gates`` with ``--examples repeated-word`` names the step of ``repeats``' verdict that kept each
tune miss (``_Scan.verdict``'s ``return None`` reached for the doubled word, named by its comment or
the test above it: a legitimate double of the language's list, a language that reduplicates, a word
the lexicon does not know, ...), or the confidence that held a repair it proposed, and counts them by
language and step.

``--identity`` sorts the tune fusion misses (paragraph alone) by the language
``textmend.language.identify`` reads the damaged paragraph as: unsure (only the
language-blind repairs run), another language than the benchmark's, or its own; by whether
its document's other paragraphs are confidently one language (identified ones, at least two,
agreeing at ``_DOCUMENT_SHARE``, as ``identify_spans`` asks) and whether cleaning it inside
its document repairs it (where an unsure paragraph takes that language); and whether the
undamaged paragraph is identified alone (if so, the damage itself made it unsure).  Tune only: the
held-out misses are counted in the main table, not sorted.
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
    ap.add_argument("--identity", action="store_true", help="sort the tune fusion misses by the paragraph's identified language")
    ap.add_argument("--gates", action="store_true", help="with --examples fused-lower or repeated-word: the gate that held each tune miss")
    args = ap.parse_args(argv)
    if args.identity:
        return _identity(args.seeds)

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
        gates: Counter = Counter()
        for seed, lang, c, out in sorted(misses, key=lambda m: (m[1] or "", m[2].key, m[0])):
            held = ""
            if args.gates:
                gate = _gate_of(c, out) if args.examples == "fused-lower" else _repeat_gate_of(c, out)
                gates[(lang, gate)] += 1
                held = f" (held by: {gate})"
            print("\n".join([f"\n- [{lang}, seed {seed}] {c.key}{held}", *at_first_difference(c, out, 50)]))
        if gates:
            print("\n| language | gate | tune misses |\n| --- | --- | ---: |")
            for (lang, gate), k in sorted(gates.items(), key=lambda item: (item[0][0] or "", -item[1])):
                print(f"| {lang} | {gate} | {k} |")
    return 0


def _word_at_difference(case: Case) -> tuple[int, int]:
    """The span of the run of letters around the first character where ``case.damaged`` and
    ``case.original`` differ (the injected defect's word)."""
    damaged = case.damaged
    at = next((k for k, (x, y) in enumerate(zip(damaged, case.original)) if x != y), len(case.original))
    start = at
    while start and damaged[start - 1].isalpha():
        start -= 1
    end = at
    while end < len(damaged) and damaged[end].isalpha():
        end += 1
    return start, end


def _gate_of(case: Case, out: str) -> str:
    """The gate that held a missed lowercase fusion, as ``benchmarks.romance_recall`` reads it."""
    import textmend
    from textmend.language import identify
    from textmend.normalizers.fused import _scanner

    from .romance_recall import _gate_names, _Tracer

    if out != case.damaged:
        return "split elsewhere or another edit"
    start, end = _word_at_difference(case)
    token = case.damaged[start:end]
    tracer = _Tracer()
    with tracer:
        textmend.clean(case.damaged)
    lang = identify(case.damaged)
    scanner = _scanner(lang) if lang else None
    if (start, token) in tracer.exits:
        line, confidence = tracer.exits[(start, token)]
        gate = _gate_names().get(line, f"L{line}")
        return f"proposed under the threshold ({confidence:.2f})" if gate == "proposed" else gate
    if scanner is None:
        return "language unsure: only the language-blind repairs ran"
    if token.lower() in scanner.freqs and token.lower() not in scanner.known_fusions:
        return "known token"
    if not scanner.best_split(token.lower()):
        return "no believable split"
    return "not read (short text or a guard)"


def _repeat_gate_of(case: Case, out: str) -> str:
    """The step of ``repeats``' verdict that kept a missed doubled word: the ``return None`` its
    verdict reached (named by the line's comment, or by the test above it), the confidence that held
    a repair it proposed, or no verdict asked."""
    import inspect

    import textmend
    from textmend.normalizers import repeats

    if out != case.damaged:
        return "repaired otherwise or another edit"
    start, end = _word_at_difference(case)
    word = case.damaged[start:end].lower()
    code = repeats._Scan.verdict.__code__
    lines, first = inspect.getsourcelines(repeats._Scan.verdict)
    exits: list[tuple[str, int | None, str | None]] = []
    verdict = repeats._Scan.verdict

    def traced(scan, m):
        last: list[int | None] = [None]

        def tracer(frame, event, arg):
            if frame.f_code is code and event == "line":
                last[0] = frame.f_lineno
            return tracer if frame.f_code is code else None

        previous = sys.gettrace()
        sys.settrace(tracer)
        try:
            reason = verdict(scan, m)
        finally:
            sys.settrace(previous)
        exits.append((m.group("w").lower(), last[0], reason))
        return reason

    repeats._Scan.verdict = traced
    try:
        textmend.clean(case.damaged)
    finally:
        repeats._Scan.verdict = verdict
    mine = [e for e in exits if e[0] == word]
    if not mine:
        return "no verdict asked (no pair read)"
    _, line, reason = mine[-1]
    if reason is not None:
        return "proposed under the threshold (confidence)"
    if line is None:
        return "?"
    text = lines[line - first].strip()
    if "#" in text:
        return f"L{line}: {text.split('#', 1)[1].strip()[:90]}"
    k = line - first
    while k > 0 and not lines[k].lstrip().startswith(("if ", "elif ")):
        k -= 1
    return f"L{line}: {lines[k].strip()[:90]}"


def _identity(seeds: int) -> int:
    """The tune fusion misses (paragraph alone) by what the damaged paragraph was read as."""
    import textmend
    from textmend.language import _DOCUMENT_SHARE, identify

    corpus = default_corpus()
    paras = paragraphs(corpus)
    docs = dict(documents(corpus))
    langs = paragraph_languages(paras)
    own = {key: identify(para) for key, para in paras}
    by_doc: dict[str, list[str]] = {}
    for key in own:
        by_doc.setdefault(key.partition("#")[0], []).append(key)
    n: Counter = Counter()
    rows: Counter = Counter()
    for seed in range(1, seeds + 1):
        cases = {k: v for k, v in make_cases(paras, seed, None).items() if k in ("fused-lower", "fused-case")}
        for name, group in keep_languages(cases, langs, [NON_ENGLISH]).items():
            for c in group:
                if split_of(c.key) != "tune":
                    continue
                n[name] += 1
                if textmend.clean(c.damaged) == c.original:
                    continue
                read = identify(c.damaged)
                read_as = "unsure" if read is None else ("its language" if read == langs[c.key] else "another language")
                others = [own[k] for k in by_doc[c.key.partition("#")[0]] if k != c.key and own[k] is not None]
                top = Counter(others).most_common(1)
                confident = (
                    len(others) >= 2 and top[0][0] == langs[c.key] and top[0][1] >= _DOCUMENT_SHARE * len(others)
                )
                repaired = in_document(c, docs, textmend.clean) == c.original
                rows[(name, read_as, confident, repaired, own[c.key] is not None)] += 1
    print(f"<!-- seeds 1-{seeds}, tune pages, fusion misses with the paragraph cleaned alone -->")
    print(
        "| class | tune cases | misses | damaged paragraph read as | undamaged, read alone"
        " | document confidently its language | repaired in its document |"
    )
    print("| --- | ---: | ---: | --- | ---: | ---: | ---: |")
    for name in ("fused-lower", "fused-case"):
        total = sum(k for key, k in rows.items() if key[0] == name)
        for read_as in ("unsure", "another language", "its language"):
            sel = {key: k for key, k in rows.items() if key[:2] == (name, read_as)}
            m = sum(sel.values())
            conf = sum(k for key, k in sel.items() if key[2])
            fixed = sum(k for key, k in sel.items() if key[3])
            known = sum(k for key, k in sel.items() if key[4])
            print(f"| {name} | {n[name]} | {total} | {read_as}: {m} | {known} | {conf} | {fixed} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
