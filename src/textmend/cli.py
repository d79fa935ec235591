"""The ``textmend`` command (minimal for now: clean files or stdin to stdout)."""

from __future__ import annotations

import argparse
import sys
from typing import Sequence

from .api import clean


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = argparse.ArgumentParser(prog="textmend", description="Repair scraped news text.")
    parser.add_argument("files", nargs="*", help="files to clean (default: standard input)")
    args = parser.parse_args(argv)
    for path in args.files or ["-"]:
        if path == "-":
            text = sys.stdin.read()
        else:
            with open(path, encoding="utf-8", newline="") as fh:
                text = fh.read()
        sys.stdout.write(clean(text))
    return 0


def main_entry() -> None:
    sys.exit(main())
