"""The embedded store: one DuckDB file.

The queries live in :class:`~attache.store.base.SQLStore`; this module opens the file (waiting for another
process's lock, standing aside for a waiting writer), inserts batches as unnested columns and writes exports
with DuckDB's COPY.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb

from .base import (  # noqa: F401  (re-exported: the names callers imported from here before base.py)
    ACTOR_COLUMNS,
    ARTICLE_COLUMNS,
    CLAIM_COLUMNS,
    EVENT_COLUMNS,
    EXPORT_FORMATS,
    FACT_COLUMNS,
    MENTION_COLUMNS,
    QUANTITY_COLUMNS,
    STORY_COLUMNS,
    THREAD_COLUMNS,
    AddResult,
    QueryCancelled,
    QueryTimeout,
    SQLStore,
    StoreError,
)
from .dialect import DUCKDB
from .where import date_range  # noqa: F401  (re-exported, as before)

LOCK_WAIT = 5.0  # seconds a command waits for another process's lock on a DuckDB file (ATTACHE_LOCK_WAIT)


def lock_wait() -> float:
    try:
        return max(0.0, float(os.environ.get("ATTACHE_LOCK_WAIT", LOCK_WAIT)))
    except ValueError:
        return LOCK_WAIT


def lock_holder(message: str) -> str:
    """Who holds a DuckDB file, from DuckDB's lock message: 'PID 123: attache watch ...' (or what is known)."""
    m = re.search(r"PID (\d+)", message)
    if not m:
        return "another process"
    pid = m.group(1)
    try:
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace").strip()
    except OSError:
        cmd = ""
    words = cmd.split()
    if words and any(w.endswith("attache") for w in words[:3]):  # python .../attache CMD ...: show from 'attache' on
        i = next(i for i, w in enumerate(words) if w.endswith("attache"))
        cmd = " ".join(["attache", *words[i + 1 :]])
    return f"process {pid}" + (f" ({cmd[:120]})" if cmd else "")


READER_YIELD = 10.0  # seconds a reader stands aside for a writer that is waiting for the file


def writer_flag(path: str) -> Path:
    """The file a process waiting to write creates beside the database: readers that see it stand aside (DuckDB
    gives a file to one writer or many readers; without it a steady stream of readers would starve the writer)."""
    return Path(str(path) + ".writer-waiting")


def writer_waiting(path: str) -> bool:
    """True while another live process waits to write to ``path``."""
    flag = writer_flag(path)
    try:
        pid = int(flag.read_text().strip() or 0)
    except (OSError, ValueError):
        return False
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False  # a writer that died: its flag means nothing
    except PermissionError:
        pass
    return True


class DuckDBStore(SQLStore):
    """The store on a DuckDB file (or ``:memory:``)."""

    dialect = "duckdb"
    sql_dialect = DUCKDB
    errors: tuple[type[BaseException], ...] = (duckdb.Error,)

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False, wait: float | None = None) -> None:
        self.wait = lock_wait() if wait is None else wait  # seconds to retry while another process holds the file
        super().__init__(path, read_only=read_only)

    def _check_location(self) -> None:
        if self.path == ":memory:":
            return
        if self.read_only and not Path(self.path).exists():
            raise StoreError(
                f"no database at {self.path}: run `attache analyze FILES` first (or `attache ingest FILES`), or point --db / ATTACHE_DB at one"
            )
        parent = Path(self.path).parent
        if not parent.exists():
            raise StoreError(f"cannot create database {self.path}: folder {parent} does not exist")

    def _connect(self) -> Any:
        """Open the file; while another process holds its lock, retry for ``self.wait`` seconds, then say who holds it."""
        deadline = time.monotonic() + self.wait
        if self.read_only:  # a writer waits for the file: let it in first (for a while; then read anyway)
            yield_until = time.monotonic() + min(self.wait, READER_YIELD)
            while writer_waiting(self.path) and time.monotonic() < yield_until:
                time.sleep(0.05)
        try:
            return self._connect_retrying(deadline)
        finally:
            if self._flagged:
                try:
                    writer_flag(self.path).unlink()
                except OSError:
                    pass
                self._flagged = False

    _flagged = False

    def _connect_retrying(self, deadline: float) -> Any:
        pause = 0.02
        while True:
            try:
                return duckdb.connect(self.path, read_only=self.read_only)
            except duckdb.IOException as exc:
                msg = str(exc)
                if "lock" not in msg.lower():
                    raise StoreError(f"cannot open database {self.path}: {msg.splitlines()[0]}") from None
                if not self.read_only and not self._flagged:  # say that a writer waits, so readers stand aside
                    try:
                        writer_flag(self.path).write_text(str(os.getpid()))
                        self._flagged = True
                    except OSError:
                        pass
                if time.monotonic() + pause > deadline:
                    mode = "read" if self.read_only else "write to"
                    raise StoreError(
                        f"database {self.path} is in use by another attache process: {lock_holder(msg)} holds it "
                        f"(waited {self.wait:g} s to {mode} it; DuckDB allows one writer, or many readers while nobody writes; "
                        "ATTACHE_LOCK_WAIT sets the wait)"
                    ) from None
                time.sleep(pause)
                pause = min(pause * 2, 0.25)
            except duckdb.ConnectionException as exc:
                if self.read_only and "different configuration" in str(exc):
                    # this process has the file open for writing already (a test, a server beside a CLI call in
                    # one process): share that instance; the lock is this process's either way
                    return duckdb.connect(self.path)
                raise StoreError(f"cannot open database {self.path}: {str(exc).splitlines()[0]}") from None
            except duckdb.Error as exc:
                raise StoreError(f"cannot open database {self.path}: {str(exc).splitlines()[0]}") from None

    # -- sessions: one cursor per request, a time limit per query ------------------------
    def _cursor(self) -> Any:
        return self.con.cursor()  # a connection of its own to the same database: runs beside the others

    @staticmethod
    def _interrupt(con: Any) -> None:
        try:
            con.interrupt()
        except Exception:
            pass

    def _set_timeout(self, con: Any, seconds: float | None) -> None:
        """PostgreSQL sets statement_timeout; DuckDB has none and relies on the timer's interrupt."""

    def _insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], verb: str = "INSERT") -> None:
        """Each column as one list parameter, unnested into rows by DuckDB: one statement per batch,
        about 25 times faster than multi-row VALUES (and those many times faster than executemany)."""
        if not rows:
            return
        types = self._column_types(table)
        select = ", ".join(f"UNNEST(CAST(? AS {types[c]}[])) AS {c}" for c in columns)
        self.con.execute(
            f"{verb} INTO {table} ({', '.join(columns)}) SELECT * FROM (SELECT {select})",
            [[row[i] for row in rows] for i in range(len(columns))],
        )

    def _copy_out(self, select: str, fmt: str, path: str) -> int:
        n = self._count(f"SELECT count(*) FROM ({select}) AS q")
        self.con.execute(f"COPY ({select}) TO '{path.replace(chr(39), chr(39) * 2)}' {EXPORT_FORMATS[fmt]}")
        return n
