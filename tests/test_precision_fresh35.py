"""Precision on the kinds the thirty-fifth fresh corpus's tune half found (issue 13, branch ``fresh35``).

That corpus (Planet Debian's posts of 2017 as feed2exec's tests saved them: developers' prose
around commands and code) was judged blind at 91.6%; two of its tune kinds were fixed by the
shape's evidence in the text, not by its strings:

* ``quotes`` glues a detached ``’s`` back onto the word before it (``Trump ’s``).  An ``s`` glued
  to an operator of code is no clitic: ``sed -e 's/^.*=//'`` opens a quoted substitution, and
  English follows ``’s`` with a space or a mark that ends a word, never ``/``, ``|``, ``=``...;
* ``repeats`` removes a doubled word.  When a command's argument follows the second copy one space
  on (an address ``root@host``, an option ``-v``, a path ``/etc``) and the word is no function
  word, the prose named a program and the command line after it (a line break an extractor lost)
  runs it: ``log in with ssh`` / ``ssh root@192.168.1.10``.

The texts are written for the test (none is copied from the corpus); beside them stand texts of the
same shapes that must still be repaired: a possessive detached by a stray space before a space or a
stop, a doubled function word before an address or a path, a doubled word before prose.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Strip the prefix with this:\n\ncat list.txt | sed -e 's/^id=//' > ids.txt\n\nThen sort it.",
            "a sed substitution quoted after its option",
        ),
        (
            "Or in one go: sed 's/old/new/g' notes.txt",
            "a sed substitution quoted after the command",
        ),
        (
            "Swap the fields: perl -pe 's|:|,|g' data.csv",
            "a perl substitution with another delimiter",
        ),
        (
            "Make sure you can log in with ssh ssh admin@10.0.0.7\nYou should see a prompt.",
            "a command run after the prose that names it (an address follows)",
        ),
        (
            "Then check the version with rsync rsync --version\nand go on.",
            "a command run after the prose that names it (an option follows)",
        ),
    ],
)
def test_code_after_prose_is_kept(text: str, reason: str) -> None:
    assert_kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "The minister 's speech was short.",
            "The minister's speech was short.",
            "a possessive detached by a stray space, a space after it",
        ),
        (
            "It was the company 's.",
            "It was the company's.",
            "a possessive detached by a stray space, a stop after it",
        ),
        (
            "Please write to to anna@example.org before Friday.",
            "Please write to anna@example.org before Friday.",
            "a doubled function word before an address is a slip",
        ),
        (
            "The file is is /etc/hosts on most systems.",
            "The file is /etc/hosts on most systems.",
            "a doubled function word before a path is a slip",
        ),
        (
            "We went to the the market early.",
            "We went to the market early.",
            "a doubled word before prose",
        ),
    ],
)
def test_the_same_shapes_are_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason)
