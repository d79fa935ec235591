"""German: a definite article or a declined determiner glued to the word before it, read by
the capital of the noun after it (issue 15, branch ``lang10``).

German writes nouns with a capital, so a lower-case word inside a sentence is no noun and no
compound headed by one; an article at its end before a capitalized word is that noun's.  The
sentences were written for these tests.  Beside the glued pairs stand real words of the same
shape that must stay whole: declined present participles (``-end`` + ``-en``), which read as an
infinitive and ``den``.  Each sentence is cleaned with its language given and with none.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired

GLUED = [
    (
        "Der Verein bindetden Nachwuchs früh in die Arbeit der ersten Mannschaft ein.",
        "Der Verein bindet den Nachwuchs früh in die Arbeit der ersten Mannschaft ein.",
        "'bindet' (a finite verb) and the article of 'Nachwuchs'",
    ),
    (
        "Die Stadt plant zudemden Ausbau der Radwege entlang des Flusses bis zum Hafen.",
        "Die Stadt plant zudem den Ausbau der Radwege entlang des Flusses bis zum Hafen.",
        "'zudem' (an adverb) and the article of 'Ausbau'",
    ),
    (
        "In der Innenstadt werdendieses Jahr deutlich mehr Wohnungen gebaut als im Vorjahr.",
        "In der Innenstadt werden dieses Jahr deutlich mehr Wohnungen gebaut als im Vorjahr.",
        "'werden' and the determiner 'dieses' of 'Jahr' ('werdend' + '-ieses' is no form)",
    ),
    (
        "Das kleine Museum am Markt zeigtdas Werk eines jungen Künstlers aus Leipzig.",
        "Das kleine Museum am Markt zeigt das Werk eines jungen Künstlers aus Leipzig.",
        "'zeigt' and the article of 'Werk'",
    ),
]


@pytest.mark.parametrize(("damaged", "repaired", "reason"), GLUED)
def test_an_article_glued_to_the_word_before_its_noun_is_split(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason, "de")
    assert_repaired(damaged, repaired, reason + " (no language given)", "auto")


WHOLE = [
    (
        "Auf der Autobahn mussten die abbremsenden Fahrzeuge dem Rettungswagen eine Gasse bilden.",
        "'abbremsenden': the participle 'abbremsend' declined, not 'abbremsen den'",
    ),
    (
        "Nach dem Unfall halfen die vorbeifahrenden Autofahrer sofort und riefen die Polizei.",
        "'vorbeifahrenden': the participle 'vorbeifahrend' declined, not 'vorbeifahren den'",
    ),
    (
        "Vor dem Tor standen die abholenden Eltern schon eine halbe Stunde vor Schulschluss.",
        "'abholenden': the participle 'abholend' declined, not 'abholen den'",
    ),
    (
        "Die Mannschaft zeigte ein mitreißender Kampfgeist bis zur letzten Minute des Spiels.",
        "'mitreißender': the participle 'mitreißend' declined, not 'mitreißen der'",
    ),
]


@pytest.mark.parametrize(("text", "reason"), WHOLE)
def test_a_declined_participle_before_its_noun_stays_whole(text: str, reason: str) -> None:
    assert_kept(text, reason, "de")
    assert_kept(text, reason + " (no language given)", "auto")


# -- a preposition glued to the adjective of the noun after it (no article between)

PREPOSITION_GLUED = [
    (
        "Die Schulen arbeiten mitunterschiedlichen Konzepten an der Inklusion behinderter Kinder.",
        "Die Schulen arbeiten mit unterschiedlichen Konzepten an der Inklusion behinderter Kinder.",
        "'mit' and 'unterschiedlichen' (dative plural) before 'Konzepten'",
    ),
    (
        "Der Fachkräftemangel ist indeutschen Kliniken seit Jahren ein bekanntes Problem.",
        "Der Fachkräftemangel ist in deutschen Kliniken seit Jahren ein bekanntes Problem.",
        "'in' and 'deutschen' (dative plural) before 'Kliniken'",
    ),
    (
        "Der Antrag wurde ohnewichtige Unterlagen eingereicht und deshalb abgelehnt.",
        "Der Antrag wurde ohne wichtige Unterlagen eingereicht und deshalb abgelehnt.",
        "'ohne' and 'wichtige' (accusative plural) before 'Unterlagen'",
    ),
]


@pytest.mark.parametrize(("damaged", "repaired", "reason"), PREPOSITION_GLUED)
def test_a_preposition_glued_to_a_declined_adjective_is_split(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason, "de")
    assert_repaired(damaged, repaired, reason + " (no language given)", "auto")


PREPOSITION_WHOLE = [
    (
        "Sie sprach mit mitmenschlicher Wärme über die Flüchtlinge im Ort.",
        "'mitmenschlicher': the adjective 'mitmenschlich' (of 'Mitmensch'), one word",
    ),
    (
        "Er bat in inständiger Sorge um Hilfe für seine Familie.",
        "'inständiger': the adjective 'inständig', one word",
    ),
    (
        "Nach der Landung wurden die vorbestellten Mietwagen am Flughafen übergeben.",
        "'vorbestellten': a participle with a separable particle, no preposition",
    ),
    (
        "Die überdurchschnittlichen Ergebnisse der Schule wurden in der Zeitung gelobt.",
        "'überdurchschnittlichen': 'über' makes adjectives of adjectives and is not read",
    ),
    (
        "Das Gericht verlangt mitunterschiedliche Fristen für die beiden Verfahren.",
        "'mitunterschiedliche': 'mit' takes the dative, which has no '-e' without an article; "
        "the grammar the split needs is not there, so the token is left",
    ),
]


@pytest.mark.parametrize(("text", "reason"), PREPOSITION_WHOLE)
def test_a_token_the_preposition_rule_does_not_read_stays(text: str, reason: str) -> None:
    assert_kept(text, reason, "de")
