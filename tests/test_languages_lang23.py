"""Issue 15, branch lang23: Indonesian and Malay honorific abbreviations doubled; Latin fusions in
Cyrillic and Greek prose.

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


# fused: a lower-case Latin token glued in a text of a Cyrillic or Greek language is read with
# English's lexicon (the language's own scanner reads only its own script's words).
LATIN_FIX = [
    ("Летом мы снова поехали в Италию, где по вечерам на каждой площади звучит livemusic, "
     "а местные повара охотно делятся рецептами со всеми желающими.",
     "livemusic", "live music"),
    ("Наш магазин работает в режиме online, и каждый заказ приходит к покупателю за два дня, "
     "а служба поддержки отвечает на вопросы круглосуточно и очень вежливо.",
     None, None),
    ("Στο κέντρο της πόλης άνοιξε ένα νέο καφέ, όπου σερβίρουν κάθε βράδυ ένα πλούσιο brunch "
     "και ένα ποτήρι cheapwine με ντόπια γλυκά και ζεστό ψωμί από τον φούρνο της γειτονιάς.",
     "cheapwine", "cheap wine"),
]


@pytest.mark.parametrize("text, glued, apart", LATIN_FIX)
def test_a_latin_fusion_in_cyrillic_or_greek_prose_is_split(text, glued, apart):
    expected = text if glued is None else text.replace(glued, apart)
    assert textmend.clean(text) == expected


LATIN_KEEP = [
    ("Вчера на конференции выступал основатель компании Slowfood, и он рассказал много интересного "
     "о том, как правильно выбирать продукты на рынке и готовить их дома.",
     "a capitalized Latin word is a name"),
    ("Когда я приехал в Москву, друзья сказали мне privetmir вместо обычного приветствия, "
     "и мы долго смеялись над этой шуткой все вместе в тот вечер.",
     "a transliteration: no split into two English words the gates let through"),
    ("Сохранить livemusic",
     "a short message (a button, a label): no split in a text of a few words"),
]


@pytest.mark.parametrize("text, why", LATIN_KEEP)
def test_other_latin_tokens_in_cyrillic_prose_stay(text, why):
    assert textmend.clean(text) == text, why
