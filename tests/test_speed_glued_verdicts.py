"""punctuation's glued marks answered cheaply on one long line (issue 16, branch speed26).

Three things make a line of glued pairs (``Foo:Bar Baz:Qux`` × 60,000, distinct
``abc.Def`` pairs) cost a fraction of what it did, and each must answer exactly as
the plain reading it replaces:

- a glued mark's verdict is kept under the window of text it reads
  (``_Context.glued_window``) once a text has asked about ``_REMEMBER_GLUED_AFTER``
  marks: compared here with the verdicts read in full, on texts whose windows recur
  while what lies beyond them differs (the cases the window's extra answers exist for);
- ``_Context.dotted_pair_count`` counts pairs of whole runs from one pass over the text:
  compared with the plain search, the parts taken from the text itself;
- ``TextFacts.qualifiers`` reads only heads glued twice or more, and ``dotted_heads``
  makes no set for a head glued once: compared with the plain loop they replace.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from textmend.analysis import QUALIFIER_NAMES, QUALIFIERS_IN_TEXT, TextFacts
from textmend.normalizers import punctuation
from textmend.normalizers.punctuation import PunctuationSpacing


def _verdicts(text: str, lang: str, kept: bool) -> list:
    """The verdict on every glued mark of ``text`` the stage would judge, in order: each
    answered by ``_glued_kept`` with every verdict kept from the first mark on (``kept``), or
    read in full by ``_glued``.  (Verdicts, not the stage's edits: a line that reads as code
    drops the edits after the verdict.)"""
    before = punctuation._REMEMBER_GLUED_AFTER
    punctuation._REMEMBER_GLUED_AFTER = 0
    try:
        stage, ctx = PunctuationSpacing(lang=lang), punctuation._Context(text)
        found = []
        for i in range(1, len(text) - 1):
            if text[i] in ".,;:!?" and punctuation._GLUED_LEFT.match(text, i - 1) and text[i + 1].isalpha():
                ctx.load_token(i)
                if ctx.token_prose:
                    found.append((i, stage._glued_kept(ctx, i) if kept else stage._glued(ctx, i)))
        return found
    finally:
        punctuation._REMEMBER_GLUED_AFTER = before


_SPACES = " " * 100  # wider than the window either side of a token
_LONG = "Supercalifragilisticexpialidociouslyextraordinary"  # longer than the window before a token
_PROSE = "and the words go on as a sentence of a paper does, more than seventy characters of them"

# (text, reason): each text writes one glued token twice with the same window of text around
# it, and what lies beyond the window makes the plain verdicts differ; a kept verdict that
# left out the question standing for that text would give the second copy the first's answer.
_BEYOND_THE_WINDOW = [
    (
        "Intro.\n" + _SPACES + "said.The\n" + _SPACES + "and a" + _SPACES + "said.The\n" + _SPACES + "end.",
        "a token opening its line (only spaces before it, more than the window holds) and alone on "
        "it is a name or a handle; after a word on its line the same token is two sentences glued",
    ),
    (
        "Firefox OS (114)\n" + _LONG + " said.The (9)\nMobile (44)\n" + _PROSE
        + " " + _LONG + " said.The (9)\nMobile (44)\n" + _PROSE,
        "on a line of a list of counted names a glued dot is the name's spelling; at the end of a "
        "line of prose the same words around it are two sentences",
    ),
]


@pytest.mark.parametrize(("text", "reason"), _BEYOND_THE_WINDOW, ids=["opens-line", "counted-list"])
def test_a_kept_verdict_asks_what_lies_beyond_its_window(text: str, reason: str) -> None:
    plain = _verdicts(text, "en", kept=False)
    # The case is worth its place only where the two copies' plain verdicts differ.
    assert len(plain) == 2 and (plain[0][1] is None) != (plain[1][1] is None), reason
    assert _verdicts(text, "en", kept=True) == plain, reason


_PIECES = [
    "Foo:Bar", "Baz:Qux", "a.B", "Foo.Bar", "abc.Def", "xml:lang", "a?b", "Foo?Bar", "way,The",
    "London.Net", "Memo.ST", "said.The", "(AP).The", "Q:A", "www.x.com", "visit:www.x.com",
    " ", " ", " ", "  ", "\t", "\n", "\n\n", "says", "August 13, 2008", "(9)", "\"GET,PUT\"",
    "income", "Income", "x", "1", "os.Getenv", "io.Pipe", "Besucher:in", "U.S.The", "\u201cso\u201d.Then",
]


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12), st.integers(2, 4), st.sampled_from(["en", "und", "de"]))
@example(["Foo:Bar", " ", "Baz:Qux", " "], 3, "en")
@example(["\n", "Memo.ST", "\n", "a", " ", "Memo.ST", " "], 2, "en")
def test_kept_verdicts_are_the_plain_verdicts(pieces: list[str], copies: int, lang: str) -> None:
    # Repeated, so windows recur, in context that changes near the text's ends and line breaks.
    text = "".join(pieces) * copies
    assert _verdicts(text, lang, kept=True) == _verdicts(text, lang, kept=False)


def test_a_line_of_the_same_pairs_is_judged_once_per_window(monkeypatch) -> None:
    # The work the kept verdicts save, counted rather than timed: 2,000 copies of two pairs
    # ask the full questions for the first _REMEMBER_GLUED_AFTER marks and then once per
    # distinct window (a handful near the text's ends), not 4,000 times.
    calls = []
    glued = PunctuationSpacing._glued
    monkeypatch.setattr(PunctuationSpacing, "_glued", lambda self, ctx, i: calls.append(i) or glued(self, ctx, i))
    PunctuationSpacing(lang="und")._find_once_rows("Foo:Bar Baz:Qux " * 2000)
    assert len(calls) < punctuation._REMEMBER_GLUED_AFTER + 20


_PLAIN_DOTTED = r"(?<![\p{Lu}\p{Ll}\p{Lt}\p{N}\p{M}.])%s\.%s(?![\p{Lu}\p{Ll}\p{Lt}\p{N}\p{M}])"
_DOT_PIECES = ["a", "B", "ab", "Cd", "1", "é", "\u0301", "日", "_", ".", " ", "..", "a.B", "x1.Y2", "aB.Cd"]


@given(st.lists(st.sampled_from(_DOT_PIECES), max_size=20).map("".join))
@example("a.B a.B xa.B a.Bé .a.B 日a.B a.B\u0301 a.B_")
@example("x1.Y2 x1.Y2.z x1.Y2")
def test_dotted_pair_count_of_the_texts_own_pairs_is_the_plain_search(text: str) -> None:
    # Every pair the text writes around a dot, its parts cut at each length (whole runs, and
    # parts of runs, which the one-pass count cannot hold and the windows answer).
    ctx = punctuation._Context(text)
    for m in regex.finditer(r"(?=(\S*)\.(\S*))", text):
        left, right = m.group(1), m.group(2)
        for head in {left, left[-1:], left[-2:]}:
            for tail in {right, right[:1], right[:2]}:
                if head and tail:
                    plain = len(regex.findall(_PLAIN_DOTTED % (regex.escape(head), regex.escape(tail)), text))
                    assert ctx.dotted_pair_count(head, tail) == plain, (head, tail)


_DOTTED_HEAD = regex.compile(
    r"(?<![\p{L}\p{N}\p{M}._])(\p{Ll}[\p{Ll}\p{N}_]*)\.(\p{Lu}[\p{L}\p{N}_]*)(?![\p{L}\p{N}\p{M}_]|\.[\p{L}\p{N}])"
)
_SPACED_HEAD = regex.compile(r"(?<![\p{L}\p{N}\p{M}._])(\p{Ll}[\p{Ll}\p{N}_]*)\.[ \t]+\p{Lu}")


def _plain_heads(text: str) -> dict[str, tuple[frozenset[str], int, int]]:
    """The loop ``dotted_heads`` ran before (the specification)."""
    tails: dict[str, set[str]] = {}
    glued: dict[str, int] = {}
    for m in _DOTTED_HEAD.finditer(text):
        tails.setdefault(m.group(1), set()).add(m.group(2))
        glued[m.group(1)] = glued.get(m.group(1), 0) + 1
    spaced: dict[str, int] = {}
    for m in _SPACED_HEAD.finditer(text):
        if m.group(1) in tails:
            spaced[m.group(1)] = spaced.get(m.group(1), 0) + 1
    return {head: (frozenset(found), glued[head], spaced.get(head, 0)) for head, found in tails.items()}


_HEAD_PIECES = ["os.", "io.", "fmt.", "os. ", "io.\t", "Getenv", "Pipe", "The", "Copy", "x", " ", "\n", "a.B", "1"]


@given(st.lists(st.sampled_from(_HEAD_PIECES), max_size=30).map("".join), st.sampled_from([frozenset(), frozenset({"the", "copy"})]))
@example("os.Getenv os.Pipe io.Pipe io.Copy fmt.Getenv fmt.Copy os. The", frozenset())
@example("os.Getenv os.Pipe io.Pipe io.Copy fmt.Getenv fmt.Copy", frozenset({"copy"}))
def test_dotted_heads_and_qualifiers_are_the_plain_loop(text: str, openers: frozenset[str]) -> None:
    plain = _plain_heads(text)
    facts = TextFacts(text)
    assert facts.qualifiers(openers) == (
        lambda found: frozenset(found) if len(found) >= QUALIFIERS_IN_TEXT else frozenset()
    )([w for w, (tails, glued, spaced) in plain.items()
       if spaced < glued and sum(1 for t in tails if t.lower() not in openers) >= QUALIFIER_NAMES])
    heads = facts.dotted_heads()
    assert heads == plain and list(heads) == list(plain)
