"""Clean corpora on a Dask cluster: bags, dataframes, and JSONL shards.

Needs the ``dask`` extra (``pip install "textmend[dask]"``).  ``import textmend``
never imports Dask; this module imports it only inside the functions that use it,
and always absolutely, so ``import dask`` here is the real Dask and never this
module.

Run on JSONL shards from the command line (one output shard per input shard,
same names, then a summary of edits per normalizer)::

    python -m textmend.dask 'corpus/*.jsonl' cleaned/ --field text --workers 4
    python -m textmend.dask 'corpus/*.jsonl.gz' cleaned/ --scheduler tcp://10.0.0.5:8786
    python -m textmend.dask 'corpus/*.jsonl' cleaned/ --report report.html   # or report.json

Without ``--scheduler`` it starts a local cluster of ``--workers`` processes
(default: one per CPU), each with one thread: cleaning is Python-bound, so
processes, not threads, are what scale.
"""

from __future__ import annotations

import sys

if __name__ == "__main__" and not __package__:
    # Run as a file path, sys.path[0] is this package's directory, and
    # ``import dask`` would find this very file instead of Dask.
    sys.exit("run this module as `python -m textmend.dask`, not by its file path")

import argparse
import gzip
import json
import os
import time
from glob import glob
from typing import IO, Any, Sequence

from textmend.api import DEFAULT_ORDER, clean, clean_record, default_pipeline
from textmend.fields import lookup, replaced
from textmend.pipeline import Pipeline
from textmend.report import Report

__all__ = ["clean_bag", "clean_dataframe", "clean_jsonl", "clean_shard", "format_summary", "main"]

#: Names :func:`main` accepts for ``--scheduler`` that mean one of Dask's local
#: schedulers rather than the address of a distributed one.
LOCAL_SCHEDULERS = ("synchronous", "threads", "processes")


def _require_dask() -> None:
    try:
        import dask  # noqa: F401  (absolute: the real Dask, never textmend.dask)
    except ImportError as exc:
        raise ImportError('textmend.dask needs Dask: pip install "textmend[dask]"') from exc


def clean_bag(bag: Any, field: str = "text", *, lang: str = "auto") -> Any:
    """A Dask bag of records with ``record[field]`` cleaned (see :func:`textmend.clean_record`).

    ``field`` may be dotted (``"body.text"``); ``lang`` is as for :func:`textmend.clean`.  Lazy like any bag operation: call
    ``.compute()`` or write it out.

    >>> import dask.bag as db
    >>> bag = db.from_sequence([{"id": 1, "text": "a  b"}, {"id": 2, "text": "c\\u00a0 d"}])
    >>> clean_bag(bag).compute(scheduler="synchronous")
    [{'id': 1, 'text': 'a b'}, {'id': 2, 'text': 'c d'}]
    """
    _require_dask()
    return bag.map(clean_record, field=field, lang=lang)


def _clean_column(part: Any, column: str | None, lang: str = "auto") -> Any:
    series = part if column is None else part[column]
    # Missing values stay missing; anything else that is not a str raises, as clean() does.
    cleaned = series.map(default_pipeline(lang), na_action="ignore").astype(series.dtype)
    if column is None:
        return cleaned
    part = part.copy()
    part[column] = cleaned
    return part


def clean_dataframe(df: Any, column: str = "text", *, lang: str = "auto") -> Any:
    """A Dask dataframe with string column ``column`` cleaned, other columns untouched.

    ``lang`` is as for :func:`textmend.clean`.
    Missing values (``None``/``NaN``) are kept; the column's dtype is kept.  A
    Dask series is cleaned as a whole (``column`` is then ignored).

    >>> import pandas as pd, dask.dataframe as dd
    >>> pdf = pd.DataFrame({"id": [1, 2], "text": ["a  b", None]})
    >>> out = clean_dataframe(dd.from_pandas(pdf, npartitions=1)).compute(scheduler="synchronous")
    >>> out["text"].tolist()[0], out["text"].isna().tolist()
    ('a b', [False, True])
    """
    _require_dask()
    import dask.dataframe as dd

    if isinstance(df, dd.Series):
        return df.map_partitions(_clean_column, None, lang)
    if column not in df.columns:
        raise KeyError(f"dataframe has no column {column!r}; it has: {', '.join(map(str, df.columns))}")
    return df.map_partitions(_clean_column, column, lang)


# -- JSONL shards -------------------------------------------------------------------


def _open(path: str, mode: str, gz: bool) -> IO[str]:
    # newline="" keeps each line's own terminator, so untouched lines are copied byte for byte.
    if gz:
        return gzip.open(path, mode + "t", encoding="utf-8", newline="")
    return open(path, mode, encoding="utf-8", newline="")


def _field_text(record: Any, keys: list[str]) -> str | None:
    try:
        value = lookup(record, ".".join(keys))
    except KeyError:
        return None
    return value if isinstance(value, str) else None


def _with_field(record: dict[str, Any], keys: list[str], value: str) -> dict[str, Any]:
    return replaced(record, ".".join(keys), value)


def _copy_cleaned(
    src: IO[str],
    dst: IO[str],
    in_path: str,
    keys: list[str],
    pipeline: Pipeline,
    edits: dict[str, int],
    report: Report | None = None,
) -> tuple[int, int, int]:
    """Copy ``src`` to ``dst`` line by line, cleaning; count edits into ``edits`` (and ``report``)."""
    shard = os.path.basename(in_path)
    records = changed = skipped = 0
    for lineno, line in enumerate(src, 1):
        body = line.rstrip("\r\n")
        if not body.strip():
            dst.write(line)
            continue
        try:
            record = json.loads(body)
        except ValueError as exc:
            raise ValueError(f"{in_path}:{lineno}: not a JSON line: {exc}") from None
        records += 1
        text = _field_text(record, keys)
        if text is None:
            skipped += 1
            dst.write(line)
            continue
        started = time.perf_counter()
        result = pipeline.mend(text)
        if report is not None:
            # file:line, as errors name a record: unique and easy to open, with or without an id field.
            report.add(f"{shard}:{lineno}", result, shard=shard, seconds=time.perf_counter() - started)
        if not result.changed:
            dst.write(line)
            continue
        changed += 1
        for name, n in result.by_normalizer().items():
            edits[name] = edits.get(name, 0) + n
        ending = line[len(body) :] or "\n"
        dst.write(json.dumps(_with_field(record, keys, result.text), ensure_ascii=False) + ending)
    return records, changed, skipped


def clean_shard(
    in_path: str, out_path: str, field: str = "text", lang: str = "auto", report: bool = False
) -> dict[str, Any]:
    """Clean one JSONL shard (``.gz`` too) into ``out_path``; return what was done.

    A record whose ``field`` (dotted for nested) is missing or not a string is
    written unchanged and counted as ``skipped``; a record nothing was repaired in
    is copied byte for byte.  A line that is not JSON stops the shard with its
    file name and line number.  The output appears only when complete.  With
    ``report``, the summary holds a :class:`~textmend.report.Report` of the shard
    as plain data under ``"report"`` (:meth:`Report.from_dict` reads it back).

    >>> import json, os, tempfile
    >>> d = tempfile.mkdtemp()
    >>> src, dst = os.path.join(d, "in.jsonl"), os.path.join(d, "out.jsonl")
    >>> with open(src, "w") as fh:
    ...     _ = fh.write('{"text": "a  b"}\\n{"text": "ok"}\\n{"id": 3}\\n')
    >>> s = clean_shard(src, dst)
    >>> s["records"], s["changed"], s["skipped"], s["edits"]
    (3, 1, 1, {'whitespace': 1})
    >>> open(dst).read()
    '{"text": "a b"}\\n{"text": "ok"}\\n{"id": 3}\\n'
    """
    keys = field.split(".")
    pipeline = default_pipeline(lang)
    edits: dict[str, int] = {}
    shard_report = Report(unit="record") if report else None
    part_path = out_path + ".part"
    try:
        with (
            _open(in_path, "r", in_path.endswith(".gz")) as src,
            _open(part_path, "w", out_path.endswith(".gz")) as dst,
        ):
            records, changed, skipped = _copy_cleaned(src, dst, in_path, keys, pipeline, edits, shard_report)
    except BaseException:
        if os.path.exists(part_path):
            os.remove(part_path)
        raise
    os.replace(part_path, out_path)
    summary: dict[str, Any] = {
        "shard": os.path.basename(in_path),
        "records": records,
        "changed": changed,
        "skipped": skipped,
        "bytes": os.path.getsize(in_path),
        "edits": edits,
    }
    if shard_report is not None:
        summary["report"] = shard_report.to_dict()
    return summary


def _plan(in_glob: str, out_dir: str) -> list[tuple[str, str]]:
    paths = sorted(glob(in_glob))
    if not paths:
        raise FileNotFoundError(f"no input shards match {in_glob!r}")
    names: dict[str, str] = {}
    for path in paths:
        name = os.path.basename(path)
        if name in names:
            raise ValueError(f"two input shards share the name {name!r} ({names[name]}, {path}); outputs keep names")
        names[name] = path
    os.makedirs(out_dir, exist_ok=True)
    plan = []
    for path in paths:
        out = os.path.join(out_dir, os.path.basename(path))
        if os.path.exists(out) and os.path.samefile(path, out):
            raise ValueError(f"output {out} is the input shard itself; choose another OUT_DIR")
        plan.append((path, out))
    return plan


def _merge(shards: Sequence[dict[str, Any]]) -> dict[str, Any]:
    total: dict[str, Any] = {"shards": len(shards), "records": 0, "changed": 0, "skipped": 0, "bytes": 0}
    edits: dict[str, int] = {}
    for s in shards:
        for key in ("records", "changed", "skipped", "bytes"):
            total[key] += s[key]
        for name, n in s["edits"].items():
            edits[name] = edits.get(name, 0) + n
    order = {name: i for i, name in enumerate(DEFAULT_ORDER)}
    total["edits"] = dict(sorted(edits.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))
    reports = [Report.from_dict(s["report"]) for s in shards if "report" in s]
    if reports:
        # The workers' summaries combine into what one pass over every shard would give.
        total["report"] = Report.merged(reports)
    return total


def clean_jsonl(
    in_glob: str,
    out_dir: str,
    *,
    field: str = "text",
    scheduler: str | None = None,
    workers: int | None = None,
    lang: str = "auto",
    report: bool = False,
) -> dict[str, Any]:
    """Clean every JSONL shard matching ``in_glob`` into ``out_dir`` (same names) on Dask.

    One task per shard.  ``scheduler`` is a distributed scheduler's address, one of
    ``"synchronous"``, ``"threads"``, ``"processes"`` (Dask's local schedulers),
    or None for a local cluster of ``workers`` single-threaded processes (default:
    one per CPU).  Returns the totals: shards, records, changed, skipped, bytes
    read, edits per normalizer, and the seconds spent cleaning (not counting
    the start of a local cluster).  With ``report``, ``"report"`` holds a
    :class:`~textmend.report.Report` merged from every shard's.

    >>> import os, tempfile
    >>> d = tempfile.mkdtemp()
    >>> with open(os.path.join(d, "a.jsonl"), "w") as fh:
    ...     _ = fh.write('{"text": "x  y\\\\u00a0 z"}\\n')
    >>> s = clean_jsonl(os.path.join(d, "*.jsonl"), os.path.join(d, "out"), scheduler="synchronous")
    >>> s["records"], s["edits"], os.listdir(os.path.join(d, "out"))
    (1, {'whitespace': 2}, ['a.jsonl'])
    """
    _require_dask()
    import dask.bag as db

    plan = _plan(in_glob, out_dir)
    bag = db.from_sequence(plan, npartitions=len(plan)).starmap(clean_shard, field=field, lang=lang, report=report)

    def run(compute: Any) -> tuple[list[dict[str, Any]], float]:
        started = time.perf_counter()
        return compute(), time.perf_counter() - started

    if scheduler in LOCAL_SCHEDULERS:
        shards, seconds = run(lambda: bag.compute(scheduler=scheduler, num_workers=workers))
    elif scheduler is not None:
        from dask.distributed import Client

        with Client(scheduler) as client:
            shards, seconds = run(lambda: client.compute(bag).result())
    else:
        from dask.distributed import Client, LocalCluster

        n = workers or os.cpu_count() or 1
        with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
            with Client(cluster) as client:
                shards, seconds = run(lambda: client.compute(bag).result())
    summary = _merge(shards)
    summary["seconds"] = seconds
    if "report" in summary:
        summary["report"].wall_seconds = seconds
    return summary


def format_summary(summary: dict[str, Any], field: str = "text") -> str:
    """The summary :func:`main` prints: totals, then edits per normalizer."""
    secs = max(summary["seconds"], 1e-9)
    mb = summary["bytes"] / 1e6
    lines = [
        f"{summary['shards']} shards, {summary['records']} records, {mb:.1f} MB in {secs:.1f} s "
        f"({summary['records'] / secs:,.0f} records/s, {mb / secs:.2f} MB/s)",
        f"changed {summary['changed']}, skipped {summary['skipped']} (no string at {field!r})",
        "edits by normalizer:",
    ]
    width = max([len(name) for name in summary["edits"]] + [4])
    for name, n in summary["edits"].items():
        lines.append(f"  {name:<{width}}  {n}")
    if not summary["edits"]:
        lines.append("  none")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m textmend.dask IN_GLOB OUT_DIR [--field F] [--scheduler ADDRESS] [--workers N] [--report PATH]``."""
    parser = argparse.ArgumentParser(
        prog="python -m textmend.dask",
        description="Clean JSONL shards on Dask: one output shard per input shard, same names, "
        "then a summary of edits per normalizer.",
    )
    parser.add_argument("in_glob", metavar="IN_GLOB", help="input shards, quoted glob (*.jsonl, *.jsonl.gz)")
    parser.add_argument("out_dir", metavar="OUT_DIR", help="directory for the cleaned shards")
    parser.add_argument("--field", default="text", help="record field to clean, dotted if nested (default: text)")
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="distributed scheduler address (tcp://host:8786), or synchronous/threads/processes; "
        "default: start a local cluster",
    )
    parser.add_argument("--workers", type=int, metavar="N", help="local worker processes (default: one per CPU)")
    parser.add_argument("--lang", default="auto", help="language tag, or auto: each paragraph's own (default: auto)")
    parser.add_argument(
        "--report",
        metavar="PATH",
        help="also write an audit report of what changed: HTML page, or JSON if PATH ends in .json",
    )
    args = parser.parse_args(argv)
    if args.workers is not None and args.workers < 1:
        parser.error("--workers must be at least 1")
    if args.workers is not None and args.scheduler not in (None, *LOCAL_SCHEDULERS):
        parser.error("--workers sizes a local cluster; a remote scheduler has its own workers")
    if args.report is not None and not os.path.isdir(os.path.dirname(os.path.abspath(args.report))):
        # Say so now, not after hours of cleaning.
        parser.error(f"--report: no directory for {args.report}")
    try:
        summary = clean_jsonl(
            args.in_glob,
            args.out_dir,
            field=args.field,
            scheduler=args.scheduler,
            workers=args.workers,
            lang=args.lang,
            report=args.report is not None,
        )
    except (FileNotFoundError, ValueError) as exc:
        print(f"textmend.dask: {exc}", file=sys.stderr)
        return 2
    print(format_summary(summary, args.field))
    if args.report is not None:
        summary["report"].title = f"textmend report: {args.in_glob}"
        try:
            summary["report"].write(args.report)
        except OSError as exc:
            print(f"textmend.dask: cannot write the report: {exc}", file=sys.stderr)
            return 2
        print(f"report written to {args.report}")
    return 0


if __name__ == "__main__":
    # Call the importable module, not this __main__ copy, so that the tasks
    # shipped to workers refer to textmend.dask functions by name.
    from textmend.dask import main as _main

    sys.exit(_main())
