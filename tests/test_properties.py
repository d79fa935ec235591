"""Properties of the whole default pipeline, checked with hypothesis.

These hold for ``clean()`` as shipped, whatever normalizers it runs:

* totality: any ``str`` (all of Unicode, lone surrogates included) gives a ``str``;
* idempotence: ``clean(clean(x)) == clean(x)``;
* no-op: well-formed news-like paragraphs come back byte for byte;
* repair: one injected defect of an unambiguous class is undone exactly;
* content: letters and digits survive, except in edits of a normalizer that
  declares ``removes_content``;
* edits: ``mend(x).edits`` replay to the output, every kept character maps
  back to itself through the offset maps;
* line structure: the number of line breaks never changes.

The pipeline runs with ``on_error="raise"``, so a normalizer that throws fails
the test instead of being skipped quietly.  Example counts come from the
hypothesis profile in ``conftest.py`` ("ci" by default; ``HYPOTHESIS_PROFILE=dev``
digs deeper).  Inputs that once broke a property are pinned with ``@example``.
"""

from __future__ import annotations

import random

import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from wordfreq import top_n_list

import textmend
from textmend import Pipeline, apply_edits, default_pipeline
from textmend.edits import check_edits
from textmend.registry import normalizer_class

# The generated paragraphs are English word salad (wordfreq's top English words): say so.
# With lang="auto" a short salad paragraph can read as no language, and then only the
# language-blind repairs run, by design; tests/test_languages.py covers "auto".
_DEFAULT = default_pipeline("en")
PIPELINE = Pipeline(_DEFAULT.normalizers, on_error="raise", max_rounds=_DEFAULT.max_rounds)

# Generated paragraphs are a little heavier than raw strings; keep them from
# tripping the "too slow" / "too large" checks on a busy CI machine.
_PARAGRAPH_SETTINGS = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def alnum(s: str) -> str:
    return "".join(ch for ch in s if ch.isalnum())


# --- arbitrary text --------------------------------------------------------

# All of Unicode, surrogates and unassigned code points included.
any_text = st.text(alphabet=st.characters(codec=None))

# Text dense in what the normalizers look for: spaces of every kind, quote
# marks, punctuation, case boundaries, mojibake, line breaks.
_TRICKY = (
    list("aAbBzZ09 .,;:!?()[]\"'“”‘’„«»-–—/@#&%$\n\t")
    + ["\u00a0", "\u200b", "\u00ad", "\ufeff", "\u200e", "\x01", "\r", "\u2028", "\ud800", "é", "日", "ก"]
    + ["the", "The", "and", "so", "another", "city", "said", "â€™", "Ã©", "&amp;", "iPhone", "U.S.", "3.14", "http://x.co/a.b"]
)
tricky_text = st.lists(st.sampled_from(_TRICKY), max_size=60).map("".join)


texts = st.one_of(any_text, tricky_text)


# --- well-formed news-like paragraphs --------------------------------------

# Words a sentence may be built from: frequent English words, letters only,
# abbreviation-like ones ("gen", "vs", "sept") and "self" included: a
# well-formed paragraph that uses them must pass through too.
WORDS = [w for w in top_n_list("en", 2500) if w.isascii() and w.isalpha() and len(w) >= 2]
# Where a glued full stop cannot be repaired one right way: "gen.The" may be an
# abbreviation before a name.  Only the repair property skips these *sites*; the
# paragraphs themselves still contain the words.
_ABBREVIATION_LIKE = frozenset(
    "mr mrs ms dr jr sr st vs etc inc ltd corp co dept gov gen sen rep col capt lt sgt prof approx ave blvd "
    "est min max jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun no vol fig pp ed "
    "am pm ok tv uk eu un dc la ny".split()
)
NAMES = [
    "Maria Lopez", "Stoltenberg", "Biden", "Angela Merkel", "Lee Jae-myung", "O’Brien", "McDonald", "DeSantis",
    "Kowalski", "Nguyen", "Fatima Ahmed", "Jean-Luc Picard", "Reuters", "NATO", "the U.S. Army", "Ukraine",
    "iPhone", "YouTube", "MagSafe", "LinkedIn", "eBay", "PlayStation", "JavaScript", "Zoë",
]
NUMBERS = ["42", "3.5", "1,200", "2019", "4:00pm", "$1.5 billion", "10%", "3.14", "2-1", "No. 7", "9/11"]
SPEAKERS = ["he", "she", "they", "officials", "the minister", "Biden", "Maria Lopez", "a spokesman"]
VERBS = ["said", "told reporters", "added", "wrote", "said on Monday", "explained"]

def _clause(rng: random.Random, min_tokens: int = 3, max_tokens: int = 12) -> str:
    """Words, names and numbers with the odd comma; no word twice in a row."""
    n = rng.randint(min_tokens, max_tokens)
    tokens: list[str] = []
    for i in range(n):
        while True:
            kind = rng.randrange(10)
            pool = WORDS if kind < 8 else NAMES if kind == 8 else NUMBERS
            tok = rng.choice(pool)
            # A word twice in a row is the repeats normalizer's business, not well-formed text.
            if not tokens or tok.split()[0].lower() != tokens[-1].split()[-1].rstrip(",").lower():
                break
        if 0 < i < n - 1 and rng.randrange(7) == 0:
            tok += ","
        tokens.append(tok)
    return " ".join(tokens)


def _capitalize(s: str) -> str:
    return s[:1].upper() + s[1:]


def _sentence(rng: random.Random, curly: bool) -> str:
    open_q, close_q = ("“", "”") if curly else ('"', '"')
    body = _capitalize(_clause(rng))
    form = rng.choice(["plain", "plain", "quote-said", "said-quote", "quote"])
    speaker, verb = rng.choice(SPEAKERS), rng.choice(VERBS)
    if form == "plain":
        return body + rng.choice([".", ".", ".", "?"])
    if form == "quote-said":  # “We will win,” she said.
        return f"{open_q}{body},{close_q} {speaker} {verb}."
    if form == "said-quote":  # She said, “We will win.”
        return f"{_capitalize(speaker)} {verb}, {open_q}{body}.{close_q}"
    return f"{open_q}{body}.{close_q}"


def news_paragraph(seed: int, curly: bool, sentences: int) -> str:
    """A well-formed news paragraph: capitalized sentences, commas, balanced
    quotations with attribution clauses, numbers, names."""
    rng = random.Random(seed)
    return " ".join(_sentence(rng, curly) for _ in range(sentences))


def paragraphs(curly: bool | None = None) -> st.SearchStrategy[str]:
    # Built from one drawn seed rather than token by token: generation stays
    # cheap enough for CI, and a failure still prints the paragraph.
    return st.builds(
        news_paragraph,
        st.integers(0, 2**32 - 1),
        st.booleans() if curly is None else st.just(curly),
        st.integers(1, 5),
    )


# --- injected defects --------------------------------------------------------

#: Lowercase words whose doubling can be correct English ("had had", "that that",
#: "very very", "her her", "win win", "there there"): never injected as a repeat,
#: because the repair has no one right answer there.  A fixed list, not the
#: repeats normalizer's own data, so an over-broad entry in that data fails the test.
_IDIOMATIC_DOUBLES = frozenset(
    "had that is very so no bye really far much too well now go ha do her yes there win night long many pretty"
    " oh ah yeah".split()
)


def _sites(pattern: str, text: str) -> list[regex.Match]:
    return list(regex.finditer(pattern, text))


@st.composite
def damaged(draw, kind: str, curly: bool | None = None) -> tuple[str, str]:
    """(well-formed paragraph, the same with one defect of ``kind``)."""
    para = draw(paragraphs(curly))
    patterns = {
        "double-space": r"(?<=\S) (?=\S)",
        "space-before-comma": r"(?<=[^\W\d_]),(?= )",
        "missing-space-after-period": r"(?<=(?<![\w’'.-])[a-z]{3,})\. (?=[A-Z][a-z])",
        "repeated-word": r"(?<![\w’'.-])([a-z]{3,})(?= [a-z])",
        "flipped-closing-quote": r"(?<=[.,?])”",
    }
    sites = _sites(patterns[kind], para)
    if kind == "repeated-word":
        sites = [m for m in sites if m[1] not in _IDIOMATIC_DOUBLES]
    elif kind == "missing-space-after-period":
        sites = [m for m in sites if para[: m.start()].rsplit(" ", 1)[-1].lower() not in _ABBREVIATION_LIKE]
    if not sites:
        return para, para  # no site: the paragraph itself must stay as it is
    m = sites[draw(st.integers(0, len(sites) - 1))]
    s, e = m.span()
    if kind == "double-space":
        bad = para[:s] + "  " + para[e:]
    elif kind == "space-before-comma":
        bad = para[:s] + " ," + para[e:]
    elif kind == "missing-space-after-period":
        bad = para[:s] + "." + para[e:]
    elif kind == "repeated-word":
        bad = para[:e] + " " + m[1] + para[e:]
    else:
        bad = para[:s] + "“" + para[e:]
    return para, bad


# --- the properties ----------------------------------------------------------


@given(texts)
def test_total_on_any_str(text):
    out = PIPELINE(text)
    assert isinstance(out, str)
    assert textmend.clean(text, lang="en") == out
    assert PIPELINE.mend(text).text == out
    auto = textmend.clean(text)  # lang="auto": each paragraph in its own language
    assert isinstance(auto, str) and textmend.mend(text).text == auto


# Regression: an HTML entity between two stretches ftfy rewrites once made `mojibake`
# report overlapping edits (its encoding repair spanned the entity it also decoded).
@example("\ud800&amp;\ud800")
@example("\ud800&ap;\ud800")
@example("\x80&lt;\x80")
@example("\x80&ap;Â\xa0")
@given(any_text)
def test_total_with_entities_between_rewritten_stretches(text):
    assert isinstance(PIPELINE(text), str)


# Regressions: each once broke idempotence between `invisible` and `mojibake` (a lone
# surrogate read as right-to-left script; a C1 control decoded out of mojibake), until
# the pipeline learned to rerun earlier stages on the final text.
@example("\u200e\ud800")
@example("Â\x8d")
@given(texts)
def test_idempotent(text):
    once = PIPELINE(text)
    assert PIPELINE(once) == once


# Regression: punctuation once split only the last seam of a glued chain of short
# capitalized words ("It.Is.So" -> "It.Is. So" -> "It. Is. So").
@example("It.Is.So")
@example("AA.Aa.Aa")
@given(any_text)
def test_idempotent_on_glued_sentence_chains(text):
    once = PIPELINE(text)
    assert PIPELINE(once) == once


@_PARAGRAPH_SETTINGS
@given(paragraphs())
def test_idempotent_on_paragraphs_with_defects(para):
    # Several defects at once: whatever the pipeline makes of them is stable.
    bad = para.replace(", ", " ,", 1).replace(" ", "  ", 1).replace(". ", ".", 1).replace("”", "“", 1)
    once = PIPELINE(bad)
    assert PIPELINE(once) == once


@_PARAGRAPH_SETTINGS
@given(paragraphs())
def test_well_formed_paragraph_is_unchanged(para):
    r = PIPELINE.mend(para)
    assert r.text == para, r.explain()


@_PARAGRAPH_SETTINGS
@given(st.lists(paragraphs(), min_size=2, max_size=4))
def test_well_formed_article_is_unchanged(paras):
    text = "\n\n".join(paras)
    assert PIPELINE(text) == text


@_PARAGRAPH_SETTINGS
@given(damaged("double-space"))
def test_repairs_a_doubled_space(case):
    para, bad = case
    assert PIPELINE(bad) == para


@_PARAGRAPH_SETTINGS
@given(damaged("space-before-comma"))
def test_repairs_a_space_before_a_comma(case):
    para, bad = case
    assert PIPELINE(bad) == para


# Regression: a sentence ending in "self." once marked its whole line as Python code
# (the code detector read "self." as attribute access), so no punctuation repair was
# made anywhere on that line.
@example(("They did it for her self. The end came.", "They did it for her self.The end came."))
@_PARAGRAPH_SETTINGS
@given(damaged("missing-space-after-period"))
def test_repairs_a_missing_space_after_a_period(case):
    para, bad = case
    assert PIPELINE(bad) == para


@_PARAGRAPH_SETTINGS
@given(damaged("repeated-word"))
def test_repairs_a_repeated_word(case):
    para, bad = case
    assert PIPELINE(bad) == para


@_PARAGRAPH_SETTINGS
@given(damaged("flipped-closing-quote", curly=True))
def test_repairs_a_flipped_closing_quote(case):
    para, bad = case
    assert PIPELINE(bad) == para


def _content_safe(edit) -> bool:
    return not any(normalizer_class(name).removes_content for name in edit.normalizer.split("+"))


@given(texts)
def test_letters_and_digits_preserved_except_declared_removals(text):
    r = PIPELINE.mend(text)
    for e in r.edits:
        if _content_safe(e):
            assert alnum(e.old) == alnum(e.new), f"{e.normalizer} changed letters or digits: {e}"
    if all(_content_safe(e) for e in r.edits):
        assert alnum(r.text) == alnum(text)


@_PARAGRAPH_SETTINGS
@given(paragraphs())
def test_letters_and_digits_preserved_on_damaged_paragraphs(para):
    bad = para.replace(" ", "", 1).replace(", ", ",", 1)
    r = PIPELINE.mend(bad)
    for e in r.edits:
        if _content_safe(e):
            assert alnum(e.old) == alnum(e.new), f"{e.normalizer} changed letters or digits: {e}"


def _check_edits_and_offsets(text: str) -> None:
    r = PIPELINE.mend(text)
    check_edits(text, r.edits)
    assert apply_edits(text, r.edits) == r.text == PIPELINE(text)
    # Every original character outside an edit maps to the same character.
    covered = bytearray(len(text))
    for e in r.edits:
        covered[e.start : e.end] = b"\x01" * (e.end - e.start)
    for i, ch in enumerate(text):
        if not covered[i]:
            assert r.text[r.to_clean(i)] == ch, (i, ch)
    # And every cleaned character that no edit wrote maps back to itself.
    written = bytearray(len(r.text))
    delta = 0
    for e in r.edits:
        s = e.start + delta
        written[s : s + len(e.new)] = b"\x01" * len(e.new)
        delta += e.delta
    for j, ch in enumerate(r.text):
        if not written[j]:
            assert r.original[r.to_original(j)] == ch, (j, ch)
    assert r.to_clean(len(text)) == len(r.text)
    assert r.to_original(len(r.text)) == len(text)


@given(texts)
def test_edits_replay_and_offsets_map_back(text):
    _check_edits_and_offsets(text)


@_PARAGRAPH_SETTINGS
@given(damaged("double-space"), damaged("space-before-comma"))
def test_edits_replay_and_offsets_map_back_on_damaged_paragraphs(a, b):
    _check_edits_and_offsets(a[1] + "\n\n" + b[1])


@given(texts)
def test_line_breaks_unchanged(text):
    assert PIPELINE(text).count("\n") == text.count("\n")


@_PARAGRAPH_SETTINGS
@given(st.lists(damaged("repeated-word"), min_size=1, max_size=3), st.sampled_from(["\n", "\n\n", "\r\n"]))
def test_line_breaks_unchanged_across_paragraphs(cases, sep):
    # A word repeated across a line break is still two lines' worth of text.
    text = sep.join(bad for _, bad in cases)
    text += sep + text.split()[-1] if text.split() else ""
    assert PIPELINE(text).count("\n") == text.count("\n")

