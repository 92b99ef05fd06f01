"""``attache sql``: a user's query, run where it can read the store's tables and nothing else.

DuckDB: a connection of its own, opened read-only, with external access disabled (no file,
glob, COPY, ATTACH of another file, INSTALL or LOAD), no extension autoload or autoinstall,
no Python replacement scans, a memory limit, and the configuration locked so no ``SET`` can
undo any of it. The settings are read back after connecting: if DuckDB did not take them,
the query is refused rather than run unprotected.

PostgreSQL: one statement (the extended protocol refuses ``COMMIT; DELETE ...``), only
query statements (SELECT, WITH, VALUES, TABLE, EXPLAIN, SHOW), inside a READ ONLY
transaction that is rolled back, with ``statement_timeout`` and ``lock_timeout``. What the
server itself lets the role read (``pg_read_file`` for a superuser) is the role's business:
connect with a role that has no superuser rights (a note says so when it has).

Every query has a time limit (``timeout`` seconds): DuckDB's is interrupted from a timer
thread, PostgreSQL's cancelled by the server. At most ``max_rows`` rows are fetched.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from .base import StoreError

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_ROWS = 100_000
DEFAULT_MEMORY = "2GB"

# every one of these must read back as given, or the query is not run
DUCKDB_SANDBOX = {
    "enable_external_access": False,
    "autoload_known_extensions": False,
    "autoinstall_known_extensions": False,
    "allow_community_extensions": False,
    "allow_unsigned_extensions": False,
    "python_enable_replacements": False,
    "lock_configuration": True,
}
POSTGRES_STATEMENTS = ("select", "with", "values", "table", "explain", "show")
_COMMENTS = re.compile(r"\s*(?:--[^\n]*(?:\n|$)|/\*.*?\*/)", re.S)


class QueryRefused(StoreError):
    """The sandbox said no (a file, a write, a setting, an extension) or the time limit passed."""


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]
    truncated: bool = False  # more than max_rows rows: only the first max_rows are here
    notes: list[str] = field(default_factory=list)


def run_sql(
    location: str,
    sql: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_rows: int = DEFAULT_MAX_ROWS,
    memory_limit: str = DEFAULT_MEMORY,
) -> QueryResult:
    """Run one user query read-only against the store at ``location`` (DuckDB file or postgresql:// URL)."""
    from . import default_db, is_server

    location = default_db(location)
    if not timeout > 0:
        raise QueryRefused("the time limit must be more than 0 seconds")
    timeout = min(timeout, 7 * 86400.0)  # a week is the most a timer takes
    if is_server(location):
        return _run_postgres(location, sql, timeout, max_rows)
    return _run_duckdb(location, sql, timeout, max_rows, memory_limit)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


# -- DuckDB ---------------------------------------------------------------------------------------
def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _connect_duckdb(path: str, memory_limit: str, allowed_paths: tuple[str, ...] = ()) -> Any:
    """A read-only connection in the sandbox; ``allowed_paths``: files it may still write (an export's target)."""
    if path != ":memory:" and not Path(path).exists():
        raise StoreError(f"no database at {path}: run 'attache ingest' first, or point --db / ATTACHE_DB at one")
    later = ("enable_external_access", "lock_configuration")  # allowed_paths can only be set on a running database
    config: dict[str, Any] = {k: v for k, v in DUCKDB_SANDBOX.items() if k not in later}
    config["memory_limit"] = memory_limit
    if not allowed_paths:
        config.update({k: DUCKDB_SANDBOX[k] for k in later})
    try:
        con = duckdb.connect(path, read_only=path != ":memory:", config=config)
    except duckdb.ConnectionException as exc:  # the same file already open in this process, differently
        raise StoreError(f"cannot open {path} for a sandboxed query: {_first_line(exc)}") from None
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise StoreError(f"database {path} is in use by another attache process (DuckDB allows one writer)") from None
        raise StoreError(f"cannot open database {path}: {_first_line(exc)}") from None
    except duckdb.Error as exc:
        raise StoreError(f"cannot open database {path}: {_first_line(exc)}") from None
    if allowed_paths:
        con.execute(f"SET allowed_paths = [{', '.join(_sql_string(p) for p in allowed_paths)}]")
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
    names = list(DUCKDB_SANDBOX)
    found = dict(
        con.execute(
            "SELECT name, value FROM duckdb_settings() WHERE name IN (" + ", ".join("?" * len(names)) + ")", names
        ).fetchall()
    )
    wrong = [n for n in names if str(found.get(n, "")).lower() != str(DUCKDB_SANDBOX[n]).lower()]
    if wrong:
        con.close()
        raise QueryRefused(
            f"this DuckDB ({duckdb.__version__}) did not take the sandbox settings {', '.join(wrong)}: "
            "not running the query unprotected"
        )
    return con


def _duckdb_refusal(
    exc: BaseException, files: str = "attache sql reads only the tables of its own database; 'attache export' writes files"
) -> str:
    msg = _first_line(exc)
    for prefix in ("Permission Error: ", "Invalid Input Error: ", "Catalog Error: "):
        msg = msg.removeprefix(prefix)
    low = msg.lower()
    if (
        isinstance(exc, duckdb.PermissionException)
        or "disabled by configuration" in low
        or "disabled through configuration" in low
    ):
        return f"refused: {msg} ({files})"
    if "configuration has been locked" in low:
        return f"refused: {msg} (settings are locked in attache sql)"
    if "read-only mode" in low:
        return f"refused: {msg} (attache sql is read-only)"
    return _first_line(exc)


def _run_duckdb(path: str, sql: str, timeout: float, max_rows: int, memory_limit: str) -> QueryResult:
    con = _connect_duckdb(path, memory_limit)
    stopped = threading.Event()
    lock = threading.Lock()

    def stop() -> None:
        with lock:
            if not closed:
                stopped.set()
                con.interrupt()

    closed = False
    timer = threading.Timer(timeout, stop)
    timer.daemon = True
    timer.start()
    try:
        cur = con.execute(sql)
        if cur.description is None:
            return QueryResult([], [])
        columns = [c[0] for c in cur.description]
        rows = cur.fetchmany(max_rows + 1)
    except duckdb.Error as exc:
        if stopped.is_set() or isinstance(exc, duckdb.InterruptException):
            raise QueryRefused(f"query stopped at the time limit of {timeout:g} s (--timeout)") from None
        raise QueryRefused(_duckdb_refusal(exc)) from None
    finally:
        timer.cancel()
        with lock:
            closed = True
            con.close()
    return QueryResult(columns, rows[:max_rows], truncated=len(rows) > max_rows)


def export_select(
    location: str, select: str, fmt: str, path: str, *, timeout: float | None = None, memory_limit: str = DEFAULT_MEMORY
) -> int:
    """``attache export "SELECT ..."`` on DuckDB: the user's SELECT runs in the sandbox, which may write
    the one output file and nothing else (and read no file). Returns the number of rows written."""
    from . import default_db
    from .base import EXPORT_FORMATS

    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")
    target = Path(path).resolve()
    # DuckDB writes over an existing file through tmp_NAME beside it, then renames
    con = _connect_duckdb(
        default_db(location), memory_limit, allowed_paths=(str(target), str(target.with_name("tmp_" + target.name)))
    )
    stopped = threading.Event()

    def stop() -> None:
        stopped.set()
        con.interrupt()

    timer = threading.Timer(timeout or 0, stop)
    timer.daemon = True
    if timeout:  # an export is a deliberate, possibly long job: no time limit unless asked
        timer.start()
    try:
        n = int(con.execute(f"SELECT count(*) FROM ({select}) AS q").fetchone()[0])
        con.execute(f"COPY ({select}) TO {_sql_string(str(target))} {EXPORT_FORMATS[fmt]}")
    except duckdb.Error as exc:
        if stopped.is_set():
            raise QueryRefused(f"export stopped at the time limit of {timeout:g} s") from None
        raise QueryRefused(
            _duckdb_refusal(exc, "attache export reads only the tables of its database and writes only its output file")
        ) from None
    finally:
        timer.cancel()
        con.close()
    return n


# -- PostgreSQL -----------------------------------------------------------------------------------
def statement_keyword(sql: str) -> str:
    """The first word of a statement, after comments and opening parentheses (lower case)."""
    text = sql
    while True:
        m = _COMMENTS.match(text)
        if not m or not m.group(0):
            break
        text = text[m.end() :]
    text = text.lstrip().lstrip("(").lstrip()
    m = re.match(r"[A-Za-z]+", text)
    return m.group(0).lower() if m else ""


def _run_postgres(url: str, sql: str, timeout: float, max_rows: int) -> QueryResult:
    try:
        import psycopg
    except ImportError:
        raise StoreError("PostgreSQL needs the psycopg driver: pip install 'attache[postgres]'") from None
    from psycopg.types.numeric import FloatLoader

    from .postgres_store import redact

    keyword = statement_keyword(sql)
    if keyword not in POSTGRES_STATEMENTS:
        raise QueryRefused(
            f"refused: attache sql runs queries only ({', '.join(s.upper() for s in POSTGRES_STATEMENTS)}), "
            f"not {keyword.upper() or 'an empty statement'}"
        )
    ms = max(1, int(timeout * 1000))
    try:
        raw = psycopg.connect(url, autocommit=True, connect_timeout=10, application_name="attache sql")
    except psycopg.Error as exc:
        first = (str(exc).strip().splitlines() or ["connection failed"])[-1]
        raise StoreError(f"cannot connect to PostgreSQL at {redact(url)}: {first}") from None
    raw.adapters.register_loader("numeric", FloatLoader)  # as the store reads them
    notes = []
    # the server's own cancel is the limit; this one only covers a server that stops answering
    timer = threading.Timer(timeout + 5.0, raw.cancel)
    timer.daemon = True
    try:
        raw.execute("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        raw.execute(f"SET LOCAL statement_timeout = {ms}")
        raw.execute(f"SET LOCAL lock_timeout = {ms}")
        su = raw.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()  # takes the snapshot
        if su and su[0]:
            notes.append(
                "connected as a PostgreSQL superuser: the server's own files are readable by SQL "
                "(pg_read_file); give attache sql a role without superuser rights"
            )
        timer.start()
        with raw.cursor() as cur:
            cur.execute(sql, None, prepare=True)  # extended protocol: one statement only
            if cur.description is None:
                return QueryResult([], [], notes=notes)
            columns = [c.name for c in cur.description]
            rows = cur.fetchmany(max_rows + 1)
    except psycopg.errors.QueryCanceled:
        raise QueryRefused(f"query stopped at the time limit of {timeout:g} s (--timeout)") from None
    except psycopg.errors.ReadOnlySqlTransaction as exc:
        raise QueryRefused(f"refused: {_first_line(exc)} (attache sql is read-only)") from None
    except psycopg.errors.SyntaxError as exc:
        if "multiple commands" in str(exc):
            raise QueryRefused("refused: one statement at a time in attache sql") from None
        raise QueryRefused(_first_line(exc)) from None
    except psycopg.Error as exc:
        raise QueryRefused(_first_line(exc)) from None
    finally:
        timer.cancel()
        try:
            raw.execute("ROLLBACK")
        except Exception:
            pass
        raw.close()
    return QueryResult(columns, [tuple(r) for r in rows[:max_rows]], truncated=len(rows) > max_rows, notes=notes)
