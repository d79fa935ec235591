"""Language identification counted in whole centibels gives the float vote's answers.

``language._by_words`` packs each word's votes into one int and adds them in C;
``language._by_words_in_floats`` is the vote as first written (a float sum per
language, in the order of the words) and stays here as the specification.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textmend import language


def _listed_words(script: str, per_language: int = 40) -> list[str]:
    """Words each language of ``script`` lists, its most and its least frequent, and words
    several languages share (where votes come close): where a slip in the count would show."""
    vocabulary = language._vocabulary(script)
    by_language: dict[int, list[tuple[float, str]]] = {}
    shared = []
    for word, row in vocabulary.bonus.items():
        for i, gain in row:
            by_language.setdefault(i, []).append((gain, word))
        if len(row) > 2:
            shared.append(word)
    words = set(sorted(shared)[:: max(1, len(shared) // 300)])
    for entries in by_language.values():
        entries.sort(reverse=True)
        words.update(w for _, w in entries[:per_language])
        words.update(w for _, w in entries[-per_language // 4 :])
    return sorted(words) + ["zzqx", "qwxj"]  # and words no language lists


_WORDS = {script: _listed_words(script) for script in language._SHARED_SCRIPTS}


@pytest.mark.parametrize("script", language._SHARED_SCRIPTS)
@pytest.mark.parametrize("final", [True, False])
@given(data=st.data())
def test_the_vote_in_centibels_is_the_float_vote(script: str, final: bool, data: st.DataObject) -> None:
    words = data.draw(st.lists(st.sampled_from(_WORDS[script]), max_size=language._MAX_WORDS))
    vocabulary = language._vocabulary(script)
    assert language._by_words(words, script, final=final) is language._by_words_in_floats(words, vocabulary, final=final)


@pytest.mark.parametrize("script", language._SHARED_SCRIPTS)
def test_every_gain_is_a_whole_number_of_centibels(script: str) -> None:
    # What the integer count rests on: the tables hold gains made from whole buckets.
    for row in language._vocabulary(script).bonus.values():
        for _, gain in row:
            centibels = round(gain / language._CENTIBEL)
            assert 0 < centibels <= 600
            assert -(600 - centibels) / 100 * math.log(10) - language._UNKNOWN_LOGP == gain


@pytest.mark.parametrize("margin", [language._MIN_MARGIN, language._EARLY_MARGIN])
def test_no_whole_difference_comes_near_a_margin(margin: float) -> None:
    # The float sums of up to 30 gains differ from the exact ones by less than 1e-11 nats:
    # a whole number of centibels this far from the margin falls on the same side of it.
    threshold = math.ceil(margin / language._CENTIBEL)
    assert (threshold - 1) * language._CENTIBEL < margin - 1e-3
    assert threshold * language._CENTIBEL > margin + 1e-3


def test_a_tie_in_centibels_is_broken_as_the_floats_break_it(monkeypatch) -> None:
    # Two languages listing a word at the same frequency tie in whole centibels: the float
    # vote decides, so the order of its additions still picks the leader.
    vocabulary = language._vocabulary("Latn")
    tied = next(w for w, row in vocabulary.bonus.items() if len(row) == 2 and row[0][1] == row[1][1])
    asked = []
    original = language._by_words_in_floats
    monkeypatch.setattr(language, "_by_words_in_floats", lambda *a, **k: asked.append(a) or original(*a, **k))
    for final in (True, False):
        assert language._by_words([tied] * 5, "Latn", final=final) is original([tied] * 5, vocabulary, final=final)
    assert asked


def test_every_dev_paragraph_gets_the_float_votes_language(monkeypatch) -> None:
    from benchmarks.corpus import documents

    paragraphs = [text[s:e] for _, text in documents() for s, e in language.paragraph_spans(text)]
    fast = [language.identify(p) for p in paragraphs]
    monkeypatch.setattr(
        language, "_by_words", lambda words, script, final=True: language._by_words_in_floats(words, language._vocabulary(script), final=final)
    )
    assert [language.identify(p) for p in paragraphs] == fast
    assert fast.count("en") > 1000 and len(set(fast)) > 5


def test_more_words_than_the_packed_fields_hold_are_counted_in_floats() -> None:
    # identify passes at most _MAX_WORDS words; a longer list must not overflow a field.
    words = ["the"] * 200 + ["und"] * 150
    vocabulary = language._vocabulary("Latn")
    for final in (True, False):
        assert language._by_words(words, "Latn", final=final) is language._by_words_in_floats(words, vocabulary, final=final)


# --- seventh round: the script test of inheritance, and the words stripped once ------------


def _written_in_script_of_plain(paragraph: str, lang: str) -> bool:
    """The script test as first written: every letter run's script, found by the regex."""
    import wordfreq

    words = language._WORD.findall(paragraph, 0, 2000)
    if not words:
        return True
    expected = wordfreq.get_language_info(lang)["script"]
    expected = {"Kore": "Hang"}.get(expected, expected)
    scripts = {language._script_of(w[0]) for w in words}
    if expected in ("Hans", "Hant", "Jpan"):
        return bool(scripts - {"Latn"}) and scripts <= {"Hani", "Hira", "Kana", "Latn"}
    return expected in scripts and scripts <= {expected, "Latn"}


_SCRIPT_PIECES = st.sampled_from(list("aZ19 _.,\n\t-'\x7f\x00") + ["Жж", "日本", "ひ", "한", "é", "ß", "ǅ", "²", "٣"])


@pytest.mark.parametrize("lang", ["en", "ru", "ja", "zh", "ko", "el"])
@given(pieces=st.lists(_SCRIPT_PIECES, max_size=20))
def test_the_script_test_is_the_plain_one(lang: str, pieces: list[str]) -> None:
    paragraph = "".join(pieces)
    assert language._written_in_script_of(paragraph, lang) == _written_in_script_of_plain(paragraph, lang)
    # (past the 2,000 characters read, nothing counts)
    assert language._written_in_script_of(" " * 1995 + paragraph, lang) == _written_in_script_of_plain(" " * 1995 + paragraph, lang)


@given(tokens=st.lists(st.sampled_from(["the", "“we", "it’s", "(a", "1990s", "—", "...", "ok.", "Ж", "x"]), max_size=40))
def test_words_of_a_list_are_the_words_of_its_parts(tokens: list[str]) -> None:
    # identify strips the first eight tokens once and adds the rest's words to them.
    first = language._FIRST_LOOK
    assert language._words_of(tokens) == language._words_of(tokens[:first]) + language._words_of(tokens[first:])


def _identify_plain(paragraph: str) -> str | None:
    """identify as first written: the whole head split, each look stripping its own tokens."""
    head = paragraph[: language._MAX_CHARS]
    tokens = head.lower().split()
    latin_only = head.isascii()
    if len(tokens) > language._FIRST_LOOK:
        early = language._judge(tokens[: language._FIRST_LOOK], paragraph, latin_only, final=False)
        if early is not language._UNDECIDED:
            return early  # type: ignore[return-value]
    return language._judge(tokens[: language._MAX_WORDS], paragraph, latin_only, final=True)  # type: ignore[return-value]


_PARAGRAPH_PIECES = st.sampled_from(
    ["the", "minister", "said", "der", "und", "le", "et", "на", "и", "日本", "ひ", " ", "  ", "\t", "\n", "\u00a0", "\u2003", ",", "“", "1990"]
)


@given(pieces=st.lists(_PARAGRAPH_PIECES, max_size=80))
def test_identify_is_the_plain_reading(pieces: list[str]) -> None:
    # Split in two steps (the first look, then the rest on demand), the same tokens and answer.
    paragraph = "".join(pieces)
    assert language.identify(paragraph) == _identify_plain(paragraph)


def test_identify_is_the_plain_reading_on_every_dev_paragraph() -> None:
    from benchmarks.corpus import documents

    paragraphs = [text[s:e] for _, text in documents() for s, e in language.paragraph_spans(text)]
    assert [language.identify(p) for p in paragraphs] == [_identify_plain(p) for p in paragraphs]


# --- ninth round: English settled by its least leads, votes summed through the cache -------


def _english_and_rivals() -> list[str]:
    """Frequent English words, words English shares with other languages (where a least
    lead turns small or negative), words other languages alone list, and unlisted ones."""
    vocabulary = language._vocabulary("Latn")
    english = vocabulary.langs.index("en")
    listed = [w for w, row in vocabulary.bonus.items() if any(i == english for i, _ in row)]
    shared = [w for w in listed if len(vocabulary.bonus[w]) > 1]
    others = [w for w, row in vocabulary.bonus.items() if all(i != english for i, _ in row)]
    frequent = ["the", "of", "and", "to", "said", "that", "with", "a", "in", "is", "on", "for", "was", "he"]
    return frequent + sorted(listed)[::2000] + sorted(shared)[::500] + sorted(others)[::3000] + ["zzqx", "qwxj"]


_ENGLISH_WORDS = _english_and_rivals()


@given(words=st.lists(st.sampled_from(_ENGLISH_WORDS), max_size=language._FIRST_LOOK))
def test_english_is_settled_only_where_the_first_look_says_english(words: list[str]) -> None:
    latin_only = all(w.isascii() for w in words)
    if language._surely_english(words, latin_only, final=False):
        assert language._judge(words, " ".join(words), latin_only, final=False, words=words) == "en"


@given(words=st.lists(st.sampled_from(_ENGLISH_WORDS), max_size=language._MAX_WORDS))
def test_english_is_settled_only_where_the_final_look_says_english(words: list[str]) -> None:
    latin_only = all(w.isascii() for w in words)
    if language._surely_english(words, latin_only, final=True):
        assert language._judge(words, " ".join(words), latin_only, final=True, words=words) == "en"


def test_the_least_leads_of_every_word_read_fit_their_field() -> None:
    assert language._MAX_WORDS * 2 * language._LEAD_OFFSET < 1 << language._LEAD_BITS


def test_english_settles_most_english_first_looks() -> None:
    # Not a proof of anything but that the shortcut is taken at all (a bound set too high
    # would pass the test above by never answering).
    words = "the minister said that the talks would go".split()
    for final in (False, True):
        assert language._surely_english(words, True, final=final)
        assert not language._surely_english("der minister sagte dass die gespräche weiter".split(), False, final=final)
    # The final look's margin is the smaller: a paragraph the first look leaves in doubt can pass it.
    assert any(
        language._surely_english(language._words_of(p.lower().split()[:30]), p.isascii(), final=True)
        and not language._surely_english(language._words_of(p.lower().split()[:8]), p.isascii(), final=False)
        for p in _dev_paragraphs()
    )


def _dev_paragraphs() -> list[str]:
    from benchmarks.corpus import documents

    return [text[s:e] for _, text in documents() for s, e in language.paragraph_spans(text)]


def test_english_least_leads_are_the_least_differences_of_the_gains() -> None:
    tally = language._tally("Latn")
    leads, english = tally.english_leads, tally.vocabulary.langs.index("en")
    assert leads is not None
    for word in _ENGLISH_WORDS:
        row = dict(tally.vocabulary.bonus.get(word, ()))
        gains = [round(row[i] / language._CENTIBEL) if i in row else 0 for i in range(tally.languages)]
        least = min(gains[english] - g for i, g in enumerate(gains) if i != english)
        value = leads[word]
        assert value & language._LEAD_MASK == least + language._LEAD_OFFSET
        assert value >> language._LEAD_BITS == (gains[english] > 0)


def test_unlisted_words_are_kept_up_to_a_bound(monkeypatch) -> None:
    # A word no language lists votes nothing, kept or not: the sums are the same past the bound.
    monkeypatch.setattr(language, "_MAX_UNLISTED", 0)
    tally = language._Tally(language._vocabulary("Latn"))
    words = ["the", "zzqx", "qwxj", "minister", "zzqx"]
    assert sum(map(tally.packed.__getitem__, words)) == tally.pack(tally.vocabulary.bonus["the"]) * 1 + tally.pack(
        tally.vocabulary.bonus["minister"]
    )
    assert "zzqx" not in tally.packed and "the" in tally.packed


@given(words=st.lists(st.text(alphabet="aZéßɏɐḁΩЖ日", min_size=1, max_size=3)))
def test_a_greatest_word_below_the_bound_means_every_initial_is_latin(words: list[str]) -> None:
    # _judge skips the script of each word when the greatest word sorts below _LATIN_BELOW.
    if not words or max(words) < language._LATIN_BELOW:
        assert all(language._script_of(w[0]) == "Latn" for w in words)


def test_no_punctuation_identify_strips_is_a_letter() -> None:
    # _words_of keeps a token of letters as it is: stripping could take nothing off it.
    assert not any(ch.isalpha() for ch in language._PUNCTUATION)


@given(tokens=st.lists(st.text(alphabet="ab.,“”’(Ж日1_ ", min_size=1, max_size=5), max_size=12))
def test_words_of_are_the_stripped_tokens_that_start_with_a_letter(tokens: list[str]) -> None:
    expected = [w for token in tokens if (w := token.strip(language._PUNCTUATION)) and w[0].isalpha()]
    assert language._words_of(tokens) == expected


# --- tenth round: English settled from the tokens, not the words made of them ---------------

# Tokens as a paragraph's head splits them: listed and unlisted words with marks clinging to
# them, numbers, marks alone, words of another script or with an initial past the Latin range.
_TOKEN_DECORATIONS = ["{}", "{},", "“{}", "{}.”", "({})", "{}’s", "-{}-", "{}1"]
_TOKEN_OTHERS = ["1990", "—", "...", "“", "ж", "日本", "ɐb", "aɐ", "é", "ßa", "_x", "x_", "’90s", "a\u0301"]
_TOKENS = st.one_of(
    st.sampled_from(_ENGLISH_WORDS[:14]),  # the frequent ones: looks that English settles
    st.sampled_from(_ENGLISH_WORDS),
    st.builds(str.format, st.sampled_from(_TOKEN_DECORATIONS), st.sampled_from(_ENGLISH_WORDS)),
    st.sampled_from(_TOKEN_OTHERS),
    st.text(alphabet="abé.,“”’(Жɐ日1_-", min_size=1, max_size=5),
)


@settings(max_examples=400, deadline=None)
@given(tokens=st.lists(_TOKENS, max_size=language._MAX_WORDS), final=st.booleans())
def test_english_from_the_tokens_is_english_from_their_words(tokens: list[str], final: bool) -> None:
    words = language._words_of(tokens)
    expected = language._surely_english(words, False, final=final)
    assert language._surely_english_tokens(tokens, final=final) == expected
    if all(t.isascii() for t in tokens):  # what identify passes for an ASCII head
        assert language._surely_english(words, True, final=final) == expected


def test_english_from_the_tokens_settles_english_and_only_english() -> None:
    # (the equivalence above could hold by both never answering: each answers here)
    tokens = "the minister said, “that — the 1990 talks would go on.”".split()  # (— and 1990: no words)
    assert language._surely_english_tokens(tokens, final=False)
    assert language._surely_english_tokens(tokens, final=True)
    assert not language._surely_english_tokens("der minister sagte, dass die gespräche".split(), final=True)
    assert not language._surely_english_tokens("the minister said that the talks would жж".split(), final=True)
    assert not language._surely_english_tokens("жж the minister said that the talks would".split(), final=True)
    # Leads and listed words enough, letters not (ten of twelve): the letters' field decides.
    assert language._surely_english(["the", "of", "and", "to", "was"], True, final=True)
    assert language._surely_english_tokens(["the", "of", "and", "to", "was"], final=True)
    assert not language._surely_english_tokens(["the", "of,", "(and", "to"], final=True)


def test_tokens_are_kept_up_to_a_bound(monkeypatch) -> None:
    # Past the bound a token is read again each time it is met, to the same value.
    monkeypatch.setattr(language, "_MAX_TOKENS", 2)
    tally = language._Tally(language._vocabulary("Latn"))
    assert tally.english_tokens is not None
    tokens = "the minister, said that the talks would go".split()
    first = [tally.english_tokens[t] for t in tokens]
    assert len(tally.english_tokens) == 2
    assert [tally.english_tokens[t] for t in tokens] == first


def test_the_token_fields_hold_a_look() -> None:
    # 8 bits a count: a look's tokens, all words, all listed, all foreign, fit with room to spare.
    assert language._MAX_WORDS < language._TOKEN_FIELD


# --- fourteenth round: the first look's vote skipped where it cannot answer a rival ---------

# English words and their rivals as tokens: bare, behind a mark or a quote, capitalized, and
# tokens whose word is in another script behind a Latin mark («жж: a vote of its own script).
_RIVAL_TOKENS = st.one_of(
    st.sampled_from(_ENGLISH_WORDS),
    st.sampled_from(_ENGLISH_WORDS).map(lambda w: "“" + w + ","),
    st.sampled_from(_ENGLISH_WORDS).map(str.capitalize),
    st.sampled_from(["«жж", "(日本", "1990", "—", "a", "b", "c", "x", "“", "ſ"]),
)


@settings(max_examples=400, deadline=None)
@given(tokens=st.lists(_RIVAL_TOKENS, max_size=language._FIRST_LOOK))
def test_no_rival_settles_early_only_where_the_first_look_cannot_answer_a_rival(tokens: list[str]) -> None:
    tokens = [t.lower() for t in tokens]  # identify lower-cases the head first
    if language._no_rival_settles_early(language._english_token_sum(tokens)):
        latin_only = all(t.isascii() for t in tokens)
        early = language._judge(tokens, " ".join(tokens), latin_only, final=False)
        assert early == "en" or early is language._UNDECIDED


def test_no_rival_settles_early_answers_both_ways() -> None:
    # (the test above could hold by never answering True: each answer is reached here)
    english = "the minister said that the talks would go".split()
    german = "der minister sagte dass die gespräche weiter gingen".split()
    assert language._no_rival_settles_early(language._english_token_sum(english))
    assert not language._no_rival_settles_early(language._english_token_sum(german))
    assert not language._no_rival_settles_early(language._english_token_sum(["«жж", *english[:7]]))


@settings(max_examples=300, deadline=None)
@given(tokens=st.lists(_RIVAL_TOKENS, min_size=language._FIRST_LOOK + 1, max_size=2 * language._MAX_WORDS))
def test_identify_with_the_first_look_skipped_is_the_plain_reading(tokens: list[str]) -> None:
    # Paragraphs past the first look, English and rival words mixed: the same answer as reading
    # both looks in full.
    paragraph = " ".join(tokens)
    assert language.identify(paragraph) == _identify_plain(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        # A rival's words first, English after: the first look may answer the rival.
        "« Nous ne céderons pas », a dit le ministre, and the minister said that the talks would go on for weeks.",
        "Der Minister sagte: the talks would go on, and the minister said that they would go on for weeks.",
        "The minister said that the talks would go on, der Minister sagte dass die Gespräche weiter gingen.",
        # A letter index in the first look.
        "Index A B C D E F the minister said that the talks would go on for weeks and weeks.",
        "Наши герои знают толк, the minister said that the talks would go on for weeks and weeks.",
    ],
)
def test_identify_of_mixed_paragraphs_is_the_plain_reading(paragraph: str) -> None:
    assert language.identify(paragraph) == _identify_plain(paragraph)


@settings(max_examples=300, deadline=None)
@given(tokens=st.lists(_RIVAL_TOKENS | st.sampled_from(["A", "B", "I", "12", "x.", "U.S."]), max_size=3))
def test_identify_of_a_short_head_is_the_plain_reading(tokens: list[str]) -> None:
    # One to three tokens, ASCII or not (an ASCII head of fewer than three is answered at once).
    for separator in (" ", "  ", "\n"):
        paragraph = separator.join(tokens)
        assert language.identify(paragraph) == _identify_plain(paragraph)
