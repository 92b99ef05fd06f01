"""Actors (the list, one actor's page: roles over time, counterparts, recent events) and a country's relations."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request

from ..context import Ctx, json_response
from ..models import ActorDetail, ActorPage, CountryDetail, Problem
from ..params import (
    CountryQ,
    PageQ,
    PeriodQ,
    filters_echo,
    resolve,
    resolve_path,
)

router = APIRouter(tags=["actors"])


@router.get("/actors", response_model=ActorPage, responses={422: {"model": Problem}})
def actors(
    request: Request,
    ctx: Ctx,
    page: PageQ,
    q: Annotated[str | None, Query(max_length=100, description="Words in the actor's name or id.")] = None,
    country: CountryQ = None,
):
    """Stored actors with their mention counts, most mentioned first."""

    def fetch(store: Any, lim: int, off: int) -> tuple[list[dict], int, dict]:
        code = resolve(ctx, store, "country", country, "country")
        rows = store.find_actors(q, country=code, limit=lim, offset=off)
        return rows, store.count_actors(q, country=code), filters_echo(q=q, country=code)

    return page.listing(ctx, request, "actors", fetch)


@router.get("/actors/{actor}", response_model=ActorDetail, responses={404: {"model": Problem}, 422: {"model": Problem}})
def actor(request: Request, ctx: Ctx, actor: str, period: PeriodQ):
    """One actor by id or name: who it is, its mentions, its events per month as source and target (and their types),
    its counterparts with the cooperation-conflict index, and its newest events."""
    from .events import event_items

    with ctx.use(request) as store:
        actor_id = resolve_path(ctx, store, "actor", actor, "actor")
        found = ctx.names(store).kb.actors.get(actor_id)  # the shipped and imported actors, loaded once
        if found is None:
            found = next((a for a in store.load_actors(None) if a.id == actor_id), None)
        if found is None:
            raise HTTPException(404, f"no actor {actor!r}")
        mentions, arts = store.actor_mention_counts(actor_id)
        profile = store.actor_profile(actor_id, since=period.since, until=period.until)
        recent = event_items(store, store.recent_events(actor_id, since=period.since, until=period.until))
    return json_response({**found.to_dict(), "mentions": mentions, "articles": arts, **profile, "recent_events": recent})


@router.get("/countries/{country}", response_model=CountryDetail, responses={404: {"model": Problem}}, tags=["countries"])
def country(
    request: Request,
    ctx: Ctx,
    country: str,
    period: PeriodQ,
    min_events: Annotated[int, Query(ge=1, le=100_000, description="Leave out counterparts with fewer events.")] = 1,
):
    """A country's relations: every country it has events with, busiest first, with the cooperation-conflict index
    (mean intensity of the events that happened, -10 conflict .. +10 cooperation) and the counts behind it."""

    def compute(store: Any) -> dict:
        code = resolve_path(ctx, store, "country", country, "country")
        names = ctx.names(store)
        relations = store.country_relations(code, since=period.since, until=period.until, min_events=min_events)
        for r in relations:
            r["name"] = _country_name(names, r["counterpart"])
        return {
            "code": code,
            "name": _country_name(names, code),
            "events": sum(r["events"] for r in relations),
            "relations": relations,
            "coverage": store.coverage(),
            "filters": filters_echo(since=period.since, until=period.until, min_events=min_events),
        }

    return ctx.kept(request, compute)


def _country_name(names: Any, code: str | None) -> str | None:
    if not code:
        return None
    found = names.kb.actors.get(code)
    return found.name if found is not None else code
