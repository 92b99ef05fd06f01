"""Are two databases' events the same? Every column of ``events`` but its id, keyed by the article's URL (article
ids may differ between builds). Usage: python scripts/compare_events.py BEFORE.duckdb AFTER.duckdb; exit 1 when not.
Written for the twelfth session's code-health change (h14health13): same outputs before and after."""

from __future__ import annotations

import sys
from collections import Counter

import duckdb


def event_rows(path: str) -> Counter:
    """The events of a database as a multiset of rows: the article's URL, then every events column but the ids."""
    con = duckdb.connect(path, read_only=True)
    cols = [r[0] for r in con.execute("describe events").fetchall() if r[0] not in ("id", "article_id")]
    sql = f"select a.url, {', '.join('e.' + c for c in cols)} from events e join articles a on a.id = e.article_id"
    return Counter(tuple(map(str, row)) for row in con.execute(sql).fetchall())


def main(before: str, after: str) -> int:
    a, b = event_rows(before), event_rows(after)
    print(
        f"before {sum(a.values())} events, after {sum(b.values())}; only before {sum((a - b).values())}, only after {sum((b - a).values())}"
    )
    for row in list((a - b).elements())[:5]:
        print("- ", row[:9])
    for row in list((b - a).elements())[:5]:
        print("+ ", row[:9])
    return 0 if a == b else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
