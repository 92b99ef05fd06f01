"""Relations between two actors: the busiest dyads, a dyad's timeline and brief, and alerts."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, PlainTextResponse

from ...model import DyadQuery
from ..context import EXPORT_MAX, Ctx, export_response, json_response
from ..models import AlertPage, DyadBrief, DyadList, Problem, Timeline
from ..params import (
    CountryQ,
    Format,
    PageQ,
    PeriodQ,
    TypeQ,
    check_type,
    filters_echo,
    resolve,
    resolve_path,
)

router = APIRouter(tags=["relations"])
Interval = Annotated[str, Query(pattern="^(day|week|month|quarter|year)$", description="day, week, month, quarter or year.")]


@router.get("/dyads", response_model=DyadList)
def dyads(
    request: Request,
    ctx: Ctx,
    period: PeriodQ,
    limit: Annotated[int, Query(ge=1, le=100, description="Pairs to list.")] = 10,
):
    """The busiest pairs of countries (events that happened or are reported)."""
    from ...relations import busiest_dyads

    return ctx.kept(request, lambda store: {"items": busiest_dyads(store, period.since, period.until, limit)})


def _pair(ctx: Any, store: Any, a: str, b: str) -> tuple[str, str]:
    """The two path segments as actor codes (names accepted); 404 when one names nothing."""
    return resolve_path(ctx, store, "actor", a, "a"), resolve_path(ctx, store, "actor", b, "b")


@router.get("/dyads/{a}/{b}/timeline", response_model=Timeline, responses={404: {"model": Problem}})
def dyad_timeline(
    request: Request,
    ctx: Ctx,
    a: str,
    b: str,
    period: PeriodQ,
    by: Annotated[
        str, Query(pattern="^(domain|type|none)$", description="Break each interval down by domain or type.")
    ] = "domain",
    interval: Interval = "month",
    directed: Annotated[bool, Query(description="Only events with a as source and b as target.")] = False,
    all: Annotated[bool, Query(description="Count every event, not only those that happened.")] = False,
):
    """Per interval: events, the cooperation-conflict index, shares, outlets, articles, tone; ``a`` and ``b`` are names or codes."""
    from ...relations import timeline

    def compute(store: Any) -> dict:
        x, y = _pair(ctx, store, a, b)
        return timeline(
            store,
            DyadQuery(x, y, since=period.since, until=period.until, interval=interval, by=by, directed=directed, include_all=all),
        )

    return ctx.kept(request, compute)


@router.get(
    "/dyads/{a}/{b}/brief",
    response_model=DyadBrief,
    responses={
        200: {"content": {"text/markdown": {}, "text/html": {}}, "description": "JSON, or Markdown / HTML with format=md|html."},
        404: {"model": Problem},
    },
)
def dyad_brief(
    request: Request,
    ctx: Ctx,
    a: str,
    b: str,
    period: PeriodQ,
    format: Annotated[str, Query(pattern="^(json|md|html)$", description="json, md or html.")] = "json",
):
    """The relationship brief: each domain's state, key events (corroborated), figures, stories, framing; with citations."""
    from ...report.dyad import build_dyad_brief, render_dyad_brief

    with ctx.use(request) as store:
        x, y = _pair(ctx, store, a, b)
        br = build_dyad_brief(store, x, y, since=period.since, until=period.until, chart=format != "md")
    here = str(request.base_url).rstrip("/")  # citations link to this server's article view
    if format == "html":
        return HTMLResponse(render_dyad_brief(br, "html", dashboard=here))
    if format == "md":
        return PlainTextResponse(render_dyad_brief(br, "md", dashboard=here), media_type="text/markdown")
    return json_response(br)


@router.get("/alerts", response_model=AlertPage, responses={422: {"model": Problem}})
def alerts(
    request: Request,
    ctx: Ctx,
    page: PageQ,
    period: PeriodQ,
    interval: Interval = "month",
    z: Annotated[float, Query(gt=0, le=10, description="How many standard deviations make a shift.")] = 2.0,
    country: CountryQ = None,
    type: TypeQ = None,
):
    """Alerts, newest first, one page at a time; the list is kept until the events change, the evidence
    is looked up for the page shown. ``country``: one side of the pair; ``type``: first-time events of that type."""
    from ...relations import alerts as find
    from ...relations import attach_evidence

    ptype = check_type(type)
    limit, offset = page.limit, page.offset

    def chosen(store: Any) -> tuple[list[dict], str | None]:
        code = resolve(ctx, store, "country", country, "country")
        found = find(store, since=period.since, until=period.until, interval=interval, z=z, evidence=False)
        found.reverse()
        found = [
            al
            for al in found
            if (not code or code in (al.get("a"), al.get("b"))) and (not ptype or al.get("plover_type") == ptype)
        ]
        return found, code

    if page.format != Format.json:
        with ctx.use(request) as store:
            found, _ = chosen(store)
        rows = found[offset : offset + EXPORT_MAX]
        return export_response(rows, page.format.value, "alerts", len(found), truncated=len(found) - offset > EXPORT_MAX)

    def compute(store: Any) -> dict:
        found, code = chosen(store)
        shown = found[offset : offset + limit]
        attach_evidence(store, shown, interval=interval, version=store.data_version())
        return {
            "items": shown,
            "total": len(found),
            "order": "newest first",
            "limit": limit,
            "offset": offset,
            "filters": filters_echo(since=period.since, until=period.until, interval=interval, z=z, country=code, type=ptype),
            "coverage": store.coverage(),
        }

    return ctx.kept(request, compute)
