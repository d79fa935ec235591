"""Running batches of work in order, in this process or in worker processes."""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

__all__ = ["BATCHES_IN_FLIGHT_PER_JOB", "cpu_count", "ordered_map"]

# How many batches may be out (sent, or done and waiting for their turn) per
# job: enough to keep the workers busy while the main process writes, few
# enough that memory stays bounded.
BATCHES_IN_FLIGHT_PER_JOB = 4

# How long the main process waits for a worker before it looks again; signals
# are answered at once whatever this is (the wait is a system call).
WAIT_SECONDS = 1.0

T = TypeVar("T")
R = TypeVar("R")


def ordered_map(func: Callable[[T], R], tasks: Iterable[T], jobs: int, in_flight: int | None = None) -> Iterator[R]:
    """``map(func, tasks)`` over ``jobs`` processes, in order, with a bounded window.

    At most ``in_flight`` tasks are out at any time (sent to a worker, or done
    and waiting for an earlier one), and the next is read only when there is
    room, so a multi-gigabyte stream is never held in memory.

    Each worker has one task at a time, on its own pipe, and only the main
    thread talks to the workers: there is no helper thread to wait for, so
    leaving early (an error, Ctrl-C, SIGTERM, a consumer that stops) kills the
    workers and returns at once.  ``multiprocessing.Pool`` can hang there: its
    task thread may be blocked writing a batch larger than the pipe's buffer
    to workers that were just terminated, and ``terminate()`` joins it.

    An exception raised by ``func`` in a worker is raised here, in its turn.

    >>> list(ordered_map(abs, [-1, 2, -3], jobs=1))
    [1, 2, 3]
    """
    if jobs <= 1:
        yield from map(func, tasks)
        return
    window = max(in_flight or jobs * BATCHES_IN_FLIGHT_PER_JOB, jobs)
    workers = _start_workers(func, jobs)
    try:
        idle = list(workers)
        busy: dict[Connection, tuple[_Worker, int]] = {}
        done: dict[int, tuple[bool, Any]] = {}
        source = iter(tasks)
        sent = emitted = 0
        exhausted = False
        while True:
            # An idle worker is waiting in recv(), so a task larger than the
            # pipe's buffer cannot block against a result it is writing.
            while idle and not exhausted and sent - emitted < window:
                try:
                    task = next(source)
                except StopIteration:
                    exhausted = True
                    break
                worker = idle.pop()
                worker.connection.send(task)
                busy[worker.connection] = (worker, sent)
                sent += 1
            if emitted in done:
                ok, value = done.pop(emitted)
                emitted += 1
                if not ok:
                    raise value
                yield value
                continue
            if not busy:
                return  # nothing out, nothing left to read
            for connection in wait(list(busy), WAIT_SECONDS):
                worker, number = busy.pop(connection)  # type: ignore[call-overload]
                done[number] = worker.receive()
                idle.append(worker)
    finally:
        _stop_workers(workers)


class _Worker:
    """A worker process and the main process's end of its pipe."""

    def __init__(self, process: Any, connection: Connection) -> None:
        self.process = process
        self.connection = connection

    def receive(self) -> tuple[bool, Any]:
        try:
            return self.connection.recv()  # type: ignore[no-any-return]
        except (EOFError, OSError):
            self.process.join(timeout=1)
            code = self.process.exitcode
            raise RuntimeError(f"a worker process stopped unexpectedly (exit code {code})") from None


def _start_workers(func: Callable[[Any], Any], jobs: int) -> list[_Worker]:
    context = multiprocessing.get_context()
    workers: list[_Worker] = []
    # Workers are born with SIGINT and SIGTERM blocked (the mask survives fork
    # and exec) and let them in once they ignore or die of them: see _serve.
    old_mask = _block(signal.SIGINT, signal.SIGTERM)
    try:
        for _ in range(jobs):
            ours, theirs = context.Pipe(duplex=True)
            process = context.Process(target=_serve, args=(func, theirs), daemon=True)
            try:
                process.start()
            except BaseException:
                _stop_workers(workers)
                raise
            theirs.close()
            workers.append(_Worker(process, ours))
    finally:
        _restore(old_mask)
    return workers


def _stop_workers(workers: list[_Worker]) -> None:
    """End every worker: a clean stop when idle, a kill otherwise; never waits on a worker that hangs."""
    for worker in workers:
        try:
            worker.connection.send(None)
        except (OSError, ValueError):
            pass
        worker.connection.close()
    for worker in workers:
        worker.process.join(timeout=0.5)
        if worker.process.exitcode is None:
            worker.process.kill()
            worker.process.join()


def _serve(func: Callable[[Any], Any], connection: Connection) -> None:
    """A worker: run ``func`` on each task received, send back (ok, value), until told to stop."""
    # Ctrl-C reaches the whole process group: the main process handles it and
    # stops the workers, instead of every worker printing its own traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker must die of SIGTERM.  A forked worker inherits the command's
    # handler, which turns SIGTERM into a clean-up: were the signal to come
    # before this line, that handler would run in the worker.  So it arrives
    # blocked, and is let in only now.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _unblock(signal.SIGINT, signal.SIGTERM)
    while True:
        try:
            task = connection.recv()
        except (EOFError, OSError):
            return  # the main process has gone
        if task is None:
            return
        try:
            reply: tuple[bool, Any] = (True, func(task))
        except Exception as exc:  # raised again in the main process, in its turn
            reply = (False, exc)
        try:
            connection.send(reply)
        except (EOFError, OSError):
            return
        except Exception as exc:  # a value or exception that does not pickle
            connection.send((False, RuntimeError(f"a worker's result could not be sent back: {exc!r}")))


def _block(*signums: int) -> set[int] | None:
    try:
        return set(signal.pthread_sigmask(signal.SIG_BLOCK, set(signums)))
    except (AttributeError, OSError, ValueError):  # pragma: no cover - not POSIX
        return None


def _unblock(*signums: int) -> set[int] | None:
    try:
        return set(signal.pthread_sigmask(signal.SIG_UNBLOCK, set(signums)))
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
