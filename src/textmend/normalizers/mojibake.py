"""Encoding damage (mojibake) and HTML entities left in plain text.

Mojibake is repaired with ftfy, configured to *repair* and not to restyle.  A
cheap scan looks for the marks of damage first: a Windows-1252 character that
starts a UTF-8 sequence followed by the characters that continue it (``Ã©``,
``â€™``, ``Ã‰``, ``Ð¿``), or a C1 control character (``don\\x92t``: Windows-1252
read as Latin-1).  Only the non-ASCII run from such a mark (with damaged runs
close by on the same line, for context) is handed to ftfy, so clean text costs
one regex scan and every edit covers exactly the characters ftfy changed.  ftfy
judges a segment by its context and a repair changes that context, so the
normalizer repeats until the text settles (or leaves it alone).

The ftfy options (:class:`ftfy.TextFixerConfig`), each a constructor argument:

``fix_encoding`` (on)
    Re-decode text that was UTF-8 read in a single-byte encoding (``â€™`` -> ``’``).
``restore_byte_a0`` (on)
    Allow a space where a no-break space byte was lost (``Ã `` -> ``à``).
``replace_lossy_sequences`` (on)
    Turn a damaged sequence whose bytes are gone (``â€�``) into one U+FFFD.
``decode_inconsistent_utf8`` (on)
    Repair damaged sequences inside otherwise correct text.
``fix_c1_controls`` (on)
    Read stray C1 controls as the Windows-1252 characters they were (``\\x92`` -> ``’``).
``fix_surrogates`` (on)
    Join UTF-16 surrogate pairs into the character they encode.  Lone surrogates (the
    undecodable bytes ``errors="surrogateescape"`` keeps) are left as they are.
``fix_latin_ligatures`` (off)
    Would spell out ``ﬁ`` as ``fi``: a style choice, not damage.
``fix_character_width`` (off)
    Would turn full-width Latin and half-width katakana into normal width, changing
    correct Chinese and Japanese text.
``uncurl_quotes`` (off)
    Would turn curly quotes into straight ones: typography, not damage.
``normalization`` (``None``)
    Would apply a Unicode normalization form (``"NFC"`` is ftfy's default); off,
    because it changes clean text that happens to be decomposed.
``remove_terminal_escapes`` (off)
    Would remove ANSI colour codes; the ESC character itself goes with the other
    control characters in the ``invisible`` normalizer.
``fix_line_breaks`` and ``remove_control_chars``
    Always off: line structure is data, and control characters are the
    ``invisible`` normalizer's job.
``max_decode_length`` and ``explain``
    Not offered: segments are short, and edits carry their own explanation.
``unescape_html`` (``"auto"``)
    Handled here rather than by ftfy: entities ending in ``;`` (``&amp;``,
    ``&nbsp;``, ``&#8217;``, a chain like ``&amp;amp;``) are decoded when the text
    has no HTML markup (``"auto"``), always (``True``) or never (``False``).
    ``AT&T``, a lone ``&`` and ``&amp`` without a semicolon stay; so do
    entities that would decode to a line break, a control character or U+FFFD.
"""

from __future__ import annotations

import difflib
import html
import re
import unicodedata
from functools import lru_cache
import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import logging

import regex

from ..analysis import never_text_line, note_never_text, text_facts
from ..edits import Edit, Row, apply_rows, edit_row, row_edit, settle
from ..normalizer import Normalizer, Options
from .._lazy import LazyPattern

if TYPE_CHECKING:
    import ftfy  # imported when first needed: a text with no damage mark never needs it

__all__ = ["Mojibake"]

log = logging.getLogger("textmend")

# Windows-1252 characters for the bytes 0x80-0xBF (UTF-8 continuation bytes).
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
# The shape of UTF-8 read as Windows-1252: a lead byte and as many continuation bytes
# as it announces (one for 0xC2-0xDF, two for 0xE0-0xEF, three for 0xF0-0xF4); "â€"
# alone, the start of every damaged quote and dash, whose last byte is often lost;
# or a C1 control.  Counting continuation bytes keeps correct text ("été\u00a0:")
# out of ftfy's way.
_DAMAGE = (
    rf"[\u00c2-\u00df][{_CONTINUATION}]|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}|\u00e2\u20ac"
    rf"|[\u00f0-\u00f4][{_CONTINUATION}]{{3}}|[\u0080-\u009f]"
)
_LIGATURES = "\ufb00-\ufb06\u0132\u0133\u013f\u0140\u01c4-\u01cc\u01f1-\u01f3"
_WIDTH = "\u3000\uff01-\uffee"
_CURLY = "\u2018-\u201f\u2032\u2033"
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_MAX_SEGMENT = 256
_C1 = LazyPattern(re.compile, r"[\u0080-\u009f]")
_LEAD_CHAR = LazyPattern(re.compile, r"[\u00c2-\u00f4]")
_MAX_ROUNDS = 3
_MAX_RETRIES = 4  # fresh starts inside one segment that ftfy leaves alone
_MAX_GAP = 40  # ASCII characters (a few words) between damaged runs of one segment
_ENTITY = LazyPattern(re.compile, r"&(?:amp;)*(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
_ENTITY_BODY = LazyPattern(re.compile, r"#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};")
_TERMINAL_ESCAPE = LazyPattern(re.compile, r"\x1b\[[0-9;]{0,32}[A-Za-z]")
_MARKUP = LazyPattern(re.compile, r"<[A-Za-z/!?]")
_AMP_CHAIN = LazyPattern(re.compile, r"&(?:amp;)+")


_CONTROL = LazyPattern(re.compile, r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


# _DAMAGE as (first character's class, the rest) per branch, in the same order: see
# _candidate_pattern.
_DAMAGE_BRANCHES = (
    ("\u00c2-\u00df", f"[{_CONTINUATION}]"),
    ("\u00e0-\u00ef", f"[{_CONTINUATION}]{{2}}"),
    ("\u00e2", "\u20ac"),
    ("\u00f0-\u00f4", f"[{_CONTINUATION}]{{3}}"),
    ("\u0080-\u009f", ""),
)


def _candidate_branches(
    ligatures: bool, width: bool, quotes: bool, surrogates: bool, escapes: bool, normalization: bool
) -> list[tuple[str, str]]:
    """The branches of the candidate pattern, (first character's class, the rest) each."""
    branches = list(_DAMAGE_BRANCHES)
    if ligatures:
        branches.append((_LIGATURES, ""))
    if width:
        branches.append((_WIDTH, ""))
    if quotes:
        branches.append((_CURLY, ""))
    if surrogates:
        # Pairs only: a lone surrogate is a byte that was not UTF-8 at all (what
        # ``errors="surrogateescape"`` leaves); nothing says what it was, so it stays.
        branches.append(("\ud800-\udbff", "[\udc00-\udfff]"))
    if escapes:
        branches.append(("\x1b", ""))
    if normalization:
        branches.append(("\x80-\U0010ffff", ""))  # any non-ASCII run may be unnormalized
    return branches


@lru_cache(maxsize=64)
def _candidate_pattern(
    ligatures: bool, width: bool, quotes: bool, surrogates: bool, escapes: bool, normalization: bool
) -> re.Pattern[str]:
    branches = _candidate_branches(ligatures, width, quotes, surrogates, escapes, normalization)
    # Plain classes: the stdlib engine scans them several times faster than ``regex``.
    # The pattern is the alternation of the branches, written as the class of every
    # branch's first character, then each branch's rest behind a look-behind for its
    # own first character (same order, same matches): a pattern that opens with one
    # class lets the engine skip ASCII text in C; an alternation of classes made it
    # try every position.
    first = "".join(head for head, _ in branches)
    rest = "|".join(f"(?<=[{head}]){tail}" for head, tail in branches)
    return re.compile(f"[{first}](?:{rest})")


_ASCII = "".join(map(chr, range(128)))


@lru_cache(maxsize=64)
def _candidate_opens_in_ascii(
    ligatures: bool, width: bool, quotes: bool, surrogates: bool, escapes: bool, normalization: bool
) -> bool:
    """Whether an ASCII character can open a match of the candidate pattern built from the
    same options: its first class is the branches' first characters.  When none can (the
    default options: every damage mark is outside ASCII; only the terminal escape is in),
    a text that is all ASCII holds no candidate, which ``str.isascii`` tells without a scan."""
    heads = "".join(head for head, _ in _candidate_branches(ligatures, width, quotes, surrogates, escapes, normalization))
    return re.search(f"[{heads}]", _ASCII) is not None


#: The ftfy configuration this stage starts from (``DEFAULT_FTFY_CONFIG``): ftfy's
#: defaults, less every fix that restyles correct text rather than repairing damage
#: (quotes, ligatures, full-width forms, Unicode normalization, terminal escapes).
_DEFAULT_CHANGES: dict[str, Any] = {
    "uncurl_quotes": False,
    "fix_latin_ligatures": False,
    "fix_character_width": False,
    "normalization": None,
    "remove_terminal_escapes": False,
    "fix_line_breaks": False,
    "remove_control_chars": False,
    "explain": False,
}
#: What the default configuration says of what the stage reads before ftfy is needed: the
#: candidate pattern's options (see :func:`_candidate_pattern`) and ``unescape_html``, so a
#: text with no damage mark is read without importing ftfy (0.07-0.08 s of a cold start, its
#: ``wcwidth`` and character tables).  ``fix_surrogates`` and ``unescape_html`` are ftfy's own
#: defaults (``tests/test_speed_cold_start.py`` holds these to the built configuration).
_DEFAULT_FLAGS = (False, False, False, True, False, False)
_DEFAULT_UNESCAPE_HTML = "auto"


@lru_cache(maxsize=None)
def _default_config() -> ftfy.TextFixerConfig:
    """``DEFAULT_FTFY_CONFIG``, built (and ftfy imported) on first need."""
    import ftfy

    return ftfy.TextFixerConfig(**_DEFAULT_CHANGES)


def __getattr__(name: str) -> Any:
    # ``DEFAULT_FTFY_CONFIG`` reads as it always did (an ftfy.TextFixerConfig), built when first read.
    if name == "DEFAULT_FTFY_CONFIG":
        return _default_config()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: What the stage always hands ftfy, whatever the configuration says: entities are
#: decoded here, so each is its own explained edit; line breaks are kept (the line
#: count is part of the contract); control characters are the ``invisible`` stage's.
_FORCED = {"unescape_html": False, "fix_line_breaks": False, "remove_control_chars": False, "explain": False}


@lru_cache(maxsize=64)
def _forced(config: ftfy.TextFixerConfig) -> ftfy.TextFixerConfig:
    return config._replace(**_FORCED)


class _DefaultConfig:
    """What :class:`MojibakeOptions` holds for ``config`` when it was not given: it stands
    for ``DEFAULT_FTFY_CONFIG``, which reading ``options.config`` returns (built then)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "DEFAULT_FTFY_CONFIG"

    def __reduce__(self) -> str:
        return "_DEFAULT"  # pickled and copied as the one module-level marker


_DEFAULT = _DefaultConfig()


class _ConfigField:
    """The ``config`` field of :class:`MojibakeOptions`: stores what was given (the marker
    :data:`_DEFAULT` when nothing was) and reads as an ``ftfy.TextFixerConfig`` always.

    A dataclass field whose default is a descriptor: the dataclass takes the default from
    ``__get__`` on the class (the marker) and sets the field through ``__set__``.
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self._key = "_" + name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return _DEFAULT
        value = instance.__dict__[self._key]
        return _default_config() if value is _DEFAULT else value

    def __set__(self, instance: Any, value: Any) -> None:
        instance.__dict__[self._key] = value


@dataclass(frozen=True)
class MojibakeOptions(Options):
    """Options of :class:`Mojibake`: ftfy's own ``TextFixerConfig``.

    ``config.unescape_html`` decides the stage's own decoding of HTML entities
    (``"auto"``: not inside text that looks like markup); ``fix_line_breaks``,
    ``remove_control_chars`` and ``explain`` are not used.  Every field of
    ``TextFixerConfig`` is accepted as a keyword of its own too.

    ``config`` reads as an ``ftfy.TextFixerConfig`` whether given or not; when it was not
    given, the default is built (and ftfy imported) only when first read, so a pipeline
    whose texts hold no damage mark never imports ftfy.
    """

    config: ftfy.TextFixerConfig = _ConfigField()  # type: ignore[assignment]

    def __post_init__(self) -> None:
        super().__post_init__()
        given = self.__dict__["_config"]
        if given is _DEFAULT:
            return  # the default: valid, and not built until read
        import ftfy

        if not isinstance(given, ftfy.TextFixerConfig):
            raise TypeError(f"option config must be ftfy.TextFixerConfig, not {type(given).__name__}")
        if given.normalization not in (None, "NFC", "NFD", "NFKC", "NFKD"):
            raise ValueError(f"option normalization must be None, 'NFC', 'NFD', 'NFKC' or 'NFKD', not {given.normalization!r}")
        if given.unescape_html not in (True, False, "auto"):
            raise ValueError(f"option unescape_html must be True, False or 'auto', not {given.unescape_html!r}")

    @classmethod
    def option_types(cls) -> dict[str, Any]:
        # ``config`` is checked by __post_init__ itself: resolving its annotation would import
        # ftfy for the default, which is valid without it.
        return {**Options.option_types(), "config": Any}

    def __eq__(self, other: object) -> bool:
        # The dataclass's own comparison, but two defaults are equal without building one.
        if other.__class__ is not self.__class__:
            return NotImplemented
        if self.lang != other.lang:  # type: ignore[attr-defined]
            return False
        return self.__dict__["_config"] is other.__dict__["_config"] or self.config == other.config  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        # (equal options have equal language: hashing it alone keeps the default unbuilt)
        return hash((self.__class__, self.lang))

    @classmethod
    def build(cls, base: Options | None, changes: dict[str, Any], owner: str) -> Options:
        ftfy_changes: dict[str, Any] = {}
        names = {f.name for f in dataclasses.fields(cls)}
        if any(k not in names for k in changes):
            import ftfy

            ftfy_changes = {k: changes.pop(k) for k in list(changes) if k in ftfy.TextFixerConfig._fields}
        options = super().build(base, changes, owner)
        if ftfy_changes:
            config = options.config._replace(**ftfy_changes)  # type: ignore[attr-defined]
            options = dataclasses.replace(options, config=config)
        return options

    def changed(self) -> dict[str, Any]:
        out = super().changed()
        out.pop("config", None)
        if self.__dict__["_config"] is not _DEFAULT:
            default = _default_config()
            for key, value in self.config._asdict().items():
                if key not in _FORCED and value != getattr(default, key):
                    out[key] = value
        return out

    @property
    def ftfy_config(self) -> ftfy.TextFixerConfig:
        """The configuration handed to ftfy (the forced fields applied)."""
        return _forced(self.config)


def _holds_markup(text: str) -> bool:
    """Whether the document ``text`` belongs to holds markup (its entities are then left
    alone): the document's answer, kept with it, when ``text`` is a window a pipeline reads
    again (analysis.reading); a window without the document's tags must read its entities
    as the first pass did."""
    facts = text_facts(text)
    if facts.document is facts:
        return _MARKUP.search(text) is not None
    return bool(facts.memo(("mojibake.markup",), lambda document: _MARKUP.search(document) is not None))


class Mojibake(Normalizer):
    """Repair UTF-8 read as Windows-1252 (through ftfy) and decode leftover HTML entities.

    >>> Mojibake()("Itâ€™s a cafÃ© &amp; bar, says AT&T.")
    'It’s a café & bar, says AT&T.'
    >>> Mojibake()("“中文，全角：ＡＢＣ”")
    '“中文，全角：ＡＢＣ”'
    """

    name = "mojibake"
    summary = "repair encoding damage (UTF-8 read as Windows-1252) and decode leftover HTML entities"
    removes_content = True
    language_blind = True

    Options = MojibakeOptions

    def __init__(self, options: Options | None = None, /, **changes: Any) -> None:
        super().__init__(options, **changes)
        # Read on every call: derived once here rather than on each text, and for the default
        # configuration without building it (see _DEFAULT_FLAGS).
        given = self.options.__dict__["_config"]
        if given is _DEFAULT:
            self._flags = _DEFAULT_FLAGS
            self.unescape_html = _DEFAULT_UNESCAPE_HTML
        else:
            c = self.options.ftfy_config
            self._flags = (
                c.fix_latin_ligatures, c.fix_character_width, c.uncurl_quotes, c.fix_surrogates,
                c.remove_terminal_escapes, c.normalization is not None,
            )
            self.unescape_html = given.unescape_html

    @property
    def config(self) -> ftfy.TextFixerConfig:
        """The configuration handed to ftfy (built on first need for the default)."""
        return self.options.ftfy_config

    @property
    def candidate(self) -> re.Pattern[str]:
        """The cheap scan: what the enabled options could change."""
        return _candidate_pattern(*self._flags)

    def may_edit(self, text: str) -> bool:
        # What _find_once looks at: a damage mark, or an entity's "&".
        if self.unescape_html and "&" in text:
            return True
        if text.isascii() and not _candidate_opens_in_ascii(*self._flags):
            return False  # (a flag of the string, no scan: most English copy is ASCII throughout)
        return self.candidate.search(text) is not None

    def find_edits(self, text: str) -> list[Edit]:
        return [row_edit(r) for r in self._rows(text)]

    def _find_rows(self, text: str) -> list[Row]:
        if type(self).find_edits is not Mojibake.find_edits:
            return super()._find_rows(text)  # a subclass's own find_edits
        return self._rows(text)

    def _rows(self, text: str) -> list[Row]:
        # Rows, not Edit objects (textmend.edits.Row): a long damaged text makes hundreds of
        # thousands of repairs, which the garbage collector would walk while they are made.
        # ftfy judges a segment by its context, and a repair changes the context
        # of what is left: go on until the text settles (almost always at once).
        markup = self.unescape_html == "auto" and _holds_markup(text)
        if self.unescape_html == "auto" and not markup and "&" in text:
            # An entity decoded to "<" could give the text markup, and markup decides how
            # every other line's entities are read: the lines are not independent here.
            # Later readings look only at the lines a repair changed (see _reread).
            declined: list[int] = []
            # settle()'s first round, in rows: its second reading almost always finds nothing.
            found = self._find_once_rows(text, declined=declined)
            if found and self._reread_rows(text, found, apply_rows(text, found), declined):
                declined.clear()  # read again from the start, as settle() reads it
                found = [
                    edit_row(e)
                    for e in settle(
                        text,
                        lambda t: self._find_once(t, declined=declined),
                        _MAX_ROUNDS,
                        lambda previous, last, current: self._reread(previous, last, current, declined),
                    )
                ]
        else:
            declined = []
            found = self._settle_by_line(text, markup, declined)
        if declined:
            # As for a line that will not settle: the text is left alone, not repaired around it.
            note_never_text(self.name, len(declined), declined[0], whole_text=True)
            return []
        return found

    def _settle_by_line(self, text: str, markup: bool, declined: list[int] | None = None) -> list[Row]:
        """``settle(text, self._find_once, ...)``, one line at a time, when the lines are
        independent (whether the text holds markup cannot change).

        Every judgement is local to a line (see :meth:`_reread`), so the whole text
        settles exactly when each of its lines does, with the same edits; and when one
        line does not settle, the answer for the whole text is to leave it alone
        (``[]``), known as soon as that line is read: random bytes read as Latin-1,
        where a line somewhere keeps changing under ftfy, are not read to the end.
        """
        candidate = self.candidate
        entities = bool(self.unescape_html) and "&" in text
        edits: list[Row] = []
        n = len(text)
        pos = 0
        # The next damage mark and the next "&" at or after pos, each looked for again
        # only once pos has passed it: every search is over new ground, so a text with
        # marks of one kind only and many lines is scanned once, not once per line.
        mark = amp = -1
        while pos < n:
            if mark < pos:
                hit = candidate.search(text, pos)
                mark = hit.start() if hit is not None else n
            if entities and amp < pos:
                amp = text.find("&", pos)
                amp = n if amp < 0 else amp
            at = min(mark, amp) if entities else mark
            if at >= n:
                break
            line_start = text.rfind("\n", pos, at) + 1 or pos
            line_end = text.find("\n", at)
            line_end = n if line_end < 0 else line_end
            # The first reading in place, against the text: most lines settle at once,
            # and their edits need no moving.
            first = self._find_once_rows(text, markup, line_start, line_end, declined)
            if declined:
                return []
            if first:
                if not self._find_once_rows(_line_with(text, line_start, line_end, first), markup):
                    edits.extend(first)
                else:
                    line = text[line_start:line_end]
                    local = [row_edit((r[0] - line_start, r[1] - line_start) + r[2:]) for r in first]
                    found = settle(line, lambda t: self._find_once(t, markup), _MAX_ROUNDS, first=local)
                    if not found:
                        return []  # this line would not settle, so neither does the text: leave it
                    edits.extend((e.start + line_start, e.end + line_start) + edit_row(e)[2:] for e in found)
            pos = line_end + 1
        return edits

    def _find_once(
        self, text: str, markup: bool | None = None, lo: int = 0, hi: int | None = None,
        declined: list[int] | None = None,
    ) -> list[Edit]:
        """One reading of ``text[lo:hi]`` (``hi`` ``None``: to the end), the edits against ``text``.

        A bounded reading is for a span of whole lines: no judgement crosses a line
        break, so it finds what reading ``text[lo:hi]`` alone finds, placed in ``text``.
        """
        return [row_edit(r) for r in self._find_once_rows(text, markup, lo, hi, declined)]

    def _find_once_rows(
        self, text: str, markup: bool | None = None, lo: int = 0, hi: int | None = None,
        declined: list[int] | None = None,
    ) -> list[Row]:
        """:meth:`_find_once` as rows."""
        if hi is None:
            hi = len(text)
        edits = self._mojibake_rows(text, lo, hi, declined)
        if self.unescape_html and text.find("&", lo, hi) >= 0:
            entity_edits = self._entity_rows(text, markup, lo, hi)
            if entity_edits:
                # An entity inside a stretch ftfy rewrote is already handled there.
                kept = _outside(entity_edits, edits)
                edits = sorted(edits + kept, key=_row_span)
        return edits

    def _reread(self, previous: str, last: list[Edit], current: str, declined: list[int] | None = None) -> list[Edit]:
        """:meth:`_reread_rows` of Edit objects."""
        return [row_edit(r) for r in self._reread_rows(previous, [edit_row(e) for e in last], current, declined)]

    def _reread_rows(self, previous: str, last: list[Row], current: str, declined: list[int] | None = None) -> list[Row]:
        """``_find_once(current)`` (as rows), where ``current`` is ``previous`` with ``last`` made,
        reading only the lines ``last`` changed.

        Every judgement here is local to a line: a segment handed to ftfy ends at a
        line break, an entity holds none, and no repair makes or takes one.  The one
        thing read from the whole text is whether it holds markup (entities are then
        left alone); when a repair changed that, everything is read again.  A line no
        repair touched was read before and gave nothing, so it gives nothing now:
        random bytes or a long damaged text cost one full reading, not one per round.
        """
        if self.unescape_html == "auto":
            markup = _MARKUP.search(current) is not None
            if markup != (_MARKUP.search(previous) is not None):
                return self._find_once_rows(current, declined=declined)
        else:
            markup = False
        lines: list[tuple[int, int]] = []
        delta = 0
        for e in last:
            start = e[0] + delta
            end = start + len(e[3])
            delta += len(e[3]) - (e[1] - e[0])
            if lines and end <= lines[-1][1]:
                continue  # on the line already taken: a long line is looked up once, not per edit
            # Searches start where the last line taken ends, so they stay linear in all.
            line_start = current.rfind("\n", lines[-1][1] if lines else 0, start) + 1
            line_end = current.find("\n", end)
            line_end = len(current) if line_end < 0 else line_end
            if lines and line_start <= lines[-1][1]:
                lines[-1] = (lines[-1][0], max(lines[-1][1], line_end))
            else:
                lines.append((line_start, line_end))
        found: list[Row] = []
        for line_start, line_end in lines:
            for e in self._find_once_rows(current[line_start:line_end], markup, declined=declined):
                found.append((e[0] + line_start, e[1] + line_start) + e[2:])
        return found

    # --- encoding damage -------------------------------------------------------------

    def _mojibake_rows(self, text: str, lo: int = 0, hi: int | None = None, declined: list[int] | None = None) -> list[Row]:
        """The repairs (rows) of encoding damage in ``text[lo:hi]``, against ``text``; the start of
        each line left alone as bytes that never were text goes to ``declined``."""
        edits: list[Row] = []
        candidate = self.candidate
        if hi is None:
            hi = len(text)
        pos = lo
        judged_to = lo  # the hits before this lie on lines found to be text
        name = self.name
        config = None  # read at the first damage mark: the default is built (ftfy imported) then
        while True:
            hit = candidate.search(text, pos, hi)
            if hit is None:
                return edits
            if config is None:
                config = self.config
            if hit.start() >= judged_to:
                line_start = text.rfind("\n", lo, hit.start())
                line_start = lo if line_start < 0 else line_start + 1
                line_end = text.find("\n", hit.start(), hi)
                line_end = hi if line_end < 0 else line_end
                if never_text_line(text, line_start, line_end):
                    if declined is None:
                        pos = line_end
                        continue
                    declined.append(line_start)
                    return []  # the text is left alone (see find_edits): nothing more to read
                judged_to = line_end
            if hit.group() == "\x1b":
                escape = _TERMINAL_ESCAPE.match(text, hit.start(), hi)
                start, end = hit.start(), (escape.end() if escape else hit.end())
                edits.extend(self._segment_rows(text, start, end))
                pos = end
                continue
            # Damage is non-ASCII: the run of non-ASCII characters around the hit holds it.
            # The segment starts at the damage: what precedes it on the run (a no-break
            # space, a curly quote, a BOM) is no part of it and must not sway ftfy.
            start = hit.start()
            end = _NON_ASCII_RUN.match(text, start, hi).end()
            if config.normalization is not None and start > lo and text[start - 1] not in "\r\n":
                start -= 1  # the base letter a combining mark belongs to
            # Damaged runs close together on one line go to ftfy as one segment:
            # a short damaged word alone ("Ð’", "ë°¤") gives its heuristics too little to go on.
            if end - start < _MAX_SEGMENT:
                # Where the segment ends is read from the text it may reach and nothing else
                # (see _joined_end), so it is worked out once per such stretch of text: a long
                # damaged text repeats the same few (``donâ€™t`` on every line), and each
                # would otherwise cost a search per damaged word.
                reach = start + _JOIN_REACH
                end = start + _joined_end(text[start : hi if hi < reach else reach], end - start, candidate)
            if end - start <= _MAX_SEGMENT:
                for r_start, r_end, old, new, reason, foreign in _placed_repairs(text[start:end], config):
                    # (``foreign``: ``new`` holds a letter of no Latin script, the one case
                    # _foreign_letter_in_latin_word reads the text around the repair for)
                    if not (foreign and _foreign_letter_in_latin_word(text, start + r_start, start + r_end, new)):
                        edits.append((start + r_start, start + r_end, old, new, name, reason, 1.0, False))
            else:
                for seg_start, seg_end in _segments(text, start, end):
                    edits.extend(self._segment_rows(text, seg_start, seg_end))
            pos = end

    def _segment_rows(self, text: str, start: int, end: int) -> list[Row]:
        """The repairs (rows) of the segment ``text[start:end]``, against ``text``."""
        name = self.name
        return [
            (start + i1, start + i2, old, after, name, reason, 1.0, False)
            for i1, i2, old, after, reason, foreign in _placed_repairs(text[start:end], self.config)
            if not (foreign and _foreign_letter_in_latin_word(text, start + i1, start + i2, after))
        ]

    # --- HTML entities ------------------------------------------------------------------

    def _entity_rows(self, text: str, markup: bool | None = None, lo: int = 0, hi: int | None = None) -> list[Row]:
        """The entities to decode in ``text[lo:hi]`` (rows); ``markup`` says whether the whole
        text holds markup (``None``: ``text`` is the whole text, look)."""
        if self.unescape_html == "auto" and (markup if markup is not None else _MARKUP.search(text)):
            return []
        edits: list[Row] = []
        name = self.name
        pos = lo
        n = len(text) if hi is None else hi
        while True:
            m = _ENTITY.search(text, pos, n)
            if m is None:
                return edits
            start, end = m.span()
            decoded = _decode_entity(m.group())
            # A decoded "&" followed by an entity body is itself an entity: decode the chain.
            while decoded is not None and decoded.endswith("&") and end < n:
                body = _ENTITY_BODY.match(text, end, n)
                if body is None:
                    break
                nxt = _decode_entity("&" + body.group())
                if nxt is None:
                    break
                decoded = decoded[:-1] + nxt
                end = body.end()
            pos = end
            if decoded is None or decoded == text[start:end]:
                continue
            edits.append((start, end, text[start:end], decoded, name, "decode an HTML entity left in plain text", 1.0, False))


@lru_cache(maxsize=1 << 15)
def _fix_text(segment: str, config: ftfy.TextFixerConfig) -> str:
    """``ftfy.fix_text`` of a short segment, remembered.

    The pipeline reads a text again after other stages changed a few lines, and the
    settle loop reads a line again after a repair: the segments are mostly the same
    ones, and ftfy is most of this stage's cost (random bytes read as Latin-1 hold a
    candidate every few characters).  Segments are at most a few hundred characters,
    so the cache holds a few megabytes at most.
    """
    from ftfy import fix_text  # (once per new segment: the result is remembered)

    return fix_text(segment, config)


@lru_cache(maxsize=1 << 15)
def _segment_repairs(segment: str, config: ftfy.TextFixerConfig) -> tuple[tuple[int, int, str, str, str], ...]:
    """The repairs ftfy makes in ``segment``: ``(start, end, old, new, reason)`` each, the
    span relative to the segment.

    What a segment needs depends on its characters and the configuration alone, so it
    is worked out once per distinct segment: a long damaged text repeats the same few
    segments (``donâ€™t`` on every line), and each edit then costs one construction.
    """
    candidate = _candidate_pattern(
        config.fix_latin_ligatures, config.fix_character_width, config.uncurl_quotes, config.fix_surrogates,
        config.remove_terminal_escapes, config.normalization is not None,
    )
    start = 0
    for _ in range(_MAX_RETRIES):
        old = segment[start:]
        hit = candidate.search(old)
        if hit is None:
            return ()
        new = _fix_text(old, config)
        if new != old:
            break
        # A correct character that merely looks like a damage mark ("é" and a
        # no-break space) can hide real damage after it: try again from the next mark.
        nxt = candidate.search(old, hit.start() + 1)
        if nxt is None:
            return ()
        start += nxt.start()
    else:
        return ()
    if _fix_text(new, config) != new:
        return ()  # ftfy would not settle: leave it
    if config.normalization is None and "\n" in new:
        return ()
    if _CONTROL.search(new):
        return ()  # a "repair" that yields a control character repaired nothing
    # Trim what ftfy kept at both ends; diff the middle unless nothing in it was kept.
    lo, hi_old, hi_new = _changed_middle(old, new)
    if not set(old[lo:hi_old]).intersection(new[lo:hi_new]):
        return (_repair(start, old, new, (lo, hi_old, lo, hi_new)),)
    repairs: list[tuple[int, int, str, str, str]] = []
    old_words, new_words = old[lo:hi_old].split(" "), new[lo:hi_new].split(" ")
    if len(old_words) == len(new_words):
        # ftfy leaves ASCII spaces where they are: align word by word, in linear time
        # (a general diff is quadratic on a long stretch of damage).
        i = j = lo
        for ow, nw in zip(old_words, new_words):
            if ow != nw:
                a, b_old, b_new = _changed_middle(ow, nw)
                repairs.append(_repair(start, old, new, (i + a, i + b_old, j + a, j + b_new)))
            i += len(ow) + 1
            j += len(nw) + 1
        return tuple(repairs)
    matcher = difflib.SequenceMatcher(None, old[lo:hi_old], new[lo:hi_new], autojunk=False)
    pending: tuple[int, int, int, int] | None = None
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            if pending is not None:
                repairs.append(_repair(start, old, new, pending))
                pending = None
            continue
        span = (lo + i1, lo + i2, lo + j1, lo + j2)
        pending = span if pending is None else (pending[0], span[1], pending[2], span[3])
    if pending is not None:
        repairs.append(_repair(start, old, new, pending))
    return tuple(repairs)


@lru_cache(maxsize=1 << 15)
def _placed_repairs(
    segment: str, config: ftfy.TextFixerConfig
) -> tuple[tuple[int, int, str, str, str, bool], ...]:
    """:func:`_segment_repairs` of ``segment``, each with whether its new text holds a letter
    of no Latin script: the one case where :func:`_foreign_letter_in_latin_word` must read the
    text around the repair.  Worked out once per segment, as the repairs are, rather than by
    two pattern calls per repair (a long damaged text makes hundreds of thousands)."""
    return tuple(
        (r_start, r_end, old, new, reason, _NON_LATIN_LETTER.search(new) is not None)
        for r_start, r_end, old, new, reason in _segment_repairs(segment, config)
    )


#: How far past a segment's start :func:`_joined_end` may read: the last damage mark it
#: looks for starts before ``_MAX_SEGMENT`` and lies within ``_MAX_GAP`` of the segment's end.
_JOIN_REACH = _MAX_SEGMENT + _MAX_GAP + 1


@lru_cache(maxsize=1 << 10)
def _joined_end(window: str, end: int, candidate: re.Pattern[str]) -> int:
    """Where a segment that starts at ``window[0]`` and whose first damaged run ends at
    ``end`` ends once the damaged runs close after it on its line are joined to it: each
    run whose damage mark starts within ``_MAX_GAP`` characters of the segment's end, on the
    same line, as long as the segment stays within ``_MAX_SEGMENT`` characters.

    ``window`` is the text from the segment's start, ``_JOIN_REACH`` characters at most
    (less at the end of the part read): nothing after it can change the answer.  A mark is
    searched for before ``end + _MAX_GAP`` only while ``end < _MAX_SEGMENT``, so it lies
    inside the window; the run it opens is cut at the window's end, but a run that reaches
    that far makes the segment too long whether cut or not, and the run is not joined.

    >>> p = _candidate_pattern(False, False, False, True, False, False)
    >>> _joined_end("Ã© x Ã¨ y", 2, p), _joined_end("Ã© x\\nÃ¨ y", 2, p)
    (7, 2)
    """
    n = len(window)
    search, non_ascii_run = candidate.search, _NON_ASCII_RUN.match
    while end < _MAX_SEGMENT:
        gap_end = end + _MAX_GAP
        nxt = search(window, end, n if n < gap_end else gap_end)
        if nxt is None:
            break
        nxt_start = nxt.start()
        if window[nxt_start] <= "\x7f" or window.find("\n", end, nxt_start) >= 0:
            break  # an ASCII mark (an escape), or the next line's
        next_end = non_ascii_run(window, nxt_start).end()
        if next_end > _MAX_SEGMENT:
            break
        end = next_end
    return end


def _repair(base: int, old: str, new: str, span: tuple[int, int, int, int]) -> tuple[int, int, str, str, str]:
    """``old[i1:i2]`` -> ``new[j1:j2]`` as a repair ``(start, end, before, after, reason)``,
    placed ``base`` characters into the segment."""
    i1, i2, j1, j2 = span
    before, after = old[i1:i2], new[j1:j2]
    if any("\ud800" <= ch <= "\udfff" for ch in before):
        reason = "join a UTF-16 surrogate pair into the character it encodes"
    elif _C1.search(before) and not _LEAD_CHAR.search(before):
        reason = "read a C1 control character as the Windows-1252 character it was"
    elif len(before) <= 12:
        reason = f"repair encoding damage (UTF-8 read as Windows-1252): {before!r} -> {after!r}"
    else:
        reason = "repair encoding damage (UTF-8 read as Windows-1252)"
    return (base + i1, base + i2, before, after, reason)


# A letter of a cased script other than Latin (Cyrillic Ӈ, Greek, Armenian, ...).
_NON_LATIN_LETTER = LazyPattern(regex.compile, r"[^\P{L}\p{Latin}\p{Common}\p{Inherited}]")
_LATIN_LETTER = LazyPattern(regex.compile, r"\p{Latin}")


def _foreign_letter_in_latin_word(text: str, start: int, end: int, new: str) -> bool:
    """Whether repairing ``text[start:end]`` to ``new`` puts a letter of another script inside
    a Latin word: Latin letters right before and right after the span, and a letter of no
    Latin script in ``new`` (``grâ\\x80\\x9dÃ¡ere`` read twice over into ``grӇere``).

    The repairs that undo a misdecoding give back the word's own letters, of its own script
    (``MÃ¼ller`` -> ``Müller``); a word of Latin letters around a Cyrillic one is no word
    of any language, so ftfy's reading was a wrong guess: the text is left as it is.  A
    Greek or Cyrillic word repaired whole has no Latin letter beside it, and ``5Î¼m``
    -> ``5μm`` has a digit before the unit's Greek letter.
    """
    return (
        0 < start and end < len(text)
        and _LATIN_LETTER.match(text[start - 1]) is not None
        and _LATIN_LETTER.match(text[end]) is not None
        and _NON_LATIN_LETTER.search(new) is not None
    )


def _line_with(text: str, start: int, end: int, edits: list[Row]) -> str:
    """``text[start:end]`` with ``edits`` (rows, sorted, against ``text``, inside the span) made."""
    parts: list[str] = []
    pos = start
    for e in edits:
        parts.append(text[pos : e[0]])
        parts.append(e[3])
        pos = e[1]
    parts.append(text[pos:end])
    return "".join(parts)


def _changed_middle(old: str, new: str) -> tuple[int, int, int]:
    """``(lo, hi_old, hi_new)``: ``old[lo:hi_old]`` became ``new[lo:hi_new]``, the ends being shared."""
    lo, hi_old, hi_new = 0, len(old), len(new)
    while lo < hi_old and lo < hi_new and old[lo] == new[lo]:
        lo += 1
    while hi_old > lo and hi_new > lo and old[hi_old - 1] == new[hi_new - 1]:
        hi_old -= 1
        hi_new -= 1
    return lo, hi_old, hi_new


def _row_span(r: Row) -> tuple[int, int]:
    return (r[0], r[1])


def _outside(edits: list[Row], taken: list[Row]) -> list[Row]:
    """The sorted ``edits`` that share no character (nor start or end) with sorted ``taken`` (rows)."""
    kept: list[Row] = []
    j = 0
    for e in edits:
        while j < len(taken) and taken[j][1] < e[0]:
            j += 1
        k = j
        clash = False
        while k < len(taken) and taken[k][0] <= e[1]:
            t = taken[k]
            if (t[0] < e[1] and e[0] < t[1]) or t[0] == e[0] or t[1] == e[1]:
                clash = True
                break
            k += 1
        if not clash:
            kept.append(e)
    return kept


def _decode_entity(entity: str) -> str | None:
    """The text ``entity`` stands for, or None when it is not safe to decode."""
    chain = _AMP_CHAIN.match(entity)
    if chain is not None and chain.end() < len(entity):
        entity = "&" + entity[chain.end():]
    elif chain is not None:
        return "&"
    value = html.unescape(entity)
    if value == entity:
        return "&" + entity[1:] if chain is not None else None
    if not value or any(
        c in "\n\r\ufffd" or unicodedata.category(c) in ("Cc", "Cs", "Cn") for c in value if c != "\t"
    ):
        return None
    return value


def _is_sequence_start(ch: str) -> bool:
    return "\u00c2" <= ch <= "\u00f4"


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a long run into pieces of at most about ``_MAX_SEGMENT`` characters.

    Cuts fall before a character that can start a UTF-8 sequence, so no damaged
    sequence is split between two pieces.
    """
    out: list[tuple[int, int]] = []
    s = start
    while end - s > _MAX_SEGMENT:
        cut = s + _MAX_SEGMENT
        limit = min(end, cut + 8)
        while cut < limit and not (_is_sequence_start(text[cut]) or text[cut] < "\u0080"):
            cut += 1
        out.append((s, cut))
        s = cut
    out.append((s, end))
    return out
