"""The quotes normalizer: dropped closing marks carried past their sentence (issue 14, branch quotes11).

Every paragraph here is written for the test, in the shape of real news copy; beside each
change stands the twin the rule must still close, so a rule that closes without the evidence,
or ignores it, fails.
"""

import textmend


def test_an_abbreviated_date_does_not_cut_the_attribution_a_quotation_reopens_after() -> None:
    # `“…,” Lee said at a rally on Nov. 6, 2019. “…`: the dot of `Nov.` before a number ends no sentence, so the
    # quotation reopened after it is the attributed speaker's, carried on; run on over several
    # sentences to a second reporting clause, its lost close is not put before that clause.
    for date in ("on Nov. 6, 2019", "on Sept. 12", "at No. 10 on Monday"):
        broken = (
            f"“The deal is done, and it is a good one,” Lee said at a rally {date}. “The town will not pay a cent. "
            "The money comes from the state. Critics of the plan say the state pays too much. "
            "The council disagrees, and the work starts soon, said Ann Hart, the council's head."
        )
        assert textmend.clean(broken) == broken, date
    # The twin: with no abbreviation in the attribution the same paragraph is left open too
    # (the reading was always there) ...
    plain = (
        "“The deal is done, and it is a good one,” Lee said at the rally. “The town will not pay a cent. "
        "The money comes from the state. Critics of the plan say the state pays too much. "
        "The council disagrees, and the work starts soon, said Ann Hart, the council's head."
    )
    assert textmend.clean(plain) == plain
    # ... and a reopened quotation one sentence long is still closed before its clause.
    short = "“The deal is done,” Lee said at a rally on Nov. 6, 2019. “The town will not pay a cent, Lee said."
    assert textmend.clean(short) == short.replace("cent, Lee", "cent,” Lee")


def test_a_quotation_opened_on_a_lower_case_word_is_not_closed_past_its_sentence() -> None:
    # `concluded that, by standard methods, "the full cost …`: the quotation is worked into the
    # writer's sentence; a reporting clause sentences later attributes someone else's words.
    broken = (
        'A 2019 study concluded that, by standard methods, "the full cost falls on buyers, with a loss of $1.4 billion '
        "a month by 2018. Separately, the budget office projects a smaller loss. If that holds up, the hit is modest, "
        'said Ross Hart, a professor at the university.'
    )
    assert textmend.clean(broken) == broken
    # The twins still closed: the same quotation within its one sentence, and speech opening
    # on a capital that runs over two sentences to its attribution.
    one_sentence = (
        'A 2019 study concluded that, by standard methods, "the full cost falls on buyers and the loss is modest, '
        "said Ross Hart, a professor at the university."
    )
    assert textmend.clean(one_sentence) == one_sentence.replace('modest, said', 'modest," said')
    capital = (
        'Hart spoke on Monday. "The full cost falls on buyers. The loss is modest, and it will pass, '
        "said Ross Hart, a professor at the university."
    )
    assert textmend.clean(capital) == capital.replace('pass, said', 'pass," said')


def test_an_attribution_set_off_inside_the_writers_sentence_ends_no_quotation() -> None:
    # `As she left the office, she says, Ailes tried to kiss her`: after the attribution's comma a
    # clause of its own (a subject, then a finite verb that is no verb of saying) with no opening
    # mark: the writer's sentence reports the speech, so the lost close is not put before `she says`.
    head = "Her boss answered her at once: “I’m a busy man. That is how I work."
    for tail in (
        " As she left the office, she says, Hart tried to stop her.",
        " As she left the office, she says, Paul Hart was waiting at the door.",
        " As she left the office, he says, they walked out together.",
        " As she left the office, she says, he quietly followed her.",
    ):
        assert textmend.clean(head + tail) == head + tail, tail
    # The twins still closed: the attribution ends its sentence, or what follows it is no clause
    # with a subject of its own.
    assert textmend.clean(head + " It was a long day, she says. Hart tried to stop her.") == (
        head + " It was a long day,” she says. Hart tried to stop her."
    )
    assert textmend.clean(head + " It was a long day, she says, and it went on.") == (
        head + " It was a long day,” she says, and it went on."
    )
