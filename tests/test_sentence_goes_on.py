"""The sentence-goes-on test of ``punctuation``: one name, one pattern (branch ``tidy26``).

``punctuation.py`` once bound ``_SENTENCE_GOES_ON`` twice: first to a pattern that also let a
comma or an apostrophe come before the lower-case word (``Works, which``), then, further down,
to the one that always won at run time (spaces or tabs, then a lower-case letter).  Both the
dotted-name check (``_joined_name``) and the address check (``_capitalized_domain``'s caller) ran
with the second.  Restoring the first changed no output on the dev texts or any audit corpus,
but it reads a name's appositive comma as its sentence running on and spaces the name's dot:
the cases below are where the two patterns disagree, and each fails if the comma-taking
pattern comes back under the name the code asks.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import textmend
from textmend.normalizers import punctuation

# (text, reason): the two patterns disagree after the name; the text must stay as it is.
KEPT_BEFORE_A_COMMA = [
    ("He founded FastCo.Works, which sells shoes.", "a CamelCase brand the lexicon lacks, then an appositive clause"),
    ("Share on Mail.Ru, then leave.", "a service named by its address, then a comma and the sentence's next clause"),
    ("Read it in the Portland Daily.Com, a free paper.", "a domain word after a capitalized word, then an apposition"),
    ("We bought the FastCo.Works’ shoes.", "the brand's plural possessive: an apostrophe, not a new sentence"),
]


@pytest.mark.parametrize("text, reason", KEPT_BEFORE_A_COMMA, ids=[r for _, r in KEPT_BEFORE_A_COMMA])
def test_a_comma_after_a_name_does_not_carry_a_sentence_on(text: str, reason: str) -> None:
    assert textmend.clean(text) == text, reason


# (text, expected, reason): a lower-case word right after the name still says a sentence runs on,
# so a rule that ignored the test altogether would fail here.
SPACED_BEFORE_A_LOWER_WORD = [
    (
        "Sales rose in London.Net income fell by half.",
        "Sales rose in London. Net income fell by half.",
        "a domain word, but a lower-case word carries the sentence on after it",
    ),
]


@pytest.mark.parametrize("text, expected, reason", SPACED_BEFORE_A_LOWER_WORD, ids=[r for *_, r in SPACED_BEFORE_A_LOWER_WORD])
def test_a_lower_case_word_after_the_name_still_spaces_the_dot(text: str, expected: str, reason: str) -> None:
    assert textmend.clean(text) == expected, reason


# (text after the name, whether the sentence goes on, reason): the pattern itself.
PATTERN_CASES = [
    (" income fell", True, "a space, then a lower-case word"),
    ("\tincome", True, "a tab counts as a space"),
    (", which sells", False, "a comma first: an apposition or a list, not the sentence going on"),
    ("’ shoes", False, "an apostrophe first: a possessive"),
    (" Studio", False, "a capitalized word: the name may go on"),
]


@pytest.mark.parametrize("after, goes_on, reason", PATTERN_CASES, ids=[r for *_, r in PATTERN_CASES])
def test_the_pattern(after: str, goes_on: bool, reason: str) -> None:
    text = "Works" + after
    assert (punctuation._SENTENCE_GOES_ON.match(text, len("Works")) is not None) is goes_on, reason


@pytest.mark.parametrize(
    "module", sorted(Path(textmend.__file__).parent.rglob("*.py")), ids=lambda p: p.name
)
def test_each_module_binds_each_module_name_once(module: Path) -> None:
    """A second binding silently replaces the first for every user in the module, the ones
    written for the first included (punctuation's ``_SENTENCE_GOES_ON``, fused's
    ``_NEXT_WORD``); a module-level name is bound once."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    seen: dict[str, int] = {}
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        names = [t.id for t in targets if isinstance(t, ast.Name)]
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        for name in names:
            assert name not in seen, f"{name} bound at lines {seen[name]} and {node.lineno}"
            seen[name] = node.lineno
