"""fused's faster readings (issue 16, sixth round) against the plain forms they replace.

Each scan now starts from a cheap anchor or candidate instead of trying its pattern at
every character; each must find exactly what the plain scan finds.  Compared on strings
dense in what the scans read, where a slip would show.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from textmend.normalizers import fused

_CAPS_READ = list("ABZaz ÉéЖжΣσ1_-‐'’.\n") + ["Ⓐ", "Ⅻ", "ǅ", "AB", "ABC", "Ab", "ЖЖ", "Жж", "\u0301"]
_CAPS_TEXT = st.lists(st.sampled_from(_CAPS_READ), max_size=30).map("".join)
_LANGS = ["en", "ru", "de"]


def _spans(matches) -> list[tuple[int, int, int]]:
    return [(m.start(), m.end(), m.start("right")) for m in matches]


@settings(max_examples=400, deadline=None)
@given(_CAPS_TEXT, st.sampled_from(_LANGS))
def test_caps_glued_from_anchors_finds_what_finditer_finds(text: str, lang: str) -> None:
    scanner = fused._scanner(lang)
    anchors = fused._Anchors(text)
    assert _spans(fused._caps_glued(scanner, text, anchors.caps())) == _spans(scanner.caps_glued.finditer(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_caps_glued_from_anchors_on_any_text(text: str) -> None:
    scanner = fused._scanner("en")
    anchors = fused._Anchors(text)
    assert _spans(fused._caps_glued(scanner, text, anchors.caps())) == _spans(scanner.caps_glued.finditer(text))


def test_caps_glued_from_anchors_on_a_long_text() -> None:
    # Past _Anchors.SHARED_LENGTH the anchors come from a generator, found again.
    text = ("GET OUTNoem said. ⒶABCDef and ЖЖЖжук; HOW TO APPLYYou must " * 1500)[: fused._Anchors.SHARED_LENGTH + 999]
    scanner = fused._scanner("en")
    found = _spans(fused._caps_glued(scanner, text, fused._Anchors(text).caps()))
    assert found and found == _spans(scanner.caps_glued.finditer(text))
