"""One SQL source, two dialects: the store writes each statement once, in DuckDB's dialect with ``?`` marks,
and PostgreSQL gets it through sqlglot (``transpile(read="duckdb", write="postgres")``), once per statement.

sqlglot handles the parameter marks, ``DOUBLE``, ``substr``, ``round(avg(x), 3)``, ``NULLS LAST``, integer
division, ``ON CONFLICT`` and the rest. What it does not do the way attache needs is written below as named
rules, each a rewrite of sqlglot's syntax tree applied before PostgreSQL's SQL is generated:

- ``list_contains(?, col)`` -> ``col = ANY(?)`` (sqlglot writes a CASE around it, which keeps PostgreSQL
  from using the column's index);
- ``any_value(x)`` -> ``min(x)`` (PostgreSQL has any_value only from version 16);
- ``mode(x)`` -> ``mode() WITHIN GROUP (ORDER BY x)`` (an ordered-set aggregate on PostgreSQL).

Two differences are not rewrites: ``round(double precision, integer)`` does not exist on PostgreSQL and is
created once per database (:data:`POSTGRES_FUNCTIONS`); statements sqlglot cannot express in both dialects
(JSON functions in a migration) are written twice in the migration file, marked ``-- only: <dialect>``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sqlglot is imported when a statement is first translated (it costs ~0.1 s at start-up)
    from sqlglot import exp

# functions DuckDB has and PostgreSQL 12+ lacks, created once per database (idempotent)
POSTGRES_FUNCTIONS = (
    "CREATE OR REPLACE FUNCTION round(double precision, integer) RETURNS double precision "
    "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT round($1::numeric, $2)::double precision'",
)

Rule = Callable[["exp.Expression"], "exp.Expression"]


def list_contains_as_any(node: exp.Expression) -> exp.Expression:
    """``list_contains(list, x)`` -> ``x = ANY(list)``."""
    from sqlglot import exp

    if isinstance(node, exp.ArrayContains):
        return exp.EQ(this=node.expression.copy(), expression=exp.Any(this=exp.Paren(this=node.this.copy())))
    return node


def any_value_as_min(node: exp.Expression) -> exp.Expression:
    """``any_value(x)`` (DuckDB: any non-null value) -> ``min(x)``, also a non-null value of the group."""
    from sqlglot import exp

    if isinstance(node, exp.IgnoreNulls) and isinstance(node.this, exp.AnyValue):
        return exp.Min(this=node.this.this.copy())
    if isinstance(node, exp.AnyValue):
        return exp.Min(this=node.this.copy())
    return node


def mode_within_group(node: exp.Expression) -> exp.Expression:
    """``mode(x)`` -> ``mode() WITHIN GROUP (ORDER BY x)``."""
    from sqlglot import exp

    if isinstance(node, exp.Mode) and node.this is not None:
        order = exp.Order(expressions=[exp.Ordered(this=node.this.copy())])
        return exp.WithinGroup(this=exp.Anonymous(this="mode"), expression=order)
    return node


POSTGRES_RULES: tuple[Rule, ...] = (list_contains_as_any, any_value_as_min, mode_within_group)

_QUOTED = re.compile(r"('(?:[^']|'')*')")


def percent_marks(sql: str) -> str:
    """``?`` marks outside string literals -> ``%s``, and every other ``%`` doubled (psycopg's style)."""
    parts = _QUOTED.split(sql)
    out = []
    for i, part in enumerate(parts):
        part = part.replace("%", "%%")
        if i % 2 == 0:
            part = part.replace("?", "%s")
        out.append(part)
    return "".join(out)


def _escape_percent(sql: str) -> str:
    """sqlglot's PostgreSQL SQL (``%s`` marks) with every other ``%`` doubled, for psycopg."""
    parts = _QUOTED.split(sql)
    return "".join(part.replace("%", "%%") if i % 2 else re.sub(r"%(?!s)", "%%", part) for i, part in enumerate(parts))


@dataclass(frozen=True)
class Dialect:
    """How the store's DuckDB-dialect SQL becomes the SQL a backend runs."""

    name: str
    rules: tuple[Rule, ...] = field(default=())

    def translate(self, sql: str) -> str:
        """The statement for this backend (DuckDB: unchanged)."""
        if self.name == "duckdb":
            return sql
        return _to_postgres(sql, self.rules)


@lru_cache(maxsize=4096)
def _to_postgres(sql: str, rules: tuple[Rule, ...]) -> str:
    import sqlglot

    try:
        trees = sqlglot.parse(sql, read="duckdb")
    except sqlglot.errors.ParseError:
        # not DuckDB SQL: a user's PostgreSQL statement (``attache sql``, ``Database.sql``) runs as written
        return percent_marks(sql)
    out = []
    for tree in trees:
        if tree is None:
            continue
        for rule in rules:
            tree = tree.transform(rule)
        out.append(_escape_percent(tree.sql(dialect="postgres")))
    return "; ".join(out)


DUCKDB = Dialect("duckdb")
POSTGRES = Dialect("postgres", POSTGRES_RULES)
