"""ASCII text answered from its flag (issue 16, twelfth round).

``str.isascii`` reads a flag of the string: for a text that is all ASCII, ``invisible``
deletes what is no debris from its bytes instead of testing it line by line, and
``mojibake`` knows no damage mark can open (unless its options make one ASCII: the
terminal escape).  Each answer must be the one the class scans give.
"""

from __future__ import annotations

import itertools
import random

import ftfy

from textmend.normalizers import invisible, mojibake

_ASCII = [chr(c) for c in range(128)]


def _ascii_texts(seed: int, count: int) -> list[str]:
    """ASCII texts, mostly prose, some with a control character, DEL, an escape or an entity."""
    rnd = random.Random(seed)
    words = ["the", "cafe", "said", "x", "A&amp;B", "&#8217;", "\x1b[31m", "1.5", "--", "\t", "\r\n", "\n\n"]
    texts = []
    for _ in range(count):
        parts = [rnd.choice(words) if rnd.random() < 0.8 else rnd.choice(_ASCII) for _ in range(rnd.randint(0, 20))]
        texts.append(" ".join(parts))
    return texts


def test_invisible_answers_an_ascii_text_as_its_class_scan_does() -> None:
    stage = invisible.Invisible()
    texts = _ascii_texts(16, 3000) + _ascii_texts(17, 50) + [a + b for a in _ASCII for b in "a\n"]
    for text in texts:
        assert text.isascii()
        assert stage.may_edit(text) == (invisible._CANDIDATE.search(text) is not None), repr(text)
    # every character alone: the debris ones say yes, the others no
    for ch in _ASCII:
        assert stage.may_edit(f"a{ch}b") == (invisible._CANDIDATE.search(ch) is not None), repr(ch)


def test_mojibake_on_ascii_text_answers_as_the_candidate_scan_with_every_option() -> None:
    texts = _ascii_texts(18, 400)
    fields = ("fix_latin_ligatures", "fix_character_width", "uncurl_quotes", "fix_surrogates", "remove_terminal_escapes")
    opened = 0
    for flags in itertools.product((False, True), repeat=len(fields)):
        for normalization in (None, "NFC"):
            for unescape in (False, True, "auto"):
                config = ftfy.TextFixerConfig(
                    **dict(zip(fields, flags)), normalization=normalization, unescape_html=unescape
                )
                stage = mojibake.Mojibake(config=config)
                opened += mojibake._candidate_opens_in_ascii(*flags, normalization is not None)
                for text in texts:
                    plain = bool((stage.unescape_html and "&" in text) or stage.candidate.search(text) is not None)
                    assert bool(stage.may_edit(text)) == plain, (config, text)
    assert opened  # the terminal escape's branch opens on an ASCII character
