"""What the command tells a person: counts, the summary line, the progress bar."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..api import DEFAULT_ORDER
from .work import Outcome

__all__ = ["Stats", "isatty", "progress_bar", "total_size"]


@dataclass
class Stats:
    """Running totals over every item, for ``--stats`` and the summary on a terminal."""

    documents: int = 0
    chars: int = 0
    changed: int = 0
    edits: int = 0
    bad: int = 0
    by_normalizer: dict[str, int] = field(default_factory=dict)

    def add(self, o: Outcome) -> None:
        self.documents += o.documents
        self.chars += o.chars
        self.changed += o.changed
        self.edits += o.edits
        if o.counts:
            for name, n in o.counts.items():
                self.by_normalizer[name] = self.by_normalizer.get(name, 0) + n

    def summary(self, jsonl: bool) -> str:
        """The summary lines, e.g. ``textmend: 3 records, 93 characters, 2 changed, 4 edits: ...``."""
        unit = "record" if jsonl else "document"
        lines = [
            f"textmend: {_plural(self.documents, unit)}, {_plural(self.chars, 'character')}, "
            f"{self.changed:,} changed, {_plural(self.edits, 'edit')}"
            + (": " + ", ".join(f"{name} {n:,}" for name, n in self._ordered()) if self.edits else "")
        ]
        if self.bad:
            what = "line" if jsonl else "document"
            lines.append(f"textmend: {_plural(self.bad, 'bad ' + what)} passed through unchanged")
        return "\n".join(lines)

    def _ordered(self) -> list[tuple[str, int]]:
        rank = {name: i for i, name in enumerate(DEFAULT_ORDER)}
        return sorted(self.by_normalizer.items(), key=lambda kv: (rank.get(kv[0], len(rank)), kv[0]))


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def isatty(stream: Any) -> bool:
    """Whether ``stream`` is a terminal (False for streams that cannot say)."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def total_size(sources: Sequence[tuple[str, str | None]]) -> int | None:
    """Bytes to read, when every input is a regular file (a stream's length is unknown)."""
    total = 0
    for _, path in sources:
        try:
            st = os.stat(path) if path is not None else None
        except OSError:
            continue  # reported when it is read
        if st is None or not os.path.isfile(path):  # type: ignore[arg-type]
            return None
        total += st.st_size
    return total or None


def progress_bar(total: int | None) -> Any:
    """A tqdm bar on standard error, or None when tqdm (the ``progress`` extra) is not installed."""
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    # No monitor thread: worker processes may be forked after the bar exists.
    tqdm.monitor_interval = 0
    # delay: a run that ends within a second never draws a bar.
    return tqdm(
        total=total,
        unit="B",
        unit_scale=True,
        unit_divisor=1024,
        file=sys.stderr,
        desc="textmend",
        delay=1.0,
        leave=False,
        dynamic_ncols=True,
    )
