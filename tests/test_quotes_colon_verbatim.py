"""Punctuation's colon after a quotation that lost its close, verbatim tool output, and `”` typed
for an apostrophe (issue 14, branch quotes10).

Every paragraph here is written for the test; each says which evidence it carries or lacks,
and beside each change stands the twin that must still be repaired, so a rule that leaves
too much, or too little, fails.
"""

import pytest

import textmend


@pytest.mark.parametrize(
    "broken",
    [
        # `“interesting” :` with its close lost: the close may stand before the space, so
        # removing the space takes the text further from what was written
        "Mr Brown said the idea was “interesting : he wanted to hear more about it first.",
        # a straight quotation whose marks no longer pair up on the line
        'The site calls every link "spam : so the comment was never posted.',
        # a curly quotation whose next mark on the line opens another one
        "The “mirage effect : light bends over the road, as the “Desert Sun” film shows.",
        # a reference list's title whose close was lost, before the list's own spaced dots
        '2. ^ "Studio Shuts Down, Sells Its Assets To Other Companies . Anime News . 2009-09-01 .',
        # ... or the one title of its line, the list's caret before it
        '14. ^ "Studio Shuts Down, Sells Its Assets .',
        # a quotation inside brackets, its close lost before the writer's spaced bracket
        "Jobs were cut (the firm would not give the number but called it “immaterial ) last week.",
    ],
)
def test_a_space_before_a_colon_is_left_where_the_quotation_lost_its_close(broken: str) -> None:
    assert textmend.clean(broken) == broken


@pytest.mark.parametrize(
    ("broken", "repaired"),
    [
        # the quotation closes later on the line: open across the colon, and the space is a slip
        ("He said: “Our goals : growth and jobs,” and left.", "He said: “Our goals: growth and jobs,” and left."),
        ('He said: "Our goals : growth and jobs," and left.', 'He said: "Our goals: growth and jobs," and left.'),
        # no quotation open at the colon (the one before it closed)
        ("The “goals” are clear : growth and jobs.", "The “goals” are clear: growth and jobs."),
        ("The plan has two goals : growth and jobs.", "The plan has two goals: growth and jobs."),
        # an article joined into one line, a quotation carried on past its paragraph: every later
        # straight mark is unpaired, but the mark is far back, and the colon follows the writer's words
        (
            'He said: "Use is rising. "Our findings are clear," she said. ' + "The team wrote more about it later. " * 3
            + 'Ann Lee told Newsweek : "It is a risk."',
            'He said: "Use is rising. "Our findings are clear," she said. ' + "The team wrote more about it later. " * 3
            + 'Ann Lee told Newsweek: "It is a risk."',
        ),
        ('2. ^ "Studio Shuts Down" . Anime News Network was first .', '2. ^ "Studio Shuts Down" . Anime News Network was first.'),
        ("Jobs were cut (the firm called it “immaterial” and small ) last week.", "Jobs were cut (the firm called it “immaterial” and small) last week."),
        ("He said: “We will win . They know it,” and left.", "He said: “We will win. They know it,” and left."),
        # a quotation left open at a paragraph's end carries on into the next (news style): the
        # line spaces no other dot, so the spaced stop is a slip
        ("He said: “We have to face the consequences of our acts .", "He said: “We have to face the consequences of our acts."),
        # the quotation opened before the brackets: they close inside it, whatever became of its close
        ("She wrote: “The set is $499 (it was $800 ) this week", "She wrote: “The set is $499 (it was $800) this week"),
    ],
)
def test_a_space_before_a_colon_is_still_removed_outside_a_lost_quotation(broken: str, repaired: str) -> None:
    assert textmend.clean(broken) == repaired


def test_only_the_colon_waits_for_the_quotation() -> None:
    # A comma's space in the same unclosed quotation is still removed: the rule is the colon's,
    # the mark a writer spaces after a close (`” :`), not every mark's.
    assert textmend.clean("It was “interesting , really, he said.") == "It was “interesting, really, he said."


@pytest.mark.parametrize(
    "line",
    [
        # a logcat line: a time stamp to the millisecond, process ids, a log level's letter
        "10-25 17:12:11.001 24358 24358 W dex2oat : /system/bin/dex2oat --runtime-arg -Xms64m",
        # a server log's line, its comma before the milliseconds
        "2019-01-08 09:12:44,120 INFO server : started on port 8080 , pid 42",
        # a command's long options with their values
        "dex2oat --instruction-set=x86 --oat-file=/data/app/a.dex , then rerun it",
    ],
)
def test_a_line_of_verbatim_tool_output_is_left_alone(line: str) -> None:
    text = f"We ran the command and found what we had been looking for.\n{line}\nThe file was there."
    assert textmend.clean(text) == text


def test_prose_with_times_and_options_is_still_repaired() -> None:
    # Times to the second and a bare option are prose's too: the space before the comma is a slip.
    text = "The race ended at 17:12:11 and the winner , at 2:01:39 , set a record."
    assert textmend.clean(text) == "The race ended at 17:12:11 and the winner, at 2:01:39, set a record."
    text = "Use the --verbose flag , or the log stays short."
    assert textmend.clean(text) == "Use the --verbose flag, or the log stays short."


@pytest.mark.parametrize(
    ("broken", "repaired"),
    [
        # `”` typed for the apostrophe of a contraction the lexicon knows: `’`, and no space after it
        ("Anyways I”ll include it in case it resonates with someone.", "Anyways I’ll include it in case it resonates with someone."),
        ("We know they”re tired, and we”ve asked them to rest.", "We know they’re tired, and we’ve asked them to rest."),
        # inside a quotation: the mark is no close, so the quotation's own marks still pair up
        ("“I”ll go,” he said, and he went.", "“I’ll go,” he said, and he went."),
    ],
)
def test_a_closing_double_mark_inside_a_known_contraction_is_its_apostrophe(broken: str, repaired: str) -> None:
    assert textmend.clean(broken) == repaired


def test_a_closing_double_mark_inside_an_unknown_contraction_is_left() -> None:
    # `Jarvis'll` is no word the lexicon knows: the mark is left as it is, and not split off either.
    text = "Jarvis”ll come along later, she said."
    assert textmend.clean(text) == text


def test_a_word_glued_after_a_close_is_still_split() -> None:
    # The twins: a real word glued to a quotation's close gets its space back, `re` in a word too.
    assert textmend.clean("It was “the best”reviews could say.") == "It was “the best” reviews could say."
    assert textmend.clean("He called it “great”and left.") == "He called it “great” and left."
