"""German ``zu`` glued to an infinitive at the end of its clause (issue 15, branch ``lang22``).

The non-English fusion benchmark's German tune misses hold ``zu`` + infinitive (``zulesen``,
``zuerstellen``, ``zuverstehen``): held by the closed-compound gate (``zu`` begins separable
verbs, ``zumachen``) or, for a rare known token, by the known-token gate.
``_Scanner.prefix_particle_infinitive`` reads the particle listed in
``data/de/prefix_infinitive_particles.txt`` glued to an infinitive (``-en``, ``-ern``, ``-eln``;
a common third person, no ``-em`` form) that is common (Zipf 4) and 3.5 above the glued token, and
only where the lexicon holds no form of a verb ``zu…``: no ``zuzu…`` infinitive, no third person
``zu…t`` and no participle ``zuge…t``.  The split is made only before the end of a clause, where
a German infinitive with ``zu`` stands.  Separable verbs stay (``zumachen``, ``zuarbeiten``,
``zustürzen``), as do adverbs and adjectives (``zuweilen``, ``zufrieden``) and a token inside its
clause.

The sentences are our own.  Every glued sentence is left glued on the base (``6114907``); each
is cleaned with its language given and with none.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired

GLUED = [
    (
        "Die Bedienungsanleitung ist leider nur auf Japanisch, also gab es für uns nichts zulesen.",
        "Die Bedienungsanleitung ist leider nur auf Japanisch, also gab es für uns nichts zu lesen.",
        "'zulesen' (a rare known token): 'zu' and the infinitive 'lesen' before the clause's end",
    ),
    (
        "Der Verein sucht Freiwillige, die bereit sind, den älteren Nachbarn beim Einkaufen zuhelfen.",
        "Der Verein sucht Freiwillige, die bereit sind, den älteren Nachbarn beim Einkaufen zu helfen.",
        "'zuhelfen': 'zu' and 'helfen' before the full stop",
    ),
    (
        "Die Gemeinde hat beschlossen, bis zum Sommer einen neuen Radweg zuerstellen, sagte der Bürgermeister.",
        "Die Gemeinde hat beschlossen, bis zum Sommer einen neuen Radweg zu erstellen, sagte der Bürgermeister.",
        "'zuerstellen' (unknown to the lexicon): 'zu' and 'erstellen' before a comma",
    ),
    (
        "Die Karte des Wanderwegs war ohne Legende kaum zuverstehen; wir fragten im Dorf nach.",
        "Die Karte des Wanderwegs war ohne Legende kaum zu verstehen; wir fragten im Dorf nach.",
        "'zuverstehen': 'zu' and 'verstehen' before a semicolon",
    ),
]


WHOLE = [
    ("Kannst du bitte das Fenster zumachen? Im Flur ist es sehr kalt geworden.", "'zumachen' is a verb: the lexicon lists 'zuzumachen', 'zumacht'"),
    ("Die Abteilungen sollen einander künftig besser zuarbeiten, sagte die neue Leiterin.", "'zuarbeiten' is a verb, only 3.0 below 'arbeiten'"),
    ("Die Kinder sahen den großen Hund auf sich zustürzen. Dann blieb er stehen.", "'zustürzen': unlisted, but the lexicon lists its participle 'zugestürzt'"),
    ("Die Gäste waren mit dem Essen und dem Service sehr zufrieden.", "'zufrieden': 'frieden' has no third person, no infinitive"),
    ("Im Herbst regnet es hier zuweilen tagelang, und der Fluss tritt über die Ufer.", "'zuweilen' is an adverb: common, not 3.5 below 'weilen'"),
    ("Die Texte, die wir zulesen bekommen, sind meistens sehr kurz und einfach.", "'zulesen' inside its clause: no infinitive with 'zu' stands there"),
]


@pytest.mark.parametrize(("damaged", "repaired", "reason"), GLUED)
def test_zu_glued_to_an_infinitive_before_the_clause_end_is_split(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason, "de")
    assert_repaired(damaged, repaired, reason + " (no language given)", "auto")


@pytest.mark.parametrize(("text", "reason"), WHOLE)
def test_separable_verbs_and_words_of_the_same_shape_stay_whole(text: str, reason: str) -> None:
    assert_kept(text, reason, "de")
    assert_kept(text, reason + " (no language given)", "auto")


def test_the_reading_is_the_listed_particles_and_german_only() -> None:
    from textmend.lexicon import language_list
    from textmend.normalizers.fused import _scanner

    de = _scanner("de")
    assert language_list("prefix_infinitive_particles", "de") == {"zu"}
    assert {"zulesen", "zuhelfen"} <= de.prefix_infinitive_fusions <= de.known_fusions
    assert not {"zumachen", "zuarbeiten", "zuhören", "zuweilen", "zufrieden"} & de.prefix_infinitive_fusions
    assert de.prefix_particle_infinitive("zu", "erstellen")
    assert not de.prefix_particle_infinitive("zu", "stürzen"), "the lexicon lists 'zugestürzt'"
    for lang in ("nl", "en", "pt"):
        assert not _scanner(lang).prefix_infinitive_fusions, lang


def test_the_known_fusions_read_the_lexicons_head_only() -> None:
    """``prefix_infinitive_fusions`` reads the lexicon's words from the commonest down and stops at
    the infinitive's floor: the same set as a pass over every word, as long as the order holds."""
    from textmend.lexicon import zipf
    from textmend.normalizers.fused import _PARTICLE_VERB_MIN, _scanner

    de = _scanner("de")
    values = list(de.freqs.values())
    assert all(a >= b for a, b in zip(values, values[1:])), "wordfreq's order: commonest first"
    every = {
        w for w in de.freqs
        if w.startswith("zu") and zipf(de.freqs, w) < 2.5 and de.prefix_particle_infinitive("zu", w[2:])
    }
    assert every == de.prefix_infinitive_fusions
    assert all(zipf(de.freqs, w[2:]) >= _PARTICLE_VERB_MIN for w in every)

