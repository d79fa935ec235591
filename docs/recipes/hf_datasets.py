"""Recipe: Hugging Face datasets, `Dataset.map(clean_record, num_proc=N)`.

    pip install textmend datasets
    python docs/recipes/hf_datasets.py

`clean_record` is a module-level function, so `datasets` pickles it by
reference into its worker processes and hashes it stably for its cache.
"""

import time

from datasets import Dataset
from sample_data import make_records

import textmend

if __name__ == "__main__":
    records = make_records(4000, seed=3)
    ds = Dataset.from_list(records)  # or load_dataset("json", data_files="corpus/*.jsonl", split="train")

    t0 = time.perf_counter()
    cleaned = ds.map(textmend.clean_record, fn_kwargs={"field": "text"}, num_proc=2, desc="textmend")
    seconds = time.perf_counter() - t0

    assert cleaned.to_list() == [textmend.clean_record(r) for r in records]
    print(f"datasets.map(num_proc=2): {len(cleaned)} records in {seconds:.2f} s, equal to serial clean()")
    # cleaned.to_json("cleaned.jsonl")  # or .save_to_disk(...) / .push_to_hub(...)
