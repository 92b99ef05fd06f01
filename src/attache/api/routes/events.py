"""``GET /events``: events by dyad, actor, country, type, domain, factuality, outlet, dates and sources; paged, exported."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request

from ..context import Ctx
from ..models import EventPage, Problem
from ..params import FiltersQ, PageQ, resolve

router = APIRouter(tags=["events"])


def event_items(store: Any, rows: list[dict]) -> list[dict]:
    """Stored event rows in the public shape, with their sentence's text, their article's outlet, title and link, and
    the independent sources telling each."""
    from ...links import safe_link
    from ...report.brief import event_json

    arts = store.get_articles(sorted({r["article_id"] for r in rows}))
    sources = store.event_sources([r["id"] for r in rows])
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
    page: PageQ,
    filters: FiltersQ,
    dyad: Annotated[
        list[str] | None, Query(description="Two actors or countries, names or codes: ?dyad=USA&dyad=Pakistan")
    ] = None,
    directed: Annotated[bool, Query(description="The first dyad member is the source.")] = False,
    all: Annotated[bool, Query(description="Keep negated, hypothetical and question events.")] = False,
):
    """One page of events in date order, cut in SQL (``total`` counts them all); ``format=csv|jsonl`` exports them."""
    if dyad and len(dyad) != 2:
        raise HTTPException(422, "dyad takes exactly two actors: ?dyad=USA&dyad=PAK")

    def fetch(store: Any, lim: int, off: int) -> tuple[list[dict], int, dict]:
        pair: tuple[str, str] | None = None
        if dyad:
            first, second = (resolve(ctx, store, "actor", x, "dyad") for x in dyad)
            if not first or not second:
                raise HTTPException(422, "dyad takes exactly two actors: ?dyad=USA&dyad=PAK")
            pair = (first, second)
        f = filters.for_store(ctx, store, dyad=pair, directed=directed, include_all=all)
        return event_items(store, store.find_events(f, limit=lim, offset=off)), store.count_events(f), f.echo()

    return page.listing(ctx, request, "events", fetch, cache=True)
