"""The identifier's precomputed word tables (package data) match what wordfreq gives."""

from __future__ import annotations

import pytest

from textmend import language


@pytest.mark.parametrize("script", language._SHARED_SCRIPTS)
def test_shipped_table_is_what_wordfreq_builds(script: str) -> None:
    # A stale table would be ignored at run time (its fingerprint differs) and cost the
    # half second it exists to save: rebuild it with tools/build_langid_tables.py.
    language._vocabulary.cache_clear()
    try:
        loaded = language._vocabulary(script)
        built = language.build_vocabulary(script)
        assert language.table_path(script).is_file()
        # Read from the shipped file in place, not rebuilt because the file did not match.
        assert isinstance(loaded.bonus, language._WordTable)
        assert loaded.langs == built.langs
        assert loaded.bonus == built.bonus
        # What the identifier asks of it: a listed word's row, and None for any other.
        for word in list(built.bonus)[:2000:7] + ["qxzzv", "", "zzzzzzzzzz", "\uffff"]:
            assert loaded.bonus.get(word) == built.bonus.get(word), word
    finally:
        language._vocabulary.cache_clear()


def test_a_table_of_another_wordfreq_is_not_trusted(tmp_path, monkeypatch) -> None:
    # A table whose fingerprint does not match is rebuilt from wordfreq, not used.
    import gzip
    import pickle

    fake = tmp_path / "Cyrl.pickle.gz"
    with gzip.open(fake, "wb") as fh:
        pickle.dump((("another wordfreq",), ("ru",), {"да": ((0, 99.0),)}), fh)
    monkeypatch.setattr(language, "table_path", lambda script: fake)
    language._vocabulary.cache_clear()
    try:
        assert language._vocabulary("Cyrl").langs == ("bg", "mk", "ru", "uk")
    finally:
        language._vocabulary.cache_clear()
