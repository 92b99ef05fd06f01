"""Malformed inputs of every supported format never abort a run (issue 13, items 2-4).

Two halves:

* hypothesis generates malformed JSONL, JSON, CSV/TSV, HTML, text, WARC (plain and
  gzip), gzip wrappers, uploads and stdin streams, and runs the real ingest loop
  into a real DuckDB file beside a good neighbour: the run returns, the neighbour
  is stored, every failure is one line, and the run's row is closed with counts;
* the named cases of the issue (scripts/make_bad_inputs.py: deep JSON, a 5,000-digit
  number, a WARC record without a target URI, a symlink loop, a FIFO, a socket,
  /dev/zero, a 2 GB line, 358 million `{}` lines, a 2 GB WARC header line, a million
  `<p>`, a tag with 200,000 attributes, truncated and corrupt archives, gzip bombs,
  files near 10 MB of every format) go through `attache ingest` in a child process,
  whose peak RSS is read from os.wait4 and must stay under 1 GB.

Example counts are bounded (ATTACHE_FUZZ_EXAMPLES, default 20 per format) and the
examples are derandomized, so a run is reproducible (ATTACHE_FUZZ_RANDOM=1 explores
new ones). Time limits here only detect
hangs (generous, never a speed assertion).
"""

from __future__ import annotations

import faulthandler
import gzip
import importlib.util
import io
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attache.model import Problem, RawDocument
from attache.pipeline import ingest
from attache.sources import from_upload, read_stream
from attache.store import open_store
from conftest import ROOT, attache_exe

_spec = importlib.util.spec_from_file_location("make_bad_inputs", ROOT / "scripts" / "make_bad_inputs.py")
bad = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bad)

EXAMPLES = int(os.environ.get("ATTACHE_FUZZ_EXAMPLES", "20"))
HANG_SECONDS = 300  # a hang detector only: far beyond what any case needs
RSS_LIMIT_KB = 1_000_000  # 1 GB
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=os.environ.get("ATTACHE_FUZZ_RANDOM") != "1",
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
        HealthCheck.function_scoped_fixture,
    ],
)

NASTY = [
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\r",
    b"\n",
    b"\r\n",
    b'"',
    b"'",
    b"\\",
    b"{",
    b"}",
    b"[" * 1500,
    b"]",
    b"9" * 5000,
    b"-1e999999",
    b"NaN",
    b"\\ud800",
    b"\\u0000",
    b"<",
    b">",
    b"<!--",
    b"-->",
    b"<![CDATA[",
    b"<script>",
    b"&#x0;",
    b"&#99999999;",
    b",",
    b"\t",
    b'"",""',
    b"WARC/1.0\r\n",
    b"Content-Length: 99999999\r\n",
    b"\r\n\r\n",
    b"\x1f\x8b\x08\x00",
    "ü".encode("utf-16"),
    b"\x80\x81\xfe",
    b"a" * 70_000,
]

_counter = itertools.count()


@st.composite
def mutated(draw, base: bytes, max_ops: int = 4) -> bytes:
    """The base bytes cut, overwritten, spliced with nasty tokens, shortened or repeated in places."""
    data = bytearray(base)
    for _ in range(draw(st.integers(0, max_ops))):
        op = draw(st.sampled_from(["cut", "overwrite", "insert", "delete", "repeat"]))
        i = draw(st.integers(0, len(data)))
        if op == "cut":
            del data[i:]
        elif op == "overwrite":
            n = draw(st.integers(1, 16))
            data[i : i + n] = draw(st.binary(min_size=n, max_size=n))
        elif op == "insert":
            data[i:i] = draw(st.sampled_from(NASTY) | st.binary(max_size=24))
        elif op == "delete":
            del data[i : i + draw(st.integers(1, 64))]
        else:
            data[i:i] = bytes(data[i : i + draw(st.integers(1, 200))]) * draw(st.integers(1, 30))
    return bytes(data)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=16,
)


@st.composite
def json_record(draw) -> dict:
    """A record that may or may not have a text field, with random extras."""
    rec = draw(
        st.dictionaries(st.sampled_from(["title", "url", "date", "author", "x", "extra", "n", "tags"]), json_values, max_size=5)
    )
    if draw(st.booleans()):
        rec[draw(st.sampled_from(["text", "body", "html", "content"]))] = draw(
            st.text(min_size=1, max_size=300) | st.just(bad.good_record(0)["text"])
        )
    return rec


def gz_variant(draw, data: bytes) -> tuple[bytes, str]:
    """Plain, gzip, gzip cut short or gzip with damaged bytes; the suffix to add."""
    how = draw(st.sampled_from(["plain", "plain", "gz", "gz-cut", "gz-damaged"]))
    if how == "plain":
        return data, ""
    packed = bytearray(gzip.compress(data))
    if how == "gz-cut":
        packed = packed[: draw(st.integers(0, max(0, len(packed) - 1)))]
    elif how == "gz-damaged" and len(packed) > 12:
        i = draw(st.integers(10, len(packed) - 1))
        packed[i] ^= draw(st.integers(1, 255))
    return bytes(packed), ".gz"


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory):
    base = tmp_path_factory.mktemp("fuzz")
    store = open_store(str(base / "fuzz.duckdb"))
    yield store, base
    store.close()


@pytest.fixture(autouse=True)
def hang_detector():
    faulthandler.dump_traceback_later(HANG_SECONDS, exit=True)  # a hung test dies with a traceback instead of blocking the suite
    yield
    faulthandler.cancel_dump_traceback_later()


def check_run(fuzz_store, files: dict[str, bytes]) -> None:
    """Ingest the files beside a good neighbour and check what any run must guarantee."""
    store, base = fuzz_store
    n = next(_counter)
    folder = Path(tempfile.mkdtemp(dir=base))
    good = folder / f"good_{n}.txt"
    good.write_text(
        f"Envoys meet, round {n}\n\nThe envoys of both countries met for round {n} of talks in Geneva on Tuesday, officials said.\n",
        "utf-8",
    )
    for name, data in files.items():
        (folder / name).write_bytes(data)
    summary = ingest(store, [str(folder)])
    assert str(good) in summary.stored_uris, summary.problems
    stored = store.con.execute("SELECT count(*) FROM articles WHERE source_uri = ?", [str(good)]).fetchone()[0]
    assert stored == 1
    for p in summary.problems:
        line = p.line()
        assert p.uri and p.reason and "\n" not in line and "Traceback" not in line, line
        assert p.count >= 1
    finished, failed, new = store.con.execute(
        "SELECT finished_at, failed, new FROM runs WHERE id = ?", [summary.run_id]
    ).fetchone()
    assert finished is not None and failed == summary.failed and new == summary.new
    shutil.rmtree(folder, ignore_errors=True)


# -- generated inputs, in process ---------------------------------------------------------------------


@FUZZ
@given(data=st.data())
def test_fuzz_jsonl(fuzz_store, data):
    lines = []
    for _ in range(data.draw(st.integers(1, 8))):
        kind = data.draw(st.sampled_from(["record", "value", "bytes", "deep", "bigint"]))
        if kind == "record":
            lines.append(
                json.dumps(data.draw(json_record()), ensure_ascii=data.draw(st.booleans())).encode("utf-8", "surrogatepass")
            )
        elif kind == "value":
            lines.append(json.dumps(data.draw(json_values)).encode())
        elif kind == "bytes":
            lines.append(data.draw(st.binary(max_size=200)))
        elif kind == "deep":
            depth = data.draw(st.integers(50, 3000))
            lines.append(b'{"text": "deep", "x": ' + b"[" * depth + b"]" * depth + b"}")
        else:
            lines.append(b'{"text": "The minister spoke.", "n": ' + b"7" * data.draw(st.integers(4000, 9000)) + b"}")
    blob = data.draw(mutated(b"\n".join(lines) + b"\n"))
    payload, suffix = gz_variant(data.draw, blob)
    check_run(fuzz_store, {f"records.jsonl{suffix}": payload})


@FUZZ
@given(data=st.data())
def test_fuzz_json(fuzz_store, data):
    doc = data.draw(st.lists(json_record(), max_size=5) | json_values | json_record().map(lambda r: {"articles": [r]}))
    blob = data.draw(mutated(json.dumps(doc).encode("utf-8", "surrogatepass")))
    payload, suffix = gz_variant(data.draw, blob)
    check_run(fuzz_store, {f"doc.json{suffix}": payload})


@FUZZ
@given(data=st.data())
def test_fuzz_csv(fuzz_store, data):
    sep = data.draw(st.sampled_from([",", "\t"]))
    header = data.draw(st.sampled_from([["title", "text", "url"], ["Headline", "Body"], ["a"], ["text"] * 3, []]))
    cell = st.text(max_size=60) | st.sampled_from(['"', '""', "a,b", "x\ny", "\x00", "The talks went on and on, officials said."])
    rows = data.draw(st.lists(st.lists(cell, min_size=0, max_size=4), max_size=6))
    text = sep.join(header) + "\n" + "\n".join(sep.join(r) for r in rows)
    blob = data.draw(mutated(text.encode("utf-8", "surrogatepass")))
    payload, suffix = gz_variant(data.draw, blob)
    check_run(fuzz_store, {f"table.{'tsv' if sep == chr(9) else 'csv'}{suffix}": payload})


TAGS = [
    "<p>",
    "</p>",
    "<div class='a'>",
    "</div>",
    "<article>",
    "<h1>",
    "</h1>",
    "<script>var a='<p>';</script>",
    "<style>p{}</style>",
    "<!-- c -->",
    "<br/>",
    "<table><tr><td>",
    "<a href='javascript:alert(1)'>",
    "</a>",
    "<meta charset='koi8-r'>",
    "<meta http-equiv='refresh'>",
    "<svg><foreignObject>",
    "&amp;",
    "&#0;",
    "&nosuch;",
    "<title>",
    "</title>",
    "<b",
    ">>",
    "<<",
]


@FUZZ
@given(data=st.data())
def test_fuzz_html(fuzz_store, data):
    parts = data.draw(st.lists(st.sampled_from(TAGS) | st.text(max_size=80), max_size=40))
    html = "<html><head><title>Talks</title></head><body>" + "".join(parts)
    if data.draw(st.booleans()):
        html += "<p>" + "The ministers met in Geneva on Monday and agreed on a plan. " * 4 + "</p>"
    if data.draw(st.booleans()):  # one tag with many attributes, or many tags
        n = data.draw(st.integers(1_000, 5_000))
        html += (
            "<div " + " ".join(f"a{i}=x" for i in range(n)) + ">x</div>" if data.draw(st.booleans()) else "<i>x</i>" * (n * 12)
        )
    blob = data.draw(mutated(html.encode("utf-8", "surrogatepass")))
    payload, suffix = gz_variant(data.draw, blob)
    check_run(fuzz_store, {f"page.html{suffix}": payload})


@FUZZ
@given(data=st.data())
def test_fuzz_text(fuzz_store, data):
    text = data.draw(st.text(max_size=400) | st.binary(max_size=400).map(lambda b: b.decode("latin-1")))
    enc = data.draw(st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"]))
    blob = data.draw(mutated(text.encode(enc, "replace")))
    payload, suffix = gz_variant(data.draw, blob)
    check_run(fuzz_store, {f"note.txt{suffix}": payload})


@FUZZ
@given(data=st.data())
def test_fuzz_warc(fuzz_store, data):
    pages = bad.good_warc_pages(data.draw(st.integers(1, 3)))
    records = []
    for i, (url, html) in enumerate(pages):
        rec = bad.warc_response(data.draw(st.sampled_from([url, None, "javascript:alert(1)", "not a url"])), html, i)
        records.append(data.draw(mutated(rec, max_ops=2)))
    if data.draw(st.booleans()):
        records.append(bad.warc_record("request", {"WARC-Target-URI": "https://example.org/"}, b"GET / HTTP/1.1\r\n\r\n"))
    gz = data.draw(st.booleans())
    blob = b"".join(gzip.compress(r) if gz else r for r in records)
    blob = data.draw(mutated(blob, max_ops=2))
    check_run(fuzz_store, {"crawl.warc.gz" if gz else "crawl.warc": blob})


@FUZZ
@given(data=st.data())
def test_fuzz_upload_and_stdin(data):
    """Uploads (POST /ingest) and standard input go through the same capped readers; they never raise."""
    name = data.draw(
        st.sampled_from(["a.jsonl", "a.jsonl.gz", "a.json", "a.csv.gz", "a.html", "a.txt", "a.warc.gz", "a.bin", "upload"])
    )
    body = data.draw(
        st.sampled_from([b'{"text": "The talks went on."}\n' * 3, b"<p>The talks went on.</p>", b'[{"text": "x"}]', b""])
    )
    raw = gzip.compress(body) if name.endswith(".gz") and data.draw(st.booleans()) else body
    raw = data.draw(mutated(raw))
    for item in itertools.chain(from_upload(raw, name), read_stream(io.BytesIO(raw), "<stdin>")):
        assert isinstance(item, (Problem, RawDocument)) or type(item).__name__ == "Skipped"
        if isinstance(item, Problem):
            assert "\n" not in item.line()


def test_gzip_bomb_upload_is_capped(monkeypatch):
    """A gzip bomb sent as an upload stops at the gzip allowance (read a piece at a time, never whole);
    the allowance is lowered to 16 MB here so that the test is quick."""
    monkeypatch.setenv("ATTACHE_GZIP_FLOOR_MB", "16")
    bomb = bad.gzip_repeat(b'{"text": "', b"a" * bad.MB, 256, b'"}\n')
    items = list(from_upload(bomb, "bomb.jsonl.gz"))
    reasons = [i.reason for i in items if isinstance(i, Problem)]
    assert any("gzip bomb" in r for r in reasons), reasons
    monkeypatch.setenv("ATTACHE_GZIP_FLOOR_MB", "512")
    items = list(from_upload(bad.gzip_repeat(b"", b"x" * bad.MB, 64), "big.txt.gz"))
    assert [i.reason for i in items if isinstance(i, Problem)][0].startswith("too large")


# -- the named cases, through `attache ingest` in a child process --------------------------------------


# The attache command run through this wrapper writes its own peak RSS (VmHWM of /proc/self/status) at exit.
# os.wait4's ru_maxrss cannot be used alone: Linux carries the forking process's resident size into the child's
# maximum across exec, so a child of a large pytest process (models loaded by earlier tests) reads as large as
# its parent whatever it does itself. VmHWM belongs to the memory the exec'd program made.
_PEAK_WRAPPER = """
import atexit, os, runpy, sys
out = os.environ.pop("ATTACHE_TEST_PEAK_FILE")
def peak():
    with open("/proc/self/status") as status, open(out, "w") as f:
        f.write(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
atexit.register(peak)
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def run_child(args: list[str], env: dict[str, str] | None = None, timeout: float = HANG_SECONDS) -> tuple[int, str, str, int]:
    """Run a command; return (exit code, stdout, stderr, peak RSS in KB of the attache process it runs: its own
    VmHWM written at exit, else os.wait4's figure). The timeout only detects a hang (the child is killed and the
    test fails)."""
    hung = threading.Event()
    exe = attache_exe()
    peak_file = Path(tempfile.mkdtemp()) / "peak"
    if exe in args and Path("/proc/self/status").exists():
        i = args.index(exe)
        args = [*args[:i], sys.executable, "-c", _PEAK_WRAPPER, *args[i:]]
        env = {**(env or {}), "ATTACHE_TEST_PEAK_FILE": str(peak_file)}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(args, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env={**os.environ, **(env or {})})

        def kill():
            hung.set()
            proc.kill()

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    assert not hung.is_set(), f"hung: {args} did not finish in {timeout} s\n{stderr[-2000:]}"
    peak = int(peak_file.read_text()) if peak_file.exists() else usage.ru_maxrss
    shutil.rmtree(peak_file.parent, ignore_errors=True)
    return proc.returncode, stdout, stderr, peak


def _drop_root_prefix() -> list[str]:
    """As root, run in a user namespace (unshare -U) so that an unreadable file really is unreadable."""
    if os.geteuid() != 0:
        return []
    if shutil.which("unshare") and subprocess.run(["unshare", "-U", "true"], capture_output=True).returncode == 0:
        return ["unshare", "-U"]
    return None  # type: ignore[return-value]


@pytest.fixture(scope="module")
def named_cases(tmp_path_factory):
    out = tmp_path_factory.mktemp("bad")
    bad.make(out)
    yield out
    for p in out.rglob("*"):  # let the cleanup remove the unreadable file
        if not p.is_symlink() and p.exists():
            p.chmod(0o755)


def test_named_bad_inputs_never_abort_and_stay_under_1_gb(named_cases, tmp_path):
    prefix = _drop_root_prefix()
    db = tmp_path / "named.duckdb"
    code, out, err, rss_kb = run_child(
        [*(prefix or []), attache_exe(), "--db", str(db), "ingest", "-q", str(named_cases)], env={"ATTACHE_DB": ""}
    )
    assert code == 0, out[-3000:] + err[-3000:]
    assert "Traceback" not in err and "error:" not in err, err[-3000:]
    assert rss_kb < RSS_LIMIT_KB, f"peak RSS {rss_kb / 1000:.0f} MB"
    for line in out.splitlines():
        if line.startswith("failed: "):
            assert ": " in line[len("failed: ") :]

    with open_store(str(db), read_only=True) as store:
        titles = {r[0] for r in store.con.execute("SELECT title FROM articles").fetchall()}
        problems = store.con.execute("SELECT uri, reason FROM problems").fetchall()
        run = store.con.execute("SELECT finished_at, new, duplicate, failed FROM runs").fetchall()
    assert len(run) == 1 and run[0][0] is not None and run[0][1] > 0 and run[0][3] > 0  # closed, with its counts

    # good neighbours, and the good records beside bad ones, are stored
    for n in (1, 2, 10, 11, 20, 21, 30, 32, 33):
        assert f"Trade talks round {n}" in titles, n
    assert "Envoys meet in Geneva" in titles
    for i in (0, 1, 2):  # WARC pages around a record without a target URI, and before a truncation
        assert f"Ministers meet in round {i}" in titles

    def reason(name: str) -> str:
        found = [f"{u}: {r}" for u, r in problems if name in u]
        assert found, f"no problem for {name}"
        return " | ".join(found)

    assert "nested too deep" in reason("deep.json")
    assert "deep.jsonl:2" in reason("deep.jsonl") and "deep.jsonl:3" in reason("deep.jsonl")
    assert "bigint.jsonl:2: record has no text" in reason("bigint.jsonl")  # the 5,000-digit number itself is data
    assert "without a WARC-Target-URI" in reason("notarget.warc.gz@") and "without a WARC-Target-URI" in reason("notarget.warc@")
    assert "symlink loop" in reason("loop.txt") and "symlink loop" in reason("a.jsonl")
    if hasattr(os, "mkfifo"):
        assert "FIFO" in reason("x.txt") and "never opened" in reason("x.txt")
    assert "socket" in reason("s.html")
    assert "character device" in reason("z.jsonl")
    if prefix is not None:
        assert "permission denied" in reason("locked.txt")
    assert "gzip bomb" in reason("longline.jsonl.gz")
    assert "longline.jsonl:2: line too long" in reason("longline.jsonl:")
    assert "gave up after 10,000 bad items" in reason("empties.jsonl.gz") and "more problems in this input" in reason(
        "empties.jsonl.gz"
    )
    assert sum(1 for u, _ in problems if "empties" in u) <= 52  # capped: 50 listed, one give-up line, one summary line
    assert "header line over" in reason("header.warc.gz@")
    assert "cut_last.warc.gz@758: truncated gzip member" in reason("cut_last.warc.gz")  # the last record's own offset
    assert "cut_trailer.warc.gz@758: truncated gzip member" in reason("cut_trailer.warc.gz")
    assert "cut_last.warc@1496: truncated WARC record" in reason("cut_last.warc@")
    assert "corrupt.warc.gz@379: corrupt gzip" in reason("corrupt.warc.gz")
    assert "0 records found" in reason("blank.jsonl") and "0 records found" in reason("header_only.csv")
    for name in ("bomb.txt.gz", "bomb.json.gz", "bomb.csv.gz", "bomb.html.gz"):
        assert "too large" in reason(name) or "gzip bomb" in reason(name)
    assert "over the limit" in reason("lists.json")
    # cut to the budget and said so: the million <p> page, the 200,000 attributes
    assert "dropped the attributes" in out and "HTML cut after" in out


def test_named_special_files_given_directly(named_cases, tmp_path):
    """A device named on the command line is refused too (a FIFO named directly is read, like a pipe from the shell)."""
    db = tmp_path / "direct.duckdb"
    code, out, err, rss_kb = run_child(
        [
            attache_exe(),
            "--db",
            str(db),
            "ingest",
            "-q",
            str(named_cases / "device" / "z.txt"),
            str(named_cases / "symlink_loop" / "loop.txt"),
            str(named_cases / "good" / "good.txt"),
        ]
    )
    assert code == 0, out + err
    assert "1 new, 0 duplicate, 2 failed" in out
    assert "character device" in out and "symlink loop" in out
    assert rss_kb < RSS_LIMIT_KB


def test_api_gz_upload_goes_through_the_capped_readers(tmp_path, monkeypatch):
    """POST /ingest with a gzip bomb beside a good file: the bomb is stopped at its allowance (lowered to 16 MB
    for a quick test), the good file is stored."""
    from fastapi.testclient import TestClient

    from attache.api import create_app

    monkeypatch.setenv("ATTACHE_GZIP_FLOOR_MB", "16")
    bomb = bad.gzip_repeat(b'{"text": "', b"a" * bad.MB, 256, b'"}\n')
    good = gzip.compress(bad.good_line(40) + bad.good_line(41))
    # loopback Host (the server's DNS-rebinding guard accepts loopback names only)
    with TestClient(create_app(str(tmp_path / "api.duckdb"), token="t0ken"), base_url="http://localhost") as client:
        r = client.post(
            "/ingest?analyze=false",
            headers={"Authorization": "Bearer t0ken"},
            files=[
                ("files", ("bomb.jsonl.gz", bomb, "application/gzip")),
                ("files", ("good.jsonl.gz", good, "application/gzip")),
            ],
        )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["new"] == 2 and any("gzip bomb" in p for p in body["problems"]), body


# -- the pieces the guarantees rest on ----------------------------------------------------------------


class _Trickle:
    """A stream that hands out at most `step` bytes per read (to put chunk boundaries everywhere)."""

    def __init__(self, data: bytes, step: int) -> None:
        self.data, self.pos, self.step = data, 0, step

    def read(self, n: int = -1) -> bytes:
        piece = self.data[self.pos : self.pos + min(self.step, n if n and n > 0 else self.step)]
        self.pos += len(piece)
        return piece


@FUZZ
@given(
    data=st.binary(max_size=400).map(lambda b: b.replace(b"\x00", b"\n")), max_line=st.integers(1, 40), step=st.integers(1, 50)
)
def test_line_reader_matches_split_and_never_holds_a_long_line(data, max_line, step):
    from attache.sources import streams

    monkey = streams.CHUNK
    streams.CHUNK = step
    try:
        got = list(streams.iter_lines(_Trickle(data, step), max_line))
    finally:
        streams.CHUNK = monkey
    parts = data.split(b"\n")
    if parts and parts[-1] == b"":
        parts.pop()
    want = [(i, p if len(p) <= max_line else None, len(p)) for i, p in enumerate(parts, start=1) if p]
    assert [g for g in got if g[2]] == want


def test_extraction_time_limit_skips_a_page_that_never_ends(fuzz_store, monkeypatch):
    """A page whose extraction never returns is stopped by the time limit; the next page is stored."""
    import time

    import attache.pipeline as pipeline

    real = pipeline.extract

    def endless_for_one(raw, overrides=None, limits=None):
        if raw.uri.endswith("stuck.txt"):
            while True:  # never returns by itself
                time.sleep(0.01)
        return real(raw, overrides, limits)

    store, base = fuzz_store
    folder = Path(tempfile.mkdtemp(dir=base))
    (folder / "warm.txt").write_text("Warm\n\nThe first page loads the language model, which takes a while.\n", "utf-8")
    ingest(store, [str(folder / "warm.txt")])  # lazy loads happen outside the timed pages
    monkeypatch.setattr(pipeline, "extract", endless_for_one)
    monkeypatch.setenv("ATTACHE_EXTRACT_SECONDS", "5")
    (folder / "a_stuck.txt").write_text("Stuck\n\nThis page never finishes extracting, whatever the machine.\n", "utf-8")
    (folder / "b_fine.txt").write_text(
        "Fine\n\nThe envoys met again in Doha on Sunday to discuss the hostages, officials said.\n", "utf-8"
    )
    summary = ingest(store, [str(folder / "a_stuck.txt"), str(folder / "b_fine.txt")])
    assert [p.reason for p in summary.problems] == ["extraction took longer than 5 s (ATTACHE_EXTRACT_SECONDS): skipped"]
    assert str(folder / "b_fine.txt") in summary.stored_uris


def test_a_reader_that_breaks_still_leaves_a_closed_run_and_the_items_before(fuzz_store):
    from attache.pipeline import ingest_items

    store, _ = fuzz_store

    def items():
        yield RawDocument(
            uri="mem:1",
            content="Talks\n\nThe two ministers met in Oslo on Friday and agreed to meet again.\n",
            content_type="text",
            sha256="ab" * 32,
        )
        raise RuntimeError("the reader broke")

    summary = ingest_items(store, items(), inputs=["mem"])
    assert summary.new == 1 and summary.failed == 1
    assert "reading stopped: RuntimeError: the reader broke" in summary.problems[0].reason
    finished, new, failed = store.con.execute(
        "SELECT finished_at, new, failed FROM runs WHERE id = ?", [summary.run_id]
    ).fetchone()
    assert finished is not None and (new, failed) == (1, 1)
