"""What :func:`textmend.mend` returns: the text, its edits, and offset maps."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from .edits import Edit

__all__ = ["Result"]


@dataclass(frozen=True)
class Result:
    """The outcome of running a pipeline on ``original``.

    ``edits`` are sorted, disjoint and expressed against ``original``;
    replaying them on it gives ``text``.  The offset maps carry positions
    (and spans) between the two texts, so annotations made on either side
    survive the repair.

    >>> from textmend import mend
    >>> r = mend("one  two\u00a0 three")
    >>> r.text
    'one two three'
    >>> r.to_clean(5), r.original[5], r.text[r.to_clean(5)]
    (4, 't', 't')
    >>> r.to_original(8), r.text[8], r.original[r.to_original(8)]
    (10, 't', 't')
    """

    original: str
    text: str
    edits: tuple[Edit, ...]
    _orig_starts: list[int] = field(init=False, repr=False, compare=False)
    _clean_starts: list[int] = field(init=False, repr=False, compare=False)
    _deltas: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        orig_starts, clean_starts, deltas = [], [], []
        delta = 0
        for e in self.edits:
            orig_starts.append(e.start)
            clean_starts.append(e.start + delta)
            delta += e.delta
            deltas.append(delta)
        object.__setattr__(self, "_orig_starts", orig_starts)
        object.__setattr__(self, "_clean_starts", clean_starts)
        object.__setattr__(self, "_deltas", deltas)

    @property
    def changed(self) -> bool:
        """True when the text was repaired at all."""
        return bool(self.edits)

    def to_clean(self, i: int) -> int:
        """Where original position ``i`` lands in the cleaned text.

        A character kept by the repair maps to itself; a position inside a
        replaced span maps to the start of its replacement.
        """
        if not 0 <= i <= len(self.original):
            raise IndexError(f"position {i} is outside the original text (length {len(self.original)})")
        k = bisect_right(self._orig_starts, i) - 1
        # Insertions at i sit before the character at i: step over them.
        while k >= 0:
            e = self.edits[k]
            if e.start < i < e.end or (e.start == i and e.end > i):
                return self._clean_starts[k]
            if e.end <= i:
                return i + self._deltas[k]
            k -= 1
        return i

    def to_original(self, j: int) -> int:
        """Where cleaned position ``j`` came from in the original text.

        A character the repair inserted or replaced maps to the start of the
        original span it stands for.
        """
        if not 0 <= j <= len(self.text):
            raise IndexError(f"position {j} is outside the cleaned text (length {len(self.text)})")
        k = bisect_right(self._clean_starts, j) - 1
        while k >= 0:
            e = self.edits[k]
            cs = self._clean_starts[k]
            ce = cs + len(e.new)
            if cs <= j < ce:
                return e.start
            if ce <= j:
                return j - self._deltas[k]
            k -= 1
        return j

    def span_to_clean(self, start: int, end: int) -> tuple[int, int]:
        """The cleaned span covering what ``original[start:end]`` became."""
        if start >= end:
            p = self.to_clean(start)
            return p, p
        return self.to_clean(start), self._end_to_clean(end)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span that ``text[start:end]`` was made from."""
        if start >= end:
            p = self.to_original(start)
            return p, p
        return self.to_original(start), self._end_to_original(end)

    def _end_to_clean(self, end: int) -> int:
        last = end - 1
        k = bisect_right(self._orig_starts, last) - 1
        while k >= 0:
            e = self.edits[k]
            if e.start <= last < e.end:
                return self._clean_starts[k] + len(e.new)
            if e.end <= last:
                break
            k -= 1
        return self.to_clean(last) + 1

    def _end_to_original(self, end: int) -> int:
        last = end - 1
        k = bisect_right(self._clean_starts, last) - 1
        while k >= 0:
            e = self.edits[k]
            cs = self._clean_starts[k]
            if cs <= last < cs + len(e.new):
                return e.end
            if cs + len(e.new) <= last:
                break
            k -= 1
        return self.to_original(last) + 1

    def line_col(self, i: int) -> tuple[int, int]:
        """1-based line and column of original position ``i``.

        A bisection over the original's line starts (found once), so explaining
        every edit of a long text stays linear rather than counting from the start
        each time.

        >>> from textmend.result import Result
        >>> Result("ab\\ncd", "ab\\ncd", ()).line_col(4)
        (2, 2)
        """
        starts = self.__dict__.get("_line_starts")
        if starts is None:
            starts = [0]
            find = self.original.find
            at = find("\n")
            while at >= 0:
                starts.append(at + 1)
                at = find("\n", at + 1)
            object.__setattr__(self, "_line_starts", starts)  # a cache on a frozen dataclass
        line = bisect_right(starts, i)
        return line, i - starts[line - 1] + 1

    def explain(self) -> str:
        """One line per edit: ``line:col normalizer: old -> new (reason)``.

        >>> from textmend import mend
        >>> print(mend("a  b").explain())
        1:2 whitespace: '  ' -> ' ' (collapse a run of spaces and tabs)
        """
        if not self.edits:
            return "no changes"
        lines = []
        for e in self.edits:
            line, col = self.line_col(e.start)
            lines.append(f"{line}:{col} {e.normalizer}: {e.old!r} -> {e.new!r} ({e.reason})")
        return "\n".join(lines)

    def by_normalizer(self) -> dict[str, int]:
        """How many edits each normalizer made."""
        counts: dict[str, int] = {}
        for e in self.edits:
            for name in e.normalizer.split("+"):
                counts[name] = counts.get(name, 0) + 1
        return counts
