"""Relations between two actors: dyad, brief, alerts; and serve."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from ..store import open_store
from .common import (
    FORMATS_BRIEF,
    DbOpt,
    DocFmtOpt,
    MinConfOpt,
    OutputOpt,
    UsageError,
    app,
    check_dates,
    db_of,
    emit,
    emit_document,
    err,
    fail,
    min_confidence_default,
    why_empty,
)


@app.command()
def dyad(
    ctx: typer.Context,
    a: str = typer.Argument(..., help="First actor: a country (USA) or an actor id."),
    b: str = typer.Argument(..., help="Second actor."),
    since: Optional[str] = typer.Option(None, help="From (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="To (YYYY-MM-DD)."),
    by: str = typer.Option("domain", help="Break counts down by domain, type or none."),
    interval: str = typer.Option("month", help="day, week, month, quarter or year."),
    directed: bool = typer.Option(False, help="Only events from A to B."),
    all_: bool = typer.Option(False, "--all", help="Count every event, not only asserted and reported ones."),
    png: Optional[Path] = typer.Option(None, "--png", help="Write the timeline chart as PNG."),
    svg: Optional[Path] = typer.Option(None, "--svg", help="Write the timeline chart as SVG."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv."),
    min_confidence: Optional[float] = MinConfOpt,
    db: Optional[str] = DbOpt,
) -> None:
    """How two actors relate over time: events per interval and domain, the cooperation–conflict index, trend."""
    from ..relations import timeline

    check_dates(since, until)
    min_conf = min_confidence_default() if min_confidence is None else min_confidence
    with open_store(db_of(ctx, db), read_only=True) as store:
        try:
            tl = timeline(store, a, b, since=since, until=until, interval=interval, by=by, directed=directed, include_all=all_,
                          min_confidence=min_conf)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        if not tl["periods"]:
            err.print(why_empty(store, ctx, db, f"events between {a} and {b}"), markup=False)
    for path in (png, svg):
        if path is not None:
            from ..report.charts import save_timeline

            if not tl["periods"]:
                fail(f"no events between {a} and {b}: nothing to chart")
            save_timeline(tl, str(path))
            err.print(f"wrote {path}", markup=False)
    if fmt == "json":
        sys.stdout.write(json.dumps(tl, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    keys = sorted({k for p in tl["periods"] for k in p["by"]})
    cols = ["period", "events", "index", "change", "cooperative", "conflictual", "outlets", "articles"] + keys
    change = {t["period"]: t["change"] for t in tl["trend"]}
    rows = [[p["period"], p["events"], p["index"], change.get(p["period"]), p["cooperative_share"], p["conflictual_share"], p["outlets"],
             p["articles"]] + [p["by"].get(k, {}).get("events", 0) for k in keys] for p in tl["periods"]]
    emit(cols, rows, fmt)
    if fmt == "table":
        err.print(f"counted: {tl['counted']} (--min-confidence {min_conf:g})" if rows else
                  f"no events between {a} and {b} ({tl['counted']}; --min-confidence 0 counts every event)", markup=False)


@app.command()
def brief(
    ctx: typer.Context,
    a: str = typer.Argument(..., help="First actor: a country (USA) or an actor id."),
    b: str = typer.Argument(..., help="Second actor."),
    since: Optional[str] = typer.Option(None, help="From (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="To (YYYY-MM-DD)."),
    interval: str = typer.Option("month", help="Timeline interval: day, week, month, quarter or year."),
    fmt: str = DocFmtOpt,
    output: Optional[Path] = OutputOpt,
    min_confidence: Optional[float] = MinConfOpt,
    db: Optional[str] = DbOpt,
) -> None:
    """The relationship brief: each domain in a line, key events, figures, stories and framing, all cited."""
    from ..report.dyad import build_dyad_brief, render_dyad_brief

    check_dates(since, until)
    if fmt not in FORMATS_BRIEF:
        raise UsageError(f"--format must be one of {', '.join(FORMATS_BRIEF)}")
    with open_store(db_of(ctx, db), read_only=True) as store:
        br = build_dyad_brief(store, a, b, since=since, until=until, interval=interval, chart=fmt != "md",
                              min_confidence=min_confidence)
        if not br.get("events"):
            err.print(why_empty(store, ctx, db, f"events between {a} and {b}") + " (the brief is empty)", markup=False)
    emit_document(render_dyad_brief(br, fmt), output)


@app.command()
def alerts(
    ctx: typer.Context,
    since: Optional[str] = typer.Option(None, help="Alerts for intervals from (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="... to (YYYY-MM-DD)."),
    interval: str = typer.Option("month", help="day, week, month, quarter or year."),
    z: float = typer.Option(2.0, help="Standard deviations from the baseline that make a shift."),
    baseline: int = typer.Option(3, min=2, help="Intervals in the baseline."),
    fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
    min_confidence: Optional[float] = MinConfOpt,
    db: Optional[str] = DbOpt,
) -> None:
    """Dyads whose cooperation–conflict index shifted sharply, and first-ever event types between two countries."""
    from ..relations import alerts as find_alerts

    check_dates(since, until)
    min_conf = min_confidence_default() if min_confidence is None else min_confidence
    with open_store(db_of(ctx, db), read_only=True) as store:
        try:
            found = find_alerts(store, since=since, until=until, interval=interval, z=z, baseline=baseline, min_confidence=min_conf)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        why = None if found else why_empty(store, ctx, db, "alerts")
    if fmt == "json":
        sys.stdout.write(json.dumps(found, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    rows = [[al["period"], f"{al['a']}–{al['b']}", al["kind"], al.get("domain") or al.get("plover_type"), al["direction"],
             al.get("z"), al["events"], (al["evidence"][0]["text"] or "")[:90] if al["evidence"] else ""] for al in found]
    emit(["period", "dyad", "kind", "what", "direction", "z", "events", "evidence"], rows, fmt)
    if not rows:
        err.print(why if why and not why.startswith("no alerts") else "no alerts: no sharp shift and no first-ever event type in these intervals", markup=False)
    err.print(f"events with confidence >= {min_conf:g} counted (--min-confidence)", markup=False)


