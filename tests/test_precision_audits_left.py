"""Precision on the damage the audits still found on main (issue 13, branch ``prec7``).

Grouped by kind, each kind judged by evidence in the text, not by the strings the audits
found.  Each text here was written for the test, with its reason; beside each kind stands
damaged text of the same shape that must still be repaired, so a rule that swallowed every
repair would fail.
"""

from __future__ import annotations

import textmend
from contract import assert_kept, assert_repaired
from textmend.normalizers.fused import FusedTokens


def _kept(text: str, lang: str, reason: str) -> None:
    assert_kept(text, reason, lang)


def _repaired(damaged: str, lang: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason, lang)


# -- punctuation: a language wordfreq does not know, read as fragments of English


def test_words_of_an_unknown_language_are_not_english_fragments() -> None:
    _kept(
        "Eur ha munut nevez :",
        "auto",
        "Breton spaces ':' as French does; 'mun|ut' and 'nev|ez' are no English words: "
        "their short fragments are too rare to be English words standing alone",
    )
    _repaired("Is this the new password ?", "auto", "Is this the new password?", "English words: the space before '?' is a slip")
    _repaired(
        "Голосуйте за лучшего повара на Kvzu.ru !",
        "auto",
        "Голосуйте за лучшего повара на Kvzu.ru!",
        "a paragraph mostly in Cyrillic: its one Latin word is a name, no language of its own",
    )


# -- punctuation: two lone letters around a colon


def test_two_lone_letters_around_a_colon_are_notation() -> None:
    _kept("Each order has an M:N relation with its items.", "en", "two lone letters that make no word: notation")
    _repaired("Q: Are you ready?\nA:I am.", "en", "Q: Are you ready?\nA: I am.", "an answer's label glued to the word 'I'")


# -- punctuation: a comma inside a name alone on its line


def test_a_comma_inside_a_name_alone_on_its_line_stays() -> None:
    _kept("Reply\n\nmaria,ana\n2 hours ago", "auto", "a commenter's name alone on its line, two lower-case parts")
    _repaired("They came home late,tired and hungry.", "en", "They came home late, tired and hungry.", "a comma glued inside a sentence")


# -- punctuation: a question mark in place of a lost letter


def test_a_question_mark_inside_a_word_stays() -> None:
    _kept(
        "Zu verkaufen: Sämaschine (vet?gép), 280 cm breit.",
        "auto",
        "a question mark between lower-case letters, no known word after it: a letter the encoding lost",
    )
    _repaired("But why?he asked.", "en", "But why? he asked.", "a question mark glued to a common word")


# -- punctuation: a colon inside a name, inside a sentence


def test_a_colon_joined_name_inside_a_sentence_stays() -> None:
    _kept(
        "Tickets for the Future:Work summit sold out in a day.",
        "en",
        "a colon between capitalized words after a lower-case word: a name inside a sentence, not a label",
    )
    _repaired("Coming Soon:Galaxy Phone Series 5", "en", "Coming Soon: Galaxy Phone Series 5", "a capitalized label opening its line")


# -- punctuation: French spacing in a paragraph identified as another language


def test_french_spacing_in_a_paragraph_read_as_another_language_stays() -> None:
    # A run of single letters (an index) makes identification guess: here Slovak.  Words the
    # guessed language does not know, beside a letter of French spelling, say the space is French.
    _kept("Annuaire des sociétés : A B C D E F G H", "sk", "words no Slovak, 'é': French typography")
    _repaired("¿Qué es esto ?", "es", "¿Qué es esto?", "Spanish words Spanish knows: the space is a slip")
    _repaired(
        "Gewerkschaft übt Kritik : Streik geht weiter",
        "sk",
        "Gewerkschaft übt Kritik: Streik geht weiter",
        "German read as Slovak: words the guessed language lacks, but no French words either",
    )


# -- fused: a word written capitalized and in lower case is the document's word


def test_a_word_written_capitalized_and_in_lower_case_is_the_documents_word() -> None:
    # A menu read as Portuguese ("o" bullets): "regionale" is "regional" + "e" there, but the
    # menu writes it twice, once opening an item, once inside one: two uses, not one block
    # repeated, though the same word follows both.
    fused = FusedTokens(lang="pt")
    menu = "o Regionale Beziehungen\no Europapolitik und regionale Beziehungen\no Termine"
    assert fused(menu) == menu
    # Written once, the token is split as before; and a block repeated whole, case and all,
    # is still one accident.
    once = "o Europapolitik und regionale Beziehungen\no Termine"
    assert fused(once) != once
    block = "a cidadee o campo"
    assert fused(f"{block}\n\n{block}") == "a cidade e o campo\n\na cidade e o campo"


# -- fused: a form of a word the lexicon lists


def test_a_form_of_a_listed_word_needs_the_pair_written_apart() -> None:
    _kept(
        "We review changesets every week. Each change is logged in the tracker.",
        "en",
        "'changesets' is a form of 'changeset', which the lexicon lists: 'change' written alone is no evidence",
    )
    _repaired(
        "Two change sets were logged. We review changesets weekly.",
        "en",
        "Two change sets were logged. We review change sets weekly.",
        "the document writes the pair apart: evidence that beats the listed word",
    )


# -- fused: a conjunction split off before another


def test_no_conjunction_is_split_off_before_another() -> None:
    _kept(
        "They fitted a camera, a sound recordor and a thermometer.",
        "en",
        "'record or and': no two conjunctions stand in a row, so the misspelt word stays whole",
    )
    _repaired(
        "They fitted a sound recorderor a camera.",
        "en",
        "They fitted a sound recorder or a camera.",
        "a conjunction glued to a word, no second conjunction after it",
    )


# -- fused: a name a dollar sign marks


def test_a_mixed_case_name_after_a_dollar_sign_stays() -> None:
    _kept(
        "Shops\nhttp://example.onion/ $$ payFlow http://example2.onion/cards Cash Galaxy",
        "en",
        "a mixedCase name a dollar sign marks: a name in a list, no lost boundary",
    )
    _repaired(
        "It cost $5 and the reinforcementStoltenberg said so.",
        "en",
        "It cost $5 and the reinforcement Stoltenberg said so.",
        "a dollar sign before a price marks no name",
    )


# -- fused: a plural noun after a plural determiner


def test_a_plural_noun_after_a_plural_determiner_stays_whole() -> None:
    _kept(
        "Quand tu racontes des histoirees, choisis bien tes mots.",
        "fr",
        "'des' goes before a plural noun: the misspelt plural 'histoirees' is no 'histoire es'",
    )
    _repaired(
        "Il a vu des maisonset des jardins.",
        "fr",
        "Il a vu des maisons et des jardins.",
        "the left part keeps the plural's -s: the determiner agrees with it",
    )
    _repaired(
        "Il a vu la maisonet le jardin.",
        "fr",
        "Il a vu la maison et le jardin.",
        "a singular determiner says nothing of the kind",
    )


# -- repeats: an interjection doubled after a sentence's end


def test_an_interjection_doubled_after_a_sentence_end_stays() -> None:
    _kept(
        "Die Regierung verspricht uns seit Jahren mehr Sicherheit. ja ja Wir haben das alles schon gehört.",
        "de",
        "'ja ja' right after a sentence's end: an utterance of its own",
    )
    _repaired("Wir gehen. Wir sind ja ja müde.", "de", "Wir gehen. Wir sind ja müde.", "'ja ja' inside a sentence is a slip")


def test_clean_text_of_every_kind_passes_through() -> None:
    # The kinds above side by side in one clean text: no rule fires on another's evidence.
    text = (
        "They went to the Future:Work summit. An M:N relation links them.\n\n"
        "maria,ana\n\nWe review changesets weekly. Es war gut….ja ja Wir kommen wieder."
    )
    assert textmend.clean(text, lang="en") == text
