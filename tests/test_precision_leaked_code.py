"""Precision on leaked script and style text (issue 13, branch ``prec13``).

Extractors keep the text of ``<script>`` and ``<style>`` elements and of inline ``style``
attributes: CSS declarations, jQuery calls, minified JavaScript.  Every edit there is at best
neutral (``no-repeat center center`` made ``no-repeat center``, ``overflow:hidden`` made
``overflow: hidden``), so each normalizer whose job is prose asks the shared analysis whether
a line reads as code (:func:`textmend.analysis.code_line`, one answer per line) and leaves
such a line alone.  The lines were written for the test; beside them stand prose lines with a
colon or a semicolon, and slips in prose next to code, that must still read as prose and
still be repaired.
"""

from __future__ import annotations

import pytest

import textmend
from textmend.analysis import code_line

# A paragraph of prose around each leaked line: the repairs need a passage in the language.
PROSE = (
    "The council met on Tuesday evening to discuss the budget for the coming year, "
    "and the members agreed that the library would stay open.\n"
)

# Leaked lines that must read as code, each with the mark that says so.
CODE_LINES = [
    # a style attribute's declarations written tight, one after another
    ('<iframe style="border:none; overflow:hidden; width:90px;"></iframe>', "tight CSS declarations"),
    # the same inside a jQuery call, on a line ending in a carriage return, with prose in a string
    (
        "$('div.share').append('<span title=\"Share this story with your friends and family\">"
        "<i style=\"border:none; overflow:hidden\"></i></span>')\r",
        "a call on a call's result",
    ),
    ("jQuery('#tip').css('margin-top', '21px')", "a call on a call's result"),
    ("!function(d,s,id)", "an anonymous function"),
    ("var trackingParam='abc',count=0", "a tight var declaration"),
    ("siteName='example';\r", "a statement's semicolon before a carriage return"),
]

# Prose lines with the punctuation code uses, which must stay prose.
PROSE_LINES = [
    ("Note: the vote was close; critics: many.", "spaced colons are prose"),
    ("At 10:30; then at 11:00; we left the hall.", "times: digits before the colon"),
    ("Rule one: be kind; two: be fair; three: be brief.", "a list of spaced labels"),
    ("The function (f) grows, as the text (see above).", "brackets without a call on a call"),
    ("Han var hemma hela dagen, sa hon.", "Swedish 'var' is a word, not a declaration"),
    ("Die Werbung betreibt unter den Domains <a href=\"http://example.at\">example.at</a> ihre Seiten.",
     "prose with a leaked link tag keeps its repairs"),
]


@pytest.mark.parametrize(("line", "why"), CODE_LINES)
def test_leaked_script_and_style_lines_read_as_code(line: str, why: str) -> None:
    assert code_line(line, 0, len(line)), why


@pytest.mark.parametrize(("line", "why"), PROSE_LINES)
def test_prose_with_colons_and_semicolons_reads_as_prose(line: str, why: str) -> None:
    assert not code_line(line, 0, len(line)), why


def test_a_css_rule_keeps_its_doubled_keyword() -> None:
    # Without the code answer, repeats removes the second "center" (the same position in CSS, but an edit of code).
    css = (
        "#main-story .widget { width: 480px; height: 320px; font-size: 14px; text-align: left; "
        "background:url(http://example.com/img/loader.gif) no-repeat center center; }\n"
    )
    text = PROSE + css + PROSE
    assert textmend.clean(text) == text


def test_a_style_attribute_in_leaked_script_keeps_its_tight_colons() -> None:
    # Without the code answer, punctuation spaces "overflow:hidden" as if it were prose.
    script = (
        "$('div.share-bar').append('<span class=\"tip\" title=\"Share this story with your friends and "
        "family on the social network of your choice\"><iframe style=\"border:none; overflow:hidden; "
        "width:90px; height:20px;\"></iframe></span>')\n"
    )
    text = PROSE + script + PROSE
    assert textmend.clean(text) == text


def test_a_doubled_word_in_prose_beside_code_is_still_removed() -> None:
    css = "#main-story .widget { background:url(http://example.com/img/loader.gif) no-repeat center center; }\n"
    text = PROSE + css + "He said the the vote was close; critics disagreed with the result.\n"
    cleaned = textmend.clean(text)
    assert "He said the vote was close;" in cleaned
    assert "no-repeat center center;" in cleaned


def test_a_missing_space_after_a_colon_in_prose_is_still_repaired() -> None:
    text = PROSE + "Note:the vote was close; critics disagreed with the result.\n"
    assert "Note: the vote was close;" in textmend.clean(text)


def test_a_doubled_word_on_a_short_indented_line_is_still_removed() -> None:
    # Extractors indent short lines of prose; indentation without a run of prose reads as a code
    # block's for fused, but a double there is a slip all the same.
    line = "            Chosen by by Our Readers"
    assert code_line(line, 0, len(line))  # the indentation rule fused keeps
    text = PROSE + "\n" + line + "\n\n" + PROSE
    assert "Chosen by Our Readers" in textmend.clean(text)
