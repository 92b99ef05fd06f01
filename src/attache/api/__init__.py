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

The routes live in ``api/routes/`` (one ``APIRouter`` per group), their answers are described by the
pydantic models of ``api/models.py``, the parameters they share (and the name resolution that turns
"Pakistan" into ``PAK``) in ``api/params.py``, what they share at run time in ``api/context.py``.
The contract is written down in ``docs/api.md``.
"""

import logging
import os
import threading
from importlib import resources
from pathlib import Path
from typing import Any

from .context import AnswerCache, ApiContext, jsonable
from .guard import LOOPBACK_HOSTS, Guard
from .pace import Offload, Pace, WorkerPool, default_processes

__all__ = ["MAX_BODY", "QUERY_TIMEOUT", "AnswerCache", "create_app", "jsonable", "serve_in_thread"]

MAX_BODY = 20 * 1024 * 1024  # bytes a request may carry
QUERY_TIMEOUT = 30.0  # seconds a request's queries may run
DOCS_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>attache API</title>
<link rel="stylesheet" href="/static/swagger-ui/swagger-ui.css">
<link rel="icon" href="/static/swagger-ui/favicon.png"></head>
<body><div id="swagger-ui"></div>
<script src="/static/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script>
</body></html>
"""


def create_app(
    db: str,
    *,
    token: str | None = None,
    max_body: int = MAX_BODY,
    read_only: bool | None = None,
    allow_hosts: tuple[str, ...] = (),
    query_timeout: float | None = QUERY_TIMEOUT,
    warm: bool = True,
    processes: int | None = 0,
    guard: bool = True,
):
    """The FastAPI application over ``db``. ``read_only`` defaults to True unless a token is set
    (``token`` or $ATTACHE_TOKEN); ``allow_hosts`` adds names to the loopback ones the Host header may carry.
    ``processes``: worker processes that answer the GET routes of a read-only server (None: the default, one;
    0: threads of this process, as always when the server writes); see :mod:`attache.api.pace`.
    ``guard=False`` is for those workers only: their server's process has checked the request already."""
    from fastapi import FastAPI

    from .. import __version__
    from ..store.shared import SharedStore
    from .routes import ROUTERS

    token = token if token is not None else os.environ.get("ATTACHE_TOKEN") or None
    if read_only is None:
        read_only = not token
    shared = SharedStore(db, read_only=read_only)
    app = FastAPI(
        title="attache",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        swagger_ui_oauth2_redirect_url=None,
        description="What is happening between countries, from the news, with the sentence behind every answer. "
        "Names are taken wherever a code is (Pakistan, PAK; dawn.com); lists are paged and exported "
        "with ?format=csv|jsonl. See docs/api.md.",
    )
    app.state.shared = shared
    app.state.ctx = ctx = ApiContext(shared, query_timeout)
    if processes is None:
        processes = default_processes()
    if processes and shared.read_only:  # the routes' work in worker processes (api/pace.py); writers stay in threads
        config = {"db": db, "read_only": True, "query_timeout": query_timeout, "max_body": max_body}
        app.state.pool = WorkerPool(config, processes)
        app.add_middleware(Offload, pool=app.state.pool)
        warm = False  # the workers keep the answers; this process only relays them
    else:
        app.state.pool = None
    if guard:
        app.add_middleware(Guard, hosts=(*LOOPBACK_HOSTS, *allow_hosts), token=token, max_body=max_body)
    app.add_middleware(Pace)  # outermost: bounds route threads so the loop stays free (api/pace.py)
    _answer_errors(app)
    ctx.refresh_count()
    if warm:
        threading.Thread(target=warm_up, args=(shared,), daemon=True, name="attache-warm").start()
    for router in ROUTERS:
        app.include_router(router)
    _pages(app)
    return app


def _answer_errors(app: Any) -> None:
    """The store's and the name resolver's errors as answers: a time limit 503 (retry), a query stopped because its
    client left 499, a database that cannot answer 503, a name that resolves to none or several 422/404."""
    from fastapi import Request
    from fastapi.responses import JSONResponse

    from ..store import QueryCancelled, QueryTimeout, StoreError
    from .params import BadName, bad_name_response

    @app.exception_handler(QueryTimeout)
    def _timeout(request: Request, exc: QueryTimeout):
        return JSONResponse({"detail": str(exc)}, status_code=503, headers={"Retry-After": "5"})

    @app.exception_handler(QueryCancelled)
    def _cancelled(request: Request, exc: QueryCancelled):
        return JSONResponse({"detail": str(exc)}, status_code=499)

    @app.exception_handler(StoreError)
    def _store_error(request: Request, exc: StoreError):
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.exception_handler(BadName)
    def _bad_name(request: Request, exc: BadName):
        return bad_name_response(exc)


def _pages(app: Any) -> None:
    """The dashboard (``/``), the API's documentation (``/docs``) and their static files, all served from the package."""
    from fastapi.responses import FileResponse, HTMLResponse
    from fastapi.staticfiles import StaticFiles

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


def warm_up(shared: Any) -> None:
    """The overview's alerts computed once, before anyone asks."""
    from ..relations import alerts as find

    try:
        with shared.session(None) as store:
            find(store, evidence=False)
    except Exception:
        logging.getLogger("attache.api").debug("warm-up failed", exc_info=True)


def _swagger_ui_path() -> str:
    """Swagger UI's files as the fastapi-offline package ships them (Swagger UI 5, Apache-2.0; the package MIT)."""
    import fastapi_offline

    return str(Path(fastapi_offline.__file__).parent / "static")


def serve_in_thread(db: str, *, token: str | None = None, wait: float = 30.0, **options: Any):
    """A real uvicorn serving ``create_app(db, **options)`` on 127.0.0.1 at a free port, in a daemon thread (benches,
    tests). Returns (server, thread, base URL); stop with ``server.should_exit = True`` and ``thread.join()``."""
    import socket
    import time

    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(db, token=token, **options), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + wait
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    if not server.started:
        server.should_exit = True
        raise RuntimeError(f"the server did not start within {wait:.0f} s")
    return server, thread, f"http://127.0.0.1:{port}"
