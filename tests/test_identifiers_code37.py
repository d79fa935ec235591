"""Program identifiers in prose split at an inner capital (issue 13, branch ``code37``).

fresh36's blind reading (rss-parser's saved feeds) found ``fused`` splitting the Google Ads
Developer Blog's API names written in its prose: ``the targetingStatus of these locations``,
``one of the externalPolicy fields``, ``The new PreferredContent criteria type``.  The same
shape is the commonest real scraping damage (``reinforcementStoltenberg``, ``menuThe``), so the
gates read the text's evidence, not the token:

- a mixedCase token right after a noun phrase opener, a lower-case word after it, its capital
  part no sentence opener, in a document that writes code elsewhere (a ``SCREAMING_SNAKE``
  value, ``snake_case``, ``getElementById``, a call): an identifier named as a noun;
- a CamelCase token after a capitalized participle (the heading seam ``UpdatedFire``) in a
  document about code (six different signs of code): a type's name.

The texts are written for the test (none is copied from a corpus).  The kept table fails on
main ``fb0b834``; the repairs of the same shapes pass on both.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired

_CODE_PARAGRAPH = (
    "This release adds the TARGET_CPA and MAX_CLICKS strategies, the getBidLandscape and runBatchJob() "
    "methods, a user_id column and FEED_ITEM rows.\n\n"
)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "From March 1, the deliveryState of these orders will be set to ON_HOLD, and they will be removed "
            "in a later version.",
            "a field named after 'the', the phrase running on in lower case ('of these orders'), in a text "
            "that writes a SCREAMING_SNAKE value",
        ),
        (
            "Read the billingAddress field of each customer record. Older versions called it addr_billing.",
            "a field named after 'the' before its noun ('field'), in a text that writes a snake_case name",
        ),
        (
            _CODE_PARAGRAPH + "The new PinnedContent criteria type lets you set a bid for top content.",
            "a CamelCase type after 'The new' in a document about code: not a heading's participle glued on",
        ),
    ],
)
def test_identifiers_in_prose_are_kept(text: str, reason: str) -> None:
    assert_kept(text, reason)


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "Fine-tuning the gameChallenges that need to be performed are listed below.",
            "Fine-tuning the game Challenges that need to be performed are listed below.",
            "the noun-phrase shape in a text that writes no code: two blocks glued, still cut",
        ),
        (
            "Set the flag to ON_HOLD first.\n\nNATO sent more troops as reinforcementStoltenberg told reporters "
            "on Monday.",
            "Set the flag to ON_HOLD first.\n\nNATO sent more troops as reinforcement Stoltenberg told reporters "
            "on Monday.",
            "a text that writes code, but the token stands after no noun phrase opener: a block's seam",
        ),
        (
            "Set the flag to ON_HOLD first.\n\nHe clicked the menuThe page loaded slowly.",
            "Set the flag to ON_HOLD first.\n\nHe clicked the menu The page loaded slowly.",
            "after 'the' in a text that writes code, but the capital part is a function word opening a block",
        ),
        (
            "The storm hit the coast on Monday.\n\nThe new PinnedContent criteria type lets you set a bid.",
            "The storm hit the coast on Monday.\n\nThe new Pinned Content criteria type lets you set a bid.",
            "a capitalized participle glued to a content word in a text not about code: still a heading's seam",
        ),
        (
            "The storm hit the coast on Monday.\n\nPage last UpdatedFire crews worked through the night.",
            "The storm hit the coast on Monday.\n\nPage last Updated Fire crews worked through the night.",
            "the heading seam itself, in news",
        ),
    ],
)
def test_case_boundary_repairs_still_happen(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason)


def test_identifier_gates_grow_linearly() -> None:
    """Many phrase-shaped mixedCase and CamelCase tokens in a text that writes code: the document's
    count of code signs is made once, each token's own reading is bounded."""
    from growth import assert_grows_linearly

    import textmend

    unit = (
        "Set it to ON_HOLD. The new PinnedContent criteria type works, and the deliveryState of these "
        "orders changes while the menuThe page loads.\n"
    )
    assert_grows_linearly(textmend.clean, unit * 40, unit * 400)
