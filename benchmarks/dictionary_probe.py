"""Probe how often ``textmend.clean`` changes a real word the lexicon lacks (issue 13).

Usage::

    python -m benchmarks.dictionary_probe en=/usr/share/dict/american-english-huge \\
        de=/usr/share/dict/ngerman fr=/usr/share/dict/french [--sample 1000] [--examples 20]

Each argument is ``LANG=PATH``: a published spelling dictionary of language ``LANG`` (a
wordfreq code), one word a line (Debian's ``wamerican-huge``, ``wngerman``, ``wfrench``, ...,
``/usr/share/dict/*``; UTF-8, or Latin-1 where a file is not UTF-8).  The dictionaries are
probes only: nothing of them is kept, and no test needs them.

For each language the probe takes the dictionary's words that are all letters, written in
lower case (and, as a second case, capitalized: ``Headwind``, German nouns), and that the
language's lexicon (wordfreq, through ``textmend.lexicon``) lacks, or holds only as a fusion
``fused`` may split back (``ofthe``): the words ``fused`` does not trust as words.  They
are split into **tune** and **validate** by a hash of the word (``sha1(word) % 3 == 0``:
validate) and sampled the same way (the ``--sample`` words of each split whose hash is
smallest), so a run is repeatable and a word always falls on the same side.

Each word is put, alone, into plain carrier paragraphs of its language (no evidence but the
word itself), and once into a two-paragraph document that writes it twice (document
evidence should keep it).  ``textmend.mend`` runs on each with no ``lang`` (identification)
and with the language given; a word counts as changed when any edit touches its letters
(a space put inside it, or any other change of it).  Changed words are counted per 1,000
probed, per kind:

- *inflection*: a word the lexicon knows with one of the language's endings (``headwinds``
  is not one: ``headwind`` is unknown);
- *derivation*: a known word under a listed prefix or suffix (``unbuttonable``);
- *compound*: two known words of three letters or more (``headwind``, ``headwinds``);
- *other*: the rest (coinages, loans, names, words of the long tail).

The kinds are read from the lexicon and the project's own lists; they describe the probe's
words, nothing of them feeds the normalizers.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import textmend
from textmend.lexicon import language_list, word_frequencies, word_list, zipf
from textmend.normalizers.fused import _scanner

from .split import SPLITS, TUNE, VALIDATE

#: Two carrier paragraphs per language, each long enough (20 words or more) to read as
#: running prose, with ``{w}`` where the probed word goes, never at a sentence's start.
CARRIERS: dict[str, tuple[str, str]] = {
    "en": (
        "The committee met again last week in the old town hall. She said {w} and then "
        "left the room without another word to anyone there.",
        "Most of the people we asked had never heard of it. In the report, {w} appears "
        "only once, near the end of the second page.",
    ),
    "de": (
        "Der Ausschuss hat sich letzte Woche wieder im alten Rathaus getroffen. Sie sagte "
        "{w} und verließ dann den Raum ohne ein weiteres Wort.",
        "Die meisten Leute, die wir gefragt haben, kannten es nicht. Im Bericht steht {w} "
        "nur einmal, am Ende der zweiten Seite.",
    ),
    "id": (
        "Panitia itu bertemu lagi minggu lalu di balai kota yang lama. Dia mengatakan "
        "{w} lalu meninggalkan ruangan tanpa berkata apa-apa lagi.",
        "Sebagian besar orang yang kami tanyai belum pernah mendengarnya. Dalam laporan itu, "
        "{w} hanya muncul sekali, di dekat akhir halaman kedua.",
    ),
    "ms": (
        "Jawatankuasa itu bermesyuarat lagi minggu lepas di dewan bandaran lama. Dia berkata "
        "{w} dan kemudian keluar dari bilik tanpa sepatah kata lagi.",
        "Kebanyakan orang yang kami tanya tidak pernah mendengarnya. Dalam laporan itu, "
        "{w} hanya muncul sekali, berhampiran penghujung halaman kedua.",
    ),
    "fr": (
        "Le comité s'est encore réuni la semaine dernière dans la vieille mairie. Elle a dit "
        "{w} puis elle a quitté la salle sans un mot de plus.",
        "La plupart des gens que nous avons interrogés ne le connaissaient pas. Dans le "
        "rapport, {w} apparaît une seule fois, vers la fin de la deuxième page.",
    ),
    "it": (
        "Il comitato si è riunito di nuovo la settimana scorsa nel vecchio municipio. Lei ha "
        "detto {w} e poi ha lasciato la sala senza dire altro.",
        "La maggior parte delle persone che abbiamo sentito non lo conosceva. Nel rapporto, "
        "{w} compare una sola volta, verso la fine della seconda pagina.",
    ),
    "es": (
        "El comité se reunió otra vez la semana pasada en el viejo ayuntamiento. Ella dijo "
        "{w} y luego salió de la sala sin decir nada más.",
        "La mayoría de las personas que consultamos no lo conocía. En el informe, {w} "
        "aparece una sola vez, hacia el final de la segunda página.",
    ),
    "pt": (
        "O comitê se reuniu de novo na semana passada na velha prefeitura. Ela disse {w} e "
        "depois saiu da sala sem dizer mais nada a ninguém.",
        "A maioria das pessoas que consultamos não o conhecia. No relatório, {w} aparece "
        "uma única vez, perto do fim da segunda página.",
    ),
    "nl": (
        "De commissie kwam vorige week opnieuw bijeen in het oude stadhuis. Ze zei {w} en "
        "verliet daarna de zaal zonder nog een woord te zeggen.",
        "De meeste mensen die we spraken kenden het niet. In het rapport staat {w} maar één "
        "keer, tegen het einde van de tweede pagina.",
    ),
    "sv": (
        "Kommittén samlades igen förra veckan i det gamla rådhuset. Hon sa {w} och lämnade "
        "sedan rummet utan att säga något mer till någon.",
        "De flesta vi frågade hade aldrig hört talas om det. I rapporten står {w} bara en "
        "gång, nära slutet av den andra sidan.",
    ),
    "nb": (
        "Komiteen møttes igjen forrige uke i det gamle rådhuset. Hun sa {w} og forlot så "
        "rommet uten å si noe mer til noen av dem.",
        "De fleste vi spurte hadde aldri hørt om det. I rapporten står {w} bare én gang, "
        "nær slutten av den andre siden i dokumentet.",
    ),
    "da": (
        "Udvalget mødtes igen i sidste uge på det gamle rådhus. Hun sagde {w} og forlod så "
        "lokalet uden at sige mere til nogen af dem.",
        "De fleste vi spurgte, havde aldrig hørt om det. I rapporten står {w} kun én gang, "
        "nær slutningen af den anden side i dokumentet.",
    ),
    "pl": (
        "Komisja zebrała się ponownie w zeszłym tygodniu w starym ratuszu. Powiedziała {w} "
        "i wyszła z sali bez słowa do nikogo z obecnych.",
        "Większość osób, które pytaliśmy, nigdy o tym nie słyszała. W raporcie {w} pojawia "
        "się tylko raz, pod koniec drugiej strony.",
    ),
}

#: Endings that make an inflection of a known word, for the kind of a probed word only.
_EN_ENDINGS = ("s", "es", "ies", "ed", "d", "ied", "ing", "er", "ers", "est", "ly")
#: Prefixes and suffixes a derivation is read under where the project lists none for the language.
_OTHER_PREFIXES = ("un", "re", "non", "anti", "pre", "post", "over", "under")
_KIND_PART_MIN = 2.5  # Zipf of a compound's part (a known word, not a fragment of the long tail)
KINDS = ("inflection", "derivation", "compound", "other")
MODES = ("alone, auto", "alone, lang", "twice, auto", "twice, lang")


def read_words(path: Path) -> Iterator[str]:
    """The entries of a word list, one a line (UTF-8, or Latin-1 where it is not)."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    for line in text.splitlines():
        word = line.strip().split("/", 1)[0]  # hunspell-style flags, if any
        if word:
            yield word


def word_hash(word: str) -> int:
    """The word's SHA-1 as a number: it picks the split and the sample order."""
    return int(hashlib.sha1(word.encode("utf-8")).hexdigest(), 16)


def split_of_word(word: str) -> str:
    """``validate`` for one word in three (``sha1(word) % 3 == 0``), ``tune`` for the rest."""
    return VALIDATE if word_hash(word) % 3 == 0 else TUNE


def untrusted(word: str, lang: str) -> bool:
    """Whether ``fused`` may read ``word`` as glued: the lexicon lacks it, or holds it only
    as one of the fusions it splits back (``known_fusions``)."""
    freqs = word_frequencies(lang)
    low = word.lower()
    scanner = _scanner(lang)
    if scanner is not None and scanner.folds_sharp_s:
        low = low.replace("ß", "ss")
    if low not in freqs:
        return True
    return scanner is not None and low in scanner.known_fusions


def candidates(words: Iterable[str], lang: str, case: str) -> list[str]:
    """The dictionary's words of ``case`` (``lower`` or ``capitalized``), all letters, untrusted."""
    seen: set[str] = set()
    out = []
    for word in words:
        if word in seen or not word.isalpha() or len(word) < 2:
            continue
        if case == "lower" and not word.islower():
            continue
        if case == "capitalized" and not (word[0].isupper() and word[1:].islower()):
            continue
        seen.add(word)
        if untrusted(word, lang):
            out.append(word)
    return out


def sample(words: list[str], which: str, n: int) -> list[str]:
    """The ``n`` words of split ``which`` whose hash is smallest (repeatable)."""
    chosen = [w for w in words if split_of_word(w) == which]
    chosen.sort(key=word_hash)
    return chosen if n <= 0 else chosen[:n]


def kind_of(word: str, lang: str) -> str:
    """What kind of word ``word`` is, read from the lexicon: see the module's docstring."""
    freqs = word_frequencies(lang)
    low = word.lower()

    def known(part: str, least: float = 0.0) -> bool:
        return len(part) >= 3 and part in freqs and zipf(freqs, part) >= least

    endings = _EN_ENDINGS if lang == "en" else tuple(language_list("fused_inflections", lang))
    stems = [low]
    for ending in sorted(endings, key=len, reverse=True):
        if low.endswith(ending) and len(low) > len(ending):
            stem = low[: -len(ending)]
            forms = {stem, stem + "e", stem + "y"} if lang == "en" else {stem}
            if lang == "en" and len(stem) > 2 and stem[-1] == stem[-2]:
                forms.add(stem[:-1])  # "stopped", "stopping"
            if any(known(f, 1.0) for f in forms):
                return "inflection"
            stems.append(stem)
    try:
        prefixes = tuple(word_list(f"fused_prefixes_{lang}")) + (_OTHER_PREFIXES if lang == "en" else ())
    except (FileNotFoundError, OSError):
        prefixes = _OTHER_PREFIXES if lang == "en" else ()
    try:
        suffixes = tuple(word_list(f"fused_suffixes_{lang}"))
    except (FileNotFoundError, OSError):
        suffixes = ()
    for stem in stems:
        for prefix in prefixes:
            if stem.startswith(prefix) and known(stem[len(prefix) :], 1.0):
                return "derivation"
        for suffix in suffixes:
            if stem.endswith(suffix) and known(stem[: -len(suffix)], 1.0):
                return "derivation"
    links = ("",) + tuple(language_list("compound_links", lang))
    for stem in stems:
        for i in range(3, len(stem) - 2):
            head, tail = stem[:i], stem[i:]
            if not known(tail, _KIND_PART_MIN):
                continue
            if any(head.endswith(link) and known(head[: len(head) - len(link)], _KIND_PART_MIN) for link in links):
                return "compound"
    return "other"


@dataclass
class Tally:
    """Counts of one language, case and split."""

    probed: int = 0
    changed: Counter = field(default_factory=Counter)  # mode -> words changed
    by_kind: dict = field(default_factory=lambda: defaultdict(Counter))  # kind -> Counter(mode / "probed")
    examples: list = field(default_factory=list)  # (word, kind, changed text) of words changed alone


def touched(edits: Iterable[textmend.Edit], start: int, end: int) -> bool:
    """Whether an edit changes a letter of ``[start, end)`` or puts something inside it."""
    for edit in edits:
        if edit.start < end and edit.end > start:
            return True
        if edit.start == edit.end and start < edit.start < end:
            return True
    return False


def probe_word(word: str, lang: str) -> dict[str, str | None]:
    """Each mode's verdict on ``word``: ``None`` when kept, else the changed paragraph."""
    first, second = CARRIERS[lang]
    verdicts: dict[str, str | None] = {}
    for given in ("auto", lang):
        label = "auto" if given == "auto" else "lang"
        changed = None
        for carrier in (first, second):
            text = carrier.format(w=word)
            start = carrier.index("{w}")
            result = textmend.mend(text, lang=given)
            if touched(result.edits, start, start + len(word)):
                changed = result.text
                break
        verdicts[f"alone, {label}"] = changed
        document = first.format(w=word) + "\n\n" + second.format(w=word)
        at_first = first.index("{w}")
        at_second = len(first.format(w=word)) + 2 + second.index("{w}")
        result = textmend.mend(document, lang=given)
        twice = any(touched(result.edits, s, s + len(word)) for s in (at_first, at_second))
        verdicts[f"twice, {label}"] = result.text if twice else None
    return verdicts


def run(dictionaries: list[tuple[str, Path]], n: int, examples: int) -> dict:
    """Probe every dictionary; the tallies as plain data."""
    report: dict = {}
    for lang, path in dictionaries:
        if lang not in CARRIERS:
            raise SystemExit(f"no carrier sentences for {lang!r}; known: {', '.join(sorted(CARRIERS))}")
        words = list(read_words(path))
        for case in ("lower", "capitalized"):
            pool = candidates(words, lang, case)
            for which in SPLITS:
                tally = Tally()
                for word in sample(pool, which, n):
                    kind = kind_of(word, lang)
                    verdicts = probe_word(word, lang)
                    tally.probed += 1
                    tally.by_kind[kind]["probed"] += 1
                    for mode, changed in verdicts.items():
                        if changed is not None:
                            tally.changed[mode] += 1
                            tally.by_kind[kind][mode] += 1
                    if verdicts["alone, lang"] is not None and len(tally.examples) < examples:
                        tally.examples.append((word, kind, verdicts["alone, lang"]))
                report[f"{lang} {case} {which}"] = {
                    "pool": sum(1 for w in pool if split_of_word(w) == which),
                    "probed": tally.probed,
                    "changed": dict(tally.changed),
                    "by_kind": {k: dict(v) for k, v in tally.by_kind.items()},
                    "examples": tally.examples if which == TUNE else [],  # held-out words: counts only
                }
    return report


def per_thousand(count: int, probed: int) -> str:
    return f"{1000 * count / probed:.1f}" if probed else "-"


def print_report(report: dict) -> None:
    """Markdown tables: changed per 1,000 probed, tune / validate, per mode and per kind."""
    keys = sorted({k.rsplit(" ", 1)[0] for k in report}, key=lambda k: (k.split()[0] != "en", k))
    print("| language, case | untrusted words (tune / validate) | probed | " + " | ".join(MODES) + " |")
    print("| --- | ---: | ---: |" + " ---: |" * len(MODES))
    for key in keys:
        tune, validate = report[f"{key} {TUNE}"], report[f"{key} {VALIDATE}"]
        cells = [
            f"{per_thousand(tune['changed'].get(m, 0), tune['probed'])} / "
            f"{per_thousand(validate['changed'].get(m, 0), validate['probed'])}"
            for m in MODES
        ]
        print(
            f"| {key} | {tune['pool']:,} / {validate['pool']:,} | {tune['probed']} / {validate['probed']} | "
            + " | ".join(cells)
            + " |"
        )
    print()
    print("Per kind, alone, language given (changed per 1,000 of the kind; probed), tune / validate:")
    print()
    print("| language, case | " + " | ".join(KINDS) + " |")
    print("| --- |" + " ---: |" * len(KINDS))
    for key in keys:
        cells = []
        for kind in KINDS:
            parts = []
            for which in SPLITS:
                counts = report[f"{key} {which}"]["by_kind"].get(kind, {})
                probed = counts.get("probed", 0)
                parts.append(f"{per_thousand(counts.get('alone, lang', 0), probed)} ({probed})")
            cells.append(" / ".join(parts))
        print(f"| {key} | " + " | ".join(cells) + " |")
    for key in keys:
        shown = report[f"{key} {TUNE}"]["examples"]
        if shown:
            print(f"\n{key}, tune, changed alone (language given):")
            for word, kind, text in shown:
                print(f"  {word} [{kind}]: {text}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dictionaries", nargs="+", metavar="LANG=PATH", help="a word list of language LANG")
    parser.add_argument("--sample", type=int, default=1000, help="words per language, case and split (0: all)")
    parser.add_argument("--examples", type=int, default=20, help="changed tune words to show per language and case")
    parser.add_argument("--json", action="store_true", help="print the tallies as JSON")
    args = parser.parse_args(argv)
    dictionaries = []
    for spec in args.dictionaries:
        lang, sep, path = spec.partition("=")
        if not sep:
            parser.error(f"expected LANG=PATH, got {spec!r}")
        dictionaries.append((lang, Path(path)))
    report = run(dictionaries, args.sample, args.examples)
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print_report(report)


if __name__ == "__main__":
    main()
