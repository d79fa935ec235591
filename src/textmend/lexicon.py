"""Word lists the normalizers consult, loaded lazily from ``textmend/data/*.txt``.

Each list is a plain-text file, one entry a line, with a ``#`` header saying
what it is and how it is used.  Lists are data, not code: extend a file and
every normalizer that reads it follows.  Files are read on first use and
cached for the life of the process.
"""

from __future__ import annotations

import math
import warnings
from functools import lru_cache
from importlib import resources

__all__ = [
    "abbreviations",
    "file_extensions",
    "interjection_doubles",
    "legit_doubles",
    "tlds",
    "url_schemes",
    "word_frequencies",
    "word_list",
    "zipf",
]


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """The entries of ``data/NAME.txt`` (comments and blank lines skipped).

    >>> "e.g." in word_list("abbreviations")
    True
    """
    text = resources.files("textmend").joinpath("data").joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(
        entry
        for line in text.splitlines()
        if (entry := line.split("#", 1)[0].strip())
    )


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
    (``had had``, ``that that``); used by the ``repeats`` normalizer.

    Entries of ``legit_doubles.txt`` are ``word`` (any language) or ``word lang,lang``.

    >>> "had" in legit_doubles(), "die" in legit_doubles("de"), "die" in legit_doubles("en")
    (True, True, False)
    """
    return _words_for(word_list("legit_doubles"), lang)


@lru_cache(maxsize=None)
def interjection_doubles(lang: str = "en") -> frozenset[str]:
    """Lower-case words doubled on purpose in speech (``no no``, ``there there``), for ``lang``;
    used by the ``repeats`` normalizer.  Same entry format as :func:`legit_doubles`.

    >>> "no" in interjection_doubles()
    True
    """
    return _words_for(word_list("interjection_doubles"), lang)


def _words_for(entries: frozenset[str], lang: str) -> frozenset[str]:
    words: set[str] = set()
    for entry in entries:
        word, _, langs = entry.partition(" ")
        codes = {c.strip() for c in langs.split(",") if c.strip()}
        if not codes or lang in codes:
            words.add(word.lower())
    return frozenset(words)


@lru_cache(maxsize=8)
def word_frequencies(lang: str) -> dict[str, float]:
    """wordfreq's frequency of every word it knows in ``lang`` (empty if it knows none).

    One dict built once per language: a lookup is a hash probe, where
    ``wordfreq.zipf_frequency`` would tokenize its argument each time.  Keys are
    lower case, as wordfreq stores them.  Used by the ``fused`` normalizer.

    >>> len(word_frequencies("xx-no-such-language"))
    0
    """
    try:
        import wordfreq

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return wordfreq.get_frequency_dict(lang)
    except (LookupError, ValueError, OSError):
        return {}


def zipf(freqs: dict[str, float], word: str) -> float:
    """Zipf frequency (log10 of uses per billion words) of ``word``; 0.0 when unknown.

    >>> freqs = word_frequencies("en")
    >>> zipf(freqs, "another") > 5 > zipf(freqs, "anotherso")
    True
    """
    f = freqs.get(word)
    return math.log10(f) + 9.0 if f else 0.0
