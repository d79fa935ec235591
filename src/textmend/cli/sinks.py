"""Where the output goes: standard output as we go, or a file replaced only when complete."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from typing import IO, Any

__all__ = ["AtomicSink", "StreamSink", "binary", "silence_stdout"]


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

    def write(self, data: bytes) -> None:
        self.stream.write(data.decode("utf-8", "surrogateescape"))

    def flush(self) -> None:
        self.stream.flush()

    def read(self) -> bytes:
        return self.stream.read().encode("utf-8", "surrogateescape")

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
