import pytest
from hypothesis import given
from hypothesis import strategies as st

from textmend.normalizers.whitespace import Whitespace

from contract import check_contract
from growth import assert_grows_linearly

W = Whitespace()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a  b", "a b"),
        ("a \t b", "a b"),
        ("a    b     c", "a b c"),
        ("end  \nnext \t\n", "end\nnext\n"),
        ("trailing at the very end   ", "trailing at the very end"),
        ("a\u00a0b", "a b"),
        ("a\u2009\u2009b", "a b"),
        ("a \u00a0 b", "a b"),
        ("zero\u200bwidth", "zerowidth"),
        ("word \u200bword", "word word"),
        ("\ufeffStart of file", "Start of file"),
        ("mid\ufeffword", "midword"),
        ("soft\u00adhyphen", "softhyphen"),
        ("a\u2060\u2060\n", "a\n"),
        ("a\n  \n", "a\n\n"),
        ("crlf  line \r\nnext", "crlf line\r\nnext"),
        ("\u00a0lead", " lead"),
    ],
)
def test_repairs(text, expected):
    assert W(text) == expected
    check_contract(W, text)


@pytest.mark.parametrize(
    "text",
    [
        "One space between words, always.",
        "  indented line\n\tand a tab-indented one",
        "name\tvalue\tunit",
        "Line one\n\nParagraph two\r\n\r\nThree",
        "Il a dit\u00a0: «\u00a0Bonjour\u00a0!\u00a0»",
        "Prix\u202f: 10\u202f000 euros",
        "ภาษาไทย\u200bไม่มี\u200bช่องว่าง",
        "日本語\u200bテキスト",
        "emoji 🏳️\u200d🌈 and ZWNJ می\u200cخواهم",
        "中文　全角空格",
        "",
        "\n\n\n",
        "before\n\n\u200b\n\nafter",
    ],
)
def test_leaves_alone(text):
    assert W.find_edits(text) == []


def test_reasons_name_the_damage():
    reasons = {e.reason for e in W.find_edits("a  b\u00a0c\u200bd e \nf\u00adg")}
    assert reasons == {
        "collapse a run of spaces and tabs",
        "replace an unusual space with a plain one",
        "remove a zero-width space",
        "remove trailing spaces",
        "remove a soft hyphen",
    }


@given(st.text())
def test_contract_on_any_text(text):
    check_contract(W, text)


@given(st.text(alphabet=" \t\n\r\u00a0\u200b\u2009\ufeff\u00adab:«»1", max_size=60))
def test_contract_on_whitespace_soup(text):
    out = check_contract(W, text)
    import re

    for line in re.split(r"[\r\n]", out):
        body = line.lstrip(" \t")  # indentation is kept as it is
        assert "  " not in body and not body.endswith((" ", "\t"))


def test_linear_on_long_runs():
    def text(n: int) -> str:
        return " " * n + "x" + " \u00a0" * n

    assert W(text(100)) == " " * 100 + "x"
    assert_grows_linearly(W, text(10_000), text(100_000))


@given(st.text(alphabet=" \t\n\r\u00a0\u200b\u2009\ufeff\u00adab", max_size=40))
def test_cheap_check_never_hides_a_candidate(text):
    from textmend.normalizers.whitespace import _CANDIDATE, _may_need_work

    assert _may_need_work(text) or _CANDIDATE.search(text) is None
