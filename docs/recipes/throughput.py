"""Measure textmend's throughput on generated JSONL shards: serial, then 1 and 2 Dask workers.

    pip install "textmend[dask]"
    python docs/recipes/throughput.py [RECORDS] [PARAGRAPHS_PER_RECORD]

Each run cleans the same shards with `textmend.dask.clean_jsonl` (what
`python -m textmend.dask` runs: read, mend every record, write, count edits).
Times exclude starting the cluster and each worker's first call (building the
pipeline); they include JSON parsing and writing.  The serial line is the same
work in this process without Dask.  CPU-s is the CPU time the cleaning
processes used (summed over workers): on a shared machine the wall-clock rate
depends on the neighbours, records per CPU-second much less.
"""

import sys
import tempfile
import time
from pathlib import Path

from dask.distributed import Client, LocalCluster
from sample_data import make_records, write_shards

import textmend
from textmend.dask import clean_jsonl, clean_shard


def report(label: str, records: int, nbytes: int, seconds: float, cpu_seconds: float) -> None:
    print(f"{label:<10} {records:>7} records {nbytes / 1e6:6.1f} MB {seconds:6.2f} s wall "
          f"{records / seconds:>7,.0f} records/s {nbytes / 1e6 / seconds:5.2f} MB/s | "
          f"{cpu_seconds:6.2f} CPU-s {records / cpu_seconds:>7,.0f} records/CPU-s", flush=True)


def cpu() -> float:
    return time.process_time()


def warm_up() -> str:
    return textmend.clean("a  b")


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    paragraphs = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    with tempfile.TemporaryDirectory() as tmp:
        shards = write_shards(make_records(n, seed=2, paragraphs=paragraphs), Path(tmp) / "in", shards=16)
        nbytes = sum(p.stat().st_size for p in shards)
        pattern = str(Path(tmp) / "in" / "*.jsonl")

        warm_up()
        t0, c0 = time.perf_counter(), cpu()
        for p in shards:
            clean_shard(str(p), str(Path(tmp) / "serial.jsonl"))
        report("serial", n, nbytes, time.perf_counter() - t0, cpu() - c0)

        for workers in (1, 2):
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              dashboard_address=None) as cluster, Client(cluster) as client:
                client.run(warm_up)
                before = client.run(cpu)
                s = clean_jsonl(pattern, str(Path(tmp) / f"out{workers}"), scheduler=client.scheduler.address)
                after = client.run(cpu)
                assert s["records"] == n
                report(f"dask x{workers}", n, nbytes, s["seconds"], sum(after[w] - before[w] for w in after))
