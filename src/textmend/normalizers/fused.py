"""Fused tokens: put back the space scraping dropped between two words.

Article extractors join the text of adjacent elements and drop the space (often
with the punctuation) at the seam.  Three kinds of seam are repaired, each only
by inserting one space:

* **lower-case fusions**, ``anotherso`` -> ``another so``, ``cityand`` ->
  ``city and``, ``winhe`` -> ``win he`` (a dropped ``,”`` before "he said");
* **case-boundary fusions**, ``reinforcementStoltenberg`` -> ``reinforcement
  Stoltenberg``, ``menuThe`` -> ``menu The``;
* **dropped ``,”`` seams**: inside a quotation still open, before a reporting
  verb, the last word glued to the speaker or the verb (``winhe said``,
  ``donesaid``), or a short quoted title glued to the next word;
* **quote-glued fusions**: a quotation mark stuck between two words gets its
  space on the side its shape says: before an opening mark (``way“So`` ->
  ``way “So``, ``told.“We`` -> ``told. “We``), after a closing one
  (``“Thanks.”Biden`` -> ``“Thanks.” Biden``, ``away.”“It`` -> ``away.” “It``).
  Whether the mark points the right way is the quotes normalizer's business.

Evidence comes from wordfreq: a token is split only if wordfreq does not know
it as a word and its best split is two known words, one of them a function
word (or, for two content words, both common and long enough not to read as a
compound).  What is left alone on purpose: compounds and coinages
(``doomscroll``, ``upskill``), typos (``proffits``), camel-case names and
brands (``iPhone``, ``YouTube``, ``McDonald``, ``DeSantis``), code identifiers
(``getElementById``, ``useState``), URLs, domains, e-mail addresses, @handles,
#hashtags, file names, tokens with digits, hyphenated and apostrophe words,
capitalized tokens inside a sentence (names), text in other scripts, and
``growth.But`` (a missing space after punctuation: the punctuation
normalizer's).
"""

from __future__ import annotations

import bisect
import itertools
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Optional

import regex

from ..analysis import comment_header_starts, dated_header_starts, post_line_starts, starts_sentence, text_facts
from ..edits import Edit, Row, row_edit
from ..language import SPACELESS, identify
from ..lexicon import language_list, tlds, word_frequencies, word_list, word_zipf, zipf
from ..normalizer import Normalizer
from .repeats import _verb_roots
from .._lazy import LazyPattern

__all__ = ["FusedTokens"]

# Scripts with upper and lower case: the only ones where these seams show.
_CASED_SCRIPTS = ("Latin", "Cyrillic", "Greek")

# A lower-case token no more than this long is scored; longer runs are not two
# words glued together, and the cap keeps the scan linear.
_MAX_TOKEN = 32
_MIN_TOKEN = 5  # shorter ones (4 letters) split only into two function words

# Zipf thresholds (log10 of uses per billion words).
_ABLE_ADJECTIVE_MIN = 2.0  # an "-able" adjective this common makes "-ability" a derivation of it
_CONTENT_MIN = 3.0  # the content side of a content+function split is a real, common word
_SHORT_MIN = 4.0  # ... or a short word that is plainly common ("win", "day")
_CONTENT_MIN_LONG = 2.5  # ... or a long word that is merely real ("scrutinized")
_FOREIGN_MIN = 1  # unexplained words (unknown, no split) a line needs to be judged foreign (English) ...
_FOREIGN_LETTERS = 100  # ... at one per 100 letters (about 20 words) or more
_NATIVE_SENTENCE_WORDS = 5  # lower-case words besides the token that make a sentence of its own language, in a foreign line
_SENTENCE_ENDS = (". ", "! ", "? ", "… ")  # what ends a sentence inside a line, for native_sentence
_FOREIGN_DOCUMENT_LETTERS = 50  # ... in the whole document, one per 50 letters (boilerplate and URLs dilute it)
_COMPOUND_MIN = 3.5  # both sides of a content+content split
_PAIR_SUM_MIN = 9.0  # ... or both at least _COMPOUND_MIN and this much together
_COMMON_MIN = 4.5  # ... when one side is short (3 letters: "bigwin", "keytest")
_KNOWN_FUSION_MAX = 3.5  # a token wordfreq knows is split only below this ("ofthe")
# ... and outside English, a function word glued to the language's article ("mitdem"):
# in German's lexicon every such token below this is a fusion of running text (undder 1.2,
# mitdem 2.0, aufdem 2.4) but for inflected words the sibling test finds (lebendem 2.2,
# beside lebende, lebender) and archaic vordem; the words start above (indem 5.0, beidem 3.4)
_ARTICLE_FUSION_MAX = 2.5
# German "zu" glued to an infinitive (_Scanner.prefix_particle_infinitive): the infinitive is this
# common, and the glued token this far rarer than it (the verbs "zumachen", "zuarbeiten" are 2.6
# and 3.0 below "machen", "arbeiten"; "zulesen" 3.6 below "lesen")
_PARTICLE_VERB_MIN = 4.0
_PARTICLE_VERB_GAP = 3.5
_LETTER_BEFORE_MIN = 4.0  # a word after a glued one-letter word other than "a" ("e|acontece") is this common
# ... and in German, two function words neither of which begins or ends compounds ("auchnicht",
# "nichtnur", "mehrals"): measured on the lexicon, such tokens below this are fusions (or a
# dialect word, "alleweil"); the words sit above ("sosehr" 2.2, "keinmal" 2.2, "warum" 5.8)
_FUNCTION_PAIR_FUSION_MAX = 1.8
_LOANWORD_MIN = 2.0  # ... unless English lists the token this often: a loanword or a name ("serum", "dermal")
_CAMEL_LEFT_MIN = 3.0  # left part of a case-boundary split
_CAMEL_KNOWN_MIN = 2.0  # a camel-case token wordfreq rates this common is a name

# Determiners that practically never end a real word after a function word, so
# that a token wordfreq does know ("inthe", "ofthe": frequent scraping damage
# in its sources) may still be split before them.
_DETERMINERS = frozenset({"the", "this", "these", "those", "their", "our", "your", "its"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we"})
# A subject pronoun as the next word (`monthe we got`): a cut that leaves one right before it
# ("mont he we") puts two subjects in a row.
_SUBJECT_PRONOUN_AFTER = LazyPattern(regex.compile, r"[ \t]+(?:he|she|they|we|I)(?![\p{L}\p{N}'\u2019])")
# Marks that end a word for the candidate scan.  Apostrophes, hyphens and the
# like are included: the token pattern then rejects "cityand’s" and
# "cityand-state", and the chunk check rejects "example.com/anotherso".
_SEPARATORS = ".,;:!?()\"“”‘’'[]{}<>«»*…—–-/\\@#_+=&|~^$%"
# The same for an ASCII text, with lower-casing, as one byte table: bytes.translate does
# both in one pass in C (the str.replace loop of _lowered_apart reads the text once per mark).
_ASCII_LOWER_SEPARATED = bytes(
    32 if chr(b) in _SEPARATORS else ord(chr(b).lower()) for b in range(128)
) + bytes(range(128, 256))
# Above this many distinct splittable tokens, one regex scan locates them.
_MAX_LOCATED = 64
_FUNCTION_TOP = 150  # without a curated list, this many top words hold the function words
_TITLE_LENGTH = 40  # a quoted title ("Takin’ It to the Streets") is about this short
# "in"/"on" before a verb form is a prefix more often than a preposition
# ("inbred", "ongoing"); before anything else it is a fusion ("inmarkets").
_VERB_ENDINGS = ("ed", "ing", "able")
_PARTICLE_PREFIXES = frozenset({"in", "on"})
# Endings of inflected and derived words, which seldom begin a compound.
_WORD_ENDINGS = ("s", "ed", "ly", "ing", "al", "ic", "ous", "ive", "ion", "ent", "ant", "ary", "est", "ity")
_NOT_ENDINGS = ("ss", "us", "is")
_INFLECTED = ("s", "ed", "ing", "ly")
# English "-or" agent nouns ("digestor") on a verb whose "-ion" noun the lexicon knows ("digestion")
_AGENT_ENDING = "or"
_ACTION_NOUN_ENDING = "ion"
# Inflections stripped to see whether an unknown token is a known word's form.
_INFLECTIONS = ("s", "es", "ed", "d", "ly", "ing", "er", "ers")
_STEM_MIN = 2.5  # ... known well enough that it is not itself a fusion in wordfreq's sources
_RESPELT_ENDINGS = ("ing", "ed", "er", "ers", "est", "es")  # English endings that change their stem's spelling
# Languages that write a new pairing of two content words apart, as English does
# ("algo comum", "hubungan guru"): there two content words glued are a fusion.
_OPEN_COMPOUNDS = frozenset({"pt", "es", "it", "fr", "ca", "ro", "id", "ms", "fil"})
# Languages that write compounds closed ("Versicherungsnummer", "presstalesperson"):
# a glued pair of content words is as likely a compound the lexicon lacks, so it is
# split only on the document's evidence (both parts used as words, the whole not),
# and so is a function word that begins compounds ("mit", "nach", "zu") glued to a word.
_CLOSED_COMPOUNDS = frozenset({"de", "nl", "sv", "da", "nb", "is", "fi"})
_LINK_STEM_MIN = 5  # letters of a noun before its linking element ("arbeit" + "s"); shorter stems are often function words' forms
_STEM_RUN_MIN = 6  # letters of a stem across the seam ("marcad|os") that tie a token to a document word ("marcadors")
_STARTS_NONE_MIN = 4.5  # a word that begins no compound in the lexicon says so only if this common (rarer: too few seen)
_COMPOUND_STARTER_WORDS = 40  # lexicon words a function word begins (+ a known word) to be a compound starter
# ... and to begin compounds at all (German "nicht|raucher", "macht|kampf", "gegen|teil"): a
# function word this productive glued to a content word is read as a compound unless the
# document writes the two words apart ("und" begins 1 such word, "nicht" 4, "gegen" 28).
_COMPOUND_HEAD_WORDS = 4
# Known compounds a content word ends ("bak|vet", "frituur|vet", "varkens|vet") to be read as a
# compound's last part by ends_compounds.
_COMPOUND_ENDER_WORDS = 3
# ... but such a word (not a compound starter) before a word this common is running text
# ("sich|bereits", "nicht|gesagt"); compounds on it build on rarer words ("nicht|nationale" 4.3).
_COMMON_AFTER_HEAD = 4.5
_ARTICLE_NOUN_MIN_LENGTH = 4  # letters of the content word after a prefixless article ("het|menu"; "het|ere", "het|end" are words' forms)
_DETERMINER_ENDINGS = ("e", "em", "en", "er", "es")  # of a German determiner declined like "dieser"
_STEM_MIN_LENGTH_OTHER = 3  # a known word this long with one of the language's endings is that word inflected
_FOREIGN_MIN_OTHER = 2  # unexplained words a line needs outside English, where wordfreq's lists are shorter
# Languages whose words take many endings and prefixes (data/<lang>/morphology.txt says
# "rich": Slavic, Baltic, Uralic, Turkic, Icelandic, Romanian, Greek, the Scandinavian
# definite suffixes): there wordfreq cannot list every form, so a known word plus a
# piece that is also a word ("изтрие|те", "faizler|de", "komma|et") is as likely one
# inflected word as two.  A function word counts as an affix of the language when the
# lexicon holds this many words made of it and a known word (counted in the top words).
_AFFIX_WORDS = 100
_AFFIX_VOCABULARY = 50000
_LEXICON_STEM_MIN = 4  # letters of a token's stem that find its other forms in the lexicon
# Forms of a stem one letter past the seam (the stem alone, or with one letter after it) that make
# a token with a two-letter right part one more of them (_Scanner.lexicon_form): "честит",
# "честита", "честите", "честити", "честито" are a paradigm, and "честитя" a form the list lacks.
_PARADIGM_FORMS = 3
# A content word that begins this many of the lexicon's words before another known word
# (Portuguese "contra" + "peso", "senso", "partida") is a prefix as much as a word: glued to
# a content word it makes a derivation the lexicon lacks ("contrasinal"), not two words.
_PREFIX_HEAD_WORDS = 40
_PREFIX_HEAD_WHOLE_MIN = 2.0  # Zipf of a derived word that counts ("contrapeso" is rare, but a word)
_PREFIX_HEAD_MIN_LENGTH = 3  # Malay "per" + "puluhan", "tanian"; two letters begin many words by chance
# A text of fewer words than this (a UI label, a button, a one-line message) in a language
# of rich morphology gives too little evidence for a split: with no sentence around it, a
# compound or inflection the lexicon lacks ("tamsayı", "heltall") reads as two words.
_SHORT_TEXT_WORDS = 6
_TEXT_WORD = LazyPattern(regex.compile, r"\p{L}+")
_VERB_STEM_MIN = 3  # letters of a verb stem before its infinitive ending ("activ" + "ar")
_IMPERATIVE_STEM_MIN = 2  # ... before an imperative's ending ("un" + "ite": "unitelo" beside "unire")
# A tense ending of three letters is read only after a stem this long ("ricatt|ino"): after a
# shorter one too many words end so by chance.
_SHORT_ENDING_STEM_MIN = 5
_SHORT_ENDING = 3  # letters of the shortest tense ending read at all
_LOWER_RUN = LazyPattern(regex.compile, r"\p{Ll}+(?![\p{L}\p{M}])")  # a lower-case word ending there
_CASE_ENDING_MAX = 4  # letters of a case ending glued after a quotation ("ni", "dan", "nden")
_HTML_TAG_MAX = 300  # characters an HTML tag spans at most on either side of a word in it
_HTML_TAG_START = LazyPattern(regex.compile, r"</?[A-Za-z][A-Za-z0-9]*[\s>/]")  # a tag's opening: "<a ", "</b>"

# Characters that make a chunk machine text: URLs, paths, e-mail addresses,
# handles, hashtags, code.  Punctuation before a capital ("growth.But") is a
# missing space the punctuation normalizer puts back, not a domain.
_MACHINE_CHUNK = regex.compile(
    r"[/\\@#_=<>{}|~^*$%&]|\+[\p{L}\p{N}]|\d|[.:;,][\p{Ll}\p{N}]|[\p{L}\p{N}][(\[]|\bwww\."
)
_MACHINE_QUOTE_CHUNK = regex.compile(r"[/\\@#_=<>{}|~^*$%&]|\+[\p{L}\p{N}]|://|[\p{L}\p{N}][(\[]|\bwww\.")
_BOUNDARY = LazyPattern(regex.compile, r"[\s“”‘’\"]")
_BOUNDARY_BEFORE = LazyPattern(regex.compile, r"[\s“”‘’\"]", flags=regex.REVERSE)


# How sure each kind of cut is (Edit.confidence; the default pipeline makes edits
# from 0.5, "strict" from 0.9).  Measured on the tune split of the extractor output.
_QUOTE_CONFIDENCE = 0.9  # a quotation mark's shape says which side the space goes
_SEAM_CONFIDENCE = 0.8  # a dropped ",”" before a reporting verb or after a quotation
_BOUNDARY_CONFIDENCE = 0.9  # a word glued to a capitalized function word opening the next block
_CAMEL_CONFIDENCE = 0.75  # a word glued to a capitalized content word
_HEADING_CONFIDENCE = 0.6  # a capitalized participle ending a heading ("UpdatedFire")
_FUNCTION_PAIR_CONFIDENCE = 0.95  # "ofthe", "isit"
_FUNCTION_CONFIDENCE = 0.8  # a content word and a function word ("cityand")
_PREFIX_LIKE_CONFIDENCE = 0.45  # a short function word on the left, in a language without a prefix list
_PLURAL_SINGULAR_MIN = 4.0  # Zipf of the singular of a plural noun after a prefix-like preposition ("de|treinos": "treino")
_PLURAL_MIN = 3.5  # Zipf of that plural itself: a noun's plural in running use, not a rare form of another word
_S_VERB_STEM_MIN = 2  # letters of a verb's stem before an ending in -s ("d|amos" is too short to tell)
_ROMANCE_INFINITIVES = ("ar", "er", "ir")  # the endings a Portuguese verb's stem takes in the lexicon's infinitive
_PREFIX_LIKE_LENGTH = 2
_PREFIX_LIKE_VOCABULARY = 40000  # the lexicon's most frequent words, where prefixes are counted
_PREFIX_LIKE_WORDS = 100  # derived words that make a function word prefix-like
_PREFIX_LIKE_VOWEL_WORDS = 10  # ... of them with a vowel after it, for it to be prefix-like before a vowel
_MIN_AFFIXED_SIDE = 4  # letters of an Indonesian root or word under an affix or clitic ("hina", "pada")
_CONTENT_MIN_COMMON_AFTER_CLITIC = 4.0  # a content word after a word with its clitic ("mendorongmu|berbuat")
_ANY_VOWEL = frozenset("aeiouyáéíóúâêôãõàèìòùäöüаеёиоуыэюяіїє")
_CONTENT_PAIR_CONFIDENCE = 0.6  # two content words ("airpollution"): compounds look the same
_AMBIGUOUS_FACTOR = 0.65  # another reading of the token is nearly as good ("adscan": ads can, ad scan)
_TECHNICAL_CONFIDENCE = 0.3  # any cut in a paragraph that reads as technical prose
# A split of a kind the audits found right less than 97% of the time unless the document
# attests it (see _unattested_split): below the default threshold, within "aggressive".
_UNATTESTED_CONFIDENCE = 0.45
_MESSAGE_WORDS = 20  # a text of fewer words is a message or a label, not running prose
_FREQUENT_PART_MIN = 5.5  # a word among the language's few hundred commonest is no compound's root
# A word that begins (ends) at most this many of the lexicon's words beside another known word
# builds no compounds (see _running_text_pair): "earlier" begins none, "gun" 22, "long" ends 10.
_PAIR_COMPOUNDS_MAX = 2
_PAIR_LONG_LEFT = 8  # ... or of a word this long, since compounds are built on short words
_PAIR_LEFT_MIN = _STARTS_NONE_MIN  # ... said only of a word this common: of a rarer one too few compounds are seen
# A function word that ends (begins) this many of the lexicon's frequent words beside a known
# word is ending-like (prefix-like) enough to doubt a split at it in a short message: fewer
# than the _AFFIX_WORDS that make it an affix outright.  Serbian "dan" ends 17 ("validan"),
# Bulgarian "ти" 89; the conjunctions and prepositions glued in running text end 0 to 10.
_WEAK_AFFIX_TAILS = 15
_WEAK_AFFIX_HEADS = 8  # Turkish "tam" begins 8 ("tamsayı")
# A lexicon of fewer words than this is one of wordfreq's small lists (Hungarian 46,702 words,
# Bulgarian 37,325; its large lists hold 250,000 or more): in a language of rich morphology it
# lacks most inflected forms, and counts an affix's words too few to reach _AFFIX_WORDS, so a
# split there at a weak affix needs the document's evidence (_Scanner.thin_lexicon_doubt).
_THIN_LEXICON = 100_000
# Endings of an inflected or derived English word, which a closed compound's first part lacks
# ("international|concern", "stylish|wheels", "previous|year").
_RUNNING_TEXT_ENDINGS = _WORD_ENDINGS + ("ous", "ful", "ish", "less")
_AMBIGUOUS_MARGIN = 1.0  # a second split this close to the best score (sum of Zipf values) ...
_AMBIGUOUS_PART_MIN = 3.0  # ... of two real words this common makes the token ambiguous
_SHIFTED_PART_MIN = 4.0  # the seam one letter over gives two content words this common ("ads|can", "ad|scan")

_Cuts = dict[int, tuple[str, float]]

# Document evidence: a token that recurs, or has these relatives in the text, is vocabulary.
_LETTER_RUN = LazyPattern(regex.compile, r"\p{L}+")
_ONE_LETTER = LazyPattern(regex.compile, r"\p{L}")
# Substring searches _LineCache.recurs may make for a word and its related forms before it
# gathers the document's words instead (one gathering costs about as much as 50-100 searches).
_SEARCH_BUDGET = 64
_RELATED_ENDINGS = ("s", "es", "ed", "d", "ing", "er", "ers", "ly")
_NAMING_HEAD_MAX = 4  # letters of a lower-case head a family of names is spelt on (dec, mini, my)
_CONTEXT_LENGTH = 8  # characters after a word that tell two uses from one block repeated
# Signs of technical prose on a line: identifiers, code names, calls.  This many make it technical.
_TECHNICAL_SIGNS = 2
_TECHNICAL_DOCUMENT_SIGNS = 6  # different signs that make a whole document technical (a blog post about code)
# Where a sign of technical prose (_Scanner.technical_sign) can start, found from a character
# each sign holds (see _technical_signs): an underscore, a dot or colon between lower-case
# letters, a capital after a lower-case letter (every code prefix ends in one), a bracket
# after a word character, an operator, a brace or a backtick.  Each alternative opens with
# the character it is found by, so the engine skips prose in C.
_TECHNICAL_ANCHOR = LazyPattern(regex.compile,
    r"_|[.:](?<=\p{Ll}[.:])(?=\p{Ll})|\p{Lu}(?<=\p{Ll}\p{Lu})|\((?<=[\p{L}\p{N}_]\()|::|->|=[=>]|[{}`]"
)
# A mixedCase name set apart as code: quoted, braced, bracketed, in backticks, or called.
_MARKED_IDENTIFIER = LazyPattern(regex.compile,
    r"(?:(?<=[\"'`{\[])|(?<=[“‘]))(\p{Ll}{2,}\p{Lu}[\p{L}\p{N}]*)(?=[\"'`}\]”’])"
    r"|(?<![\p{L}\p{N}])(\p{Ll}{2,}\p{Lu}[\p{L}\p{N}]*)(?=\()"
)
_MARKED_IDENTIFIERS_MIN = 2
# A line that names something (a contents entry, a heading): this long at most, no sentence's stop.
_NAMING_LINE_MAX = 100
_SENTENCE_STOP = LazyPattern(regex.compile, r"[.!?](?=[ \t\r]|$)", regex.M)
# A mixedCase token of letters alone (``sessionStorage``); group 1 is its first capital.
_LOWER_CAMEL_TOKEN = LazyPattern(regex.compile, r"(?<![\p{L}\p{N}_.])\p{Ll}{2,}(\p{Lu})\p{L}*(?![\p{L}\p{N}_])")
# A token written in a slot (``The _ attribute``, ``the _ interface``) the text fills with
# other names: a mixedCase or CamelCase filler counts 1, a lower-case filler the lexicon
# barely knows (Zipf below _SLOT_RARE_ZIPF: ``optgroup``, ``dirname``) counts a half.
_SLOT_NAMES_MIN = 2.0
_SLOT_RARE_ZIPF = 2.0
_SLOT_WORD = LazyPattern(regex.compile, r"\S+")
_SLOT_BEFORE = LazyPattern(regex.compile, r"(?r)(\S+)\s+")  # matched backwards from a token's start: the word before it
_SLOT_AFTER = LazyPattern(regex.compile, r"\s+(\S+)")
# A list of names: lower-case items one word each, between commas (``dl, dt, embed, form``).
_LIST_ITEMS_BEFORE = LazyPattern(regex.compile, r"(?r)(?:\p{L}+,[ \t]*\n?[ \t]*){1,30}")  # matched backwards
_LIST_ITEMS_AFTER = LazyPattern(regex.compile, r"(?:,[ \t]*\n?[ \t]*(?:and[ \t]+)?\p{L}+){1,30}")
_LIST_RARE_ITEMS_MIN = 4
_SLOT_MIXED = LazyPattern(regex.compile, r"\p{Ll}{2,}\p{Lu}\p{L}*|\p{Lu}\p{Ll}+\p{Lu}\p{L}*")
_WORD_RUN_BEFORE = LazyPattern(regex.compile, r"(?r)[\p{L}\p{N}]*")  # matched backwards from a position
# Lost block boundaries: a heading, dateline, number or line glued to the next block.
_BLOCK_CONFIDENCE = 0.8
_BLOCK_WORD_MIN = 3.0  # both words around a heading seam are this common
_HEADING_WORD_LENGTH = 5  # an ALL-CAPS word this long is a heading's word, not an acronym
# A short word glued to a number in a text that glues its units so ("74km", "2060hm", "7,5h")
# is one more unit in the writer's style ("alle 15Min"), not a lost block boundary: a unit
# has at most this many letters, and the writer's style shows in this many distinct units
# glued to numbers, ordinal endings aside ("1st", "2e", "3ème" are no units).
_UNIT_LETTERS = 3
# ...and is rarer than the short words that open a block ("2019Die", "2019New" stay repaired):
# a unit is an abbreviation ("min" 4.7, "km" 5.0 in German; "new" 6.3 in English).
_UNIT_ZIPF_MAX = 5.0
_GLUED_UNITS_MIN = 3
_GLUED_UNIT = LazyPattern(regex.compile, r"(?<![\p{L}\p{N}.,])\p{N}+(?:[.,]\p{N}+)?(\p{Ll}{1,3})(?![\p{L}\p{N}])")
_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th", "er", "re", "e", "ème", "eme", "s"})  # "s": a decade, "1990s"


def _designation(text: str, letter: str) -> bool:
    """Whether ``text`` writes ``letter`` (a capital) glued to a number as a word's end, a model's
    designation (``707-120B``, ``A340-300X``): then ``120Bs`` is that model's plural, not a
    number glued to the word ``Bs`` opening the next block (no block opens on a capital and an
    ``s``; ``2009As we`` has no ``2009A`` elsewhere)."""
    return regex.search(r"\p{N}%s(?![\p{L}\p{N}\p{M}])" % regex.escape(letter), text) is not None


def _acronym_plural(caps: str, right: str) -> bool:
    """Whether ``caps + right`` (``RCOD`` + ``Es``) reads as an acronym and its plural ``s``:
    the right part is one capital and a lower-case ``s``, so the capitals run on into it.

    Shape alone, no lexicon: an acronym the lexicon lacks (``RCODEs``, ``SDKs``) is
    exactly the case to judge, and a lost block boundary opens the next block with a
    word, which a capital and an ``s`` spell only where it is a function word (``As``,
    ``Is``, ``Us``, ``Es``): the caller keeps those when the capitals spell a word.
    """
    return len(right) == 2 and right[1] == "s" and len(caps) >= 2


def _glues_units(text: str) -> bool:
    """Whether ``text`` glues at least ``_GLUED_UNITS_MIN`` distinct units to their numbers.

    >>> _glues_units("74km in 7,5h, 2060hm climbed")
    True
    >>> _glues_units("the 1st, 2nd and 3rd of the 1990s")
    False
    """
    units: set[str] = set()
    for m in _GLUED_UNIT.finditer(text):
        unit = m.group(1)
        if unit not in _ORDINAL_ENDINGS:
            units.add(unit)
            if len(units) >= _GLUED_UNITS_MIN:
                return True
    return False


_NUMBER_RIGHT_MIN = 4.0  # a word glued after a number is this common ("2019The", "$399See")
_PRONOUN_LEFT_MIN = 3.5  # a word glued before "I" is this common ("todayI")
_CAPS_WORD_BEFORE = LazyPattern(regex.compile, r"\b\p{Lu}{2,}[ \t]+\p{Lu}*\Z")  # "HOW TO APPLYYou": a heading in capitals
_DAY_AFTER = LazyPattern(regex.compile, r"\.?[ \t]?\d{1,2}\b")  # "FLJune 19"
# A count right before a number ("8 16Bit registers"): the number is a measure the count counts.
_COUNT_BEFORE = LazyPattern(regex.compile, r"(?<!\S)\d+[ \t]\Z")
_MACHINE_BLOCK_CHUNK = LazyPattern(regex.compile, r"[/\\@#_=<>{}|~^*%&]|://|\bwww\.|\p{L}\d|\d\p{L}\p{L}*\d")
_NON_SPACE = LazyPattern(regex.compile, r"\S*")
# Cheap anchors of the block seams: every match of the full pattern holds one.
_CAPS_ANCHOR = LazyPattern(regex.compile, r"\p{Lu}\p{Lu}\p{Ll}")
# The run of capitals ending at a position (matched backwards from it): where a caps seam can start.
_CAPITALS_BEFORE = LazyPattern(regex.compile, r"(?r)\p{Lu}+")
_NUMBER_ANCHOR = LazyPattern(regex.compile, r"\d\p{Lu}\p{Ll}")
_PRONOUN_ANCHOR = LazyPattern(regex.compile, r"\p{Ll}I[ ’']")
# A lower-case letter of one cased script, then a capitalized word of another.
_SCRIPT_SWITCH = regex.compile(
    r"(?V1)[\p{Latin}&&\p{Ll}][[\p{Cyrillic}\p{Greek}\p{Armenian}]&&\p{Lu}]\p{Ll}"
    r"|[[\p{Cyrillic}\p{Greek}\p{Armenian}]&&\p{Ll}][\p{Latin}&&\p{Lu}]\p{Ll}"
)
_SCRIPT_SWITCH_ANCHOR = LazyPattern(regex.compile, r"\p{Ll}\p{Lu}\p{Ll}")
# The same anchors, found from their rarer second character (a capital) and looked
# back from there: the engine then skips the lower-case letters of running text,
# two to ten times faster.  A hit starts one character before the match.
_CAMEL_ANCHOR_FROM_CAPITAL = regex.compile(r"(?<=\p{Ll})\p{Lu}\p{Ll}")
_PRONOUN_ANCHOR_FROM_CAPITAL = regex.compile(r"(?<=\p{Ll})I[ ’']")
# The camel, caps and number anchors all end in a capital and a lower-case letter after
# a letter or a digit: one scan for that finds every one of them (its two characters
# cannot overlap the next hit's, so ``finditer`` misses none), and each hit is sorted
# by the character before it, in place of three scans of the whole text.
_HUMP_AFTER_LETTER_OR_DIGIT = LazyPattern(regex.compile, r"(?<=[\p{L}\d])\p{Lu}\p{Ll}")
# The same in an ASCII text, where those classes are [A-Za-z], [0-9], [A-Z] and [a-z]: opened
# with the capital and looked back from it, a scan of ASCII classes the engine runs in about
# 0.6 of the time (issue 16; tests/test_speed_ascii_humps.py holds the two to one list).
_ASCII_HUMP_AFTER_LETTER_OR_DIGIT = LazyPattern(regex.compile, r"[A-Z](?<=[A-Za-z0-9][A-Z])[a-z]")
_ANCHOR_WIDTH = 3  # every anchor is three characters
_ANCHOR_REACH = 64  # characters either side of an anchor a chunk may run
_PRONOUN_REACH = 8  # characters past the chunk the pronoun's look-ahead reads
_VOWELS = "aeiou"
_NEXT_LETTER = LazyPattern(regex.compile, r"\s+(\p{L})")
# English conjunctions that join two words or phrases: no two of them stand in a row, so a
# split that puts one before another ("record or and") reads a misspelt word as two.
_COORDINATORS = frozenset({"and", "or", "nor", "but"})
# The word after a token, any case, past spaces or tabs.  (An earlier binding, one space and a
# lower-case word, was replaced by this one for every user since 90717d7; it is gone, so one
# name has one pattern.)
_NEXT_WORD = regex.compile(r"[ \t]+(\p{L}+)")
# The word right before a token (a determiner), looked for this far back.
_WORD_BEFORE = LazyPattern(regex.compile, r"(?<!\p{L})(\p{L}+)[ \t]+\Z")
_WORD_BEFORE_REACH = 16
_COUNT_REACH = 12  # how far back the count before a glued number is looked for
# A mixedCase head rarer than this after a determiner is a name's first part (``mozillaZine``).
_RARE_HEAD_ZIPF = 3.2
# A line's rest written after other first words: this many words at least, on this many lines.
_TAIL_WORDS_MIN = 2
_TAIL_HEADS_MIN = 2
# Two-letter starts of mixedCase identifiers (isLoading, onClick, toString, asDict).
_SHORT_CODE_PREFIXES = frozenset({"is", "on", "to", "as"})

# A capitalized first word of a sentence may be split only this common on its left ("Wish|as").
_MIN_ZIPF_SENTENCE_START = 4.5
# Before a reporting verb, "word+pronoun" beats the best split only for a common word
# ("heart|he said"; not "oft|he said" for "of the said").
_MIN_ZIPF_BEFORE_PRONOUN = 3.5

# The cheap candidate test of FusedTokens.may_edit: every cut needs one of these.
_MAY_CUT = LazyPattern(regex.compile, r"\p{L}{3}|\d\p{L}{2}|[“”‘’\"]")


class FusedTokens(Normalizer):
    """Split words that scraping glued together, by inserting the missing space.

    ``lang`` is wordfreq's language code; for a language wordfreq does not know,
    or one written in a script without case (or without spaces), it does nothing.

    >>> FusedTokens()("from one place to anotherso seeing movements")
    'from one place to another so seeing movements'
    >>> FusedTokens()("the military reinforcementStoltenberg told reporters")
    'the military reinforcement Stoltenberg told reporters'
    >>> FusedTokens()("on the way“So for now")
    'on the way “So for now'
    >>> FusedTokens()("She bought an iPhone on eBay after a doomscroll on YouTube.")
    'She bought an iPhone on eBay after a doomscroll on YouTube.'
    """

    name = "fused"
    leaves_never_text = True
    summary = "split words that scraping glued together (missing space at an element boundary)"

    @property
    def lang(self) -> str:
        """The language option, read as an attribute without the base class's ``__getattr__``
        (reached only after a failed lookup: a few µs, once or more for every text read)."""
        return self.options.lang

    def may_edit(self, text: str) -> bool:
        # Every cut needs one of these, in any language (one answer for lang="auto"):
        # three letters in a row (a splittable token has four, a camel, caps or script
        # seam and "todayI" three), a digit before two letters ("2019The"), or a
        # quotation mark (glued quotes).
        return _MAY_CUT.search(text) is not None

    def find_edits(self, text: str) -> list[Edit]:
        return [row_edit(r) for r in self._rows(text)]

    def _find_rows(self, text: str) -> list[Row]:
        if type(self).find_edits is not FusedTokens.find_edits:
            return super()._find_rows(text)  # a subclass's own find_edits
        return self._rows(text)

    def _rows(self, text: str) -> list[Row]:
        # Rows, not Edit objects (textmend.edits.Row): a text glued at every quotation mark
        # makes hundreds of thousands of cuts.
        scanner = _scanner(self.lang)
        if scanner is None:
            return []
        cuts: _Cuts = {}
        lines = _LineCache(text, scanner)
        quote_chunks = _ChunkCache(text, _MACHINE_QUOTE_CHUNK)
        if _has_quote_mark(text):  # every quote-glued seam holds one
            for pos in _quote_glued_starts(scanner, text):
                self._quote_cut(text, pos, quote_chunks, lines, cuts)
        chunks = _ChunkCache(text, _MACHINE_CHUNK)
        # The anchors camel seams and script switches share, and the caps anchor, found once
        # for an article (a long text finds them again where they are read: see _Anchors).
        anchors = _Anchors(text)
        for m in scanner.camel_tokens(text, anchors.camel()):
            self._camel_cut(text, m, scanner, chunks, lines, cuts)
        # Every "GET OUTNoem" holds two capitals and a lower-case letter: without them, no scan.
        for m in _caps_glued(scanner, text, anchors.caps()) if anchors.any_caps() else ():
            # "… GET OUTNoem tweeted": a shouted quotation's end glued to the speaker.
            if (
                _closes_quotation(text, m.start(), m.end(), scanner, lines)
                and m.group("right").lower() not in scanner.function_words
                and not chunks.is_machine(m.start())
                and not lines.code(m.start())
            ):
                cuts.setdefault(m.start("right"), ("space between a quotation's last word and the name glued to it", _SEAM_CONFIDENCE))
        # Whether the text is short, and which language's words it uses, is the document's answer
        # (a pipeline's reread hands a window of it: analysis.reading; each window asks the
        # document's answer, kept with it, not a reading of the whole document).
        facts = text_facts(text)
        document = facts.document.text
        # In a short text of a language of rich morphology, no word is split (see _SHORT_TEXT_WORDS).
        short_rich = scanner.affixing and _few_words(document)
        # In any other short text but English, no one-letter word is split off, unless both
        # parts are function words: a vowel after a word is as often an ending or a clitic
        # (Galician "editalo", "edit it", read as Portuguese "edital o"), and a label offers
        # no recurrence to tell them apart.  (Every split in such texts, or a longer limit,
        # cost the tests' "undsagte" and the non-English benchmark: its paragraphs are short too.)
        message = scanner.lang != "en" and _few_words(document)
        # Afrikaans read as Dutch: its compounds ("enigiets", "heelgetal") are no Dutch words.
        lookalike = bool(scanner.lookalike_markers) and bool(
            facts.memo(("fused.lookalike", scanner.lang), lambda doc: _uses_any(doc, scanner.lookalike_markers))
        )
        word_cuts: _Cuts = {} if message else cuts
        for start, token in () if short_rich or lookalike else scanner.splittable_tokens(text):
            self._word_cut(text, start, token, scanner, chunks, lines, word_cuts)
        if scanner.script != "Latin" and not (message or short_rich):
            self._latin_word_cuts(text, chunks, word_cuts)
        if message:
            for pos, (reason, confidence) in word_cuts.items():
                if confidence >= _FUNCTION_PAIR_CONFIDENCE or not _one_letter_part(text, pos):
                    cuts.setdefault(pos, (reason, confidence))
        if scanner.plural_determiner_fusions:
            _plural_determiner_cuts(text, scanner, chunks, lines, cuts)
        if scanner.articles_before_nouns and any(article + " " in text for article, _ in scanner.articles_before_nouns):
            _article_before_noun_cuts(text, scanner, chunks, lines, cuts)
        self._block_cuts(text, scanner, lines, cuts, anchors)
        for pos, (reason, confidence) in list(cuts.items()):
            if confidence > _TECHNICAL_CONFIDENCE and lines.named_in_slot(pos):
                # "The sessionStorage attribute" where the text writes "The localStorage
                # attribute", "The accesskey attribute" beside "The dirname attribute": a token
                # in a slot the text fills with other names is a name too
                cuts[pos] = (reason, _TECHNICAL_CONFIDENCE)
        name = self.name
        return [(pos, pos, "", " ", name, cuts[pos][0], cuts[pos][1], False) for pos in sorted(cuts)]

    def _latin_word_cuts(self, text: str, chunks: "_ChunkCache", cuts: "_Cuts") -> None:
        """Lower-case Latin tokens glued in a text of a Cyrillic or Greek language (a Russian
        recipe's ``истинный slowfood!``), read with English's lexicon and every gate of an English
        text.  The scanner of the text's own language reads only its own script's words, so such
        a token was never read at all.  A Latin word in Cyrillic or Greek prose is most often an
        English one (brands, terms, a borrowed phrase); a transliteration (``privet``) or another
        language's compound (``onlinekasse``) has no split into two English words, and English's
        gates (the known token, a foreign line, a name, code and markup) hold the rest.  Only
        lower-case tokens: a capitalized Latin word in such a text is a name.  Measured on every
        real record with a Cyrillic or Greek letter and a Latin run (2,698): no output changes."""
        english = _scanner("en")
        if english is None:
            return
        lines = _LineCache(text, english)
        for start, token in english.splittable_tokens(text):
            if token.islower():
                self._word_cut(text, start, token, english, chunks, lines, cuts)

    # -- quote-glued ---------------------------------------------------------

    @staticmethod
    def _quote_cut(text: str, pos: int, chunks: "_ChunkCache", lines: "_LineCache", cuts: "_Cuts") -> None:
        mark = text[pos]
        if chunks.is_machine(pos - 1) or chunks.is_machine(pos + 1):
            return
        if text_facts(text).mark_is_letter(pos):
            return  # Wortsch”pfung: a page misread in another code page writes its ö so in many words
        if mark in "“‘":
            if mark == "‘" and not _plausible_single_open(text, pos):
                return
            if mark == "“" and lines.low_quote_style(pos):
                return  # „…“: here “ closes a quotation (German, Czech, ...)
            cuts.setdefault(pos, ("space before an opening quotation mark glued to the word before it", _QUOTE_CONFIDENCE))
        elif mark in "”’":
            if mark == "’" and not (text[pos - 1] in ".!?," and text[pos + 1].isupper()):
                return  # otherwise an apostrophe: Ukraine’s, rock’n’roll
            if _lone_letter(text, pos + 1):
                return  # “exit”s: a plural ending, not a word
            if mark == "”" and _contraction_after_mark(text, pos):
                return  # I”ll, we”re: the writer's ” for an apostrophe, inside one word
            if _case_ending_after_quote(text, pos + 1, lines.scanner) or _ending_after_quote(text, pos + 1, lines.scanner):
                return  # Turkish “Referer üstbilgisi”ni, English “tron”ing: an ending on the quoted words
            if mark == "”" and _close_mark_opens(text, pos):
                return  # a family of”canucks”,this: nothing open to close, the next ” closes it
            cuts.setdefault(pos + 1, ("space after a closing quotation mark glued to the word after it", _QUOTE_CONFIDENCE))
        else:  # straight ": its place among the line's marks says open or close
            if lines.code(pos) or text_facts(text).in_inline_code(pos):
                return  # "key":"value" and the like; a prefixed literal in prose (b"secret")
            before, total = lines.straight_quotes(pos)
            if total % 2:
                return  # unbalanced line: no evidence which way it points
            if before % 2 == 0:
                cuts.setdefault(pos, ("space before an opening quotation mark glued to the word before it", _QUOTE_CONFIDENCE))
            elif not _lone_letter(text, pos + 1) and not _ending_after_quote(text, pos + 1, lines.scanner):
                cuts.setdefault(pos + 1, ("space after a closing quotation mark glued to the word after it", _QUOTE_CONFIDENCE))

    # -- lost block boundaries -----------------------------------------------

    @staticmethod
    def _block_cuts(
        text: str, scanner: "_Scanner", lines: "_LineCache", cuts: _Cuts, anchors: "_Anchors | None" = None
    ) -> None:
        """A heading, a dateline, a number or a line glued to the block after it.

        Extractors drop the break between two blocks; the paragraph break cannot
        be known, so a space stands for it.
        """
        freqs = scanner.freqs
        if anchors is None:
            anchors = _Anchors(text)
        units_glued: bool | None = None  # whether the writer glues units to numbers (asked once, if ever)
        for m in _anchored(scanner.caps_camel, anchors.caps(), text):
            # "HOW TO APPLYYou must", "RESULTSSummary:", "Orlando, FLJune 19"
            caps, right = m.group("caps"), m.group("right")
            pos, caps_low, right_low = m.start("right"), caps.lower(), right.lower()
            dateline = len(caps) == 2 and right_low in scanner.months and _DAY_AFTER.match(text, m.end()) is not None
            if not dateline and ((caps + right).lower() in freqs or (caps + right).lower() in scanner.camel_names):
                continue  # a name written this way (PCWorld, NBCUniversal)
            if _MACHINE_BLOCK_CHUNK.search(_chunk(text, m.start())) or lines.code(pos):
                continue
            if not dateline and _label_line(text, m.start(), m.end()):
                continue  # "HORIZONTJobs" as a menu item of its own: a brand, no block glued to it
            common_right = zipf(freqs, right_low) >= _BLOCK_WORD_MIN
            # A short acronym before a capitalized word is a name ("NASAThe" inside a
            # sentence); a heading shows a long ALL-CAPS word or capitals before it.
            long_caps = len(caps) >= _HEADING_WORD_LENGTH
            if _acronym_plural(caps, right) and not (
                right_low in scanner.function_words and long_caps and zipf(freqs, caps_low) >= _BLOCK_WORD_MIN
            ):
                # "DNS RCODEs", "SDKs": the capital before "s" ends the acronym, the "s" is
                # its plural; the "Es" the cut leaves opens no block.  A heading word glued
                # to a two-letter function word ("BACKGROUNDAs the war", German
                # "ÜBERSICHTEs gibt") is still a lost boundary: the capitals there spell a word.
                continue
            heading = (
                (long_caps and right_low in scanner.openers)
                or (long_caps and zipf(freqs, caps_low) >= _BLOCK_WORD_MIN and common_right)
                or (
                    (common_right or right_low in scanner.openers)
                    and _CAPS_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None
                )
            )
            if heading or dateline:
                reason = "space between an ALL-CAPS heading or dateline and the block glued to it (a lost block boundary)"
                cuts.setdefault(pos, (reason, _technical_cap(_BLOCK_CONFIDENCE, lines, pos)))
        for m in _anchored(scanner.number_glued, anchors.numbers(), text):
            # "November 18, 2019The latest", "$399See it now"
            number, right = m.group("number"), m.group("right")
            pos = m.start("right")
            if sum(ch.isdigit() for ch in number) < 2 and not number.startswith("$"):
                continue  # "3Com", "7Eleven", "1Password": names
            right_low = right.lower()
            if not (right_low in scanner.openers or zipf(freqs, right_low) >= _NUMBER_RIGHT_MIN):
                continue
            if len(right) == 2 and right[1] == "s" and _designation(text, right[0]):
                continue  # "707-120Bs" where the text writes "707-120B": the B models, a plural
            recurs = text.count(number + right) >= 2
            if not _sentence_follows(text, m.end()) and recurs:
                continue  # "247Sports" on two menu lines, no sentence after it: a brand written so
            if len(right) <= _UNIT_LETTERS and right_low not in scanner.openers and zipf(freqs, right_low) < _UNIT_ZIPF_MAX:
                if units_glued is None:
                    units_glued = _glues_units(text)
                if units_glued:
                    continue  # "alle 15Min" where the writer writes "74km", "2060hm", "7,5h": a unit
            if (
                number.isdigit()
                and right_low not in scanner.openers
                and _COUNT_BEFORE.search(text, max(0, m.start() - _COUNT_REACH), m.start()) is not None
                and _lower_word_follows(text, m.end())
            ):
                # "had the equivalent of 8 16Bit registers and": a count standing alone, then a
                # whole number glued to its unit inside a noun phrase that runs on in lower
                # case; a block ends on a number once ("$399See it now"), not on two numbers in
                # a row (a date after a time, "21:17 18.11.2019Get short URL", is no count)
                continue
            if _MACHINE_BLOCK_CHUNK.search(_chunk(text, m.start())) or lines.code(pos):
                continue
            reason = "space between a number ending one block and the word opening the next (a lost block boundary)"
            confidence = _technical_cap(_BLOCK_CONFIDENCE, lines, pos)
            if recurs and right_low not in scanner.openers:
                # "told 247Sports that", "your 247Sports ID": a glued seam is one accident, a
                # token the document writes the same way twice is its vocabulary, a brand
                # (pooled audits: 4 of 13 such splits right; none of the right ones recurs)
                confidence = min(confidence, _UNATTESTED_CONFIDENCE)
            cuts.setdefault(pos, (reason, confidence))
        # (Each branch of _SCRIPT_SWITCH holds a Cyrillic, Greek or Armenian letter: an ASCII text,
        # a flag of the string, has no match, and its chunks around the camel anchors are not walked.)
        for m in () if text.isascii() else _anchored(_SCRIPT_SWITCH, anchors.camel(), text):
            # "@annamerkurovaЧто вас": a Latin handle or word glued to a Cyrillic, Greek or
            # Armenian sentence (or the other way round); one word is not written in two scripts
            pos = m.start() + 1
            if not lines.code(pos):
                reason = "space where the script changes before a capital (a lost block boundary)"
                cuts.setdefault(pos, (reason, _BLOCK_CONFIDENCE))
        if scanner.pronoun_glued is None:
            return
        for m in _anchored(
            scanner.pronoun_glued, _anchor_starts(_PRONOUN_ANCHOR_FROM_CAPITAL, text), text, after=_PRONOUN_REACH
        ):
            # "masks todayI urge": the pronoun I opening the next sentence
            left = m.group("left")
            pos = m.end("left")
            if zipf(freqs, left) < _PRONOUN_LEFT_MIN or left + "i" in freqs:
                continue  # "taxI", "alibI": the letter belongs to the word
            if _MACHINE_BLOCK_CHUNK.search(_chunk(text, m.start())) or lines.code(pos):
                continue
            reason = "space before the pronoun I glued to the word before it (a lost sentence boundary)"
            cuts.setdefault(pos, (reason, _technical_cap(_BLOCK_CONFIDENCE, lines, pos)))

    # -- case boundary -------------------------------------------------------

    @staticmethod
    def _camel_cut(
        text: str,
        m: regex.Match[str],
        scanner: "_Scanner",
        chunks: "_ChunkCache",
        lines: "_LineCache",
        cuts: "_Cuts",
    ) -> None:
        left, right = m.group("left"), m.group("right")
        token = left + right
        freqs = scanner.freqs
        low, left_low = token.lower(), left.lower()
        # The token-only verdicts come first: most camel tokens are names or brands wordfreq
        # knows (YouTube, PlayStation), and three lookups let them go before any reading of
        # the context.  The order of the gates up to the first rule that writes a cut cannot
        # change an outcome: each gate only returns (no cut), none raises, and none leaves
        # state a later reading depends on (the chunk and line caches recompute any
        # position's answer whatever they last held; no gate here spends the line cache's
        # search budget), so "no cut if any gate holds" is the same whatever their order.
        # tests/test_speed_camel_order.py holds the old order and compares the two.
        if low in scanner.camel_names:
            return
        left_is_function = left_low in scanner.function_words
        whole = zipf(freqs, low)
        if low in scanner.known_fusions:
            pass  # "andThe": wordfreq's sources hold the fusion itself
        elif whole >= _CAMEL_KNOWN_MIN or (whole and not left_is_function):
            return  # a name or brand written this way on purpose (YouTube, LinkedIn)
        elif not left_is_function and _known_word_across_seam(low, len(left), freqs):
            return  # "LinkedInlinkedin": the capital is LinkedIn's own, two share labels run together
        if chunks.is_machine(m.start()):
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
            return  # "randaleAlf on BRN 2013" beside "Nico on BRN 2013": a name heading a line of a list
        if (
            left[0].islower()
            and _header_name(text, m.start(), m.end(), scanner.months)
            and not _participle(right.lower(), freqs)
        ):
            return  # "pissOffnosey at 8:52 PM July 18, 2013": a user name heading a comment
        if _after_dollar_sign(text, m.start()):
            return  # "$$ netAuth", "$userName": a name or a variable a dollar sign marks
        if _label_line(text, m.start(), m.end()):
            return  # "HackerOne Spotlight": a short line of capitalized words is a label, not two blocks
        if _amid_names(text, m.start(), m.end(), freqs):
            # "… Moneywatch myDeals Radio.com …", "FOXSPORTS Newspapers CareerOne carsguide
            # TrueLocal": one of a row of brand names, not "my Deals" or "Career One"
            return
        if (
            scanner.lang == "en"
            and left[0].islower()
            and not left_is_function
            and right.lower() not in scanner.function_words
            and _in_title_case_line(text, m.start(), m.end(), scanner.function_words)
        ):
            # "BoxWave VersaCharger Pro and miniSync": title case capitalizes every content word,
            # so a lower-case one glued to a capital there is a brand's own spelling (English's
            # convention: German capitalizes its nouns, and a lower-case adjective glued to one
            # in a line of nouns is a seam)
            return
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
            # (Asked before the qualifiers below, which read the whole text's dotted names
            # once: both gates only return, so their order changes no outcome, and most
            # capitalized camel tokens are names this one lets go at once.)
            if not ((left_low.endswith("ed") and len(left) >= 5) or right.lower() in scanner.openers):
                return
            if _name_inside_a_sentence(text, m.start(), right, scanner):
                return  # "have ZoomIt available", "is CommunityOne where": a name in a running sentence
            if right.lower() not in scanner.function_words and text_facts(text).qualifiers(scanner.name_openers):
                # "the CommentedNode type" in a text that writes "image.Color", "os.Error",
                # "time.Duration" (three packages' names or more): a text about an API names its
                # types and functions in CamelCase; a block glued to the next there opens on a
                # function word ("OutputThe", "ListAll") as anywhere else
                return
            if not _sentence_follows(text, m.end()):
                return  # "HackerOne Spotlight", "BlogThis! Share": no sentence opens at the seam
            if _list_item(text, m.start(), m.end()):
                return  # "Dataclasses, TypedDicts and more": an item of a list, inside one sentence
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
                return  # "in the mozillaZine community", "and designMode in a page": one name inside a phrase
            if left[0].islower() and not left_is_function and _opens_a_paragraph_after_a_sentence(text, m.start(), m.end(), left, scanner, lines):
                return  # "action.⏎⏎geeKyoto 2008 is a": a name opening the paragraph, no block's tail before it
            if left[0].islower() and len(left) <= _NAMING_HEAD_MAX and lines.naming_head(left, token):
                # "decNumber" in a text that writes "decFloats" and never "dec": a family of names
                # on a short prefix-like head ("Read the storyMarkets …, the storyBanks …" is two
                # seams on a whole word, still cut)
                return
            confidence = _HEADING_CONFIDENCE if left[0].isupper() else _CAMEL_CONFIDENCE
            if left[0].islower() and not left_is_function and _in_naming_slot(text, m.start(), scanner):
                # "Afilias Technologies Limited dba dotMobi": a name given in the sentence,
                # spelt in mixed case by its owner; no block opens on a content word there
                # (a function word before the capital, "known as theBerm", "called himMike",
                # is a lost space before the name, as anywhere)
                confidence = min(confidence, _UNATTESTED_CONFIDENCE)
            if (
                left[0].islower()
                and not left_is_function
                and _identifier_in_a_phrase(text, m.start(), m.end(), right, scanner)
                and lines.writes_code()
            ):
                # "the targetingStatus of these locations" in a post that writes PHASING_OUT:
                # an identifier named inside a noun phrase of a text that writes code
                confidence = min(confidence, _TECHNICAL_CONFIDENCE)
            elif left[0].isupper() and lines.technical_document():
                # "The new PreferredContent criteria type" in a post that writes TARGET_CPA,
                # getCampaignCriterionBidLandscape, BatchJobService: a CamelCase type name,
                # not a heading's participle glued to the next block
                confidence = min(confidence, _TECHNICAL_CONFIDENCE)
        if lines.technical(m.start()) or (left[0].islower() and lines.technical_document()):
            # (`withCredentials`, `bodyUsed` in a post about code: a mixedCase token there is
            # an identifier as often as two glued words)
            confidence = min(confidence, _TECHNICAL_CONFIDENCE)
        elif left[0].islower() and right.lower() not in scanner.function_words and (
            lines.marks_identifiers()
            or (_no_sentence_line(text, m.start(), m.end()) and lines.names_identifiers_in_slots())
        ):
            # "the elementArray form" in a text that writes "eventName" and jQuery{randomNumber}:
            # where the text quotes or braces its mixedCase names, one written bare is a name too;
            # "The designMode IDL attribute", a contents line of a text that names
            # "sessionStorage" and "localStorage" in a slot of names (a sentence glued in
            # running prose there is still cut)
            confidence = min(confidence, _TECHNICAL_CONFIDENCE)
        reason = "space between a word and the capitalized word glued to it (a lost block or sentence boundary)"
        cuts.setdefault(m.start("right"), (reason, confidence))

    # -- lower case ----------------------------------------------------------

    @staticmethod
    def _word_cut(
        text: str,
        start: int,
        token: str,
        scanner: "_Scanner",
        chunks: "_ChunkCache",
        lines: "_LineCache",
        cuts: "_Cuts",
    ) -> None:
        end = start + len(token)
        at = scanner.best_split(token.lower())
        if at and scanner.reporting_verb_at(text, end):
            # Before "said", a subject pronoun is the likelier right part: "hearthe said" is
            # "heart he said" (a dropped ",”"), not "hear the said".
            low = token.lower()
            if low[at:] not in _SUBJECT_PRONOUNS:
                for pronoun in sorted(_SUBJECT_PRONOUNS, key=len, reverse=True):  # "winshe": she
                    left = low[: -len(pronoun)]
                    if (
                        low.endswith(pronoun)
                        and zipf(scanner.freqs, left) >= _MIN_ZIPF_BEFORE_PRONOUN
                        and scanner.whole(left)
                    ):
                        at = len(left)
                        break
        if not at or (token[0].isupper() and not starts_sentence(text, start)):
            # The seam of a dropped ",”": a word glued to the reporting verb
            # after the quotation ("… to be donesaid Michael Sims").
            verb_at = scanner.reporting_verb_split(token, name=token[0].isupper())
            if (
                verb_at
                and scanner.whole(token[:verb_at])
                and text_facts(text).in_open_quotation(start)
                and not chunks.is_machine(start)
            ):
                cuts.setdefault(
                    start + verb_at,
                    ("space between a quotation's last word and the reporting verb glued to it", _SEAM_CONFIDENCE),
                )
            if not at:
                return
        if (
            scanner.lang == "en" and token.islower() and token[at:] in _COORDINATORS
            and scanner.reporting_verb_at(text, end) and _opens_a_clause(text, start)
        ):
            # "Additionally, brandor wrote in": opening its clause, the token is the reporting
            # verb's subject, a name (a user name credited, as "X writes:" credits one); the cut
            # "brand or wrote" would leave the conjunction nothing before it to join ("trimmed it
            # a littleand asked", inside a clause, still splits)
            return
        if (
            scanner.lang == "en" and token.islower() and token[at:] in _SUBJECT_PRONOUNS
            and _SUBJECT_PRONOUN_AFTER.match(text, end)
        ):
            # "In one monthe we got": the cut "mont he we" puts two subjects in a row, which no
            # English clause does; the token is a word misspelt, not a word glued to "he"
            return
        if token[0].isupper() and starts_sentence(text, start):
            # News copy opens sentences with names ("Asbell", "Maxdata", "Combon"):
            # split there only a common word glued to a function word ("Wishas"),
            # and never a token the text uses again (a name repeats).
            # A listed pair (Spanish "que|te") is read in lower case only: capitalized, a word
            # without the sibling test is a name as often ("-- Quete.", a fortune's author).
            left, right = token[:at].lower(), token[at:].lower()
            if (
                right not in scanner.function_words
                or zipf(scanner.freqs, left) < _MIN_ZIPF_SENTENCE_START
                or text.count(token) > 1
                or _modal_before_name(text, end, right, scanner)
                or left + right in scanner.listed_pair_fusions
            ):
                return
        elif token[0].isupper():
            # A capitalized token inside a sentence is a name, unless the rest
            # is a pronoun before a reporting verb ("... from Arizonahe said"),
            # or the token ends a short quotation whose close was dropped, a
            # title ("a song like “Glasgowespecially given").
            if not (
                (token[at:].lower() in _SUBJECT_PRONOUNS and _closes_quotation(text, start, end, scanner, lines))
                or _title_seam(text, start, lines)
                or _noun_before_function_word(token, at, scanner, text)
            ):
                return
        if chunks.is_machine(start) or lines.code(start):
            return
        if lines.foreign(start, scanner) and not lines.native_sentence(start, end, scanner):
            return
        if token[:at].lower() == token[at:].lower():
            return  # "joejoe": a doubled syllable is a name or a word; split, repeats would delete half of it
        if _after_initial_or_hash(text, start):
            return  # "J.Sheon", "#feelaustria": a name after its initial, a hashtag
        if _inside_html_tag(text, start):
            return  # rel="noopener": an attribute of markup, not prose
        if _enclosed_alone(text, start, end):
            return  # "YouTube (firefoxchannel)": a handle or name set apart by itself
        if token.islower() and _item_among_names(text, start, end):
            return  # "libraries like FastAPI, huggingface, Django Ninja": a name in a list of names
        if _OBFUSCATED_AT.match(text, end):
            return  # "jsmith (at) example.com": an e-mail's user name, spelled to foil harvesters
        if _only_word_of_line(text, start, end):
            return  # a user name on a line of its own
        if start in lines.header_starts("handle", _handle_line_starts):
            return  # "flashrooster wrote:" beside "gregbrew56 wrote:": a list of posts, each under its author's name
        if start in lines.header_starts("dated", lambda doc: dated_header_starts(doc, scanner.months)):
            return  # "lightheartedmom August 11, 2008", "carolinaheartstrings — February 28, 2012": comments under their writers' names
        if start in lines.header_starts("says", comment_header_starts):
            return  # "familystyle food says" beside "Deborah says": the same list, its headers without a colon
        if start in lines.header_starts("posts", lambda doc: post_line_starts(doc, scanner.months)):
            return  # "peterme YmHgujE2" beside "• camworld Mercedes 380K": tweets, each under its author's handle
        if _cut_short(text, end):
            return  # "give Trump his medicat...": a teaser's word cut off, not two words glued
        if token[0].isupper() and _label_line(text, start, end):
            return  # "Der Rezensionist": a blog's name on a short line of capitalized words
        low = token.lower()
        if scanner.lang == "en" and not _articles_agree(low[:at], low[at:], text, end):
            return  # "mainan tidak", "anfallen", "transformam": the grammar the split needs is not there
        if low[:at] in ("a", "an") and _after_determiner(text, start, scanner):
            return  # "any aclaimed defeat": no article follows "any", "the", "every"; a misspelling
        if _contraction_due(low[at:], text, end, scanner.lang):
            return  # Spanish "exacerbara el": "exacerbar a el" is no Spanish, which writes "al"
        if _plural_after_plural_determiner(text, start, low, at, scanner.lang):
            return  # French "des veritees": a plural noun after a plural determiner, not "verite es"
        if low not in scanner.known_fusions and lines.recurs(low):
            return  # the document uses the word (or its relatives) again: vocabulary, not an accident
        if _quoted_coinage(text, start, end, low[:at], low[at:], scanner, lines):
            return  # 'arseniclife', the so-called “dropzone”: a term quoted as a word, coined or mentioned
        if _misspelling_of_document_word(low, lines):
            return  # "coconot" on a page that writes "coconut" twenty times: a slip of a letter, not "coco not"
        if _coined_on_document_word(low, at, lines):
            return  # "warmy goodness" on a page that says "warm" thirteen times: warm + -y, not "war my"
        if token.islower() and _closed_sibling(low, at, scanner, lines):
            return  # "sunbutter" beside "soybutter": the document writes such compounds closed
        if _word_of_the_line_language(low, start, scanner, lines):
            return  # "Zum Inhalt springen" on a French page: a German word on a German line, not "spring en"
        if _shifted_reading_used(low, at, scanner, lines):
            return  # "adscan": the text uses "ad" and never "ads", so "ad scan" is as likely as "ads can"
        if (
            low[:at] in scanner.preverbs
            and len(low) - at >= _PREVERB_VERB_MIN
            and not _participle_after(text, end, scanner)
        ):
            return  # "hátravan", "odavan": Hungarian writes a preverb together with the verb it stands before
        if scanner.enclitics and scanner.verb_with_enclitic(low[:at], low[at:]):
            return  # "activelas", "rimuovili": a Romance verb with its object pronoun, one word
        if (
            scanner.imperative_endings
            and scanner.imperative_with_enclitic(low[:at], low[at:])
            and not _article_before_noun(text, end, low[at:], scanner)
        ):
            return  # "sbatteteli", "unitelo alla crema": an imperative and its pronoun ("unitele uova" still splits)
        if (scanner.infinitive_forms or scanner.verb_infinitive_forms) and scanner.form_on_infinitive(low[:at], low[at:]):
            return  # "düngen|dem", "reformuler|ai": a declined participle, a synthetic future, one word
        if (
            low[at:] in scanner.plural_articles
            and low[:at] not in scanner.function_words
            and not _plural_follows(text, end, scanner)
        ):
            return  # "governai, e poi", "seguraras e": a plural article goes before a plural; the token is a verb's tense
        if (
            low[at:] in scanner.plural_connectors
            and _plural_of_known_noun(low[:at], scanner)
            and _nothing_to_connect(text, end, scanner)
        ):
            return  # "huesoso y", "negociosa aparece": an adjective in -oso, -osa, not "huesos o" before nothing "o" joins
        if (
            scanner.lang != "en"
            and len(low[:at]) >= _PREFIX_HEAD_MIN_LENGTH
            and low[:at] not in scanner.function_words
            and low[at:] not in scanner.function_words
            and scanner.heads_many_words(low[:at])
            and not (lines.has_word(low[:at]) and lines.has_word(low[at:]))
        ):
            return  # "contrasinal": a prefix-like word on a content word is a derivation the lexicon lacks
        if scanner.lang != "en" and _STEM_RUN_MIN <= at + 2 < len(low) and lines.stem_used(low[: at + 2], low):
            return  # "marca|dos" beside "marcadors": the document uses a word the token's stem runs on into
        # "intensiv|diskutiert": German writes an adverbial adjective apart from its participle,
        # so the grammar is the evidence the document's vocabulary would otherwise have to give
        adverb_participle = token[0].islower() and _adverb_before_participle(low[:at], low[at:], scanner)
        if (
            scanner.closed_compounds
            and not scanner.compound_evidence(low[:at], low[at:], lines)
            and not (
                # a lower-case token only: a capitalized one may be a noun ("Kinder", "Modem")
                token[0].islower()
                and (
                    _article_before_capitalized_noun(text, end, low[:at], low[at:], scanner)
                    or _declined_adjective_after_preposition(text, end, low[:at], low[at:], scanner)
                    or adverb_participle
                    or (scanner.prefix_particle_infinitive(low[:at], low[at:]) and _clause_ends(text, end))
                )
            )
        ):
            return  # "sollenselbst" is split where the text uses "sollen" and "selbst" as words
        if scanner.affixing and not scanner.inflection_evidence(low[:at], low[at:], low, lines):
            return  # "изтриете", "faizlerde", "dizajnima": an inflected word the lexicon cannot list
        if token.islower() and _lower_case_form_of_a_name(low, at, scanner, lines):
            return  # "rustup" beside "Rust" and "rustfmt": a tool named after the document's name
        confidence = scanner.split_confidence(low, at)
        confidence = _technical_cap(confidence, lines, start)
        if (
            low[:at] not in scanner.function_words
            and low[at:] not in scanner.function_words
            and lines.technical_document()
        ):
            # "annotating changesets": two content words in a document about code are as
            # likely a term of the trade the lexicon lacks as two words glued
            confidence = min(confidence, _TECHNICAL_CONFIDENCE)
        if (
            (_unattested_split(low[:at], low[at:], scanner, lines, text) and not adverb_participle)
            or (scanner.affixing and scanner.thin_lexicon_doubt(low[:at], low[at:], low, lines))
            or _content_pair_at_line_edge(text, start, end, low[:at], low[at:], scanner, lines)
            or _item_of_a_label_column(text, start, end, low[:at], low[at:], lines)
            or (token.islower() and _function_word_out_of_place(text, start, low[:at], low[at:], scanner))
            or (
                # "(often called tz or zoneinfo)": a name given in the sentence, two content words
                low[:at] not in scanner.function_words
                and low[at:] not in scanner.function_words
                and _in_naming_slot(text, start, scanner)
            )
            or _in_tag_list(text, start, scanner)
        ):
            confidence = min(confidence, _UNATTESTED_CONFIDENCE)
        cuts.setdefault(start + at, ("space between two words glued together", confidence))


_PREVERB_VERB_MIN = 3  # letters of a verb after a preverb: "ki|a" (a preverb glued to an article) is no verb
_PARTICIPLE_MIN = 4  # letters of an adverbial participle ("írva"); "éva", "neve" are shorter words' endings too


def _participle_after(text: str, end: int, scanner: "_Scanner") -> bool:
    """Whether the word after the space at ``end`` is an adverbial participle of the language
    (Hungarian "zárva", "véve": data/<lang>/adverbial_participle_endings.txt), the verb a preverb
    glued to "van" before it belongs to ("bevan zárva": "be van zárva")."""
    i = end
    while i < len(text) and text[i] in " \t\u00a0":
        i += 1
    if i == end:
        return False
    j = i
    while j < len(text) and j - i <= _MAX_TOKEN and text[j].isalpha():
        j += 1
    word = text[i:j].lower()
    return len(word) >= _PARTICIPLE_MIN and any(word.endswith(ending) for ending in scanner.participle_endings)
_NOUN_AFTER = LazyPattern(regex.compile, r"[ \t\u00a0]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{M}\p{N}-])")
_SINGULAR_STEM_MIN = 3  # letters of a noun before its singular suffix ("Entlass|ung"); "Zung", "Lion" are no such nouns


def _plural_determiner_cuts(text: str, scanner: "_Scanner", chunks: "_ChunkCache", lines: "_LineCache", cuts: "_Cuts") -> None:
    """Split a known word that determines only plurals where a singular noun follows it.

    German ``beider`` (genitive plural of ``beide``) is also ``bei der`` run together; a
    noun with a suffix that makes only singulars (``-ung``, ``-heit``, ``-keit``, ``-schaft``,
    ``-ion``, ``-tät``: ``Entlassung``, plural ``Entlassungen``) cannot follow the plural
    determiner, so there the token is the preposition and the article.  Before a plural
    (``beider Parteien``, ``beider Behandlungen``) it stays.

    >>> cuts = {}
    >>> text = "Die Medikamente werden dem Patienten beider Entlassung mitgegeben."
    >>> s = _scanner("de")
    >>> _plural_determiner_cuts(text, s, _ChunkCache(text, _MACHINE_CHUNK), _LineCache(text, s), cuts)
    >>> [text[:pos] for pos in cuts]
    ['Die Medikamente werden dem Patienten bei']
    >>> cuts = {}
    >>> text = "Die Vertreter beider Regierungen trafen sich in Berlin."
    >>> _plural_determiner_cuts(text, s, _ChunkCache(text, _MACHINE_CHUNK), _LineCache(text, s), cuts)
    >>> cuts
    {}
    """
    for token, at in scanner.plural_determiner_fusions.items():
        if token not in text:
            continue  # lower case only: a capitalized "Beider" opens a heading or a sentence
        for m in regex.finditer(rf"(?<![\p{{L}}\p{{M}}\p{{N}}-]){regex.escape(token)}(?=[ \t\u00a0])", text):
            noun = _NOUN_AFTER.match(text, m.end())
            if noun is None:
                continue
            word = noun.group(1).lower()
            if not any(
                word.endswith(suffix) and len(word) - len(suffix) >= _SINGULAR_STEM_MIN
                for suffix in scanner.singular_noun_suffixes
            ):
                continue  # a plural ("beider Parteien") or a noun that may be one ("beider Seiten")
            start = m.start()
            if chunks.is_machine(start) or lines.code(start) or lines.foreign(start, scanner):
                continue
            cuts.setdefault(start + at, ("space between a preposition and the article glued to it", _FUNCTION_CONFIDENCE))


def _article_noun_patterns(lang: str) -> tuple[tuple[str, "regex.Pattern[str]"], ...]:
    """Each article of ``data/<lang>/article_noun_endings.txt`` (the feminine ``a`` first, with
    ``feminine_noun_endings.txt``) and the pattern of a token ending in it before a lower-case
    word with one of its nouns' endings."""
    endings: dict[str, set[str]] = {}
    feminine = language_list("feminine_noun_endings", lang)
    if feminine:
        endings["a"] = set(feminine)
    for line in sorted(language_list("article_noun_endings", lang)):
        article, *ends = line.split()
        endings.setdefault(article, set()).update(ends)
    order = sorted(endings, key=lambda article: (article != "a", article))
    return tuple(
        (
            article,
            regex.compile(
                # (the noun is read ahead, not consumed: it may itself be the next token, "mesmo queo dinheiro")
                r"(?<![\p{L}\p{M}\p{N}'’-])(\p{Ll}+" + regex.escape(article) + r")(?=[ \t\u00a0]+(\p{Ll}+(?:"
                + "|".join(map(regex.escape, sorted(endings[article], key=len, reverse=True)))
                + r"))(?![\p{L}\p{M}\p{N}-]))"
            ),
        )
        for article in order
    )


def _article_before_noun_cuts(
    text: str, scanner: "_Scanner", chunks: "_ChunkCache", lines: "_LineCache", cuts: "_Cuts"
) -> None:
    """Split a rare known token made of a function word and an article before a noun that agrees with it.

    wordfreq's Portuguese list holds fusions of running text (``paraa`` 2.3, ``quea`` 1.9,
    ``parao`` 2.0, ``comos`` 1.5): of the known tokens that are a function word plus ``o``,
    ``a``, ``os`` or ``as`` rarer than ``_ARTICLE_FUSION_MAX`` (141), five are words of
    Debian's Portuguese lists, and three of them have a contraction on the left (``dosa``,
    ``doas``: a contraction already holds its article, data/<lang>/article_contractions.txt).
    Right before a common noun that agrees with the article (data/<lang>/article_noun_endings.txt:
    ``o`` before ``-o``, ``-or``, ``-ema``; ``a`` before ``-a`` and the feminine suffixes of
    feminine_noun_endings.txt, ``-ção``, ``-dade``; ``os``, ``as`` before a plural in ``-s``)
    the article is the one that goes with it: ``paraa alfabetização`` -> ``para a
    alfabetização``, ``parao número`` -> ``para o número``.  A common word (``numa`` before
    ``situação``) stays: it is above the line.

    >>> cuts = {}
    >>> text = "Os pais querem preparar os filhos paraa alfabetização desde cedo."
    >>> s = _scanner("pt")
    >>> _article_before_noun_cuts(text, s, _ChunkCache(text, _MACHINE_CHUNK), _LineCache(text, s), cuts)
    >>> [text[:pos] for pos in cuts]
    ['Os pais querem preparar os filhos para']
    >>> cuts = {}
    >>> text = "Você ligou parao número que acabou de discar."
    >>> _article_before_noun_cuts(text, s, _ChunkCache(text, _MACHINE_CHUNK), _LineCache(text, s), cuts)
    >>> [text[:pos] for pos in cuts]
    ['Você ligou para']
    >>> cuts = {}
    >>> text = "Ele ficou numa situação difícil depois da viagem."
    >>> _article_before_noun_cuts(text, s, _ChunkCache(text, _MACHINE_CHUNK), _LineCache(text, s), cuts)
    >>> cuts
    {}
    """
    if _few_words(text):
        return  # a label or a message: a neighbouring language's UI text, no sentence (see find_edits)
    freqs, fw = scanner.freqs, scanner.function_words
    for article, pattern in scanner.articles_before_nouns:
        for m in pattern.finditer(text):
            token, noun = m.group(1), m.group(2)
            left = token[: -len(article)]
            if left not in fw or token not in freqs or zipf(freqs, token) >= _ARTICLE_FUSION_MAX:
                continue  # an unknown token is the splitter's; a common one ("numa", "essa") is a word
            if left in scanner.article_contractions:
                continue  # "dosa", "doas": no article goes after "dos", "do"; another word
            if noun in fw or zipf(freqs, noun) < _CONTENT_MIN:
                continue  # the noun must be a real, common one for the article to agree with it
            start = m.start(1)
            if chunks.is_machine(start) or lines.code(start) or lines.foreign(start, scanner):
                continue
            cuts.setdefault(start + len(left), ("space between a word and the article glued to it", _FUNCTION_CONFIDENCE))


# The word after a token on its line: a capitalized one (a surname's place), and no more.
_CAPITALIZED_NEXT = LazyPattern(regex.compile, r"[ \t\u00a0]+\p{Lu}\p{Ll}")


def _modal_before_name(text: str, end: int, right: str, scanner: "_Scanner") -> bool:
    """Whether the split's right part is a modal verb and a capitalized word follows the token.

    A modal is followed by a verb's base form in lower case (``you may go``); a split that
    leaves one before a capitalized word (``Seemay Chou`` -> ``See may Chou``) makes no
    sentence, so the token is the first name before a surname.  ``Thisis Paris`` (a copula
    before a name) and ``Youmay see Chou`` (the modal before a verb) are still split.
    """
    return right in scanner.modal_verbs and _CAPITALIZED_NEXT.match(text, end) is not None


def _cut_short(text: str, end: int) -> bool:
    """Whether the token ending at ``end`` runs straight into an ellipsis (``his medicat...``,
    ``medicat…``): a headline or teaser cut off inside a word leaves a fragment the lexicon
    lacks, which is no glued pair of words.

    >>> text = "give Trump his medicat... More"
    >>> _cut_short(text, text.index("...")), _cut_short(text, text.index(" his"))
    (True, False)
    """
    return text.startswith(("...", "\u2026"), end)


_CLOSE_OPENS_REACH = 400  # characters back to look for a quotation the ” could close
_CLOSE_OPENS_SPAN = 80  # characters ahead, on the line, to find the ” that closes it


def _close_mark_opens(text: str, pos: int) -> bool:
    """Whether the ``”`` at ``pos``, between a letter and a letter, opens a quotation written with
    ``”`` at both ends (``a family of”canucks”,this``): no ``“`` or ``”`` stands before it in its
    paragraph (``_CLOSE_OPENS_REACH`` characters back at most), so there is nothing open for it
    to close, and another ``”`` follows on its line (within ``_CLOSE_OPENS_SPAN`` characters, with
    no ``“`` between).  The space was lost before the mark, not after it; where it goes is
    unsure, so no space is put after it.  A close after a quotation opened earlier in the
    paragraph (``“Yes”she said``) is still spaced."""
    lo = max(0, pos - _CLOSE_OPENS_REACH)
    para = text.rfind("\n\n", lo, pos)
    lo = lo if para < 0 else para
    if text.find("“", lo, pos) >= 0 or text.find("”", lo, pos) >= 0:
        return False
    hi = min(len(text), pos + 1 + _CLOSE_OPENS_SPAN)
    nl = text.find("\n", pos + 1, hi)
    hi = hi if nl < 0 else nl
    close = text.find("”", pos + 1, hi)
    return close >= 0 and text.find("“", pos + 1, close) < 0


def _content_pair_at_line_edge(
    text: str, start: int, end: int, left: str, right: str, scanner: "_Scanner", lines: "_LineCache"
) -> bool:
    """Whether an English token of two content words that the document never writes apart
    stands first or last on its line (``Follow Friday: laurenscravings``, ``(firefoxchannel)``,
    ``lighthearted­mom August 11``).

    Pooled over every audit (``benchmarks.loco``), such a token was never a glued pair: 0
    right, 17 damaged and 4 style splits in eight corpora (handles, hashtags, labels, a
    compound alone on its line), while the same kind inside a line was right 18 times in 37
    (and 14 style), the gates of ``_unattested_split`` its judge.
    Extraction glues a pair at a seam between elements, and a seam there carries a mark or a
    capital (the case and punctuation rules' kinds), not two lower-case words; the pair
    written apart elsewhere in the document still splits it.

    A lower-case content word ending on a function word is asked the same at its line's start
    only (``- poweroff spins the cpus``, ``- peterme YmHgujE2``: a list item's head, a
    handle; a line's last word before a lost break is another matter): over the judged
    verdicts such a split was damage 8 times and right twice, both on hard-wrapped lines
    (``Finally, I⏎resolvedupon``, ``but⏎prudentto``), which a line before ending in a word or
    a comma marks.  A function word first (``thebaker``) is left to the other rules, and two
    function words glued (``ofthe``) are a fusion wherever they stand."""
    if scanner.lang != "en" or len(left) < 2 or len(right) < 2:
        return False
    fw = scanner.function_words
    if left in fw or right in fw:
        return (
            left not in fw
            and text[start].islower()
            and not lines.writes_apart(left, right)
            and _opens_line(text, start, words_wrap=True)
        )
    if lines.writes_apart(left, right):
        return False
    # (read in a bounded window: a document of one long line may hold many candidates)
    lo, hi = max(0, start - _EDGE_REACH), min(len(text), end + _EDGE_REACH)
    line_start = text.rfind("\n", lo, start) + 1 or lo
    line_end = text.find("\n", end, hi)
    line_end = hi if line_end < 0 else line_end
    # (a hard-wrapped paragraph runs on across the break: a lower-case word opens the next
    # line, or the line before ends in a word or a comma; its lines' edges are no edges)
    # (the whitespace-delimited token: marks glued to it, "(firefoxchannel)", "#tag", go with
    # it; a token of its own beside it, "weekendlist :-)", means the line goes on)
    first = _opens_line(text, start, words_wrap=False)
    last = _ALONE_AFTER.match(text, end, line_end) is not None and _WRAPPED_AFTER.match(text, line_end) is None
    return first or last


def _opens_line(text: str, start: int, words_wrap: bool) -> bool:
    """Whether the token at ``start`` stands first on its line (after blanks, marks glued to it
    or a bulleted item's marker: ``(firefoxchannel)``, ``- poweroff``, ``• known citizen``) on
    a line that does not run on from the line before: one ending in a lower-case word or a
    comma, or with ``words_wrap`` in any word or a number.  The text's one answer about its
    lines' openings (:meth:`~textmend.analysis.TextFacts.line_opening`), which
    :func:`~textmend.analysis.post_line_starts` reads too."""
    facts = text_facts(text)
    if not facts.opens_line(start):
        return False
    opening = facts.line_opening(start)
    return not (opening.wrapped_from_a_word() if words_wrap else opening.wrapped_from_lower_case())


def _known_word_across_seam(low: str, seam: int, freqs: dict[str, float]) -> bool:
    """Whether lower-case token ``low`` is two words the lexicon knows as well as a camel
    split's left part must be (``_CAMEL_LEFT_MIN``), the first running at least two letters
    past the case seam at ``seam``: the capital is that word's own (``LinkedIn`` in
    ``LinkedInlinkedin``, two share labels run together), and a cut there breaks the name.
    A seam between a word and the next block's word leaves no longer word across it
    (``AmazonThe``, ``menuThe``, ``UpdatedFire``).  (The caller leaves a function word on the
    left to its own rule: Portuguese ``deTermos`` is ``de Termos``, whatever ``deter`` is.)

    >>> f = _scanner("en").freqs
    >>> _known_word_across_seam("linkedinlinkedin", 6, f), _known_word_across_seam("amazonthe", 6, f)
    (True, False)
    """
    return any(
        zipf(freqs, low[:j]) >= _CAMEL_LEFT_MIN and zipf(freqs, low[j:]) >= _CAMEL_LEFT_MIN
        for j in range(seam + 2, len(low) - 1)
    )


def _item_of_a_label_column(text: str, start: int, end: int, left: str, right: str, lines: "_LineCache") -> bool:
    r"""Whether a lower-case token ends a line of at most ``_COLUMN_ITEM_WORDS`` words in a
    column of labels: the nearest lines before and after it hold at most ``_COLUMN_LINE_WORDS``
    words each and no sentence's punctuation, nor does its own (a site's menu: ``Events`` /
    ``Alexa cookalong`` / ``Reviews``), and the document never writes the pair apart.

    A menu item is one element with its own spaces; extraction glues words where elements
    meet, and there the lines run together: a token that ends a menu item between other menu
    items is written so (a coinage, ``cookalong``; a brand), not two words glued.

    >>> s = _Scanner("en", "Latin")
    >>> text = "Recipes\nEvents\nAlexa cookalong\n\nReviews\nMore"
    >>> _item_of_a_label_column(text, 22, 31, "cook", "along", _LineCache(text, s))
    True
    >>> text = "We went out.\nAt noon we all cookalong\nand then ate."
    >>> _item_of_a_label_column(text, 28, 37, "cook", "along", _LineCache(text, s))
    False
    """
    if not text[start:end].islower() or lines.writes_apart(left, right):
        return False
    lo, hi = max(0, start - _EDGE_REACH), min(len(text), end + _EDGE_REACH)
    line_start = text.rfind("\n", lo, start) + 1
    line_end = text.find("\n", end, hi)
    if (line_start == 0 and lo > 0) or line_end < 0 or text[end:line_end].strip():
        return False  # a line longer than a menu item's, or the token does not end it
    own = text[line_start:line_end]
    if len(own.split()) > _COLUMN_ITEM_WORDS or _COLUMN_SENTENCE_MARK.search(own):
        return False
    before = text[max(0, line_start - _EDGE_REACH) : line_start].rstrip().rsplit("\n", 1)[-1]
    after = text[line_end:hi].lstrip().split("\n", 1)[0]
    return all(
        line.strip() and len(line.split()) <= _COLUMN_LINE_WORDS and not _COLUMN_SENTENCE_MARK.search(line)
        for line in (before, after)
    )


_COLUMN_ITEM_WORDS = 2  # words of a menu item whose last token a column of labels keeps whole
_COLUMN_LINE_WORDS = 3  # words of each neighbouring label line at most
_COLUMN_SENTENCE_MARK = LazyPattern(regex.compile, r"[.!?,;:]")
_EDGE_REACH = 80  # characters read either side of the token for its line's edges
_ALONE_AFTER = LazyPattern(regex.compile, r"[^\s\p{L}\p{N}]*[ \t\r]*\Z")
_WRAPPED_AFTER = LazyPattern(regex.compile, r"\n[ \t]*\p{Ll}")


_NAMING_REACH = 60  # characters before a token read for the naming phrase it may follow
_NAMING_PHRASE_WORDS = 3  # the longest naming phrase ("doing business as")
_NAME_STOP = ".,;:!?\"“”"  # a word ending in one of these is no name the slot goes on after


def _in_naming_slot(text: str, start: int, scanner: "_Scanner") -> bool:
    """Whether the token at ``start`` stands where the sentence gives something its name:
    right after a naming word or phrase of the language (``data/<lang>/naming_words.txt``:
    ``called``, ``named``, ``known as``, ``dba``), or as a second name joined to the first
    there by a conjunction (``often called tz or zoneinfo``).

    A name given so is whatever its owner spells (``zoneinfo``, ``dotMobi``): a closed
    compound of two content words there is a name before it is two words glued.  Only the
    token's own line is read, and a word ending in punctuation breaks the slot.
    """
    phrases = scanner.naming_words
    if not phrases or start == 0 or text[start - 1] not in " \t":
        return False
    line_start = text.rfind("\n", max(0, start - _NAMING_REACH), start) + 1
    words = text[max(line_start, start - _NAMING_REACH) : start].split()
    for skip in (0, 2):
        if skip:
            # "called tz or zoneinfo": one name, a conjunction, then this token
            if len(words) < 3 or words[-1].lower() not in scanner.conjunctions or words[-2][-1] in _NAME_STOP:
                return False
        head = words[: len(words) - skip]
        for n in range(1, min(_NAMING_PHRASE_WORDS, len(head)) + 1):
            if " ".join(head[-n:]).lstrip("([").lower() in phrases:
                return True
    return False


_TAG_LINE_REACH = 160  # characters of a tag line before a token; a longer one is prose
_TAG_LINE_BULLETS = " \t*-\u2022\u00b7|>"  # what may stand before a line's label


def _in_tag_list(text: str, start: int, scanner: "_Scanner") -> bool:
    """Whether the token at ``start`` stands on a line a tag label opens
    (``data/<lang>/tag_list_labels.txt``: ``Tags: open+source politics itconversations``,
    ``Filed under: ...``).

    A tag is written as its site spells it, closed as often as open (``itconversations``,
    the tag link ``/tags/itconversations``), and the line holds nothing else to tell a tag
    glued on purpose from two words glued; so a split there needs more than the lexicon.
    Over every judged verdict of every corpus, the five splits made on such lines were all
    damage (fresh28's and fresh29's ``it|conversations``, tune).  Only the token's own line
    is read, up to ``_TAG_LINE_REACH`` characters before it, and the label must be all that
    stands before the line's first colon (bullets and indentation aside).
    """
    labels = scanner.tag_labels
    if not labels or start == 0:
        return False
    line_start = text.rfind("\n", max(0, start - _TAG_LINE_REACH), start) + 1
    if line_start == 0 and start > _TAG_LINE_REACH:
        return False  # no line start within reach: a long line of prose
    colon = text.find(":", line_start, start)
    if colon < 0:
        return False
    return text[line_start:colon].strip(_TAG_LINE_BULLETS).lower() in labels


def _unattested_split(left: str, right: str, scanner: "_Scanner", lines: "_LineCache", text: str) -> bool:
    """Whether the split ``left right`` is of a kind that needs the document's word for it
    and the document gives none.

    Over every audited corpus (``benchmarks/fused_calibration.py``) three kinds of split
    were right about half the time or less when the document never writes their content
    words: two content words (a closed compound the lexicon lacks, ``gunbattles``; a user
    name, ``wizarddrummer``), a content word before a function word that is also one of
    the language's suffixes (``mettle|some`` is the derived ``mettlesome``), and, in a
    short message of a language of rich morphology, a content word beside a function word
    that also ends (or begins) a good many of the lexicon's words (an inflection or compound
    the lexicon lacks, read as a word and an ending that happens to be a function word).
    Evidence is a content part written as a word of its own elsewhere in the document, or
    the two parts written apart; a function word stands everywhere, so it is none.  Two
    English content words are running text when the left one is inflected or derived
    (``internationalconcern``, ``sterilizedjelly``): a closed compound's first part is a
    bare stem.  And two content words both common, or one of them among the language's
    commonest, are a pair the lexicon would list if they made a compound; and two words of a
    language that writes pairings open, or that make no compound of the lexicon's, are two
    words (``_running_text_pair``).
    """
    fw = scanner.function_words
    left_function, right_function = left in fw, right in fw
    if left_function and right_function:
        return False  # "ofthe": two function words glued are a fusion of running text
    if left + right in scanner.article_fusions:
        return False  # "isuoi", "ituoi": a word glued to an article or a possessive, a fusion the lexicon holds
    if len(left) == 1 or len(right) == 1:
        return False  # a one-letter word ("amountain"): its own rules judge it
    freqs = scanner.freqs
    if left_function or right_function:
        # (a suffix goes on a bare stem: "applauded|some" is two words; and a derivation of a
        # stem as common as "leave" would be common enough for the lexicon to list it)
        derived = (
            right_function
            and right in scanner.suffixes
            and not left.endswith(_INFLECTED)
            and zipf(freqs, left) < _COMMON_MIN
        ) or (
            # "digest|or", "obstruct|or": English makes the agent noun of a verb whose noun in
            # "-ion" it knows with "-or" (collector, inventor); "or" after such a verb is no
            # conjunction the split can trust without the document's word for it
            scanner.lang == "en"
            and right == _AGENT_ENDING
            and zipf(freqs, left + _ACTION_NOUN_ENDING) >= _CONTENT_MIN
        )
        # (in a short text of a language of rich morphology no word is split at all: the
        # same doubt, over a longer message, lowers the confidence instead)
        message = (
            scanner.affixing
            and _fewer_words_than(text, _MESSAGE_WORDS)
            and _weak_affix(left if left_function else right, left_function, scanner)
        )
        # (a form of a word the lexicon lists, however rarely: German "unterliegend|es" is no
        # "unterliegen des")
        inflected = scanner.lang != "en" and _inflects_a_listed_word(left + right, scanner)
        if not (derived or message or inflected):
            return False  # "cityand", "thehuge", "Migrationauf": right often enough with no evidence
    elif (
        scanner.lang == "en"
        and len(left) >= 5
        and left.endswith(_RUNNING_TEXT_ENDINGS)
        and not (left.endswith(_NOT_ENDINGS) and not left.endswith("ous"))
        and not _inflects_a_listed_word(left + right, scanner)
    ):
        # ("overspills" is the plural of the listed "overspill", not "overs" + "pills": a
        # listed word's form is no inflected word before the next)
        return False  # "technologicalbackbone": an inflected or derived word, then the next
    elif _running_text_pair(left, right, scanner):
        return False  # "ingresso|tappetino", "available|exclusively": words that make no compound
    else:
        left_zipf, right_zipf = zipf(freqs, left), zipf(freqs, right)
        shaped = _compound_shaped(left, right, left_zipf, right_zipf, scanner)
        if (
            (max(left_zipf, right_zipf) >= _FREQUENT_PART_MIN or min(left_zipf, right_zipf) >= _COMMON_MIN)
            and not _inflects_a_listed_word(left + right, scanner)
            and not shaped
        ):
            # "trackrecord", "lastseason", "forestaldespués": a compound the lexicon lacks is
            # made of rarer roots; one of two words this common, or on one of the language's
            # commonest words, would be common enough for it to list (or a form of it:
            # "gunbattle" is listed, rarely)
            return False
        if shaped:
            # "changelists", "headguard": two words that each build closed compounds, glued,
            # are such a compound the lexicon lacks as often as two words glued; a part the
            # document writes alone ("change", "a change") says nothing of the compound, only
            # the pair written apart does
            return not lines.writes_apart(left, right)
    if not _inflects_a_listed_word(left + right, scanner):
        content = [part for part in (left, right) if part not in fw]
        if any(lines.has_word(part) for part in content):
            return False
    # (a form of a word the lexicon lists, "changesets" of "changeset", is a word: a part the
    # document writes alone, "change", is no evidence against it, only the pair written apart)
    return not lines.writes_apart(left, right)


def _compound_shaped(left: str, right: str, left_zipf: float, right_zipf: float, scanner: "_Scanner") -> bool:
    """Whether two common English content words glued, ``left`` + ``right``, have the shape of
    a closed compound the lexicon lacks: the left word begins, and the right word ends, more
    than ``_PAIR_COMPOUNDS_MAX`` of the lexicon's words beside another known word
    (``head|guard``: ``head`` begins ``headline``, ``headquarters``, ...; ``guard`` ends
    ``lifeguard``, ``safeguard``, ...), and they are not both among the language's commonest.

    Common parts alone do not make a pair two words: published dictionaries list many closed
    compounds of two common words that wordfreq lacks (``clearskin``, ``newswriting``,
    ``headguard``: 105 per 1,000 of the probe's English compounds were split), while the
    real glued pairs of the extractor output and the audits are inflected words before the
    next (``sacked|last``), pairs the document writes apart, or pairs with a part that builds
    almost no compounds (``source|web``: ``source`` begins 2).  A pair of two of the
    commonest words (``three|people``) stays two words, as before.

    >>> s = _scanner("en")
    >>> _compound_shaped("head", "guard", zipf(s.freqs, "head"), zipf(s.freqs, "guard"), s)
    True
    >>> _compound_shaped("source", "web", zipf(s.freqs, "source"), zipf(s.freqs, "web"), s)
    False
    """
    if scanner.lang != "en" or min(left_zipf, right_zipf) >= _FREQUENT_PART_MIN:
        return False
    if _compounds_on(left, scanner, head=True) <= _PAIR_COMPOUNDS_MAX:
        return False
    # (a plural is read on its singular: ``end|leaves`` ends as ``flyleaf``, ``cloverleaf`` do,
    # ``oil|papers`` as ``newspaper``, ``sandpaper``; the plural itself ends almost none.  A
    # reporting verb in ``-s`` is the verb after a quotation's dropped close, ``whole|says``,
    # not the plural of a noun)
    singulars = () if right in scanner.reporting_verbs else _singulars(right, scanner)
    return any(_compounds_on(form, scanner, head=False) > _PAIR_COMPOUNDS_MAX for form in (right, *singulars))


def _singulars(word: str, scanner: "_Scanner") -> list[str]:
    """The English singulars ``word`` is the regular plural of, among the lexicon's common words
    (Zipf ``_CONTENT_MIN``): ``papers`` -> ``paper``, ``leaves`` -> ``leaf``, ``stories`` ->
    ``story``, ``boxes`` -> ``box`` (``leaves`` reads as ``leaf`` and ``leave``); none for a word
    that is no plural (``dress``, ``bus``).

    >>> s = _scanner("en")
    >>> _singulars("leaves", s), _singulars("stories", s), _singulars("dress", s)
    (['leaf', 'leave'], ['story'], [])
    """
    forms = []
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    elif word.endswith("ves"):
        forms += [word[:-3] + "f", word[:-3] + "fe"]
    if word.endswith(("ses", "xes", "zes", "ches", "shes")):
        forms.append(word[:-2])
    if word.endswith("s") and not word.endswith(_NOT_ENDINGS):
        forms.append(word[:-1])
    return [form for form in forms if len(form) >= 3 and zipf(scanner.freqs, form) >= _CONTENT_MIN]


def _running_text_pair(left: str, right: str, scanner: "_Scanner") -> bool:
    """Whether two content words glued, ``left`` + ``right``, read as running text rather than
    a closed compound the lexicon lacks, from the words and the language alone.

    A language that writes new pairings of content words apart (French, Spanish, Italian,
    Portuguese, Indonesian, Malay: ``_OPEN_COMPOUNDS``) does not make a word of two of its
    own content words, so there the pair is two words, unless a part is more an English
    word than one of the language (a user name, ``william|faulkner`` on a French page,
    reads as a name, not as French).  Elsewhere a compound the lexicon lacks is built on
    parts that build the compounds it lists (``gun|battles``: ``gun`` begins ``gunfire``,
    ``gunman``, ...; ``months|long``: ``long`` ends ``yearlong``, ...), so a common left word
    that begins almost none of the lexicon's words and a right word that ends almost none
    (``earlier|declaration``, ``available|exclusively``) are two words glued.  A rarer left
    word says nothing by beginning none (too few of its compounds are seen: ``wizard``),
    unless it is long (``remarkable|speech``): compounds are built on short words.

    >>> _running_text_pair("ingresso", "tappetino", _scanner("it"))
    True
    >>> _running_text_pair("william", "faulkner", _scanner("fr"))
    False
    >>> _running_text_pair("available", "exclusively", _scanner("en"))
    True
    >>> _running_text_pair("gun", "battles", _scanner("en"))
    False
    """
    if scanner.lang in _OPEN_COMPOUNDS:
        english = _scanner("en")
        assert english is not None  # English is always available
        return all(zipf(scanner.freqs, part) >= zipf(english.freqs, part) for part in (left, right))
    if zipf(scanner.freqs, left) < _PAIR_LEFT_MIN and len(left) < _PAIR_LONG_LEFT:
        return False
    return (
        _compounds_on(left, scanner, head=True) <= _PAIR_COMPOUNDS_MAX
        and _compounds_on(right, scanner, head=False) <= _PAIR_COMPOUNDS_MAX
    )


_REVERSED_VOCABULARY: dict[str, list[str]] = {}  # language -> its words (Zipf 2 or more) spelt backwards, sorted
_COMPOUND_COUNTS: dict[tuple[str, str, bool], int] = {}  # (language, word, head) -> _compounds_on
_COMPOUND_COUNTS_MAX = 100_000


def _compounds_on(word: str, scanner: "_Scanner", head: bool) -> int:
    """How many of the lexicon's words (Zipf ``_PREFIX_HEAD_WHOLE_MIN`` or more) are ``word``
    followed (``head``) or preceded by another known word of three letters or more, counted
    up to one more than ``_PAIR_COMPOUNDS_MAX``; remembered per language (a short part such as
    ``ion`` ends thousands of words that are read to count a few)."""
    cached = _COMPOUND_COUNTS.get((scanner.lang, word, head))
    if cached is not None:
        return cached
    freqs = scanner.freqs
    least = 10.0 ** (_CONTENT_MIN - 9.0)
    least_whole = 10.0 ** (_PREFIX_HEAD_WHOLE_MIN - 9.0)
    if head:
        vocabulary = scanner._sorted_vocabulary
        if vocabulary is None:
            vocabulary = scanner._sorted_vocabulary = sorted(freqs)
        key = word
    else:
        vocabulary = _REVERSED_VOCABULARY.get(scanner.lang)
        if vocabulary is None:
            # (only words common enough to count are kept: a third of English's list, sorted
            # in a quarter of the time, which a first document pays)
            vocabulary = _REVERSED_VOCABULARY[scanner.lang] = sorted(
                w[::-1] for w, f in freqs.items() if f >= least_whole
            )
        key = word[::-1]
    count = 0
    i = bisect.bisect_right(vocabulary, key)
    while i < len(vocabulary) and vocabulary[i].startswith(key) and count <= _PAIR_COMPOUNDS_MAX:
        whole = vocabulary[i] if head else vocabulary[i][::-1]
        rest = whole[len(word):] if head else whole[: -len(word)]
        if len(rest) >= 3 and freqs.get(rest, 0.0) >= least and freqs[whole] >= least_whole:
            count += 1
        i += 1
    if len(_COMPOUND_COUNTS) >= _COMPOUND_COUNTS_MAX:
        _COMPOUND_COUNTS.clear()  # a long run over many documents keeps memory bounded
    _COMPOUND_COUNTS[(scanner.lang, word, head)] = count
    return count


def _lower_case_form_of_a_name(low: str, at: int, scanner: "_Scanner", lines: "_LineCache") -> bool:
    """Whether lower-case ``low``, read as ``low[:at] low[at:]``, is a lower-case form the
    document makes of one of its names rather than two words glued.

    Its left part is a name there: written capitalized inside a sentence and never in
    lower case.  Glued
    words keep the case they had, so a lower-case token on a name is a handle, a domain or a
    tool named after it, when the document also writes the two parts as a title-case name
    (``Creative Commons`` beside ``creativecommons``) or builds another word the lexicon
    does not know on the name (``Rust``, ``rustfmt`` beside ``rustup``).  Read from the
    document's words, gathered once.

    >>> s = _scanner("en")
    >>> text = "We use Rust daily. Install it via rustup; format with rustfmt."
    >>> _lower_case_form_of_a_name("rustup", 4, s, _LineCache(text, s))
    True
    >>> text = "Kansas City is big. The cityand its people."
    >>> _lower_case_form_of_a_name("cityand", 4, s, _LineCache(text, s))
    False
    """
    left, right = low[:at], low[at:]
    name = left[:1].upper() + left[1:]
    if left in scanner.function_words or lines.written(left) or not lines.name_written(name):
        return False  # ("We had" opening a sentence makes no name of "we")
    if lines.name_written(right[:1].upper() + right[1:]) and lines.writes_apart(left, right):
        return True  # "Creative Commons"
    return lines.unknown_word_on(left, low)


def _few_words(text: str) -> bool:
    """Whether ``text`` holds fewer than ``_SHORT_TEXT_WORDS`` words (a label, a one-line message)."""
    count = 0
    for _ in _TEXT_WORD.finditer(text):
        count += 1
        if count >= _SHORT_TEXT_WORDS:
            return False
    return True


_WEAK_AFFIXES: dict[str, tuple[frozenset[str], frozenset[str]]] = {}  # language -> (heads, tails)


def _weak_affix(word: str, head: bool, scanner: "_Scanner") -> bool:
    """Whether function word ``word`` begins (``head``) or ends enough of the lexicon's words
    beside a known word to read as a prefix or an ending (see ``_WEAK_AFFIX_TAILS``);
    measured once per language, on first use."""
    heads, tails = _weak_affixes(scanner)
    return word in (heads if head else tails)


def _weak_affixes(scanner: "_Scanner") -> tuple[frozenset[str], frozenset[str]]:
    """The language's function words that are weak prefixes, and weak endings (``_weak_affix``)."""
    found = _WEAK_AFFIXES.get(scanner.lang)
    if found is None:
        words = {w for w in scanner.function_words if w.isalpha()}
        heads, _ = scanner._words_beside_known(words, _AFFIX_VOCABULARY, 1, _WEAK_AFFIX_HEADS)
        _, tails = scanner._words_beside_known(words, _AFFIX_VOCABULARY, 1, _WEAK_AFFIX_TAILS)
        found = _WEAK_AFFIXES[scanner.lang] = (heads, tails)
    return found


def _inflects_a_listed_word(token: str, scanner: "_Scanner") -> bool:
    """Whether ``token`` is one of the language's inflections of a word the lexicon lists,
    however rarely (``gunbattles``: ``gunbattle``)."""
    freqs = scanner.freqs
    return any(
        token.endswith(ending)
        and len(token) - len(ending) >= _VERB_STEM_MIN
        and token[: -len(ending)] in freqs
        and scanner.ending_fits(token[: -len(ending)], ending)
        for ending in scanner.inflections
    )


def _fewer_words_than(text: str, limit: int) -> bool:
    """Whether ``text`` holds fewer than ``limit`` words (reads at most ``limit`` of them)."""
    count = 0
    for _ in _TEXT_WORD.finditer(text):
        count += 1
        if count >= limit:
            return False
    return True


_MARKER_TOKEN = LazyPattern(regex.compile, r"(?<![\p{L}'’])['’]?\p{L}+")  # a word, or an article written "’n"


def _uses_any(text: str, words: frozenset[str]) -> bool:
    """Whether ``text`` uses one of the lower-case ``words`` (as a whole word)."""
    return any(m.group().lower() in words for m in _MARKER_TOKEN.finditer(text))


def _one_letter_part(text: str, pos: int) -> bool:
    """Whether a cut at ``pos`` leaves a word of one letter on either side ("edital|o")."""
    right_alone = pos + 1 >= len(text) or not text[pos + 1].isalpha()
    left_alone = pos < 2 or not text[pos - 2].isalpha()
    return right_alone or left_alone


# Endings that coin an adjective or a pet form on any word ("warmy", "sweetie", "warmish").
_COINING_ENDINGS = ("y", "ie", "ish")
_COINED_STEM_MIN = 4  # letters of the stem ("warm"): a shorter one ("tom") is a part of too many glues


def _coined_on_document_word(low: str, at: int, lines: "_LineCache") -> bool:
    """Whether ``low`` is a word the document uses in two contexts or more with a coining ending
    (``warmy`` on a page that says ``warm`` again and again), and the split cuts into that word
    while its left part is no word the document uses (``war``).  A writer coins ``warmy`` from
    the word they keep using; glue joins two words the document writes, so ``formy`` (``for
    my``) is still split where the text uses ``for``.

    >>> s = _Scanner("en", "Latin")
    >>> text = "Serve warm. Keep them warm in a towel. A pack of warmy goodness."
    >>> _coined_on_document_word("warmy", 3, _LineCache(text, s))
    True
    >>> text = "Fill in the form. Send the form for approval. It was formy mother."
    >>> _coined_on_document_word("formy", 3, _LineCache(text, s))
    False
    """
    for ending in _COINING_ENDINGS:
        stem = low[: -len(ending)]
        if not low.endswith(ending) or len(stem) < _COINED_STEM_MIN or at >= len(stem):
            continue
        if lines.used_twice(stem) and not lines.has_word(low[:at]):
            return True
    return False


_OTHER_LANGUAGE_WORD_MIN = 3.0  # Zipf of the token in the line's language: a word of it, not a rare form


def _word_of_the_line_language(low: str, start: int, scanner: "_Scanner", lines: "_LineCache") -> bool:
    r"""Whether the line around ``start`` reads as another language than the scanner's, and
    lower-case ``low`` is a word of that language (``Zum Inhalt springen``, a German skip
    link on a French page: ``springen`` is German, not French ``spring`` + ``en``).

    The paragraph's language is the scanner's; a line of a menu or a link bar may be in
    another, and its words are that language's words.  The line's language is what the
    shared identifier (:func:`textmend.language.identify`) names for it, and the token is
    judged with that language's lexicon too.  A line the identifier is unsure of, or names
    as the paragraph's own language, is judged as before; so is a token the other language
    does not know (``thecake`` on an English line of a French page is still split).

    >>> s = _Scanner("fr", "Latin")
    >>> text = "Enregistrer maintenant\nZum Inhalt springen\nMonsieur Cuisine"
    >>> _word_of_the_line_language("springen", text.index("springen"), s, _LineCache(text, s))
    True
    >>> text = "Enregistrer maintenant\nThe best thecake recipes you will find\nMonsieur Cuisine"
    >>> _word_of_the_line_language("thecake", text.index("thecake"), s, _LineCache(text, s))
    False
    """
    lang = lines.line_language(start)
    if lang is None or lang == scanner.lang or lang in SPACELESS:
        return False
    return word_zipf(low, lang) >= _OTHER_LANGUAGE_WORD_MIN


_SIBLING_PART_MIN = 3  # letters of each part of a closed compound read as a sibling ("soy|butter")
_SIBLING_HEAD_MIN = 4  # letters of the part two compounds share ("butter"): a shorter one ("man", "day") ends too many words
_SIBLING_OTHER_MIN = 3.0  # Zipf of the sibling's other part: a real word, not a fragment the split happens to leave


def _closed_sibling(low: str, at: int, scanner: "_Scanner", lines: "_LineCache") -> bool:
    """Whether the document writes another closed compound that shares a part with ``low``
    split at ``at``: a word the lexicon does not know, made of the same head and another
    content word (``soybutter`` beside ``sunbutter``), or of the same first part and another
    (``sunbutter`` beside ``sunbread``).  A writer who closes one such compound writes them
    closed; glue is an accident of one token, and leaves no sibling of its shape.  The
    shared part must be a content word of ``_SIBLING_HEAD_MIN`` letters or more, and the
    sibling's other part a common content word: a short or function-word part (``the``,
    ``day``) joins too many unrelated tokens.  The sibling must be written in lower case
    as it stands: a brand's capitals (``SmartThermostat``) say how the brand is written,
    not how the writer writes compounds (``smartsensor`` beside it is still glue).

    >>> s = _Scanner("en", "Latin")
    >>> text = "I'd make them with sunbutter or soybutter for allergies."
    >>> _closed_sibling("sunbutter", 3, s, _LineCache(text, s))
    True
    >>> text = "I'd make them with sunbutter or peanut butter for allergies."
    >>> _closed_sibling("sunbutter", 3, s, _LineCache(text, s))
    False
    >>> text = "The new SmartThermostat ships with a smartsensor."
    >>> _closed_sibling("smartsensor", 5, s, _LineCache(text, s))
    False
    """
    left, right = low[:at], low[at:]
    fw = scanner.function_words
    if len(left) < _SIBLING_PART_MIN or len(right) < _SIBLING_PART_MIN or left in fw or right in fw:
        return False
    freqs = scanner.freqs

    def sibling_part(other: str) -> bool:
        return (
            len(other) >= _SIBLING_PART_MIN
            and other != left
            and other != right
            and other not in fw
            and zipf(freqs, other) >= _SIBLING_OTHER_MIN
        )

    if len(right) >= _SIBLING_HEAD_MIN:
        for word in lines.lower_words_ending(right):
            if word != low and zipf(freqs, word) == 0 and sibling_part(word[: -len(right)]) and lines.written(word):
                return True
    if len(left) >= _SIBLING_HEAD_MIN:
        for word in lines.lower_words_starting(left):
            if word != low and zipf(freqs, word) == 0 and sibling_part(word[len(left):]) and lines.written(word):
                return True
    return False


_MISSPELLING_MIN_LETTERS = 6  # a shorter token is too near too many words ("inthe" / "in the", "other")
_MISSPELLING_KEPT_LETTERS = 2  # the letters a slip of one letter leaves in place at the start
_MISSPELLING_COMMON_MIN = 4.5  # Zipf of a word the document need write only once to be the one misspelt


def _misspelling_of_document_word(low: str, lines: "_LineCache") -> bool:
    """Whether ``low`` differs by one letter, not among its first two, from a known word the
    document uses in two contexts or more (or once, a word at least ``_MISSPELLING_COMMON_MIN``
    common: ``tomight`` in a comment, ``tonight`` in another): ``coconot`` on a page that writes
    ``coconut`` again and again is that word with a slip of the finger, and splitting it
    (``coco not``) makes a second defect of the first.  Glue keeps both words whole, so its token is no letter away
    from the document's words (``thecake`` is split beside ``cake``, ``the``).

    >>> s = _Scanner("en", "Latin")
    >>> text = "Add the coconut milk. Stir in coconut flakes. I got coconot water."
    >>> _misspelling_of_document_word("coconot", _LineCache(text, s))
    True
    >>> _misspelling_of_document_word("thecake", _LineCache("I baked thecake and the cake was good.", s))
    False

    A letter too many inside the word is the same slip (``breaksfast`` on a page that writes
    ``breakfast`` in two places); a doubled letter is left to the splitter (``inn``).

    >>> text = "A breakfast bake. Serve at breakfast or brunch. A hashbrown breaksfast."
    >>> _misspelling_of_document_word("breaksfast", _LineCache(text, s))
    True
    """
    if len(low) < _MISSPELLING_MIN_LETTERS or not low.isalpha():
        return False
    letters = set("abcdefghijklmnopqrstuvwxyz") | set(low)
    freqs = lines.scanner.freqs

    def written(variant: str) -> bool:
        # in two contexts; or once, for a word common enough that a page's one use of it is
        # the word the writer meant ("tomight" in a comment, "tonight" in another)
        z = zipf(freqs, variant)
        return z > 0 and (lines.used_twice(variant) or (z >= _MISSPELLING_COMMON_MIN and lines.has_word(variant)))

    for i in range(_MISSPELLING_KEPT_LETTERS, len(low)):
        head, tail = low[:i], low[i + 1 :]
        # A letter too many inside the word ("breaksfast" beside "breakfast"); not among the
        # last two letters, which a short word glued on leaves ("recipesa": "recipes a",
        # "recipeis": "recipe is", not "recipes" with an "i" too many)
        if i < len(low) - 2 and low[i] != low[i - 1] and written(head + tail):
            return True
        for letter in letters:
            if letter != low[i] and written(head + letter + tail):
                return True
    return False


def _shifted_reading_used(low: str, at: int, scanner: "_Scanner", lines: "_LineCache") -> bool:
    """Whether the seam one letter over reads as two words the document prefers.

    "adscan" is "ads can" or "ad scan": both pairs are common words, so the lexicon
    cannot choose; where the text uses a part of the other reading as a word ("ad",
    in "ad-free") and not the matching part of the chosen one ("ads"), its own
    vocabulary speaks against the cut, and the token is left as it is.
    """
    fw, freqs = scanner.function_words, scanner.freqs
    a, b = low[:at], low[at:]
    for i in (at - 1, at + 1):
        x, y = low[:i], low[i:]
        if (
            len(x) >= 2
            and len(y) >= 2
            and x not in fw
            and y not in fw
            and zipf(freqs, x) >= _SHIFTED_PART_MIN
            and zipf(freqs, y) >= _SHIFTED_PART_MIN
            and ((lines.has_word(x) and not lines.has_word(a)) or (lines.has_word(y) and not lines.has_word(b)))
        ):
            return True
    return False


def _noun_before_function_word(token: str, at: int, scanner: "_Scanner", text: str) -> bool:
    """Whether capitalized ``token`` is a common noun glued to a function word ("Verbandund").

    German capitalizes its nouns, so a capital inside a sentence does not make a
    name there.  The left part must be a common word, the right a function word
    that does not end the lexicon's compounds, and the token used only once.
    """
    left, right = token[:at].lower(), token[at:].lower()
    return (
        scanner.capitalizes_nouns
        and right in scanner.function_words
        and right not in scanner.compound_enders
        and zipf(scanner.freqs, left) >= _MIN_ZIPF_BEFORE_PRONOUN
        and text.count(token) == 1
    )


def _recurring_name_on_particle(token: str, left: str, right: str, scanner: "_Scanner", lines: "_LineCache") -> bool:
    r"""Whether capitalized camel-case ``token`` (``left`` + ``right``, ``right`` a function
    word) is a name: the document writes it in two contexts, and ``right`` is an adverb,
    particle or auxiliary a name can end with (``AccessNow``), not a word that only opens a
    phrase or a clause (``data/<lang>/phrase_openers.txt``: ``GettyThe``, a photo credit
    glued to each paragraph after it, recurs too).  A seam glued once stays a seam
    (``UpdatedNow the …``); a language without the list keeps every split.

    >>> s = _scanner("en")
    >>> text = "AccessNow is fast.\nWith AccessNow you can work."
    >>> _recurring_name_on_particle("AccessNow", "Access", "Now", s, _LineCache(text, s))
    True
    >>> text = "Photo: GettyThe doctor said.\nCredit: GettyThe team won."
    >>> _recurring_name_on_particle("GettyThe", "Getty", "The", s, _LineCache(text, s))
    False
    """
    openers = scanner.phrase_openers
    return (
        bool(openers)
        and left[0].isupper()
        and right.lower() not in openers
        and lines.token_recurs(token)
    )


def _stays_a_name(text: str, start: int, right: str, scanner: "_Scanner", lines: "_LineCache") -> bool:
    """Whether capitalized ``right``, once split off mid-sentence, is left whole as a name.

    ``_word_cut`` splits a capitalized word inside a sentence only at a pronoun
    seam or a title's seam; anywhere else ``familiar Singleframe`` and
    ``congresswoman Alexandria`` keep their second word as it is.
    """
    low = right.lower()
    at = scanner.best_split(low)
    return not (
        low in scanner.known_fusions
        or scanner.reporting_verb_split(right, name=True)
        or (at and low[at:] in _SUBJECT_PRONOUNS)
        or _title_seam(text, start, lines)
    )


def _closes_quotation(text: str, start: int, end: int, scanner: "_Scanner", lines: "_LineCache") -> bool:
    """Whether ``text[start:end]`` sits in an open quotation and a reporting verb follows.

    That is the seam a dropped ``,”`` leaves: "… reinforcementStoltenberg told".
    """
    return scanner.reporting_verb_at(text, end) and text_facts(text).in_open_quotation(start)


def _title_seam(text: str, start: int, lines: "_LineCache") -> bool:
    """Whether a quotation opened just before ``start`` (a title's length) is still open."""
    window = max(lines.line_start(start), start - _TITLE_LENGTH)
    opened = text.rfind("“", window, start)
    return opened >= 0 and text.find("”", opened, start) < 0


def _lone_letter(text: str, pos: int) -> bool:
    """Whether ``text[pos]`` is a lower-case letter standing alone ("exit"s)."""
    return text[pos].islower() and (pos + 1 >= len(text) or not text[pos + 1].isalpha())


# The two-letter endings of English contractions (the one-letter ones, ’s ’d ’m ’t, are lone letters).
_CONTRACTION_PAIR = LazyPattern(regex.compile, r"(?:ll|re|ve)(?![\p{L}\p{N}])")


def _contraction_after_mark(text: str, pos: int) -> bool:
    """Whether the mark at ``text[pos]`` stands between a letter and a contraction's ending
    (``I”ll``, ``they”re``, ``we”ve``): an apostrophe typed as a closing double mark.  No
    word is glued there: ``ll`` and ``ve`` are no words, and a quotation does not close on
    ``re`` glued to it.

    >>> _contraction_after_mark("Anyways I”ll go", 9), _contraction_after_mark("the “best”reviews", 9)
    (True, False)
    """
    return pos > 0 and text[pos - 1].isalpha() and _CONTRACTION_PAIR.match(text, pos + 1) is not None


def _case_ending_after_quote(text: str, pos: int, scanner: "_Scanner") -> bool:
    """Whether the letters at ``pos``, right after a closing quotation mark, are a case ending.

    A language of rich morphology puts its endings on a quoted term ("…”ni", "…”in");
    its function words glued there ("…”ve") are still a lost space.
    """
    if not scanner.rich_morphology:
        return False
    m = _LOWER_RUN.match(text, pos)
    return m is not None and len(m.group()) <= _CASE_ENDING_MAX and m.group() not in scanner.function_words


def _ending_after_quote(text: str, pos: int, scanner: "_Scanner") -> bool:
    """Whether the letters at ``pos``, right after a closing quotation mark, are an ending the
    language writes onto a quoted word (``data/<lang>/quote_endings.txt``): English ``"tron"ing``,
    ``"friend"ed``, an inflection that is no word of its own, where a word glued there would be.

    >>> en = _scanner("en")
    >>> _ending_after_quote('claim of "tron"ing the', 15, en), _ending_after_quote('said "no"and left', 9, en)
    (True, False)
    """
    if not scanner.quote_endings:
        return False
    m = _LOWER_RUN.match(text, pos)
    return m is not None and m.group() in scanner.quote_endings


def _after_initial_or_hash(text: str, start: int) -> bool:
    """Whether the token at ``start`` follows a hash mark (``#feelaustria``, or ``# feelaustria`` where
    an extractor spaced it) or an initial's dot with no space (``J.Sheon``): a hashtag or a name."""
    if start >= 1 and text[start - 1] == "#" or text[max(0, start - 2) : start] == "# ":
        return True
    return (
        start >= 2
        and text[start - 1] == "."
        and text[start - 2].isupper()
        and (start == 2 or not text[start - 3].isalpha())
    )


def _after_dollar_sign(text: str, start: int) -> bool:
    """Whether the token at ``start`` follows a dollar sign that stands for no amount: glued
    (``$userName``, a variable of a shell or a template) or a run of them spaced off
    (``$$ netAuth``, a marker in a list of names).  A price is digits after the sign.

    >>> _after_dollar_sign("$$ netAuth", 3), _after_dollar_sign("$userName", 1), _after_dollar_sign("$5 netAuth", 3)
    (True, True, False)
    """
    k = start - 1 if start >= 2 and text[start - 1] == " " and text[start - 2] == "$" else start
    return k >= 1 and text[k - 1] == "$"


def _inside_html_tag(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside an HTML tag (``<a rel="noopener">``) on its line."""
    opening = text.rfind("<", max(0, pos - _HTML_TAG_MAX), pos)
    if opening < 0 or text.rfind(">", opening, pos) >= 0 or not _HTML_TAG_START.match(text, opening):
        return False
    closing = text.find(">", pos, pos + _HTML_TAG_MAX)
    return closing >= 0 and text.find("<", pos, closing) < 0 and "\n" not in text[opening:closing]


_ENCLOSING = {"(": ")", "[": "]", "{": "}", '"': '"', "“": "”", "‘": "’", "'": "'", "«": "»", "„": "“”"}


_BRACKETS = "([{"
# Two words alone in quotation marks (a full stop or comma inside the close allowed).
_QUOTED_PAIR = LazyPattern(regex.compile,
    r"(?<=[\"“‘'«„])(\p{L}+)[ \t\u00a0]+(\p{L}+)(?=[.,!?;:]{0,2}[\"”’'»“])"
)


def _assigned_value(text: str, start: int) -> bool:
    """Whether the token at ``start`` is assigned right after ``=`` or ``="`` / ``='``: an
    attribute of markup an extractor left as text (``itemprop="thumbnailUrl"``) or a setting
    in code (``align=textTop``), where words are joined on purpose.  Prose puts a space or
    a word between an equals sign and what follows it.

    >>> _assigned_value('itemprop="thumbnailUrl" />', 10), _assigned_value('said "menuThe', 6)
    (True, False)
    """
    if start >= 1 and text[start - 1] == "=":
        return True
    return start >= 2 and text[start - 1] in "\"'" and text[start - 2] == "="


# A key of a "key: value" pair of machine text: a lower-case word glued to its colon, a
# space after it, at the line's start or after a separator.
_KEY = LazyPattern(regex.compile, r"(?:^|(?<=[|;,\u2022\u00b7][ \t]*))[ \t]*\p{Ll}[\p{L}\p{N}_-]*:[ \t]", regex.MULTILINE)
_OTHER_KEYS = 2  # keys besides the token's a line holds to read as a record of keys and values


def _key_in_key_value_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is followed by ``: `` on a line that holds at least
    ``_OTHER_KEYS`` other such keys, each opening the line or following a separator
    (``site: media | arena: mlb | pageType: stories``): a record of keys and values an
    extractor left as text, where a key is an identifier.  (Prose with labels in it,
    ``a large rodentCredit: The Times``, sets no key after a separator.)

    >>> _key_in_key_value_line("site: media | arena: mlb | pageType: stories", 27, 35)
    True
    >>> _key_in_key_value_line("read moreRelated: the story", 5, 16)
    False
    """
    if not text.startswith(": ", end) and not text.startswith(":\t", end):
        return False
    # Only a short line is read: a long one (a whole text without breaks) is not one record.
    line_start = text.rfind("\n", max(0, start - _ALONE_REACH), start) + 1
    line_end = text.find("\n", end, end + _ALONE_REACH)
    line_end = min(len(text), end + _ALONE_REACH) if line_end < 0 else line_end
    keys = [key.end() for key in _KEY.finditer(text, line_start, line_end)]
    return end + 2 in keys and len(keys) - 1 >= _OTHER_KEYS


def _enclosed_alone(text: str, start: int, end: int, quotes: bool = False) -> bool:
    """Whether the token ``text[start:end]`` fills a pair of brackets (or, with ``quotes``,
    quotation marks) by itself, a full stop or comma inside the close allowed:
    ``(firefoxchannel)``, the username ``"PlayerOne."``.  A word set apart so is a name, a
    handle or a word quoted as a word; one element of a page holds it whole, so no element
    boundary lies inside it.  (A quoted lower-case phrase, ``"verymoved"``, is no name.)
    """
    if start == 0 or text[start - 1] not in (_ENCLOSING if quotes else _BRACKETS):
        return False
    closes = _ENCLOSING[text[start - 1]]
    j = end
    while j < len(text) and j - end < 2 and text[j] in ".,!?;:":
        j += 1
    return j < len(text) and text[j] in closes


def _quoted_coinage(
    text: str, start: int, end: int, left: str, right: str, scanner: "_Scanner", lines: "_LineCache"
) -> bool:
    """Whether the token ``text[start:end]`` fills a quotation by itself and both halves of the
    split would be content words (``'arseniclife'``, the so-called ``“dropzone”``): a term being
    coined or mentioned, written closed on purpose, not two words glued.

    A function word in the split says a phrase lost its space inside the quotation
    (``"verymoved"``), and the document writing the halves apart in quotation marks
    elsewhere (``“drop zone”``) says the closed form is the accident: both still split.
    """
    if start == 0 or text[start - 1] in _BRACKETS or not _enclosed_alone(text, start, end, quotes=True):
        return False
    if left in scanner.function_words or right in scanner.function_words:
        return False
    return (left, right) not in lines.quoted_pairs()


# An e-mail address's "@" spelled out after its user name: " (at) ", " [at] ", " {at} ", any case.
# (The case spelled out, not (?i): a case-insensitive match from a position costs the
# regex module time in the text's length, a quadratic scan over a page of tokens.)
_OBFUSCATED_AT = LazyPattern(regex.compile, r"[ \t]*[(\[{<][ \t]*[aA][tT][ \t]*[)\]}>]")

_ALONE_REACH = 200
_LINE_WORD = LazyPattern(regex.compile, r"(?<![\w/@.])\p{L}[\p{L}\p{M}'’.-]*")


def _only_word_of_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the one word of its line (symbols, numbers and web
    addresses aside): a name or label in a cell of its own (``$$ netAuth`` before its link).
    The extractor kept the breaks around it, so no block boundary is lost inside it."""
    # Only a short line can hold one word: looking no further than _ALONE_REACH either way
    # keeps a long line (a whole text without breaks) from being read once per candidate.
    bounds = _short_line_bounds(text, start, end, _ALONE_REACH)
    if bounds is None:
        return False
    line_start, line_end = bounds
    for m in _LINE_WORD.finditer(text, line_start, line_end):
        if m.start() != start and not ("/" in _chunk(text, m.start()) or "@" in _chunk(text, m.start())):
            return False
    return True


# What follows a writer's name in a comment's or a post's header: when it was written
# ("at 8:52 PM", "on 5/15/13", "| Apr 12", "- July 18, 2013"), or "wrote:" / "says:".
_HEADER_TAIL = LazyPattern(regex.compile,
    r"[ \t]+(?:(?:at|on|@|[-–—|·•])[ \t]+(?:\d{1,2}:\d{2}(?!\d)|\d{1,4}[/.]\d{1,2}[/.]\d{2,4}(?!\d)"
    r"|(?P<month>\p{L}+)\.?[ \t]+\d{1,2}(?!\d))|(?:wrote|says|said):)"
)
_BYLINE_BEFORE = LazyPattern(regex.compile, r"(?<![\p{L}\p{M}])By[ \t]+\Z")  # "By Cheesew1z69 on 5/15/13"
_HEADER_REACH = 200  # characters of indentation and "By" a header line opens with at most


def _header_name(text: str, start: int, end: int, months: frozenset[str]) -> bool:
    r"""Whether ``text[start:end]`` stands where a comment's or a post's header names its
    writer: opening its line or after ``By``, and followed by when it was written or by
    ``wrote:`` (``pissOffnosey at 8:52 PM July 18, 2013``, ``By Cheesew1z69 on 5/15/13``).
    A user name is written the way its owner typed it; a lost block boundary at that place
    would glue the header's name to the line before, which leaves no name of its own there.

    >>> _header_name("a risk.\n\npissOffnosey at 8:52 PM July 18, 2013\n", 9, 21, frozenset({"july"}))
    True
    >>> _header_name("it was a big riskThe at 8:52 PM", 13, 20, frozenset())
    False
    """
    before = text[max(0, start - _HEADER_REACH) : start]
    if _BYLINE_BEFORE.search(before) is None:
        opening = before.rstrip(" \t")
        if opening and not opening.endswith("\n"):
            return False  # another word before it on its line
        if not opening and start > len(before):
            return False  # more indentation than any header line's: no line start in reach
    tail = _HEADER_TAIL.match(text, end)
    if tail is None:
        return False
    month = tail.group("month")
    return month is None or month.lower() in months


_VERB_FORM_MIN = 2.5  # Zipf of a past or "-ing" form that makes its word a verb ("sliced" 2.9)
_PARTICIPLE_STEM_MIN = 3  # letters of the verb under a participle ("add|ed"); "R|ed", "Fr|ed" are names


def _participle(word: str, freqs: dict[str, float]) -> bool:
    """Whether lower-case ``word`` reads as a known verb's past participle (``updated``,
    ``posted``, ``modified``): the word a post's date follows (``Updated at 3:35 PM``), which
    may open the block glued to a word before it, and ends no user name."""
    if not word.endswith("ed"):
        return False
    stems = (word[:-2], word[:-1], word[:-3] + "y" if word.endswith("ied") else "")
    return any(len(stem) >= _PARTICIPLE_STEM_MIN and zipf(freqs, stem) >= _CAMEL_LEFT_MIN for stem in stems)


# A line that opens with one lower-case token (letters, digits, "_", "." or "-") and a colon or
# a reporting verb and a colon: a comment's header ("gregbrew56 wrote:"), a tweet under its
# author's handle ("guardiantech: Barclays ..."). A sentence would open with a capital.
_HANDLE_LINE = LazyPattern(regex.compile,
    r"^[ \t]*(?:[*\u2022\u00b7-][ \t]+|\d{1,4}\.[ \t]+)?\K[\p{Ll}\d_][\p{L}\p{N}_.-]*"
    r"(?=:(?:[ \t]|$)|(?:[ \t]+[\p{L}\p{N}_.@-]+){0,3} (?:wrote|writes|said|says):)",
    regex.M,
)


@lru_cache(maxsize=8)
def _handle_line_starts(text: str) -> frozenset[int]:
    r"""Where a lower-case token opens a line as its author's name (``gregbrew56 wrote:``,
    ``guardiantech: ...``), when the text has two such lines or more: a list of comments or
    tweets, each under a user name.  One such line alone is no list, and a token glued at a
    line's start is split as anywhere else.

    >>> sorted(_handle_line_starts("ann wrote:\nHi.\nbobsmith wrote:\nYes."))
    [0, 15]
    >>> sorted(_handle_line_starts("1. ann lee says:\nHi.\n2. bobsmith food says:\nYes."))
    [3, 24]
    >>> _handle_line_starts("note: the vote was held.")
    frozenset()
    """
    starts = frozenset(m.start() for m in _HANDLE_LINE.finditer(text))
    return starts if len(starts) >= 2 else frozenset()


_LABEL_WORDS = 3  # capitalized words a label line holds at most ("Der Rezensionist", "HackerOne Spotlight")
_LABEL_REACH = 60  # characters a label line spans at most
_LABEL_END = ".!?,;:"


def _no_sentence_line(text: str, start: int, end: int) -> bool:
    """Whether the line holding ``text[start:end]`` names something rather than says it: at
    most ``_NAMING_LINE_MAX`` characters with no sentence's stop on it (``.``, ``!`` or ``?``
    before a space or the line's end), as a contents entry, a heading or a label is
    (``8.6.2 Making entire documents editable: The designMode IDL attribute``)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    if line_end - line_start > _NAMING_LINE_MAX:
        return False
    return _SENTENCE_STOP.search(text, line_start, line_end) is None


def _label_line(text: str, start: int, end: int) -> bool:
    r"""Whether the line around ``text[start:end]`` is a label: at most ``_LABEL_WORDS``
    words, each capitalized, and no sentence punctuation (a menu item, a blog's or a
    section's name: ``HORIZONTJobs``, ``HackerOne Spotlight``, ``Der Rezensionist``).

    The extractor kept the breaks around the line, and a line of names is no sentence, so
    a seam inside it is a name's own (a glued block boundary leaves a sentence after it:
    ``ReutersThe company said``).

    >>> _label_line("Newsletter\nHackerOne Spotlight\nSearch", 11, 20)
    True
    >>> _label_line("ReutersThe company said", 0, 10)
    False
    """
    line_start = text.rfind("\n", max(0, start - _LABEL_REACH), start) + 1
    if line_start == 0 and start > _LABEL_REACH:
        return False
    line_end = text.find("\n", end, end + _LABEL_REACH + 1)
    if line_end < 0:
        if len(text) - end > _LABEL_REACH:
            return False
        line_end = len(text)
    if line_end - line_start > _LABEL_REACH:
        return False
    line = text[line_start:line_end].rstrip()
    if not line or line[-1] in _LABEL_END:
        return False
    words = _LINE_WORD.findall(text, line_start, line_end)
    return 0 < len(words) <= _LABEL_WORDS and all(word[0].isupper() for word in words)


def _short_line_bounds(text: str, start: int, end: int, reach: int) -> Optional[tuple[int, int]]:
    r"""The start and end of the line holding ``text[start:end]``, or None when the line runs
    further than ``reach`` characters on either side (a long line, or a whole text without
    breaks, is not read once per candidate).

    >>> _short_line_bounds("ab\ncd ef\ngh", 3, 5, 10), _short_line_bounds("x" * 50, 20, 22, 10)
    ((3, 8), None)
    """
    reach_start = max(0, start - reach)
    line_start = text.rfind("\n", reach_start, start) + 1
    if line_start == 0 and reach_start > 0:
        return None
    line_end = text.find("\n", end, end + reach)
    if line_end < 0:
        if end + reach < len(text):
            return None
        line_end = len(text)
    return line_start, line_end


_TITLE_LINE_REACH = 120  # characters a title-case line spans at most on each side of the token
_TITLE_LINE_MIN_CAPS = 3  # capitalized words the rest of the line holds at least


def _in_title_case_line(text: str, start: int, end: int, function_words: frozenset[str]) -> bool:
    r"""Whether the token ``text[start:end]`` stands in a line written in title case: every
    other word of the line capitalized (``_TITLE_LINE_MIN_CAPS`` at least, one of them after
    the line's first word and before the token) or a function word (``and``, ``of``,
    ``the``), as headlines in a list of related articles are (``BoxWave VersaCharger Pro and
    miniSync``).

    Title case capitalizes every content word, so two content words that lost the space
    between them there would both be capitalized (``PalmOne``); a content word written in
    lower case and glued to a capital is a name's own mixed case (a brand, a product).  A
    function word glued to a name (``Mayor Rahm Emanuel ofChicago Says``) is the lower-case
    word title case keeps, and is left to the caller.  Each side of the token must show title
    case: a label in sentence case glued to one in title case (``Jump to recipeSave to My
    Recipes``) is a seam.

    >>> line = "Xbox Cord\nBoxWave VersaCharger Pro and miniSync\nVodafone offers solar chargers"
    >>> _in_title_case_line(line, line.index("mini"), line.index("\nVod"), frozenset({"and", "of"}))
    True
    >>> line = "Jump to recipeSave to My Recipes"
    >>> _in_title_case_line(line, line.index("recipe"), line.index(" to My"), frozenset({"to"}))
    False
    >>> line = "The new menuLayout works well for Big Screens"
    >>> _in_title_case_line(line, line.index("menu"), line.index(" works"), frozenset({"the", "for"}))
    False
    """
    bounds = _short_line_bounds(text, start, end, _TITLE_LINE_REACH)
    if bounds is None:
        return False
    line_start, line_end = bounds
    caps = before = caps_before = after = caps_after = 0
    for m in _LINE_WORD.finditer(text, line_start, line_end):
        if start <= m.start() < end:
            continue
        word = m.group()
        upper = word[0].isupper()
        if not upper and word.lower().rstrip(".") not in function_words:
            return False
        caps += upper
        if m.start() < start:
            caps_before += upper and before > 0  # the line's first word is capitalized in any case
            before += 1
        else:
            caps_after += upper
            after += 1
    # Title case must show on each side of the token: after it, a capital (where it has
    # words); before it, a capital after the line's first word, which any line capitalizes
    # ("BoxWave VersaCharger Pro and miniSync").  A label in sentence case glued to one in
    # title case shows none there ("Jump to recipeSave to My Recipes", "Select ratingGive
    # Citrus Avocado Salad with Almonds", "1 wholeJalapeno, Quartered And Sliced"): the seam
    # is the labels' own.  (So "New palmOne Treo Bluetooth Wireless Headset", the token right
    # after the line's first word, is not read as title case.)
    return caps >= _TITLE_LINE_MIN_CAPS and caps_before > 0 and (after == 0 or caps_after > 0)


_NAME_ROW_REACH = 3  # words read on each side of a token for a row of names
_NAME_ROW_REACH_CHARS = 120  # characters those words span at most, on each side
_NAME_ROW_MIN_SHAPED = 3  # neighbours that must be written as only names are
_NAME_ROW_EDGE = ",;|·•"  # separators a row of links may keep after a name
_NAME_SHAPED = LazyPattern(regex.compile, r"\p{Ll}\p{Lu}|\p{L}\.\p{L}|^\p{Lu}{2,}\d*$")


def _amid_names(text: str, start: int, end: int, freqs: dict[str, float] | None = None) -> bool:
    """Whether the token ``text[start:end]`` stands in a row of names: its neighbours on its
    line (up to ``_NAME_ROW_REACH`` words each side, two at least) are all capitalized or
    shaped as only names are (``MaxPreps``, ``Radio.com``, ``CNET``), and
    ``_NAME_ROW_MIN_SHAPED`` of them are shaped so.  A network's list of sites or a footer
    of links is such a row, and a lower-case word glued to a capitalized one there is one
    more brand (``myDeals``); prose, even a title-case headline, has lower-case words or
    names of ordinary shape around a glued ``ofChicago``.  With ``freqs``, a lower-case
    neighbour the lexicon does not know at all is a brand written in lower case
    (``carsguide``), not prose, and keeps the row.

    >>> row = "Help.com Last.fm MaxPreps myDeals Radio.com Search.com CNET"
    >>> _amid_names(row, row.index("myDeals"), row.index(" Radio"))
    True
    >>> line = "Mayor Rahm Emanuel ofChicago Says He Will Run"
    >>> _amid_names(line, line.index("ofChicago"), line.index(" Says"))
    False
    """
    before = text[max(0, start - _NAME_ROW_REACH_CHARS) : start]
    before = before[before.rfind("\n") + 1 :].split()[-_NAME_ROW_REACH:]
    after = text[end : end + _NAME_ROW_REACH_CHARS]
    newline = after.find("\n")
    after = (after if newline < 0 else after[:newline]).split()[:_NAME_ROW_REACH]
    if len(before) < 2 or len(after) < 2:
        return False
    shaped = 0
    for word in before + after:
        word = word.rstrip(_NAME_ROW_EDGE)
        if not word:
            return False
        if _NAME_SHAPED.search(word):
            shaped += 1
        elif not (word[0].isupper() or word[0].isdigit()):
            if freqs is None or not word.isalpha() or zipf(freqs, word.lower()) > 0:
                return False
    return shaped >= _NAME_ROW_MIN_SHAPED


_LIST_BEFORE = LazyPattern(regex.compile, r"(?r),[ \t]+\Z")
_LIST_AFTER = LazyPattern(regex.compile, r"[ \t]+(?:and|or|&)[ \t]|,[ \t]")


def _name_inside_a_sentence(text: str, start: int, right: str, scanner: "_Scanner") -> bool:
    r"""Whether a capitalized camel token at ``start`` (``ZoomIt``, ``CommunityOne``,
    ``RemoveAll``) whose capitalized part ``right`` is a sentence opener stands inside a
    running sentence, right after a lower-case word on its line, and ``right`` opens no noun
    phrase (not an article, a demonstrative or a possessive:
    ``data/<lang>/noun_phrase_openers.txt``): a name.

    Two blocks glued there make the second open a sentence right after a word of the first,
    and in the judged verdicts that sentence opened with a determiner (``with ArrowThe first
    show``, ``and FlashThe second``: 2 right); a pronoun, a numeral or a quantifier there
    ended a name (``have ZoomIt available``, ``is CommunityOne where``, ``the RemoveAll
    function``: 7 damaged, none right).  A participle glued to a content word (``storm
    UpdatedFire crews``, a heading's seam) is not read here.  A language that lists no noun
    phrase openers is not read so.

    >>> s = _scanner("en")
    >>> text = "I didn't have ZoomIt available, so I went with ArrowThe first show."
    >>> _name_inside_a_sentence(text, 14, "It", s), _name_inside_a_sentence(text, 47, "The", s)
    (True, False)
    >>> _name_inside_a_sentence("Orders.\nCommunityOne where", 8, "One", s)
    False
    """
    openers = scanner.noun_phrase_openers
    low = right.lower()
    if not openers or low in openers or low not in scanner.openers:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - _WORD_BEFORE_REACH), start)
    return before is not None and before.group(1).islower()


def _mixed_case_in_a_phrase(text: str, start: int, end: int, left: str, right: str, scanner: "_Scanner", lines: "_LineCache") -> bool:
    r"""Whether a mixedCase token ``text[start:end]`` (``left`` + ``right``), whose lower-case
    head is a content word the document never writes by itself, stands inside one phrase that
    runs on in lower case past the capital, where a block glued on would have had to open on
    ``right`` (not a sentence's usual first word, ``data/<lang>/sentence_openers.txt``):

    - right after a noun phrase opener (``data/<lang>/noun_phrase_openers.txt``: ``the``,
      ``this``, ``our``) with a head the lexicon rates rare (``_RARE_HEAD_ZIPF``): ``everyone
      in the mozillaZine community who``.  A seam's left part ends a block, and is a word the
      text uses as a word; a rare head written only glued is a name's own first part;
    - or right after a conjunction (``continuing_conjunctions.txt``) that joins it to a
      lower-case word the lexicon lacks (``contenteditable and designMode in a Web page``):
      two identifiers coordinated, as technical prose names its properties.

    The common-head seams of the same place stay cut (``this reviewName field``, ``the
    teamFirst she trained``, ``the gameOfficials said``): the injected benchmark glues such
    blocks after common words, and any head test with the lexicon's common words costs them.
    A language that lists no noun phrase openers is not read so.

    >>> s = _scanner("en")
    >>> text = "I thank everyone in the mozillaZine community."
    >>> t = text.index("mozilla")
    >>> _mixed_case_in_a_phrase(text, t, t + 11, "mozilla", "Zine", s, _LineCache(text, s))
    True
    >>> text = "She joined the teamFirst she trained."
    >>> t = text.index("team")
    >>> _mixed_case_in_a_phrase(text, t, t + 9, "team", "First", s, _LineCache(text, s))
    False
    """
    openers = scanner.noun_phrase_openers
    if not openers or right.lower() in scanner.openers or not _lower_word_follows(text, end):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - _WORD_BEFORE_REACH), start)
    if before is None:
        return False
    word = before.group(1).lower()
    if word in openers:
        if zipf(scanner.freqs, left.lower()) >= _RARE_HEAD_ZIPF:
            return False
    elif word in scanner.conjunctions:
        other = _WORD_BEFORE.search(text, max(0, before.start() - _WORD_BEFORE_REACH), before.start())
        if other is None or not other.group(1).islower() or len(other.group(1)) < 4:
            return False
        if zipf(scanner.freqs, other.group(1)):
            return False
    else:
        return False
    return not lines.written(left)


def _identifier_in_a_phrase(text: str, start: int, end: int, right: str, scanner: "_Scanner") -> bool:
    r"""Whether a mixedCase token ``text[start:end]`` (capitalized part ``right``) stands
    inside one noun phrase: right after a noun phrase opener
    (``data/<lang>/noun_phrase_openers.txt``: ``the``, ``this``, ``our``), with a lower-case
    word after it on its line, and ``right`` not a sentence's usual first word
    (``data/<lang>/sentence_openers.txt``): ``the targetingStatus of these locations``,
    ``one of the externalPolicy fields``.

    Two blocks glued there would make the first end on an article and one word and the next
    open on a content word running on in lower case; the text's own identifiers stand there
    as any noun does.  The shape alone is no evidence (``this reviewName field``, two
    labels of a form glued, is one right split of the verdicts): the caller asks it only of
    a document that writes code elsewhere (:meth:`_LineCache.writes_code`).  A language that
    lists no noun phrase openers is not read so.

    >>> s = _scanner("en")
    >>> text = "On January 21, the targetingStatus of these locations will change."
    >>> t = text.index("targeting")
    >>> _identifier_in_a_phrase(text, t, t + 15, "Status", s)
    True
    >>> text = "Tips for the gameChallenges coming soon."
    >>> t = text.index("game")
    >>> _identifier_in_a_phrase(text, t, t + 14, "Challenges", s)
    True
    >>> text = "Submit your commentThe editors read every one."
    >>> t = text.index("comment")
    >>> _identifier_in_a_phrase(text, t, t + 10, "The", s)
    False
    """
    openers = scanner.noun_phrase_openers
    if not openers or right.lower() in scanner.openers or not _lower_word_follows(text, end):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - _WORD_BEFORE_REACH), start)
    return before is not None and before.group(1).lower() in openers


_PARAGRAPH_STOPS = ".!?\u2026"
_PARAGRAPH_CLOSERS = "\"'\u201d\u2019)]"
# A head the lexicon rates this common or more is a word a block may end on, even at a
# paragraph's start ("sillyGoose"); below it ("gee", 3.6), a name's own first part.
_PARAGRAPH_HEAD_ZIPF = 4.0
_WORD_OR_NUMBER_AFTER = LazyPattern(regex.compile, r"[ \t]+[\p{Ll}\p{N}]")


def _opens_a_paragraph_after_a_sentence(
    text: str, start: int, end: int, left: str, scanner: "_Scanner", lines: "_LineCache"
) -> bool:
    r"""Whether a mixedCase token ``text[start:end]`` (lower-case head ``left``) opens its line,
    the nearest line before it that is not blank ends a sentence (``.``, ``!``, ``?``, ``…``,
    closing marks after it), a lower-case word or a number goes on after it on its line, and
    the document never writes the head by itself, and the lexicon rates the head below
    ``_PARAGRAPH_HEAD_ZIPF``: ``further action.⏎⏎geeKyoto 2008 is a cross-disciplinary event``,
    a name spelt in mixed case opening a paragraph.

    A seam's lower-case head is the tail of a block glued to the next one; at a line's start
    after a finished sentence no block of the line stands before the head, so the head would
    have to be a whole block of one lower-case word glued to the next block's first word.
    Over every judged verdict, the five lower-case heads opening a line were one right split
    (``2019⏎⏎chickenTikka on Tawa recipe``, after a date, not a sentence) and four damaged
    (``gee Kyoto``, ``piss Offnosey``, ``randale Alf``, ``da Max``); a head the text also
    writes alone (a menu's ``home`` glued to a heading) is still cut, and so is a common head
    (``Good point.⏎⏎sillyGoose flew over the lake``: fresh9's tests hold it as a seam; the first
    version of this gate, without the bar, kept it).

    >>> s = _scanner("en")
    >>> text = "It was sought for further action.\n\ngeeKyoto 2008 is a cross-disciplinary event."
    >>> t = text.index("gee")
    >>> _opens_a_paragraph_after_a_sentence(text, t, t + 8, "gee", s, _LineCache(text, s))
    True
    >>> text = "October 27, 2019\n\nchickenTikka on Tawa recipe"
    >>> _opens_a_paragraph_after_a_sentence(text, 18, 30, "chicken", s, _LineCache(text, s))
    False
    """
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == 0 or text[i - 1] not in "\n\r":
        return False
    if _WORD_OR_NUMBER_AFTER.match(text, end) is None:
        return False
    j = i - 1
    while j >= 0 and text[j] in " \t\n\r":
        j -= 1
    while j >= 0 and text[j] in _PARAGRAPH_CLOSERS:
        j -= 1
    if j < 0 or text[j] not in _PARAGRAPH_STOPS:
        return False
    if zipf(scanner.freqs, left.lower()) >= _PARAGRAPH_HEAD_ZIPF:
        return False
    return not lines.written(left)


def _opens_a_clause(text: str, start: int) -> bool:
    """Whether the token at ``start`` is the first word of its clause: the text's start, or
    only spaces after a line break, a comma, a colon, a semicolon or a sentence's end."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] in "\n\r,:;.!?"


def _lower_word_follows(text: str, end: int) -> bool:
    """Whether a lower-case word follows ``end`` after spaces or tabs on the same line."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1)[0].islower()


def _list_item(text: str, start: int, end: int) -> bool:
    """Whether the token ``text[start:end]`` stands between a list's comma and the next
    item's comma or conjunction (``Dataclasses, TypedDicts and more``): a seam between two
    blocks opens a sentence, and no sentence opens inside a list.

    >>> _list_item("Dataclasses, TypedDicts and more", 13, 23), _list_item("pears, UpdatedFire crews", 7, 18)
    (True, False)
    """
    return (
        _LIST_BEFORE.search(text, max(0, start - 4), start) is not None
        and _LIST_AFTER.match(text, end) is not None
    )


_ITEM_BEFORE = LazyPattern(regex.compile, r"(?r)(?<![\p{L}\p{N}])([\p{L}\p{N}][\p{L}\p{N}.]*),[ \t]+\Z")
_ITEM_AFTER = LazyPattern(regex.compile, r",[ \t]+([\p{L}\p{N}][\p{L}\p{N}.]*)(?![\p{L}\p{N}])")


def _item_among_names(text: str, start: int, end: int) -> bool:
    """Whether the lower-case token ``text[start:end]`` is a whole item of a comma list whose
    items on either side are names: each capitalized or shaped as only names are, and one
    of them so shaped (``FastAPI, huggingface, Django Ninja``; ``SQLModel``, ``Radio.com``,
    ``CNET``).  A list of names goes on with a name, here one written in lower case, as
    libraries and handles are; a glued pair inside a list sits among ordinary words
    (``flour, bakingsoda, salt``), and a list of plain capitalized words (``Paris, newyork,
    London``) is no evidence.

    >>> line = "libraries like FastAPI, huggingface, Django Ninja"
    >>> _item_among_names(line, line.index("hug"), line.index(", Django"))
    True
    >>> line = "Paris, newyork, London"
    >>> _item_among_names(line, 7, 14)
    False
    """
    before = _ITEM_BEFORE.search(text, max(0, start - _NAME_ROW_REACH_CHARS), start)
    after = _ITEM_AFTER.match(text, end)
    if before is None or after is None:
        return False
    words = (before.group(1).rstrip("."), after.group(1).rstrip("."))
    if not all(word and (word[0].isupper() or _NAME_SHAPED.search(word)) for word in words):
        return False
    return any(_NAME_SHAPED.search(word) for word in words)


def _sentence_follows(text: str, end: int) -> bool:
    """Whether a sentence goes on after the word ending at ``end``: a lower-case word follows
    on its line, before any sentence punctuation (``AmazonThe new model``, not
    ``HackerOne Spotlight`` or ``BlogThis! Share``).

    >>> _sentence_follows("AmazonThe new model", 9), _sentence_follows("HackerOne Spotlight", 9)
    (True, False)
    """
    line_end = text.find("\n", end, end + _ALONE_REACH)
    stop = line_end if line_end >= 0 else min(len(text), end + _ALONE_REACH)
    for i in range(end, stop):
        ch = text[i]
        if ch in ".!?;:":
            return False
        if ch.isalpha():
            if ch.islower() and (i == 0 or not text[i - 1].isalpha()):
                return True
    return False


def _plausible_single_open(text: str, pos: int) -> bool:
    """‘ glued after a word opens a quotation only before a capital, after a real word.

    ``O‘Brien`` and ``d‘Ivoire`` are misshapen apostrophes, not quotations.
    """
    if not text[pos + 1].isupper():
        return False
    before = text[pos - 1]
    if before in ".!?,;:”’)":
        return True
    k = pos
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return pos - k >= 3


class _ChunkCache:
    """Whether the chunk around a position is machine text (URL, address, code).

    A chunk runs between whitespace and quotation marks: a mark glued between
    words is a seam of its own, so a space put at one seam never changes what
    is judged at another.  Memoized per chunk, so many candidates in one long
    chunk cost one scan.
    """

    __slots__ = ("text", "start", "end", "machine", "_pattern")

    def __init__(self, text: str, pattern: regex.Pattern[str]) -> None:
        self.text = text
        self.start = self.end = -1
        self.machine = False
        self._pattern = pattern

    def is_machine(self, pos: int) -> bool:
        text = self.text
        if not (0 <= pos < len(text)) or _BOUNDARY.match(text, pos):
            return False
        if not (self.start <= pos < self.end):
            m = _BOUNDARY_BEFORE.search(text, 0, pos)
            s = m.end() if m else 0
            m = _BOUNDARY.search(text, pos)
            e = m.start() if m else len(text)
            self.start, self.end = s, e
            self.machine = self._pattern.search(text, s, e) is not None
        return self.machine


class _Scanner:
    """Compiled patterns and word data for one language."""

    def __init__(self, lang: str, script: str) -> None:
        self.lang = lang
        self.script = script  # the cased script of the language's words: "Latin", "Cyrillic", "Greek"
        lower = rf"[\p{{Ll}}&&\p{{{script}}}]"
        upper = rf"[\p{{Lu}}&&\p{{{script}}}]"
        # Neighbours that make a letter run part of a bigger token: letters,
        # digits, marks, hyphens, underscores, and apostrophes inside a word.
        outside_l = r"(?<![\p{L}\p{M}\p{N}_\-‐])(?<!\p{L}['’])"
        outside_r = r"(?![\p{L}\p{M}\p{N}_\-‐])(?!['’]\p{L})"
        self.word = regex.compile(
            rf"(?V1){outside_l}{upper}?{lower}{{3,{_MAX_TOKEN}}}{outside_r}"
        )
        self.script_word = regex.compile(rf"\p{{{script}}}+")
        self.camel_anchor = regex.compile(r"\p{Ll}\p{Lu}\p{Ll}")
        self.any_word = regex.compile(r"\p{L}+")
        self.lower_word = regex.compile(rf"(?V1)(?<!\p{{L}}){lower}{{2,{_MAX_TOKEN}}}(?!\p{{L}})")
        # ... and not after an apostrophe: a name's or an elision's part (Mu’awiyah, l’ordinanza)
        self.lower_word_not_elided = regex.compile(rf"(?V1)(?<!\p{{L}})(?<!['’]){lower}{{2,{_MAX_TOKEN}}}(?!\p{{L}})")
        self.camel = regex.compile(
            rf"(?V1){outside_l}(?P<left>{upper}?{lower}{{2,}})(?P<right>{upper}{lower}+(?:{upper}{lower}+)?){outside_r}"
        )
        self.caps_glued = regex.compile(
            rf"(?V1){outside_l}{upper}{{2,}}(?P<right>{upper}{lower}+){outside_r}"
        )
        letter = rf"\p{{{script}}}"
        self.quote_glued = regex.compile(
            rf"(?<=[{letter}.,!?;:”’)])[“‘](?={letter})"
            rf"|(?<=[{letter}.,!?;:])”(?=[{letter}“])"
            rf"|(?<=[.!?,])’(?=\p{{Lu}})"
            rf'|(?<=[{letter}.,!?;:])"(?={letter})'
        )
        # The same for an ASCII text (_quote_glued_starts): only the straight mark's branch can
        # match there, and only the ASCII members of its classes can stand around it.
        ascii_letters = "".join(c for c in map(chr, range(128)) if regex.fullmatch(letter, c))
        self.ascii_quote_letters = frozenset(ascii_letters)
        self.ascii_quote_before = frozenset(ascii_letters + ".,!?;:")
        self.freqs = word_frequencies(lang)
        fw_name = f"function_words_{lang}"
        try:
            self.function_words = word_list(fw_name)
        except (FileNotFoundError, OSError):
            # No curated list: the most frequent short words of the language
            # are its function words (wordfreq's dict runs most frequent first).
            top = itertools.islice(self.freqs, _FUNCTION_TOP)
            self.function_words = frozenset(w for w in top if w.isalpha() and len(w) <= 5)
        # Informal abbreviations of function words ("yg" for Indonesian "yang"), where listed.
        self.function_words |= language_list("abbreviated_function_words", lang)
        # Endings written onto a quoted word after its closing mark ("tron"ing), where listed.
        self.quote_endings = language_list("quote_endings", lang)
        try:
            self.prefixes = word_list(f"fused_prefixes_{lang}")
            # Two content words are split only where the language's compound
            # makers are listed: German or Dutch write new compounds closed.
            self.content_pairs = True
        except (FileNotFoundError, OSError):
            self.prefixes = frozenset()
            # Or where the language writes new pairings open (Romance, Malay), or
            # closed but the document shows both words on their own (_word_cut).
            self.content_pairs = lang in _OPEN_COMPOUNDS or lang in _CLOSED_COMPOUNDS
        self.closed_compounds = lang in _CLOSED_COMPOUNDS
        # Combining forms a language writes closed onto a word ("hyperpuissants", "islamomarxiste"):
        # like a listed prefix, never the left word of a two-content-word split.
        self.combining_forms = language_list("combining_forms", lang)
        # Preverbs a language writes closed onto the verb they stand before (Hungarian "hátra|van",
        # "át|költöznek"): never the left word of a split (data/<lang>/preverbs.txt), unless an
        # adverbial participle follows the token, whose preverb it is ("bevan zárva").
        self.preverbs = language_list("preverbs", lang)
        self.participle_endings = language_list("adverbial_participle_endings", lang) if self.preverbs else frozenset()
        # A documented property of the language (data/<lang>/morphology.txt), see _AFFIX_WORDS.
        morphology = language_list("morphology", lang)
        self.rich_morphology = "rich" in morphology
        # "affixing" (Malay, Indonesian): words are open otherwise, but affixes that are also
        # words ("kan", "di") glue onto stems, so only a split at such an affix needs evidence.
        self.affixing = self.rich_morphology or "affixing" in morphology
        self.affix_heads, self.affix_tails = self._affix_words() if self.affixing else (frozenset(), frozenset())
        self.capitalizes_nouns = lang == "de"  # a capital mid-sentence is a noun as often as a name
        # The definite articles (data/<lang>/articles.txt), read before a capitalized noun
        # where the language capitalizes nouns (_article_before_capitalized_noun).
        self.definite_articles = language_list("articles", lang) if self.capitalizes_nouns else frozenset()
        self.prefix_like_before_vowel: frozenset[str] = frozenset()
        self.prefix_like = frozenset() if self.prefixes else self._productive_function_words()
        # Endings that make a known word an inflected form, never a word of their own
        # after it ("presstalesperson|en" is Swedish's definite form, not two words).
        self.inflections = _INFLECTIONS if lang == "en" else tuple(
            sorted(language_list("fused_inflections", lang), key=len, reverse=True)
        )
        # Verb endings whose forms count as words however rarely wordfreq lists them
        # (data/<lang>/content_verb_endings.txt: French "-ez" of "-er" verbs), see rare_verb_form.
        self.content_verb_endings: tuple[tuple[str, str], ...] = tuple(
            (ending, infinitive)
            for infinitive, *endings in map(str.split, sorted(language_list("content_verb_endings", lang)))
            for ending in endings
        )
        # Endings that never follow some vowels (data/<lang>/consonant_endings.txt: Spanish
        # "-es" after an unstressed a, e, o), so there the token is no inflection (ending_fits).
        self.barred_after: dict[str, str] = {
            ending: vowels for ending, vowels in map(str.split, language_list("consonant_endings", lang))
        }
        # One-letter words that may be glued on: "a" (English's article, a conjunction or
        # preposition elsewhere); after a word, the vowel conjunctions and articles of a
        # language that writes pairings open ("discutindoe" -> "discutindo e").  Not the
        # consonants wordfreq lists from elisions (French "l", "d").
        self.one_letter = frozenset({"a"}) | (
            frozenset(w for w in self.function_words if len(w) == 1 and w in _ANY_VOWEL)
            if lang in _OPEN_COMPOUNDS else frozenset()
        )
        # ß: wordfreq folds it to "ss" in its keys ("grösster" for "größter").
        self.folds_sharp_s = lang == "de" and "ß" not in "".join(itertools.islice(self.freqs, 2000))
        self.compound_starters, self.compound_enders = (
            self._compound_parts() if self.closed_compounds else (frozenset(), frozenset())
        )
        self.compound_heads = (
            self._words_beside_known(
                {w for w in self.function_words if len(w) >= 2}, _PREFIX_LIKE_VOCABULARY, 2, _COMPOUND_HEAD_WORDS
            )[0]
            if self.closed_compounds
            else frozenset()
        )
        self._sorted_vocabulary: list[str] | None = None  # built on first use, for starts_compounds
        self._sorted_reversed_vocabulary: list[str] | None = None  # ... and for ends_compounds
        # Romance verbs write their object pronouns closed after them ("activelas",
        # "rimuovili"): the pronouns (data/<lang>/enclitics.txt) and the infinitive
        # endings that show a stem is a verb's (data/<lang>/infinitives.txt).
        self.enclitics = language_list("enclitics", lang)
        # Imperative endings and the infinitive endings they replace (data/<lang>/imperative_endings.txt:
        # Italian "sbatt|ete" + "li" beside "sbatt|ere"), and the enclitics that are articles too
        # (data/<lang>/clitic_articles.txt), read with the following word.
        self.imperative_endings = tuple(
            (ending, infinitive)
            for ending, infinitive in map(str.split, sorted(language_list("imperative_endings", lang)))
        )
        self.clitic_articles = {
            article: "elides" in rest for article, *rest in map(str.split, language_list("clitic_articles", lang))
        }
        # Clitics written closed after a word (Indonesian "kebencian|mu", data/<lang>/clitics.txt),
        # read with the verbal affixes (data/<lang>/verb_prefixes.txt) by _affixed_split.
        self.clitics = language_list("clitics", lang) if self.affixing else frozenset()
        # The emphatic and question particles written onto a word ("sampaikanlah", "kamikah"):
        # like a clitic they end it, so a word after one is another word (see _affixed_split).
        self.particles = language_list("particles", lang) if self.affixing else frozenset()
        # Function words of a language wordfreq lacks that identification reads as this one
        # (Afrikaans as Dutch: data/nl/afrikaans_markers.txt).
        self.lookalike_markers = language_list("afrikaans_markers", lang)
        # The linking elements a noun takes as a compound's first part (data/<lang>/compound_links.txt).
        self.compound_links = tuple(sorted(language_list("compound_links", lang), key=len, reverse=True))
        # Declined determiners ("anderen", "keinem": data/<lang>/determiner_stems.txt) and the
        # adjective endings that agree with each article ("des" + "-en": article_adjective_endings.txt),
        # words that end no compound after a function word that begins them.
        self.declined_determiners = frozenset(
            stem + ending for stem in language_list("determiner_stems", lang) for ending in _DETERMINER_ENDINGS
        )
        self.article_endings: dict[str, tuple[str, ...]] = {}
        for entry in language_list("article_adjective_endings", lang):
            article, ending = entry.split()
            self.article_endings[article] = self.article_endings.get(article, ()) + (ending,)
        # A preposition and the strong endings of an adjective after it with no article, and the
        # suffixes that make adjectives (data/<lang>/preposition_adjective_endings.txt and
        # preposition_adjective_suffixes.txt; _declined_adjective_after_preposition).
        self.preposition_endings: dict[str, tuple[str, ...]] = {}
        for entry in language_list("preposition_adjective_endings", lang):
            preposition, ending = entry.split()
            self.preposition_endings[preposition] = self.preposition_endings.get(preposition, ()) + (ending,)
        self.adjective_suffixes = tuple(language_list("preposition_adjective_suffixes", lang))
        # Suffixes of adjectives German writes apart from a participle after them, with the
        # ending the lexicon must know them with, and the prefixes a participle begins with
        # (data/<lang>/adverbial_adjective_suffixes.txt, participle_prefixes.txt;
        # _adverb_before_participle).
        self.adverbial_suffixes = tuple(
            (suffix, rest[0] if rest else "")
            for suffix, *rest in map(str.split, sorted(language_list("adverbial_adjective_suffixes", lang)))
        )
        self.participle_prefixes = tuple(sorted(language_list("participle_prefixes", lang), key=len, reverse=True))
        self.infinitives = tuple(sorted(language_list("infinitives", lang), key=len, reverse=True))
        # Endings glued onto an infinitive that make one word of it (data/<lang>/infinitive_forms.txt):
        # German's declined present participle ("düngen|dem"), French's synthetic future ("reformuler|ai").
        self.infinitive_forms = _infinitive_forms(lang)
        # ... and those read only on an infinitive the lexicon shows to be a verb's
        # (data/<lang>/verb_infinitive_forms.txt: French "noircir|a" beside "noircissait").
        self.verb_infinitive_forms = tuple(
            (ending, imperfect, frozenset(forms))
            for ending, imperfect, *forms in map(str.split, sorted(language_list("verb_infinitive_forms", lang)))
        )
        # Nouns among the commonest words (read as function words) before which an adjective
        # always ends in -e (data/<lang>/common_gender_nouns.txt: Dutch "dag", "keer").
        self.gendered_nouns = language_list("common_gender_nouns", lang)
        # Articles that begin no derived word (data/<lang>/prefixless_articles.txt: Dutch "het"),
        # glued to a common content word: the article and its noun, not a compound.
        self.prefixless_articles = language_list("prefixless_articles", lang)
        # The particle before an infinitive, where it is no verb prefix (data/<lang>/infinitive_particles.txt: Dutch "te").
        self.infinitive_particles = language_list("infinitive_particles", lang)
        # The particle before an infinitive that is also a separable verb prefix
        # (data/<lang>/prefix_infinitive_particles.txt: German "zu", "zumachen" beside "zu machen"):
        # read only where the lexicon's frequencies tell the two apart (prefix_particle_infinitive).
        self.prefix_infinitive_particles = language_list("prefix_infinitive_particles", lang)
        # Endings of nouns that take the plural -s (data/<lang>/s_plural_endings.txt: Dutch "oven",
        # "ovens"), which tell such a noun from an adjective ending alike ("gouden").
        self.s_plural_endings = tuple(language_list("s_plural_endings", lang))
        # Tense endings that replace an infinitive's ending (data/<lang>/verb_form_endings.txt):
        # Italian "ordin|are" -> "ordin|eresti"; ending -> the infinitive endings it replaces.
        self.verb_form_endings = _verb_form_endings(lang)
        # Known words that determine only plurals and read as a preposition and an article
        # ("beider": "bei der"), with the cut between the two, and the suffixes of nouns that are
        # only singular (data/<lang>/plural_determiner_fusions.txt, singular_noun_suffixes.txt).
        self.plural_determiner_fusions: dict[str, int] = {}
        for entry in language_list("plural_determiner_fusions", lang):
            token, left, _right = entry.split()
            self.plural_determiner_fusions[token] = len(left)
        self.singular_noun_suffixes = tuple(language_list("singular_noun_suffixes", lang))
        # Articles that go only before a plural (Italian "i", data/<lang>/plural_articles.txt) and
        # the words they go before that do not end as a plural does (plural_article_followers.txt).
        self.plural_articles = language_list("plural_articles", lang)
        self.plural_article_followers = language_list("plural_article_followers", lang)
        # One-letter conjunctions and prepositions that a plural noun reads as glued to, and the
        # conjunctions no such word goes before (data/<lang>/plural_connectors.txt, coordinators.txt).
        self.plural_connectors = language_list("plural_connectors", lang)
        # Prefix-like prepositions that never prefix a plural noun ("de|treinos"), the endings
        # of plural nouns made from verbs and of verb forms in -s, which they do prefix
        # (data/<lang>/plural_noun_prepositions.txt, deverbal_plural_endings.txt, s_verb_endings.txt).
        self.plural_noun_prepositions = language_list("plural_noun_prepositions", lang)
        self.deverbal_plural_endings = tuple(language_list("deverbal_plural_endings", lang))
        self.s_verb_endings = tuple(sorted(language_list("s_verb_endings", lang), key=len, reverse=True))
        # Prefix-like prepositions before a singular noun or an infinitive (data/<lang>/noun_prepositions.txt),
        # the noun told by its plural (data/<lang>/noun_plurals.txt:
        # a singular ending, then its plural endings), where the token is no prefixed verb's form
        # (data/<lang>/prefixed_verb_endings.txt, singular_verb_endings.txt).
        self.noun_prepositions = language_list("noun_prepositions", lang)
        self.noun_plurals = tuple(
            sorted(
                ((ending, tuple(plurals)) for ending, *plurals in map(str.split, language_list("noun_plurals", lang))),
                key=lambda row: len(row[0]),
                reverse=True,
            )
        )
        self.prefixed_verb_endings = tuple(language_list("prefixed_verb_endings", lang))
        # The feminine article before a noun with a feminine suffix (data/<lang>/feminine_noun_endings.txt).
        self.feminine_noun_endings = tuple(language_list("feminine_noun_endings", lang))
        self.singular_verb_endings = tuple(sorted(language_list("singular_verb_endings", lang), key=len, reverse=True))
        self.coordinators = language_list("coordinators", lang)
        # A word glued to an article before a noun that agrees with it ("paraa alfabetização",
        # "parao número"): each article and the endings of its nouns
        # (data/<lang>/article_noun_endings.txt; the feminine singular's suffixes,
        # data/<lang>/feminine_noun_endings.txt), one pattern each; the contractions that
        # already hold an article (data/<lang>/article_contractions.txt) glue none on.
        self.article_contractions = language_list("article_contractions", lang)
        self.articles_before_nouns = _article_noun_patterns(lang)
        self._prefix_heads: dict[str, bool] = {}
        try:
            self.suffixes = word_list(f"fused_suffixes_{lang}")
        except (FileNotFoundError, OSError):
            self.suffixes = frozenset()
        self.reporting_verbs = word_list("reporting_verbs") if lang == "en" else frozenset()
        self.openers = language_list("sentence_openers", lang)
        # The openers a dotted name's right part is read against (TextFacts.qualifiers), the
        # language's and English's, as the punctuation stage reads them.
        self.name_openers = self.openers | language_list("sentence_openers", "en")
        self.phrase_openers = language_list("phrase_openers", lang)
        # Words that open a noun phrase (articles, demonstratives, possessives): the capitalized
        # part of a camel token inside a running sentence opens a new sentence only with one
        # (_name_inside_a_sentence)
        self.noun_phrase_openers = language_list("noun_phrase_openers", lang)
        # Words that are only determiners, and the function words none of them stands before
        # ("the in", "a of"): see _function_word_out_of_place.
        self.determiners_only = language_list("determiners_only", lang)
        self.no_determiner_before = language_list("no_determiner_before", lang)
        self.function_words_never_after: dict[str, frozenset[str]] = {}
        self.function_words_only_after: dict[str, frozenset[str]] = {}
        for entry in language_list("function_words_never_after", lang):
            word, *rest = entry.split()
            if rest[:1] == ["after"]:
                self.function_words_never_after[word] = frozenset(rest[1:])
            elif rest[:2] == ["only", "after"]:
                self.function_words_only_after[word] = frozenset(rest[2:])
        # Words and phrases after which a name is given ("called", "known as", "dba"), and the
        # conjunctions that join a second name to the first ("called tz or zoneinfo").
        self.naming_words = language_list("naming_words", lang)
        # Labels that open a line of tags ("Tags:", "Filed under:"; _in_tag_list).
        self.tag_labels = language_list("tag_list_labels", lang)
        self.conjunctions = language_list("continuing_conjunctions", lang)
        self.months = language_list("months", lang)
        # Verbs a lower-case base form follows (see _modal_before_name).
        self.modal_verbs = language_list("modal_verbs", lang)
        self.caps_camel = regex.compile(
            rf"(?V1)(?<![\p{{L}}\p{{N}}])(?P<caps>{upper}{{2,}})(?P<right>{upper}{lower}+)(?![\p{{L}}\p{{N}}])"
        )
        self.number_glued = regex.compile(
            rf"(?V1)(?<![\p{{L}}\p{{N}}.,])(?P<number>\$?\d(?:[\d,.]*\d)?)(?P<right>{upper}{lower}+)(?![\p{{L}}\p{{N}}])"
        )
        # "todayI urge", "yesterdayI’m": English's one-letter capital pronoun
        self.pronoun_glued = (
            regex.compile(r"(?<![\p{L}\p{N}])(?P<left>\p{Ll}{3,})I(?=[ ’'](?:\p{Ll}|m\b|ve\b|d\b|ll\b))")
            if lang == "en"
            else None
        )
        self.verb_lengths = sorted({len(v) for v in self.reporting_verbs if len(v) >= 4})
        self.camel_names = frozenset(w.lower() for w in word_list("camel_case_names"))
        self.code_prefixes = word_list("code_prefixes")
        fw = self.function_words
        # Fusions wordfreq's own sources hold ("inthe", "ofthe"): the only known
        # tokens that may be split, so they are listed up front.
        self.known_fusions = frozenset(
            w for f in fw for d in _DETERMINERS if (w := f + d) in self.freqs and zipf(self.freqs, w) < _KNOWN_FUSION_MAX
        )
        self._alphabet: frozenset[str] | None = None  # built on first use, for _has_sibling
        # Outside English, the language's own articles (data/<lang>/articles.txt).
        self.fusion_articles: frozenset[str] = frozenset()  # the articles _article_fusions read
        self.article_fusions = self._article_fusions() if lang != "en" else frozenset()
        # Spanish "queno", "quese", "yno": a listed host glued to a function word it takes
        # (data/<lang>/function_pair_hosts.txt); splittable_tokens reads those of three letters
        # too ("yno", "yse"), where it reads no other token that short.
        # (each token's seam too: a host need not be one of wordfreq's function words, as
        # Portuguese "quando", "todas", "durante" are not)
        self.listed_pair_cuts: dict[str, int] = {}
        self.listed_pair_fusions: frozenset[str] = self._listed_pair_fusions()
        self.article_fusions |= self.listed_pair_fusions
        if self.capitalizes_nouns:
            # A lower-case German word is no noun, so a rare pair of function words that
            # never make compounds cannot be a noun the lexicon lists (Swedish "nu|del" can).
            self.article_fusions |= self._function_pair_fusions()
        # Dutch "tezien", "temaken": rare known tokens of the particle glued to an infinitive.
        self.particle_infinitive_fusions = frozenset(
            w
            for p in self.infinitive_particles
            for w in self.freqs
            if w.startswith(p)
            and zipf(self.freqs, w) < _ARTICLE_FUSION_MAX
            and zipf(self.freqs, w[len(p) :]) >= _CONTENT_MIN
            and self.particle_infinitive(p, w[len(p) :])
            and not self._has_sibling(w)
        )
        # German "zulesen", "zuhelfen": rare known tokens of "zu" glued to a common infinitive.
        # Only an infinitive of Zipf _PARTICLE_VERB_MIN qualifies, so only the lexicon's head is
        # read: wordfreq's lists run from the commonest word down (word_frequencies keeps the
        # order), some 7,000 German words against 634,000 (a pass over all cost 0.3 s a process).
        self.prefix_infinitive_fusions = frozenset(
            p + w
            for p in self.prefix_infinitive_particles
            for w in itertools.takewhile(lambda w: zipf(self.freqs, w) >= _PARTICLE_VERB_MIN, self.freqs)
            if p + w in self.freqs
            and zipf(self.freqs, p + w) < _ARTICLE_FUSION_MAX
            and self.prefix_particle_infinitive(p, w)
        )
        self.known_fusions |= self.article_fusions | self.particle_infinitive_fusions | self.prefix_infinitive_fusions
        self._best_split: Callable[[str], int] = lru_cache(maxsize=4096)(self._split_point)
        self._split_confidence: Callable[[str, int], float] = lru_cache(maxsize=4096)(self._confidence_of)
        prefixes = "|".join(sorted(self.code_prefixes | _SHORT_CODE_PREFIXES, key=len, reverse=True))
        self.technical_sign = regex.compile(
            r"(?<![\p{L}\p{N}])(?:"
            r"\p{L}[\p{L}\p{N}]*_[\p{L}\p{N}_]+"  # snake_case
            rf"|(?:{prefixes})\p{{Lu}}\p{{Ll}}+"  # isLoading, onClick, maxWidth
            r"|\p{Ll}+\p{Lu}\p{Ll}+\p{Lu}"  # getElementById
            r"|\p{Ll}+(?:\.\p{Ll}[\p{L}\p{N}]*)+"  # os.path, example.com
            r"|\p{Ll}+:\p{Ll}+"  # about:blank, scheme:value
            r")"
            r"|[\p{L}\p{N}_]\([\w, ]*\)|::|->|=>|==|[{}`]"  # calls, operators, braces
        )
        # Each sign starts at a position _technical_signs finds from its anchor when every code
        # prefix ends in a lower-case letter (the anchor of "isLoading" is the capital after it).
        self._signs_anchored = all(
            prefix and unicodedata.category(prefix[-1]) == "Ll" for prefix in self.code_prefixes | _SHORT_CODE_PREFIXES
        )

    def technical_signs(self, text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
        """``technical_sign.finditer(text, start, end)``, found from the signs' anchors."""
        if self._signs_anchored:
            return _technical_signs(self.technical_sign, text, start, end)
        return self.technical_sign.finditer(text, start, end)

    def _article_fusions(self) -> frozenset[str]:
        """Known tokens that are a function word glued to one of the language's articles.

        wordfreq's sources hold such fusions of running text (German ``mitdem``, ``undder``):
        split back when the lexicon rates the token rare (below ``_ARTICLE_FUSION_MAX``) and
        holds no other form of it, a word one letter apart at its end at least ``_STEM_MIN``
        common (``lebendem`` beside ``lebende``, ``lebender``: an adjective declined).
        """
        articles = language_list("articles", self.lang)
        possessives = language_list("possessives", self.lang)
        if not (articles or possessives):
            return frozenset()
        # German's declined indefinite articles ("miteinem") are read here, by the lexicon's
        # known tokens, and not where "articles" is read before a noun ("seinen" ends in one).
        plain = articles
        articles |= language_list("indefinite_articles", self.lang)
        # Possessives ("daminha", "nasua", "osseus"; Italian "ilsuo", "isuoi":
        # data/<lang>/possessives.txt) are determiners too, glued the same way to the word before
        # them: only to a word of data/<lang>/possessive_hosts.txt (an article, an articled
        # preposition, a bare preposition), and only to one it agrees with, by the endings listed
        # beside the word ("da" before "minha", not "minhas"; Italian "lo" before "mio", not
        # "mia"; "*": any).  Other words are not read: Italian "fatua", "fatue" are adjectives,
        # not "fa tua".
        hosts = {
            host: tuple(endings)
            for host, *endings in map(str.split, language_list("possessive_hosts", self.lang))
        }
        # Where the language lists the words an article goes after (data/nl/article_hosts.txt:
        # prepositions), an article is read glued to those only: Dutch "heel|de", "eigen|de",
        # "zo|de" are "heelde", "eigende" (weak pasts) and "zode" (sod).  A host may list the
        # articles it takes after it, where others would make a word: Spanish "para" is also
        # the imperative of "parar", whose object "la", "las", "los" it takes ("parala", the
        # voseo "stop it"), so only "el", "un", "una", ... are read after it.
        article_hosts = {
            host: frozenset(only)
            for host, *only in map(str.split, language_list("article_hosts", self.lang))
        }
        articles |= possessives
        self.fusion_articles = articles
        freqs = self.freqs
        elided = word_list("elided_prefixes")
        found = set()
        for f in self.function_words:
            if self.capitalizes_nouns and f.endswith("en"):
                continue  # a German infinitive: with "d" and an ending it is a participle declined ("habenden")
            if f in elided:
                continue  # French "qu|une", "l|un": a word that elides its vowel lost an apostrophe, not a space
            for article in articles:
                if article in possessives and not (
                    f in hosts and ("*" in hosts[f] or article.endswith(hosts[f]))
                ):
                    continue  # a possessive goes after a listed word, in agreement with it
                if article_hosts and article not in possessives and (
                    f not in article_hosts or (article_hosts[f] and article not in article_hosts[f])
                ):
                    continue  # an article goes after a listed word where the language lists them
                w = f + article
                if w not in freqs or zipf(freqs, w) >= _ARTICLE_FUSION_MAX:
                    continue
                if len(article) == 1:
                    continue  # a vowel after a word is as often an ending (Italian "volta|i", Portuguese "vez|o")
                if not self._has_sibling(w, besides=self._other_article_fusions(f, article, plain)) and not _loanword(w):
                    found.add(w)
        return frozenset(found)

    def _listed_pair_fusions(self) -> frozenset[str]:
        """Known tokens that are a host of ``data/<lang>/function_pair_hosts.txt`` glued to one of
        the function words listed beside it (Spanish ``que|no``, ``que|se``, ``y|no``,
        ``es|el``, ``en|la``), rarer than a content word (``_CONTENT_MIN``).

        wordfreq's sources hold such fusions of running text, and the general article rule
        cannot read them: a sibling one letter apart (``quen``, ``quel``, ``queso`` beside
        ``queno``, ``quela``, ``quese``; ``ese`` beside ``esel``) is no form of the same word but
        holds them all the same, and some are too common for its ceiling (``enla`` 2.75,
        ``esla`` 2.65).  The list itself is the evidence: a host and the words after it that
        glued make no word of the language's dictionaries (``que`` + ``que`` is ``queque``, a
        cake, and ``que`` + ``sea`` a form of hunspell-es, so neither is listed).

        >>> sorted(w for w in _Scanner("es", "Latin")._listed_pair_fusions() if w.startswith("yn"))
        ['yno', 'ynos']
        """
        freqs = self.freqs
        found = set()
        for host, *words in map(str.split, language_list("function_pair_hosts", self.lang)):
            for word in words:
                w = host + word
                if w in freqs and zipf(freqs, w) < _CONTENT_MIN and not _loanword(w):
                    found.add(w)
                    self.listed_pair_cuts[w] = len(host)
        return frozenset(found)

    def inflects_common_word(self, word: str) -> bool:
        """Whether ``word`` is a known word that is a common word (Zipf ``_CAMEL_LEFT_MIN`` or
        more) with one of the language's endings: German ``klinischer`` (2.98) is ``klinisch``
        (3.27) declined.  Only where the endings are data (``data/<lang>/fused_inflections.txt``);
        English's own endings are read elsewhere."""
        if self.lang == "en" or word not in self.freqs:
            return False
        return any(
            word.endswith(ending)
            and len(word) - len(ending) >= _STEM_MIN_LENGTH_OTHER
            and zipf(self.freqs, word[: -len(ending)]) >= _CAMEL_LEFT_MIN
            for ending in self.inflections
        )

    def _other_article_fusions(self, f: str, article: str, articles: frozenset[str]) -> frozenset[str]:
        """The tokens of function word ``f`` glued to another of ``articles`` that the lexicon
        rates rarer than a content word (``_CONTENT_MIN``), in a language whose lower-case words
        are no nouns: a fusion of the same kind, so no sibling that would make ``f + article`` a
        word's form (Portuguese ``deum`` 2.7 beside ``deuma``; ``comum`` 5.2 and French ``tele``
        3.2 are words, and count).
        Where nouns are capitalized (German) the articles decline as adjectives do (``vordem``
        beside ``vorder``), and every sibling counts."""
        if self.capitalizes_nouns:
            return frozenset()
        freqs = self.freqs
        return frozenset(
            w for other in articles if other != article and zipf(freqs, w := f + other) < _CONTENT_MIN
        )

    def _function_pair_fusions(self) -> frozenset[str]:
        """Known tokens made of two function words, rarer than ``_FUNCTION_PAIR_FUSION_MAX``, where
        neither part makes compounds: the left begins none and the right neither begins
        nor ends any (``auch|nicht``; not ``hier|ein``, a pronominal adverb, nor ``zu|geht``)."""
        freqs, fw = self.freqs, self.function_words
        starters, enders = self.compound_starters, self.compound_starters | self.compound_enders
        found = set()
        for a in fw:
            if a in starters:
                continue
            for b in fw:
                w = a + b
                if (
                    b not in enders
                    and w in freqs
                    and zipf(freqs, w) < _FUNCTION_PAIR_FUSION_MAX
                    and not self._has_sibling(w)
                    and not _loanword(w)
                ):
                    found.add(w)
        return frozenset(found)

    def _has_sibling(self, word: str, besides: frozenset[str] = frozenset()) -> bool:
        """Whether the lexicon holds ``word`` less its last letter, or with another last letter,
        at least ``_STEM_MIN`` common: another form of one inflected word (``lebendem`` beside
        ``lebende``; ``vordem`` beside ``vorder``).  The forms ``besides`` do not count."""
        freqs = self.freqs
        stem = word[:-1]
        if self._alphabet is None:
            # The letters of the language's frequent words: the last letters a sibling may have.
            self._alphabet = frozenset(itertools.chain.from_iterable(itertools.islice(freqs, 5000)))
        return any(
            zipf(freqs, form) >= _STEM_MIN
            for form in itertools.chain((stem,), (stem + letter for letter in self._alphabet))
            if form != word and form not in besides
        )

    def _productive_function_words(self) -> frozenset[str]:
        """Short function words that begin many of the lexicon's words as a prefix.

        Counted in the language's own lexicon: a function word of two letters or
        fewer that, put before a common word, makes another of its frequent words
        ``_PREFIX_LIKE_WORDS`` times or more ("не" + "возможно", "ab" + "fahren").
        """
        freqs = self.freqs
        least = 10.0 ** (_CONTENT_MIN - 9.0)  # the Zipf threshold as a word's share of all uses
        counts: dict[str, int] = {w: 0 for w in self.function_words if len(w) <= _PREFIX_LIKE_LENGTH}
        before_vowel = dict.fromkeys(counts, 0)
        for word in itertools.islice(freqs, _PREFIX_LIKE_VOCABULARY):
            if len(word) < 4:
                continue
            for k in (1, 2):
                head = word[:k]
                if head in counts and len(word) - k >= 3 and freqs.get(word[k:], 0.0) >= least:
                    counts[head] += 1
                    before_vowel[head] += word[k] in _ANY_VOWEL
        # A prefix seldom goes before a vowel in some languages (Portuguese "de" + "compor",
        # never + "atividades"): there a vowel after it says the space was lost.
        self.prefix_like_before_vowel = frozenset(
            fw for fw, n in before_vowel.items() if n >= _PREFIX_LIKE_VOWEL_WORDS
        )
        return frozenset(fw for fw, n in counts.items() if n >= _PREFIX_LIKE_WORDS)

    def _affix_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """Function words that are also prefixes, and those that are also endings, of the lexicon's words.

        Counted in the language's own lexicon: a function word that begins (``из`` +
        ``трия``) or ends (``изтрие`` + ``те``, ``faizler`` + ``de``) ``_AFFIX_WORDS`` of its
        frequent words beside a known word of three letters or more is an affix as
        much as a word, so a token split there is no evidence of a lost space.
        """
        words = {w for w in self.function_words if w.isalpha()}
        return self._words_beside_known(words, _AFFIX_VOCABULARY, 1, _AFFIX_WORDS)

    def _words_beside_known(
        self, words: set[str], vocabulary: int, shortest: int, at_least: int
    ) -> tuple[frozenset[str], frozenset[str]]:
        """Which of ``words`` begin, and which end, ``at_least`` of the lexicon's ``vocabulary``
        most frequent words beside a known word of three letters or more (``words`` of
        ``shortest`` letters or more are counted)."""
        freqs = self.freqs
        least = 10.0 ** (_CONTENT_MIN - 9.0)
        longest = max(map(len, words), default=0)
        heads = dict.fromkeys(words, 0)
        tails = dict.fromkeys(words, 0)
        for word in itertools.islice(freqs, vocabulary):
            for k in range(shortest, min(longest, len(word) - 3) + 1):
                if word[:k] in heads and freqs.get(word[k:], 0.0) >= least:
                    heads[word[:k]] += 1
                if word[-k:] in tails and freqs.get(word[:-k], 0.0) >= least:
                    tails[word[-k:]] += 1
        return (
            frozenset(w for w, n in heads.items() if n >= at_least),
            frozenset(w for w, n in tails.items() if n >= at_least),
        )

    def inflection_evidence(self, a: str, b: str, token: str, lines: "_LineCache") -> bool:
        """Whether ``a b`` is two words, not one inflected word, in a language of rich morphology.

        Strong evidence only: a function word on one side that is no prefix (left) or
        ending (right) of the language's words ("na|trgu" is, "faizler|de" is not), or
        the document's own use of both parts as words while it never uses the left part
        as the stem of another word ("ponuđen|ima" beside "ponuđenih" is one word).
        """
        if not self.rich_morphology and a not in self.affix_heads and b not in self.affix_tails:
            return True  # an affixing language: a split at no affix is judged as before
        if self.lexicon_form(a + b, len(a)):
            return False
        fw = self.function_words
        if (a in fw and a not in self.affix_heads) or (b in fw and b not in self.affix_tails):
            return True
        return lines.has_word(a) and lines.has_word(b) and not lines.stem_used(a, token)

    def thin_lexicon_doubt(self, a: str, b: str, token: str, lines: "_LineCache") -> bool:
        """Whether ``a b`` is at a weak affix of a language of rich morphology whose lexicon is thin,
        with no word of the document for it.

        wordfreq's small lists (Hungarian, Bulgarian: fewer than ``_THIN_LEXICON`` words) lack
        most inflected and compound forms, and count a prefix's or an ending's words too few to
        reach ``_AFFIX_WORDS``, so a function word that is a weak affix (``kis|pataki``,
        ``át|költöznek``, ``segít|ne``, ``мен|те``) is no evidence of a lost space.  Evidence is
        the document's use of the content part as a word of its own, not as the stem of another
        word; a function word stands everywhere, so its use is none.
        """
        if not self.rich_morphology or len(self.freqs) >= _THIN_LEXICON:
            return False
        heads, tails = _weak_affixes(self)
        if a not in heads and b not in tails:
            return False
        content = [part for part in (a, b) if part not in self.function_words]
        return not (content and all(map(lines.has_word, content)) and not lines.stem_used(a, token))

    def lexicon_form(self, token: str, at: int) -> bool:
        """Whether the lexicon holds another form of ``token``: a word that begins with its stem across the seam.

        The stem is the token less its last three letters, and at least two letters past
        the seam ``at``: ``ovogodišnjem`` is a form of the known ``ovogodišnji``, ``bilijon``
        of ``bilijonov``, so neither is ``ovo godišnjem`` or ``bili jon``.  Stems shorter
        than ``_LEXICON_STEM_MIN`` letters say nothing (``natr``: ``natrag``, ``natrijum``).
        Where the right part has two letters, a stem one letter past the seam that the
        lexicon holds as a paradigm (``_PARADIGM_FORMS`` forms of it, bare or with one more
        letter) also finds one: ``честитя`` beside ``честит``, ``честита``, ``честито``.
        """
        stem = token[: max(at + 2, len(token) - 3)]
        if len(stem) < _LEXICON_STEM_MIN:
            return False
        vocabulary = self._sorted_vocabulary
        if vocabulary is None:
            vocabulary = self._sorted_vocabulary = sorted(self.freqs)
        i = bisect.bisect_left(vocabulary, stem)
        if i < len(vocabulary) and vocabulary[i].startswith(stem):
            return True
        if len(token) - at != 2:
            return False
        # Two letters past the seam are the whole token.  One letter past it, the stem is a
        # paradigm's where the lexicon holds it bare or with one letter after it at least
        # _PARADIGM_FORMS times: the token is one more ending of it ("чести|тя" beside "честит",
        # "честита", "честито"); glue seldom makes such a stem (measured in docs/benchmarks.md).
        stem = token[:-1]
        i = bisect.bisect_left(vocabulary, stem)
        forms = 0
        while i < len(vocabulary) and vocabulary[i].startswith(stem):
            forms += len(vocabulary[i]) <= len(token)
            if forms >= _PARADIGM_FORMS:
                return True
            i += 1
        return False

    def _compound_parts(self) -> tuple[frozenset[str], frozenset[str]]:
        """Function words that begin, and those that end, many of the lexicon's compounds.

        In a language that writes compounds closed, a preposition or adverb that
        begins words ("mit" + "arbeiter", "nach" + "teil"), or a frequent word that
        ends them ("arbeits" + "zeit"), glued to another word is as likely a compound
        the lexicon lacks as a lost space.  Counted in the language's own lexicon:
        words made of the function word and a known word of three letters or more.
        """
        words = {w for w in self.function_words if len(w) >= 2}
        return self._words_beside_known(words, _PREFIX_LIKE_VOCABULARY, 2, _COMPOUND_STARTER_WORDS)

    def starts_compounds(self, word: str) -> bool:
        """Whether the lexicon holds a compound that begins with ``word`` (with a linking "s").

        ``haus`` begins "hausarzt", "hausaufgaben"; ``sollen``, ``ebenfalls`` and
        ``unwiederbringlich`` begin none, so glued to another word they are two words.
        """
        if self.folds_sharp_s:
            word = word.replace("ß", "ss")
        vocabulary = self._sorted_vocabulary
        if vocabulary is None:
            vocabulary = self._sorted_vocabulary = sorted(self.freqs)
        least = 10.0 ** (_CONTENT_MIN - 9.0)
        freqs = self.freqs
        i = bisect.bisect_right(vocabulary, word)
        while i < len(vocabulary) and vocabulary[i].startswith(word):
            tail = vocabulary[i][len(word):]
            if tail.startswith("s") and freqs.get(tail[1:], 0.0) >= least and len(tail) >= 4:
                return True
            if len(tail) >= 3 and freqs.get(tail, 0.0) >= least:
                return True
            i += 1
        return False

    def inflected_form(self, word: str) -> bool:
        """Whether ``word`` reads as a common word with an adjective's ending (``-e``, ``-en``)
        and is no noun the lexicon knows by its plural ``-s`` (:meth:`noun_by_plural`).

        A compound's head is a stem, not an inflected form: Dutch ``lange`` (``lang`` + ``-e``)
        and ``gouden`` (``goud`` + ``-en``) go before a noun as words; ``diamant``, ``oven`` head
        compounds.

        >>> nl = _Scanner("nl", "Latin")
        >>> nl.inflected_form("lange"), nl.inflected_form("gouden"), nl.inflected_form("diamant"), nl.inflected_form("oven")
        (True, True, False, False)
        """
        freqs = self.freqs
        for ending in _INFLECTED_ADJECTIVE_ENDINGS:
            stem = word[: -len(ending)]
            if word.endswith(ending) and len(stem) >= 3 and zipf(freqs, stem) >= _CONTENT_MIN:
                return not self.noun_by_plural(word)
        return False

    def ends_compounds(self, word: str) -> bool:
        """Whether the lexicon holds compounds that end with ``word``: at least
        ``_COMPOUND_ENDER_WORDS`` known words made of a common word (Zipf ``_CONTENT_MIN``, three
        letters or more, with a linking "s" or not) and ``word``.

        Dutch ``vet`` ends "bakvet", "frituurvet", "varkensvet"; a word that ends a compound
        only by chance ends too few.

        >>> nl = _Scanner("nl", "Latin")
        >>> nl.ends_compounds("vet"), nl.ends_compounds("tijd")
        (True, True)
        """
        if self.folds_sharp_s:
            word = word.replace("ß", "ss")
        vocabulary = self._sorted_reversed_vocabulary
        if vocabulary is None:
            vocabulary = self._sorted_reversed_vocabulary = sorted(w[::-1] for w in self.freqs)
        least = 10.0 ** (_CONTENT_MIN - 9.0)
        freqs = self.freqs
        backwards = word[::-1]
        found = 0
        i = bisect.bisect_right(vocabulary, backwards)
        while i < len(vocabulary) and vocabulary[i].startswith(backwards):
            head = vocabulary[i][len(word):][::-1]
            if len(head) >= 3 and (
                freqs.get(head, 0.0) >= least or (head.endswith("s") and freqs.get(head[:-1], 0.0) >= least)
            ):
                found += 1
                if found >= _COMPOUND_ENDER_WORDS:
                    return True
            i += 1
        return False

    def verb_with_enclitic(self, a: str, b: str) -> bool:
        """Whether ``a`` + ``b`` reads as one Romance verb form with its enclitic pronoun.

        ``b`` is a pronoun the language writes closed after a verb, and ``a`` is no
        function word but a verb form: an infinitive the lexicon knows (``hacer|lo``,
        Italian's shortened ``far|lo``), a gerund (``-ndo``), or a form whose stem
        the lexicon knows with an infinitive ending (``active|las`` beside ``activar``,
        ``rimuovi|li`` beside ``rimuovere``).
        """
        if b not in self.enclitics or a in self.function_words or len(a) < _VERB_STEM_MIN:
            return False
        freqs = self.freqs
        if a.endswith("ndo"):
            return True
        for form in (a, a + "e"):  # Italian drops the infinitive's last vowel before a pronoun
            if form in freqs and form.endswith(self.infinitives):
                return True
        for cut in (1, 2):  # the form's own ending: "active", "rimuovi", "cierra"
            stem = a[:-cut]
            if len(stem) >= _VERB_STEM_MIN and any(stem + ending in freqs for ending in self.infinitives):
                return True
        return False

    def imperative_with_enclitic(self, a: str, b: str) -> bool:
        """Whether ``a`` + ``b`` reads as an imperative with its enclitic pronoun.

        ``b`` is a pronoun the language writes closed after a verb, and ``a`` ends in an
        imperative ending whose stem the lexicon knows with the infinitive ending it replaces
        (``data/<lang>/imperative_endings.txt``): Italian ``sbattete|li`` beside ``sbattere``,
        ``unite|lo`` beside ``unire``.  Recipes and instructions address the reader in the
        plural, so these are common there, and wordfreq lists few of them.

        >>> it = _Scanner("it", "Latin")
        >>> it.imperative_with_enclitic("sbattete", "li"), it.imperative_with_enclitic("unite", "lo")
        (True, True)
        >>> it.imperative_with_enclitic("patate", "le")  # no verb "patare": the plural noun
        False
        """
        if b not in self.enclitics or a in self.function_words:
            return False
        freqs = self.freqs
        for ending, infinitive in self.imperative_endings:
            stem = a[: -len(ending)]
            if a.endswith(ending) and len(stem) >= _IMPERATIVE_STEM_MIN and stem + infinitive in freqs:
                return True
        return False

    def form_on_infinitive(self, a: str, b: str) -> bool:
        """Whether ``a`` + ``b`` reads as one verb form built on the infinitive ``a``.

        ``b`` is listed after ``a``'s infinitive ending in ``data/<lang>/infinitive_forms.txt``:
        German's present participle, declined (``düngen`` + ``dem``: ``düngendem``, the
        participle ``düngend`` + ``-em``), French's synthetic future and conditional
        (``reformuler`` + ``ai``: ``reformulerai``), Portuguese's conditional (``escavar`` +
        ``íamos``).  Such forms of rare verbs are what wordfreq's lists lack; the listed
        right parts are words that do not follow an infinitive in running text (French
        ``a``, which does after a noun in ``-er``, ``le premier a``, is not listed).  ``a`` is a
        known word, no function word, and not among the language's commonest words: a
        frequent verb's participles are in the lexicon when they are used, and its finite
        plural is glued to an article as often (German ``können|dem``).

        Right parts that follow a noun of the infinitive's shape as a word (French ``a``)
        are read only where the lexicon knows ``a`` as a verb: its imperfect, the ending after
        them in ``data/<lang>/verb_infinitive_forms.txt`` (``noircir|a`` beside ``noircissait``,
        ``soutirer|a`` beside ``soutirait``; ``premier``, ``plaisir`` have none).

        >>> _Scanner("de", "Latin").form_on_infinitive("düngen", "dem")
        True
        >>> _Scanner("de", "Latin").form_on_infinitive("zwischen", "dem")  # a preposition
        False
        >>> fr = _Scanner("fr", "Latin")
        >>> fr.form_on_infinitive("noircir", "a"), fr.form_on_infinitive("plaisir", "a")
        (True, False)
        """
        if a in self.function_words:
            return False
        z = zipf(self.freqs, a)
        if not 0 < z < _FREQUENT_PART_MIN:
            return False
        if any(
            a.endswith(ending) and len(a) >= len(ending) + _VERB_STEM_MIN and b in forms
            for ending, forms in self.infinitive_forms
        ):
            return True
        return any(
            a.endswith(ending)
            and len(a) >= len(ending) + _VERB_STEM_MIN
            and b in forms
            and a[: -len(ending)] + imperfect in self.freqs
            for ending, imperfect, forms in self.verb_infinitive_forms
        )

    def heads_many_words(self, word: str) -> bool:
        """Whether the content word ``word`` begins many of the lexicon's words before a known word.

        Counted in the whole lexicon (sorted once): ``contra`` begins ``contrapeso``,
        ``contrasenso``, ``contrapartida`` and many more, so it is a prefix as much as a word.
        """
        cached = self._prefix_heads.get(word)
        if cached is not None:
            return cached
        vocabulary = self._sorted_vocabulary
        if vocabulary is None:
            vocabulary = self._sorted_vocabulary = sorted(self.freqs)
        least = 10.0 ** (_CONTENT_MIN - 9.0)
        least_whole = 10.0 ** (_PREFIX_HEAD_WHOLE_MIN - 9.0)
        freqs = self.freqs
        count = 0
        i = bisect.bisect_right(vocabulary, word)
        while i < len(vocabulary) and vocabulary[i].startswith(word) and count < _PREFIX_HEAD_WORDS:
            tail = vocabulary[i][len(word):]
            if len(tail) >= 3 and freqs.get(tail, 0.0) >= least and freqs[vocabulary[i]] >= least_whole:
                count += 1
            i += 1
        found = self._prefix_heads[word] = count >= _PREFIX_HEAD_WORDS
        return found

    def compound_evidence(self, a: str, b: str, lines: "_LineCache") -> bool:
        """Whether ``a b`` is two words, not a compound, in a language that writes compounds closed.

        Two function words are ("undder"); so is a function word that neither begins
        nor ends the lexicon's compounds beside a content word, and a common word that
        begins no compound before another ("sollen|selbst").  A content word after one
        that begins compounds is a compound before it is a fusion, since these languages
        write new compounds closed (``Sprach|gerechtigkeit``, ``Plattform|ökonomie``,
        ``ein|wählte``, ``nicht|nationale``): only the document writing the two words
        apart somewhere splits it.  A content word before a function word that ends
        compounds needs the content word used on its own.
        """
        fw = self.function_words
        fa, fb = a in fw, b in fw
        if fa and fb:
            return True
        if fa and (b in self.declined_determiners or self.agreeing_adjective(a, b)):
            return True  # "zu|anderen", "des|medizinischen": a declined word ends no compound
        if fa and a in self.infinitive_particles and self.particle_infinitive(a, b):
            return True  # "te|drukken", "te|gebruiken": Dutch "te" is no verb prefix, so the particle
        if (
            a in self.prefixless_articles
            and not fb
            and len(b) >= _ARTICLE_NOUN_MIN_LENGTH
            and zipf(self.freqs, b) >= _CONTENT_MIN
        ):
            return True  # "het|menu", "het|installeren": Dutch "het" begins no word, so it is the article
        if not fa and self.linked_head(a):
            # "administrasjons|siden", "instellingen|bestand": a noun in its linking form is a
            # compound's head (the right part may even be a function word's homograph).
            return lines.writes_apart(a, b)
        if fa and a not in self.compound_starters and a not in self.compound_heads:
            return True
        if (
            fb
            and b in self.gendered_nouns
            and not fa
            and (not a.endswith(_ADJECTIVE_BEFORE_NOUN_ENDINGS) or self.noun_by_plural(a))
        ):
            # "valuta|dag", "kerk|staat": a noun among the commonest words takes an adjective in
            # -e ("een mooie dag"), so an uninflected left part is a compound's head; so is a
            # noun that ends as an adjective may ("oven|tijd": "ovens")
            return lines.writes_apart(a, b)
        if fb and b not in self.compound_enders:
            return True
        if not (fa or fb) and zipf(self.freqs, a) >= _STARTS_NONE_MIN and not self.starts_compounds(a):
            return True  # "sollen|selbst": a common word that begins no compound in the lexicon
        if fb:
            return lines.has_word(a)
        if fa and a not in self.compound_starters and zipf(self.freqs, b) >= _COMMON_AFTER_HEAD:
            return True
        # Each part used on its own is not enough: a separable verb's prefix and verb stand
        # apart in the same text ("wählte sich … ein"), and a compound's parts recur as words.
        if not lines.writes_apart(a, b):
            return False
        if (
            not (fa or fb)
            and not self.inflected_form(a)
            and zipf(self.freqs, a + _INFLECTED_ADJECTIVE_ENDINGS[0]) < _CONTENT_MIN
            and self.starts_compounds(a)
            and self.ends_compounds(b)
        ):
            # "diamant|vet" beside "bak|vet" and "diamant|slijper": both parts are what the lexicon
            # builds compounds of, so the token is one, and the document writing the two apart
            # elsewhere is a writer's open spelling of it (Dutch "diamant vet"), not the norm.  An
            # inflected left part ("lange|vingers") is an adjective before its noun, and one the
            # lexicon knows inflected ("schnell", "schnelle") an adverb as often: no compound's head
            # (asked only where the document writes the pair apart: the lexicon's index is costly)
            return False
        return True

    def particle_infinitive(self, particle: str, word: str) -> bool:
        """Whether ``word`` after ``particle`` (``data/<lang>/infinitive_particles.txt``) is an
        infinitive: it ends in ``-en`` and its third-person form is common (Zipf
        ``_CONTENT_MIN``), spelt by the Dutch rules (:func:`_dutch_third_person`): ``drukken``
        (``drukt``), ``maken`` (``maakt``), ``geven`` (``geeft``), ``zien`` (``ziet``).  A noun's
        plural (``rassen``) or an adverb (``boven``) has no such form."""
        if particle not in self.infinitive_particles:
            return False
        return any(zipf(self.freqs, f) >= _CONTENT_MIN for f in _dutch_third_person(word))

    def prefix_particle_infinitive(self, particle: str, word: str) -> bool:
        """Whether ``particle + word`` is the particle glued to an infinitive, not a separable verb.

        ``particle`` is listed in ``data/<lang>/prefix_infinitive_particles.txt`` (German ``zu``,
        which also begins separable verbs: ``zumachen``, ``zuhören``).  ``word`` is an infinitive:
        it ends in ``-en``, ``-ern`` or ``-eln``, is common (Zipf ``_PARTICLE_VERB_MIN``), its third
        person (stem and ``-t`` or ``-et``) is a common word and its ``-em`` form is not (which an
        adjective has: ``offenem``).  And the lexicon holds no verb of the two: the glued token is
        far rarer than the infinitive (``_PARTICLE_VERB_GAP`` below it: ``zulesen`` 1.7 beside
        ``lesen`` 5.2, ``zuerstellen`` unlisted beside ``erstellen`` 4.3; the verbs ``zumachen``,
        ``zuarbeiten`` are 2.6 and 3.0 below theirs) and it has no listed infinitive with the
        particle inside (``zuzumachen``), no third person with the particle in front (``zumacht``,
        which a separable verb takes at the end of a subordinate clause) and no weak participle
        (``zugestürzt``).

        >>> de = _Scanner("de", "Latin")
        >>> de.prefix_particle_infinitive("zu", "erstellen"), de.prefix_particle_infinitive("zu", "machen")
        (True, False)
        >>> de.prefix_particle_infinitive("zu", "offen"), de.prefix_particle_infinitive("zu", "frieden")
        (False, False)
        """
        if particle not in self.prefix_infinitive_particles or len(word) < 4:
            return False
        if word.endswith(("ern", "eln")):
            forms: tuple[str, ...] = (word[:-1] + "t",)
        elif word.endswith("en"):
            forms = (word[:-2] + "t", word[:-2] + "et")
        else:
            return False
        freqs = self.freqs
        own = zipf(freqs, word)
        return (
            own >= _PARTICLE_VERB_MIN
            and zipf(freqs, particle + word) <= own - _PARTICLE_VERB_GAP
            and particle + particle + word not in freqs
            and not any(particle + f in freqs for f in forms)
            and particle + "ge" + forms[0] not in freqs
            and zipf(freqs, word[:-1] + "m") < _CONTENT_MIN
            and any(zipf(freqs, f) >= _CONTENT_MIN for f in forms)
        )

    def noun_by_plural(self, word: str) -> bool:
        """Whether ``word``, ending as an adjective may, is a noun: the lexicon knows it with
        the plural ``-s`` its ending takes (``data/<lang>/s_plural_endings.txt``) as a common
        word (Zipf ``_CONTENT_MIN``).  Dutch ``oven`` (``ovens``), ``pauze`` (``pauzes``) are
        nouns; ``gouden``, ``mooie`` are adjectives, which take no ``-s``.

        >>> nl = _Scanner("nl", "Latin")
        >>> nl.noun_by_plural("oven"), nl.noun_by_plural("keuken"), nl.noun_by_plural("gouden")
        (True, True, False)
        """
        return word.endswith(self.s_plural_endings) and zipf(self.freqs, word + "s") >= _CONTENT_MIN

    def agreeing_adjective(self, article: str, word: str) -> bool:
        """Whether lower-case ``word`` is an adjective declined to agree with ``article``.

        ``word`` is a common word (Zipf 3 or more), a known stem with an ending the article
        takes (data/<lang>/article_adjective_endings.txt: ``des`` + ``medizinisch|en``), and
        the stem is an adjective: the lexicon knows it with the ending ``-em`` as well, which
        only adjectives and determiners take (``medizinischem``; the verb ``malen`` has no
        ``malem``).  ``des`` before a vowel is also the Latin prefix (``desaktivierten``,
        ``desinfizierten``), so it is read only before a consonant.

        >>> s = _Scanner("de", "Latin")
        >>> s.agreeing_adjective("des", "medizinischen"), s.agreeing_adjective("die", "fehlende")
        (True, True)
        >>> s.agreeing_adjective("des", "infizierten"), s.agreeing_adjective("das", "medizinischen")
        (False, False)
        """
        endings = self.article_endings.get(article)
        if not endings or (article == "des" and word[:1] in _ANY_VOWEL):
            return False
        freqs = self.freqs
        for ending in endings:
            stem = word[: -len(ending)]
            if (
                word.endswith(ending)
                and len(stem) >= _STEM_MIN_LENGTH_OTHER
                and zipf(freqs, word) >= _CONTENT_MIN
                and stem in freqs
                and stem + "em" in freqs
            ):
                return True
        return False

    def linked_head(self, word: str) -> bool:
        """Whether ``word`` is a known content word with one of the language's linking elements.

        Counted only where the stem has ``_LINK_STEM_MIN`` letters or more, is no function word
        and is a common word (Zipf ``_CONTENT_MIN``): Norwegian ``administrasjons`` is
        ``administrasjon`` + ``s``, Dutch ``instellingen`` is ``instelling`` + ``en``.
        """
        for link in self.compound_links:
            stem = word[: -len(link)]
            if (
                word.endswith(link)
                and len(stem) >= _LINK_STEM_MIN
                and stem not in self.function_words
                and zipf(self.freqs, stem) >= _CONTENT_MIN
            ):
                return True
        return False

    def known(self, word: str) -> bool:
        """Whether ``word`` is in the lexicon, allowing for wordfreq's folding of ß."""
        return word in self.freqs or (self.folds_sharp_s and "ß" in word and word.replace("ß", "ss") in self.freqs)

    def explained(self, w: str) -> bool:
        """Whether lower-case ``w`` is a word of this language, as far as the lexicon can tell.

        Known, or a split of it is plausible, or (outside English) a known word with
        one of the language's endings, or, where compounds are written closed, two
        known words (with a linking "s": "einrichtungs|übergreifend").
        """
        if w in self.freqs or self.best_split(w):
            return True
        if self.lang == "en":
            return False
        if self.known(w):
            return True
        if any(len(w) - len(e) >= 3 and self.known(w[: -len(e)]) for e in self.inflections if w.endswith(e)):
            return True
        if self.closed_compounds:
            for i in range(3, len(w) - 2):
                head, tail = w[:i], w[i:]
                if (self.known(head) or (head.endswith("s") and self.known(head[:-1]))) and (
                    self.known(tail) or any(self.known(tail[: -len(e)]) for e in self.inflections if tail.endswith(e))
                ):
                    return True
        return False

    def camel_tokens(self, text: str, anchor_starts: Iterable[int] | None = None) -> Iterator[regex.Match[str]]:
        """Two-hump camel-case tokens (``menuThe``), found from a cheap anchor.

        ``anchor_starts``: where ``camel_anchor`` matches, as its ``finditer`` finds
        it, when the caller has them (:class:`_Anchors`).
        """
        covered = -1
        if anchor_starts is None:
            anchor_starts = _anchor_starts(_CAMEL_ANCHOR_FROM_CAPITAL, text)
        for p in anchor_starts:
            if p < covered:
                continue
            covered = p + 1
            s, limit = p, max(0, p - _MAX_TOKEN)
            while s > limit and text[s - 1].isalpha():
                s -= 1
            if s > 0 and text[s - 1].isalpha():
                continue  # a letter run too long to be two glued words
            m = self.camel.match(text, s)
            if m is not None:
                covered = m.end()
                yield m

    def splittable_tokens(self, text: str) -> list[tuple[int, str]]:
        """(start, token) of every token wordfreq cannot explain that has a split.

        The cheap path: a set of the text's chunks minus wordfreq's vocabulary
        (both in C); only what is left is looked at, and only tokens with a
        believable split are located in the text.
        """
        low = _lowered_apart(text)
        chunks = set(low.split())
        freqs = self.freqs
        wanted = set()
        for c in chunks.difference(freqs) | chunks.intersection(self.known_fusions):
            t = c
            if not (4 <= len(t) <= _MAX_TOKEN and t.isalpha()) and not (len(t) == 3 and t in self.listed_pair_fusions):
                continue  # (a listed pair of three letters, Spanish "yno", is read: a host and its word)
            if t in freqs and t not in self.known_fusions:
                continue
            if not self.script_word.fullmatch(t):
                continue  # another script: none of this language's business
            if self.best_split(t) or self.reporting_verb_split(t, name=True):
                wanted.add(t)
        if not wanted:
            return []
        found: list[tuple[int, str]] = []
        if len(wanted) > _MAX_LOCATED:
            for m in self.word.finditer(text):
                if m.group().lower() in wanted:
                    found.append((m.start(), m.group()))
            return found
        for t in wanted:
            n = len(t)
            i = low.find(t)
            while i >= 0:
                m = self.word.match(text, i)
                if m is not None and m.end() == i + n:
                    found.append((i, m.group()))
                i = low.find(t, i + 1)
        found.sort()
        return found

    def reporting_verb_at(self, text: str, pos: int) -> bool:
        """Whether a reporting verb ("said", "told") follows ``pos`` after one space."""
        m = _NEXT_WORD.match(text, pos)
        return m is not None and m.group(1) in self.reporting_verbs

    def whole(self, part: str) -> bool:
        """Whether ``part``, once split off, will be left as it is (splits stay idempotent)."""
        low = part.lower()
        return not (low in self.known_fusions or self.best_split(low) or self.reporting_verb_split(part, name=True))

    def reporting_verb_split(self, token: str, name: bool = False) -> int:
        """Where a word ends and a reporting verb begins in ``token`` (0: nowhere).

        The word must be one wordfreq knows, or, with ``name``, any capitalized
        word ("Hipcricketsaid": a speaker's name glued to the verb).
        """
        low = token.lower()
        if low in self.freqs:
            return 0
        for n in self.verb_lengths:
            k = len(low) - n
            if k >= 3 and low[k:] in self.reporting_verbs:
                head = low[:k]
                if name or zipf(self.freqs, head) >= _CONTENT_MIN_LONG:
                    return k
        return 0

    def foreign(self, text: str, start: int, end: int, per_letters: int = _FOREIGN_LETTERS) -> bool:
        """Whether ``text[start:end]`` has too many words wordfreq cannot explain
        (one in ``per_letters`` letters or more)."""
        if self.lang == "en":
            words = self.lower_word.findall(text, start, end)
        else:
            # Not a letter run after an apostrophe: a name's or an elision's part (Mu’awiyah, l’ordinanza)
            words = self.lower_word_not_elided.findall(text, start, end)
        # Each distinct word is looked up once, the unknown ones by a set difference (in
        # C), and only those are judged: a whole document holds thousands of words and
        # repeats most of them.  A known word is explained: no call for it.
        counts = Counter(words)
        strange = sum(counts[w] for w in set(counts).difference(self.freqs) if not self.explained(w))
        if strange < (_FOREIGN_MIN if self.lang == "en" else _FOREIGN_MIN_OTHER):
            return False
        # Every lower-case word found is a whole letter run, so the text has at least
        # their letters: too few strange words for those is a verdict without counting all.
        if strange * per_letters < sum(map(len, words)):
            return False
        # Measured per letter, not per word: the verdict must not change when
        # this normalizer puts spaces into the line.
        letters = sum(map(len, self.any_word.findall(text, start, end)))
        return strange * per_letters >= letters

    def best_split(self, token: str) -> int:
        """Where to put a space in lower-case ``token`` (0: nowhere)."""
        return self._best_split(token)

    def _split_point(self, w: str) -> int:
        freqs = self.freqs
        known = w in freqs
        if not known and any(
            self._is_stem(w[: -len(e)]) and self.ending_fits(w[: -len(e)], e) for e in self.inflections if w.endswith(e)
        ):
            return 0  # an inflection of a word wordfreq knows ("formatters", "bitcoiners", "presstalespersonen")
        if not known and self.barred_after and self._verb_form_of_barred_shape(w):
            return 0  # "extraes", "plantees": a verb's form of the shape a barred ending would have
        if not known and self.verb_form_endings and self._form_of_known_verb(w):
            return 0  # "ordineresti", "invitavate": a tense of a verb the lexicon knows by its infinitive
        if not known and self.lang == "en" and self._respelt_inflection(w):
            return 0  # "sunrising", "scandalled", "honestest": a known word's inflection, with its spelling change
        if not known and any(self._derivation(w[: -len(s)], s) for s in self.suffixes if w.endswith(s)):
            return 0  # a derivation of a word wordfreq knows ("fingerprintable"), whatever other split it allows
        if not known and self._sibling_inflection(w):
            return 0  # "assorting" beside "assorted", "bemuses" beside "bemused": a form of a known verb
        best, best_score = 0, 0.0
        for i in range(1, len(w)):
            a, b = w[:i], w[i:]
            if a not in freqs or b not in freqs:
                continue
            za, zb = zipf(freqs, a), zipf(freqs, b)
            if not self._plausible_pair(a, za, b, zb, known, len(w)):
                continue
            score = za + zb
            if score > best_score:
                best, best_score = i, score
        if not best and not known and self.clitics:
            return self._affixed_split(w)
        return best

    def _affixed_split(self, w: str) -> int:
        """Where unknown ``w`` is a function word and an affixed word, in a language whose
        affixes are data (Indonesian, Malay): 0 if nowhere.

        wordfreq's short lists lack most of the forms affixes make (``dishahihkan``: di- +
        ``shahih`` + -kan; ``kebencianmu``: ``kebencian`` + the clitic -mu), so a fusion with
        one has no known part to be split by.  The other side must be a function word that is
        no affix itself (``dan|dishahihkan``, ``kebencianmu|terhadap``; not ``di``, ``ke``), or,
        after a clitic, which ends a word, a common word (``mendorongmu|berbuat``).  The
        affixed side is a known root of four letters or more under the language's verbal
        prefixes and suffixes (``data/<lang>/verb_prefixes.txt``), or a known word of four
        letters or more under a clitic (``data/<lang>/clitics.txt``), or, on the left, under a
        particle (``data/<lang>/particles.txt``: ``sampaikanlah|berita``, ``siagalah|kamu``).
        """
        fw, freqs = self.function_words, self.freqs
        for i in range(2, len(w) - 1):
            a, b = w[:i], w[i:]
            if (
                a in fw
                and a not in self.affix_heads
                and a not in self.prefix_like  # "se", "ke": prefixes as much as words
                and b not in freqs
                and (self._clitic_form(b) or _verb_roots(b, self.lang))
            ):
                return i
            if (
                a not in freqs
                and (self._clitic_form(a) or self._particle_form(a))
                and b in freqs
                and b not in self.affix_tails
                and b not in self.inflections  # a particle goes on closed: "dirimulah"
                and (b in fw or (len(b) >= _MIN_AFFIXED_SIDE and zipf(freqs, b) >= _CONTENT_MIN_COMMON_AFTER_CLITIC))
            ):
                return i
        return 0

    def _particle_form(self, word: str) -> bool:
        """Whether ``word`` is a known word of four letters or more with one of the language's
        particles (``data/<lang>/particles.txt``: ``sampaikan|lah``, ``kami|kah``).

        Read on the left of a split only: a particle is the last thing on a word, so letters
        after it are the next word's (``sampaikanlah|berita``).  On the right it is not read:
        there a function word may be the first letters of a root (``dan|danikah`` is
        ``dandanikah``, a question of ``dandani``; hunspell-id's expanded forms hold 1,402 words a
        right-side reading would split, the left-side one none; docs/benchmarks.md, lang16).
        """
        return any(
            word.endswith(particle)
            and len(word) - len(particle) >= _MIN_AFFIXED_SIDE
            and zipf(self.freqs, word[: -len(particle)]) >= _CONTENT_MIN
            for particle in self.particles
        )

    def _clitic_form(self, word: str) -> bool:
        """Whether ``word`` is a known word of four letters or more with one of the language's clitics."""
        return any(
            word.endswith(clitic)
            and len(word) - len(clitic) >= _MIN_AFFIXED_SIDE
            and zipf(self.freqs, word[: -len(clitic)]) >= _CONTENT_MIN
            for clitic in self.clitics
        )

    def split_confidence(self, w: str, at: int) -> float:
        """How sure the split of lower-case ``w`` at ``at`` is, from the kinds of its parts."""
        return self._split_confidence(w, at)

    def _confidence_of(self, w: str, at: int) -> float:
        a, b = w[:at], w[at:]
        fw, freqs = self.function_words, self.freqs
        if w in self.known_fusions or (a in fw and b in fw):
            confidence = _FUNCTION_PAIR_CONFIDENCE
        elif (
            a in self.prefix_like
            and b not in fw
            and not self.closed_compounds
            and (b[0] not in _ANY_VOWEL or a in self.prefix_like_before_vowel)
            and not self.preposition_before_plural(a, b)
            and not self.preposition_before_singular(a, b)
            and not self.article_before_feminine(a, b)
        ):
            # (where compounds are written closed, such a word is a compound starter:
            # _word_cut has already asked the document for evidence)
            # Without a curated list of the language's prefixes, a short function word
            # that begins many of the lexicon's words may be one: Slavic prepositions
            # are verb prefixes too ("нежареных", "вымешайте").
            confidence = _PREFIX_LIKE_CONFIDENCE
        elif a in fw or b in fw or len(a) == 1 or len(b) == 1:
            confidence = _FUNCTION_CONFIDENCE
        else:
            confidence = _CONTENT_PAIR_CONFIDENCE
        # Another reading nearly as good ("adscan": "ads can" or "ad scan") means
        # the lexicon cannot tell which words they were, or whether it is one.
        best = zipf(freqs, a) + zipf(freqs, b)
        for i in range(2, len(w) - 1):
            if i == at:
                continue
            x, y = w[:i], w[i:]
            za, zb = zipf(freqs, x), zipf(freqs, y)
            if (
                za >= _AMBIGUOUS_PART_MIN
                and zb >= _AMBIGUOUS_PART_MIN
                and za + zb >= best - _AMBIGUOUS_MARGIN
                and (self._plausible_pair(x, za, y, zb, False, len(w)) or self._letter_across_seam(x, y, at))
            ):
                return confidence * _AMBIGUOUS_FACTOR
        return confidence

    def preposition_before_plural(self, a: str, b: str) -> bool:
        """Whether prefix-like ``a`` glued to ``b`` is the preposition before a plural noun.

        Portuguese ``de`` begins hundreds of words the lexicon lacks, but as a prefix it goes
        on verbs (``de|marcar``, ``de|cantamos``), their participles (``de|gelados``) and the
        nouns made from them (``de|ferimentos``), never on a plural noun: ``detreinos``,
        ``deferramentas`` are ``de treinos``, ``de ferramentas``.  ``b`` reads as a plural
        noun when it ends in ``-s``, is common itself (Zipf ``_PLURAL_MIN``) and has a common
        singular (``_PLURAL_SINGULAR_MIN``: ``treino``, ``ferramenta``; ``-ns`` of ``-m``:
        ``mensagens``), no deverbal ending
        (``data/<lang>/deverbal_plural_endings.txt``), and neither ``b`` nor ``a + b`` is a
        form in ``-s`` of a verb the lexicon lists by its infinitive
        (``data/<lang>/s_verb_endings.txt``: ``deformas`` of ``deformar``, ``cantamos``).
        Prepositions: ``data/<lang>/plural_noun_prepositions.txt``.

        >>> s = _scanner("pt")
        >>> s.preposition_before_plural("de", "treinos"), s.preposition_before_plural("de", "ferramentas")
        (True, True)
        >>> s.preposition_before_plural("de", "cantamos"), s.preposition_before_plural("de", "ferimentos")
        (False, False)
        """
        if a not in self.plural_noun_prepositions or not b.endswith("s") or b.endswith(self.deverbal_plural_endings):
            return False
        freqs, fw = self.freqs, self.function_words
        if b.endswith("ns"):
            singulars: tuple[str, ...] = (b[:-2] + "m",)  # "mensagens": "mensagem"
        elif b.endswith("es"):
            singulars = (b[:-2], b[:-1])  # "servidores": "servidor"; "pacotes": "pacote"
        else:
            singulars = (b[:-1],)
        if zipf(freqs, b) < _PLURAL_MIN or not any(x not in fw and zipf(freqs, x) >= _PLURAL_SINGULAR_MIN for x in singulars):
            return False  # a rare plural of a common word may be another word's form ("de|venhas": "devenhas", of "devir")
        return not (self._s_verb_form(b) or self._s_verb_form(a + b))

    def preposition_before_singular(self, a: str, b: str) -> bool:
        """Whether prefix-like ``a`` glued to ``b`` is the preposition before a singular noun or
        an infinitive.

        ``preposition_before_plural``'s reading, for a noun in the singular: ``dedisco``,
        ``derede``, ``detexto`` are ``de disco``, ``de rede``, ``de texto``.  A singular noun is
        told by its plural, which a noun uses and a verb's form has not: ``b`` is common itself
        (Zipf ``_PLURAL_SINGULAR_MIN``) and its plural, made by the language's rules
        (``data/<lang>/noun_plurals.txt``: ``disco`` -> ``discos``, ``manual`` -> ``manuais``,
        ``mensagem`` -> ``mensagens``), is common too (``_PLURAL_MIN``), with no deverbal ending
        (``data/<lang>/deverbal_plural_endings.txt``: ``de|ferimento``).  A prefixed verb's
        form is none: ``a + b`` may not end as a participle or a gerund
        (``data/<lang>/prefixed_verb_endings.txt``: ``de|parada``, ``de|vindo``), nor be a form
        of a verb the lexicon lists by its infinitive (``data/<lang>/singular_verb_endings.txt``:
        ``demarca`` of ``demarcar``).  A common ``b`` in ``-ar``, ``-er``, ``-ir`` (an infinitive,
        or a noun: ``de|falar``, ``de|viver``, ``de|lugar``) is read as the preposition's too:
        the prefixed verbs' own infinitives are words the lexicon lists (``decantar``,
        ``depor``); of Debian's Portuguese words it lacks, three are of that shape (``desolar``,
        ``degastar``, ``devier``).

        >>> s = _scanner("pt")
        >>> s.preposition_before_singular("de", "disco"), s.preposition_before_singular("de", "manual")
        (True, True)
        >>> s.preposition_before_singular("de", "falar"), s.preposition_before_singular("de", "ferimento")
        (True, False)
        >>> s.preposition_before_singular("de", "parada"), s.preposition_before_singular("de", "marca")
        (False, False)
        """
        if a not in self.noun_prepositions or b.endswith("s") or not self.noun_plurals:
            return False
        freqs, fw = self.freqs, self.function_words
        if b in fw or zipf(freqs, b) < _PLURAL_SINGULAR_MIN:
            return False
        w = a + b
        if b.endswith(self.infinitives):
            # "de|falar", "de|viver", "de|lugar", Italian "di|fare": a common infinitive (or a noun
            # of its shape); the prefixed verbs' infinitives are words the lexicon lists
            # ("decantar", "depor", "dimostrare")
            return True
        if w.endswith(self.prefixed_verb_endings) or self._singular_verb_form(w):
            return False  # "deparada", "devindo"; "demarca" of "demarcar": a prefixed verb's form
        for ending, plural_endings in self.noun_plurals:
            if b.endswith(ending):
                plurals = [b[: len(b) - len(ending)] + p for p in plural_endings]
                if any(p.endswith(self.deverbal_plural_endings) for p in plurals):
                    return False  # "de|ferimento": a noun made from a verb, which "de" prefixes
                return any(zipf(freqs, p) >= _PLURAL_MIN for p in plurals)
        return False

    def article_before_feminine(self, a: str, b: str) -> bool:
        """Whether prefix-like ``a`` glued to ``b`` is the feminine article before its noun.

        Portuguese ``a`` begins hundreds of words the lexicon lacks (``acinzento``, ``apedra``:
        adjectives and nouns made verbs), but a noun with a feminine suffix
        (``data/<lang>/feminine_noun_endings.txt``: ``-dade``, ``-gem``, ``-ção``) that is
        common (Zipf ``_COMMON_MIN``) is the article's: ``asociedade``, ``amensagem`` are
        ``a sociedade``, ``a mensagem``.  No word of Debian's Portuguese lists the lexicon lacks
        is of that shape; below that floor three are (``aprioridade``, ``apetição``,
        ``aprestação``).

        >>> s = _scanner("pt")
        >>> s.article_before_feminine("a", "sociedade"), s.article_before_feminine("a", "carne")
        (True, False)
        """
        return (
            a == "a"
            and bool(self.feminine_noun_endings)
            and b.endswith(self.feminine_noun_endings)
            and zipf(self.freqs, b) >= _COMMON_MIN
        )

    def _singular_verb_form(self, w: str) -> bool:
        """Whether ``w`` is a form of a verb the lexicon lists by its infinitive: an ending of
        ``data/<lang>/singular_verb_endings.txt`` after a stem of two letters or more that makes
        a listed infinitive (``data/<lang>/infinitives.txt``: ``demarca``: ``demarcar``;
        Italian ``distavo``: ``distare``)."""
        freqs = self.freqs
        for ending in self.singular_verb_endings:
            if w.endswith(ending) and len(w) - len(ending) >= _S_VERB_STEM_MIN:
                stem = w[: -len(ending)]
                if any(stem + infinitive in freqs for infinitive in self.infinitives):
                    return True
        return False

    def _s_verb_form(self, w: str) -> bool:
        """Whether ``w`` is a form in ``-s`` of a verb the lexicon lists by its infinitive: an
        ending of ``data/<lang>/s_verb_endings.txt`` after a stem of two letters or more that
        makes a listed ``-ar``, ``-er`` or ``-ir`` infinitive (``cantamos``: ``cantar``)."""
        freqs = self.freqs
        for ending in self.s_verb_endings:
            if w.endswith(ending) and len(w) - len(ending) >= _S_VERB_STEM_MIN:
                stem = w[: -len(ending)]
                if any(stem + infinitive in freqs for infinitive in _ROMANCE_INFINITIVES):
                    return True
        return False

    def _letter_across_seam(self, x: str, y: str, at: int) -> bool:
        """Whether ``x y``, the seam one letter over from ``at``, reads as two content words of
        three letters or more: ``filmstrains`` is ``films trains`` or ``film strains`` (a letter
        that ends one word as easily as it starts the next), and the lexicon cannot tell which.
        The compound test of ``_plausible_pair`` does not apply: the token is not read as a
        compound here but as two words, one way or the other."""
        fw = self.function_words
        return abs(len(x) - at) == 1 and min(len(x), len(y)) >= 3 and x not in fw and y not in fw

    def _suffix(self, a: str, b: str) -> bool:
        """Whether ``b`` reads as a suffix on ``a`` ("brokeness", "songlike").

        After a function word it is a word ("thehood"), and so is "like" after
        an inflected word ("soundslike").
        """
        if b not in self.suffixes or a in self.function_words:
            return False  # "thehood", "thefront": suffixes go on content words
        if b == "like":
            return not (a.endswith(_INFLECTED) and not a.endswith(_NOT_ENDINGS))
        if b == "long":
            # AP style closes "monthslong", "decadeslong" after a plural; "unnecessarilylong" is glued
            return a.endswith("s") and not a.endswith(_NOT_ENDINGS)
        if b in ("ability", "abilities"):
            # "-ability" goes on a verb ("slice|ability": the lexicon knows "sliced" or "slicing"),
            # and makes the noun of an "-able" adjective the lexicon knows ("impressionability" of
            # "impressionable", "impression" no verb); after an adjective it is the noun glued
            # ("greatability" is "great ability": no "greatable")
            return self._verb_stem(a) or zipf(self.freqs, a + "able") >= _ABLE_ADJECTIVE_MIN
        return True

    def _verb_stem(self, word: str) -> bool:
        """Whether the lexicon knows ``word`` as a verb: its past or its ``-ing`` form (``slice``:
        ``sliced``, ``slicing``; ``hack``: ``hacked``), as an adjective has neither (``great``)."""
        stem = word[:-1] if word.endswith("e") else word
        forms = (stem + "ed", stem + "ing")
        return any(zipf(self.freqs, form) >= _VERB_FORM_MIN for form in forms)

    def _derivation(self, stem: str, suffix: str) -> bool:
        """Whether ``stem + suffix`` is a derived word (``fingerprint|able``) rather than two
        words: the suffix is no function word (``leave|some``) and the stem a plain known
        word, not an inflected form (``applauded|some``, ``words|long`` are glued)."""
        return (
            suffix not in self.function_words
            and not stem.endswith(_INFLECTED)
            and self._is_stem(stem)
            and self._suffix(stem, suffix)
        )

    def rare_verb_form(self, word: str) -> bool:
        """Whether ``word``, rarer than a content word beside a function word must be, is a
        form of a verb the lexicon knows well by its infinitive: an ending of
        ``data/<lang>/content_verb_endings.txt`` in place of the infinitive's (French
        ``referm|ez`` of ``referm|er``: the imperative of recipes, which wordfreq rates rare).

        >>> s = _Scanner("fr", "Latin")
        >>> s.rare_verb_form("refermez"), s.rare_verb_form("refermer"), s.rare_verb_form("chez")
        (True, False, False)
        """
        return any(
            word.endswith(ending)
            and len(word) - len(ending) >= _VERB_STEM_MIN
            and zipf(self.freqs, word[: -len(ending)] + infinitive) >= _STEM_MIN
            for ending, infinitive in self.content_verb_endings
        )

    def ending_fits(self, stem: str, ending: str) -> bool:
        """Whether ``ending`` can follow ``stem`` as an inflection: not after the vowels the
        language bars it after (``data/<lang>/consonant_endings.txt``: Spanish ``-es`` goes
        after a consonant, ``amor|es``, never after an unstressed vowel, ``amigo|es``).

        >>> s = _Scanner("es", "Latin")
        >>> s.ending_fits("amor", "es"), s.ending_fits("amigo", "es"), s.ending_fits("amigo", "s")
        (True, False, True)
        """
        vowels = self.barred_after.get(ending)
        return not (vowels and stem and stem[-1] in vowels)

    def _verb_form_of_barred_shape(self, w: str) -> bool:
        """Whether ``w``, of the shape of a barred ending after a vowel (Spanish ``extra|es``,
        ``plante|es``), is a verb's form: the letters before the ending, with one of the
        language's infinitive endings (``data/<lang>/infinitives.txt``), make a verb the
        lexicon knows (``extraer``, ``plantear``: "you extract", "that you raise")."""
        for ending in self.barred_after:
            stem = w[: -len(ending)]
            if w.endswith(ending) and not self.ending_fits(stem, ending):
                if any(stem + infinitive in self.freqs for infinitive in self.infinitives):
                    return True
        return False

    def _form_of_known_verb(self, w: str) -> bool:
        """Whether ``w`` is a tense of a verb the lexicon knows by its infinitive: a tense
        ending of ``data/<lang>/verb_form_endings.txt`` in place of the infinitive's ending
        (Italian ``ordin|eresti`` beside ``ordin|are``, ``invit|avate`` beside ``invitare``).
        wordfreq lists the commonest tenses of common verbs; the rarer ones (the conditional's
        second person, the imperfect's plural) read as a word and a word ("ordine resti",
        "invitava te").  Endings of four letters or more after a stem of three, endings of
        three letters after a stem of five (the subjunctive ``ricatt|ino`` of ``ricattare``,
        not ``ricatti no``).

        >>> s = _Scanner("it", "Latin")
        >>> s._form_of_known_verb("ordineresti"), s._form_of_known_verb("casaresti")
        (True, False)
        >>> s._form_of_known_verb("ricattino"), s._form_of_known_verb("tuttino")
        (True, False)
        """
        freqs = self.freqs
        for ending, infinitives in self.verb_form_endings.items():
            shortest = _VERB_STEM_MIN if len(ending) > _SHORT_ENDING else _SHORT_ENDING_STEM_MIN
            if w.endswith(ending) and len(w) - len(ending) >= shortest:
                stem = w[: -len(ending)]
                if any(stem + infinitive in freqs for infinitive in infinitives):
                    return True
        return False

    def _respelt_inflection(self, w: str) -> bool:
        """Whether English ``w`` is an inflection of a known word (a stem, see ``_is_stem``)
        with the spelling change the ending takes, which stripping the ending alone misses:
        a silent e dropped before ``-ing`` or ``-ed`` (``sunris|ing``: ``sunrise``), a final
        consonant doubled (``scandall|ed``: ``scandal``), y turned to i (``-ies``, ``-ied``,
        ``-ier``), or the superlative ``-est`` (``honest|est``).

        >>> s = _Scanner("en", "Latin")
        >>> s._respelt_inflection("sunrising"), s._respelt_inflection("honestest")
        (True, True)
        >>> s._respelt_inflection("sunsetting"), s._respelt_inflection("fanscheering")
        (True, False)
        """
        for ending in _RESPELT_ENDINGS:
            if not w.endswith(ending):
                continue
            base = w[: -len(ending)]
            stems = []
            if ending in ("ing", "ed"):
                # (not before -er, -est: "and|rest" is no superlative of "andre")
                stems.append(base + "e")
            if ending != "es":
                if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in _VOWELS:
                    stems.append(base[:-1])
            if ending != "ing" and base.endswith("i"):
                stems.append(base[:-1] + "y")
            if ending == "est":
                stems.append(base)
            if any(self._is_stem(stem) for stem in stems):
                return True
        return False

    def _sibling_inflection(self, w: str) -> bool:
        """Whether ``w`` is an inflection of a stem that another inflection shows known:
        ``assort|ing`` where ``assort|ed`` is a word, though ``assort`` alone is too rare to
        be a stem.  The sibling must be as common as a stem must be, the stem long, and both
        endings of two letters or more."""
        freqs = self.freqs
        shortest = 5 if self.lang == "en" else _STEM_MIN_LENGTH_OTHER
        for ending in self.inflections:
            # (a one-letter ending is too loose: "bookis" is no "booki" beside "bookies")
            if len(ending) < 2 or not w.endswith(ending):
                continue
            stem = w[: -len(ending)]
            if len(stem) < shortest or stem in self.function_words:
                continue
            for other in self.inflections:
                sibling = stem + other
                if len(other) >= 2 and other != ending and sibling not in self.known_fusions and zipf(freqs, sibling) >= _STEM_MIN:
                    return True
        return False

    def _is_stem(self, stem: str) -> bool:
        """Whether ``stem`` is a content word an inflection could be added to.

        Rarer words than this are not enough: wordfreq's long tail holds fusions
        ("forus", "seena"); a rare stem ("dropzone") counts when the document
        uses it (document evidence).
        """
        return (
            # English fusions hide short stems ("forus"); elsewhere an ending follows
            # a short word too ("adil|lah": Indonesian's emphasis, "hus|en": Swedish "the")
            len(stem) >= (5 if self.lang == "en" else _STEM_MIN_LENGTH_OTHER)
            and stem not in self.function_words
            and zipf(self.freqs, stem) >= _STEM_MIN
            and stem not in self.known_fusions
        )

    def _plausible_pair(self, a: str, za: float, b: str, zb: float, known: bool, n: int) -> bool:
        """Whether ``a b`` is a believable reading of the token ``a + b``."""
        fw = self.function_words
        fa, fb = a in fw, b in fw
        if known:
            # wordfreq's own sources hold some fusions ("inthe", "ofthe");
            # only function word + determiner is safe to split back.
            # Elsewhere, the fusions measured in the lexicon (article_fusions), at the seam
            # between their two function words.
            # (an article of the lists need not be a function word of wordfreq's: "minhas", "tuoi")
            return (
                (fa and b in _DETERMINERS)
                or (fa and (fb or b in self.fusion_articles) and (a + b) in self.article_fusions)
                or self.listed_pair_cuts.get(a + b) == len(a)  # a listed host and its word, at their seam
                or (a in self.infinitive_particles and (a + b) in self.particle_infinitive_fusions)
                or (a in self.prefix_infinitive_particles and (a + b) in self.prefix_infinitive_fusions)
            )
        if len(a) == 1 or len(b) == 1:
            # The article "a" glued on ("amountain", "purchasea").
            letter, other, z = (a, b, zb) if len(a) == 1 else (b, a, za)
            if letter not in self.one_letter or len(other) < 3 or other in self.suffixes:
                return False
            if a == letter and letter != "a":
                # Another vowel word before a word, where the language writes it apart
                # ("e|acontece", "i|produttori"): only before a common word of four letters or
                # more, since a rare form may be a prefixed word wordfreq lacks ("e|mettevano").
                return self.lang in _OPEN_COMPOUNDS and len(other) >= 4 and z >= _LETTER_BEFORE_MIN
            if len(other) == 3:
                return z >= _COMMON_MIN  # "apot", "amix"
            return z >= (_COMPOUND_MIN if len(other) < 7 else _CONTENT_MIN_LONG)
        if n < _MIN_TOKEN:
            return fa and fb  # short tokens: "isit", "ofit"
        if fa and fb:
            return True
        if fa:
            if not _content_ok(b, zb) or a in self.prefixes or self._suffix(a, b):
                return False
            # inbred, ongoing: a particle prefix on a verb form
            return not (a in _PARTICLE_PREFIXES and b.endswith(_VERB_ENDINGS))
        if fb:
            # (a rare verb form only before a function word that is no enclitic pronoun: Italian
            # "consolate|la" is "consolatela", the imperative with its object, one word)
            return _content_ok(a, za) or (b not in self.enclitics and self.rare_verb_form(a))
        # Two content words: a compound or a coinage ("doomscroll", "hatewatch")
        # is made of short roots; a fusion of two words of running text shows
        # an inflected or derived left word ("productionversion", "analystssay")
        # or two words far too common to hide a coinage ("bigwin").
        if not self.content_pairs or min(len(a), len(b)) < 3 or self._suffix(a, b):
            return False
        if a in self.prefixes or a in self.combining_forms:
            return False
        if za >= _COMMON_MIN and zb >= _COMMON_MIN:
            return True
        if min(za, zb) >= _COMPOUND_MIN and za + zb >= _PAIR_SUM_MIN and len(b) >= 5:
            return True  # two common words ("airpollution"); coinages lean on rarer roots
        if not (_content_ok(a, za) and _content_ok(b, zb)):
            return False
        if len(a) >= 5 and len(b) >= 5:
            return True  # coinages lean on a short root; two long words are running text
        return len(a) >= 5 and a.endswith(_WORD_ENDINGS) and not a.endswith(_NOT_ENDINGS)


def _dutch_third_person(infinitive: str) -> frozenset[str]:
    """The spellings a Dutch infinitive's third person singular may take: the stem and ``-t``,
    a doubled consonant single (``drukken`` -> ``drukt``; ``zetten`` -> ``zet``), an open
    syllable's vowel doubled (``maken`` -> ``maakt``), ``v``, ``z`` made ``f``, ``s`` (``geven``
    -> ``geeft``, ``lezen`` -> ``leest``), and ``-et`` after a vowel (``zien`` -> ``ziet``).
    Candidates, not a conjugation: the lexicon tells which is a word.

    >>> sorted(_dutch_third_person("maken"))
    ['maakt', 'makt']
    >>> sorted(_dutch_third_person("zien")), _dutch_third_person("boek")
    (['ziet'], frozenset())
    """
    if len(infinitive) < 4 or not infinitive.endswith("en"):
        return frozenset()
    stem = infinitive[:-2]
    if stem[-1] in _DUTCH_VOWELS:
        return frozenset({stem + "et"})
    stems = {stem}
    if len(stem) >= 2 and stem[-1] == stem[-2]:
        stems.add(stem[:-1])
    elif len(stem) >= 3 and stem[-2] in _DUTCH_VOWELS and stem[-3] not in _DUTCH_VOWELS:
        stems.add(stem[:-1] + stem[-2] + stem[-1])
    stems |= {x[:-1] + _DUTCH_DEVOICED[x[-1]] for x in list(stems) if x[-1] in _DUTCH_DEVOICED}
    return frozenset(x if x.endswith("t") else x + "t" for x in stems)


_DUTCH_VOWELS = frozenset("aeiou")
_DUTCH_DEVOICED = {"v": "f", "z": "s"}


def _articles_agree(left: str, right: str, text: str, end: int) -> bool:
    """Whether an English article or "am" a split makes fits its neighbours.

    "an" goes before a vowel, "a" before a consonant ("amountain" -> "a
    mountain", not "anfallen" -> "an fallen"); "am" follows "I" only; a
    conjunction split off is not followed by another ("recordor and" is no
    "record or and").
    """
    if right in _COORDINATORS:
        m = _NEXT_WORD.match(text, end)
        if m is not None and m.group(1).lower() in _COORDINATORS:
            return False
    if right == "am":
        return left == "i"
    if left in ("a", "an"):
        return (left == "an") == (right[0] in _VOWELS)
    if right in ("a", "an"):
        m = _NEXT_LETTER.match(text, end)
        return m is None or (right == "an") == (m.group(1).lower() in _VOWELS)
    return True


def _function_word_out_of_place(text: str, start: int, left: str, right: str, scanner: "_Scanner") -> bool:
    """Whether the split ``left right`` of the token at ``start`` would put a function word no
    determiner stands before (``data/<lang>/no_determiner_before.txt``: a preposition, a
    conjunction, a finite auxiliary) right after a word that is only a determiner
    (``data/<lang>/determiners_only.txt``: ``the``, ``a``, ``their``), or a function word right
    after a word it never follows (``data/<lang>/function_words_never_after.txt``: ``be`` after
    ``was``, ``has``, ``very``), or a function word after any word but the few it follows
    (``am`` after ``I``, an adverb between allowed).

    No English phrase reads "the in sphere" or "a in observation": the token stands where the
    noun phrase's adjective or noun stands, so it is a word the lexicon lacks (``insphere``,
    ``inobservation``), not a preposition glued to a word.  A function word on the right
    (``the|inthe`` cannot occur; ``would|be``) is left to its own rules.

    >>> s = _scanner("en")
    >>> text = "pass the insphere cost along"
    >>> _function_word_out_of_place(text, text.index("insph"), "in", "sphere", s)
    True
    >>> text = "it was bedusted to be"
    >>> _function_word_out_of_place(text, text.index("bed"), "be", "dusted", s)
    True
    >>> text = "spent time inprison"
    >>> _function_word_out_of_place(text, text.index("inpr"), "in", "prison", s)
    False
    """
    only_after = scanner.function_words_only_after.get(left, frozenset())
    if right in scanner.function_words and not only_after:
        return False
    never_after = scanner.function_words_never_after.get(left, frozenset())
    if left not in scanner.no_determiner_before and not never_after and not only_after:
        return False
    m = _WORD_BEFORE.search(text, max(0, start - _WORD_BEFORE_REACH), start)
    if m is None:
        return False
    before = m.group(1).lower()
    if only_after and before not in only_after:
        # (an adverb may stand between: "I really am|sure")
        if not (before in scanner.function_words or before.endswith("ly")):
            return True
        m2 = _WORD_BEFORE.search(text, max(0, m.start() - _WORD_BEFORE_REACH), m.start())
        if m2 is None or m2.group(1).lower() not in only_after:
            return True
    return (left in scanner.no_determiner_before and before in scanner.determiners_only) or before in never_after


def _after_determiner(text: str, start: int, scanner: "_Scanner") -> bool:
    """Whether the word right before ``start`` is a determiner no article follows
    (``data/<lang>/determiners_before_nouns.txt``: ``the``, ``any``, ``every``): a token
    there does not open with the article ``a``/``an``, since ``any a claimed`` is no phrase.

    >>> s = _scanner("en")
    >>> text = "refuse any aclaimed defeat"
    >>> _after_determiner(text, text.index("acl"), s), _after_determiner("there was amountain", 10, s)
    (True, False)
    """
    determiners = language_list("determiners_before_nouns", scanner.lang)
    if not determiners:
        return False
    m = _WORD_BEFORE.search(text, max(0, start - _WORD_BEFORE_REACH), start)
    return m is not None and m.group(1).lower() in determiners


#: language -> (prepositions, articles) a language always writes contracted when the one
#: follows the other: Spanish "a el" is "al", "de el" is "del".  Lower-case articles only
#: ("a El Salvador" is written so); "él", the pronoun, is another word.  (Italian "a il",
#: "di il" are of the same kind; no real case was found to test it, so it is not listed.)
_CONTRACTED = {
    "es": (frozenset({"a", "de"}), frozenset({"el"})),
}


def _contraction_due(right: str, text: str, end: int, lang: str) -> bool:
    """Whether a split leaving ``right`` before the next word would write a preposition and
    an article the language always contracts (Spanish ``exacerbar|a el``): the token is one
    word, a verb's tense here (``exacerbara``), and the grammar the split needs is not there.

    >>> _contraction_due("a", "el piloto exacerbara el balanceo", 20, "es")
    True
    >>> _contraction_due("a", "regresóa la ciudad", 8, "es")
    False
    """
    rule = _CONTRACTED.get(lang)
    if rule is None or right not in rule[0]:
        return False
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1) in rule[1]


def _plural_after_plural_determiner(text: str, start: int, low: str, at: int, lang: str) -> bool:
    """Whether the token ``low`` at ``start`` follows a determiner that goes only before a
    plural noun (``data/<lang>/plural_determiners.txt``: French ``des``, ``les``, ``ces``),
    ends in the plural's ``-s`` or ``-x``, and a split at ``at`` would leave its left part
    without it: the determiner agrees with the whole token, the plural noun (a misspelt one
    the lexicon lacks, ``des veritees``), not with a singular left part (``verite es``).

    >>> _plural_after_plural_determiner("tu dis des veritees, prends", 11, "veritees", 6, "fr")
    True
    >>> _plural_after_plural_determiner("tu dis la veritees", 10, "veritees", 6, "fr")
    False
    """
    if not low.endswith(("s", "x")) or low[:at].endswith(("s", "x")):
        return False
    determiners = language_list("plural_determiners", lang)
    if not determiners:
        return False
    m = _WORD_BEFORE.search(text, max(0, start - _WORD_BEFORE_REACH), start)
    return m is not None and m.group(1).lower() in determiners


#: Endings of a Dutch left part that may be a word before a common-gender noun rather than a
#: compound's head: an adjective's -e ("mooie dag"), -en ("gouden"), a verb's -t ("kost tijd").
_ADJECTIVE_BEFORE_NOUN_ENDINGS = ("e", "en", "t")
#: Endings of an adjective's inflected forms that no compound's head takes (Dutch "lange",
#: German "lange", Danish "store"; "gouden" of material), read by _Scanner.inflected_form.
_INFLECTED_ADJECTIVE_ENDINGS = ("e", "en")
#: Endings no word in the plural after Italian's article "i" has (the masculine plural ends in -i).
_SINGULAR_ENDINGS = {"it": ("a", "o", "e")}
#: The ending every word in the plural has after Portuguese's "os", "as" (invariable words too: "os lápis").
_PLURAL_ENDINGS = {"pt": ("s",)}


def _plural_follows(text: str, end: int, scanner: "_Scanner") -> bool:
    """Whether what follows a token ending at ``end`` may follow a plural article split off its
    end: a word in the plural, or one that may be (a name, a number, a word ending otherwise).

    Italian's ``i`` goes only before a masculine plural, which ends in ``-i`` (``i cittadini``,
    ``i suoi``), or before a word that does not inflect (``i film``, ``i caffè``, a numeral, ``i
    loro``: ``data/<lang>/plural_article_followers.txt``).  Before punctuation, a lower-case word
    ending as a singular does (``compare``, ``mese``) or another function word (``e``, ``il``,
    ``di``), there is no article: the token is one word, the past tense ``affettai`` rather than
    ``affetta i``.  Portuguese's ``os``, ``as`` go only before a word ending in ``-s`` (``as
    mãos``, ``as suas``), but for the numerals listed: ``seguraras e``, ``seguraras aparece``
    are the pluperfect ``seguraras``, not ``segurar as``.

    >>> s = _scanner("it")
    >>> _plural_follows("governai cittadini", 8, s), _plural_follows("governai due anni", 8, s)
    (True, True)
    >>> _plural_follows("governai, e poi", 8, s), _plural_follows("affettai compare", 8, s)
    (False, False)
    >>> pt = _scanner("pt")
    >>> _plural_follows("seguraras mãos", 9, pt), _plural_follows("seguraras e", 9, pt)
    (True, False)
    """
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False  # punctuation or the text's end: an article never ends a phrase
    word = m.group(1)
    if not word.islower() or word in scanner.plural_article_followers:
        return True
    required = _PLURAL_ENDINGS.get(scanner.lang)
    if required:
        return word.endswith(required)
    if word in scanner.function_words:
        return False  # "affettai il pane", "governai di notte": no article goes before these
    return not word.endswith(_SINGULAR_ENDINGS.get(scanner.lang, ()))


def _plural_of_known_noun(left: str, scanner: "_Scanner") -> bool:
    """Whether ``left`` is the plural in ``-s`` of a known content word (``huesos``: ``hueso``)."""
    singular = left[:-1]
    return (
        left.endswith("s")
        and left not in scanner.function_words
        and len(singular) >= _VERB_STEM_MIN
        and zipf(scanner.freqs, singular) >= _CONTENT_MIN
    )


def _article_before_noun(text: str, end: int, right: str, scanner: "_Scanner") -> bool:
    """Whether ``right``, split off the end of a token ending at ``end``, may be an article
    before the word that follows: it is an article as well as a pronoun
    (``data/<lang>/clitic_articles.txt``) and a lower-case word that is no function word
    follows it, beginning with a consonant where the article elides before a vowel (``lo``,
    ``la``: ``l'uovo``).

    Italian ``unitele uova`` is ``unite le uova`` (the article before its noun), but
    ``unitelo alla crema`` and ``sbatteteli con la frusta`` are an imperative with its object:
    ``alla`` and ``con`` take no article, and ``li`` is none; nor is ``lo`` before
    ``ancora``, which would be ``l'ancora``.

    >>> s = _scanner("it")
    >>> _article_before_noun("unitele uova", 7, "le", s), _article_before_noun("unitelo alla crema", 7, "lo", s)
    (True, False)
    >>> _article_before_noun("sbatteteli con", 10, "li", s), _article_before_noun("unitela.", 7, "la", s)
    (False, False)
    >>> _article_before_noun("mescolatelo ancora", 11, "lo", s)
    False
    """
    elides = scanner.clitic_articles.get(right)
    if elides is None:
        return False
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    if elides and word[0] in _ANY_VOWEL:
        return False
    return word.islower() and word not in scanner.function_words


def _article_before_capitalized_noun(text: str, end: int, left: str, right: str, scanner: "_Scanner") -> bool:
    """Whether a lower-case token ending at ``end`` is a word and the article of the noun after it.

    German writes nouns with a capital, so a lower-case word inside a sentence is no noun and
    no compound headed by one: its end is not a noun such as ``Boden`` or ``Laden`` (which is
    why ``den`` ends compounds in the lexicon).  When the right part is a definite article
    (``data/<lang>/articles.txt``) or a declined determiner (``data/<lang>/determiner_stems.txt``
    with its endings) and a capitalized word follows, it determines that noun:
    ``bindet|den Patienten``, ``zudem|den Impfpass``, ``werden|dieses Jahr``.  The left part is a
    common word (Zipf ``_CONTENT_MIN``) and no function word (those are ``compound_evidence``'s).
    Before ``der``, ``den``, ``des``, ``dem`` it ends in no ``-n``: an infinitive or a plural with
    ``-d`` and an adjective's ending is a declined present participle (``habenden``,
    ``werdenden``, ``spannender``), one word.  Only where the language capitalizes nouns
    (``_Scanner.capitalizes_nouns``).

    >>> s = _scanner("de")
    >>> text = "Dieses Konzept bindetden Patienten ein."
    >>> _article_before_capitalized_noun(text, text.index(" Patienten"), "bindet", "den", s)
    True
    >>> text = "die werdenden Mütter"  # a participle: "werdend" + "-en"
    >>> _article_before_capitalized_noun(text, text.index(" Mütter"), "werden", "den", s)
    False
    >>> text = "Dieses Konzept bindetden ein."  # no noun after it
    >>> _article_before_capitalized_noun(text, text.index(" ein"), "bindet", "den", s)
    False
    """
    if not scanner.capitalizes_nouns:
        return False
    if right in scanner.definite_articles:
        if left.endswith("n") and right.startswith("de"):
            return False
    elif right not in scanner.declined_determiners:
        return False
    if left in scanner.function_words or zipf(scanner.freqs, left) < _CONTENT_MIN:
        return False
    return _NOUN_AFTER.match(text, end) is not None


def _declined_adjective_after_preposition(text: str, end: int, left: str, right: str, scanner: "_Scanner") -> bool:
    """Whether a lower-case token ending at ``end`` is a preposition and the adjective of the noun after it.

    After a preposition with no article, a German adjective takes the strong ending of the
    case the preposition governs (``data/<lang>/preposition_adjective_endings.txt``: ``mit``
    + ``-em``, ``-er``, ``-en``; ``für`` + ``-en``, ``-e``, ``-es``).  When the right part is a
    common word (Zipf ``_CONTENT_MIN``) made of a known adjective with a native adjective
    suffix (``data/<lang>/preposition_adjective_suffixes.txt``: ``-lich``, ``-ig``, ``-sch``; the
    lexicon knows it with ``-em`` too, as only adjectives take it) and such an ending, and a
    capitalized noun follows, the token is the preposition and the noun's adjective:
    ``mit|unterschiedlichen Varianten``, ``in|deutschen Krankenhäusern``.  Participles are no
    such adjectives (``mitbetroffenen``: a separable particle makes real ones of them), and the
    prepositions that also make adjectives of adjectives (``überdeutlich``, ``vorchristlich``)
    are not listed.

    >>> s = _scanner("de")
    >>> text = "Sie arbeiten mitunterschiedlichen Varianten der Akte."
    >>> _declined_adjective_after_preposition(text, text.index(" Varianten"), "mit", "unterschiedlichen", s)
    True
    >>> text = "Sie arbeiten mitunterschiedliche Varianten der Akte."  # "mit" takes no "-e"
    >>> _declined_adjective_after_preposition(text, text.index(" Varianten"), "mit", "unterschiedliche", s)
    False
    """
    endings = scanner.preposition_endings.get(left)
    if not endings or not scanner.capitalizes_nouns:
        return False
    freqs = scanner.freqs
    for ending in endings:
        stem = right[: -len(ending)]
        if (
            right.endswith(ending)
            and stem.endswith(scanner.adjective_suffixes)
            and len(stem) > len(left)
            and zipf(freqs, right) >= _CONTENT_MIN
            and stem in freqs
            and stem + "em" in freqs
        ):
            return _NOUN_AFTER.match(text, end) is not None
    return False


_ADJECTIVE_STEM_MIN = 3  # letters before an adverbial adjective's suffix ("ehr|lich"); "fr|isch", "na|iv" are no derivations
_PARTICIPLE_CORE_MIN = 2  # letters between a participle's prefix and its ending ("ge|mach|t", "ver|lor|en"; not "er|s|t")
_PARTICIPLE_ENDINGS = ("t", "en")  # a German past participle's ending: weak "-t", strong "-en"
_IERT_STEM_MIN = 3  # letters before "-iert" ("diskut|iert"); a verb in "-ieren" takes no "ge-"


def _german_participle(word: str, scanner: "_Scanner") -> bool:
    """Whether lower-case ``word`` reads as a German past participle, uninflected or declined.

    Its shape: a prefix of ``data/<lang>/participle_prefixes.txt`` (``ge-``, or an inseparable
    prefix, ``ver|loren``, ``be|schlossen``), two letters or more, and the ending ``-t`` or
    ``-en``; or a verb in ``-ieren``'s ``-iert`` (``diskutiert``).  ``ge-`` may follow a
    separable particle when the lexicon knows the participle without it (``auf|gezeigt``
    beside ``gezeigt``, ``bereit|gestellt`` beside ``gestellt``).  A declension ending after
    it (``-e``, ``-en``, ``-er``, ``-es``, ``-em``: ``diskutierte``) is allowed.

    >>> s = _scanner("de")
    >>> [_german_participle(w, s) for w in ("diskutiert", "verloren", "aufgezeigt", "erst", "gegen")]
    [True, True, True, False, False]
    """
    cores = [word] + [word[: -len(e)] for e in _DETERMINER_ENDINGS if word.endswith(e)]
    for core in cores:
        if not core.endswith(_PARTICIPLE_ENDINGS):
            continue
        ending = 1 if core.endswith("t") else 2
        if core.endswith("iert") and len(core) >= _IERT_STEM_MIN + 4:
            return True
        for prefix in scanner.participle_prefixes:
            if core.startswith(prefix) and len(core) >= len(prefix) + _PARTICIPLE_CORE_MIN + ending:
                return True
        at = core.find("ge", 1)
        while at > 0:
            rest = core[at:]
            if (
                len(rest) >= 2 + _PARTICIPLE_CORE_MIN + ending
                and core[:at] in scanner.freqs
                and rest in scanner.freqs
            ):
                return True
            at = core.find("ge", at + 1)
    return False


def _clause_ends(text: str, end: int) -> bool:
    """Whether the clause ends after ``text[:end]``: a mark that closes a clause follows (spaces
    aside), or the line ends.  A German infinitive with ``zu`` stands last in its clause
    ("… nichts zu lesen.", "… Apps zu erstellen – von …").

    >>> _clause_ends("nichts zu lesen. Dafür", 15), _clause_ends("zu lesen sind", 8)
    (True, False)
    """
    return _CLAUSE_END_AFTER.match(text, end) is not None


_CLAUSE_END_AFTER = LazyPattern(regex.compile, r"[ \t]*(?:[.,;:!?)…–—]|\n|$)")


def _adverb_before_participle(left: str, right: str, scanner: "_Scanner") -> bool:
    """Whether lower-case ``left`` + ``right`` is an adverbial adjective and the participle it
    qualifies, which German writes apart: ``intensiv|diskutiert``, ``unwiederbringlich|verloren``.

    ``left`` is a known word with a suffix of ``data/<lang>/adverbial_adjective_suffixes.txt``
    (three letters or more before it) that makes adjectives, and, where nouns end in that
    suffix too (``Tisch``, ``Archiv``, ``Nachbar``), the lexicon knows it with the ending only
    adjectives take (``intensivem``); ``right`` is a common word (Zipf ``_CONTENT_MIN``), no
    function word, of a past participle's shape (:func:`_german_participle`).  Measured on
    Debian's ngerman, no lower-case word of the language is such a pair written closed (the
    ``-ig`` adjectives that are, ``fertiggestellt``, ``übriggeblieben``, are not listed); a
    noun would be, which is why the token must be lower-case, in a language that
    capitalizes nouns (``_Scanner.capitalizes_nouns``).

    >>> s = _scanner("de")
    >>> _adverb_before_participle("intensiv", "diskutiert", s)
    True
    >>> _adverb_before_participle("fertig", "gestellt", s)  # "fertiggestellt": a separable verb
    False
    >>> _adverb_before_participle("archiv", "gestützt", s)  # a noun's compound ("archivgestützt")
    False
    """
    if not scanner.capitalizes_nouns or not scanner.adverbial_suffixes:
        return False
    freqs = scanner.freqs
    if left not in freqs or right in scanner.function_words or zipf(freqs, right) < _CONTENT_MIN:
        return False
    if not any(
        left.endswith(suffix)
        and len(left) >= len(suffix) + _ADJECTIVE_STEM_MIN
        and (not ending or left + ending in freqs)
        for suffix, ending in scanner.adverbial_suffixes
    ):
        return False
    return _german_participle(right, scanner)


def _nothing_to_connect(text: str, end: int, scanner: "_Scanner") -> bool:
    """Whether what follows a token ending at ``end`` is nothing a one-letter conjunction or
    preposition split off its end could go before: punctuation or the text's end, another
    conjunction (``data/<lang>/coordinators.txt``), or a verb's third person, a word the
    lexicon knows as an infinitive with ``-r`` added (``aparece``: ``aparecer``).

    Spanish ``huesoso``, ``negociosa`` (adjectives in ``-oso`` of ``hueso``, ``negocio``) read as a
    plural and ``o`` (or) or ``a`` (to); ``o`` joins two words of a kind and ``a`` goes before a
    noun or an infinitive, so before ``y`` or ``aparece`` the token is the adjective.

    >>> s = _scanner("es")
    >>> _nothing_to_connect("huesoso y luego", 7, s), _nothing_to_connect("huesoso aparece", 7, s)
    (True, True)
    >>> _nothing_to_connect("huesoso piel", 7, s), _nothing_to_connect("negociosa los", 9, s)
    (False, False)
    """
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return True
    word = m.group(1)
    if word in scanner.coordinators:
        return True
    return (
        word.islower()
        and word not in scanner.function_words
        and not word.endswith("r")
        and zipf(scanner.freqs, word + "r") >= _CONTENT_MIN
    )


def _lowered_apart(text: str) -> str:
    """``text`` lower-cased letter for letter (same length) with every ``_SEPARATORS`` mark a space.

    >>> _lowered_apart("Don't-stop.Now")
    'don t stop now'
    """
    if text.isascii():  # (a flag of the string, read without a scan)
        return text.encode("ascii").translate(_ASCII_LOWER_SEPARATED).decode("ascii")
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    for mark in _SEPARATORS:
        if mark in low:
            low = low.replace(mark, " ")
    return low


def _anchor_starts(from_capital: regex.Pattern[str], text: str) -> Iterator[int]:
    """Where a three-character anchor matches in ``text``, as its ``finditer`` finds it.

    ``from_capital`` matches the anchor from its second character (a look-behind
    for the first); it finds every place, and dropping those that overlap the
    last one kept leaves what ``finditer`` of the anchor itself returns.  Yielded
    one by one: a megabyte of "aBaB" holds half a million.
    """
    kept_end = -1
    for a in from_capital.finditer(text):
        p = a.start() - 1
        if p >= kept_end:
            yield p
            kept_end = p + _ANCHOR_WIDTH


class _Anchors:
    """The anchors several scans of one text share, found once in an article.

    Up to ``SHARED_LENGTH`` characters the starts are kept in lists and read
    again; a longer text is scanned again at each reading instead, so memory stays
    bounded (a megabyte of "aBaB" holds half a million camel anchors).
    """

    SHARED_LENGTH = 50_000

    __slots__ = ("text", "_camel", "_caps", "_numbers")

    def __init__(self, text: str) -> None:
        self.text = text
        self._camel: list[int] | None = None
        self._caps: list[int] | None = None
        self._numbers: list[int] | None = None

    def camel(self) -> Iterable[int]:
        """Where the lower-capital-lower anchor (``_SCRIPT_SWITCH_ANCHOR``) matches, as its ``finditer`` finds it."""
        if len(self.text) > self.SHARED_LENGTH:
            return _anchor_starts(_CAMEL_ANCHOR_FROM_CAPITAL, self.text)
        if self._camel is None:
            self._scan()
        assert self._camel is not None
        return self._camel

    def caps(self) -> Iterable[int]:
        """Where ``_CAPS_ANCHOR`` matches, as its ``finditer`` finds it."""
        if len(self.text) > self.SHARED_LENGTH:
            return (a.start() for a in _CAPS_ANCHOR.finditer(self.text))
        if self._caps is None:
            self._scan()
        assert self._caps is not None
        return self._caps

    def numbers(self) -> Iterable[int]:
        """Where ``_NUMBER_ANCHOR`` matches, as its ``finditer`` finds it."""
        if len(self.text) > self.SHARED_LENGTH:
            return (a.start() for a in _NUMBER_ANCHOR.finditer(self.text))
        if self._numbers is None:
            self._scan()
        assert self._numbers is not None
        return self._numbers

    def _scan(self) -> None:
        """The three kinds of anchor from one scan (``_HUMP_AFTER_LETTER_OR_DIGIT``).

        A hit at a capital is a camel anchor one character back when a lower-case
        letter stands there, a caps anchor when a capital does, a number anchor when a
        digit does (the three classes share no character).  Camel anchors can overlap
        (``aBcDe``): those overlapping the last one kept are dropped, as ``finditer`` does.
        """
        text = self.text
        camel: list[int] = []
        caps: list[int] = []
        numbers: list[int] = []
        kept_end = -1
        hits = (
            _ASCII_HUMP_AFTER_LETTER_OR_DIGIT.finditer(text) if text.isascii() else _HUMP_AFTER_LETTER_OR_DIGIT.finditer(text)
        )
        for hit in hits:
            p = hit.start() - 1
            if _SCRIPT_SWITCH_ANCHOR.match(text, p) is not None:
                if p >= kept_end:
                    camel.append(p)
                    kept_end = p + _ANCHOR_WIDTH
            elif _CAPS_ANCHOR.match(text, p) is not None:
                caps.append(p)
            elif _NUMBER_ANCHOR.match(text, p) is not None:
                numbers.append(p)
        self._camel, self._caps, self._numbers = camel, caps, numbers

    def any_caps(self) -> bool:
        """Whether ``_CAPS_ANCHOR`` matches anywhere."""
        if len(self.text) > self.SHARED_LENGTH:
            return _CAPS_ANCHOR.search(self.text) is not None
        return bool(self.caps())


def _caps_glued(scanner: "_Scanner", text: str, caps_anchors: Iterable[int]) -> Iterator[regex.Match[str]]:
    """The matches of ``scanner.caps_glued`` in ``text``, as its ``finditer`` finds them.

    A match is capitals then a capitalized word (``OUTNoem``): it holds one caps
    anchor (``_CAPS_ANCHOR``: the last two capitals and the lower-case letter), and it
    can only start where the run of capitals holding that anchor starts (a capital
    before it is a letter, which the pattern's look-behind refuses).  So the pattern
    is tried there alone, not at every character of the text; a run reached by an
    earlier match is passed over, as ``finditer`` would.
    """
    covered = 0
    for a in caps_anchors:
        run = _CAPITALS_BEFORE.match(text, 0, a + 2)
        if run is None:
            continue
        start = run.start()
        if start < covered:
            continue
        m = scanner.caps_glued.match(text, start)
        if m is not None:
            covered = m.end()
            yield m


def _has_quote_mark(text: str) -> bool:
    """Whether ``text`` holds a quotation mark ``quote_glued`` could match (substring tests, in C)."""
    return "’" in text or "”" in text or "“" in text or "‘" in text or '"' in text


def _quote_glued_starts(scanner: "_Scanner", text: str) -> Iterator[int]:
    """Where ``scanner.quote_glued`` matches in ``text``, as its ``finditer`` finds them.

    Each match is the one mark (the rest are look-arounds), so the matches are every place
    the pattern holds, in order.  In an ASCII text (a flag of the string) only the straight
    mark's branch can hold, ``(?<=[letter.,!?;:])"(?=letter)``, and the characters around
    the mark are ASCII: the marks are found with ``str.find`` and their two neighbours looked
    up in the ASCII members of the classes, instead of the pattern tried at every character.
    """
    if not text.isascii():
        for m in scanner.quote_glued.finditer(text):
            yield m.start()
        return
    before, letters = scanner.ascii_quote_before, scanner.ascii_quote_letters
    last = len(text) - 1
    p = text.find('"')
    while p >= 0:
        if 0 < p < last and text[p - 1] in before and text[p + 1] in letters:
            yield p
        p = text.find('"', p + 1)


def _anchored(
    pattern: regex.Pattern[str], anchor_starts: Iterable[int], text: str, after: int = 0
) -> Iterator[regex.Match[str]]:
    """Matches of ``pattern`` in the whitespace-delimited chunk around each anchor hit.

    ``anchor_starts`` are where the three-character anchor matches, in order.  The
    anchor is a short run of character classes, rare in running text, that every
    match holds; the costlier pattern only runs there, so clean text costs
    one cheap scan.  ``after`` more characters past the chunk are visible to the
    pattern's look-ahead.  A chunk longer than ``_ANCHOR_REACH`` either side is
    not prose and is skipped.
    """
    n = len(text)
    seen: set[int] = set()
    covered = -1
    for a_start in anchor_starts:
        if a_start < covered:
            continue
        a_end = a_start + _ANCHOR_WIDTH
        start = a_start
        while start > 0 and not text[start - 1].isspace() and a_start - start < _ANCHOR_REACH:
            start -= 1
        end = a_end
        while end < n and not text[end].isspace() and end - a_end < _ANCHOR_REACH:
            end += 1
        covered = end
        if (start > 0 and not text[start - 1].isspace()) or (end < n and not text[end].isspace()):
            continue
        for m in pattern.finditer(text, start, min(n, end + after)):
            if m.start() not in seen:
                seen.add(m.start())
                yield m


def _technical_cap(confidence: float, lines: "_LineCache", pos: int) -> float:
    """``confidence``, lowered to the technical ceiling on a line of technical prose."""
    return min(confidence, _TECHNICAL_CONFIDENCE) if lines.technical(pos) else confidence


def _technical_signs(pattern: regex.Pattern[str], text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text, start, end)`` for a scanner's ``technical_sign``, matched only
    where a sign can start.

    The single scan reads prose at about 2 MB/s (each word start tries five alternatives),
    and scraped text's long lines made it a tenth of the fused stage (issue 16).  Every sign
    holds an anchor (``_TECHNICAL_ANCHOR``) and starts at it, at the character before it (a
    call's ``f(``) or at the start of the run of letters and digits just before it (the
    identifier it ends or continues).  The pattern is matched at those positions in order,
    each at or after the end of the last match, as ``finditer`` searches.  A later anchor
    gives no position before an earlier one's but its run's start, which the first anchor
    of that run gave already: each position is tried once, and each run walked once (linear
    on a one-megabyte word).
    """
    last = start  # where the next match may start (finditer's search position)
    tried = start - 1  # the last position matched against
    previous = previous_run = -1
    for anchor in _TECHNICAL_ANCHOR.finditer(text, start, end, overlapped=True):
        a = anchor.start()
        run = _WORD_RUN_BEFORE.match(text, max(start, previous), a).start()
        if run == previous:
            run = previous_run  # the run goes on from the anchor before: its start is known
        previous, previous_run = a, run
        for p in (run, a - 1, a) if run < a - 1 else (a - 1, a):
            if p <= tried or p < last:
                continue
            tried = p
            m = pattern.match(text, p, end)
            if m is not None:
                last = m.end()
                yield m


def _chunk(text: str, pos: int) -> str:
    """The whitespace-delimited chunk around ``pos``."""
    start = pos
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    m = _NON_SPACE.match(text, pos)
    return text[start : m.end() if m else pos]


def _related_forms(low: str) -> Iterator[str]:
    """Inflections and derivations of ``low`` (and the words it may inflect)."""
    for ending in _RELATED_ENDINGS:
        yield low + ending
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            yield low[: -len(ending)]


def _loanword(word: str) -> bool:
    """Whether English lists ``word`` at Zipf ``_LOANWORD_MIN`` or more: in another language's
    text it is a loanword or a name (Portuguese "serum", German "dermal"), not a fusion."""
    return word_zipf(word, "en") >= _LOANWORD_MIN


def _content_ok(word: str, z: float) -> bool:
    """A content word common enough to stand beside a function word in a split."""
    if len(word) == 2:
        return z >= 5.5  # "go", "ok"
    if len(word) == 3:
        return z >= _SHORT_MIN  # three letters and rarer: an abbreviation ("sti", "acc")
    return z >= (_CONTENT_MIN if len(word) < 6 else _CONTENT_MIN_LONG)


def _use_context(text: str, lowered: str, start: int, end: int) -> str:
    """What tells one use of the word ``text[start:end]`` from another: the word as written
    (its case) and the ``_CONTEXT_LENGTH`` characters after it (``lowered``: ``text``
    lower-cased).

    A block an extractor repeats repeats its words as they were written and what follows
    them; a word of the document's vocabulary also turns up capitalized, opening a line or a
    title (``Regionale Beziehungen``), and in lower case (``und regionale Beziehungen``)
    where the words after it are the same.

    >>> text = "Regionale Beziehungen und regionale Beziehungen"
    >>> _use_context(text, text.lower(), 0, 9) == _use_context(text, text.lower(), 26, 35)
    False
    """
    return text[start:end] + "|" + lowered[end : end + _CONTEXT_LENGTH]


class _LineCache:
    """Facts about the line (paragraph) around a position, computed once per line.

    Candidates come in text order, so counts run forward and the whole scan
    stays linear however many candidates one long line holds.
    """

    __slots__ = (
        "text", "scanner", "start", "end", "_foreign", "_code", "_low_style", "_quotes", "_technical",
        "_counted_to", "_count", "_words", "_varied", "_document_foreign", "_sorted_words",
        "_lowered", "_search_budget", "_pairs", "_technical_document", "_written",
        "_identifiers", "_slot_identifiers", "_names", "_quoted_pairs", "_reversed_words", "_line_lang", "_slots",
        "_doc", "_sorted_written", "_tail_heads",
    )

    def __init__(self, text: str, scanner: "_Scanner") -> None:
        self.text = text
        self.scanner = scanner
        # When ``text`` is a window of a document a pipeline reads again (analysis.reading), the
        # document evidence (its vocabulary, its names, its slots) is the document's: asked of
        # the document's own cache, built once per document and language, shared by its windows.
        facts = text_facts(text)
        self._doc: _LineCache | None = None
        if facts.document is not facts:
            self._doc = facts.memo(("fused.lines", scanner.lang), lambda document: _LineCache(document, scanner))  # type: ignore[assignment]
        self.start = self.end = -1
        self._document_foreign: bool | None = None
        self._words: dict[str, str] | None = None  # word (as written and lower-cased) -> its first context
        self._varied: set[str] | None = None  # words seen in two different contexts
        self._sorted_words: list[str] | None = None  # lower-case words, sorted, for stem_used
        self._lowered: str | None = None  # the text lower-cased, for _recurs_by_search ("": unusable)
        self._search_budget = _SEARCH_BUDGET  # substring searches recurs and has_word may still make
        self._pairs: set[tuple[str, str]] | None = None  # lower-case neighbours, for writes_apart
        self._technical_document: int | None = None  # different signs of code, up to _TECHNICAL_DOCUMENT_SIGNS
        self._identifiers: bool | None = None  # whether the document marks mixedCase names as code
        self._slot_identifiers: bool | None = None  # whether it names mixedCase names in slots of names
        self._slots: dict[tuple[str, str], set[str]] | None = None  # (word before, word after) -> tokens between
        self._tail_heads: dict[str, set[str]] | None = None  # a line's words after its first -> the first words
        self._written: set[str] | None = None  # the document's words exactly as written
        self._sorted_written: list[str] | None = None  # the same, sorted, for naming_head
        self._names: set[str] | None = None  # capitalized words written inside a sentence
        self._quoted_pairs: set[tuple[str, str]] | None = None  # two-word quotations, lower-cased
        self._reversed_words: list[str] | None = None  # lower-case words spelt backwards, sorted, for their endings
        self._line_lang: str | None = ""  # the language the identifier names for the line ("": not asked yet)

    # -- document evidence ----------------------------------------------------

    def recurs(self, low: str) -> bool:
        """Whether lower-case ``low`` is the document's vocabulary, not an accident.

        A glued token is one-off; a word the text uses twice, or whose
        inflections or derivations it also uses ("dropzone" / "dropzones"), is a
        word of the document however rare it is in general.  Twice means in two
        contexts: extractors repeat whole blocks (a caption, a recipe card), and
        a seam repeated with its block is still one accident.
        """
        if self._doc is not None:
            return self._doc.recurs(low)
        if self._words is None:
            # Most documents ask this of one token or two: a few substring searches
            # answer it without gathering every word of the document.
            searched = self._recurs_by_search(low)
            if searched is not None:
                return searched
            self._gather()
        assert self._words is not None and self._varied is not None
        return low in self._varied or any(form in self._words for form in _related_forms(low))

    def _recurs_by_search(self, low: str) -> bool | None:
        """:meth:`recurs` found by searching the lower-cased text for ``low`` and its
        related forms, or None when the words must be gathered instead.

        The same answer as the gathered words give: a word of the text lowers to
        ``low`` exactly where ``low`` stands in the lower-cased text as a whole
        letter run, and the text after it lowers to what follows there, when
        lower-casing maps each character to one (no ``İ``, which becomes two) and
        on its own (no ``Σ``, lowered by its neighbours).  After ``_SEARCH_BUDGET``
        searches the words are gathered instead: a long text asked about many tokens, or
        full of one word, is read a bounded number of times.
        """
        forms = [low, *_related_forms(low)]
        if not self._searchable() or any(not form or form.lower() != form for form in forms):
            return None
        contexts = self._contexts_of(low, 2)
        if contexts is None:
            return None
        if len(contexts) > 1:
            return True  # used in two contexts
        for form in forms[1:]:
            found = self._contexts_of(form, 1)
            if found is None:
                return None
            if found:
                return True
        return False

    def _searchable(self) -> bool:
        """Whether the text lowered whole says what each word lowered on its own says."""
        if self._lowered is None:
            text = self.text
            lowered = text.lower()
            self._lowered = lowered if len(lowered) == len(text) and "Σ" not in text else ""
        return bool(self._lowered)

    def _contexts_of(self, low: str, enough: int) -> set[str] | None:
        """The contexts after the words of the text that lower to ``low``, up to ``enough``
        of them; None when the search budget runs out."""
        text, lowered = self.text, self._lowered
        assert lowered
        n, size = len(low), len(text)
        contexts: set[str] = set()
        i = 0
        while True:
            # Each search reads the text up to the next occurrence: the budget bounds
            # the readings, whatever the number of tokens asked about.
            self._search_budget -= 1
            if self._search_budget < 0:
                return None
            i = lowered.find(low, i)
            if i < 0:
                return contexts
            end = i + n
            if (
                (i == 0 or _ONE_LETTER.match(text, i - 1) is None)
                and (end == size or _ONE_LETTER.match(text, end) is None)
                and _LETTER_RUN.fullmatch(text, i, end) is not None
            ):
                contexts.add(_use_context(text, lowered, i, end))
                if len(contexts) >= enough:
                    return contexts
            i += 1

    def quoted_pairs(self) -> set[tuple[str, str]]:
        """The two-word quotations of the document, lower-cased (``“drop zone”`` gives
        ``("drop", "zone")``), gathered once: the evidence that a quoted closed form is
        the same term with its space lost."""
        if self._doc is not None:
            return self._doc.quoted_pairs()
        if self._quoted_pairs is None:
            self._quoted_pairs = {
                (m.group(1).lower(), m.group(2).lower()) for m in _QUOTED_PAIR.finditer(self.text)
            }
        return self._quoted_pairs

    def has_word(self, low: str) -> bool:
        """Whether lower-case ``low`` stands as a word of its own somewhere in the document."""
        if self._doc is not None:
            return self._doc.has_word(low)
        if self._words is None:
            # Found by search while the budget lasts, as recurs is (see _recurs_by_search).
            if low and low.lower() == low and self._searchable():
                found = self._contexts_of(low, 1)
                if found is not None:
                    return bool(found)
            self._gather()
        assert self._words is not None
        return low in self._words

    def writes_apart(self, a: str, b: str) -> bool:
        """Whether the document writes lower-case ``a`` and ``b`` as two neighbouring words.

        Gathered once per document, on first use (only closed-compound candidates ask).
        """
        if self._doc is not None:
            return self._doc.writes_apart(a, b)
        pairs = self._pairs
        if pairs is None:
            pairs = self._pairs = set()
            text, previous, previous_end = self.text, "", -1
            for m in _LETTER_RUN.finditer(text):
                word = m.group().lower()
                gap = text[previous_end : m.start()] if previous else ""
                if gap and gap.isspace():
                    pairs.add((previous, word))
                previous, previous_end = word, m.end()
        return (a, b) in pairs

    def stem_used(self, stem: str, token: str) -> bool:
        """Whether a word of the document other than ``token`` and ``stem`` begins with lower-case ``stem``."""
        if self._doc is not None:
            return self._doc.stem_used(stem, token)
        if self._words is None:
            self._gather()
        assert self._words is not None
        if self._sorted_words is None:
            self._sorted_words = sorted(w for w in self._words if w.islower())
        vocabulary = self._sorted_words
        i = bisect.bisect_right(vocabulary, stem)
        while i < len(vocabulary) and vocabulary[i].startswith(stem):
            if vocabulary[i] != token:
                return True
            i += 1
        return False

    def lower_words_starting(self, stem: str) -> Iterator[str]:
        """The document's lower-case words that begin with ``stem`` and run on past it."""
        if self._doc is not None:
            yield from self._doc.lower_words_starting(stem)
            return
        if self._words is None:
            self._gather()
        assert self._words is not None
        if self._sorted_words is None:
            self._sorted_words = sorted(w for w in self._words if w.islower())
        vocabulary = self._sorted_words
        i = bisect.bisect_right(vocabulary, stem)
        while i < len(vocabulary) and vocabulary[i].startswith(stem):
            yield vocabulary[i]
            i += 1

    def lower_words_ending(self, tail: str) -> Iterator[str]:
        """The document's lower-case words that end with ``tail`` and begin before it."""
        if self._doc is not None:
            yield from self._doc.lower_words_ending(tail)
            return
        if self._words is None:
            self._gather()
        assert self._words is not None
        if self._reversed_words is None:
            self._reversed_words = sorted(w[::-1] for w in self._words if w.islower())
        vocabulary, reversed_tail = self._reversed_words, tail[::-1]
        i = bisect.bisect_right(vocabulary, reversed_tail)
        while i < len(vocabulary) and vocabulary[i].startswith(reversed_tail):
            yield vocabulary[i][::-1]
            i += 1

    def written(self, word: str) -> bool:
        """Whether ``word`` stands in the document as a word exactly as written (case kept)."""
        if self._doc is not None:
            return self._doc.written(word)
        if self._written is None:
            self._gather_written()
        assert self._written is not None
        return word in self._written

    def naming_head(self, head: str, token: str) -> bool:
        """Whether lower-case ``head`` is a prefix the document names things with: it writes
        ``head`` glued to a capital in a word other than ``token`` (``decFloats`` beside
        ``decNumber``, ``myDeals`` beside ``mySimon``) and never writes ``head`` by itself.

        A seam's left part is the last word of a block, a word the text uses as a word; a
        family of mixedCase names on one lower-case head, none of them split anywhere, is
        how a product line or a library spells its names.
        """
        if self._doc is not None:
            return self._doc.naming_head(head, token)
        if self._written is None:
            self._gather_written()
        assert self._written is not None
        if head in self._written or head.capitalize() in self._written or head.upper() in self._written:
            return False
        if self._sorted_written is None:
            self._sorted_written = sorted(self._written)
        vocabulary, n = self._sorted_written, len(head)
        i = bisect.bisect_right(vocabulary, head)
        while i < len(vocabulary) and vocabulary[i].startswith(head):
            other = vocabulary[i]
            if other != token and other[n].isupper() and other[n + 1 :].islower():
                return True
            i += 1
        return False

    def name_written(self, word: str) -> bool:
        """Whether capitalized ``word`` stands in the document inside a sentence, as a name does
        (a capital that only opens sentences says nothing)."""
        if self._doc is not None:
            return self._doc.name_written(word)
        if self._names is None:
            self._gather_written()
        assert self._names is not None
        return word in self._names

    def _gather_written(self) -> None:
        """One pass over the document: its words as written, and the capitalized ones that
        stand inside a sentence."""
        written: set[str] = set()
        names: set[str] = set()
        text = self.text
        for m in _LETTER_RUN.finditer(text):
            word = m.group()
            written.add(word)
            if word[0].isupper() and word not in names and not starts_sentence(text, m.start()):
                names.add(word)
        self._written, self._names = written, names

    def unknown_word_on(self, stem: str, token: str) -> bool:
        """Whether a word of the document other than ``token`` (lower-cased) begins with
        lower-case ``stem`` and is unknown to the lexicon (``rustfmt`` on ``rust``)."""
        if self._doc is not None:
            return self._doc.unknown_word_on(stem, token)
        if self._words is None:
            self._gather()
        assert self._words is not None
        if self._sorted_words is None:
            self._sorted_words = sorted(w for w in self._words if w.islower())
        vocabulary, freqs = self._sorted_words, self.scanner.freqs
        i = bisect.bisect_right(vocabulary, stem)
        while i < len(vocabulary) and vocabulary[i].startswith(stem):
            if vocabulary[i] != token and zipf(freqs, vocabulary[i]) == 0:
                return True
            i += 1
        return False

    def used_twice(self, low: str) -> bool:
        """Whether lower-case ``low`` stands as a word of the document in two contexts or more."""
        if self._doc is not None:
            return self._doc.used_twice(low)
        if self._words is None:
            self._gather()
        assert self._varied is not None
        return low in self._varied

    def token_recurs(self, token: str) -> bool:
        """Whether ``token``, exactly as written, occurs in two contexts (a name or an identifier)."""
        if self._doc is not None:
            return self._doc.token_recurs(token)
        if self._words is None:
            self._gather()
        assert self._varied is not None
        return token in self._varied

    def _gather(self) -> None:
        """One pass over the document: its words, and those used in more than one context."""
        words: dict[str, str] = {}
        varied: set[str] = set()
        text = self.text
        # A word already lower-case is one key, not two.  (finditer, not findall: a
        # list of every word of a long document would cost memory, and saved little.)
        for m in _LETTER_RUN.finditer(text):
            word, end = m.group(), m.end()
            context = word + "|" + text[end : end + _CONTEXT_LENGTH].lower()  # as _use_context
            first = words.setdefault(word, context)
            if first != context:
                varied.add(word)
            low = word.lower()
            if low != word:
                first = words.setdefault(low, context)
                if first != context:
                    varied.add(low)
        self._words, self._varied = words, varied

    def _enter(self, pos: int) -> None:
        if self.start <= pos < self.end or (pos == self.end == len(self.text) and self.start >= 0):
            return
        text = self.text
        self.start = text.rfind("\n", 0, pos) + 1
        e = text.find("\n", pos)
        self.end = len(text) if e < 0 else e
        self._foreign = self._code = self._low_style = self._quotes = self._technical = None
        self._line_lang = ""
        self._counted_to, self._count = self.start, 0

    def line_start(self, pos: int) -> int:
        self._enter(pos)
        return self.start

    def foreign(self, pos: int, scanner: "_Scanner") -> bool:
        """Whether the line reads as another language: words wordfreq cannot explain.

        German or Indonesian text in an English pipeline would otherwise offer
        "anfallen" -> "an fallen".
        """
        self._enter(pos)
        if self._foreign is None:
            self._foreign = scanner.foreign(self.text, self.start, self.end)
        if not self._foreign and self._document_foreign is None:
            # A line of a foreign document may hold only words the lexicon happens
            # to know ("kitab hadits Al Kafi"): the document's language decides too.
            self._document_foreign = self._foreign_document()
        return self._foreign or bool(self._document_foreign)

    def header_starts(self, kind: str, find: Callable[[str], frozenset[int]]) -> frozenset[int]:
        """``find(text)``: where a list of comments puts its writers' names (a line that heads a
        comment; the list needs several such lines), found in the document and given as
        positions of this text (a window a pipeline reads again holds only some of the list)."""
        if self._doc is None:
            return find(self.text)
        facts = text_facts(self.text)
        found = facts.memo(("fused.headers", kind, self.scanner.lang), find)
        return facts.document_starts(found)  # type: ignore[arg-type]

    def _foreign_document(self) -> bool:
        """Whether the whole document reads as another language (see :meth:`foreign`), found once."""
        if self._doc is not None:
            return self._doc._foreign_document()
        if self._document_foreign is None:
            self._document_foreign = self.scanner.foreign(self.text, 0, len(self.text), _FOREIGN_DOCUMENT_LETTERS)
        return self._document_foreign

    def line_language(self, pos: int) -> str | None:
        """The language :func:`textmend.language.identify` names for the line around ``pos``
        (``None``: unsure), asked once per line."""
        self._enter(pos)
        if self._line_lang == "":
            self._line_lang = identify(self.text[self.start : self.end])
        return self._line_lang

    def native_sentence(self, start: int, end: int, scanner: "_Scanner") -> bool:
        """Whether the sentence around ``text[start:end]`` reads wholly as the language, in a
        line the foreign guard holds for its other sentences (outside English only).

        A paragraph quoting a sentence of another language ("Laa ikroha fid diin.", Arabic
        in Indonesian) reads as foreign as a whole; the guard is right for that sentence's
        words, but a sentence of ``_NATIVE_SENTENCE_WORDS`` words or more beside it, each of
        them explained by the lexicon, is the language's own.  Not when the whole document
        reads as foreign (its sentences may hold only words the lexicon happens to know),
        and not in English, whose figures the guard was tuned on.
        """
        if scanner.lang == "en" or not self._foreign:
            return False
        if self._document_foreign is None:
            self._document_foreign = self._foreign_document()
        if self._document_foreign:
            return False
        text = self.text
        left = max(text.rfind(mark, self.start, start) for mark in _SENTENCE_ENDS)
        left = self.start if left < 0 else left + 1
        ends = [i for i in (text.find(mark, end, self.end) for mark in _SENTENCE_ENDS) if i >= 0]
        right = min(ends) if ends else self.end
        words = scanner.lower_word_not_elided.findall(text, left, start) + scanner.lower_word_not_elided.findall(text, end, right)
        if len(words) < _NATIVE_SENTENCE_WORDS:
            return False
        return all(w in scanner.freqs or scanner.explained(w) for w in set(words))

    def code(self, pos: int) -> bool:
        """Whether the line looks like code or a change log rather than prose, or stands in
        a code listing between such lines (the shared analysis's answer, :meth:`TextFacts.in_code`).

        Identifiers there are lower-case words run together on purpose
        (``basename``, ``fileno``, ``getline``).
        """
        self._enter(pos)
        if self._code is None:
            self._code = text_facts(self.text).in_code(self.start)
        return self._code

    def technical(self, pos: int) -> bool:
        """Whether the line reads as technical prose: identifiers and code names in it.

        ``isLoading``, ``snake_case``, ``os.path``, ``about:blank``, ``f()``: two
        of them and every split on the line needs more than a lexicon's word.
        """
        self._enter(pos)
        if self._technical is None:
            signs = 0
            text = self.text
            for m in self.scanner.technical_signs(text, self.start, self.end):
                chunk = _chunk(text, m.start())
                if "/" in chunk or "@" in chunk:
                    continue  # a URL or an address: news quotes them, they say nothing of the prose
                sign = m.group()
                if "." in sign and (sign.rsplit(".", 1)[1] in tlds() or text.startswith(".", m.end())):
                    continue  # a domain ("t.co"), an abbreviation ("cu.ft.")
                signs += 1
                if signs >= _TECHNICAL_SIGNS:
                    break
            self._technical = signs >= _TECHNICAL_SIGNS
        return self._technical

    def technical_document(self) -> bool:
        """Whether the document is about code: ``_TECHNICAL_DOCUMENT_SIGNS`` different signs of
        technical prose in it (identifiers, dotted names, calls), wherever they stand.

        Computed once per document, on first use (only a split of two content words asks).
        """
        return self._code_signs() >= _TECHNICAL_DOCUMENT_SIGNS

    def writes_code(self) -> bool:
        """Whether the document writes any sign of code at all (one of :meth:`technical_document`'s:
        ``PHASING_OUT``, ``getCampaignCriterionBidLandscape``, ``Sleep()``), not counting URLs,
        addresses, domains and abbreviations (``kingarthurbaking.com``, ``a.k.a.``).

        Weak alone (a post may name one variable); :func:`_identifier_in_a_phrase` reads it
        with the token's own place in its sentence.  The same count as
        :meth:`technical_document`, made once per document.
        """
        return self._code_signs() >= 1

    def _code_signs(self) -> int:
        """How many different signs of technical prose the document writes, counted up to
        ``_TECHNICAL_DOCUMENT_SIGNS`` (once per document, on first use)."""
        if self._doc is not None:
            return self._doc._code_signs()
        if self._technical_document is None:
            text = self.text
            signs: set[str] = set()
            for m in self.scanner.technical_signs(text, 0, len(text)):
                chunk = _chunk(text, m.start())
                if "/" in chunk or "@" in chunk:
                    continue  # a URL or an address (tracking parameters of a link)
                sign = m.group()
                if "." in sign and (sign.rsplit(".", 1)[1] in tlds() or text.startswith(".", m.end())):
                    continue  # a domain, an abbreviation
                if len(sign) > 1:  # a lone brace or backtick says little
                    signs.add(sign)
                if len(signs) >= _TECHNICAL_DOCUMENT_SIGNS:
                    break
            self._technical_document = len(signs)
        return self._technical_document

    def marks_identifiers(self) -> bool:
        """Whether the document writes ``_MARKED_IDENTIFIERS_MIN`` different mixedCase names
        set apart as code is: in quotation marks, braces, brackets or backticks, or called
        (``"eventName"``, ``jQuery{randomNumber}``, ``[maxWidth]``, ``getItem(``).

        Glue between two blocks leaves its mixedCase token in running text
        (``reviewName field``); an identifier is quoted, braced or called where the text
        names it as such, so two of those say the text's other mixedCase tokens are
        identifiers too (``the elementArray form``, written once).  Computed once per
        document, on first use (only a lower-case camel token's cut asks).
        """
        if self._doc is not None:
            return self._doc.marks_identifiers()
        if self._identifiers is None:
            names: set[str] = set()
            for m in _MARKED_IDENTIFIER.finditer(self.text):
                names.add(m.group(1) or m.group(2))
                if len(names) >= _MARKED_IDENTIFIERS_MIN:
                    break
            self._identifiers = len(names) >= _MARKED_IDENTIFIERS_MIN
        return self._identifiers

    def names_identifiers_in_slots(self) -> bool:
        """Whether the document names ``_MARKED_IDENTIFIERS_MIN`` different mixedCase tokens
        in slots it fills with other names (:meth:`named_in_slot`: ``The sessionStorage
        attribute`` beside ``The localStorage attribute`` and ``The dirname attribute``).

        A specification's contents, kept by an extractor without their ``<code>`` marks,
        name their identifiers in frames instead of quoting them; there a line that names
        something (no sentence on it) and holds a mixedCase token names an identifier too
        (``The designMode IDL attribute``, in a frame of its own).  Computed once per
        document, on first use (only a lower-case camel token's cut asks).
        """
        if self._doc is not None:
            return self._doc.names_identifiers_in_slots()
        if self._slot_identifiers is None:
            names: set[str] = set()
            for m in _LOWER_CAMEL_TOKEN.finditer(self.text):
                if m.group() not in names and self.named_in_slot(m.start(1)):
                    names.add(m.group())
                    if len(names) >= _MARKED_IDENTIFIERS_MIN:
                        break
            self._slot_identifiers = len(names) >= _MARKED_IDENTIFIERS_MIN
        return self._slot_identifiers

    def named_in_slot(self, pos: int) -> bool:
        """Whether a cut at ``pos`` falls inside a token of letters the text writes in a
        slot it fills with other names: between the same two words (``The _ attribute``,
        ``the _ interface``) the text writes ``_SLOT_NAMES_MIN`` other names' worth of
        mixedCase or CamelCase tokens (1 each) or lower-case ones the lexicon barely knows
        (half each).

        A specification's table of contents (``The sessionStorage attribute`` beside
        ``The localStorage attribute``, ``The datalist element`` beside ``The optgroup
        element``) names its identifiers in the same frame over and over, with no quotation
        marks or code an extractor kept; glue between two blocks (``reinforcementStoltenberg
        told``) is an accident of one place, and no other name fills its frame.  A cut whose
        right part is a function word (``wayThe``) opens a sentence whatever the slot, and is
        never asked about.  The slots are gathered once per document, on the first question.
        """
        text = self.text
        start = pos
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        end = pos
        while end < len(text) and text[end].isalpha():
            end += 1
        if start == pos or end == pos:
            return False
        scanner = self.scanner
        if text[pos:end].lower() in scanner.function_words and not text[start].isupper():
            # "wayThe": a sentence's opening.  After a capitalized left part the token is
            # CamelCase (``the RemoveAll function`` beside ``the NewFile function``, ``the
            # WalkFunc function``), and the slot decides: a heading glued to the next block
            # (``ListAll the``) stands in no frame the text fills with other names.
            return False
        if text.startswith(",", end) and text[start - 2 : start] == ", ":
            return self._among_rare_items(start, end)
        if start > 0 and not text[start - 1].isspace() or end < len(text) and not text[end].isspace():
            return False  # the token must stand alone between two spaces
        before = _SLOT_BEFORE.match(text, max(0, start - 200), start)
        left = before.group(1).lower() if before else ""
        after = _SLOT_AFTER.match(text, end)
        if not left.isalpha() or after is None:
            return False
        right = after.group(1).rstrip(".,;:!?)]")
        if not right.isalpha() or right.lower() in scanner.function_words:
            return False  # "the _ of": a slot of function words says nothing
        # (the document's slots: a window's are the document's when a pipeline reads it again)
        slots = (self._doc or self)._slot_table()
        token = text[start:end]
        weight = 0.0
        for filler in slots.get((left, right), ()):
            if filler == token:
                continue
            if _SLOT_MIXED.fullmatch(filler):
                weight += 1
            elif filler.islower() and zipf(scanner.freqs, filler) < _SLOT_RARE_ZIPF:
                weight += 0.5
            if weight >= _SLOT_NAMES_MIN:
                return True
        return False

    def heads_a_shared_line(self, start: int, end: int) -> bool:
        """Whether the token ``text[start:end]`` is the first word of its line and the rest of
        the line (``_TAIL_WORDS_MIN`` words or more) is written word for word on
        ``_TAIL_HEADS_MIN`` other lines or more after another first word each: a list whose
        lines differ only in their first word (``Nico on BRN 2013 findet statt`` /
        ``Heino on BRN 2013 findet statt``: a widget's recent comments, each line under its
        writer's name), so the token fills the place the other lines give one name.  A block
        glued to the next at a line's start makes its rest the next block's, written once.
        The lines are gathered once per document, on the first question."""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].strip(" \t*-•·") or end >= len(text) or text[end] not in " \t":
            return False
        line_end = text.find("\n", end)
        tail = " ".join(text[end : len(text) if line_end < 0 else line_end].split())
        if len(tail.split()) < _TAIL_WORDS_MIN:
            return False
        heads = (self._doc or self)._tail_table().get(tail, ())
        return sum(1 for head in heads if head != text[start:end]) >= _TAIL_HEADS_MIN

    def _tail_table(self) -> dict[str, set[str]]:
        """The document's lines by their words after the first (see :meth:`heads_a_shared_line`)."""
        if self._tail_heads is None:
            table: dict[str, set[str]] = {}
            for line in self.text.splitlines():
                words = line.replace("\t", " ").strip(" *-•·").split()
                if len(words) > _TAIL_WORDS_MIN:
                    table.setdefault(" ".join(words[1:]), set()).add(words[0])
            self._tail_heads = table
        return self._tail_heads

    def _slot_table(self) -> dict[tuple[str, str], set[str]]:
        """The document's slots (see :meth:`named_in_slot`), gathered once."""
        if self._slots is None:
            slots: dict[tuple[str, str], set[str]] = {}
            words = [m.group() for m in _SLOT_WORD.finditer(self.text)]
            for k in range(1, len(words) - 1):
                filler = words[k]
                if filler.isalpha():
                    slots.setdefault((words[k - 1].lower(), words[k + 1].rstrip(".,;:!?)]")), set()).add(filler)
            self._slots = slots
        return self._slots

    def _among_rare_items(self, start: int, end: int) -> bool:
        """Whether the token at ``[start, end)``, a whole item between commas, stands in a list
        whose other one-word items include ``_LIST_RARE_ITEMS_MIN`` lower-case words the
        lexicon barely knows (``dir, div, dl, dt, embed, fieldset, form, frame``: element
        names).  A list of ordinary words (``flour, sugar, bakingsoda, salt``) is no evidence.
        """
        text, freqs = self.text, self.scanner.freqs
        before = _LIST_ITEMS_BEFORE.match(text, max(0, start - 600), start - 1)
        after = _LIST_ITEMS_AFTER.match(text, end, min(len(text), end + 600))
        items = regex.findall(r"\p{L}+", (before.group() if before else "") + " " + (after.group() if after else ""))
        rare = {item for item in items if item.islower() and item != "and" and zipf(freqs, item) < _SLOT_RARE_ZIPF}
        rare.discard(text[start:end])
        return len(rare) >= _LIST_RARE_ITEMS_MIN

    def low_quote_style(self, pos: int) -> bool:
        """Whether the line opens quotations with a low mark („ or ‚)."""
        self._enter(pos)
        if self._low_style is None:
            t, s, e = self.text, self.start, self.end
            self._low_style = t.find("„", s, e) >= 0 or t.find("‚", s, e) >= 0
        return self._low_style

    def straight_quotes(self, pos: int) -> tuple[int, int]:
        """(straight double quotes before ``pos`` on its line, on the whole line)."""
        self._enter(pos)
        if self._quotes is None:
            self._quotes = self.text.count('"', self.start, self.end)
        if pos < self._counted_to:
            self._counted_to, self._count = self.start, 0
        self._count += self.text.count('"', self._counted_to, pos)
        self._counted_to = pos
        return self._count, self._quotes


def _verb_form_endings(lang: str) -> dict[str, tuple[str, ...]]:
    """Tense ending -> the infinitive endings it replaces, from ``data/<lang>/verb_form_endings.txt``,
    whose lines read ``INFINITIVE_ENDING ENDING ENDING ...`` (endings shorter than three letters
    are left out: too many words end so by chance; ``_form_of_known_verb`` reads those of three
    letters only after a long stem)."""
    endings: dict[str, tuple[str, ...]] = {}
    for line in sorted(language_list("verb_form_endings", lang)):
        infinitive, *forms = line.split()
        for form in forms:
            if len(form) >= _SHORT_ENDING:
                endings[form] = endings.get(form, ()) + (infinitive,)
    return endings


def _infinitive_forms(lang: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """``(infinitive ending, right parts)`` from ``data/<lang>/infinitive_forms.txt``, whose
    lines read ``ENDING FORM FORM ...``."""
    entries = []
    for line in sorted(language_list("infinitive_forms", lang)):
        ending, *forms = line.split()
        entries.append((ending, frozenset(forms)))
    return tuple(entries)


@lru_cache(maxsize=64)
def _scanner(lang: str) -> _Scanner | None:
    freqs = word_frequencies(lang)
    if not freqs:
        return None
    script = _script_of(freqs)
    if script is None:
        return None
    return _Scanner(lang, script)


def _script_of(freqs: dict[str, float]) -> str | None:
    """The cased script the language's most frequent words are written in, if any."""
    counts = dict.fromkeys(_CASED_SCRIPTS, 0)
    seen = 0
    for word in freqs:  # wordfreq's dict is ordered most frequent first
        ch = next((c for c in word if c.isalpha()), None)
        if ch is None:
            continue
        seen += 1
        for script in _CASED_SCRIPTS:
            if regex.match(rf"\p{{{script}}}", ch):
                counts[script] += 1
                break
        if seen >= 50:
            break
    script, n = max(counts.items(), key=lambda kv: kv[1])
    return script if n * 2 > seen else None
