"""Word lists and word frequencies the normalizers consult, loaded lazily and cached.

Each list is a plain-text file in ``textmend/data/``: one entry per line, ``#``
starts a comment (every file opens with a header saying what the list is and
how it is used).  Frequencies come from wordfreq.  Everything is read on first
use and cached, so importing textmend stays cheap.

>>> "and" in word_list("function_words_en")
True
>>> zipf(word_frequencies("en"), "the") > 7
True
"""

from __future__ import annotations

import math
import warnings
from functools import lru_cache
from importlib import resources

__all__ = ["word_frequencies", "word_list", "zipf"]


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """The entries of ``data/NAME.txt`` (comments and blank lines dropped)."""
    raw = resources.files("textmend").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip() for line in raw.splitlines())
    return frozenset(e for e in entries if e)


@lru_cache(maxsize=8)
def word_frequencies(lang: str) -> dict[str, float]:
    """wordfreq's frequency of every word it knows in ``lang`` (empty if it knows none).

    One dict built once per language: a lookup is a hash probe, where
    ``wordfreq.zipf_frequency`` would tokenize its argument each time.  Keys are
    lower case, as wordfreq stores them.

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
