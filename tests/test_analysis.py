"""The shared text analysis: each answer on real-looking text, and the normalizers asking it."""

import ast
from collections import OrderedDict
from pathlib import Path

import pytest
import regex

import textmend
from textmend import analysis
from textmend.analysis import TextFacts, code_line, holds_string_literal, starts_sentence, text_facts
from textmend.lexicon import word_zipf
from textmend.normalizers.fused import FusedTokens
from textmend.normalizers.punctuation import PunctuationSpacing
from textmend.normalizers.quotes import Quotes
from textmend.normalizers.repeats import RepeatedWords

PACKAGE = Path(textmend.__file__).parent

CODE_LINES = [
    "for line in sys.stdin: print(line.strip())",
    "if (count == 0) return;",
    "const total = items.reduce((a, b) => a + b, 0);",
    '{"name": "textmend", "version": "1.0"}',
    "    return os.path.join(root, name)",
    "\tfd = fileno",
    "from collections import OrderedDict",
    "import numpy",
    "class Parser(object):",
    "def parse(text):",
    "        self.buffer.append(chunk)",
    "std::vector<int> values;",
    "node->next = head",
    "Run `make install` as root.",
    "* zipinfo.c (main): report the CRC",
    "a && b || c",
    "x != y",
]

PROSE_LINES = [
    "The mayor said the city and the state would share the cost.",
    "        A row involving Taylor Swift, her label and the band she left broke out in May.",
    "Prices rose; wages did not.",
    "He kept the list to himself.",
    "You needed to go, `We have a great writer who is really brilliant'",  # a backtick for a quote
    "The score was 3-1 (a record) and fans cheered: “We won!”",
    "Tickets cost $20 - $30 at the door.",
    "",
]


@pytest.mark.parametrize("line", CODE_LINES)
def test_a_line_of_code_is_code(line: str) -> None:
    assert code_line(line, 0, len(line))


@pytest.mark.parametrize("line", PROSE_LINES)
def test_a_line_of_prose_is_not_code(line: str) -> None:
    assert not code_line(line, 0, len(line))


def test_code_line_reads_only_its_span() -> None:
    text = "He left.\nx = f() + 1\nShe stayed."
    second = text.index("x")
    assert code_line(text, second, text.index("\n", second))
    assert not code_line(text, 0, text.index("\n"))
    assert not code_line(text, text.rindex("\n") + 1, len(text))


def test_a_lone_backtick_is_prose_for_every_stage() -> None:
    # Scraped prose types a backtick for an opening quotation mark: the line stays prose,
    # for fused as for the others, and a glued word on it is still repaired.
    line = "You needed to go, `We said the cityand the state would pay for it"
    assert not code_line(line, 0, len(line))
    assert not TextFacts(line).in_code(0)
    assert FusedTokens()(line) == line.replace("cityand", "city and")
    # A pair of backticks is inline code, and the line is left alone.
    code = "Run `cityand --state` to pay for it and the cityand"
    assert code_line(code, 0, len(code))
    assert FusedTokens()(code) == code


@pytest.mark.parametrize(
    ("line", "literal"),
    [
        ('print(" hello world")', True),
        ('{"key": " value"}', True),
        ('name = " padded"', True),
        ('items["key"] = 1', True),
        ('He said " hello" and left.', False),
        ('The film ( "Jaws" ) opened in 1975.', True),  # a bracket before a straight mark reads as code
        ('The film, "Jaws", opened in 1975.', False),
        ("“Curly marks ” are prose.", False),
    ],
)
def test_string_literals(line: str, literal: bool) -> None:
    assert holds_string_literal(line) is literal


SENTENCE_TEXT = (
    "The council met on Monday. “We will build it,” the mayor said. (Critics disagreed.)\n"
    "Opponents called it “a waste.” Residents were split — some cheered.\n"
    "— Where are you going? she asked.\n"
    "¿Qué pasa? Nothing.Then the lights went out, and Smith left. Mr. Jones stayed."
)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("The", True),  # the text's start
        ("We", True),  # after a stop, a space and an opening mark
        ("Critics", True),  # after a stop and an opening bracket
        ("Opponents", True),  # a line's start
        ("Residents", True),  # after a stop inside a closing mark: “a waste.”
        ("Where", True),  # after a dash opening a line of dialogue
        ("some", False),  # after a dash mid-sentence
        ("Qué", True),  # after an inverted question mark at a line start
        ("Nothing", True),
        ("Then", True),  # glued to the stop: the sentence starts, only its space is lost
        ("Jones", True),  # after an abbreviation's stop: callers weigh the word itself
        ("council", False),
        ("mayor", False),
        ("Smith", False),  # a name mid-sentence
        ("lights", False),
    ],
)
def test_sentence_starts(word: str, expected: bool) -> None:
    pos = SENTENCE_TEXT.index(word)
    assert starts_sentence(SENTENCE_TEXT, pos) is expected
    assert TextFacts(SENTENCE_TEXT).starts_sentence(pos) is expected


def test_a_run_of_spaces_too_long_is_no_sentence_start() -> None:
    text = "It ended." + " " * 20 + "Then"
    assert not starts_sentence(text, text.index("Then"))


QUOTED = (
    "“We will not stop,” she said, “until the last house is rebuilt\n"
    "and every family is back.” He nodded.\n"
    'The sign read "closed" and the door was "locked until further\n'
    "notice. Nobody knew why.\n"
    "“Curly” then \"straight and open"
)


@pytest.mark.parametrize(
    ("word", "inside"),
    [
        ("We", True),
        ("she", False),
        ("until", True),  # reopened after the attribution
        ("every", False),  # a quotation does not run over a line break: news copy reopens it
        ("nodded", False),
        ("closed", True),
        ("the door", False),
        ("locked", True),
        ("notice", False),
        ("Curly", True),
        ("then", False),
        ("straight", True),  # a straight mark opens after a curly pair closed
    ],
)
def test_open_quotations(word: str, inside: bool) -> None:
    assert TextFacts(QUOTED).in_open_quotation(QUOTED.index(word)) is inside


def test_a_mark_at_the_position_is_not_before_it() -> None:
    facts = TextFacts("He said “yes”")
    assert not facts.in_open_quotation(facts.text.index("“"))
    assert facts.in_open_quotation(facts.text.index("”"))


def test_lines_and_code_lines_of_a_text() -> None:
    text = "Intro text here.\n\n    x = compute(a, b)\n    Indented prose runs on for a while here, as extractors leave it.\nEnd"
    facts = TextFacts(text)
    assert facts.line_span(0) == (0, 16)
    assert facts.line_span(17) == (17, 17)
    assert facts.line_span(len(text)) == (text.rindex("\n") + 1, len(text))
    assert [facts.in_code(text.index(w)) for w in ("Intro", "compute", "Indented", "End")] == [False, True, False, False]


def test_facts_are_shared_per_string_and_bounded() -> None:
    text = "A paragraph.\nAnother one."
    assert text_facts(text) is text_facts(text)
    twin = "".join(["A paragraph.\n", "Another one."])  # equal, but another string
    assert twin == text and twin is not text
    assert text_facts(twin).text is twin
    for k in range(3 * analysis._CACHE_SIZE):
        text_facts(f"text number {k}")
    assert len(analysis._recent) <= analysis._CACHE_SIZE


def test_word_zipf_ignores_case_and_knows_no_unknown_language() -> None:
    assert word_zipf("The", "en") == word_zipf("THE", "en") == word_zipf("the", "en") > 7
    assert word_zipf("anotherso", "en") == 0.0
    assert word_zipf("the", "xx-no-such-language") == 0.0


# -- the normalizers ask the shared analysis --------------------------------------------------


def test_fused_punctuation_and_quotes_follow_the_shared_code_detector(monkeypatch: pytest.MonkeyPatch) -> None:
    glued = "The mayor said the cityand the state would share the cost."
    spaced = "They said it ,and left . It rained."
    padded = 'The sign said " the door" and nothing more.'
    stages = (FusedTokens(), PunctuationSpacing(), Quotes())
    assert all(stage(text) != text for stage, text in zip(stages, (glued, spaced, padded)))
    # Every line is code: the one detector says so, and no stage repairs anything.
    monkeypatch.setattr(analysis, "_CODE_LINE", regex.compile(r""))
    # (code_line tries the same marks one by one: a mark found everywhere, the empty one)
    monkeypatch.setattr(analysis, "_CODE_MARK_TESTS", (((("",), regex.compile(r""), False),)))
    monkeypatch.setattr(analysis, "_recent", OrderedDict())  # facts read before the change
    assert all(stage(text) == text for stage, text in zip(stages, (glued, spaced, padded)))


def test_quotes_reads_a_line_of_code_as_code() -> None:
    line = 'The arrow -> says " the door" and nothing more.'
    assert Quotes()(line) == line
    assert Quotes()(line.replace("->", "to")) == line.replace("->", "to").replace('" the', '"the')


def test_repeats_follows_the_shared_quotation_state(monkeypatch: pytest.MonkeyPatch) -> None:
    quoted = "“I said no no you cannot go there,” she told him at the door."
    repeats = RepeatedWords()
    assert repeats(quoted) == quoted  # spoken: the interjection is doubled on purpose
    monkeypatch.setattr(TextFacts, "in_open_quotation", lambda self, pos: False)
    assert repeats(quoted) == quoted.replace("no no", "no")


def test_repeats_follows_the_shared_sentence_start(monkeypatch: pytest.MonkeyPatch) -> None:
    import textmend.normalizers.repeats as repeats_module

    text = "The the shop on the corner was closed all week."
    assert RepeatedWords()(text) == "The shop on the corner was closed all week."
    monkeypatch.setattr(repeats_module, "starts_sentence", lambda text, pos: False)
    assert RepeatedWords()(text) == text


# -- each answer written once: a look at the source --------------------------------------------


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _compiled_patterns(path: Path) -> list[str]:
    """The literal patterns a module hands to ``re.compile`` / ``regex.compile``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "compile"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append(node.args[0].value)
    return found


# Alternatives only a "this line is code" detector writes: a call without arguments,
# a comparison, a definition, an import line, a prose run that excuses indentation.
CODE_SIGNS = (r"\w\(\)", "==", r"\bdef ", "import [", r"\p{L}{2,}(?:[,;]? \p{L}+)", r'[=(\[{]\s*"')


def test_there_is_one_code_line_detector() -> None:
    holders = {
        path.relative_to(PACKAGE).as_posix()
        for path in _modules()
        for pattern in _compiled_patterns(path)
        if any(sign in pattern for sign in CODE_SIGNS)
    }
    assert holders == {"analysis.py"}


# Names a sentence-start or open-quotation check goes by.
CHECK_NAMES = ("sentence_start", "starts_sentence", "open_quotation", "inside_quotation")


def test_frequency_sentence_and_quotation_checks_are_written_once() -> None:
    offenders = []
    for path in _modules():
        name = path.relative_to(PACKAGE).as_posix()
        source = path.read_text(encoding="utf-8")
        if name != "lexicon.py" and "zipf(word_frequencies(" in source:
            offenders.append(f"{name}: a frequency lookup of its own")
        if name == "analysis.py":
            continue
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef) and any(check in node.name for check in CHECK_NAMES):
                body = ast.unparse(node)
                if "starts_sentence(" not in body and "in_open_quotation(" not in body:
                    offenders.append(f"{name}: {node.name} answers on its own")
    assert offenders == []


def _ask_everything(text: str) -> None:
    """Every question at every 7th position of a fresh text: the facts built once, then looked up."""
    facts = TextFacts(text)
    for pos in range(0, len(text), 7):
        facts.in_code(pos)
        facts.in_open_quotation(pos)
        facts.starts_sentence(pos)


@pytest.mark.parametrize(
    "unit",
    [
        'He said "yes" and “no” then left. x = f() + 1\n',  # short lines, marks of every kind
        'a "b “c” d. ',  # one long line of quotations
        "`a` (b) == c; ",  # one long line of code marks
    ],
)
def test_the_analysis_grows_linearly(unit: str) -> None:
    from growth import assert_grows_linearly

    assert_grows_linearly(_ask_everything, unit * 3000, unit * 30000)
