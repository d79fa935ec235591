"""Precision on the kinds the thirty-second fresh corpus's tune half found (issue 13, branch ``fresh32``).

That corpus (the eighth with residue 5 of Horde_Feed's saved blog and news posts) was judged blind
at 97.7%; two of its tune kinds were ``punctuation``'s, each fixed by the shape's evidence in the
text, not by its strings:

* a dot spaced off the word before it at the end of a shell command's line is the command's last
  argument (the current directory: ``ln -s … libplugin.so .``), not a full stop an extractor
  pushed off its word.  The line is a command's when it opens on a lower-case command word (after
  a prompt, if any) and holds an option standing alone (``-s``, ``--force``), or holds only the
  arguments of such a line just before it that did not end;
* a text that writes two ``?`` glued between two lower-case letters (``his??flat``) shows a charset
  that lost characters as ``?``; there a spaced ``?`` is such a lost character too (a separator in
  a title), not a question mark a stray space pushed off its word.  The text already counted so
  when a ``?`` opened a line before a symbol or ran before a full stop.

The texts are written for the test (none is copied from the corpus); beside them stand texts of the
same shapes that must still be repaired: a path in prose (no command), a spaced full stop at a
line's end after prose, a line opening on a capital, a question in a text with no lost characters,
and a single ``?`` glued between words (a question run on).
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Then link the library into the plugins folder:\nln -s /opt/tools/lib/libviewer.so .\nRestart the browser.",
            "the current directory as ln's last argument",
        ),
        (
            "Build the image from the checkout:\n\ndocker build -t webshop .\n\nIt takes a minute.",
            "the build context of a command with an option",
        ),
        (
            "As root:\n$ cp -r /srv/backup/config .\nThat is all.",
            "a command after a prompt",
        ),
        (
            "Link it by hand:\nln -s /usr/local/jdk/bin⇢\n  /jre/lib/libconsole.so .\nNow start it.",
            "the arguments of a command the line before began and did not end",
        ),
        (
            "Sunny Flat Finder ? Book Your Stay\n\nThe owner of the??house??said the pipes froze twice.",
            "a lost separator in a text that writes lost characters as '??' between letters",
        ),
    ],
)
def test_a_command_argument_or_a_lost_character_is_kept(text: str, reason: str) -> None:
    assert_kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "Several paths may be given, as /usr/local/bin:/home/anna/bin . Do not add the current one.",
            "Several paths may be given, as /usr/local/bin:/home/anna/bin. Do not add the current one.",
            "a path in prose, no command: an extractor's space before the stop",
        ),
        (
            "We walked along the river for an hour .\nThen it rained.",
            "We walked along the river for an hour.\nThen it rained.",
            "a line of prose ending in a spaced full stop",
        ),
        (
            "Use the flag -v to see more .\nThat helps.",
            "Use the flag -v to see more.\nThat helps.",
            "a line opening on a capital is no command",
        ),
        (
            "First run:\nln -s /opt/app/current\nthen we waited for the deploy to finish .",
            "First run:\nln -s /opt/app/current\nthen we waited for the deploy to finish.",
            "a line of prose after a command's line: more than its arguments",
        ),
        (
            "Is this the right house ? The owner said so.",
            "Is this the right house? The owner said so.",
            "a question in a text with no lost characters",
        ),
        (
            "Is this the right house ? The owner was sure?she said it twice.",
            "Is this the right house? The owner was sure? she said it twice.",
            "one '?' glued between two words is a question run on, no lost character",
        ),
    ],
)
def test_the_same_shapes_are_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason)
