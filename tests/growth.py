"""Growth checks: how time grows with the input, instead of wall-clock limits.

A 2-core CI machine shared with other jobs can make any call slow, so a test
that says "under 3 seconds" flakes there while proving little.  What catches
catastrophic backtracking or a quadratic loop is the slope: ten times the
input may take at most about fifteen times the time (linear is ten; quadratic
would be a hundred).  Each size runs warm; the small input best of two, the big
one once (most of a test's time, and a busy moment can only make it slower);
a pair over the limit is measured again, best of two each, (at most three
times) before the test fails.
"""

from __future__ import annotations

import gc
import time
from typing import Callable

import regex

#: Ten times the input in at most this many times the time.
MAX_RATIO = 15.0
#: The small run counts as at least this long.  Up to 10-30k characters many
#: scans run in a faster regime (the input and the regex engine's state stay in
#: the CPU caches): a tenth of the input measured 12-14x faster than three tenths
#: on plainly linear scans here, so the small run's time is floored.  A quadratic
#: loop still fails: from 10 ms it would take a second, not 150 ms; the old
#: absolute limits (3 s for 100k characters) let the same loops through.
NOISE_FLOOR = 10e-3

# A unit of 1 to 12 characters repeated at least 1,000 times: the run a test input is built from.
_RUN = regex.compile(r"(.{1,12}?)\1{999,}", regex.DOTALL)


def best_seconds(fn: Callable[[str], object], text: str, runs: int = 2) -> float:
    """The shortest of ``runs`` timings of ``fn(text)`` in CPU time, the garbage collector paused.

    CPU time of this process, not the wall clock: other jobs on a shared
    machine take the cores in turn, and the time they take is not ours.

    Python's collector runs after every so many allocations and each full pass
    walks every live object, so a call that builds many edits pays a cost that
    grows with the square of their number: that is the collector's slope, not
    the code's, and it is kept out of the measurement.
    """
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            fn(text)
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


def assert_grows_linearly(
    fn: Callable[[str], object], small: str, big: str, max_ratio: float = MAX_RATIO, attempts: int = 3
) -> None:
    """``fn(big)`` (about ten times ``small``) takes at most ``max_ratio`` times ``fn(small)``.

    A measurement over the limit is taken again, up to ``attempts`` times: on a
    loaded machine one pair of timings can straddle a busy moment, while a real
    quadratic loop is over the limit every time.  The first attempt times the big
    input once (noise only slows it down, so passing once is passing); a retry
    takes the best of two.
    """
    fn(small)  # warm: lexicons, compiled patterns and caches load outside the timing
    # Every timing starts with gc.collect(), and a full pass walks every live object: late in the
    # suite (lexicons of many languages, corpora, hypothesis) one pass cost 0.3-1 s, several times
    # each call, far more than the timings themselves.  Freezing the heap as it is now takes those
    # objects out of the collector's walk (gc.freeze), so each pass only sees what the timed calls
    # made; the timings are the same (the collector is paused during them either way), and the heap
    # goes back to the collector's oldest generation when the check ends, garbage and all.
    gc.freeze()
    try:
        _measure(fn, small, big, max_ratio, attempts)
    finally:
        gc.unfreeze()


def _measure(fn: Callable[[str], object], small: str, big: str, max_ratio: float, attempts: int) -> None:
    """The timings and the verdict of :func:`assert_grows_linearly`, the heap already frozen."""
    for attempt in range(attempts):
        t_small = max(best_seconds(fn, small), NOISE_FLOOR)
        # The big input once on the first attempt: it is most of the test's time, and a busy
        # moment only makes it slower, so a linear call that passes once has passed; a pair
        # over the limit is measured again, best of two, before the test fails.
        t_big = best_seconds(fn, big, runs=1 if attempt == 0 else 2)
        if t_big <= max_ratio * t_small:
            return
    raise AssertionError(
        f"{len(big) / max(1, len(small)):.0f}x the input took {t_big / t_small:.1f}x the time"
        f" ({t_small * 1e3:.1f} ms -> {t_big * 1e3:.1f} ms), {attempts} times over"
    )


def tenth(text: str) -> str:
    """``text`` with its longest repeated run cut to a tenth of its repetitions.

    >>> tenth("x" + "ab" * 5000 + "y") == "x" + "ab" * 500 + "y"
    True
    """
    longest = max(_RUN.finditer(text), key=lambda m: len(m[0]), default=None)
    if longest is None:
        raise ValueError("no repeated run to shrink")
    unit = longest[1]
    return text[: longest.start()] + unit * (len(longest[0]) // len(unit) // 10) + text[longest.end() :]
