"""Rewriting one field of a JSON line in place, so that every other byte of the record stays as it was.

Re-serialising a parsed record would change what the reader never asked us to
touch: ``1e400`` would become ``Infinity`` (not JSON), long floats would lose
digits, ``1E5`` would become ``100000.0``, ``-0`` would become ``0``,
duplicate keys would collapse and ``\\/`` would lose its backslash.  Instead
the line is scanned for where the field's value stands, and only that value
is replaced.  The line has been parsed by :func:`json.loads` first, so the
scan may take it to be valid JSON.

>>> line = '{"n": 1E5, "text": "a  b", "x": -0}'
>>> splice(line, ["text"], "a b", ascii_only=False)
'{"n": 1E5, "text": "a b", "x": -0}'
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Any

__all__ = ["dumps", "separators_like", "set_member", "splice", "value_span"]

_WHITESPACE = " \t\r\n"  # JSON's whitespace, and only that
_DECODER = json.JSONDecoder()


def dumps(value: Any, ascii_only: bool, separators: tuple[str, str] = (", ", ": ")) -> str:
    """``value`` as JSON text, with U+2028 and U+2029 escaped.

    JSON allows them raw inside a string, but many readers (JavaScript before
    ES2019, line splitters that follow Unicode) take them for line breaks.

    >>> dumps("a\\u2028b", ascii_only=False)
    '"a\\\\u2028b"'
    """
    text = json.dumps(value, ensure_ascii=ascii_only, separators=separators)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def separators_like(line: str) -> tuple[str, str]:
    """The separators the line itself uses: compact (``,`` ``:``) or spaced (``, `` ``: ``)."""
    compact = '": ' not in line and '", ' not in line
    return (",", ":") if compact else (", ", ": ")


def _skip_space(s: str, i: int) -> int:
    while i < len(s) and s[i] in _WHITESPACE:
        i += 1
    return i


def _members(s: str, i: int) -> Iterator[tuple[str, int, int]]:
    """(key, value start, value end) of each member of the object opening at ``s[i]``, duplicates included."""
    i = _skip_space(s, i + 1)
    if s[i] == "}":
        return
    while True:
        key, i = scanstring(s, i + 1)
        start = _skip_space(s, _skip_space(s, i) + 1)  # past the colon
        _, end = _DECODER.raw_decode(s, start)
        yield key, start, end
        i = _skip_space(s, end)
        if s[i] != ",":
            return
        i = _skip_space(s, i + 1)


def value_span(line: str, keys: Sequence[str]) -> tuple[int, int] | None:
    """Where the value at ``keys`` (a dotted path, split) stands in ``line``, or None.

    Of duplicate keys the last counts, as it does for :func:`json.loads`.

    >>> value_span('{"a": {"b": 1, "b": "x"}}', ["a", "b"])
    (20, 23)
    """
    i = _skip_space(line, 0)
    span = None
    for key in keys:
        if i >= len(line) or line[i] != "{":
            return None
        span = None
        for name, start, end in _members(line, i):
            if name == key:
                span = (start, end)
        if span is None:
            return None
        i = span[0]
    return span


def splice(line: str, keys: Sequence[str], value: str, ascii_only: bool) -> str:
    """``line`` with the string at ``keys`` replaced by ``value``; every other character kept.

    >>> splice('{"id":1.10,"body":{"text":"a  b"}}', ["body", "text"], "a b", ascii_only=True)
    '{"id":1.10,"body":{"text":"a b"}}'
    """
    span = value_span(line, keys)
    if span is None:
        raise KeyError(".".join(keys))
    start, end = span
    return line[:start] + dumps(value, ascii_only) + line[end:]


def set_member(line: str, key: str, value_json: str) -> str:
    """``line`` with top-level ``key`` set to the JSON text ``value_json``.

    A key the record has (its last copy, if duplicated) gets the new value
    where it stands; otherwise the member is added after the last one, with
    the line's own separators.

    >>> set_member('{"text": "a"}', "edits", "[]")
    '{"text": "a", "edits": []}'
    >>> set_member('{"edits":[1],"text":"a"}', "edits", "[]")
    '{"edits":[],"text":"a"}'
    >>> set_member('{ }', "edits", "[]")
    '{ "edits":[]}'
    """
    open_at = _skip_space(line, 0)
    found = None
    last_end = None
    for name, start, end in _members(line, open_at):
        if name == key:
            found = (start, end)
        last_end = end
    if found is not None:
        return line[: found[0]] + value_json + line[found[1] :]
    comma, colon = separators_like(line)
    member = json.dumps(key) + colon + value_json
    if last_end is None:  # an empty object: the member goes just before its closing brace
        close = line.index("}", open_at)
        return line[:close] + member + line[close:]
    return line[:last_end] + comma + member + line[last_end:]
