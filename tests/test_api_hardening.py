"""issue 13 items 6 and 9: hostile requests cost little, and readers are never locked out.

Real DuckDB files, a real uvicorn on 127.0.0.1 where the behaviour is the server's (streamed bodies,
Host headers, disconnects), real subprocesses for serve / watch / CLI reads on one file. Every wait
is for an observable condition, never a fixed delay.
"""

from __future__ import annotations

import http.server
import importlib.util
import json
import os
import select
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from test_watch import _pages

from attache.model import ListFilter
from chromium import launch
from conftest import ROOT, attache_exe, needs_chromium, read_until

JS_URL = "javascript:alert(document.domain)//"


def _synth_module():
    spec = importlib.util.spec_from_file_location("synth_events", ROOT / "scripts" / "synth_events.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def small_db(tmp_path_factory) -> str:
    """3,000 synthetic events in 300 articles, plus two ingested records: one with a javascript: url, one https."""
    from attache.pipeline import ingest
    from attache.store import open_store

    folder = tmp_path_factory.mktemp("hardening")
    path = folder / "small.duckdb"
    _synth_module().build(path, 3000, 300)
    records = folder / "links.jsonl"
    records.write_text(
        json.dumps(
            {
                "title": "Hostile link",
                "url": JS_URL,
                "published": "2025-05-01",
                "outlet": "Test",
                "text": "India and Pakistan met in Geneva on Monday to talk about trade and water, officials said.",
            }
        )
        + "\n"
        + json.dumps(
            {
                "title": "Fine link",
                "url": "https://example.org/a",
                "published": "2025-05-02",
                "outlet": "Test",
                "text": "Japan and Korea signed a fisheries accord on Tuesday in Seoul, the ministries said.",
            }
        )
        + "\n"
    )
    with open_store(str(path)) as store:
        summary = ingest(store, [str(records)])
        assert summary.new == 2
    return str(path)


@pytest.fixture(scope="module")
def client(small_db):
    from fastapi.testclient import TestClient

    from attache.api import create_app

    with TestClient(
        create_app(small_db, token="t0ken", read_only=False, max_body=100_000, warm=False), base_url="http://localhost"
    ) as c:
        yield c


@pytest.fixture
def server(small_db):
    """A real uvicorn on 127.0.0.1 with a token and a 1 MB body cap."""
    from attache.api import serve_in_thread

    srv, thread, base = serve_in_thread(small_db, token="t0ken", read_only=False, max_body=1_000_000, warm=False)
    yield base
    srv.should_exit = True
    thread.join(timeout=10)


def _raw(base: str) -> socket.socket:
    host, port = base.removeprefix("http://").split(":")
    s = socket.create_connection((host, int(port)), timeout=30)
    return s


def _status(sock: socket.socket) -> int:
    return int(read_until(sock, b"\r\n").split(b" ", 2)[1])


def _chunked_headers(base: str, token: str | None) -> bytes:
    auth = f"Authorization: Bearer {token}\r\n" if token else ""
    return (
        f"POST /ingest HTTP/1.1\r\nHost: {base.removeprefix('http://')}\r\n{auth}"
        "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    ).encode()


def _chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


# -- item 6: bodies, tokens, JSON ------------------------------------------------------


def test_token_is_checked_before_the_body_is_read(server):
    """A chunked upload without a token is answered 401 while its body is still on the way (nothing read or written)."""
    for token in (None, "wrong"):
        with _raw(server) as s:
            s.sendall(_chunked_headers(server, token) + _chunk(b"[" * 1000))  # the body never ends: no last chunk
            assert _status(s) == 401


def test_body_cap_counts_bytes_as_they_arrive(server):
    """With the token, a chunked body (no Content-Length) is cut at the cap: the 413 comes long before 40 MB are sent."""
    piece = _chunk(b"x" * 65536)
    planned = 40_000_000
    with _raw(server) as s:
        s.sendall(_chunked_headers(server, "t0ken"))
        sent = 0
        answered = False
        try:
            while sent < planned:
                s.sendall(piece)
                sent += len(piece)
                if select.select([s], [], [], 0)[0]:
                    answered = True
                    break
        except (BrokenPipeError, ConnectionResetError):
            answered = True
        assert answered and sent < planned
        try:
            assert _status(s) == 413
        except ConnectionResetError:  # the server closed after answering; the answer was the 413 (below)
            pass
    # the same with a declared length: refused on the headers alone
    r = httpx.post(server + "/ingest", content=b"x" * 1_500_000, headers={"Authorization": "Bearer t0ken"})
    assert r.status_code == 413 and "limit" in r.json()["detail"]


def test_hostile_json_gets_a_4xx(client):
    auth = {"Authorization": "Bearer t0ken", "Content-Type": "application/json"}
    deep = client.post("/ingest", content=b"[" * 50_000 + b"]" * 50_000, headers=auth)
    assert deep.status_code == 400 and "JSON" in deep.json()["detail"]
    digits = client.post("/ingest", content=b'{"documents": [{"text": "x", "n": ' + b"9" * 5000 + b"}]}", headers=auth)
    assert digits.status_code == 400
    nested_doc = client.post(
        "/ingest?analyze=false", content=b'{"documents": [' + b'{"a":' * 900 + b"1" + b"}" * 900 + b"]}", headers=auth
    )
    assert nested_doc.status_code in (200, 400, 422)  # read or refused, never a 500
    assert client.post("/ingest", content=b"not json", headers=auth).status_code == 400


# -- item 6: headers, Host, links, docs ------------------------------------------------------


def test_security_headers_on_every_answer(client):
    for path in ("/", "/health", "/articles", "/docs", "/static/app.js", "/nope"):
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0], path
        assert r.headers["x-content-type-options"] == "nosniff" and r.headers["referrer-policy"] == "no-referrer"


def test_host_header_allow_list(small_db, server):
    assert httpx.get(server + "/health").status_code == 200
    assert httpx.get(server + "/health", headers={"Host": "localhost:8000"}).status_code == 200
    bad = httpx.get(server + "/health", headers={"Host": "rebind.attacker.example"})
    assert bad.status_code == 400 and "--allow-host" in bad.json()["detail"]
    from attache.api import serve_in_thread

    srv, thread, base = serve_in_thread(small_db, allow_hosts=("attache.lan",), warm=False)
    try:
        assert httpx.get(base + "/health", headers={"Host": "attache.lan:8000"}).status_code == 200
        assert httpx.get(base + "/health", headers={"Host": "other.lan"}).status_code == 400
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


def test_only_http_links(client, small_db):
    from attache.links import safe_link
    from attache.store import open_store

    items = {a["title"]: a for a in client.get("/articles", params={"outlet": "Test"}).json()["items"]}
    assert items["Hostile link"]["url"] == JS_URL and items["Hostile link"]["link"] is None  # kept as data, no link
    assert items["Fine link"]["link"] == "https://example.org/a"
    full = client.get(f"/articles/{items['Hostile link']['id']}").json()
    assert full["url"] == JS_URL and full["link"] is None
    with open_store(small_db, read_only=True) as store:  # flagged at ingest
        assert any("never shown as a link" in w for w in store.get_article(items["Hostile link"]["id"]).warnings)
        assert not store.get_article(items["Fine link"]["id"]).warnings
    for bad in (
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>",
        "//evil.example/x",
        "vbscript:msgbox",
        "http:/no-host",
        "https://ok.example/\n",
    ):
        assert safe_link(bad) is None, bad
    assert safe_link("HTTPS://Example.org/path?q=1") == "HTTPS://Example.org/path?q=1"


def test_docs_work_offline(client):
    page = client.get("/docs")
    assert page.status_code == 200 and "http://" not in page.text and "https://" not in page.text
    for asset in ("/static/swagger-ui/swagger-ui-bundle.js", "/static/swagger-ui/swagger-ui.css", "/static/docs.js"):
        assert asset in page.text or asset == "/static/docs.js"
        assert client.get(asset).status_code == 200, asset
    assert "validatorUrl: null" in client.get("/static/docs.js").text
    assert client.get("/openapi.json").json()["info"]["title"] == "attache"


@needs_chromium
def test_browser_docs_offline_and_no_script_links(small_db):
    """In Chromium: /docs renders from the app's own files (no request leaves 127.0.0.1), the CSP blocks nothing
    the app needs, and a javascript: url never becomes a link on the article page."""
    from playwright.sync_api import sync_playwright

    from attache.api import serve_in_thread

    srv, thread, base = serve_in_thread(small_db, warm=False)
    try:
        with sync_playwright() as p:
            browser = launch(p)
            page = browser.new_page()
            hosts, violations = set(), []
            page.on("request", lambda req: hosts.add(req.url.split("/")[2]))
            page.on("console", lambda msg: violations.append(msg.text) if "Content Security Policy" in msg.text else None)
            page.goto(base + "/docs")
            page.wait_for_selector(".swagger-ui .info .title")
            assert "attache" in page.inner_text(".swagger-ui .info .title")
            page.wait_for_selector("text=/events")
            assert hosts == {base.removeprefix("http://")}, hosts
            hostile = httpx.get(base + "/articles", params={"q": "Hostile link"}).json()["items"][0]["id"]
            page.goto(f"{base}/#/article/{hostile}")
            page.wait_for_selector("text=Hostile link")
            assert page.locator("a[href^='javascript']").count() == 0 and page.locator("text=original").count() == 0
            fine = httpx.get(base + "/articles", params={"q": "fisheries"}).json()["items"][0]["id"]
            page.goto(f"{base}/#/article/{fine}")
            page.wait_for_selector("a:has-text('original')")
            assert page.get_attribute("a:has-text('original')", "href") == "https://example.org/a"
            assert not violations, violations
            browser.close()
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


# -- item 6: paging in SQL, time limits, concurrency, client gone ---------------------------------


def test_events_paged_in_sql(client, small_db, monkeypatch):
    from attache.store import DuckDBStore, open_store

    with open_store(small_db, read_only=True) as store:
        everything = store.find_events()
        for limit, offset in ((1, 0), (7, 3), (50, 2990), (5, 5000)):
            page = store.find_events(limit=limit, offset=offset)
            assert [e["id"] for e in page] == [e["id"] for e in everything[offset : offset + limit]]
        assert store.count_events() == len(everything)
        pair = ListFilter(dyad=("USA", "RUS"))
        dyad = store.find_events(pair)
        assert [e["id"] for e in store.find_events(pair, limit=4, offset=2)] == [e["id"] for e in dyad[2:6]]
    fetched = []
    original = DuckDBStore.query

    def counting(self, sql, params=None):
        cols, rows = original(self, sql, params)
        fetched.append(len(rows))
        return cols, rows

    monkeypatch.setattr(DuckDBStore, "query", counting)
    r = client.get("/events", params={"limit": 1}).json()
    assert len(r["items"]) == 1 and r["total"] == len(everything)
    assert fetched and max(fetched) == 1  # the route never fetched more than its page


def test_query_time_limit_gives_503(small_db, monkeypatch):
    from fastapi.testclient import TestClient

    from attache.api import create_app
    from attache.store import DuckDBStore, QueryTimeout, open_store

    with open_store(small_db, read_only=True) as store:
        with pytest.raises(QueryTimeout, match="longer than its limit"):
            with store.session(timeout=0.5) as s:
                s.con.execute("SELECT count(*) FROM range(1000000000000) a, range(1000000) b").fetchall()
        assert store.count("articles") > 0  # the store is fine after an interrupted session

    def endless(self, *a, **k):  # stands for a query too big for its limit
        return self.con.execute("SELECT count(*) FROM range(1000000000000) a, range(1000000) b").fetchone()[0]

    monkeypatch.setattr(DuckDBStore, "count_stories", endless)
    with TestClient(create_app(small_db, query_timeout=0.5, warm=False), base_url="http://localhost") as c:
        r = c.get("/stories")
        assert r.status_code == 503 and "limit" in r.json()["detail"]
        assert c.get("/articles").status_code == 200


def test_reads_run_side_by_side_and_stop_when_the_client_leaves(small_db, monkeypatch):
    """A request stuck in a long query does not hold up the others; closing its connection stops the query."""
    from attache.api import serve_in_thread
    from attache.store import DuckDBStore

    running, stopped = threading.Event(), threading.Event()
    outcome = {}

    def endless(self, *a, **k):
        running.set()
        try:
            return self.con.execute("SELECT count(*) FROM range(1000000000000) a, range(1000000) b").fetchone()[0]
        except BaseException as exc:
            outcome["error"] = type(exc).__name__
            raise
        finally:
            stopped.set()

    monkeypatch.setattr(DuckDBStore, "count_stories", endless)
    srv, thread, base = serve_in_thread(small_db, query_timeout=600, warm=False)
    try:
        with _raw(base) as s:
            s.sendall(f"GET /stories HTTP/1.1\r\nHost: {base.removeprefix('http://')}\r\n\r\n".encode())
            assert running.wait(60)
            for path in ("/health", "/articles?limit=3", "/events?limit=2", "/dyads/USA/RUS/timeline"):
                assert httpx.get(base + path, timeout=60).status_code == 200, path
            assert not stopped.is_set()  # the long query was still running while the others were answered
        assert stopped.wait(60) and outcome["error"]  # the client went away: its query was interrupted
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


def test_alerts_answer_from_kept_results(small_db):
    from attache import relations
    from attache.store import open_store

    with open_store(small_db, read_only=True) as store:
        fresh = relations.alerts(store, cache=False)
        kept = relations.alerts(store)
        again = relations.alerts(store)
        assert fresh == kept == again and fresh
        calls = []
        original = store.alert_shifts
        store.alert_shifts = lambda *a, **k: calls.append((a, k)) or original(*a, **k)
        relations.alerts(store)
        assert calls == []  # nothing changed: answered from the kept list
        page = relations.alerts(store, evidence=False)[-3:]
        relations.attach_evidence(store, page, version=store.data_version())
        assert [al["evidence"] for al in page] == [al["evidence"] for al in fresh[-3:]]


# -- item 9: serve, watch and CLI reads on one file at once --------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _feed(root: Path, base: str, pages: list[str]) -> None:
    items = "".join(
        f"<item><title>{p}</title><link>{base}/{p}</link><guid>{p}</guid><pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate></item>"
        for p in pages
    )
    tmp = root / "feed.xml.tmp"
    tmp.write_text(f"<?xml version='1.0'?><rss version='2.0'><channel><title>Test Wire</title>{items}</channel></rss>")
    tmp.replace(root / "feed.xml")


def _wait(condition, what: str, timeout: float = 240.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def test_serve_watch_and_cli_reads_share_one_file(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(site), **k)  # noqa: E731
    http.server.SimpleHTTPRequestHandler.log_message = lambda *a: None
    feed_server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=feed_server.serve_forever, daemon=True).start()
    feed = f"http://127.0.0.1:{feed_server.server_address[1]}"
    _pages(site)  # the two pages of test_watch.py
    _feed(site, feed, ["a.html"])

    db = str(tmp_path / "shared.duckdb")
    env = {k: v for k, v in os.environ.items() if k not in ("ATTACHE_TOKEN", "ATTACHE_DB")}
    env["ATTACHE_LOCK_WAIT"] = "30"
    exe = attache_exe()
    assert (
        subprocess.run(
            [exe, "--db", db, "watch", f"{feed}/feed.xml", "--once", "--no-analyze", "--allow-private", "--pause", "0"],
            env=env,
            capture_output=True,
            timeout=300,
        ).returncode
        == 0
    )
    port = _free_port()
    procs = []
    try:
        serve = subprocess.Popen(
            [exe, "--db", db, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        procs.append(serve)
        api = f"http://127.0.0.1:{port}"

        def answers():
            try:
                return httpx.get(api + "/health", timeout=10).json()
            except httpx.HTTPError:
                return None

        health = _wait(answers, "serve to answer")
        assert health["read_only"] is True  # no token: the server only reads
        watch = subprocess.Popen(
            [exe, "--db", db, "watch", f"{feed}/feed.xml", "--every", "2s", "--no-analyze", "--allow-private", "--pause", "0"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        procs.append(watch)
        _feed(site, feed, ["a.html", "b.html"])  # a new item: watch must store it while serve runs

        def titles_from_serve():
            try:  # a slow answer (the CLI and watch share the file) is asked again, not a failure
                r = httpx.get(api + "/articles", timeout=120)
            except httpx.TimeoutException:
                return set()
            assert r.status_code == 200, r.text
            return {a["title"] for a in r.json()["items"]}

        reads = 0
        while True:  # the CLI reads the same file while both run, at least once whatever the machine's speed
            cli = subprocess.run([exe, "--db", db, "articles", "--format", "json"], env=env, capture_output=True, timeout=120)
            assert cli.returncode == 0, cli.stderr.decode()
            reads += 1
            assert watch.poll() is None, watch.communicate()[1].decode()[-3000:]
            assert serve.poll() is None, serve.communicate()[1].decode()[-3000:]
            assert reads < 500, "watch never stored the new item"
            if "Rubio calls Dar" in titles_from_serve():
                break
        assert reads >= 1
        after = subprocess.run([exe, "--db", db, "articles", "--format", "json"], env=env, capture_output=True, timeout=120)
        assert after.returncode == 0 and b"Rubio calls Dar" in after.stdout
        assert watch.poll() is None and serve.poll() is None  # both still running
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
        feed_server.shutdown()


def test_cli_read_names_the_process_holding_the_lock(tmp_path):
    """A writer that never lets go: a read retries for ATTACHE_LOCK_WAIT seconds, then says who holds the file."""
    db = str(tmp_path / "held.duckdb")
    from attache.store import open_store

    with open_store(db):
        pass
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('held', flush=True); sys.stdin.read()",
            db,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout.readline().strip() == b"held"
        env = {**os.environ, "ATTACHE_LOCK_WAIT": "0.5"}
        env.pop("ATTACHE_DB", None)
        r = subprocess.run([attache_exe(), "--db", db, "articles"], env=env, capture_output=True, timeout=120)
        err = r.stderr.decode()
        assert r.returncode == 1 and "in use by another attache process" in err and f"process {holder.pid}" in err, err
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    ok = subprocess.run(
        [attache_exe(), "--db", db, "articles"], env={**os.environ, "ATTACHE_LOCK_WAIT": "0.5"}, capture_output=True, timeout=120
    )
    assert ok.returncode == 0
