"""The contract every normalizer keeps, as reusable assertions for its tests.

Use ``check_contract(normalizer, text)`` inside a hypothesis test of each
normalizer: it runs the normalizer and checks what the brief promises.
"""

from textmend import Normalizer, apply_edits
from textmend.edits import check_edits


def alnum(s: str) -> str:
    return "".join(ch for ch in s if ch.isalnum())


def check_contract(normalizer: Normalizer, text: str) -> str:
    """Run ``normalizer`` on ``text``, assert the contract, return the output."""
    edits = normalizer.find_edits(text)  # totality: must not raise
    check_edits(text, edits)  # sorted, disjoint, honest about the old text
    out = apply_edits(text, edits)
    assert out == normalizer(text)
    for e in edits:
        assert e.normalizer == normalizer.name and e.reason
        assert e.old != e.new
        if not normalizer.removes_content:
            assert alnum(e.old) == alnum(e.new), f"{normalizer.name} changed letters: {e}"
    assert out.count("\n") == text.count("\n"), "line structure changed"
    again = normalizer.find_edits(out)
    assert again == [], f"{normalizer.name} is not idempotent: {again}"
    return out


def assert_kept(text: str, reason: str, lang: str = "en") -> None:
    """Assert that the default pipeline leaves ``text`` as it is, saying ``reason`` if not."""
    import textmend

    assert textmend.clean(text, lang=lang) == text, reason


def assert_repaired(damaged: str, repaired: str, reason: str, lang: str = "en") -> None:
    """Assert that the default pipeline turns ``damaged`` into ``repaired``, saying ``reason`` if not."""
    import textmend

    assert textmend.clean(damaged, lang=lang) == repaired, reason
