"""The tune / validate split of the dev corpus: one fixed rule on the page id.

Rules are tuned on the *tune* pages and judged on the *validate* pages as
well, so a figure that only holds on the text the rules were tuned to shows up
as a gap between the two columns.  The rule is a hash of the page id, so it
needs no list, never moves when pages are added, and applies the same way to
everything derived from a page (its paragraphs ``id#k``, the extractors'
records of it):

    validate  when int(sha1(id).hexdigest(), 16) % 3 == 0   (42 of the 133 pages)
    tune      otherwise                                      (91 pages)

>>> split_of("042bb7b5fedab6ea"), split_of("042bb7b5fedab6ea#3"), split_of("04a6711caa7c6875")
('validate', 'validate', 'tune')
>>> in_split("042bb7b5fedab6ea", "all")
True
"""

from __future__ import annotations

import hashlib

__all__ = ["SPLITS", "TUNE", "VALIDATE", "in_split", "page_id", "split_of"]

TUNE = "tune"
VALIDATE = "validate"
#: The two halves, in the order the benchmarks print their columns.
SPLITS = (TUNE, VALIDATE)
#: What ``--split`` accepts: one half, or both together.
CHOICES = (TUNE, VALIDATE, "all")


def page_id(key: str) -> str:
    """The page id of a key: ``id`` itself, or the ``id`` of a paragraph key ``id#k``."""
    return key.partition("#")[0]


def split_of(key: str) -> str:
    """``"validate"`` for about one page in three (a hash of the page id), ``"tune"`` for the rest."""
    digest = hashlib.sha1(page_id(key).encode("utf-8")).hexdigest()
    return VALIDATE if int(digest, 16) % 3 == 0 else TUNE


def in_split(key: str, which: str) -> bool:
    """Whether the page of ``key`` belongs to ``which`` (``tune``, ``validate`` or ``all``)."""
    if which == "all":
        return True
    if which not in SPLITS:
        raise ValueError(f"unknown split {which!r}; expected one of {', '.join(CHOICES)}")
    return split_of(key) == which
