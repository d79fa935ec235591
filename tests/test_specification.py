"""Technical text that reads as a specification or grammar, and the damage kinds of issue 13's
seventh fresh corpus: each repair a specification makes wrong is left there, and its twin in
ordinary prose (or the glued form) is still repaired.

The grammar below is invented for the tests (a made-up record format), not any corpus's text.
"""

import pytest

import textmend
from textmend.analysis import reads_as_specification
from textmend.normalizers.fused import FusedTokens
from textmend.normalizers.punctuation import PunctuationSpacing
from textmend.normalizers.quotes import Quotes
from textmend.normalizers.repeats import RepeatedWords

# An invented grammar: rule definitions with ABNF's operators (alternation, repetition,
# numeric values, quoted literals, ``;`` comments).
GRAMMAR = (
    "part-id = 2*4ALPHA / legacy-id\n"
    'colour = "red" / "green" / "blue"\n'
    "size = 1*3DIGIT ; in millimetres\n"
    "flag = %d33-39 / %d42\n"
    'label = "(" *(word / sep) ")"\n'
)


def in_specification(line: str) -> str:
    """``line`` as ``clean`` leaves it after the grammar, in one document."""
    cleaned = textmend.clean(GRAMMAR + line)
    assert cleaned.startswith(GRAMMAR)
    return cleaned[len(GRAMMAR) :]


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (GRAMMAR, True, "rules defined with a grammar's operators"),
        (GRAMMAR.replace("\n", " "), True, "the same grammar flattened into one line by an extractor"),
        ('x = "a" and y = (b + c) and z = [1, 2]', False, "a few assignments are code, not a grammar"),
        ('<img src="a.png" width="10" height="20" alt="" class="pic" title="x">', False, "markup's attributes"),
        (
            "a = (b * c)\nd = (e * f)\ng = [h, i]\nj = (k * l)\nm = [n]\n",
            False,
            "five assignments with arithmetic: no grammar operator",
        ),
    ],
)
def test_what_reads_as_a_specification(text: str, expected: bool, reason: str) -> None:
    assert reads_as_specification(text) is expected, reason


# Straight-quoted literals of a specification keep their spaces and escaped marks; the same
# line in prose is repaired.
LITERALS = [
    ('A reply starts with the literal string "Ok: " before the subject.', "the literal's space is part of it"),
    ('A sender written "Acme; \\"Top\\" Shop" <shop@example.net> is quoted whole.', "an escaped mark in an example"),
]


@pytest.mark.parametrize(("line", "reason"), LITERALS)
def test_specification_literals_keep_their_spaces(line: str, reason: str) -> None:
    assert in_specification(line) == line, reason


@pytest.mark.parametrize(("line", "reason"), LITERALS[:1])
def test_the_same_line_in_prose_is_still_repaired(line: str, reason: str) -> None:
    assert Quotes()(line) != line, reason


def test_an_escaped_mark_is_kept_in_prose_too() -> None:
    # (branch prec33) A backslash-escaped mark is a string's character wherever it stands: the
    # "repair" this line got in prose (`\"Top\"Shop`) was the damage the RFC's address took
    # (fresh 7) and a blog's code listing too (fresh 25); the literal without one is still
    # repaired in prose, above.
    line = LITERALS[1][0]
    assert Quotes()(line) == line


def test_curly_quotations_of_a_specification_are_still_read() -> None:
    # Only straight marks quote a grammar's literals: a curly quotation is prose's.
    line = "The editors call it “a plain format“, they wrote."
    assert in_specification(line) == "The editors call it “a plain format”, they wrote."


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('ccontent = text / pair / remark remark = "(" *text ")"', "a flattened grammar: the next rule's name"),
        ("record = day month year\nyear = 4*DIGIT", "the rule name on the next line"),
        ("total = count count = 3", "an assignment's name after the same word"),
        ("name ::= first first ::= 1*ALPHA", "BNF's ::="),
    ],
)
def test_a_word_before_its_definition_is_no_repeat(text: str, reason: str) -> None:
    assert RepeatedWords()(text) == text, reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the value value == 5 is wrong", "the value == 5 is wrong"),  # a comparison defines nothing
        ("the the result = 5", "the result = 5"),  # the pair is before the word the = follows
    ],
)
def test_a_repeat_before_a_comparison_is_still_repaired(text: str, expected: str) -> None:
    assert RepeatedWords()(text) == expected


# A specification's own punctuation: ";" opens a rule's comment, a header example is written
# "Name:value" as the syntax allows.  The same marks in prose are repaired.
SPEC_PUNCTUATION = [
    ("flags = %d1-9 / %d11 ; the low ones", "He left ; she stayed.", "He left; she stayed.", "a rule's comment"),
    ("To:A Team(Some friends)", "Our verdict:The plan failed.", "Our verdict: The plan failed.", "a header example"),
]


@pytest.mark.parametrize(("spec_line", "prose", "repaired", "reason"), SPEC_PUNCTUATION)
def test_specification_punctuation_is_kept(spec_line: str, prose: str, repaired: str, reason: str) -> None:
    assert in_specification(spec_line) == spec_line, reason
    assert textmend.clean(prose) == repaired, reason


@pytest.mark.parametrize(
    "text",
    [
        "Write to ann@host . example for help.",  # an address spelled with a spaced dot
        "old forms: bob@mail   . example and more",  # a run of spaces before it
    ],
)
def test_a_spaced_dot_inside_an_address_host_is_kept(text: str) -> None:
    # The host has no dot before the spaced one: the address is not at its end.  (The
    # whitespace stage may still collapse a run of spaces: only the dot's stage is asked.)
    assert PunctuationSpacing()(text) == text


def test_a_spaced_full_stop_after_a_plain_word_is_still_removed() -> None:
    assert PunctuationSpacing()("It is at the host . We answer.") == "It is at the host. We answer."


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Подпишитесь на «Известия.Ru»", "a Cyrillic name and a Latin domain ending: a brand's host name"),
        ("Новости - Известия.Ru\n\nАрхив", "the same name ending a title line"),
        ("Мы читаем Новости.Ua.", "another two-letter ending after a Cyrillic name"),
    ],
)
def test_a_domain_ending_after_a_name_in_another_script_is_kept(text: str, reason: str) -> None:
    assert PunctuationSpacing()(text) == text, reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("Он приехал в Москву.Он уехал.", "Он приехал в Москву. Он уехал.", "same script: a lost sentence boundary"),
        ("He went to London.It rained.", "He went to London. It rained.", "a Latin name: 'It' opens a sentence"),
        ("Они уехали в Москву.Ru и другие", "Они уехали в Москву. Ru и другие", "the sentence goes on in lowercase"),
    ],
)
def test_a_glued_sentence_boundary_before_a_short_word_is_still_repaired(text: str, expected: str, reason: str) -> None:
    assert PunctuationSpacing()(text) == expected, reason


@pytest.mark.parametrize(
    "text",
    [
        "Readers may email me at thecounty (at) example.com about it.",
        "Mail thecounty [AT] example.org today.",
        "Write to thecounty {at} example.net, please.",
    ],
)
def test_a_user_name_before_a_spelled_out_at_is_kept(text: str) -> None:
    # "(at)" spells an address's "@": the token before it is the user name, one word.
    assert FusedTokens()(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Write to thecounty clerk about it.", "Write to the county clerk about it."),
        ("Write to thecounty at the office.", "Write to the county at the office."),  # a plain "at"
    ],
)
def test_the_same_token_without_the_spelled_out_at_is_still_split(text: str, expected: str) -> None:
    assert FusedTokens()(text) == expected


def test_a_label_glued_to_different_blocks_is_split_each_time() -> None:
    # A credit or a button's label glued to the next block recurs in as many contexts as
    # blocks follow it: recurring in two contexts is no evidence of a name there (so a
    # CamelCase product written twice before a function word, "FlowNow you", is split too).
    text = "(Photo: Getty)GettyThe doctor agreed.\n\n(Photo: Getty)GettyThe singer left."
    assert FusedTokens()(text) == "(Photo: Getty)Getty The doctor agreed.\n\n(Photo: Getty)Getty The singer left."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # once: a block's last word glued to the next block's first
        ("He left the store.\n\nAmazonThe new model is out.", "He left the store.\n\nAmazon The new model is out."),
        # twice with its block (the same context): one accident repeated by the extractor
        (
            "AmazonThe new model is out.\n\nAmazonThe new model is out.",
            "Amazon The new model is out.\n\nAmazon The new model is out.",
        ),
    ],
)
def test_a_seam_before_a_function_word_is_still_split(text: str, expected: str) -> None:
    assert FusedTokens()(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("Bl!nk with the host", "Bl!nk with the host", "'!' for an 'i': 'blink' spelled as a name"),
        ("P!nk sang it", "P!nk sang it", "a one-letter head, the same spelling"),
        ("Wow!that was great", "Wow! that was great", "the twin: 'wowithat' is no word, a lost space"),
        ("Help!we are lost", "Help! we are lost", "the twin: 'helpiwe' is no word"),
    ],
)
def test_an_exclamation_mark_written_for_a_letter(text: str, expected: str, reason: str) -> None:
    assert PunctuationSpacing()(text) == expected, reason


@pytest.mark.parametrize("unit", ["a = b ", 'x = "y" / ', "name=\"v\" ", "a" * 12, '"" / ', "w-"])
def test_reading_a_specification_grows_linearly(unit: str) -> None:
    from growth import assert_grows_linearly

    # A text that never reaches five rule names is read to its end: once, not per rule.
    assert_grows_linearly(reads_as_specification, unit * 20_000, unit * 200_000)
