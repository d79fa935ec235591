"""fused's camel-case rule with its token-only verdict first (issue 16, eleventh round's
addendum) against the order main had before.

``FusedTokens._camel_cut`` now asks whether the token is a listed name or a word wordfreq
knows before it reads the token's context (the chunk, the line's code verdict, markup and
rows of names around it).  Every gate before the first rule that writes a cut only returns,
so the order cannot change an outcome; the old order is kept here as the reference and the
two are compared on generated camel-case tokens in contexts built to trip each gate, and on
the dev corpus's paragraphs that hold camel tokens.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from textmend.analysis import starts_sentence
from textmend.lexicon import zipf
from textmend.normalizers import fused
from textmend.normalizers.fused import (
    _BLOCK_CONFIDENCE,
    _BOUNDARY_CONFIDENCE,
    _CAMEL_CONFIDENCE,
    _CAMEL_KNOWN_MIN,
    _CAMEL_LEFT_MIN,
    _HEADING_CONFIDENCE,
    _SEAM_CONFIDENCE,
    _SHORT_CODE_PREFIXES,
    _TECHNICAL_CONFIDENCE,
    FusedTokens,
    _after_dollar_sign,
    _amid_names,
    _assigned_value,
    _closes_quotation,
    _enclosed_alone,
    _key_in_key_value_line,
    _known_word_across_seam,
    _header_name,
    _in_title_case_line,
    _label_line,
    _mixed_case_in_a_phrase,
    _name_inside_a_sentence,
    _only_word_of_line,
    _opens_a_paragraph_after_a_sentence,
    _participle,
    _recurring_name_on_particle,
    _sentence_follows,
    _stays_a_name,
)

from corpus import paragraphs


def _camel_cut_in_old_order(
    text: str,
    m: regex.Match[str],
    scanner: "_Scanner",
    chunks: "_ChunkCache",
    lines: "_LineCache",
    cuts: "_Cuts",
) -> None:
    """``FusedTokens._camel_cut`` as main had it before the token-only verdict moved first."""
    left, right = m.group("left"), m.group("right")
    token = left + right
    if chunks.is_machine(m.start()):
        return
    freqs = scanner.freqs
    low, left_low = token.lower(), left.lower()
    if low in scanner.camel_names:
        return
    if lines.code(m.start()):
        return
    if _assigned_value(text, m.start()):
        return  # itemprop="thumbnailUrl", size=maxWidth: a value assigned in markup or code
    if left[0].islower() and _key_in_key_value_line(text, m.start(), m.end()):
        return  # "site: media | pageType: stories": a mixedCase key among the line's other keys
    if _enclosed_alone(text, m.start(), m.end(), quotes=left[0].isupper()):
        return  # the username "PlayerOne.", "(netAuth)": a name set apart by itself
    if _only_word_of_line(text, m.start(), m.end()):
        return  # "$$ netAuth http://…": a name in a cell of its own
    if left[0].islower() and lines.heads_a_shared_line(m.start(), m.end()):
        return  # (prec37, in both orders) a name heading a line whose rest other lines write
    if left[0].islower() and _header_name(text, m.start(), m.end(), scanner.months) and not _participle(right.lower(), freqs):
        return  # "pissOffnosey at 8:52 PM July 18, 2013": a user name heading a comment (prec11)
    if _after_dollar_sign(text, m.start()):
        return  # "$$ netAuth", "$userName": a name or a variable a dollar sign marks
    if _label_line(text, m.start(), m.end()):
        return  # "HackerOne Spotlight": a short line of capitalized words is a label, not two blocks
    if left[0].islower() and _amid_names(text, m.start(), m.end()):
        return  # "… Moneywatch myDeals Radio.com …": one of a row of brand names, not "my Deals"
    left_is_function = left_low in scanner.function_words
    whole = zipf(freqs, low)
    if low in scanner.known_fusions:
        pass  # "andThe": wordfreq's sources hold the fusion itself
    elif whole >= _CAMEL_KNOWN_MIN or (whole and not left_is_function):
        return  # a name or brand written this way on purpose (YouTube, LinkedIn)
    elif not left_is_function and _known_word_across_seam(low, len(left), freqs):
        return  # (fix14, in both orders) "LinkedInlinkedin": the capital is a known word's own
    if (
        scanner.lang == "en"
        and left[0].islower()
        and not left_is_function
        and right.lower() not in scanner.function_words
        and _in_title_case_line(text, m.start(), m.end(), scanner.function_words)
    ):
        return  # (fresh26, in both orders) "BoxWave VersaCharger Pro and miniSync": a brand in a title-case line
    if _closes_quotation(text, m.start(), m.end(), scanner, lines):
        # "...,” Stoltenberg told": the seam of a dropped quotation close
        if low in freqs or not (left_low in freqs or left[0].isupper()):
            return
        if not (scanner.whole(left) and scanner.whole(right)):
            return
        cuts.setdefault(m.start("right"), ("space between a quotation's last word and the name glued to it", _SEAM_CONFIDENCE))
        return
    if not right[1:].islower():
        return  # McDowell, a camel-case name inside the right part
    elif len(left) == 2 and left.islower() and left_is_function and left_low not in _SHORT_CODE_PREFIXES:
        # "ofChicago", "inNovember": a preposition glued to a name; "isLoading",
        # "onClick", "toString" are identifiers
        if zipf(freqs, right.lower()) < _CAMEL_LEFT_MIN:
            return
        if starts_sentence(text, m.start()):
            return  # "daMax meinte zu …" opening a line: a sentence opens with a capital, a handle need not
    elif len(left) < 3 or (left[0].isupper() and len(left) < 4):
        return
    elif left[0].isupper():
        # Capitalized camel case is nearly always a name (MarketAxess,
        # InfoNation, AfterPay); a seam shows after a participle ending a
        # heading ("UpdatedFire"), or before a word that opens a sentence
        # ("AmazonThe new model"), which names do not end with.
        if not ((left_low.endswith("ed") and len(left) >= 5) or right.lower() in scanner.openers):
            return
        if _name_inside_a_sentence(text, m.start(), right, scanner):
            return  # prec36's gate: "have ZoomIt available", a name in a running sentence
        if not _sentence_follows(text, m.end()):
            return  # "HackerOne Spotlight", "BlogThis! Share": no sentence opens at the seam
    elif left_low in scanner.code_prefixes:
        return  # a code identifier (useState, readFile)
    if zipf(freqs, left_low) < _CAMEL_LEFT_MIN and not scanner.inflects_common_word(left_low):
        return
    if len(right) < 4 and right.lower() not in freqs:
        return
    if not scanner.whole(right) and not _stays_a_name(text, m.start("right"), right, scanner, lines):
        return
    if right.lower() in scanner.function_words:
        # "menuThe", "AmazonThe": a capitalized function word opens the next block
        if text.startswith("!", m.end()):
            return  # "BlogThis!": a button's label; no block opens with a function word exclaimed
        if _recurring_name_on_particle(token, left, right, scanner, lines):
            return  # "AccessNow" written in two places: a name; "GettyThe" recurring is still a seam
        confidence = _BOUNDARY_CONFIDENCE if left[0].islower() else _BLOCK_CONFIDENCE
    else:
        if lines.token_recurs(token):
            return  # written this way twice: a name or an identifier ("copyrightGetty" aside)
        if left[0].islower() and not left_is_function and _mixed_case_in_a_phrase(text, m.start(), m.end(), left, right, scanner, lines):
            return  # (prec37, in both orders) "the mozillaZine community": one name inside a phrase
        if left[0].islower() and not left_is_function and _opens_a_paragraph_after_a_sentence(text, m.start(), m.end(), left, scanner, lines):
            return  # (prec38, in both orders) "action.⏎⏎geeKyoto 2008 is": a name opening a paragraph
        if left[0].islower() and len(left) <= 4 and lines.naming_head(left, token):
            return  # prec34's gate: a family of mixedCase names on one head the text never writes alone
        confidence = _HEADING_CONFIDENCE if left[0].isupper() else _CAMEL_CONFIDENCE
    if lines.technical(m.start()) or (left[0].islower() and lines.technical_document()):
        # (`withCredentials`, `bodyUsed` in a post about code: a mixedCase token there is
        # an identifier as often as two glued words)
        confidence = min(confidence, _TECHNICAL_CONFIDENCE)
    reason = "space between a word and the capitalized word glued to it (a lost block or sentence boundary)"
    cuts.setdefault(m.start("right"), (reason, confidence))


def _camel_cuts(cut, text: str, lang: str) -> dict:
    """The cuts ``cut`` writes for every camel token of ``text``, from fresh caches."""
    scanner = fused._scanner(lang)
    chunks = fused._ChunkCache(text, fused._MACHINE_CHUNK)
    lines = fused._LineCache(text, scanner)
    cuts: dict = {}
    for m in scanner.camel_tokens(text):
        cut(text, m, scanner, chunks, lines, cuts)
    return cuts


def _edits_in_old_order(stage: FusedTokens, text: str) -> list:
    """The whole stage's edits with the old order swapped in: the caches it shares with the
    other rules of ``find_edits`` are read in the old order too."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(FusedTokens, "_camel_cut", staticmethod(_camel_cut_in_old_order))
        return stage.find_edits(text)


# Left and right parts: function words, common words, participles, listed names' halves,
# code prefixes, unknown letters; contexts that trip each gate of the rule (markup's "=",
# a dollar sign, brackets and quotes around the token alone, a code line, a row of keys and
# values, a row of names, a short label line, a quotation's close, a sentence after).
_LEFT = [
    "of", "in", "to", "is", "on", "my", "and", "the", "menu", "copyright", "player", "site",
    "page", "net", "use", "get", "read", "more", "Amazon", "Updated", "Reuters", "You",
    "Linked", "Access", "Getty", "Blog", "Hacker", "Mc", "Market", "won", "zzq", "Qx", "da",
    "meeting", "story", "Reported", "Posted", "book", "news",
]
_RIGHT = [
    "The", "Chicago", "November", "In", "Dowell", "Tube", "In", "Now", "This", "State",
    "Type", "Stories", "Deals", "One", "Auth", "He", "She", "Spotlight", "Url", "Width",
    "Book", "Axess", "Fire", "Said", "Related", "Xq", "Store", "Room", "House",
]
_BEFORE = [
    "", " ", "the ", "said ", "=", '="', "$", "$$ ", "(", "[", "“", '"', "\n", "  ",
    "x = f(y); ", "site: media | arena: mlb | ", "Help.com Last.fm MaxPreps ", "http://a.com/",
    "Newsletter\n", "“We won it all,", "He said that ", "Mayor Rahm ", "#", "J.", "He said (",
    "He said “",
]
_AFTER = [
    "", " ", ".", ")", ".)", "”", '" ', ": ", ": x | y: z | w: v", " said the man.",
    " told reporters.", "!", "\n", " Radio.com Search.com CNET", " is here.",
    " the company said on Monday.", " Says He Will Run", "\nSearch", " Crews\nSearch", '"', "”.",
    ") today.", "” today.", " 5pm", " at 8:52 PM",
]
_TEXT = st.tuples(
    st.sampled_from(_BEFORE), st.sampled_from(_LEFT), st.sampled_from(_RIGHT), st.sampled_from(_AFTER),
    st.sampled_from(["", " And {token} again.", "\n{token}", " The {left} {right} way."]),
).map(lambda p: p[0] + p[1] + p[2] + p[3] + p[4].format(token=p[1] + p[2], left=p[1], right=p[2]))
_LANGS = ["en", "de", "fr"]


@settings(max_examples=400, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=3).map(" ".join), st.sampled_from(_LANGS))
def test_new_order_cuts_what_the_old_order_cuts(text: str, lang: str) -> None:
    assert _camel_cuts(FusedTokens._camel_cut, text, lang) == _camel_cuts(_camel_cut_in_old_order, text, lang)


@settings(max_examples=100, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=4).map(" ".join))
def test_new_order_gives_the_stage_the_same_edits(text: str) -> None:
    stage = FusedTokens(lang="en")
    assert stage.find_edits(text) == _edits_in_old_order(stage, text)


# Tokens on both sides of the word check: let go by it (YouTube, bookStore, the listed
# theGrio; bookHouse, known though rare, after a content word), or passed on (andThe, a
# fusion wordfreq holds; the unknown rest).  In some context above, one gate alone lets
# each go: the word check itself, or a context gate.
_TOKENS = [
    "meetingThe", "playerThis", "ReutersNow", "myDeals", "ofIn", "YouTube", "LinkedIn", "UpdatedFire",
    "storyDeals", "andThe", "McDowell", "inNovember", "copyrightAxess", "theAuth", "myNow",
    "bookStore", "newsRoom", "bookHouse", "theGrio",
]


def test_new_order_in_every_context() -> None:
    # Every context of the lists around every token above: each context gate decides a
    # token's fate in one of them at least, so a gate the new order lost, or one whose
    # verdict the moved word check hid where it mattered, shows here.
    for before in _BEFORE:
        for after in _AFTER:
            for token in _TOKENS:
                text = before + token + after
                assert _camel_cuts(FusedTokens._camel_cut, text, "en") == _camel_cuts(_camel_cut_in_old_order, text, "en"), text


def test_the_generated_tokens_reach_both_sides_of_the_word_gate() -> None:
    # The comparison means something only if generated tokens meet every verdict: let go by
    # the word check, let go by a context gate, and cut.
    scanner = fused._scanner("en")
    known = [left + right for left in _LEFT for right in _RIGHT if zipf(scanner.freqs, (left + right).lower())]
    cut = _camel_cuts(FusedTokens._camel_cut, "the meetingThe company said on Monday.", "en")
    gated = _camel_cuts(FusedTokens._camel_cut, 'itemprop="meetingThe company said on Monday.', "en")
    assert known and cut and not gated


def test_new_order_on_the_dev_corpus_camel_paragraphs() -> None:
    held = 0
    for _, _, para in paragraphs():
        for lang in _LANGS:
            if next(iter(fused._scanner(lang).camel_tokens(para)), None) is None:
                continue
            held += 1
            assert _camel_cuts(FusedTokens._camel_cut, para, lang) == _camel_cuts(_camel_cut_in_old_order, para, lang)
            stage = FusedTokens(lang=lang)
            assert stage.find_edits(para) == _edits_in_old_order(stage, para)
    assert held  # the corpus holds camel tokens to compare on
