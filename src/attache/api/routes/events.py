"""``GET /events``: events by dyad, actor, country, type, domain, factuality, outlet, dates and sources; paged, exported."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request

from ..context import Ctx
from ..models import EventPage, Problem
from ..params import (
    ActorQ,
    CountryQ,
    DomainQ,
    FactualityQ,
    Format,
    FormatQ,
    Limit,
    MinSources,
    Offset,
    OutletQ,
    Since,
    TypeQ,
    Until,
    check_dates,
    check_domain,
    check_factuality,
    check_type,
    filters_echo,
    resolve,
)

router = APIRouter(tags=["events"])


def event_items(store: Any, rows: list[dict]) -> list[dict]:
    """Stored event rows in the public shape, with their sentence's text, their article's outlet, title and link, and
    the independent sources telling each."""
    from ...links import safe_link
    from ...report.brief import event_json
    from ...store import hapi_queries as hq

    arts = store.get_articles(sorted({r["article_id"] for r in rows}))
    sources = hq.event_sources(store, [r["id"] for r in rows])
    return [
        event_json(r, arts[r["article_id"]].text if r["article_id"] in arts else None)
        | {
            "outlet": r.get("outlet"),
            "title": r.get("title"),
            "url": r.get("url"),
            "link": safe_link(r.get("url")),
            "sources": sources.get(r["id"], 1),
        }
        for r in rows
    ]


@router.get("/events", response_model=EventPage, responses={422: {"model": Problem}})
def events(
    request: Request,
    ctx: Ctx,
    limit: Limit = 50,
    offset: Offset = 0,
    dyad: Annotated[
        list[str] | None, Query(description="Two actors or countries, names or codes: ?dyad=USA&dyad=Pakistan")
    ] = None,
    directed: Annotated[bool, Query(description="The first dyad member is the source.")] = False,
    actor: ActorQ = None,
    country: CountryQ = None,
    type: TypeQ = None,
    domain: DomainQ = None,
    factuality: FactualityQ = None,
    all: Annotated[bool, Query(description="Keep negated and hypothetical events.")] = False,
    since: Since = None,
    until: Until = None,
    outlet: OutletQ = None,
    min_sources: MinSources = 1,
    format: FormatQ = Format.json,
):
    """One page of events in date order, cut in SQL (``total`` counts them all); ``format=csv|jsonl`` exports them."""
    from ...store import hapi_queries as hq

    check_dates(since, until)
    if dyad and len(dyad) != 2:
        raise HTTPException(422, "dyad takes exactly two actors: ?dyad=USA&dyad=PAK")
    ptype, dom, fact = check_type(type), check_domain(domain), check_factuality(factuality)

    def fetch(store: Any, lim: int, off: int) -> tuple[list[dict], int, dict]:
        pair: tuple[str, str] | None = None
        if dyad:
            first, second = (resolve(ctx, store, "actor", x, "dyad") for x in dyad)
            if not first or not second:
                raise HTTPException(422, "dyad takes exactly two actors: ?dyad=USA&dyad=PAK")
            pair = (first, second)
        f = hq.EventFilter(
            dyad=pair,
            directed=directed,
            actor=resolve(ctx, store, "actor", actor, "actor"),
            country=resolve(ctx, store, "country", country, "country"),
            plover_type=ptype,
            domain=dom,
            factuality=fact,
            include_all=all,
            since=since,
            until=until,
            outlet=resolve(ctx, store, "outlet", outlet, "outlet"),
            min_sources=min_sources,
        )
        rows, total = hq.find_events(store, f, limit=lim, offset=off)
        echo = filters_echo(
            dyad=list(pair) if pair else None,
            directed=directed,
            actor=f.actor,
            country=f.country,
            type=ptype,
            domain=dom,
            factuality=fact,
            all=all,
            since=since,
            until=until,
            outlet=f.outlet,
            min_sources=min_sources,
        )
        return event_items(store, rows), total, echo

    return ctx.listing(request, format, "events", limit, offset, fetch, cache=True)
