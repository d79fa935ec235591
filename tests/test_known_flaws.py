"""Paragraphs of the dev corpus with a real flaw of their own: each comes out as repaired by hand.

tests/data/known_flaws.tsv lists them with the expected repair (or "=" for left
alone) and the reason.  These paragraphs are not exempt from anything: a
normalizer that stops repairing one, or repairs it differently, fails here; one
the pipeline gets wrong today carries its known miss, and is expected to fail
until the rule is fixed (strict: a fix makes the test fail until the miss is
removed from the list).
"""

from __future__ import annotations

import regex
import pytest
from corpus import DATA, paragraphs

import textmend

_ESCAPE = regex.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4}))")


def _unescape(text: str) -> str:
    r"""``\xNN`` and ``\uNNNN`` as the characters they stand for (the file holds no other backslashes)."""
    return _ESCAPE.sub(lambda m: chr(int(m[1] or m[2], 16)), text)


def _entries() -> list[tuple[str, str, str, str]]:
    out = []
    for line in (DATA / "known_flaws.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        assert len(cols) in (3, 4), f"known_flaws.tsv: expected 3 or 4 columns: {line!r}"
        key, expected, reason = cols[:3]
        out.append((key, expected, reason, cols[3] if len(cols) == 4 else ""))
    return out


ENTRIES = _entries()
PARAGRAPHS = {f"{doc_id}#{k}": para for doc_id, k, para in paragraphs()}


def expected_repair(para: str, spec: str) -> str:
    """The paragraph with the hand-made substitutions of ``spec`` applied ("=" leaves it alone)."""
    if spec == "=":
        return para
    out = para
    for sub in spec.split(" ;; "):
        flawed, sep, repaired = sub.partition(" => ")
        assert sep, f"not 'flawed => repaired': {sub!r}"
        flawed, repaired = _unescape(flawed), _unescape(repaired)
        assert para.count(flawed) == 1, f"{flawed!r} must occur exactly once in the paragraph"
        out = out.replace(flawed, repaired)
    assert out != para, "a substitution that changes nothing"
    return out


def _params():
    for key, spec, reason, miss in ENTRIES:
        marks = [pytest.mark.xfail(strict=True, reason=f"known miss: {miss}")] if miss else []
        yield pytest.param(key, spec, reason, id=key, marks=marks)


@pytest.mark.parametrize("key, spec, reason", list(_params()))
def test_flawed_paragraph_comes_out_as_repaired_by_hand(key, spec, reason):
    assert reason.strip(), "every entry says what the flaw is"
    para = PARAGRAPHS[key]
    expected = expected_repair(para, spec)
    r = textmend.mend(para)
    assert r.text == expected, f"{key}: {reason}\n{r.explain()}"


def test_entries_are_unique_and_name_real_paragraphs():
    keys = [key for key, *_ in ENTRIES]
    assert len(keys) == len(set(keys))
    assert set(keys) <= set(PARAGRAPHS)
