"""Word lists the normalizers consult, loaded lazily from ``textmend/data/*.txt``.

Each list is a plain-text file: one entry per line, ``#`` starts a comment
(every file opens with a header saying what the list is and how it is used).
Lists are read on first use and cached, so importing textmend stays cheap.

>>> "said" in word_list("reporting_verbs")
True
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["word_list"]


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """The entries of ``data/NAME.txt`` (comments and blank lines dropped)."""
    raw = resources.files("textmend").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip() for line in raw.splitlines())
    return frozenset(e for e in entries if e)
