"""The quotes normalizer: the dropped-close rules' harm on real paragraphs (issue 14, branch quotes8).

Every paragraph here is written for the test; each says which evidence it carries or lacks,
and beside each repair stands the twin the rule must still leave (or still repair), so a
rule that closes without the evidence, or ignores it, fails.
"""

from growth import assert_grows_linearly

import textmend
from textmend.normalizers.quotes import Quotes

Q = Quotes()


def test_a_plus_or_ampersand_after_a_phrase_quoted_elsewhere_carries_the_name_on() -> None:
    # `"Solo Light"` is quoted and closed elsewhere; here the open quotation reads `"Solo Light
    # + Dock, …`: a `+` joins the phrase and the next word into one product's name, so the
    # phrase says nothing of where this quotation ends: no close after `Light`.
    for joined in ("Solo Light + Dock", "Solo Light & Dock"):
        broken = f'The tester rated the "Solo Light" poorly. The covers of the "{joined}, the "Solo Light" and the "Duo" held up.'
        assert Q.find_edits(broken) == [], joined
    # The twin that must still be closed: the phrase quoted elsewhere, then the writer's own
    # words (no `+` or `&` joining): closed after the phrase.
    twin = 'The tester rated the "Solo Light" poorly. He found the "Solo Light cover worn after a week of use.'
    assert Q(twin) == twin.replace('"Solo Light cover', '"Solo Light" cover')


def test_a_stop_after_a_phrase_quoted_elsewhere_needs_the_texts_convention() -> None:
    # `"Member Content"` is quoted elsewhere with no comma or stop beside any close: which side
    # of the stop the mark goes (legal text keeps it outside, American news inside) is a guess.
    broken = 'Posts and images (the "Member Content") stay yours. What members submit is called "Member Content.'
    assert Q.find_edits(broken) == []
    # The twins: a text that closes a comma inside elsewhere (`it,” he said`) puts the stop inside,
    # one that puts a stop outside a close elsewhere puts it outside.
    inside = 'He called it "fine," he said. Posts and images (the "Member Content") stay yours. What members submit is called "Member Content.'
    assert Q(inside) == inside + '"'
    outside = 'He called it "fine". Posts and images (the "Member Content") stay yours. What members submit is called "Member Content.'
    assert Q(outside) == outside[:-1] + '".'


def test_a_nested_straight_close_with_its_comma_ends_the_speech_before_the_clause() -> None:
    # `… he can't 'give out the plans,' the old partner recalled.`: the single quotation nested in
    # the double one closes on its comma, straight before the clause: the double close was lost
    # there too (as with a curly `,’`), so it goes right after the `'`, not before a later
    # `he said` in the next sentence.
    broken = (
        "\"I told him that a firm like ours lives on 'trust' and that he can't 'give out the plans,' "
        "the old partner recalled. After one such fight, he said the owner tore his shirt."
    )
    assert Q(broken) == broken.replace("plans,' ", "plans,'\" ")
    # The twin with no clause after the nested close: the speech goes on, no close there.
    twin = "\"I told him that he can't 'give out the plans,' and that was the end of it. We never spoke again."
    assert not any(e.new == '"' for e in Q.find_edits(twin) if e.start == twin.index(",' ") + 2)


def test_told_with_its_listener_and_an_infinitive_is_an_order_not_an_attribution() -> None:
    # `… when he visited the embassy, Morales told [his team] to record everything.`: `told`, whom,
    # then `to` and a verb report an order in the writer's words: no close before `Morales told`.
    for listener in ("[his team]", "his whole team", "the guards"):
        broken = f'"It was the last step. We found that when he visited the embassy, Morales told {listener} to record everything and keep the tapes.'
        assert not any(e.normalizer == "quotes" and e.new.endswith('"') for e in textmend.mend(broken).edits), listener
    # The twins that must still be closed: `told` and its listener end the clause (`told
    # reporters.`), or `to` begins the listener's phrase, not a verb (`told the crowd to
    # applause` is no order).
    twin = '"It was the last step, Morales told reporters on Monday.'
    assert Q(twin) == twin.replace("step,", 'step,"')
    applause = '"It was the last step, Morales told the crowd to the sound of applause.'
    assert Q(applause) == applause.replace("step,", 'step,"')


# A quotation over several paragraphs (issue 14, step 2): the second paragraph of Ann Lee's speech
# lost its close, or carries on into the next paragraph of prose that reopens with a mark.
SPEECH = (
    '"We were able to push the light forward and back using ordinary parts," said Ann Lee, who led the study.\n\n'
    '"When one sends data over a fibre today, in many cases it is just ones and zeros.'
)
REOPENED = (
    '"In our system, we can hide the ones and zeros from anyone who looks," Lee told reporters.\n\n'
    "She compared the beam of light to a river flowing past a dam in the spring."
)
NARRATIVE = "She compared the beam of light to a river flowing past a dam in the spring."


def _closes(text: str) -> list[str]:
    return [e.new for e in textmend.mend(text).edits if e.normalizer == "quotes"]


def test_a_quotation_carried_on_past_a_cross_head_or_a_sidebar_is_left_open() -> None:
    # A cross-head (`Bendy light`), a "continue reading" label, a sidebar's title and items (lines
    # that end no sentence) between two paragraphs of one quotation: the next paragraph of prose
    # reopens with a mark, the continued-quotation convention, so the first is not closed.
    for between in (
        "Bendy light",
        "Bendy light\n\nContinue reading the main story",
        "Other work on cloaking\n\n- Heat cloaking: a camera records the background and shows it on the front\n\n"
        "- Mirage cloaking: hot nanotubes bend the light around the object",
    ):
        assert _closes(f"{SPEECH}\n\n{between}\n\n{REOPENED}") == [], between


def test_a_quotation_that_ends_before_a_short_line_is_still_closed() -> None:
    # The twins: the quotation does end (the prose after the cross-head does not reopen with a
    # mark); the short line is a sentence (`She paused.`: the writer's prose, the quotation ended
    # before it); the short line is a byline after a dash (`– Ann L.`: the quotation's end); the
    # line ends with a colon (the writer introduces the next quotation, a new one); the first line
    # of prose past the cross-head opens a headline's single quotation, not this one again: closed.
    for rest in (
        f"Bendy light\n\n'Superfly' Snuka suspect in murder?\n\n{REOPENED}",
        f"Bendy light\n\n{NARRATIVE}",
        f"She paused.\n\n{REOPENED}",
        f"\u2013 Ann L.\n\n{REOPENED}",
        f"The website of the study holds the following statement from its sponsors:\n\n{REOPENED}",
    ):
        assert _closes(f"{SPEECH}\n\n{rest}") == ['"'], rest


def test_the_lines_past_a_left_open_paragraph_are_read_in_linear_time() -> None:
    # Many paragraphs left open, each followed by cross-heads: each reading looks at no more than
    # a few lines past its paragraph (ten times the text in at most ~15 times the time).
    unit = '"We will win this, he said to nobody in particular.\n\nA cross-head\n\nAnother label\n\n'
    assert_grows_linearly(Q.find_edits, unit * 200 + REOPENED, unit * 2000 + REOPENED)


def test_a_close_where_an_unattributed_next_quotation_opens_is_only_reported() -> None:
    # `a "war on faith. They go out … they scream "We are the victims …," at anyone`: with no
    # attribution after the second quotation, two quotations cut in one read as well as one lost
    # close; the reading stays below the default threshold (reported, not made).
    broken = 'They think there is a "war on faith. They go out and start trouble with people, and then they scream "We are the victims of all this hate, every single day," at anyone who will listen.'
    assert textmend.clean(broken) == broken
    assert [e.confidence < 0.5 for e in Q.find_edits(broken)] == [True]
    # The twin still made: the next quotation is speech with its own attribution (`," the mayor
    # said`), so the mark between the two is where the first one closed.
    twin = 'Many said the plan was "a failure from the start "So we have to begin again with a new team and more money," the mayor said on Monday.'
    assert textmend.clean(twin) == twin.replace('start "So', 'start" "So')


def test_a_space_before_a_straight_mark_is_left_where_the_straight_marks_do_not_pair_up() -> None:
    # `"href: " https://example.org/inbox ",`: one mark of a pair was lost, so which of the
    # straight marks left closes is unknown, and the space before the last one is no stray space
    # inside a close: left.  (An odd count of straight marks in the paragraph.)
    broken = '"href: " https://example.org/inbox ",'
    assert not any("space" in e.reason for e in Q.find_edits(broken))
    # The twins: marks that pair up (`"great "`) put the space inside a close, and a lone mark after
    # a word (`it was over ".`) has no other to pair with, its place says close: removed.
    twin = 'He called it "great " and left, and she called it "fine" and stayed.'
    assert Q(twin) == twin.replace('"great "', '"great"')
    lone = 'He said it was over ". The next day it began again.'
    assert Q(lone) == lone.replace('over "', 'over"')
