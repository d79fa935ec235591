"""Precision on the kinds the thirtieth fresh corpus's tune half found (issue 13, branch ``fresh30``).

That corpus (the last quarter of chardet's feed posts of about 2005) was judged blind at 96.8%;
its tune half's damage fell in four kinds, three of them fixed here by the evidence their shape
gives, not by their strings:

- a Hungarian preverb written together with ``van`` was split off (``hátra|van``): Hungarian
  writes a preverb (``data/hu/preverbs.txt``) together with the verb it stands before, unless
  an adverbial participle follows (``data/hu/adverbial_participle_endings.txt``: ``be van
  zárva``, where the preverb is the participle's);
- Hungarian ``hogy hogy`` after a comma (the conjunction, then the question word) was made
  single: kept after a comma (``data/hu/legit_doubles.txt``), repaired elsewhere;
- a ``?`` standing for a lost mark before a Latin name in Chinese text was spaced as a
  question's end: two ``?`` glued around a Latin word between Chinese or Japanese characters
  are the name's lost marks.

The texts are written for the test (none is copied from the corpus); beside them stand texts
of the same shapes that must still be repaired, so a rule that swallowed every repair fails.
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "A kutya egészen odavan a gazdájáért, mindenhova követi őt a faluban.",
            "odavan (is crazy about): the preverb oda written with van, one word",
        ),
        (
            "A pénz teljesen odavolt, mire hazaértünk a hosszú utazásról tavaly nyáron.",
            "odavolt (was gone): the preverb with the past of van, one word",
        ),
        (
            "Mindenki kíváncsi volt, hogy hogy fogadják majd az új tanárt az iskolában.",
            "hogy hogy after a comma: the conjunction, then the question word how",
        ),
        (
            "我在网上找到一个条目?WikiTravel?非常有用，大家可以去看看这个网站。",
            "two ? glued around a Latin name in Chinese: marks lost to the charset, no question",
        ),
    ],
)
def test_the_tune_kinds_are_kept(text: str, reason: str) -> None:
    assert_kept(text, reason, lang="auto")


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "A szomszédnak sok pénze nekivan, mégis mindig panaszkodik a helyzetére.",
            "A szomszédnak sok pénze neki van, mégis mindig panaszkodik a helyzetére.",
            "neki (to him) is a pronoun, no listed preverb: neki van (he has) is two words",
        ),
        (
            "A macska most fentvan a padláson, és nem akar lejönni onnan egyáltalán.",
            "A macska most fent van a padláson, és nem akar lejönni onnan egyáltalán.",
            "fent (up there) is an adverb of place, no listed preverb",
        ),
        (
            "A csomag egész úton hátravan kötve a kocsi tetején, hogy le ne essen.",
            "A csomag egész úton hátra van kötve a kocsi tetején, hogy le ne essen.",
            "before an adverbial participle the preverb is the participle's and van its auxiliary",
        ),
        (
            "Azt mondta nekem tegnap hogy hogy holnap eljön hozzánk a barátaival együtt.",
            "Azt mondta nekem tegnap hogy holnap eljön hozzánk a barátaival együtt.",
            "hogy hogy with no comma before it: a slip, made single",
        ),
        (
            "这是什么?Google是一个搜索引擎，大家都用它来查资料。",
            "这是什么? Google是一个搜索引擎，大家都用它来查资料。",
            "a question's ? before a Latin word with no second ? after it: spaced as before",
        ),
    ],
)
def test_the_same_shapes_are_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason, lang="auto")
