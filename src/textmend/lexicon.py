"""Word lists that are data, not code: loaded lazily from ``textmend/data`` and cached.

Each list is one plain-text file in ``src/textmend/data/`` whose ``#`` header says
what it is and how it is used.  Blank lines and ``#`` comments are ignored;
anything after a ``#`` on a line is a comment too.

>>> "had" in legit_doubles("en")
True
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["data_lines", "interjection_doubles", "legit_doubles"]


@lru_cache(maxsize=None)
def data_lines(filename: str) -> tuple[str, ...]:
    """The meaningful lines of data file ``filename`` (comments and blanks dropped).

    >>> data_lines("legit_doubles.txt")[0]
    'had'
    """
    text = resources.files("textmend").joinpath("data", filename).read_text(encoding="utf-8")
    out: list[str] = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def legit_doubles(lang: str = "en") -> frozenset[str]:
    """Lower-case words that may legitimately stand twice in a row in language ``lang``.

    Lines of ``legit_doubles.txt`` are ``word`` (any language) or ``word lang,lang``.

    >>> "die" in legit_doubles("de"), "die" in legit_doubles("en")
    (True, False)
    """
    return _words_for(data_lines("legit_doubles.txt"), lang)


@lru_cache(maxsize=None)
def interjection_doubles(lang: str = "en") -> frozenset[str]:
    """Lower-case words doubled on purpose in speech (``bye bye``, ``no no``), for ``lang``.

    Same line format as :func:`legit_doubles`.

    >>> "no" in interjection_doubles()
    True
    """
    return _words_for(data_lines("interjection_doubles.txt"), lang)


def _words_for(lines: tuple[str, ...], lang: str) -> frozenset[str]:
    words: set[str] = set()
    for line in lines:
        word, _, langs = line.partition(" ")
        codes = {c.strip() for c in langs.split(",") if c.strip()}
        if not codes or lang in codes:
            words.add(word.lower())
    return frozenset(words)
