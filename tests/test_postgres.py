"""The whole chain on PostgreSQL gives what it gives on DuckDB: the same articles analysed into both,
then events, stories, relations, alerts, briefs and API answers compared."""

from __future__ import annotations

import json

import pytest

from attache.model import DyadQuery, ListFilter
from conftest import BUNDLED_SEEDS, DEMO, SEEDS

ANALYSED = 24  # the seeds and 22 State Department items on Russia and the United States (Feb 2022)
# the other country of the compared dyad: Russia with the demo corpus, else Pakistan (the seeds alone)
OTHER = "RUS" if DEMO.exists() else "PAK"


def _subset(folder) -> list[str]:
    """A JSONL of the State Department's Feb 2022 items on Russia and the United States (none without ../shared:
    the seeds alone are then analysed into both stores)."""
    subset = folder / "usa_rus.jsonl"
    lines = []
    if DEMO.exists():
        for line in (DEMO / "state_department_2021_2022.jsonl").open(encoding="utf-8"):
            d = json.loads(line)
            if " Feb 2022 " in d.get("date", "") and "Russia" in d["text"] and "United States" in d["text"]:
                lines.append(line)
    if not lines:
        return []
    subset.write_text("".join(lines[: ANALYSED - 2]), encoding="utf-8")
    return [str(subset)]


def _build(location: str, inputs: list[str]) -> None:
    from attache.analysis import analyze_stored
    from attache.pipeline import ingest
    from attache.store import open_store
    from attache.stories.build import update_stories

    with open_store(location) as store:
        summary = ingest(store, inputs)
        assert not summary.problems and summary.new >= 2
        analyze_stored(store, summary.article_ids)
        update_stories(store)


@pytest.fixture(scope="module")
def both(tmp_path_factory, pg_server):
    folder = tmp_path_factory.mktemp("both")
    inputs = [str(SEEDS if SEEDS.exists() else BUNDLED_SEEDS), *_subset(folder)]
    duck, pg = str(folder / "duck.duckdb"), pg_server.new_database("chain")
    _build(duck, inputs)
    _build(pg, inputs)
    return duck, pg


def _strip(value, volatile=("updated_at", "ingested_at", "analyzed_at", "generated_at", "run_id")):
    if isinstance(value, dict):
        return {k: _strip(v, volatile) for k, v in value.items() if k not in volatile}
    if isinstance(value, list):
        return [_strip(v, volatile) for v in value]
    if isinstance(value, float):
        return round(value, 6)
    return value


def test_same_tables_on_both_backends(both):
    from attache.store import open_store

    duck, pg = both
    tables = (
        "articles",
        "mentions",
        "events",
        "quantities",
        "claims",
        "article_facts",
        "actor_tone",
        "analyses",
        "stories",
        "story_members",
        "actors",
    )
    with open_store(duck, read_only=True) as d, open_store(pg, read_only=True) as p:
        counts = {t: (d.count(t), p.count(t)) for t in tables}
        assert all(a == b for a, b in counts.values()), counts
        # the seeds alone (no ../shared beside the checkout) are one story of a dozen events
        assert counts["events"][0] > (20 if DEMO.exists() else 5) and counts["stories"][0] >= (2 if DEMO.exists() else 1)
        assert _strip(d.find_events(ListFilter(include_all=True))) == _strip(p.find_events(ListFilter(include_all=True)))
        ids = [r["id"] for r in d.list_articles(limit=1000)]
        assert ids == [r["id"] for r in p.list_articles(limit=1000)]
        assert _strip(d.facts_of(ids)) == _strip(p.facts_of(ids))
        assert [m.__dict__ for m in d.mentions_of(ids)] == [m.__dict__ for m in p.mentions_of(ids)]
        assert _strip([s.to_dict() for s in d.stories()]) == _strip([s.to_dict() for s in p.stories()])
        russia = ListFilter(country=OTHER)
        assert _strip([s.to_dict() for s in d.stories(russia)]) == _strip([s.to_dict() for s in p.stories(russia)]) != []


def test_relations_and_briefs_agree(both):
    from attache import relations
    from attache.report.brief import build_brief
    from attache.report.dyad import build_dyad_brief
    from attache.store import open_store

    duck, pg = both
    with open_store(duck, read_only=True) as d, open_store(pg, read_only=True) as p:
        for by in ("domain", "type"):
            td, tp = (relations.timeline(s, DyadQuery("USA", OTHER, by=by, interval="week")) for s in (d, p))
            assert _strip(td) == _strip(tp) and td["periods"]
        assert _strip(relations.busiest_dyads(d)) == _strip(relations.busiest_dyads(p))
        assert _strip(relations.alerts(d, z=1.0, min_events=1)) == _strip(relations.alerts(p, z=1.0, min_events=1))
        assert _strip(build_dyad_brief(d, "USA", "PAK")) == _strip(build_dyad_brief(p, "USA", "PAK"))
        assert _strip(build_brief(d)) == _strip(build_brief(p))


def test_api_on_postgres(both):
    from fastapi.testclient import TestClient

    from attache.api import create_app

    duck, pg = both
    paths = [
        "/articles?limit=5",
        "/dyads",
        "/dyads/USA/RUS/timeline?interval=week",
        "/stories",
        "/actors?limit=5",
        "/search?q=russia",
        "/events?actor=RUS&limit=5",
    ]
    with (
        TestClient(create_app(duck), base_url="http://localhost") as cd,
        TestClient(create_app(pg), base_url="http://localhost") as cp,
    ):
        for path in paths:
            rd, rp = cd.get(path), cp.get(path)
            assert rd.status_code == rp.status_code == 200, (path, rp.text[:300])
            assert _strip(rd.json()) == _strip(rp.json()), path
        story = cd.get("/stories").json()["items"][0]["id"]
        article = cd.get("/articles?limit=1").json()["items"][0]["id"]
        for path in (
            f"/stories/{story}",
            f"/stories/{story}/comparison",
            f"/articles/{article}",
            "/dyads/USA/PAK/brief",
            "/alerts?z=1&min_events=1",
        ):
            rd, rp = cd.get(path), cp.get(path)
            assert rd.status_code == rp.status_code, (path, rp.text[:300])
            assert _strip(rd.json()) == _strip(rp.json()), path


def test_api_workers_on_postgres(both):
    """The layout `attache serve` uses by default for a read-only server: a real uvicorn whose read routes are
    answered by a worker process with its own PostgreSQL session, relayed by the server's process. Its answers are
    DuckDB's (answered in threads); the worker stops with the server."""
    import httpx
    from fastapi.testclient import TestClient
    from test_api_hardening import _wait

    from attache.api import create_app, serve_in_thread

    duck, pg = both
    paths = ["/articles?limit=5", "/dyads", f"/dyads/USA/{OTHER}/timeline?interval=week", "/stories", "/events?limit=5"]
    paths += ["/search?q=russia", "/dyads/USA/PAK/brief", "/alerts?z=1&min_events=1"]
    srv, thread, base = serve_in_thread(pg, warm=False, processes=1)
    pool = srv.config.app.state.pool
    try:
        assert pool is not None and pool.workers, "a read-only server over PostgreSQL starts its worker process"
        with TestClient(create_app(duck), base_url="http://localhost") as cd, httpx.Client(base_url=base, timeout=120) as cp:
            assert cp.get("/health").json()["read_only"] is True
            for path in paths:
                rd, rp = cd.get(path), cp.get(path)
                assert rd.status_code == rp.status_code == 200, (path, rp.text[:300])
                assert _strip(rd.json()) == _strip(rp.json()), path
            assert cp.get("/events?limit=0").status_code == 422  # validated in the worker, relayed
            assert cp.post("/ingest", json={"records": []}).status_code == 403  # read-only: refused in the server
    finally:
        srv.should_exit = True
        _wait(lambda: not thread.is_alive(), "the server to stop")
    for w in pool.workers:
        _wait(lambda w=w: w.proc.poll() is not None, "the worker to stop with the server")
