"""Repeated words: the accidental second copy in ``what what Russia``.

A word written twice in a row (``the the``, ``The the`` at the start of a
sentence, or one copy at the end of a line and one at the start of the next)
loses its second copy and one separating space; line breaks are never removed.

What stays on purpose, judged by evidence in the text:

* grammatical and emphatic doubles of the language, from ``data/<lang>/legit_doubles.txt``
  (``had had``, ``that that``, ``very very``; French ``nous nous``, Italian ``piano
  piano``), some only after a given token (German ``die die`` after a comma, where a
  relative clause starts: ``die Kommunen, die die Kosten tragen``, but ``für die die
  Versicherten`` is a slip), English ``it it`` after a preposition (``look back on it it
  will be``: one clause's object meets the next one's subject) and any word but a
  function word after ``whatever``, ``whoever``, ``what`` (``whatever happens happens``:
  a free relative clause's verb meets the main clause's) or after a pronoun and its relative
  (``data/<lang>/relative_subjects.txt``: ``everybody who fails fails``, a relative clause on
  the subject); in languages whose list holds ``*`` (Indonesian, Malay,
  Filipino, Hindi, Turkish, Vietnamese, Korean, Persian) reduplication is grammar and
  only the most frequent function words doubled are repaired (``yang yang``), with the
  words its grammar never doubles (``data/<lang>/never_reduplicated.txt``: ``dari dari``)
  and a word with a clitic on both copies (``kebencianmu kebencianmu``: reduplication
  puts the clitic on the last copy only, ``data/<lang>/clitics.txt``) and a noun doubled
  right after a numeral (``satu kaum kaum``: the count marks the plural,
  ``data/<lang>/counting_words.txt``); a content word the text reduplicates joined
  elsewhere (``orang-orang``, ``orang2``) and doubles here with a space has lost its
  hyphen, and is joined the same way rather than cut (``orang orang`` -> ``orang-orang``);
  interjections from ``data/<lang>/interjection_doubles.txt`` (``bye bye``, ``no no``,
  ``there there``) when
  they stand as speech: inside a quotation, before punctuation, where a line or a bracketed
  aside opens (``(cough cough wine)``), between two clauses (after
  ``and`` or ``but``, before a subject pronoun: ``and surprise surprise he wants``), or as a
  noun (``a no no``);
* a rare syllable doubled (``kee kee run``, ``tuk tuk``: three letters or fewer, a vowel,
  rarer than Zipf 3.5): a call, a sound or a name, held below the default threshold;
* a gradable adjective or adverb (the lexicon knows its comparative and superlative:
  ``data/<lang>/comparison_endings.txt``) doubled before the word it modifies in a passage
  that exclaims or smiles (``All at the low low price tag of "more expensive than everyone
  else!"``): emphasis, in the register that uses it; and any adjective (no plural in the
  lexicon) doubled between ``the``, ``this`` or ``my`` and what it modifies, in a passage that
  exclaims and speaks in the first person singular (``my picky picky 6 year old LOVED these!``);
* a degree modifier doubled between a form of ``be`` and a degree word that grades the word
  after it (``data/<lang>/degree_words.txt``: ``that's way way too harsh``), any word but a
  function word: only a modifier stands there;
* three or more copies (``no no no``, ``go go go``): deliberate;
* a pair that is all its line holds but spaces and punctuation (``ding ding.``, ``honk honk.``),
  a word less common than a function word: a sound, a call, a label said twice on purpose;
* capitalized pairs (``Duran Duran``, ``Walla Walla``, ``Sing Sing``, ``Mahi Mahi``,
  the band ``The The``): a capitalized doubled word is a name before it is a typo;
  an all-capitals pair is repaired only when it is a function word (``THE THE``);
* ``The the`` at a sentence start unless the word is ordinary vocabulary and the text
  never uses it capitalized mid-sentence (which would make it a name: ``Will will``);
* a pair quoted as a word (``the word "the the"``, ``‘no no’``): a mention, not a use;
* a pair that may be a token an earlier stage split (``Sheshe Rose`` split by the
  ``fused`` stage into ``She she Rose``): the text we get no longer shows the
  glue, so the rule reads what is left of it.  The glued form written anywhere in the
  text (``Sheshe``) proves a word of its own; a short capitalized word doubled at a
  sentence start (``She she``, ``To to``) may be a reduplicated name split, so only
  ``The the`` is repaired there; and a capitalized copy followed by
  a lower-case one that runs on into a capitalized word (``She she Rose``) reads
  as a name, not as a sentence opened twice, unless the word is one of the few most
  frequent function words (``The the White House``).  Removing either copy there
  would delete letters from a name;
* pairs split by anything but spaces (``New York, New York``, ``no, no``), hyphenated
  forms (``Boutros Boutros-Ghali``), numbers;
* words that are not frequent words of the pipeline's language, and doubles in
  passages that do not read as that language (``die die`` in German,
  ``amat amat`` in Indonesian, ``धीरे धीरे`` in Hindi): reduplication is
  grammar in many languages.
"""

from __future__ import annotations

import operator
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import islice
from functools import lru_cache
from typing import NamedTuple

import regex

from ..analysis import starts_sentence, text_facts
from ..edits import Edit, settle
from ..lexicon import interjection_doubles, language_list, legit_double_contexts, legit_doubles
from ..lexicon import word_zipf as _zipf
from ..normalizer import Normalizer
from ..prose import FUNCTION_ZIPF, ProseLines
from .._lazy import LazyPattern

__all__ = ["RepeatedWords"]

_HSPACE = "\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_WORD = r"\p{L}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*"
_SEP = rf"[{_HSPACE}]+|[{_HSPACE}]*\r?\n[{_HSPACE}]*"
# A run of one word written two or more times, separated by spaces or one line
# break.  Every alternative consumes text and the repetition is of a fixed
# string, so a scan is linear in the input.  A copy must be a whole token: not the tail
# of one joined by an apostrophe, a hyphen or a backtick, which transliterations of Arabic
# write for the ayn (the tafsir's ``lafal wa`dan dan haqqan``: the Arabic word, then
# Indonesian ``dan``), nor the head of one.
_RUN = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}_])(?<![\p{{L}}\p{{M}}\p{{N}}]['’\-`])"
    rf"(?P<w>{_WORD})(?:(?P<sep>{_SEP})(?i:(?P=w)))+"
    rf"(?![\p{{L}}\p{{M}}\p{{N}}_])(?!['’\-`][\p{{L}}\p{{M}}\p{{N}}])"
)


# Spaces and punctuation only: no letter, digit or symbol (what a line holds besides a pair that makes it).
_NO_WORD = LazyPattern(regex.compile, r"[\s\p{P}]*")
# Digits and what numbers a list's line ("12.2.4.24", "25.", "3)") before its first letter.
_LINE_NUMBERING = LazyPattern(regex.compile, r"\p{N}+")
_LINE_LEAD = LazyPattern(regex.compile, r"^[^\p{L}]+")


def _list_line_key(line: str) -> str:
    """A line's words, lower-cased, joined by one space, with its digits and whatever leads
    before its first letter dropped: two items of a numbered list compare by their names."""
    return _LINE_LEAD.sub("", _LINE_NUMBERING.sub("", " ".join(line.split()).lower()))


@lru_cache(maxsize=1)
def _prefilter() -> re.Pattern[str]:
    """A ``re`` pattern that matches wherever ``_RUN`` does (and a little more), about
    twice as fast: the stdlib engine scans plain classes quicker than ``regex`` scans
    Unicode properties.  ``re`` has no ``\\p{M}``, so the combining marks are spelled
    out once, as ranges found by ``regex``.  Its conditions are all weaker than
    ``_RUN``'s (``\\w`` is letters, digits and ``_``), which is what makes it a prefilter.
    """
    marks = "".join(f"{re.escape(first)}-{re.escape(last)}" for first, last in _mark_ranges())
    word = rf"[\w{marks}]"
    space = "[" + _HSPACE + "]"
    # The word is matched possessively (no giving back): only the longest word can be
    # followed by a separator (a shorter one is followed by a letter or by an apostrophe
    # and a letter), so the hits are the same, without trying every shorter word first.
    return re.compile(
        rf"(?<!\w)(\w{word}*+(?:['’\-]{word}++)*+)(?:{space}+|{space}*\r?\n{space}*)(?i:\1)(?!{word})"
    )


@lru_cache(maxsize=1)
def _mark_ranges() -> tuple[tuple[str, str], ...]:
    """The first and last character of each run of combining marks (``\\p{M}``), found by ``regex``."""
    # Marks live in planes 0 and 1 and among the variation selectors of plane 14.
    sample = "".join(map(chr, range(0x20000))) + "".join(map(chr, range(0xE0000, 0xE1000)))
    return tuple((m.group()[0], m.group()[-1]) for m in regex.finditer(r"\p{M}+", sample))


@lru_cache(maxsize=1)
def _prefilter_after() -> re.Pattern[str]:
    """A weaker ``_prefilter`` read from the character before the word: wherever
    ``_prefilter`` matches at ``p >= 1``, this matches at ``p - 1``.

    Two changes make it about twice as fast, and each only lets more through:

    * the look-behind ``(?<!\\w)`` becomes a character consumed, ``[^\\w]``, so the
      pattern opens with a character class and ``re`` skips the letters of the text
      in C, trying the pattern only after a space or a mark (the look-behind form is
      tried at every character);
    * inside the word, the marks beyond plane 0 (143 ranges, which ``re`` tries one
      by one on every character that ends a word) give way to the whole of planes
      1-16 (one range); a run's word reaches the space before its copy either way,
      so the copy compared is the same.  The check after the copy keeps plane 0's
      marks only: a narrower class in a negative look-ahead refuses less.
    """
    bmp = "".join(f"{re.escape(a)}-{re.escape(b)}" for a, b in _mark_ranges() if b < "\U00010000")
    word = rf"[\w{bmp}\U00010000-\U0010FFFF]"
    after_copy = rf"[\w{bmp}]"
    space = "[" + _HSPACE + "]"
    return re.compile(
        rf"[^\w](\w{word}*+(?:['’\-]{word}++)*+)(?:{space}+|{space}*\r?\n{space}*)(?i:\1)(?!{after_copy})"
    )


@lru_cache(maxsize=1)
def _prefilter_after_ascii() -> re.Pattern[str]:
    """``_prefilter_after`` for an ASCII text: each of its classes cut to its ASCII members,
    and ``re.ASCII``.  A pattern reads nothing but the text's characters, and on an ASCII
    character every class answers as its ASCII part does (``\\w`` is ``[a-zA-Z0-9_]`` there;
    a combining mark, a no-break space and ``’`` are not ASCII), and the back-reference's case
    is ASCII case (``ſ`` and the Kelvin sign, which ``re`` folds to ``s`` and ``k``, are not
    ASCII either): so on an ASCII text it matches exactly where ``_prefilter_after`` does.
    A third faster there: the space after each word is no longer tried against the ranges
    of combining marks."""
    return re.compile(r"[^\w](\w\w*+(?:['\-]\w++)*+)(?:[\t ]+|[\t ]*\r?\n[\t ]*)(?i:\1)(?!\w)", re.ASCII)


_CONTEXT_WORD = LazyPattern(regex.compile, r"\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*")
# Capitalized words right after a lower-case word (up to three, ``said Tom Price``):
# used as names mid-sentence.
_MID_SENTENCE_CAPITALS = LazyPattern(regex.compile,
    r"(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}]*,?[ ]((?:\p{Lu}[\p{L}\p{M}]*\.?[ ]){0,2}\p{Lu}[\p{L}\p{M}]*)"
)
_CAPITALIZED = LazyPattern(regex.compile, r"\p{Lu}[\p{L}\p{M}]*")
_AFTER_INTERJECTION = ",.!?;:…—–\"”’')»"
_ARTICLES = frozenset({"a", "an", "the"})
#: Where an utterance of its own opens (``_Scan._spoken``): a line, a title's segment after
#: ``|``, and an aside in brackets (``(cough cough wine)``, ``[sigh sigh]``).
_UTTERANCE_OPENERS = "\n|(["
_OPEN_MENTION = "\"“‘'«„‚*_"
_CLOSE_MENTION = "\"”’'»“‘*_"
_NEXT_WORD = LazyPattern(regex.compile, r"[ \t\u00a0]+(\p{L}[\p{L}\p{M}]*)")
# The next word or number, on the same line or the next (a hard wrap).
_NEXT_TOKEN = LazyPattern(regex.compile, r"(?:[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*)(\p{L}[\p{L}\p{M}]*|\d+)(?![\p{L}\p{M}])")
_CONTEXT_WORD_PART = LazyPattern(regex.compile, r"\p{L}[\p{L}\p{M}]*")  # a word, a contraction's parts apart ("I", "m")
# A word written twice with a hyphen between the copies ("half-half", "bye-bye").
_HYPHENATED_DOUBLE = LazyPattern(regex.compile, r"(?<![\p{L}\p{M}])(\p{L}[\p{L}\p{M}]*)[-\u2010\u2011](?i:\1)(?![\p{L}\p{M}])")
_BLANK_LINE = LazyPattern(regex.compile, r"\n[ \t\u00a0\r]*\n")
_LINE_FIRST_WORD = LazyPattern(regex.compile, r"[ \t\u00a0]*(\p{L}[\p{L}\p{M}]*)(?![\p{L}\p{M}])")
_NON_SPACE = LazyPattern(re.compile, r"\S*")
_MIN_CLITIC_STEM = 4  # "kebencian|mu"; not "ta|mu" (guest), "ib|u"

_MAX_ROUNDS = 3
_GLUED_SEARCHES = 16  # pairs _written_glued answers by a search before it gathers the text's words
_UNKNOWN = object()
_BLOCK = 128  # characters; the passage judged is about twice this, around the pair
_MIN_CONTEXT_WORDS = 3
_KNOWN_ZIPF = 3.0  # a word this frequent in the language is ordinary vocabulary
_LANGUAGE_SHARE = 0.6  # share of ordinary words that makes a passage read as the language
_COMMON_ZIPF = 4.0  # a capitalized double (The The) is only suspicious when the word is common
# A pair written doubled in this many places (the words around it differ) is the text's vocabulary.
_RECURRING_PAIR_PLACES = 3
_PLACE_REACH = 40  # characters before a pair where the word that places it is looked for
_ORDINARY_ZIPF = 2.5  # ... and "The the" when the word is at least ordinary vocabulary
_FUNCTION_WORD_ZIPF = 6.5  # "the", "and", "of", "a", "to", "in", "is", "it", ...
_REDUPLICATED_FUNCTION_ZIPF = 7.0  # Indonesian "yang", "dan", "di"; Turkish "ve", "bu"
_PARTICLE_GAP = 0.5  # Zipf a particle form is below its word ("itulah"), measured on the lexicon
_PREFIX_ROOT_LETTERS = 4  # a verb root this long ("hina", "sebut"); shorter ones begin words by chance (ber|sih)
_VOWELS = frozenset("aeiou")
_LONG_ROOT_LETTERS = 6  # a root this long under a verb-only prefix is a verb's ("pendapat", "berontak"); measured on the lexicon
_SYLLABLE_LETTERS = 3  # a syllable doubled into a name: She-she, To-to, Do-do
_NEVER_A_NAME_ZIPF = 7.5  # "the": so frequent that no name doubles it
_ARTICLE_ZIPF = 7.0  # "the", "and", "a", "in", "of", "to", "that": never the start of a name


class RepeatedWords(Normalizer):
    """Remove the accidental second copy of a doubled word.

    ``lang`` is the wordfreq language of the text: a double is repaired only in
    words and passages that read as that language.

    >>> RepeatedWords()("They watched closely what what Russia did.")
    'They watched closely what Russia did.'
    >>> RepeatedWords()("The the band had had a hit with Duran Duran.")
    'The band had had a hit with Duran Duran.'
    """

    name = "repeats"
    leaves_never_text = True
    summary = "remove accidentally repeated words (the the), keeping legitimate doubles"

    @property
    def lang(self) -> str:
        """The language option, read as an attribute without the base class's ``__getattr__``
        (reached only after a failed lookup: a few µs, once or more for every text read)."""
        return self.options.lang
    removes_content = True

    def may_edit(self, text: str) -> bool:
        # Language-free: the same answer for every language lang="auto" may judge in.  A
        # superset of the twins test, read mostly in C; find_edits asks the exact test
        # itself whenever its answer could matter, so a "maybe" costs time, never an edit.
        return _may_have_adjacent_twins(text)

    def find_edits(self, text: str) -> list[Edit]:
        # The first reading is made before the twins test, which it answers on the way:
        # with no edit there is nothing to repair whatever that test says, and a run whose
        # two tokens are twins answers it, so the whole text is split and stripped again
        # only when neither settles it.  The runs are read one at a time, not kept: a text
        # of a million pairs would hold a million matches.  (Remembering may_edit's answer
        # for the pipeline's second call would take module state holding the text.)
        twins_seen = False

        def runs_noting_twins() -> Iterator[regex.Match[str]]:
            nonlocal twins_seen
            for m in _runs(text):
                if not twins_seen and _twin_tokens(text, m):
                    twins_seen = True
                yield m

        first = self._find_once(text, runs_noting_twins())
        if not first:
            return []  # what settle would answer too
        if not twins_seen and not _has_adjacent_twins(text):
            return []
        # The evidence is read from the text, and a removal can change it (``the Will``
        # proves a name until that ``the`` goes): repeat until the text settles.
        return settle(text, self._find_once, _MAX_ROUNDS, first=first)

    def _find_once(self, text: str, runs: Iterable[regex.Match[str]] | None = None) -> list[Edit]:
        """The edits of one reading of ``text``; ``runs``: its ``_runs``, when the caller reads them."""
        edits: list[Edit] = []
        scan = _Scan(text, self.lang)
        for m in _runs(text) if runs is None else runs:
            if len(m.captures("sep")) != 1:
                continue  # three or more copies: deliberate (no no no, go go go)
            reason = scan.verdict(m)
            if reason is None:
                continue
            joiner = scan.joiner(m)
            if joiner is not None:
                # A reduplication the text writes joined, written here with a space: its
                # lost hyphen (or "2"), not a second copy to delete.
                edits.append(self.edit(text, m.end("w"), m.end() if joiner == "2" else m.end("sep"), joiner, reason))
                continue
            edits.append(self._removal(text, m, reason, scan.confidence(m)))
        return edits

    def _removal(self, text: str, m: regex.Match[str], reason: str, confidence: float = 1.0) -> Edit:
        sep_end, end = m.end("sep"), m.end()
        if "\n" not in m.group("sep"):
            return self.edit(text, m.end("w"), end, "", reason, confidence)
        # Across a line break: keep the break (and any indent), drop the second
        # copy and the space after it.
        if end < len(text) and text[end] in " \t":
            end += 1
        return self.edit(text, sep_end, end, "", reason, confidence)


# A formula rendered as text: an operator after a doubled one-letter word.
_OPERATORS = frozenset("=+−*/<>≤≥≠^_|∈∑")
# A numeral right before a word, not an amount of money: no currency sign before its digits.
_NUMERAL_BEFORE = LazyPattern(regex.compile, r"(?<![\p{Sc}\p{L}\p{N}.,])\d+(?:[.,]\d+)*[ \t\u00a0]+\Z")
_NUMERAL_REACH = 24  # characters before a doubled word where its numeral is looked for
# The end of a clause after a word: a mark that ends a sentence or a clause, or the text's end.
_CLAUSE_END_AFTER = LazyPattern(regex.compile, r"[ \t]*(?:[.!?;:](?!\p{L})|\Z)")
# A definition after a word: ``=``, ``=/`` or ``::=`` (not the comparison ``==``), spaces before it.
_DEFINED_NAME_AFTER = LazyPattern(regex.compile, r"[ \t\u00a0]*(?:::=|=(?!=))")

# Code punctuation a word is glued to when it is part of a flag, a path, an address or a
# handle rather than prose: before the first copy (``--safe``), after the second (``redaktion@``).
_MACHINE_BEFORE = "-/\\@#$~="
_MACHINE_AFTER = "@/\\=#"
# A command's argument one space after the second copy: an address (``root@192.168.1.10``), an
# option (``-v``, ``--all``) or a path (``/etc``, ``~/src``).  Prose writes a word, not these, after a
# doubled word; a command written after the prose that names it (``log in with ssh`` / ``ssh root@host``,
# a line break lost) does.
_ARGUMENT_AFTER = LazyPattern(regex.compile, r"[ \t]+(?:[\p{L}\p{N}._+-]+@[\p{L}\p{N}]|--?\p{L}|~?/[\p{L}\p{N}._])")
# A single letter beside a one-letter pair, a space apart: the pair is inside a letter-spaced word.
# (An apostrophe joins a letter to its word: "there’s a a lot" is no letter run.)
_SINGLE_LETTER_BEFORE = LazyPattern(regex.compile, r"(?<![\p{L}\p{M}\p{N}'’])\p{L}[ \t]\Z")
_SINGLE_LETTER_AFTER = LazyPattern(regex.compile, r"[ \t]\p{L}(?![\p{L}\p{M}\p{N}'’])")

# Text wrapped by hand or by a mail client breaks its lines at 72-80 columns, rarely
# beyond 100; a longer line is a block of its own.
_HARD_WRAP_MAX = 120
# ... and no hand or client wraps at fewer than 30 columns: a shorter line before the break is an
# element of a page (a button, a label, a menu item), not a wrapped line of prose.
_SHORT_ELEMENT_MAX = 24
_SHORT_ELEMENT_WORDS = 3
# Lines read either way of a break to learn the width its block is wrapped at (a window keeps
# the reading linear in a text of many lines).
_WRAP_BLOCK_LINES = 8
# A row of links or labels: a line this short with no sentence punctuation in it.
_MENU_LINE_MAX = 60
# A list's line read whole, its padding and numbering included (a text-mode table pads them).
_LIST_LINE_REACH = 2 * _MENU_LINE_MAX
_TAG_LINE_MAX = 400  # characters looked at on each side of a pair for a row of tags
_TAG_ROW_WORDS = 6  # words of a bare row of tags at least (running text that long has a function word)
_LISTED_ELEMENT_WORDS = 2  # the fewest words of an element the document lists on a line of its own
_SENTENCE_MARK = LazyPattern(regex.compile, r"[.,;:!?]")
# A word and the capitalized word after it: the elements of a row that share a first word.
_NEXT_CAPITALIZED_AFTER_WORD = LazyPattern(regex.compile, r"(?<![\p{L}\p{M}])(\p{L}[\p{L}\p{M}]*)[ \t\u00a0]+(\p{Lu}[\p{L}\p{M}]*)")

# Punctuation that can cling to the outer side of a word and its copy.
# The number or word right before a doubled word, with only spaces between: "10 tahun tahun".
_COUNT_BEFORE = LazyPattern(regex.compile,
    r"(?<![\p{L}\p{M}\p{N}.,])(?:(?P<number>\d(?:[\d.,]*\d)?)|(?P<word>\p{L}[\p{L}\p{M}]*))[ \t\u00a0]+\Z"
)
_COUNT_REACH = 24  # characters before a pair where its counting word is looked for
_YEAR_DIGITS = 4  # a number of four digits or more with no separator ("1998") may be a year
_CLINGING = ".,;:!?\"“”„«»‹›()[]{}<>/\\|*_+=~^`@#$%&…—–・·'’-"


# The marks of an emotive, spoken register: an exclamation mark, an emoticon (";)", ":-D").
_EXCLAMATORY = LazyPattern(regex.compile, r"!|[;:]-?[()DP](?![\p{L}\p{N}])")
_SHORT_EXCLAMATION_WORDS = 3  # words after a doubled opener before the "!" of a reader's short exclamation
_SENTENCE_END_MARKS = frozenset(".!?\u2026")  # a stop right after a pair, for _makes_its_sentence
_SENTENCE_STOP = LazyPattern(regex.compile, r"[.!?\n]")  # where the sentence a pair opens ends, for _opens_a_short_exclamation
_REGISTER_REACH = 200  # characters either side of a pair (about two sentences) where its register is read
_GRADABLE_LETTERS = 3  # the shortest gradable words ("big", "low", "hot")
# A one-letter token this frequent in the language is one of its words (English "a" 7.4 and
# "i" 7.1, Polish "w" 7.5 and "u" 6.0, Czech "v" 7.3, Dutch "u" 6.4, Spanish "y" 7.4); below it,
# a letter every language's lexicon holds as a symbol, an initial or a label (English "s" 5.9,
# "n" 5.2, "q" 4.6; German has none above 5.8).  Measured on wordfreq's lists.
_ONE_LETTER_WORD_ZIPF = 6.0
# A field name of a table or a program: upper-case with an underscore ("PEEK_IMG",
# "SEARCH_NEXT"), which no prose writes, right before the pair on its line.
_FIELD_NAME_BEFORE = LazyPattern(regex.compile, r"(?<![\p{L}\p{N}_])\p{Lu}[\p{Lu}\p{N}]*(?:_[\p{Lu}\p{N}]+)+[ \t]+\Z")
_FIELD_NAME_REACH = 64  # characters before a pair where its field name is looked for
# A program run from a directory (`./configure`, `../bin/setup`) right before a pair: only a
# command line writes one before a word, and a build's steps joined onto one line read
# `./configure make make test`: the first `make` is a command of its own, not a stammer.
_RUN_PROGRAM_BEFORE = LazyPattern(regex.compile, r"(?<!\S)\.{1,2}/[\p{L}\p{N}_.\-/]+[ \t]+\Z")
_GRADABLE_MIN = 3.0  # Zipf of a word ordinary enough to be judged gradable by its forms
_COMPARATIVE_MIN = 2.0  # ... its comparative ("tinier" 2.1)
# ... and its superlative, commoner in use than the comparative of a short adjective
# ("tiniest" 3.1); archaic verb forms in "-est" stay below it ("knowest" 2.2, "lovest" 1.6).
_SUPERLATIVE_MIN = 2.5
_PLURAL_NOUN_MIN = 3.0  # Zipf of a plural that makes its word a noun ("gardens" 4.3; "yummies" 1.5)


@lru_cache(maxsize=4096)
def _gradable(word: str, lang: str, endings: str) -> bool:
    """Whether the lexicon knows ``word``'s comparative and superlative made with ``endings``
    (``"er est"``, one entry of ``data/<lang>/comparison_endings.txt``), in English spelling:
    ``low`` (``lower``, ``lowest``), ``late`` (``later``), ``tiny`` (``tiniest``), ``big``
    (``biggest``)."""
    comparative, superlative = endings.split()
    if len(word) < _GRADABLE_LETTERS or _zipf(word, lang) < _GRADABLE_MIN:
        return False  # "a": "aer" and "aest" are in the lexicon, as junk
    stems = [word]
    if word.endswith("e"):
        comparative, superlative = comparative.removeprefix("e"), superlative.removeprefix("e")
    elif len(word) > 2 and word.endswith("y") and word[-2] not in "aeiou":
        stems.append(word[:-1] + "i")
    elif len(word) > 2 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        stems.append(word + word[-1])
    return any(
        _zipf(stem + comparative, lang) >= _COMPARATIVE_MIN and _zipf(stem + superlative, lang) >= _SUPERLATIVE_MIN
        for stem in stems
    )


@lru_cache(maxsize=1024)
def _irregularly_gradable(word: str, lang: str) -> bool:
    """Whether ``word`` is a gradable adjective or adverb whose degrees take no ending
    (``good``: ``better``, ``best``; ``data/<lang>/irregular_comparisons.txt``), and the
    lexicon knows the word and its two forms as ordinary words.

    >>> _irregularly_gradable("good", "en"), _irregularly_gradable("dog", "en")
    (True, False)
    """
    for entry in language_list("irregular_comparisons", lang):
        parts = entry.split()
        if len(parts) == 3 and parts[0] == word:
            return all(_zipf(form, lang) >= _GRADABLE_MIN for form in parts)
    return False


def _short_lines(text: str) -> Counter[str]:
    """How often each line of ``text`` short enough to be a menu item stands in it, its words
    joined by one space and lower-cased."""
    return Counter(" ".join(line.split()).lower() for line in text.splitlines() if 0 < len(line.strip()) <= _MENU_LINE_MAX)


def _keyed_lines(text: str) -> frozenset[str]:
    """The short lines of ``text``, numbering aside (:func:`_list_line_key`), for ``_cut_names_another_line``."""
    return frozenset(
        key for line in text.splitlines()
        if 0 < len(line) <= _LIST_LINE_REACH and 0 < len(key := _list_line_key(line)) <= _MENU_LINE_MAX
    )


def _paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start and end of the paragraph (lines up to a blank line) around ``start``..``end``,
    looked for within ``_REGISTER_REACH`` characters either way."""
    lo = max(0, start - _REGISTER_REACH)
    blank = _BLANK_LINE.search(text[lo:start][::-1])
    para_start = start - blank.start() if blank else lo
    after = _BLANK_LINE.search(text, end, min(len(text), end + _REGISTER_REACH))
    return para_start, after.start() if after else min(len(text), end + _REGISTER_REACH)


@lru_cache(maxsize=4096)
def _countable_noun(word: str, lang: str) -> bool:
    """Whether the lexicon knows ``word``'s plural as an ordinary word (``gardens``, ``cities``,
    ``boxes``): a noun, where an adjective has no plural (``delicious``, ``picky``: no
    ``pickies``).  English spelling; for another language, True (no such reading)."""
    if lang != "en":
        return True
    forms = [word + "s", word + "es"]
    if len(word) > 2 and word.endswith("y") and word[-2] not in "aeiou":
        forms.append(word[:-1] + "ies")
    return any(_zipf(form, lang) >= _PLURAL_NOUN_MIN for form in forms)


def _has_adjacent_twins(text: str) -> bool:
    """A cheap superset test: do two equal words stand side by side?

    Whitespace-split tokens with clinging punctuation stripped; a word ``_RUN``
    can match is then a whole token, except after punctuation glued inside a
    token (``end.the the``), which this check lets pass unrepaired.
    """
    words = [w.strip(_CLINGING) for w in text.lower().split()]
    return any(map(operator.eq, words, islice(words, 1, None)))


# The clinging marks deleted from a text by bytes.translate (the ASCII ones, from ASCII or
# UTF-8 bytes alike: no byte of a multi-byte character is ASCII), and the others one
# str.replace each where present.
_ASCII_CLINGING = "".join(c for c in _CLINGING if c.isascii()).encode("ascii")
_OTHER_CLINGING = tuple(c for c in _CLINGING if not c.isascii())
# The end of a token that ends in a clinging mark, whitespace, then a whole token of clinging
# marks: where two tokens of marks alone may stand side by side.  The standard re module:
# its ``\s`` is str.split's whitespace (str.isspace), and the class it opens with is
# searched for in C.
_MARKS = "".join("\\" + c if c in "\\]^-[" else c for c in _CLINGING)
_LONE_MARKS_AFTER_MARK = LazyPattern(re.compile, rf"[{_MARKS}]\s+[{_MARKS}]+(?!\S)")


def _may_have_adjacent_twins(text: str) -> bool:
    """A superset of :func:`_has_adjacent_twins`, read mostly in C: ``False`` only where
    that test is ``False`` too.

    Two side-by-side tokens that strip to the same word ``w`` become the same token once
    every clinging mark is deleted from the text (inner ones too: ``u.s.`` and ``us`` meet
    there, so the answer may be a "maybe"), and stay side by side, unless ``w`` is empty:
    both tokens are marks alone, found apart (:func:`_two_tokens_of_marks`).  Deleting
    the marks is one ``bytes.translate``; the listcomp of ``str.strip`` it replaces made a
    Python call per token.
    """
    low = text.lower()
    if low.isascii():  # (a flag of the string, read without a scan)
        low = low.encode("ascii").translate(None, _ASCII_CLINGING).decode("ascii")
    else:
        # surrogatepass: a lone surrogate (text decoded with surrogateescape) goes through
        # as three bytes none of which is ASCII, and comes back as it was.
        low = low.encode("utf-8", "surrogatepass").translate(None, _ASCII_CLINGING).decode("utf-8", "surrogatepass")
        for mark in _OTHER_CLINGING:
            if mark in low:
                low = low.replace(mark, "")
    words = low.split()
    return any(map(operator.eq, words, islice(words, 1, None))) or _two_tokens_of_marks(text)


def _two_tokens_of_marks(text: str) -> bool:
    """Whether two whitespace-separated tokens of clinging marks alone stand side by side
    (``- -``, ``“ ”``): both strip to nothing, so :func:`_has_adjacent_twins` finds them equal.

    Lower-casing neither makes nor unmakes a mark (``tests/test_speed_repeats.py``), so
    ``text`` is read as it is.  A hit of the pattern is a token ending in a mark before a
    token of marks; the first token is confirmed to be marks alone by walking back over it
    (each token walked once: a failed hit's second token is the next one's first at most).
    """
    pos = 0
    while True:
        m = _LONE_MARKS_AFTER_MARK.search(text, pos)
        if m is None:
            return False
        start = m.start()
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        if not text[start : m.start() + 1].strip(_CLINGING):
            return True
        # The second token may be the first of the next pair: read on from its last mark.
        pos = m.end() - 1


def _twin_tokens(text: str, m: regex.Match[str]) -> bool:
    """Whether the run ``m``'s two copies stand in two whitespace-separated tokens that
    ``_has_adjacent_twins`` finds equal: then that test's answer on ``text`` is True.

    The tokens are the ones ``text.lower().split()`` holds side by side: the run's
    separator is whitespace alone, and lower-casing keeps every whitespace character
    and makes none (``Σ``, the one letter lowered by its neighbours, looks no further
    than the whitespace either side; ``tests/test_speed_repeats.py`` checks both).
    """
    if len(m.captures("sep")) != 1:
        return False  # three copies or more: the first and the last are not side by side
    first_end, second_start = m.end("w"), m.end("sep")
    start = m.start()
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    second = _NON_SPACE.match(text, second_start)
    assert second is not None  # \S* always matches
    return text[start:first_end].lower().strip(_CLINGING) == second.group().lower().strip(_CLINGING)


class _VerbAffixes(NamedTuple):
    """A language's verbal affixes, as ``data/<lang>/verb_prefixes.txt`` lists them."""

    prefixes: tuple[tuple[str, str], ...]  # each prefix with the consonant it drops from a root, or ""
    suffixes: tuple[str, ...]
    groups: dict[str, str]  # a prefix that is another's form ("bel =ber": "belajar" is ber- + "ajar")
    after: dict[str, frozenset[str]]  # a suffix that makes a verb only after these prefixes ("-an ber")


@lru_cache(maxsize=None)
def _verb_affixes(lang: str) -> _VerbAffixes:
    """The verbal affixes of ``lang``, read once: prefixes (``men ...``), suffixes (``-kan``),
    a prefix's group (``=ber``) and the prefixes a suffix goes with when it names them (``-an
    ber``: ``berlebihan``, the confix ``ber-...-an``; ``-an`` alone makes nouns)."""
    prefixes, suffixes, groups, after = [], [], {}, {}
    for entry in language_list("verb_prefixes", lang):
        fields = entry.split()
        if entry.startswith("-"):
            suffixes.append(fields[0][1:])
            if len(fields) > 1:
                after[fields[0][1:]] = frozenset(fields[1:])
        else:
            dropped = [f for f in fields[1:] if not f.startswith("=")]
            prefixes.append((fields[0], dropped[0] if dropped else ""))
            for f in fields[1:]:
                if f.startswith("="):
                    groups[fields[0]] = f[1:]
    return _VerbAffixes(tuple(sorted(prefixes)), tuple(sorted(suffixes)), groups, after)


@lru_cache(maxsize=4096)
def _verb_roots(word: str, lang: str) -> tuple[str, ...]:
    """The known roots ``word`` may be made from with a verbal prefix and an optional verbal
    suffix of ``lang`` (``menyatakan``: ``nyata``; ``menyebut``: ``sebut``)."""
    roots: list[str] = []
    for _, _, root in _verb_parses(word, lang):
        if root not in roots:
            roots.append(root)
    return tuple(roots)


@lru_cache(maxsize=None)
def _verb_only_prefixes(lang: str) -> dict[str, frozenset[str]]:
    """The verbal prefixes of ``lang`` that make verbs only, from
    ``data/<lang>/verb_only_prefixes.txt``: each with the verbal suffixes it counts with
    only (a line ``di -kan``), or an empty set when it counts alone."""
    entries = (entry.split() for entry in language_list("verb_only_prefixes", lang))
    return {fields[0]: frozenset(f.lstrip("-") for f in fields[1:]) for fields in entries}


@lru_cache(maxsize=4096)
def _verb_parses(word: str, lang: str) -> tuple[tuple[str, str, str], ...]:
    """Each (prefix, suffix, known root) reading of ``word`` with a verbal prefix and an
    optional verbal suffix of ``lang`` (``menyatakan``: ``("me", "kan", "nyata")``)."""
    prefixes, suffixes, _, after = _verb_affixes(lang)
    parses = []
    for prefix, dropped in prefixes:
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix):]
        for suffix in ("",) + suffixes:
            if suffix and not rest.endswith(suffix):
                continue
            if suffix in after and prefix not in after[suffix]:
                continue  # a suffix that makes a verb only with some prefixes ("ber-...-an")
            body = rest[: len(rest) - len(suffix)]
            for root in (body, dropped + body) if dropped else (body,):
                if len(root) >= _PREFIX_ROOT_LETTERS and _zipf(root, lang) >= _KNOWN_ZIPF:
                    parses.append((prefix, suffix, root))
    return tuple(parses)


@lru_cache(maxsize=None)
def _degree_words(lang: str) -> dict[str, frozenset[str]]:
    """Degree word -> the verb forms a doubled modifier before it must follow, from the entries
    ``WORD after FORM FORM ...`` of ``data/<lang>/degree_words.txt`` (``too`` after ``is``,
    ``'s``, ...); empty where the language has no such list."""
    out = {}
    for entry in language_list("degree_words", lang):
        word, *rest = entry.split()
        if rest and rest[0] == "after":
            out[word.lower()] = frozenset(t.lower().replace("\u2019", "'") for t in rest[1:])
    return out


@lru_cache(maxsize=1024)
def _joined_reduplication(word: str, joiner: str) -> regex.Pattern[str]:
    """The pattern of ``word``'s reduplication written joined as a token: ``word-word``
    (``joiner`` ``"-"``) or ``word2`` (``"2"``)."""
    w = regex.escape(word)
    if joiner == "-":
        return regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}-]){w}-{w}(?![\p{{L}}\p{{M}}\p{{N}}-])")
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}-]){w}2(?![\p{{L}}\p{{M}}\p{{N}}])")


def _runs(text: str):
    """The matches of ``_RUN`` in ``text``, as ``_RUN.finditer`` finds them, found faster.

    The prefilter matches at every position where ``_RUN`` can, so trying ``_RUN``
    only where the prefilter hits, and moving on by one character when it fails
    there, finds the same matches in the same order.
    """
    if not text.isascii() and _folds_apart().search(text) is not None:
        # ``re`` compares a back-reference by lower case, ``regex`` by case folding: where
        # they differ (``ſ`` and ``s``, ``ς`` and ``σ``) the prefilter could miss a run.
        yield from _RUN.finditer(text)
        return
    pos = 0
    while True:
        start = _prefilter_start(text, pos)
        if start < 0:
            return
        m = _RUN.match(text, start)
        if m is None:
            pos = start + 1
            continue
        yield m
        pos = m.end()


@lru_cache(maxsize=1)
def _folds_apart() -> re.Pattern[str]:
    """The characters on which ``_prefilter``'s back-reference and ``_RUN``'s may disagree.

    ``re`` compares a back-reference by lower case, ``regex`` by case folding: they part
    where a letter folds to one character other than its lower case (``ſ`` and ``s``,
    ``ς`` and ``σ``, ``µ`` and ``μ``), or folds to several that another letter of a
    different lower case folds to as well (``ﬅ`` and ``ﬆ``).  ``ß`` and ``ẞ`` share their
    lower case, so German text keeps the fast scan.
    """
    # All of them lie in the Basic Multilingual Plane (tests/test_speed_repeats.py checks
    # every code point), which is read in a fiftieth of the time of all seventeen planes.
    # (A letter that folds to several characters has a lower case of its own unless that is
    # the folding too, as for ``İ``: so every letter of such a group is found in this pass.)
    folds: dict[str, set[str]] = {}
    single: list[str] = []
    for c in map(chr, range(0x10000)):
        folded = c.casefold()
        if folded != c.lower():
            if len(folded) == 1:
                single.append(c)
            else:
                folds.setdefault(folded, set()).add(c)
    several = [c for group in folds.values() if len({x.lower() for x in group}) > 1 for c in group]
    return re.compile("[" + re.escape("".join(single + several)) + "]")


def _prefilter_start(text: str, pos: int) -> int:
    """The first position from ``pos`` on where ``_RUN`` may match, or -1: where
    ``_prefilter`` matches at the text's start, else where ``_prefilter_after`` matches
    (one character before), a superset of ``_prefilter``'s hits."""
    if pos == 0:
        if _prefilter().match(text, 0) is not None:
            return 0
        pos = 1
    if text.isascii():  # (a flag of the string)
        hit = _prefilter_after_ascii().search(text, pos - 1)
    else:
        hit = _prefilter_after().search(text, pos - 1)
    return -1 if hit is None else hit.start() + 1


#: A content word doubled by a person speaking (``I love love your website``): a slip
#: less often than not on real text, so below the default threshold (``_Scan.confidence``).
_PERSONAL_DOUBLE_CONFIDENCE = 0.45
#: A double on a line that does not read as prose (``textmend.prose``): a table's two columns,
#: a tag list, a key table's row far more often than a slip, so below the default threshold.
_NOT_PROSE_CONFIDENCE = 0.45
#: A rare syllable doubled (``kee kee run``): a call, a sound or a name far more often than a
#: slip, so below the default threshold (``_Scan._reduplicated_syllable``).
_SYLLABLE_DOUBLE_CONFIDENCE = 0.45
#: Below this Zipf, a word of at most ``_SYLLABLE_LETTERS`` letters is no word a writer writes
#: every day (``kee`` 3.06, ``tuk`` 2.65, ``pom`` 3.17, ``wah`` 3.45, against ``bam`` 3.64,
#: ``oz`` 4.01, ``hmm`` 4.11, and every short function word, 5 and up).
_RARE_SYLLABLE_ZIPF = 3.5
_SYLLABLE_VOWELS = frozenset("aeiouy")


class _Scan:
    """Evidence about one text, computed lazily and at most once per call."""

    def __init__(self, text: str, lang: str) -> None:
        self.text = text
        self.lang = lang
        self._names: frozenset[str] | None = None
        self._language_blocks: dict[int, object] = {}
        self._glued: set[str] | None = None
        self._hyphenated: set[str] | None = None  # words the text writes doubled with a hyphen ("half-half")
        self._doubled_places: dict[str, int] | None = None  # word -> places the text writes it doubled
        self._lines: Counter[str] | None = None  # the text's short lines, for _ends_a_listed_element
        self._keyed_lines: frozenset[str] | None = None  # short lines, numbering aside, for _cut_names_another_line
        self._lowered: str | None = None  # the text lower-cased, for _written_glued's searches
        self._glued_searches = _GLUED_SEARCHES
        self._joiners: dict[int, str] = {}  # pair start -> the joiner verdict chose for it
        self._prose: ProseLines | None = None  # which lines read as prose, for confidence

    def verdict(self, m: regex.Match[str]) -> str | None:
        """Why the second copy is an accident, or None to keep it."""
        first, second = m.group("w"), self.text[m.end("sep") : m.end()]
        lower = first.lower()
        if second.lower() != lower:
            return None
        start = m.start()
        if first == second and first.islower():
            kind = "a word written twice"
        elif first == second and first.isupper() and len(first) > 1:
            # Capitals hide names too (a headline's WALLA WALLA, SING SING): only
            # function words, which no name doubles.
            if _zipf(lower, self.lang) < _FUNCTION_WORD_ZIPF:
                return None
            kind = "a word written twice"
        elif first[:1].isupper() and first[1:] == second[1:] and second[:1].islower():
            # "Asparagus asparagus": the lower-case copy shows an ordinary word, unless
            # the text uses the capitalized one as a name (``Will will``).
            if not self._sentence_start(start) or _zipf(lower, self.lang) < _ORDINARY_ZIPF:
                return None
            if first in self._capitalized_mid_sentence():
                return None
            if self._runs_into_a_name(m) or self._may_be_a_split_name(lower):
                return None
            kind = "a sentence's first word written twice"
        else:
            # Title-case pairs (Sing Sing, Mahi Mahi, The The) and mixed forms: names.
            return None
        if self._quoted_as_a_word(m) or self._written_glued(first + second):
            return None
        if self._written_doubled_in_several_places(lower):
            # "il cous cous in una", "100 g cous cous", "del cous cous cotto": a pair the text
            # writes in several sentences is its vocabulary (a name said twice), not a slip
            return None
        if self._written_hyphenated(lower) and "*" not in legit_doubles(self.lang):
            # "its written half half" beside "what's half-half?": the compound written open (where
            # reduplication is grammar, Indonesian "orang-orang", the joined form makes a spaced one a slip)
            return None
        if self._across_a_block_boundary(m) or self._notation(m):
            return None
        if self._in_code(start):
            return None  # "no-repeat center center;" in leaked CSS: code says it twice on purpose
        if self._names_a_definition(m):
            return None  # "... / comment comment = ...": a rule's last word, then the next rule's name
        if self._elements_sharing_a_word(m):
            return None  # "quartz quartz India quartz Africa": links that share their first word
        if self._row_of_tags(m):
            return None  # "coriander egg egg recipes heavy cream heavy whipping cream": tags "egg", "egg recipes"
        if self._cut_names_another_line(m):
            return None  # "Script data escaped dash dash state" under "... escaped dash state": two names
        if self._items_sharing_a_first_word(m) or self._ends_a_listed_element(m):
            return None  # "desserts pudding" / "pudding with rice" / "pudding with figs": menu items
        if self._part_of_machine_text(m) or self._letter_spaced(m):
            return None  # "--safe safe mode", "Redaktion redaktion@kath.ch", "G o o g l e"
        if self._runs_a_command(m, lower):
            return None  # "log in with ssh" / "ssh root@192.168.1.10": the program named, then run
        if self._fields_of_a_row(m, lower):
            return None  # "QUIT q q", "PEEK_IMG i i Show image address": a key table's two key columns
        if self._makes_its_line(m) and _zipf(lower, self.lang) < FUNCTION_ZIPF:
            return None  # "ding ding." alone on its line: a sound, a call, a chant, no slip in running text
        if self._makes_its_sentence(m):
            return None  # "… in any way, shape or form. Ever ever.": the pair is its sentence, said twice
        legit = legit_doubles(self.lang)
        if lower in legit:
            return None
        if self._emphatic_gradable(m, lower):
            return None  # "All at the low low price tag of ...!": an adjective doubled for emphasis
        if self._doubled_degree_modifier(m, lower):
            return None  # "that's way way too harsh": the word grading "too harsh", said twice
        if self._emphatic_attributive(m, lower):
            return None  # "pat the delicious delicious frosting on ... it worked great!": the same, by its place
        contexts = legit_double_contexts(self.lang)
        after = contexts.get(lower)
        if after is not None and self._preceded_by(start, after):
            return None  # German ", die die": the relative clause's grammar
        if self._scale_squared(m, lower):
            return None  # "1.3 quadrillion quadrillion.": a number's scale multiplied by itself
        if self._digits_read_out(m, lower):
            return None  # "thirty-two point three three": a number read out digit by digit (32.33)
        after_any = contexts.get("*")
        if (
            after_any is not None
            and lower not in language_list("function_words", self.lang)
            and self._preceded_by(start, after_any)
        ):
            return None  # "whatever happens happens": a clause's last word meets the next one's first
        if lower not in language_list("function_words", self.lang) and self._after_relative_subject(start):
            return None  # "everybody who fails fails": a relative clause on the subject, then its verb
        joiner = None
        if "*" in legit and _zipf(lower, self.lang) < _REDUPLICATED_FUNCTION_ZIPF:
            if self._never_reduplicated(lower) or self._counted(lower, start):
                pass  # a double the grammar never makes: the second copy is a slip
            elif "\n" not in m.group("sep") and (joiner := self._joined_form(lower)) is not None:
                pass  # a reduplication the text writes joined, with its hyphen (or "2") lost
            else:
                return None  # a language that reduplicates words: only what its grammar never doubles is a typo
        if self._infinitive_at_clause_end(lower, m.end()):
            return None  # Dutch "mijn leven leven,": a noun meeting the clause-final infinitive
        if lower in interjection_doubles(self.lang) and self._spoken(m):
            return None
        if not self._reads_as_language(lower, start):
            return None
        if joiner is not None:
            self._joiners[start] = joiner
            written = f"{lower}-{lower}" if joiner == "-" else f"{lower}2"
            return f"join the reduplication of {first!r} as the text writes it elsewhere ({written})"
        return f"remove the second copy of {first!r} ({kind})"

    def joiner(self, m: regex.Match[str]) -> str | None:
        """For a pair ``verdict`` repairs: ``"-"`` or ``"2"`` when the repair joins a
        reduplication the text writes joined (``orang orang`` beside ``orang-orang``), else
        None (the second copy is removed)."""
        return self._joiners.get(m.start())

    def confidence(self, m: regex.Match[str]) -> float:
        """How sure the removal of a double that ``verdict`` judged a slip is: below the default
        threshold for a content word a person doubles on purpose.

        Pooled over every audit (issue 13, ``benchmarks.loco``), a lower-case content word
        doubled in English was a slip 9 times in 59 judged blind, in nine corpora of thirteen
        (``loved loved it!``, ``I love love your website``, ``(cough cough wine)``), while a
        doubled function word (``the the``) was one 63 times in 64.  So a content word doubled
        where a person speaks for themself (the paragraph says ``I`` / ``my`` / ``me`` outside a
        quotation: a news report quotes its speakers, a reader's comment is the speaker; an
        exclamation alone is a report's too, ``Our choir prepared an outstanding outstanding
        concert!``), or written a third time just before the pair (``Texture, texture
        texture.``: a rhetorical triple), is held at ``_PERSONAL_DOUBLE_CONFIDENCE``, unless
        the copies stand on two lines (a wrap's slip: no pooled emphatic double did) or the word
        is a countable noun (``I bought a garden garden chair``: the lexicon knows its plural);
        ``confidence="aggressive"`` still removes it.  Only where the language has a list of
        first-person words (``data/<lang>/first_person_singular.txt``).  Any double on a line
        that does not read as prose is held the same way (:meth:`_on_a_prose_line`)."""
        lower = m.group("w").lower()
        lang = self.lang
        if self._reduplicated_syllable(m.group("w")):
            return _SYLLABLE_DOUBLE_CONFIDENCE
        if _zipf(lower, lang) < FUNCTION_ZIPF and not self._on_a_prose_line(m.start()):
            # A common word doubled (``dan dan``, ``for for``) is a slip wherever it stands: only
            # the other doubles of a line that is no prose are its columns and tags.
            return _NOT_PROSE_CONFIDENCE
        first_person = language_list("first_person_singular", lang)
        if not first_person or len(lower) < 2 or lower in language_list("function_words", lang):
            return 1.0
        if "\n" in m.group("sep"):
            return 1.0  # doubled across a line break: the wrap's slip; emphasis is written on one line
        before = _CONTEXT_WORD.findall(self.text[max(0, m.start() - 2 * len(lower) - 4) : m.start()])
        if before and before[-1].lower() == lower:
            return _PERSONAL_DOUBLE_CONFIDENCE  # "Texture, texture texture": the word thrice
        after_subject = bool(before) and before[-1].lower() in language_list("subject_pronouns", lang)
        if _countable_noun(lower, lang) and not after_subject:
            return 1.0  # "a garden garden chair", "2/3 cup cup": a noun doubled is a slip ("I love love": a verb)
        if self._inside_quotation(m.start()):
            return 1.0  # a speaker a report quotes: the report's transcript, where a double is a slip
        if self._opens_a_short_exclamation(m):
            return _PERSONAL_DOUBLE_CONFIDENCE  # "Awesome awesome recipe!": a verbless exclamation's emphasis
        lo, hi = _paragraph_bounds(self.text, m.start(), m.end())
        for w in _CONTEXT_WORD_PART.finditer(self.text, lo, hi):
            if w.group().lower() in first_person and not self._inside_quotation(w.start()):
                return _PERSONAL_DOUBLE_CONFIDENCE  # the writer speaks for themself, not a quoted "I"
        return 1.0

    def _makes_its_line(self, m: regex.Match[str]) -> bool:
        """Whether the pair is all its line holds, but for spaces and punctuation (``ding ding.``,
        ``knock knock!``, ``Comments comments``), the two copies on that one line.  The caller
        asks it of words less common than a function word: ``the the`` alone is still a slip.

        A slip doubles a word while a sentence is being written, among other words; a line made
        of the word twice and nothing else says it twice on purpose: a sound (a bell, a phone's
        chime), a call, a chant, or a label an interface repeats (a button's text and its
        accessible name).  Over every ``repeats`` verdict written up to the twenty-fourth corpus,
        such a removal was never right: one damaged (``ding ding.`` on a line of a Chinese post)
        and six neutral (``Comments comments``, ``button button``, ``autoplay autoplay``)."""
        if "\n" in m.group("sep"):
            return False  # one copy ending a line, one opening the next: a wrap's slip
        text = self.text
        lo = text.rfind("\n", 0, m.start()) + 1
        hi = text.find("\n", m.end())
        if hi < 0:
            hi = len(text)
        return (
            _NO_WORD.fullmatch(text, lo, m.start()) is not None
            and _NO_WORD.fullmatch(text, m.end(), hi) is not None
        )

    def _makes_its_sentence(self, m: regex.Match[str]) -> bool:
        """Whether the pair is the whole of its sentence: it opens one and a stop (``.``, ``!``,
        ``?``, ``…``) follows the second copy at once (``Ever ever.``, ``Yum yum.``).

        A slip doubles a word while a sentence is being written, among the sentence's other
        words; a sentence that holds nothing but the word twice has no other words to slip
        among, and says it twice on purpose (an emphatic coda, a sound).  Over every
        ``repeats`` verdict of every corpus (406 rows), removals of this shape were 5 and all
        damage (``Ever ever.``, ``yum yum.`` three times, ``ding ding.``), none correct; a
        doubled word before a stop inside a longer sentence (``better than than????``,
        ``1.3 quadrillion quadrillion.``) is not this shape and is judged as before.  The
        sentence must show that it opens there: a capital, or a stop before the pair on its line
        (a lower-case pair opening a line may end a sentence that a hard wrap carried over:
        ``we bought a`` / ``car car.`` is still a slip)."""
        text = self.text
        end = m.end()
        if end >= len(text) or text[end] not in _SENTENCE_END_MARKS or not self._sentence_start(m.start()):
            return False
        if m.group("w")[:1].isupper():
            return True
        k = m.start()
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        return k > 0 and text[k - 1] in _SENTENCE_END_MARKS  # "ya know? yum yum."

    def _on_a_prose_line(self, pos: int) -> bool:
        """Whether the line holding ``pos`` reads as running prose (:func:`textmend.prose.reads_as_prose`).

        Pooled over every verdict ever written (issue 13, ``benchmarks/nonprose.py``), a double
        removed on a line that is a key table's row, or a run of five words or more with next to
        no common word, no sentence end and no comma, was never right: 39 damaged, 13 neutral, 2
        style, 0 correct (``Tags: ... lentils green green lentils``, ``coriander egg egg recipes
        heavy cream``, ``QUIT q q``), against 126 right in 253 elsewhere.  The doubles there are
        columns, tags and list items (a common word doubled, ``dan dan`` in an Indonesian
        headline, is a slip there too, and is not held).  Leave one corpus out, a gate for ``repeats`` was chosen in
        every fold (three words, 20%, in most); this one holds fewer lines, so that the injected
        benchmark's list items (``30 minutes minutes before bed``) cost it less than a point."""
        if self._prose is None:
            self._prose = ProseLines(self.text, self.lang)
        return self._prose.at(pos)

    def _reduplicated_syllable(self, word: str) -> bool:
        """True for a lower-case syllable of at most ``_SYLLABLE_LETTERS`` letters, with a vowel,
        rarer than ``_RARE_SYLLABLE_ZIPF`` in the language and no function word of it
        (``kee kee run``, a wild turkey's call; ``tuk tuk``, ``pom pom``, ``wah wah``).

        A stammer doubles a word its writer writes, and the short words a writer writes
        are common ones (``the``, ``and``, ``was``: Zipf 5 and up); a syllable this rare
        doubled is a reduplication: a call, a sound, a name.  Over every ``repeats`` verdict
        ever written such a removal was never right (``kee kee`` and ``yum yum`` judged
        damage, no correct one), and ``benchmarks.accuracy``, whose injected doubles take
        any lower-case word, drew none in seeds 1-3 (English) nor in ``non_english``'s
        six seeds.  Letters with no vowel are abbreviations (``tsp tsp``, ``qt qt``: a unit
        doubled after its number is a slip) and stay repaired."""
        lower = word.lower()
        return (
            word.islower()
            and len(lower) <= _SYLLABLE_LETTERS
            and not _SYLLABLE_VOWELS.isdisjoint(lower)
            and _zipf(lower, self.lang) < _RARE_SYLLABLE_ZIPF
            and lower not in language_list("function_words", self.lang)
        )

    def _opens_a_short_exclamation(self, m: regex.Match[str]) -> bool:
        """True when the pair opens a sentence that ends with ``!`` within
        ``_SHORT_EXCLAMATION_WORDS`` words of it (``Awesome awesome recipe!``, ``Yummy yummy!``):
        a reader's exclamation of a few words, which doubles its one content word for emphasis.
        A sentence that goes on (``Awesome awesome results were reported by the lab.``), a
        pair inside a sentence, and a noun (the caller asks that first) are judged as before."""
        text = self.text
        if not self._sentence_start(m.start()):
            return False
        stop = _SENTENCE_STOP.search(text, m.end(), min(len(text), m.end() + _REGISTER_REACH))
        if stop is None or not stop.group().startswith("!"):
            return False
        return len(_CONTEXT_WORD.findall(text, m.end(), stop.start())) <= _SHORT_EXCLAMATION_WORDS

    def _never_reduplicated(self, word: str) -> bool:
        """In a language that reduplicates words (Indonesian, Malay): True for a double its
        grammar does not make.  A closed-class word it never doubles (``dari dari``,
        ``data/<lang>/never_reduplicated.txt``); a word with a clitic on both copies
        (``kebencianmu kebencianmu``: reduplication puts it on the last copy only,
        ``anak-anaknya``).  A text that writes its reduplications with a hyphen
        (``macam-macam``) is no evidence: the same writer spaces an emphatic
        ``amat amat keji``."""
        lang = self.lang
        if word in language_list("never_reduplicated", lang):
            return True
        if self._clitic_stem(word) is not None:
            return True
        return self._with_particle(word) or self._prefixed_verb(word)

    def _joined_form(self, word: str) -> str | None:
        """How the text writes this very word's reduplication joined: ``"-"`` for a hyphen
        (``orang-orang``, the standard spelling), ``"2"`` for the informal ``orang2``, or
        None.  Its writer joins the word's reduplication, so the same word doubled with a
        space is that reduplication with its hyphen lost, and the repair joins it the same
        way.  It was once read as a second copy to delete, but real edited Indonesian says
        otherwise: the ministry's Quran translation and the Jalalayn tafsir (12,472 verses,
        thousands of ``orang-orang``) space a content word's reduplication 30 times
        (``orang orang yang beriman``, ``benar benar``, ``nabi nabi``), each a lost hyphen,
        while their doubled-word slips are function words (``yang yang``, ``dan dan``) and
        a prefixed verb (``melakukan melakukan``).  Another word's hyphen says nothing of
        this one (a writer of ``macam-macam`` spaces an emphatic ``amat amat keji``).  Only
        in a language whose standard spelling joins them (``hyphenated_reduplication`` in
        ``data/<lang>/morphology.txt``: Indonesian, Malay)."""
        if "hyphenated_reduplication" not in language_list("morphology", self.lang):
            return None  # a language whose texts space reduplications as often as they join them
        if self._lowered is None:
            self._lowered = self.text.lower()
        lowered = self._lowered
        hyphen = f"{word}-{word}" in lowered
        if not hyphen and f"{word}2" not in lowered:
            return None  # a plain search rules out most words before the pattern reads the text
        if hyphen and _joined_reduplication(word, "-").search(lowered) is not None:
            return "-"
        return "2" if _joined_reduplication(word, "2").search(lowered) is not None else None

    def _counted(self, word: str, pos: int) -> bool:
        """True when the pair at ``pos`` follows a number in digits or a numeral of the language
        (``data/<lang>/counting_words.txt``: ``satu kaum kaum``, ``10 tahun tahun``, ``suatu
        hari hari``): Indonesian and Malay mark a noun's plural once, so after a count the
        noun is not reduplicated and the second copy is a slip.  The quantifiers writers do
        put before a reduplication (``para menteri menteri``) are not in the list.  A classifier
        (``data/<lang>/classifiers.txt``) stays: ``dua orang orang tua`` is two parents, the
        classifier before a noun that begins with the same word.  A numeral doubled itself
        (``satu satu``, one by one) is no counted noun either."""
        counting = language_list("counting_words", self.lang)
        if not counting or word in counting or word in language_list("classifiers", self.lang):
            return False
        before = _COUNT_BEFORE.search(self.text, max(0, pos - _COUNT_REACH), pos)
        if before is None:
            return False
        number = before.group("number")
        if number is not None:
            # "10 tahun tahun" is counted; "tahun 1998 kaum kaum" is a year, which counts nothing.
            return len(number.replace(".", "").replace(",", "")) < _YEAR_DIGITS or "." in number or "," in number
        return before.group("word").lower() in counting

    def _with_particle(self, word: str) -> bool:
        """True for a known word with one of the language's particles on it (``itulah``,
        ``janganlah``; ``data/<lang>/particles.txt``): the particle goes once onto a phrase,
        so the pair is not a reduplication.  The form must be rarer than the word by
        ``_PARTICLE_GAP``: measured on Indonesian's lexicon, the words that only end like a
        particle are as common as their first part or more (``masalah`` beside ``masa``,
        ``langkah``, ``adalah``) and the particle forms rarer (``itulah`` 1.5 below ``itu``)."""
        lang = self.lang
        for particle in language_list("particles", lang):
            stem = word[: -len(particle)]
            if (
                word.endswith(particle)
                and len(stem) >= _SYLLABLE_LETTERS
                and _zipf(stem, lang) >= _KNOWN_ZIPF
                and _zipf(stem, lang) - _zipf(word, lang) >= _PARTICLE_GAP
            ):
                return True
        return False

    def _prefixed_verb(self, word: str) -> bool:
        """True for a verb made with one of the language's verbal prefixes (``disebut``,
        ``menghina``; ``data/<lang>/verb_prefixes.txt``): reduplication doubles its root
        only (``dipukul-pukul``, ``menyebut-nyebut``), never the whole word.

        The root must be a known word of ``_PREFIX_ROOT_LETTERS`` letters or more that the
        lexicon shows taking at least two of the prefixes (``hina``: ``dihina``,
        ``menghina``), so that a word which merely begins like a prefix (``menteri``,
        ``bersih``, ``berita``) is not taken apart.  The nouns a verbal prefix makes
        (``data/<lang>/prefixed_nouns.txt``: ``tersangka``, ``terdakwa``, a suspect, a
        defendant) double whole as plurals, though their roots take two prefixes.
        """
        if word in language_list("prefixed_nouns", self.lang):
            return False
        if any(len(self._prefix_groups(root)) >= 2 for root in _verb_roots(word, self.lang)):
            return True
        return self._long_root_verb(word)

    def _long_root_verb(self, word: str) -> bool:
        """True for a known root of ``_LONG_ROOT_LETTERS`` letters or more under a prefix that
        makes verbs only (``data/<lang>/verb_only_prefixes.txt``): ``berpendapat``,
        ``memberontak``, ``dishahihkan``.  A root this long is no chance beginning (the words
        that only begin like a prefix sit on short ones: ``beruang`` on ``uang``, ``beranda``
        on ``anda``), so the lexicon need not show it with a second prefix.  ``ter-`` makes
        nouns too (``tersangka``, ``terpidana``, which double whole as plurals) and is not in
        the list; ``di-`` counts only with ``-kan``: alone it is also the preposition written
        closed (``didaerah``) and begins nouns (``direktorat``, ``direktori`` with ``-i``)."""
        verb_only = _verb_only_prefixes(self.lang)
        if not verb_only:
            return False
        for prefix, suffix, root in _verb_parses(word, self.lang):
            if prefix not in verb_only:
                continue
            wanted = verb_only[prefix]
            if wanted and suffix not in wanted:
                continue  # "direktori": di- counts only with -kan
            if len(root) >= _LONG_ROOT_LETTERS:
                return True
        return False

    def _prefix_groups(self, root: str) -> set[str]:
        """The prefixes (meN- counted once) the lexicon shows on ``root``, with or without a verbal suffix."""
        lang = self.lang
        prefixes, suffixes, named, after = _verb_affixes(lang)
        groups = set()
        for prefix, dropped in prefixes:
            body = root[1:] if dropped and root.startswith(dropped) else root  # "mem" + "pukul": "memukul"
            if dropped and body == root and root[:1] in _VOWELS and _zipf(dropped + root, lang) >= _KNOWN_ZIPF:
                continue  # "menuang" is "tuang" under men-, not "uang": the form says nothing of "beruang"
            for suffix in ("",) + suffixes:
                if suffix in after and prefix not in after[suffix]:
                    continue
                if _zipf(prefix + body + suffix, lang) >= _KNOWN_ZIPF:
                    group = named.get(prefix, prefix)  # "bel-" is "ber-" before "ajar"
                    groups.add("men" if group.startswith("me") and len(group) <= 4 else group)
                    break
        return groups

    def _infinitive_at_clause_end(self, word: str, end: int) -> bool:
        """True for a word with an infinitive's ending (``data/<lang>/clause_final_doubles.txt``)
        doubled right before the end of a clause: a verb-final language's noun and verb."""
        endings = language_list("clause_final_doubles", self.lang)
        if not endings or not any(word.endswith(ending) for ending in endings):
            return False
        rest = self.text[end : end + 3].lstrip(" \t")
        return rest == "" or rest[0] in ",.;:!?"

    def _clitic_stem(self, word: str) -> str | None:
        """The known word under a clitic of the language (``kebencianmu`` -> ``kebencian``), or None."""
        lang = self.lang
        for clitic in language_list("clitics", lang):
            stem = word[: -len(clitic)]
            if word.endswith(clitic) and len(stem) >= _MIN_CLITIC_STEM and _zipf(stem, lang) >= _KNOWN_ZIPF:
                return stem
        return None

    def _preceded_by(self, pos: int, tokens: frozenset[str]) -> bool:
        """True when the token right before ``pos`` is a comma or a word in ``tokens``;
        with ``,*`` among them, also when it is one word right after a comma (German
        ``, an die die``: a relative pronoun after its preposition) that opens a clause, when
        the language lists those (``data/<lang>/comma_clause_openers.txt``)."""
        i = pos
        while i > 0 and self.text[i - 1] in " \t\u00a0":
            i -= 1
        if i > 0 and self.text[i - 1] == ",":
            return "," in tokens
        words = _CONTEXT_WORD.findall(self.text[max(0, i - 24) : i])
        if not words or not self.text[i - 1 : i].isalpha():
            return False
        if words[-1].lower() in tokens:
            return True
        if ",*" not in tokens or not self.text[:i].endswith(words[-1]):
            return False
        openers = language_list("comma_clause_openers", self.lang)
        if openers and words[-1].lower() not in openers:
            return False  # ", soll der der Patient": a main clause's verb after the comma, no relative clause
        return self._preceded_by(i - len(words[-1]), frozenset({","}))

    def _after_relative_subject(self, pos: int) -> bool:
        """True when the two words right before ``pos``, spaced only, are a pronoun and the
        relative that opens a clause on it (``data/<lang>/relative_subjects.txt``: ``everybody
        who``, ``those who``): the word at ``pos`` is that clause's verb."""
        pairs = language_list("relative_subjects", self.lang)
        if not pairs:
            return False
        words = list(_CONTEXT_WORD.finditer(self.text, max(0, pos - 40), pos))
        if len(words) < 2:
            return False
        head, relative = words[-2], words[-1]
        if self.text[relative.end() : pos].strip() or self.text[head.end() : relative.start()].strip():
            return False
        return f"{head.group().lower()} {relative.group().lower()}" in pairs

    def _across_a_block_boundary(self, m: regex.Match[str]) -> bool:
        """True when a line break parts the copies and the line before is longer than
        any hard wrap: the break ends a block (a list item, a paragraph an extractor put
        on one line), and the next block may open with the word the last one closed
        (``clashes between projects`` / ``projects should be reproducible``)."""
        if "\n" not in m.group("sep"):
            return False
        line_start = self.text.rfind("\n", 0, m.start()) + 1
        line = self.text[line_start : m.end("w")].strip()
        if (
            len(line) <= _SHORT_ELEMENT_MAX
            and len(line.split()) <= _SHORT_ELEMENT_WORDS
            and m.group("w").lower() not in language_list("function_words", self.lang)
        ):
            # "Close search" / "search sponsored by": a line of a few words this short is no
            # hard-wrapped line (wrapping breaks at 30 columns or more) but an element of its own,
            # a button or a label, and the next element may start with the word it ended with.
            # (A short line ending in a function word, "We walked along the", is a sentence cut.)
            return True
        if m.group("w").lower() not in language_list("function_words", self.lang) and self._break_is_not_a_wrap(m):
            # (a function word doubled across a break is a slip however the lines run:
            # a menu item ends with a content word, "We walked along the" with a cut sentence)
            return True
        return m.end("w") - line_start > _HARD_WRAP_MAX

    def _break_is_not_a_wrap(self, m: regex.Match[str]) -> bool:
        """True when the second copy would have fit on the line before within the width of
        the lines around it: a wrap (by hand, a mail client or a column) moves a word to the next
        line only when it does not fit, so this break was put there on purpose, between two
        elements (``Send us a tip`` / ``tip us anonymously``, two menu links).  The width is
        the longest line of the block, never more than the true one, so a wrapped line is
        never read as a deliberate break."""
        text = self.text
        break_at = m.start("sep") + m.group("sep").index("\n")
        line_start = text.rfind("\n", 0, break_at) + 1
        before = len(text[line_start:break_at].rstrip())
        widest = before
        # The block's other lines, up to a blank line, a few either way.
        start = line_start
        for _ in range(_WRAP_BLOCK_LINES):
            if start == 0:
                break
            prev = text.rfind("\n", 0, start - 1) + 1
            line = text[prev : start - 1].rstrip()
            if not line.strip():
                break
            widest = max(widest, len(line))
            start = prev
        end = break_at + 1
        for _ in range(_WRAP_BLOCK_LINES):
            nl = text.find("\n", end)
            line = text[end : len(text) if nl < 0 else nl].rstrip()
            if not line.strip():
                break
            widest = max(widest, len(line))
            if nl < 0:
                break
            end = nl + 1
        return before + 1 + len(m.group("w")) <= widest

    def _elements_sharing_a_word(self, m: regex.Match[str]) -> bool:
        """True when the second copy opens a name that the same line repeats with another
        capitalized word (``quartz quartz India quartz Africa``): a row of links or labels that
        share their first word, the first of them that word alone.  Function words are left
        out: a slip doubles them far more often than a menu lists them."""
        lower = m.group("w").lower()
        if lower in language_list("function_words", self.lang):
            return False
        text = self.text
        nxt = _NEXT_WORD.match(text, m.end())
        if nxt is None or not nxt.group(1)[:1].isupper():
            return False
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", nxt.end())
        line_end = len(text) if line_end < 0 else line_end
        if line_end - line_start > _MENU_LINE_MAX or _SENTENCE_MARK.search(text, line_start, line_end):
            # A row of links is short and holds no sentence; a sentence may repeat a word before
            # capitals anywhere (German nouns: "verschiedenen verschiedenen Institutionen").
            return False
        for again in _NEXT_CAPITALIZED_AFTER_WORD.finditer(text, nxt.end(), line_end):
            if again.group(1).lower() == lower and again.group(2) != nxt.group(1):
                return True
        return False

    def _row_of_tags(self, m: regex.Match[str]) -> bool:
        """True when a lower-case pair stands on a line of lower-case words with no punctuation
        and no function word, at least ``_TAG_ROW_WORDS`` of them, where another word recurs
        apart from the pair (``coriander egg egg recipes heavy cream heavy whipping cream
        omelet onion``): a page's tags printed with nothing between them, which share their
        words (``egg``, ``egg recipes``; ``heavy cream``, ``heavy whipping cream``).  Running
        text of that length holds a function word; a slip in a sentence is still repaired."""
        first = m.group("w")
        lang = self.lang
        function_words = language_list("function_words", lang)
        if not first.islower() or "\n" in m.group("sep") or not function_words:
            return False
        text = self.text
        reach = max(0, m.start() - _TAG_LINE_MAX)
        line_start = text.rfind("\n", reach, m.start()) + 1
        if line_start == 0 and reach > 0:
            return False
        line_end = text.find("\n", m.end(), m.end() + _TAG_LINE_MAX + 1)
        if line_end < 0:
            if len(text) - m.end() > _TAG_LINE_MAX:
                return False
            line_end = len(text)
        tokens = text[line_start:line_end].split()
        if len(tokens) < _TAG_ROW_WORDS:
            return False
        if any(not t.isalpha() or not t.islower() or t in function_words for t in tokens):
            return False  # a mark, a capital, a number or a function word: not a bare row of tags
        counts = Counter(tokens)
        lower = first.lower()
        return any(n >= 2 for word, n in counts.items() if word != lower)

    def _items_sharing_a_first_word(self, m: regex.Match[str]) -> bool:
        """True when the second copy opens a line and the next line opens with the same word: a
        list of items sharing their first word (``pudding with rice`` / ``pudding with figs``)
        under a heading that ends with it.  A wrap moves one word to the next line; it does not
        start two lines in a row with the same word.  Function words are left out: a slip doubles
        them far more often than a list starts its items with them."""
        if "\n" not in m.group("sep"):
            return False
        lower = m.group("w").lower()
        if lower in language_list("function_words", self.lang):
            return False
        text = self.text
        nl = text.find("\n", m.end())
        if nl < 0:
            return False
        nxt = _LINE_FIRST_WORD.match(text, nl + 1)
        return nxt is not None and nxt.group(1).lower() == lower

    def _ends_a_listed_element(self, m: regex.Match[str]) -> bool:
        """True when the words of the first copy's line that end with it, two or more, stand on a
        line of their own elsewhere in the text (``cakes and pies``): the first copy ends an
        element the document lists by itself (a menu item, a breadcrumb's category), so the
        next element may open with the same word (``cakes and pies cakes``, the category and
        its sub-category).  A slip inside a sentence doubles a word whose phrase the document
        never sets on a line alone."""
        lower = m.group("w").lower()
        if lower in language_list("function_words", self.lang):
            return False
        text = self.text
        # Looked for within a menu line's reach only: a text may hold many pairs on long lines.
        reach = max(0, m.start() - _MENU_LINE_MAX)
        line_start = text.rfind("\n", reach, m.start()) + 1
        if line_start == 0 and reach > 0:
            return False  # the line is longer than any menu line
        words = text[line_start : m.end("w")].split()
        if len(words) < _LISTED_ELEMENT_WORDS or len(" ".join(words)) > _MENU_LINE_MAX:
            return False
        line_end = text.find("\n", m.end(), m.end() + _MENU_LINE_MAX + 1)
        if line_end < 0:
            if len(text) > m.end() + _MENU_LINE_MAX:
                return False
            line_end = len(text)
        if _SENTENCE_MARK.search(text, line_start, line_end):
            return False  # a menu line holds no sentence ("We ate a lot of rice rice and beans.")
        lines = self._short_lines()
        own_line = " ".join(text[line_start : self._line_end(line_start)].split()).lower()
        for k in range(len(words) - _LISTED_ELEMENT_WORDS + 1):
            element = " ".join(words[k:]).lower()
            # the first copy's own line does not attest itself
            if lines.get(element, 0) > (1 if element == own_line else 0):
                return True
        return False

    def _cut_names_another_line(self, m: regex.Match[str]) -> bool:
        """True when cutting the second copy would make its line, a short one, read as another
        line of the text, digits and list numbering aside: the HTML Standard's contents list
        "12.2.4.24 Script data escaped dash dash state" under "12.2.4.23 Script data escaped
        dash state", and "The "after after body" insertion mode" under "The "after body"
        insertion mode".  Two items of one list do not share a name, so the doubled word is
        part of this one; a slip doubles a word in a line the text does not write again
        without it.  A sentence (a mark after the numbering) is no list item's name: a
        teaser written again in the body may carry a slip once and the right form once."""
        if "\n" in m.group("sep"):
            return False
        text = self.text
        # looked for within a list line's reach only: a long line may hold many pairs
        line_start = text.rfind("\n", max(0, m.start() - _LIST_LINE_REACH), m.start()) + 1
        if line_start == 0 and m.start() > _LIST_LINE_REACH:
            return False
        line_end = text.find("\n", m.end(), line_start + _LIST_LINE_REACH + 1)
        if line_end < 0:
            if len(text) > line_start + _LIST_LINE_REACH:
                return False
            line_end = len(text)
        if line_end - line_start > _LIST_LINE_REACH:
            return False
        cut = _list_line_key(text[line_start : m.end("w")] + text[m.end() : line_end])
        if not cut or len(cut) > _MENU_LINE_MAX or _SENTENCE_MARK.search(cut):
            return False  # a sentence ("We went to the the park."), written again right, is still a slip
        if self._keyed_lines is None:
            # The document's lines (a window a pipeline reads again holds some of them: analysis.reading).
            self._keyed_lines = text_facts(text).memo(("repeats.keyed_lines",), _keyed_lines)  # type: ignore[assignment]
        return cut in self._keyed_lines  # type: ignore[operator]

    def _line_end(self, pos: int) -> int:
        end = self.text.find("\n", pos)
        return len(self.text) if end < 0 else end

    def _short_lines(self) -> Counter[str]:
        """How often each line of the text short enough to be a menu item stands in it, its words
        joined by one space and lower-cased (gathered once per text)."""
        if self._lines is None:
            # The document's lines (a window a pipeline reads again holds some of them: analysis.reading).
            self._lines = text_facts(self.text).memo(("repeats.short_lines",), _short_lines)  # type: ignore[assignment]
        return self._lines  # type: ignore[return-value]

    def _notation(self, m: regex.Match[str]) -> bool:
        """True when a one-letter word stands twice before an operator: a formula
        rendered as text (``p i i = 0`` for p_ii), where letters are indices, not words."""
        if len(m.group("w")) != 1:
            return False
        after = self.text[m.end() : m.end() + 3].lstrip(" \t\u00a0")
        return after[:1] in _OPERATORS

    def _scale_squared(self, m: regex.Match[str], lower: str) -> bool:
        """True when a scale word (``data/<lang>/scale_words.txt``) stands twice after a
        numeral with no currency sign and the pair ends its clause: ``can represent 1.3
        quadrillion quadrillion.``, a bare quantity whose scale is squared (10^30).  A slip
        doubles the word inside a phrase, before what it counts or after an amount of money
        (``13.8 billion billion years``, ``$6 million million``), and is still repaired."""
        if lower not in language_list("scale_words", self.lang):
            return False
        return (
            _NUMERAL_BEFORE.search(self.text, max(0, m.start() - _NUMERAL_REACH), m.start()) is not None
            and _CLAUSE_END_AFTER.match(self.text, m.end()) is not None
        )

    def _digits_read_out(self, m: regex.Match[str], lower: str) -> bool:
        """True when a digit word (``data/<lang>/digit_words.txt``) stands twice right after another
        digit word or the word of a decimal point (listed there with a leading ``.``), with only
        spaces between: ``thirty-two point three three``, ``five five five``, a number read out
        digit by digit, whose digits repeat.  A slip doubles the digit word after any other word
        (``in one one day``, ``the two two teams``) and is still repaired."""
        digits = language_list("digit_words", self.lang)
        if lower not in digits:
            return False
        before = _COUNT_BEFORE.search(self.text, max(0, m.start() - _COUNT_REACH), m.start())
        if before is None or before.group("word") is None:
            return False
        word = before.group("word").lower()
        return word in digits or "." + word in digits

    def _emphatic_gradable(self, m: regex.Match[str], lower: str) -> bool:
        """True when a gradable adjective or adverb stands twice before the word it modifies in a
        passage that exclaims or smiles: ``All at the low low price tag of "more expensive than
        everyone else!"``, a writer's emphasis in the register that uses it.

        The class is read from the lexicon, which knows such a word's comparative and superlative
        (``lower``, ``lowest``; ``data/<lang>/comparison_endings.txt``); the register from an
        exclamation mark or an emoticon near the pair on its line, or from an aside the pair
        opens (``(short short version: ...``, :meth:`_opens_an_aside`).  A slip doubles any word in
        any register: a function word (``the the``), a word with no degrees (``chair chair``), a
        gradable one in plain prose (``a low low margin.``), at a clause's end or before a function
        word, are all still repaired.  On the injected benchmark (seeds 1-3: 6,327 doubled words)
        96 gradable words are doubled, 58 of them before a content word, and none of those in an
        English passage that exclaims.
        """
        lang = self.lang
        endings = language_list("comparison_endings", lang)
        if not endings or lower in language_list("function_words", lang):
            return False
        nxt = _NEXT_WORD.match(self.text, m.end())
        if nxt is None or not nxt.group(1).islower() or nxt.group(1) in language_list("function_words", lang):
            return False  # attributive: the word it modifies follows ("low low price")
        if not (any(_gradable(lower, lang, entry) for entry in endings) or _irregularly_gradable(lower, lang)):
            return False
        return (
            self._exclaims(m.start(), m.end())
            or self._opens_an_aside(m.start())
            or self._narrated_attributive(m)
        )

    def _narrated_attributive(self, m: regex.Match[str]) -> bool:
        """True when the gradable pair :meth:`_emphatic_gradable` reads stands right after a noun
        phrase's opener (``data/<lang>/noun_phrase_openers.txt``: ``a``, ``the``, ``our``) in a
        paragraph whose writers narrate in the first person plural outside any quotation
        (``data/<lang>/first_person_plural.txt``): ``Höfn itself is a tiny tiny town with little
        to do, however we would only use it as base camp``, a travel diary's emphasis.

        A report speaks of others, and quotes its speakers' ``we``; a slip doubles a gradable
        word there as anywhere (``with very little little legal leverage``, judged a right
        repair: no ``we`` in its paragraph, and no opener before it) and is still repaired.
        (The first person singular already holds a content word's double below the default,
        :meth:`confidence`.)  A language without the list is not read so."""
        lang = self.lang
        we = language_list("first_person_plural", lang)
        openers = language_list("noun_phrase_openers", lang)
        if not we or not openers:
            return False
        window = self.text[max(0, m.start() - 12) : m.start()]  # a bounded look back, as _emphatic_attributive's
        before = _CONTEXT_WORD.findall(window)
        if not before or before[-1].lower() not in openers or not window.rstrip(" \t\n").endswith(before[-1]):
            return False  # the opener right before the pair (a wrap between them allowed)
        lo, hi = _paragraph_bounds(self.text, m.start(), m.end())
        for w in _CONTEXT_WORD_PART.finditer(self.text, lo, hi):
            if w.group().lower() in we and not self._inside_quotation(w.start()):
                return True
        return False

    def _doubled_degree_modifier(self, m: regex.Match[str], lower: str) -> bool:
        """True when a word but a function word stands twice between a form of ``be`` and a
        degree word that grades the word after it (``data/<lang>/degree_words.txt``: ``too``):
        ``that's way way too harsh``.  There, after the verb and before ``too harsh``, only a
        degree modifier stands (``way``, ``far``, ``much``), and a writer doubles it for emphasis
        as ``very very`` is doubled; the place says so for a modifier the lexicon cannot tell
        from a noun.  A function word doubled there (``it was was too late``), a double after any
        other word (``they saw saw too many``: a verb and its object) and one before a ``too``
        that ends its clause are still repaired.  Over every ``repeats`` verdict of every
        corpus no pair repaired right stands before ``too``."""
        grades = _degree_words(self.lang)
        if not grades or lower in language_list("function_words", self.lang):
            return False
        nxt = _NEXT_WORD.match(self.text, m.end())
        if nxt is None or nxt.group(1).lower() not in grades:
            return False
        if _NEXT_WORD.match(self.text, nxt.end()) is None:
            return False  # "is here here too.": "too" ends the clause ("also"), grading nothing
        i = m.start()
        while i > 0 and self.text[i - 1] in " \t\u00a0":
            i -= 1
        words = _CONTEXT_WORD.findall(self.text, max(0, i - 24), i)
        if not words or not self.text[i - 1 : i].isalpha():
            return False
        verb = words[-1].lower().replace("\u2019", "'")
        forms = grades[nxt.group(1).lower()]
        return verb in forms or ("'" in verb and verb[verb.rindex("'") :] in forms)

    def _opens_an_aside(self, start: int) -> bool:
        """True when the pair at ``start`` is the first thing inside an opening parenthesis:
        ``(short short version: I miss ...)``.  A parenthetical aside is the writer speaking
        beside the text, the register an exclamation shows; a gradable word doubled before its
        noun there is emphasis.  (Over every judged verdict no pair repaired right stands so;
        the injected benchmark's news paragraphs hold no gradable word after a ``(`` before a
        content word: it costs no repair there.)"""
        return start > 0 and self.text[start - 1] == "("

    def _emphatic_attributive(self, m: regex.Match[str], lower: str) -> bool:
        """True when a content word stands twice between a word opening a noun phrase and the
        word or number it modifies, in a passage that exclaims or smiles: ``pat the delicious
        delicious frosting on by hand ... it worked great!``, ``my picky picky 6 year old
        absolutely LOVED these!``.  The place says what the lexicon cannot for an adjective with
        no degrees of its own (``more delicious``): between ``the``, ``this`` or ``my``
        (``data/<lang>/noun_phrase_openers.txt``) and the head of the phrase stands a modifier,
        and a writer who exclaims doubles it for emphasis.  A function word (``the the``), a
        pair before a function word or at a clause's end (``the cup cup of``), and the same
        pair in plain prose or in a report that exclaims (``Our team prepared an outstanding
        outstanding performance!``; data/<lang>/first_person_singular.txt) are still repaired."""
        lang = self.lang
        if lower in language_list("function_words", lang):
            return False
        openers = language_list("noun_phrase_openers", lang)
        if not openers:
            return False
        window = self.text[max(0, m.start() - 12) : m.start()]  # a bounded look back: a text may hold many pairs
        before = _CONTEXT_WORD.findall(window)
        if not before or before[-1].lower() not in openers or not window.rstrip(" \t").endswith(before[-1]):
            return False  # the opener right before the pair, nothing between them
        if _countable_noun(lower, lang):
            return False  # "a garden garden chair!": a noun doubled before a noun is a slip
        nxt = _NEXT_TOKEN.match(self.text, m.end())
        if nxt is None:
            return False
        head = nxt.group(1)
        if not (head[0].isdigit() or (head.islower() and head not in language_list("function_words", lang))):
            return False
        if not self._exclaims(m.start(), m.end(), across_lines=True):
            return False
        # ... and speaks in the first person singular: a reader's comment, not a report that exclaims
        lo, hi = _paragraph_bounds(self.text, m.start(), m.end())
        first_person = language_list("first_person_singular", lang)
        return any(w.lower() in first_person for w in _CONTEXT_WORD_PART.findall(self.text, lo, hi))

    def _exclaims(self, start: int, end: int, across_lines: bool = False) -> bool:
        """True when an exclamation mark or an emoticon stands within ``_REGISTER_REACH`` characters
        of ``start``..``end`` on the same line (``across_lines``: in the same paragraph, up to a
        blank line, for a comment an extractor hard-wrapped): a passage written in an emotive,
        spoken register."""
        text = self.text
        if across_lines:
            line_start, line_end = _paragraph_bounds(text, start, end)
        else:
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
        lo, hi = max(line_start, start - _REGISTER_REACH), min(line_end, end + _REGISTER_REACH)
        return _EXCLAMATORY.search(text, lo, hi) is not None

    def _names_a_definition(self, m: regex.Match[str]) -> bool:
        """True when the second copy is the name an assignment or a grammar rule defines
        (``x = ``, ``name ::= ``): a grammar or code flattened into one line ends a rule
        with the word the next rule defines, and prose puts no ``=`` after a word."""
        return _DEFINED_NAME_AFTER.match(self.text, m.end()) is not None

    def _part_of_machine_text(self, m: regex.Match[str]) -> bool:
        """True when a copy is glued to code punctuation: the first after an option's dashes or
        a path's slash (``-s, --safe safe mode``), the second before an address's ``@``, a path
        or a dot or colon that goes on (``Redaktion redaktion@kath.ch``).  Such a copy is part of
        a flag, an address or a name in markup, which says the word once in prose.  So is a pair
        right after a program run from a directory (``./configure make make test``): a build's
        steps joined onto one line, each copy a command."""
        text = self.text
        start, end = m.start(), m.end()
        if start > 0 and text[start - 1] in _MACHINE_BEFORE:
            return True
        if end >= len(text):
            return False
        after = text[end]
        if after in _MACHINE_AFTER:
            return True
        if after in ".:" and end + 1 < len(text) and text[end + 1].isalnum():
            return True
        # `./configure make make test sudo make install`: a build's steps joined onto one line
        return _RUN_PROGRAM_BEFORE.search(text, max(0, start - _FIELD_NAME_REACH), start) is not None

    def _runs_a_command(self, m: regex.Match[str], lower: str) -> bool:
        """True when a command's argument follows the second copy, one space on (an address
        ``root@host``, an option ``-v``, a path ``/etc``), and the word is no function word:
        the prose names a program, then a command line (whose break an extractor lost) runs
        it, ``log in with ssh ssh root@192.168.1.10``.  A doubled function word is a slip
        whatever follows it (``wrote to to john@example.com``)."""
        return _ARGUMENT_AFTER.match(self.text, m.end()) is not None and _zipf(lower, self.lang) < FUNCTION_ZIPF

    def _fields_of_a_row(self, m: regex.Match[str], lower: str) -> bool:
        """True when the two copies read as two fields of a row, not a stammer: a letter
        that is no word of the language (``QUIT q q``, ``SEARCH_NEXT n n``: the same key in
        a table's two key columns; a stammer repeats a word), a pair right after an upper-case
        field name with an underscore (``PEEK_IMG i i``: English says ``i``, but no sentence
        says ``PEEK_IMG``).  (A padded table's columns reach this stage one space apart: the
        whitespace stage runs first.)"""
        if len(lower) == 1 and _zipf(lower, self.lang) < _ONE_LETTER_WORD_ZIPF:
            return True
        start = m.start()
        return _FIELD_NAME_BEFORE.search(self.text, max(0, start - _FIELD_NAME_REACH), start) is not None

    def _letter_spaced(self, m: regex.Match[str]) -> bool:
        """True when a one-letter pair stands in a run of single letters: a word spaced out
        letter by letter (a logo's ``G o o g l e``), where a doubled letter is the word's own.
        """
        if len(m.group("w")) != 1:
            return False
        text = self.text
        before = _SINGLE_LETTER_BEFORE.search(text, max(0, m.start() - 3), m.start())
        return before is not None or _SINGLE_LETTER_AFTER.match(text, m.end()) is not None

    def _quoted_as_a_word(self, m: regex.Match[str]) -> bool:
        """True when quotation marks enclose exactly the pair: ``the word "the the"``."""
        text = self.text
        start, end = m.start(), m.end()
        if start == 0 or text[start - 1] not in _OPEN_MENTION:
            return False
        if end < len(text) and text[end] in ",.;:!?" and end + 1 < len(text):
            end += 1  # American style: "the the," with the comma inside
        return end < len(text) and text[end] in _CLOSE_MENTION

    def _runs_into_a_name(self, m: regex.Match[str]) -> bool:
        """True when the pair runs on into a capitalized word (``She she Rose``):
        a name an earlier stage split, not a sentence opened twice."""
        nxt = _NEXT_WORD.match(self.text, m.end())
        if nxt is None or not nxt.group(1)[:1].isupper():
            return False
        return _zipf(m.group("w").lower(), self.lang) < _ARTICLE_ZIPF

    def _may_be_a_split_name(self, lower: str) -> bool:
        """True when ``Xx xx`` may be a reduplicated name an earlier stage split
        (``Sheshe``, ``Toto``, ``Dodo``): such names double a short syllable.  Only the
        most frequent short word, which no name is made of, is repaired there
        (``The the``)."""
        return len(lower) <= _SYLLABLE_LETTERS and _zipf(lower, self.lang) < _NEVER_A_NAME_ZIPF

    def _written_glued(self, glued: str) -> bool:
        """True when the text writes the pair as one token somewhere (``Sheshe``)."""
        if self._glued is None and self._glued_searches > 0 and "Σ" not in self.text:
            # Lowering is one code point at a time except for Σ (lowered by its neighbours),
            # so a word's lower-case form stands in the text lower-cased: where the pair
            # does not, no word is it, and the words need not be gathered.  A budget of
            # searches keeps a text of many pairs linear.
            self._glued_searches -= 1
            if self._lowered is None:
                self._lowered = self.text.lower()
            if glued.lower() not in self._lowered:
                return False
        if self._glued is None:
            self._glued = {w.lower() for w in _CONTEXT_WORD.findall(self.text) if len(w) >= 4}
        return glued.lower() in self._glued

    def _written_doubled_in_several_places(self, lower: str) -> bool:
        """True when the text writes ``lower`` doubled in ``_RECURRING_PAIR_PLACES`` places or more,
        each between other words (``il cous cous in``, ``del cous cous cotto``): a slip is made once
        and in one place, a name or a term the writer spells doubled comes back wherever it is
        meant.  The same sentence copied (a comment rendered twice) is one place; a function word
        is never such vocabulary (``the the`` made twice is two slips)."""
        if self._doubled_places is None:
            # gathered once, on the first pair asked about: a search per pair would make a text
            # of many pairs quadratic
            places: dict[str, set[tuple[str, str]]] = {}
            text = self.text
            for m in _runs(text):
                if len(m.captures("sep")) != 1:
                    continue
                before = _CONTEXT_WORD.findall(text[max(0, m.start() - _PLACE_REACH) : m.start()])
                after = _NEXT_WORD.match(text, m.end())
                place = (before[-1].lower() if before else "", after.group(1).lower() if after else "")
                places.setdefault(m.group("w").lower(), set()).add(place)
            self._doubled_places = {word: len(seen) for word, seen in places.items()}
        if self._doubled_places.get(lower, 0) < _RECURRING_PAIR_PLACES:
            return False
        return lower not in language_list("function_words", self.lang)

    def _written_hyphenated(self, lower: str) -> bool:
        """True when the text writes the pair as one hyphenated word somewhere (``half-half``,
        ``bye-bye``): a compound of its own, which the writer also spells open."""
        if self._hyphenated is None:
            # gathered once: a search per pair would make a text of many pairs quadratic
            text = self.text
            dashed = "-" in text or "\u2010" in text or "\u2011" in text
            self._hyphenated = {m.group(1).lower() for m in _HYPHENATED_DOUBLE.finditer(text)} if dashed else set()
        return lower in self._hyphenated

    def _sentence_start(self, pos: int) -> bool:
        return starts_sentence(self.text, pos)

    def _spoken(self, m: regex.Match[str]) -> bool:
        text = self.text
        end = m.end()
        if end >= len(text) or text[end] in _AFTER_INTERJECTION or text[end] in "\r\n":
            return True
        k = m.start()
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        if (k == 0 or text[k - 1] in _UTTERANCE_OPENERS) and m.group("w").islower():
            # "\nok ok now let's", "Miss American Pie | blah blah birds", "coffee (cough cough
            # wine) date": an interjection doubled in lower case where a line, a title's segment
            # or a bracketed aside starts opens an utterance of its own (a sentence's capital,
            # "There there are", is a sentence opened twice)
            return True
        if k > 0 and text[k - 1] in ".!?…":
            # "Schutz….ja ja Wir sind": an interjection doubled right after a sentence's end
            # is an utterance of its own (a line break lost after it), not a slip inside a sentence
            return True
        before = _CONTEXT_WORD.findall(text[max(0, m.start() - 12) : m.start()])
        if before and before[-1].lower() in _ARTICLES:
            return True  # used as a noun: "a no no", "a win win situation"
        nxt = _NEXT_WORD.match(text, end)
        if (
            nxt is not None
            and nxt.group(1).lower() in language_list("subject_pronouns", self.lang)
            and before
            and before[-1].lower() in language_list("continuing_conjunctions", self.lang)
        ):
            # between two clauses, after "and" / "but" and before the next one's subject:
            # "and surprise surprise he wants the same cake"
            return True
        return self._inside_quotation(m.start())

    def _inside_quotation(self, pos: int) -> bool:
        return text_facts(self.text).in_open_quotation(pos)

    def _in_code(self, pos: int) -> bool:
        """True when ``pos`` lies on a line bearing a mark of code (the shared analysis's
        answer, memoised per line): a repeated token there is the program's, not a slip of
        prose.  Indentation alone does not count: extractors indent short lines of prose
        ("            Voted by by The Squander"), whose doubles are slips."""
        facts = text_facts(self.text)
        return facts.code_marked(pos) or facts.in_inline_code(pos)

    def _capitalized_mid_sentence(self) -> frozenset[str]:
        """Capitalized words the text uses after a lower-case word: names (``met Will``,
        ``said Tom Price``).

        The most frequent function words are left out: capitalized mid-sentence
        they open titles (``in The Washington Post``), not names.
        """
        if self._names is None:
            lang = self.lang
            found = {w for m in _MID_SENTENCE_CAPITALS.finditer(self.text) for w in _CAPITALIZED.findall(m.group(1))}
            self._names = frozenset(w for w in found if _zipf(w.lower(), lang) < _FUNCTION_WORD_ZIPF)
        return self._names

    def _reads_as_language(self, word: str, start: int) -> bool:
        if _zipf(word, self.lang) < 1.0 and self._clitic_stem(word) is None:
            return False  # unknown, and no known word under a clitic ("kebencianmu")
        # The passage around the pair: a window of text, judged once per block so
        # that a text full of doubles costs no more than one judgment per block.
        block = start // _BLOCK
        verdict = self._language_blocks.get(block, _UNKNOWN)
        if verdict is _UNKNOWN:
            lo = max(0, block * _BLOCK - _BLOCK // 2)
            words = _CONTEXT_WORD.findall(self.text[lo : lo + 2 * _BLOCK])[1:-1]
            ordinary = [w for w in words if w.islower()]
            if len(ordinary) < _MIN_CONTEXT_WORDS:
                verdict = None
            else:
                lang = self.lang
                known = sum(1 for w in ordinary if _zipf(w, lang) >= _KNOWN_ZIPF)
                verdict = known >= _LANGUAGE_SHARE * len(ordinary)
            self._language_blocks[block] = verdict
        if verdict is None:  # too few words to judge the passage: only very common words
            return _zipf(word, self.lang) >= _COMMON_ZIPF
        return verdict
