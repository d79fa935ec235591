"""Quote style: opt-in conversion between straight and typographic quotation marks.

Neither normalizer is in the default pipeline: the style of a text's marks is
the author's choice, not damage.  Ask for them by name::

    textmend.Pipeline([textmend.build("curly", lang="de")])

``straight`` turns typographic quotation marks and apostrophes into ``"`` and
``'`` (guillemets and corner brackets too when ``all_marks=True``).  ``curly``
turns straight marks into the locale's typographic ones, reading each paragraph
the way :mod:`textmend.normalizers.quotes` does: the position of a mark says
whether it opens or closes, alternation decides the rest; apostrophes become
``’``; inch and foot marks after digits (``5'10"``, ``12" pizza``) stay.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any, Optional

import regex

from ..edits import Edit
from ..lexicon import word_list
from ..normalizer import Normalizer, Options
from .quotes import _kind_after, _kind_before, _shape

__all__ = ["Curly", "Straight", "LOCALES"]

#: locale -> (open double, close double, open single, close single)
LOCALES: dict[str, tuple[str, str, str, str]] = {
    "en": ("\u201c", "\u201d", "\u2018", "\u2019"),  # “…” ‘…’
    "de": ("\u201e", "\u201c", "\u201a", "\u2018"),  # „…“ ‚…‘
    "fr": ("\u00ab\u00a0", "\u00a0\u00bb", "\u201c", "\u201d"),  # « … » “…”
    "ch": ("\u00ab", "\u00bb", "\u2039", "\u203a"),  # «…» ‹…›
    "ja": ("\u300c", "\u300d", "\u300e", "\u300f"),  # 「…」 『…』
}
_APOSTROPHE = "\u2019"

_TO_STRAIGHT_DOUBLE = "\u201c\u201d\u201e\u201f"
_TO_STRAIGHT_SINGLE = "\u2018\u2019\u201a\u201b"
_OTHER_DOUBLE = "\u00ab\u00bb\u300c\u300d\u300e\u300f"
_OTHER_SINGLE = "\u2039\u203a"


@dataclass(frozen=True)
class StraightOptions(Options):
    """Options of :class:`Straight`: ``all_marks`` straightens guillemets and corner brackets too."""

    all_marks: bool = False


class Straight(Normalizer):
    """Typographic quotation marks and apostrophes become ``"`` and ``'``.

    >>> Straight()("“It’s ‘fine’,” she said.")
    '"It\\'s \\'fine\\'," she said.'
    """

    name = "straight"
    summary = "turn typographic quotation marks into straight ones (opt-in)"
    language_blind = True

    Options = StraightOptions

    def find_edits(self, text: str) -> list[Edit]:
        doubles = _TO_STRAIGHT_DOUBLE + (_OTHER_DOUBLE if self.all_marks else "")
        singles = _TO_STRAIGHT_SINGLE + (_OTHER_SINGLE if self.all_marks else "")
        pattern = regex.compile(f"[{regex.escape(doubles + singles)}]")
        edits = []
        for m in pattern.finditer(text):
            ch = m.group()
            new = '"' if ch in doubles else "'"
            edits.append(self.edit(text, m.start(), m.end(), new, "use a straight quotation mark"))
        return edits


def quote_locale(lang: str) -> str:
    """The quotation style (a key of :data:`LOCALES`) of language tag ``lang``.

    Swiss tags (``de-CH``, ``fr-CH``, ``gsw``) write guillemets without spaces.

    >>> quote_locale("en-GB"), quote_locale("de_CH"), quote_locale("ch")
    ('en', 'ch', 'ch')
    """
    tag = lang.replace("_", "-").lower()
    primary, _, region = tag.partition("-")
    if primary == "gsw" or (region == "ch" and primary in ("de", "fr", "it")) or tag == "ch":
        return "ch"
    if primary in LOCALES:
        return primary
    raise ValueError(f"curly knows the quotation marks of {', '.join(LOCALES)} (ch: Swiss, or de-CH), not {lang!r}")


@dataclass(frozen=True)
class CurlyOptions(Options):
    """Options of :class:`Curly`: ``marks`` is a key of :data:`LOCALES`; empty, the marks of ``lang``.

    A Swiss tag (``de-CH``, ``fr-CH``, ``gsw``) or ``ch`` as ``lang`` sets ``marks="ch"``.
    """

    marks: str = ""

    def __post_init__(self) -> None:
        if isinstance(self.lang, str) and self.lang.lower() != "auto":
            style = quote_locale(self.lang)  # an unknown style fails here, when the normalizer is built
            if style == "ch" and not self.marks:
                object.__setattr__(self, "marks", "ch")
            if self.lang.lower() == "ch":
                object.__setattr__(self, "lang", "de")
        if self.marks and self.marks not in LOCALES:
            raise ValueError(f"option marks must be one of {', '.join(LOCALES)}, not {self.marks!r}")
        super().__post_init__()

    @classmethod
    def build(cls, base: Options | None, changes: dict[str, Any], owner: str) -> Options:
        if "locale" in changes:  # the keyword of textmend 0.1
            warnings.warn("curly's option 'locale' is now 'lang'", DeprecationWarning, stacklevel=4)
            locale = changes.pop("locale")
            changes.setdefault("lang", locale)
        return super().build(base, changes, owner)


class Curly(Normalizer):
    """Straight ``"`` and ``'`` become the typographic marks of the language ``lang``.

    Styles by ``lang``: ``en`` (“…” ‘…’, the default), ``de`` („…“ ‚…‘), ``fr`` (« … »
    with no-break spaces, “…” inside), ``de-CH`` or ``ch`` («…» ‹…›), ``ja`` (「…」 『…』).

    >>> Curly()('"It\\'s 5\\'10\\" and \\'fine\\'," she said.')
    '“It’s 5\\'10" and ‘fine’,” she said.'
    >>> Curly(lang="de")('Er sagte: "Gut".')
    'Er sagte: „Gut“.'
    """

    name = "curly"
    summary = "turn straight quotation marks into typographic ones (opt-in)"

    Options = CurlyOptions

    @property
    def locale(self) -> str:
        """The key of :data:`LOCALES` whose marks this normalizer writes."""
        return self.marks or quote_locale(self.lang)

    def find_edits(self, text: str) -> list[Edit]:
        if '"' not in text and "'" not in text:
            return []
        edits: list[Edit] = []
        offset = 0
        for line in text.split("\n"):
            if '"' in line or "'" in line:
                for start, end, new, reason in self._paragraph(line):
                    edits.append(self.edit(text, offset + start, offset + end, new, reason))
            offset += len(line) + 1
        return edits

    def _paragraph(self, para: str) -> list[tuple[int, int, str, str]]:
        open_d, close_d, open_s, close_s = LOCALES[self.locale]
        out: list[tuple[int, int, str, str]] = []
        doubles = [i for i, ch in enumerate(para) if ch == '"']
        inches = [i for i in doubles if i > 0 and para[i - 1].isdigit()]
        if inches and (len(doubles) - len(inches)) % 2 == 0:
            inch_set = set(inches)
            doubles = [i for i in doubles if i not in inch_set]
        depth_open = False
        for i in doubles:
            shape = _shape(para, i)
            opening = shape == "open" or (shape not in ("close", "spaced-close") and not depth_open)
            new = open_d if opening else close_d
            depth_open = opening
            out.append((i, i + 1, self._spaced(para, i, new), "use a typographic quotation mark"))
        elision = regex.compile(
            r"(?:\d\d(?!\d)|(?:" + "|".join(sorted(word_list("quote_elisions"), key=len, reverse=True)) + r")(?![\p{L}\p{N}]))",
            regex.IGNORECASE,
        )
        pending: Optional[int] = None
        for i, ch in enumerate(para):
            if ch != "'":
                continue
            before, after = _kind_before(para, i), _kind_after(para, i)
            if before == "W" and para[i - 1].isdigit() and (after != "W" or para[i + 1].isdigit()):
                continue  # 5'10": a foot mark
            if before == "W" and after == "W":
                new, reason = _APOSTROPHE, "use a typographic apostrophe"
            elif before in ("S", "OP", "Q") and after == "W":
                if elision.match(para, i + 1) and pending is None:
                    new, reason = _APOSTROPHE, "use a typographic apostrophe"
                else:
                    new, reason = open_s, "use a typographic quotation mark"
                    pending = i
            elif pending is not None:
                new, reason = close_s, "use a typographic quotation mark"
                pending = None
            else:
                new, reason = _APOSTROPHE, "use a typographic apostrophe"
            out.append((i, i + 1, new, reason))
        out.sort()
        return out

    def _spaced(self, para: str, i: int, mark: str) -> str:
        """French marks carry their no-break space unless a space is already there."""
        if mark.startswith("\u00ab\u00a0") and i + 1 < len(para) and para[i + 1].isspace():
            return mark[0]
        if mark.endswith("\u00a0\u00bb") and i > 0 and para[i - 1].isspace():
            return mark[-1]
        return mark
