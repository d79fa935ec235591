"""Precision on the kinds the thirty-fourth fresh corpus's tune half found (issue 13, branch ``fresh34``).

That corpus (the eighth with residue 7 of Horde_Feed's saved blog and news posts) was judged blind
at 92.8%; four of its tune kinds were configuration and commands read as prose, each fixed by the
shape's evidence in the text, not by its strings:

* ``quotes``: a sentence-ending sign right after a mark typed with a space before it is read as a
  close spaced off its word (``it was over ".``); a sign that ends a sentence is followed by a
  space, the end or more closing signs, so with no quotation open before the mark, one glued to a
  letter, digit or symbol starts a token (a negated pattern ``"!^(?:GET)$"``, a name opening on a
  dot ``".NET``) and the mark opens it;
* ``punctuation``: a colon glued before an address inside a value quoted whole
  (``"proxy:http://host/"``) is the value's syntax, as the glued comma of ``"GET,PUT"`` already was;
* ``punctuation``: a markup element written out as text, its opening and closing tags both there
  (``<Limit GET> … Order deny,allow … </Limit>``), is a configuration file's sample: its glued
  marks are typed as the file needs them;
* ``repeats``: a pair right after a program run from a directory (``./configure make make
  install``) is a build's steps joined onto one line, each copy a command.

The texts are written for the test (none is copied from the corpus); beside them stand texts of the
same shapes that must still be repaired: a close typed with a space before a stop and a space, an
address glued after a colon in prose, a glued comma in prose (and after a closing tag with no
opening one), a stammer in prose.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            'Reject the rest:\nSecRule ARGS:id "!^[0-9]+$" "phase:2,deny,log"\nReload the server.',
            "a negated pattern quoted after a rule's target: the mark opens it",
        ),
        (
            'The history is told elsewhere (see ".NET Grows Up," 2009-03-02), so we skip it.',
            "a title opening on a name that begins with a dot",
        ),
        (
            'The action may be "deny", "pass" or "proxy:http://backend.local/", as the site needs.',
            "a colon before an address inside a value quoted whole",
        ),
        (
            "Add this to the file:\n\n<Limit GET POST>\nOrder deny,allow\nDeny from all\n</Limit>\n\nThen restart.",
            "a glued comma inside a configuration sample, tag to closing tag",
        ),
        (
            "Add this: <Limit GET POST> Order deny,allow Deny from all </Limit > and restart.",
            "the same sample joined onto one line by an extractor",
        ),
        (
            "From the checkout the steps are: ./configure make make install",
            "a build's steps joined onto one line after a program run from a directory",
        ),
    ],
)
def test_configuration_and_commands_are_kept(text: str, reason: str) -> None:
    assert_kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            'He told us the match was over ". Then he left.',
            'He told us the match was over". Then he left.',
            "a close typed with a space, a stop and a space after it",
        ),
        (
            'It was "wonderful "! She smiled.',
            'It was "wonderful"! She smiled.',
            "a space just inside a quotation before its sign",
        ),
        (
            "For the schedule, visit:http://www.example.org/ today.",
            "For the schedule, visit: http://www.example.org/ today.",
            "an address glued after a colon in prose",
        ),
        (
            "They served tea,coffee and cake.",
            "They served tea, coffee and cake.",
            "a glued comma in prose",
        ),
        (
            "They served tea,coffee and cake.</p>",
            "They served tea, coffee and cake.</p>",
            "a closing tag with no opening tag before it is no sample",
        ),
        (
            "We drove to the the coast and back.",
            "We drove to the coast and back.",
            "a stammer in prose",
        ),
    ],
)
def test_the_same_shapes_are_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason)
