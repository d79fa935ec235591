"""The sessions shown in docs/cli.md are re-run here, so the doc cannot drift from the command.

The doc defines its input files with ``$ cat FILE`` (the lines after it are the
file) and ``$ printf '...' > FILE``.  Every ``$ textmend ...`` command, alone,
fed by ``echo "..." |`` or cut by ``| head -n N``, that reads only files the doc
defines (or a ``nosuch`` file, to show the error) is run through
``textmend.cli.main`` in a directory holding those files; what it prints on
standard output and standard error, in order, must be what the doc shows, and a
following ``$ echo $?`` must show its exit status.  Other commands (``od``,
``--in-place``, the 50 MB corpus) are left to the reader.
"""

from __future__ import annotations

import codecs
import io
import re
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from textmend.cli import main

DOC = Path(__file__).parent.parent / "docs" / "cli.md"
FILE_ARG = re.compile(r"[\w.-]+\.(?:txt|jsonl)")
MISSING_ON_PURPOSE = "nosuch"


@dataclass
class Session:
    line: int  # in the doc, for the test id
    command: str
    output: str  # what the doc shows, trailing blank lines dropped
    status: int | None = None  # from a following `$ echo $?`


def console_blocks(text: str) -> list[list[tuple[int, str]]]:
    """The numbered lines of every ```console block."""
    blocks, current = [], None
    for number, line in enumerate(text.splitlines(), 1):
        if current is None:
            if line.strip() == "```console":
                current = []
        elif line.strip() == "```":
            blocks.append(current)
            current = None
        else:
            current.append((number, line))
    return blocks


def sessions(text: str) -> list[Session]:
    found = []
    for block in console_blocks(text):
        for number, line in block:
            if line.startswith("$ "):
                found.append(Session(number, line[2:], ""))
            elif found and found[-1].line >= block[0][0]:
                found[-1].output += line + "\n"
    for session in found:
        session.output = session.output.rstrip("\n") + "\n" if session.output.strip() else ""
    for before, after in zip(found, found[1:]):
        if after.command.strip() == "echo $?":
            before.status = int(after.output)
    return found


def stages(command: str) -> list[list[str]]:
    """The commands of a pipeline, each as its words (quotes and comments handled as a shell would)."""
    lexer = shlex.shlex(command, posix=True, punctuation_chars="|>")
    lexer.whitespace_split = True
    words, result = list(lexer), [[]]
    for word in words:
        if word == "|":
            result.append([])
        else:
            result[-1].append(word)
    return result


def defined_files(all_sessions: list[Session]) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for session in all_sessions:
        words = stages(session.command)[0]
        if words[:1] == ["cat"] and len(words) == 2:
            files.setdefault(words[1], session.output.encode("utf-8"))
        elif words[:1] == ["printf"] and len(words) == 4 and words[2] == ">":
            files.setdefault(words[3], codecs.escape_decode(words[1].encode("utf-8"))[0])
    return files


@dataclass
class Run:
    argv: list[str]
    stdin: bytes
    head: int | None


def checkable(command: str, files: dict[str, bytes]) -> Run | None:
    """The run a doc command stands for, or None when it is not one this test can replay."""
    parts = stages(command)
    stdin = b""
    if len(parts) > 1 and parts[0][:1] == ["echo"] and len(parts[0]) == 2:
        stdin = parts.pop(0)[1].encode("utf-8") + b"\n"
    head = None
    if len(parts) == 2 and parts[1][:2] == ["head", "-n"] and len(parts[1]) == 3:
        head = int(parts.pop()[2])
    if len(parts) != 1 or parts[0][:1] != ["textmend"] or ">" in parts[0]:
        return None
    argv = parts[0][1:]
    if "-i" in argv or "--in-place" in argv:
        return None
    outputs = {argv[i + 1] for i, word in enumerate(argv[:-1]) if word in ("-o", "--output")}
    for word in argv:
        if FILE_ARG.fullmatch(word) and word not in outputs:
            if word not in files and not word.startswith(MISSING_ON_PURPOSE):
                return None
    return Run(argv, stdin, head)


ALL = sessions(DOC.read_text(encoding="utf-8"))
FILES = defined_files(ALL)
REPLAYED = [(s, run) for s in ALL if (run := checkable(s.command, FILES)) is not None]


def test_the_doc_defines_its_files_and_replays_most_sessions():
    """Guards the parser itself: a change of doc layout must not silently check nothing."""
    assert {"notes.txt", "corpus.jsonl", "broken.jsonl", "latin1.txt"} <= FILES.keys()
    assert len(REPLAYED) >= 15
    assert any(s.status not in (None, 0) for s, _ in REPLAYED)


@pytest.mark.parametrize(("session", "run"), REPLAYED, ids=[f"line{s.line}" for s, _ in REPLAYED])
def test_session(session, run, tmp_path, monkeypatch):
    for name, content in FILES.items():
        (tmp_path / name).write_bytes(content)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "80")  # argparse wraps the usage to the terminal width
    monkeypatch.delenv("NO_COLOR", raising=False)
    # One byte stream behind both standard output and standard error, so the
    # doc's interleaving (records, then the error that stopped the run) is checked too.
    shared = io.BytesIO()
    out = io.TextIOWrapper(shared, encoding="utf-8", write_through=True)
    err = io.TextIOWrapper(shared, encoding="utf-8", errors="backslashreplace", write_through=True)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(run.stdin), encoding="utf-8"))
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    try:
        status = main(run.argv)
    except SystemExit as exc:  # argparse's own usage errors
        status = exc.code
    finally:
        out.flush()
        err.flush()
    shown = shared.getvalue().decode("utf-8", errors="replace")
    if run.head is not None:
        shown = "".join(shown.splitlines(keepends=True)[: run.head])
    out.detach()
    err.detach()
    assert shown == session.output, f"docs/cli.md line {session.line}: $ {session.command}"
    if session.status is not None:
        assert status == session.status, f"docs/cli.md line {session.line}: exit status"
