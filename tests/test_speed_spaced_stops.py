"""A spaced full stop's checks asked only where their patterns may match (issue 16, branch speed35;
docs/benchmarks.md, "Mojibake-whitespace, cold start and the ASCII path").

``punctuation._space_before`` asks six ``regex`` patterns about every full stop spaced off its word
(``y . don't``), each a call of a microsecond or more, though on most text none of them can match.
Each now has a pre-test made of ``str`` methods and stdlib patterns that answers "no match" only
where the pattern cannot match:

* ``_NEXT_LONE_MARK_SHAPE`` and ``_CAPITALISED_SHAPE``: supersets of ``_NEXT_LONE_MARK`` and
  ``_CAPITALISED_AFTER`` (letters told only among ASCII characters);
* ``_may_follow_separator_dot``: the window's last dot, spaced both sides, and at most one space or
  tab among the tokens after it, for ``_SEPARATOR_DOT_BEFORE``;
* ``_may_lone_mark_and_word_precede``: a mark before the spaces before the last token, for
  ``_LONE_MARK_AND_WORD_BEFORE``;
* ``_may_be_spaced_domain``: an ``@`` in the window, or the run of ``a-z`` after the space a listed
  domain ending, for the two spaced-domain checks (``_LOWER_WORD_END``, ``_SPACED_SEPARATOR_DOT``,
  ``tlds()``, ``_OPEN_ADDRESS_HOST``).

Each pre-test is held to its pattern at every place of generated text dense in the shapes they read
and of the dev paragraphs; the stage's rows are held to the stage's with every pre-test made to
answer "maybe" (the full reading), on generated texts and every dev paragraph with a spaced mark; and
a line of spaced stops before common words is read with none of the six patterns asked.
"""

from __future__ import annotations

import random
import re

import pytest

from corpus import paragraphs
from textmend.normalizers import punctuation
from textmend.normalizers.punctuation import PunctuationSpacing

# Pieces dense in what the patterns read: spaces and tabs, lone marks, dots spaced or not, lower-case
# words (ASCII and not), capitals, listed domain endings, an "@", apostrophes, line breaks, digits.
_PIECES = (
    list(" \t .,;:!?") + list("azbo") + list("AZ") + list("éßÉ’@\n1-_")
    + [" . ", " , ", " ! ", ". ", " .", "\t.\t", "com", "uk", "de ", "mail", "and ", "or ", "Ab", "Éa", "É",
       "don’t", "go", "x y", "x@host", "SEARCH_BACK", " . com", " . de", "a . b . c", " ? ", "  "]
)


def _generated(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(3, 24))) for _ in range(count)]


def _dev_texts() -> list[str]:
    return [para for _, _, para in paragraphs() if re.search(r"[ \t][.,;:!?]", para)]


def _domain_checks(text: str, s: int, e: int) -> bool:
    """Whether either spaced-domain check of ``_space_before`` (the abbreviation test aside) holds."""
    before = punctuation._LOWER_WORD_END.search(text, max(0, s - 64), s)
    ending = punctuation._SPACED_SEPARATOR_DOT.match(text, e + 1) if before else None
    if ending and ending.group(1) in punctuation.tlds():
        return True
    return bool(
        ending
        and text.find("@", max(0, s - 64), s) >= 0
        and punctuation._OPEN_ADDRESS_HOST.search(text, max(0, s - 64), s)
    )


def _check_places(texts: list[str]) -> dict[str, int]:
    """Every pre-test against its pattern at every place of ``texts``; how often each said no."""
    declined = dict.fromkeys(("next", "capital", "separator", "lone", "domain"), 0)
    for text in texts:
        for p in range(len(text) + 1):
            if punctuation._NEXT_LONE_MARK_SHAPE.match(text, p) is None:
                declined["next"] += 1
                assert punctuation._NEXT_LONE_MARK.match(text, p) is None, (text, p)
            if punctuation._CAPITALISED_SHAPE.match(text, p) is None:
                declined["capital"] += 1
                assert punctuation._CAPITALISED_AFTER.match(text, p) is None, (text, p)
            if not punctuation._may_follow_separator_dot(text, p):
                declined["separator"] += 1
                assert punctuation._SEPARATOR_DOT_BEFORE.search(text, max(0, p - 64), p) is None, (text, p)
            if not punctuation._may_lone_mark_and_word_precede(text, p):
                declined["lone"] += 1
                reach = max(0, p - punctuation._NAMED_MARK_REACH)
                assert punctuation._LONE_MARK_AND_WORD_BEFORE.search(text, reach, p) is None, (text, p)
            if p + 1 < len(text) and not punctuation._may_be_spaced_domain(text, p, p + 1):
                declined["domain"] += 1
                assert not _domain_checks(text, p, p + 1), (text, p)
    return declined


def test_each_pre_test_declines_only_where_its_pattern_finds_nothing_on_generated_text():
    texts = _generated(35, 2500)
    # Shapes each pattern matches, so that a pre-test too narrow by one case is caught.
    texts += [
        "RIGHT . . and", "keys . and , more", "a , b . c", "x . Search here", "x .\tÉa", "x . Ébc",
        "site . com", "site . com.", "jdoe@host . example", "A . B . C", "A . B C . D", "A .\tB\tC . D",
        "word , and . x", "one . two", "mail . de!", "x . xn--p1ai", "a . b", "a.b . c",
    ]
    declined = _check_places(texts)
    assert all(declined.values()), declined  # each pre-test saves some calls


def test_each_pre_test_declines_only_where_its_pattern_finds_nothing_on_the_dev_paragraphs():
    declined = _check_places(_dev_texts())
    assert all(declined.values()), declined


def test_the_domain_pre_test_reads_the_listed_endings_as_ascii_lower_case():
    # Its proof needs every listed ending to be ASCII lower-case letters; with another kind
    # listed it answers "maybe" and the patterns decide.
    assert punctuation._ascii_lower_words(punctuation.tlds())
    assert not punctuation._ascii_lower_words(frozenset({"com", "рф"}))
    assert not punctuation._ascii_lower_words(frozenset({"com", "xn--p1ai"}))


@pytest.fixture
def full_reading(monkeypatch):
    """Every pre-test made to answer "maybe": the stage asks every pattern, as before them."""

    def full():
        monkeypatch.setattr(punctuation, "_NEXT_LONE_MARK_SHAPE", re.compile(""))
        monkeypatch.setattr(punctuation, "_CAPITALISED_SHAPE", re.compile(""))
        monkeypatch.setattr(punctuation, "_may_follow_separator_dot", lambda text, s: True)
        monkeypatch.setattr(punctuation, "_may_lone_mark_and_word_precede", lambda text, s: True)
        monkeypatch.setattr(punctuation, "_may_be_spaced_domain", lambda text, s, e: True)

    return full


def _rows_by_language(texts: list[str]) -> list[list]:
    out = []
    for lang in ("en", "de", "und"):
        stage = PunctuationSpacing(lang=lang)
        out.append([stage._find_rows(t) for t in texts])
    return out


def test_the_stage_finds_the_rows_of_its_full_reading(full_reading):
    texts = _generated(3535, 1500) + _dev_texts()
    texts += ["don’t go ,é x y . " * 40, "The keys . and , then RIGHT . . LEFT , , done .", "mail me at x . com ."]
    fast = _rows_by_language(texts)
    full_reading()
    assert _rows_by_language(texts) == fast


class _Counting:
    """A pattern that counts its calls."""

    def __init__(self, pattern, calls: list[str], name: str) -> None:
        self._pattern, self._calls, self._name = pattern, calls, name

    def __getattr__(self, method):
        found = getattr(self._pattern, method)

        def call(*args, **kwargs):
            self._calls.append(self._name)
            return found(*args, **kwargs)

        return call


def test_a_line_of_spaced_stops_before_common_words_asks_none_of_the_six_patterns(monkeypatch):
    calls: list[str] = []
    for name in (
        "_NEXT_LONE_MARK", "_CAPITALISED_AFTER", "_SEPARATOR_DOT_BEFORE", "_LONE_MARK_AND_WORD_BEFORE",
        "_LOWER_WORD_END", "_SPACED_SEPARATOR_DOT",
    ):
        monkeypatch.setattr(punctuation, name, _Counting(getattr(punctuation, name), calls, name))
    text = "don’t go ,é x y . " * 200  # (benchmarks.speed's mojibake-whitespace, repaired but for punctuation)
    rows = PunctuationSpacing(lang="es")._find_rows(text)
    assert sum(r[3] == "" for r in rows) == 200  # every spaced stop still loses its space
    assert calls == []
