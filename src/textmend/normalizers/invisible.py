"""Invisible debris: control characters, a stray byte-order mark, purposeless format marks.

Removed:

* C0 control characters other than tab, line feed and carriage return, and DEL;
  the space-like ones (vertical tab, form feed, the information separators
  U+001C-U+001F) become a plain space when they stand between two visible
  characters, since there they separated words;
* C1 control characters that have no Windows-1252 meaning (U+0081, U+008D,
  U+008F, U+0090, U+009D) unless they follow a character that starts a UTF-8
  sequence read as Windows-1252 (``Ã\\x81`` is ``Á`` in mojibake);
* a byte-order mark (U+FEFF) at the very start of the text, and U+FFFE anywhere;
* directional marks and embeddings (U+200E, U+200F, U+061C, U+202A-U+202E,
  U+2066-U+2069) in a paragraph with no right-to-left letters, where they
  change nothing a reader sees;
* invisible mathematical operators (U+2061-U+2064), deprecated format
  characters (U+206A-U+206F), interlinear annotation marks (U+FFF9-U+FFFB), and
  tag characters (U+E0001, U+E0020-U+E007F) outside an emoji flag sequence.

Left alone on purpose:

* the other C1 controls (U+0080-U+009F with a Windows-1252 meaning): they are
  encoding damage (``don\\x92t`` is ``don’t`` read as Latin-1), repaired by the
  ``mojibake`` normalizer, which runs next;
* zero-width space, word joiner and a BOM inside the text: the ``whitespace``
  normalizer's job;
* zero-width joiner and non-joiner, variation selectors: they shape emoji and
  Indic, Persian and Arabic words;
* directional marks in a paragraph with Hebrew, Arabic or other right-to-left text;
* U+FFFD replacement characters: the lost text cannot be recovered, so they are
  reported by :func:`find_replacement_characters` and never edited.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left

import regex

from .. import edits as _edits
from ..edits import Edit, RunEdit
from ..normalizer import Normalizer
from .._lazy import LazyPattern

__all__ = ["Invisible", "find_replacement_characters"]

_C0 = "\x00-\x08\x0e-\x1b\x7f"
_SPACE_LIKE_C0 = "\x0b\x0c\x1c-\x1f"
_C1_UNDEFINED_IN_CP1252 = "\x81\x8d\x8f\x90\x9d"
_BIDI = "\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"
_OTHER_FORMAT = "\u2061-\u2064\u206a-\u206f\ufff9-\ufffb\ufffe\U000e0001\U000e0020-\U000e007f"
# Cheap scan: one character class; clean text has none of these.
_DEBRIS = f"{_C0}{_SPACE_LIKE_C0}{_C1_UNDEFINED_IN_CP1252}{_BIDI}{_OTHER_FORMAT}"
# Plain classes scan several times faster with the stdlib engine than with ``regex``.
_CANDIDATE = re.compile(rf"[{_DEBRIS}]+")
# The ASCII characters that are no debris (tab, line feed, carriage return, the printable
# ones): deleted from an ASCII text's bytes in one pass in C, whatever is left is debris.
_ASCII_NOT_DEBRIS = bytes(c for c in range(128) if not _CANDIDATE.match(chr(c)))
# The debris (BOMs included) that opens a text, and the invisible characters there.
_LEADING_DEBRIS = LazyPattern(re.compile, rf"[{_DEBRIS}\ufeff]*")
_LEADING_INVISIBLE = LazyPattern(re.compile, rf"[{_DEBRIS}\ufeff\u200b\u2060\u00ad]*")
_CONTROL = LazyPattern(regex.compile, rf"[{_C0}{_SPACE_LIKE_C0}\x80-\x9f]")
# Right-to-left letters (the marks RLM and ALM have these classes too but are no letters).
# Lone surrogates carry an R class in the regex module's tables but are no script at all.
_RTL = LazyPattern(regex.compile, r"(?![\u200f\u061c\ud800-\udfff])[\p{Bidi_Class=R}\p{Bidi_Class=AL}]")
# A blank line separates paragraphs; debris this normalizer may remove counts as
# blank, so that removing it never merges two paragraphs (idempotence).
_PARAGRAPH_BREAK = LazyPattern(regex.compile,
    rf"\n[\t\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000{_DEBRIS}\ufeff]*\n"
)
_BIDI_CHARS = LazyPattern(regex.compile, rf"[{_BIDI}]")
# What a run's verdict may depend on beyond its own characters (see Invisible.find_edits).
_CONTEXTUAL = re.compile(f"[{_C1_UNDEFINED_IN_CP1252}\U000e0020-\U000e007f]")
_BIDI_SET = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_SPACE_LIKE = LazyPattern(regex.compile, rf"[{_SPACE_LIKE_C0}]")
# First characters of UTF-8 multi-byte sequences when read as Windows-1252 / Latin-1.
_UTF8_LEAD_AS_CP1252 = LazyPattern(regex.compile, r"[\u00c2-\u00f4]")
_UTF8_CONTINUATION_AS_CP1252 = LazyPattern(regex.compile,
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_BLACK_FLAG = "\U0001f3f4"
_REPLACEMENT_RUN = LazyPattern(regex.compile, r"\ufffd+")


def find_replacement_characters(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of runs of U+FFFD, the mark of text lost in decoding.

    Nothing can restore what they stand for, so no normalizer edits them; this
    reports them, for a caller that wants to flag or drop such documents.

    >>> find_replacement_characters("caf\\ufffd and na\\ufffd\\ufffdve")
    [(3, 4), (11, 13)]
    """
    if "\ufffd" not in text:
        return []
    return [m.span() for m in _REPLACEMENT_RUN.finditer(text)]


class Invisible(Normalizer):
    """Remove control characters, a leading BOM and format marks that serve no purpose.

    >>> Invisible()("\\ufeffNULL\\x00 byte and a\\u200e mark\\x0bhere")
    'NULL byte and a mark here'
    """

    name = "invisible"
    leaves_never_text = True
    summary = "remove control characters, a leading BOM and purposeless directional/format marks"
    removes_content = True
    language_blind = True

    def may_edit(self, text: str) -> bool:
        # What find_edits reads: a leading BOM, or a run of debris anywhere.
        if text[:1] == "\ufeff":
            return True
        if text.isascii():
            # (a flag of the string; deleting what is no debris from the bytes is several
            # times faster than a test per line, and answers as the class scan does)
            return bool(text.encode("ascii").translate(None, _ASCII_NOT_DEBRIS))
        # Every debris character is unprintable, and most lines are printable throughout:
        # str.isprintable per line (in C) is twice as fast as the class scan, which
        # runs only when a line holds something unprintable (a tab, a no-break space).
        if all(map(str.isprintable, text.split("\n"))):
            return False
        return _CANDIDATE.search(text) is not None

    def find_edits(self, text: str) -> list[Edit]:
        edits: list[Edit] = []
        rtl_paragraphs: list[tuple[int, int, bool]] | None = None
        leading = _leading_bom_run(text)
        runs = _CANDIDATE.finditer(text, leading.end()) if leading else _CANDIDATE.finditer(text)
        # A run's verdict depends on its characters alone but for C1 controls (the character
        # before them), tag characters (a flag before them) and directional marks (their
        # paragraph's direction, the same over the whole run: a run holds no line break).
        # Adversarial text repeats a few runs a million times: each (run, direction) is
        # judged once per text.  (new text, reason), or None when nothing is removed.
        decided: dict[tuple[str, bool], tuple[str, str] | None] = {}
        # run -> (its verdict needs more than its characters, it holds a directional mark,
        # it holds a space-like control)
        kinds: dict[str, tuple[bool, bool, bool]] = {}
        rtl_ends: list[int] = []
        all_ltr = False  # no paragraph runs right to left (known once rtl_ends is)
        # The commonest runs need neither context nor direction: run -> (new text, reason,
        # it holds a space-like control), None when it stays, or _NEEDS_MORE; one lookup a
        # run instead of two and a key built per run (random bytes make 100 k runs a MB).
        plain: dict[str, tuple[str, str, bool] | object | None] = {}
        name = self.name
        n = len(text)
        # A dense run of one removal (a control character beside every letter) is looked for
        # at most once per character: not before ``no_run_before``; ``covered``: the end of
        # the last run reported (the scan's runs inside it are passed over).
        no_run_before = covered = 0
        dense = _edits.DENSE_RUN_MIN
        for m in itertools.chain([leading] if leading else [], runs):
            if covered and m.start() < covered:
                continue
            run = m.group()
            known = plain.get(run, _UNSEEN)
            if known is _UNSEEN:
                if _CONTEXTUAL.search(run) is not None or _BIDI_CHARS.search(run) is not None:
                    known = _NEEDS_MORE
                else:
                    verdict = _plain_verdict(run, False)
                    known = None if verdict is None else (*verdict, _SPACE_LIKE.search(run) is not None)
                plain[run] = known
            if known is None:
                continue
            if known is not _NEEDS_MORE:
                new, reason, space_like = known  # type: ignore[misc]
                s, e = m.span()
                if not new and space_like and 0 < s and e < n:
                    before, after = text[s - 1], text[e]
                    if not before.isspace() and not after.isspace():
                        new = " "
                elif not new and s >= no_run_before:
                    run_end = _dense_run(text, s, run, dense)
                    if run_end < 0:
                        no_run_before = -run_end
                    else:
                        edits.append(RunEdit.deleting(text, s, run_end, run, name, reason))
                        covered = run_end
                        continue
                edits.append(Edit(s, e, run, new, name, reason))
                continue
            s, e = m.span()
            kind = kinds.get(run)
            if kind is None:
                kind = kinds[run] = (
                    _CONTEXTUAL.search(run) is not None,
                    _BIDI_CHARS.search(run) is not None,
                    _SPACE_LIKE.search(run) is not None,
                )
            contextual, bidi, space_like = kind
            if not contextual:
                rtl = False
                if bidi:
                    if rtl_paragraphs is None:
                        rtl_paragraphs = _paragraph_directions(text)
                    if not rtl_ends:  # (the paragraphs may have been read for a run before)
                        rtl_ends = [end for _, end, _ in rtl_paragraphs]
                        all_ltr = not any(rtl for _, _, rtl in rtl_paragraphs)
                    # The paragraph holding s: the first whose end is not before it.
                    k = bisect_left(rtl_ends, s)
                    rtl = k < len(rtl_paragraphs) and rtl_paragraphs[k][0] <= s and rtl_paragraphs[k][2]
                key = (run, rtl)
                if key in decided:
                    verdict = decided[key]
                else:
                    verdict = decided[key] = _plain_verdict(run, rtl)
                    if bidi and all_ltr:
                        # No paragraph of the text runs right to left: the run's direction is the
                        # same everywhere, and its next occurrences take the plain lookup above
                        # (a directional mark beside every letter: one lookup a run, not six steps).
                        plain[run] = None if verdict is None else (*verdict, space_like)
                if verdict is None:
                    continue
                new, reason = verdict
                if not new and space_like:
                    before = text[s - 1] if s > 0 else ""
                    after = text[e] if e < len(text) else ""
                    if before and after and not before.isspace() and not after.isspace():
                        new = " "
                edits.append(Edit(s, e, run, new, name, reason))
                continue
            keep: list[str] = []
            removed = False
            # Tag characters spell a flag after the black flag emoji; removed debris between
            # them does not break the sequence, anything kept does.
            in_flag = s > 0 and text[s - 1] == _BLACK_FLAG
            for i, ch in enumerate(run):
                pos = s + i
                if ch == "\ufeff":
                    # Only at the very start of the text (after other debris) is it a BOM.
                    kept = bool(keep)
                elif ch in _C1_UNDEFINED_IN_CP1252:
                    # Inside a mojibake sequence the mojibake normalizer reads it.
                    kept = _inside_utf8_sequence(text, pos)
                elif ch in _BIDI_SET:
                    if rtl_paragraphs is None:
                        rtl_paragraphs = _paragraph_directions(text)
                    kept = _in_rtl_paragraph(rtl_paragraphs, pos)
                elif "\U000e0020" <= ch <= "\U000e007f":
                    if in_flag:
                        keep.append(ch)
                        continue
                    kept = False
                else:
                    kept = False
                if kept:
                    keep.append(ch)
                    in_flag = False  # a kept character that is no tag ends a flag sequence
                else:
                    removed = True
            if not removed:
                continue
            new = "".join(keep)
            if not new and _SPACE_LIKE.search(run):
                before = text[s - 1] if s > 0 else ""
                after = text[e] if e < len(text) else ""
                if before and after and not before.isspace() and not after.isspace():
                    new = " "
            edits.append(self.edit(text, s, e, new, _reason(run)))
        return edits


_UNSEEN = object()  # a run not met yet in this text
_NEEDS_MORE = object()  # a run whose verdict reads its context or its paragraph's direction


# Between two runs of a dense run of one removal: one to seven characters, none of them
# debris nor a line break, so each copy of the run is a whole run of the scan.
_NOT_DEBRIS = rf"[^{_DEBRIS}\n]"
_DENSE_RUN_PATTERNS: dict[str, "re.Pattern[str]"] = {}


def _dense_run(text: str, s: int, run: str, least: int) -> int:
    """Where a dense run of copies of ``run`` (debris the scan found whole at ``text[s]``)
    ends, when it holds at least ``least`` of them; otherwise minus the end of what was read.

    Only for a run whose verdict needs neither its context nor its paragraph's direction
    (or a text with no right-to-left paragraph) and removes it all: every copy is then
    removed as the first is (held to it by tests/test_dense_runs.py).

    >>> _dense_run("a\\x01" * 4 + "\\n", 1, "\\x01", 4), _dense_run("a\\x01b\\x01\\x02", 1, "\\x01", 2)
    (8, -2)
    """
    pattern = _DENSE_RUN_PATTERNS.get(run)
    if pattern is None:
        if len(_DENSE_RUN_PATTERNS) > 256:
            _DENSE_RUN_PATTERNS.clear()
        r = re.escape(run)
        pattern = _DENSE_RUN_PATTERNS[run] = re.compile(rf"{r}(?:{_NOT_DEBRIS}{{1,7}}{r})*(?![{_DEBRIS}])")
    m = pattern.match(text, s)
    if m is None:
        return -(s + 1)
    end = m.end()
    if end - s >= least * len(run) and text.count(run, s, end) >= least:
        return end
    return -end


def _plain_verdict(run: str, rtl: bool) -> tuple[str, str] | None:
    """What :meth:`Invisible.find_edits` makes of a run with no C1 control and no tag
    character, in a paragraph with (``rtl``) or without right-to-left letters: the run's
    new text before the space-like rule, and the reason; ``None`` when nothing goes."""
    keep: list[str] = []
    removed = False
    for ch in run:
        if ch == "\ufeff":
            kept = bool(keep)  # only at the very start of the text (after other debris) is it a BOM
        elif ch in _BIDI_SET:
            kept = rtl
        else:
            kept = False
        if kept:
            keep.append(ch)
        else:
            removed = True
    if not removed:
        return None
    return "".join(keep), _reason(run)


def _leading_bom_run(text: str) -> re.Match[str] | None:
    """The debris opening ``text`` when it holds a BOM and visible text follows.

    A line of nothing but invisible characters is the whitespace normalizer's to
    keep, so a BOM there stays.
    """
    if "\ufeff" not in text[:1] and not _CANDIDATE.match(text):
        return None
    debris = _LEADING_DEBRIS.match(text)
    if "\ufeff" not in debris.group():
        return None
    after = _LEADING_INVISIBLE.match(text).end()
    if after >= len(text) or text[after].isspace():
        return None
    return debris


def _reason(run: str) -> str:
    if _CONTROL.search(run):
        return "remove control characters"
    if "\ufeff" in run:
        return "remove a byte-order mark at the start of the text"
    if _BIDI_CHARS.search(run):
        return "remove directional marks from text with no right-to-left script"
    return "remove invisible format characters"


def _paragraph_directions(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, has right-to-left letters) for each blank-line-separated paragraph."""
    out: list[tuple[int, int, bool]] = []
    start = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        out.append((start, m.start(), bool(_RTL.search(text, start, m.start()))))
        start = m.end()
    out.append((start, len(text), bool(_RTL.search(text, start, len(text)))))
    return out


def _in_rtl_paragraph(paragraphs: list[tuple[int, int, bool]], pos: int) -> bool:
    lo, hi = 0, len(paragraphs)
    while lo < hi:
        mid = (lo + hi) // 2
        if paragraphs[mid][1] < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo < len(paragraphs) and paragraphs[lo][0] <= pos and paragraphs[lo][2]


def _inside_utf8_sequence(text: str, pos: int) -> bool:
    """True when ``text[pos]`` continues a UTF-8 sequence read as Windows-1252 (``ã\x81\x8d``)."""
    i = pos - 1
    while i >= 0 and pos - i <= 3:
        if _UTF8_LEAD_AS_CP1252.match(text[i]):
            return True
        if not _UTF8_CONTINUATION_AS_CP1252.match(text[i]):
            return False
        i -= 1
    return False
