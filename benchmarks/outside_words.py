"""Real rare words put into real clean sentences: how often ``clean()`` splits one (issue 13).

Usage::

    python -m benchmarks.outside_words PATH [--sample 2000] [--examples 30] [--json]

``PATH`` is an outside word list, one word a line: Debian's ``wamerican-huge`` (SCOWL), version
``2020.12.07-2``, ``/usr/share/dict/american-english-huge`` out of the package (``apt-get download
wamerican-huge``, sha256 of the ``.deb``:
``e7084d641d1de29699ad47d7467f921659d1ca57a6ad64a18f8b068aef0a56bc``; ``--sha256`` checks the
extracted file when given).  The list is data for this measurement only: no library module reads
it, nothing of it is kept in the project, no test needs it.

**Words.** The list's entries that are all lower-case ASCII letters, five letters or more, that
the English lexicon lacks, holds only as a fusion ``fused`` splits back, or holds below Zipf 2
(known rarely).  The 4,000 words of the earlier dictionary probe's tune side (``prec12``,
``prec14``: rules were written from them) are left out.  The rest are split into halves by
``sha1("morph38:" + word) % 2`` (0: tune, 1: validate) and the ``--sample`` words of each half
with the smallest hash are probed.

**Frames.** Real English paragraphs of the clean dev corpus (tune pages, unchanged by
``clean()``), and in them real token positions of four kinds: the middle of a sentence, before a
comma, right after an opening quotation mark, a sentence's first word (the probed word then
capitalized).  A word replaces a lower-case token of its own rough part of speech, read from the
ending (``-s``, ``-ed``, ``-ing``, ``-ly``, else a bare word ending none of those), so the sentence
stays as grammatical as the corpus can make it; which paragraph and token is picked from the word's
hash.  Three readings per word:

- *alone*: each of the four positions, a paragraph of its own (no evidence but the word);
- *twice*: a two-paragraph document, the word in the middle of a sentence in both;
- *inflected elsewhere*: the same, the second paragraph with the word's inflection (``dropzone``
  / ``dropzones``): only the first, bare, word is judged.

A word counts as changed when any edit touches its letters.  Changes are counted per word
(changed in any of the four positions), per position, per normalizer and reason, and per
**shape** of the word (from the lexicon, known = Zipf 2.5 or more; first that fits):

- *suffix*: a known word + ``-s``/``-es``/``-ed``/``-ing``/``-er``/``-ers``/``-ly``/``-ness``/
  ``-less``/``-like``/``-wide`` (a dropped e, a doubled consonant, y to i allowed);
- *prefix*: ``un-``/``re-``/``non-``/``over-``/``under-``/``out-`` + a known word (or its
  suffixed form);
- *compound*: two known words of three letters or more (``headwind``, ``gunfights``);
- *coinage*: the rest.

Held by a gate: a word ``confidence="aggressive"`` changes and the default does not (the split is
found and a gate holds it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import textmend
from textmend.language import identify
from textmend.lexicon import word_frequencies, zipf

from .corpus import paragraphs
from .dictionary_probe import candidates, read_words, sample as prior_sample, touched
from .split import TUNE, VALIDATE, split_of

SALT = "morph38:"
RARE = 2.0  # a word the lexicon holds below this Zipf is "known rarely" and probed
KNOWN = 2.5  # a part of a shape: a known word
SUFFIXES = ("s", "es", "ed", "ing", "er", "ers", "ly", "ness", "less", "like", "wide")
PREFIXES = ("un", "re", "non", "over", "under", "out")
SHAPES = ("suffix", "prefix", "compound", "coinage")
POSITIONS = ("middle", "comma", "quote", "start")
READINGS = POSITIONS + ("any position", "held by a gate", "twice", "inflected elsewhere")
_TOKEN = re.compile(r"[A-Za-z]+")
_OPENERS = "“\"‘'"


def word_hash(word: str) -> int:
    return int(hashlib.sha1((SALT + word).encode("utf-8")).hexdigest(), 16)


def half_of(word: str) -> str:
    return TUNE if word_hash(word) % 2 == 0 else VALIDATE


def _known(freqs: dict[str, float], part: str) -> bool:
    return len(part) >= 3 and part in freqs and zipf(freqs, part) >= KNOWN


def _stems(word: str, suffix: str) -> list[str]:
    """The stems ``word`` reads as under ``suffix`` (spelling changes included)."""
    if not word.endswith(suffix) or len(word) - len(suffix) < 3:
        return []
    stem = word[: -len(suffix)]
    forms = [stem]
    if suffix in ("ed", "ing", "er", "ers", "es"):
        forms.append(stem + "e")
        if len(stem) > 3 and stem[-1] == stem[-2]:
            forms.append(stem[:-1])
    if suffix in ("es", "ed", "er", "ers", "ly", "ness", "less") and stem.endswith("i"):
        forms.append(stem[:-1] + "y")
    return forms


def shape_of(word: str) -> str:
    freqs = word_frequencies("en")
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if any(_known(freqs, s) for s in _stems(word, suffix)):
            return "suffix"
    for prefix in PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and (
            _known(freqs, rest) or any(_known(freqs, s) for x in SUFFIXES for s in _stems(rest, x))
        ):
            return "prefix"
    for i in range(3, len(word) - 2):
        head, tail = word[:i], word[i:]
        if _known(freqs, head) and (
            _known(freqs, tail) or any(_known(freqs, s) for x in SUFFIXES for s in _stems(tail, x))
        ):
            return "compound"
    return "coinage"


def ending_class(word: str) -> str:
    """A rough part of speech from the ending: what token of a sentence the word may replace."""
    for ending in ("ing", "ed", "ly"):
        if word.endswith(ending):
            return ending
    if word.endswith("s") and not word.endswith("ss"):
        return "s"
    return "bare"


def inflection(word: str) -> str:
    """Another form of ``word`` a document could hold: the plural / third person, or the bare stem."""
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    if word.endswith(("sh", "ch", "x", "z", "ss")):
        return word + "es"
    return word + "s"


def probe_words(path: Path, n: int) -> dict[str, list[str]]:
    freqs = word_frequencies("en")
    entries = list(read_words(path))
    lower = [w for w in dict.fromkeys(entries) if w.isascii() and w.isalpha() and w.islower() and len(w) >= 5]
    untrusted = set(candidates(lower, "en", "lower"))
    prior = set(prior_sample(sorted(untrusted), TUNE, 4000))
    pool = [w for w in lower if (w in untrusted or zipf(freqs, w) < RARE) and w not in prior]
    out = {}
    for which in (TUNE, VALIDATE):
        chosen = sorted((w for w in pool if half_of(w) == which), key=word_hash)
        out[which] = chosen if n <= 0 else chosen[:n]
    out["pool"] = {which: sum(1 for w in pool if half_of(w) == which) for which in (TUNE, VALIDATE)}  # type: ignore[assignment]
    return out


class Frames:
    """Real positions of clean English tune paragraphs, by position kind and ending class."""

    def __init__(self) -> None:
        self.slots: dict[tuple[str, str], list[tuple[str, int, int]]] = defaultdict(list)
        freqs = word_frequencies("en")
        for key, para in paragraphs():
            if split_of(key) != TUNE or "\n" in para or len(para) < 120 or len(para) > 700:
                continue
            if identify(para) != "en" or textmend.clean(para, lang="en") != para:
                continue
            for m in _TOKEN.finditer(para):
                tok, s, e = m.group(), m.start(), m.end()
                before = para[s - 1] if s else ""
                after = para[e] if e < len(para) else ""
                before2 = para[max(0, s - 2) : s]
                if len(tok) < 4 or (after and (after.isalnum() or after in "'’-")) or before in "-'’":
                    continue
                if tok[0].isupper() and tok[1:].islower() and before2 in (". ", "? ", "! ") and s >= 2:
                    if zipf(freqs, tok.lower()) >= 3.0:
                        self.slots[("start", ending_class(tok.lower()))].append((para, s, e))
                    continue
                if not tok.islower() or zipf(freqs, tok) >= 5.5:
                    continue
                klass = ending_class(tok)
                if before in _OPENERS and s >= 2 and para[s - 2] == " ":
                    self.slots[("quote", klass)].append((para, s, e))
                elif after == "," and before == " ":
                    self.slots[("comma", klass)].append((para, s, e))
                elif before == " " and after == " ":
                    self.slots[("middle", klass)].append((para, s, e))

    def pick(self, position: str, word: str, salt: int = 0) -> tuple[str, int, int] | None:
        klass = ending_class(word)
        slots = self.slots.get((position, klass)) or self.slots.get((position, "bare"))
        if not slots:
            return None
        return slots[(word_hash(word) + 7919 * salt) % len(slots)]


def put(frame: tuple[str, int, int], word: str) -> tuple[str, int, int]:
    para, s, e = frame
    if para[s].isupper():
        word = word[0].upper() + word[1:]
    return para[:s] + word + para[e:], s, s + len(word)


_PIPELINES: dict[str, textmend.Pipeline] = {}


def changed_by(text: str, s: int, e: int, confidence: str = "default") -> list[textmend.Edit]:
    if confidence not in _PIPELINES:
        from textmend.api import DEFAULT_ORDER
        from textmend.registry import build

        _PIPELINES[confidence] = textmend.Pipeline([build(n, lang="en") for n in DEFAULT_ORDER], confidence=confidence)
    result = _PIPELINES[confidence].mend(text)
    return [ed for ed in result.edits if touched([ed], s, e)]


def probe(word: str, frames: Frames) -> dict:
    out: dict = {"word": word, "shape": shape_of(word), "changed": {}, "edits": []}
    held = None
    for position in POSITIONS:
        frame = frames.pick(position, word)
        if frame is None:
            continue
        text, s, e = put(frame, word)
        edits = changed_by(text, s, e)
        if edits:
            out["changed"][position] = text[max(0, s - 30) : e + 30]
            out["edits"].extend(
                (position, ed.normalizer, f"{ed.reason} (confidence {ed.confidence:.2f})", ed.old, ed.new) for ed in edits
            )
        elif held is None and changed_by(text, s, e, "aggressive"):
            held = text[max(0, s - 30) : e + 30]
    if held is not None and not out["changed"]:
        out["changed"]["held by a gate"] = held
    first = frames.pick("middle", word)
    second = frames.pick("middle", word, salt=1)
    if first is not None and second is not None:
        a, s, e = put(first, word)
        for reading, other in (("twice", word), ("inflected elsewhere", inflection(word))):
            b, _, _ = put(second, other)
            if changed_by(a + "\n\n" + b, s, e):
                out["changed"][reading] = a[max(0, s - 30) : e + 30]
    if any(p in out["changed"] for p in POSITIONS):
        out["changed"]["any position"] = True
    return out


def run(path: Path, n: int) -> dict:
    words = probe_words(path, n)
    frames = Frames()
    report: dict = {"pool": words["pool"], "frames": {f"{p} {k}": len(v) for (p, k), v in sorted(frames.slots.items())}}
    for which in (TUNE, VALIDATE):
        tally: dict = {"probed": Counter(), "changed": defaultdict(Counter), "reasons": Counter(), "examples": []}
        for word in words[which]:
            result = probe(word, frames)
            shape = result["shape"]
            tally["probed"][shape] += 1
            tally["probed"]["all"] += 1
            for reading in result["changed"]:
                tally["changed"][reading][shape] += 1
                tally["changed"][reading]["all"] += 1
            for position, normalizer, reason, *_ in result["edits"]:
                tally["reasons"][f"{normalizer}: {reason[:110]}"] += 1
            if result["changed"] and which == TUNE:
                tally["examples"].append(result)
        report[which] = tally
    return report


def rate(count: int, probed: int) -> str:
    return f"{1000 * count / probed:.1f}" if probed else "-"


def print_report(report: dict, examples: int) -> None:
    print(f"pool (tune / validate): {report['pool'][TUNE]:,} / {report['pool'][VALIDATE]:,}")
    tune, validate = report[TUNE], report[VALIDATE]
    print(f"probed: {tune['probed']['all']} / {validate['probed']['all']}")
    print()
    print("Changed per 1,000 words probed (tune / validate), by shape (probed tune / validate):")
    print()
    cols = ("all",) + SHAPES
    print("| reading | " + " | ".join(f"{c} ({tune['probed'][c]} / {validate['probed'][c]})" for c in cols) + " |")
    print("| --- |" + " ---: |" * len(cols))
    for reading in READINGS:
        cells = [
            f"{rate(tune['changed'][reading][c], tune['probed'][c])} / "
            f"{rate(validate['changed'][reading][c], validate['probed'][c])}"
            for c in cols
        ]
        print(f"| {reading} | " + " | ".join(cells) + " |")
    print()
    print("Edits touching a probed word, by normalizer and reason (tune / validate):")
    for reason in sorted(set(tune["reasons"]) | set(validate["reasons"]), key=lambda r: -tune["reasons"][r]):
        print(f"  {tune['reasons'][reason]:5} / {validate['reasons'][reason]:5}  {reason}")
    if examples:
        print("\nTune words changed:")
        for result in tune["examples"][:examples]:
            edits = "; ".join(f"{p} {o!r}->{n!r}" for p, _, _, o, n in result["edits"][:3])
            print(f"  {result['word']} [{result['shape']}] {sorted(k for k in result['changed'] if k != 'any position')} {edits}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="the outside word list (american-english-huge)")
    parser.add_argument("--sample", type=int, default=2000, help="words per half (0: all)")
    parser.add_argument("--examples", type=int, default=30, help="changed tune words to show")
    parser.add_argument("--sha256", help="the extracted list's expected sha256")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.sha256 and hashlib.sha256(args.path.read_bytes()).hexdigest() != args.sha256:
        raise SystemExit(f"{args.path}: sha256 differs from {args.sha256}")
    report = run(args.path, args.sample)
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1, default=dict)
        print()
    else:
        print_report(report, args.examples)


if __name__ == "__main__":
    main()
