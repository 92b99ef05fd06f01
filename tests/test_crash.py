"""Crash safety: kill -9 in the middle of ingest or analyze, run again: nothing lost, nothing duplicated."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time

from conftest import DEMO, attache_exe, needs_shared


def _start(*args: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "ATTACHE_DB"}
    return subprocess.Popen([attache_exe(), *map(str, args)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)


def _kill_after(proc: subprocess.Popen, seconds: float) -> bool:
    """SIGKILL the process after ``seconds`` if it still runs; True when it was killed."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        if proc.poll() is not None:
            return False
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return True


def _counts(db) -> dict:
    from attache.store import open_store

    with open_store(str(db), read_only=True) as s:
        return {t: s.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "analyses", "events", "mentions")} | {
            "distinct_articles": s.con.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0],
            "distinct_events": s.con.execute("SELECT count(DISTINCT id) FROM events").fetchone()[0]}


@needs_shared
def test_kill_during_ingest_then_again(tmp_path):
    data = DEMO / "state_department_2021_2022.jsonl"
    clean, crashed = tmp_path / "clean.duckdb", tmp_path / "crashed.duckdb"
    assert subprocess.run([attache_exe(), "--db", str(clean), "ingest", str(data)], capture_output=True).returncode == 0
    killed = _kill_after(_start("--db", crashed, "ingest", data), 2.5)
    assert killed, "the ingest finished before the kill: make the input larger"
    assert subprocess.run([attache_exe(), "--db", str(crashed), "ingest", str(data)], capture_output=True).returncode == 0
    a, b = _counts(clean), _counts(crashed)
    assert b["articles"] == a["articles"] == b["distinct_articles"]


@needs_shared
def test_kill_during_analyze_then_again(tmp_path):
    rows = [json.loads(line) for line in (DEMO / "state_department_2021_2022.jsonl").read_text("utf-8").splitlines()[:48]]
    data = tmp_path / "some.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    clean, crashed = tmp_path / "clean.duckdb", tmp_path / "crashed.duckdb"
    assert subprocess.run([attache_exe(), "--db", str(clean), "analyze", str(data), "--format", "json"], capture_output=True).returncode == 0
    killed = _kill_after(_start("--db", crashed, "analyze", data, "--format", "json"), 9.0)
    middle = _counts(crashed)
    # killed before the end; what was saved (whole batches only) is kept and readable
    assert killed and middle["analyses"] < 48, middle
    assert subprocess.run([attache_exe(), "--db", str(crashed), "analyze", str(data), "--format", "json"], capture_output=True).returncode == 0
    a, b = _counts(clean), _counts(crashed)
    assert a == b and b["events"] == b["distinct_events"]
