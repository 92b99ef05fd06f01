"""The ``attache`` command line: parse, call a stage, print. Nothing more.

Exit codes: 0 success (or partial success), 1 nothing succeeded / an error,
2 usage error. No traceback reaches the user.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
import time
from importlib import resources
from pathlib import Path
from collections.abc import Sequence
from typing import Any, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from . import __version__
from .store import StoreError, default_db, open_store

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
def _min_confidence_default() -> float:
    from .events.calibration import default_threshold

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


def _db(ctx: typer.Context, db: str | None) -> str | None:
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


def _overrides(outlet, published, url, title, author) -> dict[str, str]:
    return {k: v for k, v in dict(outlet=outlet, published=published, url=url, title=title, author=author).items() if v}


def _run_ingest(store, paths: list[str], overrides: dict[str, str], max_mb: float | None, quiet: bool, command: str):
    from .pipeline import ingest
    from .sources import plan_inputs

    plan = plan_inputs(paths)
    if ("url" in overrides or "title" in overrides) and (len(plan.files) + int(plan.stdin)) > 1:
        raise UsageError("--url and --title describe a single document: give exactly one input file")
    show = err.is_terminal and not quiet
    progress = Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), DownloadColumn(), TimeRemainingColumn(),
        TextColumn("{task.fields[current]}", style="dim"), console=err, transient=True, disable=not show,
    )
    with progress:
        task = progress.add_task(command, total=plan.total_bytes or None, current="")

        def advance(n: int, uri: str) -> None:
            progress.update(task, advance=n, current=Path(uri.split(":")[0]).name[-40:])

        summary = ingest(store, paths, overrides=overrides, max_bytes=int(max_mb * 1e6) if max_mb else None, progress=advance,
                         command=command, plan=plan)
    return summary


def _run_analysis(store, article_ids: list[str], redo: bool = False, verbs: Sequence[Path] = (), workers: int = 1):
    """The analysis stages over stored articles, with a progress bar on a terminal."""
    from .analysis import analyze_stored
    from .events.verbdict import VerbDictionary
    from .nlp import ModelMissing

    ids = list(dict.fromkeys(article_ids))
    progress = Progress(TextColumn("[bold]analyze"), BarColumn(), TextColumn("{task.completed}/{task.total} articles"),
                        TimeRemainingColumn(), console=err, transient=True, disable=not err.is_terminal)
    if verbs:
        for problem in VerbDictionary.read(list(verbs)).problems:
            err.print(f"skipped: {problem}", markup=False)
    try:
        with progress:
            task = progress.add_task("analyze", total=len(ids))
            result = analyze_stored(store, ids, redo=redo, progress=lambda n: progress.update(task, advance=n), workers=workers,
                                    verbs_paths=[str(v) for v in verbs])
    except ModelMissing as exc:
        fail(str(exc))
    for article_id, why in result.skipped:
        err.print(f"note: {article_id}: {why}", markup=False)
    _run_stories(store)
    return result


def _run_stories(store) -> None:
    """Place analysed articles in stories (a replay of the stored ones, then the new ones)."""
    from .stories.build import update_stories

    with err.status("stories", spinner="dots") if err.is_terminal else _nothing():
        counts = update_stories(store)
    if err.is_terminal:
        err.print(f"stories: {counts['stories']} in {counts['threads']} threads over {counts['articles']} articles "
                  f"({counts['new']} new, {counts['syndicated']} copies of another)", markup=False)


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def _print_summary(summary, limit: int = 100) -> None:
    out.print(f"{summary.line()}  ({summary.seconds:.1f} s)", markup=False)
    for p in summary.problems[:limit]:
        out.print(f"failed: {p.line()}", markup=False)
    if len(summary.problems) > limit:
        out.print(f"... {len(summary.problems) - limit} more failures: attache sql \"select uri, reason from problems where run_id = '{summary.run_id}'\"", markup=False)
    for w in summary.warnings[:20]:
        out.print(f"warning: {w}", markup=False)
    if len(summary.warnings) > 20:
        out.print(f"... {len(summary.warnings) - 20} more warnings", markup=False)


def _ingest_exit(summary, strict: bool) -> int:
    if summary.ok == 0:
        return 1
    if strict and summary.failed:
        return 1
    return 0


@app.command()
def ingest(
    ctx: typer.Context,
    paths: list[str] = typer.Argument(..., help="Files, folders (recursive), glob patterns, or - for stdin."),
    outlet: Optional[str] = OutletOpt,
    published: Optional[str] = PublishedOpt,
    url: Optional[str] = UrlOpt,
    title: Optional[str] = TitleOpt,
    author: Optional[str] = AuthorOpt,
    strict: bool = StrictOpt,
    max_mb: Optional[float] = MaxMbOpt,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    db: Optional[str] = DbOpt,
) -> None:
    """Read documents, extract clean articles, store them (duplicates once)."""
    with open_store(_db(ctx, db)) as store:
        summary = _run_ingest(store, paths, _overrides(outlet, published, url, title, author), max_mb, quiet, "ingest")
    _print_summary(summary)
    raise typer.Exit(_ingest_exit(summary, strict))


@app.command()
def analyze(
    ctx: typer.Context,
    paths: list[str] = typer.Argument(..., help="Files, folders, globs, or - for stdin."),
    fmt: str = typer.Option("md", "--format", "-f", help="md, json or html."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the brief here instead of stdout."),
    outlet: Optional[str] = OutletOpt,
    published: Optional[str] = PublishedOpt,
    url: Optional[str] = UrlOpt,
    title: Optional[str] = TitleOpt,
    author: Optional[str] = AuthorOpt,
    strict: bool = StrictOpt,
    max_mb: Optional[float] = MaxMbOpt,
    redo: bool = typer.Option(False, "--redo", help="Analyse again articles analysed before."),
    db: Optional[str] = typer.Option(None, "--db", help="Keep the results in this database (default: $ATTACHE_DB or ./attache.duckdb)."),
    no_store: bool = typer.Option(False, "--no-store", help="Keep nothing: analyse in memory and only print the brief."),
    verbs: list[Path] = typer.Option([], "--verbs", help="PETRARCH verb-pattern dictionaries: verbs they hold are coded as they say."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, max=64, help="Processes analysing in parallel (one model each)."),
) -> None:
    """Ingest and run every analysis stage, then print a brief of these documents."""
    if fmt not in FORMATS_BRIEF:
        raise UsageError(f"--format must be one of {', '.join(FORMATS_BRIEF)}")
    from .report import build_brief, render

    location = ":memory:" if no_store else default_db(_db(ctx, db))
    with open_store(location) as store:
        summary = _run_ingest(store, paths, _overrides(outlet, published, url, title, author), max_mb, True, "analyze")
        _run_analysis(store, summary.article_ids, redo or bool(verbs), verbs, workers)
        brief = build_brief(store, summary.article_ids, summary=summary)
    _emit(render(brief, fmt), output)
    err.print(summary.line(), markup=False)
    for p in summary.problems:
        err.print(f"failed: {p.line()}", markup=False)
    if location != ":memory:":
        err.print(f"stored in {location} (next: attache events, attache stories, attache search WORDS; --no-store keeps nothing)",
                  markup=False)
    raise typer.Exit(_ingest_exit(summary, strict))


def _why_empty(store, ctx: typer.Context, db: str | None, what: str) -> str:
    """Why a read found nothing, and what to run: one line for stderr (the exit code stays 0)."""
    where = default_db(_db(ctx, db))
    if store.count("articles") == 0:
        return f"no articles in {where}: run `attache analyze FILES` (ingests and analyses them)"
    if what != "articles" and store.count("analyses") == 0:
        return f"no analysed articles in {where}: run `attache analyze FILES`"
    return f"no {what} in {where} match these filters"


def _emit(text: str, output: Path | None) -> None:
    if output:
        try:
            output.write_text(text, "utf-8")
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror or exc}")
        err.print(f"wrote {output}", markup=False)
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        sys.stdout.flush()


@app.command()
def demo(
    ctx: typer.Context,
    corpus: list[Path] = typer.Option([], "--corpus", help="Also ingest this folder or file (repeatable)."),
    fmt: str = typer.Option("md", "--format", "-f", help="md, json or html."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the brief here."),
    show: int = typer.Option(5, help="How many articles to show in the brief (the seeds come first)."),
    focus: str = typer.Option("Pakistan", help="Analyse the articles that mention this word, after the seeds."),
    analyze_limit: int = typer.Option(30, "--analyze-limit", min=0, help="Analyse at most this many articles (0: every article)."),
    db: Optional[str] = typer.Option(None, "--db", help="Keep the results in this database (default: in memory)."),
    briefs: Optional[Path] = typer.Option(None, "--briefs", help="Also write relationship briefs (HTML) for USA–PAK and the busiest dyad here."),
) -> None:
    """Analyse the built-in sample (two outlets on the April 2025 US-Pakistan call), and any --corpus."""
    if fmt not in FORMATS_BRIEF:
        raise UsageError(f"--format must be one of {', '.join(FORMATS_BRIEF)}")
    from .report import build_brief, render

    location = _db(ctx, db) or ":memory:"
    seeds = resources.files("attache").joinpath("demo/seeds")
    with resources.as_file(seeds) as seed_dir, open_store(location) as store:
        summary = _run_ingest(store, [str(seed_dir)] + [str(c) for c in corpus], {}, 20.0, False, "demo")
        seed_ids = summary.article_ids[:2]
        # the articles most about the focus word first: occurrences per 1,000 characters
        _, rows = store.query(
            "SELECT id FROM articles WHERE text ILIKE ? "
            "ORDER BY (length(text) - length(replace(lower(text), lower(?), ''))) / length(?) * 1000.0 / length(text) DESC, id",
            [f"%{focus}%", focus, focus],
        )
        focus_ids = [r[0] for r in rows if r[0] not in seed_ids]
        if analyze_limit == 0:
            chosen = seed_ids + [r["id"] for r in store.list_articles(limit=10**9) if r["id"] not in seed_ids]
        else:
            chosen = (seed_ids + focus_ids)[:analyze_limit]
        err.print(f"analysing {len(chosen)} articles (the seeds, then those mentioning {focus!r}; --analyze-limit 0 for all)",
                  markup=False)
        _run_analysis(store, chosen)
        brief = build_brief(store, None, summary=summary, include_articles=False)
        brief["analysis"] = {"articles": len(chosen), "focus": focus}
        if show > 0:
            sub = build_brief(store, (seed_ids + focus_ids)[:show])
            brief.update({k: sub[k] for k in ("articles", "mentions", "actors", "events", "quantities", "claims", "stories", "comparisons")
                          if k in sub})
        written = _write_briefs(store, briefs) if briefs is not None else []
    _emit(render(brief, fmt), output)
    for path in written:
        err.print(f"relationship brief: {path}", markup=False)
    err.print(summary.line(), markup=False)
    if brief.get("coverage"):
        from .report.dyad import coverage_line

        err.print(f"coverage: {coverage_line(brief['coverage'])}", markup=False)
    if location != ":memory:":
        err.print(f"database: {location}  (try: attache --db {location} articles)", markup=False)
    raise typer.Exit(_ingest_exit(summary, False))


def _write_briefs(store, folder: Path) -> list[Path]:
    """HTML briefs for USA–PAK and the busiest dyad of the store, in ``folder``."""
    from .relations import busiest_dyads
    from .report.dyad import build_dyad_brief, render_dyad_brief

    folder.mkdir(parents=True, exist_ok=True)
    pairs = [("USA", "PAK")]
    top = busiest_dyads(store, limit=1)
    if top and {top[0]["a"], top[0]["b"]} != {"USA", "PAK"}:
        pairs.append((top[0]["a"], top[0]["b"]))
    written = []
    for a, b in pairs:
        path = folder / f"{a}-{b}.html"
        path.write_text(render_dyad_brief(build_dyad_brief(store, a, b), "html"), "utf-8")
        written.append(path)
    return written


@app.command()
def articles(
    ctx: typer.Context,
    limit: int = typer.Option(20, "--limit", "-n", min=1, help="Rows to show."),
    offset: int = typer.Option(0, min=0, help="Rows to skip."),
    outlet: Optional[str] = typer.Option(None, help="Only this outlet."),
    language: Optional[str] = typer.Option(None, help="Only this language (ISO 639-1)."),
    since: Optional[str] = typer.Option(None, help="Published on or after (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="Published on or before (YYYY-MM-DD)."),
    search: Optional[str] = typer.Option(None, "--search", "-s", help="Text in title or body."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv."),
    db: Optional[str] = DbOpt,
) -> None:
    """List stored articles: id, outlet, published, genre, title."""
    for name, value in (("--since", since), ("--until", until)):
        if value:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise UsageError(f"{name} must be a date as YYYY-MM-DD, got {value!r}") from None
    with open_store(_db(ctx, db), read_only=True) as store:
        rows = store.list_articles(limit=limit, offset=offset, outlet=outlet, language=language, since=since,
                                   until=until, search=search)
        total = store.count()
        from .report.dyad import coverage

        cov = coverage(store)
        why = None if rows else _why_empty(store, ctx, db, "articles")
    if why:
        err.print(why, markup=False)
    cols = ["id", "outlet", "published", "language", "genre", "title"] + (["syndication_group", "origin"] if fmt != "table" else [])
    _print_rows(cols, [[r[c] for c in cols] for r in rows], fmt)
    if fmt == "table":
        err.print(f"{len(rows)} shown of {total} stored; {cov['analysed']} of {cov['articles']} analysed", markup=False)


def _print_rows(cols: list[str], rows: list[list[Any]], fmt: str) -> None:
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


@app.command()
def search(
    ctx: typer.Context,
    query: str = typer.Argument(..., help="Words to find in titles and texts (ranked: articles with more of them first, then BM25)."),
    limit: int = typer.Option(10, "--limit", "-n", min=1, help="Results to show."),
    offset: int = typer.Option(0, min=0, help="Results to skip (paging)."),
    outlet: Optional[str] = typer.Option(None, help="Only this outlet."),
    since: Optional[str] = typer.Option(None, help="Published on or after (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="Published on or before (YYYY-MM-DD)."),
    country: Optional[str] = typer.Option(None, help="Only articles mentioning this country (ISO3, e.g. PAK)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json (results and facets) or csv."),
    db: Optional[str] = DbOpt,
) -> None:
    """Full-text search over titles and texts: ranked, with a snippet around the hits and facets (outlet, month, country)."""
    from .store.search import marked

    _check_dates(since, until)
    if fmt not in ("table", "json", "csv"):
        raise UsageError(f"--format must be table, json or csv, got {fmt!r}")
    with open_store(_db(ctx, db), read_only=True) as store:
        found = store.search(query, limit=limit, offset=offset, outlet=outlet, since=since, until=until, country=country)
        why = None if found["total"] else _why_empty(store, ctx, db, "articles")
    if fmt == "json":
        sys.stdout.write(json.dumps(found, ensure_ascii=False, default=str) + "\n")
    else:
        cols = ["rank", "score", "id", "outlet", "published", "title", "snippet"]
        _print_rows(cols, [[offset + i + 1, r["score"], r["id"], r["outlet"], r["published"], r["title"],
                            marked({"text": r["snippet"], "start": r["snippet_start"], "end": r["snippet_end"],
                                    "hits": r["highlights"], "more": False})]
                           for i, r in enumerate(found["results"])], fmt)
    if not found["terms"]:
        err.print(f"nothing to search for in {query!r}: give words that are not stop words", markup=False)
    elif why:
        err.print(why if not why.endswith("match these filters") else f"no article holds {' or '.join(found['terms'])} (with these filters)",
                  markup=False)
    elif fmt == "table":
        facets = "; ".join(f"{name}: " + ", ".join(f"{f['value']} {f['count']}" for f in found["facets"][name][:6])
                           for name in ("outlet", "month", "country") if found["facets"][name])
        err.print(f"{len(found['results'])} shown of {found['total']} matching articles. {facets}", markup=False)
    if found["unindexed"]:
        err.print(f"note: {found['unindexed']} stored articles are not in the search index yet; opening the database for writing "
                  "(e.g. `attache ingest`) indexes them", markup=False)


@app.command()
def events(
    ctx: typer.Context,
    dyad: Optional[list[str]] = typer.Option(None, "--dyad", help="Two actors or countries (give the option twice): events between them."),
    directed: bool = typer.Option(False, help="With --dyad: only from the first to the second."),
    actor: Optional[str] = typer.Option(None, help="Events with this actor or country on either side."),
    plover: Optional[str] = typer.Option(None, "--type", help="PLOVER type, e.g. CONSULT."),
    domain: Optional[str] = typer.Option(None, help="security, military, trade, resources, diplomacy, multilateral, migration, ..."),
    factuality: Optional[str] = typer.Option(None, help="asserted, reported, planned, negated, hypothetical, demanded."),
    all_: bool = typer.Option(False, "--all", help="Include negated and hypothetical events (left out by default)."),
    since: Optional[str] = typer.Option(None, help="On or after (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="On or before (YYYY-MM-DD)."),
    outlet: Optional[str] = typer.Option(None, help="Only events reported by this outlet."),
    limit: int = typer.Option(50, "--limit", "-n", min=1),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv."),
    db: Optional[str] = DbOpt,
) -> None:
    """List coded events: who did what to whom, when, with the sentence behind each."""
    from .report.brief import event_json

    _check_dates(since, until)
    if dyad and len(dyad) != 2:
        raise UsageError("--dyad takes two actors: --dyad USA --dyad PAK")
    with open_store(_db(ctx, db), read_only=True) as store:
        rows = store.find_events(dyad=dyad, directed=directed, actor=actor, plover_type=plover, domain=domain, limit=limit,
                                 factuality=factuality, include_all=all_, since=since, until=until, outlet=outlet)
        if not rows:
            err.print(_why_empty(store, ctx, db, "events"), markup=False)
        texts = {}
        if fmt == "json":
            for aid in {r["article_id"] for r in rows[:limit]}:
                texts[aid] = store.get_article(aid).text
    rows = rows[:limit]
    if fmt == "json":
        sys.stdout.write(json.dumps([event_json(r, texts.get(r["article_id"])) for r in rows], ensure_ascii=False, indent=2, default=str) + "\n")
        return
    cols = ["event_date", "source_name", "source_country", "plover_type", "plover_mode", "cameo_code", "target_name",
            "target_country", "factuality", "domain", "trigger_text", "outlet", "id"]
    _print_rows(cols, [[r[c] for c in cols] for r in rows], fmt)
    if fmt == "table":
        err.print(f"{len(rows)} events shown (negated and hypothetical ones only with --all)", markup=False)


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
    from .relations import timeline

    _check_dates(since, until)
    min_conf = _min_confidence_default() if min_confidence is None else min_confidence
    with open_store(_db(ctx, db), read_only=True) as store:
        try:
            tl = timeline(store, a, b, since=since, until=until, interval=interval, by=by, directed=directed, include_all=all_,
                          min_confidence=min_conf)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        if not tl["periods"]:
            err.print(_why_empty(store, ctx, db, f"events between {a} and {b}"), markup=False)
    for path in (png, svg):
        if path is not None:
            from .report.charts import save_timeline

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
    _print_rows(cols, rows, fmt)
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
    from .report.dyad import build_dyad_brief, render_dyad_brief

    _check_dates(since, until)
    if fmt not in FORMATS_BRIEF:
        raise UsageError(f"--format must be one of {', '.join(FORMATS_BRIEF)}")
    with open_store(_db(ctx, db), read_only=True) as store:
        br = build_dyad_brief(store, a, b, since=since, until=until, interval=interval, chart=fmt != "md",
                              min_confidence=min_confidence)
        if not br.get("events"):
            err.print(_why_empty(store, ctx, db, f"events between {a} and {b}") + " (the brief is empty)", markup=False)
    _emit(render_dyad_brief(br, fmt), output)


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
    from .relations import alerts as find_alerts

    _check_dates(since, until)
    min_conf = _min_confidence_default() if min_confidence is None else min_confidence
    with open_store(_db(ctx, db), read_only=True) as store:
        try:
            found = find_alerts(store, since=since, until=until, interval=interval, z=z, baseline=baseline, min_confidence=min_conf)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        why = None if found else _why_empty(store, ctx, db, "alerts")
    if fmt == "json":
        sys.stdout.write(json.dumps(found, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    rows = [[al["period"], f"{al['a']}–{al['b']}", al["kind"], al.get("domain") or al.get("plover_type"), al["direction"],
             al.get("z"), al["events"], (al["evidence"][0]["text"] or "")[:90] if al["evidence"] else ""] for al in found]
    _print_rows(["period", "dyad", "kind", "what", "direction", "z", "events", "evidence"], rows, fmt)
    if not rows:
        err.print(why if why and not why.startswith("no alerts") else "no alerts: no sharp shift and no first-ever event type in these intervals", markup=False)
    err.print(f"events with confidence >= {min_conf:g} counted (--min-confidence)", markup=False)


@app.command()
def serve(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", help="Address to bind (127.0.0.1: this machine only)."),
    port: int = typer.Option(8000, min=1, max=65535),
    read_only: Optional[bool] = typer.Option(None, "--read-only/--read-write", show_default=False,
                                             help="Open the database read-only (default without ATTACHE_TOKEN: other "
                                                  "commands can write between requests) or for writing (POST /ingest)."),
    allow_host: list[str] = typer.Option([], "--allow-host", help="Another name the Host header may carry (repeatable; "
                                                                  "loopback names are always allowed)."),
    query_timeout: float = typer.Option(30.0, "--query-timeout", min=0.1, help="Seconds a request's queries may run (then 503)."),
    db: Optional[str] = DbOpt,
) -> None:
    """The HTTP API and the dashboard (http://HOST:PORT/, API docs at /docs). POST /ingest needs ATTACHE_TOKEN."""
    import uvicorn

    from .api import create_app
    from .store import default_db, is_server

    path = default_db(_db(ctx, db))
    if not is_server(path) and not Path(path).exists():
        fail(f"{path} does not exist: ingest and analyse first (`attache --db {path} analyze FILES`) or run `make demo`")
    hosts = tuple(allow_host) + ((host,) if host not in ("0.0.0.0", "::", "") else ())
    app = create_app(path, read_only=read_only, allow_hosts=hosts, query_timeout=query_timeout)
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"warning: serving on {host}, reachable from other machines", markup=False)
    mode = "read-only" if app.state.shared.read_only else "read-write"
    err.print(f"attache on http://{host}:{port}/ (database {path}, {mode}); Ctrl-C stops it", markup=False)
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_keep_alive=30)


def _seconds(text: str) -> float:
    import re as _re

    m = _re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text)
    if not m:
        raise UsageError(f"--every takes a duration such as 90s, 15m, 1h; got {text!r}")
    return float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2)]


@app.command()
def watch(
    ctx: typer.Context,
    feeds: list[str] = typer.Argument(..., help="RSS or Atom feed URLs."),
    every: str = typer.Option("15m", help="Time between polls (90s, 15m, 1h)."),
    once: bool = typer.Option(False, "--once", help="Poll each feed once and stop."),
    analyze: bool = typer.Option(True, "--analyze/--no-analyze", help="Analyse new articles and update stories after each poll."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow private and loopback addresses (tests, intranets)."),
    allow_host: list[str] = typer.Option([], "--allow-host", help="Fetch only from these hosts (repeatable)."),
    pause: float = typer.Option(1.0, help="Seconds between two requests to the same host."),
    max_mb: float = typer.Option(10.0, "--max-mb", help="Largest page or feed fetched, in MB."),
    fetch_deadline: float = typer.Option(60.0, "--fetch-deadline", min=0.1, help="Most seconds one fetch (redirects included) may take."),
    db: Optional[str] = DbOpt,
) -> None:
    """Poll feeds: new items are fetched (politely), stored, analysed; state is kept in the store.
    The database is held only while a poll reads state or writes a batch, never while fetching or sleeping."""
    from .pipeline import watch_poll
    from .sources.feeds import Fetcher

    wait = _seconds(every)
    fetcher = Fetcher(allow_private=allow_private, allow_hosts=tuple(h.lower() for h in allow_host), per_host_seconds=pause,
                      max_bytes=int(max_mb * 1024 * 1024), deadline=fetch_deadline)
    try:
        location = _db(ctx, db)
        try:
            with open_store(location):  # created or migrated once, up front
                pass
        except StoreError as exc:
            if once or not Path(location).exists():
                raise
            # another process (a server answering requests) holds the file: each poll waits for it in turn
            err.print(f"note: {exc}; polling anyway, each poll waits for the file", markup=False)

        def opener(read_only: bool):
            return open_store(location, read_only=read_only, wait=60.0)  # a server between requests lets go quickly

        while True:
            try:
                for url, summary in watch_poll(opener, feeds, fetcher):
                    out.print(f"{url}: {summary.line()}", markup=False)
                    for p in summary.problems:
                        out.print(f"failed: {p.line()}", markup=False)
                if analyze:  # what this poll stored, and anything an earlier, interrupted watch stored but did not analyse
                    with opener(False) as store:
                        backlog = store.feed_articles_to_analyse()
                        if backlog:
                            _run_analysis(store, backlog)
                        elif store.unplaced_count():
                            _run_stories(store)
            except StoreError as exc:  # the file stayed busy: this poll is skipped, the next one tries again
                if once:
                    raise
                err.print(f"poll skipped: {exc}", markup=False)
            if once:
                break
            err.print(f"next poll in {every} (Ctrl-C stops)", markup=False)
            time.sleep(wait)
    except KeyboardInterrupt:
        err.print("stopped", markup=False)
    finally:
        fetcher.close()


@spark_app.command("run")
def spark_run(
    inputs: list[str] = typer.Option(..., "--input", "-i", help="File, folder or glob: local or any Hadoop URI (s3a://, hdfs://); repeatable."),
    output: str = typer.Option(..., "--output", "-o", help="Folder (or URI) for the Parquet tables."),
    master: str = typer.Option("local[*]", help="Spark master: local[N], spark://host:7077, yarn, k8s://... ."),
    partitions: Optional[int] = typer.Option(None, help="Minimum number of partitions (default: Spark's parallelism)."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace tables already in the output folder."),
    max_mb: float = typer.Option(20.0, "--max-mb", help="Largest single document, in MB."),
) -> None:
    """Extract and analyse on Spark (one model per executor); write Parquet tables partitioned by day."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        fail("Spark needs PySpark: pip install 'attache[spark]' (and a Java 17+ runtime)")
    from .scale.job import run as run_job

    try:
        manifest = run_job(inputs, output, master=master, partitions=partitions, overwrite=overwrite,
                           max_bytes=int(max_mb * 1_000_000), log=lambda m: err.print(m, markup=False))
    except (FileNotFoundError, FileExistsError) as exc:
        fail(str(exc))
    except Exception as exc:  # Spark's own errors are long Java traces: their first line says it
        first = next((line for line in str(exc).splitlines() if line.strip()), type(exc).__name__)
        if "already exists" in str(exc):
            first = f"{output} already holds tables: choose another --output or add --overwrite"
        fail(f"spark run failed: {first}")
    t = manifest["tables"]
    out.print(f"{t['articles']} articles, {t['events']} events, {t['problems']} problems in {manifest['seconds']} s; "
              f"load them with: attache load {output}", markup=False)
    out.print(json.dumps(manifest), markup=False)


@app.command()
def load(
    ctx: typer.Context,
    folder: Path = typer.Argument(..., help="The --output folder of 'attache spark run'."),
    stories: bool = typer.Option(True, "--stories/--no-stories", help="Update stories after loading."),
    db: Optional[str] = DbOpt,
) -> None:
    """Load a Spark run's Parquet tables into the store (DuckDB or PostgreSQL), then update stories."""
    from .scale.load import LoadError, load as load_tables

    progress = Progress(TextColumn("[bold]load"), BarColumn(), TextColumn("{task.completed} articles"), console=err,
                        transient=True, disable=not err.is_terminal)
    try:
        with open_store(_db(ctx, db)) as store, progress:
            task = progress.add_task("load", total=None)
            summary = load_tables(store, folder, stories=stories, progress=lambda n: progress.update(task, advance=n))
    except LoadError as exc:
        fail(str(exc))
    expected = summary.manifest.get("tables", {}).get("articles")
    if expected is not None and expected != summary.articles:
        err.print(f"warning: the run's manifest counts {expected} articles, the tables hold {summary.articles}", markup=False)
    out.print(f"{summary.articles} articles read: {summary.new} new, {summary.duplicate} duplicate; {summary.analyses} analyses, "
              f"{summary.events} events, {summary.problems} problems recorded; {summary.stories} stories; {summary.seconds} s", markup=False)


def _check_dates(since: str | None, until: str | None) -> None:
    for name, value in (("--since", since), ("--until", until)):
        if value:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise UsageError(f"{name} must be a date as YYYY-MM-DD, got {value!r}") from None


@app.command()
def stories(
    ctx: typer.Context,
    since: Optional[str] = typer.Option(None, help="Stories with articles on or after (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="... on or before (YYYY-MM-DD)."),
    actor: Optional[str] = typer.Option(None, help="Stories whose main actors include this country (ISO3)."),
    min_size: int = typer.Option(1, "--min-size", min=1, help="Only stories of at least this many articles."),
    rebuild: bool = typer.Option(False, "--update", help="Place analysed articles not yet in a story first."),
    limit: int = typer.Option(50, "--limit", "-n", min=1),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv."),
    db: Optional[str] = DbOpt,
) -> None:
    """List stories: title, span of dates, outlets, size."""
    _check_dates(since, until)
    with open_store(_db(ctx, db), read_only=not rebuild) as store:
        if rebuild:
            _run_stories(store)
        rows = store.list_stories(since=since, until=until, actor=actor, limit=limit, min_size=min_size)
        why = None if rows else _why_empty(store, ctx, db, "stories")
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    cols = ["id", "thread", "start", "end", "size", "sources", "outlets", "actors", "title"]
    _print_rows(cols, [[r["id"], r.get("thread_id"), r["start"], r["end"], r["size"], r.get("sources"), ", ".join(r["outlets"] or []),
                        " ".join((r["actors"] or [])[:4]), r["title"]] for r in rows], fmt)
    if not rows:
        err.print(why if not why.endswith("match these filters") else why + " (or run `attache stories --update`)", markup=False)


@app.command()
def threads(
    ctx: typer.Context,
    since: Optional[str] = typer.Option(None, help="Threads with stories on or after (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="... on or before (YYYY-MM-DD)."),
    min_size: int = typer.Option(1, "--min-size", min=1, help="Only threads of at least this many stories."),
    rebuild: bool = typer.Option(False, "--update", help="Place analysed articles not yet in a story first."),
    limit: int = typer.Option(50, "--limit", "-n", min=1),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv."),
    db: Optional[str] = DbOpt,
) -> None:
    """List threads (related stories): title, span of dates, stories and articles."""
    _check_dates(since, until)
    with open_store(_db(ctx, db), read_only=not rebuild) as store:
        if rebuild:
            _run_stories(store)
        rows = store.list_threads(since=since, until=until, limit=limit, min_size=min_size)
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    cols = ["id", "start", "end", "stories", "articles", "title"]
    _print_rows(cols, [[r["id"], r["start"], r["end"], r["size"], r["articles"], r["title"]] for r in rows], fmt)
    if fmt == "table" and not rows:
        err.print("no threads: run `attache analyze` or `attache stories --update`", markup=False)




def _story_or_fail(store, story_id: str, fmt: str) -> dict:
    if fmt not in FORMATS_BRIEF:
        raise UsageError(f"--format must be one of {', '.join(FORMATS_BRIEF)}")
    story = store.get_story(story_id)
    if story is None:
        fail(f"no story {story_id!r}: `attache stories` lists them")
    return story


@app.command()
def story(
    ctx: typer.Context,
    story_id: str = StoryArg,
    fmt: str = DocFmtOpt,
    output: Optional[Path] = OutputOpt,
    db: Optional[str] = DbOpt,
) -> None:
    """One story: members, main event (5W1H), timeline of its articles, summary."""
    from .report.stories import render_story

    with open_store(_db(ctx, db), read_only=True) as store:
        st = _story_or_fail(store, story_id, fmt)
        facts = store.facts_of(st["articles"])
        members = []
        for a in st["articles"]:
            art = store.get_article(a)
            members.append({"id": art.id, "outlet": art.outlet, "title": art.title, "published": art.published, "url": art.url,
                            "genre": (facts.get(a) or {}).get("genre")})
        st["members"] = sorted(members, key=lambda m: (m["published"] or "9999", m["id"]))
    _emit(render_story(st, fmt), output)


@app.command()
def compare(
    ctx: typer.Context,
    story_id: str = StoryArg,
    fmt: str = DocFmtOpt,
    output: Optional[Path] = OutputOpt,
    show_all: bool = typer.Option(False, "--all", help="Every item of every section (default: about a screenful each)."),
    db: Optional[str] = DbOpt,
) -> None:
    """How the outlets of a story agree, differ, conflict and frame it; every line cited."""
    from .report.stories import render_comparison
    from .stories.compare import compare as compare_story

    with open_store(_db(ctx, db), read_only=True) as store:
        _story_or_fail(store, story_id, fmt)
        result = compare_story(store, story_id)
    _emit(render_comparison(result, fmt, show_all), output)


@app.command()
def show(
    ctx: typer.Context,
    article_id: str = typer.Argument(..., help="Article id (or an unambiguous prefix of 4+ characters)."),
    fmt: str = typer.Option("md", "--format", "-f", help="md or json."),
    db: Optional[str] = DbOpt,
) -> None:
    """Show one article: metadata, sections and clean text."""
    if fmt not in ("md", "json"):
        raise UsageError("--format must be md or json")
    with open_store(_db(ctx, db), read_only=True) as store:
        article = store.get_article(article_id)
    if fmt == "json":
        sys.stdout.write(json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    lines = [f"# {article.title or '(untitled)'}", ""]
    for label, value in (("id", article.id), ("outlet", article.outlet), ("author", article.author),
                         ("published", article.published or "unknown"), ("language", article.language),
                         ("genre", article.genre), ("url", article.url), ("source", article.source_uri)):
        if value:
            lines.append(f"- **{label}**: {value}")
    lines.append("")
    heads = {h.at: h.text for h in article.headings}
    for p in article.paragraphs:
        if p.start in heads:
            lines += [f"## {heads[p.start]}", ""]
        text = article.text[p.start : p.end]
        lines += [f"> {text}" if p.kind == "dek" else text, ""]
    if article.warnings:
        lines += ["---", ""] + [f"- warning: {w}" for w in article.warnings]
    sys.stdout.write("\n".join(lines).rstrip() + "\n")


@app.command()
def sql(
    ctx: typer.Context,
    query: str = typer.Argument(..., help="SQL to run read-only (tables: articles, runs, problems, ...)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv."),
    timeout: float = typer.Option(30.0, "--timeout", help="Stop the query after this many seconds."),
    max_rows: int = typer.Option(100_000, "--max-rows", min=1, help="Print at most this many rows."),
    db: Optional[str] = DbOpt,
) -> None:
    """Run read-only SQL against the store (sandboxed: no files, no extensions, no settings; time limit)."""
    from .store.sandbox import run_sql

    result = run_sql(_db(ctx, db), query, timeout=timeout, max_rows=max_rows)
    for note in result.notes:
        err.print(f"note: {note}", markup=False)
    _print_rows(result.columns, [list(r) for r in result.rows], fmt)
    if result.truncated:
        err.print(f"note: only the first {max_rows} rows are shown (--max-rows); add LIMIT/OFFSET, or use 'attache export'", markup=False)


@app.command()
def export(
    ctx: typer.Context,
    table: str = typer.Argument(..., help="Table name (articles, problems, runs) or a SELECT."),
    fmt: str = typer.Option(..., "--format", "-f", help="parquet, csv, jsonl, or gdelt (events only: GDELT 2.0 Events TSV)."),
    output: Path = typer.Option(..., "--output", "-o", help="File to write."),
    db: Optional[str] = DbOpt,
) -> None:
    """Export a table or query to Parquet, CSV or JSON Lines; events also as GDELT 2.0 rows."""
    if fmt not in ("parquet", "csv", "jsonl", "gdelt"):
        raise UsageError("--format must be parquet, csv, jsonl or gdelt")
    if fmt == "gdelt" and table != "events":
        raise UsageError("--format gdelt exports the events table only")
    if not output.parent.exists():
        fail(f"folder {output.parent} does not exist")
    import re as _re

    from .store import is_server

    if fmt != "gdelt" and _re.match(r"\s*\(?\s*(select|with|from)\b", table, _re.I) and not is_server(default_db(_db(ctx, db))):
        from .store.sandbox import export_select  # a user's SELECT: sandboxed, may write only the output file

        n = export_select(_db(ctx, db), table, fmt, str(output))
        out.print(f"wrote {n} rows to {output}", markup=False)
        return
    with open_store(_db(ctx, db), read_only=True) as store:
        if fmt == "gdelt":
            from .report.gdelt import write_gdelt

            n = write_gdelt(store.events_of(None), output)
            if n == 0:
                err.print(_why_empty(store, ctx, db, "events"), markup=False)
        else:
            n = store.export(table, fmt, output)
    out.print(f"wrote {n} rows to {output}", markup=False)


def _kb(ctx: typer.Context, db: str | None):
    """Shipped actors plus those imported into the database (when there is one)."""
    from .actors.kb import load_kb

    location = _db(ctx, db)
    path = default_db(location)
    if path != ":memory:" and not Path(path).exists():
        return load_kb()
    with open_store(location, read_only=True) as store:
        return load_kb(store.load_actors())


def _actor_rows(actors) -> list[list[Any]]:
    return [[a.id, a.name, a.kind, a.country or "", a.sector or "", "; ".join(
        f"{r.title} ({r.start or '…'}–{r.end or ''})" for r in a.roles[:3]), a.source] for a in actors]


@actors_app.command("list")
def actors_list(
    ctx: typer.Context,
    kind: Optional[str] = typer.Option(None, help="country, person, igo, group, institution, ngo, imported."),
    country: Optional[str] = typer.Option(None, help="ISO 3166 alpha-3 code."),
    source: Optional[str] = typer.Option(None, help="Only actors from this source (e.g. import:my.csv)."),
    limit: int = typer.Option(50, "--limit", "-n", min=1),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv."),
    db: Optional[str] = DbOpt,
) -> None:
    """List actors of the knowledge base (shipped and imported)."""
    kb = _kb(ctx, db)
    chosen = [a for a in kb.actors.values() if (not kind or a.kind == kind) and (not country or a.country == country.upper())
              and (not source or a.source == source)]
    chosen.sort(key=lambda a: a.id)
    _print_rows(["id", "name", "kind", "country", "sector", "roles", "source"], _actor_rows(chosen[:limit]), fmt)
    if fmt == "table":
        err.print(f"{min(limit, len(chosen))} shown of {len(chosen)} (knowledge base: {len(kb)} actors)", markup=False)


@actors_app.command("search")
def actors_search(
    ctx: typer.Context,
    query: str = typer.Argument(..., help="Part of a name, alias, adjective, capital or id."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv."),
    db: Optional[str] = DbOpt,
) -> None:
    """Find actors by name, alias, demonym, capital or id."""
    found = _kb(ctx, db).search(query)
    _print_rows(["id", "name", "kind", "country", "sector", "roles", "source"], _actor_rows(found), fmt)
    if not found:
        err.print(f"no actor matches {query!r}", markup=False)
        raise typer.Exit(1)


@actors_app.command("show")
def actors_show(
    ctx: typer.Context,
    actor_id: str = typer.Argument(..., help="Actor id, e.g. USA.GOV.rubio-marco, PAK, IGO.unsc."),
    fmt: str = typer.Option("md", "--format", "-f", help="md or json."),
    db: Optional[str] = DbOpt,
) -> None:
    """One actor: roles with validity dates, aliases, source."""
    kb = _kb(ctx, db)
    actor = kb.actors.get(actor_id)
    if actor is None:
        close = [a.id for a in kb.search(actor_id.split(".")[-1].replace("-", " "))[:5]]
        fail(f"no actor {actor_id!r}" + (f"; did you mean {', '.join(close)}?" if close else ""))
    if fmt == "json":
        sys.stdout.write(json.dumps(actor.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    lines = [f"# {actor.name}", "", f"- **id**: {actor.id}", f"- **kind**: {actor.kind}",
             f"- **country**: {actor.country or '-'}", f"- **sector**: {actor.sector or '-'}", f"- **source**: {actor.source}"]
    if actor.member_of:
        lines.append(f"- **member of**: {actor.member_of}")
    if actor.flags:
        lines.append(f"- **flags**: {', '.join(actor.flags)}")
    lines += ["", "## Roles", ""] if actor.roles else []
    for r in actor.roles:
        lines.append(f"- {r.title} ({' '.join(x for x in (r.country, r.sector) if x)}): {r.start or 'before records'} – {r.end or 'present'}"
                     + (f" [code {r.code}]" if r.code else ""))
    names = actor.aliases + actor.adjectives + actor.capitals
    if names:
        lines += ["", "## Names", "", ", ".join(dict.fromkeys(names))]
    sys.stdout.write("\n".join(lines) + "\n")


@actors_app.command("import")
def actors_import(
    ctx: typer.Context,
    path: Path = typer.Argument(..., help="A PETRARCH/TABARI dictionary, or attache CSV/JSONL."),
    fmt: str = typer.Option("auto", "--format", "-f", help="auto, petrarch, csv or jsonl."),
    source: Optional[str] = typer.Option(None, help="Name this import (default import:<file name>)."),
    db: Optional[str] = DbOpt,
) -> None:
    """Add actors to the knowledge base, beside the shipped ones."""
    from .actors.imports import import_file

    if not path.exists():
        fail(f"{path} does not exist")
    actors, problems = import_file(path, fmt, source)
    with open_store(_db(ctx, db)) as store:
        n = store.save_actors(actors)
    flagged = [a for a in actors if "unknown-sector" in a.flags]
    out.print(f"{n} actors imported from {path} as {actors[0].source if actors else source or 'import:' + path.name}, "
              f"{len(problems)} lines skipped", markup=False)
    for p in problems[:100]:
        out.print(f"skipped: {p.line()}", markup=False)
    if len(problems) > 100:
        out.print(f"... and {len(problems) - 100} more", markup=False)
    for a in flagged[:20]:
        out.print(f"flagged: {a.id}: unknown sector code {a.sector!r} kept as given", markup=False)
    raise typer.Exit(0 if actors else 1)


@actors_app.command("remove")
def actors_remove(
    ctx: typer.Context,
    source: str = typer.Option(..., help="The import to remove, e.g. import:my_actors.csv."),
    db: Optional[str] = DbOpt,
) -> None:
    """Remove every actor an import added."""
    if not source.startswith("import:"):
        raise UsageError("only imported actors can be removed (sources start with 'import:')")
    with open_store(_db(ctx, db)) as store:
        n = store.remove_actors(source)
    out.print(f"removed {n} actors of {source}", markup=False)
    raise typer.Exit(0 if n else 1)


@eval_app.command("extraction")
def eval_extraction(
    data: Path = typer.Option(..., "--data", help="Folder with ground-truth.json and html/<id>.html.gz."),
    worst: int = typer.Option(10, help="How many lowest-scoring pages to list."),
) -> None:
    """Article-body extraction: shingle precision/recall/F1 and exact-match accuracy."""
    from .evaluate.extraction import evaluate_extraction

    try:
        result = evaluate_extraction(data)
    except FileNotFoundError as exc:
        fail(str(exc))
    docs = result.pop("documents")
    table = Table(title=f"extraction on {data} ({result['n']} pages)", header_style="bold")
    for c in ("precision", "recall", "f1", "accuracy"):
        table.add_column(c, justify="right")
    table.add_row(*[f"{result[c]:.4f}" for c in ("precision", "recall", "f1", "accuracy")])
    out.print(table)
    low = sorted(docs, key=lambda d: min(d["precision"], d["recall"]))[:worst]
    if low:
        t2 = Table(title="lowest-scoring pages", header_style="bold")
        for c in ("id", "precision", "recall", "error"):
            t2.add_column(c)
        for d in low:
            t2.add_row(d["id"][:16], f"{d['precision']:.3f}", f"{d['recall']:.3f}", d["error"] or "")
        out.print(t2)
    sys.stdout.write(json.dumps(result) + "\n")


@eval_app.command("actors")
def eval_actors(
    data: Path = typer.Option(..., "--data", help="PETRARCH records (JSONL with expected codes) or a hand-checked mention set."),
    actors: list[Path] = typer.Option([], "--actors", help="PETRARCH actor and agent dictionaries (repeatable)."),
    show: int = typer.Option(10, help="How many misses to list."),
) -> None:
    """Actor resolution: code recall/precision on PETRARCH records, or accuracy on hand-checked mentions."""
    from .evaluate.actors import evaluate_handchecked, evaluate_petrarch

    if not data.exists():
        fail(f"{data} does not exist")
    for d in actors:
        if not d.exists():
            fail(f"{d} does not exist")
    if actors:
        result = evaluate_petrarch(data, actors)
        details = result.pop("details")
        problems = result.pop("dictionary_problems")
        wrong = [d for d in details if set(d["expected"]) != set(d["found"])]
        out.print(f"actors on {data}: {result['n']} records, recall {result['recall']:.4f}, precision {result['precision']:.4f}, "
                  f"F1 {result['f1']:.4f}; {len(problems)} dictionary lines skipped", markup=False)
        for d in wrong[:show]:
            out.print(f"  {d['id']}: expected {d['expected']} found {d['found']}", markup=False)
    else:
        result = evaluate_handchecked(data)
        misses = result.pop("misses")
        out.print(f"hand-checked mentions in {data}: {result['n']}, accuracy {result['accuracy']:.4f}", markup=False)
        for m in misses[:show]:
            out.print(f"  miss: {m['mention']!r} expected {m['expected']} got {m['got']}", markup=False)
    sys.stdout.write(json.dumps(result) + "\n")


@eval_app.command("genre")
def eval_genre(
    data: Path = typer.Option(Path("eval/genre_labels.jsonl"), "--data", help="Hand labels (eval/genre_guidelines.md)."),
    corpus: Path = typer.Option(Path("../shared/corpus"), "--corpus", help="Folder holding the labelled articles' files."),
    split: str = typer.Option("dev", help="dev, test or all."),
) -> None:
    """Genre (news, opinion, analysis, press release) against hand labels: accuracy per class."""
    from .evaluate.genre import evaluate_genre

    if split not in ("dev", "test", "all"):
        raise UsageError("--split must be dev, test or all")
    for p in (data, corpus):
        if not p.exists():
            fail(f"{p} does not exist")
    result = evaluate_genre(data, corpus, split)
    errors = result.pop("errors")
    out.print(f"genre on {result['n']} {split} articles: accuracy {result['accuracy']:.4f} ("
              + ", ".join(f"{g} {v['accuracy']:.2f} of {v['n']}" for g, v in result["per_class"].items() if v["n"]) + ")", markup=False)
    for e in errors[:10]:
        out.print(f"  {e['label']} read as {e['got']}: {e['title']} ({'; '.join(e['cues'][:3])})", markup=False)
    sys.stdout.write(json.dumps(result) + "\n")


@eval_app.command("tone")
def eval_tone(
    data: Path = typer.Option(..., "--data", help="NewsMTSC-format rows: text, target_start, target_end, polarity."),
    cv: bool = typer.Option(False, "--cv", help="Cross-validate by sentence even on rows the shipped model never saw."),
    train: Optional[Path] = typer.Option(None, "--train", help="Train on DATA and write the model JSON here."),
) -> None:
    """Tone toward a target: macro-F1 over negative/neutral/positive, beside sentence-level VADER."""
    from .evaluate.tone import evaluate_tone, train_tone

    if not data.exists():
        fail(f"{data} does not exist")
    if train is not None:
        n = train_tone(data, train)
        out.print(f"trained on {n} rows; model written to {train}", markup=False)
        return
    result = evaluate_tone(data, "cv" if cv else "auto")
    per = result.pop("per_class")
    how = result.pop("how")
    vader = result.pop("vader_macro_f1")
    table = Table(title=f"tone toward targets ({how})", header_style="bold")
    for c in ("polarity", "precision", "recall", "f1", "support"):
        table.add_column(c, justify="right" if c != "polarity" else "left")
    for t, v in sorted(per.items()):
        table.add_row(t, f"{v['precision']:.3f}", f"{v['recall']:.3f}", f"{v['f1']:.3f}", str(v["support"]))
    out.print(table)
    out.print(f"macro-F1 {result['macro_f1']:.4f}, accuracy {result['accuracy']:.4f}; sentence-level VADER on the same rows: "
              f"macro-F1 {vader:.4f}", markup=False)
    sys.stdout.write(json.dumps(result) + "\n")


@eval_app.command("clustering")
def eval_clustering(
    data: Path = typer.Option(..., "--data", help="Rows {id, label, text} (optional title, date, topic)."),
    baseline: bool = typer.Option(False, "--baseline/--no-baseline",
                                  help="Also run the batch baseline: TF-IDF, average link at the threshold chosen on ECB+ dev."),
    level: str = typer.Option("story", "--level", help="story (one happening) or thread (related stories)."),
) -> None:
    """Story clustering: B-cubed precision/recall/F1, ARI and cluster count (per half of the topics when rows have one)."""
    from .evaluate.clustering import evaluate_clustering

    if not data.exists():
        fail(f"{data} does not exist")
    if level not in ("story", "thread"):
        raise UsageError(f"--level must be story or thread, got {level!r}")
    result = evaluate_clustering(data, baseline, level)
    base = result.get("baseline")
    halves = result.get("halves")
    unit = "stories" if level == "story" else "threads"
    out.print(f"clustering {result['n']} articles into {result['clusters']} {unit}: B-cubed P {result['bcubed_precision']:.4f} "
              f"R {result['bcubed_recall']:.4f} F1 {result['bcubed_f1']:.4f}, ARI {result['ari']:.4f}"
              + (f"; topic halves A (tuning) {halves['A']:.4f}, B (check) {halves['B']:.4f}" if halves else ""), markup=False)
    if base:
        out.print(f"baseline, TF-IDF average link at {base['threshold']}: B-cubed P {base['bcubed_precision']:.4f} "
                  f"R {base['bcubed_recall']:.4f} F1 {base['bcubed_f1']:.4f}"
                  + (f" (halves A {base['halves']['A']:.4f}, B {base['halves']['B']:.4f})" if base.get("halves") else "")
                  + f"; at its best threshold for these rows ({base['oracle_threshold']}): {base['oracle_bcubed_f1']:.4f}", markup=False)
    sys.stdout.write(json.dumps(result) + "\n")


@eval_app.command("syndication")
def eval_syndication(
    demo: Path = typer.Option(Path("../shared/corpus/demo"), "--demo", help="The demo corpus folder the labelled set is built from."),
    seed: int = typer.Option(20261201, "--seed", help="Draws sources and copies (the default set chose the settings)."),
) -> None:
    """Syndication pairs on a set built by rule from the demo corpus (evaluate/syndication.py says how)."""
    from .evaluate.syndication import evaluate_syndication

    if not (demo / "state_department_2021_2022.jsonl").exists():
        fail(f"{demo} does not hold the demo corpus (state_department_2021_2022.jsonl ...)")
    result = evaluate_syndication(demo, seed=seed)
    out.print(f"syndication on {result['n']} articles ({result['gold_pairs']} copy pairs): pair precision "
              f"{result['pair_precision']:.4f}, recall {result['pair_recall']:.4f}, F1 {result['pair_f1']:.4f}; "
              f"{result['with_origin']} articles name an origin", markup=False)
    sys.stdout.write(json.dumps(result) + "\n")


@eval_app.command("fivew1h")
def eval_fivew1h(
    data: Path = typer.Option(..., "--data", help="Giveme5W1H-format rows: title, description, text, gold."),
    show: int = typer.Option(5, help="How many answers to print."),
    parse_only: bool = typer.Option(False, "--parse-only", help="The parse of the lead alone, without the events stage's main event."),
) -> None:
    """Main-event 5W1H: token-F1 against the best-matching gold phrase, per question and overall."""
    from .evaluate.fivew1h import evaluate_fivew1h

    if not data.exists():
        fail(f"{data} does not exist")
    result = evaluate_fivew1h(data, events=not parse_only)
    examples = result.pop("examples")
    out.print(f"5W1H on {result['n']} articles: mean token-F1 {result['mean_f1']:.4f} ("
              + ", ".join(f"{q} {result[q]:.3f}" for q in ("who", "what", "when", "where", "why", "how")) + ")", markup=False)
    for e in examples[:show]:
        out.print("  " + "; ".join(f"{q}: {e[q]}" for q in ("who", "what", "when", "where", "why", "how")), markup=False)
    sys.stdout.write(json.dumps(result) + "\n")


@eval_app.command("dyads")
def eval_dyads(
    data: Path = typer.Option(..., "--data", help="Sentences with gold source, target and event_type (PLOVER GSR or span format)."),
    baseline: bool = typer.Option(False, "--baseline", help="Also score the naive first-two-named-entities baseline."),
    half: Optional[str] = typer.Option(None, "--half", help="Only the fixed random half 'a' or 'b' of the rows (by id hash)."),
    show: int = typer.Option(0, "--show", help="Print this many sentences whose gold rows were missed."),
) -> None:
    """Who did what to whom: dyad recall, triple recall, event precision (per type), as eval README section 7."""
    from .evaluate.dyads import evaluate_dyads

    if not data.exists():
        fail(f"{data} does not exist")
    if half not in (None, "a", "b"):
        fail("--half must be 'a' or 'b'")
    result = evaluate_dyads(data, baseline, half)
    for p in result.pop("problems"):
        err.print(p, markup=False)
    details = result.pop("details")
    per = result.pop("per_type")
    table = Table(title=f"(source, target, type) on {data}", header_style="bold")
    for c in ("type", "gold", "dyad recall", "triple recall", "emitted", "precision"):
        table.add_column(c, justify="right" if c != "type" else "left")
    for t, v in per.items():
        table.add_row(t, str(v["n"]), f"{v['dyad'] / v['n']:.3f}" if v["n"] else "-", f"{v['triple'] / v['n']:.3f}" if v["n"] else "-",
                      str(v["emitted"]), f"{v['correct'] / v['emitted']:.3f}" if v["emitted"] else "-")
    out.print(table)
    line = (f"dyads on {data}: {result['n']} gold events in {result['articles']} texts; dyad recall {result['dyad_recall']:.4f}, "
            f"triple recall {result['triple_recall']:.4f}, event precision {result['event_precision']:.4f} "
            f"({result['events']} events), dyad F1 {result['dyad_f1']:.4f}")
    if "fully_right" in result:
        line += f"; fully right {result['fully_right']:.4f} of {result['fully_right_n']}"
    out.print(line, markup=False)
    if "baseline" in result:
        b = result["baseline"]
        out.print(f"baseline (first two named entities): dyad recall {b['dyad_recall']:.4f}, triple recall {b['triple_recall']:.4f}, "
                  f"event precision {b['event_precision']:.4f}, dyad F1 {b['dyad_f1']:.4f}", markup=False)
    for d in details[:0] if not show else [d for d in details if not d["ok"]][:show]:
        out.print(f"  {d['id']}: {d['text']}\n    gold  {d['gold']}\n    found {d['found']}", markup=False)
    sys.stdout.write(json.dumps(result) + "\n")


@eval_app.command("calibration")
def eval_calibration(
    data: Path = typer.Option(..., "--data", help="Gold events with sides (span format, e.g. eval/events_gold_test.jsonl, or PLOVER GSR)."),
) -> None:
    """Does an event's confidence say how often it is right? ECE over ten bins, reliability, precision/recall per threshold."""
    from .evaluate.calibration import evaluate_calibration

    if not data.exists():
        fail(f"{data} does not exist")
    result = evaluate_calibration(data)
    table = Table(title=f"confidence against correctness on {data}", header_style="bold")
    for c in ("bin", "events", "mean confidence", "share right"):
        table.add_column(c, justify="right")
    for row in result["reliability"]:
        table.add_row(row["bin"], str(row["n"]), f"{row['mean_confidence']:.3f}", f"{row['share_right']:.3f}")
    out.print(table)
    for row in result["by_threshold"]:
        out.print(f"--min-confidence {row['min_confidence']:.1f}: {row['events']} events, precision {row['precision']}, "
                  f"triple recall {row['triple_recall']}", markup=False)
    out.print(f"calibration on {data}: {result['n']} events with two sides, ECE {result['ece']:.4f}", markup=False)
    print(json.dumps({k: v for k, v in result.items() if k not in ("reliability", "by_threshold")}))


@eval_app.command("events")
def eval_events(
    data: Path = typer.Option(..., "--data", help="PLOVER rows (event_type) or PETRARCH records (expected)."),
    actors: list[Path] = typer.Option([], "--actors", help="PETRARCH actor/agent dictionaries or their folder, for PETRARCH records."),
    verbs: list[str] = typer.Option([], "--verbs", help="PETRARCH verb-pattern dictionaries (repeatable); default: the one beside "
                                    "the actor dictionaries, if any; 'none': attache's own trigger lexicon."),
    cv: bool = typer.Option(False, "--cv", help="PLOVER: cross-validate by template even on rows the shipped model never saw."),
    train: Optional[Path] = typer.Option(None, "--train", help="PLOVER: train on DATA and write the model JSON here."),
) -> None:
    """Event coding: PLOVER main-event type (macro-F1) or PETRARCH triples (F1)."""
    from .evaluate.events import evaluate_petrarch_events, evaluate_plover, train_plover

    if not data.exists():
        fail(f"{data} does not exist")
    first = data.read_text("utf-8", errors="replace").split("\n", 1)[0]
    if train is not None:
        n = train_plover(data, train)
        out.print(f"trained on {n} rows; model written to {train}", markup=False)
        return
    if '"expected"' in first:
        from .evaluate.events import dictionary_set

        for d in [*actors, *(Path(v) for v in verbs if v != "none")]:
            if not d.exists():
                fail(f"{d} does not exist")
        verb_paths = None if not verbs else [Path(v) for v in verbs if v != "none"]
        actor_files, verb_files, notes = dictionary_set(actors, verb_paths)
        for note in notes:
            err.print(f"using the {note} (--verbs none: attache's own lexicon)", markup=False)
        result = evaluate_petrarch_events(data, actor_files, verb_files)
        result["dictionaries"] = [str(p) for p in actor_files + verb_files]
        details = result.pop("details")
        out.print(f"events on {data}: {result['n']} records; triples P {result['triple_precision']:.4f} "
                  f"R {result['triple_recall']:.4f} F1 {result['triple_f1']:.4f}; full codes F1 {result['code_f1']:.4f}", markup=False)
        for d in [x for x in details if x["expected"] != x["found"]][:10]:
            out.print(f"  {d['id']}: expected {d['expected']} found {d['found']}", markup=False)
    else:
        result = evaluate_plover(data, "cv" if cv else "auto")
        per = result.pop("per_type")
        confusion = result.pop("confusion")
        table = Table(title=f"PLOVER main event type ({result['how']})", header_style="bold")
        for c in ("type", "precision", "recall", "f1", "support"):
            table.add_column(c, justify="right" if c != "type" else "left")
        for t, v in sorted(per.items()):
            table.add_row(t, f"{v['precision']:.3f}", f"{v['recall']:.3f}", f"{v['f1']:.3f}", str(v["support"]))
        out.print(table)
        top = sorted(confusion.items(), key=lambda kv: -kv[1])[:10]
        out.print("most frequent confusions (gold->predicted): " + ", ".join(f"{k} {n}" for k, n in top), markup=False)
        result.pop("how")
    sys.stdout.write(json.dumps(result) + "\n")


@bench_app.command("extract")
def bench_extract_cmd(
    data: Path = typer.Option(..., "--data", help="Extraction-benchmark folder, or any file/folder attache can ingest."),
    repeat: int = typer.Option(1, min=1, help="Run over the documents this many times."),
) -> None:
    """Documents per second and peak RSS of the extract stage."""
    from .bench import bench_extract

    _run_bench("bench extract", lambda: bench_extract(data, repeat=repeat), data,
               ("docs", "seconds", "docs_per_s", "mb_per_s", "failed", "peak_rss_mb"))


def _run_bench(title: str, run, data: Path, cols: tuple[str, ...]) -> None:
    """Run a bench; print a one-row table, the machine, and the result as the last line of JSON."""
    if not data.exists():
        fail(f"{data} does not exist")
    try:
        result = run()
    except ValueError as exc:
        fail(str(exc))
    table = Table(title=title, header_style="bold")
    for c in cols:
        table.add_column(c, justify="right")
    table.add_row(*[str(result[c]) for c in cols])
    out.print(table)
    out.print(f"machine: {result['machine']}", markup=False)
    sys.stdout.write(json.dumps(result) + "\n")


@bench_app.command("analyze")
def bench_analyze_cmd(
    data: Path = typer.Option(..., "--data", help="Any file or folder attache can ingest."),
    limit: Optional[int] = typer.Option(None, min=1, help="Only the first N English articles."),
) -> None:
    """Articles per second and peak RSS of the analysis stages, beside spaCy alone."""
    from .bench import bench_analyze

    _run_bench("bench analyze", lambda: bench_analyze(data, limit=limit), data,
               ("docs", "seconds", "docs_per_s", "kchars_per_s", "mentions", "spacy_only_docs_per_s", "peak_rss_mb"))


@bench_app.command("pipeline")
def bench_pipeline_cmd(
    data: Path = typer.Option(..., "--data", help="Any file or folder attache can ingest."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, max=64, help="Analysis processes (and spaCy n_process)."),
    limit: Optional[int] = typer.Option(None, min=1, help="Only the first N items."),
    baseline: bool = typer.Option(True, "--baseline/--no-baseline", help="Also time plain spaCy on the same texts (doubles the run)."),
) -> None:
    """End to end (extract, store, analyse, stories) beside plain spaCy over the same texts with as many processes."""
    from .bench import bench_pipeline

    _run_bench("bench pipeline", lambda: bench_pipeline(data, workers, limit, baseline=baseline), data,
               ("docs", "workers", "seconds", "docs_per_s", "spacy_docs_per_s", "ratio_to_spacy", "peak_rss_mb", "peak_rss_worker_mb"))


@bench_app.command("api")
def bench_api_cmd(
    ctx: typer.Context,
    path: str = typer.Option("/dyads/USA/RUS/timeline", help="The route to time."),
    requests: int = typer.Option(200, min=1, help="Timed requests (after 5 untimed)."),
    clients: int = typer.Option(0, "--clients", min=0, help="Concurrent clients mixing /events, /alerts, timelines, "
                                                              "/search and /health against `attache serve` (0: one route, one client)."),
    seconds: float = typer.Option(30.0, "--seconds", min=1, help="How long the concurrent clients run."),
    db: Optional[str] = DbOpt,
) -> None:
    """Latency of the API on a real uvicorn on 127.0.0.1: one route (p50, p95, max), or with --clients a mixed load
    (p50/p95/p99 per route and errors)."""
    from .bench import bench_api
    from .store import default_db

    location = default_db(_db(ctx, db))
    if not Path(location).exists():
        fail(f"{location} does not exist (build one with scripts/synth_events.py or attache analyze)")
    if clients:
        from .bench import bench_api_load

        try:
            result = bench_api_load(location, clients=clients, seconds=seconds)
        except RuntimeError as exc:
            fail(str(exc))
        table = Table(title=f"bench api: {clients} clients for {result['seconds']} s on {result['events']} events", header_style="bold")
        for c in ("route", "requests", "p50_ms", "p95_ms", "p99_ms", "max_ms", "errors"):
            table.add_column(c, justify="right")
        for route, r in result["routes"].items():
            table.add_row(route, *(str(r[c]) for c in ("requests", "p50_ms", "p95_ms", "p99_ms", "max_ms", "errors")))
        out.print(table)
        out.print(f"{result['requests_per_s']} requests/s; targets: {result['targets_met']}; {result['machine']}", markup=False)
        sys.stdout.write(json.dumps(result) + "\n")
        return
    try:
        result = bench_api(location, path, requests)
    except RuntimeError as exc:
        fail(str(exc))
    out.print(f"GET {path}: p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, max {result['max_ms']} ms over {result['requests']} "
              f"requests; {result['machine']}", markup=False)
    sys.stdout.write(json.dumps(result) + "\n")


@bench_app.command("stories")
def bench_stories_cmd(
    data: Path = typer.Option(..., "--data", help="Any file or folder attache can ingest (repeated with perturbations)."),
    sizes: str = typer.Option("1000,3000,10000", help="Comma-separated article counts to report at."),
) -> None:
    """Incremental story clustering: time, candidates scored per article and peak RSS at each size."""
    from .bench import bench_stories

    try:
        wanted = tuple(sorted({int(x) for x in sizes.split(",") if x.strip()}))
    except ValueError:
        raise UsageError(f"--sizes must be numbers separated by commas, got {sizes!r}") from None
    if not wanted or wanted[0] < 1:
        raise UsageError("--sizes needs at least one positive number")
    result = bench_stories(data, wanted)
    table = Table(title=f"bench stories on {data}", header_style="bold")
    cols = ("docs", "seconds", "features_seconds", "ms_per_article_last_1000", "stories", "active_stories", "vectors_held",
            "scored_per_doc", "peak_rss_mb")
    for c in cols:
        table.add_column(c, justify="right")
    for p in result["points"]:
        table.add_row(*(str(p[c]) for c in cols))
    out.print(table)
    out.print(f"window: stories {result['window_days']} days behind the newest date are retired; refine of the last stream: "
              f"{result['refine_seconds']} s ({result['moved']} moved); {result['machine']}", markup=False)
    sys.stdout.write(json.dumps(result) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app and turn every error into one line and an exit code."""
    try:
        rc = app(args=argv, prog_name="attache", standalone_mode=False)
        return rc if isinstance(rc, int) else 0
    except typer.Exit as exc:
        return exc.exit_code
    except UsageError as exc:
        err.print(f"usage error: {exc}", markup=False)
        return 2
    except StoreError as exc:
        err.print(f"error: {exc}", markup=False)
        return 1
    except KeyboardInterrupt:
        err.print("interrupted; everything stored before this point is kept", markup=False)
        return 130
    except Exception as exc:  # the CLI library's usage errors, and anything unexpected
        if hasattr(exc, "show") and isinstance(getattr(exc, "exit_code", None), int):
            exc.show(file=sys.stderr)  # usage errors (exit 2) and other CLI errors
            return exc.exit_code
        if type(exc).__name__ == "Abort":
            return 1
        err.print(f"error: {type(exc).__name__}: {exc}", markup=False)
        return 1
    return 0


def run() -> None:  # console_scripts entry point
    sys.exit(main())


if __name__ == "__main__":
    run()
