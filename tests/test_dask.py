"""textmend on a real Dask cluster gives what serial clean() gives, record for record.

One LocalCluster (2 worker processes, one thread each) serves the whole module;
every wait on it has a timeout, and a finalizer closes it even when a test fails.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

import textmend

distributed = pytest.importorskip("dask.distributed")
pd = pytest.importorskip("pandas")
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402

from corpus import paragraphs  # noqa: E402

# Seconds for any one wait on the cluster or a subprocess: a bound against a hang, not a speed
# check.  60 s timed out once on a loaded 2-core machine (workers spawn, import and load lexicons
# while the other core runs a benchmark), so the bound is generous.
TIMEOUT = 180
N_RECORDS = 3000
SRC = str(Path(textmend.__file__).resolve().parent.parent)

# Whitespace damage as scrapers leave it (the only normalizer built so far;
# others join the serial reference automatically when they land).
DEFECTS = ["  ", " \t ", "\u00a0", "\u00a0 ", "\u2009", "\u200b", "\u00ad", "   "]


def _damage(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    for _ in range(rng.randint(0, 4)):
        i = rng.randrange(len(words))
        words[i] = words[i] + rng.choice(DEFECTS)
    out = " ".join(words)
    return out + "  " if rng.random() < 0.2 else out


def make_records(n: int = N_RECORDS, seed: int = 8) -> list[dict]:
    """``n`` records of news paragraphs, most with whitespace damage, some nested or odd."""
    rng = random.Random(seed)
    paras = [p for _, _, p in paragraphs()]
    records = []
    for i in range(n):
        text = _damage(rng, rng.choice(paras)[:600])
        records.append({"id": i, "text": text, "meta": {"n": i % 7, "tags": ["a", "b"]}})
    return records


@pytest.fixture(scope="module")
def records():
    return make_records()


@pytest.fixture(scope="module")
def expected(records):
    return [textmend.clean_record(r) for r in records]


@pytest.fixture(scope="module")
def client(request):
    mp = pytest.MonkeyPatch()
    request.addfinalizer(mp.undo)
    # Spawned workers must import the same textmend, installed or not.
    mp.setenv("PYTHONPATH", os.pathsep.join(p for p in (SRC, os.environ.get("PYTHONPATH", "")) if p))
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.ERROR,
        timeout=TIMEOUT,
    )
    request.addfinalizer(cluster.close)
    cl = distributed.Client(cluster, timeout=TIMEOUT)
    request.addfinalizer(cl.close)
    cl.wait_for_workers(2, timeout=TIMEOUT)
    return cl


def test_records_are_damaged(records, expected):
    # The test must be able to fail: most generated records need repair.
    changed = sum(r["text"] != e["text"] for r, e in zip(records, expected))
    assert changed > len(records) // 2


def test_clean_bag_matches_serial_and_each_worker_builds_the_pipeline_once(client, records, expected):
    # One run of the bag serves both checks (they were two tests cleaning the same 3,000 records
    # on the cluster twice, the slowest test of the suite): the records as serial clean() gives
    # them, and one pipeline built per worker for its four partitions, not one per partition.
    bag = db.from_sequence(records, npartitions=8)
    out = client.compute(textmend_dask().clean_bag(bag)).result(timeout=TIMEOUT)
    assert len(out) == len(expected)
    for got, want in zip(out, expected):
        assert got == want
    # Pickled by value (a lambda), so workers need not import this test module.
    builds = client.run(lambda: __import__("textmend.api").api.default_pipeline.cache_info().misses)
    assert sorted(builds.values()) == [1, 1], builds


def test_clean_bag_dotted_field(client, records):
    nested = [{"id": r["id"], "body": {"text": r["text"]}} for r in records[:500]]
    bag = db.from_sequence(nested, npartitions=4)
    out = client.compute(textmend_dask().clean_bag(bag, field="body.text")).result(timeout=TIMEOUT)
    assert out == [textmend.clean_record(r, field="body.text") for r in nested]


def test_clean_bag_error_reaches_the_caller(client):
    bag = db.from_sequence([{"text": "a  b"}, {"title": "no text"}], npartitions=2)
    with pytest.raises(KeyError, match="no field 'text'"):
        client.compute(textmend_dask().clean_bag(bag)).result(timeout=TIMEOUT)


def test_clean_dataframe_matches_serial(client, records, expected):
    pdf = pd.DataFrame({"id": [r["id"] for r in records], "text": [r["text"] for r in records]})
    pdf.loc[5, "text"] = None  # missing values stay missing
    ddf = dd.from_pandas(pdf, npartitions=6)
    out = client.compute(textmend_dask().clean_dataframe(ddf)).result(timeout=TIMEOUT)
    assert out["id"].tolist() == pdf["id"].tolist()
    assert out["text"].dtype == ddf["text"].dtype, "the column keeps its (Dask-converted) dtype"
    got = out["text"].tolist()
    assert pd.isna(got[5])
    for i, want in enumerate(expected):
        if i != 5:
            assert got[i] == want["text"], i


def test_clean_dataframe_unknown_column():
    ddf = dd.from_pandas(pd.DataFrame({"body": ["a  b"]}), npartitions=1)
    with pytest.raises(KeyError, match="no column 'text'.*body"):
        textmend_dask().clean_dataframe(ddf)


def _write_shards(records, in_dir: Path) -> list[str]:
    in_dir.mkdir()
    names = ["part-000.jsonl", "part-001.jsonl", "part-002.jsonl.gz", "part-003.jsonl"]
    chunks = [records[i :: len(names)] for i in range(len(names))]
    for name, chunk in zip(names, chunks):
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in chunk)
        opener = gzip.open if name.endswith(".gz") else open
        with opener(in_dir / name, "wt", encoding="utf-8") as fh:
            fh.write(body)
    return names


def _read_shard(path: Path) -> list[dict]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _run_cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (SRC, os.environ.get("PYTHONPATH", "")) if p))
    return subprocess.run(
        [sys.executable, "-m", "textmend.dask", *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=env,
    )


def test_cli_on_shards_matches_serial(client, records, expected, tmp_path):
    names = _write_shards(records, tmp_path / "in")
    out_dir = tmp_path / "out"
    proc = _run_cli(str(tmp_path / "in" / "part-*"), str(out_dir), "--scheduler", client.scheduler.address)
    assert proc.returncode == 0, proc.stderr
    assert sorted(os.listdir(out_dir)) == sorted(names), "one output shard per input shard, same names"

    serial = {want["id"]: want for want in expected}
    for name in names:
        src = _read_shard(tmp_path / "in" / name)
        assert _read_shard(out_dir / name) == [serial[r["id"]] for r in src], name

    want_edits: dict[str, int] = {}
    n_changed = 0
    for r in records:
        res = textmend.mend(r["text"])
        n_changed += res.changed
        for k, v in res.by_normalizer().items():
            want_edits[k] = want_edits.get(k, 0) + v

    out = proc.stdout
    assert f"4 shards, {len(records)} records" in out
    assert f"changed {n_changed}, skipped 0" in out
    listed = out.split("edits by normalizer:\n", 1)[1].splitlines()
    got_edits = {name: int(n) for name, n in (line.split() for line in listed)}
    assert got_edits == want_edits and want_edits, out


def test_cli_local_cluster_route(records, tmp_path):
    # The default route starts its own local cluster: one small worker here.
    (tmp_path / "in").mkdir()
    rows = records[:50] + [{"id": -1, "text": None}, {"id": -2}]
    (tmp_path / "in" / "s.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    proc = _run_cli(str(tmp_path / "in" / "*.jsonl"), str(tmp_path / "out"), "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    assert "skipped 2" in proc.stdout
    got = _read_shard(tmp_path / "out" / "s.jsonl")
    assert got[:50] == [textmend.clean_record(r) for r in rows[:50]]
    assert got[50:] == rows[50:], "records without a string field pass through unchanged"


def test_cli_reports_bad_input(tmp_path, capsys):
    main = textmend_dask().main
    assert main([str(tmp_path / "nothing-*.jsonl"), str(tmp_path / "out"), "--scheduler", "synchronous"]) == 2
    assert "no input shards match" in capsys.readouterr().err
    (tmp_path / "bad.jsonl").write_text('{"text": "a"}\nnot json\n', encoding="utf-8")
    assert main([str(tmp_path / "bad.jsonl"), str(tmp_path / "out"), "--scheduler", "synchronous"]) == 2
    assert "bad.jsonl:2: not a JSON line" in capsys.readouterr().err
    assert not list((tmp_path / "out").iterdir()), "a failed shard leaves nothing behind"
    assert main([str(tmp_path / "bad.jsonl"), str(tmp_path), "--scheduler", "synchronous"]) == 2
    assert "is the input shard itself" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([str(tmp_path / "bad.jsonl"), str(tmp_path / "out"), "--scheduler", "tcp://x:1", "--workers", "2"])


# -- the module name must not shadow Dask ---------------------------------------------


def textmend_dask():
    import textmend.dask

    return textmend.dask


def test_import_textmend_does_not_import_dask():
    code = "import sys, textmend; textmend.clean('a  b'); print('dask' in sys.modules)"
    env = dict(os.environ, PYTHONPATH=SRC)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=TIMEOUT, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_textmend_dask_imports_the_real_dask():
    code = (
        "import textmend.dask as td, dask, dask.bag;"
        "td.clean_bag(dask.bag.from_sequence([{'text': 'x'}]));"
        "print(dask.__file__, td.__file__, sep='\\n')"
    )
    env = dict(os.environ, PYTHONPATH=SRC)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=TIMEOUT, env=env)
    assert out.returncode == 0, out.stderr
    dask_file, td_file = out.stdout.split()
    assert Path(dask_file).parent.name == "dask" and Path(dask_file).name == "__init__.py"
    assert Path(td_file).parent.name == "textmend"


def test_run_by_file_path_refuses_clearly():
    path = textmend_dask().__file__
    out = subprocess.run([sys.executable, path, "--help"], capture_output=True, text=True, timeout=TIMEOUT)
    assert out.returncode != 0
    assert "python -m textmend.dask" in out.stderr


def test_module_help_documents_the_route():
    out = _run_cli("--help")
    assert out.returncode == 0
    for option in ("IN_GLOB", "OUT_DIR", "--field", "--scheduler", "--workers"):
        assert option in out.stdout
