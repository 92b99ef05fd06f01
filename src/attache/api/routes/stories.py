"""Stories (one real-world happening told by many outlets) and threads (related stories): lists, one of each,
and a story's comparison across outlets."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request

from ...model import ListFilter
from ..context import Ctx, json_response
from ..models import (
    Comparison,
    Problem,
    StoryDetail,
    StoryPage,
    ThreadDetail,
    ThreadPage,
)
from ..params import FiltersQ, PageQ
from .articles import article_items

router = APIRouter(tags=["stories"])
MinSize = Annotated[int, Query(ge=1, le=100_000, description="At least this many articles (stories) or stories (threads).")]


ThreadQ = Annotated[str | None, Query(max_length=100, description="Only the stories of this thread.")]


@router.get("/stories", response_model=StoryPage, responses={422: {"model": Problem}})
def stories(request: Request, ctx: Ctx, page: PageQ, filters: FiltersQ, min_size: MinSize = 1, thread: ThreadQ = None):
    """Stories, largest first. ``country``: among the story's countries; ``actor``: named in a member article;
    ``type`` / ``domain`` / ``factuality``: a member holds such an event; ``outlet``: a member from it;
    ``min_sources``: told by at least that many independent sources."""

    def fetch(store: Any, lim: int, off: int) -> tuple[list[dict], int, dict]:
        f = filters.for_store(ctx, store, min_size=min_size, thread=thread or None)
        return [st.to_dict() for st in store.stories(f, limit=lim, offset=off)], store.count_stories(f), f.echo()

    return page.listing(ctx, request, "stories", fetch)


def by_outlet(members: list[dict]) -> list[dict]:
    """The members grouped by outlet, with the outlet's country, kind and language (registry or country-code domain)."""
    from ...extract.outlets import outlet_info

    groups: dict[str, dict] = {}
    for m in members:
        name = m.get("outlet") or "(unknown)"
        if name not in groups:
            info = outlet_info(m.get("outlet"), m.get("url"))
            groups[name] = {"outlet": name, "country": info.country, "kind": info.kind, "language": info.language, "articles": []}
        groups[name]["articles"].append(
            {k: m.get(k) for k in ("id", "title", "published", "url", "link", "syndication_group", "origin")}
        )
    return sorted(groups.values(), key=lambda g: (g["country"] or "~", g["outlet"]))


@router.get("/stories/{story_id}", response_model=StoryDetail, responses={404: {"model": Problem}})
def story(request: Request, ctx: Ctx, story_id: str):
    """One story: its members, the outlets side by side with their country, and its thread."""
    with ctx.use(request) as store:
        st = store.get_story(story_id)
        if st is None:
            raise HTTPException(404, f"no story {story_id!r}")
        rows = store.find_articles(ListFilter(ids=tuple(st["articles"])), limit=1000)
        thread = store.get_thread(st["thread_id"]) if st.get("thread_id") else None
    order = {a: i for i, a in enumerate(st["articles"])}
    st["members"] = sorted(article_items(rows), key=lambda r: order.get(r["id"], len(order)))
    st["by_outlet"] = by_outlet(st["members"])
    st["thread"] = {"id": thread["id"], "title": thread["title"]} if thread else None
    return json_response(st)


@router.get("/stories/{story_id}/comparison", response_model=Comparison, responses={404: {"model": Problem}})
def comparison(request: Request, ctx: Ctx, story_id: str) -> Any:
    """What the story's independent sources agree on, what only one tells, conflicting figures and frames."""
    from ...stories.compare import compare

    with ctx.use(request) as store:
        if store.get_story(story_id) is None:
            raise HTTPException(404, f"no story {story_id!r}")
        return json_response(compare(store, story_id))


@router.get("/threads", response_model=ThreadPage, responses={422: {"model": Problem}}, tags=["threads"])
def threads(request: Request, ctx: Ctx, page: PageQ, filters: FiltersQ, min_size: MinSize = 1):
    """Threads (related stories: a relationship in a month), most articles first. The story filters keep the threads
    holding at least one such story."""

    def fetch(store: Any, lim: int, off: int) -> tuple[list[dict], int, dict]:
        f = filters.for_store(ctx, store, min_size=min_size)
        return [t.to_dict() for t in store.threads(f, limit=lim, offset=off)], store.count_threads(f), f.echo()

    return page.listing(ctx, request, "threads", fetch)


@router.get("/threads/{thread_id}", response_model=ThreadDetail, responses={404: {"model": Problem}}, tags=["threads"])
def thread(request: Request, ctx: Ctx, thread_id: str):
    """One thread with its stories (as in ``/stories``), in order."""
    with ctx.use(request) as store:
        th = store.get_thread(thread_id)
        if th is None:
            raise HTTPException(404, f"no thread {thread_id!r}")
        th["story_list"] = store.stories_by_id(th["stories"])
    return json_response(th)
