"""The WHERE clauses of the store's reads, written once: a :class:`~attache.model.ListFilter` (or a pair of
actors, a date range) becomes ``(sql, params)`` in DuckDB's dialect with ``?`` marks.

Pure functions over plain values: no connection here. :class:`~attache.store.base.SQLStore` and
:class:`~attache.store.relations_sql.RelationsQueries` put the clauses into their statements. What counts as an
event that happened, the day an event is placed on and how an actor matches a side are defined here and nowhere
else (the factualities come from ``events/data/plover.yaml``).

Independent sources of an event (``min_sources``): the distinct origins (an article's ``syndication_group``,
else its outlet) of the events of the same type between the same two countries dated within a day of it,
negated, hypothetical and question ones left out (the comparison's definition of one happening told twice).
"""

from __future__ import annotations

import re
from typing import Any

from ..events.ontology import HAPPENED
from ..events.ontology import NOT_HAPPENED as NOT_HAPPENED_FACTUALITIES
from ..model import ListFilter

COUNTED = f"e.factuality IN ({', '.join(repr(f) for f in HAPPENED)})"  # ('asserted', 'reported'): plover.yaml
NOT_HAPPENED = f"e.factuality NOT IN ({', '.join(repr(f) for f in NOT_HAPPENED_FACTUALITIES)})"  # plover.yaml
EVENT_DAY = "coalesce(e.event_date, e.published)"  # events carry their article's outlet and date (no join)
IDS = "{} IN (SELECT unnest(CAST(? AS VARCHAR[])))"  # one of a list of ids (a hash join: list_contains is per row)

Clause = tuple[str, list[Any]]


def date_range(column: str, since: str | None, until: str | None, where: list[str], params: list[Any]) -> None:
    """Add ``column`` between ``since`` and ``until`` (YYYY-MM-DD, either optional) to a WHERE list."""
    if since:
        where.append(f"{column} >= CAST(? AS DATE)")
        params.append(since)
    if until:
        where.append(f"{column} <= CAST(? AS DATE)")
        params.append(until)


def page(limit: int | None, offset: int = 0) -> str:
    """`` LIMIT n OFFSET m`` for a page (the values are whole numbers, written into the SQL)."""
    return (f" LIMIT {int(limit)}" if limit is not None else "") + (f" OFFSET {int(offset)}" if offset else "")


def joined(*clauses: str) -> str:
    """`` WHERE`` and the clauses given (empty ones left out) joined by AND; nothing when none is left."""
    kept = [c for c in clauses if c]
    return " WHERE " + " AND ".join(kept) if kept else ""


# -- actors on the sides of an event -------------------------------------------------------------------------
def side(prefix: str, actor: str) -> Clause:
    """One side (``source``/``target``) of an event is ``actor``: an actor id matches itself and the ids under it,
    a country code every actor of that country (each carries its code)."""
    a = actor.strip()
    if "." in a:
        return f"(e.{prefix}_actor = ? OR e.{prefix}_actor LIKE ?)", [a, a + ".%"]
    return f"e.{prefix}_country = ?", [a.upper()]


def side_match(prefix: str, actor: str) -> str:
    """The same test as :func:`side` with the value inlined (for CASE expressions); only [A-Za-z0-9._-] pass."""
    if not re.fullmatch(r"[A-Za-z0-9._-]+", actor):
        return "false"
    if "." in actor:
        return f"(e.{prefix}_actor = '{actor}' OR e.{prefix}_actor LIKE '{actor}.%')"
    return f"e.{prefix}_country = '{actor.upper()}'"


def involves(actor: str) -> Clause:
    """``actor`` on either side of an event."""
    s, ps = side("source", actor)
    t, pt = side("target", actor)
    return f"({s} OR {t})", ps + pt


def dyad_where(a: str, b: str, directed: bool = False) -> Clause:
    """Events between ``a`` and ``b`` (from ``a`` to ``b`` when ``directed``)."""
    if not directed and "." not in a and "." not in b:  # two countries, either way: one stored column says it
        x, y = sorted((a.strip().upper(), b.strip().upper()))
        return "e.dyad = ?", [f"{x}-{y}"]
    sa, pa = side("source", a)
    tb, pb = side("target", b)
    if directed:
        return f"({sa} AND {tb})", pa + pb
    sb, pb2 = side("source", b)
    ta, pa2 = side("target", a)
    return f"(({sa} AND {tb}) OR ({sb} AND {ta}))", pa + pb + pb2 + pa2


# -- events --------------------------------------------------------------------------------------------------
def _code(x: str) -> str:
    return x.upper() if len(x) == 3 else x


def sources_sql(where: str) -> str:
    """(event id, independent sources) of the events matching ``where`` (alias ``e``). Origins are counted once per
    (type, pair, day) and the day window is an equality join on three shifted copies, read only for the days asked about."""
    return f"""
        WITH f AS (SELECT e.id, e.plover_type, e.dyad, e.event_date FROM events e WHERE {where}),
        o AS (SELECT DISTINCT e.plover_type, e.dyad, e.event_date, coalesce(a.syndication_group, a.outlet, a.id) AS origin
              FROM events e JOIN articles a ON a.id = e.article_id
              WHERE e.dyad IS NOT NULL AND e.event_date IS NOT NULL AND {NOT_HAPPENED}
                AND e.event_date BETWEEN (SELECT min(event_date) FROM f) - 1 AND (SELECT max(event_date) FROM f) + 1),
        s AS (SELECT DISTINCT o.plover_type, o.dyad, o.event_date + k.k AS day, o.origin FROM o CROSS JOIN (VALUES (-1), (0), (1)) AS k(k)),
        c AS (SELECT plover_type, dyad, day, count(*) AS n FROM s GROUP BY plover_type, dyad, day)
        SELECT f.id, greatest(coalesce(c.n, 0), 1) FROM f
            LEFT JOIN c ON c.plover_type = f.plover_type AND c.dyad = f.dyad AND c.day = f.event_date"""


def event_where(f: ListFilter) -> Clause:
    """The events a filter keeps (alias ``e``): by dyad (either direction unless ``directed``), actor (exactly, or a
    country code), country (either side), type, domain, factuality, dates, outlet, independent sources. Negated,
    hypothetical and question events are left out unless ``include_all`` or a factuality is asked for."""
    where: list[str] = []
    params: list[Any] = []
    if f.dyad:
        a, b = (_code(x) for x in f.dyad)
        if not f.directed and len(a) == 3 and len(b) == 3 and a.isalpha() and b.isalpha():
            where.append("e.dyad = ?")  # two countries either way: the stored pair says it (one narrow column)
            params.append("-".join(sorted((a, b))))
        else:
            one = "((e.source_country = ? OR e.source_actor = ?) AND (e.target_country = ? OR e.target_actor = ?))"
            where.append(one if f.directed else f"({one} OR {one})")
            params += [a, a, b, b] if f.directed else [a, a, b, b, b, b, a, a]
    if f.actor:
        where.append("(e.source_country = ? OR e.source_actor = ? OR e.target_country = ? OR e.target_actor = ?)")
        params += [_code(f.actor)] * 4
    if f.country:
        where.append("(e.source_country = ? OR e.target_country = ?)")
        params += [f.country, f.country]
    where += _event_kind(f, params)
    if not f.include_all and not f.factuality:
        where.append(NOT_HAPPENED)
    date_range("e.event_date", f.since, f.until, where, params)
    if f.outlet:  # events carry their article's outlet (filled when they are stored)
        where.append("lower(e.outlet) = lower(?)")
        params.append(f.outlet)
    if f.min_sources > 1:
        inner = " AND ".join(where) or "true"
        where.append(f"e.id IN (SELECT id FROM ({sources_sql(inner)}) c(id, n) WHERE n >= ?)")
        params = params + params + [f.min_sources]
    return " AND ".join(where), params


def _event_kind(f: ListFilter, params: list[Any]) -> list[str]:
    """``e.plover_type = ?`` / ``e.domain = ?`` / ``e.factuality = ?`` for the ones the filter sets."""
    where: list[str] = []
    for column, value in (
        ("e.plover_type", f.plover_type.upper() if f.plover_type else None),
        ("e.domain", f.domain),
        ("e.factuality", f.factuality),
    ):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    return where


# -- articles ------------------------------------------------------------------------------------------------
def article_where(f: ListFilter) -> Clause:
    """The articles a filter keeps (alias ``a``). ``country`` / ``actor``: mentioned in it; ``plover_type`` /
    ``domain`` / ``factuality``: it holds such an event; ``q``: words in its title or text; ``analysed``: the
    analysis ran on it (not set aside); ``min_sources``: its story is told by at least that many sources."""
    where: list[str] = []
    params: list[Any] = []
    if f.outlet:
        where.append("lower(a.outlet) = lower(?)")
        params.append(f.outlet)
    date_range("a.published", f.since, f.until, where, params)
    if f.country:
        where.append("a.id IN (SELECT article_id FROM mentions WHERE country = ?)")
        params.append(f.country.upper())
    if f.actor:
        if "." in f.actor:
            where.append("a.id IN (SELECT article_id FROM mentions WHERE actor_id = ? OR actor_id LIKE ?)")
            params += [f.actor, f.actor + ".%"]
        else:
            where.append("a.id IN (SELECT article_id FROM mentions WHERE actor_id = ? OR country = ?)")
            params += [f.actor, f.actor]
    events = _event_kind(f, params)
    if events:
        where.append(f"a.id IN (SELECT e.article_id FROM events e WHERE {' AND '.join(events)})")
    if f.q:
        where.append("(a.title ILIKE ? OR a.text ILIKE ?)")
        params += [f"%{f.q}%", f"%{f.q}%"]
    if f.analysed is not None:
        where.append(
            ("" if f.analysed else "NOT ") + "EXISTS (SELECT 1 FROM analyses n WHERE n.article_id = a.id AND n.skipped IS NULL)"
        )
    for column, value in (("a.genre", f.genre), ("a.language", f.language)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if f.min_sources > 1:
        where.append(
            "a.id IN (SELECT sm.article_id FROM story_members sm JOIN stories s ON s.id = sm.story_id "
            "WHERE coalesce(s.sources, s.size) >= ?)"
        )
        params.append(f.min_sources)
    if f.ids is not None:
        where.append(IDS.format("a.id"))
        params.append(list(f.ids))
    return " AND ".join(where), params


# -- stories and threads -------------------------------------------------------------------------------------
def _story_terms(f: ListFilter, where: list[str], params: list[Any]) -> None:
    """The story filters other than size, dates and thread, as terms on the stories table (unqualified columns).
    A country code given as the actor is a country condition ("USA" names every actor of it)."""
    actor = f.actor if f.actor and "." in f.actor else None
    countries = dict.fromkeys(c for c in (f.country, None if actor else f.actor) if c)
    for country in countries:
        where.append("actors LIKE ?")  # a JSON list of country codes; the quotes keep codes whole
        params.append(f'%"{country.upper()}"%')
    if actor:
        where.append(
            "id IN (SELECT sm.story_id FROM story_members sm JOIN mentions m ON m.article_id = sm.article_id "
            "WHERE m.actor_id = ? OR m.actor_id LIKE ?)"
        )
        params += [actor, actor + ".%"]
    events = _event_kind(f, params)
    if events:
        where.append(
            "id IN (SELECT sm.story_id FROM story_members sm JOIN events e ON e.article_id = sm.article_id "
            f"WHERE {' AND '.join(events)})"
        )
    if f.outlet:
        where.append(
            "id IN (SELECT sm.story_id FROM story_members sm JOIN articles a ON a.id = sm.article_id "
            "WHERE lower(a.outlet) = lower(?))"
        )
        params.append(f.outlet)
    if f.min_sources > 1:
        where.append("coalesce(sources, size) >= ?")
        params.append(f.min_sources)


def story_where(f: ListFilter) -> Clause:
    """The stories a filter keeps: ``min_size`` articles, ending between the dates; ``country``: among the story's
    countries; ``actor``: an actor id mentioned by a member (a country code: as ``country``); ``plover_type`` /
    ``domain`` / ``factuality``: a member holds such an event; ``outlet``: a member from it; ``min_sources``:
    independent sources (copies of one origin once); ``thread``: the stories of that thread."""
    where: list[str] = ["size >= ?"]
    params: list[Any] = [f.min_size]
    date_range("coalesce(end_date, start_date)", f.since, f.until, where, params)
    _story_terms(f, where, params)
    if f.thread:
        where.append("thread_id = ?")
        params.append(f.thread)
    return " AND ".join(where), params


def thread_where(f: ListFilter) -> Clause:
    """The threads a filter keeps: ``min_size`` stories, ending between the dates, holding at least one story that
    the other story filters keep."""
    where: list[str] = ["size >= ?"]
    params: list[Any] = [f.min_size]
    date_range("coalesce(end_date, start_date)", f.since, f.until, where, params)
    inner: list[str] = []
    inner_params: list[Any] = []
    _story_terms(f, inner, inner_params)
    if inner:
        where.append(f"id IN (SELECT thread_id FROM stories WHERE thread_id IS NOT NULL AND {' AND '.join(inner)})")
        params += inner_params
    return " AND ".join(where), params
