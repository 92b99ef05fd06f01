"""A store shared by the requests of a long-running server: sessions on demand, the file held only while used.

``SharedStore(location, read_only=True)`` on a DuckDB file opens the file read-only when a
request needs it and lets go of it as soon as no request has used it for ``linger`` seconds,
so other processes (``attache watch``, CLI commands, a notebook) can write between requests.
Opened for writing (a server that takes ``POST /ingest``) or on PostgreSQL, the store stays open;
every request still gets a session of its own (a DuckDB cursor, a PostgreSQL connection), and
writes go one at a time through :meth:`writer`.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from . import is_server, open_store
from .duckdb_store import writer_waiting

VERSION_TTL = 2.0  # seconds a PostgreSQL data version is trusted


class SharedStore:
    def __init__(
        self,
        location: str,
        *,
        read_only: bool = True,
        linger: float = 1.0,
        wait: float | None = None,
        max_sessions: int | None = None,
    ) -> None:
        self.location = location
        # sessions at work at once: more than the cores only makes queries fight over them (the rest wait their turn);
        # on DuckDB each query then gets the cores left to it, so that the server's own loop keeps a share
        self.max_sessions = max_sessions or max(2, os.cpu_count() or 2)
        self._slots = threading.BoundedSemaphore(self.max_sessions)
        self.read_only = read_only
        self.linger = linger
        self.wait = wait
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._store: Any = None
        self._users = 0
        self._release_timer: threading.Timer | None = None
        self._version: tuple[str, ...] | None = None
        self._version_at = 0.0
        self._version_lock = threading.Lock()
        self.keep_open = not read_only or is_server(location)
        self.dialect = "postgres" if is_server(location) else "duckdb"
        with self._hold() as store:  # open once now: a missing file or an old schema is said at start-up
            self.dialect = store.dialect

    @contextmanager
    def _hold(self) -> Iterator[Any]:
        with self._lock:
            if self._release_timer is not None:
                self._release_timer.cancel()
                self._release_timer = None
            if self._store is None:
                self._store = open_store(self.location, read_only=self.read_only, wait=self.wait)
                if self._store.dialect == "duckdb":
                    threads = max(1, (os.cpu_count() or 2) // self.max_sessions)
                    self._store.con.execute(f"SET threads = {threads}")
            self._users += 1
            store = self._store
        try:
            yield store
        finally:
            with self._lock:
                self._users -= 1
                if self._users == 0 and not self.keep_open:
                    if self.linger > 0 and not (self.dialect == "duckdb" and writer_waiting(self.location)):
                        self._release_timer = threading.Timer(self.linger, self._release_if_idle)
                        self._release_timer.daemon = True
                        self._release_timer.start()
                    else:
                        self._close_locked()

    def _release_if_idle(self) -> None:
        with self._lock:
            if self._users == 0:
                self._close_locked()

    def _close_locked(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
            self._version = None  # others may write before the file is opened again

    def data_version(self) -> tuple[str, ...]:
        """The store's ``data_version`` without a session slot, asked once per opening of a read-only DuckDB file
        (nobody can write while this process holds it) or per write of this server; PostgreSQL, written by anyone
        at any time, is asked again after ``VERSION_TTL`` seconds."""
        with self._hold() as store, self._version_lock:
            fresh = self.dialect != "postgres" or time.monotonic() - self._version_at < VERSION_TTL
            if self._version is None or not fresh:
                with store.session(30.0) as sess:
                    self._version = sess.data_version()
                self._version_at = time.monotonic()
            return self._version

    def is_open(self) -> bool:
        """True while this process holds the database (a DuckDB file: its lock)."""
        with self._lock:
            return self._store is not None

    @contextmanager
    def session(self, timeout: float | None = None) -> Iterator[Any]:
        """A store of this request's own, with a time limit per query (see ``DuckDBStore.session``)."""
        with self._slots, self._hold() as store, store.session(timeout) as sess:
            yield sess

    @contextmanager
    def writer(self) -> Iterator[Any]:
        """The one writing session at a time (no time limit: a write is not cut half-way)."""
        if self.read_only:
            raise PermissionError("this server opened the database read-only")
        try:
            with self._write_lock, self.session(None) as sess:
                yield sess
        finally:
            with self._version_lock:
                self._version = None

    def close(self) -> None:
        with self._lock:
            if self._release_timer is not None:
                self._release_timer.cancel()
            self._close_locked()
