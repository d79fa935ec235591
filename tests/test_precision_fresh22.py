"""Precision on the kinds the twenty-second fresh corpus found (issue 13, branch ``prec27``).

That corpus's damage sat in IANA's registry tables: a registry named by its domain
(``Register.BG`` in a table that lists ``.bg``) and two glued cells whose second opens with a
domain label (``generic.CLUB DOMAINS``) were spaced after the dot as sentences; an acronym's
plural (``DNS RCODEs``) was cut as a heading glued to a word (``RCOD Es``); a name given in the
sentence (``dba dotMobi``, ``often called tz or zoneinfo``) was cut into two words.  Each kind
is judged by the general shape of its evidence: the document writing the label by itself after
a dot; a capital and a lower-case ``s`` after capitals; a naming word or phrase of the language
(``data/en/naming_words.txt``) right before the token.  The first table holds the corpus's own
rows and sentences (short excerpts of public registry tables), the second texts written for the
test with the same evidence; beside them stand damaged texts of the same shapes, most of them
real glue from the dev and audit material, that must still be repaired, so a rule that
swallowed every repair would fail.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired

_kept = assert_kept
_repaired = assert_repaired


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            ".bg country-code Register.BG\n.bh country-code Telecommunications Regulatory Authority (TRA)\n",
            "the root zone table writes '.bg' by itself: 'Register.BG' is the Bulgarian registry's name, "
            "built on that label, and no sentence ends at its dot",
        ),
        (
            "| .bg | country-code | Register.BG |\n| .bh | country-code | Telecommunications Regulatory Authority (TRA) |\n",
            "the same row as a '|' table (trafilatura's copy): the label after a '|' counts as written alone",
        ),
        (
            ".club generic.CLUB DOMAINS, LLC\n.cm country-code Cameroon Telecommunications (CAMTEL)\n",
            "two cells glued, 'generic' and '.CLUB DOMAINS, LLC' (the operator is named after its TLD, which "
            "opens the line): the dot belongs to the name, so no space goes after it",
        ),
        (
            ".cn country-code China Internet Network Information Center\n.co country-code.CO Internet S.A.S.\n",
            "the same with '.co' and its operator '.CO Internet S.A.S.'",
        ),
        (
            "DNS OpCodes RFC 6895, RFC 1035\nDNS RCODEs RFC 6895, RFC 1035\nDNSKEY RR Flags RFC 3755, RFC 4034\n",
            "'RCODEs' is the plural of the DNS field RCODE: the capital before the 's' ends the acronym; "
            "'Es' opens no block",
        ),
        (
            "| DNS OpCodes | RFC 6895, RFC 1035 |\n| DNS RCODEs | RFC 6895, RFC 1035 |\n",
            "the same registry name in a '|' table",
        ),
        (
            ".mobi sponsored Afilias Technologies Limited dba dotMobi\n.moda generic United TLD Holdco Ltd.\n",
            "'dba' (doing business as) gives the name the company trades under: 'dotMobi' is spelt so by its owner",
        ),
        (
            "| .mobi | sponsored | Afilias Technologies Limited dba dotMobi |\n| .moda | generic | United TLD Holdco Ltd. |\n",
            "the same row as a '|' table",
        ),
        (
            "The Time Zone Database (often called tz or zoneinfo) contains code and data that represent the "
            "history of local time for many representative locations around the globe.",
            "'often called tz or zoneinfo': the second of two names given the database, a closed compound there",
        ),
    ],
)
def test_the_registry_tables_rows_are_kept(text: str, reason: str) -> None:
    _kept(text, reason)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "The team shipped two SDKs and the DNS RRTYPEs table today.",
            "'RRTYPEs', the plural of another DNS field name, after the capitals 'DNS': the same shape, "
            "no heading glued to a word",
        ),
        (
            "Our registry, known as dotBerlin, opened the .berlin zone to everyone in March.",
            "'known as' gives a name: mixed case there is the owner's spelling",
        ),
        (
            "The database, also known as timezone or zonedata, lists every offset.",
            "two lower-case names joined by 'or' after 'known as': the second is a name as much as the first",
        ),
    ],
)
def test_the_same_evidence_elsewhere_is_kept(text: str, reason: str) -> None:
    _kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "The registry lists .us domains.\nThe rules changed in the list.US officials said so.",
            "The registry lists .us domains.\nThe rules changed in the list. US officials said so.",
            "the text writes '.us' alone, but a sentence goes on in lower case after 'US': two sentences glued",
        ),
        (
            "Find recipes on .com and .org sites.\nIt was good. Zero leftovers.YUM\nAhh that makes me so happy",
            "Find recipes on .com and .org sites.\nIt was good. Zero leftovers. YUM\nAhh that makes me so happy",
            "a reader's 'leftovers.YUM' (fresh corpus tune material): the text writes '.com' and '.org' alone, "
            "never '.yum'",
        ),
        (
            "Prices fell on the Dow Jones Industrial Average.DJI fell 102.2 points.",
            "Prices fell on the Dow Jones Industrial Average. DJI fell 102.2 points.",
            "capitals after a dot with no label written anywhere: a sentence glued to the next (audit material)",
        ),
        ("They met in the U.S.Then they left.", "They met in the U.S. Then they left.", "an initialism ending a sentence"),
        (
            "It ends this sentence.Another one starts here.",
            "It ends this sentence. Another one starts here.",
            "two sentences glued",
        ),
        (
            "HOW TO APPLYYou must register by May.",
            "HOW TO APPLY You must register by May.",
            "a heading in capitals glued to the next block: 'You' is no plural ending",
        ),
        (
            "BACKGROUNDAs the war began, troops moved east.",
            "BACKGROUND As the war began, troops moved east.",
            "a capital and an 's', but 'As' is a function word and the capitals spell a word: a heading glued",
        ),
        (
            "They called offthe game after the storm.",
            "They called off the game after the storm.",
            "after a naming word, but the split holds a function word: a lost space, not a name",
        ),
        (
            "The Rukban camp, also known as theBerm, is located in the desert near Syria.",
            "The Rukban camp, also known as the Berm, is located in the desert near Syria.",
            "a naming phrase, but a function word before the capital (dev tune material): the article lost "
            "its space before the name",
        ),
        (
            "A resident contracted the medieval disease dubbed theBlack Death, say officials.",
            "A resident contracted the medieval disease dubbed the Black Death, say officials.",
            "the same after 'dubbed' (dev tune material)",
        ),
        (
            "NATO said the military reinforcementStoltenberg told reporters on Monday.",
            "NATO said the military reinforcement Stoltenberg told reporters on Monday.",
            "a word glued to a name with no naming word before it",
        ),
        (
            "In partnership withCeligo\nThe transformational power of automation.",
            "In partnership with Celigo\nThe transformational power of automation.",
            "a function word glued to a name (audit material): no naming slot",
        ),
    ],
)
def test_real_glue_of_the_same_shapes_is_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    _repaired(damaged, repaired, reason)
