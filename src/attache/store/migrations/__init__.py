"""Forward-only schema migrations, one numbered SQL file each, for both backends.

A migration is written once, in DuckDB's dialect; on PostgreSQL each statement is translated like every
other statement of the store (:mod:`attache.store.dialect`). A statement that cannot be said in one
dialect for both is written once per backend, each preceded by a line ``-- only: duckdb`` or
``-- only: postgres``; such a statement runs as written on its backend and is skipped on the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

DIALECTS = ("duckdb", "postgres")
_ONLY = re.compile(r"^\s*--\s*only:\s*(\w+)\s*$", re.M)
_SENTINEL = "\x00only:"


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


@dataclass(frozen=True)
class Statement:
    sql: str
    native: bool = False  # written in the backend's own dialect (an ``-- only:`` statement): run as written


def migrations(dialect: str = "duckdb") -> list[Migration]:
    """The migrations in order (``dialect`` is kept for callers; every file serves both backends)."""
    found = []
    for entry in resources.files(__name__).iterdir():
        m = re.fullmatch(r"(\d{4})_(\w+)\.sql", entry.name)
        if m:
            found.append(Migration(int(m.group(1)), m.group(2), entry.read_text("utf-8")))
    found.sort(key=lambda mig: mig.version)
    versions = [mig.version for mig in found]
    # numbers are reserved per branch of work (docs: PARTS), so one may land before a lower one: they must be
    # unique and start at 1; a gap is allowed, and every migration not yet recorded is applied
    if len(set(versions)) != len(versions) or (versions and versions[0] != 1):
        raise RuntimeError(f"migration numbers must be unique and start at 1, found {versions}")
    return found


def latest_version() -> int:
    found = migrations()
    return found[-1].version if found else 0


def _code(line: str) -> str:
    """A line without its ``--`` comment (one outside a string literal)."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == "'":
            quoted = not quoted
        elif not quoted and line.startswith("--", i):
            return line[:i].rstrip()
    return line


def dialect_statements(sql: str, dialect: str) -> list[Statement]:
    """The statements of a migration file that run on ``dialect`` (no semicolons inside strings)."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r}")
    marked = _ONLY.sub(lambda m: _SENTINEL + m.group(1) + "\x00", sql)
    body = "\n".join(_code(line) for line in marked.splitlines())
    out = []
    for part in body.split(";"):
        stmt = part.strip()
        only = None
        if stmt.startswith(_SENTINEL):
            only, _, stmt = stmt[len(_SENTINEL) :].partition("\x00")
            stmt = stmt.strip()
            if only not in DIALECTS:
                raise RuntimeError(f"unknown dialect in '-- only: {only}'")
        if not stmt or (only is not None and only != dialect):
            continue
        out.append(Statement(stmt, native=only is not None))
    return out


def statements(sql: str, dialect: str = "duckdb") -> list[str]:
    """The statements' text of a migration file for ``dialect``."""
    return [s.sql for s in dialect_statements(sql, dialect)]
