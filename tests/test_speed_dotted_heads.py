"""The dotted-head scans found from the dot (issue 16, branch speed29; docs/benchmarks.md, "The
floor of clean()'s design").

``TextFacts``' dotted heads (``reflect.Value``) and spaced heads (``reflect. The``) were found
by patterns that open with the word, tried at every character of the text. They are now found
from the dot, with the word read by a look-behind. ``findall`` must give exactly the list the
patterns that open with the word give, so every stage that reads a text's qualifiers and
dotted heads judges as before. Both forms are compared here on generated text and on shapes
written for the purpose.
"""

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from textmend import analysis
from textmend.analysis import TextFacts

# The patterns as they were before speed29, opening with the word: the reference.
WORD_FIRST_DOTTED = regex.compile(
    r"(?<![\p{L}\p{N}\p{M}._])(\p{Ll}[\p{Ll}\p{N}_]*)\.(\p{Lu}[\p{L}\p{N}_]*)(?![\p{L}\p{N}\p{M}_]|\.[\p{L}\p{N}])"
)
WORD_FIRST_SPACED = regex.compile(r"(?<![\p{L}\p{N}\p{M}._])(\p{Ll}[\p{Ll}\p{N}_]*)\.[ \t]+\p{Lu}")

# Lower and upper case (ASCII and not), digits, the underscore, a combining mark, the dot,
# spaces, a line break and marks that stand next to a dot in code and prose.
ALPHABET = "abzéßXYÉΣσ19_\u0301.. \t\n()\"'-,"

SHAPES = [
    "Use a reflect.Value or reflect.Type here. Then stop.Now",
    "image.Color image.RGBA image.Rectangle, and io.Reader; os.File.",
    "a.b.Name 1.5Gb x.Y.z foo_bar.Baz2 f1.X (image.ColorModel) said.The end. Next",
    "fooBar.Baz reflect.Value\u0301 reflect.Valueé. x. Y x.\tY x.  Y x.\nY",
    ".Start a.B.C a.B. c.D _x.Y x_.Y é.É σ.Σ",
    "word.A.b.C word..X word.X.1 word.X.y",
    "a.Bc.De f.Gh. i.J",
]


def _both(text: str) -> None:
    assert analysis._DOTTED_HEAD.findall(text) == WORD_FIRST_DOTTED.findall(text)
    assert analysis._SPACED_HEAD.findall(text) == WORD_FIRST_SPACED.findall(text)


def test_written_shapes():
    for text in SHAPES:
        _both(text)
    # And they find something: the comparison is not of two empty lists.
    assert analysis._DOTTED_HEAD.findall(SHAPES[0]) == [("reflect", "Value"), ("reflect", "Type"), ("stop", "Now")]
    assert analysis._SPACED_HEAD.findall(SHAPES[0]) == ["here"]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_generated_text(text):
    _both(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["io", "x1", "a_b", "Io", "é", ".", ". ", ".\t", "Reader", "RGBA", "Σx", " ", "\u0301", "(", "_"]), max_size=20))
def test_generated_tokens(parts):
    _both("".join(parts))


def test_the_facts_read_from_the_scans():
    facts = TextFacts("a.Xy b.Zz " + " ".join(f"{p}.One {p}.Two" for p in ("io", "os", "fmt")) + " io. Then")
    assert sorted(facts.qualifiers(frozenset())) == ["fmt", "io", "os"]
    assert facts.dotted_heads()["io"] == (frozenset({"One", "Two"}), 2, 1)
