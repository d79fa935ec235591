"""Whitespace: runs of spaces, trailing spaces, exotic and invisible spaces.

Line and paragraph breaks are never touched: a document's ``\\n`` structure
is data.  Leading indentation is kept.  What stays on purpose:

* a single tab between two fields (tables, tab-separated data);
* a typographic space (no-break, narrow no-break, thin, figure or hair space)
  where typography puts one on purpose: next to a number (``42 km``, ``10 %``,
  ``10 000``, ``€ 250``, ``p. 41``, ``No. 5``), after a title or an initial before
  a name (``M. Macron``, ``Dr. Who``, ``J. K. Rowling``), after a one-letter word
  (Czech, Polish, Russian typography: ``v Praze``, ``w domu``, ``в Москве``), before a regnal numeral
  (``Louis XIV``) or a numbered part (``chapitre II``), after an ordinal (``1er janvier``,
  ``XIXe siècle``, ``21st century``; ``3. Oktober`` in the languages that write
  ordinals with a dot), next to a message template's placeholder for a number
  (``il y a %(count)s heures``), before ``: ; ! ? »`` and after
  ``«`` (French), around a dash (``1939 – 1945``), before an Indic danda
  (``।``), between the dots of a spaced ellipsis (``. . .``).  A run there that
  holds one such space and more keeps just the typographic one, except a run of
  typographic spaces alone after a dash opening its line (a list item's indent).  Elsewhere (between
  two plain words, after a comma or a full stop, doubled, trailing) a typographic
  space is doing an ordinary space's job and becomes one; ``Whitespace(
  flatten_typographic=True)`` makes every one of them an ordinary space;
* zero-width spaces between characters of scripts written without spaces
  (Thai, Lao, Khmer, Myanmar, Chinese, Japanese), where they mark word breaks;
* a line made only of invisible characters (it glues no tokens together);
* zero-width joiners and non-joiners, which shape emoji and Indic or Persian
  words (they are not spaces).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

import regex

from ..analysis import char_class
from .. import edits as _edits
from ..edits import Edit, Row, row_edit, run_reason
from ..lexicon import abbreviations
from ..normalizer import Normalizer, Options
from .._lazy import LazyPattern

__all__ = ["Whitespace", "WhitespaceOptions"]

# Horizontal spaces that render like a space (or like nothing) but are not U+0020.
_WIDE = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
_ZERO_WIDTH = "\u200b\u2060\ufeff"  # zero-width space, word joiner, BOM / zero-width no-break space
_SOFT_HYPHEN = "\u00ad"
_HORIZONTAL = " \t" + _WIDE + _ZERO_WIDTH + _SOFT_HYPHEN
_SPACES_AND_ZERO_WIDTH = " \t" + _ZERO_WIDTH
# No-break, narrow no-break, thin, figure and hair spaces: the ones typographers set
# on purpose (the wider em and en quads are layout, not typography, in web text).
_TYPOGRAPHIC = "\u00a0\u202f\u2009\u2007\u200a"
_FRENCH_BEFORE = ":;!?»›"
_FRENCH_AFTER = "«‹"
_DASHES = "–—‒―"
_DANDAS = "।॥"
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
# What may stand before a plain word (see _between_plain_words): a space or a line break.
_WORD_EDGE = frozenset(" \t\n\r" + _WIDE + _ZERO_WIDTH)
_PLAIN = "replace an unusual space with a plain one"
_COLLAPSE = "collapse a run of spaces and tabs"
_ZERO_WIDTH_GONE = "remove a zero-width space"
_SOFT_HYPHEN_GONE = "remove a soft hyphen"
_SPACED_DOTS = LazyPattern(regex.compile, rf"\.[ {_TYPOGRAPHIC}]\.")

# Cheap scan: only these can need work.  Single spaces between words never match.
# The stdlib engine, and a look-ahead for the characters a match opens with: ``re`` takes the
# look-ahead's class as the first character to scan for and skips the rest of the text in C,
# where ``regex`` tries the alternation at every character (issue 16: the scan of extractor
# output in about 0.6 of the time).  Every class is a list of characters and ``\Z`` is the
# text's end in both engines, so the matches are those ``regex`` found
# (tests/test_speed_whitespace_scan.py holds the two to one list).
_CANDIDATE = re.compile(
    rf"(?=[ \t{_WIDE}{_ZERO_WIDTH}{_SOFT_HYPHEN}])(?:[ \t]{{2,}}|[{_WIDE}{_ZERO_WIDTH}]+|[ \t](?=[\r\n]|\Z)|\u00ad)"
)
# The stdlib engine finds one character class several times faster than
# ``regex`` or an alternation scans; substring tests are faster still.
_UNUSUAL = LazyPattern(re.compile, f"[{_WIDE}{_ZERO_WIDTH}{_SOFT_HYPHEN}]")


def _may_need_work(text: str) -> bool:
    """The cheap check: False proves :data:`_CANDIDATE` finds nothing in ``text``."""
    # (a lone character is found several times faster than a pair: " \r" is looked for only
    # in a text with a "\r"; and every unusual space is outside ASCII, which a text that is
    # all ASCII, checked in C at memory speed, cannot hold)
    return (
        "  " in text
        or "\t" in text
        or " \n" in text
        or ("\r" in text and " \r" in text)
        or text.endswith(" ")
        or (not text.isascii() and _UNUSUAL.search(text) is not None)
    )


_NO_SPACE_SCRIPT = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Han}\p{Hiragana}\p{Katakana}]")
_no_space_script = char_class(_NO_SPACE_SCRIPT)
# The first letters of the numerals and the last letters of the ordinals matched below: where
# the character beside the space is none of them, the pattern is not asked.
_ROMAN_LETTERS = frozenset("IVXLC")
_ORDINAL_LAST = frozenset("retdhᵉºª")


# Compiled once: regex.match(pattern, ...) looks its pattern up in a cache on every call.
_CURRENCY = regex.compile(r"\p{Sc}")
_currency = char_class(_CURRENCY)
_ROMAN_NUMERAL = LazyPattern(regex.compile, r"[IVXLC]{1,6}(?![\p{L}\p{N}])")
# A format placeholder, which stands for a number in a message template ("il y a
# %(count)s heures", "za %(count)s minut", "{n} km"): typography binds it as it binds the number.
_PLACEHOLDER = r"(?:%(?:\([\w.]+\))?[-+#0]*\d*(?:\.\d+)?[sdif]|\{[\w.]*\})"
_PLACEHOLDER_BEFORE = regex.compile(_PLACEHOLDER + r"\Z")
_PLACEHOLDER_AFTER = regex.compile(_PLACEHOLDER)
_LONG_ROMAN_NUMERAL = LazyPattern(regex.compile, r"[IVXLC]{2,6}(?![\p{L}\p{N}])")
# An ordinal before the space: "1er janvier", "XIXe siècle", "21st century", "1º de maio".
# The suffix must be an ordinal's ("38mm Smart" is a unit, no ordinal), and the check
# below wants a lowercase noun after it ("7th Amsterdam Light Festival" binds nothing).
_ORDINAL_BEFORE = LazyPattern(regex.compile, r"(?<![\p{L}\p{N}.])(?:\p{N}+|[IVXLC]{2,6})(?:er|re|e|ème|eme|ᵉ|st|nd|rd|th|º|ª)\Z")
# ...and a dotted one, in the languages that write ordinals so ("3. Oktober", "20. století"):
# one or two digits (not "in 2019. The"); in English "Oct. 10. Live" ends a sentence.
_DOTTED_ORDINAL_BEFORE = LazyPattern(regex.compile, r"(?<![\p{L}\p{N}.])\p{N}{1,2}\.\Z")
_DOTTED_ORDINAL_LANGUAGES = frozenset({"de", "da", "nb", "no", "fi", "cs", "sk", "pl", "hu", "tr", "sl", "hr", "sr", "is", "et", "lv"})
_NAME_BEFORE = LazyPattern(regex.compile, r"(?<![\p{L}\p{N}])\p{Lu}\p{L}*\Z")
_WORD_BEFORE_DOT = LazyPattern(regex.compile, r"(?<![\p{L}.])[\p{L}.]+\.\Z")


def _before_a_name(text: str, s: int) -> bool:
    """True when ``text[:s]`` ends with a capitalized abbreviation (``Mr.``, ``Dr.``, not
    ``p.m.``, which often ends a sentence) or an initial (``J.``, ``M.``)."""
    m = _WORD_BEFORE_DOT.search(text, max(0, s - 12), s)
    if m is None:
        return False
    word = m.group()
    return word[0].isupper() and (len(word) == 2 or word in abbreviations())


#: Languages whose typography binds a one-letter word to the next with a no-break
#: space (Czech and Slovak "v Praze", Polish "w domu", Russian and Ukrainian "в Москве").
_BINDS_ONE_LETTER_WORDS = frozenset({"cs", "sk", "pl", "ru", "uk"})


def _typographic_place(text: str, s: int, e: int, lang: str) -> bool:
    """True when typography puts a no-break or thin space between ``text[:s]`` and ``text[e:]``
    (``text[s:e]`` the run of spaces there) in language ``lang``."""
    before = text[s - 1] if s > 0 else ""
    after = text[e] if e < len(text) else ""
    if before.isdigit() or after.isdigit():
        return True  # 42 km, 10 %, 10 000, € 250, p. 41, No. 5, Windows 10
    if (before in "sdif}" and _PLACEHOLDER_BEFORE.search(text, max(0, s - 40), s)) or (
        after in "%{" and _PLACEHOLDER_AFTER.match(text, e)
    ):
        return True  # a template's number: "%(count)s heures", "za %(count)s"
    if after in _FRENCH_BEFORE or before in _FRENCH_AFTER:
        return True
    if before in _DASHES or after in _DASHES:
        return True
    if after == "-" and text[e + 1 : e + 2].isspace() or before == "-" and text[s - 2 : s - 1].isspace():
        return True  # a hyphen standing in for a dash: "Paris - Berlin"
    if after in _DANDAS:
        return True
    if before == "." and after == "." or after == "." and _SPACED_DOTS.match(text, e):
        return True  # a spaced ellipsis ". . ."
    if before == "." and after.isupper() and _before_a_name(text, s):
        return True  # a title or an initial before a name: "M. Macron", "Dr. Who", "J. K. Rowling"
    if (
        lang in _BINDS_ONE_LETTER_WORDS
        and e - s == 1
        and before.isalpha()
        and (s < 2 or not text[s - 2].isalpha())
        and after.isalpha()
    ):
        # After a one-letter word, Czech, Slovak, Polish and Russian typography binds it to
        # the next word ("v Praze", "w domu", "в Москве"); a run of spaces there is no binding.
        # English "a\u00a0game" is no such binding: the rule is the language's.
        return True
    roman = after in _ROMAN_LETTERS
    if roman and before.isalpha() and _ROMAN_NUMERAL.match(text, e) and _NAME_BEFORE.search(text, max(0, s - 40), s):
        return True  # a regnal or ordinal numeral after a name: "Louis XIV", "Elizabeth II" (not "and I")
    if roman and before.isalpha() and _LONG_ROMAN_NUMERAL.match(text, e):
        return True  # a numbered part: "chapitre II", "phase III", "tome IV" (one letter could be "and I")
    if after.isalpha() and (
        (after.islower() and before in _ORDINAL_LAST and _ORDINAL_BEFORE.search(text, max(0, s - 12), s))
        or (lang in _DOTTED_ORDINAL_LANGUAGES and _DOTTED_ORDINAL_BEFORE.search(text, max(0, s - 4), s))
    ):
        return True  # an ordinal before its noun: "1er janvier", "XIXe siècle", German "3. Oktober"
    return _currency(before) or _currency(after)


@dataclass(frozen=True)
class WhitespaceOptions(Options):
    """Options of :class:`Whitespace`: ``flatten_typographic`` turns every no-break,
    narrow no-break, thin, figure and hair space into a plain one, even where
    typography set it on purpose (``42\u00a0km``, ``Bonjour\u202f!``)."""

    flatten_typographic: bool = False


class Whitespace(Normalizer):
    """Collapse space runs, drop trailing and zero-width spaces, plain-ify exotic ones.

    A no-break or thin space that typography puts on purpose stays (``42\\u00a0km``,
    ``Bonjour\\u00a0!``); ``flatten_typographic=True`` turns those into plain spaces too.

    >>> Whitespace()("a \\u00a0b\\u200b  c \\nd\\u00ade")
    'a b c\\nde'
    >>> Whitespace()("42\\u00a0km on foot,\\u00a0said\\u00a0she"), Whitespace(flatten_typographic=True)("42\\u00a0km")
    ('42\\xa0km on foot, said she', '42 km')
    """

    name = "whitespace"
    leaves_never_text = True
    summary = "collapse runs of spaces, drop trailing/zero-width spaces and soft hyphens, plain no-break spaces"

    # Spaces are spaces in every language and French spacing is kept wherever it appears,
    # but binding a one-letter word to the next is the typography of a few languages:
    # with lang="auto" each paragraph is judged in its own ("und" when unsure: no binding).
    Options = WhitespaceOptions

    def may_edit(self, text: str) -> bool:
        return _may_need_work(text)

    def find_edits(self, text: str) -> list[Edit]:
        return [row_edit(r) for r in self._rows(text)]

    def _find_rows(self, text: str) -> list[Row]:
        if type(self).find_edits is not Whitespace.find_edits:
            return super()._find_rows(text)  # a subclass's own find_edits
        return self._rows(text)

    def _rows(self, text: str) -> list[Row]:
        # Rows, not Edit objects (textmend.edits.Row): a text with a space to mend between
        # every two words makes a million of them, which the garbage collector would walk.
        if not _may_need_work(text):
            return []
        edits: list[Row] = []
        n = len(text)
        covered = 0
        # Read once, not per run: options are looked up through __getattr__.
        flatten, lang, name = self.options.flatten_typographic, self.options.lang, self.name
        plain_between_words = flatten or lang not in _BINDS_ONE_LETTER_WORDS
        # A dense run of one repair (a no-break space between every two short words, a
        # zero-width space after every letter) is looked for at most once per character:
        # not before ``no_run_before``, where the last look ended.
        no_run_before = 0
        dense = _edits.DENSE_RUN_MIN
        matches: Iterator[re.Match[str]] | None = _CANDIDATE.finditer(text)
        while matches is not None:
            # (after a dense run the scan starts again at its end, past its million candidates)
            restart = None
            for m in matches:
                s, e = m.span()
                if s < covered:
                    continue
                while s > covered and text[s - 1] in _HORIZONTAL:
                    s -= 1
                while e < n and text[e] in _HORIZONTAL:
                    e += 1
                covered = e
                if e - s == 1 and plain_between_words and text[s] in _WIDE and _between_plain_words(text, s, e):
                    # The commonest run by far: a no-break space between two plain words.
                    if s >= no_run_before:
                        run_end = _dense_run(text, s, _PLAIN_RUNS, dense)
                        if run_end < 0:
                            no_run_before = -run_end
                        else:
                            old = text[s:run_end]
                            count = old.count(text[s])
                            edits.append((s, run_end, old, old.replace(text[s], " "), name, run_reason(_PLAIN, count), 1.0, True))
                            covered = run_end
                            restart = _CANDIDATE.finditer(text, run_end)
                            break
                    edits.append((s, e, text[s], " ", name, _PLAIN, 1.0, False))
                    continue
                run = text[s:e]
                if e - s == 1 and run in _ZERO_WIDTH and s and e < n and text[s - 1] not in "\r\n" and text[e] not in "\r\n":
                    # One zero-width space inside a line (what _repair_spaces decides, without
                    # its other questions): it goes, unless both neighbours are of a script
                    # written without spaces, where it marks a word break.
                    if not (_no_space_script(text[s - 1]) and _no_space_script(text[e])):
                        if s >= no_run_before:
                            run_end = _dense_run(text, s, _ZERO_WIDTH_RUNS, dense)
                            if run_end < 0:
                                no_run_before = -run_end
                            else:
                                edits.append(_deleting_row(text, s, run_end, run, name, _ZERO_WIDTH_GONE))
                                covered = run_end
                                restart = _CANDIDATE.finditer(text, run_end)
                                break
                        edits.append((s, e, run, "", name, _ZERO_WIDTH_GONE, 1.0, False))
                    continue
                inside_line = e - s > 1 and s and e < n and text[s - 1] not in "\r\n" and text[e] not in "\r\n"
                if inside_line and not run.strip(" \t"):
                    # The other common run: spaces and tabs inside a line, which always collapse.
                    edits.append((s, e, run, " ", name, _COLLAPSE, 1.0, False))
                    continue
                # Two more runs inside a line decided as _repair_spaces decides them, without its
                # other questions (held to it by tests/test_adversarial.py): zero-width marks
                # with spaces or tabs become one space; a lone unusual space becomes a plain one
                # unless typography puts it there.
                if inside_line and not run.strip(_SPACES_AND_ZERO_WIDTH) and run.strip(_ZERO_WIDTH):
                    edits.append((s, e, run, " ", name, _PLAIN, 1.0, False))
                    continue
                if e - s == 1 and run in _WIDE and s and e < n and text[s - 1] not in "\r\n" and text[e] not in "\r\n":
                    if flatten or run not in _TYPOGRAPHIC or not _typographic_place(text, s, e, lang):
                        edits.append((s, e, run, " ", name, _PLAIN, 1.0, False))
                    continue
                if run == _SOFT_HYPHEN and s >= no_run_before:
                    # A lone soft hyphen goes wherever it stands (_repair's first answer).
                    run_end = _dense_run(text, s, _SOFT_HYPHEN_RUNS, dense)
                    if run_end < 0:
                        no_run_before = -run_end
                    else:
                        edits.append(_deleting_row(text, s, run_end, run, name, _SOFT_HYPHEN_GONE))
                        covered = run_end
                        restart = _CANDIDATE.finditer(text, run_end)
                        break
                new, reason = _repair(text, s, e, flatten, lang)
                if new is not None:
                    edits.append((s, e, run, new, name, reason, 1.0, False))
            matches = restart
        return edits



def _deleting_row(text: str, start: int, end: int, removed: str, name: str, reason: str) -> Row:
    """The row of ``RunEdit.deleting(text, start, end, removed, name, reason)``."""
    old = text[start:end]
    return (start, end, old, old.replace(removed, ""), name, run_reason(reason, old.count(removed)), 1.0, True)


# Dense runs of one repair, from a space the loop has judged (see _dense_run): each pattern
# matches the space, then words and the same space again, each of which the loop would judge
# as it judged the first, and ends at a space whose next character lets it be judged so.
# A no-break (or other wide) space between plain words: the words of lower-case ASCII letters,
# one to seven (a repair in every eight characters at least).
_PLAIN_RUNS = {
    ch: re.compile(rf"{ch}(?:[a-z]{{1,7}}{ch})*(?=[a-z])") for ch in _WIDE
}
# A zero-width mark inside a line: between two, one to seven characters that are no space,
# line break or letter of a script written without spaces (where it marks a word break).
_NOT_BESIDE_ZERO_WIDTH = (
    rf"[^{_HORIZONTAL}\r\n\p{{Thai}}\p{{Lao}}\p{{Khmer}}\p{{Myanmar}}\p{{Han}}\p{{Hiragana}}\p{{Katakana}}]"
)
_ZERO_WIDTH_RUNS = {
    ch: regex.compile(rf"{ch}(?:{_NOT_BESIDE_ZERO_WIDTH}{{1,7}}{ch})*(?={_NOT_BESIDE_ZERO_WIDTH})") for ch in _ZERO_WIDTH
}


# A lone soft hyphen: between two, one to seven characters that are no space or line break.
_SOFT_HYPHEN_RUNS = {
    _SOFT_HYPHEN: re.compile(rf"{_SOFT_HYPHEN}(?:[^{_HORIZONTAL}\r\n]{{1,7}}{_SOFT_HYPHEN})*(?![{_HORIZONTAL}])")
}


def _dense_run(text: str, s: int, patterns: "dict[str, re.Pattern[str] | regex.Pattern[str]]", least: int) -> int:
    """Where a dense run of one repair that starts at ``text[s]`` ends, when it holds at
    least ``least`` of them: the loop of :meth:`Whitespace.find_edits` would make the same
    repair of every one (held to it by tests/test_dense_runs.py).  Otherwise minus the end
    of what was read (at least ``s + 1``): no run is looked for again before it.

    >>> _dense_run("x" + "a\\u00a0" * 5 + "b", 2, _PLAIN_RUNS, 5), _dense_run("a\\u00a0b\\u00a0c", 1, _PLAIN_RUNS, 5)
    (11, -4)
    """
    m = patterns[text[s]].match(text, s)
    if m is None:
        return -(s + 1)
    end = m.end()
    # Each repair is one character, and the characters between are none of it.
    if end - s >= least and text.count(text[s], s, end) >= least:
        return end
    return -end


def _between_plain_words(text: str, s: int, e: int) -> bool:
    """True when the space ``text[s:e]`` stands between two plain words: a word of lower-case
    ASCII letters alone before it (no digit, placeholder or capital: "1er", "%(count)s",
    "XIXe" are typography's), a lower-case ASCII letter after it.  No rule of typography keeps
    a no-break space there but the one-letter binding of a few languages (checked apart)."""
    if s == 0 or text[e : e + 1] not in _ASCII_LOWER:
        return False
    k = s - 1
    limit = s - 24 if s > 23 else -1  # max(-1, s - 24), without a call per space
    while k > limit and text[k] in _ASCII_LOWER:
        k -= 1
    if k == s - 1:
        return False  # no letter before
    return k < 0 or text[k] in _WORD_EDGE


def _bullet_indent(text: str, s: int, run: str) -> bool:
    """True when ``run`` (at ``text[s]``) is only typographic spaces after a dash that opens its line.

    ``–\u00a0\u00a0\u00a0\u00a0Rituale``: a list item's dash and the indent its writer typed
    with no-break spaces (an editor's only way to indent): layout set on purpose, and every
    space of it is deliberate, not a run of stray ones.
    """
    if s == 0 or text[s - 1] not in _DASHES or not all(ch in _TYPOGRAPHIC for ch in run):
        return False
    k = s - 1
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k == 0 or text[k - 1] in "\n\r"


def _repair(text: str, s: int, e: int, flatten: bool, lang: str) -> tuple[str | None, str]:
    """The repair of the run ``text[s:e]`` (``None``: it stays) and its reason."""
    run = text[s:e]
    if _SOFT_HYPHEN in run:
        rest = run.replace(_SOFT_HYPHEN, "")
        if not rest:
            return "", _SOFT_HYPHEN_GONE
        new, reason = _repair_spaces(text, s, e, rest, flatten, lang)
        return (rest if new is None else new), reason or "remove a soft hyphen"
    return _repair_spaces(text, s, e, run, flatten, lang)


def _repair_spaces(text: str, s: int, e: int, run: str, flatten: bool, lang: str) -> tuple[str | None, str]:
    before = text[s - 1] if s > 0 else ""
    after = text[e] if e < len(text) else ""
    at_line_start = before in ("", "\n", "\r")
    if after in ("", "\n", "\r"):
        if at_line_start and any(ch in _ZERO_WIDTH for ch in run):
            # An invisible line glues no tokens together: keep its zero-width marks.
            kept = "".join(ch for ch in run if ch in _ZERO_WIDTH)
            return (kept if kept != run else None), "remove trailing spaces"
        if all(ch in _ZERO_WIDTH for ch in run):
            return "", "remove a trailing zero-width space"
        return "", "remove trailing spaces"
    if at_line_start:
        if after in _FRENCH_BEFORE and run in _TYPOGRAPHIC and not flatten:
            return None, ""  # a fragment opening on French punctuation: "\u00a0: " after a label
        kept = "".join(" " if ch in _WIDE else ch for ch in run if ch not in _ZERO_WIDTH)
        return (kept if kept != run else None), "plain leading spaces"
    if all(ch in _ZERO_WIDTH for ch in run):
        if _NO_SPACE_SCRIPT.match(before) and _NO_SPACE_SCRIPT.match(after):
            return None, ""
        return "", _ZERO_WIDTH_GONE
    if run == "\t":
        return None, ""
    if not flatten:
        typographic = next((ch for ch in run if ch in _TYPOGRAPHIC), None)
        if typographic is not None and _typographic_place(text, s, e, lang):
            if run == typographic or _bullet_indent(text, s, run):
                return None, ""
            return typographic, "keep the typographic space, drop the spaces around it"
    if run == " ":
        return None, ""
    if all(ch in " \t" for ch in run):
        return " ", _COLLAPSE
    return " ", _PLAIN
