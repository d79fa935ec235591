"""Issue 15, branch lang23: Indonesian and Malay honorific abbreviations doubled.

The blessing formula after a name is written shortened (``saw``, ``swt``, ``ra``, ``rah``):
an abbreviation stands once after its name and is no word the languages reduplicate, so a
second copy is a slip, as with the name particles ``bin`` and ``binti``.  Our own sentences.
"""

import pytest

import textmend
from textmend.normalizers.repeats import RepeatedWords
from contract import check_contract

FIX = [
    ("id", "Sahabat Umar ra ra dikenal sebagai pemimpin yang sangat adil dan tegas.",
     "Sahabat Umar ra dikenal sebagai pemimpin yang sangat adil dan tegas.",
     "ra after a companion's name"),
    ("id", "Nabi Muhammad saw saw mengajarkan umatnya untuk selalu berbuat baik kepada tetangga.",
     "Nabi Muhammad saw mengajarkan umatnya untuk selalu berbuat baik kepada tetangga.",
     "saw after the Prophet's name"),
    ("ms", "Kita hendaklah sentiasa bersyukur kepada Allah swt swt atas segala nikmat yang diberikan.",
     "Kita hendaklah sentiasa bersyukur kepada Allah swt atas segala nikmat yang diberikan.",
     "Malay swt after Allah"),
]
KEEP = [
    ("id", "Para sahabat sahabat Nabi berkumpul di masjid setelah shalat Jumat selesai.",
     "a content word doubled with a space stays (reduplication is grammar)"),
    ("id", "Nabi Muhammad saw bersabda bahwa senyum kepada saudaramu adalah sedekah.",
     "no double: nothing to do"),
]


@pytest.mark.parametrize("lang, text, expected, why", FIX)
def test_a_doubled_honorific_abbreviation_is_repaired(lang, text, expected, why):
    assert check_contract(RepeatedWords(lang=lang), text) == expected, why


@pytest.mark.parametrize("lang, text, expected, why", FIX)
def test_the_default_call_repairs_it_too(lang, text, expected, why):
    assert textmend.clean(text) == expected, why


@pytest.mark.parametrize("lang, text, why", KEEP)
def test_reduplication_still_stays(lang, text, why):
    assert RepeatedWords(lang=lang).find_edits(text) == [], why
