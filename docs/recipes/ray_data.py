"""Recipe: Ray Data, `Dataset.map(clean_record)` (or `map_batches` over a column).

    pip install textmend "ray[data]"
    python docs/recipes/ray_data.py
"""

import time

import pandas as pd
import ray
from sample_data import make_records

import textmend


def clean_batch(batch: pd.DataFrame) -> pd.DataFrame:
    batch["text"] = batch["text"].map(textmend.clean, na_action="ignore")
    return batch


if __name__ == "__main__":
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        records = make_records(4000, seed=5)
        expected = {r["id"]: textmend.clean(r["text"]) for r in records}
        ds = ray.data.from_items(records)  # or ray.data.read_json("corpus/*.jsonl")

        # Per record: clean_record returns the record with its field cleaned.
        t0 = time.perf_counter()
        rows = ds.map(textmend.clean_record, fn_kwargs={"field": "text"}).take_all()
        seconds = time.perf_counter() - t0
        assert len(rows) == len(records) and all(expected[r["id"]] == r["text"] for r in rows)
        print(f"ray.data map(clean_record): {len(rows)} records in {seconds:.2f} s, equal to serial clean()")

        # Per batch: fewer calls across the Ray boundary for short records.
        t0 = time.perf_counter()
        rows = ds.map_batches(clean_batch, batch_format="pandas").take_all()
        seconds = time.perf_counter() - t0
        assert len(rows) == len(records) and all(expected[r["id"]] == r["text"] for r in rows)
        print(f"ray.data map_batches(pandas): {len(rows)} records in {seconds:.2f} s, equal to serial clean()")
        # ds.map(...).write_json("cleaned/")
    finally:
        ray.shutdown()
