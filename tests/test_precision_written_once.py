"""Identifiers, names and rare words written once (issue 13, branch ``prec21``).

A word written once gives the document no recurrence evidence, so each rule here reads another
kind of evidence the text offers: a text that quotes or braces its mixedCase names (its other
mixedCase tokens are identifiers too), a list whose neighbouring items are names, a row of
brand links, and the grammar a split would need (Spanish never writes ``a el``).  Each kept
text was written for the test (the shapes of the nineteenth fresh corpus's ``elementArray``,
``huggingface``, ``CareerOne`` and ``exacerbara``), with its reason, and fails on the branch's
base ``fc63fbc``; beside each kind stands glued text of the same shape that must still be
repaired, so a rule that swallowed every repair would fail.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired
from test_precision_fresh19 import _LINKS

_kept = assert_kept
_repaired = assert_repaired

# A text that writes two mixedCase names as code: one quoted, one in braces.
_IDENTIFIERS = (
    'Call it with "eventName" set; the plugin stores the data under jQuery{randomNumber} on the object.\n\n'
)
_NO_IDENTIFIERS = "Call it with the event name set; the plugin stores the data under a random number.\n\n"
_NAV = "    Skip to: Main Content Site Navigation Site Footer Site Search Site Map Network Navigation (other sites)\n"
_ES = "El accidente provocó que el piloto {} del avión y que cayera al mar sin remedio alguno.\n"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            _IDENTIFIERS + "Feeding mixed data to the elementArray form is particularly discouraged.\n",
            "a mixedCase token written once, bare, in a text that quotes and braces its identifiers",
        ),
        (
            _IDENTIFIERS + "Pass the colorValue option once; it is read when the widget starts.\n",
            "another parameter's name in the same text, before a lower-case noun",
        ),
        (
            "Pydantic is used by libraries like FastAPI, huggingface, Django Ninja, SQLModel, and LangChain.\n",
            "a library's lower-case name as a whole item of a list whose neighbours are names (FastAPI, Django)",
        ),
        (
            _NAV + "    Our sites dailynews.com.au SPORTSNOW Magazines PropertyOne zoomtix FairPrice AutoTrader MySpace AU\n",
            "a brand in a row of links: its neighbours are names, or lower-case brands no lexicon knows",
        ),
    ],
)
def test_a_word_written_once_with_other_evidence_is_kept(text: str, reason: str) -> None:
    _kept(text, reason)


@pytest.mark.parametrize("lang", ["es", "auto"])
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            _ES.format("exacerbara el balanceo"),
            "Spanish writes 'a el' as 'al': 'exacerbar a el' is no Spanish, the token is the verb's tense",
        ),
    ],
)
def test_a_split_spanish_never_writes_is_not_made(text: str, reason: str, lang: str) -> None:
    _kept(text, reason, lang=lang)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            _NO_IDENTIFIERS + "Feeding mixed data to the elementArray form is particularly discouraged.\n",
            _NO_IDENTIFIERS + "Feeding mixed data to the element Array form is particularly discouraged.\n",
            "the same token where the text names no identifier as code: a lost boundary, as before",
        ),
        (
            "Please enter a star rating for this reviewName field cannot be empty\n",
            "Please enter a star rating for this review Name field cannot be empty\n",
            "two interface messages glued: no identifier marked anywhere",
        ),
        (
            _IDENTIFIERS + "Feeding mixed data to the elementThe next call is slow.\n",
            _IDENTIFIERS + "Feeding mixed data to the element The next call is slow.\n",
            "a function word opening the next block is glue even in a text of identifiers",
        ),
        (
            "Pack flour, sugar, bakingsoda, salt and more for the trip to the lake this weekend.\n",
            "Pack flour, sugar, baking soda, salt and more for the trip to the lake this weekend.\n",
            "a glued pair in a list of ordinary words",
        ),
        (
            "The shop sells Apples, Pears, bakingsoda, Salt and more for the trip this weekend.\n",
            "The shop sells Apples, Pears, baking soda, Salt and more for the trip this weekend.\n",
            "a list of capitalized common words, no name-shaped neighbour: no evidence of a list of names",
        ),
        (
            "Mayor Rahm Emanuel ofChicago Says He Will Run Again Next Year\n",
            "Mayor Rahm Emanuel of Chicago Says He Will Run Again Next Year\n",
            "a title-case headline is no row of names: no neighbour shaped as only names are",
        ),
    ],
)
def test_glue_of_the_same_shape_is_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason)


def test_spanish_glue_before_an_article_it_does_not_contract_with_is_still_repaired() -> None:
    _repaired(
        "Después de la reunión, el presidente regresóa la ciudad y habló con los periodistas sobre el acuerdo.\n",
        "Después de la reunión, el presidente regresó a la ciudad y habló con los periodistas sobre el acuerdo.\n",
        "'a la' is Spanish: a preposition glued before an article it does not contract with",
        lang="es",
    )


# -- a wiki's other namespaces, written once ---------------------------------------------------

# The wiki page of fresh 19's namespace tests: one namespace glued to three pages.
_WIKI = _LINKS


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            _WIKI + "Véase también: Anexo:Lista de aeropuertos de España\n",
            "a wiki's page (one namespace glued to three pages) links another namespace once, never spaced",
        ),
        (
            "Véase también: Categoría:Accidentes aéreos\n" + _WIKI,
            "the same before the namespace the text establishes",
        ),
    ],
)
def test_another_namespace_of_a_wiki_page_is_kept(text: str, reason: str) -> None:
    _kept(text, reason, lang="es")


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "Véase también: Anexo:Lista de aeropuertos de España\n",
            "Véase también: Anexo: Lista de aeropuertos de España\n",
            "the same link in a text that writes no namespace: no evidence of a wiki, as before",
        ),
        (
            _WIKI + "Nota:Lista provisional.\nNota: el avión fue retirado.\n",
            _WIKI + "Nota: Lista provisional.\nNota: el avión fue retirado.\n",
            "a label the wiki page also spaces off its text is no namespace",
        ),
        (
            _WIKI + "Aviso:La terminal cerró.\n",
            _WIKI + "Aviso: La terminal cerró.\n",
            "a sentence's usual opener after the colon is a sentence, even on a wiki page",
        ),
    ],
)
def test_a_glued_label_on_a_wiki_page_is_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason, lang="es")
