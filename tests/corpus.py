"""The vendored clean news corpus, split into paragraphs."""

import json
from pathlib import Path

DATA = Path(__file__).parent / "data"


def paragraphs():
    """(doc id, paragraph index, paragraph) for every non-blank paragraph."""
    out = []
    with open(DATA / "news-dev.jsonl", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            for k, para in enumerate(doc["text"].split("\n\n")):
                if para.strip():
                    out.append((doc["id"], k, para))
    return out


def known_flaws():
    """Paragraph keys ``id#index`` that carry a real flaw, checked by hand."""
    keys = {}
    for line in (DATA / "known_flaws.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cols = line.split("\t")
            keys[cols[0]] = cols[2] if len(cols) > 2 else ""  # key, expected repair, the flaw
    return keys
