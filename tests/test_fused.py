"""The fused normalizer: split glued words, and never anything that is meant to be one."""


import pytest
import wordfreq

import textmend
from contract import check_contract
from growth import assert_grows_linearly
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from textmend.api import default_pipeline
from textmend.lexicon import word_frequencies, word_list
from textmend.normalizers.fused import FusedTokens

FUSED = FusedTokens()
FREQS = word_frequencies("en")


def fused(text: str) -> str:
    return check_contract(FUSED, text)


MUST_SPLIT = [
    # lower case, a function word on one side
    ("to anotherso seeing", "to another so seeing"),
    ("the cityand the state", "the city and the state"),
    ("it was thebig day", "it was the big day"),
    ("a vote ofthe people", "a vote of the people"),
    ("Wishas he did.", "Wish as he did."),
    ("It was late. Anotherso it went.", "It was late. Another so it went."),
    # lower case, two content words of running text
    ("the productionversion of the car", "the production version of the car"),
    ("a technologicalbackbone", "a technological backbone"),
    ("the analystssay it will", "the analysts say it will"),
    ("a bigwin for them", "a big win for them"),
    ("on amountain hike", "on a mountain hike"),
    # a dropped ,” before the attribution
    ("“We will winhe said.", "“We will win he said."),
    ("“That was a victorythey said.", "“That was a victory they said."),
    ("“It has to be donesaid Michael Sims.", "“It has to be done said Michael Sims."),
    ("“It is from Arizonahe said.", "“It is from Arizona he said."),
    ("when you listen to “Glasgowseems as crazy", "when you listen to “Glasgow seems as crazy"),
    # case boundary
    ("the military reinforcementStoltenberg told reporters", "the military reinforcement Stoltenberg told reporters"),
    ("see the menuThe next day", "see the menu The next day"),
    ("UpdatedFire crews arrived", "Updated Fire crews arrived"),
    ("a vote in theHouse today", "a vote in the House today"),
    ("“We were not looking for it, eliminationsClaure said.", "“We were not looking for it, eliminations Claure said."),
    ("“Trump rather than ObamaDempsey told Gizmodo.", "“Trump rather than Obama Dempsey told Gizmodo."),
    ("“It drives me nutsMcDowell told him.", "“It drives me nuts McDowell told him."),
    ("“GET OUT and VOTE. GET OUTNoem tweeted.", "“GET OUT and VOTE. GET OUT Noem tweeted."),
    # quote-glued: the space goes on the side the mark's shape says
    ("on the way“So for now", "on the way “So for now"),
    ("he told.“We will", "he told. “We will"),
    ("went away.”“It was", "went away.” “It was"),
    ("“Thanks.”Biden said", "“Thanks.” Biden said"),
    ("a victory.’It was", "a victory.’ It was"),
    ("she said‘The end’ twice", "she said ‘The end’ twice"),
    ('He said "we will"So she went.', 'He said "we will" So she went.'),
    ('He said"So be it" and left.', 'He said "So be it" and left.'),
    ("he said.”I was there", "he said.” I was there"),
]


@pytest.mark.parametrize("broken, repaired", MUST_SPLIT)
def test_must_split(broken, repaired):
    assert fused(broken) == repaired


BRANDS = """
iPhone eBay YouTube McDonald MacBook MagSafe HomePod PlayStation LinkedIn DeSantis JavaScript
WhatsApp macOS mRNA kWh iPad iOS iCloud iTunes AirPods AirTag FaceTime PowerPoint FedEx GitHub
SpaceX PayPal BlackRock BlackBerry DoorDash SoftBank CrowdStrike SoundCloud WordPress HubSpot
MasterCard ExxonMobil JetBlue TikTok OpenAI DeepMind SmackDown LeBron DiCaprio McConnell MacArthur
LaGuardia DeVos DeGeneres McCarthy FitzGerald DuPont BuzzFeed HuffPost GoFundMe GlaxoSmithKline
HarperCollins ZipRecruiter SolarWinds NerdWallet MarketWatch QuickBooks TurboTax StubHub EpiPen
BioNTech ChatGPT WeWork GoPro SharePoint OneDrive DreamWorks WarnerMedia NetSuite MySpace
LendingTree MoveOn SmartThings MarketAxess InfoNation AppleSkin StackAdapt MinnesotaCare WoodSpring
AfterPay OverDrive theSkimm theGrio JPMorgan NBCUniversal AstraZeneca DaimlerChrysler
""".split()


@pytest.mark.parametrize("name", BRANDS)
def test_brands_and_names_stay_whole(name):
    text = f"They said {name} would announce it. {name} did."
    assert fused(text) == text


MUST_NOT_SPLIT = [
    # compounds and coinages, known to wordfreq or not
    "doomscroll", "superspreader", "paywalled", "birdwatcher", "handwash", "antivax", "upskill",
    "livestreamed", "crowdfunded", "gamechanger", "smallcaps", "brokeness", "outraised", "overperform",
    "cyberscam", "megadonor", "zoombombing",
    # typos and words wordfreq knows
    "proffits", "wich", "together", "nowhere", "therapist", "into", "onto", "within", "thereof",
    "thereto", "hereby", "whereby", "whereas", "inbred", "ongoing", "cannot", "another",
    # plurals, possessives, hyphens, apostrophes
    "leaders", "the leaders’ plans", "the city’s mayor", "cityand’s", "well-known", "anti-vax",
    "cityand-state", "don’t", "rock’n’roll", "’90s", "O’Brien", "O‘Brien", "Ukraine‘s", "Ukraine’s",
    # machine text
    "https://example.com/anotherso", "www.cityand.com", "Example.info", "anotherso.com",
    "cityand@example.com", "@anotherso", "#cityand", "#BlackLivesMatter", "@MattBevin", "anotherso.txt",
    "cityand_state", "getElementById", "camelCaseVar", "useState", "readFile", "innerText", "maxValue",
    "setTimeout", "printLine", "parseInt(x)", "foo.forEach(bar)", "covid19", "win2win", "5'10\"",
    "Disney+", "C++", 'the “exit”s and "XFAIL"s', 'the "google"ing of names', "“friend”ed", '{"mode":"AES", "key":"value"}', "`basename`",
    "base = getline()", "\n\tfileno and basename", "cityand(x)",
    # other scripts and styles
    "сегодняон", "σήμεραεγώ", "这是一个测试", "잘못이냐”고 말하기도", "„Ich komme“Er sagt", "«Oui»dit-il",
    # capitalized tokens inside a sentence are names
    "He met Bygrave and Thebault in Theroux.",
    "The USAToday said, and NASAThe said.",
    "“We met with Hartwell and the rest of the team and Glasgowseems later.",
    # the punctuation normalizer's case, not this one's
    "growth.But", "things.The",
]


@pytest.mark.parametrize("text", MUST_NOT_SPLIT)
def test_must_not_split(text):
    sentence = f"We saw {text} there"
    assert fused(sentence) == sentence


@pytest.mark.parametrize("text", ['She said "no"and left.', "She said “no”and left.", 'the "tron"edge of it', "the “tron”ingot"])
def test_a_word_glued_after_a_closing_quote_is_still_split(text):
    # an ending written onto the quoted word ("tron"ing) is left, a word glued there is not
    assert fused(text) != text


def test_edits_explain_themselves():
    (edit,) = FUSED.find_edits("to anotherso seeing")
    assert (edit.start, edit.end, edit.old, edit.new, edit.normalizer) == (10, 10, "", " ", "fused")
    assert "glued" in edit.reason


@pytest.mark.parametrize("lang", ["zh", "ja", "ar"])
def test_languages_it_cannot_judge_are_left_alone(lang):
    text = "to anotherso seeing, the menuThe next, on the way“So 这是一个测试"
    assert check_contract(FusedTokens(lang=lang), text) == text


def test_other_latin_language():
    # German words are judged by German frequencies, not English ones.
    de = FusedTokens(lang="de")
    assert check_contract(de, "Er fuhr nachBerlin und schlief.") == "Er fuhr nach Berlin und schlief."
    assert check_contract(de, "Die Bundesregierung sagte es.") == "Die Bundesregierung sagte es."
    assert check_contract(de, "Sie kam undsagte nichts.") == "Sie kam und sagte nichts."
    # German writes new compounds closed: two content words stay together.
    assert check_contract(de, "ein coronabedingter und umweltfreundlicher Ausfall") == (
        "ein coronabedingter und umweltfreundlicher Ausfall"
    )


# -- properties --------------------------------------------------------------

TOP = [w for w in wordfreq.top_n_list("en", 5000) if w.isalpha()]
FUNCTION = word_list("function_words_en")
PREFIXES = word_list("fused_prefixes_en")
SUFFIXES = word_list("fused_suffixes_en")
CONTENT = [w for w in TOP if w not in FUNCTION and len(w) >= 4 and w not in SUFFIXES]
GLUE = [w for w in TOP if w in FUNCTION and len(w) >= 3 and w not in PREFIXES]

words = st.sampled_from(TOP)
word_like = st.lists(
    st.sampled_from(list("aeiHJ .,“”‘’\"'-@#/:\n") + ["the", "and", "So", "city", "win", "he", "said", "Stoltenberg"]),
    max_size=40,
).map("".join)


@given(st.text(max_size=200))
def test_contract_on_any_text(text):
    fused(text)


@given(word_like)
def test_contract_on_word_like_text(text):
    fused(text)


@given(st.lists(words, min_size=1, max_size=40), st.booleans())
def test_sentences_of_real_words_survive(ws, capitalize):
    sentence = " ".join(ws)
    if capitalize:
        sentence = sentence[0].upper() + sentence[1:] + "."
    assert fused(sentence) == sentence


def _readings(token: str) -> set[str]:
    """Splits of ``token`` into two words wordfreq rates common (zipf >= 3)."""
    return {
        f"{token[:i]} {token[i:]}"
        for i in range(1, len(token))
        if wordfreq.zipf_frequency(token[:i], "en") >= 3 and wordfreq.zipf_frequency(token[i:], "en") >= 3
    }


@settings(max_examples=100)
@given(st.sampled_from(CONTENT), st.sampled_from(GLUE), st.booleans())
def test_glued_words_come_apart(content, glue, glue_first):
    a, b = (glue, content) if glue_first else (content, glue)
    assume((a + b) not in FREQS)
    out = fused(f"they said {a}{b} today")
    readings = _readings(a + b)
    if readings == {f"{a} {b}"}:
        assert out == f"they said {a} {b} today"
    else:
        # Ambiguous letters ("storeshe": "store she" or "stores he"): any
        # split made must be a reading of them.
        assert out == f"they said {a}{b} today" or out[10:-6] in readings


@given(st.lists(words, min_size=2, max_size=12))
def test_idempotent_after_damage(ws):
    damaged = "".join(ws[:2]) + " " + " ".join(ws[2:])
    once = fused(damaged)
    assert fused(once) == once


# -- linear time ---------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    ["a", "aB", "cityand ", "x“", "x.”“", 'said"So ', "reinforcementStoltenberg said “", "a.b/"],
)
def test_linear_time(unit):
    FUSED.find_edits("warm up anotherso")
    small = (unit * (40_000 // len(unit) + 1))[:40_000]
    big = (unit * (400_000 // len(unit) + 1))[:400_000]
    # 10x the input in at most ~15x the time (tests/growth.py): a slope, not a stopwatch.
    assert_grows_linearly(FUSED.find_edits, small, big)


def test_a_megabyte_token_and_100k_glued_quotes_grow_linearly():
    assert_grows_linearly(FUSED.find_edits, "x" * 100_000, "x" * 1_000_000)
    assert_grows_linearly(FUSED.find_edits, "word“" * 10_000, "word“" * 100_000)


@pytest.mark.parametrize(
    "text",
    [
        "Combon is a town in France.",  # a name: "Comb" is too rare a word to open a sentence with
        "Asbell served on the town council.",  # the function word comes first: a name
        "Maxdata was a computer company.",  # two content words at a sentence start: a name
        "Wishas said it twice. Wishas is a name here.",  # the text uses the token again
    ],
)
def test_sentence_initial_names_stay(text):
    assert FusedTokens()(text) == text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“We really took that challenge to hearthe said.", "“We really took that challenge to heart he said."),
        ("“We will winshe said.", "“We will win she said."),
        ("a clause ofthe said agreement", "a clause of the said agreement"),  # "oft" is too rare to win
    ],
)
def test_before_a_reporting_verb_a_subject_pronoun_is_the_likelier_right_part(text, expected):
    assert FusedTokens()(text) == expected


def test_a_capitalized_right_part_that_stays_a_name_may_be_split_off():
    # "Singleframe" has a split of its own ("single frame"), but mid-sentence a capitalized
    # word is a name that stays whole, so splitting it off is still idempotent.
    assert FusedTokens()("Audi’s familiarSingleframe grille") == "Audi’s familiar Singleframe grille"
    assert check_contract(FusedTokens(), "Audi’s familiarSingleframe grille") == "Audi’s familiar Singleframe grille"


# -- issue 13: precision on words the lexicon does not know ----------------------------

# Real words, each with the reason it must stay whole.
KEEP_WHOLE = [
    ("a monthslong inquiry", "AP style closes time-span compounds after a plural: -long"),
    ("a decadeslong feud", "-long after a plural"),
    ("a citywide curfew and a cloudbased tool", "-wide and -based build closed compounds"),
    ("the gunfights went on", "the plural of a known compound (gunfight)"),
    ("strong headwinds for the economy", "the plural of a known compound (headwind)"),
    ("the livestreamed show", "an inflection of a known word (livestream)"),
    ("We use isLoading and onClick here.", "mixedCase identifiers with a two-letter code prefix"),
    ("Set maxWidth and call getElementById now.", "identifiers: a code prefix, two humps"),
    ("the worldsheet theory: the worldsheet is a surface", "used twice in the document: vocabulary"),
    ("Drag it to the dropzone. Both dropzones accept files.", "its inflection recurs in the document"),
    ("The USAToday said, and NASAThe said.", "a short acronym glued to a capital mid-sentence is a name"),
    ("PCWorld and NBCUniversal reported it.", "capitals then a capitalized word: names written so"),
    ("He bought 3Com and 7Eleven shares.", "a single digit before a capital: names"),
    ("She called a taxI think.", "the capital belongs to a word that ends in i (taxi)"),
]


@pytest.mark.parametrize("text, reason", KEEP_WHOLE, ids=[t for t, _ in KEEP_WHOLE])
def test_real_words_stay_whole(text, reason):
    assert fused(text) == text, reason


def test_document_evidence_is_gathered_from_the_whole_text():
    # Alone, a rare compound reads as two words; the document using it again says it is one.
    alone = "We tested the dropzones today."
    assert fused(alone) != alone  # no evidence in one sentence: the lexicon decides
    doc = "We tested the dropzones today.\n\nEvery dropzone worked."
    assert fused(doc) == doc
    # A seam repeated with its whole block (an extractor's duplicate) is still one accident.
    block = "the cityand the state"
    assert fused(f"{block}\n\n{block}") == "the city and the state\n\nthe city and the state"


def test_technical_prose_lowers_confidence():
    plain = FUSED.find_edits("the cityand the state")
    technical = FUSED.find_edits("Call os.path and foo_bar from the cityand the state")
    assert plain and plain[0].confidence >= 0.5
    assert technical and technical[0].confidence < 0.5
    assert textmend.clean("Call os.path and foo_bar from the cityand the state") == (
        "Call os.path and foo_bar from the cityand the state"
    )
    aggressive = textmend.Pipeline(default_pipeline().normalizers, confidence="aggressive")
    assert aggressive(
        "Call os.path and foo_bar from the cityand the state"
    ) == "Call os.path and foo_bar from the city and the state"


def test_every_cut_carries_a_confidence_by_kind():
    def confidence(text):
        (e,) = FUSED.find_edits(text)
        return e.confidence

    assert confidence("a vote ofthe people") >= 0.9  # two function words
    assert 0.5 <= confidence("the cityand the state") < 0.9  # content + function
    assert confidence("on the way“So for now") >= 0.9  # a quotation mark's shape
    assert confidence("the productionversion of the car") < confidence("the cityand the state")


# -- issue 12: lost block boundaries ---------------------------------------------------

BLOCK_SEAMS = [
    ("HOW TO APPLYYou must register first.", "HOW TO APPLY You must register first."),
    ("Orlando, FLJune 19, 2019", "Orlando, FL June 19, 2019"),
    ("Robert Maguire November 18, 2019The latest initiative", "Robert Maguire November 18, 2019 The latest initiative"),
    ("DJI Mavic Mini for $399See it now", "DJI Mavic Mini for $399 See it now"),
    ("See it now: AmazonThe Mavic Mini is light", "See it now: Amazon The Mavic Mini is light"),
    ("the protests inNovember were large", "the protests in November were large"),
    ("he grew up ofChicago fame", "he grew up of Chicago fame"),
    ("we distributed masks todayI urge all to use them", "we distributed masks today I urge all to use them"),
    ("the QUARANTINEDThe man", "the QUARANTINED The man"),
    ("Noblesville, INAug. 2 -- DTE Energy", "Noblesville, IN Aug. 2 -- DTE Energy"),
    ("Аккаунт: @annamerkurovaЧто вас вдохновило", "Аккаунт: @annamerkurova Что вас вдохновило"),
]


@pytest.mark.parametrize("broken, repaired", BLOCK_SEAMS)
def test_lost_block_boundaries_become_a_space(broken, repaired):
    assert fused(broken) == repaired
    reasons = [e.reason for e in FUSED.find_edits(broken)]
    assert all("boundary" in r or "glued" in r for r in reasons)


SENTENCES = [
    "The council met on Tuesday.",
    "Officials said the plan would cost more.",
    "Residents were not told.",
    "It rained all week in the city.",
    "Prices rose again in March.",
    "They will vote next month.",
]
HEADINGS = ["BREAKING NEWS", "HOW TO APPLY", "Published November 18, 2019", "RESULTS"]


@settings(max_examples=60)
@given(st.sampled_from(SENTENCES + HEADINGS), st.sampled_from(SENTENCES))
def test_two_blocks_joined_without_a_space_come_apart(first, second):
    assume(first != second)
    joined = first + second
    out = textmend.clean(joined)
    assert out == f"{first} {second}", (joined, out)


NEVER_CHANGE = [
    "U.S.", "Ph.D.", "J.R.R. Tolkien", "Node.js", "Amazon.com", "about:blank", "v2.1.3", "4:30",
    "a 3-1 win", "3.14", "$1.5", "iPhone", "eBay", "iOS", "macOS", "eToro", "mRNA", "pH", "dB",
    "PayPal", "YouTube", "isLoading", "onClick", "snake_case", "os.path",
]


@settings(max_examples=60)
@given(st.sampled_from(NEVER_CHANGE), st.sampled_from(SENTENCES))
def test_brands_abbreviations_domains_and_code_never_change(token, sentence):
    text = f"{sentence[:-1]} with {token} in it."
    assert textmend.clean(text) == text


def test_prefix_like_function_words_come_from_the_languages_own_lexicon():
    # Russian prepositions are verb prefixes too: "нежареных" is one word, "вымешайте" another.
    ru = FusedTokens(lang="ru")
    for text in ("200 г нежареных кешью", "Добавьте муку, вымешайте гладкое тесто"):
        assert [e for e in ru.find_edits(text) if e.confidence >= 0.5] == [], text
    # English has a curated prefix list and is not guessed at.
    assert "ab" not in textmend.normalizers.fused._scanner("en").prefix_like


@pytest.mark.parametrize(
    "text, reason",
    [
        ("They said the mainan was new.", "'an' before a consonant: not an article"),
        ("it is transformam today", "'am' only after 'I'"),
        ("an anfallen was", "'an' glued before a consonant"),
    ],
)
def test_an_article_split_must_fit_its_neighbours(text, reason):
    assert fused(text) == text, reason


def test_articles_that_fit_still_split():
    assert fused("on amountain hike") == "on a mountain hike"
    assert fused("it is anorange") == "it is an orange"


def test_a_foreign_document_keeps_lines_whose_words_happen_to_be_known():
    doc = (
        "Dari sini juga perawi hadits Sunni dan Syiah jalan sendiri. Imam Kulayni bikin kitab "
        "hadits Al Kafi.\n\nkitab hadits Al Kafi."
    )
    assert fused(doc) == doc


def test_urls_and_domains_do_not_make_a_line_technical():
    line = "While wefocus on the plan, see pic.twitter.com/abc and https://t.co/XPxUJuyIAC today"
    (e,) = [e for e in FUSED.find_edits(line)]
    assert e.confidence >= 0.5


@pytest.mark.parametrize("text", ["Sheshe Rose sang.", "Sheshe is here.", "The band Thethe played."])
def test_fused_and_repeats_never_combine_into_deleting_letters(text):
    # A split of a doubled-looking name ("She she") would hand repeats a "repeat" to delete.
    assert textmend.clean(text) == text


def test_a_seam_one_letter_over_that_the_document_prefers_is_left_alone():
    # "adscan" reads "ads can" or "ad scan": both are common words.  The text uses "ad"
    # (in "ad-free") and never "ads", so its own vocabulary speaks for the other reading.
    doc = "Sign up for ad-free Hulu today.\n\nWalmart's Black Friday adscan just went up last night."
    assert fused(doc) == doc
    # Where the text does not speak for the other reading ("cell sand"), the lexicon's stands.
    doc = "The lab froze the cellsand the tissue samples."
    assert fused(doc) == doc.replace("cellsand", "cells and")
    doc = "Each cell was counted twice.\n\nThe lab froze the cellsand the tissue samples."
    assert fused(doc) == doc


# -- issue 13 (prec34): a family of mixedCase names on one short lower-case head ------------

# Kept: the text writes two or more names on the same short head, and never the head alone;
# a product line or a library spells its names so (each fails on main, which splits them).
NAME_FAMILIES = [
    ("The firm sells kiloPad and kiloDesk to schools.", "two names on the head kilo, never written alone"),
    ("The gear comes as miniCam and miniDock kits this spring.", "a product line on mini, each followed by the sentence's next word"),
    ("Most teams ran tagMesh.\n\nOthers chose tagPlus instead.", "the family is read across paragraphs: document evidence"),
]


@pytest.mark.parametrize("text, reason", NAME_FAMILIES, ids=[t for t, _ in NAME_FAMILIES])
def test_a_family_of_names_on_one_short_head_stays_whole(text, reason):
    assert fused(text) == text, reason


# Still repaired: the evidence is missing (one token), the head is written alone in the text,
# or the head is a whole word longer than a prefix (two seams after the same last word).
HEAD_SEAMS = [
    ("He walked out of the meetingReporters waited outside.", "He walked out of the meeting Reporters waited outside.",
     "one token: no family"),
    ("Pick a boatSailors wait at the dock.\nPick a boatRowers wait too.\nEvery boat floats.",
     "Pick a boat Sailors wait at the dock.\nPick a boat Rowers wait too.\nEvery boat floats.",
     "the text writes boat by itself: a word ending two blocks"),
    ("Read the storyMarkets fell. Read the storyBanks closed.", "Read the story Markets fell. Read the story Banks closed.",
     "story is a whole word, not a short prefix: two seams after it"),
]


@pytest.mark.parametrize("broken, repaired, reason", HEAD_SEAMS, ids=[b for b, _, _ in HEAD_SEAMS])
def test_seams_sharing_a_left_word_are_still_repaired(broken, repaired, reason):
    assert fused(broken) == repaired, reason
