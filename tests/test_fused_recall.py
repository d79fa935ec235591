"""Issues 13/15: the splits the unattested-split gate held back (``_unattested_split`` in
``fused.py``) that the words and the language themselves show to be running text, and the
real closed words beside them that must stay whole.  Sentences written for these tests
(docs/benchmarks.md "Fused: recall won back from the precision gates")."""

import pytest

import textmend
from textmend.lexicon import word_frequencies
from textmend.normalizers.fused import _compounds_on, _running_text_pair, _scanner

# Two words glued with no evidence in the text, that the default pipeline must split.
SPLIT = [
    ("O governo anunciou medidaseconómicas ontem à tarde em Lisboa.", "pt", "medidas económicas",
     "Portuguese writes a new pairing of two content words apart: glued, they are two words"),
    ("La ministra presentó un informedetallado sobre la economía del país.", "es", "informe detallado",
     "Spanish writes noun and adjective apart; a closed 'informedetallado' is no Spanish word"),
    ("Le gouvernement a publié un rapportdétaillé sur la situation économique.", "fr", "rapport détaillé",
     "French writes its pairings open: noun and adjective glued are two words"),
    ("The mayor gave a remarkablespeech to the crowd in the square.", "en", "remarkable speech",
     "a long left word that begins no compound the lexicon lists, a right word that ends almost none"),
    ("The senator offered an unforgettablemoment during the debate last week.", "en", "unforgettable moment",
     "a long adjective builds no compounds: two words glued"),
    ("He works as a firefighter and a weekendlifeguard at the beach.", "en", "weekend lifeguard",
     "a common left word that begins almost no listed compound, a right word that ends almost none"),
    ("We saw theband play last night at the club downtown.", "en", "the band",
     "'theband' is no form of the rare listed 'theban': English's one-letter endings do not make one"),
]


@pytest.mark.parametrize("text, lang, expected, reason", SPLIT, ids=[e for _, _, e, _ in SPLIT])
def test_running_text_pairs_are_split(text, lang, expected, reason):
    glued = expected.replace(" ", "")
    assert glued not in word_frequencies(lang)  # the premise: the lexicon lacks the glued token
    assert expected in textmend.clean(text), reason
    assert expected in textmend.clean(text, lang=lang), reason


# Real words the lexicon lacks, written closed on purpose: the default pipeline keeps them.
KEEP = [
    ("Soumis par williamfaulkner, le lundi 29 octobre à 16h45.",
     "a user name on a French page: its parts are English words (a name), not French ones"),
    ("The monthslong strike ended on Friday after talks in the capital.",
     "AP style 'monthslong': 'long' ends many listed compounds ('yearlong', 'lifelong')"),
    ("Strong headwinds slowed the runners along the coast road.",
     "a closed compound: 'head' begins many listed compounds"),
    ("Rival gangs fought gunfights in the streets of the old town.",
     "a closed compound: 'gun' begins 'gunfire', 'gunman', 'gunshot', ..."),
    ("Open the sidebar and drag the file onto the dropzone below.",
     "product vocabulary: 'side' and 'drop' begin many listed compounds"),
    ("Reply from wizardpainter 5 minutes ago",
     "a handle; 'wizard' is too rare for beginning no listed compound to say anything"),
    ("Ein dem Copyright unterliegendes Werk darf nicht kopiert werden.",
     "German 'unterliegendes' is a form of the listed 'unterliegend', not 'unterliegen des'"),
]


@pytest.mark.parametrize("text, reason", KEEP, ids=[r.split(":")[0][:40] for _, r in KEEP])
def test_closed_words_stay_whole(text, reason):
    assert textmend.clean(text) == text, reason


def test_the_pair_reading_depends_on_the_language_and_the_parts():
    # The same kind of pair reads differently by language: Italian writes pairings open,
    # German closed (there the compound evidence of the document decides, as before).
    assert _running_text_pair("spese", "natalizie", _scanner("it"))
    assert not _running_text_pair("william", "faulkner", _scanner("pt"))
    english = _scanner("en")
    assert not _running_text_pair("wizard", "drummer", english)  # rare: no evidence either way
    assert not _running_text_pair("months", "long", english)  # "long" ends compounds
    assert _compounds_on("gun", english, head=True) > 2
    assert _compounds_on("long", english, head=False) > 2
