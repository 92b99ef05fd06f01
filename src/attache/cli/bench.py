"""attache bench ...: speed and memory."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from ..store import default_db
from .common import (
    DbOpt,
    ProgressOpt,
    UsageError,
    bench_app,
    db_of,
    fail,
    out,
    progress,
)
from .output import print_rich

# the one-row table each stage's bench prints
BENCH_COLUMNS = {
    "extract": ("docs", "seconds", "docs_per_s", "mb_per_s", "failed", "peak_rss_mb"),
    "analyze": ("docs", "seconds", "docs_per_s", "kchars_per_s", "mentions", "spacy_only_docs_per_s", "peak_rss_mb"),
    "pipeline": (
        "docs",
        "workers",
        "seconds",
        "docs_per_s",
        "spacy_docs_per_s",
        "ratio_to_spacy",
        "peak_rss_mb",
        "peak_rss_worker_mb",
    ),
}


@bench_app.command("extract")
def bench_extract_cmd(
    data: Annotated[Path, typer.Option("--data", help="Extraction-benchmark folder, or any file/folder attache can ingest.")],
    repeat: Annotated[int, typer.Option(min=1, help="Run over the documents this many times.")] = 1,
    show_progress: ProgressOpt = None,
) -> None:
    """Documents per second and peak RSS of the extract stage."""
    run_bench("extract", data, show_progress, repeat=repeat)


def run_bench(stage: str, data: Path, show_progress: bool | None, **options: Any) -> None:
    """Run ``attache.bench.bench_<stage>(data, **options)`` (with progress on stderr); print a one-row table of its
    ``BENCH_COLUMNS``, the machine, and the result as the last line of JSON."""
    from .. import bench

    if not data.exists():
        fail(f"{data} does not exist")
    try:
        with progress(f"bench {stage}", show_progress):
            result = getattr(bench, f"bench_{stage}")(data, **options)
    except ValueError as exc:
        fail(str(exc))
    cols = BENCH_COLUMNS[stage]
    table = Table(title=f"bench {stage}", header_style="bold")
    for c in cols:
        table.add_column(c, justify="right")
    table.add_row(*[str(result[c]) for c in cols])
    print_rich(table)
    out.print(f"machine: {result['machine']}", markup=False)
    sys.stdout.write(json.dumps(result) + "\n")


@bench_app.command("analyze")
def bench_analyze_cmd(
    data: Annotated[Path, typer.Option("--data", help="Any file or folder attache can ingest.")],
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N English articles.")] = None,
    show_progress: ProgressOpt = None,
) -> None:
    """Articles per second and peak RSS of the analysis stages, beside spaCy alone."""
    run_bench("analyze", data, show_progress, limit=limit)


@bench_app.command("pipeline")
def bench_pipeline_cmd(
    data: Annotated[Path, typer.Option("--data", help="Any file or folder attache can ingest.")],
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, max=64, help="Analysis processes (and spaCy n_process).")] = 1,
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N items.")] = None,
    baseline: Annotated[
        bool, typer.Option("--baseline/--no-baseline", help="Also time plain spaCy on the same texts (doubles the run).")
    ] = True,
    show_progress: ProgressOpt = None,
) -> None:
    """End to end (extract, store, analyse, stories) beside plain spaCy over the same texts with as many processes."""
    run_bench("pipeline", data, show_progress, workers=workers, limit=limit, baseline=baseline)


@bench_app.command("api")
def bench_api_cmd(
    ctx: typer.Context,
    path: Annotated[str, typer.Option(help="The route to time.")] = "/dyads/USA/RUS/timeline",
    requests: Annotated[int, typer.Option(min=1, help="Timed requests (after 5 untimed).")] = 200,
    clients: Annotated[
        int,
        typer.Option(
            "--clients",
            min=0,
            help="Concurrent clients mixing /events, /alerts, timelines, "
            "/search and /health against `attache serve` (0: one route, one client).",
        ),
    ] = 0,
    seconds: Annotated[float, typer.Option("--seconds", min=1, help="How long the concurrent clients run.")] = 30.0,
    workers: Annotated[
        int | None,
        typer.Option("--workers", min=0, show_default=False, help="`serve --workers` for the server (default: its own)."),
    ] = None,
    db: DbOpt = None,
) -> None:
    """Latency of the API on a real uvicorn on 127.0.0.1: one route (p50, p95, max), or with --clients a mixed load
    (p50/p95/p99 per route and errors)."""
    from ..bench import bench_api

    location = default_db(db_of(ctx, db))
    if not Path(location).exists():
        fail(f"{location} does not exist (build one with scripts/synth_events.py or attache analyze)")
    if clients:
        from ..bench import bench_api_load

        try:
            result = bench_api_load(location, clients=clients, seconds=seconds, workers=workers)
        except RuntimeError as exc:
            fail(str(exc))
        table = Table(
            title=f"bench api: {clients} clients for {result['seconds']} s on {result['events']} events", header_style="bold"
        )
        for c in ("route", "requests", "p50_ms", "p95_ms", "p99_ms", "max_ms", "errors"):
            table.add_column(c, justify="right")
        for route, r in result["routes"].items():
            table.add_row(route, *(str(r[c]) for c in ("requests", "p50_ms", "p95_ms", "p99_ms", "max_ms", "errors")))
        print_rich(table)
        out.print(f"{result['requests_per_s']} requests/s; targets: {result['targets_met']}; {result['machine']}", markup=False)
        sys.stdout.write(json.dumps(result) + "\n")
        return
    try:
        result = bench_api(location, path, requests)
    except RuntimeError as exc:
        fail(str(exc))
    out.print(
        f"GET {path}: p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, max {result['max_ms']} ms over {result['requests']} "
        f"requests; {result['machine']}",
        markup=False,
    )
    sys.stdout.write(json.dumps(result) + "\n")


@bench_app.command("stories")
def bench_stories_cmd(
    data: Annotated[Path, typer.Option("--data", help="Any file or folder attache can ingest (repeated with perturbations).")],
    sizes: Annotated[str, typer.Option(help="Comma-separated article counts to report at.")] = "1000,3000,10000",
    show_progress: ProgressOpt = None,
) -> None:
    """Incremental story clustering: time, candidates scored per article and peak RSS at each size."""
    from ..bench import bench_stories

    try:
        wanted = tuple(sorted({int(x) for x in sizes.split(",") if x.strip()}))
    except ValueError:
        raise UsageError(f"--sizes must be numbers separated by commas, got {sizes!r}") from None
    if not wanted or wanted[0] < 1:
        raise UsageError("--sizes needs at least one positive number")
    with progress("bench stories", show_progress):
        result = bench_stories(data, wanted)
    table = Table(title=f"bench stories on {data}", header_style="bold")
    cols = (
        "docs",
        "seconds",
        "features_seconds",
        "ms_per_article_last_1000",
        "stories",
        "active_stories",
        "vectors_held",
        "scored_per_doc",
        "peak_rss_mb",
    )
    for c in cols:
        table.add_column(c, justify="right")
    for p in result["points"]:
        table.add_row(*(str(p[c]) for c in cols))
    print_rich(table)
    out.print(
        f"window: stories {result['window_days']} days behind the newest date are retired; refine of the last stream: "
        f"{result['refine_seconds']} s ({result['moved']} moved); {result['machine']}",
        markup=False,
    )
    sys.stdout.write(json.dumps(result) + "\n")
