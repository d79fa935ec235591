"""Recipe: datatrove, a formatter step that runs `textmend.clean` on every document.

    pip install textmend "datatrove[io]"      # [io] brings orjson for the JSONL reader
    python docs/recipes/datatrove_step.py

A `BaseFormatter` rewrites `doc.text`; datatrove counts and times it per step.
The same step goes into a Slurm executor unchanged.
"""

import gzip
import json
import tempfile
import time
from pathlib import Path

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.formatters.base import BaseFormatter
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter
from sample_data import make_records, write_shards

import textmend


class TextmendFormatter(BaseFormatter):
    """Repair scraping damage with textmend's default pipeline."""

    name = "textmend"

    def format(self, text: str) -> str:
        return textmend.clean(text)


if __name__ == "__main__":
    records = make_records(4000, seed=6)
    with tempfile.TemporaryDirectory() as tmp:
        write_shards(records, Path(tmp) / "in", shards=4)
        t0 = time.perf_counter()
        LocalPipelineExecutor(
            pipeline=[
                JsonlReader(str(Path(tmp) / "in"), glob_pattern="*.jsonl"),
                TextmendFormatter(),
                JsonlWriter(str(Path(tmp) / "out")),
            ],
            tasks=4,
            workers=2,
            logging_dir=str(Path(tmp) / "logs"),
        ).run()
        seconds = time.perf_counter() - t0

        got = {}
        for path in (Path(tmp) / "out").glob("*.jsonl.gz"):
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                for line in fh:
                    doc = json.loads(line)
                    # the writer drops falsy fields, so record 0 comes back without its id
                    got[str(doc.get("id", 0))] = doc["text"]
        assert got == {str(r["id"]): textmend.clean(r["text"]) for r in records}
        print(f"datatrove (2 workers): {len(got)} documents in {seconds:.2f} s, equal to serial clean()")
