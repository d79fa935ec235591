"""``fused`` on short UI text in many languages (issue 13 with issue 15: Django's translated messages).

A message of a few words offers no recurrence to tell a compound, an inflection or a clitic
the lexicon lacks from two glued words, and wordfreq's lexicons of languages other than
English are small: such words stay whole.  Each kept sentence is real-looking text
written for this file; where one exists, a glued twin beside it must still be repaired.
"""

from __future__ import annotations

import pytest

from textmend.normalizers.fused import FusedTokens, _scanner

KEPT_SHORT = [
    ("pt", "Pode editalo outra vez abaixo.",
     "Galician editalo (edit it: editar + o, read as Portuguese): a five-word message, too little text to split"),
    ("pt", "Abrilo agora.",
     "Galician abrilo (open it: abrir + o): a one-letter part split off a label may be an ending or a clitic"),
]


@pytest.mark.parametrize("lang, text, why", KEPT_SHORT, ids=[f"{l}:{t.split()[1]}" for l, t, _ in KEPT_SHORT])
def test_a_short_text_in_another_language_splits_no_content_word(lang: str, text: str, why: str) -> None:
    assert FusedTokens(lang=lang)(text) == text, why


REPAIRED_SHORT = [
    # Two function words glued: no compound or inflection reads that way.
    ("pt", "Pode editar isso da outra vez.", "isso da"),
    ("pt", "Veio para os pais.", "para os"),
]


@pytest.mark.parametrize("lang, clean, pair", REPAIRED_SHORT, ids=[f"{l}:{p}" for l, _, p in REPAIRED_SHORT])
def test_two_function_words_glued_in_a_short_text_are_still_split(lang: str, clean: str, pair: str) -> None:
    glued = clean.replace(pair, pair.replace(" ", ""))
    assert glued != clean
    assert FusedTokens(lang=lang)(glued) == clean


def test_a_short_text_still_splits_a_function_word_from_a_content_word() -> None:
    # Only a one-letter part is held back in a label: "undsagte" is two words in any text.
    assert FusedTokens(lang="de")("Sie kam undsagte nichts.") == "Sie kam und sagte nichts."


def test_english_short_text_keeps_its_splits() -> None:
    # English's lexicon is large enough to judge a label by itself.
    assert FusedTokens(lang="en")("Edit itagain below.") == "Edit it again below."


# A noun in its linking form (Norwegian, Swedish, Danish, Icelandic fuge-s; Dutch -s and
# -en) is a compound's first part: data/<lang>/compound_links.txt.  The right part may be a
# homograph of a function word (Norwegian "siden", "since"; Icelandic "rétt", "just").
KEPT_LINKED_COMPOUNDS = [
    ("nb", "Du må logge inn på administrasjonssiden før du kan endre innstillingene for brukeren.",
     "administrasjonssiden (the administration page): administrasjon + s + siden"),
    ("nl", "Het programma leest het instellingenbestand bij elke start opnieuw in.",
     "instellingenbestand (settings file): instelling + en + bestand"),
    ("is", "Notandinn fær fullan aðgangsrétt að öllum gögnum hópsins.",
     "aðgangsrétt (access right): aðgang + s + rétt"),
]


@pytest.mark.parametrize("lang, text, why", KEPT_LINKED_COMPOUNDS, ids=[f"{l}:{w.split()[0]}" for l, _, w in KEPT_LINKED_COMPOUNDS])
def test_a_compound_with_a_linking_element_stays_whole(lang: str, text: str, why: str) -> None:
    assert FusedTokens(lang=lang)(text) == text, why


REPAIRED_BESIDE_LINKED = [
    ("nb", "Du må logge inn på administrasjonssiden før du kan endre innstillingene for brukeren.", "før du"),
    ("is", "Notandinn fær fullan aðgangsrétt sem fylgir hverjum hópi sem hann hefur skráð sig í.", "sem hann"),
    ("sv", "Programmet läser inställningsfilen varje gång det startas om.", "gång det"),
]


@pytest.mark.parametrize("lang, clean, pair", REPAIRED_BESIDE_LINKED, ids=[f"{l}:{p}" for l, _, p in REPAIRED_BESIDE_LINKED])
def test_glued_words_beside_a_linked_compound_are_still_split(lang: str, clean: str, pair: str) -> None:
    glued = clean.replace(pair, pair.replace(" ", ""))
    assert glued != clean
    assert FusedTokens(lang=lang)(glued) == clean


def test_a_linking_form_needs_a_common_content_stem() -> None:
    # "ikkes" is no noun's linking form: "ikke" is a function word.  The stem must be a common
    # content word of five letters or more.
    nb = _scanner("nb")
    assert nb is not None
    assert nb.linked_head("administrasjons")
    assert not nb.linked_head("ikkes")
    assert not nb.linked_head("administrasjon")


# Afrikaans: wordfreq has no Afrikaans, and identification reads it as Dutch, whose lexicon
# lacks its compounds.  A Dutch text using an Afrikaans function word (data/nl/afrikaans_markers.txt)
# gets no word split.
KEPT_AFRIKAANS = [
    "Jy kan enigiets op hierdie bladsy verander as jy wil.",
    "Ek het nie geweet dat daardie boek ’n heelgetal op elke bladsy het nie.",
    "Die getal moet ’n heelgetal wees.",
]


@pytest.mark.parametrize("text", KEPT_AFRIKAANS, ids=[t.split()[2] for t in KEPT_AFRIKAANS])
def test_afrikaans_read_as_dutch_keeps_its_compounds(text: str) -> None:
    assert FusedTokens(lang="nl")(text) == text


def test_dutch_without_afrikaans_words_is_still_repaired() -> None:
    clean = "De minister zei dat de vergadering voorbij was."
    assert FusedTokens(lang="nl")(clean.replace("dat de", "datde")) == clean


def test_a_token_whose_stem_runs_on_into_a_document_word_stays() -> None:
    # "marcados", a misspelt "marcadors" (bookmarks), beside "marcadors" in the same text: the
    # stem across the seam ("marcad") ties the token to the word, so it is no "marca dos".
    text = "Arrossegueu l'enllaç a la barra de marcados i deseu-lo entre els vostres marcadors del navegador."
    assert FusedTokens(lang="ca")(text) == text


def test_a_glued_pair_beside_the_stem_rule_is_still_split() -> None:
    clean = "Arrossegueu l'enllaç a la barra de marcadors i deseu-lo entre els vostres marcadors del navegador."
    assert FusedTokens(lang="ca")(clean.replace("entre els", "entreels")) == clean
