"""attache watch: a feed and its pages served on 127.0.0.1; robots.txt, private addresses, state across runs."""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

import pytest

PAGE = """<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>{body}</p><p>{body}</p></article></body></html>"""


def _pages(root: Path) -> None:
    """Two news pages: a.html (talks agreed) and b.html (a call); test_api_hardening.py serves them too."""
    (root / "a.html").write_text(
        PAGE.format(
            title="Pakistan and India agree to talks",
            body="Pakistan and India agreed on Monday to hold talks in Geneva next week, officials said.",
        )
    )
    (root / "b.html").write_text(
        PAGE.format(
            title="Rubio calls Dar",
            body="U.S. Secretary of State Marco Rubio spoke with Pakistani Foreign Minister Ishaq Dar on Tuesday.",
        )
    )


def _site(root: Path, port_holder: dict) -> None:
    base = f"http://127.0.0.1:{port_holder['port']}"
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n")
    _pages(root)
    (root / "private").mkdir(exist_ok=True)
    (root / "private" / "c.html").write_text(PAGE.format(title="Hidden", body="This page must not be fetched by a polite robot."))
    (root / "img.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    items = "".join(
        f"<item><title>{t}</title><link>{base}/{p}</link><guid>{p}</guid><pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate></item>"
        for t, p in (("Talks", "a.html"), ("Call", "b.html"), ("Hidden", "private/c.html"), ("Image", "img.png"))
    )
    (root / "feed.xml").write_text(
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>Test Wire</title>{items}</channel></rss>"
    )


@pytest.fixture
def site(tmp_path):
    holder = {"port": 0}
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(tmp_path), **k)  # noqa: E731
    http.server.SimpleHTTPRequestHandler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    holder["port"] = server.server_address[1]
    _site(tmp_path, holder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{holder['port']}"
    server.shutdown()


def test_watch_fetches_new_items_once(site, cli, tmp_path):
    db = str(tmp_path / "w.duckdb")
    refused = cli("watch", f"{site}/feed.xml", "--once", "--no-analyze", db=db)
    assert "private or local address" in refused.out and "0 new" in refused.out
    first = cli("watch", f"{site}/feed.xml", "--once", "--no-analyze", "--allow-private", "--pause", "0", db=db)
    assert "2 new, 0 duplicate, 2 failed" in first.out, first.out
    assert "robots.txt" in first.out and "not an HTML page (image/png)" in first.out
    again = cli("watch", f"{site}/feed.xml", "--once", "--no-analyze", "--allow-private", "--pause", "0", db=db)
    assert "0 new, 0 duplicate" in again.out  # items taken before are not fetched again
    from attache.store import open_store

    with open_store(db, read_only=True) as s:
        rows = s.con.execute("SELECT title, outlet, published FROM articles ORDER BY title").fetchall()
        taken = s.con.execute("SELECT count(*) FROM feed_items").fetchone()[0]
    assert [r[0] for r in rows] == ["Pakistan and India agree to talks", "Rubio calls Dar"] and rows[0][1] == "Test Wire"
    assert str(rows[0][2]) == "2025-06-02" and taken == 2
    other = cli(
        "watch",
        f"{site}/feed.xml",
        "--once",
        "--no-analyze",
        "--allow-private",
        "--allow-host",
        "example.org",
        db=str(tmp_path / "x.duckdb"),
    )
    assert "not in the allow-list" in other.out
