"""The quotes normalizer in other scripts and conventions: a paragraph's own consistent
marks are kept, a correct pair is not turned round because of a broken pair elsewhere,
and a ``’s`` that is a word of its own keeps its space.  Sentences written for these
tests; each kept case names its reason, and the repairs that must still happen sit beside them."""

import pytest
from contract import check_contract

import textmend
from textmend.normalizers.quotes import Quotes

# (text, why it is right as written)
KEPT = [
    ("قال الوزير إن ”الخطة الجديدة“ ستبدأ الشهر المقبل.",
     "Arabic writes ”…“ consistently: the marks as they look from its own direction"),
    ("أعلنت الوزارة عن ”برنامج الدعم“ و”صندوق الإسكان“ هذا الأسبوع.",
     "two Arabic pairs in the same ”…“ convention"),
    ("שר האוצר הציג את ”תוכנית החירום“ בכנסת.",
     "Hebrew in the ”…“ convention"),
    ("用户名只能包含字母、数字和符号“@”、“+”、“-”和“_”。",
     "each Chinese “-” pair is whole as written: a ” after a hyphen still closes its pair"),
    ("\"“%(name)s” must be a valid value.\"",
     "a curly pair inside a straight-quoted message pairs as written"),
    ("Bha an t-sìde fuar air sgàth ’s gun robh a’ ghaoth làidir.",
     "Scottish Gaelic ’s (is) is a word of its own: the space before it is right"),
    ("Cheannaich i aran ’s bainne ’s ìm aig a’ bhùth.",
     "Scottish Gaelic ’s (and), written as a word more than once in the text"),
    ("Hij komt ’s morgens vroeg en vertrekt ’s avonds laat.",
     "Dutch ’s (des) is a word of its own: ’s morgens, ’s avonds"),
]


@pytest.mark.parametrize("text, why", KEPT, ids=[w[:40] for _, w in KEPT])
def test_a_paragraph_own_convention_is_kept(text, why):
    assert textmend.clean(text) == text, why
    assert Quotes(lang="und")(text) == text, why


# (damaged, repaired, what was wrong)
REPAIRED = [
    ("The Senate ’s vote came late on Tuesday night.", "The Senate’s vote came late on Tuesday night.",
     "English ’s spaced off its word"),
    ("Trump ’s plan", "Trump’s plan", "too short to identify, after a common English word"),
    ("He called it “historic“ and left.", "He called it “historic” and left.",
     "a closing mark turned the wrong way, with no correct pair beside it"),
    ("Idatzi helbidea “bide“ gisa edo osorik, “https://”-ekin hasita.",
     "Idatzi helbidea “bide” gisa edo osorik, “https://”-ekin hasita.",
     "the broken “bide“ is repaired; the correct “https://” beside it is not turned round"),
    ("He said the deal was ”done” after the vote.", "He said the deal was “done” after the vote.",
     "an opening mark turned the wrong way"),
]


@pytest.mark.parametrize("damaged, repaired, why", REPAIRED, ids=[w[:40] for _, _, w in REPAIRED])
def test_repairs_still_happen(damaged, repaired, why):
    assert textmend.clean(damaged) == repaired, why


def test_arabic_marks_that_are_not_consistent_are_still_judged():
    # ”…” in an Arabic paragraph follows neither convention: the paragraph's marks
    # are no evidence, so the usual reading applies (it must not raise, and it keeps the contract).
    text = "قال الوزير إن ”الخطة الجديدة” ستبدأ الشهر المقبل."
    check_contract(Quotes(), text)
