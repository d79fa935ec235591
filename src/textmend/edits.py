"""Edits: the unit every normalizer reports, and the arithmetic on them.

An :class:`Edit` replaces ``text[start:end]`` (``old``) by ``new``.  A normalizer
reports edits against the text it was given; a :class:`~textmend.Pipeline`
composes the edits of its stages so that the final list is expressed against
the *original* input.  Everything here is pure and linear in the input size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

__all__ = ["DENSE_RUN_MIN", "Edit", "RunEdit", "apply_edits", "check_edits", "compose_edits", "run_alignment", "run_reason", "settle"]


@dataclass(frozen=True, slots=True, init=False)
class Edit:
    """One change: ``old`` at ``[start, end)`` becomes ``new``.

    ``normalizer`` names who made it (several names joined by ``+`` when the
    pipeline had to merge overlapping changes of different stages) and
    ``reason`` says why, for a human.  ``confidence`` (0 to 1, default 1) is
    how sure the normalizer is; a :class:`~textmend.Pipeline` drops edits
    below its threshold.

    >>> e = Edit(3, 5, "  ", " ", "whitespace", "collapse a run of spaces")
    >>> apply_edits("one  two", [e])
    'one two'
    """

    start: int
    end: int
    old: str
    new: str
    normalizer: str
    reason: str
    confidence: float = 1.0

    def __init__(
        self, start: int, end: int, old: str, new: str, normalizer: str, reason: str, confidence: float = 1.0
    ) -> None:
        # The dataclass's own __init__ for a frozen class calls object.__setattr__ once per
        # field (1.8 us an edit); the slots' setters, called directly, take half that, and an
        # adversarial input (a control character between every letter) makes a million edits.
        _set_start(self, start)
        _set_end(self, end)
        _set_old(self, old)
        _set_new(self, new)
        _set_normalizer(self, normalizer)
        _set_reason(self, reason)
        _set_confidence(self, confidence)

    @property
    def delta(self) -> int:
        """How much longer the text gets (negative when it shrinks)."""
        return len(self.new) - (self.end - self.start)

    @property
    def is_removal(self) -> bool:
        """True when the edit takes letters or digits out of the text."""
        return _alnum(self.old) != _alnum(self.new)

    def shifted(self, start: int, end: int, old: str) -> "Edit":
        """The same change, placed at another span (used by composition)."""
        return Edit(start, end, old, self.new, self.normalizer, self.reason, self.confidence)

    def __str__(self) -> str:
        return f"{self.start}:{self.end} {self.normalizer}: {self.old!r} -> {self.new!r} ({self.reason})"


# The setters of Edit's slots (member descriptors), bypassing the frozen __setattr__.
_set_start, _set_end, _set_old, _set_new, _set_normalizer, _set_reason, _set_confidence = (
    getattr(Edit, name).__set__ for name in ("start", "end", "old", "new", "normalizer", "reason", "confidence")
)


#: The fewest like repairs a stage reports as one :class:`RunEdit` (read at each call, so
#: tests can lower it): a line of a million no-break spaces is one edit, not a million.
DENSE_RUN_MIN = 1000


class RunEdit(Edit):
    """A dense run of identical trivial repairs on one line, reported as one edit.

    ``new`` is ``old`` with one repair made at every place it applies and nothing
    else changed: characters replaced one for one (every no-break space by a
    space), or characters of a set deleted (every control character).  A stage
    makes one only for a run of at least :data:`DENSE_RUN_MIN` repairs, at least
    one in every 8 characters, on one line (adversarial input: a million edits
    cost seconds to build and carry); its ``reason`` says how many it holds.
    :class:`~textmend.Result` maps positions inside it character for character,
    as the separate edits would (see :func:`run_alignment`).

    >>> e = RunEdit(0, 5, "a\\u00a0b\\u00a0c", "a b c", "whitespace", "plain spaces (2 in a dense run)")
    >>> apply_edits("a\\u00a0b\\u00a0c!", [e]), run_alignment(e.old, e.new)
    ('a b c!', range(0, 5))
    """

    __slots__ = ()

    @classmethod
    def deleting(cls, text: str, start: int, end: int, removed: str, normalizer: str, reason: str) -> "RunEdit":
        """The run that deletes every ``removed`` in ``text[start:end]``, each for ``reason``.

        >>> RunEdit.deleting("x\u200ba\u200bb", 1, 5, "\u200b", "whitespace", "drop").reason
        'drop (2 times: a dense run of like repairs on one line, as one edit)'
        """
        old = text[start:end]
        return cls(start, end, old, old.replace(removed, ""), normalizer, run_reason(reason, old.count(removed)))

    def shifted(self, start: int, end: int, old: str) -> "RunEdit":
        """The same run, placed at another span."""
        return RunEdit(start, end, old, self.new, self.normalizer, self.reason, self.confidence)

    def separate(self) -> list[Edit]:
        """The separate edits a stage's run stands for (each changed character, or each
        stretch of deleted ones), with the reason of one; for a stage that must keep only
        the part of the run inside some spans.

        >>> [str(e) for e in RunEdit(1, 5, "\\x01b\\x01c", "bc", "x", run_reason("drop", 2)).separate()]
        ["1:2 x: '\\\\x01' -> '' (drop)", "3:4 x: '\\\\x01' -> '' (drop)"]
        """
        reason = self.reason
        if reason.endswith(_RUN_SUFFIX):
            reason = reason[: reason.rfind(" (")]
        old, new, start, name, confidence = self.old, self.new, self.start, self.normalizer, self.confidence
        if len(old) == len(new):
            return [
                Edit(start + k, start + k + 1, a, b, name, reason, confidence)
                for k, (a, b) in enumerate(zip(old, new))
                if a != b
            ]
        gone = "".join(sorted(set(old).difference(new)))
        return [
            Edit(start + m.start(), start + m.end(), m.group(), "", name, reason, confidence)
            for m in re.finditer(f"[{re.escape(gone)}]+", old)
        ]


_RUN_SUFFIX = " times: a dense run of like repairs on one line, as one edit)"


def run_reason(reason: str, count: int) -> str:
    """The reason of a :class:`RunEdit` of ``count`` repairs, each made for ``reason``.

    >>> run_reason("remove control characters", 1500)
    'remove control characters (1,500 times: a dense run of like repairs on one line, as one edit)'
    """
    return f"{reason} ({count:,}{_RUN_SUFFIX}"


def run_alignment(old: str, new: str) -> "Sequence[int] | None":
    """Where each character of ``new`` stands in ``old``, when ``new`` is ``old`` with
    characters replaced one for one (each replaced character gone from ``new``, always by
    the same one) or with every character of a set deleted; ``None`` otherwise.

    >>> run_alignment("a\\x01b\\x01", "ab"), run_alignment(" ,", ", ")
    ([0, 2], None)
    """
    gone = set(old).difference(new)
    if not gone:
        return None
    if len(old) == len(new):
        table = {ord(ch): new[old.index(ch)] for ch in gone}
        return range(len(old)) if old.translate(table) == new else None
    if old.translate(dict.fromkeys(map(ord, gone))) != new:
        return None
    return [i for i, ch in enumerate(old) if ch not in gone]


#: An edit as a :class:`~textmend.Pipeline` carries it between its stages when it only
#: splices (``clean()``): ``(start, end, old, new, normalizer, reason, confidence, is_run)``,
#: ``is_run`` true for a :class:`RunEdit`.  A tuple of strings and numbers, which the cyclic
#: garbage collector stops tracking once it has seen it: a dense text's million edits would
#: otherwise be walked by every full collection while a stage makes them (an :class:`Edit`,
#: like every instance of a class written in Python, stays tracked as long as it lives).
#: A stage that makes many edits can report rows (``Normalizer._find_rows``); an
#: :class:`Edit` is made of a row only when someone asks for one (:func:`row_edit`).
Row = tuple[int, int, str, str, str, str, float, bool]


def edit_row(e: Edit) -> Row:
    """The row of an :class:`Edit` (see :data:`Row`).

    >>> edit_row(Edit(1, 2, "b", "B", "x", "y"))
    (1, 2, 'b', 'B', 'x', 'y', 1.0, False)
    """
    return (e.start, e.end, e.old, e.new, e.normalizer, e.reason, e.confidence, type(e) is RunEdit)


def row_edit(r: Row) -> Edit:
    """The :class:`Edit` (or :class:`RunEdit`) a row stands for; ``row_edit(edit_row(e)) == e``.

    >>> row_edit((1, 2, "b", "B", "x", "y", 1.0, False))
    Edit(start=1, end=2, old='b', new='B', normalizer='x', reason='y', confidence=1.0)
    """
    return (RunEdit if r[7] else Edit)(r[0], r[1], r[2], r[3], r[4], r[5], r[6])


def check_rows(text: str, rows: Sequence[Row]) -> None:
    """:func:`check_edits` for rows: ``ValueError`` unless sorted, disjoint and matching ``text``."""
    last_end = -1
    last_empty_at = -1
    n = len(text)
    for r in rows:
        start, end, old = r[0], r[1], r[2]
        if not (0 <= start <= end <= n):
            raise ValueError(f"edit {start}:{end} lies outside a text of length {n}")
        if start < last_end or (start == end and start == last_empty_at):
            raise ValueError(f"edit {start}:{end} overlaps the edit before it")
        if text[start:end] != old:
            raise ValueError(f"edit {start}:{end} says it replaces {old!r} but the text has {text[start:end]!r}")
        last_end = end
        last_empty_at = start if start == end else -1


def apply_rows(text: str, rows: Iterable[Row]) -> str:
    """:func:`apply_edits` for rows.

    >>> apply_rows("abc", [(1, 1, "", "-", "n", "r", 1.0, False), (2, 3, "c", "", "n", "r", 1.0, False)])
    'a-b'
    """
    parts: list[str] = []
    pos = 0
    for r in rows:
        parts.append(text[pos : r[0]])
        parts.append(r[3])
        pos = r[1]
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)


def _alnum(s: str) -> str:
    return "".join(ch for ch in s if ch.isalnum())


def check_edits(text: str, edits: Sequence[Edit]) -> None:
    """Raise ``ValueError`` unless ``edits`` are sorted, disjoint and match ``text``.

    Two insertions at the same point are refused too: their order would be
    ambiguous.

    >>> check_edits("ab", [Edit(0, 1, "a", "A", "x", "y")])
    >>> check_edits("ab", [Edit(0, 1, "b", "B", "x", "y")])
    Traceback (most recent call last):
    ...
    ValueError: edit 0:1 says it replaces 'b' but the text has 'a'
    """
    last_end = -1
    last_empty_at = -1
    n = len(text)
    for e in edits:
        # Each field read once: a stage on adversarial input hands in a million edits.
        start, end = e.start, e.end
        if not (0 <= start <= end <= n):
            raise ValueError(f"edit {start}:{end} lies outside a text of length {n}")
        if start < last_end or (start == end and start == last_empty_at):
            raise ValueError(f"edit {start}:{end} overlaps the edit before it")
        if text[start:end] != e.old:
            raise ValueError(f"edit {start}:{end} says it replaces {e.old!r} but the text has {text[start:end]!r}")
        last_end = end
        last_empty_at = start if start == end else -1


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Splice sorted, disjoint ``edits`` into ``text``.

    >>> apply_edits("abc", [Edit(1, 1, "", "-", "n", "r"), Edit(2, 3, "c", "", "n", "r")])
    'a-b'
    """
    parts: list[str] = []
    pos = 0
    for e in edits:
        parts.append(text[pos : e.start])
        parts.append(e.new)
        pos = e.end
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)


def compose_edits(
    original: str, earlier: Sequence[Edit], current: str, later: Sequence[Edit]
) -> list[Edit]:
    """Express ``later`` (made on ``current``) against ``original``.

    ``earlier`` are edits against ``original`` that turned it into ``current``.
    The result turns ``original`` into ``apply_edits(current, later)`` in one
    step.  Edits of the two lists that touch the same characters are merged
    into one edit naming both normalizers; a merged edit that changes nothing
    (a space inserted by one stage and removed by the next) disappears.

    >>> orig = "a  b"
    >>> first = [Edit(1, 3, "  ", " ", "whitespace", "collapse")]
    >>> cur = apply_edits(orig, first)
    >>> later = [Edit(2, 3, "b", "B", "upper", "shout")]
    >>> [str(e) for e in compose_edits(orig, first, cur, later)]
    ["1:3 whitespace: '  ' -> ' ' (collapse)", "3:4 upper: 'b' -> 'B' (shout)"]
    """
    out: list[Edit] = []
    i, n = 0, len(earlier)
    j, m = 0, len(later)
    delta = 0  # len(current) - len(original) over the earlier edits already passed
    while j < m:
        f = later[j]
        # Earlier edits wholly before f pass through unchanged.
        while i < n:
            g = earlier[i]
            cs = g.start + delta
            ce = cs + len(g.new)
            if ce > f.start or (cs < f.end and f.start < ce):
                break
            out.append(g)
            delta += g.delta
            i += 1
        # Grow a cluster of overlapping edits from both lists (in current coordinates).
        c_start, c_end = f.start, f.end
        delta_before = delta
        members: list[Edit] = []
        inner: list[Edit] = [f]
        j += 1
        grew = True
        while grew:
            grew = False
            while i < n:
                g = earlier[i]
                cs = g.start + delta
                ce = cs + len(g.new)
                if not (cs < c_end and c_start < ce):
                    break
                members.append(g)
                c_start, c_end = min(c_start, cs), max(c_end, ce)
                delta += g.delta
                i += 1
                grew = True
            while j < m and later[j].start < c_end and c_start < later[j].end:
                inner.append(later[j])
                c_end = max(c_end, later[j].end)
                j += 1
                grew = True
        o_start, o_end = c_start - delta_before, c_end - delta
        new_text = apply_edits(current[c_start:c_end], [e.shifted(e.start - c_start, e.end - c_start, e.old) for e in inner])
        if members:
            names: list[str] = []
            reasons: list[str] = []
            for e in members + inner:  # earlier stages first, as the pipeline ran them
                for name in e.normalizer.split("+"):
                    if name not in names:
                        names.append(name)
                if e.reason not in reasons:
                    reasons.append(e.reason)
            confidence = min(e.confidence for e in members + inner)
            old_text = original[o_start:o_end]
            kind = Edit
            if any(type(e) is RunEdit for e in inner) or any(type(e) is RunEdit for e in members):
                if all(type(e) is RunEdit for e in members + inner) and run_alignment(old_text, new_text) is not None:
                    # Runs merged (one stage's dense deletions around the next one's): still a
                    # run, whose offset map is the separate edits' map.
                    kind = RunEdit
                else:
                    # A run around another edit: merged, the map inside would go to the start;
                    # the separate repairs it stands for are composed instead.
                    split = _compose_separately(original, o_start, o_end, members, current, c_start, c_end, inner)
                    if split is not None:
                        out.extend(split)
                        continue
            out.append(kind(o_start, o_end, old_text, new_text, "+".join(names), "; ".join(reasons), confidence))
        else:
            out.append(f.shifted(o_start, o_end, original[o_start:o_end]))
    out.extend(earlier[i:])
    result: list[Edit] = []
    for e in out:
        if e.old == e.new:
            continue
        prev = result[-1] if result else None
        if prev is not None and prev.start == prev.end == e.start == e.end:
            # Two insertions at one original point become one, in text order.
            result[-1] = Edit(
                e.start,
                e.end,
                "",
                prev.new + e.new,
                _join(prev.normalizer, e.normalizer),
                _join(prev.reason, e.reason, "; "),
                min(prev.confidence, e.confidence),
            )
        else:
            result.append(e)
    return result


def _compose_separately(
    original: str, o_start: int, o_end: int, members: list[Edit], current: str, c_start: int, c_end: int, inner: list[Edit]
) -> list[Edit] | None:
    """One cluster of :func:`compose_edits` (``original[o_start:o_end]`` and
    ``current[c_start:c_end]``, its earlier edits ``members`` and its later ones ``inner``) composed again with each stage's :class:`RunEdit`
    in it replaced by the separate edits it stands for; ``None`` when it holds none such
    (a run already merged from several stages cannot be told apart again)."""

    def separated(edits: list[Edit]) -> tuple[list[Edit], bool]:
        out: list[Edit] = []
        found = False
        for e in edits:
            if type(e) is RunEdit and e.reason.endswith(_RUN_SUFFIX) and "+" not in e.normalizer and "; " not in e.reason:
                out.extend(e.separate())
                found = True
            else:
                out.append(e)
        return out, found

    earlier, found_earlier = separated(members)
    later, found_later = separated(inner)
    if not (found_earlier or found_later):
        return None
    # Composed on the cluster's own stretch of both texts (where they line up: the edits before
    # it are not in this composition), then placed back: linear in the cluster, not the text.
    local = compose_edits(
        original[o_start:o_end],
        [e.shifted(e.start - o_start, e.end - o_start, e.old) for e in earlier],
        current[c_start:c_end],
        [e.shifted(e.start - c_start, e.end - c_start, e.old) for e in later],
    )
    return [e.shifted(e.start + o_start, e.end + o_start, e.old) for e in local]


def _join(a: str, b: str, sep: str = "+") -> str:
    parts = a.split(sep)
    return a if b in parts else a + sep + b


def settle(
    text: str,
    find: Callable[[str], list[Edit]],
    rounds: int,
    reread: Callable[[str, list[Edit], str], list[Edit]] | None = None,
    *,
    first: list[Edit] | None = None,
) -> list[Edit]:
    """The edits of ``find`` on ``text``, read again on the result until nothing more turns up.

    For a normalizer whose evidence its own repairs can change: the returned edits
    (against ``text``) lead to a text on which ``find`` finds nothing.  When
    ``rounds`` more readings still find something, the evidence contradicts itself
    and the answer is ``[]``: leave the text as it is.

    ``reread(previous, last, current)``, when given, stands for ``find(current)``
    where ``current`` is ``previous`` with the edits ``last`` made: a normalizer
    whose judgement is local (a line) reads only what ``last`` changed, so a long
    text costs one full reading, not one per round.

    ``first``, when given, is ``find(text)`` already computed by the caller (a stage
    that looks once before deciding it must settle): it is not read again.

    >>> import re
    >>> def one_pair(t):  # repairs the first "aa" only, so it needs several readings
    ...     m = re.search("aa", t)
    ...     return [Edit(m.start(), m.end(), "aa", "a", "demo", "one a")] if m else []
    >>> apply_edits("aaaa", settle("aaaa", one_pair, rounds=5))
    'a'
    >>> settle("aaaa", one_pair, rounds=1)
    []
    """
    edits = find(text) if first is None else first
    current, last = text, edits
    for _ in range(rounds + 1):
        if not edits:
            return edits
        previous, current = current, apply_edits(text, edits)
        more = find(current) if reread is None else reread(previous, last, current)
        if not more:
            return edits
        edits, last = compose_edits(text, edits, current, more), more
    # Still more after every round (the last reading only checked): the evidence
    # contradicts itself.
    return []
