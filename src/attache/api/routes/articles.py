"""``GET /articles`` (filtered, paged, exported) and ``GET /articles/{id}`` (the reading view's data)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request

from ..context import Ctx, json_response, plain
from ..models import ArticleDetail, ArticlePage, Problem
from ..params import FiltersQ, PageQ

router = APIRouter(tags=["articles"])


def article_items(rows: list[dict]) -> list[dict]:
    """Article list rows with a safe link and the outlet's country."""
    from ...extract.outlets import outlet_info
    from ...links import safe_link

    return [
        {**r, "outlet_country": outlet_info(r.get("outlet"), r.get("url")).country, "link": safe_link(r.get("url"))}
        for r in plain(rows)
    ]


@router.get("/articles", response_model=ArticlePage, responses={422: {"model": Problem}})
def articles(
    request: Request,
    ctx: Ctx,
    page: PageQ,
    filters: FiltersQ,
    q: Annotated[str | None, Query(max_length=200, description="Words in title or text.")] = None,
    analysed: Annotated[bool | None, Query(description="Only articles the analysis ran on (true) or did not (false).")] = None,
    genre: Annotated[str | None, Query(max_length=40, description="news, opinion, explainer, ...")] = None,
    language: Annotated[str | None, Query(max_length=8, description="ISO 639-1 code.")] = None,
):
    """Articles, newest first. ``country`` / ``actor``: mentioned in it; ``type`` / ``domain`` / ``factuality``: it holds
    such an event; ``min_sources``: its story is told by that many independent sources."""

    def fetch(store: Any, lim: int, off: int) -> tuple[list[dict], int, dict]:
        f = filters.for_store(ctx, store, q=q or None, analysed=analysed, genre=genre or None, language=language or None)
        return article_items(store.find_articles(f, limit=lim, offset=off)), store.count_articles(f), f.echo()

    return page.listing(ctx, request, "articles", fetch)


@router.get("/articles/{article_id}", response_model=ArticleDetail, responses={404: {"model": Problem}})
def article(request: Request, ctx: Ctx, article_id: str):
    """One article for the reading view: clean text with paragraphs and headings, its events (with sentence offsets),
    actors, figures and claims, and the spans to highlight. ``article_id``: an id or a unique prefix (4+ characters)."""
    from ...extract.outlets import outlet_info
    from ...links import safe_link
    from ...report.brief import article_json
    from ...store import QueryTimeout, StoreError
    from .events import event_items

    with ctx.use(request) as store:
        try:
            art = store.get_article(article_id)
        except QueryTimeout:
            raise
        except StoreError as exc:
            raise HTTPException(404, str(exc)) from None
        mentions = [m.to_dict() for m in store.mentions_of([art.id])]
        rows = store.events_of([art.id])
        for r in rows:
            r.setdefault("url", art.url)
        events = event_items(store, rows)
        quantities = plain(store.quantities_of([art.id]))
        claims = plain(store.claims_of([art.id]))
        facts = store.facts_of([art.id]).get(art.id)
        story = store.story_of_article(art.id)
        thread = (store.get_story(story) or {}).get("thread_id") if story else None
        analysed = store.is_analysed(art.id)
    return json_response(
        {
            **article_json(art),
            "link": safe_link(art.url),
            "outlet_info": outlet_info(art.outlet, art.url).to_dict(),
            "mentions": mentions,
            "actors": actors_named(mentions),
            "events": events,
            "quantities": quantities,
            "claims": claims,
            "facts": facts,
            "story_id": story,
            "thread_id": thread,
            "analysed": analysed,
            "highlights": highlights(mentions, events, quantities),
        }
    )


def actors_named(mentions: list[dict]) -> list[dict]:
    """The resolved actors the mentions name, each with its mention count, most mentioned first."""
    actors: dict[str, dict] = {}
    for m in mentions:
        if m.get("actor_id"):
            a = actors.setdefault(
                m["actor_id"],
                {
                    "actor_id": m["actor_id"],
                    "name": m.get("name") or m.get("text"),
                    "country": m.get("country"),
                    "sector": m.get("sector"),
                    "mentions": 0,
                },
            )
            a["mentions"] += 1
    return sorted(actors.values(), key=lambda a: (-a["mentions"], a["actor_id"]))


def highlights(mentions: list[dict], events: list[dict], quantities: list[dict]) -> list[dict]:
    """Every span to mark in the text (actors, event triggers, figures), in text order (the longer first at one start)."""
    marks = (
        [
            {"start": m["start"], "end": m["end"], "kind": "actor", "label": m["name"] or m["text"], "id": m["actor_id"]}
            for m in mentions
        ]
        + [
            {
                "start": e["trigger"]["start"],
                "end": e["trigger"]["end"],
                "kind": "event",
                "label": f"{e['plover_type']} {e['cameo_code']}",
                "id": e["id"],
            }
            for e in events
        ]
        + [
            {
                "start": q["start_char"],
                "end": q["end_char"],
                "kind": "quantity",
                "label": f"{q['kind']} {q['value']:g} {q['unit']}",
                "id": None,
            }
            for q in quantities
        ]
    )
    marks.sort(key=lambda h: (h["start"], -h["end"]))
    return marks
