"""The quotes normalizer: weak cases of the close-inserting rules left alone (issue 14, branch quotes12).

Each paragraph is written for the test in the shape of a harm read on tune material; beside it
stands the twin the rule must still repair, so a rule that drops the evidence, or ignores it, fails.
"""

import textmend

_ZHANG = (
    "Many bursts were too faint for other telescopes, says Li. “This is very exciting news,” says Ann Zhang, "
    "who studies them in Berkeley. No one knows what causes them, but “the more we have, the more we learn”, she says."
)


def test_a_fragments_comma_outside_says_nothing_of_where_speech_puts_it() -> None:
    # British usage: a fragment's comma outside (`learn”, she says`), a sentence of speech's inside.
    lost = _ZHANG.replace("news,”", "news,")
    assert textmend.clean(lost) == _ZHANG
    # The twin: where speech itself shows the comma outside, the close goes before the comma.
    outside = _ZHANG.replace("news,”", "news”,").replace("Li. “This", "Li. “We saw them”, he says. “This")
    assert textmend.clean(outside.replace("news”,", "news,")) == outside


def test_a_mark_quoting_a_bare_sign_is_not_read_as_a_spaced_close() -> None:
    # `what tastes “!”.` with its close lost: the stop after `!` ends no sentence a second time, so
    # the mark opens the quoted sign and is neither turned nor moved.
    lost = "Taste it as you go, and end on what tastes “!. Only two changes, and it was lovely."
    assert textmend.clean(lost) == lost
    # The twin: a mark spaced off its word before one stop is a close.
    spaced = "Taste it as you go, and end on what tastes “good “. Only two changes, and it was lovely."
    assert textmend.clean(spaced) == spaced.replace("good “.", "good”.")


def test_a_phrase_joined_to_a_quotation_of_another_form_is_not_closed_at_the_conjunction() -> None:
    # `“semisweet” in the ingredients section and “In the top …”`: a lower-case phrase of several
    # words beside a quotation opening on a capital is not its pair; where its close goes is a guess.
    lost = "It should read “semisweet in the ingredients section and “In the top of a double boiler” in the directions."
    assert textmend.clean(lost) == lost
    # The twins: phrases of one form, and a one-word quotation (it has one place to close).
    same = "It should read “semisweet in the ingredients section and “in the top of a double boiler” in the directions."
    assert textmend.clean(same) == same.replace("section and", "section” and")
    word = "Its trending topics included “divorce and “Putin” this week in the country."
    assert textmend.clean(word) == word.replace("divorce and", "divorce” and")
    term = "“Tariff” is another word for “sales tax” or “excise tax or “VAT.” Raising prices is not my aim."
    assert textmend.clean(term) == term.replace("excise tax or", "excise tax” or")


def test_a_quotation_its_attribution_introduces_is_not_closed_sentences_later() -> None:
    # `…, said, “Mazel tov! As long as …, he said`: the speech is attributed before it opens; run on
    # past a sentence's end to a second reporting clause, the close may be at that sentence's end.
    lost = (
        "Ann Lee, a doctor who studies vaccines in poor countries, said, “Mazel tov! As long as there is "
        "enough vaccine for everyone, this is good news, he said."
    )
    assert textmend.clean(lost) == lost
    # The twin: within its one sentence the quotation is still closed before the clause.
    one = "Ann Lee, a doctor who studies vaccines in poor countries, said, “Mazel tov, this is good news, he said."
    assert textmend.clean(one) == one.replace("news, he", "news,” he")


def test_a_word_the_paragraph_also_writes_plain_is_no_evidence_of_where_its_quotation_ends() -> None:
    # `means “ECMAScript as implemented by others then ECMAScript is`: the word is quoted elsewhere,
    # but the paragraph writes it plain too; the quotation may run past it.
    lost = (
        "Usually, the terms “ECMAScript” and “JavaScript” mean the same. If JavaScript means “ECMAScript as "
        "built by Mozilla and others then ECMAScript is the standard and JavaScript its implementation."
    )
    assert textmend.clean(lost) == lost
    # The twin: a word the paragraph always quotes still closes the quotation after it.
    quoted = lost.replace("then ECMAScript is", "then the first is")
    assert textmend.clean(quoted) == quoted.replace("“ECMAScript as", "“ECMAScript” as")
