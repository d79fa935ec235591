"""Dotted field paths into nested records (``body.text``): one reading for the API, the command and Dask.

>>> record = {"id": 1, "body": {"text": "a  b", "lang": "en"}}
>>> lookup(record, "body.text")
'a  b'
>>> replaced(record, "body.text", "a b")
{'id': 1, 'body': {'text': 'a b', 'lang': 'en'}}
>>> record["body"]["text"]  # the input is left as it was
'a  b'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["lookup", "replaced"]


def lookup(record: Any, field: str) -> Any:
    """The value at ``field`` (keys joined by dots) in nested mappings.

    Raises :class:`KeyError` naming where the path breaks: a key on the way
    that is missing or does not hold a mapping, or a missing last key.

    >>> lookup({"body": "x"}, "body.text")
    Traceback (most recent call last):
    ...
    KeyError: "record has no mapping at 'body' on the way to field 'body.text'"
    """
    keys = field.split(".")
    node = record
    for key in keys[:-1]:
        node = node.get(key) if isinstance(node, Mapping) else None
        if not isinstance(node, Mapping):
            raise KeyError(f"record has no mapping at {key!r} on the way to field {field!r}")
    if not isinstance(node, Mapping) or keys[-1] not in node:
        raise KeyError(f"record has no field {field!r}")
    return node[keys[-1]]


def replaced(record: Mapping[str, Any], field: str, value: Any) -> dict[str, Any]:
    """A copy of ``record`` with ``value`` at ``field``; each mapping on the way is copied, not changed.

    The path must exist (see :func:`lookup`).
    """
    keys = field.split(".")
    out = dict(record)
    node = out
    for key in keys[:-1]:
        node[key] = dict(node[key])
        node = node[key]
    node[keys[-1]] = value
    return out
