"""Rare real words the lexicon lacks, of the kinds the dictionary probe found split (issue 13,
branch ``prec12``, ``benchmarks/dictionary_probe.py``).

Each kind is a form built by the language's morphology on a word the lexicon knows; the texts
were written for these tests, each with its reason.  Beside each kind stands a glued token of
the same shape that must still be split, so a rule that swallowed every repair would fail.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired


def _kept(text: str, lang: str, reason: str) -> None:
    assert_kept(text, reason, lang)


def _repaired(damaged: str, lang: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason, lang)


# -- German: the present participle of a rare verb, declined (infinitive + "d" + ending)

GERMAN_PARTICIPLES = [
    (
        "Auf dem Feld stand ein Bauer mit düngendem Blick, und niemand im Dorf wusste, was er eigentlich vorhatte.",
        "'düngendem': the participle 'düngend' of 'düngen' with its dative ending, not 'düngen dem'",
    ),
    (
        "Ein die Heimat besingendes Lied erklang am Abend, und alle Musiker auf der Bühne stimmten leise mit ein.",
        "'besingendes': the participle of 'besingen', neuter, not 'besingen des'",
    ),
    (
        "Mit veredelndem Licht zeigte die Ausstellung alte Stoffe, die jahrzehntelang im Keller des Museums lagen.",
        "'veredelndem': an infinitive in -eln ('veredeln') takes the participle's 'd' as well",
    ),
]


@pytest.mark.parametrize(("text", "reason"), GERMAN_PARTICIPLES)
def test_a_declined_participle_of_a_rare_verb_is_one_word(text: str, reason: str) -> None:
    _kept(text, "de", reason)


def test_a_preposition_glued_to_an_article_is_still_split() -> None:
    _repaired(
        "Er stand zwischendem Tor und der Mauer und wartete auf den Bus, der an diesem Morgen spät kam.",
        "de",
        "Er stand zwischen dem Tor und der Mauer und wartete auf den Bus, der an diesem Morgen spät kam.",
        "'zwischen' is a preposition, no verb: it makes no participle",
    )


# -- French and Portuguese: the synthetic future and conditional (infinitive + a form of "avoir" / "ir")

ROMANCE_FUTURES = [
    (
        "fr",
        "Je reformulerai la question demain matin, a-t-elle promis aux journalistes réunis devant la mairie du village.",
        "'reformulerai': the future of 'reformuler' (infinitive + 'ai'); 'ai' never follows an infinitive as a word",
    ),
    (
        "fr",
        "Les pompiers aspergeraient les toits si le vent tournait encore, selon le maire qui suivait la situation.",
        "'aspergeraient': the conditional of 'asperger' (infinitive + 'aient')",
    ),
    (
        "fr",
        "Les conducteurs klaxonneront sans doute toute la soirée après la victoire de leur équipe en finale hier.",
        "'klaxonneront': the future of 'klaxonner' (infinitive + 'ont')",
    ),
    (
        "pt",
        "Se tivéssemos tempo, escavaríamos o terreno inteiro antes da chegada das chuvas, disse o arqueólogo ontem.",
        "'escavaríamos': the conditional of 'escavar' (infinitive + 'íamos'), not 'escavar íamos'",
    ),
]


@pytest.mark.parametrize(("lang", "text", "reason"), ROMANCE_FUTURES)
def test_a_synthetic_future_of_a_rare_verb_is_one_word(lang: str, text: str, reason: str) -> None:
    _kept(text, lang, reason)


def test_a_noun_in_er_glued_to_the_verb_a_is_still_split() -> None:
    _repaired(
        "Le premiera dit que la salle était vide et que personne ne viendrait ce soir pour la réunion.",
        "fr",
        "Le premier a dit que la salle était vide et que personne ne viendrait ce soir pour la réunion.",
        "'a' follows a noun in -er ('le premier a'): it is not listed among the future's forms",
    )


def test_an_infinitive_glued_to_a_preposition_is_still_split() -> None:
    _repaired(
        "Nous voulons parleravec les habitants du quartier avant de prendre une décision sur le nouveau projet.",
        "fr",
        "Nous voulons parler avec les habitants du quartier avant de prendre une décision sur le nouveau projet.",
        "'avec' is no form of 'avoir': the infinitive and the next word were glued",
    )
    _repaired(
        "Ela queria escavaro terreno antes das chuvas, mas a equipe chegou tarde demais para começar o trabalho.",
        "pt",
        "Ela queria escavar o terreno antes das chuvas, mas a equipe chegou tarde demais para começar o trabalho.",
        "an infinitive glued to the article 'o': no conditional ending",
    )


# -- English: a known word's inflection with the spelling change its ending takes

ENGLISH_RESPELT_INFLECTIONS = [
    (
        "The village kept its old custom of sunrising prayers on the hill above the harbour every summer.",
        "'sunrising': 'sunrise' + '-ing' with its silent e dropped, not 'sun rising'",
    ),
    (
        "The tabloids scandalled the family for years before the court finally ruled in their favour.",
        "'scandalled': 'scandal' + '-ed' with its final consonant doubled (British spelling), not 'scandal led'",
    ),
    (
        "He was the honestest man in the whole county, his neighbours told the reporter on Tuesday.",
        "'honestest': the superlative of 'honest', not 'honest est'",
    ),
]


@pytest.mark.parametrize(("text", "reason"), ENGLISH_RESPELT_INFLECTIONS)
def test_a_respelt_inflection_of_a_known_word_is_one_word(text: str, reason: str) -> None:
    _kept(text, "en", reason)


def test_glued_words_ending_like_an_inflection_are_still_split() -> None:
    _repaired(
        "The fans were chanting andrest of the crowd joined in before the match began.",
        "en",
        "The fans were chanting and rest of the crowd joined in before the match began.",
        "'-est' after 'andr': no superlative of a known word (the dropped e is not restored before -est)",
    )
    _repaired(
        "She went out forshopping with her sister on Saturday morning, as she did every week.",
        "en",
        "She went out for shopping with her sister on Saturday morning, as she did every week.",
        "'forshopp|ing': undoubling the p gives 'forshop', no known word",
    )


# -- English: prefixes wordfreq also lists as words ("sub", "trans", "mid"), the suffix "-ian"

ENGLISH_PREFIXED_AND_SUFFIXED = [
    (
        "The grammar book treats each subsentence as a clause of its own, with a subject and a verb.",
        "'sub-' on a noun is the prefix, though wordfreq lists 'sub' as a word",
    ),
    (
        "Nietzsche wrote about transvaluing all values, a phrase his readers still argue about today.",
        "'trans-' on a verb form is the prefix",
    ),
    (
        "Many of them faced crises in their midlives and changed careers, the survey of workers found.",
        "'mid-' on a noun is the prefix",
    ),
    (
        "He was a fine arithmetician and taught the village children their sums for forty years.",
        "'-ian' on a noun is the suffix: the name 'Ian' would be capitalized",
    ),
]


@pytest.mark.parametrize(("text", "reason"), ENGLISH_PREFIXED_AND_SUFFIXED)
def test_a_prefix_or_suffix_wordfreq_lists_as_a_word_is_not_split_off(text: str, reason: str) -> None:
    _kept(text, "en", reason)


def test_a_prefix_glued_to_a_function_word_is_still_split() -> None:
    _repaired(
        "The clinic serves gay, lesbian, transand intersex patients from across the whole region.",
        "en",
        "The clinic serves gay, lesbian, trans and intersex patients from across the whole region.",
        "a listed prefix glued to a function word: two words ('inthe' as well)",
    )


# -- Italian: a rarer tense of a verb the lexicon knows by its infinitive

ITALIAN_TENSES = [
    (
        "Se potessi scegliere, ordineresti tu la cena per tutti noi stasera, come hai fatto la settimana scorsa?",
        "'ordineresti': the conditional of 'ordinare', not 'ordine resti'",
    ),
    (
        "Quando eravate giovani, invitavate sempre gli amici a casa per la cena della domenica sera.",
        "'invitavate': the imperfect of 'invitare', not 'invitava te'",
    ),
    (
        "Se tu fossi qui, chiariresti subito ogni dubbio ai colleghi che ti aspettano da ore in ufficio.",
        "'chiariresti': the conditional of 'chiarire', not 'chiari resti'",
    ),
]


@pytest.mark.parametrize(("text", "reason"), ITALIAN_TENSES)
def test_a_rare_tense_of_a_known_verb_is_one_word(text: str, reason: str) -> None:
    _kept(text, "it", reason)


def test_a_noun_glued_to_a_verb_with_a_tense_ending_is_still_split() -> None:
    _repaired(
        "Il sindaco ha chiesto che la genteresti calma durante la notte, mentre i vigili del fuoco lavorano.",
        "it",
        "Il sindaco ha chiesto che la gente resti calma durante la notte, mentre i vigili del fuoco lavorano.",
        "'gent|eresti': there is no verb 'gentare'; a noun and a verb glued",
    )


# -- French: the feminine plural of a known word, a tense of a verb known by its infinitive

FRENCH_FORMS = [
    (
        "Les clauses disposantes du contrat ont été relues par les avocats des deux parties avant la signature.",
        "'disposantes': 'disposant' + the feminine plural '-es'; 'es' is a word only after 'tu'",
    ),
    (
        "Si tu avais la clé, tu cadenasserais la grille du jardin chaque soir avant de partir en ville.",
        "'cadenasserais': the conditional of 'cadenasser', not 'cadenas serais'",
    ),
    (
        "Le directeur veut que la lumière éblouisse les visiteurs dès leur entrée dans la grande salle.",
        "'éblouisse': the subjunctive of 'éblouir', not 'éblouis se'",
    ),
]


@pytest.mark.parametrize(("text", "reason"), FRENCH_FORMS)
def test_a_french_form_of_a_known_word_is_one_word(text: str, reason: str) -> None:
    _kept(text, "fr", reason)


def test_french_words_glued_to_a_verb_are_still_split() -> None:
    _repaired(
        "Le projet du gouvernementest prêt, a annoncé le ministre devant les députés réunis hier soir.",
        "fr",
        "Le projet du gouvernement est prêt, a annoncé le ministre devant les députés réunis hier soir.",
        "'est' is no ending: a noun glued to the verb",
    )
    _repaired(
        "Sans ce travail, toi aussiserais perdu dans cette grande ville que tu ne connais pas encore.",
        "fr",
        "Sans ce travail, toi aussi serais perdu dans cette grande ville que tu ne connais pas encore.",
        "'aussis|erais': there is no verb 'aussiser'; an adverb glued to the verb",
    )


# -- Spanish and Portuguese: forms of a verb known by its infinitive

IBERIAN_VERB_FORMS = [
    (
        "es",
        "El retiramiento de las tropas empezó el lunes, según informó el ministerio de defensa en un comunicado.",
        "'retiramiento': the action noun of 'retirar', not 'retira miento'",
    ),
    (
        "pt",
        "No próximo ano controlaremos melhor os gastos da prefeitura, prometeu o novo secretário de finanças.",
        "'controlaremos': the future of 'controlar', not 'controlarem os'",
    ),
    (
        "pt",
        "Os comprovadores de renda devem ser entregues até sexta-feira, segundo a nota da universidade.",
        "'comprovadores': the agent noun of 'comprovar', not 'comprova dores'",
    ),
]


@pytest.mark.parametrize(("lang", "text", "reason"), IBERIAN_VERB_FORMS)
def test_a_form_of_a_verb_known_by_its_infinitive_is_one_word(lang: str, text: str, reason: str) -> None:
    _kept(text, lang, reason)


def test_glued_words_with_a_verb_ending_are_still_split() -> None:
    _repaired(
        "Te lo juro por mi madre: yo nuncamiento cuando hablo de mis hijos con los periodistas del pueblo.",
        "es",
        "Te lo juro por mi madre: yo nunca miento cuando hablo de mis hijos con los periodistas del pueblo.",
        "'nunc|amiento': there is no verb 'nuncar'; an adverb glued to the verb",
    )
    _repaired(
        "Ela queria depilara perna antes da festa, mas não encontrou a cera que tinha comprado na semana passada.",
        "pt",
        "Ela queria depilar a perna antes da festa, mas não encontrou a cera que tinha comprado na semana passada.",
        "the pluperfect '-ara' is not read: it looks as an infinitive glued to the article 'a' does",
    )
