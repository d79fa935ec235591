"""Repeated words in Indonesian and Malay, where reduplication is grammar (issue 15).

Each case is a sentence written for this file, with the reason it is kept or repaired.
A doubled word stays unless the language's grammar never doubles it whole: a closed-class
word (``data/<lang>/never_reduplicated.txt``), a verb with a verbal prefix (reduplication
doubles the root only: ``dipukul-pukul``, ``menyebut-nyebut``; ``bel-`` is ``ber-`` before
``ajar``, and ``-an`` makes a verb only with ``ber-``), or a word with a particle
(``itulah``) that goes once onto a phrase.
"""

from __future__ import annotations

import pytest

from textmend.normalizers.repeats import RepeatedWords

from contract import check_contract

FIX = [
    ("id", "Polisi mengatakan tersangka sudah ditangkap ditangkap di rumahnya pada Selasa malam.",
     "Polisi mengatakan tersangka sudah ditangkap di rumahnya pada Selasa malam.",
     "di- + tangkap: a passive verb doubles its root only (ditangkap-tangkap)"),
    ("id", "Presiden menyampaikan menyampaikan ucapan duka kepada keluarga para korban banjir.",
     "Presiden menyampaikan ucapan duka kepada keluarga para korban banjir.",
     "meny- + sampai + -kan: the prefix drops the root's s, and only the root is ever doubled"),
    ("id", "Warga desa itu bertahan bertahan di pengungsian selama dua minggu tanpa listrik.",
     "Warga desa itu bertahan di pengungsian selama dua minggu tanpa listrik.",
     "ber- + tahan: an intransitive verb, doubled as bertahan-tahan if at all"),
    ("id", "Banjir datang setiap tahun, dan itulah itulah alasan warga membangun rumah panggung.",
     "Banjir datang setiap tahun, dan itulah alasan warga membangun rumah panggung.",
     "itu + -lah: the particle goes once onto the phrase"),
    ("id", "Saya harap kamu kamu bisa datang ke acara pernikahan kami bulan depan.",
     "Saya harap kamu bisa datang ke acara pernikahan kami bulan depan.",
     "a personal pronoun is never reduplicated"),
    ("id", "Sejak pindah ke Surabaya, adik saya belajar belajar menari di sanggar dekat sekolahnya.",
     "Sejak pindah ke Surabaya, adik saya belajar menari di sanggar dekat sekolahnya.",
     "bel- is ber- before ajar (mengajar, diajar): a prefixed verb, never doubled whole"),
    ("id", "Setelah hujan reda, para pedagang kaki lima bermunculan bermunculan di sepanjang trotoar.",
     "Setelah hujan reda, para pedagang kaki lima bermunculan di sepanjang trotoar.",
     "ber- + muncul + -an: the confix of a verb of many actors, doubled as bermunculan only once"),
    ("ms", "Polis berkata suspek telah ditahan ditahan di sebuah rumah di Shah Alam semalam.",
     "Polis berkata suspek telah ditahan di sebuah rumah di Shah Alam semalam.",
     "Malay di- + tahan: the same grammar as Indonesian"),
    ("ms", "Janganlah janganlah kita lupa jasa para guru yang mendidik anak anak kita.",
     "Janganlah kita lupa jasa para guru yang mendidik anak anak kita.",
     "jangan + -lah at a sentence start; 'anak anak' (children) stays"),
]

KEEP = [
    ("id", "Setiap Minggu pagi warga kerja bakti bersih bersih selokan di sepanjang jalan kampung.",
     "bersih-bersih (cleaning up) begins like ber- + sih, but 'sih' is too short to be its root"),
    ("id", "Pemerintah meminta masyarakat tidak mudah percaya pada berita berita bohong di media sosial.",
     "berita (news) doubled as a plural: 'ita' is no root"),
    ("id", "Para menteri menteri kabinet hadir dalam rapat terbatas di istana pada Senin.",
     "menteri (minister) doubled as a plural: 'teri' takes no other verbal prefix"),
    ("id", "Pemerintah sedang menyiapkan langkah langkah pencegahan sebelum musim hujan tiba.",
     "langkah (step) ends like -kah but is as common as a word of its own"),
    ("id", "Banyak masalah masalah lama di kota ini belum juga diselesaikan oleh pemerintah.",
     "masalah (problem) ends like -lah but is no particle form of masa"),
    ("id", "Perusahaan perusahaan besar diminta ikut membantu korban banjir di wilayah itu.",
     "per- + -an makes nouns, which double whole as plurals"),
    ("id", "Anak itu diam diam pergi ke rumah neneknya tanpa memberi tahu orang tuanya.",
     "diam-diam (secretly): 'am' is too short to be a root of di-"),
    ("id", "Setiap akhir pekan ibu suka belanja belanja di pasar tradisional dekat rumah kami.",
     "belanja (shopping) begins like bel-, but 'anja' takes no verbal prefix: a reduplication"),
    ("ms", "Kanak kanak itu berlari lari anak di tepi pantai sambil ketawa gembira.",
     "kanak-kanak and no whole prefixed word doubled"),
]


@pytest.mark.parametrize("lang, text, expected, why", FIX)
def test_a_double_the_grammar_never_makes_is_repaired(lang, text, expected, why):
    assert check_contract(RepeatedWords(lang=lang), text) == expected, why


@pytest.mark.parametrize("lang, text, why", KEEP)
def test_a_reduplication_or_a_word_that_only_looks_affixed_stays(lang, text, why):
    assert RepeatedWords(lang=lang).find_edits(text) == [], why


@pytest.mark.parametrize("lang, text, expected, why", FIX)
def test_the_default_call_identifies_the_language_and_repairs(lang, text, expected, why):
    import textmend

    assert textmend.clean(text) == expected, why


# A content word doubled with a space is kept (a spaced reduplication reads the same), unless
# the text writes that same word's reduplication joined, as standard spelling does with a
# hyphen (or informally with a "2"): its writer joins this word's reduplication, so the spaced
# one has lost its hyphen, and the repair joins it the way the text does.  (Deleting a copy,
# as this once did, turned the ministry's "orang orang yang beriman", a plural, into a singular.)
JOINED_ELSEWHERE = [
    ("id",
     "Orang-orang di kampung itu menolak rencana tambang. Menurut kepala desa, orang orang yang datang dari kota belum pernah bertanya.",
     "Orang-orang di kampung itu menolak rencana tambang. Menurut kepala desa, orang-orang yang datang dari kota belum pernah bertanya.",
     "the text writes orang-orang with a hyphen"),
    ("id",
     "Guru2 di sekolah itu belum menerima gaji. Kepala sekolah mengatakan guru guru honorer paling terdampak.",
     "Guru2 di sekolah itu belum menerima gaji. Kepala sekolah mengatakan guru2 honorer paling terdampak.",
     "the text writes guru2, the informal joined reduplication"),
    ("ms",
     "Pelajar-pelajar sekolah itu akan menduduki peperiksaan minggu depan. Guru kelas berkata pelajar pelajar tingkatan lima sudah bersedia.",
     "Pelajar-pelajar sekolah itu akan menduduki peperiksaan minggu depan. Guru kelas berkata pelajar-pelajar tingkatan lima sudah bersedia.",
     "the text writes pelajar-pelajar with a hyphen"),
    ("id",
     "Sesungguhnya kami benar benar memandang kamu dalam keadaan kurang akal, dan kami benar-benar menganggap kamu termasuk orang-orang yang berdusta.",
     "Sesungguhnya kami benar-benar memandang kamu dalam keadaan kurang akal, dan kami benar-benar menganggap kamu termasuk orang-orang yang berdusta.",
     "an adverb's reduplication (benar-benar, truly): deleting a copy would leave benar, true"),
]

# The text's slips beside its joined reduplications are still removed: a word the grammar
# never doubles whole.
JOINED_AND_SLIPPED = [
    ("id",
     "Orang-orang yang yang menentang keputusan itu berkumpul di depan kantor bupati pada Senin pagi.",
     "Orang-orang yang menentang keputusan itu berkumpul di depan kantor bupati pada Senin pagi.",
     "yang (which) is never reduplicated"),
    ("id",
     "Mereka melakukan melakukan pemeriksaan terhadap orang-orang yang datang dari luar kota.",
     "Mereka melakukan pemeriksaan terhadap orang-orang yang datang dari luar kota.",
     "me- + lakukan: a prefixed verb doubles its root only"),
]


@pytest.mark.parametrize("lang, text, expected, why", JOINED_AND_SLIPPED)
def test_a_slip_beside_joined_reduplications_is_still_removed(lang, text, expected, why):
    assert check_contract(RepeatedWords(lang=lang), text) == expected, why


def test_a_word_after_a_backtick_is_the_tail_of_a_transliterated_word():
    # Transliterated Arabic writes the ayn with a backtick: "wa`dan" is one Arabic word,
    # and the Indonesian "dan" (and) after it is no second copy of anything.
    text = "(sebagai janji yang benar) lafal wa`dan dan haqqan keduanya berbentuk mashdar yang mengukuhkan."
    assert RepeatedWords(lang="id").find_edits(text) == []
    twin = "(sebagai janji yang benar) lafal wa dan dan haqqan keduanya berbentuk mashdar yang mengukuhkan."
    assert check_contract(RepeatedWords(lang="id"), twin) == twin.replace("dan dan", "dan")


SPACED_ONLY = [
    ("id", "Menurut kepala desa, orang orang yang datang dari kota belum pernah bertanya kepada warga.",
     "no joined form of 'orang' in the text: a spaced plural, kept"),
    ("id", "Penghinaan pun macam-macam tingkatnya, hingga penghinaan yang amat amat keji di media sosial.",
     "another word's hyphen (macam-macam) says nothing of 'amat': an emphatic double, kept"),
    ("id", "Petani membuat orang-orangan sawah dari jerami. Orang orang kota jarang melihatnya.",
     "orang-orangan (a scarecrow) is another word, not the reduplication of 'orang'"),
]


@pytest.mark.parametrize("lang, text, expected, why", JOINED_ELSEWHERE)
def test_a_spaced_double_of_a_word_the_text_reduplicates_joined_is_repaired(lang, text, expected, why):
    assert check_contract(RepeatedWords(lang=lang), text) == expected, why


@pytest.mark.parametrize("lang, text, why", SPACED_ONLY)
def test_a_spaced_double_stays_without_that_words_joined_form(lang, text, why):
    assert RepeatedWords(lang=lang).find_edits(text) == [], why


def test_joined_reduplication_is_evidence_only_where_standard_spelling_hyphenates():
    # Turkish spells its reduplications apart ("yavaş yavaş") and web text hyphenates them
    # now and then: a spaced double beside a hyphenated one is a reduplication there.
    text = "Kar yavaş-yavaş eriyor, dedi muhtar. Köye giden araba yolda yavaş yavaş ilerledi."
    assert RepeatedWords(lang="tr").find_edits(text) == []


# After a numeral (or a number in digits, "suatu", "setiap") Indonesian and Malay leave the
# noun single: the count already says how many (data/<lang>/counting_words.txt).
AFTER_A_COUNT = [
    ("id", "Gempa itu merusak tiga rumah rumah warga di lereng bukit dekat desa kami.",
     "Gempa itu merusak tiga rumah warga di lereng bukit dekat desa kami.",
     "tiga (three) counts the houses: rumah-rumah after it says the plural twice"),
    ("id", "Terdakwa dijatuhi hukuman 12 tahun tahun penjara oleh majelis hakim kemarin.",
     "Terdakwa dijatuhi hukuman 12 tahun penjara oleh majelis hakim kemarin.",
     "a number in digits counts the years"),
    ("id", "Pada suatu malam malam yang dingin, nelayan itu tidak pulang dari laut.",
     "Pada suatu malam yang dingin, nelayan itu tidak pulang dari laut.",
     "suatu (a certain) makes the noun one: malam-malam cannot follow it"),
    ("ms", "Kedai itu hanya menjual lima jenis jenis kuih pada setiap pagi Ahad.",
     "Kedai itu hanya menjual lima jenis kuih pada setiap pagi Ahad.",
     "Malay lima (five) counts the kinds"),
]

COUNT_KEPT = [
    ("id", "Kami bertemu dua orang orang tua murid yang datang terlambat ke sekolah.",
     "orang is the classifier after dua, and orang tua (parents) the noun: two words, both needed"),
    ("id", "Para menteri menteri kabinet hadir dalam rapat di istana pada hari Senin.",
     "para (a quantifier) is left out: writers do reduplicate after it"),
    ("id", "Ia membaca nama para korban satu satu di depan keluarga yang berkumpul.",
     "satu-satu (one by one): the numeral itself doubled"),
    ("id", "Pada tahun 1998 kaum kaum muda turun ke jalan menuntut reformasi.",
     "1998 is a year, not a count: four digits name a year as often as an amount"),
    ("ms", "Sejak 2015 kawan kawan lama saya sudah berpindah ke Kuala Lumpur.",
     "a year before a reduplicated noun (kawan-kawan, friends) counts nothing"),
]


@pytest.mark.parametrize("lang, text, expected, why", AFTER_A_COUNT)
def test_a_noun_doubled_after_a_numeral_is_repaired(lang, text, expected, why):
    assert check_contract(RepeatedWords(lang=lang), text) == expected, why


@pytest.mark.parametrize("lang, text, why", COUNT_KEPT)
def test_a_classifier_a_quantifier_or_a_doubled_numeral_stays(lang, text, why):
    assert RepeatedWords(lang=lang).find_edits(text) == [], why
