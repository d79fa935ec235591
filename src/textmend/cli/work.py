"""Cleaning one item (a whole document or one JSONL line): the work a worker process does."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import IO, Any, NamedTuple

from ..api import default_pipeline
from ..pipeline import Pipeline
from ..registry import NORMALIZERS, build
from ..result import Result
from .args import EDITS_KEY

__all__ = ["BATCH_BYTES", "BATCH_ITEMS", "Item", "Job", "Outcome", "batches", "pipeline_for", "read_items", "run_batch"]

# A batch is what one worker call gets: big enough to amortise inter-process
# traffic, small enough that a few of them per worker keep memory bounded.
BATCH_BYTES = 1 << 19
BATCH_ITEMS = 512


@dataclass(frozen=True)
class Job:
    """Everything a worker process needs to clean an item: plain data, so it pickles."""

    lang: str = "en"
    only: tuple[str, ...] = ()
    skip: tuple[str, ...] = ()
    add: tuple[str, ...] = ()
    jsonl: bool = False
    field: str = "text"
    add_edits: bool = False
    mode: str = "clean"  # clean | diff | explain | check
    encoding: str = "utf-8"
    errors: str = "strict"
    color: bool = False


class Item(NamedTuple):
    """One document (a whole file) or one JSONL line, still as bytes."""

    src: int  # index of the input it came from
    name: str  # how messages name that input
    lineno: int  # JSONL line number; 0 for a whole document
    raw: bytes
    read_error: str | None = None


class Outcome(NamedTuple):
    """What became of one item: bytes to write, and what to count."""

    src: int
    out: bytes
    nbytes: int  # input bytes consumed (for the progress bar)
    documents: int
    chars: int
    counts: dict[str, int] | None  # edits by normalizer
    edits: int
    changed: bool
    error: str | None = None
    fatal: bool = False  # an error --skip-bad cannot pass over (nothing to pass through)


@lru_cache(maxsize=8)
def pipeline_for(lang: str, only: tuple[str, ...], skip: tuple[str, ...], add: tuple[str, ...] = ()) -> Pipeline:
    """The pipeline for these options, rebuilt by name in each worker (and cached there).

    The default pipeline, plus the registered normalizers it does not run
    (opt-in ones) named by ``add`` or ``only``, after the default ones; then
    ``only`` and ``skip`` select from it.

    >>> pipeline_for("en", ("repeats", "whitespace"), ()).names
    ('whitespace', 'repeats')
    """
    pipeline = default_pipeline(lang)
    extra = [n for n in dict.fromkeys(add + only) if n not in pipeline.names]
    if extra:
        unknown = [n for n in extra if n not in NORMALIZERS]
        if unknown:
            raise ValueError(f"unknown normalizer {', '.join(map(repr, unknown))}; known: {', '.join(NORMALIZERS)}")
        added = [build(n, lang=lang) for n in extra]
        pipeline = Pipeline(list(pipeline.normalizers) + added, on_error=pipeline.on_error)
    if only:
        pipeline = pipeline.only(only)
    if skip:
        pipeline = pipeline.skip(skip)
    return pipeline


def run_batch(job: Job, batch: Sequence[Item]) -> list[Outcome]:
    """Clean a batch of items; the unit of work of ``--jobs``."""
    pipeline = pipeline_for(job.lang, job.only, job.skip, job.add)
    handle = _handle_line if job.jsonl else _handle_document
    return [handle(job, pipeline, item) for item in batch]


# --------------------------------------------------------------------------- #
# Reading.


def read_items(sources: Sequence[tuple[str, str | None]], jsonl: bool, stdin: IO[bytes]) -> Iterator[Item]:
    """Items from every input in order; a read failure becomes an item too, so it keeps its place."""
    for src, (name, path) in enumerate(sources):
        try:
            fh = stdin if path is None else open(path, "rb")
        except OSError as exc:
            yield Item(src, name, 0, b"", f"{name}: cannot read: {exc.strerror or exc}")
            continue
        try:
            if jsonl:
                for lineno, raw in enumerate(fh, 1):
                    yield Item(src, name, lineno, raw)
            else:
                yield Item(src, name, 0, fh.read())
        except OSError as exc:
            yield Item(src, name, 0, b"", f"{name}: cannot read: {exc.strerror or exc}")
        finally:
            if path is not None:
                fh.close()


def batches(items: Iterable[Item]) -> Iterator[list[Item]]:
    """Items grouped into batches of about :data:`BATCH_BYTES` or :data:`BATCH_ITEMS`."""
    batch: list[Item] = []
    size = 0
    for item in items:
        batch.append(item)
        size += len(item.raw)
        if size >= BATCH_BYTES or len(batch) >= BATCH_ITEMS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


# --------------------------------------------------------------------------- #
# Cleaning one item.


def _out_errors(errors: str, for_humans: bool) -> str:
    if errors == "surrogateescape":
        return errors  # gives back the very bytes that did not decode
    if for_humans:
        return "backslashreplace"
    return "replace" if errors == "replace" else "strict"


def _cannot_decode(job: Job) -> str:
    codec = codecs.lookup(job.encoding).name
    return "not UTF-8" if codec in ("utf-8", "utf-8-sig") else f"not valid {job.encoding}"


def _bad(job: Job, item: Item, message: str) -> Outcome:
    # Only the cleaning output passes a bad item through; a diff or an explanation has nothing to say.
    out = item.raw if job.mode == "clean" else b""
    return Outcome(item.src, out, len(item.raw), 0, 0, None, 0, False, message)


def _diff_labels(name: str) -> tuple[str, str]:
    # a/ and b/ as git writes them, so `textmend --diff FILE | patch -p1` applies.
    return (name, name) if name.startswith(("/", "<")) else (f"a/{name}", f"b/{name}")


def _handle_document(job: Job, pipeline: Pipeline, item: Item) -> Outcome:
    if item.read_error is not None:
        return Outcome(item.src, b"", 0, 0, 0, None, 0, False, item.read_error, fatal=True)
    raw = item.raw
    try:
        text = raw.decode(job.encoding, job.errors)
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return _bad(
            job, item, f"{item.name}:{line}: {_cannot_decode(job)} (byte 0x{raw[exc.start]:02x} at column {col})"
        )
    # A file's byte order mark is its encoding signature, not text damage: set it
    # aside (the invisible and whitespace normalizers would take it out).
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    result = pipeline.mend(text[len(bom) :])
    if job.mode == "clean":
        try:
            out = (bom + result.text).encode(job.encoding, _out_errors(job.errors, False)) if result.edits else raw
        except UnicodeEncodeError as exc:
            return _bad(job, item, f"{item.name}: cleaned text cannot be written as {job.encoding} ({exc.reason})")
    elif job.mode == "diff":
        out = _encode_for_humans(job, result.diff(*_diff_labels(item.name), color=job.color))
    elif job.mode == "explain":
        out = _encode_for_humans(job, _explain(result, f"{item.name}:"))
    else:
        out = b""
    return _counted(item, out, result)


def _handle_line(job: Job, pipeline: Pipeline, item: Item) -> Outcome:
    if item.read_error is not None:
        return Outcome(item.src, b"", 0, 0, 0, None, 0, False, item.read_error, fatal=True)
    raw = item.raw
    body, eol = _split_eol(raw)
    if not body.strip():
        return Outcome(item.src, raw if job.mode == "clean" else b"", len(raw), 0, 0, None, 0, False)
    where = f"{item.name}:{item.lineno}"
    try:
        line = body.decode(job.encoding, job.errors)
    except UnicodeDecodeError as exc:
        return _bad(job, item, f"{where}: {_cannot_decode(job)} (byte 0x{body[exc.start]:02x} at byte {exc.start + 1})")
    bom = ""
    if item.lineno == 1 and line.startswith("\ufeff"):
        bom, line = "\ufeff", line[1:]
    try:
        record = json.loads(line)
    except ValueError as exc:
        detail = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        col = f": column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
        return _bad(job, item, f"{where}: not valid JSON ({detail}{col})")
    if not isinstance(record, dict):
        return _bad(job, item, f"{where}: not a JSON object")
    keys = job.field.split(".")
    parent: Any = record
    for key in keys[:-1]:
        parent = parent.get(key) if isinstance(parent, dict) else None
    if not isinstance(parent, dict) or keys[-1] not in parent:
        return _bad(job, item, f'{where}: field "{job.field}" missing')
    value = parent[keys[-1]]
    if not isinstance(value, str):
        kind = "null" if value is None else type(value).__name__
        return _bad(job, item, f'{where}: field "{job.field}" is {kind}, not a string')

    result = pipeline.mend(value)
    if job.mode == "clean":
        if not result.edits and not job.add_edits:
            out = raw  # byte for byte: no re-serialisation drift in records we did not touch
        else:
            parent[keys[-1]] = result.text
            if job.add_edits:
                record[EDITS_KEY] = [_edit_dict(e) for e in result.edits]
            try:
                out = (bom + _dumps_like(record, body)).encode(job.encoding, _out_errors(job.errors, False)) + eol
            except UnicodeEncodeError:
                # A lone surrogate, or a character the encoding lacks: JSON escapes can say anything.
                out = (bom + _dumps_like(record, body, ascii_only=True)).encode(job.encoding, "surrogateescape") + eol
    elif job.mode == "diff":
        label = f"{where} {job.field}"
        out = _encode_for_humans(job, result.diff(label, label, color=job.color, mark_eof=False))
    elif job.mode == "explain":
        out = _encode_for_humans(job, _explain(result, f"{where} {job.field}:"))
    else:
        out = b""
    return _counted(item, out, result)


def _counted(item: Item, out: bytes, result: Result) -> Outcome:
    counts = result.by_normalizer() if result.edits else None
    return Outcome(item.src, out, len(item.raw), 1, len(result.original), counts, len(result.edits), bool(result.edits))


def _split_eol(raw: bytes) -> tuple[bytes, bytes]:
    if raw.endswith(b"\r\n"):
        return raw[:-2], b"\r\n"
    if raw.endswith(b"\n"):
        return raw[:-1], b"\n"
    return raw, b""


def _dumps_like(record: dict[str, Any], original: bytes, ascii_only: bool = False) -> str:
    """Serialise ``record`` in the style of the line it came from (compact or spaced, escaped or not)."""
    compact = b'": ' not in original and b'", ' not in original
    separators = (",", ":") if compact else (", ", ": ")
    ascii_only = ascii_only or (original.isascii() and b"\\u" in original)
    return json.dumps(record, ensure_ascii=ascii_only, separators=separators)


def _edit_dict(e: Any) -> dict[str, Any]:
    return {"start": e.start, "end": e.end, "old": e.old, "new": e.new, "normalizer": e.normalizer, "reason": e.reason}


def _encode_for_humans(job: Job, text: str) -> bytes:
    return text.encode(job.encoding, _out_errors(job.errors, True))


def _explain(result: Result, prefix: str) -> str:
    return "".join(line + "\n" for line in result.explain_lines(prefix))
