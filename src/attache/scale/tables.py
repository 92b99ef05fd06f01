"""The Parquet tables a scale-out run writes, and the way back to attache's records.

One table per record type (articles, analyses, mentions, events, quantities, claims, actors,
problems). Scalar fields are columns of their own; lists, dicts and event sides are JSON text
columns, so every value comes back exactly as it went in. Each row carries ``day``
(the article's publication date, ``unknown`` when it has none), the partition key.
"""

from __future__ import annotations

import dataclasses
import json
from functools import cache
from typing import Any

from ..model import Actor, Analysis, Article, Claim, Event, Mention, Party, Problem, Quantity

UNKNOWN_DAY = "unknown"

# tables whose columns are a record class's fields
RECORDS: dict[str, type] = {
    "articles": Article,
    "mentions": Mention,
    "events": Event,
    "quantities": Quantity,
    "claims": Claim,
}
ANALYSIS_COLUMNS = (
    ("article_id", "string"),
    ("skipped", "string"),
    ("date_used", "string"),
    ("genre", "string"),
    ("genre_cues", "json"),
    ("tone", "json"),
    ("actor_tone", "json"),
    ("fivew1h", "json"),  # the lead's 5W1H (analysis.lead_fivew1h); absent from Parquet written before it: None
)
ACTOR_COLUMNS = (("id", "string"), ("record", "json"))
PROBLEM_COLUMNS = (("uri", "string"), ("stage", "string"), ("reason", "string"))
TABLES = ("articles", "analyses", "mentions", "events", "quantities", "claims", "actors", "problems")


def _kind(annotation: str) -> str:
    a = annotation.replace(" ", "")
    if a.startswith(("list", "dict")) or "Party" in a or "Paragraph" in a or "Heading" in a or "Any" in a:
        return "json"
    for name, kind in (("bool", "boolean"), ("float", "double"), ("int", "long"), ("str", "string")):
        if a.split("|")[0] == name:
            return kind
    return "json"


@cache
def columns(table: str) -> tuple[tuple[str, str], ...]:
    """(name, kind) of a table's columns before ``day``; kind is string, long, double, boolean or json."""
    if table in RECORDS:
        return tuple((f.name, _kind(str(f.type))) for f in dataclasses.fields(RECORDS[table]))
    return {"analyses": ANALYSIS_COLUMNS, "actors": ACTOR_COLUMNS, "problems": PROBLEM_COLUMNS}[table]


def _encode(value: Any, kind: str) -> Any:
    if kind == "json":
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=lambda o: dataclasses.asdict(o))
    if kind == "double" and value is not None:
        return float(value)
    return value


def _row(table: str, values: dict[str, Any], day: str) -> tuple:
    return tuple(_encode(values.get(name), kind) for name, kind in columns(table)) + (day,)


def article_rows(article: Article, analysis: Analysis | None, actors: list[Actor]) -> dict[str, list[tuple]]:
    """Every row one article contributes, per table."""
    day = article.published or UNKNOWN_DAY
    out: dict[str, list[tuple]] = {t: [] for t in TABLES}
    out["articles"].append(_row("articles", {f.name: getattr(article, f.name) for f in dataclasses.fields(Article)}, day))
    if analysis is not None:
        out["analyses"].append(_row("analyses", {name: getattr(analysis, name) for name, _ in ANALYSIS_COLUMNS}, day))
        for table, items in (
            ("mentions", analysis.mentions),
            ("events", analysis.events),
            ("quantities", analysis.quantities),
            ("claims", analysis.claims),
        ):
            fields = [f.name for f in dataclasses.fields(RECORDS[table])]
            out[table] += [_row(table, {n: getattr(x, n) for n in fields}, day) for x in items]
        out["actors"] += [_row("actors", {"id": a.id, "record": a.to_dict()}, day) for a in actors]
    return out


def problem_row(problem: Problem) -> tuple:
    return (problem.uri, problem.stage, problem.reason, UNKNOWN_DAY)


# -- back to records ---------------------------------------------------------------
def _decoded(table: str, row: dict[str, Any]) -> dict[str, Any]:
    d = {}
    for name, kind in columns(table):
        value = row.get(name)
        d[name] = json.loads(value) if kind == "json" and value is not None else value
    return d


def article_of(row: dict[str, Any]) -> Article:
    return Article.from_dict(_decoded("articles", row))


def analysis_of(
    row: dict[str, Any], mentions: list[dict], events: list[dict], quantities: list[dict], claims: list[dict]
) -> Analysis:
    d = _decoded("analyses", row)
    return Analysis(
        d["article_id"],
        skipped=d["skipped"],
        date_used=d["date_used"],
        genre=d["genre"],
        genre_cues=d["genre_cues"] or [],
        tone=d["tone"] or {},
        actor_tone=d["actor_tone"] or {},
        fivew1h=d["fivew1h"],
        mentions=[Mention(**_decoded("mentions", m)) for m in mentions],
        events=[_event(_decoded("events", e)) for e in events],
        quantities=[Quantity(**_decoded("quantities", q)) for q in quantities],
        claims=[Claim(**_decoded("claims", c)) for c in claims],
    )


def _event(d: dict[str, Any]) -> Event:
    for side in ("source", "target"):
        if d[side] is not None:
            d[side] = Party(**d[side])
    return Event(**d)


def actor_of(row: dict[str, Any]) -> Actor:
    return Actor.from_dict(json.loads(row["record"]))
