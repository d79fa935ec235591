"""The textmend command: main() in process for every option and error, the script in a subprocess.

The damage here is mostly doubled and trailing spaces: the command's behaviour,
not the normalizers', is under test (they have their own tests).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from growth import assert_grows_linearly

import textmend
from textmend import cli
from textmend.cli import jobs, reporting, work  # noqa: F401  (patched below as cli.jobs, cli.work...)
from textmend.cli import main

DATA = Path(__file__).parent / "data"
SRC = str(Path(textmend.__file__).resolve().parents[1])

SENTENCE = "The quick brown fox jumps over the lazy dog. "  # news-like, no repeated words
DAMAGED = "They  said it  and left.  \nNext line\n"
CLEANED = "They said it and left.\nNext line\n"


def record(i: int, text: str, **extra: object) -> str:
    return json.dumps({"id": i, "text": text, **extra}, ensure_ascii=False)


@pytest.fixture
def stdin(monkeypatch):
    def feed(data: bytes | str) -> None:
        raw = data.encode("utf-8") if isinstance(data, str) else data
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))

    return feed


def run(capsysbinary, *argv: str) -> tuple[int, bytes, str]:
    status = main(list(argv))
    captured = capsysbinary.readouterr()
    return status, captured.out, captured.err.decode("utf-8")


# --------------------------------------------------------------------------- files and streams


def test_file_to_stdout(tmp_path, capsysbinary):
    f = tmp_path / "a.txt"
    f.write_text(DAMAGED, encoding="utf-8")
    assert run(capsysbinary, str(f)) == (0, CLEANED.encode(), "")


def test_stdin_when_no_file_and_dash(stdin, capsysbinary):
    stdin(DAMAGED)
    assert run(capsysbinary)[:2] == (0, CLEANED.encode())
    stdin(DAMAGED)
    assert run(capsysbinary, "-")[:2] == (0, CLEANED.encode())


def test_several_files_concatenate_in_order(tmp_path, capsysbinary):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("one  two\n", encoding="utf-8")
    b.write_text("three  four\n", encoding="utf-8")
    assert run(capsysbinary, str(a), str(b))[1] == b"one two\nthree four\n"


def test_clean_text_passes_byte_for_byte(tmp_path, capsysbinary):
    text = "iPhone sales rose 3.14% at 4:00pm, e.g. in the U.S.\r\n\u00e9t\u00e9 \u4e2d\u6587\n"
    f = tmp_path / "clean.txt"
    f.write_bytes(text.encode("utf-8"))
    assert run(capsysbinary, str(f))[1] == text.encode("utf-8")


def test_windows_line_endings_survive(tmp_path, capsysbinary):
    f = tmp_path / "crlf.txt"
    f.write_bytes(b"a  b  \r\nc\r\n")
    assert run(capsysbinary, str(f))[1] == b"a b\r\nc\r\n"


def test_output_file_is_written_atomically(tmp_path, capsysbinary):
    src, dst = tmp_path / "in.txt", tmp_path / "out.txt"
    src.write_text(DAMAGED, encoding="utf-8")
    assert run(capsysbinary, str(src), "-o", str(dst)) == (0, b"", "")
    assert dst.read_text(encoding="utf-8") == CLEANED
    assert src.read_text(encoding="utf-8") == DAMAGED
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt", "out.txt"]


def test_output_file_keeps_old_content_when_input_is_bad(tmp_path, capsysbinary):
    good, bad, dst = tmp_path / "good.txt", tmp_path / "bad.txt", tmp_path / "out.txt"
    good.write_text(DAMAGED, encoding="utf-8")
    bad.write_bytes(b"caf\xe9\n")
    dst.write_text("previous run\n", encoding="utf-8")
    status, out, err = run(capsysbinary, str(good), str(bad), "-o", str(dst))
    assert status == 3
    assert dst.read_text(encoding="utf-8") == "previous run\n"
    assert "not written" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.txt", "good.txt", "out.txt"]


def test_output_onto_an_input_is_refused(tmp_path, capsysbinary):
    f = tmp_path / "a.txt"
    f.write_text(DAMAGED, encoding="utf-8")
    status, _, err = run(capsysbinary, str(f), "-o", str(f))
    assert status == 2 and "--in-place" in err
    assert f.read_text(encoding="utf-8") == DAMAGED


def test_in_place_rewrites_changed_files_only(tmp_path, capsysbinary):
    dirty, clean = tmp_path / "dirty.txt", tmp_path / "clean.txt"
    dirty.write_text(DAMAGED, encoding="utf-8")
    clean.write_text(CLEANED, encoding="utf-8")
    os.chmod(dirty, 0o640)
    os.utime(clean, (1_000_000, 1_000_000))
    assert run(capsysbinary, "--in-place", str(dirty), str(clean)) == (0, b"", "")
    assert dirty.read_text(encoding="utf-8") == CLEANED
    assert os.stat(dirty).st_mode & 0o777 == 0o640
    assert os.stat(clean).st_mtime == 1_000_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clean.txt", "dirty.txt"]


def test_in_place_leaves_a_bad_jsonl_file_untouched(tmp_path, capsysbinary):
    f = tmp_path / "c.jsonl"
    content = record(1, "a  b") + "\n{oops\n"
    f.write_text(content, encoding="utf-8")
    status, _, err = run(capsysbinary, "--in-place", "--jsonl", str(f))
    assert status == 3 and f"{f}:2: not valid JSON" in err
    assert f.read_text(encoding="utf-8") == content
    assert [p.name for p in tmp_path.iterdir()] == ["c.jsonl"]


@pytest.mark.parametrize(
    "argv",
    [
        ["--in-place"],
        ["--in-place", "-"],
        ["--in-place", "x.txt", "-o", "y.txt"],
        ["--in-place", "--diff", "x.txt"],
        ["--diff", "--explain"],
        ["--check", "-o", "y.txt"],
        ["--field", "body"],
        ["--add-edits"],
        ["--jobs", "-1"],
        ["--only", "nosuch"],
        ["--skip", "whitespace,nosuch"],
        ["--encoding", "no-such-codec"],
        ["--errors", "whatever"],
        ["--lang", "en glish"],
        ["--no-such-option"],
    ],
)
def test_usage_errors_exit_2(argv, capsysbinary):
    status, out, err = run(capsysbinary, *argv)
    assert status == 2 and out == b""
    assert "error" in err


# --------------------------------------------------------------------------- JSON lines


def test_jsonl_cleans_the_field_and_keeps_the_rest(tmp_path, capsysbinary):
    lines = [record(1, "a  b", url="https://x.test/a  b"), record(2, "already clean"), record(3, "c  d ", n=1.5)]
    f = tmp_path / "c.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, out, _ = run(capsysbinary, "--jsonl", str(f))
    got = out.decode("utf-8").splitlines()
    assert status == 0
    assert [json.loads(x) for x in got] == [
        {"id": 1, "text": "a b", "url": "https://x.test/a  b"},
        {"id": 2, "text": "already clean"},
        {"id": 3, "text": "c d", "n": 1.5},
    ]
    assert got[1] == lines[1]  # untouched records are copied as they were


def test_jsonl_unchanged_lines_are_byte_identical(tmp_path, capsysbinary):
    odd = '{ "text" :"fine",   "x": 1.10 }'  # spacing and number formatting a re-dump would change
    f = tmp_path / "c.jsonl"
    f.write_text(odd + "\n\n", encoding="utf-8")
    assert run(capsysbinary, "--jsonl", str(f))[1] == (odd + "\n\n").encode()


def test_jsonl_compact_style_and_crlf_are_kept(tmp_path, capsysbinary):
    f = tmp_path / "c.jsonl"
    f.write_bytes(b'{"id":1,"text":"a  b"}\r\n{"id":2,"text":"ok"}\r\n')
    assert run(capsysbinary, "--jsonl", str(f))[1] == b'{"id":1,"text":"a b"}\r\n{"id":2,"text":"ok"}\r\n'


def test_jsonl_nested_field(tmp_path, capsysbinary):
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"body": {"text": "a  b", "lang": "en"}, "text": "x  y"}) + "\n", encoding="utf-8")
    out = run(capsysbinary, "--jsonl", "--field", "body.text", str(f))[1]
    assert json.loads(out) == {"body": {"text": "a b", "lang": "en"}, "text": "x  y"}


def test_jsonl_add_edits(tmp_path, capsysbinary):
    f = tmp_path / "c.jsonl"
    f.write_text(record(1, "a  b") + "\n" + record(2, "ok") + "\n", encoding="utf-8")
    out = run(capsysbinary, "--jsonl", "--add-edits", str(f))[1]
    first, second = [json.loads(x) for x in out.decode().splitlines()]
    assert first["text"] == "a b"
    assert first["edits"] == [
        {
            "start": 1,
            "end": 3,
            "old": "  ",
            "new": " ",
            "normalizer": "whitespace",
            "reason": first["edits"][0]["reason"],
        }
    ]
    assert second["edits"] == []


def test_jsonl_from_stdin_keeps_order(stdin, capsysbinary):
    lines = [record(i, f"doc  {i}") for i in range(50)]
    stdin("\n".join(lines) + "\n")
    out = run(capsysbinary, "--jsonl")[1]
    assert [json.loads(x)["text"] for x in out.decode().splitlines()] == [f"doc {i}" for i in range(50)]


# --------------------------------------------------------------------------- reports


def test_diff(tmp_path, capsysbinary):
    f = tmp_path / "a.txt"
    f.write_text(DAMAGED, encoding="utf-8")
    status, out, _ = run(capsysbinary, "--diff", str(f))
    text = out.decode()
    assert status == 0
    assert text.startswith(f"--- {f}\n+++ {f}\n@@ -1,2 +1,2 @@\n")
    assert "-They  said it  and left.  \n+They said it and left.\n Next line\n" in text
    assert "\033[" not in text  # not a terminal: no color
    assert f.read_text(encoding="utf-8") == DAMAGED


def test_diff_relative_path_applies_with_patch_p1(tmp_path, capsysbinary, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(DAMAGED, encoding="utf-8")
    text = run(capsysbinary, "--diff", "a.txt")[1].decode()
    assert text.startswith("--- a/a.txt\n+++ b/a.txt\n")


def test_diff_color_and_clean_input(tmp_path, capsysbinary):
    f = tmp_path / "a.txt"
    f.write_text(DAMAGED, encoding="utf-8")
    text = run(capsysbinary, "--diff", "--color", "always", str(f))[1].decode()
    assert "\033[31m-They  said" in text and "\033[32m+They said" in text
    f.write_text(CLEANED, encoding="utf-8")
    assert run(capsysbinary, "--diff", str(f))[:2] == (0, b"")


def test_diff_jsonl_names_the_record(tmp_path, capsysbinary):
    f = tmp_path / "c.jsonl"
    f.write_text(record(1, "fine") + "\n" + record(2, "a  b") + "\n", encoding="utf-8")
    text = run(capsysbinary, "--jsonl", "--diff", str(f))[1].decode()
    assert text == f"--- {f}:2 text\n+++ {f}:2 text\n@@ -1 +1 @@\n-a  b\n+a b\n"


def test_explain(tmp_path, capsysbinary):
    f = tmp_path / "a.txt"
    f.write_text("ok\nThey  said it. \n", encoding="utf-8")
    status, out, _ = run(capsysbinary, "--explain", str(f))
    lines = out.decode().splitlines()
    assert status == 0 and len(lines) == 2
    assert lines[0].startswith(f"{f}:2:5 whitespace: '  ' -> ' ' (")
    assert lines[1].startswith(f"{f}:2:15 whitespace: ' ' -> '' (")


def test_explain_jsonl(tmp_path, capsysbinary):
    f = tmp_path / "c.jsonl"
    f.write_text(record(1, "ok") + "\n" + record(2, "line one\nx  y") + "\n", encoding="utf-8")
    out = run(capsysbinary, "--jsonl", "--explain", str(f))[1].decode()
    assert out.startswith(f"{f}:2 text:2:2 whitespace: '  ' -> ' ' (")


def test_check(tmp_path, capsysbinary):
    f = tmp_path / "a.txt"
    f.write_text(DAMAGED, encoding="utf-8")
    assert run(capsysbinary, "--check", str(f)) == (1, b"", "")
    f.write_text(CLEANED, encoding="utf-8")
    assert run(capsysbinary, "--check", str(f)) == (0, b"", "")


def test_check_with_diff_or_explain_reports_everything_then_fails(tmp_path, capsysbinary):
    f = tmp_path / "c.jsonl"
    f.write_text(record(1, "a  b") + "\n" + record(2, "c  d") + "\n", encoding="utf-8")
    status, out, _ = run(capsysbinary, "--jsonl", "--check", "--diff", str(f))
    assert status == 1 and out.decode().count("@@") == 4
    status, out, _ = run(capsysbinary, "--jsonl", "--check", "--explain", str(f))
    assert status == 1 and len(out.decode().splitlines()) == 2
    f.write_text(record(1, "fine") + "\n", encoding="utf-8")
    assert run(capsysbinary, "--jsonl", "--check", "--diff", str(f))[:2] == (0, b"")


def test_check_jsonl(tmp_path, capsysbinary):
    f = tmp_path / "c.jsonl"
    f.write_text(record(1, "ok") + "\n" + record(2, "a  b") + "\n", encoding="utf-8")
    assert run(capsysbinary, "--jsonl", "--check", str(f)) == (1, b"", "")


# --------------------------------------------------------------------------- choosing normalizers


def test_only_and_skip(tmp_path, capsysbinary):
    f = tmp_path / "a.txt"
    f.write_text(DAMAGED, encoding="utf-8")
    assert run(capsysbinary, "--skip", "whitespace", str(f))[1] == DAMAGED.encode()
    assert run(capsysbinary, "--only", "invisible,mojibake", str(f))[1] == DAMAGED.encode()
    assert run(capsysbinary, "--only", "whitespace", str(f))[1] == CLEANED.encode()
    assert run(capsysbinary, "--only", "invisible", "--only", "whitespace", str(f))[1] == CLEANED.encode()


class Shout(textmend.Normalizer):
    """An opt-in normalizer for the tests: upper-cases every "a"."""

    name = "shout"
    summary = "upper-case a (test only)"

    def find_edits(self, text):
        return [self.edit(text, i, i + 1, "A", "shout") for i, ch in enumerate(text) if ch == "a"]


def test_opt_in_normalizers_with_add_and_only(tmp_path, capsysbinary, monkeypatch):
    monkeypatch.setitem(textmend.registry.NORMALIZERS, "shout", f"{__name__}:Shout")
    f = tmp_path / "a.txt"
    f.write_text("a  b\n", encoding="utf-8")
    assert run(capsysbinary, str(f))[1] == b"a b\n"  # not in the default pipeline
    assert run(capsysbinary, "--add", "shout", str(f))[1] == b"A b\n"
    assert run(capsysbinary, "--only", "shout", str(f))[1] == b"A  b\n"
    assert "shout" in run(capsysbinary, "--list")[1].decode()


def test_lang(tmp_path, capsysbinary):
    f = tmp_path / "a.txt"
    f.write_text("Il a dit  oui.\n", encoding="utf-8")
    assert run(capsysbinary, "--lang", "fr", str(f))[1] == b"Il a dit oui.\n"


def test_list(capsysbinary):
    status, out, _ = run(capsysbinary, "--list")
    lines = out.decode().splitlines()
    assert status == 0
    names = [line.split()[0] for line in lines]
    assert names[: len(textmend.DEFAULT_ORDER)] == list(textmend.DEFAULT_ORDER)  # default order first
    assert sorted(names) == sorted(textmend.NORMALIZERS)  # then the opt-in ones
    for line in lines:
        name = line.split()[0]
        assert textmend.registry.normalizer_class(name).summary in line


def test_version(capsys):
    assert main(["--version"]) == 0
    assert textmend.__version__ in capsys.readouterr().out


# --------------------------------------------------------------------------- errors


def test_bad_json_line_in_the_middle(tmp_path, capsysbinary):
    f = tmp_path / "corpus.jsonl"
    lines = [record(1, "a  b"), record(2, "c"), '{"id": 3, "text": "unterminated', record(4, "d  e")]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, out, err = run(capsysbinary, "--jsonl", str(f))
    assert status == 3
    assert err.startswith(f"{f}:3: not valid JSON")
    assert len(err.splitlines()) == 1
    # everything before the bad line is written, whole
    assert out.decode() == record(1, "a b") + "\n" + lines[1] + "\n"


def test_skip_bad_passes_bad_lines_through(tmp_path, capsysbinary):
    f = tmp_path / "corpus.jsonl"
    lines = [record(1, "a  b"), "not json", '{"id": 3}', "[1, 2]", '{"text": null}', record(6, "d  e")]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, out, err = run(capsysbinary, "--jsonl", "--skip-bad", "--stats", str(f))
    assert status == 0
    assert out.decode().splitlines() == [record(1, "a b"), *lines[1:5], record(6, "d e")]
    assert f"{f}:2: not valid JSON" in err
    assert f'{f}:3: field "text" missing' in err
    assert f"{f}:4: not a JSON object" in err
    assert f'{f}:5: field "text" is null, not a string' in err
    assert "4 bad lines passed through unchanged" in err
    status, _, err = run(capsysbinary, "--jsonl", "--skip-bad", "--quiet", str(f))
    assert status == 0 and err == ""


def test_missing_field(tmp_path, capsysbinary):
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"body": "x"}) + "\n", encoding="utf-8")
    status, out, err = run(capsysbinary, "--jsonl", str(f))
    assert (status, out) == (3, b"")
    assert err == f'{f}:1: field "text" missing\n'


def test_not_utf8_jsonl_line(tmp_path, capsysbinary):
    f = tmp_path / "c.jsonl"
    f.write_bytes(record(1, "a  b").encode() + b'\n{"text": "caf\xe9"}\n')
    status, out, err = run(capsysbinary, "--jsonl", str(f))
    assert status == 3 and err.startswith(f"{f}:2: not UTF-8")
    assert out.decode() == record(1, "a b") + "\n"


def test_not_utf8_text_file_and_overrides(tmp_path, capsysbinary):
    f = tmp_path / "latin.txt"
    f.write_bytes(b"ok\ncaf\xe9  au lait\n")
    status, out, err = run(capsysbinary, str(f))
    assert (status, out) == (3, b"")
    assert err.startswith(f"{f}:2: not UTF-8 (byte 0xe9 at column 4)")
    assert run(capsysbinary, "--encoding", "latin-1", str(f))[1] == b"ok\ncaf\xe9 au lait\n"
    assert run(capsysbinary, "--errors", "replace", str(f))[1] == "ok\ncaf\ufffd au lait\n".encode()
    # An undecodable byte survives the whole pipeline as a lone surrogate and is written back.
    assert run(capsysbinary, "--errors", "surrogateescape", str(f))[1] == b"ok\ncaf\xe9 au lait\n"
    status, out, err = run(capsysbinary, "--skip-bad", str(f))
    assert (status, out) == (0, f.read_bytes()) and "passed through unchanged" in err


@pytest.mark.parametrize("make", ["missing", "directory"])
def test_unreadable_file(tmp_path, capsysbinary, make):
    good = tmp_path / "good.txt"
    good.write_text(DAMAGED, encoding="utf-8")
    bad = tmp_path / "nope"
    if make == "directory":
        bad.mkdir()
    status, out, err = run(capsysbinary, str(good), str(bad), "--skip-bad")
    assert status == 3
    assert out == CLEANED.encode()  # the file before it is written
    assert err.startswith(f"{bad}: cannot read:")


def test_huge_single_line(tmp_path, capsysbinary):
    chunk = SENTENCE * 8_000
    text = chunk + " " + chunk + " " + chunk  # one 1.1 MB line with two doubled spaces
    fixed = chunk + chunk + chunk.rstrip()
    f = tmp_path / "big.txt"
    f.write_text(text, encoding="utf-8")
    assert run(capsysbinary, str(f))[1] == fixed.encode()
    j = tmp_path / "big.jsonl"
    j.write_text(record(1, text) + "\n", encoding="utf-8")
    out = run(capsysbinary, "--jsonl", str(j))[1]
    assert json.loads(out)["text"] == fixed


def test_broken_pipe_in_process_is_quiet(tmp_path, capsysbinary, monkeypatch):
    class Closed(io.RawIOBase):
        def writable(self):
            return True

        def write(self, b):
            raise BrokenPipeError

    f = tmp_path / "a.txt"
    f.write_text(DAMAGED, encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BufferedWriter(Closed(), buffer_size=1)))
    assert main([str(f)]) == 141


# --------------------------------------------------------------------------- summary, progress


def test_stats_summary_goes_to_stderr(tmp_path, capsysbinary):
    f = tmp_path / "c.jsonl"
    f.write_text(record(1, "a  b  c") + "\n" + record(2, "ok") + "\n", encoding="utf-8")
    status, out, err = run(capsysbinary, "--jsonl", "--stats", str(f))
    assert json.loads(out.decode().splitlines()[0])["text"] == "a b c"
    assert err == "textmend: 2 records, 9 characters, 1 changed, 2 edits: whitespace 2\n"


def test_no_summary_or_bar_off_a_terminal(tmp_path, capsysbinary, monkeypatch):
    monkeypatch.setattr(cli.reporting, "progress_bar", lambda total: pytest.fail("no bar off a terminal"))
    f = tmp_path / "a.txt"
    f.write_text(DAMAGED, encoding="utf-8")
    assert run(capsysbinary, str(f), "-o", str(tmp_path / "o.txt"))[2] == ""


class FakeTty(io.StringIO):
    def isatty(self):
        return True


def test_bar_and_summary_on_a_terminal(tmp_path, capsysbinary, monkeypatch):
    updates: list[int] = []

    class Bar:
        def update(self, n):
            updates.append(n)

        def close(self):
            updates.append(-1)

    totals = []
    monkeypatch.setattr(cli.reporting, "progress_bar", lambda total: totals.append(total) or Bar())
    err = FakeTty()
    monkeypatch.setattr(sys, "stderr", err)
    f = tmp_path / "a.txt"
    f.write_text(DAMAGED, encoding="utf-8")
    assert main([str(f), "-o", str(tmp_path / "o.txt")]) == 0
    assert totals == [len(DAMAGED)] and updates == [len(DAMAGED), -1]
    assert err.getvalue().startswith("textmend: 1 document, ")
    err.truncate(0)
    monkeypatch.setattr(cli.reporting, "progress_bar", lambda total: pytest.fail("--quiet shows no bar"))
    assert main([str(f), "-o", str(tmp_path / "o.txt"), "--quiet"]) == 0
    assert err.getvalue().strip("\x00") == ""


def test_tqdm_is_imported_lazily():
    code = "import sys, textmend.cli; print('tqdm' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], env=_env(), capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --------------------------------------------------------------------------- jobs


def test_ordered_map_reads_its_input_lazily():
    pulled = []

    def tasks():
        for i in range(1000):
            pulled.append(i)
            yield i

    results = cli.jobs.ordered_map(abs, tasks(), jobs=2, in_flight=4)
    assert next(results) == 0
    assert len(pulled) <= 5  # the window, not the stream
    assert list(results) == list(range(1, 1000))


def test_jobs_gives_the_same_output_in_order(tmp_path, capsysbinary, monkeypatch):
    monkeypatch.setattr(cli.work, "BATCH_ITEMS", 7)  # many batches from a small file
    docs = [json.loads(x) for x in (DATA / "news-dev.jsonl").read_text(encoding="utf-8").splitlines()]
    lines = [json.dumps({**d, "text": d["text"].replace(". ", ".  ", 2)}, ensure_ascii=False) for d in docs]
    f = tmp_path / "c.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    serial = run(capsysbinary, "--jsonl", "-j", "1", str(f))[1]
    parallel = run(capsysbinary, "--jsonl", "-j", "2", str(f))[1]
    every_core = run(capsysbinary, "--jsonl", "-j", "0", str(f))[1]
    assert serial == parallel == every_core
    assert [json.loads(x)["id"] for x in parallel.decode().splitlines()] == [d["id"] for d in docs]
    assert b".  " not in serial.replace(b".  .", b"")  # the injected doubles are gone


def test_jobs_over_documents_and_errors_in_order(tmp_path, capsysbinary):
    files = []
    for i in range(5):
        f = tmp_path / f"{i}.txt"
        f.write_text(f"doc  {i}\n", encoding="utf-8")
        files.append(str(f))
    (tmp_path / "3.txt").write_bytes(b"\xff\n")
    status, out, err = run(capsysbinary, "-j", "2", *files)
    assert status == 3 and out == b"doc 0\ndoc 1\ndoc 2\n"
    assert err.startswith(f"{files[3]}:1: not UTF-8")


# --------------------------------------------------------------------------- the script


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = SRC + os.pathsep + env.get("PYTHONPATH", "")
    return env


def script(*argv: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "textmend", *argv], env=_env(), capture_output=True, **kw)


def test_script_cleans_stdin_and_files(tmp_path):
    assert script(input=DAMAGED.encode()).stdout == CLEANED.encode()
    f = tmp_path / "a.txt"
    f.write_text(DAMAGED, encoding="utf-8")
    done = script(str(f), "--explain")
    assert done.returncode == 0 and done.stdout.decode().count("whitespace") == 3


def test_script_exit_statuses(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text(record(1, "a  b") + "\nnot json\n", encoding="utf-8")
    done = script("--jsonl", str(f))
    assert done.returncode == 3
    assert done.stderr.decode() == f"{f}:2: not valid JSON (Expecting value: column 1)\n"
    assert script("--jsonl", "--check", str(f)).returncode == 1
    assert script("--bogus").returncode == 2
    assert script(str(tmp_path / "missing.txt")).returncode == 3
    assert script("--list").stdout.decode().startswith("invisible")


def test_script_broken_pipe_is_quiet(tmp_path):
    f = tmp_path / "big.jsonl"
    f.write_text(
        (record(1, "a  b " + SENTENCE * 30) + "\n") * 5000, encoding="utf-8"
    )  # 7.5 MB, far beyond a pipe buffer
    producer = subprocess.Popen(
        [sys.executable, "-m", "textmend", "--jsonl", str(f)],
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    head = subprocess.Popen(["head", "-n", "1"], stdin=producer.stdout, stdout=subprocess.PIPE)
    producer.stdout.close()
    first, _ = head.communicate(timeout=60)
    err = producer.stderr.read()
    producer.wait(timeout=60)
    assert json.loads(first)["text"].startswith("a b The quick")
    assert err == b""
    assert producer.returncode == 141


def test_unwritable_output(tmp_path, capsysbinary):
    f = tmp_path / "a.txt"
    f.write_text(DAMAGED, encoding="utf-8")
    status, _, err = run(capsysbinary, str(f), "-o", str(tmp_path / "no" / "such" / "dir.txt"))
    assert status == 2 and "cannot write" in err


def test_in_place_in_a_read_only_directory(tmp_path, capsysbinary, monkeypatch):
    # Root writes anywhere (CI runs as root), so the refusal is simulated where the
    # operating system would raise it: creating the temporary file beside the target.
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", kwargs.get("dir"))

    f = tmp_path / "a.txt"
    f.write_text(DAMAGED, encoding="utf-8")
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    status, _, err = run(capsysbinary, "--in-place", str(f))
    assert status == 3 and "cannot write" in err
    assert f.read_text(encoding="utf-8") == DAMAGED


def test_jobs_under_spawn(tmp_path, capsysbinary, monkeypatch):
    import multiprocessing

    real = multiprocessing.get_context
    monkeypatch.setattr(multiprocessing, "get_context", lambda method=None: real("spawn"))
    f = tmp_path / "c.jsonl"
    f.write_text("".join(record(i, f"doc  {i}") + "\n" for i in range(20)), encoding="utf-8")
    out = run(capsysbinary, "--jsonl", "-j", "2", str(f))[1]
    assert [json.loads(x)["text"] for x in out.decode().splitlines()] == [f"doc {i}" for i in range(20)]


def test_in_place_through_a_symlink_rewrites_the_target(tmp_path, capsysbinary):
    target, link = tmp_path / "target.txt", tmp_path / "link.txt"
    target.write_text(DAMAGED, encoding="utf-8")
    link.symlink_to(target)
    assert run(capsysbinary, "-i", str(link))[0] == 0
    assert link.is_symlink() and target.read_text(encoding="utf-8") == CLEANED


# --------------------------------------------------------------------------- the diff, built from edits

import re  # noqa: E402

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from textmend import Edit, Result, apply_edits  # noqa: E402
from textmend.result import split_lines  # noqa: E402


def apply_unified(old_lines: list[str], diff: list[str]) -> list[str]:
    """A strict little `patch`: context and removed lines must match, headers must count right."""
    assert diff[0].startswith("--- ") and diff[1].startswith("+++ ")
    out: list[str] = []
    pos = 0
    body = diff[2:]
    i = 0
    while i < len(body):
        m = re.fullmatch(r"@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@\n", body[i])
        assert m, body[i]
        old_start, old_len = int(m[1]), int(m[2] if m[2] is not None else 1)
        new_start, new_len = int(m[3]), int(m[4] if m[4] is not None else 1)
        at = old_start - 1 if old_len else old_start
        assert at >= pos
        out += old_lines[pos:at]
        pos = at
        assert len(out) == (new_start - 1 if new_len else new_start)
        i += 1
        seen_old = seen_new = 0
        while i < len(body) and not body[i].startswith("@@"):
            tag, line = body[i][0], body[i][1:]
            if tag in " -":
                assert old_lines[pos] == line
                pos += 1
                seen_old += 1
            if tag in " +":
                out.append(line)
                seen_new += 1
            i += 1
        assert (seen_old, seen_new) == (old_len, new_len)
    return out + old_lines[pos:]


@st.composite
def edited(draw):
    text = draw(st.text(alphabet="ab \n", max_size=60))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    edits, last = [], -1
    for k in range(0, len(cuts) - 1, 2):
        start, end = cuts[k], cuts[k + 1]
        if start <= last or (start == end == last):
            continue
        new = draw(st.text(alphabet="xy\n", max_size=3))
        if new != text[start:end]:
            edits.append(Edit(start, end, text[start:end], new, "t", "r"))
            last = end if end > start else start
    return Result(text, apply_edits(text, edits), tuple(edits))


@given(edited(), st.integers(0, 3))
def test_diff_from_edits_turns_old_into_new(result, context):
    diff = list(result.unified_diff("a", "b", context))
    if result.original == result.text:
        return
    assert apply_unified(split_lines(result.original), diff) == split_lines(result.text)


def test_diff_of_a_long_file_is_fast(tmp_path, capsysbinary):
    lines = [f"line {i} of the file\n" for i in range(100_000)]
    lines[500] = "a  doubled space\n"
    f = tmp_path / "long.txt"
    f.write_text("".join(lines), encoding="utf-8")
    status, out, err = run(capsysbinary, "--diff", str(f))
    # Status and standard error first: an empty diff says nothing of why (it failed once so,
    # under load: a stage that failed was skipped, its traceback on standard error, exit 0).
    assert (status, err) == (0, "")
    assert "@@ -498,7 +498,7 @@\n" in out.decode() and "+a doubled space\n" in out.decode()


@pytest.mark.parametrize("mode", ["--diff", "--explain", None])
def test_a_stage_out_of_memory_fails_the_run_not_an_empty_diff(tmp_path, capsysbinary, monkeypatch, mode):
    # The pipeline skips a stage whose normalizer has a bug (on_error="skip"), and used to skip one
    # that ran out of memory too: --diff then printed nothing and exited 0, the file read as clean.
    # Running out of memory is the machine's failure: the run says so, exit 3, -o left as it was.
    from textmend.normalizers.whitespace import Whitespace

    def out_of_memory(self, text):
        raise MemoryError

    monkeypatch.setattr(Whitespace, "_find_rows", out_of_memory)
    f = tmp_path / "a.txt"
    f.write_text(DAMAGED, encoding="utf-8")
    argv = [mode, str(f)] if mode else [str(f), "-o", str(tmp_path / "out.txt")]
    status, out, err = run(capsysbinary, *argv)
    assert status == 3 and "out of memory" in err and out == b""
    assert not (tmp_path / "out.txt").exists()


def test_jsonl_escapes_kept_and_lone_surrogates_survive(tmp_path, capsysbinary):
    f = tmp_path / "c.jsonl"
    f.write_text('{"text": "caf\\u00e9  \\ud800"}\n{"text": "caf\\u00e9  ok"}\n', encoding="utf-8")
    out = run(capsysbinary, "--jsonl", "--only", "whitespace", str(f))[1]
    assert out == b'{"text": "caf\\u00e9 \\ud800"}\n{"text": "caf\\u00e9 ok"}\n'


def test_jsonl_byte_order_mark_on_the_first_line(tmp_path, capsysbinary):
    f = tmp_path / "c.jsonl"
    f.write_bytes(b'\xef\xbb\xbf{"text": "a  b"}\n{"text": "c  d"}\n')
    assert run(capsysbinary, "--jsonl", str(f))[1] == b'\xef\xbb\xbf{"text": "a b"}\n{"text": "c d"}\n'


def test_a_files_byte_order_mark_is_kept(tmp_path, capsysbinary):
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xef\xbb\xbfa  b\n")
    assert run(capsysbinary, str(f))[1] == b"\xef\xbb\xbfa b\n"
    assert run(capsysbinary, "--explain", str(f))[1].decode().startswith(f"{f}:1:2 whitespace")
    f.write_bytes(b"\xef\xbb\xbfclean\n")
    assert run(capsysbinary, "--check", str(f))[0] == 0


def _explain_and_diff(text: str) -> None:
    """--explain's and --diff's formatting of ``text`` (lines of ``a  b``) with one edit on every line."""
    lines = text.count("\n")
    edits = tuple(Edit(5 * i + 1, 5 * i + 3, "  ", " ", "whitespace", "r") for i in range(lines))
    result = Result(text, apply_edits(text, edits), edits)  # a fresh one: its line starts are not cached yet
    result.explain_lines("f:")
    result.diff("a", "b")


def test_explain_and_diff_grow_linearly():
    # line_col used to count newlines from the start for every edit: 10x the lines cost 100x the time.
    assert_grows_linearly(_explain_and_diff, "a  b\n" * 4_000, "a  b\n" * 40_000)


# --------------------------------------------------------------------------- --report (issue 19)


def test_report_of_every_record_even_under_check(tmp_path, capsysbinary):
    pytest.importorskip("textmend.report")
    f = tmp_path / "c.jsonl"
    f.write_text("".join(record(i, "a  b" if i % 2 else "fine") + "\n" for i in range(40)), encoding="utf-8")
    audit = tmp_path / "audit.json"
    for jobs in ("1", "2"):
        status, out, err = run(capsysbinary, "--jsonl", "--check", "-j", jobs, "--report", str(audit), str(f))
        assert (status, out, err) == (1, b"", "")  # --check still prints nothing; it reads on for the report
        data = json.loads(audit.read_text(encoding="utf-8"))
        assert (data["totals"]["units"], data["totals"]["changed"], data["totals"]["edits"]) == (40, 20, 20)
        assert {s["location"] for s in data["normalizers"]["whitespace"]["samples"]} <= {
            f"{f}:{i + 1}" for i in range(1, 40, 2)
        }


def test_report_beside_the_cleaned_output(tmp_path, capsysbinary):
    pytest.importorskip("textmend.report")
    f = tmp_path / "a.txt"
    f.write_text(DAMAGED, encoding="utf-8")
    audit = tmp_path / "audit.html"
    assert run(capsysbinary, str(f), "--report", str(audit)) == (0, CLEANED.encode(), "")
    page = audit.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") or page.lower().startswith("<!doctype html>")


def test_report_needs_the_report_module(tmp_path, capsysbinary, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "textmend.report" else real(name, *a))
    status, out, err = run(capsysbinary, "--report", str(tmp_path / "r.html"), os.devnull)
    assert (status, out) == (2, b"") and "--report needs textmend.report" in err
    assert not (tmp_path / "r.html").exists()
