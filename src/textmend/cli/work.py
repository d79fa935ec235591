"""Cleaning one item (a whole document or one JSONL line): the work a worker process does."""

from __future__ import annotations

import codecs
import json
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import IO, Any, NamedTuple

from ..api import default_pipeline
from ..fields import lookup
from ..pipeline import Pipeline
from ..registry import NORMALIZERS, build
from ..result import Result
from . import jsonl
from .args import EDITS_KEY

__all__ = ["BATCH_BYTES", "BATCH_ITEMS", "Item", "Job", "Outcome", "batches", "pipeline_for", "read_items", "run_batch"]

# A batch is what one worker call gets: big enough to amortise inter-process
# traffic, small enough that a few of them per worker keep memory bounded.
BATCH_BYTES = 1 << 19
BATCH_ITEMS = 512


@dataclass(frozen=True)
class Job:
    """Everything a worker process needs to clean an item: plain data, so it pickles."""

    lang: str = "auto"
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
    keep_results: bool = False  # send each Result back (for --report), not only its counts


class Item(NamedTuple):
    """One document (a whole file) or one JSONL line, as bytes (or, where lines are split after decoding, text)."""

    src: int  # index of the input it came from
    name: str  # how messages name that input
    lineno: int  # JSONL line number; 0 for a whole document
    raw: bytes
    read_error: str | None = None
    codec: str = "utf-8"  # the codec of the bytes after the signature (utf-16 resolved to utf-16-le or -be)
    prefix: bytes = b""  # the input's encoding signature (BOM), written back before this item's output
    text: str | None = None  # the decoded line, for encodings whose lines cannot be split as bytes

    def size(self) -> int:
        """Input bytes this item stands for (about, for a decoded line)."""
        return len(self.prefix) + (len(self.raw) if self.text is None else len(self.text.encode(self.codec, "replace")))


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
    location: str = ""  # FILE for a document, FILE:LINE for a record (how errors name them)
    result: Result | None = None  # only with Job.keep_results
    seconds: float = 0.0  # time spent cleaning it, with Job.keep_results


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


def read_items(
    sources: Sequence[tuple[str, str | None]], jsonl: bool, stdin: IO[bytes], encoding: str = "utf-8", errors: str = "strict"
) -> Iterator[Item]:
    """Items from every input in order; a read failure becomes an item too, so it keeps its place.

    Each input's encoding signature (a byte order mark) is set aside, to be
    written back before its output.  JSON lines are split on the byte ``0x0A``
    only in encodings where that byte is always a line feed (UTF-8, Latin-1,
    ...); in the others (UTF-16, UTF-32, EBCDIC) the stream is decoded first,
    then split into lines.
    """
    for src, (name, path) in enumerate(sources):
        try:
            fh = stdin if path is None else open(path, "rb")
        except OSError as exc:
            yield Item(src, name, 0, b"", f"{name}: cannot read: {exc.strerror or exc}")
            continue
        try:
            if not jsonl:
                raw = fh.read()
                prefix, codec = signature(encoding, raw)
                yield Item(src, name, 0, raw[len(prefix) :], codec=codec, prefix=prefix)
            elif splits_on_line_feed_byte(encoding):
                for lineno, raw in enumerate(fh, 1):
                    prefix, codec = signature(encoding, raw) if lineno == 1 else (b"", codec)
                    yield Item(src, name, lineno, raw[len(prefix) :], codec=codec, prefix=prefix)
            else:
                yield from _decoded_line_items(src, name, fh, encoding, errors)
        except OSError as exc:
            yield Item(src, name, 0, b"", f"{name}: cannot read: {exc.strerror or exc}")
        finally:
            if path is not None:
                fh.close()


_READ_CHUNK = 1 << 20

# Strict decoding, but an undecodable stretch becomes this mark instead of an
# exception, so the line it is on can be named.  A lone surrogate: no strict
# decoder produces one from valid input.
_UNDECODABLE = "\udc00"
_MARK_ERRORS = "textmend.mark-undecodable"
codecs.register_error(_MARK_ERRORS, lambda exc: (_UNDECODABLE, exc.end))  # type: ignore[arg-type, return-value]


def _decoded_line_items(src: int, name: str, fh: IO[bytes], encoding: str, errors: str) -> Iterator[Item]:
    head = fh.read(_READ_CHUNK)
    prefix, codec = signature(encoding, head)
    marking = errors == "strict"
    decoder = codecs.getincrementaldecoder(codec)(_MARK_ERRORS if marking else errors)
    chunk, pieces, lineno = head[len(prefix) :], [], 0

    def item(line: str) -> Item:
        error = None
        if marking and _UNDECODABLE in line:
            column = line.index(_UNDECODABLE) + 1
            error = f"{name}:{lineno}: not valid {encoding} (undecodable bytes at character {column})"
        return Item(src, name, lineno, b"", error, codec, prefix if lineno == 1 else b"", line)

    while True:
        text = decoder.decode(chunk, final=not chunk)
        start = 0
        while (nl := text.find("\n", start)) >= 0:
            pieces.append(text[start : nl + 1])
            lineno += 1
            yield item("".join(pieces))
            pieces, start = [], nl + 1
        if start < len(text):
            pieces.append(text[start:])  # a line longer than a chunk: joined once, when it ends
        if not chunk:
            break
        chunk = fh.read(_READ_CHUNK)
    if pieces:
        lineno += 1
        yield item("".join(pieces))


def signature(encoding: str, head: bytes) -> tuple[bytes, str]:
    """The byte order mark ``head`` starts with, if ``encoding`` has one, and the codec for the rest.

    UTF-16 and UTF-32 resolve to the byte order the mark says (or, without a
    mark, the one Python's decoder assumes), so that the output is written in
    that same order, with the same mark or none.

    >>> signature("utf-16", b"\\xfe\\xff\\x00a")
    (b'\\xfe\\xff', 'utf-16-be')
    >>> signature("utf-8-sig", b"plain")
    (b'', 'utf-8')
    """
    name = codecs.lookup(encoding).name
    if name in ("utf-8", "utf-8-sig"):
        return (codecs.BOM_UTF8, "utf-8") if head.startswith(codecs.BOM_UTF8) else (b"", "utf-8")
    if name in ("utf-16", "utf-32"):
        marks = (
            ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"))
            if name == "utf-32"
            else ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
        )
        for mark, codec in marks:
            if head.startswith(mark):
                return mark, codec
        return b"", f"{name}-{'le' if sys.byteorder == 'little' else 'be'}"
    return b"", name


@lru_cache(maxsize=16)
def splits_on_line_feed_byte(encoding: str) -> bool:
    """Whether, in ``encoding``, the byte 0x0A is always a line feed, so lines can be split as bytes.

    True where ASCII is encoded as itself (UTF-8, Latin-1, Windows code pages,
    the East Asian multi-byte encodings, whose continuation bytes are all
    above 0x3F); False for UTF-16 and UTF-32 (``\\n`` is two or four bytes, and
    0x0A is half of many characters) and for EBCDIC.

    >>> splits_on_line_feed_byte("utf-8"), splits_on_line_feed_byte("utf-16")
    (True, False)
    """
    ascii_text = "".join(map(chr, range(1, 128)))
    try:
        encoded = ascii_text.encode(encoding)
    except (UnicodeError, LookupError):
        return False
    return encoded.removeprefix(codecs.BOM_UTF8) == ascii_text.encode("ascii")


def batches(items: Iterable[Item]) -> Iterator[list[Item]]:
    """Items grouped into batches of about :data:`BATCH_BYTES` or :data:`BATCH_ITEMS`."""
    batch: list[Item] = []
    size = 0
    for item in items:
        batch.append(item)
        size += item.size()
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


def _original_bytes(job: Job, item: Item) -> bytes:
    """The item's input exactly as read (for a decoded line, encoded back)."""
    if item.text is None:
        return item.prefix + item.raw
    return item.prefix + item.text.encode(item.codec, _out_errors(job.errors, False))


def _bad(job: Job, item: Item, message: str) -> Outcome:
    # Only the cleaning output passes a bad item through; a diff or an explanation has nothing to say.
    out = _original_bytes(job, item) if job.mode == "clean" else b""
    return Outcome(item.src, out, item.size(), 0, 0, None, 0, False, message)


def _diff_labels(name: str) -> tuple[str, str]:
    # a/ and b/ as git writes them, so `textmend --diff FILE | patch -p1` applies.
    return (name, name) if name.startswith(("/", "<")) else (f"a/{name}", f"b/{name}")


def _handle_document(job: Job, pipeline: Pipeline, item: Item) -> Outcome:
    if item.read_error is not None:
        return Outcome(item.src, b"", 0, 0, 0, None, 0, False, item.read_error, fatal=True)
    raw = item.raw
    try:
        text = raw.decode(item.codec, job.errors)
    except UnicodeDecodeError as exc:
        # Line and column counted in decoded text: in UTF-16 the byte 0x0A is not always a line feed.
        before = raw[: exc.start].decode(item.codec, "replace")
        line = before.count("\n") + 1
        col = len(before) - (before.rfind("\n") + 1) + 1
        return _bad(
            job, item, f"{item.name}:{line}: {_cannot_decode(job)} (byte 0x{raw[exc.start]:02x} at column {col})"
        )
    # A byte order mark the codec decoded as text (utf-16-le named explicitly) is
    # still the file's signature, not damage: set it aside (the invisible and
    # whitespace normalizers would take it out).
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    started = time.perf_counter()
    result = pipeline.mend(text[len(bom) :])
    seconds = time.perf_counter() - started
    if job.mode == "clean":
        if not result.edits:
            out = item.prefix + raw
        else:
            try:
                out = item.prefix + (bom + result.text).encode(item.codec, _out_errors(job.errors, False))
            except UnicodeEncodeError as exc:
                return _bad(job, item, f"{item.name}: cleaned text cannot be written as {job.encoding} ({exc.reason})")
    elif job.mode == "diff":
        out = _encode_for_humans(job, item, result.diff(*_diff_labels(item.name), color=job.color))
    elif job.mode == "explain":
        out = _encode_for_humans(job, item, _explain(result, f"{item.name}:"))
    else:
        out = b""
    return _counted(job, item, out, result, seconds)


def _handle_line(job: Job, pipeline: Pipeline, item: Item) -> Outcome:
    if item.read_error is not None:
        return Outcome(item.src, b"", 0, 0, 0, None, 0, False, item.read_error, fatal=True)
    where = f"{item.name}:{item.lineno}"
    if item.text is None:
        body, eol_bytes = _split_eol(item.raw)
        if not body.strip():
            return Outcome(item.src, _original_bytes(job, item) if job.mode == "clean" else b"", item.size(), 0, 0, None, 0, False)
        try:
            line = body.decode(item.codec, job.errors)
        except UnicodeDecodeError as exc:
            return _bad(
                job, item, f"{where}: {_cannot_decode(job)} (byte 0x{body[exc.start]:02x} at byte {exc.start + 1})"
            )
    else:
        line, eol = _split_eol_text(item.text)
        if not line.strip():
            return Outcome(item.src, _original_bytes(job, item) if job.mode == "clean" else b"", item.size(), 0, 0, None, 0, False)
        eol_bytes = eol.encode(item.codec)
    bom = ""
    if item.lineno == 1 and line.startswith("\ufeff"):  # a mark the codec decoded as text
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
    try:
        value = lookup(record, job.field)
    except KeyError:
        return _bad(job, item, f'{where}: field "{job.field}" missing')
    if not isinstance(value, str):
        kind = "null" if value is None else type(value).__name__
        return _bad(job, item, f'{where}: field "{job.field}" is {kind}, not a string')

    started = time.perf_counter()
    result = pipeline.mend(value)
    seconds = time.perf_counter() - started
    if job.mode == "clean":
        if not result.edits and not job.add_edits:
            out = _original_bytes(job, item)  # byte for byte: a record we did not touch
        else:
            # Only the field's value (and the edits member) change: every other byte stays.
            ascii_only = line.isascii() and "\\u" in line  # the line escapes what is not ASCII: so do we
            try:
                new_line = _rewritten(job, line, keys, result, ascii_only)
                out = item.prefix + (bom + new_line).encode(item.codec, _out_errors(job.errors, False)) + eol_bytes
            except UnicodeEncodeError:
                # A lone surrogate, or a character the encoding lacks: JSON escapes can say anything.
                new_line = _rewritten(job, line, keys, result, ascii_only=True)
                out = item.prefix + (bom + new_line).encode(item.codec, _out_errors(job.errors, False)) + eol_bytes
    elif job.mode == "diff":
        label = f"{where} {job.field}"
        out = _encode_for_humans(job, item, result.diff(label, label, color=job.color, mark_eof=False))
    elif job.mode == "explain":
        out = _encode_for_humans(job, item, _explain(result, f"{where} {job.field}:"))
    else:
        out = b""
    return _counted(job, item, out, result, seconds)


def _rewritten(job: Job, line: str, keys: list[str], result: Result, ascii_only: bool) -> str:
    if result.edits:
        line = jsonl.splice(line, keys, result.text, ascii_only)
    if job.add_edits:
        edits = [_edit_dict(e) for e in result.edits]
        line = jsonl.set_member(line, EDITS_KEY, jsonl.dumps(edits, ascii_only, jsonl.separators_like(line)))
    return line


def _counted(job: Job, item: Item, out: bytes, result: Result, seconds: float) -> Outcome:
    counts = result.by_normalizer() if result.edits else None
    kept = job.keep_results
    return Outcome(
        item.src,
        out,
        item.size(),
        1,
        len(result.original),
        counts,
        len(result.edits),
        bool(result.edits),
        location=(f"{item.name}:{item.lineno}" if item.lineno else item.name) if kept else "",
        result=result if kept else None,
        seconds=seconds if kept else 0.0,
    )


def _split_eol(raw: bytes) -> tuple[bytes, bytes]:
    if raw.endswith(b"\r\n"):
        return raw[:-2], b"\r\n"
    if raw.endswith(b"\n"):
        return raw[:-1], b"\n"
    return raw, b""


def _split_eol_text(text: str) -> tuple[str, str]:
    if text.endswith("\r\n"):
        return text[:-2], "\r\n"
    if text.endswith("\n"):
        return text[:-1], "\n"
    return text, ""


def _edit_dict(e: Any) -> dict[str, Any]:
    return {"start": e.start, "end": e.end, "old": e.old, "new": e.new, "normalizer": e.normalizer, "reason": e.reason}


def _encode_for_humans(job: Job, item: Item, text: str) -> bytes:
    # In the input's codec without its signature: a report is many pieces, and a mark before each would be noise.
    return text.encode(item.codec, _out_errors(job.errors, True))


def _explain(result: Result, prefix: str) -> str:
    return "".join(line + "\n" for line in result.explain_lines(prefix))
