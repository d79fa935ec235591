"""Two small quote harms (issues 14 and 13, branch quotes16).

A gender star: the old split's fresh 3 (a German blog's comment, tune, read with ``--typographic``)
with a close lost after ``Wähler*in``; the "quoted elsewhere" rule closed ``“Wähler`` inside the word.
A quoted path: the twenty-first corpus's line ``Run "./configure"``, where the quotes stage read the
mark before ``./`` as a close typed with a space and removed the space.  Beside each stands a twin of
the same shape that must still be repaired, so dropping the repair altogether fails.  The lead added
an ellipsis quoted alone (`He said "..." and left`), which the stage read the same way as the path.
"""

import pytest

import textmend

# The comment's paragraph (fresh 3): `“Wähler”` is quoted and closed earlier in it, so the rule that
# closes a phrase the text quotes elsewhere finds `Wähler` at the start of the open quotation.
_VOTERS = (
    "Würden Frauen lieber mit “Wählerin”, “Kundin” oder “Kollegin” angesprochen werden, oder als "
    "“Wähler”, “Kunde” oder “Kollege”? Das nämlich wäre die Konsequenz. Ob in einem solchen "
    "Zusammenhang auch “Wähler/-in”, “WählerIn” oder gar “Wähler{} gar so schlecht abgeschnitten "
    "hätten, wage ich zu bezweifeln."
)

# (what follows `“Wähler`, why the line is left as it is)
JOINED = [
    ("*in", "the real line: a gender star between the word's letters and lower-case letters joins one word"),
    ("*innen", "the plural of the same word"),
    (":in", "the gender colon joins the same way (`Wähler:in`)"),
    (":innen", "the gender colon's plural"),
    ("\u00b7in", "the middle dot some writers use for it (`Wähler·in`)"),
]


@pytest.mark.parametrize("tail, why", JOINED, ids=[t for t, _ in JOINED])
def test_no_close_is_put_inside_a_word_a_gender_sign_joins(tail: str, why: str) -> None:
    line = _VOTERS.format(tail)
    assert textmend.clean(line) == line, why


# (what follows `“Wähler`, what follows the inserted close, why it is still closed)
STILL_CLOSED = [
    ("", "", "a space after the phrase: the word ends there, closed where the text closes it elsewhere"),
    (":", ":", "a colon with a space after it ends the word, not joins it"),
    (": die", ": die", "the same colon before a word of its own"),
    ("*", "*", "a star with nothing joined after it (a footnote's sign) stands after the word"),
    (" *in", " *in", "a star after a space joins nothing to the word"),
]


@pytest.mark.parametrize("tail, after, why", STILL_CLOSED, ids=[repr(t) for t, _, _ in STILL_CLOSED])
def test_a_phrase_quoted_elsewhere_is_still_closed_where_no_sign_joins_it_on(tail: str, after: str, why: str) -> None:
    line = _VOTERS.format(tail)
    expected = line.replace(f"“Wähler{tail} gar", f"“Wähler”{after} gar")
    assert expected != line
    assert textmend.clean(line) == expected, why


# (a line whose straight or curly mark opens a quoted path, option or dot-file, why it is left)
PATHS = [
    ('Yes. Run "./configure" without "--disable-color".', "the real line (fresh 21): `./` starts a path, the mark opens it"),
    ('Run "../configure" from the build folder.', "`../`, the folder above"),
    ('Then type "./bin/start --port 8080" and wait.', "a path with its arguments inside the quotation"),
    ('Edit “./configure” first.', "the same path in curly marks"),
    ('Add the line to ".bashrc" and log in again.', "a dot-file quoted whole: the mark right after the name closes it"),
    ('Set it in "/usr/bin" or "--prefix" instead.', "a path from the root and an option, already left"),
    (
        # fresh 19 (Go 1's release notes): a struct tag's option, quoted whole, starts with a comma
        'For example, the old "attr" is now written ",attr" while plain "attr" remains valid.',
        "a token quoted whole that starts with a comma: the mark right after it closes it",
    ),
    ('He said "..." and left.', "an ellipsis quoted alone (the words left unsaid): the mark after it closes it"),
    ('The answer was "...". Then he left.', "the quoted ellipsis before a sentence's stop"),
    ('She wrote "...", then stopped.', "the quoted ellipsis before a comma"),
]


@pytest.mark.parametrize("line, why", PATHS, ids=[w for _, w in PATHS])
def test_a_mark_before_a_quoted_path_is_an_opening_mark(line: str, why: str) -> None:
    assert textmend.clean(line) == line, why


# (a close typed with a space before a stop, the repaired line, why it is still repaired)
SPACED_CLOSES = [
    ('It was all "over ". Then he left.', 'It was all "over". Then he left.', "a stop and a space after the mark: a close"),
    ('It was all "over ".Then he left.', 'It was all "over". Then he left.', "a stop glued to a capital: a sentence's end"),
    ('He said it was “over ”. Then he left.', 'He said it was “over”. Then he left.', "the same in curly marks"),
    ('It was all "over ", she said.', 'It was all "over", she said.', "a comma and a space after the mark: a close"),
    ('It was all "over ",she said.', 'It was all "over",she said.', "a comma glued to a word with no mark after it: a close"),
    ('It was all "over "... Then he left.', 'It was all "over"... Then he left.', "an ellipsis after the mark, no mark after it: a close"),
]


@pytest.mark.parametrize("line, repaired, why", SPACED_CLOSES, ids=[w for _, _, w in SPACED_CLOSES])
def test_a_close_typed_with_a_space_before_a_stop_is_still_repaired(line: str, repaired: str, why: str) -> None:
    assert textmend.clean(line) == repaired, why
