"""The API's reads (issue 16 item 5, issue 17 items 2 and 4): filtered, paged lists with their totals, the
actor and country pages, coverage, the values filters take.

Functions taking the store, written once in DuckDB's dialect with ``?`` marks (the PostgreSQL store
rewrites them like its own statements). Each list function returns ``(rows, total)``: the page cut in
SQL and the count of every row the filters match. Filters arrive as codes (names are resolved before:
``attache.actors.names``).

Independent sources of an event: the distinct origins (an article's ``syndication_group``, else its
outlet) of the events of the same type between the same two countries dated within a day of it,
negated and hypothetical ones left out (the comparison's definition of one happening told twice).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

IDS = "{} IN (SELECT unnest(CAST(? AS VARCHAR[])))"  # one of a list of ids (a hash join: list_contains is per row)
HAPPENED = "e.factuality IN ('asserted', 'reported')"
NOT_UNREAL = "e.factuality NOT IN ('negated', 'hypothetical')"
EVENT_DAY = "coalesce(e.event_date, e.published)"
ARTICLE_LIST_COLUMNS = (
    "id",
    "outlet",
    "published",
    "language",
    "genre",
    "title",
    "url",
    "chars",
    "syndication_group",
    "origin",
    "analysed",
)
THREAD_LIST_COLUMNS = ("id", "title", "start_date", "end_date", "size", "articles", "stories", "updated_at")
STORY_LIST_COLUMNS = (
    "id",
    "title",
    "start_date",
    "end_date",
    "size",
    "outlets",
    "actors",
    "fivew1h",
    "summary",
    "updated_at",
    "thread_id",
    "sources",
)


@dataclass(frozen=True)
class EventFilter:
    """The filters of an event list; every value a code (``actor``: an actor id or a country code)."""

    dyad: tuple[str, str] | None = None
    directed: bool = False
    actor: str | None = None
    country: str | None = None
    plover_type: str | None = None
    domain: str | None = None
    factuality: str | None = None
    include_all: bool = False
    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    min_sources: int = 1

    def base(self) -> dict[str, Any]:
        """The filters the store's own ``find_events`` / ``count_events`` take."""
        return {
            "dyad": list(self.dyad) if self.dyad else None,
            "directed": self.directed,
            "actor": self.actor,
            "plover_type": self.plover_type,
            "domain": self.domain,
            "factuality": self.factuality,
            "include_all": self.include_all,
            "since": self.since,
            "until": self.until,
            "outlet": self.outlet,
        }

    @property
    def extended(self) -> bool:
        return bool(self.country or self.min_sources > 1)


def date_range(column: str, since: str | None, until: str | None, where: list[str], params: list[Any]) -> None:
    """``column`` between ``since`` and ``until`` (YYYY-MM-DD, either optional) added to a WHERE list (the store's rule)."""
    if since:
        where.append(f"{column} >= CAST(? AS DATE)")
        params.append(since)
    if until:
        where.append(f"{column} <= CAST(? AS DATE)")
        params.append(until)


def _rows(store: Any, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = store.query(sql, params)[1]
    return rows


def _count(store: Any, sql: str, params: list[Any] | None = None) -> int:
    return int(_rows(store, sql, params)[0][0] or 0)


def _plain(value: Any) -> dict[str, Any]:
    """A store row as a dict (the store gives dataclasses with ``to_dict`` or dicts, by version)."""
    out: dict[str, Any] = value.to_dict() if hasattr(value, "to_dict") else dict(value)
    return out


def _events_where(store: Any, where: str, params: list[Any]) -> list[dict[str, Any]]:
    """Every event matching ``where`` (alias ``e``), with its article's outlet, url and title, in the store's order."""
    rows_of = getattr(store, "_event_rows", None)
    found = rows_of(None, where, params) if rows_of is not None else store.events_of(None, where, params)
    return [_plain(r) for r in found]


def _side(prefix: str, actor: str) -> tuple[str, list[Any]]:
    """One side of an event is ``actor``: an actor id matches itself and the ids under it, a country code every actor of it."""
    if "." in actor:
        return f"(e.{prefix}_actor = ? OR e.{prefix}_actor LIKE ?)", [actor, actor + ".%"]
    return f"e.{prefix}_country = ?", [actor.upper()]


def _involves(actor: str) -> tuple[str, list[Any]]:
    s, ps = _side("source", actor)
    t, pt = _side("target", actor)
    return f"({s} OR {t})", ps + pt


def _sources_sql(where: str) -> str:
    """(event id, independent sources) of the events matching ``where`` (alias ``e``). Origins are counted once per
    (type, pair, day) and the day window is an equality join on three shifted copies, read only for the days asked about."""
    return f"""
        WITH f AS (SELECT e.id, e.plover_type, e.dyad, e.event_date FROM events e WHERE {where}),
        o AS (SELECT DISTINCT e.plover_type, e.dyad, e.event_date, coalesce(a.syndication_group, a.outlet, a.id) AS origin
              FROM events e JOIN articles a ON a.id = e.article_id
              WHERE e.dyad IS NOT NULL AND e.event_date IS NOT NULL AND {NOT_UNREAL}
                AND e.event_date BETWEEN (SELECT min(event_date) FROM f) - 1 AND (SELECT max(event_date) FROM f) + 1),
        s AS (SELECT DISTINCT o.plover_type, o.dyad, o.event_date + k.k AS day, o.origin FROM o CROSS JOIN (VALUES (-1), (0), (1)) AS k(k)),
        c AS (SELECT plover_type, dyad, day, count(*) AS n FROM s GROUP BY plover_type, dyad, day)
        SELECT f.id, greatest(coalesce(c.n, 0), 1) FROM f
            LEFT JOIN c ON c.plover_type = f.plover_type AND c.dyad = f.dyad AND c.day = f.event_date"""


def _event_where(store: Any, f: EventFilter) -> tuple[str, list[Any]]:
    where, params = store._event_filters(**f.base())
    clauses = [where] if where else []
    if f.country:
        clauses.append("(e.source_country = ? OR e.target_country = ?)")
        params += [f.country, f.country]
    if f.min_sources > 1:
        inner = " AND ".join(clauses) or "true"
        clauses.append(f"e.id IN (SELECT id FROM ({_sources_sql(inner)}) c(id, n) WHERE n >= ?)")
        params = params + params + [f.min_sources]
    return " AND ".join(clauses) or "true", params


def find_events(store: Any, f: EventFilter, *, limit: int | None, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """A page of events (rows as ``store.events_of`` gives them, with ``outlet``, ``url``, ``title``) and the total."""
    if not f.extended:
        rows, total = store.find_events(limit=limit, offset=offset, **f.base()), store.count_events(**f.base())
        if limit is None or len(rows) == max(0, min(limit, total - offset)):
            return rows, total
        # the store's paging by days leaves out undated events when a page runs into them: cut the page by id instead
        where, params = store._event_filters(**f.base())
        return _page_by_id(store, where or "true", params, limit, offset), total
    where, params = _event_where(store, f)
    total = store.query(f"SELECT count(*) FROM events e WHERE {where}", params)[1][0][0]
    if limit is None:
        return _events_where(store, where, params), int(total)
    return _page_by_id(store, where, params, limit, offset), int(total)


def _page_by_id(store: Any, where: str, params: list[Any], limit: int, offset: int) -> list[dict[str, Any]]:
    """One page of events in the store's order: the page's ids first, then their full rows."""
    _, rows = store.query(
        f"SELECT e.id FROM events e WHERE {where} ORDER BY {store.EVENT_ORDER} LIMIT {int(limit)} OFFSET {int(offset)}", params
    )
    ids = [r[0] for r in rows]
    if not ids:
        return []
    found = {r["id"]: r for r in _events_where(store, IDS.format("e.id"), [ids])}
    return [found[i] for i in ids if i in found]


def event_sources(store: Any, event_ids: list[str]) -> dict[str, int]:
    """Independent sources telling each of these events (1 for an event without a date or a second country)."""
    if not event_ids:
        return {}
    _, rows = store.query(_sources_sql(IDS.format("e.id")), [list(event_ids)])
    return {r[0]: int(r[1]) for r in rows}


# -- articles ------------------------------------------------------------------------------------------
def find_articles(
    store: Any,
    *,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    country: str | None = None,
    actor: str | None = None,
    plover_type: str | None = None,
    domain: str | None = None,
    factuality: str | None = None,
    q: str | None = None,
    analysed: bool | None = None,
    genre: str | None = None,
    language: str | None = None,
    min_sources: int = 1,
    ids: list[str] | None = None,
    limit: int | None = 50,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """Articles newest first. ``country`` / ``actor``: mentioned in it; ``plover_type`` / ``domain`` /
    ``factuality``: it holds such an event; ``analysed``: the analysis ran on it (not set aside); ``min_sources``:
    its story is told by at least that many independent sources."""
    where: list[str] = []
    params: list[Any] = []
    if outlet:
        where.append("lower(a.outlet) = lower(?)")
        params.append(outlet)
    date_range("a.published", since, until, where, params)
    if country:
        where.append("a.id IN (SELECT article_id FROM mentions WHERE country = ?)")
        params.append(country)
    if actor:
        if "." in actor:
            where.append("a.id IN (SELECT article_id FROM mentions WHERE actor_id = ? OR actor_id LIKE ?)")
            params += [actor, actor + ".%"]
        else:
            where.append("a.id IN (SELECT article_id FROM mentions WHERE actor_id = ? OR country = ?)")
            params += [actor, actor]
    ev: list[str] = []
    for column, value in (("e.plover_type", plover_type), ("e.domain", domain), ("e.factuality", factuality)):
        if value:
            ev.append(f"{column} = ?")
            params.append(value)
    if ev:
        where.append(f"a.id IN (SELECT e.article_id FROM events e WHERE {' AND '.join(ev)})")
    if q:
        where.append("(a.title ILIKE ? OR a.text ILIKE ?)")
        params += [f"%{q}%", f"%{q}%"]
    if analysed is not None:
        where.append(
            ("" if analysed else "NOT ") + "EXISTS (SELECT 1 FROM analyses n WHERE n.article_id = a.id AND n.skipped IS NULL)"
        )
    if genre:
        where.append("a.genre = ?")
        params.append(genre)
    if language:
        where.append("a.language = ?")
        params.append(language)
    if min_sources > 1:
        where.append(
            "a.id IN (SELECT sm.article_id FROM story_members sm JOIN stories s ON s.id = sm.story_id "
            "WHERE coalesce(s.sources, s.size) >= ?)"
        )
        params.append(min_sources)
    if ids is not None:
        where.append(IDS.format("a.id"))
        params.append(list(ids))
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    total = store.query(f"SELECT count(*) FROM articles a{clause}", params)[1][0][0]
    page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else (f" OFFSET {int(offset)}" if offset else "")
    _, rows = store.query(
        "SELECT a.id, a.outlet, a.published, a.language, a.genre, a.title, a.url, length(a.text) AS chars, a.syndication_group, "
        "a.origin, EXISTS (SELECT 1 FROM analyses n WHERE n.article_id = a.id AND n.skipped IS NULL) AS analysed "
        f"FROM articles a{clause} ORDER BY a.published DESC NULLS LAST, a.id{page}",
        params,
    )
    return [dict(zip(ARTICLE_LIST_COLUMNS, r)) for r in rows], int(total)


def is_analysed(store: Any, article_id: str) -> bool:
    _, rows = store.query("SELECT count(*) FROM analyses WHERE article_id = ? AND skipped IS NULL", [article_id])
    return bool(rows[0][0])


# -- stories and threads ---------------------------------------------------------------------------------
def _story_where(
    *,
    since: str | None = None,
    until: str | None = None,
    countries: tuple[str, ...] = (),
    actor: str | None = None,
    plover_type: str | None = None,
    domain: str | None = None,
    factuality: str | None = None,
    outlet: str | None = None,
    min_size: int = 1,
    min_sources: int = 1,
    thread: str | None = None,
) -> tuple[list[str], list[Any]]:
    """The WHERE terms on the stories table (unqualified columns) for the story filters."""
    where: list[str] = ["size >= ?"]
    params: list[Any] = [min_size]
    date_range("coalesce(end_date, start_date)", since, until, where, params)
    for country in countries:
        where.append("actors LIKE ?")  # a JSON list of country codes; the quotes keep codes whole
        params.append(f'%"{country.upper()}"%')
    if actor:
        where.append(
            "id IN (SELECT sm.story_id FROM story_members sm JOIN mentions m ON m.article_id = sm.article_id "
            "WHERE m.actor_id = ? OR m.actor_id LIKE ?)"
        )
        params += [actor, actor + ".%"]
    ev: list[str] = []
    for column, value in (("e.plover_type", plover_type), ("e.domain", domain), ("e.factuality", factuality)):
        if value:
            ev.append(f"{column} = ?")
            params.append(value)
    if ev:
        where.append(
            "id IN (SELECT sm.story_id FROM story_members sm JOIN events e ON e.article_id = sm.article_id "
            f"WHERE {' AND '.join(ev)})"
        )
    if outlet:
        where.append(
            "id IN (SELECT sm.story_id FROM story_members sm JOIN articles a ON a.id = sm.article_id "
            "WHERE lower(a.outlet) = lower(?))"
        )
        params.append(outlet)
    if min_sources > 1:
        where.append("coalesce(sources, size) >= ?")
        params.append(min_sources)
    if thread:
        where.append("thread_id = ?")
        params.append(thread)
    return where, params


def _countries(country: str | None, actor: str | None) -> tuple[tuple[str, ...], str | None]:
    """A country code given as the actor is a country condition ("USA" names every actor of it)."""
    if actor and "." not in actor:
        return tuple(dict.fromkeys(c for c in (country, actor) if c)), None
    return ((country,) if country else ()), actor


def find_stories(
    store: Any,
    *,
    since: str | None = None,
    until: str | None = None,
    country: str | None = None,
    actor: str | None = None,
    plover_type: str | None = None,
    domain: str | None = None,
    factuality: str | None = None,
    outlet: str | None = None,
    min_size: int = 1,
    min_sources: int = 1,
    thread: str | None = None,
    limit: int | None = 50,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """Stories, largest first. ``country``: among the story's countries; ``actor``: an actor id mentioned by a member
    (a country code: as ``country``); ``plover_type`` / ``domain`` / ``factuality``: a member holds such an event;
    ``outlet``: a member from it; ``min_sources``: independent sources (copies of one origin once)."""
    countries, actor = _countries(country, actor)
    if len(countries) <= 1 and not (actor or plover_type or domain or factuality or outlet or min_sources > 1 or thread):
        code = countries[0] if countries else None  # the store's own reads
        return (
            store.list_stories(since=since, until=until, actor=code, min_size=min_size, limit=limit, offset=offset),
            store.count_stories(since=since, until=until, actor=code, min_size=min_size),
        )
    where, params = _story_where(
        since=since,
        until=until,
        countries=countries,
        actor=actor,
        plover_type=plover_type,
        domain=domain,
        factuality=factuality,
        outlet=outlet,
        min_size=min_size,
        min_sources=min_sources,
        thread=thread,
    )
    clause = " AND ".join(where)
    total = store.query(f"SELECT count(*) FROM stories WHERE {clause}", params)[1][0][0]
    page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else (f" OFFSET {int(offset)}" if offset else "")
    _, rows = store.query(
        f"SELECT {', '.join(STORY_LIST_COLUMNS)} FROM stories WHERE {clause} "
        f"ORDER BY size DESC, end_date DESC NULLS LAST, id{page}",
        params,
    )
    return [_plain(store._story(r)) for r in rows], int(total)


def stories_by_id(store: Any, story_ids: list[str]) -> list[dict[str, Any]]:
    """These stories, in the order given (ids not stored left out)."""
    if not story_ids:
        return []
    _, rows = store.query(f"SELECT {', '.join(STORY_LIST_COLUMNS)} FROM stories WHERE " + IDS.format("id"), [list(story_ids)])
    found = {r[0]: _plain(store._story(r)) for r in rows}
    return [found[i] for i in story_ids if i in found]


def find_threads(
    store: Any,
    *,
    since: str | None = None,
    until: str | None = None,
    country: str | None = None,
    actor: str | None = None,
    plover_type: str | None = None,
    domain: str | None = None,
    factuality: str | None = None,
    outlet: str | None = None,
    min_sources: int = 1,
    min_size: int = 1,
    limit: int | None = 50,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """Threads, most articles first (``min_size``: stories). The story filters (``country``, ``actor``, ``plover_type``,
    ``domain``, ``factuality``, ``outlet``, ``min_sources``) keep the threads with at least one such story."""
    where: list[str] = ["size >= ?"]
    params: list[Any] = [min_size]
    date_range("coalesce(end_date, start_date)", since, until, where, params)
    countries, actor = _countries(country, actor)
    if countries or actor or plover_type or domain or factuality or outlet or min_sources > 1:
        inner, inner_params = _story_where(
            countries=countries,
            actor=actor,
            plover_type=plover_type,
            domain=domain,
            factuality=factuality,
            outlet=outlet,
            min_sources=min_sources,
        )
        where.append(f"id IN (SELECT thread_id FROM stories WHERE thread_id IS NOT NULL AND {' AND '.join(inner)})")
        params += inner_params
    clause = " AND ".join(where)
    total = store.query(f"SELECT count(*) FROM threads WHERE {clause}", params)[1][0][0]
    page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else (f" OFFSET {int(offset)}" if offset else "")
    _, rows = store.query(
        f"SELECT {', '.join(THREAD_LIST_COLUMNS)} FROM threads WHERE {clause} "
        f"ORDER BY articles DESC, end_date DESC NULLS LAST, id{page}",
        params,
    )
    return [_plain(store._thread(r)) for r in rows], int(total)


# -- actors and countries --------------------------------------------------------------------------------
def find_actors(
    store: Any, *, q: str | None = None, country: str | None = None, limit: int | None = 50, offset: int = 0
) -> tuple[list[dict[str, Any]], int]:
    """Stored actors (names or ids containing ``q``; of ``country``) with their mention counts, most mentioned first."""
    where: list[str] = []
    params: list[Any] = []
    if q:
        where.append("(a.name ILIKE ? OR a.id ILIKE ?)")
        params += [f"%{q}%", f"%{q}%"]
    if country:
        where.append("a.country = ?")
        params.append(country)
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    total = store.query(f"SELECT count(*) FROM actors a{clause}", params)[1][0][0]
    page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else (f" OFFSET {int(offset)}" if offset else "")
    _, rows = store.query(
        f"""SELECT a.id, a.name, a.kind, a.country, a.sector, count(m.article_id) AS mentions
            FROM actors a LEFT JOIN mentions m ON m.actor_id = a.id{clause}
            GROUP BY a.id, a.name, a.kind, a.country, a.sector ORDER BY mentions DESC, a.id{page}""",
        params,
    )
    return [dict(zip(("id", "name", "kind", "country", "sector", "mentions"), r)) for r in rows], int(total)


def actor_profile(
    store: Any, actor: str, *, since: str | None = None, until: str | None = None, counterparts: int = 20
) -> dict[str, Any]:
    """An actor's events over time: per month as source and as target, per month and role the event types, and its
    counterparts (the other side's actor, with events and the index of those that happened)."""
    src, ps = _side("source", actor)
    tgt, pt = _side("target", actor)
    where, params = [f"({src} OR {tgt})", NOT_UNREAL, f"{EVENT_DAY} IS NOT NULL"], ps + pt
    date_range(EVENT_DAY, since, until, where, params)
    clause = " AND ".join(where)
    period = f"CAST(date_trunc('month', {EVENT_DAY}) AS DATE)"
    _, rows = store.query(
        f"""SELECT {period} AS period, CASE WHEN {src} THEN 'source' ELSE 'target' END AS role, e.plover_type, count(*)
            FROM events e WHERE {clause} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""",
        ps + params,
    )
    roles = [{"period": str(p)[:7], "role": r, "plover_type": t, "events": int(n)} for p, r, t, n in rows]
    activity: dict[str, dict[str, Any]] = {}
    for x in roles:
        a = activity.setdefault(x["period"], {"period": x["period"], "as_source": 0, "as_target": 0, "events": 0})
        a["as_" + x["role"]] += x["events"]
        a["events"] += x["events"]
    _, rows = store.query(
        f"""SELECT CASE WHEN {src} THEN e.target_actor ELSE e.source_actor END AS other,
                   min(CASE WHEN {src} THEN e.target_name ELSE e.source_name END),
                   min(CASE WHEN {src} THEN e.target_country ELSE e.source_country END),
                   count(*), sum(CASE WHEN {src} THEN 1 ELSE 0 END), sum(CASE WHEN {src} THEN 0 ELSE 1 END),
                   avg(CASE WHEN {HAPPENED} THEN e.intensity END)
            FROM events e WHERE {clause} GROUP BY 1 ORDER BY 4 DESC, 1 LIMIT {int(counterparts) + 1}""",
        ps * 5 + params,
    )
    others = [
        {
            "id": o,
            "name": name,
            "country": c,
            "events": int(n),
            "as_source": int(s or 0),
            "as_target": int(t or 0),
            "index": round(float(i), 2) if i is not None else None,
        }
        for o, name, c, n, s, t, i in rows
        if o is not None
    ][:counterparts]
    return {"activity": list(activity.values()), "roles_over_time": roles, "counterparts": others}


def recent_events(
    store: Any, actor: str, *, since: str | None = None, until: str | None = None, limit: int = 20
) -> list[dict[str, Any]]:
    """The newest events with ``actor`` on either side (negated and hypothetical ones left out)."""
    inv, params = _involves(actor)
    where = [inv, NOT_UNREAL]
    date_range(EVENT_DAY, since, until, where, params)
    _, rows = store.query(
        f"SELECT e.id FROM events e WHERE {' AND '.join(where)} ORDER BY {EVENT_DAY} DESC NULLS LAST, e.id LIMIT {int(limit)}",
        params,
    )
    ids = [r[0] for r in rows]
    found = {r["id"]: r for r in _events_where(store, IDS.format("e.id"), [ids])} if ids else {}
    return [found[i] for i in ids if i in found]


def country_relations(
    store: Any, country: str, *, since: str | None = None, until: str | None = None, min_events: int = 1
) -> list[dict[str, Any]]:
    """Every country ``country`` has events with: events, how many happened, the cooperation-conflict index (mean
    intensity of those that happened) and the cooperative / conflictual counts, first and last day; busiest first."""
    code = country.upper()
    where = [
        "(e.source_country = ? OR e.target_country = ?)",
        "e.source_country IS NOT NULL",
        "e.target_country IS NOT NULL",
        "e.source_country <> e.target_country",
        NOT_UNREAL,
    ]
    params: list[Any] = [code, code]
    date_range(EVENT_DAY, since, until, where, params)
    _, rows = store.query(
        f"""SELECT CASE WHEN e.source_country = ? THEN e.target_country ELSE e.source_country END AS other, count(*),
                   sum(CASE WHEN {HAPPENED} THEN 1 ELSE 0 END), avg(CASE WHEN {HAPPENED} THEN e.intensity END),
                   sum(CASE WHEN {HAPPENED} AND e.quad_class IN (1, 2) THEN 1 ELSE 0 END),
                   sum(CASE WHEN {HAPPENED} AND e.quad_class IN (3, 4) THEN 1 ELSE 0 END),
                   min({EVENT_DAY}), max({EVENT_DAY})
            FROM events e WHERE {" AND ".join(where)} GROUP BY 1 HAVING count(*) >= ? ORDER BY 2 DESC, 1""",
        [code, *params, int(min_events)],
    )
    return [
        {
            "counterpart": o,
            "events": int(n),
            "happened": int(h or 0),
            "index": round(float(i), 2) if i is not None else None,
            "cooperative": int(c or 0),
            "conflictual": int(k or 0),
            "first": str(a) if a else None,
            "last": str(b) if b else None,
        }
        for o, n, h, i, c, k, a, b in rows
    ]


def known_side(store: Any, code: str) -> bool:
    """Whether events name ``code`` as an actor id (or an id under it) or a country on either side."""
    if "." in code:
        _, rows = store.query(
            "SELECT count(*) FROM (SELECT 1 FROM events e WHERE e.source_actor = ? OR e.target_actor = ? "
            "OR e.source_actor LIKE ? OR e.target_actor LIKE ? LIMIT 1) x",
            [code, code, code + ".%", code + ".%"],
        )
    else:
        _, rows = store.query(
            "SELECT count(*) FROM (SELECT 1 FROM events e WHERE e.source_country = ? OR e.target_country = ? "
            "OR e.source_actor = ? OR e.target_actor = ? LIMIT 1) x",
            [code, code, code, code],
        )
    return bool(rows[0][0])


# -- what the filters take, coverage ---------------------------------------------------------------------
def coverage(store: Any) -> dict[str, int]:
    """How much of the store was analysed: articles stored, analysed, set aside (not English)."""
    _, rows = store.query(
        "SELECT (SELECT count(*) FROM articles), count(*) FILTER (WHERE skipped IS NULL), "
        "count(*) FILTER (WHERE skipped IS NOT NULL) FROM analyses"
    )
    stored, analysed, skipped = rows[0]
    return {"articles": int(stored or 0), "analysed": int(analysed or 0), "skipped": int(skipped or 0)}


def stored_outlets(store: Any, limit: int | None = None) -> list[tuple[str, int]]:
    """(outlet, articles) of the outlets the store holds, busiest first."""
    _, rows = store.query(
        "SELECT outlet, count(*) FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY 2 DESC, 1"
        + (f" LIMIT {int(limit)}" if limit else "")
    )
    return [(r[0], int(r[1])) for r in rows]


def event_countries(store: Any, limit: int | None = None) -> list[tuple[str, int]]:
    """(country, events) of the countries on either side of stored events, busiest first."""
    _, rows = store.query(
        "SELECT c, count(*) FROM (SELECT source_country AS c FROM events WHERE source_country IS NOT NULL "
        "UNION ALL SELECT target_country FROM events WHERE target_country IS NOT NULL) x GROUP BY c ORDER BY 2 DESC, 1"
        + (f" LIMIT {int(limit)}" if limit else "")
    )
    return [(r[0], int(r[1])) for r in rows]


def names_version(store: Any) -> tuple[str, ...]:
    """Changes when imported actors or outlets change (keys the API's name resolver)."""
    _, rows = store.query(
        "SELECT (SELECT count(*) FROM actors), (SELECT max(added_at) FROM actors), (SELECT count(DISTINCT outlet) FROM articles)"
    )
    return tuple(str(v) for v in rows[0])
