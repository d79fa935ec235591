"""The fused normalizer outside English: glued lowercase pairs come apart, compounds and
inflected forms stay whole.  Every sentence is written for its language (news copy of
the kind the dev corpus holds), not translated from the English tests; each damaged
sentence is its clean one with one space dropped, so both directions are checked."""

import pytest

import textmend
from contract import check_contract
from textmend.normalizers.fused import FusedTokens


def _glue(sentence: str, pair: str) -> str:
    """``sentence`` with the space inside ``pair`` (two words as written there) dropped."""
    assert sentence.count(pair) == 1, pair
    return sentence.replace(pair, pair.replace(" ", "", 1))


# (language, clean sentence, the two words whose space is lost)
REPAIRED = [
    ("pt", "O governo anunciou nesta terça-feira um pacote para conter a inflação e estimular o crédito.", "inflação e"),
    ("pt", "A prefeitura informou que as aulas na rede municipal serão retomadas na próxima segunda.", "aulas na"),
    ("pt", "Segundo os moradores, o abastecimento de água voltou ao normal no fim da tarde.", "abastecimento de"),
    ("es", "El presidente anunció ayer una rebaja del impuesto sobre la electricidad para los hogares vulnerables.", "impuesto sobre"),
    ("es", "Los bomberos lograron controlar el incendio forestal después de tres días de trabajo.", "forestal después"),
    ("it", "Il sindaco ha firmato ieri l'ordinanza che vieta la circolazione dei veicoli più inquinanti.", "circolazione dei"),
    ("it", "La squadra ha conquistato la vittoria nei minuti finali grazie a un rigore contestato.", "vittoria nei"),
    ("fr", "Le ministre a annoncé mardi le renforcement des contrôles dans les gares du pays.", "contrôles dans"),
    ("fr", "Les enseignants manifesteront jeudi pour réclamer une hausse des salaires.", "hausse des"),
    ("id", "Pemerintah akan menaikkan harga bahan bakar mulai bulan depan untuk mengurangi beban subsidi.", "depan untuk"),
    ("id", "Warga mengeluhkan banjir yang merendam permukiman sejak kemarin sore.", "banjir yang"),
    ("de", "Die Bundesregierung will die Förderung kürzen, kritisierte der Verband und forderte mehr Planungssicherheit.", "Verband und"),
    ("de", "Nach Angaben der Polizei wurde niemand verletzt, die Ermittlungen dauern aber noch an.", "wurde niemand"),
    ("de", "Die Versicherten sollen selbst entscheiden, welche Befunde sie speichern lassen.", "sollen selbst"),
    ("nl", "De burgemeester heeft besloten dat de markt voorlopig gesloten blijft.", "besloten dat"),
    ("sv", "Regeringen presenterade budgeten, och finansministern försvarade skattesänkningarna och satsningarna på försvaret.", "skattesänkningarna och"),
]


@pytest.mark.parametrize("lang, clean, pair", REPAIRED, ids=[f"{l}:{p}" for l, _, p in REPAIRED])
def test_a_glued_lowercase_pair_is_repaired(lang, clean, pair):
    damaged = _glue(clean, pair)
    assert textmend.clean(damaged) == clean  # lang="auto": the paragraph's language is identified
    assert textmend.clean(clean) == clean
    assert check_contract(FusedTokens(lang=lang), damaged) == clean


# Clean sentences with compounds and inflected forms wordfreq does not list: nothing changes.
KEPT = [
    # Closed compounds, never in the lexicon as written.
    ("de", "Die Stadtwerkechefin kündigte an, die Hitzeschutzpläne der Kommune bis zum Sommer zu überarbeiten."),
    ("de", "Laut Landeswahlleiterin lag die Wahlbeteiligung bei der Oberbürgermeisterwahl unter dem Landesdurchschnitt."),
    ("de", "Die Krankenhausreformgegner demonstrierten vor dem Landtag, die Klinikbeschäftigten unterstützten sie."),
    ("nl", "Het kabinet wil de energietoeslag verlengen, maar de oppositiepartijen eisen een bredere koopkrachtreparatie."),
    ("nl", "De brandweer rukte uit voor een schoorsteenbrand in een woonboerderij, de bewoners konden tijdig vluchten."),
    # Scandinavian definite and plural endings on an unknown compound.
    ("sv", "Polisen har gripit en misstänkt gärningsman efter skottlossningen, meddelar presstalespersonen."),
    ("sv", "Kommunfullmäktige beslutade att bygga om simhallen, men oppositionsrådet röstade emot förslaget."),
    ("da", "Politiet efterlyser vidner til færdselsuheldet, oplyser vagtchefen ved Nordjyllands Politi."),
    ("nb", "Statsforvalteren har gitt kommunen pålegg om å rydde opp i byggesaksbehandlingen."),
    # Finnish case endings and compounds.
    ("fi", "Jalkapallomaajoukkue voitti ystävyysottelun, ja päävalmentaja kehui nuorten pelaajien otteita."),
    # Clitics and affixes written closed.
    ("id", "Berlaku adillah, karena keadilan itu lebih dekat kepada takwa, kata penceramah itu."),
    ("id", "Menurut warga, bantuannya belum sampai ke desa mereka hingga hari ini."),
    ("ms", "Menteri berkata kerajaan akan mengkaji semula peruntukannya dalam belanjawan akan datang."),
    # Romance words a lexicon split would cut in two.
    ("pt", "O Vasco venceu o clássico e segue na liderança, enquanto o Flamengo tropeçou novamente."),
    ("it", "Il governo ha approvato il decreto, ma l'opposizione parla di un provvedimento insufficiente."),
    ("es", "La portavoz del Gobierno defendió la medida como imprescindible para contener los precios."),
    ("fr", "Le porte-parole du gouvernement a défendu une mesure jugée indispensable par les économistes."),
    # Russian: a prefixed verb and a compound.
    ("ru", "Фудфотограф рассказал, как недосолить блюдо и не испортить кадр."),
]


@pytest.mark.parametrize("lang, text", KEPT, ids=[t[:30] for _, t in KEPT])
def test_compounds_and_inflections_stay_whole(lang, text):
    assert textmend.clean(text) == text
    assert FusedTokens(lang=lang)(text) == text


def test_a_compound_splits_in_german_only_where_the_document_uses_both_words():
    # "Datenschutz" and "Reform" are both words of the text: "datenschutzreform" could be
    # a compound all the same, so a glued content pair needs the document's evidence.
    alone = "Die Datenschutzbeauftragte kritisierte das gesetzvorhaben scharf."
    assert FusedTokens(lang="de")(alone) == alone
    doc = (
        "Das Gesetz soll im Herbst kommen. Ein Vorhaben dieser Größe braucht Zeit.\n\n"
        "Die Datenschutzbeauftragte kritisierte das gesetzvorhaben scharf."
    )
    assert FusedTokens(lang="de")(doc) == doc.replace("gesetzvorhaben", "gesetz vorhaben")


def test_a_function_word_that_begins_compounds_needs_evidence_in_german():
    # "mit" begins "Mitarbeiter", "Mitglied": glued to an unknown word it may be a prefix.
    de = FusedTokens(lang="de")
    text = "Die Mitgründerin des Start-ups sprach auf der Konferenz."
    assert de(text) == text
    # "und" begins no compounds: glued on, it is a lost space.
    assert de("Die Kosten steigen undniemand weiß warum.") == "Die Kosten steigen und niemand weiß warum."


def test_one_letter_conjunctions_split_where_the_language_writes_them_apart():
    pt = FusedTokens(lang="pt")
    assert pt("Os jogadores estavam discutindoe vendo os lances.") == "Os jogadores estavam discutindo e vendo os lances."
    # German has no one-letter words: a trailing letter is an ending.
    de = FusedTokens(lang="de")
    assert de("Die Versicherte erhielt einen Bescheid.") == "Die Versicherte erhielt einen Bescheid."
