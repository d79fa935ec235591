"""Where the benchmarks get their clean news text."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

__all__ = ["REPO", "default_corpus", "known_flaws", "paragraphs"]

REPO = Path(__file__).resolve().parent.parent
_CANDIDATES = (
    REPO.parent / "shared" / "corpus" / "news-dev.jsonl",  # a checkout beside shared/
    Path("/work/shared/corpus/news-dev.jsonl"),
    REPO / "tests" / "data" / "news-dev.jsonl",  # the vendored copy
)


def default_corpus() -> Path:
    """The shared dev corpus when present, else the copy vendored with the tests."""
    for path in _CANDIDATES:
        if path.is_file():
            return path
    raise FileNotFoundError("no news-dev.jsonl found; pass --corpus PATH")


def known_flaws() -> set[str]:
    """Keys ``id#index`` of paragraphs with a real flaw of their own (tests/data/known_flaws.tsv)."""
    path = REPO / "tests" / "data" / "known_flaws.tsv"
    if not path.is_file():
        return set()
    keys = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            keys.add(line.partition("\t")[0])
    return keys


def documents(path: Path | str | None = None) -> list[tuple[str, str]]:
    """(id, text) of every document in a JSON-lines corpus with ``id`` and ``text``.

    A ``.gz`` file is read through gzip (the extractors' output ships so), and a record whose
    ``text`` is null (an extractor that returned nothing) is left out.
    """
    path = Path(path) if path else default_corpus()
    docs = []
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if line.strip():
                doc = json.loads(line)
                if doc["text"] is not None:
                    docs.append((str(doc.get("id", n)), doc["text"]))
    return docs


def paragraphs(path: Path | str | None = None, *, skip_flawed: bool = True) -> list[tuple[str, str]]:
    """(key, paragraph) for every non-blank paragraph; known-flawed ones left out."""
    flawed = known_flaws() if skip_flawed else set()
    out = []
    for doc_id, text in documents(path):
        for k, para in enumerate(text.split("\n\n")):
            key = f"{doc_id}#{k}"
            if para.strip() and key not in flawed:
                out.append((key, para))
    return out
