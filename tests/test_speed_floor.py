"""benchmarks.speed's floor (issue 16, branch speed29): the passes no design of clean() with
today's output can skip, and the prototype of identification sampled once per document
(docs/benchmarks.md, "The floor of clean()'s design").

The floor's figures are only as good as these pieces: each pass must be the library's own
(the same answers), and the prototype must stand in for the library's identification only
inside its context and hand every other text to the library.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import textmend  # noqa: E402
from benchmarks import speed  # noqa: E402
from textmend import language  # noqa: E402
from textmend.normalizers import fused  # noqa: E402
from textmend.normalizers.repeats import RepeatedWords  # noqa: E402

ENGLISH = [
    "The council met on Tuesday evening to discuss the new budget for the schools of the city, which had been "
    "put off twice since the spring.",
    "Several members said that the plan would cost far more than the mayor had promised last year, and asked "
    "where the money would come from.",
    "The vote was put off until next month, when the figures from the state should be known and the auditors "
    "have finished their report.",
    "Parents who came to the meeting asked why the libraries were to close two days a week while the new "
    "offices were still being built.",
    "The mayor said that he would answer their questions in writing before the end of the week, and that "
    "nothing had been decided yet.",
]
FRENCH = (
    "Le conseil municipal a décidé mardi de reporter le vote sur le budget des écoles de la ville, faute de "
    "chiffres de l'État."
)


def test_the_passes_answer_as_the_library_does():
    text = "\n\n".join(ENGLISH[:3] + ["They said it it was late.", FRENCH])
    passes = speed.floor_passes([text])
    assert passes["identification (every paragraph)"](text) == language._paragraph_languages(text)
    assert passes["`repeats`: its candidate check"](text) is RepeatedWords().may_edit(text) is True
    scanner = fused._scanner("en")
    unknown = passes["`fused`: the chunks less the lexicon"](text)
    # The French paragraph's words are unknown to the English lexicon (the text is mostly English).
    assert "décidé" in unknown and "council" not in unknown
    assert unknown == {c for c in fused._lowered_apart(text).split() if c not in scanner.freqs}


def test_the_floor_times_every_pass_and_both_cleaners():
    docs = ["\n\n".join(ENGLISH), "A short one."]
    spent = speed.floor(docs, passes=1)
    assert {"ftfy.fix_text", "textmend.clean", "textmend.clean, identification sampled (prototype)"} <= set(spent)
    assert set(speed.floor_passes(docs)) <= set(spent)
    assert all(seconds >= 0.0 for seconds in spent.values())
    assert language._paragraph_languages is not speed.sampled_paragraph_languages


def test_three_sampled_paragraphs_that_agree_name_every_paragraph():
    # The French paragraph is neither first, middle nor last of the long ones: the prototype reads
    # it as English, where the library reads it as French (the output change it is measured for).
    # The heading is passed over as a sample, so the first long paragraph is the first sampled.
    text = "\n\n".join(["Budget", ENGLISH[0], FRENCH, ENGLISH[1], ENGLISH[2], ENGLISH[3]])
    spans, langs = speed.sampled_paragraph_languages(text)
    assert langs == ["en"] * 6
    assert language._paragraph_languages(text)[0] == spans
    assert language._paragraph_languages(text)[1][2] == "fr"


def test_the_prototype_will_not_call_itself():
    library = language._paragraph_languages
    language._paragraph_languages = speed.sampled_paragraph_languages
    try:
        with pytest.raises(RuntimeError):
            speed.sampled_paragraph_languages("one\n\ntwo")
    finally:
        language._paragraph_languages = library


@pytest.mark.parametrize(
    "paragraphs",
    [
        [FRENCH, ENGLISH[0], ENGLISH[1], ENGLISH[2]],  # the first disagrees
        [ENGLISH[0], ENGLISH[1], ENGLISH[2], FRENCH],  # the last disagrees
        [ENGLISH[0], FRENCH, ENGLISH[1]],  # three paragraphs: not sampled
        ["Berlin", "Tuesday", ENGLISH[0], FRENCH, ENGLISH[1]],  # two long paragraphs agree: too few to sample
    ],
)
def test_any_other_text_is_identified_paragraph_by_paragraph(paragraphs):
    text = "\n\n".join(paragraphs)
    assert speed.sampled_paragraph_languages(text) == language._paragraph_languages(text)


def test_the_prototype_stands_in_only_inside_its_context():
    library = language._paragraph_languages
    text = "\n\n".join([ENGLISH[0], FRENCH, ENGLISH[1], ENGLISH[2], ENGLISH[3]])
    with speed.sampled_identification():
        assert language._paragraph_languages is speed.sampled_paragraph_languages
        # The pipeline reads the patched function: the French paragraph is judged as English.
        assert [s.lang for s in language.identify_spans(text)] == ["en"] * 5
        textmend.clean(text)
    assert language._paragraph_languages is library
    with pytest.raises(RuntimeError):
        with speed.sampled_identification():
            raise RuntimeError
    assert language._paragraph_languages is library
    assert [s.lang for s in language.identify_spans(text)] == ["en", "fr", "en", "en", "en"]
