"""fused's anchors in an ASCII text found with ASCII classes (issue 16, branch speed30;
docs/benchmarks.md, "clean()'s overhead above its floor").

``_Anchors._scan`` finds every capital after a letter or digit and before a lower-case letter;
in an ASCII text it now scans with ``[A-Z](?<=[A-Za-z0-9][A-Z])[a-z]``, which must find what
``(?<=[\\p{L}\\d])\\p{Lu}\\p{Ll}`` finds there: checked on generated ASCII text (every ASCII
character class beside a capital), on the dev corpus' ASCII paragraphs, and through the anchors
``_Anchors`` hands the stage.
"""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus import paragraphs
from textmend.normalizers import fused

ASCII = string.ascii_letters[:6] + "XYZxyz09_ .,'-\n\t" + "".join(map(chr, range(0, 32, 5))) + "\x7f"


def _same(text: str) -> None:
    assert text.isascii()
    ascii_hits = [m.span() for m in fused._ASCII_HUMP_AFTER_LETTER_OR_DIGIT.finditer(text)]
    assert ascii_hits == [m.span() for m in fused._HUMP_AFTER_LETTER_OR_DIGIT.finditer(text)], repr(text)


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=ASCII, max_size=40))
def test_generated_ascii_text(text):
    _same(text)


def test_every_ascii_character_before_and_after_a_capital():
    for before in map(chr, range(128)):
        for after in map(chr, range(128)):
            _same(f"{before}Q{after}")


def test_corpus_and_the_anchors():
    checked = 0
    for _, _, para in paragraphs():
        if not para.isascii():
            continue
        _same(para)
        anchors = fused._Anchors(para)
        # The anchors as the Unicode scan sorts them (what _scan did for every text before).
        camel, caps, numbers, kept_end = [], [], [], -1
        for hit in fused._HUMP_AFTER_LETTER_OR_DIGIT.finditer(para):
            p = hit.start() - 1
            if fused._SCRIPT_SWITCH_ANCHOR.match(para, p) is not None:
                if p >= kept_end:
                    camel.append(p)
                    kept_end = p + fused._ANCHOR_WIDTH
            elif fused._CAPS_ANCHOR.match(para, p) is not None:
                caps.append(p)
            elif fused._NUMBER_ANCHOR.match(para, p) is not None:
                numbers.append(p)
        assert (list(anchors.camel()), list(anchors.caps()), list(anchors.numbers())) == (camel, caps, numbers)
        checked += bool(camel or caps or numbers)
    assert checked > 10
