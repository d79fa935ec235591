"""Romance lowercase fusions (issue 15, branch ``lang14``).

Spanish writes the plural ``-es`` after a consonant (``ciudad|es``, ``amor|es``) or a stressed
vowel (``rubí|es``), never after an unstressed ``a``, ``e`` or ``o``, where the plural is ``-s``
(``amigo|s``).  So a word in ``-a``, ``-e`` or ``-o`` glued to the verb ``es`` ("is", one of the
language's commonest words) is no plural, and is split; the verb forms of that shape (the
second person of ``-aer``, ``-eer``, ``-oer`` verbs: ``extraes``, ``posees``; the subjunctive of
``-ear`` verbs: ``plantees``) are known by their infinitive and stay.

The sentences are real Spanish text: quotations from Debian's ``fortunes-es`` collection
(each damaged by dropping the one space the benchmark drops; all but ``vidaes`` were left
glued before), and, for the forms that must stay, sentences of the same kind.  Each is cleaned with its language given and with none.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired

GLUED = [
    (
        'El verdadero amigoes aquél que está a tu lado cuando preferiría estar en otra parte.',
        'El verdadero amigo es aquél que está a tu lado cuando preferiría estar en otra parte.',
        "'amigo' ends in an unstressed -o: its plural is 'amigos', so 'amigoes' is 'amigo es'",
    ),
    (
        'El futuroes ese periodo de tiempo en el que prosperan nuestros negocios, nuestros amigos son verdaderos y nuestra felicidad segura.',
        'El futuro es ese periodo de tiempo en el que prosperan nuestros negocios, nuestros amigos son verdaderos y nuestra felicidad segura.',
        "'futuro' (plural 'futuros') glued to 'es'",
    ),
    (
        'La calidad nunca es un accidente; siemprees el resultado de un esfuerzo de la inteligencia.',
        'La calidad nunca es un accidente; siempre es el resultado de un esfuerzo de la inteligencia.',
        "the adverb 'siempre' takes no ending: 'siemprees' is 'siempre es'",
    ),
    (
        'La vidaes muy traicionera, y cada uno se las ingenia como puede para mantener a raya el horror, la tristeza y la soledad.',
        'La vida es muy traicionera, y cada uno se las ingenia como puede para mantener a raya el horror, la tristeza y la soledad.',
        "'vida' ends in an unstressed -a: its plural is 'vidas'",
    ),
    (
        'La lecturaes la gran proveedora de argumentos, la clave para que los demás te escuchen.',
        'La lectura es la gran proveedora de argumentos, la clave para que los demás te escuchen.',
        "'lectura' (plural 'lecturas') glued to 'es'",
    ),
    (
        'Mi trabajoes cantar todo lo bello, encender el entusiasmo por todo lo noble, admirar y hacer admirar todo lo grande.',
        'Mi trabajo es cantar todo lo bello, encender el entusiasmo por todo lo noble, admirar y hacer admirar todo lo grande.',
        "'trabajo' (plural 'trabajos'; the verb 'trabajar' has no form 'trabajoes') glued to 'es'",
    ),
]


@pytest.mark.parametrize(("damaged", "repaired", "reason"), GLUED)
def test_a_spanish_word_in_an_unstressed_vowel_glued_to_es_is_split(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason, "es")
    assert_repaired(damaged, repaired, reason + " (no language given)", "auto")


WHOLE = [
    (
        "Si tú extraes el agua del pozo cada mañana, en agosto ya no queda nada para el huerto.",
        "'extraes': 'extraer' in the second person ('extra' + 'es' by shape)",
    ),
    (
        "No quiero que plantees el problema así, sin haberlo pensado antes con calma.",
        "'plantees': the subjunctive of 'plantear' ('plante' + 'es' by shape)",
    ),
    (
        "Las ciudades del norte y sus amores de verano son cosas distintas en la vida de cada uno.",
        "'ciudades', 'amores': the plural -es after a consonant, one word each",
    ),
    (
        "Los rubíes y los tabúes de la vieja corte aparecen en todas las novelas de la época.",
        "'rubíes', 'tabúes': the plural -es after a stressed vowel",
    ),
]


@pytest.mark.parametrize(("text", "reason"), WHOLE)
def test_spanish_words_of_the_same_shape_stay_whole(text: str, reason: str) -> None:
    assert_kept(text, reason, "es")
    assert_kept(text, reason + " (no language given)", "auto")


def test_the_barred_ending_is_read_only_after_its_vowels() -> None:
    from textmend.normalizers.fused import _scanner

    spanish = _scanner("es")
    assert spanish is not None
    # a consonant, a stressed vowel: the plural; an unstressed vowel: no ending
    assert spanish.ending_fits("amor", "es") and spanish.ending_fits("rubí", "es")
    assert not spanish.ending_fits("amigo", "es") and not spanish.ending_fits("prensa", "es")
    assert spanish.ending_fits("amigo", "s")  # the plural of a vowel-final word
    # French writes "-es" after any letter ("jolies" is "jolie" + "s", "aimées"): no bar there
    french = _scanner("fr")
    assert french is not None and french.ending_fits("joli", "es")
