"""Precision on the kinds the nineteenth fresh corpus found (issue 13, branch ``prec20``).

Most of that corpus's damage was ``punctuation`` spacing the dot of qualified code names in a
release-notes page about an API (``reflect.Value`` -> ``reflect. Value``): a lower-case package
name glued by a dot to the names written in it.  Then wiki page names split after their
namespace's colon (``Wikipedia:Páginas`` -> ``Wikipedia: Páginas``).  Each kind is judged here
by the general shape of its evidence, not by the corpus's strings.  Each text was written for
the test, with its reason; beside each kind stands damaged text of the same shape that must
still be repaired, so a rule that swallowed every repair would fail.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired
from textmend.analysis import TextFacts

_kept = assert_kept
_repaired = assert_repaired


# -- qualified code names --------------------------------------------------------------------

# A text about an API: three packages, each glued by a dot to two names or more.
_API = (
    "The shapes package now returns a shapes.Polygon where it returned a shapes.Outline before.\n"
    "Callers that build a paint.Brush should use paint.Stroke for borders, and the clock.Ticker type "
    "replaces clock.Pulse.\n"
    "Code that stored a shapes.Outline in a map keeps working; clock.Ticker values compare equal.\n"
)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (_API, "three packages glued to several names each, never spaced: qualified names"),
        (
            _API + "A program may also wrap a paint.Layer around the brush.\n",
            "one more name of a package the text qualifies names with, written once",
        ),
        (
            _API + "Use a digest.Sum when hashing, since digest.Sum is faster.\n",
            "a package written with one name only, but the same pair twice, in a text of qualified names",
        ),
        (
            _API + "The clock.Ticker type has a method Ticker.Stop; shapes.Polygon has Polygon.Area.\n",
            "a capitalized left part the text writes as a qualified name itself: a type and its member",
        ),
    ],
)
def test_a_package_glued_to_its_names_is_a_qualifier(text: str, reason: str) -> None:
    _kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            _API + "The minister arrived with the reinforcement.Stoltenberg spoke first.\n",
            _API + "The minister arrived with the reinforcement. Stoltenberg spoke first.\n",
            "a one-off sentence end glued to the next, after a word that qualifies nothing: glue",
        ),
        (
            _API + "Nobody expected the war.Russia answered the next day.\n",
            _API + "Nobody expected the war. Russia answered the next day.\n",
            "the same in a text of qualified names: a word glued once to a name is still a sentence end",
        ),
        (
            _API + "We changed the clock at the same time.The release is out.\n",
            _API + "We changed the clock at the same time. The release is out.\n",
            "a usual sentence opener after the dot is a sentence's start even after a qualifier's shape",
        ),
        (
            "He stood with the reinforcement.Stoltenberg spoke first.\n",
            "He stood with the reinforcement. Stoltenberg spoke first.\n",
            "the glued sentence in a text with no qualified names",
        ),
    ],
)
def test_a_glued_sentence_end_is_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            # An extractor glued every paragraph to the next: the same last word glued twice,
            # to different sentences, but the text holds no three qualifiers.
            "The bank said.Officers were called at noon.\nThe mayor said.Crowds gathered later.\n"
            "Cook for ten minutes.Drain the pasta.\nSimmer for five minutes.Serve hot.\n",
            "The bank said. Officers were called at noon.\nThe mayor said. Crowds gathered later.\n"
            "Cook for ten minutes. Drain the pasta.\nSimmer for five minutes. Serve hot.\n",
            "two words each glued to two sentences: not a text of qualified names",
        ),
    ],
)
def test_glued_paragraphs_are_no_qualifiers(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason)


def test_dotted_heads_are_the_texts_own() -> None:
    heads = TextFacts(_API).dotted_heads()
    assert sorted(heads["shapes"][0]) == ["Outline", "Polygon"]
    assert heads["shapes"][1:] == (3, 0)
    assert "paint" in heads and "clock" in heads
    assert TextFacts("No names here. None at all.").dotted_heads() == {}


# -- namespaced page names -------------------------------------------------------------------

_LINKS = (
    "Páginas relacionadas:\n"
    "* Portal:Aviación comercial\n"
    "* Portal:Transporte aéreo\n"
    "* Portal:Ingeniería aeronáutica y espacial\n"
)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (_LINKS, "a prefix glued by a colon to three page names, never spaced: a namespace"),
        (
            _LINKS + "Véase también: Portal:Aeropuertos del mundo\n",
            "a spaced label before a namespaced link: the label's colon is spaced, the namespace's not",
        ),
    ],
)
def test_a_namespace_glued_to_several_pages_is_kept(text: str, reason: str) -> None:
    _kept(text, reason, lang="es")


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "Live coverage.\nUpdate:Police closed the road. The mayor spoke later.\n",
            "Live coverage.\nUpdate: Police closed the road. The mayor spoke later.\n",
            "a headline's label glued once to its text: glue",
        ),
        (
            "Update:Police closed the road.\nUpdate:Officers left.\nUpdate: The mayor spoke.\n",
            "Update: Police closed the road.\nUpdate: Officers left.\nUpdate: The mayor spoke.\n",
            "a label the text also spaces off its text is no namespace, glued twice or not",
        ),
    ],
)
def test_a_glued_label_is_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason)


# -- CamelCase names in a text about an API ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            _API + "The new type BorderedShape can be used to draw outlines.\n",
            "a capitalized CamelCase token in a text of qualified names: a type's name",
        ),
        (
            _API + "Replace the old call with the EncodedPolygon method of the type.\n",
            "a participle glued to a noun there is a method's name, not a heading glued to a block",
        ),
    ],
)
def test_camel_case_in_a_text_about_an_api_is_a_name(text: str, reason: str) -> None:
    _kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            _API + "Read the release notes on ShapesThe next release adds curves.\n",
            _API + "Read the release notes on Shapes The next release adds curves.\n",
            "a function word after the seam still opens the next block, in a text about an API too",
        ),
        (
            "Pictures of the storm UpdatedFire crews reached the town at noon.\n",
            "Pictures of the storm Updated Fire crews reached the town at noon.\n",
            "a participle glued to a block in a text with no qualified names: a heading's seam",
        ),
    ],
)
def test_camel_seams_are_still_cut(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason)


# -- a model designation's plural ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "The 340-200B was the first; the carrier ordered four 340-200Bs and later two -500Bs.\n",
            "the text writes the model glued to its letter: its plural adds an s",
        ),
    ],
)
def test_a_designations_plural_is_kept(text: str, reason: str) -> None:
    _kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "Sales grew through 2009As we expected, prices rose.\n",
            "Sales grew through 2009 As we expected, prices rose.\n",
            "a number glued to a capitalized word, the text writing no designation with that letter",
        ),
    ],
)
def test_a_number_glued_to_the_next_block_is_still_cut(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason)


# -- a CamelCase name in a list --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "The library reads Enums, NamedTuples, TypedDicts and more from your code.\n",
            "CamelCase items between a list's commas and its conjunction: names, no block opens inside a list",
        ),
        (
            "Use tuples, FrozenSets, ComputedFields or plain lists.\n",
            "the same before 'or'",
        ),
    ],
)
def test_a_camel_case_list_item_is_a_name(text: str, reason: str) -> None:
    _kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "Pictures of the storm, UpdatedFire crews reached the town at noon.\n",
            "Pictures of the storm, Updated Fire crews reached the town at noon.\n",
            "after a comma but no list going on after it: a heading's seam",
        ),
        (
            "Pictures of the storm UpdatedFire crews and police reached the town.\n",
            "Pictures of the storm Updated Fire crews and police reached the town.\n",
            "a conjunction later in the sentence, no list's comma before the token: a seam",
        ),
    ],
)
def test_a_seam_outside_a_list_is_still_cut(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason)
