"""HTTP API and dashboard (FastAPI): a thin layer over the store and the stages' functions.

``create_app(db)`` builds the application; ``attache serve`` runs it with uvicorn on 127.0.0.1.
Every request gets a store session of its own (a DuckDB cursor, a PostgreSQL connection), so
reads run side by side; each has a time limit (``query_timeout``: past it the query is stopped
and the answer is a 503 saying so), and a GET whose client goes away has its query stopped.
Without a token the server opens the database read-only and holds a DuckDB file only while
requests use it, so ``attache watch`` and other commands can write between requests.
``POST /ingest`` needs the bearer token in ``ATTACHE_TOKEN``; writes go one at a time.
What a request may cost before a route sees it (Host allow-list, token before body, body cap by
bytes, security headers) is in :mod:`attache.api.guard`.
"""


import datetime as dt
import json
import os
import threading
import time
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from .pace import Pace
from .guard import CONTEXT_KEY, LOOPBACK_HOSTS, Guard

MAX_BODY = 20 * 1024 * 1024  # bytes a request may carry
QUERY_TIMEOUT = 30.0  # seconds a request's queries may run
DATE = r"^\d{4}-\d{2}-\d{2}$"
DOCS_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>attache API</title>
<link rel="stylesheet" href="/static/swagger-ui/swagger-ui.css">
<link rel="icon" href="/static/swagger-ui/favicon.png"></head>
<body><div id="swagger-ui"></div>
<script src="/static/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script>
</body></html>
"""


def create_app(db: str, *, token: str | None = None, max_body: int = MAX_BODY, read_only: bool | None = None,
               allow_hosts: tuple[str, ...] = (), query_timeout: float | None = QUERY_TIMEOUT, warm: bool = True):
    """The FastAPI application over ``db``. ``read_only`` defaults to True unless a token is set
    (``token`` or $ATTACHE_TOKEN); ``allow_hosts`` adds names to the loopback ones the Host header may carry."""
    from fastapi import FastAPI, File, HTTPException, Query, Request, UploadFile
    from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, Response
    from fastapi.staticfiles import StaticFiles

    from .. import __version__
    from ..links import safe_link
    from ..store import QueryCancelled, QueryTimeout, StoreError
    from ..store.shared import SharedStore

    token = token if token is not None else os.environ.get("ATTACHE_TOKEN") or None
    if read_only is None:
        read_only = not token
    shared = SharedStore(db, read_only=read_only)
    app = FastAPI(title="attache", version=__version__, docs_url=None, redoc_url=None, swagger_ui_oauth2_redirect_url=None,
                  description="What is happening between countries, from the news, with the sentence behind every answer.")
    app.state.shared = shared
    app.add_middleware(Guard, hosts=(*LOOPBACK_HOSTS, *allow_hosts), token=token, max_body=max_body)
    app.add_middleware(Pace)  # outermost: bounds route threads so the loop stays free (api/pace.py)

    @app.exception_handler(QueryTimeout)
    def _timeout(request: Request, exc: QueryTimeout):
        return JSONResponse({"detail": str(exc)}, status_code=503, headers={"Retry-After": "5"})

    @app.exception_handler(QueryCancelled)
    def _cancelled(request: Request, exc: QueryCancelled):
        return JSONResponse({"detail": str(exc)}, status_code=499)

    @app.exception_handler(StoreError)
    def _store_error(request: Request, exc: StoreError):
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @contextmanager
    def use(request: Request):
        """This request's own store session, stopped past the time limit or when the client goes away."""
        ctx = request.scope.get(CONTEXT_KEY)
        if ctx is not None and ctx.cancelled:
            raise QueryCancelled("the client went away")
        with shared.session(query_timeout) as store:
            if ctx is not None:
                ctx.add(store)
            try:
                yield store
            finally:
                if ctx is not None:
                    ctx.remove(store)

    answers = AnswerCache()

    def kept(request: Request, compute) -> Any:
        """The route's answer from memory when the data have not changed since it was made (``data_version``);
        otherwise ``compute(store)`` in a session of this request's own."""
        key = (request.url.path, tuple(sorted(request.query_params.multi_items())))
        version = shared.data_version()
        body = answers.get(key, version)
        if body is None:
            with answers.one_at_a_time(key):  # the same question asked by many at once is worked out once
                body = answers.get(key, version)
                if body is None:
                    with use(request) as store:
                        result = compute(store)
                    body = json.dumps(_jsonable(result), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
                    answers.put(key, version, body)
        return Response(body, media_type="application/json")

    counts = {"articles": None, "at": 0.0, "busy": False}

    def refresh_count() -> None:
        try:
            with shared.session(5.0) as store:
                counts["articles"] = store.count("articles")
                counts["at"] = time.monotonic()
        except Exception:
            pass
        finally:
            counts["busy"] = False

    refresh_count()

    def warm_up() -> None:  # the overview's alerts computed once, before anyone asks
        from ..relations import alerts as find

        try:
            with shared.session(None) as store:
                find(store, evidence=False)
        except Exception:
            pass

    if warm:
        threading.Thread(target=warm_up, daemon=True, name="attache-warm").start()

    def page_params(limit: int, offset: int) -> dict[str, int]:
        return {"limit": limit, "offset": offset}

    Limit = Annotated[int, Query(ge=1, le=500, description="Rows per page (1-500).")]
    Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]
    Since = Annotated[str | None, Query(pattern=DATE, description="On or after (YYYY-MM-DD).")]
    Until = Annotated[str | None, Query(pattern=DATE, description="On or before (YYYY-MM-DD).")]

    def check_dates(*values: str | None) -> None:
        for v in values:
            if v:
                try:
                    dt.date.fromisoformat(v)
                except ValueError:
                    raise HTTPException(422, f"{v!r} is not a calendar date (YYYY-MM-DD)") from None

    def linked(rows: list[dict]) -> list[dict]:
        return [{**r, "link": safe_link(r.get("url"))} for r in _plain(rows)]

    @app.get("/health")
    async def health() -> dict[str, Any]:
        """Answers without waiting on the database: the article count is at most a few seconds old."""
        if time.monotonic() - counts["at"] > 10 and not counts["busy"]:
            counts["busy"] = True
            threading.Thread(target=refresh_count, daemon=True).start()
        return {"status": "ok", "version": __version__, "articles": counts["articles"], "read_only": shared.read_only}

    @app.get("/articles")
    def articles(request: Request, limit: Limit = 50, offset: Offset = 0, since: Since = None, until: Until = None,
                 outlet: str | None = None,
                 q: Annotated[str | None, Query(max_length=200, description="Words in title or text.")] = None) -> dict:
        check_dates(since, until)
        with use(request) as store:
            rows = store.list_articles(limit=limit, offset=offset, outlet=outlet, since=since, until=until, search=q)
        return {"items": linked(rows), **page_params(limit, offset)}

    @app.get("/articles/{article_id}")
    def article(request: Request, article_id: str) -> dict:
        from ..report.brief import article_json, event_json

        with use(request) as store:
            try:
                art = store.get_article(article_id)
            except QueryTimeout:
                raise
            except StoreError as exc:
                raise HTTPException(404, str(exc)) from None
            mentions = [m.to_dict() for m in store.mentions_of([art.id])]
            events = [event_json(r, art.text) for r in store.events_of([art.id])]
            quantities = store.quantities_of([art.id])
            claims = store.claims_of([art.id])
            facts = store.facts_of([art.id]).get(art.id)
            story = store.story_of_article(art.id)
        highlights = ([{"start": m["start"], "end": m["end"], "kind": "actor", "label": m["name"] or m["text"], "id": m["actor_id"]}
                       for m in mentions]
                      + [{"start": e["trigger"]["start"], "end": e["trigger"]["end"], "kind": "event",
                          "label": f"{e['plover_type']} {e['cameo_code']}", "id": e["id"]} for e in events]
                      + [{"start": q["start_char"], "end": q["end_char"], "kind": "quantity", "label": f"{q['kind']} {q['value']:g} {q['unit']}",
                          "id": None} for q in quantities])
        highlights.sort(key=lambda h: (h["start"], -h["end"]))
        return {**article_json(art), "link": safe_link(art.url), "mentions": mentions, "events": events,
                "quantities": _plain(quantities), "claims": _plain(claims), "facts": facts, "story_id": story,
                "highlights": highlights}

    @app.get("/actors")
    def actors(request: Request, limit: Limit = 50, offset: Offset = 0, q: Annotated[str | None, Query(max_length=100)] = None) -> dict:
        with use(request) as store:
            rows = store.actors_page(q, limit=limit, offset=offset)
        return {"items": rows, **page_params(limit, offset)}

    @app.get("/actors/{actor_id}")
    def actor(request: Request, actor_id: str) -> dict:
        from ..actors.kb import load_kb

        with use(request) as store:
            kb = load_kb(store.load_actors())
            found = kb.actors.get(actor_id)
            if found is None:
                if not store.actor_stored(actor_id):
                    raise HTTPException(404, f"no actor {actor_id!r}")
                found = next((a for a in store.load_actors(None) if a.id == actor_id), None)
            mentions, arts = store.actor_mention_counts(actor_id)
        return {**found.to_dict(), "mentions": mentions, "articles": arts}

    @app.get("/events")
    def events(request: Request, limit: Limit = 50, offset: Offset = 0,
               dyad: Annotated[list[str] | None, Query(description="Two actors: ?dyad=USA&dyad=PAK")] = None,
               directed: bool = False, actor: str | None = None, type: str | None = None, domain: str | None = None,
               factuality: str | None = None, all: bool = False, since: Since = None, until: Until = None,
               outlet: str | None = None):
        """One page of events, cut in SQL (``total`` counts them all)."""
        from ..report.brief import event_json

        check_dates(since, until)
        if dyad and len(dyad) != 2:
            raise HTTPException(422, "dyad takes exactly two actors: ?dyad=USA&dyad=PAK")
        filters = dict(dyad=dyad, directed=directed, actor=actor, plover_type=type, domain=domain, factuality=factuality,
                       include_all=all, since=since, until=until, outlet=outlet)
        def compute(store) -> dict:
            rows = store.find_events(limit=limit, offset=offset, **filters)
            total = store.count_events(**filters)
            arts = store.get_articles(sorted({r["article_id"] for r in rows}))
            items = [event_json(r, arts[r["article_id"]].text if r["article_id"] in arts else None)
                     | {"outlet": r.get("outlet"), "title": r.get("title"), "url": r.get("url"), "link": safe_link(r.get("url"))}
                     for r in rows]
            return {"items": items, "total": total, **page_params(limit, offset)}

        return kept(request, compute)

    @app.get("/stories")
    def stories(request: Request, limit: Limit = 50, offset: Offset = 0, since: Since = None, until: Until = None,
                actor: str | None = None, min_size: int = Query(1, ge=1)) -> dict:
        check_dates(since, until)
        with use(request) as store:
            rows = store.list_stories(since=since, until=until, actor=actor, min_size=min_size, limit=limit, offset=offset)
            total = store.count_stories(since=since, until=until, actor=actor, min_size=min_size)
        return {"items": rows, "total": total, **page_params(limit, offset)}

    @app.get("/stories/{story_id}")
    def story(request: Request, story_id: str) -> dict:
        with use(request) as store:
            st = store.get_story(story_id)
            if st is None:
                raise HTTPException(404, f"no story {story_id!r}")
            st["members"] = linked(store.list_articles(ids=st["articles"], limit=1000))
        return st

    @app.get("/stories/{story_id}/comparison")
    def comparison(request: Request, story_id: str) -> dict:
        from ..stories.compare import compare

        with use(request) as store:
            if store.get_story(story_id) is None:
                raise HTTPException(404, f"no story {story_id!r}")
            return compare(store, story_id)

    @app.get("/dyads")
    def dyads(request: Request, since: Since = None, until: Until = None, limit: int = Query(10, ge=1, le=100)) -> dict:
        from ..relations import busiest_dyads

        check_dates(since, until)
        return kept(request, lambda store: {"items": busiest_dyads(store, since, until, limit)})

    @app.get("/dyads/{a}/{b}/timeline")
    def dyad_timeline(request: Request, a: str, b: str, since: Since = None, until: Until = None,
                      by: Annotated[str, Query(pattern="^(domain|type|none)$")] = "domain",
                      interval: Annotated[str, Query(pattern="^(day|week|month|quarter|year)$")] = "month",
                      directed: bool = False, all: bool = False) -> dict:
        from ..relations import timeline

        check_dates(since, until)
        return kept(request, lambda store: timeline(store, a, b, since=since, until=until, interval=interval, by=by,
                                                    directed=directed, include_all=all))

    @app.get("/dyads/{a}/{b}/brief")
    def dyad_brief(request: Request, a: str, b: str, since: Since = None, until: Until = None,
                   format: Annotated[str, Query(pattern="^(json|md|html)$")] = "json"):
        from ..report.dyad import build_dyad_brief, render_dyad_brief

        check_dates(since, until)
        with use(request) as store:
            br = build_dyad_brief(store, a, b, since=since, until=until, chart=format != "md")
        if format == "html":
            return HTMLResponse(render_dyad_brief(br, "html"))
        if format == "md":
            return PlainTextResponse(render_dyad_brief(br, "md"), media_type="text/markdown")
        return br

    @app.get("/alerts")
    def alerts(request: Request, since: Since = None, until: Until = None,
               interval: Annotated[str, Query(pattern="^(day|week|month|quarter|year)$")] = "month",
               z: float = Query(2.0, gt=0, le=10), limit: Limit = 50, offset: Offset = 0):
        """Alerts, newest first, one page at a time; the list is kept until the events change, the evidence
        is looked up for the page shown."""
        from ..relations import alerts as find
        from ..relations import attach_evidence

        check_dates(since, until)
        def compute(store) -> dict:
            found = find(store, since=since, until=until, interval=interval, z=z, evidence=False)
            found.reverse()
            chosen = found[offset : offset + limit]
            attach_evidence(store, chosen, interval=interval, version=store.data_version())
            return {"items": chosen, "total": len(found), "order": "newest first", **page_params(limit, offset)}

        return kept(request, compute)

    @app.get("/search")
    def search(request: Request, q: Annotated[str, Query(min_length=2, max_length=200)], limit: int = Query(20, ge=1, le=100),
               offset: int = Query(0, ge=0, le=100_000), outlet: str | None = None, since: str | None = None,
               until: str | None = None, country: str | None = Query(None, pattern="^[A-Za-z]{3}$")) -> dict:
        """Ranked full-text search (BM25 over titles and texts; articles holding more of the words first), with a
        snippet and highlight offsets per article and facets (outlet, month, country); actors and stories by name."""
        def run(store) -> dict:
            found = store.search(q, limit=limit, offset=offset, outlet=outlet, since=since, until=until, country=country)
            return {"query": q, "total": found["total"], "terms": found["terms"], "facets": found["facets"],
                    "articles": linked(found["results"]), "actors": store.search_actors(q, limit),
                    "stories": store.search_stories(q, limit)}
        return kept(request, run)

    @app.post("/ingest")
    async def ingest(request: Request, files: Annotated[list[UploadFile] | None, File()] = None) -> dict:
        """Needs ``Authorization: Bearer $ATTACHE_TOKEN`` (checked before the body is read). JSON
        ``{"documents": [{"text": ..., "title": ...}]}`` or multipart ``files`` (read by the same readers as files on disk)."""
        from starlette.concurrency import run_in_threadpool

        if shared.read_only:
            raise HTTPException(403, "this server opened the database read-only (started with --read-only)")
        from ..sources import from_upload
        from ..sources.hashing import sha256_hex
        from ..sources.records import record_to_raw

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
                raise HTTPException(400, f"the body is not JSON attache can read ({why}): send "
                                         "{\"documents\": [{\"text\": ..., \"title\": ...}]} or multipart files") from None
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
        return await run_in_threadpool(_write, shared, items, analyze)

    static = resources.files("attache.api").joinpath("static")

    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(str(static.joinpath("index.html")))

    @app.get("/docs", include_in_schema=False)
    def docs():
        """Swagger UI from the app's own files (the fastapi-offline package): no other host is asked for anything."""
        return HTMLResponse(DOCS_HTML)

    app.mount("/static/swagger-ui", StaticFiles(directory=_swagger_ui_path()), name="swagger-ui")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    return app


def _swagger_ui_path() -> str:
    """Swagger UI's files as the fastapi-offline package ships them (Swagger UI 5, Apache-2.0; the package MIT)."""
    import fastapi_offline

    return str(Path(fastapi_offline.__file__).parent / "static")


def _write(shared, items: list, analyze: bool) -> dict:
    """An upload stored (and analysed), one writer at a time."""
    from ..pipeline import ingest_items

    with shared.writer() as store:
        summary = ingest_items(store, items, command="api ingest")
        if analyze and summary.article_ids:
            from ..analysis import analyze_stored
            from ..stories.build import update_stories

            analyze_stored(store, summary.article_ids)
            update_stories(store)
    return {"new": summary.new, "duplicate": summary.duplicate, "failed": summary.failed, "article_ids": summary.article_ids,
            "problems": [p.line() for p in summary.problems]}


class AnswerCache:
    """Encoded answers of read routes, each valid for one data version; least recently used out past ``max_bytes``."""

    def __init__(self, max_bytes: int = 64 * 1024 * 1024) -> None:
        from collections import OrderedDict

        self.max_bytes = max_bytes
        self.size = 0
        self.lock = threading.Lock()
        self.items: OrderedDict[tuple, tuple[tuple, bytes]] = OrderedDict()
        self.key_locks: dict[tuple, threading.Lock] = {}

    def one_at_a_time(self, key: tuple) -> threading.Lock:
        with self.lock:
            if len(self.key_locks) > 10_000:
                self.key_locks = {k: v for k, v in self.key_locks.items() if v.locked()}
            return self.key_locks.setdefault(key, threading.Lock())

    def get(self, key: tuple, version: tuple) -> bytes | None:
        with self.lock:
            hit = self.items.get(key)
            if hit is None or hit[0] != version:
                return None
            self.items.move_to_end(key)
            return hit[1]

    def put(self, key: tuple, version: tuple, body: bytes) -> None:
        if len(body) > self.max_bytes // 8:
            return
        with self.lock:
            old = self.items.pop(key, None)
            if old is not None:
                self.size -= len(old[1])
            self.items[key] = (version, body)
            self.size += len(body)
            while self.size > self.max_bytes and self.items:
                _, (_, dropped) = self.items.popitem(last=False)
                self.size -= len(dropped)


def _jsonable(value: Any) -> Any:
    """Plain data for JSON: dates as ISO strings (rows from the store)."""
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def serve_in_thread(db: str, *, token: str | None = None, wait: float = 30.0, **options: Any):
    """A real uvicorn serving ``create_app(db, **options)`` on 127.0.0.1 at a free port, in a daemon thread (benches,
    tests). Returns (server, thread, base URL); stop with ``server.should_exit = True`` and ``thread.join()``."""
    import socket
    import time

    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db, token=token, **options), host="127.0.0.1", port=port, log_level="warning"))
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
