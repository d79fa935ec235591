"""The shape readings of ``benchmarks/glue_shape.py`` (issue 13, branch ``prec14``)."""

from __future__ import annotations

from benchmarks.glue_shape import _edge, _kind, _seam


def test_the_seam_of_two_glued_tokens() -> None:
    assert _seam("said.", "The") == "punctuation"
    assert _seam("HEADLINE", "The") == "case boundary"
    assert _seam("sacked", "last") == "lower case"
    assert _seam("2019", "9") == "digit"


def test_where_a_token_sits() -> None:
    text = "Top stories\nfollowthe news\nThe sackedlast night. A blackholes Report"
    at = text.index("followthe")
    assert _edge(text, at, at + len("followthe")) == "line edge"
    at = text.index("sackedlast")
    assert _edge(text, at, at + len("sackedlast")) == "running text"
    at = text.index("blackholes")
    assert _edge(text, at, at + len("blackholes")) == "capital after"


def test_the_kind_of_pair() -> None:
    assert _kind("head", "guard", "en") == "content + content"
    assert _kind("country", "and", "en") == "content + function"
    assert _kind("in", "sanitation", "en") == "function + content"
    assert _kind("of", "the", "en") == "function + function"
