"""Cold start: what the first ``clean()`` defers or reads directly gives the same answers.

The word lists are read from wordfreq's own files without importing wordfreq (whose
import loads langcodes' tables); each shortcut is held here to wordfreq's own answer,
and a fresh interpreter is checked, by ``sys.modules``, not by time, not to import what
was deferred.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from textmend import language, lexicon

wordfreq = pytest.importorskip("wordfreq")
langcodes = pytest.importorskip("langcodes")

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_dcbdbf830143118b.txt"


def test_the_data_folder_is_wordfreqs():
    assert lexicon.wordfreq_data_dir() == Path(wordfreq.DATA_PATH)


def test_supported_languages_are_wordfreqs_best_lists():
    assert language.supported_languages() == frozenset(wordfreq.available_languages(wordlist="best"))


@pytest.mark.parametrize("wordlist", ["best", "small", "large"])
def test_every_language_reads_the_file_wordfreq_would(wordlist):
    available = wordfreq.available_languages(wordlist=wordlist)
    assert available
    for lang, path in available.items():
        assert lexicon.wordfreq_list_file(lang, wordlist) == Path(path), lang
        # wordfreq matches the asked code among its lists first; a code it lists is its own match
        assert langcodes.closest_match(lang, list(available), max_distance=60)[0] == lang
    for lang in ("pt-BR", "EN", "xx", "../en", "english", ""):
        assert lexicon.wordfreq_list_file(lang, wordlist) is None, lang


@pytest.mark.parametrize("lang", ["en", "fil", "sh", "ja"])  # a large list, small ones, a spaceless one
def test_word_frequencies_are_wordfreqs_dict(lang):
    direct = lexicon._frequency_dict_read_directly(lang)
    expected = wordfreq.get_frequency_dict(lang)
    assert direct == expected
    assert list(direct) == list(expected)  # the same order: iteration over it gives the same answers
    assert all(direct[word].hex() == expected[word].hex() for word in list(expected)[:: max(1, len(expected) // 5000)])


def test_word_frequencies_falls_back_to_wordfreq_for_tags():
    assert lexicon._frequency_dict_read_directly("en-US") is None
    assert lexicon.word_frequencies("en-US") == wordfreq.get_frequency_dict("en-US")


def test_a_list_that_does_not_read_is_left_to_wordfreq(tmp_path):
    broken = tmp_path / "large_en.msgpack.gz"
    broken.write_bytes(b"not gzip")
    with pytest.raises(OSError):
        lexicon.read_wordfreq_buckets(broken)
    import gzip

    import msgpack

    wrong = tmp_path / "small_en.msgpack.gz"
    wrong.write_bytes(gzip.compress(msgpack.packb([{"format": "cB", "version": 2}, ["the"]])))
    with pytest.raises(ValueError):
        lexicon.read_wordfreq_buckets(wrong)


@pytest.mark.parametrize("script", language._SHARED_SCRIPTS)
def test_a_tables_languages_have_wordfreqs_script(script):
    vocabulary = language._vocabulary(script)
    for lang in vocabulary.langs:
        assert language._script_of_language(lang) == script
        assert wordfreq.get_language_info(lang)["script"] == script


def test_languages_of_no_loaded_table_ask_wordfreq():
    for lang in ("ko", "ja", "zh", "hi", "el"):
        assert language._script_of_language(lang) == wordfreq.get_language_info(lang)["script"]


_RUN = r"""
import json, sys
from pathlib import Path
import textmend
eager = sys.argv[2] == "eager"
if eager:
    # The paths before the shortcuts: wordfreq imported, its own readers asked.
    import wordfreq
    import textmend.lexicon as lexicon
    lexicon._wordfreq_data_dir = lambda: None
    import textmend.language as language
    language._script_of_language = lambda lang: wordfreq.get_language_info(lang)["script"]
texts = [Path(sys.argv[1]).read_text(encoding="utf-8"),
         "Short.\n\nThe council said anotherso the the plan was “done“, he said ,and left.\n\nOk.",
         "Der Rat sagte, der Plan sei fertig und die die Stadt zahle.\n\nJa.",
         "Совет сказал, что план готов и город заплатит за всё.\n\nДа."]
out = [textmend.mend(t) for t in texts]
print(json.dumps({
    "texts": [r.text for r in out],
    "edits": [[(e.start, e.end, e.old, e.new, e.normalizer, e.reason, repr(e.confidence)) for e in r.edits] for r in out],
    "modules": sorted(m for m in ("wordfreq", "langcodes") if m in sys.modules),
}))
"""


def _run(mode: str) -> dict:
    out = subprocess.run([sys.executable, "-c", _RUN, str(SEED), mode], capture_output=True, text=True, check=True, cwd=REPO)
    return json.loads(out.stdout)


def test_a_fresh_interpreter_cleans_without_importing_wordfreq_and_as_before():
    lazy, eager = _run("lazy"), _run("eager")
    assert lazy["modules"] == []
    assert eager["modules"] == ["langcodes", "wordfreq"]
    assert lazy["texts"] == eager["texts"]
    assert lazy["edits"] == eager["edits"]
    assert any(lazy["edits"])  # the texts give the stages something to do


@pytest.mark.parametrize("script", language._SHARED_SCRIPTS)
def test_the_shipped_table_stores_each_row_once(script):
    # Each distinct row stored once, each word holding its number (tools/build_langid_tables.py,
    # language.table_payload): the Latin table's 162k words have 26k distinct rows, and loading
    # it makes no tuple per word (language._WordTable).
    import gzip
    import pickle
    from array import array

    with gzip.open(language.table_path(script), "rb") as fh:
        _, _, words, typecode, ids, rows = pickle.load(fh)
    numbers = array(typecode)
    numbers.frombytes(ids)
    assert len(set(rows)) == len(rows)
    assert len(numbers) == len(words.split("\n")) > len(rows)
    assert set(numbers) == set(range(len(rows)))  # every row stored is some word's


def test_the_builtin_targets_are_textmends_entry_points_and_modules():
    # The default pipeline resolves built-ins from registry._BUILTIN_TARGETS without reading
    # the installed metadata: it must name what the entry points and the modules name.
    import tomllib

    from textmend import registry

    declared = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert registry._BUILTIN_TARGETS == declared["project"]["entry-points"]["textmend.normalizers"]
    assert registry._BUILTIN_TARGETS == registry._builtin_targets()


def _after_cleaning_the_seed(code: str) -> str:
    """What ``code`` prints in a fresh interpreter that has just imported textmend and
    cleaned the seed (the cold start the checks below read ``sys.modules`` after)."""
    prelude = "import sys, textmend; from pathlib import Path; textmend.clean(Path(sys.argv[1]).read_text(encoding='utf-8'));"
    return subprocess.run(
        [sys.executable, "-c", prelude + code, str(SEED)], capture_output=True, text=True, check=True, cwd=REPO
    ).stdout


def test_a_fresh_interpreter_cleans_without_reading_the_installed_metadata():
    out = _after_cleaning_the_seed(
        "print('importlib.metadata' in sys.modules)"
    )
    assert out.strip() == "False"


def test_a_changed_registry_entry_is_used_before_the_builtin(monkeypatch):
    # Once the registry has been read or changed, it answers, not the built-in table.
    from textmend import registry

    class Loud(registry.normalizer_class("whitespace")):
        pass

    monkeypatch.setattr(sys.modules[__name__], "Loud", Loud, raising=False)
    registry.NORMALIZERS["whitespace"] = f"{__name__}:Loud"
    try:
        assert registry.normalizer_class("whitespace") is Loud
    finally:
        registry.NORMALIZERS.refresh()
    assert registry.normalizer_class("whitespace").__name__ == "Whitespace"


def test_a_fresh_interpreter_reads_the_word_lists_without_importlib_resources():
    # The lists are read as files beside the package (lexicon._DATA); importing
    # importlib.resources for them cost a cold start about 15 ms.  Checked by sys.modules.
    out = _after_cleaning_the_seed(
        "from textmend import lexicon; assert lexicon.word_list('abbreviations');"
        "print('importlib.resources' in sys.modules)"
    )
    assert out.strip() == "False"


def test_word_lists_read_from_the_data_folder():
    # the same entries as the files hold, a language's list and a list's old name alike
    data = Path(lexicon.__file__).parent / "data"
    assert lexicon._data_file("en/function_words") == data / "en" / "function_words.txt"
    assert lexicon.word_list("function_words_en") == lexicon.word_list("en/function_words")
    with pytest.raises(FileNotFoundError):
        lexicon.word_list("no_such_list")


def test_a_fresh_interpreter_imports_ftfy_only_for_a_text_with_damage_marks():
    # mojibake's default configuration (an ftfy.TextFixerConfig) is built on first read: a
    # text with no damage mark (the seed, and a line of curly quotes, accents and an entity)
    # is cleaned without importing ftfy and its character tables; the first damaged word
    # imports it and is repaired.  Checked by sys.modules, not by time.
    out = _after_cleaning_the_seed(
        "plain = textmend.clean('“Déjà vu,” she said &amp; left\u00a0— naïve café.');"
        "before = 'ftfy' in sys.modules or 'wcwidth' in sys.modules;"
        "fixed = textmend.clean('a cafÃ© that donâ€™t close');"
        "print(before, 'ftfy' in sys.modules, plain, fixed)"
    )
    assert out.strip() == "False True “Déjà vu,” she said & left\u00a0— naïve café. a café that don’t close"


def test_the_default_mojibake_options_read_as_ftfys_config():
    # What a caller sees is what it was when the default was built at import.
    import copy
    import dataclasses
    import pickle

    import ftfy

    from textmend.normalizers import mojibake
    from textmend.normalizers.mojibake import DEFAULT_FTFY_CONFIG, Mojibake, MojibakeOptions

    assert isinstance(DEFAULT_FTFY_CONFIG, ftfy.TextFixerConfig)
    assert DEFAULT_FTFY_CONFIG == ftfy.TextFixerConfig(
        uncurl_quotes=False, fix_latin_ligatures=False, fix_character_width=False, normalization=None,
        remove_terminal_escapes=False, fix_line_breaks=False, remove_control_chars=False, explain=False,
    )
    default = MojibakeOptions()
    assert default.config is DEFAULT_FTFY_CONFIG
    given = MojibakeOptions(config=DEFAULT_FTFY_CONFIG)
    assert default == given and hash(default) == hash(given) and repr(default) == repr(given)
    assert default != MojibakeOptions(config=DEFAULT_FTFY_CONFIG._replace(uncurl_quotes=True))
    assert default != MojibakeOptions(lang="de")
    for copied in (pickle.loads(pickle.dumps(default)), copy.deepcopy(default), dataclasses.replace(default)):
        assert copied == default and copied.config == DEFAULT_FTFY_CONFIG
    assert Mojibake() == Mojibake(config=DEFAULT_FTFY_CONFIG) and repr(Mojibake()) == "Mojibake()"
    assert Mojibake().config == Mojibake(config=DEFAULT_FTFY_CONFIG).config == DEFAULT_FTFY_CONFIG._replace(unescape_html=False)
    # What the stage reads before building the default is what the built default says.
    built = Mojibake(config=DEFAULT_FTFY_CONFIG)
    assert Mojibake()._flags == built._flags == mojibake._DEFAULT_FLAGS
    assert Mojibake().unescape_html == built.unescape_html == DEFAULT_FTFY_CONFIG.unescape_html
    with pytest.raises(TypeError, match="option config must be ftfy.TextFixerConfig"):
        MojibakeOptions(config={"uncurl_quotes": True})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="option lang must be str"):
        MojibakeOptions(lang=3)  # type: ignore[arg-type]


def test_the_undetermined_language_has_no_word_list_as_wordfreq_says():
    # Answered without importing wordfreq (which imports langcodes and ftfy): the same answer.
    from textmend.language import UNDETERMINED

    with pytest.raises(LookupError):
        wordfreq.get_frequency_dict(UNDETERMINED)
    assert UNDETERMINED not in wordfreq.available_languages()
    assert lexicon.word_frequencies(UNDETERMINED) == {}
