"""attache serve: the HTTP API and the dashboard."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..store import default_db
from .common import DbOpt, app, db_of, err, fail


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to bind (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    read_only: Annotated[
        bool | None,
        typer.Option(
            "--read-only/--read-write",
            show_default=False,
            help="Open the database read-only (default without ATTACHE_TOKEN: other "
            "commands can write between requests) or for writing (POST /ingest).",
        ),
    ] = None,
    allow_host: Annotated[
        list[str],
        typer.Option(
            "--allow-host", help="Another name the Host header may carry (repeatable; loopback names are always allowed)."
        ),
    ] = [],
    query_timeout: Annotated[
        float, typer.Option("--query-timeout", min=0.1, help="Seconds a request's queries may run (then 503).")
    ] = 30.0,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            min=0,
            show_default=False,
            help="Worker processes answering the read routes of a read-only server (default 1; 0: threads of "
            "the server's process, as always with --read-write).",
        ),
    ] = None,
    db: DbOpt = None,
) -> None:
    """The HTTP API and the dashboard (http://HOST:PORT/, API docs at /docs). POST /ingest needs ATTACHE_TOKEN."""
    import uvicorn

    from ..api import create_app
    from ..store import is_server

    path = default_db(db_of(ctx, db))
    if not is_server(path) and not Path(path).exists():
        fail(f"{path} does not exist: ingest and analyse first (`attache --db {path} analyze FILES`) or run `make demo`")
    hosts = tuple(allow_host) + ((host,) if host not in ("0.0.0.0", "::", "") else ())
    app = create_app(path, read_only=read_only, allow_hosts=hosts, query_timeout=query_timeout, processes=workers)
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"warning: serving on {host}, reachable from other machines", markup=False)
    mode = "read-only" if app.state.shared.read_only else "read-write"
    if app.state.pool is not None:
        mode += f", {app.state.pool.processes} worker process{'es' if app.state.pool.processes > 1 else ''}"
    err.print(f"attache on http://{host}:{port}/ (database {path}, {mode}); Ctrl-C stops it", markup=False)
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_keep_alive=30)
