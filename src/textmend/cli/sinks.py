"""Where the output goes: a stream written as we go, or a file replaced only when complete.

Every write is complete or fails: a short write (a full disk, ``ulimit -f``, an
unbuffered or non-blocking standard output) is retried until every byte is out
or the system says why it cannot be, and then the run stops with
:class:`OutputError`, which names the destination.
"""

from __future__ import annotations

import os
import re
import select
import signal
import stat
import sys
import tempfile
from collections.abc import Iterator
from typing import Any

__all__ = ["AtomicSink", "OutputError", "StreamSink", "binary", "open_output", "silence_stdout"]

# Paths that name a descriptor this process already holds: written through that
# descriptor, never opened anew (opening /dev/stdout truncates a file the shell
# opened with >>) and never replaced (a rename onto them would replace the link).
_DESCRIPTOR_PATH = re.compile(r"/dev/(?:(stdout)|(stderr)|fd/(\d+))|/proc/self/fd/(\d+)")

# Bytes gathered before one system call: a JSONL line each would cost a call per line.
_FLUSH_AT = 1 << 16

_SIGNALS = {signal.SIGINT, signal.SIGTERM}


class OutputError(OSError):
    """The output could not be written; ``str()`` is the one-line reason, naming the destination."""

    def __init__(self, destination: str, reason: str) -> None:
        super().__init__(f"cannot write {destination}: {reason}")
        self.destination = destination


def _reason(exc: BaseException) -> str:
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)


class StreamSink:
    """A stream written as we go (standard output, a FIFO, a device), flushed whenever we stop.

    Written through its file descriptor when it has one, where ``os.write``
    says how much it wrote: Python's unbuffered standard output
    (``PYTHONUNBUFFERED=1``) ignores a short write.  A non-blocking
    descriptor is waited on, not dropped.
    """

    def __init__(self, stream: Any, name: str = "standard output", *, fd: int | None = None, close: bool = False):
        self.stream = stream
        self.name = name
        self.close_after = close
        self.fd = fd if fd is not None else _fileno(stream)
        self.pending = bytearray()

    def write(self, data: bytes) -> None:
        if self.fd is None:
            self._write_stream(data)
            return
        self.pending += data
        if len(self.pending) >= _FLUSH_AT:
            self.flush()

    def flush(self) -> None:
        """Write out what is pending (before a message on standard error, to keep their order)."""
        if self.fd is None:
            self._flush_stream()
            return
        data = bytes(self.pending)
        self.pending.clear()
        view = memoryview(data)
        while view:
            try:
                written = os.write(self.fd, view)
            except BlockingIOError:
                select.select([], [self.fd], [])  # a non-blocking descriptor: wait until it takes more
                continue
            except BrokenPipeError:
                raise
            except OSError as exc:
                raise OutputError(self.name, _reason(exc)) from exc
            if written == 0:  # pragma: no cover - POSIX reports an error rather than writing nothing
                raise OutputError(self.name, "nothing written")
            view = view[written:]

    def _write_stream(self, data: bytes) -> None:
        # A stream without a descriptor (tests, wrappers): a raw one may still write short.
        view = memoryview(data)
        while view:
            try:
                written = self.stream.write(view)
            except BlockingIOError as exc:
                written = exc.characters_written
            except BrokenPipeError:
                raise
            except OSError as exc:
                raise OutputError(self.name, _reason(exc)) from exc
            view = view[len(view) if written is None else written :]

    def _flush_stream(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(self.name, _reason(exc)) from exc

    def commit(self) -> None:
        try:
            self.flush()
        finally:
            if self.close_after:
                os.close(self.fd)  # type: ignore[arg-type]
                self.close_after = False

    abort = commit  # what was written before a bad record stays written, whole


class AtomicSink:
    """A regular file written beside its destination and renamed over it only when complete.

    The new file keeps what it replaces: its mode, its owner and group when
    this process may give them (as root), and never a set-user-ID or
    set-group-ID bit for an owner or group it could not keep.  With
    ``refuse_hard_links``, a destination with several hard links is refused
    at :meth:`commit` (a rename would split it from its other names) and
    left as it was.  SIGINT and SIGTERM are held off while the temporary file
    is created and while it is renamed, so an interrupted run never leaves it
    behind: every other moment, the interrupt unwinds through :meth:`abort`.
    """

    def __init__(self, path: str, *, refuse_hard_links: bool = False) -> None:
        self.path = path
        self.refuse_hard_links = refuse_hard_links
        directory = os.path.dirname(os.path.abspath(path))
        with _signals_held():
            try:
                fd, self.tmp = tempfile.mkstemp(
                    dir=directory, prefix=f".{os.path.basename(path)}.", suffix=".textmend-tmp"
                )
            except OSError as exc:
                raise OutputError(path, _reason(exc)) from exc
            self.fh = os.fdopen(fd, "wb")
            _LIVE_TEMPORARIES.add(self.tmp)

    def write(self, data: bytes) -> None:
        try:
            self.fh.write(data)
        except OSError as exc:
            raise OutputError(self.path, _reason(exc)) from exc

    def flush(self) -> None:
        """Nothing to show before a message: the file appears only when complete."""

    def commit(self) -> None:
        try:
            self.fh.flush()
            found = _stat_or_none(self.path)
            if found is not None and self.refuse_hard_links and found.st_nlink > 1:
                raise OutputError(
                    self.path,
                    f"it has {found.st_nlink} hard links, which replacing it would split; "
                    "left as it was (clean a copy with -o, then copy it back)",
                )
            self._take_over(found)
            os.fsync(self.fh.fileno())
            self.fh.close()
        except OutputError:
            self.abort()
            raise
        except OSError as exc:
            self.abort()
            raise OutputError(self.path, _reason(exc)) from exc
        with _signals_held():
            os.replace(self.tmp, self.path)
            _LIVE_TEMPORARIES.discard(self.tmp)

    def _take_over(self, found: os.stat_result | None) -> None:
        """Give the new file the owner, group and mode of the one it replaces."""
        fd = self.fh.fileno()
        if found is None:
            umask = os.umask(0)
            os.umask(umask)
            os.fchmod(fd, 0o666 & ~umask)
            return
        mine = os.fstat(fd)
        if (mine.st_uid, mine.st_gid) != (found.st_uid, found.st_gid):
            try:
                os.fchown(fd, found.st_uid, found.st_gid)
            except PermissionError:
                try:  # not root: the group may still be ours to give
                    os.fchown(fd, -1, found.st_gid)
                except PermissionError:
                    pass
            mine = os.fstat(fd)
        mode = stat.S_IMODE(found.st_mode)
        # chmod after chown: chown clears these bits, and they must not go to another owner.
        if mine.st_uid != found.st_uid:
            mode &= ~stat.S_ISUID
        if mine.st_gid != found.st_gid:
            mode &= ~stat.S_ISGID
        os.fchmod(fd, mode)

    def abort(self) -> None:
        try:
            self.fh.close()
        except OSError:
            pass
        try:
            os.unlink(self.tmp)
        except FileNotFoundError:
            pass
        _LIVE_TEMPORARIES.discard(self.tmp)


# Temporary files not yet renamed or removed: what a last-resort clean-up removes.
_LIVE_TEMPORARIES: set[str] = set()


def remove_leftovers() -> None:
    """Remove every temporary file still alive (called as the command exits, whatever happened)."""
    for tmp in list(_LIVE_TEMPORARIES):
        try:
            os.unlink(tmp)
        except OSError:
            pass
        _LIVE_TEMPORARIES.discard(tmp)


class _signals_held:
    """Hold SIGINT and SIGTERM off for a few system calls that must not be cut in two."""

    def __enter__(self) -> None:
        try:
            self.old: set[int] | None = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
        except (AttributeError, OSError, ValueError):  # pragma: no cover - not POSIX
            self.old = None

    def __exit__(self, *exc: object) -> None:
        if self.old is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, self.old)


def _stat_or_none(path: str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None


def _fileno(stream: Any) -> int | None:
    try:
        return int(stream.fileno())
    except (AttributeError, OSError, ValueError):
        return None


def open_output(path: str, stdout: Any, stderr: Any) -> StreamSink | AtomicSink:
    """The sink for ``-o PATH``: what PATH is decides how it is written.

    A regular file, or a path that does not exist yet, is written atomically
    (through a symlink, to the file it points to, as ``--in-place`` does); a
    FIFO, a device or a socket is written straight into, since replacing it
    would destroy it; ``/dev/stdout``, ``/dev/stderr`` and ``/dev/fd/N`` are
    the descriptors this process already has.  A directory is a usage error,
    found before this is called.
    """
    special = _DESCRIPTOR_PATH.fullmatch(path)
    if special:
        out, err, fd, proc_fd = special.groups()
        if out:
            return StreamSink(binary(stdout), "standard output")
        if err:
            return StreamSink(binary(stderr), "standard error")
        return StreamSink(None, path, fd=int(fd or proc_fd))
    found = _stat_or_none(path)
    if found is not None and not stat.S_ISREG(found.st_mode):
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CLOEXEC)  # no O_TRUNC, no O_CREAT: it is what it is
        except OSError as exc:
            raise OutputError(path, _reason(exc)) from exc
        return StreamSink(None, path, fd=fd, close=True)
    return AtomicSink(os.path.realpath(path))


def binary(stream: Any, read: bool = False) -> Any:
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

    def write(self, data: bytes | memoryview) -> int:
        self.stream.write(bytes(data).decode("utf-8", "surrogateescape"))
        return len(data)

    def flush(self) -> None:
        self.stream.flush()

    def read(self, size: int = -1) -> bytes:
        # Characters, not bytes, when size is given: near enough for reading in chunks.
        return self.stream.read(size).encode("utf-8", "surrogateescape")

    def __iter__(self) -> Iterator[bytes]:
        for line in self.stream:
            yield line.encode("utf-8", "surrogateescape")


def silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the flush at exit cannot complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
