"""``/health`` (never waits on the database), ``/coverage`` and ``/filters`` (the values the list filters take)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from ..context import Ctx, json_response
from ..models import Coverage, Filters, Health
from ..params import FACTUALITIES, INTERVALS, domains, plover_types

router = APIRouter(tags=["service"])


@router.get("/health", response_model=Health)
async def health(ctx: Ctx) -> dict[str, Any]:
    """Answers without waiting on the database: the article count is at most a few seconds old."""
    from ... import __version__

    return {"status": "ok", "version": __version__, "articles": ctx.article_count(), "read_only": ctx.shared.read_only}


@router.get("/coverage", response_model=Coverage)
def coverage(request: Request, ctx: Ctx):
    """How much of the store was analysed: articles stored, analysed, set aside (not English)."""

    with ctx.use(request) as store:
        return json_response(store.coverage())


@router.get("/filters", response_model=Filters)
def filters(request: Request, ctx: Ctx):
    """The values the list filters take: event types, domains, factualities, intervals, and the outlets and countries
    the store holds (busiest first, at most 500 of each)."""
    from ...extract.outlets import outlet_info

    def compute(store: Any) -> dict:
        names = ctx.names(store)
        outlets = []
        for name, n in store.stored_outlets(500):
            info = outlet_info(name)
            outlets.append({"name": name, "country": info.country, "kind": info.kind, "articles": n})
        countries = []
        for code, n in store.event_countries(500):
            found = names.kb.actors.get(code)
            countries.append({"code": code, "name": found.name if found is not None else code, "events": n})
        return {
            "types": list(plover_types()),
            "domains": list(domains()),
            "factualities": list(FACTUALITIES),
            "intervals": list(INTERVALS),
            "outlets": outlets,
            "countries": countries,
        }

    return ctx.kept(request, compute)
