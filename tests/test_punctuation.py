"""The punctuation normalizer: repairs, the long list of things it must leave, the contract."""


import pytest
from contract import check_contract
from growth import assert_grows_linearly, tenth
from hypothesis import given
from hypothesis import strategies as st

import textmend
from textmend import Pipeline
from textmend.normalizers.punctuation import PunctuationSpacing
from textmend.normalizers.whitespace import Whitespace

P = PunctuationSpacing()

REPAIRS = [
    # a space before closing punctuation
    ("He left .", "He left."),
    ("He left . Then he came back .", "He left. Then he came back."),
    ("Yes , he said", "Yes, he said"),
    ("one ; two", "one; two"),
    ("Really ?", "Really?"),
    ("Wow !", "Wow!"),
    ("He said : the deal is off", "He said: the deal is off"),
    ("Q : Favorite apps?", "Q: Favorite apps?"),
    ("Note : this sentence goes on for a good while after the colon.", "Note: this sentence goes on for a good while after the colon."),
    ("the U.S .", "the U.S."),
    ("it costs $5 .", "it costs $5."),
    ("up 5% .", "up 5%."),
    ("(See below. )", "(See below.)"),
    ("in the U.S. , and", "in the U.S., and"),
    ("(up 5% )", "(up 5%)"),
    ("(see below )", "(see below)"),
    ("[citation needed ]", "[citation needed]"),
    ("a word (in brackets ) here", "a word (in brackets) here"),
    ("He left .\nShe stayed .", "He left.\nShe stayed."),
    ("Is it ? Yes .", "Is it? Yes."),
    ("the end .)", "the end.)"),
    ("(really ?)", "(really?)"),
    ("4 ) Blade Runner", "4) Blade Runner"),
    # the doctest example of the whole library, and a space moved to the other side
    ("They said it ,and left .", "They said it, and left."),
    # a space inside an opening bracket whose other side is tight
    ("( word)", "(word)"),
    ("a list [ of things]", "a list [of things]"),
    ("It rained( a lot).", "It rained(a lot)."),
    # a missing space after sentence punctuation
    ("things.The end", "things. The end"),
    ("said,and left", "said, and left"),
    ("a victory.It’s over", "a victory. It’s over"),
    ("growth.But not", "growth. But not"),
    ("one;two", "one; two"),
    ("Wow!The crowd", "Wow! The crowd"),
    ("Why?Because", "Why? Because"),
    ("Note:This matters", "Note: This matters"),
    ("the U.S.The", "the U.S. The"),
    ("at 2 p.m.local time", "at 2 p.m. local time"),
    ("symptoms, e.g.breathlessness", "symptoms, e.g. breathlessness"),
    ("in 2019.The year", "in 2019. The year"),
    ("in 2019,the year", "in 2019, the year"),
    ("the downside.A long inquiry", "the downside. A long inquiry"),
    ("several SUVs,a new car", "several SUVs, a new car"),
    ("that.I'm not", "that. I'm not"),
    ("listing.WeWork declined", "listing. WeWork declined"),
    ("author John M.Ford wrote", "author John M. Ford wrote"),
    ("the 720p.But still", "the 720p. But still"),
    ("Colorado,Washington, Alaska", "Colorado, Washington, Alaska"),
    ("goods,U.S. consumers", "goods, U.S. consumers"),
    ("Q:Favorite books?", "Q: Favorite books?"),
    ("DEAR ABBY:My husband", "DEAR ABBY: My husband"),
    ("visit:www.example.com", "visit: www.example.com"),
    ("(AP).The", "(AP). The"),
    ("the St.Louis Cardinals", "the St. Louis Cardinals"),
    ("Mr.Smith", "Mr. Smith"),
    ("Daten.Weder", "Daten. Weder"),
    ("понятно,что", "понятно, что"),
    ("리벤지인가,류화영의", "리벤지인가, 류화영의"),
    ("information.VW says", "information. VW says"),
    ("the 12.März", "the 12. März"),
    ("i.e.the", "i.e. the"),
    ("Dr.Pepper", "Dr. Pepper"),
    ("(@NGRSenate) .", "(@NGRSenate)."),
    # lost block boundaries from real extractor output: a space, not the lost break
    ("on sale Friday, Dec. 6.The band", "on sale Friday, Dec. 6. The band"),
    ("which saves you $14.An even better deal", "which saves you $14. An even better deal"),
    ("(Watergate took two years to unfold.)I don’t see", "(Watergate took two years to unfold.) I don’t see"),
    ("(up $1 million.)But the company", "(up $1 million.) But the company"),
    ("Please wait…The page loads", "Please wait… The page loads"),
    ("spiraling out of control and uncontrollable”.Cheuk said", "spiraling out of control and uncontrollable”. Cheuk said"),
    ('the coach called it "unfair".Mourinho said', 'the coach called it "unfair". Mourinho said'),
    ("it was real.NASA's probe", "it was real. NASA's probe"),
    ("Kotak Institutional Equities said.Disclaimer: The views", "Kotak Institutional Equities said. Disclaimer: The views"),
    ("how it felt?A: Inspired and humbled!Q: What next?", "how it felt? A: Inspired and humbled! Q: What next?"),
    # indented paragraphs are prose when they read as prose
    ("        A row involving Taylor Swift is coming to an end.The group that owns", "        A row involving Taylor Swift is coming to an end. The group that owns"),
    ("Elektronische Fallakte (eFA)Die eFA ist", "Elektronische Fallakte (eFA) Die eFA ist"),
    ("1 cup (frozen) blueberries (1 cup)Portion Fix", "1 cup (frozen) blueberries (1 cup) Portion Fix"),
    ("кулинарной страницы?— Внезапно я", "кулинарной страницы? — Внезапно я"),
    ("The bottom line ...Taylor Swift is ready", "The bottom line ... Taylor Swift is ready"),
    ("was really easy.”– Man, 2019", "was really easy.” – Man, 2019"),
    # idempotent on its own: the comma reads as code only until the dot has its space
    ("Shares of Apple,Inc.They rose.", "Shares of Apple, Inc. They rose."),
]


@pytest.mark.parametrize("broken, repaired", REPAIRS)
def test_repairs(broken, repaired):
    assert P(broken) == repaired
    assert check_contract(P, broken) == repaired


MUST_NOT_CHANGE = [
    # ordinary clean text
    "He left. She stayed, and they talked; nobody knew: why? Nobody! (Really.) [Sic.]",
    "",
    " ",
    "\n\n",
    # numbers, times, scores, money
    "pi is 3.14 and e is 2.718",
    "at 4:00pm, or 4:00 p.m., or 16:00",
    "a 2-1 win, 3:1 on aggregate, 6-4, 6-3",
    "1,000 people and 10,000,000 dollars",
    "$1.5 billion, €2,50, £3.99",
    "John 3:16",
    "a ratio of 50:50",
    "scala 1:24",
    "version 1.2.3",
    "0.36% to 27,934.02",
    # a dot that starts a token
    "the Dow Jones Industrial Average .DJI fell",
    "a loaded .45-caliber handgun",
    "built on .NET and .NET Core",
    "files ending in .txt are plain",
    # ellipses (newsroom style)
    "We had some issues ... we had some",
    "a time … when the numbers",
    "and ... doubled down",
    "Wait...",
    "Wait…",
    "wait…the next",  # lowercase after an ellipsis: a pause, not a sentence end
    "(a.)b",
    "a (s)He b",  # a letter in brackets inside a word
    "x ....Foo and a...Foo and see ...NET",  # dots in data, code, a .NET
    "arr[0]Foo and f(x)Bar",  # an index, a call
    "Wow!—and then",  # an em dash tight on both sides: a style
    "He left.— and",  # a lowercase word after the dash: not a new line
    "so … .",
    "The bottom line ...",
    # abbreviations and initialisms
    "the U.S. and the U.K. and the U.N.",
    "e.g. this, i.e. that",
    "a Ph.D. student",
    "at 10 a.m. Friday",
    "a U.K.-based firm and a U.S.-backed plan",
    "Washington, D.C., said",
    "J.J. Abrams and George R.R. Martin",
    "z.B. XML",
    "1 ч.л. соли",
    "2.1 cu.ft. front trunk",
    "Rt. Hon. B.U. Nzeribe",
    "Those infected with Y.pestis often",
    "the lone initial J.Smith",
    "1.Introduction",
    "  2.Methods",  # a numbered heading opening a line
    # URLs, host names, e-mail addresses
    "visit Amazon.com today",
    "www.example.co.kr",
    "mail x@y.org now",
    "see Example.info for more",
    "bit.ly/abc",
    "https://t.co/XPxUJuyIAC",
    "pic.twitter.com/MYwRz9euaq",
    "Polygraph.info reported",
    "Wday.ru!",
    "at LiveNation.com.",
    "http://www.example.com/a,b;c:d?e=f!g",
    "mailto:someone",
    "(www.entermedia.co.kr), 무단전재",
    "al.com and AL.com",
    # file names, versions, code
    "open index.html and README.md",
    "v2.1.3 is out",
    "Node.js and Vue.js and Three.js",
    "ASP.NET and IQ.LIGHT",
    "obj.method() and a,b and x,y",
    "Console.WriteLine(x)",
    "System.Collections.Generic.List",
    "foo_bar,baz",
    "    if ready:\n        return result.Value",  # an indented code block
    "    x = obj.Name",
    'print("done".Length)',
    "costs $x.Foo",
    "a=1,b=2",
    "std::vector",
    "&amp;nbsp;",
    "TL;DR",
    "photo.JPG",
    "re:Invent",
    "NYSE:IBM and (NASDAQ:AAPL)",
    "EU:ssa ja USA:han",
    "C#,F#",
    "#tag,#other",
    "@handle,@other",
    "red,green,blue,yellow",
    "ID.SPACE VIZZION",
    "shares of BRK.A and AAPL.O rose",
    "Node.JS and Socket.IO",
    "see https://example.com/page . And",
    "write to x@example.org , please",
    "www.example.com .",
    "T.muris and E.coli",
    "will.i.am",
    "Yahoo!",
    # brackets: symmetric padding is a house style
    "[ The Verge ]",
    "( see below )",
    "[ Engadget ]\n\nand then [ CNET ]",
    "( )",
    "[ ]",
    "a smiley :) and a wink ;) and :-)",
    "a list:\n1) one\n2) two",
    "( unclosed",
    "unopened )",
    # French-style spacing, used consistently
    "Bonjour : voici la liste ; elle est longue ! Vraiment ?",
    "VIP : 60,000₩\nR : 50,000₩\nS : 40,000₩",
    "Quoi ? Vraiment !",
    "Il a dit\u00a0: non\u00a0!",
    # a label colon on a short table line
    "Price : $5",
    "VIP : 60,000₩",
    # quotation marks are the quotes normalizer's business
    "He said “ hello ” .",
    "the players' .",
    "“Really ?” he asked ?”",
    "He said: “The end.”",
    "said.”The",
    # scripts written without spaces
    "※「iPhone」は、Apple Inc.の商標です。",
    "中文,句子.测试",
    "日本語です。次の文です。",
    # emoji and symbols before a mark
    "I love it 😀 .",
    "A — , B",
    # indentation
    "  , leading",
    "\t.5 percent",
    # other languages
    "Unter dem Motto „Take C.A.R.E“, was",
    "Clique aqui: https://goo.gl/FDS4xU.",
    "Dari hadits Abu Hurairah ra, Rasulullah SAW bersabda:",
    "dot. com.\nmeth.\nwe’re. on. it.",
]


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_must_not_change(text):
    assert P.find_edits(text) == [], P.find_edits(text)


def test_french_style_is_a_property_of_the_text():
    # Two spaced marks and no tight ones: the writer spaces them on purpose.
    french = "Il a dit : non. Pourquoi ? Parce que."
    assert P(french) == french
    # One spaced colon among tight ones is a slip.
    english = "He said : no. Why? Because: reasons."
    assert P(english) == "He said: no. Why? Because: reasons."
    # The document decides too: French paragraphs elsewhere keep this one as it is.
    doc = "Voici : un.\n\nEt là : deux.\n\nPuis ceci ?"
    assert P(doc) == doc
    assert PunctuationSpacing(lang="fr")("Quoi ?") == "Quoi ?"


def test_a_text_that_pads_brackets_keeps_its_style():
    doc = "[ CNET ]\n\nsome text\n\n[ CNBC]"
    assert P(doc) == doc
    assert P("[ CNBC]") == "[CNBC]"


def test_edits_explain_themselves():
    assert P.find_edits("It ended .Then") == []  # ".Then" starts a token, like ".NET"
    (e,) = P.find_edits("It ended .")
    assert (e.start, e.end, e.old, e.new, e.normalizer) == (8, 9, " ", "", "punctuation")
    assert "full stop" in e.reason


@given(st.text())
def test_contract_on_any_text(text):
    check_contract(P, text)


PUNCTUATION_HEAVY = st.lists(
    st.sampled_from(list("aZé1 .,;:!?()[]\"“”'’-\n\u00a0/@#_") + ["The", "and", "U.S.", "www.", ".com", "ст", "가", "  "]),
    max_size=60,
).map("".join)


@given(PUNCTUATION_HEAVY)
def test_contract_on_punctuation_heavy_text(text):
    check_contract(P, text)


@given(st.lists(st.sampled_from(["word", "The", "said", " ", ".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "\n\n", "A", "2019", "e.g.", "p.m."]), max_size=40))
def test_contract_on_sentence_like_text(parts):
    check_contract(P, "".join(parts))


@given(st.one_of(PUNCTUATION_HEAVY, st.text(max_size=60)))
def test_offsets_map_back_to_the_same_characters(text):
    # Behind whitespace, as in the default pipeline: edits compose against the original.
    r = Pipeline([Whitespace(), P], on_error="raise").mend(text)
    assert "".join(ch for ch in r.text if ch.isalnum()) == "".join(ch for ch in text if ch.isalnum())
    touched = {i for e in r.edits for i in range(e.start, e.end)}
    for i, ch in enumerate(text):
        if i not in touched:
            j = r.to_clean(i)
            assert r.text[j] == ch and r.to_original(j) == i
    for e in r.edits:
        assert text[e.start : e.end] == e.old


# The brief's adversarial inputs, and others aimed at each branch of the scan.
ADVERSARIAL = [
    "a." * 100_000,
    " ," * 100_000,
    "(" * 100_000,
    ")" * 100_000,
    "( " * 100_000,
    " )" * 100_000,
    "a,b" * 70_000,
    "x" * 100_000 + ".The",
    " " * 100_000 + "x",
    "a" + " " * 100_000 + ",",
    "(" + " " * 100_000 + "a)",
    "A." * 100_000,
    "said," * 40_000,
]
# Inputs where nearly every candidate is a repair: linear too, but each repair costs an Edit.
MANY_REPAIRS = ["word.Word " * 5_000, "said,and " * 5_000, "Why ? " * 5_000, "[ a]" * 10_000, "(a )" * 10_000]


@pytest.mark.parametrize("text", ADVERSARIAL + MANY_REPAIRS, ids=lambda t: repr(t[:12]))
def test_linear_time_on_adversarial_input(text):
    # Catastrophic backtracking shows as a slope: a tenth of the input against all of it.
    assert_grows_linearly(P.find_edits, tenth(text), text)


# Glued sentence chains: words, abbreviations, numbers, quotes and brackets joined by
# marks with and without spaces.  The stage's own output must be a fixed point for it
# ("Apple,Inc.They" once needed two calls).
GLUED_CHAINS = st.lists(
    st.sampled_from(
        ["Apple", "Inc", "They", "rose", "It", "Is", "So", "U.S", "e.g", "p.m", "2019", "6", "$14", "NASA", "A", "I",
         "said", "the", "Ltd", "x", "www", "com", "Q"]
    ),
    min_size=1,
    max_size=8,
).flatmap(
    lambda words: st.lists(
        st.sampled_from([".", ",", ";", ":", "!", "?", " ", ". ", ", ", ".)", "…", "”.", "\".", ".”", "(", ")"]),
        min_size=len(words),
        max_size=len(words),
    ).map(lambda marks: "".join(w + m for w, m in zip(words, marks)))
)


@given(GLUED_CHAINS)
def test_idempotent_on_glued_sentence_chains(text):
    once = check_contract(P, text)
    assert P(once) == once


# Dotted brands (issue 13): two capitalised parts glued by a dot, written the same way
# again in the text, are a name, not a sentence boundary.  Each with its reason.
DOTTED_BRANDS_KEEP = [
    ("The founder of One.Tel denied it. The collapse of One.Tel was sudden.", "the same dotted name twice"),
    ("Shares in Ask.Jeeves rose. Ask.Jeeves later renamed itself.", "the same dotted name twice"),
]
DOTTED_BRANDS_FIX = [
    ("It rained all day.Then it stopped. It rained.Then it stopped.", "a sentence opener after the dot, even twice"),
    ("He lived in Sydney.Smith said so.", "a capitalised pair written once is a lost boundary"),
]


@pytest.mark.parametrize("text, why", DOTTED_BRANDS_KEEP)
def test_a_recurring_dotted_brand_stays(text, why):
    assert PunctuationSpacing()(text) == text, why


@pytest.mark.parametrize("text, why", DOTTED_BRANDS_FIX)
def test_a_glued_sentence_boundary_still_gets_its_space(text, why):
    out = PunctuationSpacing()(text)
    assert ".Then" not in out and ".Smith" not in out, why


def test_a_short_text_of_unsure_language_with_french_letters_keeps_french_spacing():
    """Too short to identify, "Où es-tu ?" is French typography (a spaCy example sentence);
    a short text without a French letter still loses its stray space."""
    import textmend

    assert textmend.clean("Où es-tu ?") == "Où es-tu ?"
    assert PunctuationSpacing(lang="und")("Où es-tu ?") == "Où es-tu ?"
    assert check_contract(PunctuationSpacing(lang="und"), "Why ?") == "Why?"


def test_a_word_spelled_with_a_comma_keeps_it():
    # Greek "ό,τι" (whatever) is one word written with a comma (a spaCy example sentence).
    text = "Οι προσεγγίσεις της γλώσσας συνιστούν ό,τι ονομάζουμε μεταγλώσσα."
    assert PunctuationSpacing(lang="el")(text) == text
    assert PunctuationSpacing(lang="und")(text) == text
    assert check_contract(PunctuationSpacing(lang="el"), "Ήρθε ο Γιάννης,ο Νίκος και η Μαρία.") == "Ήρθε ο Γιάννης, ο Νίκος και η Μαρία."


@pytest.mark.parametrize(
    "text, lang, why",
    [
        ("Введите дату в формате дд.мм.гггг, пожалуйста.", "ru", "a date format: short parts joined by dots"),
        ("Шакли дуруст: сол.моҳ.рӯз, аст.", "und", "a Tajik date format in Django's messages"),
        ("Шакли дуруст (сол.моҳ.рӯз) дорад.", "und", "the same inside a bracket"),
    ],
)
def test_a_chain_of_short_dotted_parts_is_a_pattern(text, lang, why):
    assert PunctuationSpacing(lang=lang)(text) == text, why


def test_an_abbreviation_glued_to_a_long_word_still_gets_its_space():
    assert check_contract(PunctuationSpacing(lang="ru"), "1 ст.л.оливкового масла") == "1 ст.л. оливкового масла"


def test_a_mark_listed_among_symbols_keeps_its_space():
    # Django's Icelandic messages: "letters, digits and the characters . / - _ and ~".
    text = "Aðeins bókstafir, tölustafir og táknin . / - _ og ~ eru leyfð."
    assert PunctuationSpacing(lang="is")(text) == text
    assert check_contract(PunctuationSpacing(), "It ended there . Then it rained.") == "It ended there. Then it rained."


# Issue 13 on Django's Breton messages: a paragraph of unsure language keeps its single space
# before `: ; ! ?` when nothing says the language is English. (text, why)
UNSURE_LABELS_KEEP = [
    ("Eur :", "Breton label (hour): a short word that is no common English word; French-style spacing"),
    ("Kadarnaat ar ger-tremen :", "Breton: half the longer words are no English word, no evidence of English"),
]


@pytest.mark.parametrize("text, why", UNSURE_LABELS_KEEP)
def test_a_label_of_unsure_language_keeps_its_space_before_a_colon(text, why):
    assert PunctuationSpacing(lang="und")(text) == text, why


def test_a_short_english_label_still_loses_its_stray_space():
    """Common English short words read as English: the space is a slip."""
    assert check_contract(PunctuationSpacing(lang="und"), "Yes !") == "Yes!"
    assert check_contract(PunctuationSpacing(lang="und"), "What do you think ?") == "What do you think?"


def test_a_spaced_ellipsis_keeps_the_space_before_it() -> None:
    # `Spotted . . .`: an ellipsis typed as spaced dots keeps its first space too (a
    # typographic choice, as `. . .` inside it); a lone spaced stop is still closed up.
    for text in ("Spotted . . . at the club last night.", "He paused . . . and then spoke.", "TMZ Spotted . . .\n\nMore."):
        assert textmend.clean(text) == text
    assert textmend.clean("It ended here . Then more.") == "It ended here. Then more."
