"""The store on a PostgreSQL server: the same tables, methods and (mostly) the same SQL as DuckDB.

attache writes its SQL once, in DuckDB's dialect with ``?`` parameters. On PostgreSQL each
statement passes through :func:`to_postgres`, which rewrites the few DuckDB spellings attache
uses (``list_contains(?, col)``, ``any_value``, ``mode(x)``, the ``DOUBLE`` type) and the
parameter marks; ``round(double, int)`` is added as a function at connect time. Migrations may
carry a ``NNNN_name.postgres.sql`` variant where DuckDB's SQL has no such rewrite (JSON functions).

Writes keep DuckDB's rule: each batch in one transaction (the connection runs in autocommit and
the store issues BEGIN/COMMIT itself), so a crash mid-batch leaves the database as before it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import duckdb

from .duckdb_store import EXPORT_FORMATS, DuckDBStore, StoreError

# functions DuckDB has and PostgreSQL 12+ lacks, created once per database (idempotent)
COMPAT_SQL = (
    "CREATE OR REPLACE FUNCTION round(double precision, integer) RETURNS double precision "
    "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT round($1::numeric, $2)::double precision'",
)

_QUOTED = re.compile(r"('(?:[^']|'')*')")
_LIST_CONTAINS = re.compile(r"list_contains\(\s*\?\s*,\s*([\w.]+)\s*\)", re.I)
_ANY_VALUE = re.compile(r"\bany_value\(", re.I)
_MODE = re.compile(r"\bmode\(([^()]+)\)", re.I)
_DOUBLE = re.compile(r"\bDOUBLE\b(?!\s+PRECISION)", re.I)

# PostgreSQL type oids -> DuckDB types, for export through an in-memory DuckDB
_OID_TYPES = {16: "BOOLEAN", 20: "BIGINT", 21: "SMALLINT", 23: "INTEGER", 700: "REAL", 701: "DOUBLE", 1700: "DOUBLE",
              1082: "DATE", 1114: "TIMESTAMP", 1184: "TIMESTAMPTZ"}


@lru_cache(maxsize=1024)
def to_postgres(sql: str) -> str:
    """DuckDB-dialect SQL with ``?`` marks -> PostgreSQL SQL with ``%s`` marks (psycopg's style)."""
    parts = _QUOTED.split(sql)
    out = []
    for i, part in enumerate(parts):
        part = part.replace("%", "%%")
        if i % 2 == 0:  # outside string literals
            part = _LIST_CONTAINS.sub(r"\1 = ANY(?)", part)
            part = _ANY_VALUE.sub("min(", part)
            part = _MODE.sub(r"mode() WITHIN GROUP (ORDER BY \1)", part)
            part = _DOUBLE.sub("DOUBLE PRECISION", part)
            part = part.replace("?", "%s")
        out.append(part)
    return "".join(out)


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password:
        host = parts.hostname or ""
        netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


class _Connection:
    """A psycopg connection that takes the store's DuckDB-dialect statements."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def execute(self, sql: str, params: Any = None) -> Any:
        return self.raw.execute(to_postgres(sql), list(params) if params is not None else [])

    def executemany(self, sql: str, rows: Any) -> None:
        with self.raw.cursor() as cur:
            cur.executemany(to_postgres(sql), rows)

    def close(self) -> None:
        self.raw.close()


class PostgresStore(DuckDBStore):
    dialect = "postgres"

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        try:
            import psycopg
        except ImportError:
            raise StoreError("PostgreSQL needs the psycopg driver: pip install 'attache[postgres]'") from None
        self._psycopg = psycopg
        self.errors = (psycopg.Error,)
        super().__init__(url, read_only=read_only)

    def _check_location(self) -> None:  # a server, not a file
        return None

    def _connect(self) -> Any:
        psycopg = self._psycopg
        try:
            raw = psycopg.connect(self.path, autocommit=True, connect_timeout=10, application_name="attache")
        except psycopg.Error as exc:
            first = (str(exc).strip().splitlines() or ["connection failed"])[-1]
            raise StoreError(f"cannot connect to PostgreSQL at {redact(self.path)}: {first}") from None
        from psycopg.types.numeric import FloatLoader

        raw.adapters.register_loader("numeric", FloatLoader)  # sums and averages come back as float, as from DuckDB
        if not self.read_only:
            if not getattr(self, "_compat_done", False):  # once per store: sessions' own connections skip it
                for stmt in COMPAT_SQL:
                    raw.execute(stmt)
                self._compat_done = True
        else:
            raw.execute("SET default_transaction_read_only = on")
        return _Connection(raw)

    def _cursor(self) -> Any:
        return self._connect()  # a session gets a connection of its own

    @staticmethod
    def _interrupt(con: Any) -> None:
        try:
            cancel = getattr(con.raw, "cancel_safe", None) or con.raw.cancel
            cancel()
        except Exception:
            pass

    def _set_timeout(self, con: Any, seconds: float | None) -> None:
        if seconds:
            con.raw.execute(f"SET statement_timeout = {int(seconds * 1000)}")

    def _insert_rows(self, table, columns, rows, verb="INSERT") -> None:  # multi-row VALUES: PostgreSQL binds them well
        self._insert_values(table, columns, rows, verb)

    def __repr__(self) -> str:
        return f"PostgresStore({redact(self.path)!r})"

    def _copy_out(self, select: str, fmt: str, path: str) -> int:
        """PostgreSQL rows through an in-memory DuckDB, so every backend writes the same files."""
        cur = self.con.execute(select)
        cols = [(c.name, _OID_TYPES.get(c.type_code, "VARCHAR")) for c in cur.description]
        mem = duckdb.connect(":memory:")
        try:
            names = [f'"{name}"' for name, _ in cols]
            mem.execute("CREATE TABLE q (" + ", ".join(f"{n} {t}" for n, (_, t) in zip(names, cols)) + ")")
            marks = "(" + ", ".join("?" * len(cols)) + ")"
            n = 0
            while rows := cur.fetchmany(500):
                mem.execute(f"INSERT INTO q VALUES {', '.join([marks] * len(rows))}", [v for r in rows for v in r])
                n += len(rows)
            mem.execute(f"COPY q TO '{path.replace(chr(39), chr(39) * 2)}' {EXPORT_FORMATS[fmt]}")
        finally:
            mem.close()
        return n
