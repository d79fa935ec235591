"""Recipe: clean JSONL with textmend.dask on a local Dask cluster (bag, dataframe, shards).

    pip install "textmend[dask]"
    python docs/recipes/dask_recipe.py

On a real cluster, replace LocalCluster with Client("tcp://scheduler:8786").
The same route from the shell:
    python -m textmend.dask 'in/*.jsonl' out/ --scheduler tcp://scheduler:8786
"""

import json
import tempfile
import time
from pathlib import Path

import dask.bag as db
import dask.dataframe as dd
from dask.distributed import Client, LocalCluster
from sample_data import make_records, read_shards, write_shards

import textmend
from textmend.dask import clean_bag, clean_dataframe, clean_jsonl, format_summary

if __name__ == "__main__":  # worker processes re-import this file: keep the work under the guard
    records = make_records(4000, seed=1)
    expected = [textmend.clean_record(r) for r in records]
    with tempfile.TemporaryDirectory() as tmp, LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, Client(cluster) as client:
        shards = write_shards(records, Path(tmp) / "in", shards=8)
        pattern = str(Path(tmp) / "in" / "*.jsonl")

        # 1. A bag of dicts: clean_record on every record.
        t0 = time.perf_counter()
        bag = db.read_text(pattern).map(json.loads)
        cleaned = clean_bag(bag, field="text").compute()
        assert cleaned == [textmend.clean_record(r) for r in read_shards(shards)]
        print(f"bag:       {len(cleaned)} records in {time.perf_counter() - t0:.2f} s, equal to serial clean()")

        # 2. A dataframe column.
        t0 = time.perf_counter()
        ddf = dd.read_json(pattern, lines=True, blocksize=None)
        out = clean_dataframe(ddf, column="text").compute()
        by_id = {r["id"]: r["text"] for r in expected}
        assert all(by_id[i] == t for i, t in zip(out["id"], out["text"]))
        print(f"dataframe: {len(out)} rows in {time.perf_counter() - t0:.2f} s, equal to serial clean()")

        # 3. Shards in, shards out (what `python -m textmend.dask` runs), with the edit summary.
        summary = clean_jsonl(pattern, str(Path(tmp) / "out"), scheduler=client.scheduler.address)
        assert read_shards(sorted((Path(tmp) / "out").glob("*.jsonl"))) == [
            textmend.clean_record(r) for r in read_shards(shards)
        ]
        print(format_summary(summary))
