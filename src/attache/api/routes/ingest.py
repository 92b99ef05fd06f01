"""``POST /ingest``: documents stored (and analysed and placed in stories), one writer at a time.

The token is checked by the guard before the body is read (:mod:`attache.api.guard`).
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, File, HTTPException, Request, UploadFile

from ..context import Ctx
from ..models import IngestResult, Problem

router = APIRouter(tags=["ingest"])


@router.post(
    "/ingest",
    response_model=IngestResult,
    responses={
        400: {"model": Problem},
        401: {"model": Problem},
        403: {"model": Problem},
        413: {"model": Problem},
        422: {"model": Problem},
    },
)
async def ingest(request: Request, ctx: Ctx, files: Annotated[list[UploadFile] | None, File()] = None) -> dict:
    """Needs ``Authorization: Bearer $ATTACHE_TOKEN`` (checked before the body is read). JSON
    ``{"documents": [{"text": ..., "title": ...}]}`` or multipart ``files`` (read by the same readers as files on disk);
    ``?analyze=false`` stores without analysing."""
    from starlette.concurrency import run_in_threadpool

    if ctx.shared.read_only:
        raise HTTPException(403, "this server opened the database read-only (started with --read-only)")
    from ...sources import from_upload
    from ...sources.hashing import sha256_hex
    from ...sources.records import record_to_raw

    items: list = []
    if files:
        for f in files:
            data = await f.read()
            items.extend(from_upload(data, f.filename or "upload"))
    else:
        raw_body = await request.body()
        try:
            body = json.loads(raw_body)
        except (ValueError, RecursionError) as exc:  # bad JSON, too deep, numbers past Python's digit limit
            why = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)[:120]
            raise HTTPException(
                400,
                f"the body is not JSON attache can read ({why}): send "
                '{"documents": [{"text": ..., "title": ...}]} or multipart files',
            ) from None
        docs = body.get("documents") if isinstance(body, dict) else body
        if not isinstance(docs, list) or not docs:
            raise HTTPException(422, "documents must be a non-empty list of objects")
        for i, d in enumerate(docs):
            if not isinstance(d, dict):
                raise HTTPException(422, f"documents[{i}] is not an object")
            try:
                raw = json.dumps(d).encode("utf-8")
                items.append(record_to_raw(d, f"api:documents[{i}]", i + 1, len(raw), sha256_hex(raw)))
            except (ValueError, RecursionError, TypeError) as exc:
                raise HTTPException(422, f"documents[{i}] cannot be read: {type(exc).__name__}") from None
    analyze = request.query_params.get("analyze", "true") != "false"
    return await run_in_threadpool(write, ctx.shared, items, analyze)


def write(shared: Any, items: list, analyze: bool) -> dict:
    """An upload stored (and analysed and placed in stories: ``pipeline.process_items``), one writer at a time."""
    from ...pipeline import process_items

    with shared.writer() as store:
        summary = process_items(store, items, command="api ingest", analyse_too=analyze).ingest
    if summary is None:  # process_items always ingests; said for the type checker
        raise RuntimeError("the pipeline returned no ingest summary")
    return {
        "new": summary.new,
        "duplicate": summary.duplicate,
        "failed": summary.failed,
        "article_ids": summary.article_ids,
        "problems": [p.line() for p in summary.problems],
    }
