"""Forward-only schema migrations, one numbered SQL file each."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations(dialect: str = "duckdb") -> list[Migration]:
    """The migrations in order; ``NNNN_name.<dialect>.sql`` stands in for ``NNNN_name.sql`` on that backend."""
    found, variants = [], {}
    for entry in resources.files(__name__).iterdir():
        m = re.fullmatch(r"(\d{4})_(\w+)\.sql", entry.name)
        if m:
            found.append(Migration(int(m.group(1)), m.group(2), entry.read_text("utf-8")))
        v = re.fullmatch(r"(\d{4})_(\w+)\.(\w+)\.sql", entry.name)
        if v and v.group(3) == dialect:
            variants[int(v.group(1))] = entry.read_text("utf-8")
    found = [Migration(m.version, m.name, variants.get(m.version, m.sql)) for m in found]
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


def statements(sql: str) -> list[str]:
    """Split a migration file into statements (no semicolons inside strings)."""
    body = "\n".join(line for line in sql.splitlines() if not line.strip().startswith("--"))
    return [s.strip() for s in body.split(";") if s.strip()]
