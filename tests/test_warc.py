"""WARC input: HTML responses become articles, other records are skipped and counted, damage is reported."""

from __future__ import annotations

import gzip
import html
import io
import json
import re

from conftest import DEMO, needs_shared


def _page(title: str, text: str) -> str:
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    paras = ["".join(f"<p>{html.escape(' '.join(sentences[i : i + 3]))}</p>") for i in range(0, len(sentences), 3)]
    return (
        f"<!doctype html><html><head><title>{html.escape(title)}</title></head><body><nav>Home | About</nav>"
        f"<article><h1>{html.escape(title)}</h1>{''.join(paras)}</article><footer>Copyright</footer></body></html>"
    )


def _write_warc(path, pages, extras=True, gz=True):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for url, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode("utf-8")), http_headers=headers)
            )
        if extras:
            req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
            writer.write_record(
                writer.create_warc_record("https://example.org/", "request", payload=io.BytesIO(b""), http_headers=req)
            )
            img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    "https://example.org/a.png", "response", payload=io.BytesIO(b"\x89PNG..."), http_headers=img
                )
            )
            missing = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    "https://example.org/gone", "response", payload=io.BytesIO(b"<p>gone</p>"), http_headers=missing
                )
            )


@needs_shared
def test_warc_finds_the_same_articles_as_jsonl(tmp_path, cli):
    rows = []
    with open(DEMO / "state_department_2021_2022.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r.get("text") and len(r["text"]) > 300:
                rows.append(r)
            if len(rows) == 200:
                break
    pages = [(r["url"], _page(r["title"], r["text"])) for r in rows]
    warc = tmp_path / "news.warc.gz"
    _write_warc(warc, pages)
    jsonl = tmp_path / "same.jsonl"
    jsonl.write_text("".join(json.dumps({"url": u, "html": b}) + "\n" for u, b in pages), "utf-8")
    a = cli("ingest", warc, db=str(tmp_path / "a.duckdb"))
    b = cli("ingest", jsonl, db=str(tmp_path / "b.duckdb"))
    assert a.code == 0 and b.code == 0
    assert "200 new, 0 duplicate, 0 failed, 3 skipped" in a.out
    from attache.store import open_store

    def articles(db):
        with open_store(db, read_only=True) as s:
            return {r[0]: r[1:] for r in s.con.execute("SELECT id, url, title, text FROM articles").fetchall()}

    got, want = articles(str(tmp_path / "a.duckdb")), articles(str(tmp_path / "b.duckdb"))
    assert len(got) == 200 and got == want


def test_damaged_warc_is_reported_not_fatal(tmp_path, cli):
    good = tmp_path / "good.warc"
    _write_warc(
        good,
        [
            ("https://example.org/a", _page("Pakistan and India talk", "Pakistan and India held talks on Monday. " * 20)),
            ("https://example.org/b", _page("Second page", "The ministers met again on Tuesday in Geneva. " * 20)),
        ],
        extras=False,
        gz=False,
    )
    data = good.read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: int(len(data) * 0.75)])
    garbage = tmp_path / "junk.warc.gz"
    garbage.write_bytes(gzip.compress(b"this is not a web archive at all\n" * 10))
    r = cli("ingest", cut, garbage, db=str(tmp_path / "c.duckdb"))
    assert r.code == 0 and "1 new" in r.out  # what could be read is stored; the rest is reported
    assert "junk.warc.gz@0" in r.out and "not a valid WARC" in r.out
    assert "truncated WARC record" in r.out and "cut.warc@" in r.out
    assert cli("ingest", cut, "--strict", db=str(tmp_path / "d.duckdb")).code == 1
