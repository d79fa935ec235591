"""Quotes: quotation marks turned the wrong way, left unclosed, or spaced inside.

The normalizer reads each paragraph (a line) as a sequence of quotation marks
and trusts the evidence of the text around each mark, and of the paragraphs
around it:

* **direction**: a curly mark whose surroundings contradict its shape is turned
  round (``chance“, he`` -> ``chance”, he``; ``said ”We`` -> ``said “We``);
  where the position says nothing (``“ Wild Rose “``), alternation decides.  A
  single ``’`` at the start of a word is an apostrophe (``’90s``, ``’em``,
  ``rock ’n’ roll``) unless a closing ``’`` later in the paragraph makes it an
  opening quote, and ``‘90s`` becomes ``’90s``;
* **balance**: a quotation still open when the next one opens, or at the end of
  a paragraph that the next paragraph does not continue, is closed before its
  reporting clause (``win he said`` -> ``win,” he said``), at the boundary of
  the next quotation (``way “So`` -> ``way” “So``), or at the end of a
  paragraph of speech that ends a sentence; speech opening a paragraph gets a
  lost opening mark back (``We will win,” he said``);
* **spacing**: a space just inside one end of a quotation goes (``“ So`` ->
  ``“So``, ``back “.`` -> ``back”.``), and so does a space before ``’s`` or
  ``n’t`` (``Senate ’s``); symmetric padding (``“ Wild Rose ”``) is a house
  style and stays.

What stays, on purpose: the style of the marks (straight stays straight; see
:mod:`textmend.normalizers.quote_style`); a paragraph left open when the next
one opens with a quotation mark (the convention for quotations running over
several paragraphs); German ``„…“``, Polish ``„…”`` and Swedish ``”…”`` text;
guillemets and corner brackets; inch and foot marks (``5'10"``, ``12" pizza``);
titles and scare quotes left open mid-sentence; anything in a paragraph whose
marks do not pair up in one clear way; and any repair that reading the repaired
paragraph again would not leave as it is.
"""

from __future__ import annotations

import logging
from bisect import insort
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Collection, NamedTuple, Optional

import regex

from ..analysis import TextFacts, code_line, holds_string_literal, text_facts
from ..edits import Edit, settle
from ..lexicon import word_list, word_zipf
from ..normalizer import Normalizer
from .._lazy import LazyPattern

__all__ = ["Quotes"]

LDQ, RDQ, LSQ, RSQ = "\u201c", "\u201d", "\u2018", "\u2019"
_ALL_QUOTES = "\u201c\u201d\"\u2018\u2019'\u201e\u201a\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\u201f\u201b"
_OPENERS = "([{<\u2014\u2013-/"
_CLOSE_PUNCT = ".,;:!?\u2026)]}"
_SENTENCE_END = ".!?\u2026"

# Cheap scan: text without any of these has nothing for this normalizer.  Three
# searches, each with a literal start the engine can skip to, beat one alternation.
_CANDIDATES = (
    regex.compile(r"[\u201c\u201d\"\u2018`\u00b4\u2032]|''|,,"),
    regex.compile(r"\s\u2019"),  # (and a text that starts with ’: checked apart)
    regex.compile(r" [\u2019'][st](?<=[\p{L}\p{N}] ..)(?![\p{L}\p{N}'\u2019])"),
)
# (An ``s`` glued to an operator of code is no clitic: ``sed -e 's/^.*=//'`` opens a quoted
# substitution, and English follows ``’s`` with a space or a mark that ends a word, never ``/``.)
_SPACED_POSSESSIVE = LazyPattern(regex.compile,
    r"(?<=[\p{L}\p{N}]) (?=[\u2019\u2018'`\u00b4\u2032]s(?![\p{L}\p{N}'\u2019/\\=|@#$%^&*+~<>{\[_]))"
    r"|(?<=\p{L}n) (?=[\u2019\u2018'`\u00b4\u2032]t(?![\p{L}\p{N}'\u2019]))"
)
# `’s` standing alone between spaces: a word of its own in Scottish Gaelic (`sgàth ’s gu`,
# "is"/"and") and Dutch (`’s morgens`), where the space before it is right.
_STANDALONE_S = LazyPattern(regex.compile, r"(?<=\s)[\u2019']s(?=\s)")
_WORD_BEFORE = LazyPattern(regex.compile, r"\p{L}+$")
_ENGLISH_WORD_MIN = 1.5  # Zipf in English of a word that reads as English (rarer: Gaelic "nithean")
_CLITIC_S_WORD_MIN = 3.0  # in a paragraph of unsure language, the word before ’s must be this common an English word
# Right-to-left scripts: Arabic writing may open with ” and close with “ (the marks as
# they look from its own direction); a paragraph consistent in that is left alone.
_RTL_LETTER = LazyPattern(regex.compile, r"[\p{Arabic}\p{Hebrew}\p{Syriac}\p{Thaana}]")
_SINGLE_MARK = LazyPattern(regex.compile, r"\u2018")
_SINGLE_MARKS = "\u2018\u2019'"
_CURLY_DOUBLED = LazyPattern(regex.compile, r"\u2018\u2018|\u2019\u2019")
# Runs of one single mark (or comma): a run of exactly two is a doubled mark; three
# straight marks are wiki bold, not a quotation.  Matching whole runs keeps the scan linear.
_SINGLE_RUN = regex.compile(r"\u2018{2,}+|\u2019{2,}+|'{2,}+|`{2,}+|,{2,}+")
_RUN_OR_DOUBLE = LazyPattern(regex.compile, _SINGLE_RUN.pattern + r'|[\u201c\u201d\u201e"]')
_LOW_PAIR = LazyPattern(regex.compile, r"(?<![,\p{L}\p{N}]),,(?=[\p{L}\p{N}])")
_STRAIGHT_DOUBLE = LazyPattern(regex.compile, r'(?<![0-9])"')
# A lowercase run glued to a capital inside one token (vehiclesInfoNation), as the fused normalizer leaves it.
_GLUED_AT = LazyPattern(regex.compile, r"\p{Ll}{3,}\p{Lu}\p{Ll}")
_WORD_AROUND = LazyPattern(regex.compile, r"[\p{L}\p{N}]+")  # the words of a token, to find the one a glue match is in
_SENTENCE_BREAK = LazyPattern(regex.compile, r"[.!?\u2026][\u2019')\]]?\s+(?=[\p{Lu}\p{N}(\u2018\u201c\"])")
# First and second person: a sentence with one reads as speech, not narrative.
_SPEAKER_WORD = LazyPattern(regex.compile, r"(?i)(?<![\p{L}\p{N}])(?:i|we|you|me|us|my|our|your|mine|ours|yours)(?![\p{L}\p{N}])")
_LAST_TOKEN = LazyPattern(regex.compile, r"\S+$")
_FIRST_TOKEN = LazyPattern(regex.compile, r"\s*\S+")
# Marks no well-formed paragraph holds, so the cheap check must not wave through.
_ODD_MARK = LazyPattern(regex.compile, r"[`\u00b4\u2032]|,,")
_COMMA_OUTSIDE = LazyPattern(regex.compile, r"(?<=\w)[\u201d\"],")
_COMMA_INSIDE = LazyPattern(regex.compile, r"(?<=\w),[\u201d\"]")
# The text between an open quotation and the next one when they stand side by side: a short
# quotation (up to six words, no punctuation) and what joins them (`severe or `, `The Discovery, `).
_COORDINATED = LazyPattern(regex.compile,
    r"(?P<body>[\p{L}\p{N}][^\s,;:.!?\u201c\u201d\"()]*+(?:\s[^\s,;:.!?\u201c\u201d\"()]++){0,5})"
    r"(?:,\s|\s(?P<word>and|or|nor)\s)"
)
_PERIOD_OUTSIDE = LazyPattern(regex.compile, r"(?<=[\p{L}\p{N}])[\u201d\"]\.")
# The last sentence of a paragraph as an editor's aside: `(Cooperman is the investor who …)`.
_ASIDE = LazyPattern(regex.compile, r"\(")
# A quotation of fewer words than this at a paragraph's end, with no sentence break inside, is a
# fragment (`"Welcome Jose.`), not a sentence of speech.
_FRAGMENT_WORDS = 4
# A last sentence about a third party's thing (`Universal’s music division provided …`): narrative.
_NARRATIVE_OPENING = LazyPattern(regex.compile, r"\p{Lu}[\p{L}\-]*[\u2019']s\s")
# A sentence about a third person (`He wasn’t kidding.`).
_THIRD_PERSON_OPENING = LazyPattern(regex.compile, r"(?:He|She|They)\s")
_FIRST_DOUBLE = LazyPattern(regex.compile, r"[\u201c\u201d\"]")
_SINGLE_CANDIDATE = LazyPattern(regex.compile, r"\u2018|(?<![\p{L}\p{N}])\u2019")
_SINGLE_OR_DOUBLE = LazyPattern(regex.compile, r"[\u2018\u2019\u201c\u201d\"]")
# The cheap check per paragraph: curly double quotations that open after a space
# and close before one, apostrophes that open no word, no single quotation marks,
# no other style.  Most quoting paragraphs of news copy read so; nothing in them
# calls for a repair, and the full reading is skipped.
# Straight double quotations read so too: `"` opening after a space or bracket before a letter
# or digit, closing after a letter or a sentence's punctuation (a digit before it would make it
# an inch mark) and before a space, punctuation or the end; the reading turns no straight mark
# round and closes nothing in a paragraph whose marks pair so.  A single mark holds no
# quotation the reading acts on unless it opens a word (`’90s`, `‘so’`), is doubled (`''`) or
# stands after a space before `s` or `t` (`Senate 's`): ’ after a letter or digit and ' that is
# neither are plain text.  (tests/test_quotes.py checks every such paragraph against the
# reading, in any context.)
# Possessive quantifiers and alternatives that each consume keep the match linear.
_PLAIN = (
    r"(?:[^\u201c\u201d\"\u2018\u2019'\u201e\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\n]++"
    r"|(?<=[\p{L}\p{N}])\u2019(?!\u2019)|(?<![\s'])'(?!')|(?<=\s)'(?![sStT']))"
)
_WELL_FORMED = regex.compile(
    rf"(?:{_PLAIN}|(?<![^\s(\[\u2014\u2013])\u201c(?=[^\s\u201c\u201d\u2019\u2018'])(?:{_PLAIN})*+"
    rf"(?<=[^\s\u201c\u201d])\u201d(?=[\s.,;:!?)\]\u2014\u2013\u2026]|$)"
    rf"|(?<![^\s(\[\u2014\u2013])\"(?=[\p{{L}}\p{{N}}])(?:{_PLAIN})*+(?<=[\p{{L}}.,!?])\"(?=[ \t.,;:!?)\]\u2026]|$))*+"
)
_PARA_HAS_QUOTE = LazyPattern(regex.compile, r"[\u201c\u201d\"\u2018\u2019']")
_SUBJECT_STOP = frozenset(
    "I We You They It This That These Those There Then The A An And But So If When What Who Why How "
    "In On At Of For To As Or Not No Yes Our My Your Their His Her Its "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow".split()
)


def _kind_before(para: str, i: int) -> str:
    if i == 0:
        return "S"
    ch = para[i - 1]
    if ch.isspace():
        return "S"
    if ch.isalnum():
        return "W"
    if ch in _ALL_QUOTES:
        return "Q"
    if ch in _OPENERS:
        return "OP"
    return "P"


# Languages whose double quotation opens low and closes high, „…“ (German, Czech, Slovak,
# Slovenian, Lithuanian, Estonian, Icelandic, Bulgarian).
_LOW_HIGH_LANGUAGES = frozenset({"de", "cs", "sk", "sl", "lt", "et", "is", "bg"})


_LONGER_LATIN_WORD = LazyPattern(regex.compile, r"(?<![%(\p{L}])\p{Latin}{4,}(?![\p{L})])")  # not a placeholder's name


def _mostly_not_english(para: str) -> bool:
    """Whether more than half of the longer Latin-script words of ``para`` are no English word.

    Asked of a paragraph of unsure language only: a language wordfreq lacks (Scottish
    Gaelic ``Thèid a h-uile oibseact seo ’s na nithean``) writes ``’s`` as a word of its own.
    """
    words = _LONGER_LATIN_WORD.findall(para)
    unknown = sum(1 for w in words if word_zipf(w.lower(), "en") < _ENGLISH_WORD_MIN)
    return 2 * unknown > len(words)


def _escaped(para: str, pos: int) -> bool:
    r"""Whether the mark at ``pos`` is escaped by a backslash (an odd run of them before it).

    A string in code, a quoted address in a specification and a JSON value write a mark
    inside a quotation so (``"Giant; \"Big\" Box"``, ``CODE=\"App.class\"``): it is a
    character of the string, it opens and closes nothing, and a space after it is the
    string's own.  Prose never writes a backslash before a quotation mark.

    >>> _escaped('a \\"b\\" c', 3), _escaped('a \\\\"b', 4), _escaped('say "hi"', 4)
    (True, False, False)
    """
    run = 0
    while pos - run > 0 and para[pos - run - 1] == "\\":
        run += 1
    return run % 2 == 1


def _on_code_line(para: str, pos: int) -> bool:
    """Whether the line of ``para`` holding ``pos`` reads as code (a call, an operator, braces),
    or stands in a listing between such lines (the shared analysis's answer,
    :meth:`textmend.analysis.TextFacts.in_code`).

    Script text an extractor keeps writes the empty string as two straight single marks
    (``?s.prop5:'');``), which prose would read as a double mark typed as two singles.
    """
    return TextFacts(para).in_code(pos)  # (not text_facts: a paragraph must not push the document out of its cache)


def _after_padded_opening(marks: list[tuple[int, int, str, str]]) -> bool:
    """Whether the last mark read is a padded doubled mark whose glyph opens (```` Wild``, ``‘‘ Wild``)."""
    return bool(marks) and marks[-1][3] == "P" and marks[-1][2] != "''"


def _kind_after(para: str, i: int) -> str:
    if i + 1 >= len(para):
        return "E"
    ch = para[i + 1]
    if ch.isspace():
        return "E"
    if ch in _CLOSE_PUNCT:
        return "P"
    if ch in _ALL_QUOTES:
        return "Q"
    return "W"



# A size in inches written with curly marks, "7”x11”", "9 ” × 13 ”": a digit before the mark and
# the other side of the size after it (or before it, for the second mark).
# A double prime (″) after a word or number, where a close stands: a mark some writers (and their
# software) close a quotation with (`"Copyright 2.0″ technologies`), and others write inches with
# (`a 7″ tablet`).  (Not '': two apostrophes are mostly a doubled single mark, repaired elsewhere.)
_PRIME_CLOSE = LazyPattern(regex.compile, r"(?<=[\p{L}\p{N}.!?])\u2033(?![\p{L}\p{N}])")
# Two apostrophes where a close stands (`"Copyright 2.0'' technologies`), which the doubled-single
# reading left as they are (after a digit they may be inches), and any doubled run or double mark
# that would make them another quotation's close (`“…, adding ``we need everyone on it.''`).
_DOUBLED_CLOSE = LazyPattern(regex.compile, r"(?<=[\p{L}\p{N}.!?,])''(?![\p{L}\p{N}'])")
_DOUBLED_OR_DOUBLE = LazyPattern(regex.compile, r"``|\u2018\u2018|''|,,|[\u201c\u201d\u201e\"]")
_DIMENSION_AFTER = LazyPattern(regex.compile, r"[ \t]?[x×X][ \t]?\d")
_DIMENSION_BEFORE = LazyPattern(regex.compile, r"\d[\u201c\u201d\u2033\"][ \t]?[x×X][ \t]?\d+(?:[.,]\d+)?\Z")


def _doubled_close_of(para: str, open_pos: int) -> bool:
    """Whether two apostrophes left in the text close the quotation opened at ``open_pos``: the
    first ``''`` where a close stands after it, with no doubled run or double mark between."""
    m = _DOUBLED_CLOSE.search(para, open_pos + 1)
    return m is not None and _DOUBLED_OR_DOUBLE.search(para, open_pos + 1, m.start()) is None


def _dimension_inch_mark(para: str, i: int) -> bool:
    """Whether the curly double mark at ``i`` is an inch mark in a size (``7”x11” Pyrex``): after a
    digit, and before ``x`` and the size's other number, or after the size's first inch mark and
    ``x``.  A quotation closing after a number (``he said “in 1999”``) has no ``x`` beside it."""
    if i == 0 or not para[i - 1].isdigit():
        return False
    return _DIMENSION_AFTER.match(para, i + 1) is not None or _DIMENSION_BEFORE.search(para, max(0, i - 16), i) is not None

# The two-letter endings of English contractions after a mark between letters (``I”ll``).
_CONTRACTION_PAIR = LazyPattern(regex.compile, r"(?:ll|re|ve)(?![\p{L}\p{N}])")
_CONTRACTION_KNOWN_MIN = 3.0  # Zipf in English of the contraction (``i'll`` 5.4) that makes ” its apostrophe


def _contraction_mark(para: str, i: int) -> bool:
    """Whether the mark at ``i`` stands between a letter and a contraction's two-letter ending
    (``I”ll``, ``they”re``, ``we”ve``): a quotation neither opens nor closes inside a word.

    >>> _contraction_mark("Anyways I”ll go", 9), _contraction_mark("the “best”reviews", 9)
    (True, False)
    """
    return i > 0 and para[i - 1].isalpha() and _CONTRACTION_PAIR.match(para, i + 1) is not None


# A quoted path, file name or option that starts with a stop or a comma: `./configure`, `../lib/x`, or a
# token quoted whole, its mark right after it: a dot-file (`.bashrc`), a Go struct tag's option (`",attr"`).
# An ellipsis quoted alone (`said "..." and left`: the words left unsaid) is one too.
# Its first sign is punctuation, yet nothing a close's stop or comma ends is there.
_DOT_PATH = LazyPattern(
    regex.compile,
    r"\.{1,2}/[\p{L}\p{N}_~.\-]|[.,][\p{L}\p{N}_][\p{L}\p{N}_.,\-]*[\"\u201d\u2019']|\.\.\.[\"\u201d]",
)
# A letter of a script written without spaces between words (Thai, Lao, Khmer, Burmese).
_UNSPACED_SCRIPT = LazyPattern(regex.compile, r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
# An ellipsis (three dots or more, or the one character) and a lower-case word after it, a space between
# or not, or a word of a script without case (Hebrew `"...הפצת`, Korean `".... 음..`), where no capital
# could say a sentence begins.  Informal writing stretches the ellipsis (`....`), and a quotation taken
# up after a pause opens on it as on three dots.
_ELLIPSIS_WORD = LazyPattern(regex.compile, r"(?:\.{3,}|…) ?[\p{Ll}\p{Lo}]")


def _shape(para: str, i: int) -> str:
    """Where mark ``para[i]`` stands: 'open', 'close', 'spaced-close' or '?'."""
    before, after = _kind_before(para, i), _kind_after(para, i)
    if before in ("S", "OP") and after == "W":
        if before == "S" and i > 0 and _PARTICLE_SCRIPT.match(para, i + 1) and _PARTICLE_SCRIPT.match(para, i - 2 if i > 1 else 0):
            return "?"  # Korean and Japanese particles follow a closing mark: `잘못인가요 ”라거나`
        return "open"
    if before == "W" and after in ("E", "P"):
        return "close"
    if before == "P" and para[i - 1] in _SENTENCE_END + ",;)]}%" and after in ("E", "P"):
        return "close"
    if before == "S" and para[i] == '"' and _ELLIPSIS_WORD.match(para, i + 1):
        # `I might say "...and so they let him go`: a quotation taken up mid-sentence opens on an
        # ellipsis and runs on in lower case (or in a script without case); a close has no words
        # after its ellipsis.
        return "open"
    if before == "S" and para[i + 1 : i + 2] in (".", ",") and _DOT_PATH.match(para, i + 1):
        # `Run "./configure" without "--disable-color"`, `is now written ",attr" while`: a stop that
        # starts a path (`./`, `../`) or a sign that starts a token quoted whole (a dot-file, a
        # struct tag's option) is the quoted text's first sign, not a sentence's end after a close
        # typed with a space; read as a spaced close, the space before the mark was removed.
        return "open"
    if before == "S" and after == "P" and i > 1 and not para[i - 2].isspace() and para[i + 1] in ".,;:!?":
        if para[i + 2 : i + 3] in tuple(".,;:") and para[i + 2] != para[i + 1]:
            # `what tastes “!. Only`: a stop right after the sign ends no sentence a second time, so
            # the sign is the quoted matter (`“!”`, its close lost), and the mark opens it.
            return "?"
        sign_then = para[i + 2 : i + 3]
        if (
            sign_then
            and not sign_then.isspace()
            and sign_then not in _CLOSE_PUNCT
            and sign_then not in _ALL_QUOTES
            and text_facts(para).double_marks_before(i) % 2 == 0
        ):
            # `see ".Mac Morphs into MobileMe,"`, `SecRule ARGS "!^(?:GET|HEAD)$"`: with no quotation open
            # before it, a mark whose sign is glued to a letter, digit or symbol starts a token (a name
            # opening on a dot, a negated pattern), and the mark opens it.  (Inside an open quotation,
            # `all "over ".Then he left`, the sign is the sentence's end and the mark its close.)
            return "open"
        return "spaced-close"
    if before == "Q" and after in ("E", "P"):
        return "close"
    if before in ("S", "OP") and after == "Q":
        return "open"
    return "?"


def _quoted_symbol(para: str, pos: int) -> bool:
    """Whether the mark at ``pos`` opens a quoted symbol: one character that is no letter or
    digit, then the same mark (Apache's `"." Open slot`, `"_" Waiting`): a key, not a close."""
    return (
        pos + 2 < len(para)
        and para[pos + 2] == para[pos]
        and not para[pos + 1].isalnum()
        and not para[pos + 1].isspace()
    )


@dataclass
class _Mark:
    pos: int
    glyph: str
    role: str  # "O", "C" or "?" (a straight mark that could be either)
    strong: bool  # the position itself says open or close
    curly: bool
    spaced_close: bool = False  # `back “.`: a close with a stray space before it


class _Close(NamedTuple):
    """A closing mark to insert: where, what, the evidence for it, and how strong that is."""

    pos: int
    new: str
    reason: str
    confidence: float


@dataclass(frozen=True)
class _Repair:
    """One repair a paragraph reading proposes: ``para[start:end]`` becomes ``new``."""

    start: int
    end: int
    new: str
    reason: str
    confidence: float = 1.0


def _consistent(proposals: dict[tuple[int, int], list[_Repair]]) -> list[_Repair]:
    """The proposed repairs that no other proposal contradicts, sorted.

    Two readings of a paragraph can propose different repairs for the same
    characters (turn a mark one way and the other), or repairs that overlap,
    or two insertions at one point, whose order would be a guess.  The
    evidence then contradicts itself, and none of the repairs involved is made:
    which one came first says nothing about which is right.

    >>> a, b = _Repair(0, 1, "x", "r"), _Repair(0, 1, "y", "r")
    >>> _consistent({(0, 1): [a, b], (3, 4): [_Repair(3, 4, "z", "r")]})
    [_Repair(start=3, end=4, new='z', reason='r', confidence=1.0)]
    """
    chosen: list[_Repair] = []
    for span in sorted(proposals):
        found = proposals[span]
        if any(r.new != found[0].new for r in found):
            continue  # one span, two different repairs
        # The same repair found twice is one repair, as sure as its surest finding.
        chosen.append(max(found, key=lambda r: r.confidence))
    # Group repairs that touch the same characters; only a group of one stands.
    groups: list[list[_Repair]] = []
    group_end = -1
    for r in chosen:
        last = groups[-1][-1] if groups else None
        overlaps = r.start < group_end or (last is not None and r.start == r.end == last.start == last.end)
        if overlaps:
            groups[-1].append(r)
        else:
            groups.append([r])
        group_end = max(group_end, r.end) if overlaps else r.end
    return [group[0] for group in groups if len(group) == 1]


@lru_cache(maxsize=None)
def _reporting_verb() -> "regex.Pattern[str]":
    def alternation(name: str) -> str:
        return "|".join(sorted(word_list(name), key=len, reverse=True))

    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?:(?P<any>{alternation('reporting_verbs')})(?![\p{{L}}\p{{N}}])"
        rf"|(?P<final>{alternation('reporting_verbs_final')})(?=[.,;:!?]|$|{_CIRCUMSTANCE}))"
    )


# What may follow a verb that ends an attribution only at its clause's end (``noted``,
# ``stated``): the circumstances of the saying, not an object (``stated in the letter``,
# ``noted as she made her decision``; not ``continued to grow``).
_FINAL_AT_END = LazyPattern(regex.compile, r"[.,;:!?]|$")
_CIRCUMSTANCE = r"\s(?:in|on|at|during|after|before|as|while|when|via|from|last|earlier|later|yesterday|today|tonight)\s"


@lru_cache(maxsize=None)
def _verb_alternation() -> str:
    """Every one-word verb of saying (``reporting_verbs`` and ``reporting_verbs_final``), longest first."""
    verbs = (word_list("reporting_verbs") | word_list("reporting_verbs_final"))
    return "|".join(sorted((v for v in verbs if " " not in v), key=len, reverse=True))


@lru_cache(maxsize=None)
def _parallel_clause() -> "regex.Pattern[str]":
    """``, and that ``, `` and said, ``, ``, but cautions that `` right before a quotation opens (matched up to it)."""
    verbs = word_list("reporting_verbs") | word_list("reporting_verbs_final")
    alternation = "|".join(sorted((v for v in verbs if " " not in v), key=len, reverse=True))
    return regex.compile(rf",?\s(?:and|but)\s(?:that|(?:{alternation})(?:\sthat)?[,:]?)\s$")


@lru_cache(maxsize=None)
def _participle_clause() -> "regex.Pattern[str]":
    """``, adding “``, ``, saying that “`` right before a quotation opens (matched up to it): a participle of
    saying (``data/en/speech_participles.txt``) after a comma, the writer's clause that introduces the next quotation."""
    alternation = "|".join(sorted(word_list("en/speech_participles"), key=len, reverse=True))
    return regex.compile(rf",\s(?:{alternation})(?:\sthat)?[,:]?\s$")


@lru_cache(maxsize=None)
def _any_reporting_verb() -> "regex.Pattern[str]":
    verbs = word_list("reporting_verbs") | word_list("reporting_verbs_final")
    alternation = "|".join(sorted(verbs, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternation})(?![\p{{L}}\p{{N}}])")


_PARTICLE_SCRIPT = LazyPattern(regex.compile, r"[\p{Hangul}\p{Han}\p{Hiragana}\p{Katakana}]")
_TITLECASE = LazyPattern(regex.compile, r"\p{Lu}\p{Ll}+(?:[\-\u2019']?\p{Lu}?\p{Ll}+)*")
_NAME = r"\p{Lu}[\p{L}\u2019'\-]*(?:\.?\s\p{Lu}[\p{L}\u2019'\-]*){0,2}"
_DETERMINER = r"(?:the|a|an|one|his|her|their)"
_WORD = r"[\p{Ll}][\p{L}\u2019'\-]*"
# What stands right before a reporting verb as its subject; matched backwards from the verb.
_SUBJECT_BEFORE = LazyPattern(regex.compile,
    rf"(?<=(?P<lead>[\p{{L}}\p{{N}}][,?!]?|[\p{{L}}\p{{N}}]\.?[,?!]?|[\p{{L}}\p{{N}}][,?!][\u2019'])\s)"
    rf"(?P<subject>he|she|{_NAME}|{_DETERMINER}(?:\s{_WORD}){{1,2}}|{_NAME},\s(?:the|a|an|\p{{Lu}}[\p{{L}}\-]*[\u2019']s)\s[^,\u201c\u201d\"\n]{{1,80}},)\s$"
)
_FREE_SUBJECT = LazyPattern(regex.compile,
    r"(?<=[\p{L}\p{N}][,?!]\u2019?)\s(?P<subject>[\p{L}\p{N}][\p{L}\p{N}\u2019'.\-]*(?:\s[\p{L}\p{N}][\p{L}\p{N}\u2019'.\-]*){0,3})\s$"
)
# After the comma that ends the speech, an indefinite description of its speaker, one to five words
# ending in a common noun (`a Fox executive`, `a 21st Century Fox executive`, `one former aide`), right
# before the verb.  One ending in a name (`a beaming Olsen`, `a person close to Kelly`) is the earlier
# reading's to leave: words that describe a named speaker may as well be the speech's own.
_DESCRIBED_SUBJECT = LazyPattern(regex.compile,
    r"(?<=[\p{L}\p{N}][,?!]\u2019?)\s(?P<subject>(?:a|an|one|another)(?P<words>(?:\s[\p{L}\p{N}][\p{L}\p{N}\u2019'.\-]*){1,5}))\s$"
)
# The same with `the` (`…,” the U.S. attorney's office said.`), one to four words ending in a common
# noun; taken only where the verb ends its sentence (`the doctors said, and I …` may be speech's own).
_DEFINITE_SUBJECT = LazyPattern(regex.compile,
    r"(?<=[\p{L}\p{N}][,?!]\u2019?)\s(?P<subject>the(?P<words>(?:\s[\p{L}\p{N}][\p{L}\p{N}\u2019'.\-]*){1,4}))\s$"
)
_DEFINITE_CLAUSE_END = LazyPattern(regex.compile, rf"(?:\s(?:me|us|reporters))?(?:{_CIRCUMSTANCE}[^.!?;:,\n\u201c\u201d\"]{{0,60}})?\.(?:\s|$)")
# Words no description of a speaker holds: a clause's own subject, verb or joint (`a few who had doubted us`).
_NOT_IN_DESCRIPTION = frozenset(
    "i we you he she they it who whom whose which that and or but is are was were be been being has have had "
    "will would can could should may might must do does did not said says told".split()
)
# What follows the verb of a described speaker: the clause's end, its listener, or the circumstances.
_DESCRIBED_CLAUSE_END = LazyPattern(regex.compile, rf"(?:\s(?:me|us|reporters))?(?:[.,;:!?]|$|{_CIRCUMSTANCE})")
_NOT_A_SUBJECT_START = frozenset(
    "i we you and or but so that which who what when where while because if as to of in on at for with from "
    "by than then this these those there here is are was were be not".split()
)
_SUBJECT_AFTER = LazyPattern(regex.compile, rf"\s(?:he|she|{_NAME}|{_DETERMINER}\s[\p{{L}}\p{{N}}])")
_PRONOUN_BEFORE = LazyPattern(regex.compile, r"(?i)(?:^|\s)(?:i|we|you|they|he|she|it|who|that|which|what)$")
# After an inverted verb, a role in lower case and a name: ` veteran industry analyst Ken Doctor`.
_TITLED_AFTER = LazyPattern(regex.compile, r"\s(?P<role>(?:[\p{Ll}\-]+\s){1,4})\p{Lu}[\p{L}\u2019'\-]*+(?:\s\p{Lu}[\p{L}\u2019'\-]*+)*+")
# An adverb right before a reporting verb (`Brooke tearfully asked`).
# After a verb of saying, the start of reported (indirect) speech: `said that`, `says to her that`,
# `said it paid`, `said they were`, `says you can` (a subject of its own, then its verb in lower case).
_INDIRECT_SPEECH = LazyPattern(regex.compile, r"(?:\s(?:to\s)?[\p{L}\u2019'\-]+)?\sthat\s\p{Ll}|\s(?:it|they|we|you|there)\s\p{Ll}")
_ADVERB_BEFORE = LazyPattern(regex.compile, r"\s\p{Ll}{2,}ly\s$")
# `, Jack Buser, director for games at Google, ` right before the verb: a name, then its role.
_APPOSITIVE_SUBJECT = LazyPattern(regex.compile,
    rf"(?<=[\p{{L}}\p{{N}}],\s)(?P<name>{_NAME}),\s(?P<role>[\p{{L}}\p{{N}}][^,\u201c\u201d\"\n]{{0,60}}),\s$"
)
# `, Steve Clarke, deputy associate administrator for exploration in NASA’s Science Mission
# Directorate, said`, `, Dr. Luz Contreras Arroyo, a member of the group and signatory to the
# letter, told`: a full name (two to four capitalised words, an honorific or a lower-case role
# before it), then an appositive too long or too full of commas for _APPOSITIVE_SUBJECT, right
# up to the verb.  Matched from the name's start to the verb; the role is checked apart.
_LONG_APPOSITIVE = LazyPattern(regex.compile,
    r"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov)\.\s|(?:[\p{Ll}\-]+\s){1,3})?"
    r"\p{Lu}[\p{L}\u2019'\-]+(?:\s\p{Lu}\.)?(?:\s\p{Lu}[\p{L}\u2019'\-]+){1,3}),"
    r"\s(?P<role>\p{Ll}(?:[^\u201c\u201d\"\u2018\u2019\n.!?;:]|[\u2019'](?=\p{L})|\.(?=\S)){2,160}?)"
    r",?\s(?:has\s|have\s|had\s)?$"
)
# What ends the clause after the verb of a long appositive's attribution: its end, the
# circumstances of the saying, or whom it was told to (`told CBS News.`).
_LONG_CLAUSE_END = LazyPattern(regex.compile,
    rf"(?:\s\p{{Lu}}[\p{{L}}\-]*+(?:\s\p{{Lu}}[\p{{L}}\-]*+)*+)?(?:[.,;:!?]|$|{_CIRCUMSTANCE})"
)
# After a verb of saying, a subject of a few words (no punctuation, no name) and a finite auxiliary
# or modal, then a lower-case word: the verb's own clause (`says modifications to his boat have been`).
_CLAUSE_AFTER_VERB = LazyPattern(regex.compile,
    r"\s(?P<lead>the|most|many|some|all|\p{Ll}{2,}s)(?:\s\p{Ll}[\p{Ll}\u2019'\-]*+){0,4}?"
    r"\s(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must)\s\p{Ll}"
)
# (its first word a determiner or a plural noun: `as`, `his`, `this` are no subject's start)
_CLAUSE_LEADS = frozenset(["the", "most", "many", "some", "all"])
# After a verb of saying and its comma, a clause with a subject and a finite verb of its own and no
# opening mark (`As she left the office, she says, Ailes tried to kiss her`): the attribution is set
# off inside the writer's sentence, which reports the speech in the writer's words.  The subject is a
# pronoun or one to three capitalised words; the verb (an adverb may stand before it) is an auxiliary
# or modal, a past form in -ed, or, after a pronoun, any lower-case word (a pronoun's next word is its
# verb).  Verbs of saying are checked apart (`, she said, he added` is an attribution of its own).
_FINITE_AUX = r"(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do)"
_CLAUSE_AFTER_ATTRIBUTION = LazyPattern(regex.compile,
    r",\s(?:(?P<pronoun>he|she|they|we|I|it|you|He|She|They|We|It|You)"
    r"|\p{Lu}\p{Ll}[\p{L}\-]*+(?:\s\p{Lu}\p{Ll}[\p{L}\-]*+){0,2})"
    r"(?:\s\p{Ll}{2,}ly)?\s(?P<verb>\p{Ll}[\p{Ll}\u2019'\-]*+)(?![\p{L}\p{N}])"
)
# A colon and an opening double mark right after a reporting verb: the verb introduces that quotation.
_INTRODUCES_QUOTATION = LazyPattern(regex.compile, r":[ \t]*[\u201c\"]")
# A comma with a space after it, after a letter or digit: where an appositive speaker may start.
_COMMA_BEFORE_WORD = LazyPattern(regex.compile, r"(?<=[\p{L}\p{N}]),\s")
# `told reporters.`: one lower-case listener after a verb that takes one, then the clause's end.
_LISTENER_END = LazyPattern(regex.compile, r"\s\p{Ll}[\p{L}\-]*+(?:[.,;:!?]|$)")
# Reporting verbs whose next name is whom the speaker addressed (`told NBC News`), not the speaker.
_OBJECT_VERBS = frozenset(["told", "tells", "asked", "asks", "warned", "warns", "urged", "promised", "answered"])
# After one of those verbs, whom it was told to (a bracketed editor's insertion, or up to four words), then
# `to` and a verb: `told [his spy team] to record`, `asked the crowd to leave`: an instruction reported
# in the writer's words, not an attribution's end (`to the crowd`, `to applause` are no verb: left out).
_INSTRUCTION_AFTER = LazyPattern(regex.compile,
    rf"\s(?:\[[^\]\n]{{1,40}}\]|[\p{{L}}\u2019'\-]+(?:\s[\p{{L}}\u2019'\-]+){{0,3}}?)\sto\s(?!{_DETERMINER}\s|its\s)\p{{Ll}}"
)
# After an inverted verb, capitalised words and a full stop, the last word holding a lower-case letter: `says Jerry.`
_NAME_THEN_STOP = LazyPattern(regex.compile, r"(?:\s\p{Lu}[\p{L}\u2019'\-]*+)++(?<=\p{Ll})\.(?=\s|$)")  # (possessive: one pass)
_NAME_AFTER = LazyPattern(regex.compile, r"(?:\s\p{Lu}[\p{L}\u2019'\-]*+(?:\.(?=\s\p{Lu}))?)++")  # White House Press Secretary Stephanie Grisham
# A pronoun right after a reporting verb: `said she`.
_POSSESSIVE_AFTER = LazyPattern(regex.compile, r"\s(?:his|her|their)\s")
_INVERTED_PRONOUN = LazyPattern(regex.compile, r"\s(?:he|she)(?![\p{L}\p{N}])")
# What ends an inverted attribution's name: punctuation, the text's end, the circumstances of the saying.
_INVERTED_END = LazyPattern(regex.compile, rf"[.,;:!?)\]\u2014\u2013]|\s*$|{_CIRCUMSTANCE}|\s(?:of|who|with)\s")
# Words before a verb that make it part of the speech, not an attribution (`we wrote`, `and says`, `to tell`).
_SPEECH_VERB_LEAD = LazyPattern(regex.compile, r"(?i)(?:^|[\s\u201c\u2018\"(])(?:i|we|you|and|or|to|will|would|could|should|can|might|must|never|also|just|then|not|have|has|had)\s$")
# The speaker's own subject, then one or two adverbs, right before a verb (`I even said`, `we once
# famously wrote`): the verb's subject is the speaker, so the verb is the speech's own, as with
# `I said`.  Each word between is an `-ly` adverb or a function word; a pronoun or determiner there
# (`I think he said`, `you know the company said`) may be the verb's own subject, and is not taken.
_SPEAKER_ADVERBS_LEAD = LazyPattern(regex.compile,
    r"(?i)(?:^|[\s\u201c\u2018\"(])(?:i|we|you)\s(?P<words>\p{Ll}+(?:\s\p{Ll}+)?)\s$"
)
# The writer's sentence that introduces a quotation, right before its opening mark: the stop that
# ends the sentence before it, a speaker (a pronoun or one to four capitalised words), at most one
# `-ly` adverb, a verb of saying (as `_reporting_verb` reads them) and a colon or a comma.
_INTRODUCING_SENTENCE = LazyPattern(lambda: regex.compile(
    r"(?P<stop>[.!?][\u2019']?)\s+(?P<sentence>(?:he|she|they|He|She|They|\p{Lu}[\p{L}\u2019'\-]*(?:\s\p{Lu}[\p{L}\u2019'\-]*){0,3})"
    rf"\s(?:\p{{Ll}}{{2,}}ly\s)?(?:{_verb_alternation()})[:,]\s)"
))
_NOT_AN_ADVERB = frozenset("he she it they who which that this these those there the a an his her their its".split())
_LAST_WORD = LazyPattern(regex.compile, r"([\p{L}\p{N}\u2019'\-]+)[,?!.]?\s*$")


@lru_cache(maxsize=None)
def _bare_attribution() -> "regex.Pattern[str]":
    """A close right after a word and right before its attribution, with no comma: ``efficiency” says André``."""
    verbs = "|".join(sorted(word_list("reporting_verbs"), key=len, reverse=True))
    return regex.compile(
        rf"(?<=[\p{{L}}\p{{N}}])[\u201d\"]\s(?:(?:{verbs})\s(?:(?:he|she)(?![\p{{L}}\p{{N}}])|\p{{Lu}})|(?:he|she|{_NAME})\s(?:{verbs})(?![\p{{L}}\p{{N}}]))"
    )


def _comma_outside(text: str) -> bool:
    """Whether ``text`` keeps the comma out of its closing marks (more evidence for outside than inside).

    A comma after the close (``Ascom”, adds``) counts for outside, one before it (``win,”``)
    for inside; so does a close straight before its attribution with no comma at all
    (``efficiency” says André Neumann``): a writer who does not put the attribution's comma
    inside the quotation.

    >>> _comma_outside("“It works” says Ann Lee. “We are delighted”, she added.")
    True
    >>> _comma_outside("“It works,” says Ann Lee. “We won,” she added. “Next”, she said.")
    False
    """
    inside = len(_COMMA_INSIDE.findall(text))
    outside = len(_COMMA_OUTSIDE.findall(text)) + len(_bare_attribution().findall(text))
    return outside > inside


@lru_cache(maxsize=None)
def _elision() -> "regex.Pattern[str]":
    words = "|".join(sorted(word_list("quote_elisions"), key=len, reverse=True))
    # Two digits elide a year only where they end the word (`’90s`, `’20 `): `‘20홈런` (twenty
    # home runs) opens a quotation whose digits are glued to a word of their own.
    return regex.compile(rf"(?:\d\d(?:s)?(?![\p{{L}}\p{{N}}])|(?:{words})(?![\p{{L}}\p{{N}}]))", regex.IGNORECASE)


# The first letter after a position: a year's elision is an English (Latin-script) habit.
_NEXT_LETTER = LazyPattern(regex.compile, r"\p{L}")


def _latin_follows(para: str, start: int) -> bool:
    """Whether the first letter at or after ``start`` is Latin: `’20 election`, not `’20 타자`."""
    letter = _NEXT_LETTER.search(para, start)
    return letter is not None and regex.match(r"\p{Latin}", letter.group()) is not None


#: What an apostrophe gets mistyped as: the left single mark of a smart-quote
#: error, the grave and acute accents of keyboards, the prime of fonts.
_LOOKALIKES = "\u2018`\u00b4\u2032"
_LOOKALIKE = LazyPattern(regex.compile, r"[\u2018`\u00b4\u2032]")
_RDQ_IN_WORD = LazyPattern(regex.compile, r"(?<=\p{L})\u201d(?=\p{L})")
# The letters after a contraction's or possessive's apostrophe (n't is checked apart).
_CONTRACTION_ENDINGS = frozenset(["s", "re", "ve", "ll", "d", "m"])
_VOWEL_OR_H = frozenset("aeiouyhàâäéèêëîïôöûüœæ")
_LETTERS_AFTER = LazyPattern(regex.compile, r"\p{L}+")
_LETTERS_BEFORE = LazyPattern(regex.compile, r"\p{L}+$")
_LONGEST_WORD = 64  # how far back a word before a mark is looked for: keeps each look-up short


def _apostrophe_in_word(para: str, i: int) -> Optional[str]:
    """Why the mark at ``para[i]``, between two letters, is an apostrophe; ``None`` if it may not be.

    ``don‘t``, ``company‘s``, ``they`re``, ``O‘Brien``, ``l‘homme``, ``o‘clock``:
    the letters around the mark make it one.  ``Hawai‘i`` (an ʻokina) and
    ``Shi‘a`` (an ʿayn) give no such evidence and keep their mark.
    """
    after = _LETTERS_AFTER.match(para, i + 1)
    before = _LETTERS_BEFORE.search(para, max(0, i - _LONGEST_WORD), i)
    if after is None or before is None:
        return None
    ending, word = after.group().lower(), before.group().lower()
    if ending in _CONTRACTION_ENDINGS or (ending == "t" and word.endswith("n")):
        return f"the ending ’{ending} of a contraction or possessive takes an apostrophe"
    starts_word = before.start() == 0 or not para[before.start() - 1].isalnum()
    if starts_word and len(word) <= 2 and before.group()[0].isupper() and after.group()[0].isupper():
        return "a name like O’Brien or De’Andre takes an apostrophe"
    if starts_word and word in word_list("elided_prefixes") and ending[0] in _VOWEL_OR_H:
        return f"the elided {before.group()}’ before a vowel takes an apostrophe"
    whole = para[before.start() : after.end()]
    if (whole[: i - before.start()] + "'" + whole[i - before.start() + 1 :]).lower() in word_list("en/apostrophe_words"):
        return "a word written with an apostrophe"
    return None


@lru_cache(maxsize=None)
def _opening_accent(mark: str) -> "regex.Pattern[str]":
    return regex.compile(r"(?<![^\s(\[])" + regex.escape(mark) + r"(?=[\p{L}\p{N}])")


# Every match of _CANDIDATES holds one of these (or ",,"); a text starting with ’ holds ’.
_MAY_MARKS = "\u201c\u201d\"\u2018`\u00b4\u2032\u2019'"
# A hundred quotation marks in a row (a space between them allowed): what quotes leaves alone.
_MONSTROUS_MARKS = 100
_MONSTROUS_RUN = LazyPattern(regex.compile, rf"(?:[{_ALL_QUOTES}`\u00b4\u2032][ \t]?){{{_MONSTROUS_MARKS},}}")


def _count_marks(text: str) -> int:
    """How many of the characters a monstrous run is made of ``text`` holds."""
    return sum(map(text.count, _ALL_QUOTES + "`\u00b4\u2032"))


# A text of a thousand double marks or more, one in every four characters or closer (`"a "b "c`,
# `“a ”b “c`): marks around one-letter words, no prose anyone wrote.  Quoted speech at its
# densest (`“Yes.” “No.” “Why?”`) keeps it up for a line, not for a thousand marks, and a
# news text holds about one double mark in a hundred characters.  Judged mark by mark, such a
# text costs 3 s/MB and holds nothing to judge a quotation by.
_DENSE_DOUBLES = 1000
_DENSE_SPACING = 4


#: At most this many line verdicts are kept per text (see ``Quotes.find_edits``): a text whose
#: lines all differ keeps no more than this, and reads its other lines in full as before.
_KEPT_VERDICTS = 4096


def _dense_doubles(text: str) -> int:
    """How many double marks ``text`` holds when it is made of them (see ``_DENSE_DOUBLES``), else 0.

    >>> _dense_doubles('"a ' * 1000), _dense_doubles('He said "yes" and left. ' * 1000)
    (1000, 0)
    """
    if len(text) < _DENSE_DOUBLES:
        return 0
    count = text.count('"') + text.count(LDQ) + text.count(RDQ)
    return count if count >= _DENSE_DOUBLES and count * _DENSE_SPACING >= len(text) else 0


# A text of more lines than this whose lines to read are mostly wordless (marks, spaces and
# punctuation, no letter or digit) is left alone (issue 16): a line that quotes no word holds no
# quotation, and news holds a handful of such lines, never a thousand.
_WORDLESS_LINES = 1000
_WORD_CHARACTER = LazyPattern(regex.compile, r"[\p{L}\p{N}]")


def _wordless_lines(text: str, lines: list[str], to_read: Optional[list[tuple[int, int]]] = None) -> tuple[int, int]:
    """``(wordless, read)`` when ``text`` (split into ``lines``) is made of lines of marks with no
    word: at least ``_WORDLESS_LINES`` of the lines :func:`_lines_to_read` finds (``read`` of
    them) hold no letter and no digit, and they are more than half of them; else ``(0, 0)``.

    >>> _wordless_lines("\u201c\\n\u2019\\n" * 1000, ["\u201c", "\u2019"] * 1000 + [""])
    (2000, 2000)
    >>> text = "\u201cYes, he said.\\n\u201d\\n" * 1000  # (half of the lines read hold words)
    >>> _wordless_lines(text, text.split("\\n"))
    (0, 0)
    """
    if len(lines) <= _WORDLESS_LINES:
        return 0, 0
    if to_read is None:
        to_read = _lines_to_read(text, lines)
    if len(to_read) < _WORDLESS_LINES:
        return 0, 0
    wordless = sum(1 for k, _ in to_read if _WORD_CHARACTER.search(lines[k]) is None)
    return (wordless, len(to_read)) if wordless >= _WORDLESS_LINES and 2 * wordless > len(to_read) else (0, 0)


class Quotes(Normalizer):
    """Turn wrong-way quotation marks round, close unclosed quotations on evidence, drop inner spaces.

    >>> Quotes()("“We will give diplomacy a chance“, he declared.")
    '“We will give diplomacy a chance”, he declared.'
    >>> Quotes()("They can send personnel back “. “What we need")
    'They can send personnel back”. “What we need'
    >>> Quotes()("Moscow “has more troops on the way “So for now, no,” he said.")
    'Moscow “has more troops on the way” “So for now, no,” he said.'
    >>> Quotes()("Ukraine’s ’90s rock ’n’ roll, a “ Wild Rose ” and 5'10\\" stay.")
    'Ukraine’s ’90s rock ’n’ roll, a “ Wild Rose ” and 5\\'10" stay.'
    """

    name = "quotes"
    leaves_never_text = True
    summary = "wrong-direction, unbalanced and badly spaced quotation marks"

    @property
    def lang(self) -> str:
        """The language option, read as an attribute without the base class's ``__getattr__``
        (reached only after a failed lookup: a few µs, once or more for every text read)."""
        return self.options.lang

    # ``lang``: Swedish and Finnish open and close with ”, so there ” is never turned
    # round; other languages' conventions are read from the marks themselves.

    def may_edit(self, text: str) -> bool:
        # A superset of the scans find_edits opens with (every _CANDIDATES match holds one of
        # these marks or ",,"), by substring tests several times cheaper than those scans,
        # which find_edits then runs once.  It reads no language: one answer for lang="auto".
        return any(mark in text for mark in _MAY_MARKS) or ",," in text

    def find_edits(self, text: str) -> list[Edit]:
        lines = text.split("\n")
        # Only a line holding one of the marks _PARA_HAS_QUOTE and _ODD_MARK look for can be
        # read below: the lines of those marks are found in one scan, and the others (most
        # lines of most texts) cost nothing more.  The lines the cheap check clears are
        # passed over before the document's style evidence is gathered, which only the
        # lines read need: a text whose quotations all read well formed costs no more.  (So
        # the candidate scans and the guard against a monstrous run come after this scan: with
        # no line to read the answer is [] whatever they would say.)
        to_read = found = _lines_to_read(text, lines)
        if to_read and '"' in text and text_facts(text).specification():
            # A specification's straight marks quote its literals ("Re: ", "UT" / "GMT") and
            # examples (an escaped \" in an address): the spaces and marks in them are the
            # standard's, and a line of them is no quotation to close or tidy.
            to_read = [(k, offset) for k, offset in to_read if '"' not in lines[k]]
        if not to_read:
            return []
        if text[:1] != RSQ and not any(candidate.search(text) for candidate in _CANDIDATES):
            return []
        # What the whole text says (its convention, its house style, whether it is to be left
        # alone) is the document's: a pipeline's reread hands a window of it (analysis.reading),
        # and a line's verdict must not depend on where the window's edges fall.
        facts = text_facts(text)
        if facts.document is facts:
            style = _DocumentStyle.of(text, lines, self.lang, found)
        else:
            lang = self.lang
            style = facts.memo(("quotes.style", lang), lambda document: _DocumentStyle.of(document, document.split("\n"), lang))  # type: ignore[assignment]
        if style is None:
            return []
        curly_doubles, curly_singles, german, polish, double_style = (
            style.curly_doubles, style.curly_singles, style.german, style.polish, style.double_style
        )
        punct_outside, speech_punct_outside = style.punct_outside, style.speech_punct_outside
        period_outside, speech_period_outside = style.period_outside, style.speech_period_outside
        speech_stop_inside = style.speech_stop_inside

        def precedes(k: int) -> Optional[bool]:
            """Does the last non-blank line before line ``k`` leave a double quotation open
            (None: no such line)?  An odd count of double marks is the cheap sign of it.

            Asked only for the lines read below, each of which holds a mark (so is not
            blank): the blank runs walked back over are disjoint, the text read once at most.
            """
            for j in range(k - 1, -1, -1):
                line = lines[j]
                if line.strip():
                    # (counted by str.count, in C: the marks _FIRST_DOUBLE finds)
                    return (line.count("\u201c") + line.count("\u201d") + line.count('"')) % 2 == 1
            return None

        quoted_elsewhere, period_inside = style.quoted_elsewhere, style.period_inside
        wrapped, standalone_s = style.wrapped, style.standalone_s
        lang = self.lang
        english = lang == "en"
        edits: list[Edit] = []
        # A line's verdict is a function of the line and of what its neighbours tell (the facts
        # below) under the document's style: the same line with the same facts is read once per
        # text, and its edits are shifted to each copy (issue 16: a text of short lines of
        # quotation marks repeats its lines; each reading costs tens of microseconds).
        verdicts: dict[tuple[object, ...], list[Edit]] = {}
        # What the next non-blank line tells a line read, by that line's text: whether it opens with
        # a mark or carries on, and then whether it closes before its attribution and closes first,
        # or else whether it is prose.
        told_by_next: dict[str, tuple[bool, bool, bool]] = {}
        # (Every line found above holds one of _PARA_HAS_QUOTE's marks or an odd one, and either
        # an odd mark or a form _WELL_FORMED does not take: the reading's own test, proved.)
        for k, offset in to_read:
            line = lines[k]
            para = line[:-1] if line.endswith("\r") else line
            # What the reading asks of the lines around this one (each computed once per line,
            # where the reading asked them again on a settled reread).
            goes_on = wrapped and k + 1 < len(lines) and bool(lines[k + 1].strip())
            next_opens, next_is_prose, reopened, next_attributed, closed_later, closed_on_next_line, next_line = (
                _told_by_next_lines(lines, k, curly_doubles, told_by_next)
            )
            if next_opens is True and _left_open_and_carried_on(para):
                continue  # the reading's answer, proved without it: no edit (issue 16)
            before = precedes(k)
            key = (
                para, goes_on, next_opens, before, next_is_prose, reopened, next_attributed,
                closed_later, closed_on_next_line, next_line,
            )
            found_edits = verdicts.get(key)
            if found_edits is None:

                def read(
                    p: str,
                    goes_on: bool = goes_on,
                    next_opens: Optional[bool] = next_opens,
                    before: Optional[bool] = before,
                    next_is_prose: bool = next_is_prose,
                    reopened: bool = reopened,
                    next_attributed: bool = next_attributed,
                    closed_later: bool = closed_later,
                    closed_on_next_line: bool = closed_on_next_line,
                    next_line: str = next_line,
                ) -> list[Edit]:
                    found = _Paragraph(
                        p, next_opens, curly_doubles, curly_singles, punct_outside, german, before, double_style, polish
                    )
                    found.goes_on = goes_on
                    found.period_outside = period_outside
                    found.speech_period_outside = speech_period_outside
                    found.speech_punct_outside = speech_punct_outside
                    found.speech_stop_inside = speech_stop_inside
                    found.english = english
                    found.lang = lang
                    found.standalone_s = standalone_s
                    found.next_is_prose = next_is_prose
                    found.reopened_past_short_lines = reopened
                    found.next_attributed = next_attributed
                    found.closed_later = closed_later
                    found.closed_on_next_line = closed_on_next_line
                    found.next_line = next_line
                    found.quoted_elsewhere = quoted_elsewhere
                    found.recurs = style.recurs
                    found.period_inside = period_inside
                    return [self.edit(p, r.start, r.end, r.new, r.reason, r.confidence) for r in found.repairs()]

                found_edits = _stable(para, read)
                if len(verdicts) < _KEPT_VERDICTS:
                    verdicts[key] = found_edits
            for e in found_edits:
                edits.append(e.shifted(offset + e.start, offset + e.end, e.old))
        return edits


class _DocumentStyle:
    """What a whole text says about its quotation marks, read once per document: its convention
    (which marks open and close), its house style (a comma or stop inside or outside a closing
    mark), whether it is hard-wrapped, its closed quotations.  ``of`` answers ``None`` for a
    text to be left alone (a monstrous run of marks, marks around single letters)."""

    __slots__ = (
        "text", "curly_doubles", "curly_singles", "german", "polish", "double_style", "punct_outside",
        "speech_punct_outside", "period_outside", "speech_period_outside", "speech_stop_inside", "wrapped",
        "standalone_s", "_quoted", "_inside", "_counts",
    )

    @classmethod
    def of(
        cls, text: str, lines: list[str], lang: str, to_read: Optional[list[tuple[int, int]]] = None
    ) -> "_DocumentStyle | None":
        """The style of ``text`` (split into ``lines``), or ``None`` for a text to be left alone;
        ``to_read``: :func:`_lines_to_read` of it, when the caller has it."""
        # A run of a hundred marks needs a hundred marks in the text: counting them (in C) spares
        # the run's scan, which tries every mark of an ordinary text.
        monstrous = _MONSTROUS_RUN.search(text) if _count_marks(text) >= _MONSTROUS_MARKS else None
        if monstrous is not None:
            # A hundred marks in a row are no quotation anyone wrote: nothing to judge them
            # by, and judging them mark by mark costs seconds per megabyte.
            logging.getLogger("textmend").warning(
                "textmend: quotes left a text alone: a run of %d quotation marks at %d",
                len(monstrous.group().replace(" ", "").replace("\t", "")), monstrous.start(),
            )
            return None
        dense = _dense_doubles(text)
        if dense:
            logging.getLogger("textmend").warning(
                "textmend: quotes left a text alone: %d double quotation marks in %d characters, "
                "marks around single letters rather than quotations", dense, len(text),
            )
            return None
        wordless, read = _wordless_lines(text, lines, to_read)
        if wordless:
            # Thousands of lines of marks and no word: no quotation quotes nothing, so there is
            # nothing to judge them by, and read line by line they cost seconds per megabyte.
            logging.getLogger("textmend").warning(
                "textmend: quotes left a text alone: %d of its %d lines to read hold quotation marks "
                "and no word, marks rather than quotations", wordless, read,
            )
            return None
        # Style evidence reads a low pair (,,So) as the „ it stands for, so the readings
        # after its repair judge the text as they will find it.
        basis = _LOW_PAIR.sub("\u201e", text) if ",," in text else text
        # Swedish and Finnish open and close with ”: given those languages (``lang``), ” is
        # never turned round; otherwise the marks themselves say which convention a text follows.
        curly_doubles = "\u201e" not in basis and lang not in ("sv", "fi") and not _swedish(text)
        # „German“ style closes with “; Polish and Hungarian „…” close with ”.
        german = "\u201e" in basis and basis.count(LDQ) > basis.count(RDQ)
        curly_singles = "\u201a" not in text
        double_style = _double_style(text)
        polish = "\u201e" in basis and not german
        # House style: a comma after the closing mark ("Ascom”, adds") rather than before it.
        # (and a close straight before its attribution, `efficiency” says`, keeps the comma out too)
        punct_outside = _comma_outside(text)
        # ... counted over speech alone for a close of speech (British usage keeps only a fragment's comma out)
        speech_punct_outside = punct_outside and _speech_comma_outside(text)
        # A full stop after a closing mark anywhere (`“not close”.`, Portuguese `tempo”.`): the text
        # may close a sentence's quotation before its stop or after it, so a close there is a guess.
        period_outside = _PERIOD_OUTSIDE.search(text) is not None
        speech_period_outside = period_outside and _speech_period_outside(text)
        # ... and whether it closes speech at a paragraph's end inside the stop all the same (British usage).
        speech_stop_inside = period_outside and not speech_period_outside and _speech_stop_inside(text)
        style = cls()
        style.text = text
        style.curly_doubles, style.curly_singles, style.german, style.polish = curly_doubles, curly_singles, german, polish
        style.double_style, style.punct_outside, style.speech_punct_outside = double_style, punct_outside, speech_punct_outside
        style.period_outside, style.speech_period_outside = period_outside, speech_period_outside
        style.speech_stop_inside = speech_stop_inside
        # In hard-wrapped text a line that the next one follows directly is not a paragraph's end.
        style.wrapped = _hard_wrapped(lines)
        # A document that writes ` ’s ` as a word more than once writes it so on purpose.
        style.standalone_s = len(_STANDALONE_S.findall(text)) > 1
        style._quoted = None
        style._inside = None
        style._counts = {}
        return style

    def recurs(self, word: str, para: str) -> bool:
        """Whether the text writes ``word`` (as a whole word) outside ``para`` and its exact copies.

        Asked only of a word that reads as two glued (``InfoNation``), so rarely: each answer is
        one count over the text, kept.  A paragraph an extractor wrote twice (the same block
        copied) is no second context: its copies are set aside.
        """
        if word not in self._counts:
            self._counts[word] = len(regex.findall(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(word)}(?![\p{{L}}\p{{N}}])", self.text))
        in_para = len(regex.findall(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(word)}(?![\p{{L}}\p{{N}}])", para))
        copies = max(1, self.text.count(para)) if para else 1
        return self._counts[word] - in_para * copies > 0

    def quoted_elsewhere(self) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
        """The short quotations the text closes (``“Wild Rose”``), keyed by their first word, and their tails
        (read on first need: one scan of the text at most)."""
        if self._quoted is None:
            self._quoted = _closed_quotations(self.text)
        return self._quoted

    def period_inside(self) -> bool:
        """Whether the text puts a comma or a full stop inside a closing mark anywhere (``client."``, ``win,”``)."""
        if self._inside is None:
            self._inside = _PERIOD_INSIDE.search(self.text) is not None
        return self._inside


# Every character _PARA_HAS_QUOTE or _ODD_MARK finds, and ",,".
_LINE_MARK = LazyPattern(regex.compile, r"[\u201c\u201d\"\u2018\u2019'`\u00b4\u2032]|,,")


def _lines_to_read(text: str, lines: list[str]) -> list[tuple[int, int]]:
    """(index, start) of each line of ``text`` (split into ``lines``) that the reading loop of
    :meth:`Quotes.find_edits` reads: a quotation mark the cheap check does not clear, or an odd mark.

    A line :func:`_lines_with_marks` finds holds a mark: without an odd one, that is a
    quotation mark, so the loop's search for one is not made again here.
    """
    found: list[tuple[int, int]] = []
    # A line's answer is a function of the line: a text that repeats its lines asks once per line
    # (at most _KEPT_VERDICTS kept).
    answers: dict[str, bool] = {}
    for k, offset in _lines_with_marks(text):
        line = lines[k]
        read = answers.get(line)
        if read is None:
            para = line[:-1] if line.endswith("\r") else line
            read = _has_odd_mark(para) or not _well_formed(para)
            if len(answers) < _KEPT_VERDICTS:
                answers[line] = read
        if read:
            found.append((k, offset))
    return found


def _well_formed(para: str) -> bool:
    """``_WELL_FORMED.fullmatch(para)``, as a bool; an ASCII line without a double mark answered
    without the pattern (issue 16).

    Most English lines with a mark hold apostrophes alone (``don't``, ``it's``), and the pattern
    reads such a line at about a tenth of a microsecond a character.  Its only marks there are
    ``'``, which ``_PLAIN`` takes everywhere but in ``''`` and after a space before ``s``, ``S``,
    ``t`` or ``T`` (``Senate 's``); every other ASCII character but a line break is plain text.
    (``regex``'s ``\\s`` in ASCII is space, tab, line and form feed, carriage return: not
    ``\\x1c``-``\\x1f``.)  ``tests/test_speed_quotes_lines.py`` holds the two to one answer.
    """
    if not para.isascii() or '"' in para:
        # The pattern takes “ and ” only as a pair (its second branch, one of each; _PLAIN and
        # the straight pair take neither): a line of more of one than of the other is not well
        # formed, counted in C without the pattern (a line left open, issue 16).
        if para.count("\u201c") != para.count("\u201d"):
            return False
        return _WELL_FORMED.fullmatch(para) is not None
    if "''" in para or "\n" in para:
        return False
    i = para.find("'")
    while i >= 0:
        if i and para[i - 1] in _ASCII_SPACES and para[i + 1 : i + 2] in ("s", "S", "t", "T"):
            return False
        i = para.find("'", i + 1)
    return True


# What ``regex``'s ``\s`` matches in ASCII, the line break aside (a line holds none).
_ASCII_SPACES = " \t\x0b\x0c\r"


# What may follow a reporting verb that ends its clause: punctuation, a mark, the paragraph's end.
_CLAUSE_ENDS = LazyPattern(regex.compile, r"\s*(?:[.,;:!?\u2026\"\u201c\u201d\u2018\u2019\u00bb\u00ab(\u2014\u2013-]|$)")


def _has_odd_mark(para: str) -> bool:
    """``_ODD_MARK.search(para)``, answered by substring tests (in C, several times cheaper)."""
    return "`" in para or "\u00b4" in para or "\u2032" in para or ",," in para


# What _LINE_MARK finds, one by one: its marks and ",,".
_LINE_MARKS = ("\u201c", "\u201d", '"', "\u2018", "\u2019", "'", "`", "\u00b4", "\u2032", ",,")
# A text holding more kinds of them than this is read by _LINE_MARK's scan (see _lines_with_marks).
_LINE_MARK_KINDS_FOUND = 4


def _lines_with_marks(text: str) -> list[tuple[int, int]]:
    """(index, start) of each line of ``text`` that holds a quotation mark, a backtick, an
    accent, a prime or ``,,``, in order: the lines counted in C.

    Each kind of mark the text holds is found by ``str.find`` (a text of news holds two or three
    kinds: ``'`` and ``"``, or ``’ “ ”``), which runs several times faster than ``_LINE_MARK``'s
    scan for any of ten (issue 16).  The next place of each kind is kept, sorted, and a kind is
    found again only from the line after the one just taken, so each stretch of the text is read
    once per kind.  A text of more kinds than ``_LINE_MARK_KINDS_FOUND`` (marks of every kind on
    every line cost a search per kind and line) is read by the scan, as before.
    """
    nexts = sorted((i, mark) for mark in _LINE_MARKS if (i := text.find(mark)) >= 0)
    if len(nexts) > _LINE_MARK_KINDS_FOUND:
        return _lines_with_marks_scanned(text)
    found: list[tuple[int, int]] = []
    line_start = k = 0
    while nexts:
        # (the leftmost mark: where _LINE_MARK's search from the line's start stops)
        first = nexts[0][0]
        start = text.rfind("\n", 0, first) + 1
        k += text.count("\n", line_start, start)
        line_start = start
        found.append((k, start))
        # On to the next line: one mark is enough to read a line.
        end = text.find("\n", first + 1)
        if end < 0:
            break
        pos = end + 1
        while nexts and nexts[0][0] < pos:
            mark = nexts.pop(0)[1]
            i = text.find(mark, pos)
            if i >= 0:
                insort(nexts, (i, mark))
    return found


def _lines_with_marks_scanned(text: str) -> list[tuple[int, int]]:
    """:func:`_lines_with_marks` by one scan of ``_LINE_MARK`` for the marks."""
    found: list[tuple[int, int]] = []
    pos = line_start = k = 0
    while (m := _LINE_MARK.search(text, pos)) is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        k += text.count("\n", line_start, start)
        line_start = start
        found.append((k, start))
        # On to the next line: one mark is enough to read a line.
        end = text.find("\n", m.end())
        if end < 0:
            break
        pos = end + 1
    return found


# A line that opens a quotation at its first character and holds after it only ASCII words
# parted by spaces, ending with a letter (see _left_open_and_carried_on).
_OPEN_WORDS = LazyPattern(regex.compile, r"\u201c[A-Za-z]+(?: +[A-Za-z]+)*")


def _left_open_and_carried_on(para: str) -> bool:
    """Whether reading the line ``para`` (``_Paragraph(...).repairs()``) surely finds nothing,
    given that the next non-blank line opens with a mark (``next_opens is True``), whatever
    the other facts and the document's style (issue 16: ``quote-open-lines``, thousands of
    distinct lines ``“ab cd``, each read in full, about 20 µs a line).

    ``“`` then ASCII words and spaces, ending with a letter, and no reporting verb after the
    mark (the very search ``close_before_clause`` makes).  The reading, step by step:

    * no single mark, backtick, accent, prime or comma: ``doubled_singles`` finds no run,
      ``apostrophes`` no lookalike and no ``”`` in a word, ``singles`` no candidate, and the
      spaced possessive pattern nothing; no ``”``: ``german_closes`` adds nothing;
    * ``double_marks``: the one ``“`` at 0 (no inch mark at 0), shaped ``open`` (nothing before
      it, a letter after it, no particle script), or no mark at all when the document does not
      read curly doubles (then ``doubles`` returns at once); one mark: no RTL convention, and
      its glyph is the one its role wants, so no direction repair; it is left open;
    * ``finish``: no pair, no spaced close.  Unless the very next line closes it (then no close
      is tried), ``continued`` is true (the next line opens), so ``close_before_clause`` reads
      speech (the mark opens the line) and answers ``None`` when ``_reporting_verb`` finds no
      verb after the mark; ``close_at_end`` finds no sentence end (the line ends with a letter)
      and ``close_whole_paragraph`` answers ``None`` for a continued quotation;
      ``close_as_quoted_elsewhere`` answers ``None`` for speech unless a title opens the line,
      and then too, as the next line opens with a mark.

    So the line's edits are ``[]``.  ``tests/test_speed_open_lines.py`` checks the answer against
    the reading in full on generated lines under every combination of the facts, and
    ``Quotes.find_edits`` with and without it on generated texts and on every dev article and
    extractor record.
    """
    return (
        para[:1] == LDQ
        and _OPEN_WORDS.fullmatch(para) is not None
        and _reporting_verb().search(para, 2, len(para)) is None
    )


def _stable(para: str, read: Callable[[str], list[Edit]]) -> list[Edit]:
    """The repairs of one paragraph, if reading the repaired paragraph again finds nothing more.

    Where the marks are so tangled that each reading finds something new, the
    evidence contradicts itself and the paragraph is left as it is.
    """
    return settle(para, read, 2)


# The end of a paragraph of prose: a sentence's end, perhaps inside a closing mark or bracket.
_PROSE_END = LazyPattern(regex.compile, r"[.!?\u2026][\u2019\u201d\")]?$")
# A question or an exclamation inside a quotation, then a lower-case word (`take it? and I handed`).
_QUESTION_THEN_LOWER = LazyPattern(regex.compile, r"[?!][ \t]+\p{Ll}")
_PROSE_WORDS = 8  # fewer words than this make a caption, a link's label, a byline, not prose


def _told_by_next_lines(
    lines: list[str], k: int, curly_doubles: bool, told_by_next: dict[str, tuple[bool, bool, bool]]
) -> tuple[Optional[bool], bool, bool, bool, bool, bool, str]:
    """What the lines after line ``k`` tell its reading: whether the next non-blank line opens with
    a mark or carries the quotation on (``None``: there is none), whether it is prose, whether the
    next prose past short lines reopens with a mark, whether the next quotation closes before its
    own attribution, whether a paragraph soon after closes the quotation, whether the very next
    line does, and the next line (stripped) when it opens.

    What the next non-blank line tells is a function of its text, kept in ``told_by_next`` (at most
    ``_KEPT_VERDICTS`` lines); a blank run is walked by the one line before it.
    """
    j, stripped = k + 1, ""
    while j < len(lines) and not (stripped := lines[j].strip()):
        j += 1
    if not stripped:
        return None, False, False, False, False, False, ""
    told = told_by_next.get(stripped)
    if told is None:
        told = (
            (True, _opens_attributed(stripped), _closes_first(stripped, curly_doubles))
            if _opens_or_carries_on(stripped, curly_doubles)
            else (False, _is_prose(stripped), False)
        )
        if len(told_by_next) < _KEPT_VERDICTS:
            told_by_next[stripped] = told
    if told[0]:
        # (the very next line, no blank line between, for _closed_on_next_line)
        return True, False, False, told[1], False, j == k + 1 and told[2], stripped
    reopened = _reopened_past_short_lines(lines, k)
    next_attributed = reopened is not None and _next_opens_attributed(lines, reopened - 1)
    return False, told[1], reopened is not None, next_attributed, _closed_later(lines, k), False, ""


def _opens_or_carries_on(stripped: str, curly_doubles: bool) -> bool:
    """Whether the non-blank stripped line ``stripped``, the one after a line read, opens with a
    quotation mark or closes the quotation that line left open (its first double mark closes).

    Asked only for the lines read (most lines are well formed).
    """
    if stripped[0] in _ALL_QUOTES:
        return True  # the answer below, before its search (issue 16: a line opening with a mark)
    # A next line whose first double mark closes carries on this line's quotation
    # (hard-wrapped text): that counts as a continuation too.
    first = _FIRST_DOUBLE.search(stripped)
    # A straight mark that does not open (`decisions," Martins said`) closes too.
    return stripped[0] in _ALL_QUOTES or (
        first is not None
        and (
            # (`said: ”Bird flu`: where “ and ” are told apart, a ” placed to open opens)
            (first.group() == RDQ and not (curly_doubles and _shape(stripped, first.start()) == "open"))
            or _shape(stripped, first.start()) == "close"
            or (first.group() == '"' and _shape(stripped, first.start()) != "open")
        )
    )


def _next_is_prose(lines: list[str], k: int) -> bool:
    """Whether the next non-blank line after line ``k`` is a paragraph of prose (not a caption, a link, a label).

    Prose: a capital or digit first, eight words or more, a sentence's end last.  (Plain
    string tests, each linear in the line: no pattern that could backtrack over a long line.)
    """
    for j in range(k + 1, len(lines)):
        stripped = lines[j].strip()
        if stripped:
            return _is_prose(stripped)
    return False


def _is_prose(stripped: str) -> bool:
    """Whether the non-blank stripped line ``stripped`` is a paragraph of prose (see :func:`_next_is_prose`)."""
    return (
        (stripped[0].isupper() or stripped[0].isdigit())
        and _PROSE_END.search(stripped, max(0, len(stripped) - 2)) is not None
        and len(stripped.split(None, _PROSE_WORDS)) > _PROSE_WORDS - 1
    )


_SKIPPED_LINES = 8  # a cross-head, a "continue reading" label, a sidebar's title and a few of its items
_DOUBLE_OPENING = "\u201c\u201d\u201e\u00ab\""  # the double marks a paragraph of speech may reopen with (” in Swedish)


def _reopened_past_short_lines(lines: list[str], k: int) -> Optional[int]:
    """The first paragraph of prose past lines that end no sentence after line ``k``, if it opens with a mark.

    `… in many cases it's just 1s and 0s (binary code).` / `Bendy light` / `"In our system, …`: a
    cross-head, a "continue reading" label or a sidebar's items (lines with no sentence's end
    last: no paragraph of anyone's prose) may stand between two paragraphs of one quotation, and
    the next line of prose reopening with a mark is the continued-quotation convention all the
    same.  Only where the very next line is such a line (the next line itself is ``follows``'s to
    read); at most ``_SKIPPED_LINES`` of them, each read once (a look at each line's end).
    """
    skipped = 0
    for j in range(k + 1, len(lines)):
        stripped = lines[j].strip()
        if not stripped:
            continue
        if stripped[0] in "-\u2013\u2014" and len(stripped.split(None, _PROSE_WORDS)) < _PROSE_WORDS:
            return None  # `– Jo** Al****`: a short line after a dash is the quotation's byline, so it ended
        if stripped[-1] == ":":
            return None  # `… which contains the following statement:`: the writer introduces the next quotation
        if stripped[0] not in _ALL_QUOTES and _PROSE_END.search(stripped, max(0, len(stripped) - 2)) is None:
            skipped += 1
            if skipped > _SKIPPED_LINES:
                return None
            continue
        # (a double mark: `'Superfly' Snuka suspect in murder?` opens a headline's single quotation, not this one's)
        return j if skipped and stripped[0] in _DOUBLE_OPENING else None
    return None


# The close of a quotation opening a paragraph, then its attribution: `…,” he said later.`,
# `…," Strauss Zelnick, CEO of Take-Two, adds.` (no quotation mark, no sentence's end, before the verb).
_OWN_ATTRIBUTION = LazyPattern(regex.compile, r"[,?!][\u201d\"]\s[^\u201c\u201d\".!?\n]{0,60}")


# A closing double mark (curly or straight), compiled once: ``regex.search`` with a pattern's
# text looks it up in the module's cache at every call.
_CLOSE_DOUBLE = LazyPattern(regex.compile, r"[\u201d\"]")


def _next_opens_attributed(lines: list[str], k: int) -> bool:
    """Whether the next non-blank line after line ``k`` opens a quotation that closes before its own attribution.

    The first closing mark of the line, after a comma (or ``?``, ``!``), then a reporting verb
    within the clause that follows it.  (Searched from the line's start over at most its first
    sentence's length: linear in the line.)
    """
    for j in range(k + 1, len(lines)):
        stripped = lines[j].strip()
        if stripped:
            return _opens_attributed(stripped)
    return False


def _opens_attributed(stripped: str) -> bool:
    """Whether the non-blank stripped line ``stripped`` opens a quotation that closes before its own
    attribution (see :func:`_next_opens_attributed`)."""
    if "\u201d" not in stripped and '"' not in stripped:
        return False  # no closing double mark for the search below to find (substring tests in C)
    first_close = _CLOSE_DOUBLE.search(stripped, 1)
    if first_close is None or first_close.start() < 2:
        return False
    if _opens_on_conjunction(stripped):
        return False  # `"But we have …," she said.`: the speech before it carried on, not a quotation of its own
    tail = _OWN_ATTRIBUTION.match(stripped, first_close.start() - 1)
    if tail is not None and _continuing_verb().search(tail.group()) is not None:
        return False  # `“…,” Putin continued.`: the same speech carried on, not a quotation of its own
    return tail is not None and _any_reporting_verb().search(tail.group()) is not None


# The first quotation of a next paragraph, closed on it before any punctuation of speech: a title, a
# heading or a term (`“Wild Rose” is now available`, `“… prevent the evacuation of … camp”`); a
# leading ellipsis (an excerpt's cut) is no punctuation of speech.
_OPENS_ON_TITLE = LazyPattern(regex.compile,
    r"[\u201c\"](?:\u2026\s?|\.\.\.\s?)?(?P<inner>[\p{L}\p{N}][^\u201c\u201d\".!?\u2026,;:\n]{0,120}?)[\u201d\"]"
    r"(?P<after>$|\s+(?P<word>\p{Ll}[\p{L}\-]*))"
)


def _next_line(lines: list[str], k: int) -> str:
    """The next non-blank line after line ``k``, stripped (``""``: none)."""
    for j in range(k + 1, len(lines)):
        stripped = lines[j].strip()
        if stripped:
            return stripped
    return ""


def _opens_other_quotation(line: str, mark: str) -> bool:
    """Whether ``line``, a paragraph opening with a quotation mark, opens something other than a
    quotation of speech carried on from the paragraph before it (whose open mark is ``mark``).

    A quotation over several paragraphs reopens each with the mark it opened with, and the
    speech goes on as speech.  A next paragraph that opens with a single mark after a double
    quotation was left open (`'Meth. We're On It.': South Dakota spends …`, a headline) opens
    something else; so does one whose first quotation closes before any punctuation of speech,
    at the paragraph's end or before a lower-case word of the writer's that is no verb of saying
    (`“Wild Rose” is now available on DVD`, `“Wild Rose”`): a title, a heading, a term, in the
    writer's voice.  (Anchored at the line's start: linear in the line.)
    """
    if not line:
        return False
    if mark in "\u201c\"" and line[0] in "\u2018\u2019'":
        return line[1:2].isalpha() or line[1:2] == "\u2026"
    found = _OPENS_ON_TITLE.match(line)
    if found is None:
        return False
    word = found.group("word")
    return word is None or _any_reporting_verb().fullmatch(word) is None


def _opens_on_conjunction(line: str) -> bool:
    """Whether ``line`` opens with a quotation mark and then a coordinating conjunction (``"But we …``).

    A quotation that opens on ``But``, ``And``, ``So`` goes on from something said before it:
    after a paragraph of speech left open, the same speech carried on (the convention of a
    quotation over several paragraphs), whatever attribution follows in its own sentence.
    """
    if not line or line[0] not in _ALL_QUOTES:
        return False
    word = _FIRST_WORD.match(line, 1)
    return word is not None and word.group().lower() in word_list("en/continuing_conjunctions")


@lru_cache(maxsize=None)
def _continuing_verb() -> "regex.Pattern[str]":
    alternation = "|".join(sorted(word_list("en/continuing_verbs"), key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternation})(?![\p{{L}}\p{{N}}])")


# Sentence breaks inside a quotation reopened after its own attribution from which a later
# reporting clause is no longer read as its close (`reattributed_far`).
_REATTRIBUTED_SENTENCES = 1
# A single quotation inside the open double one: a single mark opening a word after a space or
# bracket, closed after a letter or the speech's punctuation before anything but a letter, with no
# double mark or line break between (`saying that 'criminal activity will not be tolerated,' and`).
_NESTED_SINGLE = LazyPattern(regex.compile,
    r"(?<![^\s(\[\u2014\u2013])[\u2018'](?=\p{L})[^\u201c\u201d\"\n]*?[\p{L}\p{N}.,!?][\u2019'](?![\p{L}\p{N}])"
)
# A single quotation closed on the speech's punctuation right before a reporting clause (`porn,' he said`).
_SINGLE_CLOSED_BEFORE = LazyPattern(regex.compile, r"[.,!?][\u2019'][ \t]\Z")
# A speaker's description between a comma and the name (`, UNC senior associate athletic director
# for communications Steve Kirschner said`): at most this many words and characters, and the
# function words a role may hold (`director of`, `head for`, `a smiling`).
_DESCRIPTION_WORDS = 8
_DESCRIPTION_CHARS = 90
_DESCRIPTION_LINKS = frozenset(["a", "an", "the", "of", "for", "at"])
_CLOSED_LATER_LINES = 3  # how many paragraphs on a quotation left open is looked for to close
# An aside in brackets after a quotation's close, to the paragraph's end: a credit or a source, ` (Thanks, Richard!)`.
_BRACKETED_TAIL = LazyPattern(regex.compile, r"[ \t]+\([^()\u201c\u201d\"\n]{1,60}\)")


def _closed_on_next_line(lines: list[str], k: int, curly_doubles: bool) -> bool:
    """Whether the line right after line ``k`` (no blank line between) closes a double quotation
    before it opens one: its first double mark is a close standing after a word (``access”
    designation``), not at the line's start.

    A paragraph that an extractor broke across lines (``this “diamond open`` / ``access”
    designation``) carries its quotation on: the mark left open on line ``k`` closes there.  A
    quotation over several paragraphs reopens its next one with a mark at the start, and a
    next line whose first mark opens (``“Fine,” she said``) quotes afresh: neither counts.
    """
    if k + 1 >= len(lines):
        return False
    return _closes_first(lines[k + 1].strip(), curly_doubles)


def _closes_first(stripped: str, curly_doubles: bool) -> bool:
    """Whether the stripped line ``stripped`` closes a double quotation before it opens one (see
    :func:`_closed_on_next_line`)."""
    if not stripped or stripped[0] in _ALL_QUOTES:
        return False
    first = _FIRST_DOUBLE.search(stripped)
    if first is None:
        return False
    shape = _shape(stripped, first.start())
    if first.group() == RDQ:
        return not (curly_doubles and shape == "open")
    return shape == "close"


def _closed_later(lines: list[str], k: int) -> bool:
    """Whether a paragraph soon after line ``k`` closes a double quotation it never opened.

    A quotation over several paragraphs whose later paragraphs were not reopened with a mark
    (a commenter's, a forum's) still closes at the end of its last one: `…with the disease.`
    / `His decision …` / `… of the case."`.  The paragraphs between hold no double mark; the
    first that holds one has an odd count and ends with its close after a sentence's end (or
    with that close and an aside in brackets, a credit or a source: `… a book.” (Thanks, Richard!)`).  (At most
    ``_CLOSED_LATER_LINES`` non-blank lines read, each once.)
    """
    seen = 0
    for j in range(k + 1, len(lines)):
        stripped = lines[j].strip()
        if not stripped:
            continue
        seen += 1
        count = stripped.count("\u201c") + stripped.count("\u201d") + stripped.count('"')
        if count:
            if stripped[0] in _ALL_QUOTES or count % 2 == 0:
                return False  # a quotation of its own, or marks that pair up
            last = max(stripped.rfind("\u201d"), stripped.rfind('"'))
            return stripped[last - 1 : last] in (".", "!", "?", "\u2026") and (
                # (`… you could borrow a book.” (Thanks, Richard!)`: a credit or a source in brackets
                # after the close is the writer's, outside the quotation)
                last == len(stripped) - 1 or _BRACKETED_TAIL.fullmatch(stripped, last + 1) is not None
            )
        if seen >= _CLOSED_LATER_LINES:
            return False
    return False


_FIRST_WORD = LazyPattern(regex.compile, r"[\p{L}\p{N}]+")
_HEADING_WORDS = 16  # a paragraph that is one quotation without a stop: a heading or pull quote, not speech cut short
_QUOTED_WORDS = 6  # a quotation quoted elsewhere is evidence only if short: a title, a name, a scare quote
_PHRASES_PER_WORD = 8
# A short quotation closed on its line: `“Wild Rose”`, `"interim"`, `'phase one'` (no mark inside, at most
# _QUOTED_WORDS words; a mark closing straight after a letter or punctuation).
# A word that starts after a space inside a quotation: where one of its tails starts.
# A paragraph opening on two or more capitalised words, then a lower-case one (`Wild Rose is`).
_TITLE_THEN_WORD = LazyPattern(regex.compile, r"(?P<title>\p{Lu}[\p{L}\u2019'\-]*(?:\s\p{Lu}[\p{L}\u2019'\-]*)+)(?=\s\p{Ll})")
# A capitalised (or all-capitals) word's last letter, a space, and another capitalised word (`Forbes Asia`).
_CAPITALIZED_RUN_GOES_ON = LazyPattern(regex.compile, r"(?<=(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}\-]*)[\p{L}\p{N}] \p{Lu}")
_QUOTED_TAIL_START = LazyPattern(regex.compile, r"(?<=\s)[\p{L}\p{N}]+")
# A `+` or `&` between the phrase and another word joins the two into one name (`Koos i-Size + iPlatform`).
# `Copy Clean Link to Highlight`: a title-cased phrase, a word title case leaves lower-case, a capital.
_TITLE_WORD = LazyPattern(regex.compile, r"\p{Lu}[\p{L}\p{N}\-\u2019']*")
_SMALL_WORD_THEN_CAPITAL = LazyPattern(regex.compile, r" (?P<small>\p{Ll}+) \p{Lu}")
_NAME_JOINED_ON = LazyPattern(regex.compile, r"[ \t]?[+&][ \t]?[\p{L}\p{N}]")
# A word's last letter, a sign that joins inside a word (the gender star, colon, middle dot of German
# `Wähler*innen`, `Wähler:in`, `Wähler·in`), and lower-case letters that end that same word: one word.
_WORD_JOINED_ON = LazyPattern(regex.compile, r"(?<=\p{L})[*:\u00b7]\p{Ll}+(?![\p{L}\p{N}])")
# A comma or a stop inside a closing mark somewhere in the text (`the American client."`, `win,” he
# said`): the text's own evidence that a phrase's stop goes inside its close (American usage keeps both in).
_PERIOD_INSIDE = LazyPattern(regex.compile, r"(?<=[\p{L}\p{N}])[.,][\u201d\"]")
_CLOSED_QUOTATION = LazyPattern(regex.compile,
    r"(?:(?<=^|[\s(\[\u2014\u2013])\u201c(?P<curly>[\p{L}\p{N}][^\u201c\u201d\"\n]{0,80}?)\u201d"
    r"|(?<=^|[\s(\[\u2014\u2013])\"(?P<straight>[\p{L}\p{N}][^\u201c\u201d\"\n]{0,80}?)\""
    # (a headline's single marks, `A 'phase one' trade deal`: no apostrophe inside, so none is read
    # as a close, and a letter first: `the '90s players' union` is an elision and a possessive)
    r"|(?<=^|[\s(\[\u2014\u2013])[\u2018'](?P<single>\p{L}[^\u201c\u201d\"\u2018\u2019'\n]{0,80}?)[\u2019'])(?![\p{L}\p{N}])",
    regex.MULTILINE,
)


def _closed_quotations(text: str) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The short quotations ``text`` opens and closes on one line, keyed by their first word,
    and their tails of two words or more, keyed by the tail's first word.

    Evidence for where an unclosed one of the same words ends (``close_as_quoted_elsewhere``);
    one scan of the text, each match bounded.
    """
    found: dict[str, set[str]] = {}
    tails: dict[str, set[str]] = {}
    for m in _CLOSED_QUOTATION.finditer(text):
        inner = m.group("curly") or m.group("straight") or m.group("single")
        if inner[-1].isspace() or len(inner.split()) > _QUOTED_WORDS:
            continue
        first = _FIRST_WORD.match(inner)
        if first is not None:
            found.setdefault(first.group(), set()).add(inner)
            if inner[-1] in ".," and inner[-2:-1].isalnum() and " " in inner:
                # `“Takin’ It to the Streets.”`: American usage puts the sentence's stop or comma
                # inside the close; the words quoted end before it (`“Takin’ It to the Streets,
                # the title track`).  (Several words only: `“U.S.”`, `“Inc.”` keep their dot.)
                found[first.group()].add(inner[:-1])
        # Its last words too, two or more (`“U.S.-controlled bandit formations”` says where
        # `of controlling “bandit formations and …` ends): a quotation elsewhere may take in a
        # word or two more than this one, but it ends where this one does.
        for word in _QUOTED_TAIL_START.finditer(inner):
            tail = inner[word.start() :]
            if len(tail.split()) >= 2:
                tails.setdefault(word.group(), set()).add(tail)
    return found, tails


def _speech_period_outside(text: str) -> bool:
    """Whether the text puts a full stop after the close of a quotation of speech (`said: “We won”.`).

    British usage puts the stop outside a fragment quoted inside the writer's sentence (`warned
    it “becomes uncontrollable”.`) and inside a whole sentence of speech, as American usage
    always does: a fragment's stop says nothing of where one sentence of speech closes.
    """
    for found in _PERIOD_OUTSIDE.finditer(text):
        close = found.start()
        line_start = text.rfind("\n", 0, close) + 1
        opening = text.rfind(LDQ if text[close] == RDQ else '"', line_start, close)
        before = text[line_start:opening].rstrip() if opening >= 0 else ""
        if opening < 0 or not before or not before[-1].isalnum():
            return True  # opened at the line's start, after punctuation, or nowhere to be seen: speech
    return False


def _written_plain(para: str, phrase: str) -> bool:
    """Whether ``phrase`` is one word that ``para`` also writes as a word of its own with no mark before it.

    >>> _written_plain("the terms “ECMAScript” and “JavaScript”, so ECMAScript is", "ECMAScript")
    True
    >>> _written_plain("the terms “ECMAScript” and “JavaScript”, so ECMAScripts are", "ECMAScript")
    False
    >>> _written_plain("the “home-field advantage”, our home-field advantage", "home-field advantage")
    False
    """
    if not phrase or not all(c.isalnum() or c in "-’'" for c in phrase):
        return False
    # Cheap check first: a match starts where the phrase is written, and counts only where no
    # quotation mark stands before it.  The phrase asked about is most often written once,
    # inside the marks that ask: found so by ``str.find`` (every place, overlapping ones too),
    # it is not written plain, and no pattern is compiled for it (a compile per phrase was a
    # twentieth of the stage on English copy).
    at = para.find(phrase)
    while at > 0 and para[at - 1] in _ALL_QUOTES:
        at = para.find(phrase, at + 1)
    if at < 0:
        return False
    for found in regex.finditer(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(phrase)}(?![\p{{L}}\p{{N}}])", para):
        if found.start() == 0 or para[found.start() - 1] not in _ALL_QUOTES:
            return True
    return False


def _speech_comma_outside(text: str) -> bool:
    """Whether the text keeps the comma out of the closes of quotations of speech (``“We won”, she said``).

    As with the full stop, British usage keeps a fragment's comma outside (``but “the more we
    learn”, he says``) and a whole sentence of speech's inside (``“This is exciting,” says Zhang``):
    the comma beside a fragment's close says nothing of where speech's goes.  Counted as
    _comma_outside counts, over the closes of quotations opened at a line's start or after
    punctuation only.

    >>> _speech_comma_outside("“It works,” says Ann Lee. Nobody knows, but “the more we learn”, she says.")
    False
    >>> _speech_comma_outside("Lee said: “It works”, adding that “it is cheap,” she says.")
    True
    """

    def speech(close: int) -> bool:
        line_start = text.rfind("\n", 0, close) + 1
        opening = text.rfind(LDQ if text[close] == RDQ else '"', line_start, close)
        before = text[line_start:opening].rstrip() if opening >= 0 else ""
        return opening < 0 or not before or not before[-1].isalnum()

    inside = sum(speech(m.start() + 1) for m in _COMMA_INSIDE.finditer(text))
    outside = sum(speech(m.start()) for m in _COMMA_OUTSIDE.finditer(text))
    outside += sum(speech(m.start()) for m in _bare_attribution().finditer(text))
    return outside > inside


# The attribution of a quotation closed just before: `,” said Brent Sherwood, vice president of …`
# (its mark, then one clause with no quotation mark in it, up to a sentence's end).
_ATTRIBUTION_TAIL = LazyPattern(regex.compile, r"[,?!][\u201d\"]\s[^\u201c\u201d\"\n]{3,300}[.!?]$")


def _attribution_ends(before: str) -> bool:
    """Whether ``before`` ends with the sentence attributing a quotation closed in it, however long the speaker's role.

    ``“We are going,” said Brent Sherwood, vice president of … at Blue Origin. “It’s``: the
    same speaker's next quotation opens after it, as speech (a role of any length; the
    fifty characters ``attributed_speech`` reads back cover only a short one).
    """
    tail = _ATTRIBUTION_TAIL.search(before, max(0, len(before) - 310))
    if tail is None:
        return False
    clause = before[tail.start() + 3 : -1]
    return not _ends_a_sentence_in(clause) and _any_reporting_verb().search(clause) is not None


# A quotation closed on the punctuation of speech, then a short clause of the writer's up to the
# comma or stop right before the next mark opens (`…,” she sings. “`, `…,” comments Johnston in a
# statement, “`): the clause stands between two quotations.
_INTERRUPTING_CLAUSE = LazyPattern(regex.compile, r"[,?!][\u201d\"]\s(?P<clause>[^\u201c\u201d\"\u2018\u2019'\n.!?;:,()]{2,60})[.,]$")
_CLAUSE_WORDS = 6  # an attribution with its circumstances (`comments Johnston in a statement`); longer is narrative
_CLAUSE_SUBJECT = LazyPattern(regex.compile, r"(?<![\p{L}\p{N}])(?:he|she|they|\p{Lu}\p{Ll}[\p{L}\-]*)(?![\p{L}\p{N}])")


# The same clause where the close before it was lost: the speech's comma (or ? !), the clause, then
# the comma or stop right before the next mark (`Yes, he assures himself. “`, `go, she sings. “`).
_OPEN_INTERRUPTING_CLAUSE = LazyPattern(regex.compile,
    r"(?P<punct>[,?!])\s(?P<clause>[^\u201c\u201d\"\u2018\u2019'\n.!?;:,()\[\]]{2,60})[.,]\s*$")
_CLAUSE_NAME = r"(?:he|she|they|\p{Lu}\p{Ll}[\p{L}\-]*+(?:\s\p{Lu}[\p{L}\-]*+){0,3})"
_CLAUSE_VERB = rf"(?!{_FINITE_AUX}(?!\p{{L}}))\p{{Ll}}{{2,}}+"
_CLAUSE_OBJECT = r"(?:\s(?:himself|herself|themselves|me|us|them|him|her|reporters))?"
_CLAUSE_CIRCUMSTANCE = r"(?:\s(?:in|on|at|during|after|before|while|via|from|to|with|later|earlier|again|today|yesterday|tonight|recently|once)(?:\s\S+){0,4})?"
_SPEAKER_CLAUSE = LazyPattern(regex.compile,
    rf"(?:{_CLAUSE_NAME}\s(?:\p{{Ll}}{{2,}}ly\s)?{_CLAUSE_VERB}{_CLAUSE_OBJECT}|{_CLAUSE_VERB}\s{_CLAUSE_NAME}){_CLAUSE_CIRCUMSTANCE}")


def _speaker_clause(clause: str, after_comma: bool = True) -> bool:
    """Whether ``clause`` reads as a writer's short clause naming a speaker: ``he assures himself``,
    ``she sings``, ``Johnston said``, ``comments Johnston in a statement``.

    An attribution's shape and nothing more: its subject (``he``, ``she``, ``they`` or one to four
    capitalised words that are no function word, ``But``, ``The``), an ``-ly`` adverb allowed,
    a verb that is no auxiliary, at most an object pronoun (``himself``, ``me``, ``reporters``);
    or the verb and then its subject (``comments Johnston``); then at most the circumstances
    (``in a statement``, ``on Twitter``).  At most ``_CLAUSE_WORDS`` words, none in the
    speaker's own voice (I, we, you, my, ...).  A clause with an object of its own (``Buckley
    had something to sing about``) is the writer's narrative, not an attribution.

    >>> _speaker_clause("he assures himself"), _speaker_clause("comments Johnston in a statement")
    (True, True)
    >>> _speaker_clause("but Mary stayed home"), _speaker_clause("we sang"), _speaker_clause("The end came")
    (False, False, False)
    >>> _speaker_clause("Buckley had something to sing about"), _speaker_clause("Mary found the keys")
    (False, False)

    After ``?`` or ``!`` (``after_comma`` false) a capitalised word may open the speech's next
    sentence (``“Oh, actually? Yes,” he``), so there only ``he``, ``she``, ``they`` or the verb
    first are taken.  The verb first takes a name, not a listener (``tells The Hollywood
    Reporter``, ``told Reuters``: the object of a speaker named earlier, in an appositive).

    >>> _speaker_clause("Yeshe assures himself", after_comma=False), _speaker_clause("tells Reuters")
    (False, False)
    """
    words = clause.split()
    if not words or len(words) > _CLAUSE_WORDS or _SPEAKER_WORD.search(clause):
        return False
    first = words[0].lower()
    if first not in ("he", "she", "they") and (first in word_list("quote_function_words") or first in _NOT_AN_ADVERB):
        return False
    if not after_comma and words[0][0].isupper():
        return False
    if words[0][0].islower() and first not in ("he", "she", "they"):
        if first in _OBJECT_VERBS or len(words) < 2 or words[1].lower() in _NOT_AN_ADVERB:
            return False
    return _SPEAKER_CLAUSE.fullmatch(clause) is not None


def _interrupting_clause(before: str) -> bool:
    """Whether ``before`` ends with a short clause naming a speaker between a quotation of speech and the next.

    ``“Oh, actually? Yes,” he assures himself. “I didn’t sweat``: the writer breaks the speech
    with a clause of a few words that names its speaker, whatever the verb (`sings`, `assures`,
    `comments`: verbs no list of saying holds), and the speech goes on after it, as after
    ``he said. “``.  At most ``_CLAUSE_WORDS`` words, no mark or sentence's end among them, a
    pronoun or a capitalised name as the subject.
    """
    found = _INTERRUPTING_CLAUSE.search(before, max(0, len(before) - 70))
    if found is None:
        return False
    clause = found.group("clause")
    return len(clause.split()) <= _CLAUSE_WORDS and _CLAUSE_SUBJECT.search(clause) is not None


# The word before a stop: an abbreviation the data lists (`Nov.`, `No.`) ends no sentence before a number.
_WORD_BEFORE_STOP = LazyPattern(regex.compile, r"(?<!\S)\S+$")


def _ends_a_sentence_in(clause: str) -> bool:
    """Whether a sentence ends inside ``clause``; a listed abbreviation's stop before a number not counted.

    ``Trump said at a rally in Monroe, La., on Nov. 6, 2019.`` is one attribution: the dot
    of ``Nov.`` (``data/abbreviations.txt``) before the day ends no sentence (news copy
    spells out a number that opens a sentence).  Before a capitalised word an abbreviation
    may end its sentence (``of the U.S. The team``), so there it counts, as a word's stop does.

    >>> _ends_a_sentence_in("Trump said at a rally on Nov. 6, 2019"), _ends_a_sentence_in("said Ann Lee of No. 10")
    (False, False)
    >>> _ends_a_sentence_in("he said. Then Smith added"), _ends_a_sentence_in("said Lee of the U.S. The team won")
    (True, True)
    """
    for m in _SENTENCE_BREAK.finditer(clause):
        word = _WORD_BEFORE_STOP.search(clause, 0, m.start() + 1)
        if not (clause[m.end() : m.end() + 1].isdigit() and word is not None and word.group() in word_list("abbreviations")):
            return True
    return False


# (`self-declared “interim`: a verb inside a compound is an adjective, not a verb of saying)
_LAST_WORD_BEFORE = LazyPattern(regex.compile, r"(?<![\p{L}\p{N}\-\u2010\u2011])[\p{L}]+$")


def _saying_before(before: str) -> bool:
    """Whether ``before`` (the text before an opening mark, spaces stripped) ends with a verb of saying.

    ``…, saying “time is running out``, ``and added “we will``: the verb introduces the
    quotation as its speech (its object), as a colon does; the verbs are the reporting verbs
    of ``data/en/reporting_verbs.txt`` and the participles of ``data/en/speech_participles.txt``
    (not ``reporting_verbs_final``: ``the stated “goal``, ``its reported “sightings`` are adjectives).
    """
    word = _LAST_WORD_BEFORE.search(before, max(0, len(before) - 20))
    if word is None:
        return False
    w = word.group().lower()
    return w in word_list("en/speech_participles") or w in word_list("reporting_verbs")


# An attribution set off by commas inside a sentence: `The tuft cell, Herbert said, is …`.
_PARENTHETICAL_ATTRIBUTION = LazyPattern(regex.compile, r",\s(?:he|she|they|\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?)\s(?P<verb>\p{Ll}+),\s")


def _attributed_sentence(before: str) -> bool:
    """Whether the last sentence of ``before`` names a speaker in an attribution set off by commas.

    ``The tuft cell, Herbert said, is constantly sensing … . “Once some …``: the sentence
    before the quotation reports the speaker's words with its own attribution inside it, so
    the quotation that follows is the same speaker's speech.
    """
    breaks = list(_SENTENCE_BREAK.finditer(before, max(0, len(before) - 400), len(before) - 1))
    start = breaks[-1].end() if breaks else max(0, len(before) - 400)
    for found in _PARENTHETICAL_ATTRIBUTION.finditer(before, start):
        if found.group("verb") in word_list("reporting_verbs") or found.group("verb") in word_list("reporting_verbs_final"):
            return True
    return False


def _narrative_run(inner: str, breaks: list["regex.Match[str]"]) -> bool:
    """Whether ``inner`` ends with two sentences or more of the writer's narrative about someone.

    ``… maybe we should go on the road. He wasn’t kidding. The band will kick off the tour …``:
    from a sentence that opens on a third person's pronoun to the end, no first- or
    second-person word and at least one more sentence: the writer speaking of the speaker, so
    the quotation may have closed before it.  (One such sentence last, `He was just too good.`,
    is as often the speaker's words about someone else: not enough.)
    """
    # (the last first- or second-person word found once: a run starts after it, so a paragraph of
    # many sentences is read once, not once per sentence)
    tail = 0
    for word in _SPEAKER_WORD.finditer(inner):
        tail = word.end()
    return any(b.end() >= tail and _THIRD_PERSON_OPENING.match(inner, b.end()) for b in breaks[:-1])


# A verb of saying that is no attribution: passive (`it should be noted`, `was said`), or
# followed by the speaker as its object (`everybody said to me`, `told us`).
_PASSIVE_BEFORE = LazyPattern(regex.compile, r"(?i)(?:^|\s)(?:be|been|being|is|was|were|are)\s$")
_SPEAKER_OBJECT = LazyPattern(regex.compile, r"(?i)\s(?:to\s)?(?:me|us)(?![\p{L}\p{N}])")


def _speaker_adverbs_before(para: str, verb_start: int) -> bool:
    """Whether ``I``, ``we`` or ``you`` and one or two adverbs stand right before the verb at ``verb_start``.

    ``“I think I even famously said something to my adviser, like, ‘…, you know?’ Pluznick
    recalled.``: the first verb of saying has the speaker as its subject (``I … said``), so it
    is the speech's own, and a later clause with the punctuation that ends the speech before it
    attributes the quotation, as it does after ``I said``.
    """
    m = _SPEAKER_ADVERBS_LEAD.search(para, max(0, verb_start - 32), verb_start)
    if m is None:
        return False
    function_words = word_list("en/function_words")
    return all(
        (w.endswith("ly") and len(w) > 4) or (w in function_words and w not in _NOT_AN_ADVERB)
        for w in m.group("words").split()
    )


def _speakers_own_verb(inner: str, verb: "regex.Match[str]") -> bool:
    """Whether a verb of saying inside a quotation is the speaker's own words, not its attribution.

    ``… everything anybody said to me became musical``, ``It should be noted that …``: a
    verb told to the speaker, or in the passive, has no speaker of the quotation as its
    subject, so it says nothing of where the quotation ends (``…, the office said`` does).
    """
    # (a passive needs a participle: `is says Ward` is a lost close before its attribution)
    participle = verb.group().lower().endswith(("ed", "said", "told", "written"))
    return (
        participle and _PASSIVE_BEFORE.search(inner, max(0, verb.start() - 8), verb.start()) is not None
    ) or _SPEAKER_OBJECT.match(inner, verb.end()) is not None


# A paragraph that ends with a quotation closed inside its stop.
_SPEECH_CLOSED_AT_END = LazyPattern(regex.compile, r"[.!?][\u201d\"][ \t\r]*$", regex.MULTILINE)


def _speech_stop_inside(text: str) -> bool:
    """Whether the text closes a quotation of speech at a paragraph's end after its stop.

    `He said: “We will win again.”` as a paragraph: the convention of a text that puts a
    fragment's stop outside (`“not close”.`) for its speech.  Speech: opened at the paragraph's
    start or after punctuation, not after a word.
    """
    for found in _SPEECH_CLOSED_AT_END.finditer(text):
        close = found.start() + 1
        line_start = text.rfind("\n", 0, close) + 1
        opening = text.rfind(LDQ if text[close] == RDQ else '"', line_start, close)
        if opening < 0:
            continue
        before = text[line_start:opening].rstrip()
        if not before or not before[-1].isalnum():
            return True
    return False


def _hard_wrapped(lines: list[str]) -> bool:
    """Whether the text is wrapped at a fixed width: most lines 50 to 100 characters, run on without blank lines."""
    run_on = [line for k, line in enumerate(lines[:-1]) if line.strip() and lines[k + 1].strip()]
    if len(run_on) < 3:
        return False
    return sum(1 for line in run_on if 50 <= len(line) <= 100) * 2 > len(run_on)


def _double_style(text: str) -> Optional[str]:
    """Whether the text writes its double quotation marks curly or straight (``None``: it has none)."""
    curly = sum(text.count(ch) for ch in "\u201c\u201d\u201e")
    straight = len(_STRAIGHT_DOUBLE.findall(text))
    if curly == straight:
        return None
    return "curly" if curly > straight else "straight"


def _swedish(text: str) -> bool:
    """Finnish and Swedish open and close with ”: no “ at all, and ” opening words."""
    if LDQ in text:
        return False
    opening = sum(1 for m in regex.finditer(RDQ, text) if _shape(text, m.start()) == "open")
    return opening >= 2


# close_at_end's two searches, compiled once (``regex.search`` with a pattern's text looks it up in
# the module's cache at every call: a tenth of the reading of a short line left open).
_SENTENCE_END_LAST = LazyPattern(regex.compile, r"[.!?\u2026][\u2019')]?$")
_ATTRIBUTION_INSIDE = LazyPattern(regex.compile, r",\s(?:he|she|they)\s")
# close_whole_paragraph's question or exclamation inside the quoted line, more words after it.
_ASKED_INSIDE = LazyPattern(regex.compile, r"[?!]\)?\s+\S")


class _Paragraph:
    """The quotation state of one paragraph, and the repairs it calls for."""

    def __init__(
        self,
        para: str,
        next_opens: Optional[bool],
        curly_doubles: bool,
        curly_singles: bool,
        punct_outside: bool = False,
        german: bool = False,
        previous_open: Optional[bool] = None,
        double_style: Optional[str] = None,
        polish: bool = False,
    ) -> None:
        self.previous_open = previous_open
        self.goes_on = False  # a hard-wrapped line whose paragraph continues on the next line
        self.period_outside = False  # the text puts a full stop after a closing mark somewhere
        self.speech_period_outside = False  # ... after the close of a quotation of speech, not only of fragments
        self.speech_punct_outside = False  # the text keeps the comma out of the close of speech, not only of fragments
        self.speech_stop_inside = False  # the text closes speech at a paragraph's end inside the stop
        self.english = True  # the speech and narrative cues of close_at_end are English words
        self.lang = "en"  # the paragraph's language, for the space before ’s
        self.standalone_s = False  # the document writes ` ’s ` as a word more than once
        self.next_is_prose = False  # the next paragraph is narrative prose (sentences), not boilerplate
        self.next_attributed = False  # the next paragraph opens a quotation of its own, closed before its own attribution
        self.closed_later = False  # a paragraph soon after closes a quotation it never opened: this one carried on
        self.closed_on_next_line = False  # the very next line closes the quotation left open: a break inside it
        self.reopened_past_short_lines = False  # past a cross-head or a sidebar's items, the next prose reopens with a mark
        self.next_line = ""  # the next paragraph, stripped, when it opens with a quotation mark
        # whether the document writes a word again outside the paragraph given (None: no document to ask)
        self.recurs: Optional[Callable[[str, str], bool]] = None
        # the text's closed short quotations by first word, and their tails of two words or more
        self.quoted_elsewhere: Callable[[], tuple[dict[str, set[str]], dict[str, set[str]]]] = lambda: ({}, {})
        self.period_inside: Callable[[], bool] = lambda: False  # the text puts a comma or stop inside a close somewhere
        self.double_style = double_style  # "curly", "straight" or None (the text has no double marks)
        self.polish = polish  # „…” rather than „…“
        self.punct_outside = punct_outside
        self.german = german
        self.para = para
        self.next_opens = next_opens
        self.curly_doubles = curly_doubles
        self.curly_singles = curly_singles
        # Every repair proposed for a span, in the order the readings proposed them.
        self.proposals: dict[tuple[int, int], list[_Repair]] = {}

    def add(self, start: int, end: int, new: str, reason: str, confidence: float = 1.0) -> None:
        self.proposals.setdefault((start, end), []).append(_Repair(start, end, new, reason, confidence))

    def repairs(self) -> list[_Repair]:
        if self.doubled_singles():
            # The marks change kind: every other reading waits for the next pass over the result.
            return _consistent(self.proposals)
        self.doubles()
        self.taken = self.apostrophes()
        if self.curly_singles and not _CURLY_DOUBLED.search(self.para):
            self.singles()  # (‘‘ and ’’ left as they are are no single quotations to read)
        for m in _SPACED_POSSESSIVE.finditer(self.para):
            if self.para[m.end() + 1] in "sS" and not self.clitic_s_after(m.start()):
                continue
            self.add(m.start(), m.end(), "", "remove the space before ’s or n’t")
        return _consistent(self.proposals)

    def clitic_s_after(self, space: int) -> bool:
        """Whether ``’s`` after the space at ``space`` is English's clitic, glued back on.

        In English text it is; in a paragraph of unsure language only after a common
        English word (``Trump ’s``, not Scottish Gaelic's ``sgàth ’s``) and when the
        document does not write ` ’s ` as a word twice or more; in any other language it
        is a word of its own (Dutch ``’s morgens``).
        """
        before = _WORD_BEFORE.search(self.para, 0, space)
        word = before.group() if before is not None else ""
        if self.lang == "en":
            # A lower-case word English does not know is no English noun taking ’s
            # (Gaelic ``sgàth ’s`` read as English for its ``an``, ``air``); names are capitalized.
            return not (word.islower() and word_zipf(word, "en") == 0)
        if self.lang not in ("und", "auto", "") or self.standalone_s:
            return False
        if not word or word_zipf(word.lower(), "en") < _CLITIC_S_WORD_MIN:
            return False
        # Scottish Gaelic "oibseact seo ’s na nithean": "seo" reads as English, the paragraph does not.
        return not _mostly_not_english(self.para)

    def rtl_convention(self, marks: list[_Mark]) -> bool:
        """Whether a right-to-left paragraph writes its curly doubles as ``”…“`` throughout, on purpose."""
        glyphs = [m.glyph for m in marks if m.curly]
        return (
            _RTL_LETTER.search(self.para) is not None
            and len(glyphs) >= 2
            and len(glyphs) % 2 == 0
            and all(g == (RDQ if i % 2 == 0 else LDQ) for i, g in enumerate(glyphs))
        )

    @staticmethod
    def paired_locally(marks: list[_Mark], k: int) -> bool:
        """Whether the curly mark ``k`` already pairs with its neighbour (``“-”``, ``“%(value)s”``).

        An opening ``“`` followed by a closing ``”``, or a closing ``”`` after an opening
        ``“``, is a pair as written: turning it round because of a broken pair elsewhere in
        the paragraph would break a correct one.
        """
        m = marks[k]
        if not m.curly:
            return False
        if m.glyph == LDQ:
            nxt = marks[k + 1] if k + 1 < len(marks) else None
            return nxt is not None and nxt.curly and nxt.glyph == RDQ
        if m.glyph == RDQ:
            prev = marks[k - 1] if k > 0 else None
            return prev is not None and prev.curly and prev.glyph == LDQ
        return False

    def low_high_close(self, marks: list[_Mark], k: int) -> bool:
        """Whether the closing ``“`` ``k`` closes a straight opening mark in a language that closes with ``“``.

        German and its neighbours open low and close high (``„Wir kommen.“``); a writer or a
        site that typed the opening as ``"`` still closed the quotation with the language's
        own mark (``"Wir kommen.“``): turning it into English ``”`` changes correct text.
        """
        if self.lang not in _LOW_HIGH_LANGUAGES or marks[k].glyph != LDQ or k == 0:
            return False
        prev = marks[k - 1]
        return not prev.curly and prev.role == "O"

    def lone_high_close(self, marks: list[_Mark], k: int) -> bool:
        """Whether the closing ``“`` ``k`` is the paragraph's only double mark, outside English.

        A fragment that ends a quotation opened elsewhere (a UI message split in two:
        Upper Sorbian ``… %(app_label)s.%(data_type)s“``, its ``„`` in the message before)
        shows only the close; in a language that closes with ``“``, or one too short to
        tell, nothing says it was typed the wrong way round.
        """
        return (
            len(marks) == 1
            and marks[k].glyph == LDQ
            and (self.lang in _LOW_HIGH_LANGUAGES or self.lang in ("und", "auto", ""))
        )

    # -- double marks -------------------------------------------------------

    def double_marks(self) -> list[_Mark]:
        para = self.para
        marks: list[_Mark] = []
        straight: list[int] = []
        inch_like: list[int] = []
        for found in _FIRST_DOUBLE.finditer(para):
            i, ch = found.start(), found.group()
            if ch == '"':
                if _escaped(para, i):
                    continue  # `"Giant; \"Big\" Box"`, `CODE=\"App.class\"`: a literal mark inside a string
                (inch_like if i > 0 and para[i - 1].isdigit() else straight).append(i)
            elif ch in (LDQ, RDQ) and self.curly_doubles:
                if _dimension_inch_mark(para, i):
                    continue  # 7”x11”: a size in inches, its marks no quotation's
                if ch == RDQ and _contraction_mark(para, i):
                    continue  # I”ll: an apostrophe's typo (apostrophes() repairs it where it knows the word)
                shape = _shape(para, i)
                if shape == "open":
                    marks.append(_Mark(i, ch, "O", True, True))
                elif shape in ("close", "spaced-close"):
                    marks.append(_Mark(i, ch, "C", True, True, shape == "spaced-close"))
                else:
                    marks.append(_Mark(i, ch, "O" if ch == LDQ else "C", False, True))
        # Digit-preceded straight marks are inches (12" pizza) when the others pair up without them.
        if len(straight) % 2 == 1:
            straight += inch_like
        for i in straight:
            shape = _shape(para, i)
            if shape == "open":
                marks.append(_Mark(i, '"', "O", True, False))
            elif shape in ("close", "spaced-close"):
                marks.append(_Mark(i, '"', "C", True, False, shape == "spaced-close"))
            else:
                marks.append(_Mark(i, '"', "?", False, False))
        marks.sort(key=lambda m: m.pos)
        return marks

    def german_closes(self) -> None:
        """In „German“ text ” closing a „ is the English mark slipped in: turn it into “."""
        para = self.para
        open_at = -1
        for found in regex.finditer("[\u201e\u201c\u201d]", para):
            i, ch = found.start(), found.group()
            if ch == "\u201e":
                open_at = i
            elif ch == LDQ:
                open_at = -1
            elif ch == RDQ and open_at >= 0 and _shape(para, i) == "close":
                self.add(i, i + 1, LDQ, "turn a German closing quotation mark the right way")
                open_at = -1

    def doubles(self) -> None:
        if self.german:
            self.german_closes()
        marks = self.marks = self.double_marks()
        if not marks:
            return
        if self.rtl_convention(marks):
            return  # Arabic `”%(object)s“`: the paragraph's own convention
        # Direction first: a mark whose position contradicts its shape.
        for k, m in enumerate(marks):
            if m.curly and m.strong:
                want = LDQ if m.role == "O" else RDQ
                if (
                    m.glyph != want
                    and not self.paired_locally(marks, k)
                    and not self.low_high_close(marks, k)
                    and not self.lone_high_close(marks, k)
                ):
                    what = "an opening" if want == LDQ else "a closing"
                    self.add(m.pos, m.pos + 1, want, f"turn {what} quotation mark the right way")
                    m.glyph = want
        pairs: list[tuple[_Mark, _Mark]] = []
        closes: list[_Close] = []
        open_mark: Optional[_Mark] = None
        for k, m in enumerate(marks):
            role = m.role
            if open_mark is None:
                if role == "C":
                    later = marks[k + 1].role if k + 1 < len(marks) else None
                    if m.curly and not m.strong and later in ("C", "?"):
                        self.flip(m, LDQ)
                        open_mark = m
                        continue
                    return self.finish(pairs, closes, None, confused=True)
                open_mark = m
                continue
            if role in ("C", "?"):
                pairs.append((open_mark, m))
                open_mark = None
                continue
            # An opening mark while a quotation is open.
            glued = _kind_before(self.para, m.pos) == "W" and self.para[m.pos + 1 : m.pos + 2].isupper()
            if m.curly and not m.strong and not glued and (len(marks) - k - 1) % 2 == 0 and not self.paired_locally(marks, k):
                self.flip(m, RDQ)
                pairs.append((open_mark, m))
                open_mark = None
                continue
            rest = [x.role for x in marks[k + 1 : k + 3]]
            if len(rest) == 2 and rest[0] != "O" and rest[1] != "O":
                return self.finish(pairs, closes, None, confused=True)  # nested: “a “b” c”
            following = marks[k + 1] if k + 1 < len(marks) else None
            close = (
                self.close_before_clause(open_mark, m.pos)
                or self.close_at_boundary(open_mark, m, following)
                or self.close_before_coordinated(open_mark, m, following)
                or self.close_as_quoted_elsewhere(open_mark, m.pos)
                or self.close_before_parallel_clause(open_mark, m)
                or self.close_before_introducing_sentence(open_mark, m)
                or self.close_before_speaker_clause(open_mark, m)
            )
            if close is None:
                return self.finish(pairs, closes, None, confused=True)
            closes.append(close)
            open_mark = m
        self.finish(pairs, closes, open_mark, confused=False)

    def flip(self, m: _Mark, want: str) -> None:
        what = "an opening" if want == LDQ else "a closing"
        self.add(m.pos, m.pos + 1, want, f"turn {what} quotation mark the right way (marks alternate)")
        m.glyph = want

    def finish(
        self, pairs: list[tuple[_Mark, _Mark]], closes: list[_Close], open_mark: Optional[_Mark], confused: bool
    ) -> None:
        paired = {c.pos for _, c in pairs}
        padded = any(self.para[o.pos + 1] == " " for o, _ in pairs)
        for m in self.marks:
            if m.spaced_close and m.pos not in paired and not padded and not self.para[m.pos - 2].isspace():
                if _quoted_symbol(self.para, m.pos) or _on_code_line(self.para, m.pos):
                    continue  # `worker, "." Open slot`, `(c?" ":"")`: a mark that opens a quoted symbol or string
                straight = self.para.count('"')
                if not m.curly and straight % 2 and straight > 1:
                    # `"href: " https://host/inbox ",`: straight marks that do not pair up (one was lost)
                    # say nothing of which of them closes, so the space before this one is left.
                    # (A lone mark, `it was over ".`, has no other to pair with: its place says close.)
                    continue
                self.add(m.pos - 1, m.pos, "", "remove a space before a closing quotation mark")
        if confused:
            return  # the marks do not pair up in one clear way: only direction repairs stand
        if (
            open_mark is not None
            and open_mark.strong
            and not self.closed_on_next_line
            and _PRIME_CLOSE.search(self.para, open_mark.pos + 1) is None
            and not _doubled_close_of(self.para, open_mark.pos)
        ):
            # (`"Copyright 2.0″ technologies … what next?`: a double prime after a word inside the
            # quotation left open may be the writer's own close of it, or inches; either way the
            # evidence for a close of ours is weak, and the text is left.)
            # (`"Copyright 2.0'' technologies`: two apostrophes the writer closed it with, left as
            # they are, the same.)
            # (`this “diamond open` / `access” designation`: an extractor broke the line inside the
            # quotation, whose close follows on the next line; nothing closes here.)
            # A paragraph left open before one that opens with a mark is the convention for
            # a quotation over several paragraphs: only a comma-marked attribution closes it.
            # (past a cross-head or a sidebar's items, `Bendy light`, the same convention)
            continued = self.next_opens is True or self.reopened_past_short_lines
            close = self.close_before_clause(open_mark, len(self.para), strict=continued)
            if close is None:
                close = self.close_at_end(open_mark, continued)
            if close is None:
                close = self.close_as_quoted_elsewhere(open_mark, len(self.para))
            if close is not None:
                closes.append(close)
        for close in closes:
            self.add(close.pos, close.pos, close.new, close.reason, close.confidence)
        para = self.para
        code_like: Optional[bool] = None  # read on first need: most pairs are curly or tight
        for o, c in pairs:
            if c.pos - o.pos < 3:
                continue
            inner_open = para[o.pos + 1] == " "
            inner_close = para[c.pos - 1] == " "
            if (inner_open and para[o.pos + 2].isspace()) or (inner_close and para[c.pos - 2].isspace()):
                continue  # a run of spaces is the whitespace normalizer's
            if not o.curly and (inner_open or inner_close):
                if code_like is None:
                    code_like = holds_string_literal(para) or code_line(para, 0, len(para))
                if code_like:
                    continue  # print(" hello"), {"k": " v"}: a string literal keeps its spaces
            if (inner_close and para[c.pos - 2] in _SINGLE_MARKS) or (inner_open and para[o.pos + 2] in _SINGLE_MARKS):
                continue  # `culture.’ ”`: a space between nested marks is typography
            if not o.curly and inner_open and o.pos >= 2 and para[o.pos - 1] == " " and para[o.pos - 2] in ",;":
                continue  # `days, " Taylor`: a close with a space before it or an opening with one after; moving it guesses
            if inner_open and not inner_close:
                self.add(o.pos + 1, o.pos + 2, "", "remove a space just inside a quotation")
            elif inner_close and not inner_open:
                self.add(c.pos - 1, c.pos, "", "remove a space just inside a quotation")

    def closing_mark(self, open_mark: _Mark) -> str:
        return RDQ if open_mark.curly else '"'

    def close_before_clause(
        self, open_mark: _Mark, limit: int, strict: bool = False
    ) -> Optional[_Close]:
        """Close before the first reporting clause inside the open quotation.

        ``..., he said`` / ``..., Stoltenberg told`` / ``..., said Smith``: the
        comma marks where the quotation ends.  Without it (``win he said``, as a
        lost ``,”`` leaves the text) the subject must be short and clear (he,
        she, a name, "the source") and the word before it must be able to end a
        quotation; ``strict`` demands the comma.
        """
        para = self.para
        start = open_mark.pos + 2
        speech = self.opens_speech(open_mark)
        if not speech and not self.english:
            return None
        v = _reporting_verb().search(para, start, limit)
        if not speech:
            # Opened mid-sentence (`Border agents "say you’ve got to …, he said`): a title or a
            # scare quote may end anywhere before the clause, but words in the speaker's voice
            # (I, we, you) in the one sentence up to the verb make it speech, which runs up to its
            # attribution.  (Across a sentence's end, the voice may be the writer's own.)
            if (
                v is None
                or not _SPEAKER_WORD.search(para, start - 1, v.start())
                or _SENTENCE_BREAK.search(para, start - 1, v.start()) is not None
            ):
                return None
        while v is not None and v.group("final") and not _FINAL_AT_END.match(para, v.end()):
            # `stated in the letter` only if a clause stands there: `been stated as a fact` is no verb of saying
            found = self.clause_boundary(open_mark, v, strict)
            if found is not None:
                if self.glued_around(found.pos) or self.nested_single_around(open_mark, found.pos, limit):
                    return None
                return self.as_speech(found, speech, start)
            v = _reporting_verb().search(para, v.end(), limit)
        if v is None:
            return None
        found = self.clause_boundary(open_mark, v, strict)
        if found is None and not strict:
            # (in a quotation the next paragraph carries on, a verb past the first is its speech: `he told me`)
            found = self.later_clause(open_mark, v, limit)
        if found is not None and self.glued_around(found.pos):
            return None  # `vehiclesInfoNation President`: where the clause starts is unclear
        if found is not None and self.reattributed_far(open_mark, found.pos):
            return None
        if found is not None and self.nested_single_around(open_mark, found.pos, limit):
            return None
        return self.as_speech(found, speech, start)

    def nested_single_around(self, open_mark: _Mark, pos: int, limit: int) -> bool:
        """Whether the reporting clause after a close at ``pos`` belongs to a single quotation nested
        in the open double one.

        A double quotation writes the quotations inside it in single marks.  A clause right after
        the close of a single quotation the double one opens on (`stating "'The Internet was
        completely funded by porn,' he said [...]`) attributes that nested quotation; and a clause
        whose sentence goes on to introduce one by a verb of saying (`…fines. In addition, the
        principal director posted a blog entry yesterday saying that 'criminal activity will not be
        tolerated,' and …`: a submitter's text quoted whole) is still inside the double quotation.
        Either way the double one does not end there.
        """
        para = self.para
        if (
            para[open_mark.pos + 1 : open_mark.pos + 2] in ("'", LSQ)
            and _SINGLE_CLOSED_BEFORE.search(para, max(0, pos - 2), pos + 1) is not None
        ):
            # (only a double quotation that opens on the nested one: `…, you know?’ Pluznick
            # recalled` closes both quotations at once, `?’”`, as often as not)
            return True
        end = limit
        for mark in ('"', LDQ, RDQ):
            found = para.find(mark, pos, end)
            if found >= 0:
                end = found
        stop = _SENTENCE_BREAK.search(para, pos, end)
        if stop is not None:
            end = stop.start() + 1
        for nested in _NESTED_SINGLE.finditer(para, pos, end):
            # only speech the clause's sentence introduces (`saying that '`, `he added, '`): a word the
            # writer sets off in single marks (`calling the polls 'hype'`) says nothing of the double one
            before = para[pos : nested.start()].rstrip().rstrip(",:").rstrip()
            if before.endswith(" that"):
                before = before[:-5]
            if _saying_before(before):
                return True
        return False

    def reattributed_far(self, open_mark: _Mark, close_at: int, introduced_only: bool = False) -> bool:
        """Whether a close at ``close_at`` would attribute, a second time and sentences later,
        a quotation its own attribution already introduced.

        ``“…,” Prakash said. “Nothing stands between the decision and the implementation.``
        then the writer's sentences, then ``…, Prakash said the government could …``: the
        quotation reopened after its attribution is that speaker's speech carried on, and
        news attributes it once.  Run on past a sentence's end to a second reporting clause,
        the lost close may be at that sentence's end as well as before the clause (on the tune
        material, two closes of five there were wrong: ``“A,” he says. “B. C,” he says.`` is
        news style too), and the clause may attribute the writer's paraphrase: left.  (One
        sentence, ``“A,” Mujahid said. “B, Mujahid said.``, is still closed.)

        The same holds for a quotation its attribution introduces right before it (``…, who
        studies vaccines, said, “Mazel tov! As long as …, he said``): a verb of saying, then a
        comma or colon, then the mark.
        """
        before = self.para[: open_mark.pos].rstrip()
        introduced = before[-1:] in (",", ":") and _saying_before(before[:-1])
        if not introduced and (introduced_only or not before or before[-1] not in ".!?" or not _attribution_ends(before)):
            return False
        breaks = _SENTENCE_BREAK.findall(self.para, open_mark.pos, close_at)
        return len(breaks) >= _REATTRIBUTED_SENTENCES

    def as_speech(self, found: Optional[_Close], speech: bool, start: int) -> Optional[_Close]:
        """``found`` as it stands for speech; for a quotation opened mid-sentence, only within its one sentence, saying so.

        A quotation that opens on a lower-case word (``concluded that, using standard methods,
        "the full incidence …``) is worked into the writer's sentence: read on past that
        sentence's end to a reporting clause, the clause is the next sentence's, not its close.
        """
        if found is not None and speech and self.para[start - 1 : start].islower():
            if _SENTENCE_BREAK.search(self.para, start - 1, found.pos) is not None:
                return None
        if found is None or speech:
            return found
        if _SENTENCE_BREAK.search(self.para, start - 1, found.pos) is not None:
            return None
        return found._replace(reason=found.reason + " (speech in the speaker's voice, though opened mid-sentence)")

    def later_clause(self, open_mark: _Mark, first: "regex.Match[str]", limit: int) -> Optional[_Close]:
        """A reporting clause after a first verb that gave no clause (``we wrote had to …, Smith said``).

        A verb inside the speech (``what we wrote``, ``and says, what``) is no
        attribution; a later one is, but only with the comma that ends the speech
        before it (without the comma it is no better evidence than the first), and
        only when the first verb reads as the speaker's own words (``we wrote``, ``and
        says``): after a noun (``the deal announced in October, said``) the
        quotation may have ended before it.
        """
        if not _SPEECH_VERB_LEAD.search(self.para, max(0, first.start() - 12), first.start()) and not (
            _speaker_adverbs_before(self.para, first.start())
        ):
            return None
        v = _reporting_verb().search(self.para, first.end(), limit)
        while v is not None:
            found = self.clause_boundary(open_mark, v, strict=True)
            if found is not None:
                return found
            v = _reporting_verb().search(self.para, v.end(), limit)
        return None

    def glued_around(self, pos: int) -> bool:
        """Whether the word before or after ``pos`` is two words still glued (``vehiclesInfoNation``).

        A word of that shape the document writes again outside this paragraph is its vocabulary,
        not an accident of extraction (``InfoNation``, a company the article names four times;
        glue is one-off): only a word the document holds no second time reads as glued.
        """
        before = _LAST_TOKEN.search(self.para, max(0, pos - 60), pos)
        after = _FIRST_TOKEN.match(self.para, pos)
        for t in (before, after):
            glue = _GLUED_AT.search(t.group()) if t is not None else None
            if glue is None:
                continue
            word = next((w for w in _WORD_AROUND.finditer(t.group()) if w.start() <= glue.start() < w.end()), None)
            if word is None or self.recurs is None or not self.recurs(word.group(), self.para):
                return True
        return False

    def clause_boundary(self, open_mark: _Mark, v: "regex.Match[str]", strict: bool) -> Optional[_Close]:
        para = self.para
        if _INDIRECT_SPEECH.match(para, v.end()) is not None:
            # `Apple said it paid …`, `he says to her that …`: the verb reports speech in the writer's
            # words (a clause of its own follows it), so it attributes no quotation ending before it.
            return None
        clause = _CLAUSE_AFTER_VERB.match(para, v.end())
        lead = clause.group("lead") if clause is not None else None
        if lead is not None and (lead in _CLAUSE_LEADS or lead not in word_list("en/function_words")):
            # `the Rural Fire Service says most of the fires are now contained`: the verb takes a
            # clause of its own (its subject, then a finite auxiliary or modal), reported speech in
            # the writer's words, as `said that …` is: no quotation ends before it.
            return None
        if self.clause_follows_attribution(v.end()):
            return None
        if _INTRODUCES_QUOTATION.match(para, v.end()) is not None:
            # `Asked if he rang them …, he said: "No".`: a colon and an opening mark after the verb
            # introduce the next quotation; the clause is that one's, not the end of this one.
            return None
        if v.group().lower() in _OBJECT_VERBS and _INSTRUCTION_AFTER.match(para, v.end()) is not None:
            # `when he visited Julian, Morales told [his spy team] to record everything`: an order
            # reported in the writer's words, whose `to` and verb follow the listener: no attribution.
            return None
        window_start = max(open_mark.pos + 1, v.start() - 200)
        q = self.closing_mark(open_mark)
        verb = v.group()
        # `Brooke tearfully asked`: an adverb between the subject and its verb belongs to the clause.
        adverb = _ADVERB_BEFORE.search(para, window_start, v.start())
        subject_end = adverb.start() + 1 if adverb is not None else v.start()
        # "..., he said": the subject stands before the verb.
        m = _SUBJECT_BEFORE.search(para, window_start, subject_end)
        if m is not None:
            reason = f"close the quotation before its reporting clause ‘{para[m.start('subject'):v.end()]}’"
            found = self.tight_subject(open_mark, m, window_start, q, reason, strict, v.end())
            if found is not None:
                return found
        # "..., Jack Buser, director for games at Google, tells": a name and its role, each after a comma.
        role = _APPOSITIVE_SUBJECT.search(para, window_start, subject_end)
        if role is not None and role.start("name") - open_mark.pos > 4 and self.names_a_role(role.group("role")):
            reason = f"close the quotation before its reporting clause ‘{para[role.start('name'):v.end()]}’, after the comma that ends it"
            return self.after_punctuation(open_mark, role.start("name") - 1, q, reason, 0.85)
        # `, Steve Clarke, deputy associate administrator for exploration in …, said`: a name, then a long role.
        long_role = self.long_appositive(open_mark, v, window_start, q)
        if long_role is not None:
            return long_role
        # "..., Commerzbank analyst Carsten Fritsch said", "..., they said": after a
        # comma, a short run of words before the verb is the speaker, whoever it is.
        free = _FREE_SUBJECT.search(para, window_start, subject_end)
        inverted = v.group("any") and _SUBJECT_AFTER.match(para, v.end())
        free_words = free.group("subject").split() if free is not None else []
        if (
            free_words
            and not inverted
            and free_words[0].lower() not in _NOT_A_SUBJECT_START
            and "and" not in free_words
            and (
                free_words in (["they"], ["it"])
                # `, the 14th-ranked Schwartzman said`: a described person, named last
                or (free_words[0] == "the" and len(free_words) > 2 and _TITLECASE.fullmatch(free_words[-1]))
                or (
                    _TITLECASE.fullmatch(free_words[-1])
                    and any(w.lower() in word_list("attribution_titles") for w in free_words)
                )
            )
        ):
            # (`, those who said` is no clause; `, they said` is, its pronoun the subject itself)
            pronoun_last = len(free_words) > 1 and _PRONOUN_BEFORE.search(para, window_start, v.start() - 1)
            if free.start("subject") - open_mark.pos > 4 and not pronoun_last:
                reason = f"close the quotation before its reporting clause ‘{free.group('subject')} {verb}’, after the comma that ends it"
                return self.after_punctuation(open_mark, free.start("subject") - 1, q, reason, 0.85)
            return None
        # "..., a Fox executive said.", "..., a person close to Kelly told me.": after the comma that ends
        # the speech, an indefinite description of the speaker, and a verb that ends its clause.
        described = _DESCRIBED_SUBJECT.search(para, window_start, subject_end)
        if (
            described is not None
            and not inverted
            and described.start("subject") - open_mark.pos > 4
            and not any(w.lower() in _NOT_IN_DESCRIPTION for w in described.group("words").split())
            # (a description ending in a name, `a beaming Olsen`, is left: tests/test_quotes_more_tune.py)
            and described.group("words").split()[-1][:1].islower()
            and _DESCRIBED_CLAUSE_END.match(para, v.end()) is not None
        ):
            reason = f"close the quotation before its reporting clause ‘{described.group('subject')} {verb}’, after the comma that ends it"
            return self.after_punctuation(open_mark, described.start("subject") - 1, q, reason, 0.85)
        # "..., the U.S. attorney's office said.": a definite description, its verb ending the sentence.
        definite = _DEFINITE_SUBJECT.search(para, window_start, subject_end)
        if (
            definite is not None
            and not inverted
            and definite.start("subject") - open_mark.pos > 4
            and not any(w.lower() in _NOT_IN_DESCRIPTION for w in definite.group("words").split())
            and definite.group("words").split()[-1][:1].islower()
            and _DEFINITE_CLAUSE_END.match(para, v.end()) is not None
        ):
            reason = f"close the quotation before its reporting clause ‘{definite.group('subject')} {verb}’, which ends its sentence, after the comma that ends it"
            return self.after_punctuation(open_mark, definite.start("subject") - 1, q, reason, 0.85)
        # "..., says veteran industry analyst Ken Doctor.": after the comma, the verb, then a role and a name.
        titled = _TITLED_AFTER.match(para, v.end()) if v.group("any") else None
        boundary = v.start() - 1
        if (
            titled is not None
            and para[boundary - 1 : boundary + 1] == ", "
            and boundary - open_mark.pos > 4
            and v.group().lower() not in _OBJECT_VERBS
            and any(w in word_list("attribution_titles") for w in titled.group("role").split())
            and _INVERTED_END.match(para, titled.end())
        ):
            reason = f"close the quotation before its reporting clause ‘{para[v.start():titled.end()]}’, after the comma that ends it"
            return self.after_punctuation(open_mark, boundary, q, reason, 0.85)
        # "..., said Smith": the subject follows the verb (strong verbs only).
        after = _SUBJECT_AFTER.match(para, v.end())
        if v.group("any") and after and after.group().split()[0] not in _SUBJECT_STOP:
            if not self.inverted_subject_ends(v):
                return None
            boundary = v.start() - 1
            if boundary <= open_mark.pos + 3 or para[boundary] != " ":
                return None
            if _PRONOUN_BEFORE.search(para, max(0, boundary - 8), boundary):
                return None
            clause = f"‘{verb} {after.group().strip()}’"
            if para[boundary - 1] in ",?!":
                reason = f"close the quotation before its reporting clause {clause}, after the punctuation that ends it"
                return self.after_punctuation(open_mark, boundary, q, reason, 0.85)
            if strict or v.group("any") not in ("said", "says", "added", "asked", "wrote"):
                return None
            prev = para[max(0, boundary - 30) : boundary].split()
            if prev and not _TITLECASE.fullmatch(prev[-1]) and not prev[-1].islower():
                return None
            if not self.can_end_quotation(open_mark.pos, boundary):
                return None
            if _POSSESSIVE_AFTER.match(para, v.end()) is not None:
                # `when Anderson wrote her passwords on a notepad`: with no comma to end the speech,
                # `her …` after the verb is as likely its object as an inverted speaker (`said her lawyer`).
                return None
            reason = f"close the quotation before its reporting clause {clause}, with the comma a lost ,” took"
            return _Close(boundary, "," + q, reason, 0.7)
        return None

    def clause_follows_attribution(self, verb_end: int) -> bool:
        """Whether the verb of saying ending at ``verb_end`` is set off by commas inside a sentence that
        goes on with a clause of its own (``, she says, Ailes tried to kiss her``).

        Speech interrupted by its attribution reopens with a mark (``,” she says, “Ailes``); with
        none, the words after the attribution are the writer's: reported speech, so no quotation
        ends before the verb.  The verb after the subject must read as finite and be no verb of
        saying (``, she said, he added`` attributes again; ``, she said, Monday`` is no clause).
        """
        m = _CLAUSE_AFTER_ATTRIBUTION.match(self.para, verb_end)
        if m is None:
            return False
        verb = m.group("verb")
        if _any_reporting_verb().fullmatch(verb) is not None:
            return False
        if regex.fullmatch(_FINITE_AUX, verb) is not None or (len(verb) > 4 and verb.endswith("ed")):
            return True
        return m.group("pronoun") is not None and verb not in word_list("en/function_words")

    def long_appositive(
        self, open_mark: _Mark, v: "regex.Match[str]", window_start: int, q: str
    ) -> Optional[_Close]:
        """The close after the comma before a full name whose long role runs up to the verb.

        ``…, Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and
        Water think tank told CBS News.``: the role may hold commas and run past the sixty
        characters _APPOSITIVE_SUBJECT allows, so it counts as evidence only when it names a
        role (a title word from ``data/en/attribution_titles.txt``, or ``who …``), the name is
        two to four capitalised words right after a comma, and the clause ends after the verb
        (its end, the circumstances of the saying, or whom it was told to).
        """
        para = self.para
        ends = _LONG_CLAUSE_END.match(para, v.end()) or (
            v.group().lower() in _OBJECT_VERBS and _LISTENER_END.match(para, v.end())
        )
        if not ends:
            return None  # `, said the …` goes on: a clause of its own, not an attribution's end
        titles = word_list("attribution_titles")
        for comma in _COMMA_BEFORE_WORD.finditer(para, max(window_start, open_mark.pos + 4), v.start()):
            m = _LONG_APPOSITIVE.fullmatch(para, comma.end(), v.start())
            if m is None:
                continue
            role_words = [w.lower().strip(",.") for w in m.group("role").split()]
            lead = m.group("name").split()
            # (a lower-case lead before the name must be a role itself: `study lead author Lucas Paganini`)
            lead_words = [w for w in lead if w[:1].islower()]
            if lead_words and not any(w in titles for w in lead_words):
                continue
            if not (role_words[0] == "who" or any(w in titles for w in role_words)):
                continue
            name = " ".join(w for w in lead if not w[:1].islower())
            reason = f"close the quotation before its reporting clause ‘{name}, … {v.group()}’, after the comma that ends it"
            return self.after_punctuation(open_mark, comma.start() + 1, q, reason, 0.85)
        return None

    @staticmethod
    def names_a_role(words: str) -> bool:
        """Whether an appositive names someone's role (``director for games at Google``, ``CEO of Take-Two``)."""
        first = words.split()[0].lower()
        titles = word_list("attribution_titles")
        return first not in _NOT_A_SUBJECT_START and any(w.lower().strip(".") in titles for w in words.split()[:4])

    def inverted_subject_ends(self, v: "regex.Match[str]") -> bool:
        """Whether the name after ``said`` is the whole clause (``said Smith.``, ``said Jane Doe, a …``).

        ``told NBC News``, ``asks Congress`` name whom the speaker told: an object,
        not an inverted subject; and a name that goes on into a clause of its own
        (``says Ubisoft are "believers"``) is the subject of reported speech.
        """
        if v.group().lower() in _OBJECT_VERBS:
            return False
        name = _NAME_AFTER.match(self.para, v.end())
        if name is None:
            pronoun = _INVERTED_PRONOUN.match(self.para, v.end())
            if pronoun is not None:
                # `said she.`, `said he, adding`: the pronoun ends the clause; in `Smith said she
                # never got a letter` it is the subject of the reported clause, not the speaker.
                return _INVERTED_END.match(self.para, pronoun.end()) is not None
            return True  # the company: _SUBJECT_AFTER's own words
        if _INVERTED_END.match(self.para, name.end()) is not None:
            return True
        # `says Jerry. The team was …`: the dot an initial takes (`said J. Smith`) read the next
        # sentence's first word into the name; a name whose last word is a word (not an initial)
        # ends its clause at that full stop.
        return _NAME_THEN_STOP.match(self.para, v.end()) is not None

    def attributed_speech(self, before: str) -> bool:
        """Whether the text before a mark introduces speech: ``said: “``, ``Smith said. “``, ``she said, “``, ``saying “``."""
        if before[-1] == ":" or _saying_before(before):
            return True
        if before[-1] in ".!?,":
            return (
                _any_reporting_verb().search(before, max(0, len(before) - 50)) is not None
                or _attribution_ends(before)
                or (before[-1] in ".!?" and _attributed_sentence(before))
                or _interrupting_clause(before)
            )
        return False

    def opens_speech(self, open_mark: _Mark) -> bool:
        """Speech opens a paragraph or follows ``said: “``, ``said, “``, a full stop or a dash.

        A mark opened mid-sentence (``is “unexplained``) is more often a scare quote
        or a title, which may end anywhere before an attribution.
        """
        before = self.para[: open_mark.pos]
        stripped = before.rstrip()
        # (`saying--"With submission, sir,`: two hyphens are a typewriter's dash)
        return (
            not stripped
            or (stripped != before and stripped[-1] in ":,.!?;\u2014\u2013")
            or stripped[-1] in "(\u2014\u2013"
            or stripped.endswith("--")
            or (stripped != before and _saying_before(stripped))
        )

    def after_punctuation(self, open_mark: _Mark, boundary: int, q: str, reason: str, confidence: float) -> _Close:
        """The close goes after the comma (``win,” he said``) unless the text puts commas outside
        (for speech, outside the closes of speech: British usage keeps only a fragment's comma out)."""
        outside = self.speech_punct_outside if self.opens_speech(open_mark) else self.punct_outside
        if outside and self.para[boundary - 1] == ",":
            return _Close(boundary - 1, q, reason + " (the text puts commas outside)", confidence)
        return _Close(boundary, q, reason, confidence)

    def tight_subject(
        self, open_mark: _Mark, m: "regex.Match[str]", window_start: int, q: str, reason: str, strict: bool,
        clause_end: int,
    ) -> Optional[_Close]:
        """The close before a short, clear subject (he, she, a name, "the source") right before the verb
        (which ends at ``clause_end``)."""
        para = self.para
        subject = m.group("subject")
        first = subject.split()[0].rstrip(",")
        lead = m.group("lead")
        boundary = m.start("subject") - 1  # the space before the subject
        # (`home,’ he said`, `side,' the ex-associate recalled`: a nested close first, curly or straight)
        comma = lead.endswith((",", "?", "!", ",\u2019", "?\u2019", "!\u2019", ",'", "?'", "!'"))
        if first in _SUBJECT_STOP or boundary - open_mark.pos < 4:
            return None
        words = subject.split()
        before_words = para[window_start:boundary].split()
        if subject[0].isupper() and before_words and not comma:
            if before_words[-1][:1].isupper():
                return None  # "former Vice President Biden Volker said": where does the name start?
            if (
                len(before_words) >= 2
                and before_words[-2].lower() in ("the", "a", "an")
                and regex.search(r"[\d\-]", before_words[-1])
            ):
                return None  # "the 14th-ranked Schwartzman said"
        if not comma:
            if strict or "," in subject:
                return None
            if subject[0].isupper() and not all(_TITLECASE.fullmatch(w) for w in words):
                return None  # "ASAP", "X-ray", "M": not clearly a name starting here
            if words[0] in ("the", "a", "an", "one", "his", "her", "their") and len(words) > 2:
                return None
            if not self.can_end_quotation(open_mark.pos, boundary):
                return None
            if len(para[open_mark.pos + 1 : boundary].split()) == 1 and not _CLAUSE_ENDS.match(para, clause_end):
                # `“Once he wrote a short play`: one word, then a verb with an object, is a
                # sentence that begins with a quotation mark, not `“Once,” he wrote`.
                return None
            if subject[0].isupper():
                before = _LAST_WORD.search(para, open_mark.pos + 1, boundary)
                if before is not None and before.group(1).lower() in word_list("attribution_titles"):
                    return None
                if self.described_after_comma(open_mark.pos, boundary):
                    return None
            return _Close(boundary, "," + q, reason + ", with the comma a lost ,” took", 0.7)
        return self.after_punctuation(open_mark, boundary, q, reason + ", after the punctuation that ends it", 0.9)

    def described_after_comma(self, open_pos: int, boundary: int) -> bool:
        """Whether the words between the quotation's last comma and a name at ``boundary`` read as
        the name's description: ``…,” veteran Braves pitcher Tim Hudson said``.

        A lost ``,”`` (``win he said``) leaves no comma at the speech's end; where a comma stands
        a few words before the name and the words after it are only nouns, adjectives and names
        (``astronaut``, ``a smiling``, ``director of amateur scouting``: no pronoun, verb form of
        ``be`` or ``have``, modal, preposition but ``of``/``for``/``at``, adverb or conjunction of
        English's function words, alone or in a contraction, ``he’s``), that comma may be the
        speech's own end and the words the speaker's role: two readings, and which one is a
        guess.  Speech's last words hold a function word (``, even in the U.S. market Lovely
        said``, ``, though Suter acknowledged``) and are still closed.
        """
        para = self.para
        comma = para.rfind(",", max(open_pos + 1, boundary - _DESCRIPTION_CHARS), boundary)
        if comma < 0 or not para[comma - 1 : comma].isalnum():
            return False
        words = para[comma + 1 : boundary].split()
        if not words or len(words) > _DESCRIPTION_WORDS:
            return False
        function_words = word_list("en/function_words")
        for word in words:
            # (`he’s getting a little bit of confidence back`: a contraction's first part counts,
            # so a pronoun or auxiliary inside one makes the words speech)
            base = regex.split(r"[\u2019']", word)[0]
            if regex.search(r"[.!?;:]", word) or not base:
                return False
            if not base[:1].isupper() and base.lower() not in _DESCRIPTION_LINKS and base.lower() in function_words:
                return False
        return True

    def can_end_quotation(self, open_pos: int, boundary: int) -> bool:
        """Whether the word before ``boundary`` can be a quotation's last word."""
        before = _LAST_WORD.search(self.para, open_pos + 1, boundary)
        if before is None or not self.para[boundary - 1].isalnum():
            return False
        return before.group(1).lower() not in word_list("quote_function_words")

    def close_at_boundary(
        self, open_mark: _Mark, second: _Mark, following: Optional[_Mark]
    ) -> Optional[_Close]:
        """`` way “So``: the close of one quotation and the open of the next collapsed into one mark.

        Only when the second quotation reads as speech (it starts a sentence and
        closes after punctuation, ``“So ..., no,”``): two titles in a row
        (``“Star Wars Marvel ..., including “Mary Poppins”``) give no such evidence.
        """
        para, p = self.para, second.pos
        if p + 1 >= len(para) or not para[p + 1].isupper():
            return None
        if following is None or following.role == "O" or para[following.pos - 1] not in ",.!?\u2026":
            return None
        if len(para[p + 1 : following.pos].split()) < 3 or not self.can_end_quotation(open_mark.pos, p - 1):
            return None
        attributed = _any_reporting_verb().search(para, following.pos + 1, following.pos + 40) is not None
        if not attributed and len(para[p + 1 : following.pos].split()) < 8:
            return None  # two titles in a row (“A” “B”) are not speech
        if not any(ch.isspace() for ch in para[open_mark.pos + 1 : p - 1]):
            return None
        verb = _LAST_WORD_BEFORE.search(para, max(0, p - 21), p - 1) if para[p - 1 : p] == " " else None
        if verb is not None and _any_reporting_verb().fullmatch(verb.group()) is not None:
            # `reviewer Chris Beveridge stated "The story …`: a verb of saying right before the mark
            # introduces the next quotation; the first one ended before the writer's sentence did.
            return None
        q = self.closing_mark(open_mark)
        if attributed:
            reason, confidence = "close the quotation where the next one opens (the next is speech with its attribution)", 0.8
        else:
            # (below the default: with no attribution, `a "war on Christianity. They go out … scream
            # "We're …` reads as well as two quotations cut in one; on real paragraphs it harmed every
            # close it made on tune pages, and repaired no dev case the attributed reading did not)
            reason, confidence = "close the quotation where the next one opens (the next is a sentence of speech)", 0.45
        if p >= 2 and para[p - 1] == " " and para[p - 2].isalnum():
            return _Close(p - 1, q, reason, confidence)
        if p >= 1 and para[p - 1].isalnum():
            return _Close(p, q + " ", reason, confidence)
        return None

    def close_before_coordinated(
        self, open_mark: _Mark, second: _Mark, following: Optional[_Mark]
    ) -> Optional[_Close]:
        """``“severe or “emergency” levels``, ``(“The Discovery, “The One I Love”)``: quotations side by side.

        A short quotation joined to the next by ``and``, ``or`` or a comma, the
        next one closed in its turn, lost its close before the joining word.  A
        comma's side of the mark is the text's own convention: with no other
        comma beside a closing mark to show it, the close is not made.
        """
        para = self.para
        if following is None or following.role == "O" or not self.opens_phrase(open_mark):
            return None
        later = [m for m in self.marks if m.pos > following.pos]
        if later and later[0].role != "O":
            return None  # “a “b” c”: nested, not side by side
        joined = _COORDINATED.fullmatch(para, open_mark.pos + 1, second.pos)
        if joined is None or not self.can_end_quotation(open_mark.pos, joined.end("body")):
            return None
        body = joined.group("body")
        pair = para[second.pos + 1 : following.pos]
        if " " in body and body[0].islower() and " " in pair.strip() and _TITLECASE.match(pair):
            # `should read “semisweet in the ingredients section and “In the top of …”`: quotations
            # joined side by side are parallel (two terms, two titles, two phrases).  A phrase of
            # several words opening in lower case beside several words opening on a capitalised word
            # (a sentence, a title) is not its pair, so the lost close may stand after any of its
            # words.  (A one-word quotation has one place to close; `“excise tax or “VAT.”` pairs
            # a phrase with a single term.)
            return None
        q = self.closing_mark(open_mark)
        word = joined.group("word")
        if word is not None:
            reason = f"close the quotation before ‘{word}’ and the next quotation it joins"
            return _Close(joined.end("body"), q, reason, 0.8)
        inside = _COMMA_INSIDE.search(para) is not None
        outside = _COMMA_OUTSIDE.search(para) is not None
        if inside == outside:
            return None  # which side of the comma the mark goes is the text's convention, and it shows none
        reason = "close the quotation before the comma and the next quotation in the list"
        if outside:
            return _Close(joined.end("body"), q, reason + " (the text puts commas outside)", 0.8)
        return _Close(joined.end("body") + 1, q, reason, 0.8)

    def close_before_parallel_clause(self, open_mark: _Mark, second: _Mark) -> Optional[_Close]:
        """``called it a “disgrace and said, “we …``: the writer's clause that opens the next quotation.

        A quotation opened mid-sentence, and the next one opened after ``and`` or ``but`` with a
        verb of saying or ``that`` (``and said, “``, ``but cautions that “``, ``and that “``): that
        clause is the writer's, joined to the sentence the first quotation stands in (inside it,
        the second would be a nested quotation in single marks), so the first closed before it.

        A semicolon between the first mark and the clause ends the writer's clause the first
        quotation stands in as a full stop would (``might “let their guard down when they see
        it; so if a writer comes along and says that “it``): the clause after it has a subject
        of its own (``a writer … says``), joined to nothing the quotation holds, and the lost
        close may stand anywhere before the semicolon.
        """
        para = self.para
        if not self.opens_phrase(open_mark):
            return None  # speech (`“I went up and said, “Talk`) may narrate its own saying
        clause = _parallel_clause().search(para, open_mark.pos + 1, second.pos)
        if clause is None and self.english:
            # `the epidemic “needs to be a dinner table conversation, adding “we need everyone on it.”`:
            # a participle of saying after a comma is the writer's clause introducing the next
            # quotation as `and said, “` is (its subject is the sentence's, outside both quotations).
            clause = _participle_clause().search(para, open_mark.pos + 1, second.pos)
        if clause is None or _SENTENCE_BREAK.search(para, open_mark.pos + 1, clause.start()) is not None:
            return None
        if ";" in para[open_mark.pos + 1 : clause.start()]:
            return None
        end = clause.start()
        if not self.can_end_quotation(open_mark.pos, end):
            return None
        q = self.closing_mark(open_mark)
        reason = f"close the quotation before ‘{clause.group().strip(', ')}’, the writer's clause that opens the next quotation"
        if clause.group().startswith(","):
            return self.after_punctuation(open_mark, end + 1, q, reason, 0.7)
        return _Close(end, q, reason, 0.7)

    def close_before_introducing_sentence(self, open_mark: _Mark, second: _Mark) -> Optional[_Close]:
        """``“It is hard,” York said. “You have to take yourself out of it. Smith agreed: “It’s …``.

        Speech is open when a second double mark opens, and the sentence right before that mark
        is the writer's own, introducing it: a speaker (``he``, ``she``, ``they`` or one to four
        capitalised words), at most one ``-ly`` adverb, a verb of saying, then a colon or a comma
        (``Smith agreed: “``, ``She added, “``).  A quotation inside speech is written in single
        marks, so the first quotation ended before that sentence: the lost close goes after the
        punctuation that ends the sentence before it.  Only speech (a quotation opened at the
        paragraph's start or after punctuation): a phrase opened mid-sentence may end anywhere.
        And only where the speech is one sentence, or its last sentence is in the speaker's voice
        (I, we, you): after sentences of the writer's narrative the close may stand earlier.
        """
        para = self.para
        if not self.english or not self.opens_speech(open_mark):
            return None
        intro = None
        for found in _INTRODUCING_SENTENCE.finditer(para, open_mark.pos + 1, second.pos, overlapped=True):
            if found.end() == second.pos:
                intro = found
        if intro is None:
            return None
        boundary = intro.end("stop")  # right after the stop that ends the speech
        if boundary <= open_mark.pos + 3 or not self.can_end_quotation(open_mark.pos, intro.start("stop")):
            return None
        breaks = list(_SENTENCE_BREAK.finditer(para, open_mark.pos + 1, intro.start("stop")))
        if breaks and not _SPEAKER_WORD.search(para, breaks[-1].end(), intro.start("stop")):
            # Several sentences, the last not in the speaker's voice (`They were both huge fans of
            # Vibe … to bring him back. They said, “Could we`): the writer's narrative may have
            # taken over sentences earlier, and the lost close may stand after any of them.
            return None
        q = self.closing_mark(open_mark)
        reason = (
            f"close the quotation before ‘{intro.group('sentence').strip()}’, the writer's sentence that"
            " introduces the next quotation, after the punctuation that ends it"
        )
        return _Close(boundary, q, reason, 0.8)

    def close_before_speaker_clause(self, open_mark: _Mark, second: _Mark) -> Optional[_Close]:
        """``“Oh, actually? Yes, he assures himself. “I didn’t sweat``: a short clause naming the
        speaker between the speech and the next quotation.

        Speech is open when a second double mark opens (inside speech a quotation takes single
        marks), and right before that mark stands the writer's short clause naming a speaker
        (``_speaker_clause``: ``he assures himself``, ``she sings``, ``comments Johnston in a
        statement``), set off by the punctuation that ends speech before it (a comma, ``?`` or
        ``!``) and by a comma or stop after it: the news convention of a quotation broken by its
        attribution, whatever the verb (verbs no list of saying holds).  The first quotation
        ended at that punctuation.  Only English speech (opened at the paragraph's start or after
        punctuation); a phrase opened mid-sentence may end anywhere.
        """
        para = self.para
        if not self.english or not self.opens_speech(open_mark):
            return None
        found = _OPEN_INTERRUPTING_CLAUSE.search(para, max(open_mark.pos + 1, second.pos - 70), second.pos)
        if found is None or not _speaker_clause(found.group("clause"), found.group("punct") == ","):
            return None
        punct = found.start("punct")
        if self.glued_around(punct + 1):
            return None  # `Yeshe`, `platformJack`: where the clause starts is unclear
        if punct <= open_mark.pos + 3 or not self.can_end_quotation(open_mark.pos, punct):
            return None
        if self.reattributed_far(open_mark, punct + 1, introduced_only=True):
            # (`…, said, “Mazel tov! As long as …, he said, “this is`: a quotation its attribution
            # introduced, run on past a sentence's end to a second clause, as close_before_clause
            # reads it.  Only the attribution right before the mark: after a sentence that merely
            # ends on a verb of saying, `… about which he says very little, but … . "I've been
            # totally replaced …, he says. "It's`, this reading's close was right on the tune material.)
            return None
        q = self.closing_mark(open_mark)
        reason = (
            f"close the quotation before ‘{found.group('clause').strip()}’, a short clause naming its speaker"
            " before the next quotation opens, after the punctuation that ends the speech"
        )
        return self.after_punctuation(open_mark, punct + 1, q, reason, 0.8)

    def opens_phrase(self, open_mark: _Mark) -> bool:
        """Whether a quotation opens mid-sentence or in a list: after a word, a comma or a bracket."""
        before = self.para[: open_mark.pos]
        return before.endswith((" ", "(")) and before.rstrip()[-1:] not in ".!?:"

    def close_as_quoted_elsewhere(self, open_mark: _Mark, limit: int) -> Optional[_Close]:
        """Close after the words the text quotes, and closes, elsewhere: ``the “Wild Rose soundtrack``.

        A title or a scare quote opened mid-sentence may end after any word; the same words
        quoted and closed elsewhere in the text (``“Wild Rose” is out on DVD``) say where.
        Only a quotation opened mid-sentence (speech may begin with a title's words), only one
        such phrase may fit, it must end at a word's end, and more text must follow it before
        ``limit`` (a quotation running to ``limit`` is the other readings' to judge).
        """
        para = self.para
        start = open_mark.pos + 1
        speech = self.opens_speech(open_mark)
        if speech and not (open_mark.pos == 0 and _TITLE_THEN_WORD.match(para, start)):
            return None  # speech (`said: “We will …`, a paragraph's opening) may begin with a title's words
        first = _FIRST_WORD.match(para, start, limit)
        if first is None:
            return None
        whole, tails = self.quoted_elsewhere()
        if speech:
            # `“Wild Rose is now on DVD.`: a paragraph opening on a title the text quotes whole
            # elsewhere, then a lower-case word, is a sentence about the title.
            title = _TITLE_THEN_WORD.match(para, start).group("title")
            if title not in whole.get(first.group(), ()) or self.next_opens is True or _SPEAKER_WORD.search(para, start):
                return None  # (speech carried on, or in the speaker's voice, `“Wild Rose is the film I …`, may open on a title)
            return _Close(start + len(title), self.closing_mark(open_mark), f"close the title ‘{title}’ that opens the paragraph, which the text quotes and closes elsewhere", 0.7)
        fitting = self.fitting_phrases(whole.get(first.group(), ()), start, limit)
        if fitting:
            # (`“Takin’ It to the Streets.` fits as the phrase with its stop and without: the longer one)
            fitting = [p for p in fitting if not any(q[:-1] == p and q[-1] in ".," for q in fitting)]
        if fitting == []:
            # (the last words of a longer quotation, `“U.S.-controlled bandit formations”`, only
            # where no whole one fits: `“irregular”` beside `“irregular channel”` stays a guess)
            fitting = self.fitting_phrases(tails.get(first.group(), ()), start, limit)
        if fitting == [] and limit == len(para) and para[start:] in whole.get(first.group(), ()):
            # `Use code "50OFF699`: the paragraph ends with the very words the text quotes and
            # closes elsewhere (no stop after them to take a side of): closed at its end.
            return _Close(limit, self.closing_mark(open_mark), f"close the quotation after ‘{para[start:]}’, which the text quotes and closes elsewhere, at the paragraph's end", 0.7)
        if fitting is None or len(fitting) != 1:
            return None  # none, or `“Wild` and `“Wild Rose` both: which one is a guess
        end = start + len(fitting[0])
        if not para[end:limit].strip() or para[end] in _ALL_QUOTES:
            return None
        if _written_plain(para, fitting[0]):
            # `means “ECMAScript as implemented by Mozilla and others then ECMAScript is the standard`:
            # a single word the paragraph also writes without marks is a term the writer quotes only
            # at times, so its marks elsewhere say little of where this quotation ends (on the tune
            # material 12 such closes of 17 were right, against every one of 47 otherwise).
            return None
        if _CAPITALIZED_RUN_GOES_ON.match(para, end - 1) is not None:
            # `“Forbes Asia.` beside `“Forbes”`, `"SHOULD NOT` beside `"SHOULD"`: a capitalised word
            # right after the phrase's capitalised last word carries the name on (`Forbes Life`,
            # `Forbes Asia`), so the phrase quoted elsewhere may be only the start of this one.
            return None
        if self.title_goes_on(fitting[0], end):
            return None
        if not open_mark.curly and self.in_code_comment(open_mark.pos):
            # `$foo.trigger( "eventName"); // Logs "eventName was called`: a quotation in the comment
            # after a line of code quotes the code's message or output, whose extent the phrase
            # quoted elsewhere (a string's value in the code) does not tell.  (The same page's
            # prose, `an "eventName property on the object`, is still closed.)
            return None
        if _NAME_JOINED_ON.match(para, end) is not None:
            # `"Jané Koos i-Size + iPlatform` beside `"Jané Koos i-Size"`: a `+` or `&` joins the
            # phrase to the next word into one name (a product and its add-on, `Tom & Jerry`).
            return None
        if para[end] in "/._-" and para[end + 1 : end + 2].isalnum():
            # `takes "text/html rather than "text" and …`: a sign with a word right after it (`/`, `.`,
            # `_`, `-`) joins the phrase to the next word into one token (a media type, a path, a
            # host), and a mark put inside a token glues itself to a word: the quotation is the
            # whole token or more, not the phrase quoted elsewhere.
            return None
        if _WORD_JOINED_ON.match(para, end) is not None:
            # `“Wähler/-in”, “WählerIn” oder gar “Wähler*in gar so schlecht` beside `“Wähler”`: a
            # gender star (or colon, middle dot) between a word's letters and lower-case letters
            # joins them into one word, as `/ . _ -` join a token above; a mark put there splits
            # the word (`“Wähler”*in`), and the quotation is at least the whole word.
            return None
        reason = f"close the quotation after ‘{fitting[0]}’, which the text quotes and closes elsewhere"
        if para[end] == "." and not self.period_outside and not self.period_inside():
            # `referred to as "User Content.`: the text shows no comma or stop inside a close nor a
            # stop outside one anywhere (legal text often keeps it outside, American news inside): a guess, left.
            return None
        if para[end] in ",.":
            # Which side of a comma or a stop the mark goes is the text's convention (`“DWTS.”`
            # in American usage, `“DWTS”.` in British): inside unless the text shows it outside.
            outside = self.punct_outside if para[end] == "," else self.period_outside
            if para[end] == "," and not outside and self.period_outside:
                # (`musical "Moulin Rouge", and in her new thriller "The Others".`: a stop outside a
                # close elsewhere is logical punctuation, which keeps a phrase's comma outside too;
                # a comma inside a close of speech, `there," he said`, is that usage's as well)
                outside = True
            if outside:
                reason += " (the text puts punctuation outside)"
            else:
                end += 1
        return _Close(end, self.closing_mark(open_mark), reason, 0.7)

    def in_code_comment(self, pos: int) -> bool:
        """Whether ``pos`` stands in a ``//`` comment after code that writes a straight-quoted
        string on the same line (``trigger( "x"); // Logs "x was called``)."""
        start = self.para.rfind("\n", 0, pos) + 1
        comment = self.para.rfind(" // ", start, pos)
        return comment > start and holds_string_literal(self.para, start, comment)

    def title_goes_on(self, phrase: str, end: int) -> bool:
        """Whether the title-cased ``phrase`` ending at ``end`` reads as the start of a longer title.

        ``The same goes for “Copy Clean Link to Highlight.`` beside ``“Copy Clean Link”``: title
        case leaves short words lower-case (``to``, ``of``, ``and``: data/en/title_small_words.txt),
        so a phrase of capitalised words, one of them and a capitalised word go on as one title
        (a menu's other item), and the phrase quoted elsewhere need not be this one.  A phrase
        that is no title (`the “Wild Rose soundtrack`) or a lower-case word after one that title
        case capitalises (`“Wild Rose was`) still ends where the text closes it elsewhere.
        Title case is English usage: in another language the phrase closes as before.
        """
        if not self.english:
            return False  # (German capitalises every noun: `“Deutschen Sprachpreis an Josef Kraus` is no title going on)
        small = word_list("en/title_small_words")
        words = phrase.split()
        if len(words) < 2 or not (_TITLE_WORD.fullmatch(words[0]) and _TITLE_WORD.fullmatch(words[-1])):
            return False
        if not all(_TITLE_WORD.fullmatch(w) or w in small for w in words):
            return False  # (`Songs of the Sea` is title case; `Wild rose hips` is not)
        m = _SMALL_WORD_THEN_CAPITAL.match(self.para, end)
        return m is not None and m.group("small") in small

    def fitting_phrases(self, phrases: Collection[str], start: int, limit: int) -> Optional[list[str]]:
        """The phrases the paragraph holds at ``start``, ending at a word's end before ``limit`` (None: too many to try)."""
        if len(phrases) > _PHRASES_PER_WORD:
            return None  # a text quoting that many things with one first word gives no evidence (and each try costs)
        para = self.para
        return [
            phrase
            for phrase in phrases
            if para.startswith(phrase, start)
            and start + len(phrase) < limit
            and not (para[start + len(phrase)].isalnum() and phrase[-1].isalnum())
            and para[start + len(phrase) :].strip()
        ]

    def close_whole_paragraph(self, open_mark: _Mark, para: str, continued: bool) -> Optional[_Close]:
        """Close a paragraph that is one short quotation with no stop (``“Alarming mortality rate``) at its end.

        A quoted heading, a pull quote, a title on a line of its own: the mark opens the
        paragraph and is its only one, the paragraph ends without a sentence's end, and the
        next paragraph exists and does not open with a mark (no quotation carried on), and no
        paragraph soon after closes a quotation it never opened (the heading's quotation runs on).
        """
        lead = len(self.para) - len(self.para.lstrip())
        if open_mark.pos != lead or len(self.marks) != 1 or continued or self.next_opens is not False or self.goes_on:
            return None
        if self.closed_later:
            # `"ARTICLE 17` / `The Turkish Party shall grant …` / `… shorter than two months."`: a
            # quoted document's heading whose quotation runs on over the paragraphs after it,
            # unreopened, and closes at the end of a later one.  The mark is that quotation's
            # opening, not a heading's lost close.
            return None
        inner = para[open_mark.pos + 1 :]
        if not inner[-1:].isalnum() or len(inner.split()) > _HEADING_WORDS or "\n" in inner:
            return None  # a colon, a comma, a dash at the end: the paragraph is cut, not finished
        if not self.can_end_quotation(open_mark.pos, len(para)):
            return None  # `… never sleeps, and`: a word no quotation ends with, cut short
        if _ASKED_INSIDE.search(inner):
            # `"Turkey and the EU: Just another enlargement? (.pdf) 2004. június`: a link's title
            # that asks, the file type and date after it.  A question or an exclamation with more
            # words after it is a sentence's end the quotation may close at as well as the line's:
            # where the close belongs is a guess, so none is inserted.
            return None
        if " " in inner.strip() and _UNSPACED_SCRIPT.search(inner):
            # Thai, Lao, Khmer and Burmese write no space between words: a space parts phrases,
            # and the quoted term may end at any of them (`“สัญลักษณ์ Q กับ…`, "and" after the
            # term), so the paragraph's end is a guess
            return None
        reason = "close a paragraph that is one quotation without a stop (a heading or a pull quote; the next paragraph does not carry it on)"
        return _Close(len(para), self.closing_mark(open_mark), reason, 0.5)

    def close_at_end(self, open_mark: _Mark, continued: bool) -> Optional[_Close]:
        """Close at the paragraph's end when the quotation evidently runs to it.

        Speech that opens the paragraph or follows ``said: “``, ``said, “`` or an
        attributed sentence, when the next paragraph exists and does not continue
        it (so the quotation ends in this one).  A title or scare quote opened
        mid-sentence gives no evidence of where it ends (``a “gas chamber.`` reads
        like a scare quote that lost its close earlier), nor does the end of a text.
        """
        para = self.para.rstrip()
        end = _SENTENCE_END_LAST.search(para)
        if end is None:
            return self.close_whole_paragraph(open_mark, para, continued)
        inner = para[open_mark.pos + 1 : end.start()]
        if _ATTRIBUTION_INSIDE.search(inner) or any(
            not _speakers_own_verb(inner, v) for v in _any_reporting_verb().finditer(inner)
        ):
            return None  # an attribution we could not place: the quotation may end before it
        if _QUESTION_THEN_LOWER.search(inner) is not None:
            # `Will you take it? and I handed the bills towards him.`: after a question or an
            # exclamation, a lower-case clause is the writer's narration taking over, so the lost
            # close most likely went after the mark, not at the paragraph's end.
            return None
        before = self.para[: open_mark.pos].rstrip()
        reason = (
            "close a quotation the paragraph leaves open (speech "
            + ("opening the paragraph" if not before else "introduced by ‘" + before[-30:].split(" ", 1)[-1] + "’")
            + " runs to its end; the next paragraph does not carry it on)"
        )
        q = self.closing_mark(open_mark)
        # (`saying “We …`: a verb of saying right before the mark introduces speech, as `said: “` does)
        mid_sentence = bool(before) and before[-1].isalnum() and not _saying_before(before)
        if mid_sentence:
            return None  # a title or scare quote: where it ends is anyone's guess
        if continued and self.next_attributed and before[-1:] in (".", "!", "?") and self.attributed_speech(before):
            # Speech attributed in a sentence of this paragraph (`“…,” he said. “…`), and the next
            # paragraph's quotation closes before an attribution of its own (`“…,” he said later.`):
            # a new quotation, not this one carried on.  (After `commented: "` the attribution at
            # the end of the next paragraph may be the same quotation's, written twice: left.)
            reason = reason.replace("the next paragraph does not carry it on", "the next paragraph opens a quotation with its own attribution")
        elif self.next_opens is None and self.previous_open is False and before and not self.goes_on:
            # The last paragraph of a text of several, its speech introduced in it: no paragraph
            # after it can carry the quotation on.  (A text of one paragraph, or a quotation opening
            # the last paragraph, may be a piece of a longer one: left.)
            reason = reason.replace("the next paragraph does not carry it on", "the text ends with it")
        elif (
            self.next_opens is True
            and not self.goes_on
            and _opens_other_quotation(self.next_line, self.para[open_mark.pos])
        ):
            # The next paragraph opens with a mark, but not to carry this speech on: a headline in
            # single marks after a double quotation, or a title closed before any punctuation of
            # speech (`“Wild Rose” is now available on DVD`).  This quotation ends in this paragraph.
            reason = reason.replace("the next paragraph does not carry it on", "the next paragraph opens a title, not this speech carried on")
        elif continued or self.next_opens is None or self.goes_on or self.closed_later:
            return None  # carried on (reopened, or closed a paragraph or two later), the text's end, or only a wrapped line's end
        lead = len(self.para) - len(self.para.lstrip())
        later_paragraph = bool(self.previous_open) and open_mark.pos == lead
        if later_paragraph and not self.next_is_prose:
            # A later paragraph of a quotation over several: boilerplate may stand between it and
            # the next one (`Advertisement`, a caption), so only a next paragraph of narrative prose
            # (below) says the quotation ends here.
            return None
        if before and not self.attributed_speech(before):
            return None  # speech opened mid-paragraph may end anywhere before the paragraph does
        if (before[-1:] in (":", ",") or _saying_before(before)) and len(inner.split()) < _FRAGMENT_WORDS and _SENTENCE_BREAK.search(inner) is None:
            # `the caption: "Welcome Jose.`: a fragment inside the writer's sentence, not a sentence
            # of speech.  British usage closes a fragment before its stop (`"Welcome Jose".`),
            # American usage after it: which side the lost close went is a guess.  (After a full
            # stop, `he said later. “Please.` is a sentence of its own: its stop goes inside.)
            return None
        if not before and not any(ch.isspace() for ch in inner):
            return None  # a one-word paragraph (`“Wow.`) may be a title; after `he said. ` it is speech (`“Please.`)
        if self.period_outside and (
            self.speech_period_outside
            or (_SENTENCE_BREAK.search(inner) is not None and not (self.speech_stop_inside and self.next_is_prose))
        ):
            # The text closes some quotations before the full stop: which side this one goes is a guess,
            # unless it closes its other paragraphs of speech inside the stop and the next paragraph
            # is the writer's prose (British usage: a fragment's stop outside, speech's inside).
            return None
        # One sentence of speech ends where the paragraph does; after several, the
        # quotation may have closed after any of them.  The next paragraph not carrying it
        # on says a close is missing here; a last sentence that reads as narrative (an
        # aside in brackets, a third party's doings) says it may be missing earlier.
        breaks = list(_SENTENCE_BREAK.finditer(inner))
        if breaks and not _SPEAKER_WORD.search(inner, breaks[-1].end()):
            last = breaks[-1].end()
            if (
                not self.english
                or _ASIDE.match(inner, last)
                or _NARRATIVE_OPENING.match(inner, last)
                or _narrative_run(inner, breaks)
            ):
                return _Close(len(para), q, reason + f", but after {len(breaks) + 1} sentences, the last one narrative, it may close earlier", 0.4)
            return _Close(len(para), q, reason + f", after {len(breaks) + 1} sentences with nothing else to close them", 0.5)
        if breaks:
            return _Close(len(para), q, reason + ", its last sentence in the speaker's voice", 0.55)
        return _Close(len(para), q, reason, 0.6)

    # -- doubled single marks --------------------------------------------------

    def doubled_singles(self) -> bool:
        """``‘‘So’’``, ````So''``, ``''So''``, ``,,So“``: a double mark typed as two single ones.

        Each pair becomes one double mark of the text's own style, only where the
        position says open or close and the pair matches a mark of the other role
        (another doubled pair or a real double mark) in a paragraph whose double
        marks alternate up to there.  Returns whether anything was found.
        """
        para = self.para
        if not any(len(m.group()) == 2 for m in _SINGLE_RUN.finditer(para)):
            return False
        marks: list[tuple[int, int, str, str]] = []  # start, end, glyph, role ("O", "C" or "?")
        previous_end = 0
        for found in _RUN_OR_DOUBLE.finditer(para):
            start, end, glyph = found.start(), found.end(), found.group()
            if len(glyph) > 2:
                continue  # '''bold''', ,,,: not a doubled mark
            # A single quotation opened since the last double mark may close at a ’’
            # after a possessive (`‘the players’’`): then the pair is not clearly a double mark.
            single_opened = any(_shape(para, m.start()) == "open" for m in _SINGLE_MARK.finditer(para, previous_end, start))
            previous_end = end
            if len(glyph) == 2:
                if glyph == RSQ + RSQ and single_opened:
                    return False
                if start > 0 and para[start - 1].isdigit():
                    return False  # 12'' is inches: a measure, and the marks around it are unclear
                if glyph == "''" and _on_code_line(para, start):
                    return False  # `?s.prop5:'');`: code's empty string, and its marks are code's
                # Read the pair as one straight mark standing where it stands.
                # (a few characters either side are all _shape looks at: a window keeps this linear)
                left = max(0, start - 3)
                shape = _shape(para[left:start] + '"' + para[end : end + 3], start - left)
                role = "O" if shape == "open" else "C" if shape in ("close", "spaced-close") else "?"
                if role == "?" and start > 0 and not para[start - 1].isspace():
                    if para[start - 1] in ",;:" and _kind_after(para, end - 1) in ("E", "P"):
                        role = "C"  # `unexplained,'' and`
                    elif para[end : end + 1] in ("\u2014", "\u2013"):
                        role = "C"  # `officer''—and`
                    elif _PARTICLE_SCRIPT.match(para, end) and _PARTICLE_SCRIPT.match(para, start - 1):
                        role = "C"  # Korean and Japanese particles follow a closing mark: `잘못인가요’’라거나`
                elif role == "?" and para[end : end + 1] == "\u2026":
                    role = "O"  # `‘‘…Dan`: a quotation that starts mid-speech
                padded = 0 < start and para[start - 1].isspace() and (end == len(para) or para[end].isspace())
                if role == "?" and padded and (glyph != "''" or _after_padded_opening(marks)):
                    # `‘‘ Wild Rose ’’`: either, if its partner is padded too.  Two straight
                    # marks standing alone say neither open nor close by their glyph, and prose
                    # about code names Python's empty string so (`a '' string literal`): they
                    # close only a padded mark whose glyph opens (`` Wild Rose '').
                    role = "P"
                if glyph == ",," and not para[end : end + 1].isalnum():
                    return False  # a low pair opens a word (,,So): anything else is punctuation
                if role == "?" or (role == "C" and glyph in (",,", "``")):
                    return False  # a low or grave pair only opens; a pair the position says nothing of stays
            elif glyph == '"' and start > 0 and para[start - 1].isdigit():
                continue  # 22" long: an inch mark
            else:
                shape = _shape(para, start)
                role = "O" if shape == "open" else "C" if shape in ("close", "spaced-close") else "?"
            marks.append((start, end, glyph, role))
        found_any = False
        open_at: Optional[tuple[int, int, str, str]] = None
        for k, mark in enumerate(marks):
            role = mark[3]
            if role in ("?", "P"):
                role = "C" if open_at is not None else "O"
                if mark[3] == "P" and open_at is not None and open_at[3] not in ("P", "?"):
                    break  # a padded close needs a padded opening: `‘‘ Wild Rose ’’`
                if mark[3] == "P" and role == "O" and not any(m[3] == "P" for m in marks[k + 1 : k + 2]):
                    break
            if role == "O":
                if open_at is not None:
                    break  # two openings in a row: the marks stop pairing plainly here
                open_at = mark
                continue
            if open_at is None:
                if k == 0 and len(mark[2]) == 1:
                    continue  # a quotation carried over from the paragraph before closes here
                break
            found_any |= self.double_pair(open_at, mark)
            open_at = None
        return found_any

    def double_pair(self, opening: tuple[int, int, str, str], closing: tuple[int, int, str, str]) -> bool:
        """Write a pair with a doubled single mark in it as the text's double marks."""
        o_glyph, c_glyph = opening[2], closing[2]
        if len(o_glyph) == 1 and len(c_glyph) == 1:
            return False
        real = o_glyph if len(o_glyph) == 1 else c_glyph if len(c_glyph) == 1 else None
        if real is not None:
            style = "straight" if real == '"' else "curly"
            evidence = "the mark it pairs with"
        elif self.double_style is not None:
            style, evidence = self.double_style, "the text's other double marks"
        else:
            style = "straight" if o_glyph == c_glyph == "''" else "curly"
            evidence = "the marks' own kind"
        low = o_glyph in (",,", "\u201e")
        if style == "straight":
            new_open, new_close = '"', '"'
        elif low or self.german:
            new_open, new_close = "\u201e", RDQ if self.polish else LDQ
        else:
            new_open, new_close = LDQ, RDQ
        reason = f"two single marks typed for a double quotation mark: its style from {evidence}"
        if len(o_glyph) == 2:
            self.add(opening[0], opening[1], new_open, reason)
        if len(c_glyph) == 2:
            self.add(closing[0], closing[1], new_close, reason)
        return True

    # -- apostrophes -----------------------------------------------------------

    def apostrophes(self) -> set[int]:
        """Turn marks typed for an apostrophe (‘ ` ´ ′) into one where the text shows it is one.

        Inside a word by its letters (``don‘t``, ``O‘Brien``; not ``Hawai‘i``); at the
        start of a word before digits or a known elided word (``‘90s``, ``‘em``,
        ``isn ‘t``) unless a single quotation closes later; at the end of an
        elided ``n`` (``rock ‘n` roll``) or a plural (``players´ union``) for the
        accents, which open no quotation.  Returns the positions repaired.
        """
        para = self.para
        taken: set[int] = set()
        for found in _LOOKALIKE.finditer(para):
            i, ch = found.start(), found.group()
            prev_letter = i > 0 and para[i - 1].isalpha()
            next_letter = i + 1 < len(para) and para[i + 1].isalpha()
            reason: Optional[str] = None
            if prev_letter and next_letter:
                reason = _apostrophe_in_word(para, i)
            elif not prev_letter and _kind_before(para, i) in ("S", "OP", "Q") and (elided := _elision().match(para, i + 1)):
                if (
                    (para[i + 1].isdigit() and _latin_follows(para, i + 1))
                    or elided.group().lower() in word_list("en/quote_elisions_unambiguous")
                    or not self.has_single_close(i + 1)
                ):
                    reason = f"the elision ’{elided.group()} takes an apostrophe, not an opening quotation mark"
            elif prev_letter and not next_letter and ch != LSQ and _kind_after(para, i) in ("E", "P"):
                # (a word-final ‘ is read with the single quotations: it closes one or is a possessive, ’ either way)
                word = _LETTERS_BEFORE.search(para, max(0, i - _LONGEST_WORD), i)
                assert word is not None  # a letter precedes
                if word.group().lower() == "n" and word.start() > 0 and (word.start() - 1 in taken or para[word.start() - 1] == RSQ):
                    reason = "the elision ’n’ takes an apostrophe"
                elif word.group().endswith("s") and len(word.group()) > 2 and not self.opens_before(i, ch):
                    reason = "a plural's possessive takes an apostrophe"
            if reason is not None:
                # ’ whatever the text's other apostrophes: a mistyped mark was meant typographic.
                self.add(i, i + 1, RSQ, reason)
                taken.add(i)
        for found in _RDQ_IN_WORD.finditer(para):
            i = found.start()
            if _contraction_mark(para, i):
                word = _LETTERS_BEFORE.search(para, max(0, i - _LONGEST_WORD), i)
                ending = _CONTRACTION_PAIR.match(para, i + 1)
                assert word is not None and ending is not None  # a letter precedes, an ending follows
                # Only a contraction the English lexicon knows: `I”ll` is `I’ll`; an unknown one is left.
                if word_zipf(f"{word.group()}'{ending.group()}".lower(), "en") >= _CONTRACTION_KNOWN_MIN:
                    self.add(i, i + 1, RSQ, f"a closing double mark typed for the apostrophe of {word.group()}’{ending.group()}")
                    taken.add(i)
        return taken

    def opens_before(self, i: int, mark: str) -> bool:
        """Whether ``mark`` opens a word before ``para[i]``: then it quotes (```word` ``), not elides."""
        first = _opening_accent(mark).search(self.para, 0, i)
        return first is not None

    # -- single marks ---------------------------------------------------------

    def singles(self) -> None:
        para = self.para
        pending: Optional[int] = None  # position of an open ‘ waiting for its close
        if not _SINGLE_CANDIDATE.search(para):
            return  # apostrophes inside and at the end of words only: nothing opens
        for found in _SINGLE_OR_DOUBLE.finditer(para):
            i, ch = found.start(), found.group()
            if i in self.taken:
                continue  # an apostrophe, not a quotation mark
            if ch == LSQ:
                shape = _shape(para, i)
                if shape in ("close", "spaced-close") and _kind_before(para, i) != "Q":
                    self.add(i, i + 1, RSQ, "turn a closing single quotation mark the right way")
                    self.close_single(pending, i)
                    pending = None
                elif _kind_before(para, i) == "W" and _kind_after(para, i) == "W":
                    continue  # Hawai‘i: an ʻokina written as ‘
                elif pending is not None and _kind_before(para, i) == "S" and _kind_after(para, i) == "E":
                    self.add(i, i + 1, RSQ, "turn a closing single quotation mark the right way (marks alternate)")
                    self.close_single(pending, i)
                    pending = None
                elif pending is not None and para[i - 1] in ",;:" + _SENTENCE_END and _kind_after(para, i) in ("E", "P", "Q"):
                    # `‘Nellie Wall,‘ but`, `you know?‘”`: after punctuation, with a quotation open, it closes.
                    self.add(i, i + 1, RSQ, "turn a closing single quotation mark the right way (one is open)")
                    pending = None
                else:
                    pending = i
            elif ch == RSQ:
                before, after = _kind_before(para, i), _kind_after(para, i)
                if before == "W" and after == "W":
                    continue  # an apostrophe inside a word
                shape = _shape(para, i)
                if before in ("S", "OP", "Q") and after == "W":
                    if _elision().match(para, i + 1) or pending is not None:
                        continue
                    if self.has_single_close(i + 1):
                        self.add(i, i + 1, LSQ, "turn an opening single quotation mark the right way")
                        pending = i
                elif pending is not None and (shape in ("close", "spaced-close") or (before == "S" and after == "E")):
                    self.close_single(pending, i)
                    pending = None
            elif ch in (LDQ, RDQ, '"'):
                pending = None  # a single quotation does not cross a double mark

    def has_single_close(self, start: int) -> bool:
        para = self.para
        for j in range(start, len(para)):
            ch = para[j]
            if ch == LSQ and 0 < j < len(para) - 1 and para[j - 1].isalpha() and para[j + 1].isalpha():
                continue  # a mark inside a word (don‘t, Hawai‘i) closes nothing
            if ch == LSQ:
                # a turned-round close counts as the close it will become
                return _shape(para, j) in ("close", "spaced-close") and _kind_before(para, j) != "Q"
            if ch in (LDQ, RDQ, '"'):
                return False
            if ch == RSQ:
                before, after = _kind_before(para, j), _kind_after(para, j)
                if before == "W" and after == "W" and not _PARTICLE_SCRIPT.match(para, j + 1):
                    continue
                if before in ("S", "OP") and after == "W" and _elision().match(para, j + 1):
                    continue  # ’90s, ’em: an apostrophe opens nothing
                if before in ("W", "P", "Q") and (after in ("E", "P", "Q") or _PARTICLE_SCRIPT.match(para, j + 1)):
                    return True
                return False
        return False

    def inside_unclosed_double(self, start: int, end: int) -> bool:
        """Whether ``start``..``end`` lies inside a double quotation the paragraph never closes."""
        para = self.para
        if any(mark in para[end:] for mark in "\u201c\u201d\""):
            return False
        last = max(para.rfind(mark, 0, start) for mark in "\u201c\u201d\"")
        # (the nearest double mark before it opens: `“It was … ‘ this …’` with nothing after)
        return last >= 0 and (para[last] == LDQ or (para[last] == '"' and _shape(para, last) == "open"))

    def close_single(self, pending: Optional[int], close: int) -> None:
        """A single quotation from ``pending`` to ``close`` is complete: drop a space just inside one end."""
        if pending is None or close - pending < 3:
            return
        para = self.para
        inner_open = para[pending + 1] == " "
        inner_close = para[close - 1] == " "
        if (inner_open and para[pending + 2].isspace()) or (inner_close and para[close - 2].isspace()):
            return
        if (inner_open or inner_close) and self.inside_unclosed_double(pending, close):
            # `experience: “It was a feeling of ‘ this is the song.’` (the outer ” lost): with the
            # outer quotation's end gone, which marks close what is unclear, and the text reads
            # the same with the outer close in place (`.’”`), where the space is left: so it is here.
            return
        if inner_open and not inner_close:
            self.add(pending + 1, pending + 2, "", "remove a space just inside a quotation")
        elif inner_close and not inner_open:
            self.add(close - 1, close, "", "remove a space just inside a quotation")
