"""Rare real words the lexicon lacks in Dutch, the Scandinavian languages, Polish and the
Romance languages, of the kinds the dictionary probe found split (issues 15 and 13, branch
``lang8``, ``benchmarks/dictionary_probe.py``).

Each kind is a form the language's grammar builds on a word the lexicon knows; the sentences
were written for these tests, each with its reason.  Beside each kind stand glued tokens of the
same shape that must still be split, so a rule that swallowed every repair would fail.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired

# -- Polish: the conditional, the l-form of a verb with the particle -by written closed

POLISH_CONDITIONALS = [
    (
        "Nikt nie wiedział, czy zwyciężyłaby w wyborach, gdyby kampania trwała jeszcze miesiąc dłużej.",
        "'zwyciężyłaby': the feminine conditional of 'zwyciężyć', not 'zwyciężyła by'",
    ),
    (
        "Maszyna pracowała całą noc, ale nikt nie wiedział, co napędzałby ją dalej, gdyby zabrakło prądu.",
        "'napędzałby': the conditional of 'napędzać' (l-form 'napędzał' + '-by'), never written apart",
    ),
    (
        "Lekarz powiedział, że chłopiec szybko wyzdrowiałby w górach, gdzie powietrze jest czystsze.",
        "'wyzdrowiałby': the conditional of 'wyzdrowieć' ('-iał' from an infinitive in '-ieć')",
    ),
    (
        "Gdyby nie deszcz, całe miasto siedziałoby wieczorem na rynku i słuchało koncertu orkiestry.",
        "'siedziałoby': the neuter conditional of 'siedzieć'",
    ),
    (
        "Mówili, że gdyby mieli więcej czasu, przemalowalibyśmy razem cały dom jeszcze przed zimą.",
        "'przemalowalibyśmy': the first person plural of the conditional of 'przemalować'",
    ),
]


@pytest.mark.parametrize(("text", "reason"), POLISH_CONDITIONALS)
def test_a_polish_conditional_is_one_word(text: str, reason: str) -> None:
    assert_kept(text, reason, "pl")


def test_a_polish_l_form_glued_to_another_word_is_still_split() -> None:
    assert_repaired(
        "Wczoraj wieczorem napędzałoraz kontrolował cały mechanizm zegara na wieży ratusza w mieście.",
        "Wczoraj wieczorem napędzał oraz kontrolował cały mechanizm zegara na wieży ratusza w mieście.",
        "'oraz' is a conjunction, no ending of the conditional",
        "pl",
    )
    assert_repaired(
        "Wczoraj wieczorem zrobiłnawet kolację dla całej rodziny, a potem poszedł spać bardzo wcześnie.",
        "Wczoraj wieczorem zrobił nawet kolację dla całej rodziny, a potem poszedł spać bardzo wcześnie.",
        "'nawet' is an adverb glued to the l-form 'zrobił'",
        "pl",
    )


# -- Italian: the past tense in -ai, which reads as a verb and the plural article "i"

ITALIAN_PAST_TENSES = [
    (
        "Quella mattina affettai il pane per tutti, poi uscii a comprare il giornale in piazza.",
        "'affettai': the past tense of 'affettare'; 'i' is an article, and no article goes before 'il'",
    ),
    (
        "Appena arrivato in ufficio sconsigliai, con molta prudenza, l'acquisto della vecchia villa.",
        "'sconsigliai': the past tense of 'sconsigliare'; an article never goes before a comma",
    ),
    (
        "Da giovane governai una piccola barca a vela sul lago, e ne ricordo ancora ogni dettaglio.",
        "'governai': the past tense of 'governare'; 'una' is no plural, so 'i' is no article",
    ),
    (
        "Quando il fuoco si alzò, soffocai le fiamme con una coperta bagnata e chiamai i vigili.",
        "'soffocai': the past tense of 'soffocare' before 'le', an article itself",
    ),
]


@pytest.mark.parametrize(("text", "reason"), ITALIAN_PAST_TENSES)
def test_an_italian_past_tense_in_ai_is_one_word(text: str, reason: str) -> None:
    assert_kept(text, reason, "it")


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "Il nuovo sindaco governai cittadini con fermezza, secondo i sondaggi pubblicati ieri.",
            "Il nuovo sindaco governa i cittadini con fermezza, secondo i sondaggi pubblicati ieri.",
            "'cittadini' is a plural: the article 'i' goes before it",
        ),
        (
            "La nonna affettai pomodori maturi per l'insalata e prepara il basilico per la cena.",
            "La nonna affetta i pomodori maturi per l'insalata e prepara il basilico per la cena.",
            "'pomodori' is a plural after the article",
        ),
        (
            "Il comune sconsigliai loro viaggi in montagna durante l'allerta meteo di questa settimana.",
            "Il comune sconsiglia i loro viaggi in montagna durante l'allerta meteo di questa settimana.",
            "'loro' follows the plural article though it ends in -o (plural_article_followers.txt)",
        ),
    ],
)
def test_a_verb_glued_to_the_plural_article_before_a_plural_is_still_split(
    damaged: str, repaired: str, reason: str
) -> None:
    assert_repaired(damaged, repaired, reason, "it")


# -- Italian: the present subjunctive's third person plural in -ino, read as a plural and "no"

ITALIAN_SUBJUNCTIVES = [
    (
        "Il giudice teme che i due ricattino ancora il sindaco, e ha chiesto la scorta per lui.",
        "'ricattino': the subjunctive of 'ricattare', not 'ricatti no'",
    ),
    (
        "Non è chiaro se i vigili sgomberino il palazzo prima di domani mattina, dice il comune.",
        "'sgomberino': the subjunctive of 'sgomberare', not 'sgomberi no'",
    ),
    (
        "La maestra vuole che i ragazzi punteggino bene ogni frase del tema prima di consegnarlo.",
        "'punteggino': the subjunctive of 'punteggiare' (an infinitive in -iare drops its i)",
    ),
    (
        "Il governo chiede che le ambasciate rimpatrino subito i connazionali rimasti nella zona.",
        "'rimpatrino': the subjunctive of 'rimpatriare'",
    ),
]


@pytest.mark.parametrize(("text", "reason"), ITALIAN_SUBJUNCTIVES)
def test_an_italian_subjunctive_in_ino_is_one_word(text: str, reason: str) -> None:
    assert_kept(text, reason, "it")


def test_a_plural_glued_to_no_is_still_split() -> None:
    assert_repaired(
        "Sei d'accordo con la proposta? Io sì, ma i miei amicino: dicono che è troppo presto.",
        "Sei d'accordo con la proposta? Io sì, ma i miei amici no: dicono che è troppo presto.",
        "there is no verb 'amicare': a plural noun glued to 'no'",
        "it",
    )


# -- French: the future's third person singular (infinitive + "a") of a verb the lexicon knows

FRENCH_FUTURES = [
    (
        "Selon les experts, la fumée de l'incendie noircira encore les façades du vieux quartier cette semaine.",
        "'noircira': the future of 'noircir' (the lexicon knows 'noircissait'), not 'noircir a'",
    ),
    (
        "Le fisc soutirera aux contribuables une somme encore plus grande l'an prochain, prévient l'économiste.",
        "'soutirera': the future of 'soutirer' (the lexicon knows 'soutirait')",
    ),
    (
        "Le maire compatira sans doute à la douleur des familles, mais il ne changera pas sa décision.",
        "'compatira': the future of 'compatir' (the lexicon knows 'compatissait')",
    ),
]


@pytest.mark.parametrize(("text", "reason"), FRENCH_FUTURES)
def test_a_french_future_of_a_known_verb_is_one_word(text: str, reason: str) -> None:
    assert_kept(text, reason, "fr")


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "Le premiera quitté la salle avant la fin du discours, suivi de près par les autres ministres.",
            "Le premier a quitté la salle avant la fin du discours, suivi de près par les autres ministres.",
            "'premier' has no imperfect: a noun or adjective, and 'a' the verb after it",
        ),
        (
            "Le dossiera été transmis au parquet de Paris la semaine dernière, selon nos informations.",
            "Le dossier a été transmis au parquet de Paris la semaine dernière, selon nos informations.",
            "'dossier' is a noun in -er with no imperfect",
        ),
    ],
)
def test_a_noun_in_er_glued_to_a_is_still_split(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason, "fr")


# -- Italian: more forms of a verb known by its infinitive (verb_form_endings.txt)

ITALIAN_VERB_FORMS = [
    (
        "Se il terremoto continua così, domani traballiamo tutti insieme nelle case del centro storico.",
        "'traballiamo': the present of 'traballare', not 'tra balliamo'",
    ),
    (
        "Quando la chitarra è scordata, pizzichiamo le corde una alla volta per trovare la nota giusta.",
        "'pizzichiamo': 'pizzicare' writes an h before i, not 'pizzi chiamo'",
    ),
    (
        "Se tu sapessi la verità, denunceresti subito il direttore alla polizia, come hai sempre detto.",
        "'denunceresti': the conditional of 'denunciare', whose i goes before e, not 'denunce resti'",
    ),
    (
        "La licenza conceduta al comune scade alla fine dell'anno, secondo il ministero dell'ambiente.",
        "'conceduta': the participle of 'concedere', not 'con ceduta'",
    ),
]


@pytest.mark.parametrize(("text", "reason"), ITALIAN_VERB_FORMS)
def test_an_italian_form_of_a_known_verb_is_one_word(text: str, reason: str) -> None:
    assert_kept(text, reason, "it")


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "Il pubblico ha riso a lungo per labattuta finale del comico, che ha chiuso la serata.",
            "Il pubblico ha riso a lungo per la battuta finale del comico, che ha chiuso la serata.",
            "there is no verb 'labattere': the article glued to a participle",
        ),
        (
            "Stasera siamo stanchi e nonballiamo, anche se la musica della festa in piazza è molto bella.",
            "Stasera siamo stanchi e non balliamo, anche se la musica della festa in piazza è molto bella.",
            "there is no verb 'nonballare': the negation glued to a verb",
        ),
    ],
)
def test_a_word_glued_to_an_italian_verb_form_is_still_split(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason, "it")


# -- Dutch: a closed compound on a common noun the fused normalizer reads as a function word

DUTCH_COMPOUNDS = [
    (
        "De bank boekt het bedrag pas op de valutadag, dus de rente begint later te lopen dan gedacht.",
        "'valutadag': a compound on 'dag'; a word before 'dag' would be an adjective in -e",
    ),
    (
        "Na de operatie volgde elke ochtend een hersteldag in het ziekenhuis, zonder bezoek of telefoon.",
        "'hersteldag': 'herstel' + 'dag', a day of recovery",
    ),
    (
        "Historici noemen het kleine land in die eeuw vaak een kerkstaat, geregeerd door de bisschop.",
        "'kerkstaat': 'kerk' + 'staat', a state ruled by the church",
    ),
]


@pytest.mark.parametrize(("text", "reason"), DUTCH_COMPOUNDS)
def test_a_dutch_compound_on_a_common_noun_is_one_word(text: str, reason: str) -> None:
    assert_kept(text, reason, "nl")


def test_a_dutch_adjective_glued_to_a_common_noun_is_still_split() -> None:
    assert_repaired(
        "Het was een mooiedag, maar de wind was koud en de zee was wild en grijs aan het eind van de middag.",
        "Het was een mooie dag, maar de wind was koud en de zee was wild en grijs aan het eind van de middag.",
        "'mooie' ends in the adjective's -e: an adjective before 'dag', not a compound's head",
        "nl",
    )


# -- Portuguese: a tense that reads as an infinitive and the plural article "as"

PORTUGUESE_TENSES = [
    (
        "Se tu me seguraras a mão naquela noite, eu não teria caído na escada da velha estação.",
        "'seguraras': the pluperfect of 'segurar'; 'as' before the singular 'a' is no article",
    ),
    (
        "Ele disse que necessitaras e depois saiu da sala sem dizer mais nada a ninguém do grupo.",
        "'necessitaras': the pluperfect of 'necessitar'; no article goes before 'e'",
    ),
    (
        "Disseste que tingiras o cabelo de azul antes da festa, mas ninguém reparou na diferença.",
        "'tingiras': the pluperfect of 'tingir' before the article 'o'",
    ),
]


@pytest.mark.parametrize(("text", "reason"), PORTUGUESE_TENSES)
def test_a_portuguese_tense_before_no_plural_is_one_word(text: str, reason: str) -> None:
    assert_kept(text, reason, "pt")


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "A prefeitura vai controlaros gastos com a festa, disse o secretário de finanças ontem.",
            "A prefeitura vai controlar os gastos com a festa, disse o secretário de finanças ontem.",
            "'gastos' is a plural: the article 'os' goes before it",
        ),
        (
            "Ela queria depilara perna antes da festa, mas não encontrou a cera que tinha comprado.",
            "Ela queria depilar a perna antes da festa, mas não encontrou a cera que tinha comprado.",
            "'a' is not read as a plural article: the infinitive and the article before a singular",
        ),
    ],
)
def test_an_infinitive_glued_to_an_article_is_still_split(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason, "pt")


# -- Spanish: adjectives in -oso, -osa, which read as a plural and "o" (or) or "a" (to)

SPANISH_ADJECTIVES = [
    (
        "El forense describió un tejido huesoso y duro en la rodilla del paciente, según el informe.",
        "'huesoso': the adjective of 'hueso'; 'o' (or) never goes before 'y'",
    ),
    (
        "Mi tío es un hombre muy enfermoso: cada invierno pasa semanas en cama con fiebre alta.",
        "'enfermoso': the adjective of 'enfermo'; a conjunction never ends a clause before a colon",
    ),
    (
        "El informe dice que la empresa negociosa aparece en varios registros de la Cámara de Comercio.",
        "'negociosa': the adjective of 'negocio'; 'a' (to) goes before no finite verb ('aparecer')",
    ),
]


@pytest.mark.parametrize(("text", "reason"), SPANISH_ADJECTIVES)
def test_a_spanish_adjective_in_oso_is_one_word(text: str, reason: str) -> None:
    assert_kept(text, reason, "es")


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "El perro sacó del patio una bolsa de huesoso piel de pollo, y la dejó junto a la puerta.",
            "El perro sacó del patio una bolsa de huesos o piel de pollo, y la dejó junto a la puerta.",
            "'o' joins 'huesos' and the noun 'piel'",
        ),
        (
            "Se dedicó a sus negociosa partir de los veinte años, cuando dejó la universidad y el pueblo.",
            "Se dedicó a sus negocios a partir de los veinte años, cuando dejó la universidad y el pueblo.",
            "'a' goes before the infinitive 'partir'",
        ),
    ],
)
def test_a_plural_glued_to_o_or_a_before_what_they_join_is_still_split(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason, "es")
