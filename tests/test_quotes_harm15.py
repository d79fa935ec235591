"""Dropped closing marks: harms read on more tune material (issue 14, branch quotes15).

Each damaged line is a real line of a tune corpus (fresh 18's and 19's tune pages) with its closing
mark lost, as ``benchmarks.quotes_extracted`` drops it; the close the "quoted elsewhere" rule put
there stood in the wrong place.  Beside each stands a twin that must still be repaired, so a rule
that ignores the evidence, or drops the repair altogether, fails.
"""

import pytest

import textmend

# (damaged line, why it is left) -- the line is left exactly as it is.
LEFT = [
    (
        # fresh 18 (a blog on a browser's menus): the menu's other item is a longer title,
        # `Copy Clean Link to Highlight`; the shorter one quoted elsewhere does not say it ends.
        "Why am I shown “Copy Clean Link” if there is no clean link (or the link is already clean)? "
        "The same goes for “Copy Clean Link to Highlight. Why can’t I make it so it always defaults to the link?",
        "a title-cased phrase goes on with a word title case leaves lower-case and a capital",
    ),
    (
        "Her band played “Songs of the Sea” at noon and “Songs of the Sea and Sky later, to a full hall.",
        "the same reading with `and` between the title's words",
    ),
    (
        # fresh 19 (jQuery's documentation, three renderings of the line): the quotation in the
        # comment quotes the code's log message, and `"eventName"` elsewhere is a string's value.
        '$foo.trigger( "eventName"); // Logs "eventName was called',
        "a quotation in a // comment after code that writes a string on the same line",
    ),
    (
        '$foo.triggerHandler( "eventName" ); // Also logs "eventName was called',
        "the same with the padded call of another rendering",
    ),
]


@pytest.mark.parametrize("line, why", LEFT, ids=[why for _, why in LEFT])
def test_a_close_the_phrase_quoted_elsewhere_cannot_place_is_not_inserted(line: str, why: str) -> None:
    assert textmend.clean(line) == line, why


# (damaged line, the repaired line, why it is still repaired)
REPAIRED = [
    (
        "Why am I shown “Copy Clean Link” if there is no clean link? The same goes for “Copy Clean Link in the other menu. Why?",
        "Why am I shown “Copy Clean Link” if there is no clean link? The same goes for “Copy Clean Link” in the other menu. Why?",
        "after the title, a lower-case word and another lower-case word: the writer's sentence",
    ),
    (
        "The “Wild Rose soundtrack is out, and “Wild Rose” is on DVD.",
        "The “Wild Rose” soundtrack is out, and “Wild Rose” is on DVD.",
        "a title followed by a lower-case noun still closes where the text closes it elsewhere",
    ),
    (
        # the old split's tune pages (spektrum.de, German, read with --typographic): German capitalises
        # every noun, so `Deutschen Sprachpreis an Josef` is no English title going on
        "Heike Schmoll ist Vorstandsmitglied der “Henning-Kaufmann-Stiftung zur Pflege der Reinheit der deutschen "
        "Sprache”, die erst vor kurzem ihren “Deutschen Sprachpreis an Josef Kraus verliehen hat. Der “Deutschen Sprachpreis” ist alt.",
        "Heike Schmoll ist Vorstandsmitglied der “Henning-Kaufmann-Stiftung zur Pflege der Reinheit der deutschen "
        "Sprache”, die erst vor kurzem ihren “Deutschen Sprachpreis” an Josef Kraus verliehen hat. Der “Deutschen Sprachpreis” ist alt.",
        "title case is English: in a German paragraph the phrase quoted elsewhere closes as before",
    ),
    (
        'Should .trigger( "eventName" ) be used, it will search for an "eventName property on the object and run it.',
        'Should .trigger( "eventName" ) be used, it will search for an "eventName" property on the object and run it.',
        "the same page's prose (no comment marker before the mark) is still closed",
    ),
]


@pytest.mark.parametrize("line, repaired, why", REPAIRED, ids=[why for *_, why in REPAIRED])
def test_the_twins_are_still_closed(line: str, repaired: str, why: str) -> None:
    assert textmend.clean(line) == repaired, why
