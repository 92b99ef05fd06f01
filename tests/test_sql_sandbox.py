"""`attache sql` is read-only for real (issue 13 item 7): every attack of the issue is refused with one
clear line and exit code 1, on DuckDB (sandboxed connection) and on PostgreSQL (read-only transaction);
a query that cannot finish stops at --timeout. Nothing here depends on how fast the machine is: the
"slow" queries would take years, so only the time limit can end them."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from attache.store.sandbox import statement_keyword

# a cross join of 10^18 rows: no machine finishes it; only the time limit ends it
ENDLESS_DUCKDB = "select count(*) from range(1000000) a, range(1000000) b, range(1000000) c"
ENDLESS_POSTGRES = (
    "select count(*) from generate_series(1, 1000000) a, generate_series(1, 1000000) b, generate_series(1, 1000000) c"
)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(r, *words: str) -> None:
    assert r.code == 1, (r.code, r.out, r.err)
    lines = r.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), r.err
    assert "Traceback" not in r.err and r.out.strip() == ""
    for w in words:
        assert w in lines[0], lines[0]


@pytest.fixture
def store_db(cli, tmp_path, seeds_dir):
    db = str(tmp_path / "s.duckdb")
    assert cli("ingest", seeds_dir, db=db).code == 0
    return db


def _duckdb_attacks(tmp_path: Path) -> list[tuple[str, str]]:
    other = tmp_path / "other.duckdb"
    return [
        ("select * from read_csv('/etc/passwd')", "/etc/passwd"),
        ("select * from read_text('/etc/hostname')", "/etc/hostname"),
        ("select content from read_blob('/etc/hostname')", "/etc/hostname"),
        ("select * from glob('/root/*')", "/root/*"),
        (f"select * from glob('{tmp_path}/*')", str(tmp_path)),
        (f"copy (select 'overwritten' as x) to '{other}'", str(other)),
        (f"copy articles to '{tmp_path}/articles.csv'", "articles.csv"),
        (f"export database '{tmp_path}/dump'", "dump"),
        ("install httpfs", "refused"),
        ("load httpfs", "refused"),
        ("select * from read_json('https://example.com/x.json')", "https://example.com"),
        (f"attach '{other}' as o", str(other)),
        ("set enable_external_access = true", "locked"),
        ("set lock_configuration = false", "locked"),
        ("reset enable_external_access", "locked"),
        ("set autoinstall_known_extensions = true", "locked"),
        ("set memory_limit = '100GB'", "locked"),
        ("delete from articles", "read-only"),
        ("create table x as select 1", "read-only"),
    ]


def test_duckdb_sql_refuses_every_attack(cli, store_db, tmp_path):
    other = tmp_path / "other.duckdb"
    other.write_bytes(Path(store_db).read_bytes())
    before, other_before = _sha(Path(store_db)), _sha(other)
    for query, word in _duckdb_attacks(tmp_path):
        r = cli("sql", query, db=store_db)
        _refused(r, word)
        if word not in ("refused", "locked", "read-only"):
            assert "refused:" in r.err, (query, r.err)
    # nothing written: no file beside, the other database intact, the store unchanged and readable
    assert not (tmp_path / "articles.csv").exists() and not (tmp_path / "dump").exists()
    assert _sha(other) == other_before and _sha(Path(store_db)) == before
    r = cli("sql", "select count(*) as n from articles", "-f", "csv", db=store_db)
    assert r.code == 0 and r.out.splitlines() == ["n", "2"]


def test_duckdb_sql_time_limit(cli, store_db):
    r = cli("sql", ENDLESS_DUCKDB, "--timeout", "1", db=store_db)
    _refused(r, "time limit of 1 s", "--timeout")
    r = cli("sql", "select 42 as answer", "-f", "csv", db=store_db)  # the next query runs normally
    assert r.code == 0 and r.out.splitlines() == ["answer", "42"]


def test_duckdb_sql_row_cap(cli, store_db):
    r = cli("sql", "select * from range(10) t(i)", "--max-rows", "3", "-f", "csv", db=store_db)
    assert r.code == 0 and r.out.splitlines() == ["i", "0", "1", "2"]
    assert "only the first 3 rows" in r.err


def test_sql_sandbox_used_by_console_script(store_db, tmp_path):
    """The installed command, as a user runs it: same refusal, no traceback."""
    from conftest import run_exe

    p = run_exe("--db", store_db, "sql", "select * from read_text('/etc/hostname')")
    assert p.returncode == 1 and p.stdout == b""
    err = p.stderr.decode().strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: refused: ") and "/etc/hostname" in err[0]


def test_statement_keyword():
    assert statement_keyword("  -- note\n/* c */ (SELECT 1)") == "select"
    assert statement_keyword("/* a */ /* b */ delete from x") == "delete"
    assert statement_keyword("") == "" and statement_keyword("-- only a comment") == ""


@pytest.fixture(scope="module")
def pg_db(pg_server, tmp_path_factory):
    from attache.pipeline import ingest
    from attache.store import open_store
    from conftest import BUNDLED_SEEDS, SEEDS

    url = pg_server.new_database("sandbox")
    with open_store(url) as store:
        assert ingest(store, [str(SEEDS if SEEDS.exists() else BUNDLED_SEEDS)]).new == 2
    return url


POSTGRES_ATTACKS = [
    ("delete from articles", "not DELETE"),
    ("with gone as (delete from articles returning 1) select count(*) from gone", "read-only"),
    ("select 1; delete from articles", "one statement"),
    ("select 1; commit; delete from articles", "one statement"),
    ("commit; delete from articles", "not COMMIT"),
    ("set transaction read write", "not SET"),
    ("set default_transaction_read_only = off", "not SET"),
    ("copy articles to '/tmp/attache-sandbox-copy.csv'", "not COPY"),
    ("copy (select 1) to program 'true'", "not COPY"),
    ("do $$ begin delete from articles; end $$", "not DO"),
    ("lock table articles", "not LOCK"),
    ("load 'plpgsql'", "not LOAD"),
    ("select * from articles for update", "read-only"),
    ("select set_config('transaction_read_only', 'off', true)", "read-write mode must be set before any query"),
    ("create temp table t as select 1", "not CREATE"),
]


@pytest.mark.parametrize("query,word", POSTGRES_ATTACKS)
def test_postgres_sql_refuses(cli, pg_db, query, word):
    _refused(cli("sql", query, db=pg_db), word)
    assert not os.path.exists("/tmp/attache-sandbox-copy.csv")


def test_postgres_sql_time_limit_and_data_intact(cli, pg_db):
    _refused(cli("sql", ENDLESS_POSTGRES, "--timeout", "1", db=pg_db), "time limit of 1 s")
    r = cli("sql", "select count(*) as n from articles", "-f", "csv", db=pg_db)
    assert r.code == 0 and r.out.splitlines() == ["n", "2"]
    assert "superuser" in r.err  # the test server's role is one: the note says what that allows


def test_export_of_a_select_is_sandboxed_too(cli, store_db, tmp_path):
    """`attache export "SELECT ..."` may write its one output file (again and again) and nothing else."""
    out = tmp_path / "q.csv"
    for _ in range(2):  # the second run writes over the first
        r = cli("export", "select outlet from articles order by 1", "-f", "csv", "-o", out, db=store_db)
        assert r.code == 0 and "wrote 2 rows" in r.out, r.err
    assert out.read_text().splitlines()[0] == "outlet"
    _refused(
        cli("export", "select * from read_text('/etc/hostname')", "-f", "csv", "-o", tmp_path / "h.csv", db=store_db),
        "refused:",
        "/etc/hostname",
    )
    evil = tmp_path / "evil.csv"
    r = cli(
        "export", f"select 1 as x) to '{evil}' (format csv); copy (select 2", "-f", "csv", "-o", tmp_path / "e.csv", db=store_db
    )
    assert r.code == 1 and "Traceback" not in r.err and len(r.err.strip().splitlines()) == 1
    assert not evil.exists() and not (tmp_path / "h.csv").exists()


def test_sandbox_refuses_to_run_unprotected(monkeypatch, store_db):
    """A DuckDB that silently ignored a sandbox setting: the query is refused, not run."""
    import duckdb

    from attache.store import sandbox

    real = duckdb.connect

    def forgetful(path, read_only=False, config=None):
        config = {k: v for k, v in (config or {}).items() if k != "enable_external_access"}
        return real(path, read_only=read_only, config=config)

    monkeypatch.setattr(sandbox.duckdb, "connect", forgetful)
    with pytest.raises(sandbox.QueryRefused, match="did not take the sandbox settings enable_external_access"):
        sandbox.run_sql(store_db, "select * from read_text('/etc/hostname')")
