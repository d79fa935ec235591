"""The pipeline runs for any language code: known to wordfreq, needing its optional
tokenizers (zh, ja: jieba, MeCab, not installed), or unknown."""

import pytest

from textmend import DEFAULT_ORDER, Pipeline, build

SAMPLE = "Das ist  ein Test ,und der the the Satz.Er sagte “ja“, und 東京 ทดสอบ ok"


@pytest.mark.parametrize("lang", ["en", "de", "fr", "ru", "ar", "ko", "zh", "ja", "th", "xx-unknown"])
def test_every_stage_runs_for_any_language(lang):
    pipeline = Pipeline([build(name, lang=lang) for name in DEFAULT_ORDER], on_error="raise")
    out = pipeline(SAMPLE)
    assert isinstance(out, str)
    assert "  " not in out  # language-blind repairs still happen
