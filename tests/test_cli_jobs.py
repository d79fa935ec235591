"""``ordered_map``: order, a bounded window, errors in their turn, and a stop that never hangs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from textmend.cli import jobs

SRC = str(Path(__file__).resolve().parents[1] / "src")


def _fails_on_three(x: int) -> int:
    if x == 3:
        raise ValueError("three")
    return x


def test_results_come_in_order_and_an_error_in_its_turn():
    got = []
    with pytest.raises(ValueError, match="three"):
        for value in jobs.ordered_map(_fails_on_three, range(10), jobs=2):
            got.append(value)
    assert got == [0, 1, 2]


def test_order_is_kept_when_later_tasks_finish_first():
    # Task 0 is the slowest: the others finish first and wait for their turn.
    tasks = [200_000] + [10] * 20
    assert list(jobs.ordered_map(_sum_below, tasks, jobs=2)) == [sum(range(n)) for n in tasks]


def _sum_below(n: int) -> int:
    return sum(range(n))


def test_no_worker_is_left_behind_after_an_early_stop():
    results = jobs.ordered_map(abs, range(-100, 0), jobs=2)
    assert next(results) == 100
    results.close()
    assert multiprocessing_children() == []


def multiprocessing_children() -> list[object]:
    import multiprocessing

    return [p for p in multiprocessing.active_children() if p.is_alive()]


_WORKER_DIES = textwrap.dedent(
    """
    import os
    from textmend.cli import jobs

    try:
        list(jobs.ordered_map(os._exit, [0, 1], jobs=2))
    except RuntimeError as exc:
        raise SystemExit(7 if "stopped unexpectedly" in str(exc) else 8)
    """
)


def test_a_worker_that_dies_is_an_error_not_a_hang():
    # (multiprocessing.Pool waits for ever for the lost task's result.)
    assert run_script(_WORKER_DIES) == 7


# A batch far larger than a pipe's buffer, and the stop while it is being sent:
# the case where multiprocessing.Pool.terminate() joins a thread blocked for ever
# writing to workers it has just killed.
_STOP_WHILE_SENDING = textwrap.dedent(
    """
    import os, signal, sys, time
    from textmend.cli import jobs

    def slow(batch):
        time.sleep(0.05)
        return len(batch)

    def big_batches():
        for i in range(400):
            if i == 40:
                os.kill(os.getpid(), signal.SIGTERM)  # raises in the main thread, mid-stream
            yield "x" * (1 << 20)

    def on_term(*_):
        raise SystemExit(7)

    signal.signal(signal.SIGTERM, on_term)
    for n in jobs.ordered_map(slow, big_batches(), jobs=2):
        pass
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_signal_while_big_batches_are_out_stops_at_once():
    assert run_script(_STOP_WHILE_SENDING) == 7


def run_script(code: str) -> int:
    """Run ``code`` in a fresh interpreter; its exit status, or a failure naming where it hung."""
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", ""), "PYTHONFAULTHANDLER": "1"}
    child = subprocess.Popen([sys.executable, "-c", code], env=env, stderr=subprocess.PIPE)
    try:
        _, err = child.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGABRT)  # faulthandler prints every thread
        _, err = child.communicate(timeout=60)
        pytest.fail("it hung; where its threads were:\n" + err.decode(errors="replace"))
    if child.returncode not in (7,):
        print(err.decode(errors="replace"))
    return child.returncode
