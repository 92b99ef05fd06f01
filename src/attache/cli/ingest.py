"""Commands that write: ingest, analyze, demo, watch, load."""

from __future__ import annotations

import time
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Optional

import typer
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)

from ..store import StoreError, default_db, open_store
from .common import (
    FORMATS_BRIEF,
    AuthorOpt,
    DbOpt,
    MaxMbOpt,
    OutletOpt,
    PublishedOpt,
    StrictOpt,
    TitleOpt,
    UrlOpt,
    UsageError,
    app,
    db_of,
    emit_document,
    err,
    fail,
    out,
)


def overrides_of(outlet, published, url, title, author) -> dict[str, str]:
    return {k: v for k, v in dict(outlet=outlet, published=published, url=url, title=title, author=author).items() if v}


def run_ingest(store, paths: list[str], overrides: dict[str, str], max_mb: float | None, quiet: bool, command: str):
    from ..pipeline import ingest
    from ..sources import plan_inputs

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


def run_analysis(store, article_ids: list[str], redo: bool = False, verbs: Sequence[Path] = (), workers: int = 1):
    """The analysis stages over stored articles, with a progress bar on a terminal."""
    from ..analysis import analyze_stored
    from ..events.verbdict import VerbDictionary
    from ..nlp import ModelMissing

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
    run_stories(store)
    return result


def run_stories(store) -> None:
    """Place analysed articles in stories (a replay of the stored ones, then the new ones)."""
    from ..stories.build import update_stories

    with err.status("stories", spinner="dots") if err.is_terminal else nothing():
        counts = update_stories(store)
    if err.is_terminal:
        err.print(f"stories: {counts['stories']} in {counts['threads']} threads over {counts['articles']} articles "
                  f"({counts['new']} new, {counts['syndicated']} copies of another)", markup=False)


class nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def print_summary(summary, limit: int = 100) -> None:
    out.print(f"{summary.line()}  ({summary.seconds:.1f} s)", markup=False)
    for p in summary.problems[:limit]:
        out.print(f"failed: {p.line()}", markup=False)
    if len(summary.problems) > limit:
        out.print(f"... {len(summary.problems) - limit} more failures: attache sql \"select uri, reason from problems where run_id = '{summary.run_id}'\"", markup=False)
    for w in summary.warnings[:20]:
        out.print(f"warning: {w}", markup=False)
    if len(summary.warnings) > 20:
        out.print(f"... {len(summary.warnings) - 20} more warnings", markup=False)


def ingest_exit(summary, strict: bool) -> int:
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
    with open_store(db_of(ctx, db)) as store:
        summary = run_ingest(store, paths, overrides_of(outlet, published, url, title, author), max_mb, quiet, "ingest")
    print_summary(summary)
    raise typer.Exit(ingest_exit(summary, strict))


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
    from ..report import build_brief, render

    location = ":memory:" if no_store else default_db(db_of(ctx, db))
    with open_store(location) as store:
        summary = run_ingest(store, paths, overrides_of(outlet, published, url, title, author), max_mb, True, "analyze")
        run_analysis(store, summary.article_ids, redo or bool(verbs), verbs, workers)
        brief = build_brief(store, summary.article_ids, summary=summary)
    emit_document(render(brief, fmt), output)
    err.print(summary.line(), markup=False)
    for p in summary.problems:
        err.print(f"failed: {p.line()}", markup=False)
    if location != ":memory:":
        err.print(f"stored in {location} (next: attache events, attache stories, attache search WORDS; --no-store keeps nothing)",
                  markup=False)
    raise typer.Exit(ingest_exit(summary, strict))




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
    from ..report import build_brief, render

    location = db_of(ctx, db) or ":memory:"
    seeds = resources.files("attache").joinpath("demo/seeds")
    with resources.as_file(seeds) as seed_dir, open_store(location) as store:
        summary = run_ingest(store, [str(seed_dir)] + [str(c) for c in corpus], {}, 20.0, False, "demo")
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
        run_analysis(store, chosen)
        brief = build_brief(store, None, summary=summary, include_articles=False)
        brief["analysis"] = {"articles": len(chosen), "focus": focus}
        if show > 0:
            sub = build_brief(store, (seed_ids + focus_ids)[:show])
            brief.update({k: sub[k] for k in ("articles", "mentions", "actors", "events", "quantities", "claims", "stories", "comparisons")
                          if k in sub})
        written = write_briefs(store, briefs) if briefs is not None else []
    emit_document(render(brief, fmt), output)
    for path in written:
        err.print(f"relationship brief: {path}", markup=False)
    err.print(summary.line(), markup=False)
    if brief.get("coverage"):
        from ..report.dyad import coverage_line

        err.print(f"coverage: {coverage_line(brief['coverage'])}", markup=False)
    if location != ":memory:":
        err.print(f"database: {location}  (try: attache --db {location} articles)", markup=False)
    raise typer.Exit(ingest_exit(summary, False))


def write_briefs(store, folder: Path) -> list[Path]:
    """HTML briefs for USA–PAK and the busiest dyad of the store, in ``folder``."""
    from ..relations import busiest_dyads
    from ..report.dyad import build_dyad_brief, render_dyad_brief

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




def seconds_of(text: str) -> float:
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
    from ..pipeline import watch_poll
    from ..sources.feeds import Fetcher

    wait = seconds_of(every)
    fetcher = Fetcher(allow_private=allow_private, allow_hosts=tuple(h.lower() for h in allow_host), per_host_seconds=pause,
                      max_bytes=int(max_mb * 1024 * 1024), deadline=fetch_deadline)
    try:
        location = db_of(ctx, db)
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
                            run_analysis(store, backlog)
                        elif store.unplaced_count():
                            run_stories(store)
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




@app.command()
def load(
    ctx: typer.Context,
    folder: Path = typer.Argument(..., help="The --output folder of 'attache spark run'."),
    stories: bool = typer.Option(True, "--stories/--no-stories", help="Update stories after loading."),
    db: Optional[str] = DbOpt,
) -> None:
    """Load a Spark run's Parquet tables into the store (DuckDB or PostgreSQL), then update stories."""
    from ..scale.load import LoadError
    from ..scale.load import load as load_tables

    progress = Progress(TextColumn("[bold]load"), BarColumn(), TextColumn("{task.completed} articles"), console=err,
                        transient=True, disable=not err.is_terminal)
    try:
        with open_store(db_of(ctx, db)) as store, progress:
            task = progress.add_task("load", total=None)
            summary = load_tables(store, folder, stories=stories, progress=lambda n: progress.update(task, advance=n))
    except LoadError as exc:
        fail(str(exc))
    expected = summary.manifest.get("tables", {}).get("articles")
    if expected is not None and expected != summary.articles:
        err.print(f"warning: the run's manifest counts {expected} articles, the tables hold {summary.articles}", markup=False)
    out.print(f"{summary.articles} articles read: {summary.new} new, {summary.duplicate} duplicate; {summary.analyses} analyses, "
              f"{summary.events} events, {summary.problems} problems recorded; {summary.stories} stories; {summary.seconds} s", markup=False)


