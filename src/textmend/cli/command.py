"""The command itself: parse, check, then read, clean and write every input in order."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from collections.abc import Sequence
from functools import partial
from typing import Any

from . import reporting
from .args import Usage, build_parser, check_usage, list_normalizers, names
from .jobs import cpu_count, ordered_map
from .reporting import Stats, isatty, total_size
from .sinks import AtomicSink, OutputError, StreamSink, binary, open_output, remove_leftovers, silence_stdout
from .work import Job, batches, pipeline_for, read_items, run_batch

__all__ = ["main", "main_entry"]

EXIT_OK = 0
EXIT_CHANGED = 1
EXIT_USAGE = 2
EXIT_BAD_INPUT = 3
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # what a shell reports for a process killed by SIGPIPE, like `cat big | head`
EXIT_TERMINATED = 143  # 128 + SIGTERM, what main() returns; the command itself then dies of the signal

STDIN_NAME = "<stdin>"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``textmend`` command with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on a usage error, 0 after --help
        return int(exc.code or 0)

    if args.list:
        try:
            list_normalizers(sys.stdout)
        except BrokenPipeError:
            silence_stdout()
            return EXIT_BROKEN_PIPE
        return EXIT_OK
    try:
        check_usage(args)
        only, skip, add = names(args.only), names(args.skip), names(args.add)
        pipeline_for(args.lang, only, skip, add)  # unknown names fail here, before any input is read
    except (Usage, ValueError) as exc:
        parser.print_usage(sys.stderr)
        sys.stderr.write(f"textmend: error: {exc}\n")
        return EXIT_USAGE

    mode = "diff" if args.diff else "explain" if args.explain else "check" if args.check else "clean"
    to_stdout = not args.in_place and mode != "check" and args.output in (None, "-")
    color = args.color == "always" or (
        args.color == "auto"
        and to_stdout
        and isatty(sys.stdout)
        and "NO_COLOR" not in os.environ
        and os.environ.get("TERM") != "dumb"
    )
    job = Job(
        lang=args.lang,
        only=only,
        skip=skip,
        add=add,
        jsonl=args.jsonl,
        field=args.field or "text",
        add_edits=args.add_edits,
        mode=mode,
        encoding=args.encoding,
        errors=args.errors,
        color=color,
        keep_results=args.report is not None,
    )
    jobs = args.jobs or cpu_count()

    # Progress and an automatic summary belong on an interactive terminal, and
    # not when the output itself is scrolling past on that terminal.
    interactive = not args.quiet and isatty(sys.stderr) and not (to_stdout and isatty(sys.stdout))
    show_summary = args.stats or (interactive and not args.check)

    files = args.files or ["-"]
    sources = [(STDIN_NAME, None) if f == "-" else (f, f) for f in files]
    bar = reporting.progress_bar(total_size(sources)) if interactive else None

    stats = Stats()
    audit = _new_report(args)
    started = time.perf_counter()
    status = EXIT_OK
    sink: StreamSink | AtomicSink | None = None
    failed_output = False
    signals = _Signals()
    signals.install()
    try:
        if args.output not in (None, "-"):
            try:
                sink = open_output(args.output, sys.stdout, sys.stderr)
            except OutputError as exc:
                sys.stderr.write(f"textmend: error: {exc}\n")
                return EXIT_USAGE
        elif not args.in_place:
            sink = StreamSink(binary(sys.stdout))
        status = _run(args, job, jobs, sources, sink, stats, bar, audit, signals)
        signals.raise_if_any()
    except KeyboardInterrupt:
        status = EXIT_INTERRUPTED
    except _Terminated:
        status = EXIT_TERMINATED
    except BrokenPipeError:
        silence_stdout()
        sink = None
        status = EXIT_BROKEN_PIPE
    except MemoryError:
        # Said, and the destination left as it was: the pipeline no longer skips a stage that
        # ran out of memory, which handed back the text as if it needed nothing (an empty --diff).
        _say(sink, "textmend: error: out of memory; the output is incomplete")
        status = EXIT_BAD_INPUT
    except OSError as exc:  # reading errors are reported per input; this is the output failing
        failed_output = True
        _say(None, _output_failure(exc))
        status = EXIT_BAD_INPUT
    finally:
        try:
            if bar is not None:
                bar.close()
            if sink is not None:
                try:
                    sink.commit() if status in (EXIT_OK, EXIT_CHANGED) else sink.abort()
                except BrokenPipeError:
                    silence_stdout()
                    status = EXIT_BROKEN_PIPE
                except OSError as exc:  # a full disk at the last flush
                    if not failed_output:  # one line per failure
                        _say(None, _output_failure(exc))
                    failed_output = True
                    if isinstance(sink, AtomicSink):
                        sink.abort()
                    status = EXIT_BAD_INPUT
        except KeyboardInterrupt:
            status = EXIT_INTERRUPTED
        except _Terminated:
            status = EXIT_TERMINATED
        finally:
            remove_leftovers()
            signals.restore()
    if status == EXIT_BAD_INPUT and isinstance(sink, AtomicSink) and not failed_output:
        sys.stderr.write(f"textmend: {args.output} not written\n")
    if audit is not None and status in (EXIT_OK, EXIT_CHANGED):
        # Last, once the output is in place: a report describes a run that happened.
        audit.wall_seconds = time.perf_counter() - started
        try:
            audit.write(args.report)
        except OSError as exc:
            sys.stderr.write(f"textmend: cannot write {args.report}: {exc.strerror or exc}\n")
            status = EXIT_BAD_INPUT
    if show_summary and status not in (EXIT_BROKEN_PIPE, EXIT_INTERRUPTED, EXIT_TERMINATED):
        sys.stderr.write(stats.summary(args.jsonl) + "\n")
    return status


def _new_report(args: argparse.Namespace) -> Any:
    """The report ``--report`` fills, or None (the module is there: checked with the usage)."""
    if args.report is None:
        return None
    from ..report import Report

    return Report(unit="record" if args.jsonl else "document")


def _output_failure(exc: OSError) -> str:
    """The one line that says why the output failed, naming the destination (never a temporary file)."""
    if isinstance(exc, OutputError):
        return f"textmend: {exc}"
    name = f" {exc.filename}" if exc.filename else ""
    return f"textmend: cannot write{name}: {exc.strerror or exc}"


def _say(sink: StreamSink | AtomicSink | None, message: str) -> None:
    """A message on standard error, after what the output already holds (their order is the story)."""
    if sink is not None:
        sink.flush()
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


class _Terminated(BaseException):
    """SIGTERM, raised where the program is so that it unwinds like Ctrl-C: temporary files go.

    A BaseException, as KeyboardInterrupt is: the pipeline's ``on_error="skip"``
    must not swallow it as a normalizer failure.
    """


class _Signals:
    """SIGINT and SIGTERM: each raises where the program is, and is also recorded.

    An exception a handler raises is lost when it lands in a finalizer (a generator the
    garbage collector closes prints "Exception ignored" and carries on); the record is
    not: the run checks it between batches and before it puts a file in place, so an
    interrupted run never completes as if nothing had happened.
    """

    def __init__(self) -> None:
        self.interrupted = False
        self.terminated = False
        self._previous: dict[int, Any] = {}

    def on_int(self, signum: int, frame: object) -> None:
        self.interrupted = True
        raise KeyboardInterrupt

    def on_term(self, signum: int, frame: object) -> None:
        self.terminated = True
        raise _Terminated

    def install(self) -> None:
        try:
            self._previous[signal.SIGTERM] = signal.signal(signal.SIGTERM, self.on_term)
            # Ctrl-C as Python has it, unless someone chose otherwise (SIG_IGN: nohup).
            if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
                self._previous[signal.SIGINT] = signal.signal(signal.SIGINT, self.on_int)
        except ValueError:  # not the main thread (main() called from a thread): leave signals alone
            pass

    def restore(self) -> None:
        for signum, previous in self._previous.items():
            if previous is not None:
                signal.signal(signum, previous)
        self._previous.clear()

    def raise_if_any(self) -> None:
        """Raise what a signal raised, in case its first raising was swallowed."""
        if self.terminated:
            raise _Terminated
        if self.interrupted:
            raise KeyboardInterrupt


def _run(
    args: argparse.Namespace,
    job: Job,
    jobs: int,
    sources: list[tuple[str, str | None]],
    sink: StreamSink | AtomicSink | None,
    stats: Stats,
    bar: Any,
    audit: Any = None,
    signals: "_Signals | None" = None,
) -> int:
    """Clean every input in order, writing to ``sink`` (or, with --in-place, to each file).

    ``audit`` (a :class:`textmend.report.Report`, with ``--report``) is fed
    every cleaned document or record, named as errors name it (FILE, or
    FILE:LINE for a record), with its file as the shard.
    """
    items = read_items(sources, args.jsonl, binary(sys.stdin, read=True), args.encoding, args.errors)
    results = ordered_map(partial(run_batch, job), batches(items), jobs)
    in_place: AtomicSink | None = None
    in_place_src = -1
    in_place_changed = False
    try:
        for outcomes in results:
            if signals is not None:
                signals.raise_if_any()
            for o in outcomes:
                if args.in_place and o.src != in_place_src:
                    if in_place is not None:
                        if signals is not None:
                            signals.raise_if_any()
                        in_place.commit() if in_place_changed else in_place.abort()
                    in_place_src, in_place_changed = o.src, False
                    path = sources[o.src][1]
                    assert path is not None
                    # Through a symlink to the file it points to, which is what gets cleaned.
                    target = os.path.realpath(path)
                    in_place = AtomicSink(target, refuse_hard_links=True) if not o.fatal else None
                if o.error is not None:
                    if o.fatal or not args.skip_bad:
                        _say(sink, o.error)
                        return EXIT_BAD_INPUT
                    stats.bad += 1
                    if not args.quiet:
                        _say(sink, f"{o.error}; passed through unchanged")
                stats.add(o)
                if bar is not None:
                    bar.update(o.nbytes)
                if audit is not None and o.result is not None:
                    audit.add(o.location, o.result, shard=sources[o.src][0], seconds=o.seconds)
                if o.changed and job.mode == "check" and audit is None:
                    # The answer is known; with --diff, --explain or --report, report everything first.
                    return EXIT_CHANGED
                in_place_changed = in_place_changed or o.changed or (args.add_edits and o.documents > 0)
                if o.out:
                    (in_place or sink).write(o.out)  # type: ignore[union-attr]
        if in_place is not None:
            if signals is not None:
                signals.raise_if_any()
            in_place.commit() if in_place_changed else in_place.abort()
            in_place = None
        return EXIT_CHANGED if args.check and stats.changed else EXIT_OK
    finally:
        if in_place is not None:
            in_place.abort()
        close = getattr(results, "close", None)
        if close is not None:
            close()  # stops the workers when we leave early


def main_entry() -> None:
    """Console-script entry point: ``textmend``.

    After SIGTERM, once the clean-up is done, the process dies of that signal
    as an uncaught one would have it, so that its parent sees what happened.
    """
    status = main()
    if status == EXIT_TERMINATED:
        sys.stdout.flush()
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGTERM)
    sys.exit(status)
