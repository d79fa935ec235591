"""German: an adverbial adjective glued to the participle it qualifies (issue 15, branch ``lang13``).

German writes an adjective derived with ``-lich``, ``-isch``, ``-iv``, ``-bar``, ``-sam`` or
``-haft`` apart from a participle after it (``ausführlich beschrieben``), and writes a
lower-case token as no noun; so such a token, glued, is split even where the document gives
no other evidence.  Beside each split stands a real closed word of the same shape (a word
before a participle) that must stay whole, with the reason: the ``-ig`` adjectives that make
separable verbs (``fertiggestellt``), a noun's compound (``archivgestützt``: ``Archiv`` ends in
``-iv`` but is no adjective), a comparative (``ausführlicheren``: no participle after the
suffix).  The sentences were written for these tests; each is cleaned with its language
given and with none.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired

GLUED = [
    (
        "Die Ergebnisse der Studie wurden im Anhang ausführlichbeschrieben und von zwei Gutachtern geprüft.",
        "Die Ergebnisse der Studie wurden im Anhang ausführlich beschrieben und von zwei Gutachtern geprüft.",
        "'ausführlich' (-lich) and the participle 'beschrieben' (be-, -en)",
    ),
    (
        "Die neuen Pläne sollten zuerst kritischbetrachtet werden, bevor der Rat darüber abstimmt.",
        "Die neuen Pläne sollten zuerst kritisch betrachtet werden, bevor der Rat darüber abstimmt.",
        "'kritisch' (-isch, known as 'kritischem') and the participle 'betrachtet'",
    ),
    (
        "Der Platz in der Halle wird seit dem Umbau deutlich effektivgenutzt als in den Jahren davor.",
        "Der Platz in der Halle wird seit dem Umbau deutlich effektiv genutzt als in den Jahren davor.",
        "'effektiv' (-iv, known as 'effektivem') and the participle 'genutzt' (ge-, -t)",
    ),
    (
        "Die Daten werden auf dem Server dauerhaftgespeichert und nach zehn Jahren gelöscht.",
        "Die Daten werden auf dem Server dauerhaft gespeichert und nach zehn Jahren gelöscht.",
        "'dauerhaft' (-haft, known as 'dauerhaftem') and the participle 'gespeichert'",
    ),
]


@pytest.mark.parametrize(("damaged", "repaired", "reason"), GLUED)
def test_an_adverbial_adjective_glued_to_its_participle_is_split(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason, "de")
    assert_repaired(damaged, repaired, reason + " (no language given)", "auto")


WHOLE = [
    (
        "Die Brücke über den Kanal wurde im Sommer fertiggestellt und für den Verkehr freigegeben.",
        "'fertiggestellt': 'fertig' (-ig) makes the separable verb 'fertigstellen', one word",
    ),
    (
        "Die übriggebliebenen Brötchen wurden am Abend an die Tafel im Viertel gespendet.",
        "'übriggebliebenen': 'übrig' (-ig) and 'geblieben', the separable verb 'übrigbleiben'",
    ),
    (
        "Der Mönch wurde im vorigen Jahrhundert heiliggesprochen und wird im Dorf verehrt.",
        "'heiliggesprochen': 'heilig' (-ig) and 'gesprochen', the separable verb 'heiligsprechen'",
    ),
    (
        "Die archivgestützte Recherche dauerte mehrere Wochen und brachte viele neue Funde.",
        "'archivgestützte': 'Archiv' ends in '-iv' but is a noun (the lexicon has no 'archivem'), "
        "and a noun and a participle make a closed compound",
    ),
    (
        "Die ausführlicheren Berichte kamen erst eine Woche später bei der Redaktion an.",
        "'ausführlicheren': the comparative of 'ausführlich', no participle after the suffix",
    ),
    (
        "Er kam glücklicherweise rechtzeitig zum Bahnhof und erreichte den letzten Zug.",
        "'glücklicherweise': an adverb made of 'glücklich' and '-erweise', no participle",
    ),
]


@pytest.mark.parametrize(("text", "reason"), WHOLE)
def test_a_closed_word_of_the_same_shape_stays_whole(text: str, reason: str) -> None:
    assert_kept(text, reason, "de")
    assert_kept(text, reason + " (no language given)", "auto")


def test_the_separable_verb_stays_whole_when_an_adverb_is_glued_before_it() -> None:
    # the rule splits at the adverb's end, never inside the separable verb after it
    assert_repaired(
        "Die Brücke über den Kanal wurde im Sommer endlichfertiggestellt und freigegeben.",
        "Die Brücke über den Kanal wurde im Sommer endlich fertiggestellt und freigegeben.",
        "'endlich' and 'fertiggestellt', which stays one word",
        "de",
    )


def test_a_capitalized_token_is_not_read() -> None:
    # a capitalized token inside a German sentence may be a noun, and a noun closes onto a
    # participle ("Wissenschaftlichgeprüfte" is no noun, but the rule does not ask)
    text = "Die Wissenschaftlichgeprüften Proben lagen im Labor der Universität in Köln."
    assert_kept(text, "a capitalized token is read as a noun or a name, not by this rule", "de")
