"""The pipeline runs for any language code: known to wordfreq, needing its optional
tokenizers (zh, ja: jieba, MeCab, not installed), or unknown."""

import pytest

from textmend import DEFAULT_ORDER, Pipeline, build

SAMPLE = "Das ist  ein Test ,und der the the Satz.Er sagte “ja“, und 東京 ทดสอบ ok"


@pytest.mark.parametrize("lang", ["en", "de", "fr", "ru", "ar", "ko", "zh", "ja", "en-US", "auto"])
def test_every_stage_runs_for_any_language(lang):
    pipeline = Pipeline([build(name, lang=lang) for name in DEFAULT_ORDER], on_error="raise")
    out = pipeline(SAMPLE)
    assert isinstance(out, str)
    assert "  " not in out  # language-blind repairs still happen


@pytest.mark.parametrize("lang", ["th", "xx-unknown"])
def test_a_language_wordfreq_lacks_is_an_error_naming_the_supported_ones(lang):
    for name in DEFAULT_ORDER:
        with pytest.raises(ValueError, match="supported: \"auto\", \"und\", ar, bg"):
            build(name, lang=lang)


# --- language codes and identification (textmend.language) ---------------------------

import time

from textmend.language import SPACELESS, identify, identify_spans, normalize_lang, supported_languages


@pytest.mark.parametrize(
    "tag, code",
    [
        ("en", "en"), ("en-US", "en"), ("EN_gb", "en"), ("pt_BR", "pt"), ("pt-PT", "pt"),
        ("zh-Hant", "zh"), ("zh-Hans-CN", "zh"), ("sr-Latn", "sh"), ("hr", "sh"), ("no", "nb"),
        ("nn-NO", "nb"), ("tl", "fil"), ("iw", "he"), ("in", "id"), ("deu", "de"), ("fre", "fr"),
        (" fr-CA ", "fr"), ("auto", "auto"), ("AUTO", "auto"),
    ],
)
def test_normalize_lang_maps_tags_to_wordfreq_codes(tag, code):
    assert normalize_lang(tag) == code
    assert code == "auto" or code in supported_languages()


@pytest.mark.parametrize("tag", ["xx", "tlh", "klingon", "", "en--US", "e", "12", "sw"])
def test_normalize_lang_refuses_unknown_languages_and_names_the_supported(tag):
    with pytest.raises(ValueError) as err:
        normalize_lang(tag)
    assert "supported" in str(err.value) and " en," in str(err.value) and "auto" in str(err.value)


# Real sentences of news copy per language (written for these tests, not translated
# from one English original).
SENTENCES = [
    ("en", "The council voted on Tuesday to close two libraries, citing a shortfall of $4 million."),
    ("de", "Die Bahn hat für das Wochenende weitere Zugausfälle angekündigt, weil Personal fehlt."),
    ("fr", "Le gouvernement a présenté mercredi son projet de budget, qui prévoit une hausse des impôts."),
    ("es", "El temporal dejó sin luz a miles de vecinos de la costa durante toda la noche del lunes."),
    ("pt", "A seleção brasileira volta a campo nesta quinta-feira contra o Uruguai, em Montevidéu."),
    ("it", "Il sindaco ha firmato l'ordinanza che vieta il traffico nel centro storico fino a domenica."),
    ("nl", "Het kabinet wil de huurprijzen in de vrije sector aan banden leggen, zegt de minister."),
    ("pl", "Rząd zapowiedział, że od przyszłego roku płaca minimalna wzrośnie o kilkanaście procent."),
    ("sv", "Polisen utreder branden i flerfamiljshuset som misstänkt mordbrand, uppger presstalespersonen."),
    ("tr", "Merkez Bankası faiz oranını yüzde elli seviyesinde sabit tuttuğunu açıkladı."),
    ("id", "Pemerintah akan menaikkan harga bahan bakar minyak mulai pekan depan, kata menteri."),
    ("ru", "Власти города пообещали восстановить подачу горячей воды в течение двух суток."),
    ("uk", "Уряд ухвалив рішення про підвищення мінімальної пенсії з першого січня."),
    ("bg", "Правителството одобри бюджета за следващата година след дълги преговори."),
    ("ar", "أعلنت وزارة الصحة تسجيل انخفاض في عدد الإصابات خلال الأسبوع الماضي."),
    ("fa", "وزارت نیرو از کاهش مصرف برق در ماه گذشته در سراسر کشور خبر داد."),
    ("el", "Η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης για τους συνταξιούχους."),
    ("he", "הממשלה אישרה הבוקר את התקציב לשנה הבאה לאחר דיון ארוך."),
    ("hi", "सरकार ने अगले साल से न्यूनतम मजदूरी बढ़ाने की घोषणा की है।"),
    ("ko", "정부는 내년부터 최저임금을 인상하겠다고 발표했다."),
    ("ja", "政府は来年から最低賃金を引き上げると発表した。"),
    ("zh", "政府宣布从明年起提高最低工资标准。"),
]


@pytest.mark.parametrize("lang, sentence", SENTENCES)
def test_identify_names_the_language_of_a_news_sentence(lang, sentence):
    assert identify(sentence) == lang


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n ",
        "2019 - 2020: 14,5 %",
        "OK",
        "Angela Merkel",  # names only
        "Eesti valitsus teatas teisipäeval, et läbirääkimised jätkuvad järgmisel nädalal.",  # Estonian: no wordfreq list
        "Serikali ya Kenya imesema kwamba mazungumzo hayo yataendelea wiki ijayo.",  # Swahili
        "Gallia est omnis divisa in partes tres, quarum unam incolunt Belgae.",  # Latin
        "Он сказал: the talks will go on. Мы ждём ответа from the ministry today.",  # two scripts, mixed
        "ქართული ენა ერთ-ერთი უძველესი ენაა",  # Georgian: a script wordfreq lacks
    ],
)
def test_identify_is_unsure_without_evidence(text):
    assert identify(text) is None


def test_identify_spans_covers_every_paragraph_and_lets_short_ones_inherit():
    text = (
        "Berlin\n\n"
        "Die Bahn hat für das Wochenende weitere Zugausfälle angekündigt, weil Personal fehlt.\n\n"
        "Der Fahrgastverband kritisierte die Entscheidung am Freitag als kurzfristig.\n\n"
        "“We cannot plan our weekend like this,” a British tourist said at the station.\n\n"
        "12:45"
    )
    spans = identify_spans(text)
    assert [text[s:e].split()[0] for s, e, _ in spans] == ["Berlin", "Die", "Der", "“We", "12:45"]
    assert [lang for _, _, lang in spans] == ["de", "de", "de", "en", "de"]
    assert [lang for _, _, lang in identify_spans(text, inherit=False)] == [None, "de", "de", "en", None]
    # Paragraphs never overlap and keep their text.
    ends = [0] + [e for _, e, _ in spans]
    assert all(s >= prev for (s, _, _), prev in zip(spans, ends))


def test_identify_spans_splits_lines_when_there_are_no_blank_lines():
    text = "Le gouvernement a présenté mercredi son projet de budget pour l'an prochain.\nThe council voted on Tuesday to close two libraries in the city."
    assert [lang for _, _, lang in identify_spans(text)] == ["fr", "en"]


def test_a_latin_line_does_not_inherit_a_cyrillic_documents_language():
    text = "Власти города пообещали восстановить подачу горячей воды.\n\nВ мэрии уточнили, что работы уже начались.\n\nApple iPhone"
    assert [lang for _, _, lang in identify_spans(text)] == ["ru", "ru", None]


def test_a_letter_index_does_not_vote_for_the_languages_with_one_letter_words():
    # A site's letter index lists single capitals; each one is a word of Slovak or Czech
    # ("a", "v", "k", "s"), so left to vote they made a French footer line Slovak.  Without
    # them the line is too short to judge and takes its document's language.
    index = "Index actualité : A B C D E F G H I J K L M N O P Q R S T U V W X Y Z"
    assert identify(index) is None
    text = (
        "Le gouvernement a présenté mercredi son projet de budget pour l'an prochain.\n\n"
        + index
        + "\n\nLes syndicats appellent à une nouvelle journée de grève jeudi prochain."
    )
    assert [lang for _, _, lang in identify_spans(text)] == ["fr", "fr", "fr"]
    # The twin: single letters that are words of the sentence, lower case or alone, still vote.
    assert identify("V sobotu sa v Bratislave a v Košiciach konali protesty proti vláde.") == "sk"
    assert identify("A v piatok sa k nim pridali aj študenti z Nitry a Trnavy.") == "sk"


def test_spaceless_languages_are_marked():
    assert SPACELESS == {"zh", "ja"}


def _cpu(fn, arg) -> float:
    best = float("inf")
    for _ in range(2):
        t = time.process_time()
        fn(arg)
        best = min(best, time.process_time() - t)
    return best


def test_identify_cost_is_bounded_per_paragraph_and_linear_in_paragraphs():
    paragraph = SENTENCES[1][1] * 3
    identify(paragraph)  # word lists load outside the timing
    # One paragraph costs the same whatever its length: only its start is read.
    assert _cpu(lambda p: [identify(p) for _ in range(200)], paragraph * 100) < 3 * _cpu(
        lambda p: [identify(p) for _ in range(200)], paragraph
    ) + 0.01
    small = "\n\n".join([paragraph] * 200)
    assert _cpu(identify_spans, small * 10) < 15 * _cpu(identify_spans, small) + 0.01


# --- the default pipeline (lang="auto") on text of several languages ------------------

from hypothesis import given, settings
from hypothesis import strategies as st

import textmend

_CLEAN_TEXTS = [sentence for _, sentence in SENTENCES]


@pytest.mark.parametrize(
    "text",
    [
        # A definite or plural ending on a compound wordfreq does not know is the
        # compound inflected, not a word of its own: "presstalesperson|en" stays whole.
        "Polisen utreder branden i flerfamiljshuset som misstänkt mordbrand, uppger presstalespersonen.",
        "Räddningstjänsten larmades till lägenhetsbranden strax efter midnatt, och grannarna evakuerades.",
        "Statsministern besökte på fredagen vårdcentralerna i Norrbotten tillsammans med regionrådet.",
    ],
)
def test_swedish_inflected_compounds_pass_through(text):
    assert textmend.clean(text) == text


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_CLEAN_TEXTS), min_size=1, max_size=6), st.sampled_from(["\n\n", "\n", " "]))
def test_clean_text_of_several_languages_passes_through(sentences, separator):
    text = separator.join(sentences)
    assert textmend.clean(text) == text


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(_CLEAN_TEXTS), min_size=1, max_size=5),
    st.sampled_from(["\n\n", "\n"]),
    st.data(),
)
def test_language_blind_damage_is_repaired_in_every_language(sentences, separator, data):
    """Doubled and trailing spaces are repaired whatever the language, sure or not."""
    damaged = []
    for sentence in sentences:
        words = sentence.split(" ")
        if len(words) > 1:
            k = data.draw(st.integers(1, len(words) - 1))
            words[k - 1] += " "  # a doubled space
        damaged.append(" ".join(words) + " ")  # and a trailing one
    text = separator.join(damaged)
    out = textmend.clean(text)
    assert out == separator.join(sentences)
    assert textmend.clean(out) == out


# A language wordfreq does not know that spaces `: ; ! ?` as French does (Breton; sentences
# written for this test): the paragraph's words are mostly no English words, so the space
# is the language's typography.  An English question of unsure language is still repaired.
@pytest.mark.parametrize(
    "text, why",
    [
        ("Ha gouzout a rit komz brezhoneg ?", "Breton question, French spacing"),
        ("Dilemel an elfennoù diuzet ?", "Breton question before a confirmation"),
        ("Skrivit ho chomlec'h postel amañ :", "Breton label before a colon"),
        ("Trugarez evit ho kemennadenn !", "Breton exclamation"),
    ],
)
def test_french_spacing_is_kept_in_a_latin_language_wordfreq_does_not_know(text, why):
    assert textmend.clean(text) == text, why


@pytest.mark.parametrize("damaged, repaired", [("What do you think ?", "What do you think?"), ("Is this the final version ?", "Is this the final version?")])
def test_a_space_before_a_question_mark_is_still_removed_in_short_english(damaged, repaired):
    assert textmend.clean(damaged) == repaired
