"""HTTP API and dashboard (FastAPI): a thin layer over the store and the stages' functions.

``create_app(db)`` builds the application; ``attache serve`` runs it with
uvicorn on 127.0.0.1. One DuckDB connection serves every request, guarded by a
lock (DuckDB connections are not for concurrent use). ``POST /ingest`` needs
the bearer token in ``ATTACHE_TOKEN`` and is switched off without it.
"""


import datetime as dt
import json
import os
import re
import threading
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

MAX_BODY = 20 * 1024 * 1024  # bytes a request may carry
DATE = r"^\d{4}-\d{2}-\d{2}$"


def create_app(db: str, *, token: str | None = None, max_body: int = MAX_BODY):
    from fastapi import Depends, FastAPI, File, HTTPException, Query, Request, UploadFile
    from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse
    from fastapi.staticfiles import StaticFiles

    from .. import __version__
    from ..store import StoreError, open_store

    token = token if token is not None else os.environ.get("ATTACHE_TOKEN") or None
    store = open_store(db)
    lock = threading.Lock()
    app = FastAPI(title="attache", version=__version__,
                  description="What is happening between countries, from the news, with the sentence behind every answer.")
    app.state.store = store

    @app.middleware("http")
    async def limit_size(request: Request, call_next):
        size = request.headers.get("content-length")
        if size and size.isdigit() and int(size) > max_body:
            return JSONResponse({"detail": f"request body of {int(size)} bytes is over the limit of {max_body}"}, status_code=413)
        return await call_next(request)

    def page(limit: int = Query(50, ge=1, le=500, description="Rows per page (1-500)."),
             offset: int = Query(0, ge=0, le=10_000_000, description="Rows to skip.")) -> dict[str, int]:
        return {"limit": limit, "offset": offset}

    Page = Annotated[dict, Depends(page)]
    Since = Annotated[str | None, Query(pattern=DATE, description="On or after (YYYY-MM-DD).")]
    Until = Annotated[str | None, Query(pattern=DATE, description="On or before (YYYY-MM-DD).")]

    def check_dates(*values: str | None) -> None:
        for v in values:
            if v:
                try:
                    dt.date.fromisoformat(v)
                except ValueError:
                    raise HTTPException(422, f"{v!r} is not a calendar date (YYYY-MM-DD)") from None

    def paged(rows: list, p: dict) -> dict:
        return {"items": rows[p["offset"] : p["offset"] + p["limit"]], "total": len(rows), **p}

    @app.get("/health")
    def health() -> dict[str, Any]:
        with lock:
            n = store.count("articles")
        return {"status": "ok", "version": __version__, "articles": n}

    @app.get("/articles")
    def articles(p: Page, since: Since = None, until: Until = None, outlet: str | None = None,
                 q: Annotated[str | None, Query(max_length=200, description="Words in title or text.")] = None) -> dict:
        check_dates(since, until)
        with lock:
            rows = store.list_articles(limit=p["limit"], offset=p["offset"], outlet=outlet, since=since, until=until, search=q)
        return {"items": _plain(rows), **p}

    @app.get("/articles/{article_id}")
    def article(article_id: str) -> dict:
        from ..report.brief import article_json, event_json

        with lock:
            try:
                art = store.get_article(article_id)
            except StoreError as exc:
                raise HTTPException(404, str(exc)) from None
            mentions = [m.to_dict() for m in store.mentions_of([art.id])]
            events = [event_json(r, art.text) for r in store.events_of([art.id])]
            quantities = store.quantities_of([art.id])
            claims = store.claims_of([art.id])
            facts = store.facts_of([art.id]).get(art.id)
            story = store.con.execute("SELECT story_id FROM story_members WHERE article_id = ?", [art.id]).fetchone()
        highlights = ([{"start": m["start"], "end": m["end"], "kind": "actor", "label": m["name"] or m["text"], "id": m["actor_id"]}
                       for m in mentions]
                      + [{"start": e["trigger"]["start"], "end": e["trigger"]["end"], "kind": "event",
                          "label": f"{e['plover_type']} {e['cameo_code']}", "id": e["id"]} for e in events]
                      + [{"start": q["start_char"], "end": q["end_char"], "kind": "quantity", "label": f"{q['kind']} {q['value']:g} {q['unit']}",
                          "id": None} for q in quantities])
        highlights.sort(key=lambda h: (h["start"], -h["end"]))
        return {**article_json(art), "mentions": mentions, "events": events, "quantities": _plain(quantities), "claims": _plain(claims),
                "facts": facts, "story_id": story[0] if story else None, "highlights": highlights}

    @app.get("/actors")
    def actors(p: Page, q: Annotated[str | None, Query(max_length=100)] = None) -> dict:
        where, params = "", []
        if q:
            where, params = "WHERE a.name ILIKE ? OR a.id ILIKE ?", [f"%{q}%", f"%{q}%"]
        with lock:
            rows = store.con.execute(
                f"""SELECT a.id, a.name, a.kind, a.country, a.sector, count(m.article_id) AS mentions
                    FROM actors a LEFT JOIN mentions m ON m.actor_id = a.id {where}
                    GROUP BY a.id, a.name, a.kind, a.country, a.sector ORDER BY mentions DESC, a.id LIMIT ? OFFSET ?""", params + [p["limit"], p["offset"]]).fetchall()
        return {"items": [dict(zip(("id", "name", "kind", "country", "sector", "mentions"), r)) for r in rows], **p}

    @app.get("/actors/{actor_id}")
    def actor(actor_id: str) -> dict:
        from ..actors.kb import load_kb

        with lock:
            kb = load_kb(store.load_actors())
            found = kb.actors.get(actor_id)
            if found is None:
                row = store.con.execute("SELECT id FROM actors WHERE id = ?", [actor_id]).fetchone()
                if row is None:
                    raise HTTPException(404, f"no actor {actor_id!r}")
                found = next((a for a in store.load_actors(None) if a.id == actor_id), None)
            n = store.con.execute("SELECT count(*), count(DISTINCT article_id) FROM mentions WHERE actor_id = ?", [actor_id]).fetchone()
        return {**found.to_dict(), "mentions": n[0], "articles": n[1]}

    @app.get("/events")
    def events(p: Page, dyad: Annotated[list[str] | None, Query(description="Two actors: ?dyad=USA&dyad=PAK")] = None,
               directed: bool = False, actor: str | None = None, type: str | None = None, domain: str | None = None,
               factuality: str | None = None, all: bool = False, since: Since = None, until: Until = None,
               outlet: str | None = None) -> dict:
        from ..report.brief import event_json

        check_dates(since, until)
        if dyad and len(dyad) != 2:
            raise HTTPException(422, "dyad takes exactly two actors: ?dyad=USA&dyad=PAK")
        with lock:
            rows = store.find_events(dyad=dyad, directed=directed, actor=actor, plover_type=type, domain=domain, factuality=factuality,
                                     include_all=all, since=since, until=until, outlet=outlet)
            chosen = rows[p["offset"] : p["offset"] + p["limit"]]
            texts = {a: store.get_article(a).text for a in {r["article_id"] for r in chosen}}
        return {"items": [event_json(r, texts.get(r["article_id"])) | {"outlet": r.get("outlet"), "title": r.get("title")} for r in chosen],
                "total": len(rows), **p}

    @app.get("/stories")
    def stories(p: Page, since: Since = None, until: Until = None, actor: str | None = None,
                min_size: int = Query(1, ge=1)) -> dict:
        check_dates(since, until)
        with lock:
            rows = store.list_stories(since=since, until=until, actor=actor, min_size=min_size)
        return paged(rows, p)

    @app.get("/stories/{story_id}")
    def story(story_id: str) -> dict:
        with lock:
            st = store.get_story(story_id)
            if st is None:
                raise HTTPException(404, f"no story {story_id!r}")
            st["members"] = _plain(store.list_articles(ids=st["articles"], limit=1000))
        return st

    @app.get("/stories/{story_id}/comparison")
    def comparison(story_id: str) -> dict:
        from ..stories.compare import compare

        with lock:
            if store.get_story(story_id) is None:
                raise HTTPException(404, f"no story {story_id!r}")
            return compare(store, story_id)

    @app.get("/dyads")
    def dyads(since: Since = None, until: Until = None, limit: int = Query(10, ge=1, le=100)) -> dict:
        from ..relations import busiest_dyads

        check_dates(since, until)
        with lock:
            return {"items": busiest_dyads(store, since, until, limit)}

    @app.get("/dyads/{a}/{b}/timeline")
    def dyad_timeline(a: str, b: str, since: Since = None, until: Until = None,
                      by: Annotated[str, Query(pattern="^(domain|type|none)$")] = "domain",
                      interval: Annotated[str, Query(pattern="^(day|week|month|quarter|year)$")] = "month",
                      directed: bool = False, all: bool = False) -> dict:
        from ..relations import timeline

        check_dates(since, until)
        with lock:
            result = timeline(store, a, b, since=since, until=until, interval=interval, by=by, directed=directed, include_all=all)
        return JSONResponse(result)  # plain data already: skip the generic encoder (this route must answer fast)

    @app.get("/dyads/{a}/{b}/brief")
    def dyad_brief(a: str, b: str, since: Since = None, until: Until = None,
                   format: Annotated[str, Query(pattern="^(json|md|html)$")] = "json"):
        from ..report.dyad import build_dyad_brief, render_dyad_brief

        check_dates(since, until)
        with lock:
            br = build_dyad_brief(store, a, b, since=since, until=until, chart=format != "md")
        if format == "html":
            return HTMLResponse(render_dyad_brief(br, "html"))
        if format == "md":
            return PlainTextResponse(render_dyad_brief(br, "md"), media_type="text/markdown")
        return br

    @app.get("/alerts")
    def alerts(since: Since = None, until: Until = None,
               interval: Annotated[str, Query(pattern="^(day|week|month|quarter|year)$")] = "month",
               z: float = Query(2.0, gt=0, le=10)) -> dict:
        from ..relations import alerts as find

        check_dates(since, until)
        with lock:
            return {"items": find(store, since=since, until=until, interval=interval, z=z)}

    @app.get("/search")
    def search(q: Annotated[str, Query(min_length=2, max_length=200)], limit: int = Query(20, ge=1, le=100)) -> dict:
        like = f"%{q}%"
        with lock:
            arts = _plain(store.list_articles(search=q, limit=limit))
            acts = store.con.execute("SELECT id, name, country, sector FROM actors WHERE name ILIKE ? OR id ILIKE ? ORDER BY id LIMIT ?",
                                     [like, like, limit]).fetchall()
            sts = store.con.execute("SELECT id, title, size FROM stories WHERE title ILIKE ? ORDER BY size DESC, id LIMIT ?",
                                    [like, limit]).fetchall()
        return {"articles": arts, "actors": [dict(zip(("id", "name", "country", "sector"), r)) for r in acts],
                "stories": [dict(zip(("id", "title", "size"), r)) for r in sts]}

    @app.post("/ingest")
    async def ingest(request: Request, files: Annotated[list[UploadFile] | None, File()] = None) -> dict:
        if not token:
            raise HTTPException(403, "ingest over HTTP is off: start the server with ATTACHE_TOKEN set")
        if request.headers.get("authorization") != f"Bearer {token}":
            raise HTTPException(401, "a valid bearer token is needed (Authorization: Bearer ...)")
        from ..pipeline import ingest_items
        from ..sources import from_upload
        from ..sources.hashing import sha256_hex
        from ..sources.records import record_to_raw

        items: list = []
        if files:
            for f in files:
                data = await f.read()
                items.extend(from_upload(data, f.filename or "upload"))
        else:
            try:
                body = await request.json()
            except (json.JSONDecodeError, UnicodeDecodeError):
                raise HTTPException(400, "send JSON {\"documents\": [{\"text\": ..., \"title\": ...}]} or multipart files") from None
            docs = body.get("documents") if isinstance(body, dict) else body
            if not isinstance(docs, list) or not docs:
                raise HTTPException(422, "documents must be a non-empty list of objects")
            for i, d in enumerate(docs):
                if not isinstance(d, dict):
                    raise HTTPException(422, f"documents[{i}] is not an object")
                raw = json.dumps(d).encode("utf-8")
                items.append(record_to_raw(d, f"api:documents[{i}]", i + 1, len(raw), sha256_hex(raw)))
        analyze = request.query_params.get("analyze", "true") != "false"
        with lock:
            summary = ingest_items(store, items, command="api ingest")
            if analyze and summary.article_ids:
                from ..analysis import analyze_stored
                from ..stories.build import update_stories

                analyze_stored(store, summary.article_ids)
                update_stories(store)
        return {"new": summary.new, "duplicate": summary.duplicate, "failed": summary.failed, "article_ids": summary.article_ids,
                "problems": [p.line() for p in summary.problems]}

    static = resources.files("attache.api").joinpath("static")

    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(str(static.joinpath("index.html")))

    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    return app


def serve_in_thread(db: str, *, token: str | None = None, wait: float = 30.0):
    """A real uvicorn serving ``create_app(db)`` on 127.0.0.1 at a free port, in a daemon thread (benches, tests).
    Returns (server, thread, base URL); stop with ``server.should_exit = True`` and ``thread.join()``."""
    import socket
    import time

    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db, token=token), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + wait
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    if not server.started:
        server.should_exit = True
        raise RuntimeError(f"the server did not start within {wait:.0f} s")
    return server, thread, f"http://127.0.0.1:{port}"


def _plain(rows: list[dict]) -> list[dict]:
    out = []
    for r in rows:
        out.append({k: (v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v) for k, v in r.items()})
    return out
