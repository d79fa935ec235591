"""Word lists the normalizers consult, loaded lazily from ``textmend/data/``.

Each list is a plain-text file, one entry a line, with a ``#`` header saying
what it is and how it is used.  Lists are data, not code: extend a file and
every normalizer that reads it follows.  Files are read on first use and
cached for the life of the process.

Layout: lists that hold for any language sit in ``data/NAME.txt`` (abbreviations,
domain endings, URL schemes, file extensions, code prefixes); lists of one
language sit in ``data/<lang>/NAME.txt``, ``<lang>`` a wordfreq code
(``data/en/function_words.txt``, ``data/de/legit_doubles.txt``).  Read them with
``word_list("en/function_words")`` or :func:`language_list`; the names the
lists had before the per-language layout (``function_words_en``,
``reporting_verbs``) still work.
"""

from __future__ import annotations

import importlib.util
import math
import re
import warnings
from functools import lru_cache
from itertools import chain, repeat
from pathlib import Path

from ._lazy import LazyPattern

__all__ = [
    "abbreviations",
    "language_list",
    "legit_double_contexts",
    "file_extensions",
    "interjection_doubles",
    "legit_doubles",
    "tlds",
    "url_schemes",
    "word_frequencies",
    "word_list",
    "word_zipf",
    "zipf",
]


# Names lists had before they moved to data/<lang>/ (code outside this module uses them).
_MOVED = {
    "reporting_verbs": "en/reporting_verbs",
    "reporting_verbs_final": "en/reporting_verbs_final",
    "attribution_titles": "en/attribution_titles",
    "quote_function_words": "en/quote_function_words",
    "quote_elisions": "en/quote_elisions",
    "legit_doubles": "en/legit_doubles",
    "interjection_doubles": "en/interjection_doubles",
}
_LANGUAGE_SUFFIX = LazyPattern(re.compile, r"(?P<base>\w+)_(?P<lang>[a-z]{2,3})")


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """The entries of ``data/NAME.txt`` (comments and blank lines skipped); ``NAME`` may
    name a language's list, ``"en/function_words"``.  Raises ``FileNotFoundError`` when
    there is no such list.

    >>> "e.g." in word_list("abbreviations"), "the" in word_list("en/function_words")
    (True, True)
    >>> word_list("function_words_en") == word_list("en/function_words")  # the name before the move
    True
    """
    path = _MOVED.get(name, name)
    legacy = _LANGUAGE_SUFFIX.fullmatch(path)
    if legacy and not _data_file(path).is_file():
        path = f"{legacy['lang']}/{legacy['base']}"  # function_words_en -> en/function_words
    text = _data_file(path).read_text(encoding="utf-8")
    return frozenset(
        entry
        for line in text.splitlines()
        if (entry := line.split("#", 1)[0].strip())
    )


# The lists ship as ordinary files beside this module (the package is installed as files,
# as language.py's tables already assume): a path is all a read needs, and importing
# importlib.resources for it cost a cold start about 15 ms.
_DATA = Path(__file__).parent / "data"


def _data_file(path: str) -> Path:
    return _DATA.joinpath(*path.split("/")[:-1], f"{path.split('/')[-1]}.txt")


@lru_cache(maxsize=None)
def language_list(name: str, lang: str) -> frozenset[str]:
    """The entries of ``data/<lang>/NAME.txt``, or an empty set when ``lang`` has no such list.

    >>> "nous" in language_list("legit_doubles", "fr"), language_list("legit_doubles", "xx")
    (True, frozenset())
    """
    if not _LANGUAGE_CODE.fullmatch(lang):
        return frozenset()
    try:
        return word_list(f"{lang}/{name}")
    except (FileNotFoundError, OSError):
        return frozenset()


_LANGUAGE_CODE = LazyPattern(re.compile, r"[a-z]{2,3}")


def abbreviations() -> frozenset[str]:
    """Abbreviations written with a final dot and followed by a space (``p.m.``, ``vs.``)."""
    return word_list("abbreviations")


def file_extensions() -> frozenset[str]:
    """Lowercase file-name extensions (``html``, ``jpg``, ``md``) that mark a file name."""
    return word_list("file_extensions")


def tlds() -> frozenset[str]:
    """Lowercase domain endings (``com``, ``org``, ``co``, ``uk``) that mark a host name."""
    return word_list("tlds")


def url_schemes() -> frozenset[str]:
    """Lowercase URI schemes (``mailto``, ``tel``) whose colon takes no space after it."""
    return word_list("url_schemes")


@lru_cache(maxsize=None)
def legit_doubles(lang: str = "en") -> frozenset[str]:
    """Lower-case words that may stand twice in a row on purpose in language ``lang``
    (``had had``, ``nous nous``), from ``data/<lang>/legit_doubles.txt``; used by the
    ``repeats`` normalizer.  ``"*"`` among them says the language reduplicates any
    word (Indonesian ``anak anak``).  Entries with a context (``die after ,``) are in
    :func:`legit_double_contexts`, not here.

    >>> "had" in legit_doubles(), "nous" in legit_doubles("fr"), "nous" in legit_doubles("en")
    (True, True, False)
    >>> "*" in legit_doubles("id")
    True
    """
    return frozenset(word for word, after in _double_entries(lang) if after is None)


@lru_cache(maxsize=None)
def legit_double_contexts(lang: str = "en") -> dict[str, frozenset[str]]:
    """Words doubled on purpose only right after a given token, from entries
    ``word after TOKEN TOKEN ...`` of ``data/<lang>/legit_doubles.txt``: German ``die die``
    after a comma (``die Kommunen, die die Kosten tragen``), ``sie sie`` after ``dass``.
    A token is a lower-case word, ``,``, or ``,*``: one word right after a comma
    (``, an die die``), one that opens a clause where the language lists those
    (``data/<lang>/comma_clause_openers.txt``).

    >>> sorted(legit_double_contexts("de")["die"])
    [',', ',*', 'oder', 'und']
    """
    return {word: after for word, after in _double_entries(lang) if after is not None}


def _double_entries(lang: str) -> list[tuple[str, frozenset[str] | None]]:
    entries = []
    for entry in language_list("legit_doubles", lang):
        word, *rest = entry.split()
        if rest and rest[0] == "after":
            entries.append((word.lower(), frozenset(t.lower() for t in rest[1:])))
        else:
            entries.append((word.lower(), None))
    return entries


@lru_cache(maxsize=None)
def interjection_doubles(lang: str = "en") -> frozenset[str]:
    """Lower-case words doubled on purpose in speech (``no no``, ``there there``), for ``lang``,
    from ``data/<lang>/interjection_doubles.txt``; used by the ``repeats`` normalizer.

    >>> "no" in interjection_doubles(), interjection_doubles("xx")
    (True, frozenset())
    """
    return frozenset(w.lower() for w in language_list("interjection_doubles", lang))


@lru_cache(maxsize=8)
def word_frequencies(lang: str) -> dict[str, float]:
    """wordfreq's frequency of every word it knows in ``lang`` (empty if it knows none).

    One dict built once per language: a lookup is a hash probe, where
    ``wordfreq.zipf_frequency`` would tokenize its argument each time.  Keys are
    lower case, as wordfreq stores them.  Used by the ``fused`` normalizer.

    The same dict as ``wordfreq.get_frequency_dict(lang)``, key order included; for a
    code that names one of wordfreq's files it is read from that file directly, since
    importing wordfreq (langcodes' tables, to match tags such as ``pt-BR``) costs more
    than reading the English list does.

    >>> len(word_frequencies("xx-no-such-language"))
    0
    """
    if lang == "und":
        # The undetermined language (language.UNDETERMINED, a paragraph too short or too mixed
        # to tell) has no list: wordfreq answers it with a LookupError, read as {} below, but
        # only after importing itself, langcodes and ftfy to say so (0.1 s of a cold start).
        return {}
    direct = _frequency_dict_read_directly(lang)
    if direct is not None:
        return direct
    import wordfreq

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return wordfreq.get_frequency_dict(lang)
    except (LookupError, ValueError, OSError):
        if lang in wordfreq.available_languages():
            # A language wordfreq ships whose data would not load is a broken install or a
            # failing disk, not an unknown language: an empty dict here would be cached, and
            # every later text in the language silently cleaned without its lexicon.
            raise
        return {}


def wordfreq_data_dir() -> Path | None:
    """The folder of wordfreq's word lists, found without importing wordfreq (its
    import loads langcodes' tables); ``None`` when wordfreq is not an ordinary package
    on disk.  wordfreq reads its lists from ``data`` beside its own modules.

    >>> (wordfreq_data_dir() / "small_en.msgpack.gz").is_file()
    True
    """
    return _wordfreq_data_dir()


@lru_cache(maxsize=1)
def _wordfreq_data_dir() -> Path | None:
    try:
        spec = importlib.util.find_spec("wordfreq")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin or not spec.submodule_search_locations:
        return None
    folder = Path(spec.origin).parent / "data"
    return folder if folder.is_dir() else None


def wordfreq_list_file(lang: str, wordlist: str = "best") -> Path | None:
    """The file of wordfreq's ``wordlist`` (``"small"``, ``"large"``, or ``"best"``: the
    large list where there is one, as wordfreq picks) for the wordfreq code ``lang``,
    or ``None`` when there is none (``lang`` a tag wordfreq would first have to match,
    such as ``pt-BR``, included).

    >>> wordfreq_list_file("en").name, wordfreq_list_file("fil").name, wordfreq_list_file("pt-BR")
    ('large_en.msgpack.gz', 'small_fil.msgpack.gz', None)
    """
    folder = _wordfreq_data_dir()
    if folder is None or not _LANGUAGE_CODE.fullmatch(lang):
        return None
    for name in ("large", "small") if wordlist == "best" else (wordlist,):
        path = folder / f"{name}_{lang}.msgpack.gz"
        if path.is_file():
            return path
    return None


def read_wordfreq_buckets(path: Path) -> tuple[tuple[str, ...], ...]:
    """The word lists of a wordfreq file, one per centibel of frequency (the ``n``-th
    holds the words of frequency ``10 ** (-n / 100)``), the lists wordfreq's own
    ``get_frequency_list`` returns, as tuples: a gzipped msgpack list whose first element
    is the header ``{"format": "cB", "version": 1}``.  Raises ``ValueError`` on another
    header.

    >>> buckets = read_wordfreq_buckets(wordfreq_list_file("en", "small"))
    >>> [n for n, words in enumerate(buckets) if "the" in words]  # 10 ** -1.27: one word in 19
    [127]
    """
    import gzip

    import msgpack  # wordfreq's own dependency, the format its files are written in

    # The whole file decompressed in one call and unpacked to tuples: 43 -> 36 ms for the
    # English list against a gzip stream unpacked to lists (each read of the stream runs
    # Python code; a tuple is made with its size known).
    with open(path, "rb") as fh:
        data = msgpack.unpackb(gzip.decompress(fh.read()), raw=False, use_list=False)
    header = data[0] if isinstance(data, tuple) and data else None
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        raise ValueError(f"{path}: not a wordfreq cBpack file (header {header!r})")
    return data[1:]


def _frequency_dict_read_directly(lang: str) -> dict[str, float] | None:
    """``wordfreq.get_frequency_dict(lang)`` read from the file itself, or ``None`` when
    ``lang`` names no file or the file does not read (wordfreq then answers, or raises,
    as it always has)."""
    path = wordfreq_list_file(lang)
    if path is None:
        return None
    try:
        buckets = read_wordfreq_buckets(path)
    except Exception:  # noqa: BLE001 - whatever went wrong, wordfreq's own reading decides
        return None
    # Built in C (dict of a zip) rather than a store per word, which costs half as much
    # again on the 321,180 English words; a word listed twice keeps its last frequency and
    # its first place, as wordfreq's loop leaves it.  The frequency is wordfreq's own
    # arithmetic (cB_to_freq), so the floats are equal bit for bit.
    freqs = chain.from_iterable(repeat(10 ** (-index / 100), len(words)) for index, words in enumerate(buckets))
    return dict(zip(chain.from_iterable(buckets), freqs))


def zipf(freqs: dict[str, float], word: str) -> float:
    """Zipf frequency (log10 of uses per billion words) of ``word``; 0.0 when unknown.

    >>> freqs = word_frequencies("en")
    >>> zipf(freqs, "another") > 5 > zipf(freqs, "anotherso")
    True
    """
    f = freqs.get(word)
    return math.log10(f) + 9.0 if f else 0.0


@lru_cache(maxsize=131072)
def word_zipf(word: str, lang: str) -> float:
    """Zipf frequency of ``word`` in ``lang``, whatever its case; 0.0 when unknown.

    The one frequency lookup the normalizers share: the cached dict of
    :func:`word_frequencies`, not ``wordfreq.zipf_frequency``, which tokenizes
    its argument each time and needs optional tokenizers (jieba, MeCab) for zh
    and ja.  Memoised, as the same words are asked about again and again.

    >>> word_zipf("The", "en") == word_zipf("the", "en") > 7
    True
    >>> word_zipf("anotherso", "en"), word_zipf("the", "xx-no-such-language")
    (0.0, 0.0)
    """
    return zipf(word_frequencies(lang), word.lower())
