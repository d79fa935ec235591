"""Generated records for the recipes: vendored news paragraphs with scraping damage.

Damage is injected with a seeded random generator (whitespace defects for now,
the one normalizer built when these recipes were written), so every run sees
the same data.  Used by the recipe scripts in this directory; not part of textmend.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

NEWS = Path(__file__).resolve().parents[2] / "tests" / "data" / "news-dev.jsonl"
DEFECTS = ["  ", " \t ", "\u00a0", "\u00a0 ", "\u2009", "\u200b", "\u00ad", "   "]


def _paragraphs() -> list[str]:
    out = []
    with open(NEWS, encoding="utf-8") as fh:
        for line in fh:
            out.extend(p for p in json.loads(line)["text"].split("\n\n") if p.strip())
    return out


def make_records(n: int, seed: int = 0, paragraphs: int = 1) -> list[dict]:
    """``n`` records ``{"id", "text", "source"}`` of ``paragraphs`` paragraphs each; most need a repair."""
    rng = random.Random(seed)
    paras = _paragraphs()
    records = []
    for i in range(n):
        words = "\n\n".join(rng.choice(paras) for _ in range(paragraphs)).split(" ")
        for _ in range(rng.randint(0, 4 * paragraphs)):
            k = rng.randrange(len(words))
            words[k] += rng.choice(DEFECTS)
        text = " ".join(words) + ("  " if rng.random() < 0.2 else "")
        records.append({"id": i, "text": text, "source": "news-dev"})
    return records


def write_shards(records: list[dict], folder: Path, shards: int) -> list[Path]:
    """Write ``records`` round-robin into ``shards`` JSONL files in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"part-{k:05d}.jsonl" for k in range(shards)]
    for k, path in enumerate(paths):
        with open(path, "w", encoding="utf-8") as fh:
            for rec in records[k::shards]:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return paths


def read_shards(paths) -> list[dict]:
    """Every record in ``paths``, in order."""
    out = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            out.extend(json.loads(line) for line in fh if line.strip())
    return out
