"""Precision on the ``fused`` and ``repeats`` damage left in the audits (issue 13, branch ``prec10``).

Grouped by kind, each kind judged by evidence in the text, not by the strings the audits
found.  Each text here was written for the test, with its reason; beside each kind stands
damaged text of the same shape that must still be repaired, so a rule that swallowed every
repair would fail.
"""

from __future__ import annotations

from contract import assert_kept, assert_repaired


# The shared assertions, under the short names these tables use.
_kept = assert_kept
_repaired = assert_repaired


# -- fused: a capitalized name ending with an adverb, written in two places


def test_a_recurring_camel_case_name_ending_with_an_adverb_stays() -> None:
    _kept(
        "Download FlowNow today.\n\nWith FlowNow you can send files to anyone.",
        "'FlowNow' written in two contexts, ending with an adverb a name can end with: a product name",
    )
    _kept(
        "ShopHere Mobile - prices near you\n\nOpen ShopHere and you can compare the prices.",
        "'ShopHere' twice, ending with an adverb: a name",
    )


def test_a_camel_case_seam_before_an_adverb_written_once_is_still_split() -> None:
    # (prec36: the token opens its clause after a colon; right after a lower-case word, "for
    # FlowNow and", a camel token whose capital opens no noun phrase is kept as a name)
    _repaired(
        "Sign up: FlowNow and share.",
        "Sign up: Flow Now and share.",
        "written once: no evidence of a name, the seam of a lost boundary before 'Now'",
    )


def test_a_recurring_seam_before_an_article_is_still_split() -> None:
    # A photo credit glued to each paragraph after it recurs as much as a name does; no name
    # ends with an article, so recurrence is no evidence there.
    _repaired(
        "Photo: GettyThe doctor said it was fine.\n\nPhoto: GettyThe nurse agreed with him.",
        "Photo: Getty The doctor said it was fine.\n\nPhoto: Getty The nurse agreed with him.",
        "'GettyThe' in two contexts, but 'The' opens a noun phrase: a credit glued to the next block each time",
    )
    _repaired(
        "Credit: ReutersHe said it was over.\n\nCredit: ReutersHe added that he would stay.",
        "Credit: Reuters He said it was over.\n\nCredit: Reuters He added that he would stay.",
        "a personal pronoun opens a clause, and ends no name",
    )


# -- fused: a lower-case word glued to a capitalized one in a row of brand names


def test_a_mixed_case_brand_in_a_row_of_names_stays() -> None:
    _kept(
        "Our network: NewsHub.com GameZone TVGuide myDeals ShopRight.com PhotoNet CNET",
        "every neighbour is written as only names are (a capital inside, a dotted domain, capitals): "
        "a network's list of sites, and 'myDeals' one more brand in it",
    )


def test_a_preposition_glued_to_a_name_outside_a_row_of_names_is_still_split() -> None:
    _repaired(
        "She moved to the University ofChicago last year.",
        "She moved to the University of Chicago last year.",
        "lower-case words around it: prose, and 'of' glued to the name that follows it",
    )
    _repaired(
        "Mayor Rahm Emanuel ofChicago Says He Will Run Again",
        "Mayor Rahm Emanuel of Chicago Says He Will Run Again",
        "a title-case headline: capitalized neighbours, but none shaped as only a name is",
    )


# -- fused: no article after a determiner


def test_a_misspelling_after_a_determiner_is_not_split_off_an_article() -> None:
    _kept(
        "Everyone knew the apointed hour.",
        "'the a pointed' is no phrase: no article follows 'the', so the token is a misspelt word, not 'a' glued to one",
    )
    _kept("They counted their acounted votes twice.", "'their a counted': no article follows a possessive determiner")


def test_an_article_glued_to_a_word_after_another_word_is_still_split() -> None:
    _repaired(
        "She said she made amistake on Monday.",
        "She said she made a mistake on Monday.",
        "after a verb the article opens the noun phrase: 'a' glued to the noun",
    )
    _repaired(
        "She gave each amedal.",
        "She gave each a medal.",
        "'each' is also a pronoun before an indirect object ('give each a copy'): not a determiner no article follows",
    )


# -- repeats: a scale word squared after a numeral


def test_a_scale_word_squared_as_a_bare_quantity_stays() -> None:
    _kept(
        "Sixty-four bits can count up to 18 billion billion. Few programs need more.",
        "after a numeral, ending its clause: the number's scale multiplied by itself (10^18), a bare quantity",
    )
    _kept("The sum is roughly 2.5 trillion trillion; nobody can picture it.", "a bare quantity ending its clause at ';'")


def test_a_scale_word_doubled_inside_a_phrase_or_an_amount_of_money_is_still_repaired() -> None:
    _repaired(
        "The galaxy formed 2.1 billion billion years ago.",
        "The galaxy formed 2.1 billion years ago.",
        "the double stands before what it counts: a slip inside the phrase",
    )
    _repaired(
        "The company paid $40 million million.",
        "The company paid $40 million.",
        "an amount of money (a currency sign before the numeral): no amount of money squares its scale",
    )


# -- fused: a form of a listed compound is not split at another seam


def test_a_plural_of_a_listed_compound_is_not_split_after_an_inflected_first_part() -> None:
    _kept(
        "After the storm the river overspills flooded the lower fields.",
        "'overspills' is the plural of the listed 'overspill': 'overs' + 'pills' reads an inflected word "
        "before the next only because the seam is put in the wrong place",
    )


def test_an_inflected_word_glued_to_the_next_is_still_split() -> None:
    _repaired(
        "The network formed a technologicalbackbone for the region.",
        "The network formed a technological backbone for the region.",
        "no listed word is a form of the token: an inflected or derived word, then the next",
    )
