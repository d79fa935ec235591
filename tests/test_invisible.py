
import pytest
from hypothesis import given
from hypothesis import strategies as st

from textmend.normalizers.invisible import Invisible, find_replacement_characters

from contract import check_contract
from growth import assert_grows_linearly

I = Invisible()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("NUL\x00 byte", "NUL byte"),
        ("bell\x07 and\x1b escape", "bell and escape"),
        ("del\x7fete", "delete"),
        ("vertical\x0btab", "vertical tab"),
        ("form\x0cfeed", "form feed"),
        ("unit\x1fsep", "unit sep"),
        ("line end\x0c\nnext", "line end\nnext"),
        ("\ufeffStart of the text", "Start of the text"),
        ("\ufeff\x00\ufeffTwo BOMs and a NUL", "Two BOMs and a NUL"),
        ("swapped\ufffe BOM", "swapped BOM"),
        ("Latin text\u200e with a mark", "Latin text with a mark"),
        ("Latin\u200f text\u202a embedded\u202c", "Latin text embedded"),
        ("isolate \u2066here\u2069", "isolate here"),
        ("override \u202egnirts\u202c", "override gnirts"),
        ("f\u2061(x) invisible operator", "f(x) invisible operator"),
        ("tags\U000e0041\U000e0042 alone", "tags alone"),
        ("stray \x81 byte", "stray  byte"),
        ("flag \U0001f3f4\U000e0067\x00\U000e0062\U000e007f", "flag \U0001f3f4\U000e0067\U000e0062\U000e007f"),
        ("line one\n\nשלום\n\nEnglish\u200e line", "line one\n\nשלום\n\nEnglish line"),
    ],
)
def test_repairs(text, expected):
    assert check_contract(I, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "tab\tand CR LF\r\n are structure",
        "Hebrew שלום\u200f (RLM) stays with right-to-left text",
        "عربي\u200e 123 \u2067mark\u2069",
        "emoji 👩\u200d💻 and Persian می\u200cخواهم",
        "variation selector ❤\ufe0f and 葛\U000e0100",
        "England \U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f flag",
        "Scotland \U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f\U0001f3f4\U000e0067\U000e007f",
        "zero\u200bwidth, joiner\u2060 and mid\ufeffBOM belong to whitespace",
        "C1 with a Windows-1252 meaning is mojibake's: don\x92t",
        "mojibake sequence Ã\x81 and ã\x81\x8d stay",
        "U+FFFD runs are reported, not edited: caf\ufffd",
        "\ufeff",  # a line of nothing but invisible characters: the whitespace normalizer keeps it
        "\ufeff\ufeff\n",
        "",
    ],
)
def test_leaves_alone(text):
    assert I.find_edits(text) == []


def test_find_replacement_characters():
    assert find_replacement_characters("clean") == []
    assert find_replacement_characters("\ufffd\ufffdab\ufffd") == [(0, 2), (4, 5)]


@given(st.text())
def test_contract_on_any_text(text):
    check_contract(I, text)


@given(st.text(alphabet=st.sampled_from(list("ab \n\x00\x0b\x81\x92Ãã\u200e\u200fש\ufeff\U0001f3f4\U000e0067\U000e007f"))))
def test_contract_on_debris(text):
    check_contract(I, text)


@pytest.mark.parametrize("unit, n", [("\x00", 100_000), ("\x0ba", 25_000), ("\u200e", 100_000), ("\U000e0067", 100_000), ("Ã\x81", 100_000)])
def test_linear_time_on_adversarial_input(unit, n):
    assert_grows_linearly(I.find_edits, unit * (n // 10), unit * n)
