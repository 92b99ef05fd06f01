"""Store: the only stage that touches a database.

``open_store`` picks the backend from the location: a file path (DuckDB, the
default ``./attache.duckdb``), ``:memory:``, or a ``postgresql://`` URL (PostgreSQL).
"""

from __future__ import annotations

import os

from .base import AddResult, QueryCancelled, QueryTimeout, SQLStore, StoreError
from .duckdb_store import DuckDBStore
from .interface import Store
from .postgres_store import PostgresStore
from .where import date_range

__all__ = [
    "open_store",
    "default_db",
    "date_range",
    "is_server",
    "Store",
    "SQLStore",
    "DuckDBStore",
    "PostgresStore",
    "StoreError",
    "AddResult",
    "QueryTimeout",
    "QueryCancelled",
]

DEFAULT_DB = "attache.duckdb"


def default_db(db: str | None = None) -> str:
    """The database location: the argument, else $ATTACHE_DB, else ./attache.duckdb."""
    return db or os.environ.get("ATTACHE_DB") or DEFAULT_DB


def is_server(location: str) -> bool:
    """True for a PostgreSQL URL, False for a DuckDB file (or :memory:)."""
    return location.startswith(("postgresql://", "postgres://"))


def open_store(db: str | None = None, *, read_only: bool = False, wait: float | None = None) -> Store:
    """``wait``: seconds to retry while another process holds a DuckDB file (default $ATTACHE_LOCK_WAIT or 5)."""
    location = default_db(db)
    if is_server(location):
        return PostgresStore(location, read_only=read_only)
    return DuckDBStore(location, read_only=read_only, wait=wait)
