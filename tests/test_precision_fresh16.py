"""Precision on the kinds the sixteenth fresh corpus found (issue 13, branch ``prec17``).

Every damaged edit of that corpus was ``fused`` splitting a word the document gives evidence
for; each kind is judged here by the general shape of that evidence, not by the corpus's
strings.  Each text was written for the test, with its reason; beside each kind stands damaged
text of the same shape that must still be repaired, so a rule that swallowed every repair
would fail.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired

_kept = assert_kept
_repaired = assert_repaired


# -- a commenter's lower-case handle heading a comment, in a list of such headers -------------

_BODY = "Looks great, I will try it.\n"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Magic of Spice — March 2, 2019 @ 9:20 am\n" + _BODY + "carolinaheartstrings — March 2, 2019 @ 5:45 pm\n"
            + _BODY + "Juliana — March 3, 2019 @ 1:48 pm\n" + _BODY,
            "a name, a dash, a date and an '@' hour: a comment's header in a list of three; the "
            "handle is the writer's as typed",
        ),
        (
            "Helen – June 4, 2020\n" + _BODY + "bakingbuddy – June 5, 2020\n" + _BODY + "Marc – June 6, 2020\n" + _BODY,
            "an en dash between the name and the date, no hour",
        ),
        (
            "Tom Lee | May 1, 2017 at 3:42 am\n" + _BODY + "pastrypilot | May 2, 2017\n" + _BODY
            + "Cy | May 3, 2017\n" + _BODY,
            "a bar between the name and the date; the first header's name has two words (kept "
            "before this rule too; a guard)",
        ),
        (
            "ann on May 3, 2012 at 3:42 am\n" + _BODY + "carolinaheartstrings on May 4, 2012\n" + _BODY
            + "Cy on May 5, 2012\n" + _BODY,
            "'on' between a one-token name and the date",
        ),
        (
            "Kris says\nI made it.\ncarolinaheartstrings says\nPerfection.\nJUDY says\nYum.",
            "'says' headers without a colon: a list of comments, each under its writer's name",
        ),
    ],
)
def test_a_handle_heading_a_comment_stays(text: str, reason: str) -> None:
    _kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "Magic of Spice — March 2, 2019 @ 9:20 am\nI lovethis cake.\nCarolina — March 2, 2019\n"
            + _BODY + "Juliana — March 3, 2019 @ 1:48 pm\n" + _BODY,
            "Magic of Spice — March 2, 2019 @ 9:20 am\nI love this cake.\nCarolina — March 2, 2019\n"
            + _BODY + "Juliana — March 3, 2019 @ 1:48 pm\n" + _BODY,
            "glue in a comment's body, under the headers: the body is prose",
        ),
        (
            "The recipe was shared by thebaker — March 2, 2019.\nWe loved it and made it again.",
            "The recipe was shared by the baker — March 2, 2019.\nWe loved it and made it again.",
            "a dash and a date inside a sentence, in no list of headers",
        ),
    ],
)
def test_glue_outside_a_comment_header_is_still_split(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason)


# -- a closed compound beside a sibling sharing its head ----------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "My peanut butter bars are up for grabs, and for anyone with a nut allergy I would make them "
            "with sunbutter or soybutter instead!",
            "'soybutter' closes another compound on 'butter' that the lexicon lacks: the writer writes "
            "such spreads closed, so 'sunbutter' is one word (though 'peanut butter' is written open)",
        ),
        (
            "The shop sells a honeycake and a honeybread made with local honey and spelt bread.",
            "'honeycake' shares its first part with 'honeybread': the same writer's closed compounds "
            "(kept before this rule too; a guard)",
        ),
    ],
)
def test_a_closed_compound_beside_its_sibling_stays(text: str, reason: str) -> None:
    _kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "My peanut butter bars are up for grabs, and for anyone with a nut allergy I would make them "
            "with sunbutter or almond butter instead!",
            "My peanut butter bars are up for grabs, and for anyone with a nut allergy I would make them "
            "with sun butter or almond butter instead!",
            "no other closed compound on 'butter': the document writes such pairs open",
        ),
        (
            "The new SmartThermostat works with other smart home devices, and ships with a smartsensor "
            "to track temperatures throughout your home.",
            "The new SmartThermostat works with other smart home devices, and ships with a smart sensor "
            "to track temperatures throughout your home.",
            "the only sibling is a brand written in capitals, which says how the brand is written, "
            "not how the writer writes compounds",
        ),
        (
            # (the pair written apart too: two parts that both build closed compounds need it, a
            # part alone is no evidence, tests/test_precision_fresh36.py)
            "The shop sells a honeybread made with local honey; its honey bread keeps a week.",
            "The shop sells a honey bread made with local honey; its honey bread keeps a week.",
            "no sibling on 'honey' or 'bread': two words glued",
        ),
    ],
)
def test_a_compound_with_no_sibling_is_still_split(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason)


# -- a word of another language on a line in that language ----------------------------------------

_FRENCH = "Pour se connecter au site, entrer ici son adresse e-mail et son mot de passe.\n"


@pytest.mark.parametrize(
    ("text", "lang", "reason"),
    [
        (
            _FRENCH + "Zum Inhalt springen\nRecettes et services",
            "fr",
            "a German skip link on a French page: 'springen' is German, not French 'spring' + 'en'",
        ),
        (
            _FRENCH + "Direkt zum Inhalt springen\nRecettes et services",
            "fr",
            "the same link worded at more length: the line is German by its words",
        ),
    ],
)
def test_a_word_of_the_lines_own_language_stays(text: str, lang: str, reason: str) -> None:
    assert_kept(text, reason, lang=lang)


@pytest.mark.parametrize(
    ("damaged", "repaired", "lang", "reason"),
    [
        (
            _FRENCH + "Skip to the maincontent of this page\nRecettes et services",
            _FRENCH + "Skip to the main content of this page\nRecettes et services",
            "fr",
            "an English line on a French page: 'maincontent' is no English word, so it is still glue",
        ),
        (
            "Die Kinder wollen im Garten springenund spielen, sagt die Lehrerin.",
            "Die Kinder wollen im Garten springen und spielen, sagt die Lehrerin.",
            "de",
            "German glue on a German page: the line's language is the page's, judged as before",
        ),
    ],
)
def test_glue_on_a_line_of_another_language_is_still_split(damaged: str, repaired: str, lang: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason, lang=lang)
