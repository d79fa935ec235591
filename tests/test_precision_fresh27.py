"""Precision on the kinds the twenty-seventh fresh corpus's tune half found (issue 13, branch ``fresh27``).

That corpus (the third quarter of chardet's feed posts of about 2005) was judged blind at 92.3%;
its tune half's damage fell in two kinds, each fixed here by the evidence its shape gives, not
by its strings:

- a kaomoji drawn with the space after its bracket lost that space, read as a space inside a
  parenthesis (``( ﾟдﾟ)``): a bracket whose content is at most twelve characters, no digit, no
  two word letters in a row and a drawing character (a modifier symbol or letter, another symbol,
  ``_``, a half- or full-width form) draws a face, not a parenthesis;
- a Korean particle written on a quoted cry was spaced off the cry's ``!`` (``1달러!를``): a
  ``!`` or ``?`` glued between a Hangul word and a postposition or quotative ending
  (``data/ko/postpositions.txt``) ends a quotation inside the sentence, not the sentence.

The texts are written for the test (none is copied from the corpus); beside them stand texts
of the same shapes that must still be repaired, so a rule that swallowed every repair fails
(the Korean text that glues a stop is spaced there and keeps its quoted question's particle).
"""

from __future__ import annotations

import pytest

from contract import assert_kept, assert_repaired


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "今日は朝から雨が降っていて、傘を忘れてしまった( ´Д｀)。明日は晴れるといいな。",
            "a kaomoji drawn with a space after its bracket: no word stands in it",
        ),
        (
            "テストの結果が返ってきた…( ﾟдﾟ)ﾎﾟｶｰﾝ。思ったよりずっと悪かった。",
            "the 2ch face ( ﾟдﾟ): half-width marks and one Cyrillic letter for a mouth",
        ),
        (
            "We finally finished the whole project last night ( ^_^) and everyone went home happy.",
            "a smiling kaomoji in English prose keeps its space",
        ),
    ],
)
def test_a_kaomoji_keeps_the_space_after_its_bracket(text: str, reason: str) -> None:
    assert_kept(text, reason, lang="auto")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "시장에 가면 상인들이 싸요! 싸요!를 외치는 소리가 골목마다 들린다. 우리는 천천히 구경했다.",
            "an object particle written on a quoted cry: the sentence goes on after the mark",
        ),
        (
            "아이가 엄마!라고 부르며 달려왔다. 그날 저녁 우리는 오랜만에 함께 밥을 먹었다.",
            "a quotative ending on a quoted cry",
        ),
    ],
)
def test_a_korean_particle_on_a_quoted_cry_stays_attached(text: str, reason: str) -> None:
    assert_kept(text, reason, lang="auto")


@pytest.mark.parametrize(
    ("damaged", "repaired", "reason"),
    [
        (
            "The samples were tested ( in vitro) before the second trial began in March.",
            "The samples were tested (in vitro) before the second trial began in March.",
            "a space after the bracket before words is a slip",
        ),
        (
            "The company was founded long ago ( 1998) by two brothers from Ohio.",
            "The company was founded long ago (1998) by two brothers from Ohio.",
            "a year in brackets is no face",
        ),
        (
            "회의가 끝나고 다들 정말 가능할까?라는 표정이었다.그리고 아무도 말을 하지 않았다.",
            "회의가 끝나고 다들 정말 가능할까?라는 표정이었다. 그리고 아무도 말을 하지 않았다.",
            "a text that glues a sentence at a stop: the stop is spaced, the quoted question keeps its particle",
        ),
        (
            "Rep. Jane Doe ( D-N.Y.) spoke to reporters shortly after the vote on Tuesday.",
            "Rep. Jane Doe (D-N.Y.) spoke to reporters shortly after the vote on Tuesday.",
            "a party and state in brackets: single letters, but only dots and a hyphen between them",
        ),
        (
            "오늘은 정말 즐거웠어요. 모두 건강하세요!다음 주에 또 만나요. 감사합니다.",
            "오늘은 정말 즐거웠어요. 모두 건강하세요! 다음 주에 또 만나요. 감사합니다.",
            "a sentence glued after its ! : the next word is no particle",
        ),
    ],
)
def test_the_same_shapes_are_still_repaired(damaged: str, repaired: str, reason: str) -> None:
    assert_repaired(damaged, repaired, reason, lang="auto")
