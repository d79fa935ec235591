"""Portuguese and German function words glued to a listed function word (issue 15, branch ``lang20``).

The non-English fusion benchmark's Portuguese and German tune misses hold rare known tokens
of two function words that no rule read: ``porisso`` (``por isso``), German ``undmit``,
``aufsich``, ``umin``.  Spanish lists such pairs (``data/es/function_pair_hosts.txt``, read by
``_Scanner._listed_pair_fusions``); Portuguese and German now list theirs
(``data/pt/function_pair_hosts.txt``, ``data/de/function_pair_hosts.txt``): a host, then the
function words it is read glued to, a token below Zipf 3.0, three letters included (``éum``),
in lower case only.  The words of the same shape stay: ``oque`` and ``eque`` are present
subjunctives of hunspell-pt-br's ``ocar`` and ``ecar``, so ``o`` and ``e`` take no ``que``;
a token that is its host's last vowel again (``issoo``, ``nãoo``) may be the host with a
stretched vowel, so ``isso`` takes no ``o``; German ``und`` takes no ``er`` (``under``).

The sentences are our own.  Every glued sentence is left glued on the base (``598ef53``);
each is cleaned with its language given and with none.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired

GLUED = [
    (
        "pt",
        "A ponte ficou fechada durante três meses e porisso os moradores tiveram de usar a balsa.",
        "A ponte ficou fechada durante três meses e por isso os moradores tiveram de usar a balsa.",
        "'porisso' (a rare token of wordfreq's sources): 'por' and 'isso'",
    ),
    (
        "pt",
        "O prefeito disse queeu poderia visitar a obra na semana que vem, depois da inspeção.",
        "O prefeito disse que eu poderia visitar a obra na semana que vem, depois da inspeção.",
        "'queeu': the conjunction 'que' and the pronoun 'eu'",
    ),
    (
        "pt",
        "Os vizinhos reclamaram do barulho enão voltaram mais à reunião do condomínio.",
        "Os vizinhos reclamaram do barulho e não voltaram mais à reunião do condomínio.",
        "'enão': 'e' and 'não'",
    ),
    (
        "pt",
        "A feira de livros nãoé o único evento da cidade neste fim de semana.",
        "A feira de livros não é o único evento da cidade neste fim de semana.",
        "'nãoé': 'não' and 'é'",
    ),
    (
        "pt",
        "O novo mercado municipal éum projeto antigo dos comerciantes do bairro.",
        "O novo mercado municipal é um projeto antigo dos comerciantes do bairro.",
        "'éum' (three letters, read because it is listed): 'é' and 'um'",
    ),
    (
        "pt",
        "A biblioteca fica aberta até mais tarde doque a escola durante as férias de verão.",
        "A biblioteca fica aberta até mais tarde do que a escola durante as férias de verão.",
        "'doque': the contraction 'do' and 'que'",
    ),
    (
        "pt",
        "Os alunos leram todasas cartas do arquivo antes de escrever o trabalho de história.",
        "Os alunos leram todas as cartas do arquivo antes de escrever o trabalho de história.",
        "'todasas': 'todas' and 'as'; 'todas' is none of wordfreq's function words, so the listed seam is read",
    ),
    (
        "pt",
        "O mercado fica fechado durantea reforma do telhado, que deve levar dois meses.",
        "O mercado fica fechado durante a reforma do telhado, que deve levar dois meses.",
        "'durantea': 'durante' (no function word of wordfreq's) and 'a'",
    ),
    (
        "de",
        "Die Schüler kamen mit ihren Eltern undmit den Lehrern zum Sommerfest der Schule.",
        "Die Schüler kamen mit ihren Eltern und mit den Lehrern zum Sommerfest der Schule.",
        "'undmit' (a rare token of wordfreq's sources): 'und' and 'mit', which begins compounds",
    ),
    (
        "de",
        "Die Antwort der Stadtverwaltung lässt weiter aufsich warten, sagte der Sprecher des Vereins.",
        "Die Antwort der Stadtverwaltung lässt weiter auf sich warten, sagte der Sprecher des Vereins.",
        "'aufsich': 'auf' and 'sich'",
    ),
]


WHOLE = [
    ("pt", "Quando o sino tocou, ela deixou que o menino oque a abóbora para fazer a lanterna.", "'oque' (subjunctive of 'ocar', to hollow): 'o' takes no 'que' in the list"),
    ("pt", "A professora explicou a palavra de novo, e isso foi o bastante para a turma entender.", "'isso' and 'o' written apart: nothing to do"),
    ("pt", "Os queijos da serra e os quebra-cabeças da feira atraem turistas ao domingo.", "'queijos' begins with 'que': a word, not a listed pair's token"),
    ("pt", "A equipe analisou os dados com o novo programa de estatística.", "'equipe' begins with 'e' and 'que' in shape: a word"),
    ("de", "Die Undine ist eine Figur der Sage, und das Wasser ihr Zuhause.", "'Undine' begins with 'und': a name and a word"),
    ("de", "Er las das Buch umsonst, denn die Bibliothek hatte es ohnehin schon gekauft.", "'umsonst' begins with 'um': a word"),
]


@pytest.mark.parametrize(("lang", "damaged", "repaired", "reason"), GLUED)
def test_a_listed_host_glued_to_its_function_word_is_split(lang: str, damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason, lang)
    assert_repaired(damaged, repaired, reason + " (no language given)", "auto")


@pytest.mark.parametrize(("lang", "text", "reason"), WHOLE)
def test_words_of_the_same_shape_stay_whole(lang: str, text: str, reason: str) -> None:
    assert_kept(text, reason, lang)
    assert_kept(text, reason + " (no language given)", "auto")


def test_portuguese_and_german_listed_pairs() -> None:
    from textmend.lexicon import language_list
    from textmend.normalizers.fused import _scanner

    for lang, expected, absent in (
        ("pt", {"porisso", "queeu", "enão", "nãoé", "éum", "doque"}, {"oque", "eque", "issoo", "parao", "eum", "ecom", "queme"}),
        ("de", {"undmit", "aufsich", "umin"}, {"under", "umso", "aufder"}),
    ):
        scanner = _scanner(lang)
        pairs = {h + w for h, *words in map(str.split, language_list("function_pair_hosts", lang)) for w in words}
        fusions = scanner.listed_pair_fusions
        assert expected <= fusions <= pairs, lang
        assert all(scanner.best_split(w) == scanner.listed_pair_cuts[w] for w in fusions), "each read at its listed seam"
        assert not absent & fusions, lang
        for host, *words in map(str.split, language_list("function_pair_hosts", lang)):
            assert all(w != host[-1] for w in words), f"{host!r}: a word that is its last vowel again may be a stretched spelling"
