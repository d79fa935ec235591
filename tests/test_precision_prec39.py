"""The damage kinds left after prec38 (issue 13, branch ``prec39``).

Every edit judged damage that main still made, over every verdict file, grouped by kind (the
docs section of the same name); code inside prose and identifiers split at an inner capital are
``code37``'s, rare real words split in two ``morph39``'s.  Of the kinds left here, one had
evidence in the text priced at zero correct judged edits:

- a paragraph that is one quotation left open, holding a question or an exclamation with more
  words after it (fresh30 tune: a link's title that asks, then its file type and date): the close
  may belong after the ``?`` as well as at the line's end, so ``quotes`` inserts none;
- a tag written closed on a line a tag label opens (fresh28 and fresh29 tune: ``Tags: ...
  itconversations``): a tag is spelt as its site spells it, so ``fused`` does not split it at
  the default.

The texts are written for the test (none is copied from a corpus); beside them stand texts of
the same shape that must still be repaired.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired

LIST = "Further reading\nWill the euro survive? 15 July 2004\n{}\nA second report on the enlargement talks, May 2004"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            LIST.format('"Europe and its neighbours: a wider union? (.pdf) June 2004'),
            "a link title that asks, its file type and date after it: the close may belong after the '?'",
        ),
        (
            LIST.format('"Stop the cuts now! a leaflet (.pdf) June 2004'),
            "the same after an exclamation",
        ),
        (
            'The minister spoke at length.\n\n"Who will pay? Nobody knows yet\n\nThe figures published on Monday show a rise.',
            "a quoted line asking, then more words: the quotation may end at the question",
        ),
    ],
)
def test_kept(text: str, reason: str) -> None:
    assert_kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            LIST.format('"Europe and its neighbours: a wider union (.pdf) June 2004'),
            LIST.format('"Europe and its neighbours: a wider union (.pdf) June 2004"'),
            "the same line without a question: closed at its end as before",
        ),
        (
            'The minister spoke at length.\n\n"Who will pay for the schools\n\nThe figures published on Monday show a rise.',
            'The minister spoke at length.\n\n"Who will pay for the schools"\n\nThe figures published on Monday show a rise.',
            "a quoted heading without a question inside: closed",
        ),
        (
            'The minister spoke at length.\n\n"Dr. Jones and the missing report\n\nThe figures published on Monday show a rise.',
            'The minister spoke at length.\n\n"Dr. Jones and the missing report"\n\nThe figures published on Monday show a rise.',
            "a full stop inside (an abbreviation) is no question: closed",
        ),
    ],
)
def test_repaired(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "We listened to the podcast.\nTags: open+source politics itconversations\n",
            "a tag on a line 'Tags:' opens: spelt as the site spells it",
        ),
        (
            "Dig the beds in spring.\n  * Filed under: gardentools, weekend\n",
            "the same after another label, a bullet and indentation before it",
        ),
    ],
)
def test_tag_kept(text: str, reason: str) -> None:
    assert_kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "Dig the beds in spring with the right gardentools and patience.\n",
            "Dig the beds in spring with the right garden tools and patience.\n",
            "the same token in running prose: split as before",
        ),
        (
            "Dig the beds in spring.\nNote: gardentools must be cleaned after use.\n",
            "Dig the beds in spring.\nNote: garden tools must be cleaned after use.\n",
            "a label that is no tag label: split",
        ),
        (
            "Tags are useful: gardentools sell well in spring.\n",
            "Tags are useful: garden tools sell well in spring.\n",
            "more than the label before the colon: a sentence, split",
        ),
    ],
)
def test_tag_line_repaired(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason)
