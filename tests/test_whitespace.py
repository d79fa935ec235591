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
        ("one\u00a0b", "one b"),
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
    reasons = {e.reason for e in W.find_edits("a  bb\u00a0cc\u200bd e \nf\u00adg")}
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


# Typographic spaces set on purpose stay; each case says why (issue 13).
NBSP, NNBSP, THIN, FIGURE, HAIR = "\u00a0", "\u202f", "\u2009", "\u2007", "\u200a"
TYPOGRAPHIC_KEEP = [
    (f"The route is 42{NBSP}km long.", "number and unit"),
    (f"Inflation reached 10{NNBSP}% in May.", "number and percent sign"),
    (f"Le prix passe à 10{NNBSP}000{NNBSP}euros.", "thousands separator, number and unit"),
    (f"Tickets cost €{NBSP}250 each.", "currency before a number"),
    (f"Das Ticket kostet 250{NBSP}€.", "number before a currency"),
    (f"See p.{NBSP}41 and Fig.{NBSP}3 of the report.", "abbreviation before a number"),
    (f"He wore No.{NBSP}5 all season.", "abbreviation before a number"),
    (f"Il a dit{NNBSP}: «{NBSP}Bonjour{NBSP}!{NBSP}»", "French spacing before : ! » and after «"),
    (f"Vraiment{NNBSP}? Oui{NNBSP}; c’est vrai.", "French spacing before ? and ;"),
    (f"The war (1939{THIN}–{THIN}1945) changed everything.", "thin spaces around an en dash"),
    (f"It was late{HAIR}—{HAIR}too late.", "hair spaces around an em dash"),
    (f"Paris{NBSP}- Berlin in eight hours.", "a hyphen standing for a dash"),
    (f"यह सही है{NBSP}।", "space before a danda"),
    (f"And then{NBSP}.{NBSP}.{NBSP}. nothing.", "a spaced ellipsis"),
    (f"Total:{FIGURE}1{FIGURE}250 votes", "figure spaces in a number"),
    (f"Windows{NBSP}11 ships in October.", "a name and its number"),
    (f"M.{NBSP}Macron a répondu mardi.", "a title before a name (French typography)"),
    (f"Mr.{NBSP}Smith and Dr.{NBSP}Jones met.", "titles before names"),
    (f"J.{NBSP}K. Rowling wrote it.", "an initial before a name"),
    (f"Louis{NBSP}XIV built Versailles; Elizabeth{NBSP}II opened it.", "regnal numerals"),
    (f"Sněm zasedal v{NBSP}Praze a{NBSP}v{NBSP}Brně.", "Czech one-letter prepositions bound to the next word", "cs"),
    (f"Mieszkamy w{NBSP}domu i{NBSP}ogrodzie.", "Polish one-letter words bound to the next word", "pl"),
    (f"Встреча прошла в{NBSP}Москве.", "Russian one-letter preposition bound to the next word", "ru"),
    (f"Le 1er{NBSP}janvier, la ville fête le nouvel an.", "an ordinal before its noun (French)", "fr"),
    (f"Au XIXe{NBSP}siècle, la ville a doublé.", "a Roman-numeral ordinal before its noun", "fr"),
    (f"The 21st{NBSP}century began in 2001.", "an English ordinal before its noun"),
    (f"Am 3.{NBSP}Oktober feiert das Land.", "a German ordinal (a day) before its noun", "de"),
    (f"Le chapitre{NBSP}II commence ici.", "a numbered part after a lowercase noun", "fr"),
    (f"Le taux atteint 10{NBSP}% cette année.", "a percent sign after its number (French)", "fr"),
    (f"Il a parcouru 42{NBSP}km en 3{NBSP}h.", "units after numbers (French)", "fr"),
    (f"Pourquoi{NNBSP}? Parce que{NBSP}; enfin{NBSP}: voilà{NBSP}!", "French spacing before each of ? ; : !", "fr"),
    (f"«{NNBSP}Bonjour{NNBSP}», dit-il.", "narrow spaces inside guillemets", "fr"),
    (f"Ils étaient 3{NBSP}000{NBSP}000 à voter.", "no-break spaces grouping digits", "fr"),
    (f"It costs ${NBSP}5 or 5{NBSP}USD.", "a currency sign or code next to its number"),
    (f"Temperatures hit 30{NBSP}°C today.", "a degree sign after its number"),
    (f"il y a %(count)s{NBSP}heures", "a template's number placeholder before its unit (Django's French messages)", "fr"),
    (f"za{NBSP}%(count)s minut", "a word bound to a template's number (Polish)", "pl"),
    (f"{{n}}{NBSP}km to go", "a brace placeholder before its unit"),
    (f"{NBSP}: valeur", "a fragment opening on French punctuation, after a label", "fr"),
]
TYPOGRAPHIC_KEEP = [case if len(case) == 3 else (*case, "en") for case in TYPOGRAPHIC_KEEP]


@pytest.mark.parametrize("text, why, lang", TYPOGRAPHIC_KEEP)
def test_typographic_spaces_stay(text, why, lang):
    assert Whitespace(lang=lang).find_edits(text) == [], why


def test_binding_a_one_letter_word_is_the_typography_of_its_language():
    # English "a" is no preposition bound to its noun: that no-break space does a plain one's job.
    assert check_contract(W, f"We bought a{NBSP}game.") == "We bought a game."
    assert Whitespace(lang="und")(f"v{NBSP}Praze") == "v Praze"  # unsure of the language: no binding
    assert Whitespace(lang="cs")(f"v{NBSP}Praze") == f"v{NBSP}Praze"


@pytest.mark.parametrize("text, why, lang", TYPOGRAPHIC_KEEP)
def test_flatten_typographic_option_flattens_them(text, why, lang):
    flat = Whitespace(flatten_typographic=True)
    out = check_contract(flat, text)
    assert not any(ch in out for ch in (NBSP, NNBSP, THIN, FIGURE, HAIR)), why


TYPOGRAPHIC_FLATTEN = [
    (f"the{NBSP}council voted", "the council voted", "between two plain words"),
    (f"It rained.{NBSP}The match went on.", "It rained. The match went on.", "after a full stop"),
    (f"He left at 5 p.m.{NBSP}Nobody followed.", "He left at 5 p.m. Nobody followed.", "after an abbreviation ending a sentence"),
    (f"apples,{NBSP}pears", "apples, pears", "after a comma"),
    (f"the{NBSP}{NBSP}council", "the council", "doubled"),
    (f"the council{NBSP}", "the council", "trailing"),
    (f"42{NBSP} km", f"42{NBSP}km", "a typographic space doubled with a plain one keeps the typographic one"),
    (f"Bonjour {NNBSP}!", f"Bonjour{NNBSP}!", "the same before French punctuation"),
    (f"It ended in 2019.{NBSP}The next year began.", "It ended in 2019. The next year began.", "a year ending a sentence is no ordinal"),
    (f"He and{NBSP}I went home.", "He and I went home.", "a one-letter Roman-looking word after a plain word"),
]


@pytest.mark.parametrize("text, why, lang", TYPOGRAPHIC_KEEP)
def test_typographic_spaces_survive_the_whole_default_pipeline(text, why, lang):
    """Not only the whitespace stage: no later stage (punctuation, fused, quotes) may
    flatten or remove a typographic space set on purpose."""
    import textmend

    assert textmend.clean(text, lang=lang) == text, why


@pytest.mark.parametrize("text, expected, why", TYPOGRAPHIC_FLATTEN)
def test_typographic_spaces_doing_an_ordinary_job_are_flattened(text, expected, why):
    assert check_contract(W, text) == expected, why


def test_option_is_part_of_identity():
    from textmend import build

    assert build("whitespace", flatten_typographic=True) == Whitespace(flatten_typographic=True)
    assert Whitespace() != Whitespace(flatten_typographic=True)
    assert repr(Whitespace(flatten_typographic=True)) == "Whitespace(flatten_typographic=True)"


def test_a_dotted_ordinal_binds_only_in_the_languages_that_write_one():
    # German "3. Oktober" is an ordinal; English "Oct. 10. Live" ends a sentence.
    assert Whitespace(lang="de")(f"Am 3.{NBSP}Oktober") == f"Am 3.{NBSP}Oktober"
    assert check_contract(Whitespace(lang="en"), f"on Oct. 10.{NBSP}Live Nation") == "on Oct. 10. Live Nation"


def test_a_unit_or_a_name_after_a_number_is_no_ordinal():
    # "38mm Smart": a unit glued to its number; "7th Amsterdam": a capitalised name follows.
    assert check_contract(W, f"Series 3 38mm{NBSP}Smart Watch") == "Series 3 38mm Smart Watch"
    assert check_contract(W, f"the 7th{NBSP}Amsterdam Light Festival") == "the 7th Amsterdam Light Festival"
