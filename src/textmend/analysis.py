"""Shared text analysis: the questions several normalizers ask of one text, each answered once.

Normalizers that answer the same question differently produce repairs that undo
each other, so the answers live here, written once:

* :func:`code_line`: does a line read as program code, markup or a change log
  (nothing on it is prose to repair);
* :func:`holds_string_literal`: does a line quote strings the way code does
  (``print(" hi")``, ``{"k": " v"}``), so a straight quotation mark there is a
  literal's, its spaces deliberate;
* :func:`dated_header_starts`: where a line names a comment's writer before its date, in a
  list of comments (``lightheartedmom August 11, 2008``), so the name stays as typed;
* :meth:`TextFacts.line_opening` and :meth:`TextFacts.opens_line`: where a line's first
  token starts past a list item's marker, and how the line before ends (a wrap, or a
  block's end), so a token heading a list's line (``- poweroff``, ``peterme YmHg``) is read
  the same by every rule that asks;
* :func:`starts_sentence`: is a capital at a position explained by a sentence or
  line start;
* :meth:`TextFacts.in_open_quotation`: is a position inside a double quotation
  opened earlier on its line;
* :meth:`TextFacts.in_code`: the code verdict of the line holding a position,
  memoised per line, a listing's line without marks of its own counted in
  (:meth:`TextFacts.in_listing`);
* :meth:`TextFacts.code_marked`: the same, by two marks of code (not by
  indentation, which extractors give prose too, nor by one operator in a sentence);
* :meth:`TextFacts.in_inline_code`: is a position inside a span of code written in a line of
  prose, by the span's own characters and what the text writes elsewhere (a string literal
  with its prefix, ``b"secret"``; a query's field glued to its value, ``tag:inbox``, where the
  text glues that field to other values too and never spaces it), so no stage spaces or
  rejoins it;
* :func:`letter_marks`: which quotation marks a text writes as letters of its words
  (a page in one code page declared as another: ``Wortsch”pfung`` for Wortschöpfung);
* :meth:`TextFacts.dotted_heads`: which lower-case words the text glues by a dot to
  capitalized words, to which and how often (``reflect.Value``, ``reflect.Type``: a
  qualifier, the package or module a name is written in);
* :func:`reads_as_specification`: does the whole text read as a specification
  or grammar (``name = "(" *DIGIT / other``), so its quoted literals, colons and
  ``;`` comments are written as the standard needs them;
* word frequencies: :func:`textmend.lexicon.word_zipf` (one cached lookup).

:class:`TextFacts` holds the answers about one text, each computed on first
need; :func:`text_facts` returns the one for a text from a small cache keyed by
the text's identity, so the stages of a pipeline that see the same string share
them.  When a pipeline runs a stage again on a window around a later change,
:func:`reading` links the window's facts to its document's, so what the whole
text says (and what a stage keeps with :meth:`TextFacts.memo`) is the
document's answer, gathered once, not the window's.  Data flows one way: the facts read the text and nothing else, and never
depend on a language or a normalizer's options.

>>> facts = text_facts('He said "it works".\\n    x = f() + 1')
>>> facts.in_code(0), facts.in_code(25)
(False, True)
>>> facts.in_open_quotation(10), facts.in_open_quotation(19)
(True, False)
"""

from __future__ import annotations

import logging
import re
import threading
from bisect import bisect_left, bisect_right
from collections import Counter, OrderedDict
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from itertools import accumulate, repeat
from operator import add, itemgetter
from typing import Callable, Iterator, NamedTuple

import regex

from ._lazy import LazyPattern

_log = logging.getLogger("textmend")

__all__ = [
    "LineOpening", "TextFacts", "code_line", "comment_header_starts", "dated_header_starts", "holds_string_literal", "letter_marks",
    "reads_as_specification",
    "note_never_text", "post_line_starts", "reading", "starts_sentence", "text_facts",
]

# Marks of code, markup or a change log on a line: inline code in backticks, calls,
# braces, comparisons and assignments, scope and arrow operators, a statement's
# closing semicolon, ``self.name``, definitions and imports, a change log's "* name (" item.
# A lone backtick is no mark of code: scraped prose types it for an opening quotation
# mark ("go, `We have a great writer").
# ``self.`` counts only as attribute access (``self.name``), not as a sentence ending in "self.".
# Every alternative opens with a literal character (what comes before is checked behind
# it: ``\w()`` as ``()`` after a word character), so the engine tries few of them at most
# positions: a third of the time either of the two detectors it replaces took.
# Script and style text extractors leave in a page (issue 13) add their own marks: a CSS
# declaration written tight and followed by another (``border:none; overflow:hidden``; prose
# spaces its colons, and a lower-case letter before the colon keeps times out), a call on a
# call's result (``$('a').prepend(``), ``function(``, a tight ``var x=``, and a statement's
# ``;`` before a carriage return (``\r\n`` lines).  A markup tag or a spaced style
# declaration is no such mark: extractors leave them inside prose paragraphs
# (``... Hauptdomains <a href="...">``, a ``<span style="width: 0px;">`` in a lede).
#: The marks of ``_CODE_LINE``, in its order of alternatives: (pattern, substrings one of
#: which every match of the pattern holds, whether the pattern opens at a line start).
#: ``code_line`` asks only whether some mark is on the line, and one scan of all of them
#: reads scraped text's long lines at a few MB/s (every position tries most alternatives);
#: a mark whose substrings the line does not hold cannot match there, and a substring test
#: is a scan in C, so each pattern runs only where its substring is (issue 16).
_CODE_MARKS: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    (r"`[^`\s][^`\n]*`", ("`",), False),
    (r"==|!=|->|=>|::|&&|\|\|", ("==", "!=", "->", "=>", "::", "&&", "||"), False),
    (r"=(?<=[^\S\n]=)\s", ("=",), False),
    # Go's and Pascal's declaration ``c := make(...)`` (prose writes no ``:=``), and markup written
    # inside a string, its attribute's quotation mark escaped (``CODE=\"App.class\"``): a
    # backslash before a mark is no prose's.
    (r":=(?<=[ \t]:=)[ \t]", (":=",), False),
    (r"=\\\"", ('=\\"',), False),
    (r"[{}]", ("{", "}"), False),
    (r";[ \t\r]*$", (";",), False),
    (r"\(\)(?<=\w\(\))", ("()",), False),
    (r"self\.(?<=\bself\.)[a-z_]", ("self.",), False),
    (r"def (?<=\bdef )\w+\(", ("def ",), False),
    (r"\"\s*:\s*\"", ('"',), False),
    (r":(?<=(?<![\w-])[a-z][a-z-]+:)[#\w.%!(),/-]+;[ \t]?[a-z][a-z-]+:[ \t]?[#\w]", (":",), False),
    (r"\)\.[A-Za-z_$][\w$]*\(", (").",), False),
    (r"function\((?<=\bfunction\()", ("function(",), False),
    (r"var (?<=\bvar )[A-Za-z_$][\w$]*=", ("var ",), False),
    (r"^[ \t]*(?:class \w+[(:]|from [\w.]+ import \w|import [\w.]+[ \t]*$)", ("class ", "import "), True),
    (r"^\s*[*-] [\w.]+ \(", ("* ", "- "), True),
    # Verbatim tool output: a log line opening with a time stamp to the millisecond (prose
    # writes no milliseconds; ``10-25 17:12:11.001 24358 24358 W dex2oat : /system/bin/…``), a
    # command's long option with its value (``--instruction-set=x86``).
    (r"^[ \t]*(?:\d{2,4}[-/.]\d{2}(?:[-/.]\d{2,4})?[ \tT]+)?\d{1,2}:\d{2}:\d{2}[.,]\d{3}(?!\d)", (":",), True),
    (r"--(?<=[ \t]--)[a-z][\w-]*=[^\s,;]", ("--",), False),
)
_CODE_LINE = regex.compile("|".join(pattern for pattern, _, _ in _CODE_MARKS), flags=regex.MULTILINE)
# The same marks one by one: (substrings, the pattern alone, whether it opens at a line start).
_CODE_MARK_TESTS = tuple(
    (needles, regex.compile(pattern, flags=regex.MULTILINE), at_line_start)
    for pattern, needles, at_line_start in _CODE_MARKS
)
# An indented line is a code block's, unless it reads as prose: extractors indent
# whole paragraphs of running text ("        A row involving Taylor Swift ...").
_INDENTED = LazyPattern(regex.compile, r"(?: {4}|\t)[ \t]*\S")
_PROSE_RUN = regex.compile(r"\p{L}{2,}(?:[,;]? \p{L}+){5}")
# A listing's line may bear no mark of its own (``chr(0x27) .``, a PHP concatenation going on
# from the line before): a line with not even three words in a row whose nearest lines above
# and below both bear marks of code is the listing's too.  A line of prose between two
# listings has its words in a row, however short it is (``In GBK , 0xbf27 is not valid``, a
# forum's title ``Forums Template Toolkit : News``).  Blank lines between are skipped, this
# many at most (extractors space a <pre> block's lines out with one).
_LISTING_GAP = 2
_WORDS_IN_A_ROW = regex.compile(r"\p{L}{2,}(?:[,;]? \p{L}+){2}")
# A straight quotation mark as code writes a string: after ``=``, an opening
# bracket or a call, or a JSON key's colon before a value.
_STRING_LITERAL = LazyPattern(regex.compile, r'[=(\[{]\s*"|"\s*:\s*["\d\[{]|\w\("')

# A grammar rule's definition as specifications write them (ABNF and its kin): a rule name,
# ``=`` (or ``=/``, ``::=``) spaced on both sides (markup's ``name="x"`` is not), then a
# grammar element: a quoted literal, an option or group bracket, a repetition (``*``,
# ``1*2DIGIT``), a numeric value (``%d33``) or a name an alternation ``/`` follows.  The
# name is read whole ((?<![\w-])).
_RULE_DEFINITION = LazyPattern(regex.compile,
    r"(?<![\w-])([A-Za-z][\w-]*)[ \t]+(?:::=|=/?)[ \t]+"
    r"(?:\"|\[|\(|\d*\*|%[dxb]\d|[A-Za-z][\w-]*[ \t]*/[ \t])"
)
# The operators only a grammar writes: numeric values (``%d33-39``), repetitions of a rule,
# a group or a literal (``*DIGIT``, ``1*2DIGIT``, ``*(``; arithmetic's ``a * b`` is spaced),
# alternatives between quoted literals (``"Mon" / "Tue"``).
_GRAMMAR_OPERATOR = LazyPattern(regex.compile, r'%[dxb]\d|(?<![\w*])\d*\*\d*(?:[A-Z]{2,}|[(\["])|"[^"\s]*"[ \t]*/[ \t]*"')
# Distinct rule names, and grammar operators, that make a text a specification: a blog post
# assigns a value or two (``x = (a + b)``); a grammar defines many rules with its own operators.
_SPECIFICATION_RULES = 5
_SPECIFICATION_OPERATORS = 5

# Sentence starts: marks that may open a sentence before its first word, marks
# that may close the one before after its stop, and the stops themselves.
_SENTENCE_OPENERS = "\"“‘'([«¿¡—–-"
_SENTENCE_CLOSERS = "\"”’')]»"
_SENTENCE_STOPS = ".!?…:"
_SENTENCE_SPACES = " \t\u00a0"
_MAX_LEAD = 8  # openers and spaces between a stop (or line start) and the word
_MAX_CLOSERS = 4  # closing marks between the stop and those

# Double quotation marks and the line breaks that reset them.
_QUOTE_MARK = LazyPattern(regex.compile, r"[\"“”\n]")

# A quotation mark written inside a word: a letter before it, a lower-case letter after it,
# no space either side.  Only the curly, low and angle marks and the opening single mark:
# they are the characters a page in one code page read as another shows for its letters
# (code page 850 read as Windows-1252: ö as ”, ä as „, ô as “, æ as ‘); the straight mark
# is ASCII, never a misread letter, and ’ is an apostrophe inside words anyway.
_MARK_IN_WORD = LazyPattern(regex.compile, r"(?<=\p{L})[“”„«»‘](?=\p{Ll})")
# The same between two lower-case letters, with the word around it: the evidence counted.
_MARK_IN_LOWER_WORD = LazyPattern(regex.compile, r"\p{L}*\p{Ll}([“”„«»‘])\p{Ll}\p{L}*")
_DOUBLE_MARK = LazyPattern(regex.compile, r"[\"\u201c\u201d\u201e]")  # a double mark of any shape
_ANY_QUOTE_MARK = LazyPattern(regex.compile, r"[\"“”„«»‘’‚‹›]")
#: Distinct words a mark must sit inside before the text counts it as one of its letters:
#: one or two are a typing slip or an extractor's lost space (``the”best”way``); a page
#: misread in another code page puts its ö or ä in dozens of words.
LETTER_MARK_WORDS = 3
# A lower-case word glued by a dot to a capitalized word, both whole (``reflect.Value``,
# ``(image.ColorModel)``; not ``a.b.Name``, ``1.5Gb``), and the same word ending a sentence
# spaced off the next (``reflect. The``).  Both are found from the dot, the word before it read
# by a look-behind (speed29): the engine then skips to each dot of the text in C, where a
# pattern opening with the word was tried at every character (16-18 times slower on extractor
# output).  ``findall`` gives the same list: the word must be the whole run of letters, digits
# and underscores before the dot (a shorter one is preceded by one of them, which the inner
# look-behind refuses), and no match can reach into the next one's word (a word is preceded
# by none of the characters a match ends on), so the matches neither overlap nor move.
# (tests/test_speed_dotted_heads.py compares both forms on generated text.)
_HEAD_BEFORE_DOT = r"(?<=(?<![\p{L}\p{N}\p{M}._])(\p{Ll}[\p{Ll}\p{N}_]*))\."
_DOTTED_HEAD = LazyPattern(regex.compile,
    _HEAD_BEFORE_DOT + r"(\p{Lu}[\p{L}\p{N}_]*)(?![\p{L}\p{N}\p{M}_]|\.[\p{L}\p{N}])")
_SPACED_HEAD = LazyPattern(regex.compile, _HEAD_BEFORE_DOT + r"[ \t]+\p{Lu}")
# Inline code in a line of prose (TextFacts.in_inline_code), read by its characters:
# * a string literal with its prefix (Python's bytes, raw, format and unicode strings:
#   ``b"secret"``, ``r'\d+'``, ``rb"..."``): one or two prefix letters glued to a straight mark,
#   the literal closed by the same mark within the token (no space inside, nothing but a
#   closing bracket or a mark of punctuation after it).  Prose glues no lone ``b`` or ``r`` to a
#   quotation; a reference's backlinks (``^ a b"The Go Memory Model"``) quote a title with
#   spaces, which the token cannot hold.
_PREFIXED_LITERAL = LazyPattern(regex.compile,
    r"(?<![\w$@#'\"\\])(?:[bBrRuUfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])(?P<mark>[\"'])"
    r"[^\s\"'\\]*(?P=mark)(?=[\s,;:.)\]}]|$)")
# * a field of a query or a scheme glued to its value (``tag:inbox``, ``is:unread``,
#   ``from:alice``): a lower-case ASCII name, a colon, a lower-case letter or a digit, then ASCII
#   letters, digits and ``_*/+-.`` (no other script: ``foo:findAggregatorに対して`` ends at the
#   ASCII), the whole token (a URL's ``http://`` or a time's ``10:30`` is read elsewhere).  One such pair is prose
#   as often as code (a writer's ``sweaty:this``, an extractor's glued label); a field the text
#   glues to QUERY_FIELD_VALUES distinct values or more, and never writes spaced before a word
#   (``tag: inbox``), is its notation: a search language's field, a namespace.
_FIELD_VALUE = LazyPattern(regex.compile,
    r"(?<![\w:/.@#%&=?+-])([a-z][a-z0-9_-]*[a-z0-9]):([a-z0-9](?:[A-Za-z0-9_*/+-]|\.(?=[A-Za-z0-9_]))*+)(?![\w:/@])")
_FIELD_SPACED = LazyPattern(regex.compile, r"(?<![\w:/.@-])([a-z][a-z0-9_-]*[a-z0-9]):[ \t]+[\w\"'(]")
QUERY_FIELD_VALUES = 2  # distinct values a field is glued to before it reads as notation
SENTENCE_WORD_ZIPF = 6.0  # an English word this frequent after a glued colon opens a sentence ("the", "this", "we")


def _sentence_word(value: str) -> bool:
    """Whether ``value`` (a value glued after a field's colon) is a word as frequent as English's
    function words: what a writer's glued colon is followed by, not a query's value."""
    from .lexicon import word_zipf

    return value.isalpha() and word_zipf(value, "en") >= SENTENCE_WORD_ZIPF
QUALIFIER_NAMES = 2  # distinct names a word qualifies (TextFacts.qualifiers)
QUALIFIERS_IN_TEXT = 3  # qualifiers that make a text one about an API's names
_CACHE_SIZE = 4  # texts whose facts are kept: the stages of one pipeline run on one text


def code_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, one line, reads as code or a change log rather than prose.

    A mark of code anywhere on it (a call, braces, an operator, an import, inline
    code in backticks), or an indentation without a run of prose.  Identifiers
    there are words run together on purpose (``getline``) and dots are attribute
    access (``os.path``).  A lone backtick is prose typing it for a quotation mark.
    Script and style text an extractor kept counts too: tight CSS declarations
    one after another, a call on a call's result, ``function(``, ``var x=``.  A
    markup tag alone does not: extractors leave links inside prose paragraphs.

    >>> line = "    for line in sys.stdin: print(line.strip())"
    >>> code_line(line, 0, len(line))
    True
    >>> line = "    A row involving Taylor Swift, her label and the band"
    >>> code_line(line, 0, len(line))
    False
    >>> line = "You needed to go, `We have a great writer'"
    >>> code_line(line, 0, len(line))
    False
    >>> line = "$('a.tip').before('<i style=border:none;overflow:hidden>')"
    >>> code_line(line, 0, len(line))
    True
    >>> line = "Note: the vote was close; critics: many."
    >>> code_line(line, 0, len(line))
    False
    >>> line = "10-25 17:12:11.001 24358 24358 W dex2oat : /system/bin/dex2oat --runtime-arg -Xms64m"
    >>> code_line(line, 0, len(line))
    True
    >>> line = "The race ended at 17:12:11 and the winner, at 2:01:39, set a record."
    >>> code_line(line, 0, len(line))
    False
    """
    return _holds_code_mark(text, start, end) or (
        _INDENTED.match(text, start, end) is not None and _PROSE_RUN.search(text, start, end) is None
    )


def _holds_code_mark(text: str, start: int, end: int) -> bool:
    """``_CODE_LINE.search(text, start, end) is not None``, each mark tried only where its
    substrings are (a line of prose holds few of them), the ones that open at a line start
    tried at the line starts alone."""
    line_starts: list[int] | None = None
    for needles, pattern, at_line_start in _CODE_MARK_TESTS:
        for needle in needles:
            if text.find(needle, start, end) >= 0:
                break
        else:
            continue
        if not at_line_start:
            if pattern.search(text, start, end) is not None:
                return True
            continue
        if line_starts is None:
            # Where ``^`` holds in text[start:end] (MULTILINE: the text's start and after
            # each line break): a search would try every position of the line.
            line_starts = [start] if start == 0 or text[start - 1] == "\n" else []
            at = text.find("\n", start, end)
            while at >= 0:
                line_starts.append(at + 1)
                at = text.find("\n", at + 1, end)
        for at in line_starts:
            if pattern.match(text, at, end) is not None:
                return True
    return False


def holds_string_literal(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` writes straight-quoted strings as code does.

    There a space just inside the marks belongs to the string (``print(" hello")``).
    Quotations in prose open after a space or a dash, not after ``=``, a bracket or a call.

    >>> holds_string_literal('print(" hello")'), holds_string_literal('{"key": " value"}')
    (True, True)
    >>> holds_string_literal('He said " hello" and left.')
    False
    """
    return _STRING_LITERAL.search(text, start, len(text) if end is None else end) is not None


def reads_as_specification(text: str) -> bool:
    """Whether ``text`` reads as a specification or grammar: many distinct rules defined in it.

    There the document's own notation is written on purpose: a straight-quoted literal
    keeps its spaces (``"Re: "``), ``;`` opens a grammar comment, a header written
    ``To:A Group`` is an example.  Every repair in such a text needs more than
    the usual evidence.

    >>> grammar = 'date = day month year\\nyear = 4*DIGIT / obs-year\\nday = ([FWS] 1*2DIGIT)\\n'
    >>> grammar += 'month = "Jan" / "Feb"\\nzone = (%d43 / "-") 4DIGIT\\nminute = *WSP / obs-minute\\n'
    >>> reads_as_specification(grammar)
    True
    >>> reads_as_specification('He set x = "a" and y = (b + c), as before.')
    False
    """
    if "=" not in text:
        return False  # most texts: no rule can be defined, nothing to scan
    names: set[str] = set()
    for m in _RULE_DEFINITION.finditer(text):
        names.add(m.group(1).lower())
        if len(names) >= _SPECIFICATION_RULES:
            break
    else:
        return False
    operators = 0
    for _ in _GRAMMAR_OPERATOR.finditer(text):
        operators += 1
        if operators >= _SPECIFICATION_OPERATORS:
            return True
    return False


# A line that holds one token and a date after it, "<name> August 11, 2008": a comment's header in
# a list of comments. A sentence would go on after the date; the comment's number may stand
# before the name and the hour after the date ("186 <name> December 13, 2011 at 1:35 pm").
# Blogs set the name off from the date too: by a dash or a bar ("<name> — February 28, 2012
# @ 5:45 pm", "<name> | March 3, 2014"), or by "on" ("<name> on May 2, 2011 at 3:42 am"); with
# a dash or a bar the name may be up to four tokens ("Magic of Spice — ..."), since the mark,
# not the line's shortness, shows where the name ends; before "on" one token only, as before
# a bare date (a sentence ending "... met on May 3, 2012" has more words before its "on").
_DATED_HEADER = (
    r"[ \t]*(?:\d{1,4}\.?[ \t]+)?\K[^\s]+(?=(?:(?:[ \t]+[^\s]+){0,3}?[ \t]+(?:[\u2014\u2013|]|--?)|[ \t]+on)?"
    r"[ \t]+(?P<month>\p{L}+)\.?[ \t]+\d{1,2},?[ \t]+\d{4}"
    r"(?:,?[ \t]+(?:at|@|[\u2014\u2013-])[ \t]+\d{1,2}:\d{2}(?:[ \t]*[ap]\.?m\.?)?)?[ \t]*\r?$)"
)
_DATED_HEADER_LINE = LazyPattern(regex.compile, "^" + _DATED_HEADER, regex.M)
# The same after a line break: a pattern opening with a literal character is searched in C,
# one opening with ``^`` tries every position of a long line (four times the time, issue 16).
# A header takes one line and its match ends on it, so the lines are read one by one either way.
_DATED_HEADER_AFTER_BREAK = LazyPattern(regex.compile, "\n" + _DATED_HEADER, regex.M)
_DATED_HEADERS_MIN = 3  # header lines that make a list of comments
# What every header line holds: a day and a year (``11, 2008``), on one line.  A text with
# fewer than _DATED_HEADERS_MIN of them holds fewer header lines, and is not read line by line
# (one search in C over a news article, where the header pattern tries every line break).
_DAY_AND_YEAR = LazyPattern(regex.compile, r"\d,?[ \t]+\d{4}")


@lru_cache(maxsize=8)
def dated_header_starts(text: str, months: frozenset[str]) -> frozenset[int]:
    r"""Where a token opens a line that holds nothing else but a date after it (``lightheartedmom
    August 11, 2008``, ``Mrs.Sound August 13, 2008``), or a name set off from the date by a dash, a
    bar or ``on`` (``carolinaheartstrings — February 28, 2012 @ 5:45 pm``, ``ann on May 2, 2011``),
    when the text has three such lines or more:
    a list of comments, each under its writer's name as the writer typed it.  ``months``: the
    lower-case month names of the text's language.  One or two such lines are no list, and a token
    at the start of a line that goes on is judged as anywhere else.

    >>> text = "Ann August 1, 2008\nHi.\nbobsmith August 2, 2008\nYes.\nCy May 3, 2009\nNo."
    >>> sorted(dated_header_starts(text, frozenset({"august", "may"})))
    [0, 23, 52]
    >>> text = "1 Ann May 1, 2011 at 3:42 am\nHi.\n2 bobsmith May 1, 2011 at 4:35 pm\nYes.\n3 Cy May 2, 2011\n"
    >>> sorted(dated_header_starts(text, frozenset({"may"})))
    [2, 35, 74]
    >>> text = "Magic of Spice — Feb. 28, 2012 @ 9:20 am\nYum\nann — Feb. 28, 2012\nHi\nbob | Feb. 29, 2012\n"
    >>> sorted(dated_header_starts(text, frozenset({"feb"})))
    [0, 45, 68]
    >>> dated_header_starts("inthe August 2, 2008\nissue", frozenset({"august"}))
    frozenset()
    """
    if not months or not _at_least(_DAY_AND_YEAR.finditer(text), _DATED_HEADERS_MIN):
        return frozenset()
    found = _dated_headers(text, months)
    return frozenset(found) if len(found) >= _DATED_HEADERS_MIN else frozenset()


# A line that holds a name of one to three tokens and a reporting verb, nothing else: a
# comment's header ("Project:Lorna says", "JUDY says", "Mrs.Sound wrote:").
_SAYS_HEADER_LINE = LazyPattern(regex.compile,
    r"^[ \t]*\K[^\s]+(?=(?:[ \t]+[^\s]+){0,2}[ \t]+(?:says|said|wrote|writes):?[ \t]*\r?$)",
    regex.M,
)
_SAYS_HEADERS_MIN = 2  # header lines that make a list of comments
# Where every such header line ends: its verb.  Fewer line ends of this shape than
# _SAYS_HEADERS_MIN, fewer headers: the header pattern (which tries every position of
# the text, ``^`` in MULTILINE) is not asked.  News prose says "said" on most lines,
# almost never at a line's end.
_SAYS_LINE_END = LazyPattern(regex.compile, r"(?:says|said|wrote|writes):?[ \t]*\r?$", regex.M)


@lru_cache(maxsize=8)
def comment_header_starts(text: str) -> frozenset[int]:
    r"""Where a token opens a line that holds nothing but a name and ``says`` (or ``wrote``),
    when the text has two such lines or more: a list of comments, each under its writer's
    name as the writer typed it (``Project:Lorna says``, ``Mrs.Sound says``).  One such line
    alone is no list, and a token opening a line that goes on is judged as anywhere else.

    >>> text = "Kris says\nI made it.\nProject:Lorna says\nPerfection.\nJUDY says\nYum."
    >>> sorted(comment_header_starts(text))
    [0, 21, 52]
    >>> comment_header_starts("Note:This says it all.\nIt does.")
    frozenset()
    """
    if "says" not in text and "wrote" not in text and "said" not in text and "writes" not in text:
        return frozenset()
    if not _at_least(_SAYS_LINE_END.finditer(text), _SAYS_HEADERS_MIN):
        return frozenset()
    found = [m.start() for m in _SAYS_HEADER_LINE.finditer(text)]
    return frozenset(found) if len(found) >= _SAYS_HEADERS_MIN else frozenset()


# A line that opens with one lower-case token (after a list's marker, if any) followed on its line
# by no lower-case word: a capital, a digit or a mark after a space, or the line's end
# (``peterme YmHgujE2``, ``• camworld Mercedes 380K: ...``): a post under its author's handle.
_POST_LINE = LazyPattern(regex.compile,
    r"^[ \t]*(?P<item>(?:[*\u2022\u00b7-]|\d{1,4}\.)[ \t]+)?\K\p{Ll}[\p{L}\p{N}_.-]*"
    r"(?=[ \t]+[^\p{Ll}\s]|[ \t]*$)",
    regex.M,
)
_NEXT_WORD_AFTER = LazyPattern(regex.compile, r"[ \t]+(\p{L}+)")  # the word after a post line's handle
_BLOCK_END = frozenset(".!?:;)]}\"'\u201d\u2019\u00bb")  # how a line that ends a block (no wrap) may end
# A line's indent and a list item's marker with the space after it, if any: a bullet or a dash
# ("- ", "\u2013 ", "\u2022 ", "* ", "\u00b7 ") or a number and its dot ("12. ").
_LIST_MARKER = LazyPattern(regex.compile, r"[ \t]*(?:(?P<marker>[-\u2013\u2022*\u00b7]|\d{1,4}\.)[ \t]+)?")
# How a hard-wrapped line ends, the sentence running on into the next line: on a lower-case
# letter or a comma; or, read more strictly, on any letter, a number or a comma.
_ENDS_IN_LOWER_CASE = LazyPattern(regex.compile, r"[\p{Ll},]")
_ENDS_IN_A_WORD = LazyPattern(regex.compile, r"[\p{L}\p{N},]")
_GLUED_MARKS = LazyPattern(regex.compile, r"[^\s\p{L}\p{N}]*")  # marks glued before a word ("(", "#", "@")


class LineOpening(NamedTuple):
    r"""How a line opens: the one answer to "does a token head a list's line", which
    ``fused`` (a glued pair first on its line is an item's head or a handle, ``- poweroff``:
    its split is doubted) and :func:`post_line_starts` (``peterme YmHg``: posts under handles)
    both read, found once per line (:meth:`TextFacts.line_opening`).

    ``head`` is where the line's first token starts, past its indent and a list item's marker
    with the space after it; ``marker`` is that marker (``-``, ``–``, ``•``, ``*``, ``·``, or a
    number and its dot, ``12.``), ``""`` when there is none; ``line_before_ends`` is the last
    character of the line before, spaces, tabs and a carriage return aside, ``""`` when there
    is no line before or it is blank; ``line_before_crlf``: a carriage return stands among the
    line before's last blanks (a ``\r\n`` ending).

    >>> text = "It rained,\nthe end.\n- poweroff now\n\n3. spinup"
    >>> [tuple(text_facts(text).line_opening(text.index(w))) for w in ("the", "poweroff", "spinup")]
    [(11, '', ',', False), (22, '-', '.', False), (39, '3.', '', False)]
    >>> opening = text_facts(text).line_opening(11)
    >>> opening.wrapped_from_lower_case(), opening.follows_a_block_end()
    (True, False)
    """

    head: int
    marker: str
    line_before_ends: str
    line_before_crlf: bool

    def numbered(self) -> bool:
        """Whether the line is a numbered list's item (``12. spinup``)."""
        return self.marker[:1].isdigit()

    def follows_a_block_end(self) -> bool:
        """Whether the line opens a block of its own by what stands before it: no line, a blank
        one, or one that ends on a stop or a close (``_BLOCK_END``); a hard-wrapped sentence's
        line ends on a word or a comma instead, and runs on into this one."""
        return not self.line_before_ends or self.line_before_ends in _BLOCK_END

    def wrapped_from_lower_case(self) -> bool:
        """Whether the line before ends on a lower-case letter or a comma: a hard-wrapped
        sentence runs on into this line.  (A line ending ``\r\n`` is read as ending its block,
        as ``fused``'s line-head doubt has always read it.)"""
        return (
            bool(self.line_before_ends)
            and not self.line_before_crlf
            and _ENDS_IN_LOWER_CASE.match(self.line_before_ends) is not None
        )

    def wrapped_from_a_word(self) -> bool:
        """The stricter reading of a wrap: the line before ends on any letter, a number or a
        comma (``Finally, I⏎resolvedupon this``); only a mark, or no line, ends a block.  (A
        ``\r\n`` ending as in :meth:`wrapped_from_lower_case`.)"""
        return (
            bool(self.line_before_ends)
            and not self.line_before_crlf
            and _ENDS_IN_A_WORD.match(self.line_before_ends) is not None
        )


@lru_cache(maxsize=8)
def post_line_starts(text: str, months: frozenset[str] = frozenset()) -> frozenset[int]:
    r"""Where a lower-case token opens a line as its author's handle, before a post that does not
    go on in lower case (``peterme YmHgujE2``, ``• camworld Mercedes 380K: Only one``), when the
    text has two such lines or more: a list of tweets or comments, each under a user name.
    ``fused`` keeps such a handle whole, and ``punctuation`` keeps the space of a post that is only
    a mark (``underoak ?``).

    The line must open a block of its own: a list's item, or a line after a blank one, the
    text's start, or a line that ends a sentence or a quotation (``…will subside."``).  A
    hard-wrapped sentence goes on across its line break (the line before ends on a word or a
    comma), and its next line may open with a lower-case word before a name (``the`` / ``United
    States``); those lines are not counted and not kept.  A line whose post opens with one of
    ``months`` (the text's language's month names) is a name and a date, which
    :func:`dated_header_starts` reads: a header where it holds nothing else, a sentence where it
    goes on (``thebaker March 5, 2009 said it was fine.``); it is not counted here.

    >>> sorted(post_line_starts('Hi.\npeterme YmHg\n\n- camworld Mercedes 380K'))
    [4, 20]
    >>> post_line_starts("we went to\nthe United States\nand\nthe Hague")
    frozenset()
    """
    starts = []
    facts = text_facts(text)
    for m in _POST_LINE.finditer(text):
        opening = facts.line_opening(m.start())
        if not opening.marker and not opening.follows_a_block_end():
            continue  # the line before runs on into this one: a wrap, not a list
        if months:
            nxt = _NEXT_WORD_AFTER.match(text, m.end())
            if nxt is not None and nxt.group(1).lower() in months:
                continue  # "thebaker March 5, 2009": a name and a date, dated_header_starts' question
        starts.append(m.start())
    return frozenset(starts) if len(starts) >= 2 else frozenset()


def _at_least(matches: "Iterator[object]", n: int) -> bool:
    """Whether ``matches`` (a ``finditer``) holds ``n`` matches or more; reads no further."""
    found = 0
    for _ in matches:
        found += 1
        if found >= n:
            return True
    return False


def _dated_headers(text: str, months: frozenset[str]) -> list[int]:
    """Where ``_DATED_HEADER_LINE.finditer(text)`` finds a header of one of ``months``, in order."""
    first = _DATED_HEADER_LINE.match(text)
    found = [first.start()] if first is not None and first.group("month").lower() in months else []
    found += [m.start() for m in _DATED_HEADER_AFTER_BREAK.finditer(text) if m.group("month").lower() in months]
    return found


def char_class(pattern: regex.Pattern[str], limit: int = 4096) -> Callable[[str], bool]:
    """``pattern.match(ch) is not None`` for one character ``ch`` (or ``""``), memoised.

    A stage that tests the character beside each candidate against a class (``\\p{Ll}``,
    a script) pays a regex call per candidate; a text has few distinct characters, so a
    dict answers most of them.  At most ``limit`` characters are kept (random characters
    of the whole of Unicode would otherwise fill it): past that, the pattern is asked.

    >>> cased = char_class(regex.compile(r"[\\p{Lu}\\p{Ll}]"))
    >>> cased("a"), cased("1"), cased(""), cased("a")
    (True, False, False, True)
    """
    known: dict[str, bool] = {}
    match = pattern.match

    def test(ch: str) -> bool:
        verdict = known.get(ch)
        if verdict is None:
            verdict = match(ch) is not None
            if len(known) < limit:
                known[ch] = verdict
        return verdict

    return test


def starts_sentence(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` opens a sentence or a line.

    Before it may stand openers and spaces (``“``, ``(``, ``¿``, a dash); before
    those, the start of a line, or a stop (``. ! ? … :``) with closing marks
    after it (``.”``).  No space is needed after the stop: in ``told.“Wishas``
    and ``growth.Wishas`` a sentence starts, only its space is lost.

    >>> text = "It rained. “The the roads flooded,” he said.Then"
    >>> starts_sentence(text, 0), starts_sentence(text, text.index("The"))
    (True, True)
    >>> starts_sentence(text, text.index("roads")), starts_sentence(text, text.index("Then"))
    (False, True)
    >>> starts_sentence("Mr. Smith", 4)  # a stop after an abbreviation counts too: callers weigh the word
    True
    """
    i = pos - 1
    steps = 0
    while i >= 0 and steps < _MAX_LEAD and (text[i] in _SENTENCE_OPENERS or text[i] in _SENTENCE_SPACES):
        i -= 1
        steps += 1
    if i < 0 or text[i] in "\n\r":
        return True
    steps = 0
    while i >= 0 and steps < _MAX_CLOSERS and text[i] in _SENTENCE_CLOSERS:
        i -= 1
        steps += 1
    return i >= 0 and text[i] in _SENTENCE_STOPS


# UTF-8 read as Windows-1252, as whole sequences (a lead byte and the continuation bytes it
# announces, or "â€"): the mojibake stage's damage marks, less the lone C1 control.
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_DAMAGE_SEQUENCE = LazyPattern(re.compile,
    rf"[\u00c2-\u00df][{_CONTINUATION}]|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}|\u00e2\u20ac"
    rf"|[\u00f0-\u00f4][{_CONTINUATION}]{{3}}"
)
_LATIN1_HIGH = LazyPattern(re.compile, r"[\u0080-\u00ff]")
_LATIN1_HIGH_RUN = LazyPattern(re.compile, r"[\u0080-\u00ff]+")
NEVER_TEXT_MIN = 32  # characters: a shorter line holds too little to tell


def never_text_line(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is bytes that never were text (random bytes
    read as Latin-1), which no reading could repair and no stage should edit.

    UTF-8 read in a single-byte encoding is made of whole sequences (``Ã©``, ``â€™``,
    ``æ—¥``): its damage marks cover most of its Latin-1 characters, whatever the
    script.  Correct text in a Latin alphabet has a space every few characters.  A line
    of at least ``NEVER_TEXT_MIN`` characters with neither (a space or no-break space in
    twelve characters at most, a quarter of it or more in U+0080-U+00FF other than those
    and the soft hyphen, and under a quarter of those inside whole damaged sequences) has
    nothing to judge it by: any edit in it is a guess.

    >>> never_text_line("Ã©tÃ© " * 8, 0, 40), never_text_line("\\xfe\\xb2q\\xe9z\\xb5" * 8, 0, 48)
    (False, True)
    >>> never_text_line("à\\xa0côté\\xa0où\\xa0été\\xa0" * 4, 0, 72)
    False
    """
    length = end - start
    if length < NEVER_TEXT_MIN:
        return False
    # A no-break space is a space here: a line of French whose words a page joined with
    # U+00A0 alone is text (its accents and no-break spaces are a quarter of it), and
    # the whitespace stage must still repair it.  A soft hyphen sits inside words.
    no_break = text.count("\u00a0", start, end)
    if (text.count(" ", start, end) + no_break) * 12 >= length:
        return False
    high = sum(map(len, _LATIN1_HIGH_RUN.findall(text, start, end))) - no_break - text.count("\u00ad", start, end)
    if high * 4 < length:
        return False
    in_sequences = 0
    for mark in _DAMAGE_SEQUENCE.finditer(text, start, end):
        in_sequences += mark.end() - mark.start()
    return in_sequences * 4 < high


def never_text_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The lines of ``text`` that are bytes that never were text (:func:`never_text_line`),
    as ``(start, end)`` spans before each ``\\n``.

    Cheap first: a text with no character in U+0080-U+00FF has none (one scan in C),
    and otherwise a line costs one count of its spaces.

    >>> never_text_spans("A line of news.\\nÃ© and é")
    ()
    """
    if text.isascii() or _LATIN1_HIGH.search(text) is None:
        return ()
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if end - start >= NEVER_TEXT_MIN and line.count(" ") * 12 < end - start and never_text_line(text, start, end):
            spans.append((start, end))
        start = end + 1
    return tuple(spans)


#: Where a pipeline's run gathers what its stages left alone as bytes that never were
#: text: ``None`` outside a run (each note is logged at once).
NEVER_TEXT_NOTES: ContextVar["list[tuple[str, int, int, bool]] | None"] = ContextVar(
    "textmend_never_text_notes", default=None
)


def note_never_text(stage: str, lines: int, first: int, whole_text: bool = False) -> None:
    """Say that ``stage`` left alone ``lines`` line(s) of bytes that never were text, the
    first at ``first`` (``whole_text``: it left the whole text alone for them).

    A stage called on its own logs one warning.  Inside a :class:`~textmend.Pipeline`'s
    run the note is kept, and the pipeline logs one line per text naming every stage: a
    megabyte of random bytes would otherwise log a line per stage and per round.

    >>> import logging
    >>> logging.getLogger("textmend").disabled = True
    >>> note_never_text("quotes", 2, 40)
    >>> logging.getLogger("textmend").disabled = False
    """
    notes = NEVER_TEXT_NOTES.get()
    if notes is not None:
        notes.append((stage, lines, first, whole_text))
    elif whole_text:
        _log.warning("textmend: %s left a text alone: a line of bytes that never were text at %d", stage, first)
    else:
        _log.warning(
            "textmend: %s left alone %d line(s) of bytes that never were text, the first at %d", stage, lines, first
        )


def never_text_message(notes: list[tuple[str, int, int, bool]]) -> str:
    """The one log line of a pipeline's run for its ``notes`` (see :func:`note_never_text`):
    the lines found first, and the stages in the order they ran, each named once.

    >>> never_text_message([("invisible", 3, 10, False), ("mojibake", 1, 10, True), ("invisible", 3, 9, False)])
    'textmend: 3 line(s) of bytes that never were text, the first at 10, left alone by invisible, mojibake (the whole text)'
    """
    names: list[str] = []
    for stage, _, _, whole_text in notes:
        name = f"{stage} (the whole text)" if whole_text else stage
        if name not in names:
            names.append(name)
    lines = max((n for _, n, _, whole_text in notes if not whole_text), default=1)
    first = notes[0][2]
    return f"textmend: {lines} line(s) of bytes that never were text, the first at {first}, left alone by {', '.join(names)}"


class TextFacts:
    """Facts about one text, each computed on first need and kept.

    Build one with :func:`text_facts` (shared by every stage that sees the same
    string) or directly for a string of your own.

    >>> facts = TextFacts("“Go home,” she said.\\nif (x == 1) { go(); }")
    >>> facts.in_code(3), facts.in_code(25), facts.line_span(25)
    (False, True, (21, 42))
    >>> facts.in_open_quotation(1), facts.in_open_quotation(12)
    (True, False)
    """

    __slots__ = ("text", "_line_breaks", "_line_openings", "_code_lines", "_own_code_lines", "_code_marks", "_quotes", "_double_marks", "_specification", "_never_text", "_letter_marks",
                 "_dotted_heads", "_dotted_counts", "_qualifiers", "_document", "_memo", "offset",
                 "_query_fields", "_inline_code")

    def __init__(self, text: str, document: "TextFacts | None" = None, offset: int = 0) -> None:
        self.text = text
        # The facts of the document ``text`` is a window of (see :meth:`document`), or None: the
        # text is the document.  A pipeline's reread hands a stage a window of the changed
        # paragraphs; what the whole document says (its vocabulary, its qualifiers, whether it
        # is a specification) must not change with the window's edges.
        self._document = document if document is not None and document.text is not text else None
        #: Where ``text`` starts in its document (0 when it is the document).
        self.offset = offset if self._document is not None else 0
        self._memo: dict[object, object] | None = None
        self._line_breaks: list[int] | None = None
        self._line_openings: dict[int, LineOpening] = {}
        self._code_lines: dict[int, bool] = {}
        self._own_code_lines: dict[int, bool] = {}
        self._code_marks: dict[int, bool] = {}
        # Positions of the double marks and line breaks, and whether a quotation is open after
        # each: one attribute, set at once, so a thread never sees half of it.
        self._quotes: tuple[list[int], list[bool]] | None = None
        self._double_marks: list[int] | None = None  # positions of every double mark, any shape
        self._specification: bool | None = None
        self._never_text: tuple[tuple[int, int], ...] | None = None
        self._letter_marks: frozenset[str] | None = None
        self._dotted_heads: dict[str, tuple[frozenset[str], int, int]] | None = None
        self._dotted_counts: tuple[Counter[str], dict[str, set[str]], dict[str, str], Counter[str]] | None = None
        self._qualifiers: tuple[frozenset[str], frozenset[str]] | None = None  # (openers asked with, answer)
        self._query_fields: frozenset[str] | None = None
        self._inline_code: tuple[list[int], list[int]] | None = None  # (starts, ends) of inline code spans

    @property
    def document(self) -> "TextFacts":
        """The facts of the whole document: this text's own, unless it is a window a pipeline
        reads again (:func:`reading`), whose document is the text the stage read first.

        Line facts (:meth:`in_code`, :meth:`line_span`, :meth:`in_open_quotation`) are the
        window's own: a window is cut at line breaks, so its lines are the document's.  What
        counts over the whole text (:meth:`specification`, :meth:`mark_is_letter`'s letters,
        :meth:`dotted_heads`, :meth:`qualifiers`, and what a stage keeps with :meth:`memo`)
        is the document's.

        >>> doc = TextFacts("Use reflect.Value.\\nfoo")
        >>> TextFacts("foo", doc).document is doc, doc.document is doc
        (True, True)
        """
        return self if self._document is None else self._document

    def document_starts(self, starts: "frozenset[int]") -> frozenset[int]:
        """Positions of the document (``starts``, an answer a stage found there: the lines that
        head comments in a list of them) that fall in this text, as positions of this text."""
        if self._document is None:
            return starts
        offset, size = self.offset, len(self.text)
        return frozenset(p - offset for p in starts if offset <= p < offset + size)

    def memo(self, key: object, build: "Callable[[str], object]") -> object:
        """``build(document text)``, kept with the document's facts under ``key``: a stage's own
        document-wide evidence (a vocabulary, the slots it fills with names), gathered once
        per document and shared by every window of it that is read.  ``key`` names what
        ``build`` computes and everything it depends on besides the text (a language)."""
        doc = self.document
        memo = doc._memo
        if memo is None:
            memo = doc._memo = {}
        try:
            return memo[key]
        except KeyError:
            value = memo[key] = build(doc.text)
            return value

    def line_span(self, pos: int) -> tuple[int, int]:
        """Start and end (before its ``\\n``) of the line holding ``pos``."""
        if self._line_breaks is None:
            # Each break's position from the lengths of the lines, all in C (split finds the
            # breaks at memchr speed; a Python loop over a regex's matches cost 5 µs a break).
            lengths = map(len, self.text.split("\n"))
            self._line_breaks = list(accumulate(map(add, lengths, repeat(1)), initial=-1))[1:-1]
        breaks = self._line_breaks
        k = bisect_right(breaks, pos - 1)
        start = breaks[k - 1] + 1 if k > 0 else 0
        end = breaks[k] if k < len(breaks) else len(self.text)
        return start, end

    def line_opening(self, pos: int) -> LineOpening:
        """How the line holding ``pos`` opens (:class:`LineOpening`), memoised per line."""
        start, _ = self.line_span(pos)
        known = self._line_openings.get(start)
        if known is None:
            text = self.text
            k = start - 2  # the line before's last character (``start - 1`` is its break)
            crlf = False
            while k >= 0 and text[k] in " \t\r":
                crlf = crlf or text[k] == "\r"
                k -= 1
            before = "" if k < 0 or text[k] == "\n" else text[k]
            m = _LIST_MARKER.match(text, start)
            known = self._line_openings[start] = LineOpening(m.end(), m.group("marker") or "", before, crlf)
        return known

    def opens_line(self, pos: int) -> bool:
        """Whether the token at ``pos`` (a word's first letter, or marks glued before it)
        stands first on its line: past the indent, a bulleted item's marker and marks glued to
        the token (``(firefoxchannel)``, ``- poweroff``, ``• known citizen``).  A numbered
        item's head is not read so (``12. spinup``).  Whether the line runs on from the line
        before is the caller's to read from :meth:`line_opening`."""
        opening = self.line_opening(pos)
        return (
            opening.head <= pos
            and not opening.numbered()
            and _GLUED_MARKS.fullmatch(self.text, opening.head, pos) is not None
        )

    def in_code(self, pos: int) -> bool:
        """Whether ``pos`` lies on a line that reads as code, memoised per line: the line
        itself does (:func:`code_line`), or it stands inside a listing (:meth:`in_listing`).

        >>> facts = TextFacts("$q = chr(0xbf) .\\nchr(0x27) .\\n' OR 1 = 1 /*';\\nIt ends .")
        >>> facts.in_code(20), facts.in_code(50)
        (True, False)
        """
        start, end = self.line_span(pos)
        verdict = self._code_lines.get(start)
        if verdict is None:
            verdict = self._own_code(start, end) or self.in_listing(start, end)
            self._code_lines[start] = verdict
        return verdict

    def _own_code(self, start: int, end: int) -> bool:
        """:func:`code_line` of the line ``start``..``end``, memoised."""
        verdict = self._own_code_lines.get(start)
        if verdict is None:
            verdict = self._own_code_lines[start] = code_line(self.text, start, end)
        return verdict

    def in_listing(self, start: int, end: int) -> bool:
        """Whether the line ``start``..``end`` stands inside a code listing though it bears no
        mark of code itself: it holds not even three words in a row, and the nearest non-blank
        lines above and below it (past :data:`_LISTING_GAP` blank lines at most) both read as
        code.

        A listing's lines go on from one another (``$_POST['u'] = chr(0xbf) .`` /
        ``chr(0x27) .`` / ``' OR u = u /*';``): the middle one's spaced dot is an operator,
        not a slip before a full stop.  A line of prose between two listings, however short,
        writes words in a row (``In GBK , 0xbf27 is not valid``) and is read as prose.
        """
        text = self.text
        if start >= end or text[start:end].isspace() or _WORDS_IN_A_ROW.search(text, start, end) is not None:
            return False
        above = self._neighbour_line(start, -1)
        if above is None or not self._own_code(*above):
            return False
        below = self._neighbour_line(end, 1)
        return below is not None and self._own_code(*below)

    def _neighbour_line(self, edge: int, step: int) -> tuple[int, int] | None:
        """The nearest non-blank line before (``step`` -1, ``edge`` the line's start) or after
        (``step`` 1, ``edge`` the line's end) a line, past at most :data:`_LISTING_GAP`
        blank lines, or None."""
        text = self.text
        for _ in range(_LISTING_GAP + 1):
            if step < 0:
                if edge <= 0:
                    return None
                start, end = self.line_span(edge - 1)
                edge = start
            else:
                if edge >= len(text):
                    return None
                start, end = self.line_span(edge + 1)
                edge = end
            if start < end and not text[start:end].isspace():
                return start, end
        return None

    def code_marked(self, pos: int) -> bool:
        """Whether the line holding ``pos`` bears two marks of code (:func:`code_line`'s marks,
        not its indentation rule), memoised per line.

        For a stage that removes words: extractors indent short lines of prose too
        (``            Voted by by The Squander``), where :meth:`in_code` reads indentation
        without a run of prose as a code block's, and one operator in a sentence is prose
        mentioning code (``the value value == 5 is wrong``); leaked script and style text
        bears many (``{ ... no-repeat center center; }``).
        """
        start, end = self.line_span(pos)
        verdict = self._code_marks.get(start)
        if verdict is None:
            marks = 0
            for _ in _CODE_LINE.finditer(self.text, start, end):
                marks += 1
                if marks >= 2:
                    break
            verdict = self._code_marks[start] = marks >= 2
        return verdict

    def specification(self) -> bool:
        """Whether the whole text reads as a specification (:func:`reads_as_specification`), read once."""
        if self._specification is None:
            self._specification = (
                reads_as_specification(self.text) if self._document is None else self._document.specification()
            )
        return self._specification

    def never_text_spans(self) -> tuple[tuple[int, int], ...]:
        """The lines (``(start, end)``, before each ``\\n``) that are bytes that never were
        text (:func:`never_text_line`), found once.

        >>> TextFacts("ok\\n" + "\\xfe\\xb2q\\xe9z\\xb5" * 8).never_text_spans()
        ((3, 51),)
        """
        spans = self._never_text
        if spans is None:
            spans = self._never_text = never_text_spans(self.text)
        return spans

    def mark_is_letter(self, pos: int) -> bool:
        """Whether the quotation mark at ``pos`` is a letter of its word (:func:`letter_marks`):
        the text writes that mark inside words, and here a letter precedes it and a
        lower-case letter follows (``M”glichkeit``; not ``said.”The``).

        >>> facts = TextFacts("Die M”glichkeit, sch”n, gr”n und k”nnen. Er sagte: „ja.”Dann")
        >>> facts.mark_is_letter(5), facts.mark_is_letter(55)
        (True, False)
        """
        marks = self._letter_marks
        if marks is None:
            marks = self._letter_marks = (
                letter_marks(self.text) if self._document is None else self._document._letter_mark_set()
            )
        text = self.text
        return (
            bool(marks) and 0 < pos < len(text) - 1 and text[pos] in marks
            and text[pos - 1].isalpha() and text[pos + 1].islower()
        )

    def _letter_mark_set(self) -> frozenset[str]:
        """:func:`letter_marks` of the document, found once."""
        marks = self._letter_marks
        if marks is None:
            marks = self._letter_marks = letter_marks(self.text)
        return marks

    def dotted_heads(self) -> dict[str, tuple[frozenset[str], int, int]]:
        """Each lower-case word the text glues by a dot to a capitalized word, whole on both
        sides (``reflect.Value``): the capitalized words it is glued to, how often it is
        glued so, and how often the text ends a sentence on it spaced off the next
        (``reflect. Then``), found once.

        A package or module qualifies the names written in it (``image.Color``,
        ``image.RGBA``, ``image.Rectangle``): one left part glued to many right parts, never
        spaced.  A sentence glued to the next at an element's edge is one accident, its last
        word spaced off the next sentence elsewhere.  Which right parts count (a language's
        usual sentence openers do not) is the asking stage's choice: the facts are the text's.

        >>> heads = TextFacts("Use a reflect.Value or reflect.Type here. Then stop.Now").dotted_heads()
        >>> sorted(heads["reflect"][0]), heads["reflect"][1:], heads["stop"][1:]
        (['Type', 'Value'], (2, 0), (1, 0))
        """
        if self._document is not None:
            return self._document.dotted_heads()
        heads = self._dotted_heads
        if heads is None:
            glued, tails, last_tail, spaced = self._dotted_head_counts()
            heads = self._dotted_heads = {
                head: (frozenset(tails[head]) if count > 1 else frozenset((last_tail[head],)), count, spaced[head])
                for head, count in glued.items()
            }
        return heads

    def _dotted_head_counts(self) -> tuple[Counter[str], dict[str, set[str]], dict[str, str], Counter[str]]:
        """What :meth:`dotted_heads` tells, before it is one tuple a head: how often each head is
        glued (in the order the heads first come), the distinct tails of each head glued more
        than once, the (one) tail of each head, how often each is spaced off a capital.

        Counted in C where it can be, and no set made for a head glued once: a line of
        distinct ``abc.Def`` pairs (issue 16) has a head a pair, and :meth:`qualifiers` reads
        only the heads glued twice or more."""
        if self._document is not None:
            return self._document._dotted_head_counts()
        counts = self._dotted_counts
        if counts is None:
            text = self.text
            glued: Counter[str] = Counter()
            tails: dict[str, set[str]] = {}
            last_tail: dict[str, str] = {}
            spaced: Counter[str] = Counter()
            pairs = _DOTTED_HEAD.findall(text) if "." in text else []
            if pairs:
                glued = Counter(map(itemgetter(0), pairs))
                if ". " in text or ".\t" in text:  # (what _SPACED_HEAD needs)
                    spaced = Counter(head for head in _SPACED_HEAD.findall(text) if head in glued)
                last_tail = dict(pairs)
                for head, tail in pairs:
                    if glued[head] > 1:
                        tails.setdefault(head, set()).add(tail)
            counts = self._dotted_counts = (glued, tails, last_tail, spaced)
        return counts

    def qualifiers(self, openers: frozenset[str]) -> frozenset[str]:
        """The lower-case words this text qualifies names with (``image`` of ``image.Color``,
        ``image.RGBA``), when it writes ``QUALIFIERS_IN_TEXT`` of them or more; else none.

        A qualifier is glued by a dot (:meth:`dotted_heads`) to ``QUALIFIER_NAMES`` distinct
        capitalized words or more that are not in ``openers`` (the asking stage's usual
        sentence openers: ``said.The`` is a glued sentence), more often than the text ends a
        sentence on it spaced off the next.  One or two such words are no evidence: an
        extractor that glues every block to the next glues the same last word to two
        sentences (``said.Bank``, ``said.Coming``; ``minutes.Add``, ``minutes.Reserve``), and
        the corpora read never held three such words in a text that was not about code.
        Kept for the last ``openers`` asked with (a pipeline's stages ask with one list).

        >>> facts = TextFacts("a.Xy b.Zz " + " ".join(f"{p}.One {p}.Two" for p in ("io", "os", "fmt")))
        >>> sorted(facts.qualifiers(frozenset())), sorted(facts.qualifiers(frozenset({"two"})))
        (['fmt', 'io', 'os'], [])
        """
        if self._document is not None:
            return self._document.qualifiers(openers)
        known = self._qualifiers
        if known is not None and known[0] is openers:
            return known[1]
        glued, tails, last_tail, spaced = self._dotted_head_counts()
        found = [
            word for word, count in glued.items()
            # (a head glued fewer times has fewer distinct tails: its one tail is not read)
            if count >= QUALIFIER_NAMES and spaced[word] < count
            and sum(1 for tail in tails.get(word, (last_tail[word],)) if tail.lower() not in openers) >= QUALIFIER_NAMES
        ]
        answer = frozenset(found) if len(found) >= QUALIFIERS_IN_TEXT else frozenset()
        self._qualifiers = (openers, answer)
        return answer

    def query_fields(self) -> frozenset[str]:
        """The lower-case names the document glues by a colon to ``QUERY_FIELD_VALUES`` distinct
        values or more and never spaces off a word after their colon (``tag`` of ``tag:inbox``,
        ``tag:flagged``), none of the values a word as frequent as English's function words (a
        writer's glued ``note:the``, ``note:this``): the fields of a query language or a
        namespace's scheme, found once.

        >>> sorted(TextFacts("notmuch search tag:inbox and not tag:flagged").query_fields())
        ['tag']
        >>> sorted(TextFacts("I was sweaty:this is it. Tag: you, tag:me and tag:us").query_fields())
        []
        >>> sorted(TextFacts("Read this note:the rule holds. Another note:this one too.").query_fields())
        []
        """
        if self._document is not None:
            return self._document.query_fields()
        fields = self._query_fields
        if fields is None:
            text = self.text
            values: dict[str, set[str]] = {}
            if ":" in text:
                for field, value in _FIELD_VALUE.findall(text):
                    values.setdefault(field, set()).add(value)
            found = {
                field for field, seen in values.items()
                # a writer who glues a colon glues it to the next sentence's first word, a
                # function word as often as not (``note:the``, ``note:this``): no query's value
                if len(seen) >= QUERY_FIELD_VALUES and not any(_sentence_word(value) for value in seen)
            }
            if found:
                found.difference_update(field.lower() for field in _FIELD_SPACED.findall(text.lower()))
            fields = self._query_fields = frozenset(found)
        return fields

    def in_inline_code(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a span of code written in a line of prose, read by the
        span's characters and the text's own notation (spans found once, then a bisection):

        * a string literal with its prefix, closed within its token (``b"secret"``,
          ``r'\\d+'``): the prefix is glued to the mark on purpose;
        * a query's field glued to its value (``tag:inbox``) where the text glues the field
          to other values too and never spaces it (:meth:`query_fields`).

        The stages that space or join characters inside a line (``fused``'s glued quotation
        mark, ``punctuation``, ``repeats``) leave such a span as written.  A mark just after
        the span's end (the stop of ``tag:inbox.``) is not inside it.

        >>> facts = TextFacts('It returns b"secret" and tag:inbox or tag:flagged, not tag:unread.')
        >>> [facts.in_inline_code(i) for i in (11, 12, 29, 64, 65)]
        [True, True, True, True, False]
        >>> TextFacts('He said:"no" and b "x" is fine.').in_inline_code(8)
        False
        """
        spans = self._inline_code
        if spans is None:
            found: list[tuple[int, int]] = []
            text = self.text
            if '"' in text or "'" in text:
                found.extend(m.span() for m in _PREFIXED_LITERAL.finditer(text))
            fields = self.query_fields() if ":" in text else frozenset()
            if fields:
                found.extend(m.span() for m in _FIELD_VALUE.finditer(text) if m.group(1) in fields)
            found.sort()
            spans = self._inline_code = ([a for a, _ in found], [b for _, b in found])
        starts, ends = spans
        k = bisect_right(starts, pos)
        return k > 0 and pos < ends[k - 1]

    def starts_sentence(self, pos: int) -> bool:
        """Whether the word at ``pos`` opens a sentence or a line (:func:`starts_sentence`)."""
        return starts_sentence(self.text, pos)

    def double_marks_before(self, pos: int) -> int:
        """How many double quotation marks of any shape (``"``, ``“``, ``”``, ``„``) stand before
        ``pos`` in the text, line breaks or not: found once a text, then a bisection, so a
        stage that asks at every mark of a long paragraph stays linear.

        >>> text_facts('a "b" „c“ d').double_marks_before(7)
        3
        """
        marks = self._double_marks
        if marks is None:
            marks = self._double_marks = [m.start() for m in _DOUBLE_MARK.finditer(self.text)]
        return bisect_left(marks, pos)

    def in_open_quotation(self, pos: int) -> bool:
        """Whether a double quotation opened earlier on the line is still open at ``pos``.

        Curly marks open (``“``) and close (``”``); straight ones alternate; either
        kind left open counts.  Only marks before ``pos`` are read, and a line break
        closes everything: quotations in news copy reopen at each paragraph.
        """
        quotes = self._quotes
        if quotes is None:
            positions: list[int] = []
            open_after: list[bool] = []
            curly = straight = False
            for m in _QUOTE_MARK.finditer(self.text):
                mark = m.group()
                if mark == "\n":
                    curly = straight = False
                elif mark == "“":
                    curly = True
                elif mark == "”":
                    curly = False
                else:
                    straight = not straight
                positions.append(m.start())
                open_after.append(curly or straight)
            quotes = self._quotes = (positions, open_after)
        positions, open_after = quotes
        k = bisect_left(positions, pos)
        return k > 0 and open_after[k - 1]


def letter_marks(text: str) -> frozenset[str]:
    """The quotation marks ``text`` writes as letters of its words, not as quotation marks.

    A page written in one code page and declared as another shows its letters as other
    characters, some of them quotation marks (code page 850 read as Windows-1252:
    ``Wortsch”pfung``, ``M”glichkeit``, ``N„chte``).  Such a mark sits inside words,
    between lower-case letters with no space either side, in many distinct words of the
    document.  A real closing mark glued to the next word (an extractor's lost space,
    ``works”and``) is the odd case of a text that quotes: its quotation marks stand mostly
    at words' edges (each glued close has its opening mark before a word).  So a mark is a
    letter when it sits between two lower-case letters in ``LETTER_MARK_WORDS`` distinct
    words or more, and its uses inside words outnumber every use of a quotation mark, of
    any kind, at a word's edge.

    >>> sorted(letter_marks("Die M”glichkeit, sch”n und gr”n, k”nnen wir."))
    ['”']
    >>> letter_marks("He said “it works”and “it rocks”then “it rolls”so.")
    frozenset()
    """
    if not _MARK_IN_WORD.search(text):
        return frozenset()
    inside: dict[str, int] = {}
    for m in _MARK_IN_WORD.finditer(text):
        inside[m.group()] = inside.get(m.group(), 0) + 1
    at_edges = sum(1 for _ in _ANY_QUOTE_MARK.finditer(text)) - sum(inside.values())
    words: dict[str, set[str]] = {}
    for m in _MARK_IN_LOWER_WORD.finditer(text):
        words.setdefault(m.group(1), set()).add(m.group())
    return frozenset(
        mark for mark, found in words.items()
        if len(found) >= LETTER_MARK_WORDS and inside.get(mark, 0) > at_edges
    )


_recent: OrderedDict[int, TextFacts] = OrderedDict()
_recent_lock = threading.Lock()

#: The window a pipeline's reread is handing a stage, as its facts linked to its document's
#: (see :func:`reading`); ``None`` outside such a reading.
_READING: ContextVar["TextFacts | None"] = ContextVar("textmend_reading", default=None)


@contextmanager
def reading(window: str, document: TextFacts, offset: int = 0) -> Iterator[TextFacts]:
    """While a stage reads ``window``, the part of the document ``document`` describes that
    starts at ``offset``, :func:`text_facts` of ``window`` answers the document's questions
    from ``document``.

    A pipeline that runs a stage again reads only the changed paragraphs and some context
    around them; without this, a stage asking what the whole text says (is a word the
    document's vocabulary, does the text qualify names, is it a specification) would be
    answered by the window, and a paragraph's verdict would depend on whether it was read
    in the first pass or a reread.

    >>> doc = TextFacts("a.Xy " + " ".join(f"{p}.One {p}.Two" for p in ("io", "os", "fmt")) + "\\nio.One")
    >>> with reading("io.One", doc):
    ...     sorted(text_facts("io.One").qualifiers(frozenset()))
    ['fmt', 'io', 'os']
    >>> sorted(text_facts("io.One").qualifiers(frozenset()))
    []
    """
    facts = TextFacts(window, document, offset)
    token = _READING.set(facts)
    try:
        yield facts
    finally:
        _READING.reset(token)


def text_facts(text: str) -> TextFacts:
    """The :class:`TextFacts` of ``text``, shared with whoever asked about the same string lately.

    Keyed by the string's identity (an entry holds its string, so the identity
    cannot be reused while it is cached) among the last few texts: the stages
    of a pipeline that leave a text unchanged hand the same string on.

    >>> text = "One line.\\nTwo lines."
    >>> text_facts(text) is text_facts(text)
    True
    """
    window = _READING.get()
    if window is not None and window.text is text:
        return window
    key = id(text)
    with _recent_lock:
        facts = _recent.get(key)
        if facts is not None and facts.text is text:
            _recent.move_to_end(key)
            return facts
        facts = _recent[key] = TextFacts(text)
        while len(_recent) > _CACHE_SIZE:
            _recent.popitem(last=False)
        return facts
