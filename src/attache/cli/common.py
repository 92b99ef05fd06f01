"""Shared pieces of the command line: the app and its sub-apps, consoles, options, errors, output."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.table import Table

from .. import __version__
from ..store import default_db

app = typer.Typer(
    name="attache",
    help="attache: what is happening between countries, from news coverage, with evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
eval_app = typer.Typer(help="Measure accuracy against labelled data (last stdout line is JSON).", no_args_is_help=True)
bench_app = typer.Typer(help="Measure speed and memory of a stage (last stdout line is JSON).", no_args_is_help=True)
actors_app = typer.Typer(help="The actor knowledge base: list, search, show, import, remove.", no_args_is_help=True)
app.add_typer(actors_app, name="actors")
app.add_typer(eval_app, name="eval")
app.add_typer(bench_app, name="bench")
spark_app = typer.Typer(help="Scale out on Apache Spark (pip install 'attache[spark]').", no_args_is_help=True)
app.add_typer(spark_app, name="spark")

# wide tables when piped or captured; a terminal's own width otherwise
out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, highlight=False, soft_wrap=True)

StoryArg = typer.Argument(..., help="Story id (from `attache stories`).")
DocFmtOpt = typer.Option("md", "--format", "-f", help="md, html or json.")
OutputOpt = typer.Option(None, "--output", "-o", help="Write here instead of stdout.")
def min_confidence_default() -> float:
    from ..events.calibration import default_threshold

    return default_threshold()


MinConfOpt = typer.Option(None, "--min-confidence", min=0.0, max=1.0,
                          help="Count only events at or above this calibrated confidence (default: the threshold chosen "
                               "on the gold development events, printed; 0 counts every event).")


DbOpt = typer.Option(None, "--db", help="Database: a DuckDB file or a postgresql:// URL (default: $ATTACHE_DB or ./attache.duckdb).", show_default=False)
FORMATS_BRIEF = ("md", "json", "html")
# options shared by the commands that read documents
OutletOpt = typer.Option(None, "--outlet", help="Outlet name for every document read.")
PublishedOpt = typer.Option(None, "--published", help="Publication date for every document read.")
UrlOpt = typer.Option(None, "--url", help="URL of the (single) document.")
TitleOpt = typer.Option(None, "--title", help="Title of the (single) document.")
AuthorOpt = typer.Option(None, "--author", help="Author for every document read.")
StrictOpt = typer.Option(False, "--strict", help="Exit 1 if any item failed.")
MaxMbOpt = typer.Option(None, "--max-mb", help="Largest single document (page, record, line) in MB (default 20, or $ATTACHE_MAX_MB). Other limits: docs/limits.md.", show_default=False)


class UsageError(Exception):
    pass


def fail(message: str, code: int = 1) -> None:
    err.print(f"error: {message}", markup=False)
    raise typer.Exit(code)


def db_of(ctx: typer.Context, db: str | None) -> str | None:
    return db or (ctx.obj or {}).get("db")


def _print_version(value: bool) -> None:
    if value:
        out.print(f"attache {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    ctx: typer.Context,
    db: Optional[str] = typer.Option(None, "--db", envvar="ATTACHE_DB", help="Database for every command: a DuckDB file or postgresql://user@host/db (also $ATTACHE_DB).", show_default=False),
    version: bool = typer.Option(False, "--version", help="Print the version and exit.", is_eager=True, callback=_print_version),
) -> None:
    ctx.obj = {"db": db}


def why_empty(store, ctx: typer.Context, db: str | None, what: str) -> str:
    """Why a read found nothing, and what to run: one line for stderr (the exit code stays 0)."""
    where = default_db(db_of(ctx, db))
    if store.count("articles") == 0:
        return f"no articles in {where}: run `attache analyze FILES` (ingests and analyses them)"
    if what != "articles" and store.count("analyses") == 0:
        return f"no analysed articles in {where}: run `attache analyze FILES`"
    return f"no {what} in {where} match these filters"


def emit_document(text: str, output: Path | None) -> None:
    if output:
        try:
            output.write_text(text, "utf-8")
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror or exc}")
        err.print(f"wrote {output}", markup=False)
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        sys.stdout.flush()



def emit(cols: list[str], rows: list[list[Any]], fmt: str) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps([dict(zip(cols, r)) for r in rows], ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(cols)
        w.writerows([["" if v is None else v for v in r] for r in rows])
        sys.stdout.write(buf.getvalue())
    elif fmt == "table":
        table = Table(show_lines=False, header_style="bold")
        for c in cols:
            table.add_column(c, overflow="fold", max_width=70 if c in ("title", "text") else None)
        for r in rows:
            table.add_row(*["" if v is None else str(v) for v in r])
        out.print(table)
    else:
        raise UsageError(f"--format must be table, json or csv, got {fmt!r}")



def check_dates(since: str | None, until: str | None) -> None:
    for name, value in (("--since", since), ("--until", until)):
        if value:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise UsageError(f"{name} must be a date as YYYY-MM-DD, got {value!r}") from None


