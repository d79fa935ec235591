"""The audit report: counts equal the edits, samples stay bounded and honest, merging
equals one pass, JSON round-trips, and the page is well-formed HTML that loads nothing."""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from functools import lru_cache
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import textmend
from textmend.report import MAX_CHANGE_CHARS, Report

from corpus import paragraphs

# Damage of the kinds the default pipeline repairs, so every stage gets edits to report.
DEFECTS = [
    lambda w: w + "  ",
    lambda w: w + "\u00a0",
    lambda w: w + " ,",
    lambda w: w + " " + w,  # a repeated word
    lambda w: w.replace("'", "â€™"),  # mojibake
    lambda w: w + "\u200b",
    lambda w: w + "&amp;",
]

# Text a page must show as text, never as markup or a resource: every run's text is untrusted.
HOSTILE = (
    'He said <script>alert("x")</script> & left  . See https://example.com/a.png or '
    "<img src=http://evil.example/x.png> </td></table> \udce9 ok"
)


class Hostile(textmend.Normalizer):
    """A custom stage whose name and reason carry markup, as a user's own normalizer may."""

    name = 'odd<i class="x">'
    summary = "tests escaping"

    def find_edits(self, text):
        at = text.find("&")
        if at < 0:
            return []
        return [self.edit(text, at, at + 1, "and", '<script>alert(1)</script> see http://evil.example/ "&"')]


def _damage(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    for _ in range(rng.randint(0, 3)):
        i = rng.randrange(len(words))
        words[i] = rng.choice(DEFECTS)(words[i])
    return " ".join(words)


@lru_cache(maxsize=1)
def corpus() -> tuple[tuple[str, str, textmend.Result], ...]:
    """(location, shard, result) for a few hundred damaged news paragraphs and a hostile one."""
    rng = random.Random(19)
    paras = paragraphs()
    out = []
    for i in range(240):
        doc, k, para = paras[rng.randrange(len(paras))]
        out.append((f"{doc}#{k}/{i}", f"shard-{i % 4}.jsonl", textmend.mend(_damage(rng, para[:500]))))
    out.append(('<b id="x">loc</b>', "<shard>.jsonl", textmend.mend(HOSTILE)))
    hostile_stage = textmend.Pipeline([Hostile(), *textmend.default_pipeline().normalizers])
    out.append(("odd&.txt", "<shard>.jsonl", hostile_stage.mend(HOSTILE)))
    return tuple(out)


def build(items=None, **settings_) -> Report:
    report = Report(unit="record", **settings_)
    for location, shard, result in corpus() if items is None else items:
        report.add(location, result, shard=shard)
    return report


# -- counts --------------------------------------------------------------------------


def test_counts_equal_the_edits():
    items = corpus()
    report = build(sample_size=5)
    results = [r for _, _, r in items]
    assert report.units == len(results)
    assert report.chars == sum(len(r.original) for r in results)
    assert report.changed == sum(r.changed for r in results)
    assert report.edits == sum(len(r.edits) for r in results)
    expected = Counter()
    for r in results:
        expected.update(r.by_normalizer())
    assert report.by_normalizer() == dict(expected)
    assert len(report.by_normalizer()) >= 5, "the damage should reach most stages"
    shards = report.shards()
    for shard in {s for _, s, _ in items}:
        mine = [r for _, s, r in items if s == shard]
        assert shards[shard] == {
            "units": len(mine),
            "chars": sum(len(r.original) for r in mine),
            "changed": sum(r.changed for r in mine),
            "edits": sum(len(r.edits) for r in mine),
        }
    touched = Counter(name for r in results for name in r.by_normalizer())
    data = report.to_dict()["normalizers"]
    assert {n: data[n]["units"] for n in data} == dict(touched)
    removals = Counter(n for r in results for e in r.edits if e.is_removal for n in e.normalizer.split("+"))
    assert {n: data[n]["removals"] for n in data if data[n]["removals"]} == dict(removals)


def test_most_edited_are_the_units_with_most_edits():
    items = corpus()
    report = build(top=7)
    ranked = sorted(((-len(r.edits), s, loc) for loc, s, r in items if r.edits))[:7]
    got = report.most_edited()
    assert [(-t["edits"], t["shard"], t["location"]) for t in got] == ranked
    by_loc = {loc: r for loc, _, r in items}
    for t in got:
        assert t["by_normalizer"] == by_loc[t["location"]].by_normalizer()
        assert t["chars"] == len(by_loc[t["location"]].original)


def test_samples_show_the_edit_where_it_is():
    """Each sample's context, change and line:col agree with the text it came from."""
    by_loc = {loc: r for loc, _, r in corpus()}
    report = build(sample_size=8, context=30)
    seen = 0
    for name in report.by_normalizer():
        for s in report.samples(name):
            original = by_loc[s.location].original
            lines = original.split("\n")
            start = sum(len(line) + 1 for line in lines[: s.line - 1]) + s.col - 1
            assert original[start : start + s.old_chars].startswith(s.old)
            assert original[:start].endswith(s.before)
            assert original[start + s.old_chars :].startswith(s.after)
            assert len(s.before) <= 30 and len(s.after) <= 30
            edit = next(e for e in by_loc[s.location].edits if e.start == start and e.old.startswith(s.old))
            assert (edit.new, edit.reason, edit.normalizer) == (s.new, s.reason, s.normalizer)
            assert name in s.normalizer.split("+")
            seen += 1
    assert seen > 20


def test_long_changes_are_cut_but_counted():
    result = textmend.mend("one" + " " * 1000 + "two")
    report = Report()
    report.add("long.txt", result, shard="long.txt")
    (sample,) = report.samples("whitespace")
    assert len(sample.old) == MAX_CHANGE_CHARS and sample.old_chars == 1000


# -- sampling ------------------------------------------------------------------------


def _many(n_units: int, per_unit: int) -> list[tuple[str, str, textmend.Result]]:
    result = textmend.mend("  ".join(["w"] * (per_unit + 1)))  # per_unit doubled spaces
    assert len(result.edits) == per_unit
    return [(f"u{i}", f"s{i % 3}", result) for i in range(n_units)]


def test_sampling_is_bounded():
    items = _many(3000, 5)
    small = build(items, sample_size=7, top=3)
    assert small.edits == 15000
    assert len(small.samples("whitespace")) == 7
    assert len(small.most_edited()) == 3
    big = build(items, sample_size=7, top=3, context=10)
    assert len(big.to_json()) < 20000  # the summary does not grow with the edits


def test_sampling_is_uniform_over_the_run():
    """Not the first edits, not the last: the sampled units spread over the whole run."""
    items = _many(4000, 2)
    report = build(items, sample_size=400)
    positions = sorted(int(s.location[1:]) / 4000 for s in report.samples("whitespace"))
    assert len(positions) == 400
    mean = sum(positions) / len(positions)
    assert abs(mean - 0.5) < 0.05
    quarters = Counter(int(p * 4) for p in positions)
    assert all(60 <= quarters[q] <= 140 for q in range(4)), quarters


def test_a_seed_draws_the_same_sample_and_another_seed_another():
    items = _many(500, 2)
    a, b = build(items, sample_size=10, seed=1), build(items, sample_size=10, seed=1)
    c = build(items, sample_size=10, seed=2)
    assert a.samples("whitespace") == b.samples("whitespace")
    assert a.samples("whitespace") != c.samples("whitespace")


# -- merging and JSON ----------------------------------------------------------------


@settings(max_examples=30)
@given(st.data())
def test_merge_equals_one_pass(data):
    items = list(corpus())
    order = data.draw(st.permutations(range(len(items))), label="order")
    n_parts = data.draw(st.integers(1, 6), label="parts")
    part_of = data.draw(st.lists(st.integers(0, n_parts - 1), min_size=len(items), max_size=len(items)))
    parts = [build([items[i] for i in order if part_of[i] == p], sample_size=4, top=5) for p in range(n_parts)]
    # Workers ship plain JSON; a merge tree of any shape gives the same.
    shipped = [Report.from_json(p.to_json()) for p in parts]
    merged = shipped[0]
    for other in shipped[1:]:
        merged.merge(other)
    assert merged == build(items, sample_size=4, top=5)
    assert Report.merged(parts).to_json() == build(items, sample_size=4, top=5).to_json()


def test_a_report_pickles_for_worker_processes():
    import pickle

    report = build(sample_size=5, top=4)
    again = pickle.loads(pickle.dumps(report))
    assert again == report and again.most_edited() == report.most_edited()


def test_merge_refuses_other_settings():
    with pytest.raises(ValueError, match="different settings"):
        Report(sample_size=3).merge(Report(sample_size=4))


def test_json_round_trips(tmp_path):
    report = build(sample_size=6)
    report.seconds, report.wall_seconds = 1.5, 0.75
    again = Report.from_json(report.to_json())
    assert again == report and again.to_json() == report.to_json()
    assert again.samples("whitespace") == report.samples("whitespace")
    path = tmp_path / "r.json"
    report.write(str(path))
    # The hostile text's lone surrogate is written as a JSON escape, and read back as itself.
    assert Report.from_json(path.read_text(encoding="utf-8")) == report
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "textmend-report"
    with pytest.raises(ValueError):
        Report.from_json('{"format": "something else"}')


# -- the page -------------------------------------------------------------------------

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# SVG shapes written self-closed (<rect .../>) open and close at once.
LOADERS = {"script", "link", "img", "iframe", "object", "embed", "video", "audio", "source", "base", "image", "use"}
LOADERS |= {"frame", "track", "picture", "portal"}


class PageChecker(HTMLParser):
    """Records tag balance, attributes, text and table cells of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: Counter[str] = Counter()
        self.attrs: list[tuple[str, str, str | None]] = []
        self.text: list[str] = []
        self.styles: list[str] = []
        self.ids: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        for name, value in attrs:
            self.attrs.append((tag, name, value))
            if name == "id":
                self.ids.append(value)
        self._in_style = tag == "style"
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags[tag] += 1
        for name, value in attrs:
            self.attrs.append((tag, name, value))

    def handle_endtag(self, tag):
        self._in_style = False
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data):
        (self.styles if self._in_style else self.text).append(data)


def check_page(page: str) -> PageChecker:
    checker = PageChecker()
    checker.feed(page)
    checker.close()
    assert not checker.errors, checker.errors[:5]
    assert not checker.stack, f"left open: {checker.stack}"
    assert len(checker.ids) == len(set(checker.ids)), "duplicate ids"
    return checker


def test_page_is_balanced_html_with_chart_and_names():
    report = build()
    page = report.to_html()
    assert page.startswith("<!doctype html>")
    checker = check_page(page)
    assert checker.tags["svg"] == 1 and checker.tags["title"] >= 2  # the page's and the chart's
    assert checker.tags["caption"] >= 3 and checker.tags["th"] >= 10
    text = "".join(checker.text)
    for name in report.by_normalizer():
        assert name in text
    # Every fragment link points at something on the page; every radio has a label.
    for tag, name, value in checker.attrs:
        if name == "href":
            assert value.lstrip("#") in checker.ids, value
    assert checker.tags["input"] == checker.tags["label"] == len(report.by_normalizer()) + 1


def test_page_counts_equal_the_edits():
    """The page's normalizer table says what the report counted, which is what the results hold."""
    report = build()

    class Rows(HTMLParser):
        def __init__(self):
            super().__init__()
            self.rows, self.cells, self.cell, self.in_table = [], None, None, 0

        def handle_starttag(self, tag, attrs):
            if tag == "tr":
                self.cells = []
            elif tag in ("td", "th") and self.cells is not None:
                self.cell = []

        def handle_endtag(self, tag):
            if tag in ("td", "th") and self.cell is not None:
                self.cells.append("".join(self.cell).strip())
                self.cell = None
            elif tag == "tr":
                self.rows.append(self.cells)
                self.cells = None

        def handle_data(self, data):
            if self.cell is not None:
                self.cell.append(data)

    parser = Rows()
    parser.feed(report.to_html())
    expected = Counter()
    for _, _, r in corpus():
        expected.update(r.by_normalizer())
    table = {row[0]: int(row[1].replace(",", "")) for row in parser.rows if row and row[0] in expected}
    assert table == dict(expected)
    assert f">{report.edits:,}<" in report.to_html()


def test_page_loads_nothing_and_escapes_everything():
    report = build()
    page = report.to_html()
    checker = check_page(page)
    # Nothing that fetches: no loading elements, no resource attributes, no CSS imports or urls.
    assert not LOADERS & set(checker.tags), LOADERS & set(checker.tags)
    for tag, name, value in checker.attrs:
        assert name not in {"src", "srcset", "poster", "data", "action", "formaction", "background", "xlink:href"}
        assert not name.startswith("on"), f"event handler {name} on <{tag}>"
        if name == "href":
            assert value.startswith("#"), value
    css = "".join(checker.styles)
    assert "url(" not in css and "@import" not in css and "@font-face" not in css
    # Not even as text: the hostile sample's URLs do not appear verbatim in the source.
    assert not re.search(r"https?://", page), re.search(r".{40}https?://.{20}", page)
    assert "<script" not in page and "<img" not in page and "\udce9" not in page
    # The hostile text is there, as text.
    text = "".join(checker.text)
    assert "<script>alert(" in text and '<b id="x">loc</b>' in text and "<shard>.jsonl" in text
    assert Hostile.name in text and "<script>alert(1)</script> see http://evil.example/" in text
    assert "https://example.com/a.png" in text
    page.encode("utf-8")  # writable as UTF-8 whatever the input held


def test_page_of_a_clean_run_and_an_empty_one():
    clean = Report()
    clean.add("ok.txt", textmend.mend("Clean copy stays as it is."), shard="ok.txt")
    for report in (clean, Report()):
        page = report.to_html()
        check_page(page)
        assert "Nothing was changed" in page


def test_write_picks_the_format_by_extension(tmp_path):
    report = build(sample_size=3)
    report.write(str(tmp_path / "r.html"))
    report.write(str(tmp_path / "r.JSON"))
    assert (tmp_path / "r.html").read_text(encoding="utf-8") == report.to_html()
    assert Report.from_json((tmp_path / "r.JSON").read_text(encoding="utf-8")) == report
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.JSON", "r.html"]


# -- textmend.dask -------------------------------------------------------------------


def test_dask_report_merges_the_shards(tmp_path):
    pytest.importorskip("dask.bag")
    from textmend.dask import clean_jsonl, main

    items = corpus()[:60]
    src = tmp_path / "in"
    src.mkdir()
    expected = Report(unit="record")
    for n in range(3):
        name = f"part-{n}.jsonl"
        lines = [json.dumps({"id": i, "text": r.original}) for i, (_, _, r) in enumerate(items) if i % 3 == n]
        (src / name).write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
        for lineno, (i, (_, _, r)) in enumerate(((i, x) for i, x in enumerate(items) if i % 3 == n), 1):
            expected.add(f"{name}:{lineno}", r, shard=name)
    summary = clean_jsonl(str(src / "*.jsonl"), str(tmp_path / "out"), scheduler="synchronous", report=True)
    got = summary["report"]
    assert got.to_dict()["normalizers"] == expected.to_dict()["normalizers"]
    assert got.shards() == expected.shards() and got.most_edited() == expected.most_edited()
    assert got.by_normalizer() == summary["edits"] and got.changed == summary["changed"]
    assert got.wall_seconds == summary["seconds"]

    out = tmp_path / "report.html"
    assert main([str(src / "*.jsonl"), str(tmp_path / "out2"), "--scheduler", "synchronous", "--report", str(out)]) == 0
    check_page(out.read_text(encoding="utf-8"))
    with pytest.raises(SystemExit):
        main([str(src / "*.jsonl"), str(tmp_path / "out3"), "--report", str(tmp_path / "no" / "r.html")])
