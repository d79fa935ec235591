"""punctuation's counts of a glued pair (issue 16, branch speed24): linear on one long line.

Whether the text writes a pair glued by a colon or dot twice (``Next:Economy``,
``hash.Hash``) was a search of the whole text at every such mark: on one long line
of glued capitalized colons ten times the input took 50-60 times the time, and on a
line of distinct ``abc.Def`` pairs 135 times.  The counts now come from the windows
around the text's marks; they are compared here with the plain searches they replace
(the specification), on short texts dense in overlaps, and their growth is checked.
"""

from __future__ import annotations

import random
import string

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from textmend.normalizers import punctuation

_PIECES = ["A", "a", "b", "B", "Ab", "aB", ":", ".", " ", "é", "\u0301", "1", "日", "..", "A:A", "a.B"]


@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join), st.sampled_from(["A", "Ab", "a", "aB", "A:A"]),
       st.sampled_from(["A", "B", "b", "Ab", "aB"]), st.sampled_from(":."))
@example("A:A:A:A", "A", "A", ":")  # overlapping occurrences: str.count counts two, not three
@example("A:A:A", "A", "A", ":")  # ...and one here, though two colons have the window
@example("a.B.a.B", "a", "B", ".")
def test_written_twice_is_the_plain_count(text: str, left: str, right: str, mark: str) -> None:
    ctx = punctuation._Context(text)
    assert ctx.written_twice(left, mark, right) == (text.count(f"{left}{mark}{right}") >= 2)


_PLAIN_DOTTED = r"(?<![\p{Lu}\p{Ll}\p{Lt}\p{N}\p{M}.])%s\.%s(?![\p{Lu}\p{Ll}\p{Lt}\p{N}\p{M}])"


@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join), st.sampled_from(["a", "ab", "Ab", "aB", "a.B"]),
       st.sampled_from(["B", "Ab", "aB", "B.a"]))
@example("a.B a.B", "a", "B")
@example("xa.B a.Bé a.B\u0301 .a.B 日a.B", "a", "B")  # cased or marked neighbours, a dot before, another script
@example("a.B.a.B.a.B", "a.B", "a")  # a pair holding the dot itself
def test_dotted_pair_count_is_the_plain_search(text: str, head: str, tail: str) -> None:
    # Each question on a fresh context and on one that answered others first (the windows are shared).
    plain = len(regex.findall(_PLAIN_DOTTED % (regex.escape(head), regex.escape(tail)), text))
    assert punctuation._Context(text).dotted_pair_count(head, tail) == plain
    shared = punctuation._Context(text)
    for other in ("a", "ab", "B"):
        shared.dotted_pair_count(other, tail)
    assert shared.dotted_pair_count(head, tail) == plain


def _api_text(n: int) -> str:
    """One line: a text about an API (three words qualifying two names each, so every other
    ``lower.Capital`` pair is counted), ``n`` distinct such pairs of random words, and prose
    with no mark, a hundred words a pair: each count searched the whole line."""
    rng = random.Random(0)

    def word() -> str:
        return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 7)))

    pairs = "".join(f"{word()}.{word().capitalize()} " for _ in range(n))
    return "os.Getenv os.Chdir io.Pipe io.Copy fmt.Sprintf fmt.Errorf " + pairs + "and so on " * (n * 100)


@pytest.mark.parametrize(
    ("build", "n"),
    [
        (lambda n: "Gard:Alpha " * n, 1_000),  # one line of the same capitalized pair glued by a colon
        (lambda n: "Foo:Bar Baz:Qux " * n, 500),  # two pairs
        (lambda n: "Foo.Bar " * n, 1_000),  # a dot
        (_api_text, 100),  # distinct lower.Capital pairs, a count each (old: 28 ms -> 670 ms)
    ],
    ids=["same-colon", "two-colons", "same-dot", "distinct-dots"],
)
def test_glued_pairs_on_one_line_take_linear_time(build, n: int) -> None:
    from growth import assert_grows_linearly

    assert_grows_linearly(punctuation.PunctuationSpacing().find_edits, build(n), build(10 * n))
