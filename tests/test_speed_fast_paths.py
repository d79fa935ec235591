"""Fast paths for the commonest runs give what the general rules give."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textmend.normalizers import whitespace
from textmend.normalizers.whitespace import Whitespace

_PIECES = st.sampled_from(list("abzAZ19 .,€«»-–\n\t\r") + ["  ", " \t "] + list(whitespace._WIDE) + ["v", "I", "XIV", "Dr.", "\u200b", "1er", "21st", "%(count)s", "{n}", "3.", "er", "st"])
_TEXTS = st.lists(_PIECES, max_size=25).map("".join)


@pytest.mark.parametrize("stage", [Whitespace(), Whitespace(lang="cs"), Whitespace(lang="fr"), Whitespace(flatten_typographic=True)], ids=repr)
@given(text=_TEXTS)
def test_the_fast_paths_are_the_general_rule(stage: Whitespace, text: str) -> None:
    # Every edit, the fast path's included, is what the general repair says of its run.
    for e in stage.find_edits(text):
        new, reason = whitespace._repair(text, e.start, e.end, stage.flatten_typographic, stage.lang)
        assert (e.new, e.reason) == (new, reason)
    # And no run the general rule repairs is missed: the runs are read as ever, the fast
    # paths only answer for some of them.
    repaired = {(e.start, e.end) for e in stage.find_edits(text)}
    for m in whitespace._CANDIDATE.finditer(text):
        s, e = m.span()
        while s > 0 and text[s - 1] in whitespace._HORIZONTAL:
            s -= 1
        while e < len(text) and text[e] in whitespace._HORIZONTAL:
            e += 1
        if whitespace._repair(text, s, e, stage.flatten_typographic, stage.lang)[0] is not None:
            assert (s, e) in repaired


def test_quotes_leaves_a_monstrous_run_of_marks_alone_and_says_so(caplog) -> None:
    from textmend.normalizers.quotes import Quotes

    damaged = "“We will give diplomacy a chance“, he declared."
    assert Quotes().find_edits(damaged)  # the repair the guard gives up
    with caplog.at_level("WARNING", logger="textmend"):
        assert Quotes().find_edits(damaged + "\n" + "“ ”" * 60) == []
    assert any("run of 120 quotation marks" in r.getMessage() for r in caplog.records)
    # Shorter runs are judged as ever.
    assert Quotes().find_edits(damaged + "\n" + "“”" * 40)


def test_quotes_leaves_a_text_made_of_double_marks_alone_and_says_so(caplog) -> None:
    from textmend.normalizers.quotes import Quotes

    damaged = "“We will give diplomacy a chance“, he declared."
    marks = "“a ”b " * 600  # 1,200 double marks, one in three characters
    with caplog.at_level("WARNING", logger="textmend"):
        assert Quotes().find_edits(damaged + "\n" + marks) == []
    assert any("1202 double quotation marks" in r.getMessage() for r in caplog.records)
    # The same marks fewer than a thousand, or spread through prose, are judged as ever.
    assert Quotes().find_edits(damaged + "\n" + "“a ”b " * 400)
    prose = "“Yes,” she said. “No,” he said, and the council voted on the plan again. " * 40
    assert Quotes().find_edits(damaged + "\n" + prose)


# --- quotes: only the lines holding a mark are visited ---------------------------------

_LINE_PIECES = st.sampled_from(list("ab \n\r\t,.\"'`´′“”‘’„«»") + [",,", "\n\n", "it’s", "x"])
_LINE_TEXTS = st.lists(_LINE_PIECES, max_size=30).map("".join)


@given(text=_LINE_TEXTS)
def test_quotes_visits_every_line_the_full_test_would_read(text: str) -> None:
    from textmend.normalizers import quotes

    lines = text.split("\n")
    visited = quotes._lines_with_marks(text)
    # Each (index, start) names a line truly, in order, once.
    assert [k for k, _ in visited] == sorted({k for k, _ in visited})
    for k, start in visited:
        assert text[start : start + len(lines[k])] == lines[k]
        assert start == 0 or text[start - 1] == "\n"
    # A line passed over is one neither test of the reading loop would pick.
    passed_over = set(range(len(lines))) - {k for k, _ in visited}
    for k in passed_over:
        para = lines[k][:-1] if lines[k].endswith("\r") else lines[k]
        assert not quotes._PARA_HAS_QUOTE.search(para) and not quotes._ODD_MARK.search(para)
    for line in lines:
        assert quotes._has_odd_mark(line) == bool(quotes._ODD_MARK.search(line))


def _written_plain_by_pattern(para: str, phrase: str) -> bool:
    # quotes._written_plain before its str.find check: the pattern asked for every phrase.
    import regex

    from textmend.normalizers import quotes

    if not phrase or not all(c.isalnum() or c in "-’'" for c in phrase):
        return False
    for found in regex.finditer(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(phrase)}(?![\p{{L}}\p{{N}}])", para):
        if found.start() == 0 or para[found.start() - 1] not in quotes._ALL_QUOTES:
            return True
    return False


_PHRASES = st.lists(st.sampled_from(list("aAb1-’'é") + ["ab", "aa"]), min_size=0, max_size=4).map("".join)
# None stands for the phrase itself: the paragraphs write it after marks, at their start and
# end, beside itself ("aaa" for "aa"), inside longer words.
_QUOTED_PIECES = st.lists(st.sampled_from(list("“”\"‘’'„«»‹› a1b-.,é\n") + ["ab", "aa", "Ab", None, None, None]), max_size=14)


@settings(max_examples=400)
@given(pieces=_QUOTED_PIECES, phrase=_PHRASES)
def test_quotes_written_plain_is_the_pattern_answer(pieces: list, phrase: str) -> None:
    # The str.find check must never say "no" where the pattern says "yes" (nor the reverse).
    from textmend.normalizers import quotes

    para = "".join(phrase if piece is None else piece for piece in pieces)
    assert quotes._written_plain(para, phrase) == _written_plain_by_pattern(para, phrase)
