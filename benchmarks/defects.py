"""Defects seen in scraped news, injected into clean text where it offers a site.

Each injector takes a paragraph and a ``random.Random`` and returns the
paragraph with one defect of its class at a randomly chosen site, or ``None``
when the paragraph has no site for it (no quotation to flip, no non-ASCII
character to garble).  Sites are chosen so that the original is the one
right answer: a space is dropped only between two letters, a word is doubled
only where doubling it is never idiomatic, and so on.
"""

from __future__ import annotations

import random
from functools import lru_cache
from typing import Callable

import regex

__all__ = ["CLASSES", "DESCRIPTIONS", "inject", "mojibake"]

Injector = Callable[[str, random.Random], "str | None"]

# A word boundary that also treats apostrophes, hyphens and the characters of
# URLs, e-mails, handles and hashtags as part of the token.
_L = r"(?<![\w’'\-./@#&])"
_R = r"(?![\w’'\-@&])"

_PAIR_LOWER = regex.compile(_L + r"([a-z]+) (?=([a-z]+)" + _R + ")")
_PAIR_CASE = regex.compile(_L + r"([a-z]{3,}) (?=([A-Z][a-z]+)" + _R + ")")
_PUNCT_SPACE = regex.compile(r"(?<=[a-z]{2})[.,;:!?](?= [A-Za-z])")
_QUOTE_BOUNDARY = regex.compile(r"(?<=[a-z]),[”\"] (?=[A-Za-z])")
_CURLY_DOUBLE = regex.compile(r"[“”]")
_BEFORE_CLOSING = regex.compile(r"(?<=[^\W_]{2})[,.;:!?)\]](?=\s|$)|(?<=[^\s“\"])”(?=[\s,.;:!?]|$)")
_AFTER_OPENING = regex.compile(r"(?<=^|\s)[(\[“](?=[^\W_])")
_INNER_SPACE = regex.compile(r"(?<=\S) (?=\S)")
# A space between two letters, not after a one-letter word: there a no-break space is
# the typography of Czech, Slovak, Polish and Russian ("v Praze", "в Москве"), so the
# plain space would not be the one right answer.
# Nor before a Roman numeral after a capitalized word ("Louis XIV", "SGB V"), where
# typography binds the numeral to the name.
_LETTER_SPACE = regex.compile(r"(?<=[^\W\d_]{2}) (?=[^\W\d_])(?!(?<=\b\p{Lu}\w* )[IVXLC]{1,6}\b)")
_ZWSP_SITE = regex.compile(r"(?<=[A-Za-z])(?=[A-Za-z ])|(?<= )(?=[A-Za-z])")
_LOWER_WORD = regex.compile(_L + r"([a-z]+)(?= ([^\s]+))")

#: Words whose doubling can be correct English (``had had``, ``that that``,
#: ``very very``); the benchmark never injects these as repeats.
_IDIOMATIC_DOUBLES = frozenset("had that is very so no bye really far much too well now go ha".split())


@lru_cache(maxsize=None)
def _is_word(token: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(token, "en") > 0


@lru_cache(maxsize=None)
def _zipf_en(token: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(token, "en")


def _pick(rng: random.Random, sites: list) -> object | None:
    return rng.choice(sites) if sites else None


def fused_lower(text: str, rng: random.Random) -> str | None:
    """``city and`` -> ``cityand``: drop the space between two lowercase words
    whose concatenation is not itself a word."""
    sites = [m for m in _PAIR_LOWER.finditer(text) if not _is_word(m[1] + m[2])]
    m = _pick(rng, sites)
    return None if m is None else text[: m.end(1)] + text[m.end(1) + 1 :]


def fused_case(text: str, rng: random.Random) -> str | None:
    """``menu The`` -> ``menuThe``: a lowercase word glued to a capitalized one."""
    m = _pick(rng, list(_PAIR_CASE.finditer(text)))
    return None if m is None else text[: m.end(1)] + text[m.end(1) + 1 :]


def missing_space_punct(text: str, rng: random.Random) -> str | None:
    """``things. The`` -> ``things.The``, ``said, and`` -> ``said,and``."""
    m = _pick(rng, list(_PUNCT_SPACE.finditer(text)))
    return None if m is None else text[: m.end()] + text[m.end() + 1 :]


def dropped_quote_boundary(text: str, rng: random.Random) -> str | None:
    """``win,” he said`` -> ``winhe said``: the ``,” `` at a quotation's end is lost."""
    m = _pick(rng, list(_QUOTE_BOUNDARY.finditer(text)))
    return None if m is None else text[: m.start()] + text[m.end() :]


def flipped_quote(text: str, rng: random.Random) -> str | None:
    """``“`` <-> ``”``: one curly double quote turned the wrong way."""
    m = _pick(rng, list(_CURLY_DOUBLE.finditer(text)))
    if m is None:
        return None
    return text[: m.start()] + ("”" if m[0] == "“" else "“") + text[m.end() :]


# An apostrophe: ’ inside a word (don’t, company’s), or at the start of an elision
# (’90s, ’em, rock ’n’ roll).  Word-final ’ (players’) is left out: from the
# paragraph alone it cannot always be told from the close of a single quotation.
# Inside a word only where it is an English apostrophe (a possessive, or a word
# English writes with one): in a transliteration (Syi’ah, Mu’awiyah) ’ stands for
# a letter that ‘ writes as well, and in Korean it closes a quotation before a particle.
_LETTER = r"[^\W\d_\p{Hangul}\p{Han}\p{Hiragana}\p{Katakana}]"
_APOSTROPHE_SITE = regex.compile(
    rf"(?<={_LETTER})’(?={_LETTER})|(?<![\p{{L}}\p{{N}}’‘])’(?=\d\ds\b|(?:em|n|til|tis|cause)’?\b)"
)
_WORD_AROUND = regex.compile(r"[\p{L}’]*’[\p{L}’]*")


def _english_apostrophe(text: str, i: int) -> bool:
    """Whether the in-word ’ at ``text[i]`` is an English one: ’s, or a word English knows."""
    if not text[i - 1].isalpha():
        return True  # an elision, chosen by the pattern
    start = i
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "’"):
        start -= 1
    m = _WORD_AROUND.match(text, start)
    word = m.group().lower() if m else ""
    # A common English word (zipf 3.5 and up): rarer entries with ’ are mostly
    # transliterations and names (ja’far, qur’an) whose mark has no one right form.
    return word.endswith("’s") or _zipf_en(word.replace("’", "'")) >= 3.5
#: What an apostrophe is mistyped as, with weights: a smart-quote error (‘) most
#: often, then the accents and the prime of keyboards and fonts.
_APOSTROPHE_LOOKALIKES = ["‘"] * 5 + ["`"] * 2 + ["´"] * 2 + ["′"]


def flipped_apostrophe(text: str, rng: random.Random) -> str | None:
    """``don’t`` -> ``don‘t`` / ``don`t`` / ``don´t`` / ``don′t``: an apostrophe mistyped."""
    m = _pick(rng, [m for m in _APOSTROPHE_SITE.finditer(text) if _english_apostrophe(text, m.start())])
    if m is None:
        return None
    return text[: m.start()] + rng.choice(_APOSTROPHE_LOOKALIKES) + text[m.end() :]


# A single quotation: ‘ up to the first ’ that is not an apostrophe inside a word.
_SINGLE_QUOTATION = regex.compile(r"(?<![\p{L}\p{N}])‘(?:[^‘’“”\n]|(?<=\p{L})’(?=\p{L}))+?’(?![\p{L}\p{N}])")


def flipped_single(text: str, rng: random.Random) -> str | None:
    """``‘no’`` -> ``’no’`` / ``‘no‘``: one end of a single quotation turned the wrong way."""
    m = _pick(rng, list(_SINGLE_QUOTATION.finditer(text)))
    if m is None:
        return None
    if rng.random() < 0.5:
        return text[: m.start()] + "’" + text[m.start() + 1 :]
    return text[: m.end() - 1] + "‘" + text[m.end() :]


def _double_pairs(text: str) -> list[tuple[int, int]]:
    """(open, close) of the double quotations of a paragraph whose marks pair up plainly, else []."""
    curly = [m.start() for m in regex.finditer("[“”„]", text)]
    straight = [m.start() for m in regex.finditer('(?<![0-9])"', text)]
    if len(curly) % 2 or len(straight) % 2:
        return []
    if any(text[p] not in ("“„" if k % 2 == 0 else "”“") for k, p in enumerate(curly)):
        return []
    return sorted(list(zip(curly[::2], curly[1::2])) + list(zip(straight[::2], straight[1::2])))


def doubled_single(text: str, rng: random.Random) -> str | None:
    """``“no”`` -> ``‘‘no’’`` / ````no''``, ``"no"`` -> ``''no''``, ``„nein“`` -> ``,,nein“``:
    a double quotation typed as two single marks (typewriter and treebank styles)."""
    pairs = _double_pairs(text)
    if not pairs:
        return None
    o, c = rng.choice(pairs)
    if text[o] == "„":
        opening, closing = ",,", text[c]
    elif text[o] == '"':
        opening, closing = "''", "''"
    else:
        opening, closing = rng.choice([("‘‘", "’’"), ("``", "''")])
    return text[:o] + opening + text[o + 1 : c] + closing + text[c + 1 :]


def dropped_close_quote(text: str, rng: random.Random) -> str | None:
    """A closing quote lost: a ``”``, or the second of a pair of straight ``"``."""
    sites = [m.start() for m in regex.finditer("”", text)]
    straight = [m.start() for m in regex.finditer('"', text)]
    if straight and len(straight) % 2 == 0:
        sites += straight[1::2]
    # A mark after a space is already odd; dropping it would leave a space defect too.
    sites = [i for i in sites if i > 0 and not text[i - 1].isspace()]
    i = _pick(rng, sites)
    return None if i is None else text[:i] + text[i + 1 :]


def space_before_punct(text: str, rng: random.Random) -> str | None:
    """``said ,`` / ``end .`` / ``(see this )`` / ``win ”``: a space before closing punctuation."""
    m = _pick(rng, list(_BEFORE_CLOSING.finditer(text)))
    return None if m is None else text[: m.start()] + " " + text[m.start() :]


def space_inside_open(text: str, rng: random.Random) -> str | None:
    """``“ So`` / ``( the``: a space just inside an opening quote or bracket."""
    m = _pick(rng, list(_AFTER_OPENING.finditer(text)))
    return None if m is None else text[: m.end()] + " " + text[m.end() :]


def double_space(text: str, rng: random.Random) -> str | None:
    """``a  b``: one space between two words doubled."""
    m = _pick(rng, list(_INNER_SPACE.finditer(text)))
    return None if m is None else text[: m.start()] + "  " + text[m.end() :]


def nbsp(text: str, rng: random.Random) -> str | None:
    """``a\\u00a0b``: a space between two letters turned into a no-break space."""
    m = _pick(rng, list(_LETTER_SPACE.finditer(text)))
    return None if m is None else text[: m.start()] + "\u00a0" + text[m.end() :]


def zwsp(text: str, rng: random.Random) -> str | None:
    """A zero-width space inside a Latin word or at its edge."""
    m = _pick(rng, list(_ZWSP_SITE.finditer(text)))
    return None if m is None else text[: m.start()] + "\u200b" + text[m.start() :]


def repeated_word(text: str, rng: random.Random) -> str | None:
    """``the`` -> ``the the``: a lowercase word doubled (never an idiomatic double)."""
    sites = [
        m for m in _LOWER_WORD.finditer(text) if m[1] not in _IDIOMATIC_DOUBLES and m[2].lower() != m[1]
    ]
    m = _pick(rng, sites)
    return None if m is None else text[: m.end(1)] + " " + m[1] + text[m.end(1) :]


def _sloppy_cp1252() -> list[str]:
    # Bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) come through
    # as the C1 controls of the same number, as they do in real mojibake.
    table = []
    for b in range(256):
        try:
            table.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            table.append(chr(b))
    return table


_CP1252 = _sloppy_cp1252()


def mojibake(text: str, rng: random.Random | None = None) -> str | None:
    """The whole paragraph's UTF-8 read as Windows-1252 (``don’t`` -> ``donâ€™t``);
    ``None`` for pure ASCII, which cannot be garbled this way."""
    if text.isascii():
        return None
    return "".join(_CP1252[b] for b in text.encode("utf-8", "surrogatepass"))


#: class name -> injector, in the order the reports list them.
CLASSES: dict[str, Injector] = {
    "fused-lower": fused_lower,
    "fused-case": fused_case,
    "missing-space-punct": missing_space_punct,
    "dropped-quote-boundary": dropped_quote_boundary,
    "flipped-quote": flipped_quote,
    "flipped-apostrophe": flipped_apostrophe,
    "flipped-single": flipped_single,
    "doubled-single": doubled_single,
    "dropped-close-quote": dropped_close_quote,
    "space-before-punct": space_before_punct,
    "space-inside-open": space_inside_open,
    "double-space": double_space,
    "nbsp": nbsp,
    "zwsp": zwsp,
    "repeated-word": repeated_word,
    "mojibake": mojibake,
}

DESCRIPTIONS: dict[str, str] = {name: (fn.__doc__ or "").split("\n")[0].strip() for name, fn in CLASSES.items()}


def inject(name: str, text: str, rng: random.Random) -> str | None:
    """``text`` with one defect of class ``name``, or ``None`` when it has no site."""
    out = CLASSES[name](text, rng)
    return None if out is None or out == text else out
