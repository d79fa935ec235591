"""Running batches of work in order, in this process or in a pool of worker processes."""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

__all__ = ["BATCHES_IN_FLIGHT_PER_JOB", "cpu_count", "ordered_map"]

# How many batches each worker may have waiting: enough to keep it busy while
# the main process writes, few enough that memory stays bounded.
BATCHES_IN_FLIGHT_PER_JOB = 4

T = TypeVar("T")
R = TypeVar("R")


def ordered_map(func: Callable[[T], R], tasks: Iterable[T], jobs: int, in_flight: int | None = None) -> Iterator[R]:
    """``map(func, tasks)`` over ``jobs`` processes, in order, with a bounded window.

    ``multiprocessing.Pool.imap`` would read ``tasks`` to the end as fast as it
    can, holding a multi-gigabyte stream in memory; here at most ``in_flight``
    tasks are pending at any time, and the next is read only when the oldest
    has come back.  The standard pool does the rest (workers, pickling, and
    stopping them all when we leave early).

    >>> list(ordered_map(abs, [-1, 2, -3], jobs=1))
    [1, 2, 3]
    """
    if jobs <= 1:
        yield from map(func, tasks)
        return
    window = in_flight or jobs * BATCHES_IN_FLIGHT_PER_JOB
    # Workers are born with SIGTERM blocked (the mask survives fork and exec) and
    # unblock it once they die of it: see _quiet_worker.  The pool's own threads,
    # started now, keep it blocked, so the main thread is the one that gets it.
    old_mask = _block(signal.SIGTERM)
    try:
        pool = multiprocessing.get_context().Pool(jobs, initializer=_quiet_worker)
    finally:
        _restore(old_mask)
    # Leaving the block terminates the workers (an early stop, an error, Ctrl-C).
    with pool:
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
    # The pool stops its workers with SIGTERM, so a worker must die of it.  A
    # forked worker inherits the command's handler, which turns SIGTERM into a
    # clean-up: were the signal to come before this line, the handler would be
    # replaced before it ran and the signal lost, leaving the pool waiting for
    # a worker that never stops.  So it arrives blocked, and is let in only now.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _unblock(signal.SIGTERM)


def _block(signum: int) -> set[int] | None:
    try:
        return set(signal.pthread_sigmask(signal.SIG_BLOCK, {signum}))
    except (AttributeError, OSError, ValueError):  # pragma: no cover - not POSIX
        return None


def _unblock(signum: int) -> set[int] | None:
    try:
        return set(signal.pthread_sigmask(signal.SIG_UNBLOCK, {signum}))
    except (AttributeError, OSError, ValueError):  # pragma: no cover - not POSIX
        return None


def _restore(old_mask: set[int] | None) -> None:
    if old_mask is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)


def cpu_count() -> int:
    """The cores this process may run on (``--jobs 0``)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1
