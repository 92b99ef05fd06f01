"""Relations between two actors: dyad, brief, alerts."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Annotated, Any

import typer

from ..model import DyadQuery
from ..store import open_store
from .common import (
    DbOpt,
    DocFormat,
    Document,
    ListFmtOpt,
    ListFormat,
    MinConfOpt,
    OptionGroup,
    UsageError,
    WideOpt,
    app,
    check_choice,
    check_dates,
    db_of,
    emit,
    err,
    fail,
    grouped,
    min_confidence_default,
    names_for,
    resolve,
    why_empty,
)

ActorA = Annotated[
    str, typer.Argument(help='First actor: a country or an actor, by name, alias or code (Pakistan, PAK, "Marco Rubio").')
]
ActorB = Annotated[str, typer.Argument(help="Second actor (name, alias or code).")]
IntervalOpt = Annotated[str, typer.Option(help="day, week, month, quarter or year.")]
FromOpt = Annotated[str | None, typer.Option(help="From (YYYY-MM-DD).")]
ToOpt = Annotated[str | None, typer.Option(help="To (YYYY-MM-DD).")]


@dataclass
class Pair(OptionGroup):
    """Two actors over a span of dates, counted by an interval: what ``dyad`` and ``brief`` read."""

    a: ActorA
    b: ActorB
    since: FromOpt = None
    until: ToOpt = None
    interval: IntervalOpt = "month"

    def checked(self) -> Pair:
        """The dates and the interval checked (a usage error otherwise), the interval as the relations stage names it."""
        return replace(self, interval=_period(self.since, self.until, self.interval))

    def codes(self, store: Any) -> tuple[str, str]:
        """The two actors as the codes the store filters on."""
        names = names_for(store)
        return resolve(names, "actor", self.a, "first actor", store), resolve(names, "actor", self.b, "second actor", store)


def _period(since: str | None, until: str | None, interval: str) -> str:
    """Check the --since/--until dates and the --interval; the interval as the relations stage names it."""
    from ..relations import INTERVALS

    check_dates(since, until)
    return check_choice("--interval", interval, INTERVALS)


@app.command()
@grouped
def dyad(
    ctx: typer.Context,
    pair: Pair,
    by: Annotated[str, typer.Option(help="Break counts down by domain, type or none.")] = "domain",
    directed: Annotated[bool, typer.Option(help="Only events from A to B.")] = False,
    all_: Annotated[bool, typer.Option("--all", help="Count every event, not only asserted and reported ones.")] = False,
    png: Annotated[Path | None, typer.Option("--png", help="Write the timeline chart as PNG.")] = None,
    svg: Annotated[Path | None, typer.Option("--svg", help="Write the timeline chart as SVG.")] = None,
    fmt: ListFmtOpt = ListFormat.table,
    wide: WideOpt = False,
    min_confidence: MinConfOpt = None,
    db: DbOpt = None,
) -> None:
    """How two actors relate over time: events per interval and domain, the cooperation–conflict index, trend."""
    from ..relations import timeline

    pair = pair.checked()
    by = check_choice("--by", by, ("domain", "type", "none"))
    min_conf = min_confidence_default() if min_confidence is None else min_confidence
    with open_store(db_of(ctx, db), read_only=True) as store:
        a, b = pair.codes(store)
        try:
            q = DyadQuery(
                a, b, pair.since, pair.until, pair.interval, by, directed=directed, include_all=all_, min_confidence=min_conf
            )
            tl = timeline(store, q)
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
    if fmt == ListFormat.json:
        sys.stdout.write(json.dumps(tl, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    keys = sorted({k for p in tl["periods"] for k in p["by"]})
    cols = ["period", "events", "index", "change", "cooperative", "conflictual", "outlets", "articles"] + keys
    change = {t["period"]: t["change"] for t in tl["trend"]}
    rows = [
        [
            p["period"],
            p["events"],
            p["index"],
            change.get(p["period"]),
            p["cooperative_share"],
            p["conflictual_share"],
            p["outlets"],
            p["articles"],
        ]
        + [p["by"].get(k, {}).get("events", 0) for k in keys]
        for p in tl["periods"]
    ]
    emit(rows, fmt, cols, wide=wide, records=tl["periods"])
    if fmt == "table":
        err.print(
            f"counted: {tl['counted']} (--min-confidence {min_conf:g})"
            if rows
            else f"no events between {a} and {b} ({tl['counted']}; --min-confidence 0 counts every event)",
            markup=False,
        )


@app.command()
@grouped
def brief(ctx: typer.Context, pair: Pair, document: Document, min_confidence: MinConfOpt = None, db: DbOpt = None) -> None:
    """The relationship brief: each domain in a line, key events, figures, stories and framing, all cited."""
    from ..report.dyad import build_dyad_brief, render_dyad_brief

    pair = pair.checked()
    with open_store(db_of(ctx, db), read_only=True) as store:
        a, b = pair.codes(store)
        br = build_dyad_brief(
            store,
            a,
            b,
            since=pair.since,
            until=pair.until,
            interval=pair.interval,
            chart=document.fmt != DocFormat.md,
            min_confidence=min_confidence,
        )
        if not br.get("events"):
            err.print(why_empty(store, ctx, db, f"events between {a} and {b}") + " (the brief is empty)", markup=False)
    document.emit(lambda fmt: render_dyad_brief(br, fmt))


@app.command()
def alerts(
    ctx: typer.Context,
    since: Annotated[str | None, typer.Option(help="Alerts for intervals from (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="... to (YYYY-MM-DD).")] = None,
    interval: IntervalOpt = "month",
    z: Annotated[float, typer.Option(help="Standard deviations from the baseline that make a shift.")] = 2.0,
    baseline: Annotated[int, typer.Option(min=2, help="Intervals in the baseline.")] = 3,
    fmt: ListFmtOpt = ListFormat.table,
    wide: WideOpt = False,
    min_confidence: MinConfOpt = None,
    db: DbOpt = None,
) -> None:
    """Dyads whose cooperation–conflict index shifted sharply, and first-ever event types between two countries."""
    from ..relations import alerts as find_alerts

    interval = _period(since, until, interval)
    min_conf = min_confidence_default() if min_confidence is None else min_confidence
    with open_store(db_of(ctx, db), read_only=True) as store:
        try:
            found = find_alerts(
                store, since=since, until=until, interval=interval, z=z, baseline=baseline, min_confidence=min_conf
            )
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        why = None if found else why_empty(store, ctx, db, "alerts")
    rows = [
        [
            al["period"],
            f"{al['a']}–{al['b']}",
            al["kind"],
            al.get("domain") or al.get("plover_type"),
            al["direction"],
            al.get("z"),
            al["events"],
            (al["evidence"][0]["text"] or "") if al["evidence"] else "",
        ]
        for al in found
    ]
    emit(rows, fmt, ["period", "dyad", "kind", "what", "direction", "z", "events", "evidence"], wide=wide, records=found)
    if not rows:
        err.print(
            why
            if why and not why.startswith("no alerts")
            else "no alerts: no sharp shift and no first-ever event type in these intervals",
            markup=False,
        )
    err.print(f"events with confidence >= {min_conf:g} counted (--min-confidence)", markup=False)
