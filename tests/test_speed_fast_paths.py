"""Fast paths for the commonest runs give what the general rules give."""

from __future__ import annotations

import pytest
from hypothesis import given
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
