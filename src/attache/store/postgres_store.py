"""The store on a PostgreSQL server: the same tables, methods and statements as on DuckDB.

The statements are the ones of :class:`~attache.store.base.SQLStore`, written once in DuckDB's dialect;
each passes through :data:`~attache.store.dialect.POSTGRES` (sqlglot plus a few named rules) the first
time it runs and is kept translated. ``round(double, int)`` is added as a function at connect time.

Writes keep DuckDB's rule: each batch in one transaction (the connection runs in autocommit and
:meth:`~attache.store.base.SQLStore.transaction` issues BEGIN/COMMIT itself), so a crash mid-batch leaves
the database as before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from .base import EXPORT_FORMATS, SQLStore, StoreError
from .dialect import POSTGRES, POSTGRES_FUNCTIONS, Dialect

# PostgreSQL type oids -> DuckDB types, for export through an in-memory DuckDB
_OID_TYPES = {
    16: "BOOLEAN",
    20: "BIGINT",
    21: "SMALLINT",
    23: "INTEGER",
    700: "REAL",
    701: "DOUBLE",
    1700: "DOUBLE",
    1082: "DATE",
    1114: "TIMESTAMP",
    1184: "TIMESTAMPTZ",
}


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password:
        host = parts.hostname or ""
        netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


class _Connection:
    """A psycopg connection that takes the store's DuckDB-dialect statements (translated by its dialect)."""

    def __init__(self, raw: Any, dialect: Dialect) -> None:
        self.raw = raw
        self.dialect = dialect

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        return self.raw.execute(self.dialect.translate(sql), list(params) if params is not None else [])

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self.raw.cursor() as cur:
            cur.executemany(self.dialect.translate(sql), rows)

    def close(self) -> None:
        self.raw.close()


class PostgresStore(SQLStore):
    dialect = "postgres"
    sql_dialect = POSTGRES

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        try:
            import psycopg
        except ImportError:
            raise StoreError("PostgreSQL needs the psycopg driver: pip install 'attache[postgres]'") from None
        self._psycopg = psycopg
        self.errors = (psycopg.Error,)
        self._compat_done = False
        super().__init__(url, read_only=read_only)

    def _connect(self) -> _Connection:
        psycopg = self._psycopg
        try:
            raw = psycopg.connect(self.path, autocommit=True, connect_timeout=10, application_name="attache")
        except psycopg.Error as exc:
            first = (str(exc).strip().splitlines() or ["connection failed"])[-1]
            raise StoreError(f"cannot connect to PostgreSQL at {redact(self.path)}: {first}") from None
        from psycopg.types.numeric import FloatLoader

        raw.adapters.register_loader("numeric", FloatLoader)  # sums and averages come back as float, as from DuckDB
        if not self.read_only:
            if not self._compat_done:  # once per store: sessions' own connections skip it
                for stmt in POSTGRES_FUNCTIONS:
                    raw.execute(stmt)
                self._compat_done = True
        else:
            raw.execute("SET default_transaction_read_only = on")
        return _Connection(raw, self.sql_dialect)

    def _cursor(self) -> _Connection:
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

    def _execute_native(self, sql: str) -> None:
        self.con.raw.execute(sql)

    def __repr__(self) -> str:
        return f"PostgresStore({redact(self.path)!r})"

    def _copy_out(self, select: str, fmt: str, path: str) -> int:
        """PostgreSQL rows through an in-memory DuckDB, so every backend writes the same files."""
        import duckdb

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
