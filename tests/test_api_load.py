"""A read-only server answers its read routes from a worker process (api/pace.py): same answers as the threads,
the same guard in front, /health from the server's own process, a worker that dies replaced, none left behind.

Real DuckDB file, real uvicorn on 127.0.0.1, real worker processes. Every wait is for an observable condition.
"""

from __future__ import annotations

import os

import httpx
import pytest
from test_api_hardening import _raw, _synth_module, _wait

# seven read routes: lists, a page past the first, the kept alerts, search, the filters
ROUTES = "/events?limit=3 /events?limit=5&offset=40 /alerts?limit=5 /dyads?limit=3 /search?q=Synthetic&limit=3".split()
ROUTES += ["/articles?limit=2", "/filters"]


@pytest.fixture(scope="module")
def small_db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("load") / "small.duckdb"
    _synth_module().build(path, 2000, 200)
    return str(path)


def _exited(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] == "Z"  # a zombie: it exited, its parent is gone
    except FileNotFoundError:
        return True


def _joined(thread) -> bool:
    thread.join(0.2)
    return not thread.is_alive()


def test_workers_answer_as_the_threads_do_behind_the_same_guard(small_db):
    from attache.api import serve_in_thread
    from attache.api.guard import SECURITY_HEADERS

    answers = {}
    for processes in (0, 1):
        srv, thread, base = serve_in_thread(small_db, warm=False, processes=processes, allow_hosts=("attache.lan",))
        pool = srv.config.app.state.pool
        try:
            assert (pool is None) == (processes == 0)
            with httpx.Client(base_url=base, timeout=60) as c:
                got = {}
                for path in ROUTES:
                    r = c.get(path)
                    assert r.status_code == 200, (processes, path, r.text[:200])
                    for name, value in SECURITY_HEADERS:  # once each, added by the server's own guard
                        assert r.headers.get_list(name.decode()) == [value.decode()], (path, name)
                    got[path] = r.json()
                answers[processes] = got
                assert c.get("/health").json()["read_only"] is True
                assert c.get("/events?limit=0").status_code == 422  # validation answered by the worker, relayed
                assert c.get("/nowhere").status_code == 404
                assert c.get("/events?limit=1", headers={"Host": "evil.example"}).status_code == 400
                assert c.get("/events?limit=1", headers={"Host": "attache.lan"}).status_code == 200
                assert c.post("/ingest", json={"records": []}).status_code == 403  # no token: refused in the server
        finally:
            srv.should_exit = True
            _wait(lambda t=thread: _joined(t), "the server to stop")
        if pool is not None:  # the workers stop with the server
            for w in pool.workers:
                _wait(lambda w=w: w.proc.poll() is not None, "a worker to stop with the server")
    assert answers[1] == answers[0]


SLOW_QUERY = """
import os

marks = os.environ.get("ATTACHE_TEST_MARKS")
if marks:  # in the worker process only: GET /stories runs a query that never ends by itself
    from attache.store import DuckDBStore

    def endless(self, *a, **k):
        open(os.path.join(marks, "running"), "w").close()
        try:
            return self.con.execute("SELECT count(*) FROM range(1000000000000) a, range(1000000) b").fetchone()[0]
        except BaseException as exc:
            with open(os.path.join(marks, "stopped"), "w") as f:
                f.write(type(exc).__name__)
            raise

    DuckDBStore.count_stories = endless
"""


def test_a_client_that_leaves_stops_the_workers_query(small_db, tmp_path, monkeypatch):
    """The query runs in the worker process; the client's disconnect, seen by the server, stops it there, and the
    other requests are answered meanwhile."""
    from attache.api import serve_in_thread

    site, marks = tmp_path / "site", tmp_path / "marks"
    site.mkdir()
    marks.mkdir()
    (site / "sitecustomize.py").write_text(SLOW_QUERY)  # the worker is a fresh interpreter: patched at its start
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in (str(site), os.environ.get("PYTHONPATH")) if p))
    monkeypatch.setenv("ATTACHE_TEST_MARKS", str(marks))
    srv, thread, base = serve_in_thread(small_db, warm=False, processes=1, query_timeout=600)
    monkeypatch.delenv("ATTACHE_TEST_MARKS")
    try:
        with _raw(base) as s:
            s.sendall(f"GET /stories HTTP/1.1\r\nHost: {base.removeprefix('http://')}\r\n\r\n".encode())
            _wait(lambda: (marks / "running").exists(), "the worker's query to start")
            for path in ("/health", "/articles?limit=3", "/events?limit=2"):
                assert httpx.get(base + path, timeout=60).status_code == 200, path
            assert not (marks / "stopped").exists()  # still running while the others were answered
        _wait(lambda: (marks / "stopped").exists() and (marks / "stopped").read_text(), "the query to stop")
        assert httpx.get(base + "/events?limit=2", timeout=60).status_code == 200  # its slot is free again
    finally:
        srv.should_exit = True
        _wait(lambda t=thread: _joined(t), "the server to stop")


def test_a_worker_that_dies_is_replaced(small_db):
    from attache.api import serve_in_thread

    srv, thread, base = serve_in_thread(small_db, warm=False, processes=1)
    pool = srv.config.app.state.pool
    try:
        with httpx.Client(base_url=base, timeout=60) as c:
            assert c.get("/events?limit=1").status_code == 200
            old = pool.workers[0].proc
            old.kill()
            _wait(lambda: old.poll() is not None, "the killed worker to be reaped")
            # until the replacement is up, a read is a 503 saying why (never a hang), /health still answers
            assert c.get("/health").status_code == 200
            _wait(lambda: pool.workers[0].proc is not old and pool.workers[0].slots is not None, "a new worker")
            assert pool.workers[0].proc.poll() is None and pool.workers[0].proc.pid != old.pid
            assert c.get("/events?limit=1").status_code == 200
    finally:
        srv.should_exit = True
        _wait(lambda t=thread: _joined(t), "the server to stop")
    _wait(lambda: pool.workers[0].proc.poll() is not None, "the worker to stop with the server")


def test_a_writing_server_keeps_its_threads(small_db, tmp_path):
    import shutil

    from attache.api import create_app

    copy = tmp_path / "w.duckdb"
    shutil.copy(small_db, copy)
    app = create_app(str(copy), token="t0ken", warm=False, processes=1)  # a token: read-write, no workers
    try:
        assert app.state.pool is None and not app.state.shared.read_only
    finally:
        app.state.shared.close()


def test_serve_starts_one_worker_by_default_and_stops_it(small_db, tmp_path):
    import socket
    import subprocess
    import sys

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k not in ("ATTACHE_TOKEN", "ATTACHE_DB")}
    log = tmp_path / "serve.err"
    with open(log, "wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "attache.cli", "--db", small_db, "serve", "--port", str(port)], env=env, stderr=err
        )
    try:
        _wait(lambda: "worker process" in log.read_text() or proc.poll() is not None, "serve to start")
        assert "read-only, 1 worker process" in log.read_text()
        children = _wait(
            lambda: subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split(), "a worker"
        )
        # the worker process exists before it listens: wait for an answer, not for the process alone
        r = _wait(lambda: _answer(f"http://127.0.0.1:{port}/events?limit=1"), "the worker to answer")
        assert r.status_code == 200 and r.json()["items"]
    finally:
        proc.terminate()
        _wait(lambda: proc.poll() is not None, "serve to stop")
    _wait(lambda: all(_exited(int(pid)) for pid in children), "the worker to stop with the server")


def test_bench_api_load_reports_every_route(small_db, tmp_path):
    """``attache bench api --clients``: a real ``attache serve`` child, the planned mix of routes, figures per route;
    a server that cannot start is one clear error, and no child is left behind."""
    from attache.bench import LOAD_ROUTES, bench_api_load

    result = bench_api_load(small_db, clients=2, seconds=1.0, workers=0)
    routes = result["routes"]
    assert set(routes) == set(LOAD_ROUTES) and result["errors"] == 0, routes
    assert result["requests"] == sum(r["requests"] for r in routes.values()) and result["events"] > 0
    for r in routes.values():
        if r["requests"]:
            assert r["p50_ms"] <= r["p95_ms"] <= r["p99_ms"] <= r["max_ms"] and r["first_error"] is None
    with pytest.raises(RuntimeError, match="attache serve stopped"):
        bench_api_load(str(tmp_path / "missing" / "none.duckdb"), clients=1, seconds=1.0, workers=0)


def _answer(url: str):
    """The server's answer at ``url``, None while nothing listens yet."""
    try:
        return httpx.get(url, timeout=60)
    except httpx.ConnectError:
        return None
