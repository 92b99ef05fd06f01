"""Spark in local mode: the same WARC and folder through `attache spark run` + `attache load` and through
`attache analyze` on one machine give the same stored results (DuckDB), and the load works on PostgreSQL."""

from __future__ import annotations

import importlib.util
import json

import pytest
from test_warc import _write_warc

from conftest import DEMO, ROOT, SEEDS, needs_shared, run_exe

# every stored table, without the columns that say when or in which run a row was written
COMPARED = (
    "articles",
    "analyses",
    "mentions",
    "events",
    "quantities",
    "claims",
    "article_facts",
    "actor_tone",
    "stories",
    "story_members",
    "actors",
    "actor_roles",
)
VOLATILE = {"run_id", "ingested_at", "analyzed_at", "updated_at", "added_at"}


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_dated_page = _script("make_warcs").page  # an HTML page carrying the record's date, as the timing runs use


def _tables(db: str) -> dict[str, list]:
    from attache.store import open_store

    out = {}
    with open_store(db, read_only=True) as s:
        for table in COMPARED:
            cols, rows = s.query(f"SELECT * FROM {table}")
            keep = [i for i, c in enumerate(cols) if c not in VOLATILE]
            out[table] = sorted(repr(tuple(r[i] for i in keep)) for r in rows)
    return out


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """A WARC of 12 State Department readouts (27-28 Feb 2022) plus the seeds folder, both routes."""
    tmp = tmp_path_factory.mktemp("spark")
    rows = []
    for line in (DEMO / "state_department_2021_2022.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        if " Feb 2022 " in r["date"] and "Russia" in r["text"] and len(r["text"]) > 300:
            rows.append(r)
        if len(rows) == 12:
            break
    warc = tmp / "readouts.warc.gz"
    _write_warc(warc, [(r["url"], _dated_page(r)) for r in rows])  # with a request, an image and a 404 besides
    inputs = [str(warc), str(SEEDS)]
    out = tmp / "out"
    spark = run_exe("spark", "run", *[a for i in inputs for a in ("--input", i)], "--output", out, "--master", "local[2]")
    single = run_exe("analyze", *inputs, "--db", tmp / "single.duckdb")
    return tmp, out, spark, single


@needs_shared
def test_spark_and_single_machine_store_the_same(runs):
    tmp, out, spark, single = runs
    assert spark.returncode == 0, spark.stderr.decode()[-2000:]
    assert single.returncode == 0, single.stderr.decode()[-2000:]
    manifest = json.loads(spark.stdout.decode().strip().splitlines()[-1])
    assert manifest["tables"]["articles"] == 14 and manifest["skipped_records"] == 3 and manifest["tables"]["problems"] == 0
    # Parquet tables partitioned by day
    days = sorted(p.name for p in (out / "events").iterdir() if p.is_dir())
    assert "day=2022-02-28" in days and "day=2025-04-07" in days
    loaded = run_exe("load", out, "--db", tmp / "loaded.duckdb")
    assert loaded.returncode == 0, loaded.stderr.decode()
    assert "14 articles read: 14 new, 0 duplicate" in loaded.stdout.decode()
    got, want = _tables(str(tmp / "loaded.duckdb")), _tables(str(tmp / "single.duckdb"))
    for table in COMPARED:
        assert got[table] == want[table], table
    assert len(want["events"]) > 30 and len(want["stories"]) >= 1
    # a second load of the same output adds nothing
    again = run_exe("load", out, "--db", tmp / "loaded.duckdb")
    assert "0 new, 14 duplicate" in again.stdout.decode()
    assert _tables(str(tmp / "loaded.duckdb")) == got


@needs_shared
def test_load_into_postgres(runs, pg_server):
    tmp, out, spark, _ = runs
    assert spark.returncode == 0
    url = pg_server.new_database("load")
    loaded = run_exe("load", out, "--db", url)
    assert loaded.returncode == 0, loaded.stderr.decode()
    got, want = _tables(url), _tables(str(tmp / "single.duckdb"))
    for table in COMPARED:
        assert got[table] == want[table], table


def test_load_says_what_is_wrong(tmp_path, cli):
    r = cli("load", tmp_path / "nothing", db=str(tmp_path / "x.duckdb"))
    assert r.code == 1 and "no such folder" in r.err
    (tmp_path / "empty").mkdir()
    r = cli("load", tmp_path / "empty", db=str(tmp_path / "x.duckdb"))
    assert r.code == 1 and "attache spark run" in r.err
    r = cli("spark", "run", "--input", tmp_path / "missing.warc.gz", "--output", tmp_path / "o")
    assert r.code == 1 and "no such input" in r.err
    (tmp_path / "o" / "events").mkdir(parents=True)  # an earlier run's output: refused before Spark starts
    r = cli("spark", "run", "--input", tmp_path / "empty", "--output", tmp_path / "o")
    assert r.code == 1 and "already holds tables (events)" in r.err and "--overwrite" in r.err
