"""The cleaners the benchmarks compare: textmend and the alternatives users reach for.

Each entry builds a ``str -> str`` function, or raises ``ImportError`` when its
package is not installed (``pip install -e ".[bench]"`` installs them all).

Settings, chosen so that each alternative does its best on news text and does
not destroy what the benchmark measures (case, punctuation, line breaks):

* ``ftfy``: ``ftfy.fix_text(text)`` with its defaults (which straighten curly quotes).
* ``ftfy-keep-quotes``: ``ftfy.fix_text(text, uncurl_quotes=False)``.
* ``clean-text``: ``cleantext.clean(text, fix_unicode=True, to_ascii=False,
  lower=False, normalize_whitespace=True, no_line_breaks=False, strip_lines=False,
  keep_two_line_breaks=True, lang="en")`` with every ``no_*`` replacement off:
  fix the encoding and the spaces, keep case, punctuation, numbers, URLs.
* ``sacremoses``: ``MosesPunctNormalizer(lang="en").normalize(text)`` with its
  defaults (``penn=True``, ``norm_quote_commas=True``, ``norm_numbers=True``).
* ``wordninja`` / ``wordsegment``: every run of ASCII letters (3+) that wordfreq
  does not know (``zipf_frequency == 0``) is replaced by the package's split of
  it, original case kept; everything else is left alone.  This is the obvious
  "split unknown tokens" fix for fused words.
"""

from __future__ import annotations

import contextlib
import io
from functools import lru_cache
from typing import Callable

import regex

Cleaner = Callable[[str], str]

__all__ = ["CLEANERS", "Cleaner", "available", "build"]


def _textmend(spec: str = "", lang: str | None = None) -> Cleaner:
    import textmend

    if not spec and lang is None:
        return textmend.clean
    pipeline = textmend.default_pipeline() if lang is None else textmend.default_pipeline(lang)
    names = [x for x in spec.split(",") if x]
    return pipeline.only(names) if names else pipeline


def _ftfy() -> Cleaner:
    import ftfy

    return ftfy.fix_text


def _ftfy_keep_quotes() -> Cleaner:
    import ftfy

    def fix(text: str) -> str:
        return ftfy.fix_text(text, uncurl_quotes=False)

    return fix


def _clean_text() -> Cleaner:
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        import cleantext  # warns on import when the optional unidecode is missing

    def fix(text: str) -> str:
        return cleantext.clean(
            text,
            fix_unicode=True,
            to_ascii=False,
            lower=False,
            normalize_whitespace=True,
            no_line_breaks=False,
            strip_lines=False,
            keep_two_line_breaks=True,
            lang="en",
        )

    return fix


def _sacremoses() -> Cleaner:
    from sacremoses import MosesPunctNormalizer

    return MosesPunctNormalizer(lang="en").normalize


_ASCII_WORD = regex.compile(r"(?<![^\W\d_])[A-Za-z]{3,}(?![^\W\d_])")


@lru_cache(maxsize=None)
def _unknown(token: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(token, "en") == 0


def _unknown_token_splitter(split: Callable[[str], list[str]]) -> Cleaner:
    @lru_cache(maxsize=100_000)
    def resplit(token: str) -> str:
        parts = split(token)
        if len(parts) < 2:
            return token
        # Map the split back onto the original characters (keeps case).
        out, pos = [], 0
        for part in parts:
            out.append(token[pos : pos + len(part)])
            pos += len(part)
        if pos != len(token) or "".join(out).lower() != token.lower():
            return token
        return " ".join(out)

    def fix(text: str) -> str:
        return _ASCII_WORD.sub(lambda m: resplit(m[0]) if _unknown(m[0]) else m[0], text)

    return fix


def _wordninja() -> Cleaner:
    import wordninja

    return _unknown_token_splitter(wordninja.split)


def _wordsegment() -> Cleaner:
    import wordsegment

    wordsegment.load()
    return _unknown_token_splitter(wordsegment.segment)


#: name -> factory.  ``textmend:fused,punctuation`` runs only those stages of
#: the default pipeline (see :func:`build`).
CLEANERS: dict[str, Callable[[], Cleaner]] = {
    "textmend": _textmend,
    "ftfy": _ftfy,
    "ftfy-keep-quotes": _ftfy_keep_quotes,
    "clean-text": _clean_text,
    "sacremoses": _sacremoses,
    "wordninja": _wordninja,
    "wordsegment": _wordsegment,
}


def build(name: str) -> Cleaner:
    """The cleaner called ``name`` (``textmend:a,b`` for a few textmend stages,
    ``textmend@de`` or ``textmend@auto:fused`` for another ``lang``)."""
    base, _, spec = name.partition(":")
    base, _, lang = base.partition("@")
    if base == "textmend":
        return _textmend(spec, lang or None)
    if base not in CLEANERS:
        raise ValueError(f"unknown cleaner {name!r}; known: {', '.join(CLEANERS)}")
    return CLEANERS[base]()


def available() -> list[str]:
    """Names of the cleaners whose packages are installed."""
    names = []
    for name in CLEANERS:
        try:
            build(name)
        except ImportError:
            continue
        names.append(name)
    return names
