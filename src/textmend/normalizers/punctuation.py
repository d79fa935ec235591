"""Punctuation spacing: no space before closing marks, one after sentence marks.

Scraping and careless pasting leave ``said it ,and left .``, ``( word)`` and
``things.The``.  This normalizer repairs three kinds of damage:

* a space before ``, . ; : ! ? ) ]`` that closes something (``it .`` -> ``it.``);
* a space just inside a bracket whose other side is tight (``( word)``);
* a missing space after ``. , ; : ! ?`` between two words (``things.The``).

Precision comes first, so each repair needs evidence from the text itself
and a lot is deliberately left alone:

* a dot that starts a token (``.NET``, ``.45-caliber``, ``.DJI``) and
  spaced ellipses (``word ... word``, ``word … word``: newsroom style);
* symmetric padding inside brackets (``[ The Verge ]``, ``( see below )``),
  and every bracket of a kind the text pads symmetrically somewhere;
* French-style spacing before ``: ; ! ?`` where a paragraph or the text uses
  it at least twice and no less than the tight style, and label colons on
  short table lines (``VIP : 60,000₩``);
* numbers, times and scores (``3.14``, ``4:00pm``, ``1,000``), abbreviations
  (``U.S.``, ``e.g.``, ``Ph.D.``), URLs, host names and e-mail addresses
  (``Amazon.com``, ``x@y.org``) and a mark spaced off one, file names and
  versions (``index.html``, ``v2.1.3``), code (``obj.method``, ``a,b``,
  whole lines that read as code), ``Node.js``, ``ASP.NET``, and text in
  scripts written without spaces;
* names the text writes again or sets apart: ``Any.DO`` written twice,
  ``Mission:Mozilla (9)`` in a list of names with counts, and a numbered
  code listing's closing line (``16 )``);
* any spacing next to a quotation mark (the ``quotes`` normalizer's job), and
  the space before ``:`` where the quotation open there lost its close
  (``was “interesting :``, once ``“interesting” :``; so for ``.`` on a reference
  list's line and ``)`` after a quotation opened inside its brackets).

A glued dot gets its space back before a capitalised word (``growth.But``),
a short acronym after a common word (``information.VW``), or, after a known
abbreviation (``p.m.local``), a lowercase word: lowercase ``something.else``
is otherwise far more often a domain or code than two sentences.  A glued
comma, semicolon, colon, ``!`` or ``?`` gets its space back between two words
when the right-hand word is capitalised or a real word (wordfreq).  Word lists
(abbreviations, domain endings, file extensions, URI schemes) are data files
read through :mod:`textmend.lexicon`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from collections import Counter
from operator import add
from typing import Callable

import regex

from ..analysis import TextFacts, char_class, comment_header_starts, dated_header_starts, post_line_starts, text_facts
from ..edits import Edit, Row, apply_rows, edit_row, row_edit, settle
from ..language import UNDETERMINED
from ..lexicon import abbreviations, file_extensions, language_list, tlds, url_schemes, word_list
from ..lexicon import word_zipf as _zipf
from ..normalizer import Normalizer
from ..prose import in_key_table
from .._lazy import LazyPattern

__all__ = ["PunctuationSpacing"]

# The cheap scan: one pass of the standard library's engine over a superset of
# the places that could need work; the exact tests follow in Python, only at
# those places.  Every hit starts at a character that is rare in running text
# (a mark, a bracket), and the pattern opens with the class of them all, so the
# engine skips from one such character to the next in C (a leading look-behind
# or an alternation of classes would make it try each position: ten times
# slower on news text); the branches look back from there.  Ordinary
# punctuation, a mark glued to the word before it and followed by a space,
# never matches.  Only the hit's start and its branch's (empty) group are read.
_SCAN = re.compile(
    r"[,.;:!?)\]…—–(\[](?:"
    # (every branch of this group wants a space before the mark or a letter after it: asked
    # first, the commonest punctuation, a mark between a word and a space, fails at once)
    r"(?<=[,.;:!?)\]])(?:(?<=[ \t].)|(?=[^\W\d_]))(?:"
    # a space before the mark, after the end of a word (or a run of spaces)
    r"(?<=[^\W_][ \t].)(?P<before>)"
    r"|(?<=[}%°][ \t].)(?P<before_symbol>)"
    r"|(?<=[.!?][ \t].)(?<![.!?])(?P<before_stop>)"
    r"|(?<=[)\]][ \t].)(?<![)\]])(?P<before_bracket>)"
    r"|(?<=[ \t][ \t].)(?P<before_run>)"
    # the mark glued to the next word
    r"|(?<![)\]])(?=[^\W\d_])(?P<glued>)"
    # a closing bracket glued to the next word ("unfold.)I", "(eFA)Die")
    r"|(?<=[)\]])(?=[^\W\d_])(?P<closed>)"
    r")"
    # an ellipsis glued to the next word ("wait…The")
    r"|(?<=[^\W\d_]…)(?=[^\W\d_])(?P<ellipsis>)"
    # a spaced dash opening a line of dialogue, glued to the sentence before ("страницы?— Внезапно")
    r"|(?:(?<=[.!?…][—–])|(?<=[.!?…][”\"’»][—–]))(?=[ \t])(?P<dash>)"
    # a space inside an opening bracket, before the start of a word (or a run of spaces)
    r"|(?<=[(\[])(?:[ \t](?=[^\s,.;:!?()\[\]{}\"'“”‘’«»„‚‹›])|[ \t]{2})(?P<open>)"
    r")"
)
# The marks a hit of _SCAN starts at or holds (the brackets of "open").
_MAY_MARKS = ",.;:!?)]…—–(["
_GLUED_LEFT = LazyPattern(regex.compile, r"[\p{L}\p{N}\p{M})\]%”’\"]")
_CLOSING_QUOTES = "”’\""
_GLUED_MARK = LazyPattern(regex.compile, r"[.,;:!?…)\]](?=\w)")
_CALL = LazyPattern(regex.compile, r"[\p{L}\p{N}_][(\[]")

_QUOTES = "\"'“”‘’«»„‚‹›"
_OPENING = "([{" + _QUOTES + "¿¡*"
_SPACES = " \t"
# A space before a mark is only damage after something that ends a word.
_WORD_END = regex.compile(r"[\p{L}\p{N}\p{M})\]}%°]")
_word_end = char_class(_WORD_END)  # asked of the character before every spaced mark
_CASED_OR_HANGUL = LazyPattern(regex.compile, r"[\p{Lu}\p{Ll}\p{Hangul}]")
# What makes a token code, a URL, an address or data rather than prose.
_CODE_CHAR = LazyPattern(regex.compile, r"[@/\\=_<>{}|~^`#&+*]|\$(?!\d)|(?i:^\W*www\.)|\.\.")
# A lowercase word right after an inner dot: a host name or code ("site.com,foo").
_DOTTED_LOWER = LazyPattern(regex.compile, r"[\p{L}\p{N}]\.\p{Ll}{2,}")
_GLUED_IN_TOKEN = LazyPattern(regex.compile, r"(?<=[\p{L}\p{N}\p{M})\]%])[.,;:!?](?=[\p{Lu}\p{Ll}\p{Hangul}])")
_TOKEN_END = LazyPattern(regex.compile, r"\S*")
# A token's start, searched backwards: what str.isspace() calls a space (the Unicode
# White_Space characters and the separators U+001C-U+001F, which regex's \s leaves out).
# A word is walked back in Python (cheaper than a call for the few characters of one);
# past _TOKEN_WALK characters the rest is searched in C, not a Python step per character
# (random characters make tokens thousands of characters long).
_TOKEN_START = LazyPattern(regex.compile, r"(?r)[^\s\x1c-\x1f]*")
_TOKEN_WALK = 32
# A bracket closing on a letter and a hyphen ("(Cyber-)Terroristen", "(Vor-)Weihnachtszeit"):
# German and other languages write a compound's optional first part so, glued to the
# rest of the word; no sentence or block ends on a hyphen.
_OPTIONAL_PART = LazyPattern(regex.compile, r"\p{L}[-\u2010\u2011]\Z")
_RIGHT_WORD = LazyPattern(regex.compile, r"[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*")
_LEFT_WORD = LazyPattern(regex.compile, r"[\p{L}\p{N}\p{M}'’]+\Z")
_APOSTROPHE = LazyPattern(regex.compile, r"['’]")
_CAPITALISED = LazyPattern(regex.compile, r"\p{Lu}['’]?\p{Ll}")
# What may not stand before and after a dotted pair the text counts (_Context.dotted_pair_count).
_CASED_DIGIT_OR_DOT = LazyPattern(regex.compile, r"[\p{Lu}\p{Ll}\p{Lt}\p{N}\p{M}.]")
_CASED_DIGIT_OR_MARK = LazyPattern(regex.compile, r"[\p{Lu}\p{Ll}\p{Lt}\p{N}\p{M}]")
# A whole run of those characters, and every dot of the text between two such runs that are
# whole (nothing of the class either side) with no dot before the first: where each counted
# dotted pair stands (_Context.dotted_pair_count).
_CASED_DIGIT_OR_MARK_RUN = LazyPattern(regex.compile, r"[\p{Lu}\p{Ll}\p{Lt}\p{N}\p{M}]+")
_WHOLE_DOTTED_PAIR = LazyPattern(
    regex.compile, r"(?<![\p{Lu}\p{Ll}\p{Lt}\p{N}\p{M}.])([\p{Lu}\p{Ll}\p{Lt}\p{N}\p{M}]++)\.([\p{Lu}\p{Ll}\p{Lt}\p{N}\p{M}]++)"
)
_HAS_UPPER = LazyPattern(regex.compile, r"\p{Lu}")
# The cased letters and digits at a word's end or start: a dotted name's part where a script
# written without spaces runs on around it ("比如WScript", "Shell对象").
_CASED_RUN_END = LazyPattern(regex.compile, r"[\p{Lu}\p{Ll}\p{Lt}\p{N}\p{M}]+\Z")
_CASED_RUN = LazyPattern(regex.compile, r"[\p{Lu}\p{Ll}\p{Lt}\p{M}]+")
# A lower-case letter then a capital inside a word: CamelCase ("ExitStack", "BenchmarkHello").
_CAMEL_HUMP = LazyPattern(regex.compile, r"\p{Ll}\p{Lu}")
# A name's right part after a qualifier's dot, whole: "RGBA64Model", "Read_All".
_QUALIFIED_TAIL = LazyPattern(regex.compile, r"\p{Lu}[\p{L}\p{N}_]*(?![\p{L}\p{N}\p{M}_])")
_LATIN_ONLY = LazyPattern(regex.compile, r"[\p{Latin}\p{M}'’]+")
_CASED = regex.compile(r"[\p{Lu}\p{Ll}]")
_cased = char_class(_CASED)
_HANGUL = LazyPattern(regex.compile, r"\p{Hangul}")
# A bare letter of Hangul compatibility jamo (U+3131-U+318E: "ㅜ", "ㅠ", "ㅋ"), which writes no
# syllable: two alike around a dot are an emoticon's eyes ("ㅜ.ㅜ").
_BARE_JAMO = LazyPattern(regex.compile, r"[\u3131-\u318e](?![\p{L}\p{M}])")
# A word with its own dot after it ("Nov."): an abbreviation.
_ABBREVIATED_WORD = LazyPattern(regex.compile, r"(\p{L}+)\.")
# After a spaced colon, a number, or one word and a number ("3 : 1", "3 : ribs 1"): a ratio's right side.
# A number that opens a range ("28 : 685-690", a citation's volume and pages) is no ratio's side.
_SPACED_RATIO = LazyPattern(regex.compile, r"[ \t]?(?:\p{L}+[ \t])?\d+(?![\p{L}\p{N}:.,\-\u2010-\u2013])")
_NON_LATIN_CASED = LazyPattern(regex.compile, r"[\p{Cyrillic}\p{Greek}\p{Armenian}\p{Georgian}]")
_AFTER_WORD = frozenset(" \t\n\r’',;:!?)-")
# A markup element's closing tag written out as text (`</Directory>`, `</property >`): HTML's own tags
# are gone from extracted text, so one that is left is the page's sample of a configuration or markup
# file, shown escaped; its opening tag (`<Directory "/srv/www">`) is looked for before it.
_LITERAL_CLOSING_TAG = LazyPattern(regex.compile, r"</([A-Za-z][\w:.\-]*)[ \t]*>")
_TAG_NAME_GOES_ON = LazyPattern(regex.compile, r"[\w:.\-]")
_ELEMENT_REACH = 2000  # characters before a literal closing tag where its opening tag is looked for
_DOTTED_ABBREVIATION = LazyPattern(regex.compile, r"\p{L}\.(?:\p{L}\.)+")
_ADDRESS = LazyPattern(regex.compile, r"(?i)://|^\W*www\.|\w@[\w-]+\.\w")
_URL_START = LazyPattern(regex.compile, r"(?i)(?:https?://|www\.)")
# A word that can precede an initial in a name: "John M.Ford", "W. M.Keck".
_NAME_BEFORE = LazyPattern(regex.compile, r"(?:\p{Lu}\p{Ll}+|\p{Lu}\.)[ \t]+\Z")
# A number with a unit glued on: "720p", "2020s", "5500M", "226ppi".
_UNIT = LazyPattern(regex.compile, r"\p{N}+\p{L}{1,3}")
# Initials and dotted abbreviations: single letters or short capitals ("U.S", "U.K", "Ph.D",
# "e.g"), not short words ("It.Is", which is two glued sentences or nothing).
_INITIALISM = LazyPattern(regex.compile, r"(?:(?:\p{L}|\p{Lu}\p{Lu}?\p{Lu}?|\p{Lu}\p{Ll})\.)+(?:\p{L}|\p{Lu}\p{Lu}?\p{Lu}?)")
# Two capitalised words joined by a dot with no space, as a whole token but for trailing
# punctuation ("One.Tel", "Ask.Jeeves"): a dotted brand when the text writes it so again.
_DOTTED_NAME = LazyPattern(regex.compile,
    r"(?<![\p{L}\p{N}\p{M}.])(\p{Lu}\p{Ll}[\p{L}\p{M}]*\.\p{Lu}\p{Ll}[\p{L}\p{M}]*)(?![\p{L}\p{N}\p{M}]|\.[\p{L}\p{N}])"
)
# A capitalised word and a short all-capitals part joined by a dot with no space, as a whole
# token but for trailing punctuation or a possessive ("Any.DO", "Ask.FM", "Node.JS"): a
# product's own spelling when the text writes it so again (see _Context.recurring_dotted_acronym).
_DOTTED_ACRONYM_NAME = LazyPattern(regex.compile,
    r"(?<![\p{L}\p{N}\p{M}.])(\p{Lu}\p{Ll}[\p{L}\p{M}]*\.\p{Lu}{2,})(?![\p{L}\p{N}\p{M}]|\.[\p{L}\p{N}])"
)
# A capitalized word glued by a colon to a capitalized word, whole on the left: a wiki
# page's namespace and name ("Wikipedia:Páginas"), read by _Context.namespace.
_NAMESPACED = LazyPattern(regex.compile, r"(?<![\p{L}\p{N}\p{M}:/.])(\p{Lu}[\p{L}\p{M}]+):(\p{Lu}[\p{L}\p{M}]*)")
_NAMESPACE_USES = 3
_SPACED_LABEL = LazyPattern(regex.compile, r"(?<![\p{L}\p{N}\p{M}])([\p{L}\p{M}]+):[ \t]")  # "Véase también: ", "Nota: "
_COUNTED_NAME_WORDS = 4  # words of a name in a list of names with counts ("A Node.JS Holiday Season")
# A line of a list of names with counts, a blog's categories or tags: "Firefox OS (114)",
# "+ Node.js (21)": a short name (a bullet allowed) and a count in brackets, nothing after.
_COUNTED_LINE = LazyPattern(regex.compile,
    r"(?m)^[ \t]*(?:[-+*•·][ \t]+)?\S+(?:[ \t]+\S+){0,%d}[ \t]+\(\p{N}[\p{N},.]*\)[ \t]*\r?$" % (_COUNTED_NAME_WORDS - 1)
)
# A sentence's end written as sentences end (a space, then a capital) and one glued to the
# next capital: the document's own spacing, against which a glued dot is read.
_SPACED_SENTENCE_END = LazyPattern(regex.compile, r"[\p{Ll}\p{N})\]%]\.[ \t]+\p{Lu}")
_GLUED_SENTENCE_END = LazyPattern(regex.compile, r"[\p{Ll}\p{N})\]%]\.\p{Lu}")

# A letter of French spelling: in a paragraph whose language is unsure, a hint that a
# space before `: ; ! ?` is French typography.
_FRENCH_LETTER = LazyPattern(regex.compile, r"(?i)[àâçéèêëîïôûùüÿœæ]")
# Latin-script words of a paragraph whose language is unsure: when most are no English
# word, the paragraph is in a language wordfreq does not know, and several of those
# (Breton, Kabyle, Occitan) space `: ; ! ?` as French does ("Diverkañ ?", "Da skouer :").
_LATIN_WORD = LazyPattern(regex.compile, r"(?<![%(\p{L}])\p{Latin}{4,}(?![\p{L})])")
# Letters, and those of the Latin script: a paragraph mostly in another script is no Latin-script language's.
# Counted as runs and summed: a count of matches of one letter each built a string per letter
# (a paragraph of spaced marks asks about every word before each: 4 -> 1 us a word).
_LETTERS = regex.compile(r"\p{L}+")
_LATIN_LETTERS = LazyPattern(regex.compile, r"\p{Latin}+")
# A short Latin-script word: a label made only of these gives no language to judge by.
_SHORT_LATIN_WORD = LazyPattern(regex.compile, r"(?<![%(\p{L}])\p{Latin}{1,3}(?![\p{L})])")
# In ASCII text every letter is a Latin one, and the words of both patterns are the runs of
# letters with no "%" or "(" before them and no ")" after: one pass finds the runs and the
# characters around them (see PunctuationSpacing._latin_counts).
_ASCII_LETTER_RUN = LazyPattern(re.compile, r"([%(]?)([A-Za-z]+)(\)?)")
_ENGLISH_SHORT_MIN = 4.5  # Zipf in English of a short word that reads as English ("why", "new"; not "eur")
_ENGLISH_WORD_MIN = 1.5  # Zipf in English of a word that reads as English (rarer: "tansa", "vitu")
_ENGLISH_PART_MIN = 3.0  # ... or of both parts of two English words glued together ("itnow")


@lru_cache(maxsize=1 << 16)  # asked per word before every spaced mark of an unsure paragraph
def _reads_as_english(word: str) -> bool:
    """Whether lower-case ``word`` is an English word, or two common ones glued (``itnow``, a fused defect)."""
    if _zipf(word, "en") >= _ENGLISH_WORD_MIN:
        return True
    return any(_english_part(word[:i]) and _english_part(word[i:]) for i in range(2, len(word) - 1))


def _english_part(part: str) -> bool:
    """Whether ``part`` of a glued pair reads as an English word: a short one (three letters
    or fewer) as common as a short word standing alone must be ("it", "now"); fragments of a
    language wordfreq lacks also make short strings English text holds now and then (Breton
    "tre|men", "nev|ez": 3.1 and 3.2)."""
    floor = _ENGLISH_SHORT_MIN if len(part) <= 3 else _ENGLISH_PART_MIN
    return _zipf(part, "en") >= floor
# A token's end that is a domain label after a dot ("Radio-Canada.ca"): a host name.
_HOST_END = LazyPattern(regex.compile, r"[\p{L}\p{N}]\.(\p{Ll}{2,})\Z")
# A dot spaced on both sides between a lower-case word and a domain ending that closes the
# token ("die-partei-sh . de!", "example . com for"): an address spelled out to foil
# harvesters, not a sentence's end; the ending must follow on the same line.
_SPACED_SEPARATOR_DOT = LazyPattern(regex.compile, r"[ \t](\p{Ll}+)(?![\p{L}\p{N}.])")
# Both searched in a window ending at the space (s - 64 to s) for the one match that can end
# there: searched backwards ((?r)), from the end, they find it at once instead of trying
# every start in the window (12 us -> 2 us a spaced full stop; the same match, see
# tests/test_adversarial.py).
_LOWER_WORD_END = regex.compile(r"(?r)(?<![\p{L}\p{N}.])\p{Ll}+$")
# An e-mail address whose host has no dot yet, ending at the space: "jdoe@host".
_OPEN_ADDRESS_HOST = LazyPattern(regex.compile, r"(?r)[\w.+-]@[\w-]+$")
# A lone symbol after the mark and a space: the mark is one of a list of symbols.
# A spaced dot one or two words away from another on the same line: "A . B . C".
# The most words a quotation whose close was lost may hold before a spaced mark for the space
# to be left: a quoted phrase or a title (the tune cases: 1 to 9 words).
_LOST_CLOSE_WORDS = 15
# A full stop spaced off the word before it, not part of an ellipsis ("Network . 2009", "Time .").
# (After an abbreviation's own dot too: a citation template spaces its separator off a field
# that ends in one, "C4Media Inc. . Schuster, Werner (2011)".)
_SPACED_DOT = LazyPattern(regex.compile, r"(?<=[^\s])[ \t]+\.(?![.\w])")
# A reference list's item: its number, then the caret or arrow that links back to the citation
# ("12. ^ ", and "20. ↑ " as Wikipedia writes it in Spanish, French, German, Russian, ...).
_REFERENCE_ITEM = LazyPattern(regex.compile, r"[ \t]*(?:\d{1,4}\.[ \t]*)?[\^\u2191][ \t]")
# (Matched by the stdlib engine, with ``regex``'s ``\s`` written out, since the two differ on
# U+001C-U+001F, which only the stdlib's takes for space: the same matches, in a third of
# the time of a ``regex`` call, at every spaced full stop.)
_REGEX_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_SEPARATOR_DOT_AFTER = LazyPattern(
    re.compile, rf"[ \t]+[^{_REGEX_SPACE}.]+(?:[ \t][^{_REGEX_SPACE}.]+)?[ \t]+\.[ \t]"
)
_SEPARATOR_DOT_BEFORE = regex.compile(r"(?r)[ \t]\.[ \t]+[^\s.]+(?:[ \t][^\s.]+)?\Z")
_LISTED_SYMBOL = LazyPattern(regex.compile, r"[ \t]+[/\\_~|+=<>#@^](?=[ \t,]|$)")
# A mark that names a character (a key, a symbol) rather than ending a clause: followed by
# another lone mark ("RIGHT . .", "LEFT , ,": a key table's two key columns), or by a
# function word and another lone mark ("the keys . and ,"); or, in a row that a field name
# with an underscore opens, between that name and a capitalised description
# ("SEARCH_BACK ? Search backward").  A clause's stop is followed by neither.
_NEXT_LONE_MARK = LazyPattern(regex.compile, r"[ \t]+(?:(\p{Ll}+)[ \t]+)?[.,;:!?](?=[ \t]|\r?\n|\Z)")
_LONE_MARK_AND_WORD_BEFORE = LazyPattern(regex.compile, r"(?r)(?:^|[ \t])[.,;:!?][ \t]+(\p{Ll}+)\Z")
_FIELD_NAME_LINE = LazyPattern(regex.compile, r"[ \t]*\p{Lu}[\p{Lu}\p{N}]*(?:_[\p{Lu}\p{N}]+)+")
_CAPITALISED_AFTER = LazyPattern(regex.compile, r"[ \t]+\p{Lu}\p{Ll}")
# A field name standing as a token of its own (``SEARCH_BACK``), for rows run together on one line.
_FIELD_NAME_TOKEN = LazyPattern(regex.compile, r"(?<!\S)\p{Lu}[\p{Lu}\p{N}]*(?:_[\p{Lu}\p{N}]+)+(?!\S)")
_FIELD_NAME_BEFORE = LazyPattern(regex.compile, r"(?<!\S)\p{Lu}[\p{Lu}\p{N}]*(?:_[\p{Lu}\p{N}]+)+[ \t]*\Z")
#: Field names a line holds, around a lone mark, when a key table's rows run together on it
#: (``C-s Search forward SEARCH_BACK ? Search backward ISEARCH C-s ...``); looked for this far each side.
_RUN_TOGETHER_FIELDS = 3
_RUN_TOGETHER_REACH = 160
# A word between two lone marks this frequent in the language is a function word: "and"
# 7.4, "or" 6.5, "und" 7.4, "oder" 6.5, "ou" 6.5 ("search" 5.0 between two links is no list).
_NAMED_MARK_JOINER_ZIPF = 6.4
_NAMED_MARK_REACH = 32  # characters before the space where "<mark> and" is looked for
_LISTED_SYMBOL_OPENS = frozenset(" \t")  # what a match opens with: no call where the mark is followed by none
# What can follow that first space in a match: another space or a listed symbol ("" too, for
# a slice at the text's end: the pattern decides there).
_LISTED_SYMBOL_SECOND = frozenset(" \t/\\_~|+=<>#@^") | {""}
# The rest of an emoticon typed with a space after its eyes (": )", "; P", ": -("): a mouth of
# brackets or symbols, which no word or clause opens with, or a letter mouth that ends its line
# or clause (": P" before "is a prime" is a label's colon and a letter).
# A CamelCase word by itself: no dot, letter, digit or underscore against either end (`LoganTwedt --`;
# a full stop after it counts as none, a dot going on into a name does not).
_CAMEL_ALONE = LazyPattern(
    regex.compile, r"(?<![\p{L}\p{N}\p{M}._])\p{Lu}\p{Ll}+\p{Lu}[\p{L}\p{M}]*(?![\p{L}\p{N}\p{M}_]|\.[\p{L}\p{N}])"
)
# What may follow a qualified name's tail where no sentence goes on: a dash, a bar or a bracket
# after a space, or the line's end (`Main.LoganTwedt - 07 May 2008`).
_NAME_STAMP_END = LazyPattern(regex.compile, r"[ \t]*(?:\r?\n|$)|[ \t]+[-\u2010-\u2015|(\[]")
# Visual Basic's line continuation: an underscore ending its line (` _`), after its own space.
_LINE_CONTINUATION = LazyPattern(regex.compile, r"_[ \t]*(?:\r?\n|$)")
_SPACED_FACE = LazyPattern(regex.compile,
    r"[ \t\u00a0]{1,2}-?(?:[()\[\]|/\\*](?![\p{L}\p{N}])|[DPpOo3](?=[ \t]*(?:\r?\n|$|[.,!?)])))"
)
# A "?" that ends no question: opening a line before a space or a symbol, or a run of them
# before a full stop.  Where a text has one, its "?" marks stand for symbols it lost.
# A run of them right after a word's full stop (`gets cut.?? There`) or opening a line glued
# to a capitalized word (`??DxDiag gets cut`) ends no question either: a sentence ended, and
# the run stands where a paragraph's opening symbol (a bullet, a quotation mark) was lost.
# A full stop or an exclamation mark glued between two Hangul syllables (`된다.그리고`, `눈!그리고`): a
# sentence's end the writer or an extractor glued to the next one.
_GLUED_HANGUL_STOP = LazyPattern(regex.compile, r"\p{Hangul}[.!]\p{Hangul}")
# Two of them glued between two lower-case letters (`his??apartment??when`) end no question either
# (a sentence after one would open on a capital): a character the feed's charset could not hold,
# a no-break space's two bytes, written as "?" each.
_LOST_SYMBOL_MARK = LazyPattern(regex.compile,
    r"(?m)^[ \t]*\?+(?:[ \t]*(?:[^\s\p{L}\p{N}?]|[ \t]\p{L})|\p{Lu})|\?{2,}\.(?!\.)|(?<=\p{Ll})\.\?{2,}[ \t]+\p{Lu}"
    r"|(?<=\p{Ll})\?\?(?=\p{Ll})"
)
# A shell command as a post types it on a line of its own: a lower-case command word opening the
# line (after a prompt's `$ `, `# `, `% ` or `> `), then, among its arguments, an option standing
# alone (`ln -s`, `docker build -t`, `rm --force`).  Prose opens no line on a command word and
# an option token; a line that does is read whole, so its length is bounded.
_COMMAND_LINE = LazyPattern(regex.compile,
    r"[ \t]*(?:[$#%>][ \t]+)?[a-z][\w.+-]*(?:[ \t]+\S+)*?[ \t]+--?[A-Za-z][\w-]*(?=[ \t]|$)"
)
_COMMAND_LINE_REACH = 200
# Two "?" glued around a Latin name inside Chinese or Japanese text ("条目?TheWikiWayReview?比较"): the
# marks that set the name off (quotation marks, brackets) lost to the feed's charset, no question
# ending before the name; a question's "?" is not followed by one Latin word and another "?".
_LOST_MARKS_AROUND_NAME = LazyPattern(regex.compile,
    r"[\p{Han}\p{Hiragana}\p{Katakana}]\?[\p{Latin}\p{N}]+\?[\p{Han}\p{Hiragana}\p{Katakana}]"
)
# A "?" inside a word, between a letter and a lower-case letter ("Kar?csonyt", "J?ule"): where
# a page was decoded with the wrong charset, every letter outside it became "?".  A text that
# writes it so in _LOST_LETTER_WORDS distinct words or more whose part after the "?" is no
# word of its own ("csonyt", "ule") writes "?" for lost letters (see _Context.lost_letters).
# Counted only in a word that stands alone, letters and "?" only: a space or an opening mark
# before it, a space or a closing mark after (not a URL's query, "lamelo?utm_source=digg").
_LOST_LETTER_WORD = LazyPattern(regex.compile,
    r"(?<![^\s(\[\"'“‘«])\p{L}[\p{L}\p{M}]*\?(\p{Ll}[\p{L}\p{M}]*)(?=[\s.,;:!)\]\"'”’»]|\Z)"
)
_LOST_LETTER_WORDS = 3
# A lower-case prefix glued by a colon to a lower-case name, whole ("xml:lang", "xlink:href"):
# a namespace when the text writes it so before two names or more and never spaces it, and
# the prefix is no common word (rarer than _MAX_ZIPF_NAMESPACE: "xml" 3.3; "see", "note" 5+).
_LOWER_NAMESPACED = LazyPattern(regex.compile, r"(?<![\p{L}\p{N}\p{M}:/.])(\p{Ll}[\p{Ll}\p{N}]*):(\p{Ll}[\p{Ll}\p{M}]*)(?![\p{L}\p{N}\p{M}:])")
_MAX_ZIPF_NAMESPACE = 4.0
# A line of a list of names holds no sentence: no mark that ends or splits one after its name.
_NAME_LINE_MAX = 80
_HEADER_LINE_MAX = 400  # a table's header row, padded by a text-mode renderer
_NAME_LINE_SENTENCE = LazyPattern(regex.compile, r"[.!?;]\s|[.!?]\Z")
# Two figures joined by a colon, whole: a cell of a "Docs:Pgs" column ("2:1030"), or a time ("12:30").
_FIGURE_PAIR = LazyPattern(regex.compile, r"(?<![\p{N}:.,/])(\p{N}{1,4}):(\p{N}{1,6})(?![\p{N}:]|[.,]\p{N})")
# An emoticon's eyes (and nose) right before an opening bracket, after a space or a line's start:
# "=(", ":-(", ";[".  A parenthesis follows a word or a space, never a lone "=" or ":".
_EMOTICON_EYES_BEFORE = LazyPattern(regex.compile, r"(?:^|(?<=\s))[:;=]['-]?\Z")
_PREPOSITION_ENDING = "in"  # a gender ending that is also a word of its own
_AGENT_NOUN_END = "er"  # ... which counts after an agent noun ("Besucher:in", "Leser:in")
_LETTERS_AFTER = LazyPattern(regex.compile, r"\p{L}+(?![\p{L}\p{M}])")  # a word's letters, to its end
# A dotted chain of short lowercase parts ("дд.мм.гггг") is a pattern, not glued sentences.
_DOTTED_RUN = LazyPattern(regex.compile, r"[\p{L}\p{M}.]+")
_CHAIN_PARTS = 3
_CHAIN_PART_LETTERS = 4
# A letter of a script written without spaces between words (Thai, Lao, Myanmar, Khmer).
_UNSPACED_SCRIPT_LETTER = LazyPattern(regex.compile, r"[\p{Thai}\p{Lao}\p{Myanmar}\p{Khmer}]")
# Spaced and tight `: ; ! ?` in running text, counted to recognise French style.
_SPACED_MARK = LazyPattern(regex.compile, r"(?<=\S)[ \t\u00a0\u202f\u2009][:;!?](?![\p{L}\p{N}()\[\]])")
_TIGHT_MARK = LazyPattern(regex.compile, r"[\p{L}\p{N}\p{M})\]”’\"][:;!?](?=\s|\Z)")
# The same marks found from the mark, its word's end looked behind: the engine skips to the next
# of four rare characters instead of trying every letter (random Latin-1 text, half of it
# letters: 30 -> 7 ms a megabyte).  Its look-behind also sees before the window's start,
# where _TIGHT_MARK's first character cannot be: a match at the start is not counted.
_TIGHT_MARK_FROM_MARK = LazyPattern(regex.compile, r"[:;!?](?<=[\p{L}\p{N}\p{M})\]”’\"].)(?=\s|\Z)")
# "4 )" opening a line of a numbered list.
_LIST_MARKER = LazyPattern(regex.compile, r"[ \t]*(?:\p{N}{1,3}|\p{L})")
_LIST_MARKER_MAX = 6
_LINE_NUMBER_MAX = 6  # characters of a listing's line number, spaces before it included
_LINE_NUMBER = LazyPattern(regex.compile, r"[ \t]*\p{N}{1,5}")
_PARAGRAPH_BREAK = LazyPattern(regex.compile, r"\n[ \t\r]*\n")
_BRACKET = LazyPattern(regex.compile, r"[()\[\]]|\n[ \t\r]*\n")

# A spaced colon after a short label at the start of a short line, before a number or
# a price (``VIP : 60,000₩``, ``Price : $5``), is a table layout, not a typo.
_LABEL_MAX_CHARS = 20
_LABEL_MAX_WORDS = 2
_LABEL_MAX_VALUE = 30
_LABEL_VALUE = LazyPattern(regex.compile, r"[ \t]+[\p{N}\p{Sc}][^\n\r.!?]{0,%d}[.!?]?[ \t]*(?:[\r\n]|\Z)" % _LABEL_MAX_VALUE)
# A label's colon spaced on both sides before a number or a price: where a line holds
# _RUN_TOGETHER_FIELDS of them within _RUN_TOGETHER_REACH characters, a price table's rows run
# together on one line (``VIP : 60,000₩ R : 50,000₩ S : 40,000₩``), each colon spaced as its row was.
_SPACED_LABEL_COLON = LazyPattern(regex.compile, r"[^\s:][ \t]+:[ \t]+[\p{N}\p{Sc}]")
# A lower-case word, then spaces, ending where a token starts: the token stands inside a sentence.
_LOWER_WORD_BEFORE = LazyPattern(regex.compile, r"(?<![\p{L}\p{M}'’-])\p{Ll}[\p{Ll}\p{M}]*[ \t]+\Z")
# How far back a first name may end before an initial ("John M.Ford").
_NAME_WINDOW = 40
# A lower-case word after a token, spaces or tabs between: its sentence goes on.  No comma may
# come first: a name is followed by a comma and a lower-case clause as often as by anything
# ("FastCo.Works, which sells shoes", "Mail.Ru, then"), and reading that as a sentence running
# on would space the name's dot.  (An earlier definition of this name that let a comma or an
# apostrophe come first, from 3058b78, was always shadowed by this one and is gone: see
# tests/test_sentence_goes_on.py and docs/benchmarks.md, branch tidy26.)
_SENTENCE_GOES_ON = regex.compile(r"[ \t]+\p{Ll}")
# The same in the Latin script: a sentence a Latin word opens goes on in Latin; a lower-case word of
# another script after a name written wholly in Latin (`Subscribe.Ru статьи`) goes on with the prose
# the name stands in.
_SENTENCE_GOES_ON_LATIN = regex.compile(r"[ \t]+(?=\p{Latin})\p{Ll}")
_DOMAIN_ENDING_MAX = 3  # letters of a domain ending read as part of a name ("Mail.Ru", "Booking.Com")
# A capitalized word this common after a glued dot or colon opens a sentence ("Get", "An", "Die").
_MIN_ZIPF_OPENER = 6.0
# A domain label written as a token of its own (".bg | country-code", ".BG Russian language",
# "the .com bubble"): a dot opening two to six letters of one case, after a line's start, a
# space, a table's "|" or a bracket, and no dotted or hyphenated word going on after it.
_DOMAIN_LABEL = LazyPattern(regex.compile,
    r"(?<![^\s|(\[])\.(\p{Ll}{2,6}|\p{Lu}{2,6})(?![\p{L}\p{N}\p{M}_-]|\.[\p{L}\p{N}])"
)
_DOMAIN_LABEL_MAX = 6
# A run of two to six capitals written as a word of its own (no dot, letter or digit against it).
_CAPITALS_ALONE = LazyPattern(regex.compile, r"(?<![\p{L}\p{N}\p{M}.])\p{Lu}{2,6}(?![\p{L}\p{N}\p{M}])")
# A CamelCase word rarer than this is a brand the lexicon does not know ("FastCo"; not "SoftBank").
_MAX_ZIPF_BRAND = 2.0
# A package named in an API text glued to a type named after it ("log.Logger", "hash.Hash"):
# the package's name has this many letters at least ("io.IOError" stays to the other evidence).
_EPONYM_HEAD_MIN = 3
# A lowercase word after a glued comma etc. must be at least this common...
_MIN_ZIPF = 3.0
# A value of capitals and digits in hyphen-joined parts, one of them mixing letters and digits
# ("MP-PRD-WEB13", "SRV-EU2"): a machine's identifier; "COVID-19" mixes none in one part.
_MACHINE_IDENTIFIER = LazyPattern(regex.compile, r"(?=[\p{Lu}\d-]*\p{Lu}\d|[\p{Lu}\d-]*\d\p{Lu})[\p{Lu}\d]+(?:-[\p{Lu}\d]+)+(?![\p{L}\p{N}-])")
_TOKEN_REACH = 64  # characters read after a glued mark for the token it is glued to
_FRENCH_PHRASE_REACH = 60  # characters of the clause before a spaced mark read for a French phrase
_FRENCH_PHRASE_WORDS = 2  # words of that phrase at least (one word is too little to tell)
_FRENCH_PHRASE_MARGIN = 1.0  # Zipf by which each is commoner in French than in the paragraph's language
# The clause before a mark: after the last stop, ellipsis or line break.
# The clause before a mark starts after the last of these (searched backwards from the mark:
# the one answer, found at once).
_CLAUSE_STOP = LazyPattern(regex.compile, r"(?r)[.!?…\n]")
_LATIN_WORD_ANY = LazyPattern(regex.compile, r"[\p{Latin}][\p{Latin}\p{M}'’]*")
# ...unless it is this long: then it is prose in any language, known to wordfreq or not.
_LONG_WORD = 3
# A one-letter word after a glued mark must be this common ("a", "I"; not "x", "n").
_MIN_ZIPF_ONE_LETTER = 6.0
# Both words around a glued colon must be at least this common when the right one is
# lowercase: "follows:the" yes, "filename:lineno" (code) no.
_MIN_ZIPF_COLON = 2.0
# A two-letter word before a glued colon must be this common (a function word:
# "it", "by", "is"), or it may be a prefix such as "re:Invent".
_MIN_ZIPF_SHORT_LABEL = 5.5
# An all-capitals word after a glued dot is an acronym starting a sentence only when short
# ("VW", "NBC"); longer ones are constants in code ("errno.ENOTSUP").
_MAX_ACRONYM = 4
# Readings of its own output before the stage gives up on a text whose evidence contradicts itself.
_MAX_ROUNDS = 3
# A glued mark's verdict reads the text only within reach of its token (see
# _Context.glued_window): a text asking about this many glued marks or more keeps each
# verdict under the window it read, and a mark whose window recurs (one long line of the same
# glued pairs) is answered from it.  An article never gets that far, so it pays nothing.
_REMEMBER_GLUED_AFTER = 256
_GLUED_REASONS: dict[str, str] = {}  # mark -> the reason of a space added after it, made once
_REMEMBERED_GLUED_MAX = 1024  # distinct windows kept; a text that fills them does not repeat itself
_REMEMBERED_TOKEN = 64  # the longest token whose verdicts (and facts, _Context.load_token) are kept
_REMEMBERED_TOKENS_MAX = 4096  # distinct tokens whose facts are kept
_WINDOW_BEFORE = 48  # characters read before a token: _NAME_WINDOW and a look-behind, with room
_WINDOW_AFTER = _TOKEN_REACH + 8  # characters read after it: the token glued on, with room
# A token with this many glued marks is data or code, not prose that lost spaces.
_MAX_GLUED_PER_TOKEN = 3
# ...and one with this many glued commas or semicolons is a list of tags or values ("build,hatch,packaging").
_MAX_GLUED_LIST = 2


def _tight_marks(text: str, start: int, end: int) -> int:
    """``len(_TIGHT_MARK.findall(text, start, end))``: the marks ``: ; ! ?`` glued to a word's end and followed by a space."""
    # Counted in C; a match is one character, so only one can start at ``start``.
    count = len(_TIGHT_MARK_FROM_MARK.findall(text, start, end))
    if count and _TIGHT_MARK_FROM_MARK.match(text, start, end) is not None:
        count -= 1
    return count


def _non_latin_pair(left: str, right: str) -> bool:
    """Both sides in one of the cased scripts other than Latin, where host names and code do not live."""
    return bool(left) and bool(right) and _NON_LATIN_CASED.match(left[-1]) is not None and _NON_LATIN_CASED.match(right) is not None


def _may_change_evidence(text: str, edit: Row) -> bool:
    """Whether ``edit`` (a row) can change what the stage reads at another mark."""
    if edit[2]:
        return True  # a space taken out (or moved) joins what it separated
    start = edit[0]
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = edit[1]
    while end < len(text) and not text[end].isspace():
        end += 1
    return len(_GLUED_MARK.findall(text, start, end)) > 1


#: Spaces and tabs :func:`_may_head_comment` walks back over before it answers "maybe":
#: the walk stays short on a line of a million spaces, and "maybe" only asks the scans.
_HEADER_LEAD_WALK = 64


def _may_head_comment(text: str, pos: int) -> bool:
    """Whether a token starting at ``pos`` may head a comment: whether ``pos`` may be in
    :func:`~textmend.analysis.dated_header_starts` or :func:`~textmend.analysis.comment_header_starts`
    of ``text`` (or of a window of it cut at a line break, which the stage may read again).

    Both find a token only where its line holds nothing before it but spaces or tabs and,
    for a dated header, a number of up to four digits with a dot (``186 Ann May 1, 2011``).
    ``False`` proves ``pos`` is in neither, so the whole-text scans that find them are not
    made for a glued mark inside a sentence (``U.S.``, ``e.g.``: most of them; issue 16).
    Any character outside ASCII is taken for a digit (``regex``'s ``\\d`` is every script's), the
    text's start for a line's (a window may start inside a line's number), and a longer run of
    spaces than :data:`_HEADER_LEAD_WALK` answers ``True``: a "maybe".
    """
    k = pos
    while k > 0 and text[k - 1] in " \t":
        k -= 1
        if pos - k > _HEADER_LEAD_WALK:
            return True
    if k == 0 or text[k - 1] == "\n":
        return True
    if k == pos:
        return False  # a character right before the token, not a space: inside its line
    if text[k - 1] == ".":
        k -= 1
    digits = 0
    while digits < 4 and k > 0 and ("0" <= text[k - 1] <= "9" or not text[k - 1].isascii()):
        k -= 1
        digits += 1
    if k == 0:
        return True  # a window's start (a reread's may cut a line): the number may begin before it
    if not digits:
        return False
    lead = k
    while k > 0 and text[k - 1] in " \t":
        k -= 1
        if lead - k > _HEADER_LEAD_WALK:
            return True
    return k == 0 or text[k - 1] == "\n"


def _opens_line(text: str, pos: int) -> bool:
    """Whether only spaces stand between the start of its line and ``pos``."""
    k = pos
    while k > 0 and text[k - 1] in _SPACES:
        k -= 1
    return k == 0 or text[k - 1] in "\n\r"


# A face drawn inside brackets (kaomoji: "( ﾟдﾟ)", "( ；´Д｀)", "( ^_^)"): at most _FACE_MAX
# characters and two at least, no digit, no two word letters in a row (a modifier letter such as
# the half-width "ﾟ" is drawing, not spelling), and a character prose does not write between
# letters: a modifier symbol or letter ("´", "^", "ﾟ"), another symbol, a connector ("_") or a
# half- or full-width form ("；", "｀"); the dots and hyphens of "( D-N.Y.)" draw nothing.
_FACE_MAX = 12
_WORD_LETTER = LazyPattern(regex.compile, r"[\p{L}\p{M}--\p{Lm}]", regex.V1)
_FACE_PARTS = LazyPattern(regex.compile, r"[^\s\p{N}]{1,12}", regex.V1)
_FACE_DRAWING = LazyPattern(regex.compile, r"[\p{Sk}\p{So}\p{Sm}\p{Lm}\p{Pc}\uff00-\uffef]")


@lru_cache(maxsize=1)
def _ascii_reference_names() -> frozenset[str]:
    """HTML's named character references for the ASCII characters markup reserves (``quot``,
    ``amp``, ``lt``, ``gt``: the names HTML 4 gives a character below 128), read from the
    standard library's table."""
    import html.entities

    return frozenset(name for name, point in html.entities.name2codepoint.items() if point < 128)


def _reference_remnant(text: str, start: int, i: int) -> bool:
    """Whether the ``;`` at ``i`` ends a character reference that lost its ``&``: the token
    from ``start`` up to the mark is nothing but the name of one of markup's reserved ASCII
    characters (:func:`_ascii_reference_names`), glued to the word it escaped a mark for
    (``early August. quot;This is an incremental release``: a feed's ``&quot;`` with its
    ampersand dropped).  Spacing the mark off detaches the remnant from the word its quotation
    mark opens; a clause ending on one of these names before a glued word is not written.

    >>> _reference_remnant("August. quot;This is", 8, 12), _reference_remnant("a long period;The", 7, 13)
    (True, False)
    """
    return text[start:i] in _ascii_reference_names()


def _bracket_face(inside: str) -> bool:
    """Whether ``inside``, the text between an opening bracket and its partner, draws a face:
    a kaomoji is written with the space after its bracket (``( ﾟдﾟ)ﾊｯ!``, ``( ；´Д｀)``), and no
    word stands in it, only symbols and letters one at a time for eyes and mouth.

    >>> _bracket_face(" ﾟдﾟ"), _bracket_face(" ；´Д｀"), _bracket_face(" ^_^")
    (True, True, True)
    >>> _bracket_face(" in vitro"), _bracket_face(" 2005"), _bracket_face(" a"), _bracket_face(" 原題は"), _bracket_face(" *")
    (False, False, False, False, False)
    >>> _bracket_face(" D-N.Y."), _bracket_face(" a.k.a."), _bracket_face(" **")
    (False, False, False)
    """
    core = "".join(inside.split())
    if not 2 <= len(core) <= _FACE_MAX or _FACE_PARTS.fullmatch(core) is None:
        return False
    letters = [_WORD_LETTER.match(ch) is not None for ch in core]
    if any(a and b for a, b in zip(letters, letters[1:])):
        return False
    return _FACE_DRAWING.search(core) is not None


def _jamo_face(text: str, i: int) -> bool:
    """Whether the dot at ``i`` is the nose of a face with two bare jamo for eyes (``ㅜ.ㅜ``)."""
    return 0 < i < len(text) - 1 and text[i - 1] == text[i + 1] and _BARE_JAMO.match(text, i + 1) is not None


def _number_ends_at(text: str, end: int, year: bool = False) -> bool:
    """Whether a number stands right before ``end``, no letter, digit or ``.,:`` before it
    (``year``: four ASCII digits from 1000 to 2999, "2002")."""
    start = end
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    if start == end or (start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".,:")):
        return False
    return not year or (end - start == 4 and text[start] in "12" and text[start:end].isascii())


# Pre-tests of the patterns a spaced full stop asks about (issue 16, branch speed35): each
# answers False only where its pattern can find no match, from the characters alone, with
# ``str`` methods and stdlib patterns, so a line of spaced stops pays the ``regex`` calls only
# where they may answer.  Held to the patterns by tests/test_speed_spaced_stops.py.
# (No Unicode class is read here: ``regex`` and ``unicodedata`` may know different Unicode
# versions, so a letter is told only among ASCII characters, whose classes never change.)

#: A superset of _NEXT_LONE_MARK (its lower-case word widened to any run of non-spaces): where
#: this does not match at a place, that cannot.
_NEXT_LONE_MARK_SHAPE = LazyPattern(re.compile, r"[ \t]+(?:[^ \t]+[ \t]+)?[.,;:!?]")
#: A superset of _CAPITALISED_AFTER: spaces or tabs, then a capital and a lower-case letter,
#: each told only among ASCII characters (any other character may be either).
_CAPITALISED_SHAPE = LazyPattern(re.compile, r"[ \t]+[A-Z\x80-\U0010ffff][a-z\x80-\U0010ffff]")
#: A superset of _SEPARATOR_DOT_BEFORE's match, from its dot on (its tokens widened to any runs
#: of characters but spaces and tabs).
_SEPARATOR_DOT_SHAPE = LazyPattern(re.compile, r"[ \t]\.[ \t]+[^ \t]*(?:[ \t][^ \t]*)?")
#: The run of ASCII lower-case letters at a place (possibly empty).
_ASCII_LOWER_RUN = LazyPattern(re.compile, r"[a-z]*")


@lru_cache(maxsize=None)
def _ascii_lower_words(words: frozenset[str]) -> bool:
    """Whether every one of ``words`` is ASCII lower-case letters only (``com``, ``uk``)."""
    return all(w.isascii() and w.isalpha() and w.islower() for w in words)


def _may_be_spaced_domain(text: str, s: int, e: int) -> bool:
    """False proves that a full stop at ``e``, spaced off the word ending at ``s``, is neither
    of the spaced domain's two cases of :meth:`PunctuationSpacing._space_before`: a listed
    domain ending after it (``example . com``) nor an address's host before it (``jdoe@host .
    example``, which needs an ``@`` in the window).

    The first needs the lower-case word after the space, ``_SPACED_SEPARATOR_DOT``'s group, to
    be a listed ending.  That group is the whole run of ``\\p{Ll}`` after the space (the
    look-ahead refuses a letter after it).  When every listed ending is ASCII lower-case, the
    group is one only if it is the run of ``a-z`` there, so that run must be listed: a set
    lookup in place of two ``regex`` calls at every spaced stop before a common word."""
    if text.find("@", max(0, s - 64), s) >= 0:
        return True
    endings = tlds()
    if not _ascii_lower_words(endings):
        return True  # (the data holds another kind of ending: the patterns decide)
    return _ASCII_LOWER_RUN.match(text, e + 2).group() in endings


def _may_follow_separator_dot(text: str, s: int) -> bool:
    """False proves ``_SEPARATOR_DOT_BEFORE`` finds nothing in ``text[max(0, s - 64):s]``.

    A match ends at ``s`` with a spaced dot then one or two tokens holding no dot and no
    space, parted by one space or tab: its dot is the last dot of the window, spaced on both
    sides, and after it, past the spaces, one space or tab at most stands before ``s``."""
    lo = max(0, s - 64)
    d = text.rfind(".", lo, s)
    return d > lo and _SEPARATOR_DOT_SHAPE.fullmatch(text, d - 1, s) is not None


def _may_lone_mark_and_word_precede(text: str, s: int) -> bool:
    """False proves ``_LONE_MARK_AND_WORD_BEFORE`` finds nothing in
    ``text[max(0, s - _NAMED_MARK_REACH):s]``.

    A match ends at ``s`` with a lower-case word (no space or tab in it) after spaces or tabs,
    and before them a mark: the word is what follows the window's last space or tab, and the
    first character before that run of spaces, still in the window, is one of ``.,;:!?``."""
    lo = max(0, s - _NAMED_MARK_REACH)
    k = max(text.rfind(" ", lo, s), text.rfind("\t", lo, s))
    if k < 0 or k + 1 == s:
        return False
    j = lo + len(text[lo:k].rstrip(" \t")) - 1
    return j >= lo and text[j] in ".,;:!?"


def _letter_spaced_before(text: str, end: int) -> bool:
    """Whether the three tokens before ``end`` are single letters or digits, each one space
    apart, the first after a space, a bracket or the text's start (``u c 8 0 1 0``, ``H E L L
    O``): a run written letter by letter (a domain spelled out so it is no link, a spaced-out
    word), whose marks are spaced like its letters on purpose.  A sentence's last word is longer
    than one character, or follows a longer word (``Plan B .``, ``vitamin C .``)."""
    if end < 5:
        return False
    for k in (end - 1, end - 3, end - 5):
        if not text[k].isalnum():
            return False
    if text[end - 2] != " " or text[end - 4] != " ":
        return False
    return end == 5 or text[end - 6] in " \t\n([{"


def _ends_line(text: str, pos: int) -> bool:
    """Whether only spaces stand between ``pos`` and the end of its line."""
    k = pos
    while k < len(text) and text[k] in " \t\r":
        k += 1
    return k == len(text) or text[k] == "\n"


def _handle_before(text: str, end: int) -> int:
    """Where the token that ends at ``end`` starts (a run of no spaces), or -1 when it is empty."""
    k = end
    while k > 0 and not text[k - 1].isspace():
        k -= 1
    return k if k < end else -1


def _opens_sentence_alone(text: str, start: int) -> bool:
    """Whether the token at ``start`` opens its sentence: only spaces between it and the text's
    start, a line break or a stop (``죽었는가? 단군.기자``).  The token before a glued dot is then
    the whole of the sentence that dot would end."""
    k = start - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in "\n\r.!?\u2026"


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Whether the token ``text[start:end]`` is all its line holds (spaces aside).

    A commenter's name or a label in a cell of its own (``Memo.ST``): the extractor kept
    the line breaks around it, so no sentence or block boundary was lost inside it.  A text
    that is one token and no line break ("(AP).The") says nothing of the kind.
    """
    if not _opens_line(text, start):
        return False  # (asked first: most tokens stand after another on their line)
    k = end
    while k < len(text) and text[k] in _SPACES:
        k += 1
    if not (k == len(text) or text[k] in "\n\r"):
        return False
    return k < len(text) or "\n" in text[:start] or "\r" in text[:start]


def _short_dotted_chain(text: str, start: int) -> bool:
    """True when the token at ``start`` is three or more short lowercase parts joined by dots
    (``дд.мм.гггг``, a date format; ``сол.моҳ.рӯз``): a pattern or an abbreviation chain,
    where sentences glued together would show a longer word (``ст.л.оливкового``)."""
    while start < len(text) and text[start] in _OPENING:
        start += 1  # "(сол.моҳ.рӯз"
    m = _DOTTED_RUN.match(text, start)
    if m is None:
        return False
    parts = m.group().strip(".").split(".")
    return len(parts) >= _CHAIN_PARTS and all(1 <= len(part) <= _CHAIN_PART_LETTERS and part.islower() for part in parts)


def _names_list_line(text: str, tok_start: int, left: str) -> bool:
    """Whether the token at ``tok_start``, glued by a colon after ``left`` (a capitalized word),
    opens a line with no sentence mark after it, next to a line that opens with ``left`` and a
    space: a list of names, one a line, sorted or grouped by their first word (a directory's
    ``Fashion Trade`` / ``Fashion:Time ApS``).  A headline's label glued to its text
    (``Update:Police said``) stands over no line that names something with the label's word."""
    if not left[:1].isupper() or not _opens_line(text, tok_start):
        return False
    line_start = text.rfind("\n", max(0, tok_start - _NAME_LINE_MAX), tok_start) + 1
    line_end = text.find("\n", tok_start, tok_start + _NAME_LINE_MAX + 1)
    if line_end < 0:
        if len(text) - tok_start > _NAME_LINE_MAX:
            return False  # a line longer than a name's (looked for no further: a long line asks at every colon)
        line_end = len(text)
    if line_end - line_start > _NAME_LINE_MAX or _NAME_LINE_SENTENCE.search(text, tok_start, line_end):
        return False
    opener = regex.compile(r"[ \t]*%s[ \t]+\S" % regex.escape(left))
    if line_start >= 1:
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        if opener.match(text, prev_start, line_start):
            return True
    return line_end < len(text) and opener.match(text, line_end + 1) is not None


def _colon_column_header(text: str, tok_start: int, colon: int) -> bool:
    """Whether the colon at ``colon`` joins two column names in a table's header row whose
    cells below join two figures with a colon that tells no time (``Docs:Pgs`` over
    ``2:1030``, documents to pages): the header is written as its cells are.  The header
    line holds three words or more, none in lower case (a row of column names, no
    sentence), and one of the next two lines with text holds such a pair of figures."""
    line_start = text.rfind("\n", max(0, tok_start - _HEADER_LINE_MAX), tok_start) + 1
    if line_start == 0 and tok_start > _HEADER_LINE_MAX:
        return False  # longer than a header row (looked for no further: a long line asks at every colon)
    line_end = text.find("\n", colon, line_start + _HEADER_LINE_MAX + 1)
    if line_end < 0:
        if len(text) > line_start + _HEADER_LINE_MAX:
            return False
        line_end = len(text)
    words = text[line_start:line_end].split()
    if len(words) < 3 or any(w[:1].islower() for w in words):
        return False
    pos, seen = line_end + 1, 0
    while pos < len(text) and seen < 2:
        end = text.find("\n", pos, pos + _HEADER_LINE_MAX + 1)
        if end < 0:
            end = min(len(text), pos + _HEADER_LINE_MAX)  # a row read no further than a header's length
        if text[pos:end].strip():
            seen += 1
            for m in _FIGURE_PAIR.finditer(text, pos, end):
                if int(m.group(1)) > 24 or int(m.group(2)) > 59 or len(m.group(2)) != 2:
                    return True
        pos = end + 1
    return False


def _hangul_pair(left: str, right: str) -> bool:
    return bool(left) and _HANGUL.match(left[-1]) is not None and _HANGUL.match(right) is not None


def _api_shaped_name(head: str, tail: str) -> bool:
    """Whether ``head.tail`` has the shape of a name in an API, asked only in a text that
    qualifies names (:meth:`_Context.qualified_name`): a CamelCase right part the lexicon
    does not know (``binary.TotalSize``, ``unicode.ToLower``, ``Request.RawURL``), or a
    package's type named after the package (``hash.Hash``, ``log.Logger``, ``time.Time``).

    Written once, such a pair gives no recurrence to lean on; what tells it from a sentence
    glued to the next is the text around it.  A text that qualifies three packages' names
    or more is about an API, and there a right part with a capital inside it is a type's or
    a function's name (``listing.WeWork declined``, a brand opening a news sentence, stands
    in texts that qualify nothing), and a word glued to a capitalized form of itself is a
    package and its eponymous type, which no sentence boundary makes (a sentence does not
    end on ``hash`` to open on ``Hash``, outside a text that names packages).
    """
    if _CAMEL_HUMP.search(tail) and _zipf(tail.lower(), "en") < _MAX_ZIPF_BRAND:
        return True
    return (
        head.islower() and len(head) >= _EPONYM_HEAD_MIN and tail[:1].isupper()
        and tail.lower().startswith(head)
    )


def _before_apostrophe(word: str) -> str:
    """``_APOSTROPHE.split(word, maxsplit=1)[0]``: a substring test first, as most words hold none."""
    if "'" in word or "\u2019" in word:
        return _APOSTROPHE.split(word, maxsplit=1)[0]
    return word


def _shape(word: str) -> str:
    """"cap" (The, I'm), "caps" (NASA), "lower", "one" (A, a), "mixed" (WeWork, iPhone), "uncased"."""
    if len(word) == 1:
        return "one" if word.isupper() or word.islower() else "uncased"
    if _CAPITALISED.match(word):
        return "mixed" if _HAS_UPPER.search(word, 1) else "cap"
    base = _before_apostrophe(word) or word
    if len(base) >= 2 and base.isupper():
        return "caps"
    if word.islower():
        return "lower"
    if _CASED.match(word):
        return "mixed"
    return "uncased"


@lru_cache(maxsize=None)
def _sentence_openers(lang: str) -> frozenset[str]:
    """The usual sentence openers of ``lang`` and of English (English words open sentences in
    every language's scraped pages: menus, credits), one set per language, so the shared
    analysis's answers asked with it are kept (:meth:`TextFacts.qualifiers`)."""
    return language_list("sentence_openers", lang) | language_list("sentence_openers", "en")



def _line_window(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the line around ``start``..``end``, at most ``_RUN_TOGETHER_REACH`` characters
    either way: where the run-together rules count a row's repeated shape (a row is one line)."""
    lo = text.rfind("\n", max(0, start - _RUN_TOGETHER_REACH), start) + 1
    if lo == 0:
        lo = max(0, start - _RUN_TOGETHER_REACH)
    hi = text.find("\n", end, end + _RUN_TOGETHER_REACH)
    if hi < 0:
        hi = min(len(text), end + _RUN_TOGETHER_REACH)
    return lo, hi

class _Context:
    """Facts about one text, each computed on first need (most texts need none)."""

    def __init__(self, text: str) -> None:
        self.text = text
        # When ``text`` is a window of a document a pipeline reads again (analysis.reading), what
        # the whole text says (its namespaces, its dotted names and pairs, its French spacing, its
        # lists of comments) is asked of the document's own context, built once and shared.
        facts = text_facts(text)
        self._doc: _Context | None = None
        self._window = facts
        if facts.document is not facts:
            self._doc = facts.memo(("punctuation.context",), _Context)  # type: ignore[assignment]
        self._breaks: list[int] | None = None
        self._french: dict[int, bool] = {}
        self._french_document: bool | None = None
        self._partner: dict[int, int] | None = None
        self._padded: set[str] = set()
        self.token_start = -1
        self.token_end = -1
        self.token_prose = False
        self.token_dotted = False
        self._token_facts: dict[str, tuple[bool, bool]] = {}  # token -> (token_prose, token_dotted)
        self._dotted_names: Counter[str] | None = None
        self._dotted_acronyms: Counter[str] | None = None
        self._dotted_pairs: dict[tuple[str, str], int] = {}  # (head, tail) -> times the text writes head.tail
        self._whole_dotted_pairs: Counter[tuple[str, str]] | None = None  # the same, for every pair of whole runs
        self._spaces_sentence_ends: bool | None = None
        self._namespaces: frozenset[str] | None = None  # capitalized words written as namespaces here
        self._spaced_labels: frozenset[str] | None = None  # words the text writes before ": " (a label)
        self._counted_line: dict[int, bool] = {}  # line start -> whether the line has the counted shape
        self._line = (0, -1)  # the span of the line last asked about (none yet)
        self._code_line = (0, -1, False)  # the line last asked about by in_code, and its answer
        self._facts: TextFacts | None = None
        # Counts over a paragraph's start up to the last mark read there, per kind of count:
        # (paragraph start, kind) -> (end, counts); see running_counts.
        self._running: dict[tuple[int, str], tuple[int, tuple[int, ...]]] = {}
        self._french_letter: dict[int, bool] = {}
        self._lost_symbols: bool | None = None  # whether "?" stands for lost symbols in this text
        self._glued_hangul_stops: bool | None = None  # whether a Hangul sentence's stop is glued on here
        self._glued_hangul_count: int | None = None  # how many Hangul sentences' stops are glued on here
        self._lost_letters: bool | None = None  # whether "?" stands for lost letters in this text
        self._lower_namespaces: frozenset[str] | None = None  # lower-case prefixes written as namespaces
        # (mark, left length, right length) -> the text around each such mark -> where each starts
        self._mark_windows: dict[tuple[str, int, int], dict[str, list[int]]] = {}
        # Answers the stage asks at every glued mark, kept for the text (the shared functions
        # that give them are cached too, but a look-up there hashes its arguments each time).
        self._comment_starts: frozenset[int] | None = None
        # (function's name, lang) -> line starts read with lang's months: dated headers, post lines
        self._month_starts: dict[tuple[str, str], frozenset[int]] = {}
        self._qualifiers: tuple[frozenset[str], frozenset[str]] | None = None  # (openers, the shared answer)
        self._domain_labels: frozenset[str] | None = None  # labels the text writes alone after a dot, lower-cased
        self._capital_words: frozenset[str] | None = None  # runs of 2-6 capitals the text writes as words
        self._camel_words: frozenset[str] | None = None  # CamelCase words the text writes by themselves
        self._literal_elements: list[tuple[int, int]] | None = None  # markup elements written out as text
        # The verdicts of glued marks, by the window of text they read (see glued_window).
        self.glued_asked = 0
        self.glued_verdicts: dict[tuple[object, ...], Row | None] | None = {}

    def glued_window(self, i: int, lang: str) -> tuple[object, ...] | None:
        """All that the verdict on the glued mark at ``i`` (in the current token) reads of the
        text, besides the text's own facts (its namespaces, pairs written twice, qualifiers,
        which are the same at every mark): a key under which the verdict can be kept for
        another mark with the same key.  ``None`` when the verdict may read further.

        ``PunctuationSpacing._glued`` and what it calls read the token, the characters within
        ``_NAME_WINDOW`` before it (a first name before an initial, a lower-case word before a
        name) and within ``_TOKEN_REACH`` after the mark, and beyond those only through a few
        questions whose answers are taken here instead: whether the token opens its line
        (then a list of names, a line of its own and a column header are asked about: not
        kept), whether a lower-case word follows after spaces or tabs (as many as there are),
        whether the token heads a comment or a dated comment, whether its line is in a list
        of counted names, and whether a colon joins a table's column names.  The window holds
        the token whole, its offset says where the text's ends are when they are in reach.
        """
        text = self.text
        start, end = self.token_start, self.token_end
        if end - start > _REMEMBERED_TOKEN or _opens_line(text, start):
            return None
        w_start = max(0, start - _WINDOW_BEFORE)
        mark = text[i]
        return (
            text[w_start : end + _WINDOW_AFTER],
            i - w_start,
            _SENTENCE_GOES_ON.match(text, end) is not None,
            # (a token that cannot head a comment spares the scans for the headers' lines)
            _may_head_comment(text, start) and start in self.dated_header_starts(lang),
            mark in ".:" and _may_head_comment(text, start) and start in self.comment_header_starts(),
            self.in_counted_list(i),
            mark == ":" and _colon_column_header(text, start, i),
        )

    def dated_header_starts(self, lang: str) -> frozenset[int]:
        """:func:`~textmend.analysis.dated_header_starts` of the text with ``lang``'s months."""
        return self._starts_by_months(lang, dated_header_starts, lambda doc: doc.dated_header_starts(lang))

    def comment_header_starts(self) -> frozenset[int]:
        """:func:`~textmend.analysis.comment_header_starts` of the text."""
        known = self._comment_starts
        if known is None:
            if self._doc is not None:
                known = self._comment_starts = self._window.document_starts(self._doc.comment_header_starts())
            else:
                known = self._comment_starts = comment_header_starts(self.text)
        return known

    def post_line_starts(self, lang: str) -> frozenset[int]:
        """:func:`~textmend.analysis.post_line_starts` of the text with ``lang``'s months (a window
        asks its document)."""
        return self._starts_by_months(lang, post_line_starts, lambda doc: doc.post_line_starts(lang))

    def _starts_by_months(
        self,
        lang: str,
        read: Callable[[str, frozenset[str]], frozenset[int]],
        read_document: Callable[["_Context"], frozenset[int]],
    ) -> frozenset[int]:
        """The line starts ``read`` finds with ``lang``'s months, once per function and language;
        a window asks its document (``read_document``) and maps the answer into the window."""
        key = (read.__name__, lang)
        known = self._month_starts.get(key)
        if known is None:
            if self._doc is not None:
                known = self._window.document_starts(read_document(self._doc))
            else:
                known = read(self.text, language_list("months", lang))
            self._month_starts[key] = known
        return known

    def running_counts(
        self, start: int, end: int, kind: str, count: Callable[[str, int, int], tuple[int, ...]]
    ) -> tuple[int, ...]:
        """``count(text, start, end)``, a tuple of counts, each a sum over the characters or
        words of ``text[start:end]``, where ``start`` opens a paragraph and ``end`` is a space.

        The stage reads the marks of a paragraph in order, and each asks about the words
        from the paragraph's start up to it: counted from the start each time, a long
        paragraph with many such marks cost the square of its length (a 16 k paragraph of
        spaced ``?`` among tight marks: 1.5 s).  The counts are kept and only the text since
        the last mark is counted.  Splitting at a space is exact: no letter or word runs
        across one, and ``count``'s patterns look no further than a character either side.
        """
        key = (start, kind)
        known = self._running.get(key)
        if known is None or known[0] > end:
            counts = count(self.text, start, end)
        else:
            done, before = known
            counts = before if done == end else tuple(map(add, before, count(self.text, done, end)))
        self._running[key] = (end, counts)
        return counts

    def french_letter(self, start: int, end: int) -> bool:
        """Whether the paragraph ``text[start:end]`` holds a letter of French spelling (searched once)."""
        found = self._french_letter.get(start)
        if found is None:
            found = self._french_letter[start] = _FRENCH_LETTER.search(self.text, start, end) is not None
        return found

    def _mark_windows_starts(self, left: str, mark: str, right: str) -> list[int]:
        """Where each occurrence of ``left + mark + right`` starts in the text, in order.

        Every occurrence holds ``mark`` at ``len(left)``: the windows of that width around
        every ``mark`` of the text, gathered once per pair of widths, hold them all, so each
        question costs a look-up, not a scan of the whole text.
        """
        a, b = len(left), len(right)
        key = (mark, a, b)
        windows = self._mark_windows.get(key)
        if windows is None:
            text = self.text
            windows = self._mark_windows[key] = {}
            p = text.find(mark, a)
            while p != -1:
                windows.setdefault(text[p - a : p + 1 + b], []).append(p - a)
                p = text.find(mark, p + 1)
        return windows.get(f"{left}{mark}{right}", [])

    def written_twice(self, left: str, mark: str, right: str) -> bool:
        """Whether ``text.count(left + mark + right) >= 2`` (``mark`` one character).

        Asked at every glued mark between two capitalized words, a count over the whole text
        cost the square of its length on one long line of them (``Gard:Alpha `` × 10,000: 1.0 s,
        a tenth of it 18 ms).  ``str.count`` counts leftmost first without overlap, and so does
        the walk here over the occurrences' starts.
        """
        if self._doc is not None:
            return self._doc.written_twice(left, mark, right)
        found, free, width = 0, 0, len(left) + 1 + len(right)
        for start in self._mark_windows_starts(left, mark, right):
            if start >= free:
                found, free = found + 1, start + width
                if found == 2:
                    return True
        return False

    def dotted_pair_count(self, head: str, tail: str) -> int:
        """How often the text writes ``head.tail`` with no cased letter or digit either side.

        Counted once per pair over the occurrences of ``head.tail`` (a search of the whole text
        per pair cost the square of its length on a line of distinct pairs, ``abc.Def`` ×
        10,000: 3 s, a tenth of it 22 ms); leftmost first without overlap, as a search does.

        When both parts are runs of cased letters, digits and marks (what the stage asks
        about), an occurrence's parts are the whole runs either side of its dot, since
        neither neighbour may be of the class; so one pass over the text counts every such
        pair at once (``_WHOLE_DOTTED_PAIR``, which consumes nothing another occurrence
        needs: inside a match every character is of the class or its dot).  Gathering the
        windows of each pair of part lengths instead cost a pass over the text's dots per
        pair of lengths: on a line of distinct pairs of 3-7 letters, 25 passes.
        """
        if self._doc is not None:
            return self._doc.dotted_pair_count(head, tail)
        key = (head, tail)
        pairs = self._whole_dotted_pairs
        if pairs is None:
            pairs = self._whole_dotted_pairs = Counter(_WHOLE_DOTTED_PAIR.findall(self.text))
        count = pairs.get(key)
        if count is not None:
            return count  # (only runs of the class are counted there, so both parts are such runs)
        count = self._dotted_pairs.get(key)
        if count is None and _CASED_DIGIT_OR_MARK_RUN.fullmatch(head) and _CASED_DIGIT_OR_MARK_RUN.fullmatch(tail):
            count = self._dotted_pairs[key] = 0
        if count is None:
            text = self.text
            count, free, width = 0, 0, len(head) + 1 + len(tail)
            for start in self._mark_windows_starts(head, ".", tail):
                end = start + width
                if (
                    start >= free
                    and (start == 0 or _CASED_DIGIT_OR_DOT.match(text, start - 1) is None)
                    and (end == len(text) or _CASED_DIGIT_OR_MARK.match(text, end) is None)
                ):
                    count, free = count + 1, end
            self._dotted_pairs[key] = count
        return count

    def qualified_name(self, head: str, tail: str, openers: frozenset[str]) -> bool:
        """Whether ``head.tail`` (a lower-case word, a dot, a capitalized word) is a name
        written in a module or package (``reflect.Value``), in a text that writes such names.

        A qualifier is glued by a dot to two or more distinct capitalized words that are no
        usual sentence opener (``openers``), in a text that holds three or more of them (the
        shared analysis's :meth:`TextFacts.qualifiers`: a text about an API, ``image.``,
        ``color.``, ``os.``); then a name counts when its left part is one of them or the
        text writes the same pair twice (``hash.Hash``).  A right
        part that opens sentences (``time.The``) is still a glued sentence, unless the left part
        is one of the text's qualifiers and the text writes the pair twice (``time.Now``), and a
        one-off pair after a word that qualifies nothing (``the war.Russia``) is still repaired,
        unless it has an API's shape (:func:`_api_shaped_name`: ``binary.TotalSize``,
        ``log.Logger``).  In such a text, a capitalized left part that the text writes as a
        qualified name itself (``time.Time``, then ``Time.Add``) is a type, and the right part
        its member.
        """
        opener = tail.lower() in openers
        if opener and not head.islower():
            return False
        known = self._qualifiers
        if known is None or known[0] is not openers:
            known = self._qualifiers = (openers, self.text_facts().qualifiers(openers))
        qualifiers = known[1]
        if not qualifiers:
            return False
        if opener:
            # "time.Now" twice (a prose mention and a call), "time" a qualifier of the text: the
            # package's function, though "Now" opens sentences; once, it is still a glued one
            return head in qualifiers and self.dotted_pair_count(head, tail) >= 2
        if _api_shaped_name(head, tail):
            return True  # "binary.TotalSize", "Request.RawURL", "log.Logger" written once
        if head[:1].isupper():
            # A type's member (``Time.Add``, ``Request.RawURL``): the left part is a name the
            # text writes qualified itself (``time.Time``, ``http.Request``).
            heads = self.text_facts().dotted_heads()
            return any(head in heads[word][0] for word in qualifiers)
        return head in qualifiers or self.dotted_pair_count(head, tail) >= 2

    def namespace(self, prefix: str) -> bool:
        """Whether the text writes ``prefix`` (a capitalized word) as a namespace: glued by a
        colon to capitalized words ``_NAMESPACE_USES`` times or more, to two distinct ones at
        least, and never spaced off the word after its colon (found once for the text).

        A wiki's page names carry their namespace so (``Wikipedia:Artículos buenos``,
        ``Wikipedia:Páginas con ...``, ``Categoría:Aviones``), each link a different page;
        a label's colon is spaced (``Véase también: ...``), and a headline's label glued to
        its text by an extractor (``Update:Police said``) is an accident of one element's
        edge, not written the same way again and again before different pages.
        """
        if self._doc is not None:
            return self._doc.namespace(prefix)
        names = self._namespaces
        if names is None:
            rights: dict[str, set[str]] = {}
            uses: Counter[str] = Counter()
            if ":" in self.text:
                for m in _NAMESPACED.finditer(self.text):
                    rights.setdefault(m.group(1), set()).add(m.group(2))
                    uses[m.group(1)] += 1
            found = set()
            for word, parts in rights.items():
                if len(parts) >= 2 and uses[word] >= _NAMESPACE_USES and not regex.search(
                    r"(?<![\p{L}\p{N}\p{M}])%s:[ \t]" % regex.escape(word), self.text
                ):
                    found.add(word)
            names = self._namespaces = frozenset(found)
        return prefix in names

    def another_namespace(self, prefix: str) -> bool:
        """Whether ``prefix`` is one more namespace of a wiki's page: the text writes a
        namespace (``namespace``) and never spaces ``prefix`` off the word after its colon.

        A wiki page's other namespaces are links written once each (``Anexo:Lista de ...``,
        ``Categoría:Accidentes ...`` beside ``Wikipedia:Artículos ...`` ×3); a headline's
        glued label (``Update:Police``) has no wiki's namespace beside it.
        """
        if self._doc is not None:
            return self._doc.another_namespace(prefix)
        if self._namespaces is None:
            self.namespace(prefix)
        if not self._namespaces:
            return False
        if self._spaced_labels is None:  # one pass over the text, whatever the number of prefixes asked
            self._spaced_labels = frozenset(m.group(1) for m in _SPACED_LABEL.finditer(self.text))
        return prefix not in self._spaced_labels

    def recurring_dotted_name(self, name: str) -> bool:
        """True when the text writes ``name`` (``One.Tel``) at least twice the same way:
        a glued sentence boundary is an accident and does not recur, a brand does."""
        if self._doc is not None:
            return self._doc.recurring_dotted_name(name)
        if self._dotted_names is None:
            self._dotted_names = Counter(_DOTTED_NAME.findall(self.text))
        return self._dotted_names[name] >= 2

    def writes_lost_symbols_as_question_marks(self) -> bool:
        """True when the text shows ``?`` standing where no question can end (searched once):
        opening a line before a space or a symbol (``?? ♥️``, ``? delicious.``), or run before a
        full stop (``they loved it ????.``).  A site whose database could not store emoji
        wrote each as ``?``; in such a text a spaced ``?`` is a lost symbol, not a question
        mark a stray space pushed off its word."""
        if self._doc is not None:
            return self._doc.writes_lost_symbols_as_question_marks()
        if self._lost_symbols is None:
            self._lost_symbols = _LOST_SYMBOL_MARK.search(self.text) is not None
        return self._lost_symbols

    def glues_hangul_sentences(self) -> bool:
        """True when the text glues a Hangul sentence to the next one at a full stop or an
        exclamation mark (``된다.그리고``, searched once).  Korean attaches what goes on after a
        question mark inside a sentence: a quotative particle after a quoted question
        (``했을까?라는 의문점``), or the rest of a word after an ironic ``?`` (``만족?했던``,
        ``나쁜 짓?만은``); a question mark glued between two syllables is a lost boundary only
        where the text loses them at its other stops too (an extractor joining lines, a writer
        who never spaces)."""
        if self._doc is not None:
            return self._doc.glues_hangul_sentences()
        if self._glued_hangul_stops is None:
            self._glued_hangul_stops = _GLUED_HANGUL_STOP.search(self.text) is not None
        return self._glued_hangul_stops

    def hangul_stops_glued(self) -> int:
        """How many times the text glues a Hangul sentence to the next at a full stop or an
        exclamation mark (``된다.그리고``), counted once; a reread window asks its document."""
        if self._doc is not None:
            return self._doc.hangul_stops_glued()
        if self._glued_hangul_count is None:
            self._glued_hangul_count = len(_GLUED_HANGUL_STOP.findall(self.text))
        return self._glued_hangul_count

    def lost_letters(self, lang: str) -> bool:
        """True when the text writes ``?`` for letters it lost (searched once): inside
        ``_LOST_LETTER_WORDS`` distinct words or more, between a letter and a lower-case letter,
        with no word of the lexicon after it (``Kar?csonyt``, ``Gle?ileg``, ``Fr?hlichi``: a page
        of greetings decoded with the wrong charset).  A question that goes on glued in lower
        case goes on with a word (``why?he``), and a writer does not make that slip thrice with
        no word after it; in such a text a ``?`` glued between two letters is a letter."""
        if self._doc is not None:
            return self._doc.lost_letters(lang)
        if self._lost_letters is None:
            rights = set()
            if "?" in self.text:
                for m in _LOST_LETTER_WORD.finditer(self.text):
                    right = m.group(1).lower()
                    if max(_zipf(right, lang), _zipf(right, "en")) < _MIN_ZIPF:
                        rights.add(m.group())
                        if len(rights) >= _LOST_LETTER_WORDS:
                            break
            self._lost_letters = len(rights) >= _LOST_LETTER_WORDS
        return self._lost_letters

    def lower_namespace(self, prefix: str, lang: str) -> bool:
        """Whether the text writes the lower-case ``prefix`` as a namespace (``xml:lang``,
        ``xml:base``): glued by a colon to two distinct lower-case names or more, never
        spaced off the word after its colon, and no common word itself (rarer than
        ``_MAX_ZIPF_NAMESPACE``: a writer who glues ``note:the`` glues a common word).
        Found once for the text."""
        if self._doc is not None:
            return self._doc.lower_namespace(prefix, lang)
        names = self._lower_namespaces
        if names is None:
            rights: dict[str, set[str]] = {}
            if ":" in self.text:
                for m in _LOWER_NAMESPACED.finditer(self.text):
                    rights.setdefault(m.group(1), set()).add(m.group(2))
            found = set()
            for word, parts in rights.items():
                if (
                    len(parts) >= 2
                    and max(_zipf(word, lang), _zipf(word, "en")) < _MAX_ZIPF_NAMESPACE
                    and not regex.search(r"(?<![\p{L}\p{N}\p{M}])%s:[ \t]" % regex.escape(word), self.text)
                ):
                    found.add(word)
            names = self._lower_namespaces = frozenset(found)
        return prefix in names

    def recurring_dotted_acronym(self, name: str) -> bool:
        """True when the text writes ``name`` (``Any.DO``: a capitalised word, a dot, a short
        all-capitals part) at least twice the same way, and otherwise spaces its sentences.

        A product's own spelling recurs in its headline, body and tags; a sentence glued to
        the next one at an element boundary is one accident, and two of them with the same
        last word and the same acronym after it are rarer still.  Only where the document
        mostly ends its sentences with a space: an extractor that glues every block to the
        next (``tsp.Meal`` seventeen times in one recipe) repeats its seams too.
        """
        if self._doc is not None:
            return self._doc.recurring_dotted_acronym(name)
        if self._dotted_acronyms is None:
            self._dotted_acronyms = Counter(_DOTTED_ACRONYM_NAME.findall(self.text))
        count = self._dotted_acronyms[name]
        if count < 2:
            return False
        if self._spaces_sentence_ends is None:
            spaced = len(_SPACED_SENTENCE_END.findall(self.text))
            # the dotted names themselves are not sentence ends
            glued = len(_GLUED_SENTENCE_END.findall(self.text)) - sum(self._dotted_acronyms.values())
            self._spaces_sentence_ends = glued <= spaced
        return self._spaces_sentence_ends

    def domain_label(self, label: str) -> bool:
        """Whether the text writes ``.label`` (any case; ``label`` lower-cased) as a token of
        its own, as a registry's table or a list of domains does (``.bg | country-code``,
        ``.BG Russian language``): then ``Register.BG`` is a name built on that domain, and
        ``generic.CLUB DOMAINS`` two table cells whose second opens with it, not two sentences.
        The text is read once, on the first question (most texts never ask); a reread window
        asks its document, where the table that lists the label may lie outside the window."""
        if self._doc is not None:
            return self._doc.domain_label(label)
        if self._domain_labels is None:
            self._domain_labels = frozenset(m.lower() for m in _DOMAIN_LABEL.findall(self.text))
        return label in self._domain_labels

    def writes_camel_alone(self, word: str) -> bool:
        """Whether the text writes the CamelCase ``word`` (``LoganTwedt``) by itself, with no
        dot, letter, digit or underscore against its start or end.  Read once, on the first
        question; a reread window asks its document."""
        if self._doc is not None:
            return self._doc.writes_camel_alone(word)
        if self._camel_words is None:
            self._camel_words = frozenset(_CAMEL_ALONE.findall(self.text))
        return word in self._camel_words

    def writes_capitals_alone(self, capitals: str) -> bool:
        """Whether the text writes ``capitals`` (two to six capital letters) as a word of its
        own, with no dot, letter or digit against it (``GM said``, ``(BG)``): then the letters
        are a word of the text (an acronym that opens sentences), not only a domain label
        glued to a name (``Register.BG``).  Read once, on the first question; a reread window
        asks its document."""
        if self._doc is not None:
            return self._doc.writes_capitals_alone(capitals)
        if self._capital_words is None:
            self._capital_words = frozenset(_CAPITALS_ALONE.findall(self.text))
        return capitals in self._capital_words

    def in_counted_list(self, pos: int) -> bool:
        """Whether ``pos`` lies on a line of a list of names with counts (``Firefox OS (114)``)
        between two more lines of that shape: a blog's categories or tags, each line a name
        and nothing else, so a mark glued inside one (``Mission:Mozilla (9)``, ``J.Sheon (3)``)
        is the name's spelling, not a lost sentence or block boundary.  One such line alone is
        no list (a label glued to its value, ``Photo:Reuters (AP)``, is still read as one)."""
        # Read line by line, only the line holding ``pos`` and its two neighbours (once each):
        # a whole-text pass of _COUNTED_LINE, made on first need, cost a long document
        # (a 1 MB line of random characters: 17 ms) as soon as one glued mark reached here.
        # The same answer: a match of _COUNTED_LINE holds no line break and runs from a
        # line's start (``^`` after a "\n" only) to its end, so it is one whole line; two
        # matches one line break apart are neighbouring lines.
        text = self.text
        line_start, line_end = self._line
        if not line_start <= pos < line_end:
            line_start = text.rfind("\n", 0, pos) + 1
            line_end = text.find("\n", pos)
            if line_end < 0:
                line_end = len(text)
            self._line = (line_start, line_end)
            if pos == line_end:
                return False  # the line break itself
        if line_start == 0 or line_end == len(text) or not self._counted_shape(line_start):
            return False
        return self._counted_shape(text.rfind("\n", 0, line_start - 1) + 1) and self._counted_shape(line_end + 1)

    def _counted_shape(self, line_start: int) -> bool:
        """Whether the line starting at ``line_start`` is a name with a count (``Firefox OS (114)``)."""
        shaped = self._counted_line.get(line_start)
        if shaped is None:
            shaped = self._counted_line[line_start] = _COUNTED_LINE.match(self.text, line_start) is not None
        return shaped

    # paragraphs and French-style spacing
    def paragraph(self, pos: int) -> tuple[int, int]:
        """Span of the paragraph (text between blank lines) holding ``pos``."""
        if self._breaks is None:
            self._breaks = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(self.text)]
        k = bisect_right(self._breaks, pos) - 1
        start = self._breaks[k]
        end = self._breaks[k + 1] if k + 1 < len(self._breaks) else len(self.text)
        return start, end

    def french_style(self, pos: int) -> bool:
        """True where ``: ; ! ?`` are spaced on purpose: in the paragraph or the document."""
        start, end = self.paragraph(pos)
        if start not in self._french:
            self._french[start] = self._consistently_spaced(start, end)
            if start == 0 and end == len(self.text) and self._doc is None:
                self._french_document = self._french[start]  # one paragraph: the same count
        if self._french[start]:
            return True
        if self._french_document is None:
            self._french_document = self._document_french()
        return self._french_document

    def _document_french(self) -> bool:
        """Whether the whole document spaces ``: ; ! ?`` on purpose (see :meth:`french_style`), counted once."""
        if self._doc is not None:
            return self._doc._document_french()
        if self._french_document is None:
            self._french_document = self._consistently_spaced(0, len(self.text))
        return self._french_document

    def _consistently_spaced(self, start: int, end: int) -> bool:
        spaced = len(_SPACED_MARK.findall(self.text, start, end))
        return spaced >= 2 and spaced >= _tight_marks(self.text, start, end)

    def in_code(self, pos: int) -> bool:
        """True when ``pos`` lies on a line that reads as program code (the shared analysis's answer)."""
        # Held here, not looked up per call: a comma run asks once per mark, and the
        # shared lookup takes a lock each time.  The last line's answer is kept with its
        # span (its end the position of its line break): the marks of a line ask in turn.
        start, end, verdict = self._code_line
        if start <= pos <= end:
            return verdict
        facts = self._facts
        if facts is None:
            facts = self._facts = text_facts(self.text)
        verdict = facts.in_code(pos)
        start, end = facts.line_span(pos)
        self._code_line = (start, end, verdict)
        return verdict

    def quotation_lost_close(self, space: int, mark: int) -> int:
        """Where the double quotation open at ``space`` (the shared analysis's quote state)
        opened, if it lost its close: nothing after ``mark`` on the line closes it; else -1.

        Curly: the next double mark after ``mark`` on the line opens (``“``) or there is
        none.  Straight: the line's straight marks do not pair up, so which one closes is
        unknown.  A quotation closed later on the line (``“Our goals : growth and jobs”``)
        is read as open across the colon, and its space is a slip like any other.
        """
        facts = self.text_facts()
        if not facts.in_open_quotation(space):
            return -1
        text = self.text
        start, end = facts.line_span(space)
        if text.count('"', start, space) % 2 and text.count('"', start, end) % 2:
            opened = text.rfind('"', start, space)
        else:
            opened = text.rfind("\u201c", start, space)
            if opened <= text.rfind("\u201d", start, space):
                return -1  # the quotation open here is a straight one, and its marks pair up
            if text.rfind("\u201c", start, opened) < text.rfind("\u201e", start, opened):
                return -1  # `„Boeing 707.“ Boeing.com .`: the “ closes the German quotation a „ opened
            closes = text.find("\u201d", mark, end)
            opens = text.find("\u201c", mark, end)
            if 0 <= closes and not 0 <= opens < closes:
                return -1  # closed later on the line
        # A phrase or a title quoted (`“interesting`, `"mirage effect`, a reference's title), not
        # speech: a line of a whole article joined into one, where a quotation carried on past
        # its paragraph leaves every later mark unpaired, is no evidence (`told Newsweek :`,
        # hundreds of words after the mark).
        if len(text[opened:space].split()) > _LOST_CLOSE_WORDS:
            return -1
        return opened

    def reference_line(self, space: int) -> bool:
        """Whether the line holding ``space`` reads as a reference list's: it opens with a
        citation's back-link caret (``2. ^``, ``^ a b``), or spaces another full stop off its
        word (``Anime News Network . 2009-09-01 .``), separators typed so on purpose."""
        start, end = self.text_facts().line_span(space)
        if _REFERENCE_ITEM.match(self.text, start, end):
            return True
        return any(m.start() != space for m in _SPACED_DOT.finditer(self.text, start, end))

    def text_facts(self) -> TextFacts:
        """The shared analysis of the text, asked for once."""
        facts = self._facts
        if facts is None:
            facts = self._facts = text_facts(self.text)
        return facts

    def in_literal_element(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a markup element written out as text, between its opening tag
        and its closing tag (``<Directory "/srv"> … Order allow,deny … </Directory>``): a sample of a
        configuration or markup file, typed as the file must be.  The spans are found once a text."""
        spans = self._literal_elements
        if spans is None:
            spans = self._literal_elements = []
            text = self.text
            if "</" in text:
                for m in _LITERAL_CLOSING_TAG.finditer(text):
                    opener = "<" + m.group(1)
                    lo = max(0, m.start() - _ELEMENT_REACH)
                    at = text.rfind(opener, lo, m.start())
                    # the name must end there (`<Directory "/srv">`, `<directory"/srv">` as an extractor glued it)
                    while at >= 0 and _TAG_NAME_GOES_ON.match(text, at + len(opener)):
                        at = text.rfind(opener, lo, at)
                    if at >= 0:
                        spans.append((at, m.end()))
        return any(start < pos < end for start, end in spans)

    def specification(self) -> bool:
        """True when the whole text reads as a specification or grammar (the shared analysis's answer)."""
        facts = self._facts
        if facts is None:
            facts = self._facts = text_facts(self.text)
        return facts.specification()

    # brackets
    def partner(self, pos: int) -> int:
        """Index of the bracket matching the one at ``pos`` in its paragraph, or -1."""
        if self._partner is None:
            self._partner = {}
            text = self.text
            stacks: dict[str, list[int]] = {"(": [], "[": []}
            for m in _BRACKET.finditer(text):
                ch = m.group()
                if ch in "([":
                    stacks[ch].append(m.start())
                elif ch in ")]":
                    stack = stacks["(" if ch == ")" else "["]
                    if stack:
                        opener, closer = stack.pop(), m.start()
                        self._partner[opener] = closer
                        self._partner[closer] = opener
                        if text[opener + 1] in _SPACES and text[closer - 1] in _SPACES:
                            self._padded.add(ch)
                else:
                    stacks = {"(": [], "[": []}
        return self._partner.get(pos, -1)

    def pads(self, bracket: str) -> bool:
        """True when the text pads some pair of this bracket on both sides: a house style."""
        if self._doc is not None:
            return self._doc.pads(bracket)
        if self._partner is None:
            self.partner(0)  # (the pairs, and which are padded, are read on first need)
        return (")" if bracket in "()" else "]") in self._padded

    # tokens (runs of non-space characters)
    def load_token(self, i: int) -> None:
        """Make the token around ``i`` current: its span, whether it may be prose, whether it holds a host-like dot."""
        if self.token_start <= i < self.token_end:
            return
        text = self.text
        start = i
        floor = max(0, i - _TOKEN_WALK)
        while start > floor and not text[start - 1].isspace():
            start -= 1
        if start == floor and start > 0 and not text[start - 1].isspace():
            start = _TOKEN_START.search(text, 0, start).start()  # a long token: the rest in C
        end = _TOKEN_END.match(text, i).end()
        tok = text[start:end]
        self.token_start, self.token_end = start, end
        # What the token's own characters say, kept by token: a line of the same glued pairs
        # read four patterns over each copy (a text of distinct tokens fills the dict and
        # then reads them as before).
        facts = self._token_facts.get(tok)
        if facts is None:
            glued = _GLUED_IN_TOKEN.findall(tok)
            facts = (
                _CODE_CHAR.search(tok) is None
                and len(glued) < _MAX_GLUED_PER_TOKEN
                and glued.count(",") + glued.count(";") < _MAX_GLUED_LIST,
                _DOTTED_LOWER.search(tok) is not None,
            )
            if len(self._token_facts) < _REMEMBERED_TOKENS_MAX and len(tok) <= _REMEMBERED_TOKEN:
                self._token_facts[tok] = facts
        self.token_prose, self.token_dotted = facts


class PunctuationSpacing(Normalizer):
    """No space before closing punctuation, one after sentence punctuation.

    >>> PunctuationSpacing()("They said it ,and left . It rained( a lot).It was cold.")
    'They said it, and left. It rained(a lot). It was cold.'
    >>> PunctuationSpacing()("See www.example.com, U.S. data (3.14) at 4:00pm ... [ CNET ]")
    'See www.example.com, U.S. data (3.14) at 4:00pm ... [ CNET ]'
    """

    name = "punctuation"
    leaves_never_text = True
    summary = "no space before closing punctuation, one after sentence punctuation"

    @property
    def lang(self) -> str:
        """The language option, read as an attribute: the stage reads it at every glued mark,
        and the base class's ``__getattr__`` (reached only after a failed lookup) cost a long
        line of glued pairs a tenth of its time."""
        return self.options.lang

    def may_edit(self, text: str) -> bool:
        # Every reading starts from a hit of _SCAN, and every hit holds one of these marks:
        # substring tests, several times cheaper than _SCAN itself (which find_edits then
        # runs once).  They read no language: one answer for lang="auto".
        return any(mark in text for mark in _MAY_MARKS)

    def find_edits(self, text: str) -> list[Edit]:
        # A space put in can change what a neighbouring mark's evidence says
        # ("Apple,Inc.They": the comma reads as code until the dot gets its
        # space), so the stage reads its own output again until nothing more
        # turns up: it is idempotent on its own, not only inside a pipeline.  Only
        # an edit that can change a neighbour's evidence (a removed space joins two
        # chunks; an inserted one splits a chunk with more marks glued in it) needs
        # that second reading.
        return [row_edit(r) for r in self._rows(text)]

    def _find_rows(self, text: str) -> list[Row]:
        if type(self).find_edits is not PunctuationSpacing.find_edits:
            return super()._find_rows(text)  # a subclass's own find_edits
        return self._rows(text)

    def _rows(self, text: str) -> list[Row]:
        # Rows, not Edit objects (textmend.edits.Row): a text with a spaced mark in every
        # line makes hundreds of thousands of them, which the garbage collector would walk.
        rows = self._find_once_rows(text)
        if not any(_may_change_evidence(text, r) for r in rows):
            return rows
        # settle()'s first round, in rows: its second reading almost always finds nothing.
        if not self._find_once_rows(apply_rows(text, rows)):
            return rows
        found = settle(text, self._find_once, _MAX_ROUNDS, first=[row_edit(r) for r in rows])
        return [edit_row(e) for e in found]

    def _find_once(self, text: str) -> list[Edit]:
        return [row_edit(r) for r in self._find_once_rows(text)]

    def _row(self, text: str, start: int, end: int, new: str, reason: str, confidence: float = 1.0) -> Row:
        """The row of ``self.edit(text, start, end, new, reason, confidence)``."""
        return (start, end, text[start:end], new, self.name, reason, confidence, False)

    def _find_once_rows(self, text: str) -> list[Row]:
        edits: list[Row] = []
        ctx: _Context | None = None
        last_end = -1
        pos = 0
        search = _SCAN.search
        while True:
            m = search(text, pos)
            if m is None:
                return edits
            if ctx is None:
                ctx = _Context(text)
            kind = m.lastgroup or ""
            s = m.start()
            pos = s + 1  # candidates may overlap: "a .b" holds two
            edit: Row | None = None
            if kind.startswith("before"):
                edit = self._space_before(ctx, s - 1)
            elif kind == "open":
                edit = self._space_inside_opening(ctx, s + 1)
            elif kind == "closed":
                edit = self._after_closed_sentence(ctx, s)
            elif kind == "ellipsis":
                edit = self._after_ellipsis(ctx, s)
            elif kind == "glued" and s >= 3 and text[s - 2 : s + 1] == "...":  # "line ...Taylor"
                edit = self._after_dots(ctx, s)
            elif kind == "dash":
                edit = self._before_dash(ctx, s)
            elif s > 0 and _GLUED_LEFT.match(text, s - 1):
                ctx.load_token(s)
                if text[s] == ":" and _URL_START.match(text, s + 1):
                    edit = self._colon_before_url(ctx, s)  # "visit:www.x.com", "here:https://..."
                elif not ctx.token_prose:
                    pos = max(pos, ctx.token_end - 1)  # skip the rest of a code or data token at once
                else:
                    edit = self._glued_kept(ctx, s)
            if (
                edit is not None and edit[0] >= last_end and not (edit[0] == edit[1] == last_end) and not ctx.in_code(s)
                and not ctx.text_facts().in_inline_code(s)  # "search tag:inbox and tag:flagged"
            ):
                edits.append(edit)
                last_end = edit[1]

    # a space before a closing mark
    def _space_before(self, ctx: _Context, last_space: int) -> Row | None:
        text = ctx.text
        e = last_space + 1  # the mark
        s = last_space
        while s > 0 and text[s - 1] in _SPACES:
            s -= 1
        if s == 0:
            return None
        prev = text[s - 1]
        mark = text[e]
        if prev in "([" or (prev in ")]" and mark in ")]"):
            return None  # "( )", "( ,", ") )": no word inside, nothing to judge
        if not (_word_end(prev) or (prev in ".!?" and mark in ",;:)]")):
            # after a quote, a dash, an emoji, a line break: not ours or not damage;
            # but "(See below. )" and "the U.S. ," are
            return None
        if self._after_address(text, s):
            return None  # "see http://x.com/a ." keeps the mark off the address on purpose
        if _letter_spaced_before(text, s):
            return None  # "[u c 8 0 1 0 . c o m]", "H E L L O !": every character spaced, the mark too
        nxt = text[e + 1] if e + 1 < len(text) else ""
        if mark in ")]":
            opener = ctx.partner(e)
            if opener < 0:
                if mark == ")" and self._list_marker(text, s):
                    return self._row(text, s, e, "", "remove the space in a list marker")
                return None  # unmatched: nothing to judge symmetry by
            if text[opener + 1] in _SPACES or ctx.pads(mark):
                return None  # symmetric padding, "( see below )", or a text that pads elsewhere
            if self._closing_line_of_listing(text, opener, s, e):
                return None  # "16            )": a numbered code listing's closing line
            if mark == ")" and ctx.quotation_lost_close(s, e) > opener:
                # `(… called it “immaterial )`: a quotation opened inside the brackets closes
                # before them, so its lost close may stand before the space
                return None
            return self._row(text, s, e, "", f"remove the space before {mark!r}")
        closes = nxt == "" or nxt.isspace() or nxt in _QUOTES
        if (
            nxt in _LISTED_SYMBOL_OPENS
            # (a match's first character after its spaces is a listed symbol: where the next
            # character is neither a space nor one of them, the pattern is not asked)
            and text[e + 2 : e + 3] in _LISTED_SYMBOL_SECOND
            and _LISTED_SYMBOL.match(text, e + 1)
        ):
            return None  # the mark is a symbol being listed: "the characters . / - _ and ~"
        if (nxt in _LISTED_SYMBOL_OPENS or nxt in "\r\n" or not nxt) and self._named_mark(text, s, e):
            return None  # "the keys . and ,", "RIGHT . .", "SEARCH_BACK ? Search": a key, not a stop
        if closes and self._key_of_a_key_row(text, s):
            return None  # "ESC : Message-ID風の文字列を…" among key rows: the key Escape-colon
        if mark == ".":
            if nxt == "." or not (closes or nxt in ")]"):
                return None  # an ellipsis, or a dot starting a token: ".NET", ".45"
            if text.startswith(" . .", e + 1) or text.startswith("\u00a0.\u00a0.", e + 1):
                return None  # "Spotted . . .": a spaced ellipsis, typed so on purpose
            # (Both checks below need a word after the dot that is a listed domain ending, or
            # an "@" in the window: asked first, in C, see _may_be_spaced_domain.)
            before = _LOWER_WORD_END.search(text, max(0, s - 64), s) if _may_be_spaced_domain(text, s, e) else None
            ending = _SPACED_SEPARATOR_DOT.match(text, e + 1) if before else None
            if ending and ending.group(1) in tlds() and before.group() + "." not in abbreviations():
                # "mail [at] example . com": a dot spaced on purpose before a domain ending
                # ("1 tsp . nut butter" is an abbreviation's dot a link pushed off)
                return None
            if ending and text.find("@", max(0, s - 64), s) >= 0 and _OPEN_ADDRESS_HOST.search(text, max(0, s - 64), s):
                # "jdoe@host . example": the dot goes on with the address's host, spaced as the
                # writer spaced it (an obsolete syntax, or foiling harvesters); an address
                # whose host has no dot yet is not at its end, so no sentence ends here
                return None
            if _SEPARATOR_DOT_AFTER.match(text, e + 1) or (
                _may_follow_separator_dot(text, s) and _SEPARATOR_DOT_BEFORE.search(text, max(0, s - 64), s)
            ):
                # "Webentwicklung . AutoCAD . Schulung": spaced dots between short items set
                # them apart like "·" or "|" (a site's title, a menu), not sentences' stops
                return None
            if (nxt in "\r\n" or not nxt) and self._command_argument(text, s):
                # `ln -s /opt/jdk/lib/libplugin.so .`, `docker build -t web .`: the dot ending a
                # shell command's line is its last argument (the current directory), spaced off
                # the argument before it as the shell needs, not a sentence's full stop
                return None
            if ctx.quotation_lost_close(s, e) >= 0 and ctx.reference_line(s):
                # `2. ^ "ADV Films Shuts Down . Anime News Network . 2009-09-01 .`: a reference
                # list's title whose close was lost (a quotation left open at the end of a
                # paragraph of prose carries on into the next: `our acts .` is a slip)
                return None
            return self._row(text, s, e, "", "remove the space before a full stop")
        if mark == ",":
            if (ctx.pads(")") or ctx.pads("]")) and ctx.quotation_lost_close(s, e) >= 0:
                # `sprintf ( "%.1fk , stats [ :bytes ] )`: a text that pads its brackets spaces its
                # commas as typed too, and the quotation open here lost its close, which may stand
                # before the space (`"%.1fk" , stats`) as well as before the comma
                return None
            if closes or nxt in ")]":
                return self._row(text, s, e, "", "remove the space before a comma")
            if _cased(nxt):
                return self._row(text, s, e + 1, ", ", "move the space from before a comma to after it")
            return None
        # `: ; ! ?`
        if not (closes or (mark in "!?" and nxt in ")]!?")):
            return None  # ":)", ";-)", " :smile:", "word ?x"
        if mark == "?" and ctx.writes_lost_symbols_as_question_marks():
            return None  # "as I ? dark chocolate", "Thank you ?": an emoji the site stored as "?"
        if mark in ":;" and _SPACED_FACE.match(text, e + 1):
            return None  # "a must : )", "serving….. ; P": the writer's spaced emoticon, eyes and all
        lang = self.options.lang  # read once: options are looked up through __getattr__
        if mark in "!?" and _ends_line(text, e + 1) and _handle_before(text, s) in ctx.post_line_starts(lang):
            return None  # "- underoak ?" among "- peterme YmHgujE2": a post that is only a mark, under its handle
        if lang.startswith("fr") or ctx.french_style(s):
            return None
        # Each check below only leaves the space, so their order changes no answer: the ones
        # that read a character or a paragraph's kept counts come before the ones that read
        # the words before the mark (a paragraph of spaced marks asks at every mark).
        if _UNSPACED_SCRIPT_LETTER.match(prev):
            # Thai, Lao, Khmer and Burmese put no space between words: a space there parts
            # phrases, and the writer set it before the mark ("อีเมล :") on purpose.
            return None
        single = e - s == 1
        if single and lang == UNDETERMINED:
            paragraph = ctx.paragraph(s)
            if ctx.french_letter(*paragraph):
                # One space, in a paragraph too short to tell its language that has a letter of
                # French spelling: French typography ("Où es-tu ?"), not a slip.
                return None
            if self._unknown_latin_language(ctx, paragraph[0], s):
                return None
        if single and self._french_phrase_before(text, s):
            # (mark is one of "!?;:" here)
            return None  # "Liebe Grüße… Mille MERCI !!!": a French phrase keeps French typography
        if mark == ";" and ctx.specification():
            return None  # a grammar's "%d107-122 ; lower case": ";" opens the rule's comment
        if (
            single
            and lang != UNDETERMINED
            and ctx.french_letter(*ctx.paragraph(s))
            and self._french_read_as_another_language(ctx, ctx.paragraph(s)[0], s)
        ):
            # "Index actualité : A B C …" identified as Slovak by its run of single letters:
            # words the paragraph's language does not know and French does say the language
            # is wrong, and the space is French typography
            return None
        if mark == ":" and (self._label_colon(text, s, e) or self._label_rows_run_together(text, s, e)):
            return None
        if mark == ":" and _SPACED_RATIO.match(text, e + 1) and _number_ends_at(text, s):
            # "3 : 1", "rice 3 : ribs 1": a ratio or a score, its colon spaced like the
            # numbers' other sides on purpose; no label ends at a number
            return None
        if mark == ":" and ctx.quotation_lost_close(s, e) >= 0:
            # `it's "spam :`, `was “interesting :`: the quotation open here is never closed on
            # its line, so its close was lost, and it may stand between the word and the space
            # (`“interesting” :`, a writer who spaces a colon after a close); where the close
            # goes is the quotes stage's question, and the space is left
            return None
        return self._row(text, s, e, "", f"remove the space before {mark!r}")

    @staticmethod
    def _opens_its_line(text: str, pos: int) -> bool:
        """Whether only spaces stand before ``pos`` on its line (looked for a short way back)."""
        i = pos
        while i > 0 and text[i - 1] in " \t" and pos - i < _NAMED_MARK_REACH:
            i -= 1
        return i == 0 or text[i - 1] == "\n"

    def _key_of_a_key_row(self, text: str, s: int) -> bool:
        """True when the word ending at ``s`` is its line's first token and the line is a row
        of a key table (:func:`textmend.prose.in_key_table`: it and its neighbours open with
        keys): the mark after it is the rest of the row's key (``ESC :``, Escape then colon),
        not a stop spaced off its word.  One line opening ``UPDATE : Police said`` is no table."""
        # A key is short: the line's start is looked for no further back than one reaches (a
        # search to the text's start would make a text of one long line quadratic).
        reach = max(0, s - _NAMED_MARK_REACH)
        line = text.rfind("\n", reach, s) + 1
        if line == 0 and reach > 0:
            return False
        first = text[line:s].strip()
        if not first or any(c.isspace() for c in first):
            return False
        return in_key_table(text, s, self.options.lang)

    def _named_mark(self, text: str, s: int, e: int) -> bool:
        """True when the lone mark at ``e`` (spaced off the word ending at ``s``, a space after
        it) names a character instead of ending a clause: another lone mark follows
        (``RIGHT . .``), or a function word and one (``keys . and ,``), or one stands before it
        that way (the ``,`` of ``keys . and ,``), or the line opens with a field name with an
        underscore right before it and a capitalised description follows (``SEARCH_BACK ?
        Search backward``).  An extractor's space at an element's edge (``<a>Lynx</a> .``,
        ``Lakes , and territorial``) has a word or a clause on either side, never a lone mark."""
        # (Each pattern is asked only where a test in C leaves it a match to find: see
        # _NEXT_LONE_MARK_SHAPE, _may_lone_mark_and_word_precede, _CAPITALISED_SHAPE.)
        after = _NEXT_LONE_MARK.match(text, e + 1) if _NEXT_LONE_MARK_SHAPE.match(text, e + 1) else None
        if after is not None and (after.group(1) is None or self._joiner(after.group(1))):
            return True
        before = (
            _LONE_MARK_AND_WORD_BEFORE.search(text, max(0, s - _NAMED_MARK_REACH), s)
            if _may_lone_mark_and_word_precede(text, s)
            else None
        )
        if before is not None and self._joiner(before.group(1)):
            return True
        if _CAPITALISED_SHAPE.match(text, e + 1) is None or _CAPITALISED_AFTER.match(text, e + 1) is None:
            return False
        # The line's start, looked for no further back than a field name reaches: a search to
        # the text's start would make a text of one long line quadratic.
        reach = max(0, s - _NAMED_MARK_REACH * 2)
        line = text.rfind("\n", reach, s) + 1
        if (line > 0 or reach == 0) and _FIELD_NAME_LINE.fullmatch(text, line, s) is not None:
            return True
        return self._field_of_rows_run_together(text, s)

    def _field_of_rows_run_together(self, text: str, s: int) -> bool:
        """True when the word ending at ``s`` is a field name (capitals joined by an underscore,
        ``SEARCH_BACK``) on a line that holds ``_RUN_TOGETHER_FIELDS`` or more of them within
        ``_RUN_TOGETHER_REACH`` characters: a key table whose rows an extractor ran together on
        one line (``C-s Search forward SEARCH_BACK ? Search backward ISEARCH C-s``), so the lone
        mark after the name is its row's key, as where the name opens its line.  One field name
        in a sentence (``Did you set MAX_SIZE ? It matters.``) is prose, and its spaced mark a
        stop: only rows repeat the shape."""
        if _FIELD_NAME_BEFORE.search(text, max(0, s - _NAMED_MARK_REACH * 2), s) is None:
            return False
        lo, hi = _line_window(text, s, s)
        found = 0
        for _ in _FIELD_NAME_TOKEN.finditer(text, lo, hi):
            found += 1
            if found >= _RUN_TOGETHER_FIELDS:
                return True
        return False

    @staticmethod
    def _label_rows_run_together(text: str, s: int, colon: int) -> bool:
        """True when the colon at ``colon``, spaced on both sides before a number or a price, is one
        of ``_RUN_TOGETHER_FIELDS`` or more such colons within ``_RUN_TOGETHER_REACH`` characters on
        its line: a table of labels and prices an extractor ran onto one line (``VIP : 60,000₩ R :
        50,000₩ S : 40,000₩``), each colon spaced as its row was (:meth:`_label_colon` reads such a
        row on a line of its own).  One spaced colon before a number among tight ones is a slip."""
        if not (colon + 2 < len(text) and text[colon + 1] in " \t"):
            return False
        if _SPACED_LABEL_COLON.match(text, s - 1) is None:
            return False
        lo, hi = _line_window(text, s, colon)
        found = 0
        for _ in _SPACED_LABEL_COLON.finditer(text, lo, hi):
            found += 1
            if found >= _RUN_TOGETHER_FIELDS:
                return True
        return False

    def _joiner(self, word: str) -> bool:
        """A function word of the paragraph's language (``and``, ``oder``) between two lone marks."""
        lang = self.options.lang
        return lang != UNDETERMINED and _zipf(word, lang) >= _NAMED_MARK_JOINER_ZIPF

    def _french_phrase_before(self, text: str, space: int) -> bool:
        """Whether the words of the clause before ``space`` (back to the last stop, ellipsis
        or line break, ``_FRENCH_PHRASE_REACH`` characters at most), two or more, are each far
        commoner in French than in the paragraph's language (``_FRENCH_PHRASE_MARGIN`` Zipf):
        a French phrase in a comment otherwise German or English (``Mille MERCI !!!``), whose
        writer spaces the mark the French way.  English ``What do you think ?`` and German
        ``Was meinst du ?`` are no French words, and their space is still a slip.

        >>> p = PunctuationSpacing(lang="de")
        >>> text = "Ich möchte es verwenden…Mille MERCI !!!"
        >>> p._french_phrase_before(text, text.index(" !"))
        True
        >>> text = "Was meinst du ?"
        >>> p._french_phrase_before(text, text.index(" ?"))
        False
        """
        lo = max(0, space - _FRENCH_PHRASE_REACH)
        stop = _CLAUSE_STOP.search(text, lo, space)
        words = _LATIN_WORD_ANY.findall(text, stop.end() if stop else lo, space)
        if len(words) < _FRENCH_PHRASE_WORDS:
            return False
        other = self.lang if self.lang != UNDETERMINED else "en"
        return all(
            _zipf(w.lower(), "fr") >= _MIN_ZIPF
            and _zipf(w.lower(), "fr") >= _zipf(w.lower(), other) + _FRENCH_PHRASE_MARGIN
            for w in words
        )

    @classmethod
    def _unknown_latin_language(cls, ctx: _Context, start: int, end: int) -> bool:
        """Whether half or more of the Latin-script words (four letters or more) of ``text[start:end]`` are no English word.

        Only asked of a paragraph whose language is unsure, of the words before a single
        space before ``: ; ! ?``: Breton ``Diverkañ ?`` keeps it, English ``What do you
        think ?`` does not.  Placeholders (``%(field_type)s``) are not words of the paragraph.
        A paragraph written mostly in another script (Russian naming ``Wday.ru``) is no
        Latin-script language's: its Latin words are names.
        """
        latin_letters, letters, words, unknown, short, rare = ctx.running_counts(start, end, "latin", cls._latin_counts)
        if 2 * latin_letters < letters:
            return False
        if not words:
            # Only short words (a label, Breton "Eur :"): they read as English only when
            # they are common English words ("Why ?"); otherwise nothing says the space is
            # a slip rather than the typography of a language wordfreq lacks.
            return bool(short) and 2 * rare >= short
        return 2 * unknown >= words  # half unknown: no evidence the language is English

    @staticmethod
    def _latin_counts(text: str, start: int, end: int) -> tuple[int, int, int, int, int, int]:
        """What :meth:`_unknown_latin_language` reads of ``text[start:end]``, as counts: its
        Latin letters, its letters, its Latin words of four letters or more, those no English
        word, its short Latin words, those rare in English."""
        part = text[start:end]
        if part.isascii() and (start == 0 or not part[:1].isalpha() or text[start - 1] in " \t\r\n"):
            # (A word's look-behind reads the character before ``start`` only when the part
            # opens on a letter: then it must be a space, as where the stage asks.)
            letters = words_n = unknown = short_n = rare = 0
            for before, run, after in _ASCII_LETTER_RUN.findall(part):
                letters += len(run)
                if before or after:
                    continue  # "%(field)s", "(see": no word of the paragraph's language
                if len(run) >= 4:
                    words_n += 1
                    unknown += not _reads_as_english(run.lower())
                else:
                    short_n += 1
                    rare += _zipf(run.lower(), "en") < _ENGLISH_SHORT_MIN
            return letters, letters, words_n, unknown, short_n, rare
        words = _LATIN_WORD.findall(text, start, end)
        short = _SHORT_LATIN_WORD.findall(text, start, end)
        return (
            sum(map(len, _LATIN_LETTERS.findall(text, start, end))),
            sum(map(len, _LETTERS.findall(text, start, end))),
            len(words),
            sum(1 for w in words if not _reads_as_english(w.lower())),
            len(short),
            sum(1 for w in short if _zipf(w.lower(), "en") < _ENGLISH_SHORT_MIN),
        )

    def _french_read_as_another_language(self, ctx: _Context, start: int, end: int) -> bool:
        """Whether half or more of the Latin-script words (four letters or more) of
        ``text[start:end]`` are unknown to the paragraph's language and half or more are
        French words: it was identified wrongly (``actualité`` is no Slovak word), and its
        typography is French.  German headlines read as another language (``übt Kritik :``)
        are no French words, and their space before the colon is still a slip."""
        words, unknown, french = ctx.running_counts(start, end, "french", self._french_counts)
        return bool(words) and 2 * unknown >= words and 2 * french >= words

    def _french_counts(self, text: str, start: int, end: int) -> tuple[int, int, int]:
        """What :meth:`_french_read_as_another_language` reads of ``text[start:end]``, as
        counts: its Latin words of four letters or more, those unknown to the paragraph's
        language, those French words."""
        words = _LATIN_WORD.findall(text, start, end)
        lang = self.lang
        return (
            len(words),
            sum(1 for w in words if _zipf(w, lang) == 0),
            sum(1 for w in words if _zipf(w, "fr") >= _MIN_ZIPF),
        )

    @staticmethod
    def _after_address(text: str, end: int) -> bool:
        """True when the token ending at ``end`` is a URL or an e-mail address."""
        start = end
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        if text.find(".", start, end) < 0 and text.find("://", start, end) < 0:
            return False  # every address shape holds a dot or "://" (a word before a mark holds neither)
        return _ADDRESS.search(text, start, end) is not None

    @staticmethod
    def _command_argument(text: str, end: int) -> bool:
        """True when the line ending in a dot spaced off the word ending at ``end`` is a shell
        command's (:data:`_COMMAND_LINE`), or holds only the arguments of a command the line
        before it began and did not end (no mark closing it: ``ln -s /opt/jdk⇢`` /
        ``  /jre/lib/libplugin.so .``)."""
        start = text.rfind("\n", 0, end) + 1
        if end - start > _COMMAND_LINE_REACH:
            return False
        if _COMMAND_LINE.match(text, start, end) is not None:
            return True
        if start < 2 or len(text[start:end].split()) > 2:
            return False  # a line of prose, or no line before
        before = start - 1  # the line break
        if before > 0 and text[before - 1] == "\r":
            before -= 1
        if before == 0 or text[before - 1] in ".,;:!?" or text[before - 1].isspace():
            return False  # the line before ended a sentence or is blank: no command goes on
        above = text.rfind("\n", 0, before) + 1
        return before - above <= _COMMAND_LINE_REACH and _COMMAND_LINE.match(text, above, before) is not None

    @staticmethod
    def _line_start(text: str, pos: int, window: int) -> int:
        """Start of the line holding ``pos`` if it lies within ``window`` characters, else -1."""
        lo = max(0, pos - window)
        start = max(text.rfind("\n", lo, pos), text.rfind("\r", lo, pos)) + 1
        return start if start > 0 or lo == 0 else -1

    @classmethod
    def _closing_line_of_listing(cls, text: str, opener: int, s: int, e: int) -> bool:
        """Whether the bracket at ``e`` is all its line holds after a number and spaces, and
        closes one opened on an earlier line: a numbered listing of code (``14  f(`` /
        ``15      x`` / ``16  )``), the spaces its indentation (or what is left of it once
        runs of spaces are made one), not a space left before a bracket."""
        start = cls._line_start(text, s, _LINE_NUMBER_MAX + 1)
        if start <= opener or _LINE_NUMBER.fullmatch(text, start, s) is None:
            return False
        k = e + 1
        while k < len(text) and text[k] in _SPACES:
            k += 1
        return k == len(text) or text[k] in "\r\n"

    @classmethod
    def _list_marker(cls, text: str, s: int) -> bool:
        start = cls._line_start(text, s, _LIST_MARKER_MAX)
        return start >= 0 and _LIST_MARKER.fullmatch(text, start, s) is not None

    @classmethod
    def _label_colon(cls, text: str, s: int, colon: int) -> bool:
        """A table line: a short label, a colon, a short number or price (``VIP : 60,000₩``)."""
        start = cls._line_start(text, s, _LABEL_MAX_CHARS + 1)
        if start < 0 or len(text[start:s].split()) > _LABEL_MAX_WORDS:
            return False
        return _LABEL_VALUE.match(text, colon + 1) is not None

    # a space inside an opening bracket
    def _space_inside_opening(self, ctx: _Context, s: int) -> Row | None:
        text = ctx.text
        e = s
        while e < len(text) and text[e] in _SPACES:
            e += 1
        if e >= len(text):
            return None
        nxt = text[e]
        if nxt.isspace() or nxt in _QUOTES or nxt in ",.;:!?)]}":
            return None  # trailing space (whitespace's job), a quote (quotes'), an empty pair
        if nxt == "_" and _LINE_CONTINUATION.match(text, e):
            return None  # "Parse( _" ending its line: Visual Basic's line continuation, which needs its space
        if _EMOTICON_EYES_BEFORE.search(text, max(0, s - 4), s - 1):
            return None  # "=( Any idea": the bracket is an emoticon's mouth, no parenthesis
        if self._opens_its_line(text, s - 1) and in_key_table(text, s, self.options.lang):
            return None  # "[ 最初のリンクに移動します．" among key rows: the key "[", its row's first cell
        closer = ctx.partner(s - 1)
        if closer < 0 or text[closer - 1] in _SPACES or ctx.pads(text[s - 1]):
            return None  # unmatched, symmetric padding "[ The Verge ]", or a text that pads elsewhere
        if _bracket_face(text[e:closer]):
            return None  # "( ﾟдﾟ)ﾊｯ!", "( ；´Д｀)": a kaomoji drawn with its space, no parenthesis
        return self._row(text, s, e, "", f"remove the space after {text[s - 1]!r}")

    # a mark glued to the next word
    def _glued(self, ctx: _Context, i: int) -> Row | None:
        text = ctx.text
        mark = text[i]
        if not _CASED_OR_HANGUL.match(text, i + 1):
            return None  # scripts written without spaces, digits
        if mark == "." and _jamo_face(text, i):
            return None  # "ㅜ.ㅜ", "ㅠ.ㅠ": a face, two bare jamo for eyes; no sentence begins with a bare jamo
        if mark == "." and _number_ends_at(text, i, year=True) and self._month_abbreviation_after(text, i):
            return None  # "2002.Nov.": a date written year.month, not a sentence ending in a year
        if mark == ":" and ctx.specification():
            # a standard's examples write "To:A Group", "scheme:value" as the syntax allows them
            return None
        # Only a token that may head a comment is looked for among the headers: most glued marks
        # stand inside a sentence, and the headers are found by scans of the whole text.
        header = _may_head_comment(text, ctx.token_start)
        if header and ctx.token_start in ctx.dated_header_starts(self.lang):
            return None  # "Mrs.Sound August 13, 2008": a commenter's name as typed, heading the comment
        if header and mark in ".:" and ctx.token_start in ctx.comment_header_starts():
            return None  # "Project:Lorna says" beside "JUDY says": a commenter's name as typed
        if mark == "?" and text[i - 1].isalpha() and text[i + 1].islower() and ctx.lost_letters(self.lang):
            return None  # "Kar?csonyt" beside "Gle?ileg", "J?ule": a letter lost to the charset, no question
        if mark == "?" and _LOST_MARKS_AROUND_NAME.match(text, i - 1):
            return None  # "条目?TheWikiWayReview?比较": two marks around a name lost to the charset, no question
        if mark == ":" and self._gender_ending(text, i):
            return None  # "Liebe:r Besucher:in": a noun naming every gender, one word
        if mark == ";" and _reference_remnant(text, ctx.token_start, i):
            return None  # "August. quot;This is": a character reference that lost its "&", no clause's end
        ok = self._glued_words(ctx, i)
        if not ok:
            return None
        reason = _GLUED_REASONS.get(mark)
        if reason is None:
            reason = _GLUED_REASONS[mark] = f"add the missing space after {mark!r}"
        return self._row(text, i + 1, i + 1, " ", reason)

    def _month_abbreviation_after(self, text: str, i: int) -> bool:
        """Whether a month's abbreviation with its own dot follows the dot at ``i`` (``.Nov.``)."""
        m = _ABBREVIATED_WORD.match(text, i + 1)
        return m is not None and m.group(1).lower() in language_list("months", "en") and len(m.group(1)) <= 4

    def _glued_kept(self, ctx: _Context, i: int) -> Row | None:
        """:meth:`_glued`, answered from the verdict on an earlier mark that read the same
        window of text (:meth:`_Context.glued_window`) once the text has asked about
        ``_REMEMBER_GLUED_AFTER`` glued marks: one long line of the same glued pairs
        (``Foo:Bar Baz:Qux`` × 60,000) asked the same questions at every pair, 16 µs each."""
        ctx.glued_asked += 1
        verdicts = ctx.glued_verdicts
        if verdicts is None or ctx.glued_asked <= _REMEMBER_GLUED_AFTER:
            return self._glued(ctx, i)
        key = ctx.glued_window(i, self.lang)
        if key is None:
            return self._glued(ctx, i)
        known = verdicts.get(key, verdicts)  # (the dict itself: not seen yet)
        if known is verdicts:
            edit = self._glued(ctx, i)
            verdicts[key] = None if edit is None else (edit[0] - i, edit[1] - i) + edit[2:]
            if len(verdicts) >= _REMEMBERED_GLUED_MAX:
                ctx.glued_verdicts = None  # windows that do not recur: asked in full from here on
            return edit
        if known is None:
            return None
        return (known[0] + i, known[1] + i) + known[2:]  # type: ignore[index]

    def _gender_ending(self, text: str, colon: int) -> bool:
        """Whether the colon at ``colon`` joins a word to an ending the language writes that way
        to name every gender (German ``Besucher:in``, ``Leser:innen``;
        ``data/<lang>/gender_endings.txt``): a lower-case letter before it, the ending after it,
        and no letter after the ending.  The ending ``in`` is also a preposition, so it counts
        only after an agent noun's ``-er`` (``Besucher:in``); ``Zutaten:in der Pfanne`` and
        ``Hinweis:Innen`` (a capital) are judged as any colon."""
        endings = language_list("gender_endings", self.lang)
        if not endings or colon == 0 or not text[colon - 1].islower():
            return False
        m = _LETTERS_AFTER.match(text, colon + 1)
        if m is None or m.group() not in endings:
            return False
        return m.group() != _PREPOSITION_ENDING or text.endswith(_AGENT_NOUN_END, 0, colon)

    def _after_closed_sentence(self, ctx: _Context, i: int) -> Row | None:
        """"unfold.)I don't", "(eFA)Die eFA", "flakes]Portion": a closed bracket glued to
        the capitalized word opening the next sentence or block."""
        text = ctx.text
        ctx.load_token(i)
        if not ctx.token_prose:
            return None
        rm = _RIGHT_WORD.match(text, i + 1)
        opener = ctx.partner(i)
        if rm is None or opener < 0:
            return None
        inner = text[opener + 1 : i]
        if len(inner) <= 2 and inner.isalpha() and inner.islower():
            return None  # "(s)He": a letter in brackets inside a word
        # (its two last characters searched, not the whole of a long bracket's content)
        if _OPTIONAL_PART.search(inner, max(0, len(inner) - 2)):
            return None  # "(Cyber-)Terroristen": a compound's optional first part, one word
        if opener > 0 and text[opener - 1].isalnum():
            return None  # "arr[0]Foo", "f(x)Bar": an index or a call, code
        right = rm.group()
        shape = _shape(right)
        after = text[rm.end() : rm.end() + 1]
        if after and after not in _AFTER_WORD and after != ".":
            return None
        if shape == "cap" or (right in ("I", "A") and after == " "):
            return self._row(text, i + 1, i + 1, " ", f"add the missing space after {text[i - 1 : i + 1]!r} (a lost block or sentence boundary)")
        return None

    def _after_dots(self, ctx: _Context, i: int) -> Row | None:
        """"The bottom line ...Taylor Swift": a spaced ellipsis glued to the next sentence."""
        text = ctx.text
        start = i - 2  # the first of the three dots
        if start == 0 or not text[start - 1].isspace():
            return None  # "word...Next" and "a..b" read as code or data too often
        rm = _RIGHT_WORD.match(text, i + 1)
        if rm is None or _shape(rm.group()) != "cap":
            return None
        after = text[rm.end()] if rm.end() < len(text) else ""
        if after and after not in _AFTER_WORD:
            return None
        return self._row(text, i + 1, i + 1, " ", "add the missing space after an ellipsis glued to the next sentence")

    def _before_dash(self, ctx: _Context, i: int) -> Row | None:
        """"страницы?— Внезапно", "easy.”– Man": a spaced dash opening the next line
        (dialogue, a quotation's credit) glued to the sentence before it."""
        text = ctx.text
        k = i
        while k > 0 and text[k - 1] in ".!?…”\"’»":
            k -= 1
        if k == 0 or not text[k - 1].isalnum():
            return None
        j = i + 1
        while j < len(text) and text[j] in _SPACES:
            j += 1
        if j >= len(text) or not text[j].isupper():
            return None
        ctx.load_token(i)
        if not ctx.token_prose:
            return None
        return self._row(text, i, i, " ", "add the missing space before a spaced dash (a lost block boundary)")

    def _after_ellipsis(self, ctx: _Context, i: int) -> Row | None:
        """"wait…The": an ellipsis glued to a capitalized word ends a sentence or a block."""
        text = ctx.text
        ctx.load_token(i)
        if not ctx.token_prose:
            return None
        lm = _LEFT_WORD.search(text, ctx.token_start, i)
        rm = _RIGHT_WORD.match(text, i + 1)
        if lm is None or rm is None or not lm.group().isalpha():
            return None
        right = rm.group()
        if _shape(right) != "cap" or (rm.end() < len(text) and text[rm.end()] not in _AFTER_WORD and text[rm.end()] != "."):
            return None
        return self._row(text, i + 1, i + 1, " ", "add the missing space after an ellipsis glued to the next sentence")

    def _colon_before_url(self, ctx: _Context, i: int) -> Row | None:
        text = ctx.text
        left = text[ctx.token_start : i].lstrip(_OPENING)
        if (
            left.isalpha()
            and not self._quoted_literal(ctx)  # '"redirect:http://host/"': an action's value quoted whole, typed so
            and left.lower() not in url_schemes()
            and (len(left) >= 3 or _zipf(left.lower(), self.lang) >= _MIN_ZIPF_SHORT_LABEL)
        ):
            return self._row(text, i + 1, i + 1, " ", "add the missing space after ':' before an address")
        return None

    def _glued_words(self, ctx: _Context, i: int) -> bool:
        text = ctx.text
        mark = text[i]
        if text[i - 1] in _CLOSING_QUOTES:
            return self._glued_after_quote(ctx, i)
        if ctx.token_dotted and mark != ".":
            return False
        rm = _RIGHT_WORD.match(text, i + 1)
        if rm is None:
            return False
        right = rm.group()
        after = text[rm.end()] if rm.end() < len(text) else ""
        # ",U.S.", ",e.g." (a letter, then a dot: the pattern is asked only where the dot stands)
        dotted_right = text[i + 2 : i + 3] == "." and _DOTTED_ABBREVIATION.match(text, i + 1) is not None
        label_colon = after == ":" and text[rm.end() + 1 : rm.end() + 2] in ("", " ", "\n")  # "said.Disclaimer: The"
        if after.isdigit() or (after != "" and after in "(_[<=/:" and not label_colon) or (
            after == "." and rm.end() + 1 < len(text) and text[rm.end() + 1].isalnum() and not dotted_right
            and not _jamo_face(text, rm.end())
        ):
            return False  # "x.Foo(", "a.B.c", "obj.Attr:", ":smile:", "Table1": code and data
        tok_start = ctx.token_start
        lm = _LEFT_WORD.search(text, tok_start, i)
        left = lm.group() if lm else ""
        if "'" in left or "\u2019" in left:
            left = _APOSTROPHE.sub("", left)  # "don't" judged as "dont"
        # A mark glued before the chunk (",e.g.word") must not hide the chunk: the
        # space this pass adds after it would reveal it to the next pass.
        chunk = text[tok_start:i].lstrip(_OPENING + ",;:!?").rsplit("-", 1)[-1]
        if mark == "," and f"{left},{right}".lower() in word_list("comma_words"):
            return False  # Greek "ό,τι": a comma that is part of the word
        if self._quoted_literal(ctx):
            return False  # '"GET,PUT"', '`a,b`': a value quoted whole, written as it must be typed
        if ctx.in_literal_element(i):
            return False  # '<Directory "/srv"> … Order allow,deny … </Directory>': a configuration file's sample
        if ctx.in_counted_list(i):
            return False  # "Mission:Mozilla (9)" among "Mobile (44)" lines: a category's name
        if mark == ":" and chunk == left and left.islower() and right.islower() and ctx.lower_namespace(left, self.lang):
            return False  # "xml:lang" beside "xml:base": a namespaced name, written so each time
        if mark == ":" and chunk == left and (
            _names_list_line(text, tok_start, left) or _colon_column_header(text, tok_start, i)
        ):
            return False  # "Fashion:Time ApS" under "Fashion Trade"; "Docs:Pgs" over cells "2:1030"
        if mark in ".:" and self._joined_name(ctx, i, left, chunk, right, rm.end()):
            return False  # "ICI.Radio-Canada.ca", "FastCo.Works Studio", "Next:Economy": one name
        if mark == "," and left.islower() and right.islower() and _alone_on_line(text, tok_start, ctx.token_end):
            return False  # "uno,ino" on a line of its own: a commenter's name, no sentence to space
        if mark == ".":
            if _alone_on_line(text, tok_start, ctx.token_end):
                return False  # "Memo.ST" on a line of its own: a name or handle, no lost boundary
            # (each shape read once: a line of glued dots asks all of these at every dot)
            left_shape, right_shape = _shape(left), _shape(right)
            if (
                left_shape == "cap" and right_shape == "cap" and chunk == left
                and right.lower() not in language_list("sentence_openers", self.lang)
                and ctx.recurring_dotted_name(f"{left}.{right}")
            ):
                return False  # "One.Tel" twice in the text: a dotted brand, not two sentences
            if self._dotted_identifier(ctx, i, left, right):
                return False  # "WScript.Shell" twice, "contextlib.ExitStack": a name, not two sentences
            if (left.islower() or left_shape in ("cap", "mixed")) and self._qualified_name(ctx, i, left):
                return False  # "reflect.Value" among "image.Color", "os.Error": a package's name; "Time.Add"
            acronym = _before_apostrophe(right)  # "DO's" read as "DO"
            if (
                left_shape == "cap" and chunk == left and _shape(acronym) == "caps"
                and ctx.recurring_dotted_acronym(f"{left}.{acronym}")
            ):
                return False  # "Any.DO" in the headline, the body and the tags: a product's spelling
            goes_on = _SENTENCE_GOES_ON_LATIN if _LATIN_ONLY.fullmatch(left) else _SENTENCE_GOES_ON
            if chunk == left and self._capitalized_domain(left, right) and not goes_on.match(text, rm.end()):
                # "Mail.Ru", "Diary.Ru" in a row of share buttons, "Subscribe.Ru статьи" in Russian
                # prose: a service named by its address (a Latin name whose sentence "Ru" opened would
                # go on in Latin; after a Cyrillic word, "Москву.Ru и другие", any lower case goes on)
                return False
            if (
                right_shape == "caps"
                and len(right) <= _DOMAIN_LABEL_MAX
                and not _SENTENCE_GOES_ON.match(text, rm.end())
                and ctx.domain_label(right.lower())
            ):
                # "Register.BG" in a table that lists ".bg", "generic.CLUB DOMAINS" (two cells, the
                # second a registry named after ".club"): the dot opens a domain label the text
                # writes by itself, it ends no sentence; a sentence glued on ("list.US officials
                # said") goes on in lower case after the capitals and is still spaced
                return False
            if (
                left_shape == "cap" and chunk == left and len(right) == 2 and right_shape == "caps"
                and right.lower() in word_list("country_codes")
                and not ctx.writes_capitals_alone(right)
            ):
                # "Register.BG", "Any.DO" once in a sentence: a name built on a country's domain;
                # letters the text never writes as a word open no sentence of it ("Smith.GM said"
                # in a text that writes "GM" elsewhere is still spaced)
                return False
            if (
                chunk == left and _hangul_pair(left, right) and _opens_sentence_alone(text, tok_start)
                and ctx.hangul_stops_glued() == 1
            ):
                # "살았는가, 죽었는가? 단군.기자 이래 4천년": a dot between two names (a list's separator,
                # "단군·기자"), not a sentence of one word glued to the next in a text that glues
                # no other sentence
                return False
            return self._glued_dot(text, tok_start, left, chunk, right, after, right_shape)
        if mark in "!?" and _hangul_pair(left, right) and right in language_list("postpositions", "ko"):
            return False  # "1달러!를 외치던", "했을까?라는": a quoted cry or question, its particle attached
        if mark == "?" and _hangul_pair(left, right) and not ctx.glues_hangul_sentences():
            return False  # "만족?했던", "했을까?라는": the sentence goes on (see glues_hangul_sentences)
        right_token = text[i + 1 : i + 1 + _TOKEN_REACH].split(None, 1)[0]  # "MP-PRD-WEB13" whole
        return self._glued_other(mark, left, right, after, dotted_right, right_token)

    def _dotted_identifier(self, ctx: _Context, i: int, left: str, right: str) -> bool:
        """Whether the dot at ``i`` joins the parts of one dotted name written with case
        inside a word (``WScript.Shell``, ``contextlib.ExitStack``, ``testing.BenchmarkHello``).

        Only the cased letters and digits next to the dot count as the name's parts (a
        Chinese sentence runs on into ``比如WScript.Shell对象`` with no space).  Evidence, any of:

        - the pair recurs in the text, with a part written in mixed case (``WScript``,
          ``ExitStack``): a glued sentence boundary is one token's accident, a name is
          written again; an extractor gluing the same pair twice at an element's edge
          (``more.Share``) glues ordinary words, which the mixed case leaves out;
        - the right part is CamelCase (a lower-case letter, then a capital) and a word the
          lexicon does not know (``ExitStack``; not ``YouTube``, ``McDonald``), and the left
          part is a lower-case word the lexicon does not know either, or opens its line with
          no lower-case word after the name (``testing.BenchmarkHello 10000000 282 ns/op``;
          not ``listing.WeWork declined``): a sentence ends on a word after others and goes
          on after the stop, an identifier stands alone, after a module's name or before
          its figures.  A name, an acronym or a mixed-case word before the dot once is not
          enough (``IPO.WeWork's``, ``Monday.WeWork declined``, ``MP3s.AdvertAs I write``:
          sentences and blocks glued, from the extractor benchmark).  (A line that reads
          as code is left alone before this is asked.)
        - the same, with a head inside its line, where nothing a sentence could go on with
          follows the tail (a dash, a bar, a bracket or the line's end) and the text also
          writes the CamelCase tail as a word by itself (``LoganTwedt -- Main.LoganTwedt - 07
          May 2008``: a wiki user's stamp, the web's name and the user's topic, then the
          date): a name qualified by a prefix, which the text uses unqualified too.  A
          sentence glued to a name the text knows goes on after it, in lower case or with a
          possessive (``report.WeWork declined``, ``IPO.WeWork’s parent``: the extractor
          benchmark's WeWork articles), and is still spaced.
        """
        text = ctx.text
        if left.islower() and _CAMEL_HUMP.search(right) is None:
            # (the head, cut from a word with no capital, is no mixed-case name, and the tail,
            # cut from the start of one with no hump, no CamelCase: the answer below is no)
            return False
        lm = _CASED_RUN_END.search(left)
        rm = _CASED_RUN.match(right)
        if lm is None or rm is None:
            return False
        head, tail = lm.group(), rm.group()
        if not head[:1].isalpha() or len(head) < 2 or len(tail) < 2 or not tail[0].isupper():
            return False
        head_mixed = not head.islower() and _shape(head) == "mixed"  # "WScript", "iPhone"
        tail_camel = _CAMEL_HUMP.search(tail) is not None
        if not (head_mixed or tail_camel):
            return False
        tail_low = tail.lower()
        if tail_low in language_list("sentence_openers", self.lang):
            return False
        if ctx.dotted_pair_count(head, tail) >= 2:
            return True
        if not tail_camel or max(_zipf(tail_low, self.lang), _zipf(tail_low, "en")) >= _MAX_ZIPF_BRAND:
            return False
        head_low = head.lower()
        if head.islower() and max(_zipf(head_low, self.lang), _zipf(head_low, "en")) < _MAX_ZIPF_BRAND:
            return True
        if _SENTENCE_GOES_ON.match(text, i + 1 + len(tail)) is not None:
            return False
        if _opens_line(text, i - len(head)):
            return True
        return _NAME_STAMP_END.match(text, i + 1 + len(tail)) is not None and ctx.writes_camel_alone(tail)

    def _qualified_name(self, ctx: _Context, i: int, left: str) -> bool:
        """Whether the dot at ``i`` after the lower-case word ``left`` joins a package's or
        module's name to a name written in it (``reflect.Value``, ``image.RGBA64Model``):
        see :meth:`_Context.qualified_name`.  The right part is read whole, digits and
        underscores too (``RGBA64Model``), as the shared analysis reads it."""
        m = _QUALIFIED_TAIL.match(ctx.text, i + 1)
        if m is None:
            return False
        return ctx.qualified_name(left, m.group(), _sentence_openers(self.lang))

    @staticmethod
    def _quoted_literal(ctx: _Context) -> bool:
        """Whether the current token is one straight-quoted or backticked value with no space
        inside (``"GET,PUT"``, ```a.b```): a literal written as it must be typed, not prose."""
        if ctx.text[ctx.token_start] not in "\"`":
            return False  # (the token's first character: the strip below takes only from its end)
        token = ctx.text[ctx.token_start : ctx.token_end].rstrip(".,;:!?)]")
        return len(token) >= 3 and token[0] in "\"`" and token[-1] == token[0]

    def _joined_name(self, ctx: _Context, i: int, left: str, chunk: str, right: str, right_end: int) -> bool:
        """Whether the dot or colon at ``i`` joins the parts of one name rather than two sentences.

        A host name: the token ends in a domain label (``ICI.Radio-Canada.ca``).  Two capitalized
        parts, the right one no sentence's usual first word: a name when the text writes it so
        twice (``Next:Economy``, ``One.Tel``), or, for a dot after a CamelCase part the lexicon
        lacks (``FastCo.Works``), before a domain word (``News.Net``) or after a word the lexicon
        lacks standing alone after a comma (``COO, Washingtonpost.Newsweek``), when no lowercase
        word carries a sentence on after it (``FastCo.Works Studio``; but ``in London.Net income``).
        """
        text = ctx.text
        if text[i] == ".":
            token = text[i + 1 : ctx.token_end].rstrip(".,;:!?)]\"'’”")
            host = _HOST_END.search(token) if "." in token else None  # (the ending follows a dot)
            if host is not None and host.group(1) in tlds():
                return True
        if chunk != left or not right[:1].isupper() or not _CAPITALISED.match(right) or not _CAPITALISED.match(left):
            return False
        right_low = right.lower()
        if text[i] == ":" and right_low not in language_list("sentence_openers", "en") and ctx.namespace(left):
            return True  # "Wikipedia:Páginas" beside "Wikipedia:Artículos ...": a page's namespace
        if (
            text[i] == ":"
            and right_low not in language_list("sentence_openers", "en")
            and right_low not in language_list("sentence_openers", self.lang)
            and max(_zipf(right_low, self.lang), _zipf(right_low, "en")) < _MIN_ZIPF_OPENER
            and ctx.another_namespace(left)
        ):
            return True  # "Anexo:Lista" once, on a page that writes "Wikipedia:Artículos ..." ×3
        if right_low in language_list("sentence_openers", self.lang) or (
            max(_zipf(right_low, self.lang), _zipf(right_low, "en")) >= _MIN_ZIPF_OPENER
        ):
            # "Warning:The", "SoftBank.An October", "Akten:In § 291a", "JavaScript.Get Motor":
            # a word this common opens the next sentence far more often than it ends a name
            return False
        if ctx.written_twice(left, text[i], right):
            return True
        if text[i] == ":":
            # Once, a colon between capitalized words is a headline's label as often as a name
            # ("New Release:Nintendo Switch"): only the text writing it so again tells, or a
            # lower-case word before it on its line ("and the Next:Economy"): a label opens its
            # line or sentence, a name stands inside one.
            return _LOWER_WORD_BEFORE.search(text, max(0, ctx.token_start - _NAME_WINDOW), ctx.token_start) is not None
        # A CamelCase part the lexicon does not know is a brand's ("FastCo"); a known one
        # ("SoftBank", "JavaScript") ends sentences as any word does.
        camel = _HAS_UPPER.search(left, 1) is not None and left.isalpha() and _zipf(left.lower(), "en") < _MAX_ZIPF_BRAND
        # A part the lexicon does not know, standing alone after a comma ("Jennifer Moyer, COO,
        # Washingtonpost.Newsweek Interactive"): an apposition's name (a company after a title),
        # not the last word of a sentence, which would have words of its own after the comma;
        # a known word there ends sentences as any word does ("the capital, Abuja.Sonny Ugoh").
        appositive = (
            not camel and left.isalpha() and text[max(0, ctx.token_start - 2) : ctx.token_start] == ", "
            and max(_zipf(left.lower(), self.lang), _zipf(left.lower(), "en")) < _MAX_ZIPF_BRAND
        )
        # A domain ending after a name in another script ("Газета.Ru"): a brand's host name;
        # a sentence glued to the next does not change script at its stop for a word that
        # short, so a two-letter ending counts there too ("In", "It" end no Cyrillic name).
        domain = right_low in tlds() and (len(right) >= 3 or (_LATIN_ONLY.fullmatch(right) and not _LATIN_ONLY.fullmatch(left)))
        if not camel and not domain and not appositive:
            return False
        return _SENTENCE_GOES_ON.match(text, right_end) is None

    def _glued_after_quote(self, ctx: _Context, i: int) -> bool:
        """"uncontrollable”.Cheuk", "Jose".Mourinho": a quotation closed, its sentence ended
        (British style), the next block glued on.  Other marks after a quote are the quotes
        normalizer's business."""
        text = ctx.text
        if text[i] != "." or i < 2 or not (text[i - 2].isalnum() or text[i - 2] in ".!?"):
            return False
        rm = _RIGHT_WORD.match(text, i + 1)
        if rm is None or _shape(rm.group()) != "cap":
            return False
        after = text[rm.end()] if rm.end() < len(text) else ""
        if _CALL.search(text, ctx.token_start, ctx.token_end):
            return False  # 'print("done".Length)': a call, code
        return after == "" or (after in _AFTER_WORD and after != ")")

    def _glued_dot(
        self, text: str, tok_start: int, left: str, chunk: str, right: str, after: str, shape: str | None = None
    ) -> bool:
        if shape is None:
            shape = _shape(right)
        if shape == "cap" or (shape == "mixed" and right[0].isupper()) or (
            # "downside.A long"; not the share classes "BRK.A", "AAPL.O"
            shape == "one" and right.isupper() and not left.isupper() and self._one_letter_word(left, right, after)
        ):
            if "." in chunk:
                return _INITIALISM.fullmatch(chunk) is not None  # "U.S.The" yes, "a.b.Foo" no
            if len(left) == 1 and chunk == left and left.isalpha():
                if _NON_LATIN_CASED.match(left) and left.islower():
                    return True  # "500 г.Томаты", "г.Москва"
                # "John M.Ford" yes; a lone "J.Smith" is an initial style of its own
                window = max(0, tok_start - _NAME_WINDOW)
                return left.isupper() and _NAME_BEFORE.search(text, window, tok_start) is not None
            if left.isalpha():
                return len(left) >= 2
            if left.isdigit():
                # "in 2019.The", "Friday, Dec. 6.The band"; "1.Introduction" opening a
                # line is a numbering style
                return len(left) >= 2 or not _opens_line(text, tok_start)
            if _UNIT.fullmatch(left):
                return True  # "720p.But", "2020s.Clipper", "226ppi.That"
            return left == ""  # after ")", "]" or "%"
        if shape == "caps":
            # "information.VW says", "Monday.NBC", "z.B.XML"; not "ID.SPACE" (a brand),
            # "photo.JPG", "Amazon.COM"
            if after not in _AFTER_WORD or right.lower() in file_extensions():
                return False
            if chunk + "." in abbreviations():
                return True
            return (
                left.isalpha() and len(left) >= 3 and "." not in chunk
                and len(_before_apostrophe(right)) <= _MAX_ACRONYM  # "real.NASA's"
                and right.lower() != left.lower()
                and _zipf(left.lower(), self.lang) >= _MIN_ZIPF  # "zipinfo.CRC" is code
                and (left.islower() or (left.istitle() and right.lower() not in tlds()))
            )
        if shape == "lower":
            if chunk + "." in abbreviations():
                return right not in tlds()  # "p.m.local", "e.g.breathlessness"
            if _short_dotted_chain(text, tok_start):
                return False  # a pattern or an abbreviation chain: "дд.мм.гггг", "сол.моҳ.рӯз"
            return _non_latin_pair(left, right)  # "ст.л.оливкового"
        if shape == "uncased":
            return _hangul_pair(left, right)
        return False

    def _capitalized_domain(self, left: str, right: str) -> bool:
        """Whether ``left.Right`` reads as a name written as its address (``Mail.Ru``, ``Diary.Ru``):
        a capitalized word, then a country's or a generic domain ending of at most three letters
        that no sentence opens with (rarer than ``_MIN_ZIPF_OPENER``: ``Ru`` 3.5, ``Nl`` 3.5); the
        caller also asks that no sentence go on after it.  ``Paris.It was``, ``London.Net income
        fell`` and ``done.Ru`` (a lower-case word before the dot) are sentences glued as before."""
        return (
            left[:1].isupper()
            and left[1:].islower()
            and len(right) <= _DOMAIN_ENDING_MAX
            and right.lower() in tlds()
            and _zipf(right.lower(), self.lang) < _MIN_ZIPF_OPENER
        )

    def _one_letter_word(self, left: str, right: str, after: str) -> bool:
        """"downside.A long", "SUVs,a redesigned": a one-letter word that is very common;
        "day?A: I have": the question and answer labels of an interview."""
        if right in ("Q", "A") and after == ":" and len(left) >= 2 and left.isalpha():
            return True
        return (
            len(right) == 1
            and after == " "
            and len(left) >= 2
            and (left.isalpha() or _UNIT.fullmatch(left) is not None)
            and (_zipf(right, self.lang) >= _MIN_ZIPF_ONE_LETTER or _non_latin_pair(left, right))
        )

    def _glued_other(
        self, mark: str, left: str, right: str, after: str, dotted_right: bool, right_token: str = ""
    ) -> bool:
        shape = _shape(right)
        capital = shape == "cap" or (shape == "mixed" and right[0].isupper()) or dotted_right
        if shape == "one" and not dotted_right:
            if mark == ":" and len(left) == 1 and left.isupper():
                # "A:I am" (an interview's answer); not "M:N" or "1:N": two lone letters
                # around a colon that make no word are notation (a relation's cardinality)
                return (
                    right.isupper()
                    and after == " "
                    and max(_zipf(right, self.lang), _zipf(right, "en")) >= _MIN_ZIPF_ONE_LETTER
                )
            return self._one_letter_word(left, right, after)
        if shape == "uncased":
            return mark in ",!?" and _hangul_pair(left, right)
        if left.isdigit() or _UNIT.fullmatch(left):
            if mark == "," and shape == "lower":
                return self._common(right)  # "in 2019,the", "mid-1950s,when", "6PM,before"
            # "Group 6A:Wichita", "Nov. 15, 2019:This", "Destiny 2:The Collection"; not "1,Foo"
            return capital and (mark != "," or not left.isdigit())
        if not left.isalpha():
            return False  # "v2,beta", "(AP),the"
        if mark == "!" and shape == "lower" and _zipf(f"{left}i{right}".lower(), self.lang) >= _MIN_ZIPF:
            return False  # "Bl!nk", "P!nk": "!" written for an "i" inside one word, a name's spelling
        if len(left) == 1:
            if _non_latin_pair(left, right):
                return mark == ","  # "и,конечно"
            if not left.isupper():
                return False  # "x,y"
            if mark == ":":
                return capital  # "Q:Favorite", "Path A:Iceland"
            return mark == "," and (capital or (shape == "lower" and self._common(right)))  # "Group A,giving"
        if mark == ":":
            if left.lower() in url_schemes():
                return False  # "mailto:x"
            if len(left) < 3 and _zipf(left.lower(), self.lang) < _MIN_ZIPF_SHORT_LABEL:
                return False  # "re:Invent"; but "on it:South", "Tested by:John"
            if left.isupper() and not capital:
                return False  # Finnish and Swedish inflection "EU:ssa", "BBC:s"; tickers "NYSE:IBM"
        if capital:
            return True
        if shape == "caps":
            if mark == ":" and _MACHINE_IDENTIFIER.match(right_token):
                return False  # "server:MP-PRD-WEB13": a machine's name for a host or a part, a value typed so
            # "ago,NASA", "MRT,CT"; not "TL;DR"
            return left.islower() or left.istitle() or (mark == "," and left.isupper())
        if mark == ":":
            if left.islower() and after in ("", "\n", "\r"):
                # "by delicious:days" ending its line: a colon-joined name (a maker's name, a
                # "scheme:value"), not a colon that introduces the rest of a sentence
                return False
            # "follows:the", "Stadia:high", "нужно:отварной"; not "filename:lineno"
            return _non_latin_pair(left, right) or (
                _zipf(right, self.lang) >= _MIN_ZIPF_COLON
                and (left.istitle() or _zipf(left.lower(), self.lang) >= _MIN_ZIPF_COLON)
            )
        if mark in "!?" and left.islower() and _zipf(right, self.lang) < _MIN_ZIPF and _NON_LATIN_CASED.match(right) is None:
            # "vet?gép": between two lower-case letters a question mark more often stands for a
            # letter the encoding lost (Hungarian ő) than ends a question; a sentence that goes
            # on in lower case after one goes on with a common word ("why?he said")
            return False
        return self._common(right)

    def _common(self, word: str) -> bool:
        """A real word of running text: common in the language, long enough to be prose,
        or in a cased script other than Latin."""
        return (
            len(word) >= _LONG_WORD
            or _zipf(word, self.lang) >= _MIN_ZIPF
            or _NON_LATIN_CASED.match(word) is not None
        )
