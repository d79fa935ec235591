"""Work an ASCII English text no longer pays for (issue 16, branch speed33; docs/benchmarks.md,
"English ASCII throughput, the next cut"), each form against the one it replaces:

* ``fused``, ``quotes`` and ``repeats`` read their ``lang`` option through a property, not the
  base class's ``__getattr__`` (reached only after a failed lookup);
* ``repeats`` prefilters an ASCII text's runs with the ASCII form of its pattern: the same hits as
  ``_prefilter_after`` from every position of ASCII text;
* ``fused`` finds an ASCII text's quote-glued seams from the straight marks: the places
  ``quote_glued.finditer`` finds, for every language's scanner.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import textmend
from corpus import paragraphs
from textmend.normalizer import Normalizer
from textmend.normalizers import fused, repeats
from textmend.normalizers.fused import FusedTokens
from textmend.normalizers.quotes import Quotes
from textmend.normalizers.repeats import RepeatedWords


@pytest.mark.parametrize("cls", [FusedTokens, Quotes, RepeatedWords])
@pytest.mark.parametrize("lang", ["en", "de", "pt-BR", "und"])
def test_lang_is_the_option(cls: type, lang: str) -> None:
    stage = cls(lang=lang)
    assert stage.lang == stage.options.lang


def test_the_stages_read_lang_without_getattr(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, str]] = []
    original = Normalizer.__getattr__

    def counted(self, attr):  # type: ignore[no-untyped-def]
        asked.append((type(self).__name__, attr))
        return original(self, attr)

    text = "They watched what what Russia did, “he said.\n\nDer Hund ist ist sehr groß, sagte er."
    textmend.clean(text)  # (the stages for each language built)
    monkeypatch.setattr(Normalizer, "__getattr__", counted)
    # Read by fused (every text), repeats (a double) and quotes (a line to read).
    textmend.clean(text)
    assert [a for a in asked if a[0] in ("FusedTokens", "Quotes", "RepeatedWords")] == []


# --- repeats: the ASCII prefilter ------------------------------------------------------------

_ASCII_READ = ["the", "The", "THE", "a", "A", "is", "no", "x1", "_", "'", "-", "'s", "don't", "a-b"] + list(
    " \t\n\r\x0b\x0c\x1c.,;:!?\"()[]`1"
) + ["  ", " \n ", "\r\n", "\t\n\t"]
_ASCII_TEXT = st.lists(st.sampled_from(_ASCII_READ), max_size=30).map("".join)


def _hits(pattern, text: str) -> list[int]:
    # The scan from every position, as _runs makes it.
    return [m.start() for p in range(len(text)) if (m := pattern.search(text, p)) is not None]


@settings(max_examples=500, deadline=None)
@given(st.one_of(_ASCII_TEXT, st.text(st.characters(max_codepoint=127), max_size=40)))
def test_the_ascii_prefilter_hits_where_the_prefilter_does(text: str) -> None:
    assert _hits(repeats._prefilter_after_ascii(), text) == _hits(repeats._prefilter_after(), text)


def test_the_ascii_prefilter_on_every_ascii_paragraph() -> None:
    texts = [para for _, _, para in paragraphs() if para.isascii()]
    assert len(texts) > 1_000
    hits = 0
    for text in texts:
        found = [m.start() for m in repeats._prefilter_after_ascii().finditer(text)]
        assert found == [m.start() for m in repeats._prefilter_after().finditer(text)]
        hits += len(found)
    assert hits  # the comparison is not of empty lists only


def test_runs_of_ascii_text_are_finditers() -> None:
    for text in ("the the", "a\tA b", "x no\r\nno y", "is  is-", "it's it's", "_a _a", "the\n the"):
        assert [m.span() for m in repeats._runs(text)] == [m.span() for m in repeats._RUN.finditer(text)]


# --- fused: quote-glued seams of an ASCII text ------------------------------------------------

_QUOTE_READ = list('aZé"“”‘’.,!?;:) \n1x-') + ['"a', 'a"', 'said"The', '."A']


@pytest.mark.parametrize("lang", ["en", "de", "ru", "tr"])
def test_quote_glued_starts_are_the_patterns(lang: str) -> None:
    scanner = fused._scanner(lang)
    assert scanner is not None
    r = random.Random(lang)
    texts = ["".join(r.choices(_QUOTE_READ, k=r.randint(0, 16))) for _ in range(6_000)]
    texts += [para for _, _, para in paragraphs()]
    ascii_hits = 0
    for text in texts:
        found = list(fused._quote_glued_starts(scanner, text))
        assert found == [m.start() for m in scanner.quote_glued.finditer(text)], text
        ascii_hits += len(found) if text.isascii() else 0
    assert ascii_hits or scanner.ascii_quote_letters == frozenset()  # (Cyrillic has no ASCII letter)


def test_no_script_switch_in_ascii_text() -> None:
    # fused's _block_cuts skips the script-switch reading of an ASCII text: each branch of the
    # pattern holds a letter of a script no ASCII character is in.
    import regex

    assert not any(regex.match(r"[\p{Cyrillic}\p{Greek}\p{Armenian}]", chr(c)) for c in range(128))
    assert fused._SCRIPT_SWITCH.search("".join(map(chr, range(128))) * 3) is None
    assert fused._SCRIPT_SWITCH.search("@annamerkurovaЧто") is not None
