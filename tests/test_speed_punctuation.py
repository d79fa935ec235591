"""punctuation's scan (issue 16, seventh round): every short string, not a sample.

The scan asks first whether a mark has a space before it or a letter after it, which
every branch of its first group wants; the plain form in tests/test_speed_equivalence.py
is the specification.  Strings of up to five characters over the characters the branches
look at hold every neighbourhood a branch reads (three before a mark, one after).
"""

from __future__ import annotations

import itertools

from test_speed_equivalence import _PLAIN_SCAN, _hits
from textmend.normalizers import punctuation

_ALPHABET = "a1_ \t.,)]…—(\n%\"”"


def test_the_scan_finds_what_the_plain_form_finds_in_every_short_string() -> None:
    for size in range(1, 5):
        for chars in itertools.product(_ALPHABET, repeat=size):
            text = "".join(chars)
            assert _hits(punctuation._SCAN, text) == _hits(_PLAIN_SCAN, text), text
    # ...and with a word before and after, at every length of the middle.
    for chars in itertools.product(" \t.,)…—(", repeat=3):
        text = "ab" + "".join(chars) + "cd"
        assert _hits(punctuation._SCAN, text) == _hits(_PLAIN_SCAN, text), text


# --- long documents: the counted-list lines, a token's start, an optional part (issue 16, twelfth round)

import random  # noqa: E402
from bisect import bisect_right  # noqa: E402

_COUNTED_PIECES = [
    "Firefox OS (114)", "+ Node.js (21)", "  Mission:Mozilla (9) ", "A B C D (1)", "A B C D E (2)",
    "J.Sheon (3)\r", "Photo:Reuters (AP)", "said it,and left", "(12)", "x (1,2.3)", "", " ", "\r", "\x1c(4)",
    "• Tag (5)", "Tag\u2028two (6)", "Tag (7)\u2028",
]


def _counted_spans_whole_text(text: str) -> list[tuple[int, int]]:
    """The whole-text reading the local one replaced: every line of the shape, kept where a
    line of the shape stands one line break before and after it."""
    spans = [m.span() for m in punctuation._COUNTED_LINE.finditer(text)]
    return [
        spans[k]
        for k in range(1, len(spans) - 1)
        if text[spans[k - 1][1] : spans[k][0]] in ("\n", "\r\n", "\r")
        and text[spans[k][1] : spans[k + 1][0]] in ("\n", "\r\n", "\r")
    ]


def _in_counted_list_whole_text(text: str, pos: int) -> bool:
    spans = _counted_spans_whole_text(text)
    k = bisect_right(spans, (pos, len(text))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def test_counted_list_read_line_by_line_answers_as_the_whole_text_reading() -> None:
    rnd = random.Random(16)
    kept = 0
    for _ in range(1500):
        lines = [rnd.choice(_COUNTED_PIECES) for _ in range(rnd.randint(0, 6))]
        text = "".join(line + rnd.choice(["\n", "\n", "\r\n", "\n\n", "\r"]) for line in lines)
        text = text[: rnd.randint(max(0, len(text) - 3), len(text))]
        positions = list(range(len(text) + 1))
        if rnd.random() < 0.3:
            rnd.shuffle(positions)  # asked out of order: the remembered line must not mislead
        ctx = punctuation._Context(text)
        for pos in positions:
            expected = _in_counted_list_whole_text(text, pos)
            assert ctx.in_counted_list(pos) == expected, (text, pos)
            kept += expected
    assert kept > 100  # the lists are there to be found, not only their absence


def test_a_token_found_backwards_starts_where_the_walk_over_str_isspace_starts() -> None:
    rnd = random.Random(16)
    spaces = [chr(c) for c in range(0x3001) if chr(c).isspace()]
    alphabet = spaces + list("ab.,)(") + ["\u00e9", "\u4e2d", "\ud7ff"]
    for _ in range(300):
        # tokens of every length around the walk's limit, past which the search takes over
        density = rnd.choice([0.3, 0.03, 0.01])
        text = "".join(rnd.choice(alphabet) if rnd.random() < density else "x" for _ in range(rnd.randint(0, 200)))
        for i in range(len(text)):
            start = i
            while start > 0 and not text[start - 1].isspace():
                start -= 1
            ctx = punctuation._Context(text)
            ctx.load_token(i)
            assert ctx.token_start == start, (text, i)


def test_the_optional_part_is_read_at_the_end_of_a_bracket_however_long() -> None:
    stage = punctuation.PunctuationSpacing()
    for inner in ["Cyber-", "Vor\u2010", "x" * 500 + " Cyber-", "a-" + "x" * 500, "Cyber- x", "-"]:
        text = f"Gegen ({inner})Terroristen und mehr."
        # the whole content searched, as before: an optional part leaves the text as it is
        whole = punctuation._OPTIONAL_PART.search(inner) is not None
        assert (stage(text) == text) == whole, text


_PARAGRAPH_WORDS = [
    "qwrt", "the", "what", "think", "Diverkañ", "Eur", "actualité", "übt", "Kritik", "%(field_type)s",
    "(abcd)", "abcd)", "привет", "Wday.ru", "itnow", "x", "é", "ñandú", "Ünd", "a1b2", "日本", "\u0301",
]


def _paragraph(rnd: random.Random) -> str:
    return "".join(rnd.choice(_PARAGRAPH_WORDS) + rnd.choice([" ", "  ", "\t", ": ", " ? ", " ; ", ", "]) for _ in range(rnd.randint(0, 25)))


def test_running_counts_over_a_paragraph_equal_counts_from_its_start() -> None:
    # Asked at every space, in order (as the stage reads the marks) and out of it.
    rnd = random.Random(16)
    stage = punctuation.PunctuationSpacing(lang="fr")
    for _ in range(300):
        text = "\n\n".join(_paragraph(rnd) for _ in range(rnd.randint(1, 3)))
        ctx = punctuation._Context(text)
        ends = [i for i, ch in enumerate(text) if ch in " \t"]
        if rnd.random() < 0.3:
            rnd.shuffle(ends)
        for end in ends:
            start = ctx.paragraph(end)[0]
            assert ctx.running_counts(start, end, "latin", stage._latin_counts) == stage._latin_counts(text, start, end)
            assert ctx.running_counts(start, end, "french", stage._french_counts) == stage._french_counts(text, start, end)


def test_a_long_paragraph_of_spaced_marks_among_tight_ones_takes_linear_time() -> None:
    # Each spaced "?" (a paragraph of no known language, tight marks the commoner) asked about
    # the words from the paragraph's start: 16 k characters took 1.5 s when counted afresh.
    import textmend
    from growth import assert_grows_linearly

    unit = "qwrt: zx; kl! mn ? "
    assert_grows_linearly(textmend.clean, unit * (20_000 // len(unit)), unit * (200_000 // len(unit)))


def test_tight_marks_found_from_the_mark_are_the_tight_marks_pattern_finds() -> None:
    rnd = random.Random(16)
    alphabet = list("ab:;!?.)]”’\" \t\n") + ["\u0301", "1", "é", "日"]
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                assert punctuation._tight_marks(text, start, end) == len(punctuation._TIGHT_MARK.findall(text, start, end)), (text, start, end)
