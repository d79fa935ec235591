"""Issue 15, fifth pass: what the grammar and the sentence tell, in German, Indonesian and Malay.

Each case is a sentence written for this file, with the reason it is repaired, and beside it
the twin the same rule must leave alone.
"""

from __future__ import annotations

import pytest

import textmend
from textmend.normalizers.fused import FusedTokens
from textmend.normalizers.repeats import RepeatedWords

from contract import check_contract

# German: ", X die die" keeps the pair only when X opens a clause (data/de/comma_clause_openers.txt).
GERMAN_FIX = [
    ("Wenn die Kommission zustimmt, wird der der Entwurf noch im Herbst beschlossen.",
     "Wenn die Kommission zustimmt, wird der Entwurf noch im Herbst beschlossen.",
     "'wird' after the comma is the main clause's verb: no relative clause opens there"),
    ("Die Stadt sucht nun Architekten, die den den Neubau des Rathauses planen sollen.",
     "Die Stadt sucht nun Architekten, die den Neubau des Rathauses planen sollen.",
     "'die' after the comma is the relative pronoun itself; 'den den' after it is a slip"),
]
GERMAN_KEEP = [
    ("Es geht um die Gelder, über die die Länder allein entscheiden dürfen.",
     "'über' is the relative pronoun's preposition: the relative 'die' meets the article"),
    ("Der Verband kritisiert, dass die die Kosten am Ende allein tragen sollen.",
     "'dass' opens a clause whose subject is the demonstrative 'die' (they)"),
]


@pytest.mark.parametrize("text, expected, why", GERMAN_FIX)
def test_german_pair_after_a_main_clause_word_is_repaired(text, expected, why):
    assert check_contract(RepeatedWords(lang="de"), text) == expected, why


@pytest.mark.parametrize("text, why", GERMAN_KEEP)
def test_german_pair_after_a_clause_opener_stays(text, why):
    assert RepeatedWords(lang="de").find_edits(text) == [], why


# Indonesian and Malay: a long root under a prefix that makes verbs only
# (data/<lang>/verb_only_prefixes.txt), and the name particles bin, binti.
AFFIX_FIX = [
    ("id", "Sebagian besar ekonom berpendapat berpendapat bahwa harga beras akan naik bulan depan.",
     "Sebagian besar ekonom berpendapat bahwa harga beras akan naik bulan depan.",
     "ber- + pendapat (opinion): the lexicon shows the root with one verbal prefix only, "
     "but a root of eight letters is no chance beginning"),
    ("id", "Ribuan petani memberontak memberontak melawan pemerintah kolonial pada tahun itu.",
     "Ribuan petani memberontak melawan pemerintah kolonial pada tahun itu.",
     "mem- + berontak: a verb doubles its root only (memberontak-berontak)"),
    ("id", "Hasil penelitian tim itu dipublikasikan dipublikasikan dalam sebuah jurnal internasional.",
     "Hasil penelitian tim itu dipublikasikan dalam sebuah jurnal internasional.",
     "di- + publikasi + -kan: the passive confix makes a verb"),
    ("ms", "Ramai pakar ekonomi berpendapat berpendapat bahawa harga minyak akan turun tahun depan.",
     "Ramai pakar ekonomi berpendapat bahawa harga minyak akan turun tahun depan.",
     "Malay ber- + pendapat, the same grammar"),
    ("id", "Khalifah Umar bin bin Abdul Aziz dikenal karena keadilannya selama memerintah.",
     "Khalifah Umar bin Abdul Aziz dikenal karena keadilannya selama memerintah.",
     "bin (son of) stands once between two names"),
    ("ms", "Datuk Ahmad bin bin Ismail dilantik sebagai pengerusi syarikat itu semalam.",
     "Datuk Ahmad bin Ismail dilantik sebagai pengerusi syarikat itu semalam.",
     "Malay bin, the same particle"),
]
AFFIX_KEEP = [
    ("id", "Polisi menahan dua orang, sementara tersangka tersangka lain masih diburu petugas.",
     "ter- makes nouns too (tersangka, suspect): a plural doubled whole, so ter- is not in the list"),
    ("id", "Petugas menghapus direktori direktori lama dari server kantor pada akhir pekan.",
     "direktori reads as di- + rektor + -i: di- counts only with -kan"),
    ("id", "Di kebun binatang itu beruang beruang madu tidur di bawah pohon besar.",
     "beruang (bear) is ber- + uang only by chance: a root of four letters is too short"),
]


@pytest.mark.parametrize("lang, text, expected, why", AFFIX_FIX)
def test_a_verb_or_a_name_particle_doubled_is_repaired(lang, text, expected, why):
    assert check_contract(RepeatedWords(lang=lang), text) == expected, why


@pytest.mark.parametrize("lang, text, expected, why", AFFIX_FIX)
def test_the_default_call_repairs_them_too(lang, text, expected, why):
    assert textmend.clean(text) == expected, why


@pytest.mark.parametrize("lang, text, why", AFFIX_KEEP)
def test_a_noun_doubled_as_its_plural_stays(lang, text, why):
    assert RepeatedWords(lang=lang).find_edits(text) == [], why


# fused: a sentence of the language's own words beside a quoted foreign sentence.
QUOTE = "Allah berfirman dalam Al-Quran: Laa ikroha fid diin."
REST = " Para ulama sepakat bahwa dakwah harus dilakukan dengan cara yang baik dan lembut."


def test_a_fusion_in_a_native_sentence_beside_a_foreign_one_is_split():
    # The transliterated Arabic makes the line read as foreign; the fusion's own sentence
    # is Indonesian word for word, so the guard does not hold it.
    text = QUOTE + " Artinya tidak ada paksaan, jadi kita tidak boleh memaksa orangmasuk Islam." + REST
    expected = QUOTE + " Artinya tidak ada paksaan, jadi kita tidak boleh memaksa orang masuk Islam." + REST
    assert check_contract(FusedTokens(lang="id"), text) == expected


def test_a_fusion_in_a_sentence_with_foreign_words_stays():
    # The same rule does not reach into the foreign sentence: "ikroha" and "fid" are in it.
    text = "Allah berfirman: Laa ikroha fid diin orangmasuk dalam agama." + REST
    assert FusedTokens(lang="id").find_edits(text) == []


def test_a_native_looking_sentence_in_a_foreign_document_stays():
    # A paragraph mostly transliterated: the document reads foreign, and a sentence of words
    # the lexicon happens to know is no evidence of the language there.
    text = (
        "Laa ikroha fid diin, qod tabayyanar rusydu minal ghoyyi, faman yakfur bit thoghuti. "
        "Jadi kita tidak boleh memaksa orangmasuk Islam."
    )
    assert FusedTokens(lang="id").find_edits(text) == []


def test_english_keeps_its_line_guard():
    # English's foreign-line guard was tuned on its own benchmarks and stays as it was: the
    # same shape of line (a quoted foreign sentence, then one of the language) gets no reprieve.
    from textmend.normalizers.fused import _LineCache, _scanner

    text = (
        "The crowd chanted wallahi ikroha bismillahi fid diin loudly. "
        "Police said the march was peaceful and nobody was arrested aftermidnight by officers."
    )
    english = _scanner("en")
    lines = _LineCache(text, english)
    at = text.index("aftermidnight")
    assert lines.foreign(at, english)
    assert not lines.native_sentence(at, at + len("aftermidnight"), english)
