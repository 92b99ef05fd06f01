"""Store: the only stage that touches a database.

``open_store`` picks the backend from the location: a file path (DuckDB, the
default ``./attache.duckdb``) or ``:memory:``.
"""

from __future__ import annotations

import os

from .duckdb_store import AddResult, DuckDBStore, StoreError, date_range

__all__ = ["open_store", "default_db", "date_range", "DuckDBStore", "StoreError", "AddResult"]

DEFAULT_DB = "attache.duckdb"


def default_db(db: str | None = None) -> str:
    """The database location: the argument, else $ATTACHE_DB, else ./attache.duckdb."""
    return db or os.environ.get("ATTACHE_DB") or DEFAULT_DB


def open_store(db: str | None = None, *, read_only: bool = False) -> DuckDBStore:
    location = default_db(db)
    if location.startswith(("postgresql://", "postgres://")):
        raise StoreError("PostgreSQL is not supported yet: use a DuckDB file path for --db")
    return DuckDBStore(location, read_only=read_only)
