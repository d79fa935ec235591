"""Two tune harms of inserted closes, gated (issue 14, branch ``quotes22``).

The texts are written for these tests, in the shapes the tune material showed (none copied from a page).

- A reporting clause inside a double quotation that nests its own quotations in single marks: right
  after a single quotation's close (``stating "'The web was built by us,' he said [...]``) it
  attributes that nested quotation; and a clause whose sentence goes on to introduce one (``…
  In addition, the chief officer posted a note saying that 'fraud will not be tolerated,' and …``) is
  still inside the double quotation.  Either way the double quotation does not end before the clause.
  A word the writer sets off in single marks (``calling the polls 'hype'``) is no nested speech: the
  close is still made.
- Speech its attribution introduces (``…, said, “Good news! As long as …, she said, “this is``), run
  on past a sentence's end to a short clause naming a speaker before the next quotation: the
  clause-before-the-next-quotation reading now asks what the reporting-clause reading asks
  (``reattributed_far``), so the speech is not closed sentences after its own attribution.
- Two apostrophes standing where a close stands, left as they are by the doubled-single reading
  (after a digit they may be inches: ``"Version 2.0'' tools``): the writer's own close, or inches;
  either way a close of ours at the paragraph's end stands on weak evidence (as quotes21's ``″``).

Each kept text must come back byte for byte (each fails on main ``c6bbbed``); each repaired text must
still get its close.
"""

from __future__ import annotations

import pytest

import textmend

_PROSE = "The meeting ended an hour late, and most of the delegates left for the airport at once."

KEPT = [
    pytest.param(
        "At the awards, the host joked about the studios, stating \"'The web was built by our industry,' he said [...] "
        "And if it were not for the web, he added, 'you would all be out of work.' The audience roared with laughter.",
        id="a clause after a nested single quotation's close",
    ),
    pytest.param(
        "Jane Roe writes \"The two owners of the exchange have pleaded guilty to fraud. They face years in prison. "
        "In addition, the chief officer posted a note yesterday saying that 'fraud will not be tolerated,' and "
        "promising to close the loopholes.",
        id="a clause whose sentence introduces a nested single quotation",
    ),
    pytest.param(
        "When the price was cut, Dr. Ann Lee, a professor who has studied the vaccine, said, \u201cGood news! As long as "
        "there is enough vaccine for the poor countries, she said, \u201cthis is a win for families.\u201d",
        id="speech its attribution introduced, run past a sentence to a speaker's clause",
    ),
    pytest.param(
        "The panel met in Tokyo.\n\nSession 4:\n\n* Keynote: \"Version 2.0'' tools and open registries: what next?\n\n" + _PROSE,
        id="two apostrophes close the quotation after a number",
    ),
    pytest.param(
        "He told the board: \"We ordered a 27'' screen for the front desk and it arrived broken.\n\n" + _PROSE,
        id="inches in two apostrophes inside speech: weak evidence, left",
    ),
]


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert textmend.clean(text) == text


# (the text with its close lost, the text as written): the gates leave these repairs alone.
REPAIRED = [
    pytest.param(
        "\u201cWe will win this race, he said, calling the polls 'hype' and leaving.",
        "\u201cWe will win this race,\u201d he said, calling the polls 'hype' and leaving.",
        id="a word in single marks is no nested speech",
    ),
    pytest.param(
        "\u201cWe will win this race, he said. Critics called it 'hype' the next day.",
        "\u201cWe will win this race,\u201d he said. Critics called it 'hype' the next day.",
        id="single marks in a later sentence",
    ),
    pytest.param(
        "At the awards, the host said \"the web was built by our industry, he said, and the audience laughed.",
        "At the awards, the host said \"the web was built by our industry,\" he said, and the audience laughed.",
        id="no nested quotation: closed before the clause",
    ),
    pytest.param(
        "\u201cOh, really? Yes, he assures himself. \u201cI did not sweat at the time.\u201d",
        "\u201cOh, really? Yes,\u201d he assures himself. \u201cI did not sweat at the time.\u201d",
        id="a speaker's clause after speech nothing introduced",
    ),
    pytest.param(
        "He told the board: \u201cWe ordered new screens for the front desk and they arrived broken.\n\n" + _PROSE,
        "He told the board: \u201cWe ordered new screens for the front desk and they arrived broken.\u201d\n\n" + _PROSE,
        id="no apostrophes: closed at its end",
    ),
    pytest.param(
        "\u201cWe will win this race, he said. ``It is ours,'' she added.",
        "\u201cWe will win this race,\u201d he said. \u201cIt is ours,\u201d she added.",
        id="two apostrophes closing a doubled opening are another quotation's",
    ),
    pytest.param(
        "\"We will win this race, he said. ''It is ours,'' she added.",
        "\"We will win this race,\" he said. \"It is ours,\" she added.",
        id="two apostrophes closing doubled apostrophes are another quotation's",
    ),
]


@pytest.mark.parametrize("damaged, written", REPAIRED)
def test_repaired(damaged: str, written: str) -> None:
    assert textmend.clean(damaged) == written
