"""The default composition and the module-level functions most callers need."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Mapping

from .fields import lookup, replaced
from .language import normalize_lang
from .pipeline import Pipeline
from .registry import DEFAULT_ORDER
from .result import Result

__all__ = ["DEFAULT_ORDER", "clean", "clean_record", "default_pipeline", "mend"]

def default_pipeline(lang: str = "auto") -> Pipeline:
    """The pipeline :func:`clean` runs, for language ``lang``.

    ``"auto"`` (the default) identifies the language of each paragraph and
    judges it with that language's resources; a tag (``"en"``, ``"pt-BR"``)
    judges the whole text as that language.  Built once per process and
    language, then shared by every call.

    >>> default_pipeline().names[:3]
    ('invisible', 'mojibake', 'whitespace')
    >>> default_pipeline() is default_pipeline("auto") is default_pipeline("AUTO")
    True
    >>> default_pipeline("en-US") is default_pipeline("en")
    True
    """
    # (normalize_lang imported with the module, not at every call: clean() asks this per text)
    return _pipeline_for(normalize_lang(lang))


# Cached on the positional argument only: lru_cache keys ``f()`` and ``f("en")``
# apart, which would build the default pipeline twice in every process.
@lru_cache(maxsize=32)
def _pipeline_for(lang: str) -> Pipeline:
    from .registry import build

    return Pipeline([build(name, lang=lang) for name in DEFAULT_ORDER])


default_pipeline.cache_clear = _pipeline_for.cache_clear  # type: ignore[attr-defined]
default_pipeline.cache_info = _pipeline_for.cache_info  # type: ignore[attr-defined]


def clean(text: str, *, lang: str = "auto") -> str:
    """Repair ``text`` with the default pipeline.

    ``lang``: ``"auto"`` (each paragraph in its own language) or a language tag
    (``"en"``, ``"de-CH"``); an unknown one is a ``ValueError``.

    A plain module-level function, so corpus frameworks can pickle it by name.

    >>> clean("They  said it\u00a0,and left .  ")
    'They said it, and left.'
    """
    return default_pipeline(lang)(text)


def mend(text: str, *, lang: str = "auto") -> Result:
    """Repair ``text`` and return the :class:`~textmend.Result` explaining it.

    >>> r = mend("a  b")
    >>> r.text, len(r.edits), r.edits[0].normalizer
    ('a b', 1, 'whitespace')
    """
    return default_pipeline(lang).mend(text)


def clean_record(record: Mapping[str, Any], field: str = "text", *, lang: str = "auto") -> dict[str, Any]:
    """A copy of ``record`` with ``record[field]`` cleaned, for per-record map APIs.

    ``field`` may name a nested key with dots (``"body.text"``).  Other keys are
    kept as they are.

    >>> clean_record({"id": 1, "text": "a  b"})
    {'id': 1, 'text': 'a b'}
    """
    value = lookup(record, field)
    if not isinstance(value, str):
        raise TypeError(f"field {field!r} holds {type(value).__name__}, not str")
    return replaced(record, field, clean(value, lang=lang))
