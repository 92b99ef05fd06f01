"""``GET /search``: ranked full-text search with snippets and facets; actors and stories by name."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from ..context import Ctx, plain
from ..models import Problem, SearchAnswer
from ..params import FiltersQ

router = APIRouter(tags=["search"])


@router.get("/search", response_model=SearchAnswer, responses={422: {"model": Problem}})
def search(
    request: Request,
    ctx: Ctx,
    q: Annotated[str, Query(min_length=2, max_length=200, description="Words to find.")],
    filters: FiltersQ,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
):
    """Ranked full-text search (BM25 over titles and texts; articles holding more of the words first), with a
    snippet and highlight offsets per article and facets (outlet, month, country); actors and stories by name.
    The filters are those of ``/articles``."""
    from ...links import safe_link

    def run(store: Any) -> dict:
        found = store.search(q, filters.for_store(ctx, store), limit=limit, offset=offset)
        return {
            "query": q,
            "total": found["total"],
            "terms": found["terms"],
            "facets": found["facets"],
            "articles": [{**r, "link": safe_link(r.get("url"))} for r in plain(found["results"])],
            "actors": store.search_actors(q, limit),
            "stories": store.search_stories(q, limit),
        }

    return ctx.kept(request, run)
