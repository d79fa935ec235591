"""The benchmark harness's own arithmetic: distances, injected defects, space edits.

The benchmarks live outside the package (benchmarks/ at the repository root);
their figures are only as good as these pieces.
"""

import random
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.defects import CLASSES, inject, mojibake  # noqa: E402
from benchmarks.distance import _reference, levenshtein  # noqa: E402
from benchmarks.published import Score, space_edits  # noqa: E402

PARA = (
    "“We have heard the calls,” Stoltenberg told reporters in Brussels, meeting allies Monday. The alliance, "
    "he said, would (for now) send more troops. Don’t expect a quick end to this, he added: ‘not this year’."
)


@given(st.text(alphabet="ab c", max_size=30), st.text(alphabet="abd ", max_size=30))
def test_levenshtein_matches_dynamic_programming(a, b):
    assert levenshtein(a, b) == _reference(a, b) == levenshtein(b, a)


@pytest.mark.parametrize("name", list(CLASSES))
def test_each_class_injects_a_defect_that_changes_the_paragraph(name):
    bad = inject(name, PARA, random.Random(0))
    assert bad is not None and bad != PARA
    assert bad.count("\n") == PARA.count("\n")


def test_injection_is_deterministic_per_seed():
    assert all(inject(n, PARA, random.Random(7)) == inject(n, PARA, random.Random(7)) for n in CLASSES)


def test_no_site_no_defect():
    assert inject("flipped-quote", "No quotation here.", random.Random(0)) is None
    assert mojibake("plain ASCII") is None
    assert mojibake("Don’t") == "Donâ€™t"


def test_space_edits_are_the_papers_insertions_and_deletions():
    assert space_edits("th e cat", "the cat") == {(2, "del")}
    assert space_edits("thecat", "the cat") == {(3, "ins")}
    # Non-space changes are aligned away: only the moved space counts.
    assert space_edits("He said“win, ”x", "He said ”win,” x") == {(11, "del"), (12, "ins")}
    assert space_edits("what what Russia", "what Russia") == set()


def test_sequence_averaged_f1_counts_a_line_without_edits_as_one():
    s = Score()
    s.add(set(), set())
    s.add({(3, "ins")}, {(3, "ins"), (5, "ins")})
    assert s.f1_seq == pytest.approx((1.0 + 2 / 3) / 2)
    assert s.precision == 0.5 and s.recall_missing == 1.0


# --------------------------------------------------------------------------- split and real-world judging

from benchmarks import realworld  # noqa: E402
from benchmarks.corpus import documents  # noqa: E402
from benchmarks.split import SPLITS, in_split, split_of  # noqa: E402


def test_split_is_a_fixed_rule_on_the_page_id_about_a_third_validate():
    ids = [doc_id for doc_id, _ in documents()]
    validate = [i for i in ids if split_of(i) == "validate"]
    assert 0.25 < len(validate) / len(ids) < 0.42
    # Paragraph keys follow their page; "all" holds everything.
    assert all(split_of(f"{i}#7") == split_of(i) for i in ids)
    assert all(in_split(i, "all") and in_split(i, split_of(i)) for i in ids)
    assert set(map(split_of, ids)) == set(SPLITS)
    with pytest.raises(ValueError):
        in_split(ids[0], "train")


def _verdicts(gt: str, before: str, after: str) -> list[str]:
    truth = realworld.GroundTruth(gt)
    return [v for _, v, *_ in realworld.judge(before, after, realworld.diff_changes(before, after), truth)]


def test_a_change_toward_the_ground_truth_is_good_and_away_from_it_bad():
    gt = "He said. The end came, and they left."
    assert _verdicts(gt, "He said.The end came, and they left.", gt) == ["good"]
    assert _verdicts(gt, gt, "He said. The end came , and they left.") == ["bad"]
    # Boilerplate the ground truth does not hold: neither.
    assert _verdicts(gt, gt + " Share this.Read more", gt + " Share this. Read more") == ["neutral"]
    # A change that leaves the tokens as they were (spaces only) is neutral too.
    assert _verdicts(gt, "He said.  The end came, and they left.", gt) == ["neutral"]


def test_invisible_characters_are_compared_away():
    gt = "Not\xadfall\xaddaten are kept."
    assert _verdicts(gt, gt, "Notfalldaten are kept.") == ["neutral"]


def test_glued_tokens_are_two_adjacent_ground_truth_tokens_joined():
    truth = realworld.GroundTruth("He said. The end of it, said the man.")
    assert truth.count_glued("said.The end ofit, said the".split()) == 2
    assert truth.count_glued("said. The end".split()) == 0


def test_splits_are_the_changes_that_add_a_token_boundary():
    gt = "we went home. They stayed"
    truth = realworld.GroundTruth(gt)
    before = "we wenthome. They  stayed"
    judged = list(realworld.judge(before, gt, realworld.diff_changes(before, gt), truth))
    assert [(v, is_split) for _, v, _, _, is_split in judged] == [("good", True), ("neutral", False)]


@given(st.text(alphabet="ab .,\n“”", max_size=40), st.text(alphabet="ab .,\n“”", max_size=40))
def test_diff_changes_replay_to_the_output(before, after):
    changes = realworld.diff_changes(before, after)
    out, last = [], 0
    for ch in changes:
        assert last <= ch.start <= ch.end and before[ch.start : ch.end] == ch.old
        out.append(before[last : ch.start] + ch.new)
        last = ch.end
    assert "".join(out) + before[last:] == after


def test_every_reviewed_ground_truth_flaw_is_in_its_page_and_corrects_something():
    pages = dict(documents())
    flaws = realworld.ground_truth_flaws()
    assert flaws, "the reviewed list is empty"
    for f in flaws:
        assert f.page in pages, f
        assert f.flawed in pages[f.page], f
        assert f.corrected != f.flawed and f.note.strip(), f
    realworld.load_ground_truth()  # applies them all without complaint


def test_realworld_runs_and_reports_both_splits(capsys):
    try:
        realworld.default_extracted()
    except FileNotFoundError:
        pytest.skip("extracted-dev.jsonl.gz is not beside the corpus")
    assert realworld.main(["--limit", "40", "--json"]) == 0
    import json

    result = json.loads(capsys.readouterr().out)["results"]["textmend"]
    assert set(result) == set(SPLITS)
    total = result["tune"]["total"]
    assert total["records"] > 0 and total["edits"] == total["good"] + total["bad"] + total["neutral"]


def test_changes_that_touch_one_token_are_judged_together():
    gt = 'within two days," Taylor wrote.'
    after = 'within two days, "Taylor wrote.'
    changes = [realworld.Change(16, 16, "", " "), realworld.Change(17, 18, " ", "")]
    verdicts = [v for _, v, *_ in realworld.judge(gt, after, changes, realworld.GroundTruth(gt))]
    assert verdicts == ["bad", "bad"]


@pytest.mark.parametrize("module", ["split", "realworld", "audit", "typographic", "quotes_seeds"])
def test_benchmark_doctests(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(f"benchmarks.{module}"))
    assert result.failed == 0 and result.attempted > 0


def test_typographic_count_sees_a_flattened_space_and_a_kept_one():
    """The typographic-space measurement counts a space by its place and finds the one
    the pipeline flattens (between two words) but not the one it keeps (number and unit)."""
    from benchmarks.typographic import count

    docs = [("p1", "p1", "The route is 42\u00a0km long, said\u00a0the mayor.")]
    totals, flattened, _ = count(docs)
    part = split_of("p1")
    assert totals[part, "number and unit"] == 1 and flattened[part, "number and unit"] == 0
    assert totals[part, "between two words"] == 1 and flattened[part, "between two words"] == 1


def test_an_audit_that_skips_a_normalizer_keeps_the_edits_it_made_with_another(tmp_path, capsys):
    """``--skip whitespace`` leaves out the whitespace stage's own edits, not an edit it
    made together with ``punctuation`` (overlapping repairs are combined into one): that
    edit is punctuation's change too, and left out it would never be judged."""
    from benchmarks import audit

    corpus = tmp_path / "c.jsonl"
    # "  ,and": the run of spaces (whitespace) and the space before the comma (punctuation)
    # are one combined edit; "left ." is punctuation's alone; the trailing spaces whitespace's alone.
    corpus.write_text('{"id": "p1", "text": "They said it  ,and left .   "}\n', encoding="utf-8")
    out = tmp_path / "edits.tsv"
    audit.main([str(corpus), "--skip", "whitespace", "--name", "skip-test", "--out", str(out)])
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()[3:]]
    assert sorted(row[3] for row in rows) == ["punctuation", "whitespace+punctuation"]
    out.unlink()
    audit.main([str(corpus), "--skip", "whitespace", "--skip", "punctuation", "--name", "skip-test", "--out", str(out)])
    assert out.read_text(encoding="utf-8").splitlines()[3:] == []
    capsys.readouterr()


def test_docgate_reads_a_registry_a_code_page_and_prose_apart():
    from benchmarks.docgate import doc_facts

    prose = ("The council met on Tuesday and agreed to keep the library open for another year. "
             "Residents had asked for longer hours, and the mayor said the budget would allow it.\n") * 3
    registry = "\n".join(f"Value {n} | ex-{n}.test | Reserved | [RFC{6000 + n}]" for n in range(12))
    code = "\n".join(["The call returns a handle.", "func (v Value) Kind() Kind { return v.flag & mask }",
                      "if err := os.Remove(name); err != nil {", "    return &PathError{Op: \"remove\"}", "}"])
    p, r, c = doc_facts(prose, "en"), doc_facts(registry, "en"), doc_facts(code, "en")
    assert p["prose_share"] == 1.0 and p["short_lines"] == 0.0 and p["digit_tokens"] == 0.0
    assert r["prose_share"] == 0.0 and r["digit_tokens"] > 0.3
    assert c["code_pk"] > 10 * max(p["code_pk"], 1.0) and c["dotted_pk"] > 0 and p["dotted_pk"] == 0


def test_docgate_holds_an_edit_only_where_every_record_that_makes_it_is_held():
    from benchmarks.docgate import held

    row = {"docs": [{"makes": True, "code_pk": 80.0}, {"makes": True, "code_pk": 5.0}, {"makes": False, "code_pk": 1.0}]}
    assert not held(row, "code_pk", 50.0)  # one record that makes it reads as prose
    row["docs"][1]["code_pk"] = 60.0
    assert held(row, "code_pk", 50.0)  # the record that holds its context but does not make it is not asked
    gone = {"docs": [{"makes": False, "code_pk": 70.0}, {"makes": False, "code_pk": 40.0}]}
    assert not held(gone, "code_pk", 50.0) and held(gone, "code_pk", 30.0)  # no longer made: every record holding it
    assert held({"docs": [{"makes": True, "prose_share": 0.2}]}, "prose_share", 0.5)  # a low prose share is held


def test_docgate_budget_reads_the_record_edits_of_the_rows_own_kind():
    from benchmarks.docgate import held

    docs = [{"makes": True, "made_repeats": 5, "made_fused": 1}]
    assert held({"kind": "repeats", "docs": docs}, "budget", 4)  # five removals in the record
    assert not held({"kind": "fused", "docs": docs}, "budget", 4)  # one split: no budget passed
    assert not held({"kind": "punctuation: other", "docs": docs}, "budget", 1)  # a kind no gate holds


def test_located_rows_finds_a_row_in_the_raw_text_else_after_the_early_stages():
    from benchmarks.nonprose import located_rows

    calls = []

    def before(text):
        calls.append(text)
        return text.replace("\u00a0", " ")

    text = "It rained .Then\u00a0the sun came out ,and we left."
    rows = [
        ("p|1", "correct", "", "punctuation", " ,", ",", "came out[ ,→,]and we"),  # in the raw text
        ("p|2", "correct", "", "fused", "the sun", "the sun", "Then [the sun→the sun] came"),  # after the NBSP went
        ("p|3", "damage", "", "fused", "x", "y", "no marker here"),  # no [old→new]: skipped
        ("p|4", "damage", "", "fused", "abc", "a bc", "nowhere [abc→a bc] at all"),  # in neither text
    ]
    found = list(located_rows(rows, text, before))
    assert [(r[0], where is text) for r, *_rest, where, _pos in found] == [("p|1", True), ("p|2", False)]
    _row, left, old, new, where, pos = found[1]
    assert where[pos:].startswith("Then the sun came") and (left, old, new) == ("Then ", "the sun", "the sun")
    assert calls == [text]  # the early stages run once, when a row first needs them
