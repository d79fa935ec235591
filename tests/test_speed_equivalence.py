"""The faster scans of issue 16's third round against the plain forms they replace.

Each hot path was rewritten so the engine can skip ordinary text in C (a pattern
opening with one character class, an anchor found from its capital, a count
before a scan); each must find exactly what the plain form finds.  The plain
forms are written out here as the specification and compared on strings dense
in what the scans read, where a slip would show.
"""

from __future__ import annotations

import itertools
import re

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from textmend.normalizers import fused, invisible, mojibake, punctuation, quotes

# --- punctuation: _SCAN --------------------------------------------------------

# The plain form: each branch as it reads, some opening with a look-behind.
_PLAIN_SCAN = re.compile(
    r"[,.;:!?)\]](?:"
    r"(?<=[^\W_][ \t].)(?P<before>)"
    r"|(?<=[}%°][ \t].)(?P<before_symbol>)"
    r"|(?<=[.!?][ \t].)(?<![.!?])(?P<before_stop>)"
    r"|(?<=[)\]][ \t].)(?<![)\]])(?P<before_bracket>)"
    r"|(?<=[ \t][ \t].)(?P<before_run>)"
    r"|(?<![)\]])(?=[^\W\d_])(?P<glued>)"
    r"|(?<=[)\]])(?=[^\W\d_])(?P<closed>)"
    r")"
    r"|(?P<ellipsis>(?<=[^\W\d_])…(?=[^\W\d_]))"
    r"|(?P<dash>(?:(?<=[.!?…])|(?<=[.!?…][”\"’»]))[—–](?=[ \t]))"
    r"|(?P<open>[(\[][ \t](?=[^\s,.;:!?()\[\]{}\"'“”‘’«»„‚‹›])|[(\[][ \t]{2})"
)
_PUNCT_READ = list("aZé1_ \t\n.,;:!?)](…—–\"”’»}%°{'") + ["ab", "...", "Ж"]
_PUNCT_TEXT = st.lists(st.sampled_from(_PUNCT_READ), max_size=30).map("".join)


def _hits(pattern: re.Pattern[str], text: str) -> list[tuple[int, str | None]]:
    """(start, branch) of every hit, searching again one past each start (as the stage does)."""
    found, pos = [], 0
    while (m := pattern.search(text, pos)) is not None:
        found.append((m.start(), m.lastgroup))
        pos = m.start() + 1
    return found


@given(_PUNCT_TEXT)
def test_punctuation_scan_finds_what_the_plain_form_finds(text: str) -> None:
    assert _hits(punctuation._SCAN, text) == _hits(_PLAIN_SCAN, text)


# --- fused: anchors from their capital, words with their context -------------------

_FUSED_READ = list("aAbBzZéÉжЖσΣI1 \n’'.-") + ["Ab", "aB", "I ", "I’", "Ж"]
_FUSED_TEXT = st.lists(st.sampled_from(_FUSED_READ), max_size=30).map("".join)


@given(_FUSED_TEXT)
def test_fused_anchors_from_the_capital_match_finditer(text: str) -> None:
    camel = [m.start() for m in regex.finditer(r"\p{Ll}\p{Lu}\p{Ll}", text)]
    pronoun = [m.start() for m in fused._PRONOUN_ANCHOR.finditer(text)]
    assert list(fused._anchor_starts(fused._CAMEL_ANCHOR_FROM_CAPITAL, text)) == camel
    assert list(fused._anchor_starts(fused._PRONOUN_ANCHOR_FROM_CAPITAL, text)) == pronoun


@given(_FUSED_TEXT)
def test_fused_gathers_the_words_the_plain_loop_gathers(text: str) -> None:
    words: dict[str, str] = {}
    varied: set[str] = set()
    for m in fused._LETTER_RUN.finditer(text):
        # a use: the word as written (its case) and what follows it
        context = m.group() + "|" + text[m.end() : m.end() + fused._CONTEXT_LENGTH].lower()
        for key in (m.group(), m.group().lower()):
            if words.setdefault(key, context) != context:
                varied.add(key)
    lines = fused._LineCache(text, fused._scanner("en"))
    lines._gather()
    assert (lines._words, lines._varied) == (words, varied)


@given(_FUSED_TEXT, st.integers(0, 3))
def test_fused_foreign_words_skip_what_follows_an_apostrophe(text: str, start: int) -> None:
    scanner = fused._scanner("fr")
    start = min(start, len(text))
    plain = [
        m.group()
        for m in scanner.lower_word.finditer(text, start, len(text))
        if text[m.start() - 1 : m.start()] not in "’'" or m.start() == 0
    ]
    assert scanner.lower_word_not_elided.findall(text, start, len(text)) == plain


# --- mojibake: the candidate scan ---------------------------------------------------

_MOJIBAKE_READ = list("aé \n\x1b\x80\x9dÂÃâ€™©ðŸ˜ﬁ\u3000‘’“”′") + ["\ud800\udc00", "\ud800"]
_MOJIBAKE_TEXT = st.lists(st.sampled_from(_MOJIBAKE_READ), max_size=20).map("".join)


def _plain_candidate(flags: tuple[bool, ...]) -> re.Pattern[str]:
    """The candidate pattern as the alternation it stands for."""
    ligatures, width, curly, surrogates, escapes, normalization = flags
    parts = [
        rf"[\u00c2-\u00df][{mojibake._CONTINUATION}]|[\u00e0-\u00ef][{mojibake._CONTINUATION}]{{2}}|\u00e2\u20ac"
        rf"|[\u00f0-\u00f4][{mojibake._CONTINUATION}]{{3}}|[\u0080-\u009f]"
    ]
    parts += [f"[{mojibake._LIGATURES}]"] if ligatures else []
    parts += [f"[{mojibake._WIDTH}]"] if width else []
    parts += [f"[{mojibake._CURLY}]"] if curly else []
    parts += ["[\ud800-\udbff][\udc00-\udfff]"] if surrogates else []
    parts += ["\x1b"] if escapes else []
    parts += [r"[^\x00-\x7f]"] if normalization else []
    return re.compile("|".join(parts))


@given(_MOJIBAKE_TEXT)
def test_mojibake_candidate_finds_what_the_alternation_finds(text: str) -> None:
    for flags in itertools.product((False, True), repeat=6):
        fast = [m.span() for m in mojibake._candidate_pattern(*flags).finditer(text)]
        assert fast == [m.span() for m in _plain_candidate(flags).finditer(text)], flags


# --- quotes and invisible: the counts and tests before a scan -------------------------


@given(st.lists(st.sampled_from(list(quotes._ALL_QUOTES) + ["`", " ", "\t", "a", "´"]), min_size=90, max_size=130))
def test_a_monstrous_run_is_never_skipped_by_the_count(chars: list[str]) -> None:
    text = "".join(chars)
    if quotes._MONSTROUS_RUN.search(text) is not None:
        assert quotes._count_marks(text) >= quotes._MONSTROUS_MARKS


def test_every_invisible_debris_character_is_unprintable() -> None:
    # invisible.may_edit says False for a text whose lines are all printable.
    debris = [chr(c) for c in range(0x110000) if invisible._CANDIDATE.match(chr(c))]
    assert debris and not any(ch.isprintable() for ch in debris)


@given(_FUSED_TEXT, st.sampled_from([0, fused._Anchors.SHARED_LENGTH]))
def test_fused_shared_anchors_read_the_same_kept_or_scanned_again(text: str, shared_length: int) -> None:
    caps = [m.start() for m in fused._CAPS_ANCHOR.finditer(text)]
    camel = [m.start() for m in regex.finditer(r"\p{Ll}\p{Lu}\p{Ll}", text)]
    numbers = [m.start() for m in fused._NUMBER_ANCHOR.finditer(text)]
    default = fused._Anchors.SHARED_LENGTH
    fused._Anchors.SHARED_LENGTH = shared_length  # 0: every text is long, scanned again at each reading
    try:
        anchors = fused._Anchors(text)
        for _ in range(2):  # a second reading gives the same
            assert list(anchors.caps()) == caps and list(anchors.camel()) == camel
            assert list(anchors.numbers()) == numbers
            assert anchors.any_caps() == bool(caps)
    finally:
        fused._Anchors.SHARED_LENGTH = default


# --- repeats: the prefilter's possessive word -----------------------------------------

_REPEATS_READ = list("aAbé\u0301'’- \t\n\r\u00a0.") + ["ab", "Ab", "ab ab", "a'b"]
_REPEATS_TEXT = st.lists(st.sampled_from(_REPEATS_READ), max_size=30).map("".join)


@given(_REPEATS_TEXT)
def test_repeats_prefilter_finds_what_the_backtracking_form_finds(text: str) -> None:
    from textmend.normalizers import repeats

    fast = repeats._prefilter()
    plain = re.compile(fast.pattern.replace("*+", "*").replace("++", "+"))
    assert plain.pattern != fast.pattern
    assert _hits(fast, text) == _hits(plain, text)


# --- repeats: a pair written glued, found by a search before the words are gathered -------

# Σ and İ lower by their neighbours or into two characters; ſ and K are no ASCII letters.
_GLUED_READ = ["she", "She", "SHE", "sheshe", "Sheshe", "ΣΑΣ", "σας", "ας", "İs", "is", "i̇s", "ſhe", "K", "k"]
_GLUED_READ += list(" \n.'’-\u0301é")
_GLUED_TEXT = st.lists(st.sampled_from(_GLUED_READ), max_size=20).map("".join)
_GLUED_PAIRS = st.sampled_from(["sheshe", "Sheshe", "SHESHE", "ΣΑΣΣΑΣ", "σασσας", "İsİs", "isis", "ſheſhe", "kk", "KK"])


@given(_GLUED_TEXT, _GLUED_PAIRS, st.sampled_from([0, 1, 16]))
@example("ΣΑΣΣΑΣ.ας", "ΣΑΣΣΑΣ", 16)  # the final Σ is σ in the text (a letter after the stop), ς alone
def test_repeats_glued_pair_searched_as_the_gathered_words_say(text: str, glued: str, budget: int) -> None:
    from textmend.normalizers import repeats

    scan = repeats._Scan(text, "en")
    scan._glued_searches = budget  # 0: the words are gathered at once, as before the search
    gathered = {w.lower() for w in repeats._CONTEXT_WORD.findall(text) if len(w) >= 4}
    for _ in range(2):  # the second question may come after the budget ran out
        assert scan._written_glued(glued) == (glued.lower() in gathered)
