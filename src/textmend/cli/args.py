"""The command's arguments: the parser, and the checks made before any input is read."""

from __future__ import annotations

import argparse
import codecs
import importlib.util
import os
from collections.abc import Sequence
from typing import IO

from ..api import DEFAULT_ORDER
from ..registry import NORMALIZERS, normalizer_class

__all__ = ["EDITS_KEY", "Usage", "build_parser", "check_usage", "list_normalizers", "names"]

EDITS_KEY = "edits"

class Usage(Exception):
    """A usage error: the command prints its usage and this message, and exits 2."""


def build_parser() -> argparse.ArgumentParser:
    """The ``textmend`` argument parser.

    >>> build_parser().parse_args(["--jsonl", "a.jsonl"]).files
    ['a.jsonl']
    """
    parser = argparse.ArgumentParser(
        prog="textmend",
        description="Repair the damage scraping does to news text: clean files, standard input or JSONL "
        "corpora, or show what would change.",
        epilog="Exit status: 0 done, 1 --check found changes, 2 usage error, 3 bad input. See docs/cli.md.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="files to clean; none or '-' reads standard input")
    out = parser.add_argument_group("output")
    out.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write here instead of standard output (a regular file atomically: "
        "written to a temporary file and renamed when complete; a FIFO or device directly)",
    )
    out.add_argument(
        "-i", "--in-place", action="store_true", help="rewrite each FILE with its cleaned text (atomically)"
    )
    mode = out.add_mutually_exclusive_group()
    mode.add_argument("--diff", action="store_true", help="print a unified diff of what would change")
    mode.add_argument(
        "--explain", action="store_true", help="print each edit: line:col normalizer: old -> new (reason)"
    )
    out.add_argument(
        "--check",
        action="store_true",
        help="print nothing (or, with --diff or --explain, just that); exit 1 if anything would change",
    )
    out.add_argument(
        "--report",
        metavar="PATH",
        help="also write an audit report of every repair there: HTML, or JSON if PATH ends in .json",
    )
    out.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="color the diff (auto: when standard output is a terminal and NO_COLOR is unset)",
    )

    js = parser.add_argument_group("JSON lines")
    js.add_argument("--jsonl", action="store_true", help="input is JSON lines: clean one field of each record")
    js.add_argument(
        "--field", default=None, metavar="NAME", help="the field to clean (default: text; nested with dots: body.text)"
    )
    js.add_argument("--add-edits", action="store_true", help=f'add the edit list to each record as "{EDITS_KEY}"')

    sel = parser.add_argument_group("normalizers")
    sel.add_argument("--only", action="append", metavar="NAMES", help="run only these normalizers (comma-separated)")
    sel.add_argument("--skip", action="append", metavar="NAMES", help="do not run these normalizers (comma-separated)")
    sel.add_argument(
        "--add", action="append", metavar="NAMES", help="also run these opt-in normalizers, after the default ones"
    )
    sel.add_argument(
        "--lang",
        default="auto",
        help="language of the text: a code like en or pt-BR, or auto to identify each paragraph's (default: auto)",
    )
    sel.add_argument("--list", action="store_true", help="list the normalizers and exit")

    run = parser.add_argument_group("input and running")
    run.add_argument("--encoding", default="utf-8", help="input (and output) encoding (default: utf-8)")
    run.add_argument(
        "--errors",
        default="strict",
        metavar="HANDLER",
        help="what to do with undecodable bytes: strict (default, bad input), replace, "
        "surrogateescape (keeps the bytes), ignore, backslashreplace",
    )
    run.add_argument(
        "--skip-bad",
        action="store_true",
        help="pass bad records through unchanged and count them, instead of stopping at the first",
    )
    run.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (0: all cores; default 1)"
    )
    run.add_argument("-q", "--quiet", action="store_true", help="no progress bar, summary or warnings")
    run.add_argument("--stats", action="store_true", help="always print the summary on standard error")
    from .. import __version__

    parser.add_argument("--version", action="version", version=f"textmend {__version__}")
    return parser


def names(values: Sequence[str] | None) -> tuple[str, ...]:
    """Normalizer names from repeated, comma-separated option values.

    >>> names(["whitespace, fused", "quotes"])
    ('whitespace', 'fused', 'quotes')
    """
    return tuple(n.strip() for v in values or () for n in v.split(",") if n.strip())


def list_normalizers(stdout: IO[str]) -> None:
    """``--list``: the default pipeline in its order, then the opt-in normalizers."""
    every = list(DEFAULT_ORDER) + [n for n in NORMALIZERS if n not in DEFAULT_ORDER]
    width = max(map(len, every))
    stdout.write("".join(f"{name:<{width}}  {normalizer_class(name).summary}\n" for name in every))
    stdout.flush()  # here, where a closed pipe (--list | head) is caught, not at exit


def check_usage(args: argparse.Namespace) -> None:
    """Raise :class:`Usage` for options that cannot work together, before any input is read."""
    files = args.files
    if args.field is not None and not args.jsonl:
        raise Usage("--field needs --jsonl")
    if args.add_edits and not args.jsonl:
        raise Usage("--add-edits needs --jsonl")
    if args.jobs < 0:
        raise Usage("--jobs must be 0 (all cores) or more")
    if args.in_place:
        if not files or "-" in files:
            raise Usage("--in-place needs FILE arguments (not standard input)")
        if args.output:
            raise Usage("--in-place and -o are exclusive")
        if args.diff or args.explain or args.check:
            raise Usage("--in-place writes files; --diff, --explain and --check only report")
    if args.check and args.output and not (args.diff or args.explain):
        raise Usage("--check writes nothing; drop -o")
    if args.output and args.output != "-":
        # Found now, not at the final rename after all the work.
        if os.path.isdir(args.output):
            raise Usage(f"-o {args.output} is a directory; -o names a file")
        for f in files:
            if f != "-" and os.path.exists(f) and os.path.exists(args.output) and os.path.samefile(f, args.output):
                raise Usage(f"-o {args.output} is an input; use --in-place to rewrite it")
    if args.report is not None:
        if importlib.util.find_spec("textmend.report") is None:
            raise Usage("--report needs textmend.report, which this installation lacks")
        if os.path.isdir(args.report):
            raise Usage(f"--report {args.report} is a directory; --report names a file")
        if args.output and args.output != "-" and os.path.abspath(args.report) == os.path.abspath(args.output):
            raise Usage("--report and -o name the same file")
    try:
        codecs.lookup(args.encoding)
    except LookupError:
        raise Usage(f"unknown encoding {args.encoding!r}") from None
    try:
        codecs.lookup_error(args.errors)
    except LookupError:
        raise Usage(f"unknown --errors handler {args.errors!r}") from None
    check_lang(args.lang)


def check_lang(lang: str) -> None:
    """Raise :class:`Usage` unless ``lang`` names a language textmend has word frequencies for.

    wordfreq itself would fall back to the nearest language it knows with only
    a warning (``tlh`` would be read as English), so an unknown language would
    silently be cleaned as another.  A region or script (``pt-BR``, ``zh-Hant``)
    is fine when the language is known; ``auto`` identifies each paragraph's.

    >>> check_lang("pt-BR")
    >>> check_lang("tlh")
    Traceback (most recent call last):
    ...
    textmend.cli.args.Usage: --lang tlh: unknown language 'tlh'; supported: "auto", ...
    """
    from ..language import normalize_lang

    try:
        normalize_lang(lang)
    except ValueError as exc:
        raise Usage(f"--lang {lang}: {exc}") from None
