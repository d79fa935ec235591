"""The installed command under real-world faults (issue 17): special files, short writes, JSON
it must not re-serialise, owners and links under --in-place, interrupts, encodings.

Each test drives ``python -m textmend`` in a subprocess, as a user's shell would,
and checks that nothing is lost or altered.  The damage is doubled spaces, and
most runs use ``--only whitespace``: the command is under test, not the normalizers.
"""

from __future__ import annotations

import codecs
import glob
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import textmend
from textmend import Pipeline, build

SRC = str(Path(textmend.__file__).resolve().parents[1])
DAMAGED = "They  said it  and left.  \nNext line\n"
CLEANED = "They said it and left.\nNext line\n"
LINE = "The quick  brown fox jumps over the lazy dog.\n"  # one doubled space a line
LINE_CLEANED = LINE.replace("  ", " ")
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
WHITESPACE = Pipeline([build("whitespace")])


def env(**extra: str) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    e["PYTHONPATH"] = SRC + os.pathsep + e.get("PYTHONPATH", "")
    e.update(extra)
    return e


def command(*argv: str) -> list[str]:
    return [sys.executable, "-m", "textmend", *argv]


def run(*argv: str, unbuffered: bool = False, **kw) -> subprocess.CompletedProcess:
    extra = {"PYTHONUNBUFFERED": "1"} if unbuffered else {}
    kw.setdefault("capture_output", True)
    return subprocess.run(command(*argv), env=env(**extra), timeout=120, **kw)


def temporaries(directory: Path) -> list[str]:
    return glob.glob(str(directory / ".*.textmend-tmp"))


# --------------------------------------------------------------------------- -o onto special files


def test_output_into_a_fifo_writes_into_it(tmp_path):
    src, fifo = tmp_path / "a.txt", tmp_path / "pipe"
    src.write_text(DAMAGED, encoding="utf-8")
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    done = run(str(src), "-o", str(fifo))
    reader.join(timeout=30)
    assert done.returncode == 0, done.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still a FIFO, not a file renamed over it
    assert received == [CLEANED.encode()]
    assert temporaries(tmp_path) == []


def test_output_onto_a_device_leaves_the_device(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(DAMAGED, encoding="utf-8")
    if AS_ROOT:  # a null device of our own: as root, the old command would have replaced the real one
        device = tmp_path / "null"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    else:
        device = Path(os.devnull)
    done = run(str(src), "-o", str(device))
    assert done.returncode == 0, done.stderr
    assert stat.S_ISCHR(os.stat(device).st_mode)
    assert temporaries(tmp_path) == []


def test_output_through_a_symlink_writes_its_target(tmp_path):
    src, target, link = tmp_path / "a.txt", tmp_path / "target.txt", tmp_path / "link.txt"
    src.write_text(DAMAGED, encoding="utf-8")
    target.write_text("old\n", encoding="utf-8")
    link.symlink_to(target)
    assert run(str(src), "-o", str(link)).returncode == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text(encoding="utf-8") == CLEANED


@pytest.mark.parametrize("path", ["/dev/stdout", "/proc/self/fd/1"])
def test_output_to_dev_stdout_appends_where_the_shell_points(tmp_path, path):
    src, log = tmp_path / "a.txt", tmp_path / "log.txt"
    src.write_text(DAMAGED, encoding="utf-8")
    log.write_text("earlier\n", encoding="utf-8")
    with open(log, "ab") as out:  # the shell's >>
        done = run(str(src), "-o", path, stdout=out, stderr=subprocess.PIPE, capture_output=False)
    assert done.returncode == 0, done.stderr
    assert log.read_text(encoding="utf-8") == "earlier\n" + CLEANED


def test_output_to_dev_stdout_on_a_pipe():
    done = run("-o", "/dev/stdout", input=DAMAGED.encode())
    assert (done.returncode, done.stdout) == (0, CLEANED.encode())


def test_output_onto_a_directory_is_a_usage_error_before_any_work(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9\n")  # bad input: were it read, the run would end in status 3
    done = run(str(bad), "-o", str(tmp_path))
    assert done.returncode == 2
    assert b"is a directory" in done.stderr
    assert temporaries(tmp_path.parent) == [] and temporaries(tmp_path) == []


# --------------------------------------------------------------------------- short writes


def big_file(tmp_path: Path, lines: int = 40_000) -> Path:
    f = tmp_path / "big.txt"
    f.write_text(LINE * lines, encoding="utf-8")  # 1.8 MB
    return f


def limited(limit_kb: int, *argv: str, cwd: Path, unbuffered: bool, stdout_to: str | None) -> subprocess.CompletedProcess:
    """The command under `ulimit -f` (in KiB), its standard output redirected to a file by the shell."""
    redirect = f" > {stdout_to}" if stdout_to else ""
    script = f"ulimit -f {limit_kb}; exec " + " ".join(map(shlex_quote, command(*argv))) + redirect
    extra = {"PYTHONUNBUFFERED": "1"} if unbuffered else {}
    return subprocess.run(["bash", "-c", script], env=env(**extra), cwd=cwd, capture_output=True, timeout=120)


def shlex_quote(word: str) -> str:
    import shlex

    return shlex.quote(word)


@pytest.mark.parametrize("unbuffered", [True, False], ids=["PYTHONUNBUFFERED", "buffered"])
@pytest.mark.parametrize("jsonl", [False, True], ids=["text", "jsonl"])
def test_a_short_write_to_stdout_fails_with_one_line(tmp_path, unbuffered, jsonl):
    if jsonl:
        src = tmp_path / "big.jsonl"
        src.write_text("".join(json.dumps({"id": i, "text": LINE}) + "\n" for i in range(40_000)), encoding="utf-8")
        argv = ["--jsonl", "--only", "whitespace", str(src)]
    else:
        argv = ["--only", "whitespace", str(big_file(tmp_path))]
    done = limited(200, *argv, cwd=tmp_path, unbuffered=unbuffered, stdout_to="out.txt")
    err = done.stderr.decode()
    assert done.returncode == 3, err
    assert err.count("\n") == 1 and err.startswith("textmend: cannot write standard output: "), err


@pytest.mark.parametrize("unbuffered", [True, False], ids=["PYTHONUNBUFFERED", "buffered"])
def test_a_short_write_to_an_output_file_leaves_it_as_it_was(tmp_path, unbuffered):
    src = big_file(tmp_path)
    (tmp_path / "out.txt").write_text("previous\n", encoding="utf-8")
    done = limited(200, "--only", "whitespace", str(src), "-o", "out.txt", cwd=tmp_path, unbuffered=unbuffered, stdout_to=None)
    err = done.stderr.decode()
    assert done.returncode == 3
    assert err.count("\n") == 1 and err.startswith("textmend: cannot write ") and "out.txt" in err, err
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == "previous\n"
    assert temporaries(tmp_path) == []


def test_in_place_error_names_the_input_not_the_temporary_file(tmp_path):
    src = big_file(tmp_path)
    before = src.read_bytes()
    done = limited(200, "--only", "whitespace", "-i", str(src), cwd=tmp_path, unbuffered=False, stdout_to=None)
    err = done.stderr.decode()
    assert done.returncode == 3
    assert err == f"textmend: cannot write {src}: File too large\n"
    assert src.read_bytes() == before and temporaries(tmp_path) == []


def test_a_non_blocking_stdout_loses_nothing(tmp_path):
    n = 20_000
    src = tmp_path / "c.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": LINE}) + "\n" for i in range(n)), encoding="utf-8")
    read_end, write_end = os.pipe()
    os.set_blocking(write_end, False)  # shared by the child: its writes fail with EAGAIN when the pipe is full
    child = subprocess.Popen(
        command("--jsonl", "--only", "whitespace", str(src)),
        env=env(PYTHONUNBUFFERED="1"),
        stdout=write_end,
        stderr=subprocess.PIPE,
    )
    os.close(write_end)
    chunks = []
    time.sleep(0.5)  # a late, slow reader, so that the pipe fills up and stays full
    with os.fdopen(read_end, "rb", buffering=0) as reader:
        while chunk := reader.read(4096):
            chunks.append(chunk)
            time.sleep(0.001)
    err = child.stderr.read()
    child.wait(timeout=120)
    lines = b"".join(chunks).decode().splitlines()
    assert child.returncode == 0, err
    assert len(lines) == n and json.loads(lines[-1]) == {"id": n - 1, "text": LINE_CLEANED}


@pytest.mark.parametrize("unbuffered", [True, False], ids=["PYTHONUNBUFFERED", "buffered"])
def test_sigpipe_gives_141(tmp_path, unbuffered):
    src = tmp_path / "c.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": LINE * 3}) + "\n" for i in range(30_000)), encoding="utf-8")
    extra = {"PYTHONUNBUFFERED": "1"} if unbuffered else {}
    producer = subprocess.Popen(
        command("--jsonl", "--only", "whitespace", str(src)), env=env(**extra), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    head = subprocess.Popen(["head", "-n", "1"], stdin=producer.stdout, stdout=subprocess.PIPE)
    producer.stdout.close()
    first, _ = head.communicate(timeout=60)
    err = producer.stderr.read()
    producer.wait(timeout=60)
    assert json.loads(first)["id"] == 0
    assert (producer.returncode, err) == (141, b"")


# --------------------------------------------------------------------------- JSONL: only the field changes


ODD = (
    '{"id": 1e400, "long": 1.00000000000000000001, "big": 1E5, "neg": -0, "dup": 1, "dup": 2, '
    '"url": "http:\\/\\/x.test\\/a", "sep": "\\u2028", "text": "a  b\\u2028c  d"}'
)


def expected_after(line: str, old_value: str, field: str = "text") -> str:
    """``line`` with just the JSON string ``old_value`` replaced by its cleaned form (escaped as a reader needs)."""
    new = WHITESPACE(json.loads(old_value))
    token = json.dumps(new, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    assert line.count(old_value) == 1
    return line.replace(old_value, token)


def test_jsonl_only_the_field_bytes_change(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text(ODD + "\n", encoding="utf-8")
    done = run("--jsonl", "--only", "whitespace", str(f))
    out = done.stdout.decode()
    assert done.returncode == 0, done.stderr
    assert out == expected_after(ODD, '"a  b\\u2028c  d"') + "\n"
    assert "\u2028" not in out and "Infinity" not in out


def test_jsonl_dotted_field_only_its_bytes_change(tmp_path):
    line = '{"body": {"n": 1E5, "text": "a  b", "z": -0.0}, "text": "x  y", "f": 1.10}'
    f = tmp_path / "c.jsonl"
    f.write_text(line + "\r\n", encoding="utf-8")
    out = run("--jsonl", "--only", "whitespace", "--field", "body.text", str(f)).stdout.decode()
    assert out == expected_after(line, '"a  b"') + "\r\n"


def test_jsonl_duplicate_field_the_last_copy_is_the_one_cleaned(tmp_path):
    line = '{"text": "first  copy", "id": 1, "text": "a  b"}'  # a JSON reader keeps the last
    f = tmp_path / "c.jsonl"
    f.write_text(line + "\n", encoding="utf-8")
    out = run("--jsonl", "--only", "whitespace", str(f)).stdout.decode()
    assert out == '{"text": "first  copy", "id": 1, "text": "a b"}\n'


def test_jsonl_new_line_separators_in_the_text_are_escaped(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"text": "a  b\u2029c"}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = run("--jsonl", "--only", "whitespace", str(f)).stdout
    assert "\u2029".encode() not in out and json.loads(out)["text"] == WHITESPACE("a  b\u2029c")


def test_jsonl_add_edits_keeps_the_other_bytes(tmp_path):
    plain = '{"n": 1E5, "text": "a  b", "x": -0}'
    existing = '{"edits":"old","n":1E5,"text":"a  b"}'
    f = tmp_path / "c.jsonl"
    f.write_text(plain + "\n" + existing + "\n", encoding="utf-8")
    first, second = run("--jsonl", "--only", "whitespace", "--add-edits", str(f)).stdout.decode().splitlines()
    assert first.startswith('{"n": 1E5, "text": "a b", "x": -0, "edits": [{"start": 1, ')
    assert second.startswith('{"edits":[{"start":1,') and second.endswith('}],"n":1E5,"text":"a b"}')
    assert json.loads(second)["edits"][0]["old"] == "  "


# --------------------------------------------------------------------------- --in-place keeps what it found


needs_root = pytest.mark.skipif(not AS_ROOT, reason="changing owners needs root")


@needs_root
def test_in_place_keeps_owner_group_and_mode(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(DAMAGED, encoding="utf-8")
    os.chown(f, 1234, 5678)
    os.chmod(f, 0o4751)  # set-user-ID on a file of another owner: kept, since that owner is kept
    assert run("-i", str(f)).returncode == 0
    st = os.stat(f)
    assert f.read_text(encoding="utf-8") == CLEANED
    assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (1234, 5678, 0o4751)


@needs_root
def test_in_place_never_gives_set_id_bits_to_another_owner(tmp_path, monkeypatch, capsysbinary):
    # A user who may write someone else's file cannot give the new file that
    # owner (chown is refused, simulated here where the system refuses it): the
    # new file is the user's, and must not carry the set-user/group-ID bits.
    from textmend.cli import main

    def refuse(*args):
        raise PermissionError(1, "Operation not permitted")

    f = tmp_path / "a.txt"
    f.write_text(DAMAGED, encoding="utf-8")
    os.chown(f, 4321, 4321)
    os.chmod(f, 0o6755)
    monkeypatch.setattr(os, "fchown", refuse)
    assert main(["-i", str(f)]) == 0
    st = os.stat(f)
    assert f.read_text(encoding="utf-8") == CLEANED
    assert st.st_uid == os.geteuid() and stat.S_IMODE(st.st_mode) == 0o755


def test_in_place_refuses_a_file_with_hard_links(tmp_path):
    f, other = tmp_path / "a.txt", tmp_path / "other-name.txt"
    f.write_text(DAMAGED, encoding="utf-8")
    os.link(f, other)
    done = run("-i", str(f))
    assert done.returncode == 3
    err = done.stderr.decode()
    assert err.count("\n") == 1 and str(f) in err and "hard links" in err
    assert f.read_text(encoding="utf-8") == other.read_text(encoding="utf-8") == DAMAGED
    assert os.stat(f).st_ino == os.stat(other).st_ino and temporaries(tmp_path) == []
    g = tmp_path / "clean.txt"  # nothing to change: no reason to refuse
    g.write_text(CLEANED, encoding="utf-8")
    os.link(g, tmp_path / "clean-link.txt")
    assert run("-i", str(g)).returncode == 0


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize(
    ("sig", "jobs"), [(signal.SIGTERM, "1"), (signal.SIGTERM, "2"), (signal.SIGINT, "1")], ids=["TERM", "TERM-j2", "INT"]
)
def test_an_interrupted_in_place_run_leaves_no_temporary_file(tmp_path, sig, jobs):
    f = tmp_path / "c.jsonl"
    f.write_text("".join(json.dumps({"id": i, "text": LINE * 4}) + "\n" for i in range(60_000)), encoding="utf-8")
    before = f.read_bytes()
    child = subprocess.Popen(
        command("--jsonl", "-j", jobs, "-i", str(f)),
        env=env(PYTHONFAULTHANDLER="1"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # Ctrl-C as a terminal delivers it: a test runner started in the background without job
        # control (or under nohup) passes SIGINT ignored to its children, and the command rightly
        # keeps an ignored SIGINT ignored (test_an_ignored_ctrl_c_stays_ignored), which is not what this test asks.
        preexec_fn=_default_sigint,
    )
    deadline = time.monotonic() + 120
    while not temporaries(tmp_path) and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    assert child.poll() is None, "the run ended before it could be interrupted"
    child.send_signal(sig)
    try:
        _, err = child.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        # Should it ever hang again, say where: faulthandler prints every thread on SIGABRT.
        child.send_signal(signal.SIGABRT)
        _, err = child.communicate(timeout=60)
        pytest.fail("the interrupted run did not stop; where its threads were:\n" + err.decode(errors="replace"))
    assert child.returncode == (-signal.SIGTERM if sig == signal.SIGTERM else 130), err
    assert b"Traceback" not in err
    assert temporaries(tmp_path) == [] and f.read_bytes() == before


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_jsonl_in_utf16_and_utf32_is_split_after_decoding(tmp_path, codec):
    family = codec[:6]
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(codec) or (
        codecs.BOM_UTF32_LE if codec == "utf-32-le" else codecs.BOM_UTF32_BE
    )
    # Ċ is 0x010A: in UTF-16 one of its bytes is 0x0A, which is no line feed.
    records = [{"id": i, "text": f"Ċity  {i} and\u00a0more"} for i in range(5)]
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    f = tmp_path / "c.jsonl"
    f.write_bytes(bom + text.encode(codec))
    done = run("--jsonl", "--only", "whitespace", "--encoding", family, str(f))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(bom)  # the same mark, so the same byte order
    got = [json.loads(x) for x in done.stdout[len(bom) :].decode(codec).splitlines()]
    assert got == [{"id": r["id"], "text": WHITESPACE(r["text"])} for r in records]


def test_jsonl_in_utf16_names_an_undecodable_line(tmp_path):
    f = tmp_path / "c.jsonl"
    good = json.dumps({"text": "a  b"}).encode("utf-16-le")
    f.write_bytes(codecs.BOM_UTF16_LE + good + "\n".encode("utf-16-le") + b'{\x00"\x00\x00\xd8"\x00}\x00\n\x00')
    done = run("--jsonl", "--encoding", "utf-16", str(f))
    assert done.returncode == 3
    assert done.stderr.decode().startswith(f"{f}:2: not valid utf-16")
    assert done.stdout == codecs.BOM_UTF16_LE + json.dumps({"text": "a b"}).encode("utf-16-le") + "\n".encode("utf-16-le")


@pytest.mark.parametrize("bom,codec", [(codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF16_LE, "utf-16-le"), (b"", "utf-16-le")])
def test_a_utf16_document_keeps_its_byte_order_and_mark(tmp_path, bom, codec):
    f = tmp_path / "a.txt"
    f.write_bytes(bom + DAMAGED.encode(codec))
    done = run("--encoding", "utf-16", str(f))
    assert done.returncode == 0, done.stderr
    assert done.stdout == bom + CLEANED.encode(codec)


def test_utf8_sig_adds_no_mark_the_input_lacked(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_bytes(b'{"text": "a  b"}\n{"text": "c  d"}\n')
    assert run("--jsonl", "--encoding", "utf-8-sig", str(f)).stdout == b'{"text": "a b"}\n{"text": "c d"}\n'


# --------------------------------------------------------------------------- smaller


@pytest.mark.parametrize("lang", ["tlh", "xx", "zz-ZZ"])
def test_an_unknown_language_is_a_usage_error(lang, capsys):
    # In process: a usage error is found before any input is read, as the subprocess tests show for -o.
    from textmend.cli import main

    assert main(["--lang", lang, os.devnull]) == 2
    assert f"--lang {lang}" in capsys.readouterr().err


@pytest.mark.parametrize("lang", ["pt-BR", "en_GB", "de"])
def test_a_known_language_with_a_region_is_fine(lang, capsys):
    from textmend.cli import main

    assert main(["--lang", lang, os.devnull]) == 0


def test_list_into_a_closed_pipe_is_quiet():
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the command writes a byte
    child = subprocess.Popen(command("--list"), env=env(), stdout=write_end, stderr=subprocess.PIPE)
    os.close(write_end)
    _, err = child.communicate(timeout=120)
    assert (child.returncode, err) == (141, b"")


# --------------------------------------------------------------------------- signals recorded


def test_a_signal_whose_exception_was_swallowed_still_stops_the_run():
    # A handler's exception raised inside a finalizer is printed and dropped by Python; the
    # record of the signal is what the run checks between batches and before a file goes in place.
    from textmend.cli.command import _Signals, _Terminated

    for signum, handler, exc in ((signal.SIGINT, "on_int", KeyboardInterrupt), (signal.SIGTERM, "on_term", _Terminated)):
        signals = _Signals()
        signals.raise_if_any()  # nothing arrived: nothing raised
        try:
            getattr(signals, handler)(signum, None)
        except exc:
            pass  # swallowed, as in a generator closed by the garbage collector
        with pytest.raises(exc):
            signals.raise_if_any()


def test_the_command_gives_back_the_signal_handlers_it_found(tmp_path):
    # main() called in a process that goes on (a notebook, a test) leaves Ctrl-C and SIGTERM as they were.
    from textmend.cli.command import main

    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    f = tmp_path / "a.txt"
    f.write_text("one  two\n", encoding="utf-8")
    assert main(["-o", str(tmp_path / "out.txt"), str(f)]) in (0, 1)
    assert (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)) == before


def test_an_ignored_ctrl_c_stays_ignored():
    # Started under nohup, or in the background by a shell without job control, the command
    # inherits SIGINT ignored: whoever started it chose that, so it does not take Ctrl-C back.
    from textmend.cli.command import _Signals

    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        signals = _Signals()
        signals.install()
        try:
            assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
            assert signal.getsignal(signal.SIGTERM) == signals.on_term
        finally:
            signals.restore()
    finally:
        signal.signal(signal.SIGINT, before)
