"""The ``textmend`` command: clean files, streams and JSONL corpora; show what changed.

``main(argv)`` runs it and returns the exit status (the console script and
``python -m textmend`` call :func:`main_entry`).  Exit status:

* 0: done (with ``--check``: nothing would change);
* 1: ``--check`` found text that would change;
* 2: usage error;
* 3: bad input (unreadable file, text that does not decode, a JSONL line that
  is not JSON or lacks the field), or output that cannot be written; what was
  written to standard output before it stays written, whole;
* 130: interrupted; 141: the reader of standard output went away (``| head``).

Input is read as bytes and decoded here, so line endings (``\\r\\n``) pass
through untouched and a decoding error can name its line.  A JSONL stream is
read line by line and cleaned in batches (in worker processes with
``--jobs``), never whole; a record that does not change is copied byte for
byte.

>>> main(["--list"])  # doctest: +ELLIPSIS
invisible    ...
0
"""

from __future__ import annotations

import argparse
import codecs
import json
import multiprocessing
import os
import re
import signal
import sys
import tempfile
from bisect import bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import IO, Any, NamedTuple, TypeVar

from .api import DEFAULT_ORDER, default_pipeline
from .pipeline import Pipeline
from .registry import NORMALIZERS, build, normalizer_class
from .result import Result

__all__ = ["main", "main_entry"]

EXIT_OK = 0
EXIT_CHANGED = 1
EXIT_USAGE = 2
EXIT_BAD_INPUT = 3
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # what a shell reports for a process killed by SIGPIPE, like `cat big | head`

STDIN_NAME = "<stdin>"
EDITS_KEY = "edits"

# A batch is what one worker call gets: big enough to amortise inter-process
# traffic, small enough that a few of them per worker keep memory bounded.
BATCH_BYTES = 1 << 19
BATCH_ITEMS = 512
BATCHES_IN_FLIGHT_PER_JOB = 4

_COLORS = {"header": "\033[1m", "hunk": "\033[36m", "-": "\033[31m", "+": "\033[32m"}
_RESET = "\033[0m"
_LANG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")


# --------------------------------------------------------------------------- #
# What a worker needs to know, and what it sends back.


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
def _pipeline(lang: str, only: tuple[str, ...], skip: tuple[str, ...], add: tuple[str, ...] = ()) -> Pipeline:
    """The pipeline for these options, rebuilt by name in each worker (and cached there).

    The default pipeline, plus the registered normalizers it does not run
    (opt-in ones) named by ``add`` or ``only``, after the default ones; then
    ``only`` and ``skip`` select from it.

    >>> _pipeline("en", ("repeats", "whitespace"), ()).names
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
    pipeline = _pipeline(job.lang, job.only, job.skip, job.add)
    handle = _handle_line if job.jsonl else _handle_document
    return [handle(job, pipeline, item) for item in batch]


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
        # a/ and b/ as git writes them, so `textmend --diff FILE | patch -p1` applies.
        a, b = (item.name, item.name) if item.name.startswith(("/", "<")) else (f"a/{item.name}", f"b/{item.name}")
        out = _encode_for_humans(job, _diff(result, a, b, job.color))
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
        out = _encode_for_humans(job, _diff(result, label, label, job.color, mark_eof=False))
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
    """``prefix`` + ``line:col normalizer: old -> new (reason)``, one line per edit."""
    lines = []
    for e in result.edits:
        line, col = result.line_col(e.start)
        lines.append(f"{prefix}{line}:{col} {e.normalizer}: {e.old!r} -> {e.new!r} ({e.reason})\n")
    return "".join(lines)


def _lines(text: str) -> list[str]:
    # str.splitlines would also split on \r, \x0c, \u2028...: a diff's lines are \n lines.
    parts = text.split("\n")
    lines = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def unified_diff(result: Result, from_label: str, to_label: str, context: int = 3) -> Iterator[str]:
    """The unified diff from ``result.original`` to ``result.text``, in lines (with their ``\n``).

    Built from the edits, so it costs time in proportion to the text, where
    difflib would compare every line with every other.

    >>> from textmend import mend
    >>> print("".join(unified_diff(mend("ok\\na  b\\nok\\n"), "a/x", "b/x")), end="")
    --- a/x
    +++ b/x
    @@ -1,3 +1,3 @@
     ok
    -a  b
    +a b
     ok
    """
    old, edits = result.original, result.edits
    if not edits:
        return
    starts = [0] + [m.end() for m in re.finditer("\n", old)]
    bounds = starts + [len(old)]  # line k is old[bounds[k]:bounds[k + 1]]
    slots = len(starts)  # the last slot is empty when the text ends with \n
    n_lines = slots - 1 if not old or old.endswith("\n") else slots

    def line_of(pos: int) -> int:
        return bisect_right(starts, pos) - 1

    # Changed blocks: whole original lines [a, b) and what they become.  A
    # block grows until its new text ends a line, so that the lines after it
    # are the same lines on both sides.
    blocks: list[tuple[int, int, list[str], list[str]]] = []
    i = 0
    while i < len(edits):
        a = line_of(edits[i].start)
        b = a + 1
        j = i
        while True:
            while j < len(edits) and line_of(edits[j].start) < b:
                e = edits[j]
                b = max(b, line_of(e.end - 1 if e.end > e.start else e.start) + 1)
                j += 1
            parts, pos = [], bounds[a]
            for e in edits[i:j]:
                parts += [old[pos : e.start], e.new]
                pos = e.end
            new_chunk = "".join(parts) + old[pos : bounds[b]]
            if new_chunk.endswith("\n") or b >= slots:
                break
            b += 1
        old_lines, new_lines = _lines(old[bounds[a] : bounds[b]]), _lines(new_chunk)
        if blocks and blocks[-1][1] == a:  # adjacent changed lines read as one change: all -, then all +
            a0, _, old0, new0 = blocks.pop()
            a, old_lines, new_lines = a0, old0 + old_lines, new0 + new_lines
        blocks.append((a, b, old_lines, new_lines))
        i = j

    yield f"--- {from_label}\n"
    yield f"+++ {to_label}\n"
    delta = 0  # new line number minus old line number, before the current hunk
    k = 0
    while k < len(blocks):
        group = [blocks[k]]
        k += 1
        while k < len(blocks) and blocks[k][0] - group[-1][1] <= 2 * context:
            group.append(blocks[k])
            k += 1
        first = max(0, group[0][0] - context)
        stop = max(group[-1][1], min(n_lines, group[-1][1] + context))
        body: list[str] = []
        pos, growth = first, 0
        for a, b, old_lines, new_lines in group:
            body += [" " + line for line in _lines(old[bounds[pos] : bounds[a]])]
            body += ["-" + line for line in old_lines]
            body += ["+" + line for line in new_lines]
            growth += len(new_lines) - len(old_lines)
            pos = b
        body += [" " + line for line in _lines(old[bounds[pos] : bounds[stop]])]
        old_len = len(_lines(old[bounds[first] : bounds[stop]]))
        yield f"@@ -{_range(first, old_len)} +{_range(first + delta, old_len + growth)} @@\n"
        yield from body
        delta += growth


def _range(start: int, length: int) -> str:
    if length == 1:
        return str(start + 1)
    return f"{start + (length > 0)},{length}"


def _diff(result: Result, from_label: str, to_label: str, color: bool, mark_eof: bool = True) -> str:
    out = []
    for line in unified_diff(result, from_label, to_label):
        newline = "\n"
        if not line.endswith("\n"):
            newline = "\n\\ No newline at end of file\n" if mark_eof else "\n"
        else:
            line = line[:-1]
        if color:
            if line.startswith(("---", "+++")):
                style = _COLORS["header"]
            elif line.startswith("@@"):
                style = _COLORS["hunk"]
            else:
                style = _COLORS.get(line[:1], "")
            if style:
                line = f"{style}{line}{_RESET}"
        out.append(line + newline)
    return "".join(out)


# --------------------------------------------------------------------------- #
# Reading inputs and running batches in order.


def _items(sources: Sequence[tuple[str, str | None]], jsonl: bool, stdin: IO[bytes]) -> Iterator[Item]:
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


def _batches(items: Iterable[Item]) -> Iterator[list[Item]]:
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


T = TypeVar("T")
R = TypeVar("R")


def ordered_map(func: Callable[[T], R], tasks: Iterable[T], jobs: int, in_flight: int | None = None) -> Iterator[R]:
    """``map(func, tasks)`` over ``jobs`` processes, in order, with a bounded window.

    ``multiprocessing.Pool.imap`` would read ``tasks`` to the end as fast as it
    can, holding a multi-gigabyte stream in memory; here at most ``in_flight``
    tasks are pending at any time, and the next is read only when the oldest
    has come back.

    >>> list(ordered_map(abs, [-1, 2, -3], jobs=1))
    [1, 2, 3]
    """
    if jobs <= 1:
        yield from map(func, tasks)
        return
    window = in_flight or jobs * BATCHES_IN_FLIGHT_PER_JOB
    # Leaving the block terminates the workers (an early stop, an error, Ctrl-C).
    with multiprocessing.get_context().Pool(jobs, initializer=_quiet_worker) as pool:
        pending: deque[Any] = deque()
        for task in tasks:
            pending.append(pool.apply_async(func, (task,)))
            if len(pending) >= window:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


def _quiet_worker() -> None:
    # Ctrl-C reaches the whole process group: the main process handles it and
    # stops the pool, instead of every worker printing its own traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# --------------------------------------------------------------------------- #
# Where the output goes.


class StreamSink:
    """Standard output: written as we go, flushed whenever we stop."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream

    def write(self, data: bytes) -> None:
        self.stream.write(data)

    def commit(self) -> None:
        self.stream.flush()

    abort = commit  # what was written before a bad record stays written


class AtomicSink:
    """A file written beside its destination and renamed over it only when complete."""

    def __init__(self, path: str, keep_mode_of: str | None = None) -> None:
        self.path = path
        directory = os.path.dirname(os.path.abspath(path))
        fd, self.tmp = tempfile.mkstemp(dir=directory, prefix=f".{os.path.basename(path)}.", suffix=".textmend-tmp")
        self.fh = os.fdopen(fd, "wb")
        self.keep_mode_of = keep_mode_of if keep_mode_of is not None else (path if os.path.exists(path) else None)

    def write(self, data: bytes) -> None:
        self.fh.write(data)

    def commit(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        if self.keep_mode_of is not None:
            mode = os.stat(self.keep_mode_of).st_mode & 0o7777
        else:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(self.tmp, mode)
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        try:
            self.fh.close()
        except OSError:
            pass
        try:
            os.unlink(self.tmp)
        except FileNotFoundError:
            pass


# --------------------------------------------------------------------------- #
# Counting, progress, summary.


@dataclass
class Stats:
    documents: int = 0
    chars: int = 0
    changed: int = 0
    edits: int = 0
    bad: int = 0

    def __post_init__(self) -> None:
        self.by_normalizer: dict[str, int] = {}

    def add(self, o: Outcome) -> None:
        self.documents += o.documents
        self.chars += o.chars
        self.changed += o.changed
        self.edits += o.edits
        if o.counts:
            for name, n in o.counts.items():
                self.by_normalizer[name] = self.by_normalizer.get(name, 0) + n

    def summary(self, jsonl: bool) -> str:
        unit = "record" if jsonl else "document"
        lines = [
            f"textmend: {_plural(self.documents, unit)}, {_plural(self.chars, 'character')}, "
            f"{self.changed:,} changed, {_plural(self.edits, 'edit')}"
            + (": " + ", ".join(f"{name} {n:,}" for name, n in self._ordered()) if self.edits else "")
        ]
        if self.bad:
            what = "line" if jsonl else "document"
            lines.append(f"textmend: {_plural(self.bad, 'bad ' + what)} passed through unchanged")
        return "\n".join(lines)

    def _ordered(self) -> list[tuple[str, int]]:
        rank = {name: i for i, name in enumerate(DEFAULT_ORDER)}
        return sorted(self.by_normalizer.items(), key=lambda kv: (rank.get(kv[0], len(rank)), kv[0]))


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _total_size(sources: Sequence[tuple[str, str | None]]) -> int | None:
    """Bytes to read, when every input is a regular file (a stream's length is unknown)."""
    total = 0
    for _, path in sources:
        try:
            st = os.stat(path) if path is not None else None
        except OSError:
            continue  # reported when it is read
        if st is None or not os.path.isfile(path):  # type: ignore[arg-type]
            return None
        total += st.st_size
    return total or None


def _progress_bar(total: int | None) -> Any:
    """A tqdm bar on standard error, or None when tqdm (the ``progress`` extra) is not installed."""
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    # No monitor thread: worker processes may be forked after the bar exists.
    tqdm.monitor_interval = 0
    # delay: a run that ends within a second never draws a bar.
    return tqdm(
        total=total,
        unit="B",
        unit_scale=True,
        unit_divisor=1024,
        file=sys.stderr,
        desc="textmend",
        delay=1.0,
        leave=False,
        dynamic_ncols=True,
    )


# --------------------------------------------------------------------------- #
# The command.


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="textmend",
        description="Repair the damage scraping does to news text: clean files, standard input or JSONL "
        "corpora, or show what would change.",
        epilog="Exit status: 0 done, 1 --check found changes, 2 usage error, 3 bad input. See docs/cli.md.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="files to clean; none or '-' reads standard input")
    out = parser.add_argument_group("output")
    out.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write here instead of standard output (atomically: "
        "written to a temporary file and renamed when complete)",
    )
    out.add_argument(
        "-i", "--in-place", action="store_true", help="rewrite each FILE with its cleaned text (atomically)"
    )
    mode = out.add_mutually_exclusive_group()
    mode.add_argument("--diff", action="store_true", help="print a unified diff of what would change")
    mode.add_argument(
        "--explain", action="store_true", help="print each edit: line:col normalizer: old -> new (reason)"
    )
    out.add_argument(
        "--check",
        action="store_true",
        help="print nothing (or, with --diff or --explain, just that); exit 1 if anything would change",
    )
    out.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="color the diff (auto: when standard output is a terminal and NO_COLOR is unset)",
    )

    js = parser.add_argument_group("JSON lines")
    js.add_argument("--jsonl", action="store_true", help="input is JSON lines: clean one field of each record")
    js.add_argument(
        "--field", default=None, metavar="NAME", help="the field to clean (default: text; nested with dots: body.text)"
    )
    js.add_argument("--add-edits", action="store_true", help=f'add the edit list to each record as "{EDITS_KEY}"')

    sel = parser.add_argument_group("normalizers")
    sel.add_argument("--only", action="append", metavar="NAMES", help="run only these normalizers (comma-separated)")
    sel.add_argument("--skip", action="append", metavar="NAMES", help="do not run these normalizers (comma-separated)")
    sel.add_argument(
        "--add", action="append", metavar="NAMES", help="also run these opt-in normalizers, after the default ones"
    )
    sel.add_argument("--lang", default="en", help="language of the text, a wordfreq code (default: en)")
    sel.add_argument("--list", action="store_true", help="list the normalizers and exit")

    run = parser.add_argument_group("input and running")
    run.add_argument("--encoding", default="utf-8", help="input (and output) encoding (default: utf-8)")
    run.add_argument(
        "--errors",
        default="strict",
        metavar="HANDLER",
        help="what to do with undecodable bytes: strict (default, bad input), replace, "
        "surrogateescape (keeps the bytes), ignore, backslashreplace",
    )
    run.add_argument(
        "--skip-bad",
        action="store_true",
        help="pass bad records through unchanged and count them, instead of stopping at the first",
    )
    run.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (0: all cores; default 1)"
    )
    run.add_argument("-q", "--quiet", action="store_true", help="no progress bar, summary or warnings")
    run.add_argument("--stats", action="store_true", help="always print the summary on standard error")
    from . import __version__

    parser.add_argument("--version", action="version", version=f"textmend {__version__}")
    return parser


def _names(values: Sequence[str] | None) -> tuple[str, ...]:
    return tuple(n.strip() for v in values or () for n in v.split(",") if n.strip())


def _list_normalizers(stdout: IO[str]) -> None:
    names = list(DEFAULT_ORDER) + [n for n in NORMALIZERS if n not in DEFAULT_ORDER]
    width = max(map(len, names))
    for name in names:
        stdout.write(f"{name:<{width}}  {normalizer_class(name).summary}\n")


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


class _Usage(Exception):
    pass


def _check_usage(args: argparse.Namespace) -> None:
    files = args.files
    if args.field is not None and not args.jsonl:
        raise _Usage("--field needs --jsonl")
    if args.add_edits and not args.jsonl:
        raise _Usage("--add-edits needs --jsonl")
    if args.jobs < 0:
        raise _Usage("--jobs must be 0 (all cores) or more")
    if args.in_place:
        if not files or "-" in files:
            raise _Usage("--in-place needs FILE arguments (not standard input)")
        if args.output:
            raise _Usage("--in-place and -o are exclusive")
        if args.diff or args.explain or args.check:
            raise _Usage("--in-place writes files; --diff, --explain and --check only report")
    if args.check and args.output and not (args.diff or args.explain):
        raise _Usage("--check writes nothing; drop -o")
    if args.output and args.output != "-":
        for f in files:
            if f != "-" and os.path.exists(f) and os.path.exists(args.output) and os.path.samefile(f, args.output):
                raise _Usage(f"-o {args.output} is an input; use --in-place to rewrite it")
    try:
        codecs.lookup(args.encoding)
    except LookupError:
        raise _Usage(f"unknown encoding {args.encoding!r}") from None
    try:
        codecs.lookup_error(args.errors)
    except LookupError:
        raise _Usage(f"unknown --errors handler {args.errors!r}") from None
    if not _LANG.fullmatch(args.lang):
        raise _Usage(f"--lang wants a language code like en or pt-BR, not {args.lang!r}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``textmend`` command with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on a usage error, 0 after --help
        return int(exc.code or 0)

    if args.list:
        _list_normalizers(sys.stdout)
        return EXIT_OK
    try:
        _check_usage(args)
        only, skip, add = _names(args.only), _names(args.skip), _names(args.add)
        _pipeline(args.lang, only, skip, add)  # unknown names fail here, before any input is read
    except (_Usage, ValueError) as exc:
        parser.print_usage(sys.stderr)
        sys.stderr.write(f"textmend: error: {exc}\n")
        return EXIT_USAGE

    mode = "diff" if args.diff else "explain" if args.explain else "check" if args.check else "clean"
    to_stdout = not args.in_place and mode != "check" and args.output in (None, "-")
    color = args.color == "always" or (
        args.color == "auto"
        and to_stdout
        and _isatty(sys.stdout)
        and "NO_COLOR" not in os.environ
        and os.environ.get("TERM") != "dumb"
    )
    job = Job(
        lang=args.lang,
        only=only,
        skip=skip,
        add=add,
        jsonl=args.jsonl,
        field=args.field or "text",
        add_edits=args.add_edits,
        mode=mode,
        encoding=args.encoding,
        errors=args.errors,
        color=color,
    )
    jobs = args.jobs or _cpu_count()

    # Progress and an automatic summary belong on an interactive terminal, and
    # not when the output itself is scrolling past on that terminal.
    interactive = not args.quiet and _isatty(sys.stderr) and not (to_stdout and _isatty(sys.stdout))
    show_summary = args.stats or (interactive and not args.check)

    files = args.files or ["-"]
    sources = [(STDIN_NAME, None) if f == "-" else (f, f) for f in files]
    bar = _progress_bar(_total_size(sources)) if interactive else None

    stats = Stats()
    status = EXIT_OK
    sink: StreamSink | AtomicSink | None = None
    stdout_bytes = _binary(sys.stdout)
    try:
        if args.output not in (None, "-"):
            try:
                sink = AtomicSink(args.output)
            except OSError as exc:
                sys.stderr.write(f"textmend: error: cannot write -o {args.output}: {exc.strerror or exc}\n")
                return EXIT_USAGE
        elif not args.in_place:
            sink = StreamSink(stdout_bytes)
        status = _run(args, job, jobs, sources, sink, stats, bar)
    except KeyboardInterrupt:
        status = EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        sink = None
        status = EXIT_BROKEN_PIPE
    except OSError as exc:  # reading errors are reported per input; this is the output failing
        name = f" {exc.filename}" if exc.filename else ""
        sys.stderr.write(f"textmend: cannot write{name}: {exc.strerror or exc}\n")
        status = EXIT_BAD_INPUT
    finally:
        if bar is not None:
            bar.close()
        if sink is not None:
            try:
                sink.commit() if status in (EXIT_OK, EXIT_CHANGED) else sink.abort()
            except BrokenPipeError:
                _silence_stdout()
                status = EXIT_BROKEN_PIPE
            except OSError as exc:  # a full disk at the last flush
                sys.stderr.write(f"textmend: cannot write: {exc.strerror or exc}\n")
                if isinstance(sink, AtomicSink):
                    sink.abort()
                status = EXIT_BAD_INPUT
    if status == EXIT_BAD_INPUT and isinstance(sink, AtomicSink):
        sys.stderr.write(f"textmend: {args.output} not written\n")
    if show_summary and status not in (EXIT_BROKEN_PIPE, EXIT_INTERRUPTED):
        sys.stderr.write(stats.summary(args.jsonl) + "\n")
    return status


def _run(
    args: argparse.Namespace,
    job: Job,
    jobs: int,
    sources: list[tuple[str, str | None]],
    sink: StreamSink | AtomicSink | None,
    stats: Stats,
    bar: Any,
) -> int:
    """Clean every input in order, writing to ``sink`` (or, with --in-place, to each file)."""
    items = _items(sources, args.jsonl, _binary(sys.stdin, read=True))
    results = ordered_map(partial(run_batch, job), _batches(items), jobs)
    in_place: AtomicSink | None = None
    in_place_src = -1
    in_place_changed = False
    try:
        for outcomes in results:
            for o in outcomes:
                if args.in_place and o.src != in_place_src:
                    if in_place is not None:
                        in_place.commit() if in_place_changed else in_place.abort()
                    in_place_src, in_place_changed = o.src, False
                    path = sources[o.src][1]
                    assert path is not None
                    # Through a symlink to the file it points to, which is what gets cleaned.
                    target = os.path.realpath(path)
                    in_place = AtomicSink(target, keep_mode_of=target) if not o.fatal else None
                if o.error is not None:
                    if o.fatal or not args.skip_bad:
                        sys.stderr.write(o.error + "\n")
                        return EXIT_BAD_INPUT
                    stats.bad += 1
                    if not args.quiet:
                        sys.stderr.write(f"{o.error}; passed through unchanged\n")
                stats.add(o)
                if bar is not None:
                    bar.update(o.nbytes)
                if o.changed and job.mode == "check":
                    return EXIT_CHANGED  # the answer is known; with --diff or --explain, report everything first
                in_place_changed = in_place_changed or o.changed or (args.add_edits and o.documents > 0)
                if o.out:
                    (in_place or sink).write(o.out)  # type: ignore[union-attr]
        if in_place is not None:
            in_place.commit() if in_place_changed else in_place.abort()
            in_place = None
        return EXIT_CHANGED if args.check and stats.changed else EXIT_OK
    finally:
        if in_place is not None:
            in_place.abort()
        close = getattr(results, "close", None)
        if close is not None:
            close()  # stops the workers when we leave early


def _binary(stream: Any, read: bool = False) -> Any:
    """The byte layer under a text stream (tests may hand us a bare StringIO)."""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        if not read:
            stream.flush()
        return buffer
    return _TextAsBytes(stream)


class _TextAsBytes:
    """Bytes in and out of a text-only stream, as UTF-8."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def write(self, data: bytes) -> None:
        self.stream.write(data.decode("utf-8", "surrogateescape"))

    def flush(self) -> None:
        self.stream.flush()

    def read(self) -> bytes:
        return self.stream.read().encode("utf-8", "surrogateescape")

    def __iter__(self) -> Iterator[bytes]:
        for line in self.stream:
            yield line.encode("utf-8", "surrogateescape")


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the flush at exit cannot complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def main_entry() -> None:
    """Console-script entry point: ``textmend``."""
    sys.exit(main())
