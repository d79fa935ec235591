"""One configuration per normalizer, and normalizers found like plugins."""

from __future__ import annotations

import dataclasses
import os
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path

import ftfy
import pytest

import textmend
from textmend import Pipeline, build
from textmend.normalizer import Normalizer, Options
from textmend.normalizers.mojibake import Mojibake, MojibakeOptions
from textmend.registry import DEFAULT_ORDER, NORMALIZERS, normalizer_class


@pytest.mark.parametrize("name", list(NORMALIZERS))
def test_a_misspelt_option_is_an_error_naming_the_accepted_ones(name):
    with pytest.raises(TypeError, match=r"has no option 'lnag'; it accepts: lang"):
        build(name, lnag="de")


@pytest.mark.parametrize("name", [n for n in NORMALIZERS if n != "curly"])
def test_every_normalizer_takes_lang_and_counts_it(name):
    a, b = build(name, lang="de"), build(name)
    assert a.lang == "de" and b.lang == "en"
    assert a != b and hash(a) != hash(b)
    assert a == build(name, lang="de") and hash(a) == hash(build(name, lang="de"))
    assert "lang='de'" in repr(a) and repr(b).endswith("()")
    assert pickle.loads(pickle.dumps(a)) == a


def test_options_are_typed_and_immutable():
    with pytest.raises(TypeError, match="option lang must be str, not int"):
        build("fused", lang=3)
    options = build("fused", lang="de").options
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.lang = "fr"  # type: ignore[misc]


def test_an_options_object_or_keywords():
    base = Options(lang="de")
    assert build("repeats").__class__(base) == build("repeats", lang="de")
    with pytest.raises(TypeError, match="as keywords"):
        normalizer_class("fused")("de")  # type: ignore[arg-type]


def test_mojibake_takes_ftfy_own_config():
    config = ftfy.TextFixerConfig(uncurl_quotes=True, normalization=None)
    by_config = Mojibake(config=config)
    assert by_config("“quoted”") == '"quoted"'
    assert by_config != Mojibake()
    assert Mojibake(uncurl_quotes=True) == Mojibake(MojibakeOptions(config=Mojibake().options.config._replace(uncurl_quotes=True)))
    assert repr(Mojibake(uncurl_quotes=True)) == "Mojibake(uncurl_quotes=True)"
    with pytest.raises(TypeError, match="it accepts: lang, config"):
        Mojibake(uncurl_quote=True)
    with pytest.raises(ValueError, match="normalization"):
        Mojibake(normalization="NFX")


def test_curly_takes_lang_and_the_old_locale_keyword_warns():
    assert build("curly", lang="de-CH").locale == "ch" == build("curly", lang="ch").locale
    with pytest.warns(DeprecationWarning):
        old = build("curly", locale="de")
    assert old == build("curly", lang="de")
    with pytest.raises(ValueError, match="curly knows the quotation marks of"):
        build("curly", lang="pt")


def test_pipeline_options_count_in_equality_and_show_in_repr():
    p = textmend.default_pipeline()
    strict = Pipeline(p.normalizers, confidence="strict")
    assert strict != p and hash(strict) != hash(p)
    assert "confidence='strict'" in repr(strict)
    assert strict.only(["fused"]).min_confidence == 0.9
    with pytest.raises(ValueError, match="strict, default, aggressive"):
        Pipeline([], confidence="sure")
    with pytest.raises(ValueError):
        Pipeline([], confidence=1.5)


def test_the_threshold_drops_unsure_edits():
    class Unsure(Normalizer):
        name = "unsure"

        def find_edits(self, text):
            return [self.edit(text, 0, 1, text[0].upper(), "shout", confidence=0.7)] if text[:1].islower() else []

    assert Pipeline([Unsure()])("abc") == "Abc"  # default threshold 0.5
    assert Pipeline([Unsure()], confidence="strict")("abc") == "abc"
    assert Pipeline([Unsure()], confidence=0.7)("abc") == "Abc"
    assert Pipeline([Unsure()]).mend("abc").edits[0].confidence == 0.7


def test_default_order_is_registered():
    assert all(name in NORMALIZERS for name in DEFAULT_ORDER)
    assert list(NORMALIZERS)[: len(DEFAULT_ORDER)] == list(DEFAULT_ORDER)
    assert textmend.default_pipeline().names == DEFAULT_ORDER


PLUGIN = '''
"""A third-party normalizer: one module."""
from dataclasses import dataclass

from textmend.normalizer import Normalizer, Options


@dataclass(frozen=True)
class ShoutOptions(Options):
    mark: str = "!"


class Shout(Normalizer):
    """Ends every line with a mark."""

    name = "shout"
    summary = "end every line with a mark"
    Options = ShoutOptions

    def find_edits(self, text):
        if not text or text.endswith(self.mark):
            return []
        return [self.edit(text, len(text), len(text), self.mark, "shout")]
'''


def test_a_third_party_normalizer_is_one_module_and_one_entry_point(tmp_path):
    # A throwaway package, installed the way pip lays out any wheel: the module,
    # and a dist-info folder whose entry_points.txt registers it.
    site = tmp_path / "site"
    (site / "shout_plugin").mkdir(parents=True)
    (site / "shout_plugin" / "__init__.py").write_text(textwrap.dedent(PLUGIN), encoding="utf-8")
    info = site / "shout_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: shout-plugin\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(
        "[textmend.normalizers]\nshout = shout_plugin:Shout\n", encoding="utf-8"
    )
    # The plugin's folder, then the textmend under test, as an installed environment would see them.
    src = Path(textmend.__file__).resolve().parent.parent
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(site), str(src)]))

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        code = "import sys; from textmend.cli import main; sys.exit(main(sys.argv[1:]))"
        return subprocess.run(
            [sys.executable, "-c", code, *args], input=stdin, capture_output=True, text=True, env=env, timeout=120
        )

    listed = run("--list")
    assert listed.returncode == 0, listed.stderr
    assert "shout" in listed.stdout and "end every line with a mark" in listed.stdout
    added = run("--add", "shout", "-", stdin="They  said so")
    assert added.returncode == 0, added.stderr
    assert added.stdout == "They said so!"
    probe = subprocess.run(
        [sys.executable, "-c", "import textmend; print(repr(textmend.build('shout', mark='?')))"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert probe.stdout.strip() == "Shout(mark='?')", probe.stderr


def test_an_unsettled_pipeline_says_which_line(caplog):
    class Swap(Normalizer):
        """Turns one letter into another: two of them undo each other forever."""

        def __init__(self, old: str, new: str) -> None:
            self.old, self.new = old, new
            super().__init__()

        @property
        def name(self):  # type: ignore[override]
            return f"{self.old}-to-{self.new}"

        def find_edits(self, text):
            i = text.find(self.old)
            return [self.edit(text, i, i + 1, self.new, "swap")] if i >= 0 else []

    with caplog.at_level("WARNING", logger="textmend"):
        out = Pipeline([Swap("x", "y"), Swap("y", "x")], max_rounds=2)("first line\nan x here")
    assert out in ("first line\nan x here", "first line\nan y here")
    assert "did not settle in 2 rounds" in caplog.text and "line 2" in caplog.text and "'an " in caplog.text


def test_find_edits_within_keeps_the_edits_inside_the_spans():
    ws = build("whitespace")
    text = "a  b\n\nc  d\n\ne  f"
    inside = ws.find_edits_within(text, [(6, 10)])
    assert [(e.start, e.old) for e in inside] == [(7, "  ")]
    assert ws.find_edits_within(text, [(0, len(text))]) == ws.find_edits(text)
