"""Does a line read as running prose of its language?  The facts, and the gate built on them.

Scraped pages hold lines that are no sentences: a pager's key table (``QUIT q q``), a
table's cells one per line, a row of tags or names, a menu.  Such lines use doubled tokens as columns
(two key columns holding the same key, ``wolkig wolkig`` in a weather table's two days, a
tag list's ``green`` and ``green lentils``), so a doubled word there is no stammer.

:func:`prose_facts` reads the facts of one line (a text's own characters and the
lexicon's frequencies, nothing of a normalizer); :func:`reads_as_prose` is the gate that
``benchmarks/nonprose.py`` chose on every verdict ever written, leave one corpus out
(docs/benchmarks.md, "Lines that are not prose").  :class:`ProseLines` answers it once per
line of a text.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import regex

from ._lazy import LazyPattern
from .lexicon import word_zipf

#: Zipf from which a word counts as one of the language's common words, the function words
#: and the commonest others (``the`` 7.7, ``with`` 6.8, ``before`` 5.9, ``every`` 5.8, German
#: ``und`` 7.4, Swedish ``några`` 6.0; a content word like ``green`` is 5.1, ``minutes`` 5.3).
FUNCTION_ZIPF = 5.5
#: A line of at least this many words (a word written twice running counted once) ...
PROSE_MIN_WORDS = 5
#: ... of which at most this share are such words, with no sentence end and no comma, is
#: no prose: running prose of every language wordfreq covers spends a third to a half of
#: its words on them, a row of tags, names or table cells next to none.  Chosen leave one
#: corpus out on every verdict (``benchmarks/nonprose.py``), with the injected benchmark's
#: list items (``30 minutes minutes before bed``) read on the tune split.
PROSE_MAX_FUNCTION_SHARE = 0.15
#: A line with a comma reads as prose: items written the way a sentence lists them
#: (``1 scoop Shakeology, 1 cup spinach``), where a double is as likely a slip as anywhere.
COMMA_IS_PROSE = True
#: A one-letter key no word of the language is (``q``, ``n``; ``a``, ``i``, Polish ``w`` are words).
_ONE_LETTER_WORD_ZIPF = 6.0

_TOKEN = LazyPattern(regex.compile, r"\S+")
_WORD = LazyPattern(regex.compile, r"\p{L}+(?:['’]\p{L}+)*")
#: A sentence's end: a stop closing the line, or a stop after a word and before a capital.
_SENTENCE_END = LazyPattern(
    regex.compile, r"[.!?…。！？．][\"”’')\]»]*\s*$|[\p{Ll}\p{N}][.!?][\"”’)»]*\s+[\"“‘(«]*\p{Lu}"
)
#: A key table's row: a name in capitals first (``QUIT``, ``SEARCH_BACK``, ``RIGHT``), then a
#: key of one character (a letter or a mark) as a cell of its own.  Not a colon or a dash: a
#: label or a dateline is typed so (``UPDATE : Police said``, ``AP - The``).
_KEY_ROW = LazyPattern(regex.compile, r"[ \t]*\p{Lu}[\p{Lu}\d_]+[ \t]+(?P<key>[^\s\d:\-–—])(?=[ \t,]|$)")


@dataclass(frozen=True)
class ProseFacts:
    """What a line shows of running prose."""

    words: int
    function_words: int
    sentence_end: bool
    commas: int
    key_row: bool  # opens with a name in capitals and a one-character key (``QUIT q``)

    def as_dict(self) -> dict[str, object]:
        """The facts as a mapping (for the benchmark's tables)."""
        return asdict(self)


def prose_facts(text: str, start: int, end: int, lang: str) -> ProseFacts:
    """The :class:`ProseFacts` of the line ``text[start:end]`` read in ``lang``.

    >>> f = prose_facts("QUIT q q Quit with confirmation request", 0, 39, "en")
    >>> f.key_row, f.words, f.function_words
    (True, 6, 1)
    """
    line = text[start:end]
    words = []
    for w in _WORD.findall(line):
        # A word written twice running counts once: the line's facts do not hang on the
        # double a stage is judging.
        if not words or words[-1].lower() != w.lower():
            words.append(w)
    key = _KEY_ROW.match(line)
    key_row = key is not None and not (
        key.group("key").isalpha() and word_zipf(key.group("key"), lang) >= _ONE_LETTER_WORD_ZIPF
    )
    return ProseFacts(
        words=len(words),
        function_words=sum(1 for w in words if word_zipf(w, lang) >= FUNCTION_ZIPF),
        sentence_end=_SENTENCE_END.search(line) is not None,
        commas=line.count(",") + line.count("，") + line.count("、"),
        key_row=key_row,
    )


def reads_as_prose(facts: ProseFacts) -> bool:
    """Whether a line with these facts reads as running prose: not a key table's row, and not
    a run of five words or more with next to no common word, no sentence end and no comma.

    >>> reads_as_prose(prose_facts("We went to the shops and bought bread.", 0, 38, "en"))
    True
    >>> reads_as_prose(prose_facts("Tags: butter foie gras French lentils green green lentils", 0, 57, "en"))
    False
    """
    if facts.key_row:
        return False
    if facts.words < PROSE_MIN_WORDS or facts.sentence_end or (COMMA_IS_PROSE and facts.commas):
        return True
    return facts.function_words > PROSE_MAX_FUNCTION_SHARE * facts.words


class ProseLines:
    """:func:`reads_as_prose` for the lines of one text in one language, each line read once."""

    __slots__ = ("text", "lang", "_verdicts")

    def __init__(self, text: str, lang: str) -> None:
        self.text = text
        # A paragraph whose language is unsure is read with English function words: its
        # lines then count few of them, which only ever withholds a repair.
        self.lang = lang if lang and lang != "und" else "en"
        self._verdicts: dict[int, bool] = {}

    def at(self, pos: int) -> bool:
        """Whether the line holding ``pos`` reads as prose."""
        text = self.text
        start = text.rfind("\n", 0, pos) + 1
        verdict = self._verdicts.get(start)
        if verdict is None:
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            verdict = self._verdicts[start] = reads_as_prose(prose_facts(text, start, end, self.lang))
        return verdict


#: A key table's first cell: a key of one character that is no list bullet (``q``, ``[``,
#: ``:``), a name in capitals (``TAB``, ``ESC``, ``SEARCH_BACK``, ``F1``), a chord (``C-u``,
#: ``M-<``), or a few of them joined by commas (``C-u, ESC TAB`` opens with ``C-u,``);
#: then a space and the row's description.
_KEY_CELL = LazyPattern(
    regex.compile,
    r"[ \t]*(?P<key>[^\s\p{N}\-*•·▪▢►→]|\p{Lu}[\p{Lu}\p{N}_]+|[CM]-\S{1,3}?)(?P<comma>,?)[ \t]+\S",
)
#: Rows of a key table: the line and this many of the nearest lines around it open with a key.
KEY_TABLE_ROWS = 3
_KEY_TABLE_REACH = 2  # lines looked at on each side


def _opens_with_a_key(text: str, start: int, end: int, lang: str) -> int:
    """How the line ``text[start:end]`` opens: 2 with a key of one character or a chord
    (``[``, ``q``, ``C-u``), 1 with a name in capitals (``ESC``, ``TAB``), 0 with no key
    table's first cell (``_KEY_CELL``); a one-letter word of the language (``I``, ``a``)
    opens sentences, not rows."""
    m = _KEY_CELL.match(text, start, end)
    if m is None:
        return 0
    key = m.group("key")
    if len(key) == 1 and key.isalpha() and word_zipf(key, lang) >= _ONE_LETTER_WORD_ZIPF:
        return 0
    return 2 if len(key) == 1 or key[1:2] == "-" else 1


def in_key_table(text: str, pos: int, lang: str) -> bool:
    """Whether the line holding ``pos`` is a row of a key table: it opens with a key
    (``ESC : Message-ID風の文字列を…``, ``[ 最初のリンクに移動します．``) and so do at least
    ``KEY_TABLE_ROWS`` lines of it and its nearest non-blank neighbours (``_KEY_TABLE_REACH``
    each side): a pager's or an editor's manual, whose first cells are keys named by marks,
    letters and capitals, one of them at least a mark, a letter or a chord.  One line that
    opens with ``UPDATE :`` or ``[ see below ]`` is no table, nor a form's labels in capitals.

    >>> rows = "TAB 次のリンクに移動します．\\n[ 最初のリンクに移動します．\\n] 最後のリンクに移動します．"
    >>> in_key_table(rows, rows.index("[ "), "ja")
    True
    >>> in_key_table("UPDATE : Police said.\\nThe fire was out.", 0, "en")
    False
    """
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    lang = lang if lang and lang != "und" else "en"
    first = _opens_with_a_key(text, start, end, lang)
    if not first:
        return False
    rows, keys = 1, first == 2
    # The nearest non-blank lines before and after (blank lines between table rows are common).
    for step in (-1, 1):
        lo, hi, seen = start, end, 0
        while seen < _KEY_TABLE_REACH:
            if step < 0:
                if lo == 0:
                    break
                hi = lo - 1
                lo = text.rfind("\n", 0, hi) + 1
            else:
                if hi >= len(text):
                    break
                lo = hi + 1
                hi = text.find("\n", lo)
                hi = len(text) if hi < 0 else hi
            if not text[lo:hi].strip():
                continue
            seen += 1
            found = _opens_with_a_key(text, lo, hi, lang)
            if found:
                rows += 1
                keys = keys or found == 2
    # Labels in capitals alone (``NAME : Jane`` / ``CITY : Paris``) make a form, not a key
    # table: one row at least names a key by a mark, a letter or a chord.
    return rows >= KEY_TABLE_ROWS and keys
