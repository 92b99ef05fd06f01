"""The store on both backends (a DuckDB file and a real PostgreSQL server): migrations, duplicates,
transactions, crash mid-batch, read-only SQL, export."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from attache.extract import extract
from attache.model import Analysis, Event, ListFilter, Party
from attache.sources import plan_inputs, read_inputs
from attache.store import StoreError, open_store
from attache.store.migrations import latest_version, migrations


@pytest.fixture(params=["duckdb", "postgres"])
def db(request, tmp_path) -> str:
    """Every test here runs once on a DuckDB file and once on a fresh PostgreSQL database."""
    if request.param == "duckdb":
        return str(tmp_path / "test.duckdb")
    return request.getfixturevalue("pg_server").new_database("store")


def _raw(db: str, sql: str) -> list[tuple]:
    """Run SQL on the database without attache (its own driver)."""
    if db.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(db, autocommit=True) as con:
            cur = con.execute(sql)
            return cur.fetchall() if cur.description else []
    con = duckdb.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _seed_articles(seeds_dir):
    return [extract(r) for r in read_inputs(plan_inputs([str(seeds_dir)]))]


def test_migrations_are_recorded_and_idempotent(db):
    with open_store(db) as s:
        assert s.schema_version() == latest_version() >= 1
        assert s.migrate() == []  # nothing left to apply
    versions = [r[0] for r in _raw(db, "select version from schema_migrations order by 1")]
    assert versions == [m.version for m in migrations()] and versions[-1] == latest_version()


def _consult(article_id: str, event_id: str, **changes) -> Event:
    """A CONSULT event from the USA to Pakistan, asserted and undated; ``changes`` set other fields."""
    usa, pak = Party("USA", "United States", "USA", None, 0, 4), Party("PAK", "Pakistan", "PAK", None, 20, 28)
    event = Event(
        event_id,
        article_id,
        0,
        40,
        10,
        15,
        "x",
        "CONSULT",
        None,
        "040",
        "04",
        1,
        1.0,
        usa,
        pak,
        None,
        None,
        "unknown",
        None,
        "diplomacy",
        "asserted",
        None,
        None,
        0.7,
    )
    return replace(event, **changes)


def test_event_sides_and_participants_roundtrip(db, seeds_dir):
    """Each side keeps the words it came from and other participants keep their role (migration 0011)."""
    art = _seed_articles(seeds_dir)[0]
    ev = _consult(
        art.id,
        "e1",
        source_span={"start": 0, "end": 9, "text": "U.S. side"},
        participants=[{"role": "topic", "start": 30, "end": 38, "text": "minerals"}],
    )
    with open_store(db) as s:
        s.add_articles([art])
        s.save_analyses([Analysis(art.id, events=[ev])], [])
        (row,) = s.events_of([art.id])
    assert row["source_span"] == {"start": 0, "end": 9, "text": "U.S. side"} and row["target_span"] is None
    assert row["participants"] == [{"role": "topic", "start": 30, "end": 38, "text": "minerals"}]


def test_event_pages_keep_undated_events_at_a_page_edge(db, seeds_dir):
    """The store pages events by day (days first, then the rows of the page's days): a page that runs from the
    last dated day into the undated events (sorted last) holds both, on either backend."""
    art = _seed_articles(seeds_dir)[0]

    def event(i: int, day: str | None) -> Event:
        return _consult(
            art.id, f"e{i:02d}", sentence_start=i, trigger_start=i, date=day, date_precision="day" if day else "unknown"
        )

    days = ["2025-04-01"] * 3 + ["2025-04-02"] * 2 + [None] * 4 + ["2025-04-03"] * 2
    with open_store(db) as s:
        s.add_articles([art])
        s.save_analyses([Analysis(art.id, events=[event(i, d) for i, d in enumerate(days)])], [])
        for f in (ListFilter(), ListFilter(dyad=("USA", "PAK")), ListFilter(since="2025-04-02")):
            every = [e["id"] for e in s.find_events(f)]
            assert s.count_events(f) == len(every) == (4 if f.since else 11)
            assert f.since or every[-4:] == ["e05", "e06", "e07", "e08"]  # undated last (a date range leaves them out)
            for limit in range(1, len(every) + 1):
                for offset in range(len(every) + 1):
                    page = [e["id"] for e in s.find_events(f, limit=limit, offset=offset)]
                    assert page == every[offset : offset + limit], (f, limit, offset)


def test_old_schema_is_migrated_forward(db):
    _raw(db, "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)")
    with pytest.raises(StoreError, match="schema v0"):
        open_store(db, read_only=True)
    with open_store(db) as s:
        assert s.schema_version() == latest_version()
        assert s.count("articles") == 0


def test_same_article_is_stored_once(db, seeds_dir):
    arts = _seed_articles(seeds_dir)
    with open_store(db) as s:
        r1 = s.add_articles(arts + arts[:1])  # a duplicate inside the batch too
        r2 = s.add_articles(arts)
        assert len(r1.new) == 2 and len(r1.duplicate) == 1
        assert r2.new == [] and len(r2.duplicate) == 2
        assert s.count() == 2


def test_roundtrip_article(db, seeds_dir):
    arts = _seed_articles(seeds_dir)
    with open_store(db) as s:
        s.add_articles(arts)
        for a in arts:
            back = s.get_article(a.id[:8])
            assert back.to_dict() == a.to_dict()
        many = s.get_articles([arts[1].id, "0" * 16, arts[0].id])  # one query; an id not stored is left out
        assert sorted(many) == sorted(a.id for a in arts)
        assert all(many[a.id].to_dict() == a.to_dict() for a in arts)
        assert s.get_articles([]) == {}


def test_failed_batch_is_rolled_back_and_earlier_batches_stay(db, seeds_dir):
    good, other = _seed_articles(seeds_dir)
    broken = replace(other, id="ffffffffffffffff", text=None)  # violates NOT NULL mid-batch
    with open_store(db) as s:
        s.add_articles([good])
        with pytest.raises(Exception):  # noqa: B017  whichever error the database raises for the NULL
            s.add_articles([other, broken])
        assert s.count() == 1  # 'other' was inserted before the failure and rolled back with it
        assert s.add_articles([other]).new == [other.id]


def test_crash_mid_batch_leaves_previous_state(db, seeds_dir, tmp_path):
    """A process killed inside a write transaction loses that batch only."""
    script = tmp_path / "crash.py"
    script.write_text(
        "import os, sys\n"
        "from attache.extract import extract\n"
        "from attache.sources import plan_inputs, read_inputs\n"
        "from attache.store import open_store\n"
        f"arts = [extract(r) for r in read_inputs(plan_inputs([{str(seeds_dir)!r}]))]\n"
        f"s = open_store({db!r})\n"
        "s.add_articles(arts[:1])\n"
        "s.con.execute('BEGIN TRANSACTION')\n"
        "s.con.execute(\"UPDATE articles SET title = 'half-written'\")\n"
        's.con.execute("DELETE FROM articles")\n'
        "os._exit(9)\n"
    )
    proc = subprocess.run([sys.executable, str(script)], capture_output=True)
    assert proc.returncode == 9, proc.stderr.decode()
    with open_store(db) as s:
        assert s.count() == 1
        _, rows = s.query("select title from articles")
        assert rows[0][0] != "half-written"


def test_sql_is_read_only(cli, db, seeds_dir):
    cli("ingest", seeds_dir, db=db)
    r = cli("sql", "delete from articles", db=db)
    assert r.code == 1 and r.err.startswith("error:")
    assert "Traceback" not in r.err
    r = cli("sql", "select count(*) n from articles", "-f", "csv", db=db)
    assert r.out.splitlines() == ["n", "2"]


def test_sql_without_database_says_what_to_do(cli, tmp_path):
    r = cli("sql", "select 1", db=str(tmp_path / "none.duckdb"))
    assert r.code == 1 and "attache ingest" in r.err


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_export_formats_read_back(cli, db, seeds_dir, tmp_path, fmt):
    cli("ingest", seeds_dir, db=db)
    target = tmp_path / f"out.{fmt}"
    r = cli("export", "articles", "--format", fmt, "-o", target, db=db)
    assert r.code == 0 and "wrote 2 rows" in r.out
    reader = {"parquet": "read_parquet", "csv": "read_csv_auto", "jsonl": "read_json_auto"}[fmt]
    rows = duckdb.sql(f"select title, outlet from {reader}('{target}') order by title").fetchall()
    assert rows == [("Pragmatic Relations", "Nawaiwaqt"), ("US and Pakistan Discuss Security, Trade, and UN Role", "NewsVane")]
    if fmt == "jsonl":
        assert all(json.loads(line)["id"] for line in target.read_text().splitlines())


def test_export_query_and_bad_table(cli, db, seeds_dir, tmp_path):
    cli("ingest", seeds_dir, db=db)
    r = cli("export", "select outlet, count(*) n from articles group by 1", "-f", "csv", "-o", tmp_path / "q.csv", db=db)
    assert r.code == 0 and "wrote 2 rows" in r.out
    r = cli("export", "nosuchtable", "-f", "csv", "-o", tmp_path / "x.csv", db=db)
    assert r.code == 1 and "no table" in r.err


def test_articles_and_show(cli, db, seeds_dir):
    cli("ingest", seeds_dir, db=db)
    r = cli("articles", "--format", "json", db=db)
    rows = json.loads(r.out)
    assert [x["outlet"] for x in rows] == ["NewsVane", "Nawaiwaqt"]  # dated first
    assert set(rows[0]) == {"id", "outlet", "published", "language", "genre", "title", "syndication_group", "origin"}
    table = cli("articles", db=db)
    assert "NewsVane" in table.out and "Pragmatic" in table.out
    shown = cli("show", rows[0]["id"][:6], db=db)
    assert "## A Diplomatic Exchange With High Stakes" in shown.out
    assert "> U.S. and Pakistan deepen ties" in shown.out
    js = json.loads(cli("show", rows[1]["id"], "--format", "json", db=db).out)
    assert js["title"] == "Pragmatic Relations" and js["published"] is None
    assert cli("show", "zzzzzz", db=db).code == 1
    assert cli("articles", "--since", "April", db=db).code == 2
    assert json.loads(cli("articles", "--since", "2025-01-01", "-f", "json", db=db).out)[0]["outlet"] == "NewsVane"


def test_env_var_selects_database(tmp_path, seeds_dir, monkeypatch):
    from conftest import run_exe

    target = tmp_path / "env.duckdb"
    proc = run_exe("ingest", seeds_dir, env={}, cwd=tmp_path)
    assert proc.returncode == 0 and (tmp_path / "attache.duckdb").exists()  # the default
    import os

    env = {**os.environ, "ATTACHE_DB": str(target)}
    proc = subprocess.run(
        [str(Path(sys.executable).parent / "attache"), "ingest", str(seeds_dir)], capture_output=True, env=env, cwd=tmp_path
    )
    assert proc.returncode == 0 and target.exists()


def test_postgres_url_errors_are_one_line(cli, pg_server):
    dead = f"postgresql://nobody:secret@127.0.0.1:{pg_server.port + 1 if pg_server.port < 65535 else 1}/nowhere"
    r = cli("articles", db=dead)
    assert r.code == 1 and r.err.startswith("error: cannot connect to PostgreSQL") and "Traceback" not in r.err
    assert "secret" not in r.err  # the password is not echoed
    r = cli("articles", db=pg_server.url("no_such_database"))
    assert r.code == 1 and "no_such_database" in r.err


def test_env_var_selects_postgres(tmp_path, seeds_dir, pg_server):
    url = pg_server.new_database("env")
    env = {**__import__("os").environ, "ATTACHE_DB": url}
    proc = subprocess.run(
        [str(Path(sys.executable).parent / "attache"), "ingest", str(seeds_dir)], capture_output=True, env=env, cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert not (tmp_path / "attache.duckdb").exists()
    assert _raw(url, "select count(*) from articles") == [(2,)]
