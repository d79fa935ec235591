"""Dropped closing marks: harms read on the fresh tune corpora 17 and 19 (issue 14, branch quotes14).

Each damaged line is a real line of the tune corpora (jQuery's, Go 1's and nokogiri's pages, two
Wikipedia reference lists) with its closing mark lost, as ``benchmarks.quotes_extracted`` drops it.
Beside each stands a twin that must still be repaired, so a rule that ignores the evidence, or
drops the repair altogether, fails.
"""

import textmend


def test_a_phrase_quoted_elsewhere_is_not_closed_inside_a_token() -> None:
    # Go 1's release notes, `"text/html"` with its close lost: `"text"` is quoted and closed
    # elsewhere, but the `/` glues it to `html` into one token (a media type); a close there
    # would stand inside the token (`"text"/html`), and the quotation is the whole token or more.
    lost = 'It now takes "text/html rather than "text" and "html".'
    assert textmend.clean(lost) == lost
    path = 'The file is read from "config.d/local first, then from "config.d" itself.'
    assert textmend.clean(path) == path
    # The twin: the phrase followed by a space still closes where the text closes it elsewhere.
    twin = 'The "at variable is actually a proxy to the context. The "at" variable is set before the template runs.'
    assert textmend.clean(twin) == twin.replace('"at variable is actually', '"at" variable is actually')


def test_a_citations_spaced_separator_is_left_where_its_title_lost_the_close() -> None:
    # A reference list's citation spaces its separator off each field (`"Title" . Publisher`);
    # with the title's close lost, the space before the stop is where the close stood, and removing
    # it leaves the line two edits from its original.  The evidence that the line is a citation:
    # another spaced stop, here after an abbreviation's own dot (`Inc. .`) ...
    wiki = (
        "• InfoQ. GOTO Conference: C4Media Inc. . Schuster, Werner (25 February 2011). \"Rob Pike on "
        "Google Go: Concurrency, Type System, Memory Management and GC . GOTO Conference: C4Media Inc."
    )
    assert textmend.clean(wiki) == wiki
    # ... or the arrow that links a reference back to its citation, as Wikipedia writes it in
    # Spanish, French or German (`20. ↑`, as English writes `20. ^`).
    arrow = '20. ↑ "717-200 Airplane Characteristics for Airport Planning . Boeing, mayo de 2011. Comprobado: 19 de junio de 2012.'
    assert textmend.clean(arrow) == arrow
    # The twins: in prose, a quotation that lost its close is no citation, and the slip is repaired.
    prose = 'He called the plan "a quiet surrender . Nobody in the room agreed with him.'
    assert textmend.clean(prose) == prose.replace("surrender .", "surrender.")
    doubled = 'He said the firm, Acme Inc., called it "a quiet surrender . Nobody agreed.'
    assert textmend.clean(doubled) == doubled.replace("surrender .", "surrender.")
    # German Wikipedia's list, its title closed German-style (`„…“`): the “ closes, no quotation
    # lost its close, and the page's own space before the stop is removed as before.
    german = "↑ „Boeing 707.“ Boeing 707 at Boeing.com . gelesen am 10. Oktober 2012."
    assert textmend.clean(german) == german.replace("Boeing.com .", "Boeing.com.")


def test_a_spaced_comma_is_left_in_a_text_that_pads_its_brackets_where_a_quotation_lost_its_close() -> None:
    # nokogiri's template, `sprintf ( "%.1fk" , stats [ :bytes ] …)` with the close lost: the
    # line pads its brackets and spaces its comma as typed, and the lost close may stand before
    # the space as well as before the comma.
    lost = 'Transfer: <%= sprintf ( "%.1fk , stats [ :bytes ] .to_f / 1024 ) % >'
    assert textmend.clean(lost) == lost
    # The twins: no padded bracket, or no quotation left open, and the space is removed as before.
    prose = 'He called the plan "a quiet surrender , and left the room.'
    assert textmend.clean(prose) == prose.replace("surrender ,", "surrender,")
    closed = "It was a quiet surrender , and ( as always ) nobody agreed."
    assert textmend.clean(closed).startswith("It was a quiet surrender, and")
