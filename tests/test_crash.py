"""Crash safety: kill -9 in the middle of ingest or analyze, run again: nothing lost, nothing duplicated."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time

from conftest import DEMO, attache_exe, needs_shared


def _releases(start: int, stop: int) -> list[dict]:
    """State Department releases [start:stop] of the demo corpus, each text cut after the last full stop within its
    first 1,000 characters: the kill points count stored batches of articles, not words, and a short text is
    analysed in a quarter of the time of a whole release (most of this file's time was spaCy on long texts)."""
    rows = [json.loads(line) for line in (DEMO / "state_department_2021_2022.jsonl").read_text("utf-8").splitlines()[start:stop]]
    for r in rows:
        cut = r["text"].rfind(". ", 0, 1000) if len(r["text"]) > 1000 else -1
        r["text"] = r["text"][: cut + 1] if cut > 0 else r["text"][:1000]
    return rows


def _start(*args: str, fault: str | None = None, tag: str | None = None) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "ATTACHE_DB"}
    if fault:
        env["ATTACHE_FAULT"] = fault  # SIGKILL at a named point (attache/faults.py), whatever the machine's speed
    if tag:
        env["ATTACHE_TEST_TAG"] = tag  # inherited by pool processes: lets the test find them after their parent died
    return subprocess.Popen([attache_exe(), *map(str, args)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)


def _crash(*args: str, fault: str) -> None:
    """Run the command until the fault point kills it with SIGKILL; fail if it ended any other way."""
    proc = _start(*args, fault=fault)
    assert proc.wait() == -signal.SIGKILL, f"{args[2:]} ended with {proc.returncode} before reaching {fault}"


def _counts(db) -> dict:
    from attache.store import open_store

    with open_store(str(db), read_only=True) as s:
        return {
            t: s.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "analyses", "events", "mentions")
        } | {
            "distinct_articles": s.con.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0],
            "distinct_events": s.con.execute("SELECT count(DISTINCT id) FROM events").fetchone()[0],
        }


@needs_shared
def test_kill_during_ingest_then_again(tmp_path):
    from attache.pipeline import BATCH_SIZE

    # three and a half ingest batches of the feed's releases (700, not its 2,031): the kill comes after the second
    data = tmp_path / "releases.jsonl"
    lines = (DEMO / "state_department_2021_2022.jsonl").read_text("utf-8").splitlines(keepends=True)
    data.write_text("".join(lines[: 3 * BATCH_SIZE + BATCH_SIZE // 2]), "utf-8")
    clean, crashed = tmp_path / "clean.duckdb", tmp_path / "crashed.duckdb"
    assert subprocess.run([attache_exe(), "--db", str(clean), "ingest", str(data)], capture_output=True).returncode == 0
    _crash("--db", crashed, "ingest", data, fault="ingest.batch_stored=2")  # two batches stored, the rest not
    middle = _counts(crashed)
    assert 0 < middle["articles"] < _counts(clean)["articles"], middle
    assert subprocess.run([attache_exe(), "--db", str(crashed), "ingest", str(data)], capture_output=True).returncode == 0
    a, b = _counts(clean), _counts(crashed)
    assert b["articles"] == a["articles"] == b["distinct_articles"]


@needs_shared
def test_kill_during_analyze_then_again(tmp_path):
    rows = _releases(0, 48)
    data = tmp_path / "some.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    clean, crashed = tmp_path / "clean.duckdb", tmp_path / "crashed.duckdb"
    assert (
        subprocess.run(
            [attache_exe(), "--db", str(clean), "analyze", str(data), "--format", "json"], capture_output=True
        ).returncode
        == 0
    )
    _crash("--db", crashed, "analyze", data, "--format", "json", fault="analyze.batch_stored=1")
    middle = _counts(crashed)
    # killed after the first batch; what was saved (whole batches only) is kept and readable
    assert 0 < middle["analyses"] < 48, middle
    assert (
        subprocess.run(
            [attache_exe(), "--db", str(crashed), "analyze", str(data), "--format", "json"], capture_output=True
        ).returncode
        == 0
    )
    a, b = _counts(clean), _counts(crashed)
    assert a == b and b["events"] == b["distinct_events"]


def _alive(pid: int) -> bool:
    try:
        stat = open(f"/proc/{pid}/stat", encoding="utf-8").read()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _tagged(tag: str) -> set[int]:
    """Live processes whose environment carries ATTACHE_TEST_TAG=tag (a run and the pool it started)."""
    found = set()
    needle = f"ATTACHE_TEST_TAG={tag}".encode()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/environ", "rb") as fh:
                    if needle in fh.read().split(b"\0") and _alive(int(entry)):
                        found.add(int(entry))
            except OSError:
                continue
    return found


@needs_shared
def test_kill_inside_an_analysis_transaction(tmp_path):
    """SIGKILL after a batch is written but before its COMMIT: the batch is not there, the earlier one is whole."""
    from attache.analysis import BATCH

    rows = _releases(0, 3 * BATCH)
    data = tmp_path / "some.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    crashed = tmp_path / "crashed.duckdb"
    _crash("--db", crashed, "analyze", data, "--format", "json", fault="analyze.before_commit=2")
    middle = _counts(crashed)
    assert middle["analyses"] == BATCH, middle  # the first batch committed, the second rolled back by the crash
    assert (
        subprocess.run(
            [attache_exe(), "--db", str(crashed), "analyze", str(data), "--format", "json"], capture_output=True
        ).returncode
        == 0
    )
    after = _counts(crashed)
    assert after["analyses"] == after["articles"] == len(rows) and after["events"] == after["distinct_events"], after


@needs_shared
def test_kill_during_analyze_with_workers_leaves_no_worker_behind(tmp_path):
    """kill -9 of the writer: its pool processes end too (they do not wait for work, holding a model each),
    and a second run analyses every article once."""
    import uuid

    rows = _releases(0, 200)
    data = tmp_path / "some.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    db = tmp_path / "crashed.duckdb"
    tag = uuid.uuid4().hex
    # the writer kills itself once the pool's first batch is stored: the pool is then surely running
    proc = _start("--db", db, "analyze", data, "--format", "json", "--workers", "2", fault="analyze.batch_stored=1", tag=tag)
    workers: set[int] = set()
    while proc.poll() is None:
        for p in _tagged(tag) - {proc.pid}:
            try:
                if b"spawn_main" in open(f"/proc/{p}/cmdline", "rb").read():
                    workers.add(p)
            except OSError:
                pass
        time.sleep(0.02)
    assert proc.returncode == -signal.SIGKILL, f"the analysis ended with {proc.returncode} before the fault point"
    assert len(workers) >= 2, "the pool's processes were never seen"
    while _tagged(tag):  # the orphans notice their parent is gone and leave (a hang here is the bug itself)
        time.sleep(0.2)
    assert (
        subprocess.run(
            [attache_exe(), "--db", str(db), "analyze", str(data), "--format", "json", "--workers", "2"], capture_output=True
        ).returncode
        == 0
    )
    counts = _counts(db)
    assert counts["analyses"] == counts["articles"] == counts["distinct_articles"] == len(rows), counts
    assert counts["events"] == counts["distinct_events"] > 0, counts


@needs_shared
def test_kill_during_watch_then_again(tmp_path):
    """A feed of 40 pages served slowly on 127.0.0.1: watch is killed mid-poll, then polls again."""
    import html
    import http.server
    import threading

    rows = _releases(100, 140)
    site = tmp_path / "site"
    site.mkdir()

    class Slow(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **k):
            super().__init__(*a, directory=str(site), **k)

        def do_GET(self):
            time.sleep(0.1)
            super().do_GET()

        def log_message(self, *a):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    items = []
    for i, r in enumerate(rows):
        (site / f"{i}.html").write_text(
            f"<!doctype html><html><head><title>{html.escape(r['title'])}</title></head><body><article>"
            f"<h1>{html.escape(r['title'])}</h1><p>{html.escape(r['text'])}</p></article></body></html>",
            "utf-8",
        )
        items.append(f"<item><title>{html.escape(r['title'])}</title><link>{base}/{i}.html</link><guid>item-{i}</guid></item>")
    (site / "feed.xml").write_text(
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>{''.join(items)}</channel></rss>"
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    feed = f"{base}/feed.xml"
    clean, crashed = tmp_path / "clean.duckdb", tmp_path / "crashed.duckdb"
    try:
        args = ("watch", feed, "--once", "--allow-private", "--pause", "0")
        assert subprocess.run([attache_exe(), "--db", str(clean), *args], capture_output=True).returncode == 0
        _crash("--db", crashed, *args, fault="ingest.batch_stored=1")  # pages stored, not yet remembered as taken
        from attache.store import open_store

        with open_store(str(crashed), read_only=True) as s:  # whatever was recorded points at a stored article
            dangling = s.con.execute(
                "SELECT count(*) FROM feed_items f LEFT JOIN articles a ON a.id = f.article_id WHERE a.id IS NULL"
            ).fetchone()[0]
        assert dangling == 0
        assert subprocess.run([attache_exe(), "--db", str(crashed), *args], capture_output=True).returncode == 0
    finally:
        server.shutdown()
    a, b = _counts(clean), _counts(crashed)
    assert a == b and a["articles"] == 40 and b["events"] == b["distinct_events"]
    with open_store(str(crashed), read_only=True) as s:
        assert s.con.execute("SELECT count(*), count(DISTINCT item_id) FROM feed_items").fetchone() == (40, 40)
