"""Portuguese lowercase fusions (issue 15, branch ``lang15``).

Two rules of ``fused``, each read off real Portuguese text (the tune quotations of Debian's
``fortunes-br`` and the tune paragraphs of ``focalinux-text``, Gleydson Mazioli da Silva's
GNU/Linux guide), each damaged by dropping the one space the accuracy benchmark drops:

- ``de`` glued to a common plural noun is the preposition (``detreinos``, ``deproblemas``):
  ``de`` begins hundreds of words the lexicon lacks, but as a prefix it goes on verbs, their
  forms and participles (``decantamos``, ``demarcados``) and nouns made from them
  (``deferimentos``), never on a plural noun;
- a function word glued to the article ``o``, ``a``, ``os``, ``as``, a rare token wordfreq's
  sources hold (``parao``, ``queo``, ``entreo``, ``quea``), is split right before a common
  noun that agrees with the article; a contraction that already holds an article (``do``,
  ``dos``) takes none, so ``doas``, ``dosa`` (forms of ``doar``, ``dosar``) stay.

Every glued sentence was left glued on main before this branch; each is cleaned with its
language given and with none.  The sentences that must stay are written in the same
registers, with the real words of each rule's own shape.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired

GLUED = [
    (
        "Windows é igual rodízio decarros. Quando você começa a entender, vem alguém e muda tudo de novo.",
        "Windows é igual rodízio de carros. Quando você começa a entender, vem alguém e muda tudo de novo.",
        "'carros' is the plural of 'carro', a noun: 'de' prefixes verbs and their forms, not plurals",
    ),
    (
        "Vicente Matheus estava discutindo a programação detreinos da semana e pede ao seu auxiliar que marque o jogo.",
        "Vicente Matheus estava discutindo a programação de treinos da semana e pede ao seu auxiliar que marque o jogo.",
        "'treinos': the plural of the noun 'treino' (no form of 'treinar' ends in -os)",
    ),
    (
        "Análise de logs do sistema GNU/Linux e aplicação para a solução deproblemas (Capítulo 6, Arquivos e daemons de Log).",
        "Análise de logs do sistema GNU/Linux e aplicação para a solução de problemas (Capítulo 6, Arquivos e daemons de Log).",
        "'problemas' is a plural noun (singular 'problema'), no verb's form",
    ),
    (
        "Você ligou parao número que acabou de discar.",
        "Você ligou para o número que acabou de discar.",
        "'parao' (Zipf 2.0, a fusion of wordfreq's sources) before 'número', a noun in -o that takes 'o'",
    ),
    (
        "Tudo o que eu quero na vida é uma chance de provar para mim mesmo queo dinheiro não traz felicidade.",
        "Tudo o que eu quero na vida é uma chance de provar para mim mesmo que o dinheiro não traz felicidade.",
        "'queo' before 'dinheiro'; the token before it ends in -o too ('mesmo'), so the noun is read ahead",
    ),
    (
        "Achei! Foi um erro naquela peça entreo teclado e a cadeira...",
        "Achei! Foi um erro naquela peça entre o teclado e a cadeira...",
        "'entreo' before 'teclado': the preposition 'entre' and the article",
    ),
    (
        "O amor é apenas um truque sujo em quea natureza nos faz cair para assegurar a continuação da espécie.",
        "O amor é apenas um truque sujo em que a natureza nos faz cair para assegurar a continuação da espécie.",
        "'quea' before 'natureza', a feminine noun in -a: the article 'a' agrees with it",
    ),
]


@pytest.mark.parametrize(("damaged", "repaired", "reason"), GLUED)
def test_a_portuguese_preposition_or_article_glued_to_its_noun_is_split(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason, "pt")
    assert_repaired(damaged, repaired, reason + " (no language given)", "auto")


WHOLE = [
    (
        "Nós decantamos o vinho na véspera e deixamos a garrafa aberta durante a noite inteira.",
        "'decantamos': 'de' on 'cantamos', a form of 'cantar' in -amos, is the verb 'decantar'",
    ),
    (
        "Os terrenos foram demarcados pela prefeitura e os deferimentos saíram na semana seguinte.",
        "'demarcados' (a participle in -ados of 'marcar'), 'deferimentos' (a noun made from a verb, -mentos): prefixed words",
    ),
    (
        "Tu doas roupas aos pobres todo inverno, mas nunca contas a ninguém o que fazes.",
        "'doas' (of 'doar') before a plural: 'do' already holds the article 'o', no 'as' goes after it",
    ),
    (
        "O farmacêutico dosa morfina para os doentes do hospital com muito cuidado.",
        "'dosa' (of 'dosar') before a noun in -a: 'dos' is a contraction, 'dos a' is no Portuguese",
    ),
    (
        "O homem que não tem sorte comas mulheres da cidade acaba sozinho no fim da vida.",
        "'comas' (the plural of 'coma') is common enough (Zipf 2.7) to be a word, not 'com as'",
    ),
    (
        "Ele ficou numa situação difícil depois da viagem ao interior do estado.",
        "'numa' (em + uma) is a common word before a feminine noun",
    ),
]


@pytest.mark.parametrize(("text", "reason"), WHOLE)
def test_portuguese_words_of_the_same_shapes_stay_whole(text: str, reason: str) -> None:
    assert_kept(text, reason, "pt")
    assert_kept(text, reason + " (no language given)", "auto")


def test_the_plural_reading_needs_a_common_noun_and_no_verb_form() -> None:
    from textmend.normalizers.fused import _scanner

    pt = _scanner("pt")
    assert pt is not None
    assert pt.preposition_before_plural("de", "ferramentas")  # "ferramenta" is a common noun
    assert pt.preposition_before_plural("de", "mensagens")  # -ns is the plural of -m ("mensagem")
    assert not pt.preposition_before_plural("de", "cantamos")  # "cantar": a verb's form
    assert not pt.preposition_before_plural("de", "formas")  # "deformas": a form of "deformar"
    assert not pt.preposition_before_plural("de", "movimentos")  # -mentos: made from a verb ("demover")
    assert not pt.preposition_before_plural("de", "venhas")  # a rare plural of a common word: "devenhas" (devir)
    assert not pt.preposition_before_plural("de", "treino")  # no plural
    assert not pt.preposition_before_plural("a", "carros")  # "a" prefixes adjectives and nouns made verbs
    # other languages read no such rule
    es = _scanner("es")
    assert es is not None and not es.preposition_before_plural("de", "carros")
