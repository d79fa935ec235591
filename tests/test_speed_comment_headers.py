"""The comment headers asked only of a token that may head a line (issue 16, branch speed30;
docs/benchmarks.md, "clean()'s overhead above its floor").

``punctuation`` leaves a glued mark alone in a token that heads a comment (``Mrs.Sound August
13, 2008``, ``Project:Lorna says``).  The headers are found by scans of the whole text
(``analysis.dated_header_starts``, ``comment_header_starts``), and they were asked at every
glued mark, most of which stand inside a sentence (``U.S.``).  Now ``_may_head_comment`` is
asked first: its ``False`` must prove the token is no header's, in the text and in any window
of it a reread reads.  Checked here on written headers, on generated lines of the shapes the
header patterns read, and on the dev corpus; and the scans are no longer made for a text whose
glued marks all stand inside sentences.
"""

from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus import paragraphs
from textmend import analysis
from textmend.normalizers import punctuation
from textmend.normalizers.punctuation import PunctuationSpacing, _may_head_comment

MONTHS = frozenset({"august", "may", "feb", "march"})

HEADERS = [
    "Ann August 1, 2008\nHi.\nbobsmith August 2, 2008\nYes.\nCy May 3, 2009\nNo.",
    "1 Ann May 1, 2011 at 3:42 am\nHi.\n2 bobsmith May 1, 2011 at 4:35 pm\nYes.\n3 Cy May 2, 2011\n",
    "Magic of Spice — Feb. 28, 2012 @ 9:20 am\nYum\nann — Feb. 28, 2012\nHi\nbob | Feb. 29, 2012\n",
    "  186.\tMrs.Sound August 13, 2008\nx\n \t1234 Lo.Ra August 14, 2008\ny\n\t١٢ Cy August 15, 2008\n",
    "Kris says\nI made it.\nProject:Lorna says\nPerfection.\n   JUDY says\nYum.\n\tMrs.Sound wrote:\n",
]


def _headers(text: str) -> set[int]:
    return set(analysis.dated_header_starts(text, MONTHS)) | set(analysis.comment_header_starts(text))


def _windows(text: str):
    """The text and windows of it: cut at each line break, and at every position (a reread's
    window is cut at a line break when one is in reach, else anywhere)."""
    yield text, 0
    for cut in range(1, len(text)):
        yield text[cut:], cut


def _check(text: str) -> int:
    found = _headers(text)
    for window, offset in _windows(text):
        for p in found:
            if p >= offset:
                assert _may_head_comment(window, p - offset), (text, offset, p)
    return len(found)


def test_written_headers_all_may_head():
    assert sum(_check(text) for text in HEADERS) >= 13  # the comparison is not over empty sets


def test_tokens_inside_a_sentence_cannot_head():
    text = "The U.S. said so.\n12345 a.b\n12 x.Y and\nsaid Mrs.Sound\n  .5 e.g."
    for token in ("U.S.", "a.b", "Mrs.Sound", "e.g."):
        assert not _may_head_comment(text, text.index(token)), token
    # ... and what heads a line, after spaces and a short number, may
    for token in ("The", "12345", "x.Y"):
        assert _may_head_comment(text, text.index(token)), token
    # A run of spaces longer than the walk answers "maybe", never "no".
    long_lead = "word" + " " * (punctuation._HEADER_LEAD_WALK + 5) + "x.Y"
    assert _may_head_comment(long_lead, long_lead.index("x.Y"))


_PIECES = st.sampled_from(
    [" ", "\t", "\n", "\r", "1", "12", "186", "2008", "١", ".", ",", " — ", " | ", "--", " on ", " at ",
     "Ann", "bob", "Mrs.Sound", "says", "wrote:", "writes", "May", "August", "Feb.", " 1,", " 28, ", "2012",
     " 3:42 am", "x", "said"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_generated_header_lines(text):
    _check(text)


def test_corpus_headers_may_head():
    for _, _, para in paragraphs():
        found = _headers(para)
        assert all(_may_head_comment(para, p) for p in found)


def test_marks_inside_sentences_do_not_scan_for_headers():
    text = "Officials in the U.S. said on Monday, Aug. 3, 2020 that talks would go on.\nIt rained.Then it stopped."
    calls: list[str] = []

    def counted(name):
        real = getattr(punctuation, name)

        def wrapper(*args):
            calls.append(name)
            return real(*args)

        return wrapper

    with mock.patch.object(punctuation, "dated_header_starts", counted("dated_header_starts")), mock.patch.object(
        punctuation, "comment_header_starts", counted("comment_header_starts")
    ):
        out = PunctuationSpacing()(text)
        assert out.endswith("It rained. Then it stopped.")  # a glued mark was judged
        assert calls == []
        # A glued mark in a token heading a line still asks.
        PunctuationSpacing()("Mrs.Sound August 13, 2008\nHi.")
        assert "dated_header_starts" in calls
