"""What :func:`textmend.mend` returns: the text, its edits, offset maps, and their reports.

The reports (``explain`` and the unified diff) live here so that the API and
the ``textmend`` command format a repair the same way.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from .edits import Edit, RunEdit, run_alignment

__all__ = ["Result", "split_lines"]

# ANSI styles for a colored diff, by the first character of a line ("-" and "+" are
# removed and added lines; the headers start with "---"/"+++" and "@@").
_DIFF_STYLES = {"header": "\033[1m", "hunk": "\033[36m", "-": "\033[31m", "+": "\033[32m"}
_RESET = "\033[0m"
_NEWLINE = re.compile("\n")


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
    # Where each line of ``original`` starts; built on first need (line_col, the diff).
    _line_starts_cache: list[int] | None = field(init=False, repr=False, compare=False, default=None)
    # Where each character of a dense run's new text stands in its old text (see RunEdit),
    # by the run's index in ``edits``; worked out when a position first lands inside it.
    _run_alignments: dict[int, object] = field(init=False, repr=False, compare=False, default_factory=dict)

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
                kept = self._alignment(k)
                if kept is not None:
                    # Inside a dense run: a kept or replaced character is where it went, a
                    # deleted one where the next kept one lands, as the separate edits map.
                    return self._clean_starts[k] + bisect_left(kept, i - e.start)
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
                kept = self._alignment(k)
                return e.start if kept is None else e.start + kept[j - cs]
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
                kept = self._alignment(k)
                if kept is not None:
                    return self._clean_starts[k] + bisect_right(kept, last - e.start)
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
                kept = self._alignment(k)
                return e.end if kept is None else e.start + kept[last - cs] + 1
            if cs + len(e.new) <= last:
                break
            k -= 1
        return self.to_original(last) + 1

    def _alignment(self, k: int) -> "Sequence[int] | None":
        """For a dense run (:class:`~textmend.edits.RunEdit`) at ``edits[k]``, where each
        character of its new text stands in its old text; ``None`` for any other edit."""
        e = self.edits[k]
        if type(e) is not RunEdit:
            return None
        if k not in self._run_alignments:
            self._run_alignments[k] = run_alignment(e.old, e.new)
        return self._run_alignments[k]  # type: ignore[return-value]

    def _line_starts(self) -> list[int]:
        """Offsets in ``original`` where each ``\\n``-separated line starts (0 first)."""
        if self._line_starts_cache is None:
            starts = [0] + [m.end() for m in _NEWLINE.finditer(self.original)]
            object.__setattr__(self, "_line_starts_cache", starts)
        return self._line_starts_cache  # type: ignore[return-value]

    def line_col(self, i: int) -> tuple[int, int]:
        """1-based line and column of original position ``i`` (lines end at ``\\n``).

        A binary search over the line starts, so explaining every edit of a long
        text costs time in proportion to the text, not to lines times edits.

        >>> from textmend import mend
        >>> mend("ok\\na  b").line_col(4)
        (2, 2)
        """
        starts = self._line_starts()
        k = bisect_right(starts, i) - 1
        return k + 1, i - starts[k] + 1

    def explain_lines(self, prefix: str = "") -> list[str]:
        """One line per edit, ``prefix`` + ``line:col normalizer: 'old' -> 'new' (reason)``.

        ``prefix`` names the text (the command puts ``FILE:`` there).

        >>> from textmend import mend
        >>> mend("a  b").explain_lines("notes.txt:")
        ["notes.txt:1:2 whitespace: '  ' -> ' ' (collapse a run of spaces and tabs)"]
        """
        lines = []
        for e in self.edits:
            line, col = self.line_col(e.start)
            lines.append(f"{prefix}{line}:{col} {e.normalizer}: {e.old!r} -> {e.new!r} ({e.reason})")
        return lines

    def explain(self) -> str:
        """One line per edit: ``line:col normalizer: old -> new (reason)``.

        >>> from textmend import mend
        >>> print(mend("a  b").explain())
        1:2 whitespace: '  ' -> ' ' (collapse a run of spaces and tabs)
        """
        return "\n".join(self.explain_lines()) if self.edits else "no changes"

    def unified_diff(self, from_label: str = "original", to_label: str = "cleaned", context: int = 3) -> Iterator[str]:
        """The unified diff from ``original`` to ``text``, in lines (each with its ``\\n``).

        Built from the edits, so it costs time in proportion to the text, where
        difflib would compare every line with every other.  Nothing when
        nothing changed.  The last line lacks its ``\\n`` when the text does.

        >>> from textmend import mend
        >>> print("".join(mend("ok\\na  b\\nok\\n").unified_diff("a/x", "b/x")), end="")
        --- a/x
        +++ b/x
        @@ -1,3 +1,3 @@
         ok
        -a  b
        +a b
         ok
        """
        return _unified_diff(self, from_label, to_label, context)

    def diff(
        self,
        from_label: str = "original",
        to_label: str = "cleaned",
        *,
        context: int = 3,
        color: bool = False,
        mark_eof: bool = True,
    ) -> str:
        """The unified diff as one string, as ``diff -u`` and ``git diff`` print it.

        A last line without ``\\n`` is followed by ``\\ No newline at end of file``
        (unless ``mark_eof`` is false: a JSONL field is not a file); ``color``
        adds ANSI styles.

        >>> from textmend import mend
        >>> print(mend("a  b").diff("a/x", "b/x"), end="")
        --- a/x
        +++ b/x
        @@ -1 +1 @@
        -a  b
        \\ No newline at end of file
        +a b
        \\ No newline at end of file
        """
        out = []
        for line in self.unified_diff(from_label, to_label, context):
            if line.endswith("\n"):
                line, newline = line[:-1], "\n"
            else:
                newline = "\n\\ No newline at end of file\n" if mark_eof else "\n"
            if color:
                style = _diff_style(line)
                if style:
                    line = f"{style}{line}{_RESET}"
            out.append(line + newline)
        return "".join(out)

    def by_normalizer(self) -> dict[str, int]:
        """How many edits each normalizer made."""
        counts: dict[str, int] = {}
        for e in self.edits:
            for name in e.normalizer.split("+"):
                counts[name] = counts.get(name, 0) + 1
        return counts


def _diff_style(line: str) -> str:
    if line.startswith(("---", "+++")):
        return _DIFF_STYLES["header"]
    if line.startswith("@@"):
        return _DIFF_STYLES["hunk"]
    return _DIFF_STYLES.get(line[:1], "")


def split_lines(text: str) -> list[str]:
    """``text`` in ``\\n``-terminated lines, the last one without it when the text lacks it.

    ``str.splitlines`` would also split on ``\\r``, ``\\x0c``, ``\\u2028``...: a
    diff's lines are ``\\n`` lines.

    >>> split_lines("a\\r\\nb\\u2028c")
    ['a\\r\\n', 'b\\u2028c']
    """
    parts = text.split("\n")
    lines = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def _range(start: int, length: int) -> str:
    """A hunk header's ``start,length`` (``start`` 0-based here, 1-based in the header)."""
    if length == 1:
        return str(start + 1)
    return f"{start + (length > 0)},{length}"


def _unified_diff(result: Result, from_label: str, to_label: str, context: int) -> Iterator[str]:
    old, edits = result.original, result.edits
    if not edits:
        return
    starts = result._line_starts()
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
        old_lines, new_lines = split_lines(old[bounds[a] : bounds[b]]), split_lines(new_chunk)
        if blocks and blocks[-1][1] == a:  # adjacent changed lines read as one change: all -, then all +
            a0, _, old0, new0 = blocks[-1]
            old0.extend(old_lines)  # in place: a run of changed lines stays linear
            new0.extend(new_lines)
            blocks[-1] = (a0, b, old0, new0)
        else:
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
            body += [" " + line for line in split_lines(old[bounds[pos] : bounds[a]])]
            body += ["-" + line for line in old_lines]
            body += ["+" + line for line in new_lines]
            growth += len(new_lines) - len(old_lines)
            pos = b
        body += [" " + line for line in split_lines(old[bounds[pos] : bounds[stop]])]
        old_len = len(split_lines(old[bounds[first] : bounds[stop]]))
        yield f"@@ -{_range(first, old_len)} +{_range(first + delta, old_len + growth)} @@\n"
        yield from body
        delta += growth
