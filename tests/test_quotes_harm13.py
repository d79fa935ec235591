"""The quotes normalizer: harmed closes read on tune material and narrowed (issue 14, branch quotes13).

Each paragraph is written for the test in the shape of a harm read on tune material; beside it
stands the twin the rule must still repair, so a rule that drops the evidence, or ignores it, fails.
"""

import textmend


def test_a_phrase_is_not_closed_at_a_clause_past_a_semicolon() -> None:
    # `might “let their guard down when …; so if a writer … says that “it`: the semicolon ends the
    # writer's clause the phrase stands in, and the clause after it has a subject of its own; the
    # lost close may stand anywhere before the semicolon, so nothing is inserted.
    lost = (
        "Readers might reasonably “let their guard down when they see it again; so if a careless author "
        "comes along and says that “the answer is plain”, readers believe it."
    )
    assert textmend.clean(lost) == lost
    lost2 = "Critics called the plan “a quiet surrender; the banks won and said that “nobody voted for this.”"
    assert textmend.clean(lost2) == lost2
    # The twins: with no semicolon, the writer's clause that opens the next quotation still closes the phrase.
    joined = "Critics called the plan “a quiet surrender to the banks and said that “nobody voted for this.”"
    assert textmend.clean(joined) == joined.replace("banks and", "banks” and")
    agency = (
        "The agency says that the northern port “remains the main gate for cocoa into the country and "
        "that “the south remains the main source of coffee.”"
    )
    assert textmend.clean(agency) == agency.replace("country and", "country” and")


def test_a_semicolon_inside_speech_still_lets_its_attribution_close_it() -> None:
    # The narrowing is the parallel-clause rule's alone: speech holding a semicolon, then its
    # reporting clause, is closed before the clause as before.
    lost = "“We tried the river first; it was too high to cross, Maria Lopez said."
    assert textmend.clean(lost) == lost.replace("cross, Maria", "cross,” Maria")
