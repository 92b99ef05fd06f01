"""Parquet tables read through an in-memory DuckDB (the scale-out run's output, ``attache load``)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

import duckdb

_ORDER = re.compile(r'^(?:\s*,\s*(?:"\w+"|\w+)(?:\s+(?:ASC|DESC))?)*\s*$', re.I)


class ParquetReader:
    """Rows of Parquet files, sorted, a chunk at a time (memory holds one chunk whatever the files' size)."""

    def __init__(self) -> None:
        self._con = duckdb.connect(":memory:")

    def sorted_rows(self, files: Sequence[str], key: str, order: str = "", chunk: int = 2000) -> Iterator[dict[str, Any]]:
        """Each row of ``files`` (one table, columns united by name) as a dict, ordered by the column ``key`` and
        then ``order`` (further columns: ``', "start"'``, ``", trigger_start, id"``)."""
        if not files:
            return
        if not re.fullmatch(r"\w+", key) or not _ORDER.match(order):
            raise ValueError(f"not a column order: {key!r} {order!r}")
        cur = self._con.cursor()
        try:
            cur.execute(
                f"SELECT * FROM read_parquet(?, hive_partitioning = false, union_by_name = true) ORDER BY {key}{order}",
                [list(files)],
            )
            names = [c[0] for c in cur.description]
            while rows := cur.fetchmany(chunk):
                for r in rows:
                    yield dict(zip(names, r))
        finally:
            cur.close()

    def close(self) -> None:
        self._con.close()
