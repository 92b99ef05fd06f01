"""Keep docs/data.md in step with the schema: every table, view and column of a freshly migrated
database, with the descriptions already written kept and new ones left to write.

    python scripts/data_dictionary.py            # report what docs/data.md lacks (exit 1 if anything)
    python scripts/data_dictionary.py --update   # add the missing tables, views and columns (descriptions empty)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "data.md"
HEAD = re.compile(r"^## `(\w+)` \((table|view)\)\s*$")
ROW = re.compile(r"^\| `(\w+)` \| ([^|]*) \| (.*) \|\s*$")


def schema() -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """{name: (kind, [(column, type)])} of a fresh DuckDB database with every migration."""
    from attache.store import open_store

    with open_store(":memory:") as store:
        _, rows = store.query(
            "SELECT t.table_name, t.table_type, c.column_name, c.data_type FROM information_schema.tables t "
            "JOIN information_schema.columns c ON c.table_name = t.table_name AND c.table_schema = t.table_schema "
            "WHERE t.table_schema = current_schema() ORDER BY t.table_name, c.ordinal_position"
        )
    out: dict[str, tuple[str, list[tuple[str, str]]]] = {}
    for name, kind, column, dtype in rows:
        out.setdefault(name, ("view" if kind == "VIEW" else "table", []))[1].append((column, dtype))
    return out


def parse(text: str) -> dict[str, dict[str, str]]:
    """{name: {column: description}} as written in docs/data.md."""
    found: dict[str, dict[str, str]] = {}
    current = None
    for line in text.splitlines():
        if m := HEAD.match(line):
            current = found.setdefault(m.group(1), {})
        elif current is not None and (m := ROW.match(line)):
            current[m.group(1)] = m.group(3).strip()
    return found


def missing(text: str) -> list[str]:
    """What docs/data.md lacks: 'name' for a table or view, 'name.column' for a column or an empty description."""
    written, out = parse(text), []
    for name, (_, cols) in schema().items():
        if name not in written:
            out.append(name)
            continue
        out += [f"{name}.{c}" for c, _ in cols if not written[name].get(c)]
    return out


def update(text: str) -> str:
    written = parse(text)
    extra = []
    for name, (kind, cols) in schema().items():
        if name in written:
            continue
        extra += ["", f"## `{name}` ({kind})", "", "", "| column | type | description |", "| --- | --- | --- |"]
        extra += [f"| `{c}` | {t} |  |" for c, t in cols]
    lines = text.rstrip("\n").splitlines() + extra
    # columns added to a documented table: a row after the table's last row
    for name, (_, cols) in schema().items():
        have = written.get(name)
        if have is None:
            continue
        new = [f"| `{c}` | {t} |  |" for c, t in cols if c not in have]
        if not new:
            continue
        start = next(i for i, line in enumerate(lines) if (m := HEAD.match(line)) and m.group(1) == name)
        end = start + 1
        while end < len(lines) and not HEAD.match(lines[end]):
            end += 1
        last = max(i for i in range(start, end) if ROW.match(lines[i]) or lines[i].startswith("| ---"))
        lines[last + 1 : last + 1] = new
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    text = DOC.read_text("utf-8") if DOC.exists() else "# The attache database\n"
    if "--update" in sys.argv:
        DOC.write_text(update(text), "utf-8")
    lacking = missing(DOC.read_text("utf-8") if DOC.exists() else text)
    for item in lacking:
        print(f"not described in docs/data.md: {item}")
    sys.exit(1 if lacking else 0)
