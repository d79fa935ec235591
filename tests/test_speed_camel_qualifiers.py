"""speed27: fused's capitalized camel tokens ask the cheap gate (a participle before the seam,
a sentence opener after it) before the text's qualifiers, whose first answer reads every
dotted name of the whole text.

Both gates only let the token go, so their order changes no outcome (the table below holds
the outcomes, and ``benchmarks.speed --dump`` is byte-identical); what changes is that a text
whose capitalized camel tokens are all names (MarketAxess) no longer has its dotted names
read: on the dev articles 11 such scans a pass became 1, on the extractor records 983 became 525.
"""

from __future__ import annotations

import pytest

from textmend.analysis import text_facts
from textmend.normalizers.fused import FusedTokens

# A text about an API: three words each qualify two capitalized names or more (TextFacts.qualifiers).
_API = "Use image.Color and image.RGBA and image.Point; os.Error, os.File and os.Args; time.Duration, time.Time and time.Month.\n\n"

# (text, expected output, why)
CASES = [
    (
        "The trading platform MarketAxess reported record volumes on Tuesday, the company said.",
        "The trading platform MarketAxess reported record volumes on Tuesday, the company said.",
        "a capitalized camel name: neither a participle nor an opener at its seam",
    ),
    (
        "Read the UpdatedFire report today, the agency said on Tuesday.",
        "Read the Updated Fire report today, the agency said on Tuesday.",
        "a heading's participle glued to the next block: cut in news",
    ),
    (
        _API + "Read the UpdatedFire report today.",
        _API + "Read the UpdatedFire report today.",
        "the same token in a text about an API's names: the qualifiers keep it",
    ),
    (
        "The company launched the new model last week.AmazonThe new model was praised by reviewers.",
        "The company launched the new model last week.Amazon The new model was praised by reviewers.",
        "a function word opening the next block: cut, qualifiers or not",
    ),
    (
        _API + "The function returns the OutputThe value is then used.",
        _API + "The function returns the Output The value is then used.",
        "a function word after the seam is a block's start even in a text about an API",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), CASES, ids=[why for _, _, why in CASES])
def test_capitalized_camel_tokens_keep_their_outcome(text: str, expected: str, why: str) -> None:
    assert FusedTokens(lang="en")(text) == expected


def test_a_camel_name_does_not_read_the_texts_dotted_names() -> None:
    # The qualifiers' scan is made only where the cheap gate leaves the token in doubt: a name
    # such as MarketAxess lets go first (before speed27 the scan was made for it).
    text = "The trading platform MarketAxess reported record volumes on Tuesday, the company said."
    assert FusedTokens(lang="en")(text) == text
    assert text_facts(text)._dotted_counts is None


def test_a_participle_seam_still_reads_them() -> None:
    # ... and where the cheap gate holds the token, the qualifiers are read as before.
    text = _API + "Read the UpdatedFire report today."
    FusedTokens(lang="en")(text)
    assert text_facts(text)._dotted_counts is not None
