"""Commands that write: ingest, analyze, demo, watch, load."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import (
    BarColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)

from ..store import StoreError, default_db, open_store
from .common import (
    DbOpt,
    DocFmtOpt,
    DocFormat,
    Document,
    Inputs,
    UsageError,
    app,
    db_of,
    emit_document,
    err,
    fail,
    grouped,
    out,
)

DEMO_FOCUS = ("Pakistan", "Ukraine", "China", "Iran")  # the demo's default subjects, after the seeds


class Stages:
    """Progress of the pipeline's stages on stderr (a terminal only): a bar for the bytes read (``show_ingest``), one
    for the articles analysed, a spinner while stories are placed; all in one live display."""

    def __init__(self, command: str, *, show_ingest: bool = True, show: bool | None = None) -> None:
        self.command = command
        self.enabled = err.is_terminal if show is None else show
        self.show_ingest = show_ingest and self.enabled
        self.bar = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            TextColumn("{task.fields[amount]}"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[current]}", style="dim"),
            console=err,
            transient=True,
            disable=not self.enabled,
        )
        self.tasks: dict[str, Any] = {}

    def __enter__(self) -> Stages:
        self.bar.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.bar.__exit__(*exc)

    def read(self, plan: Any) -> Callable[[int, str], None] | None:
        """The ingest stage's progress: bytes of ``plan`` read, and the file being read."""
        if not self.show_ingest:
            return None
        task = self.bar.add_task(self.command, total=plan.total_bytes or None, amount="", current="")

        def advance(n: int, uri: str) -> None:
            done = self.bar.tasks[task].completed + n
            total = self.bar.tasks[task].total
            self.bar.update(
                task,
                completed=done,
                current=Path(uri.split(":")[0]).name[-40:],
                amount=f"{done / 1e6:.1f}/{total / 1e6:.1f} MB" if total else f"{done / 1e6:.1f} MB",
            )

        return advance

    def analysed(self, n: int, total: int) -> None:
        """The analysis stage's progress: ``n`` more articles saved of ``total``."""
        if "analyze" not in self.tasks:
            self.tasks["analyze"] = self.bar.add_task("analyze", total=total, amount="", current="")
        task = self.tasks["analyze"]
        done = self.bar.tasks[task].completed + n
        self.bar.update(task, completed=done, amount=f"{done}/{total} articles")

    @contextmanager
    def status(self, stage: str) -> Iterator[None]:
        """A spinner-like line while a stage without a count runs (stories)."""
        if stage != "stories" or not self.enabled:
            yield
            return
        task = self.bar.add_task("stories", total=None, amount="", current="")
        try:
            yield
        finally:
            self.bar.remove_task(task)


def plan_of(paths: list[str], overrides: dict[str, str]) -> Any:
    from ..sources import plan_inputs

    plan = plan_inputs(paths)
    if ("url" in overrides or "title" in overrides) and (len(plan.files) + int(plan.stdin)) > 1:
        raise UsageError("--url and --title describe a single document: give exactly one input file")
    return plan


def run_pipeline(
    store: Any,
    paths: list[str],
    inputs: Inputs,
    *,
    command: str,
    show_ingest: bool,
    analyse_too: bool,
    redo: bool = False,
    verbs: Sequence[Path] = (),
    workers: int = 1,
) -> Any:
    """The pipeline over ``paths`` (``pipeline.process``) with progress on a terminal; notes on skipped articles."""
    from ..pipeline import AnalyseOptions, process

    overrides = inputs.overrides()
    plan = plan_of(paths, overrides)
    if verbs:
        from ..events.verbdict import VerbDictionary

        for problem in VerbDictionary.read(list(verbs)).problems:
            err.print(f"skipped: {problem}", markup=False)
    with Stages(command, show_ingest=show_ingest) as stages, model_needed():
        done = process(
            store,
            paths,
            overrides=overrides,
            max_bytes=inputs.max_bytes(),
            plan=plan,
            command=command,
            analyse_too=analyse_too,
            analysis=AnalyseOptions(
                redo=redo,
                workers=workers,
                verbs_paths=[str(v) for v in verbs],
                progress=stages.analysed,
                status=stages.status,
            ),
            ingest_progress=stages.read(plan),
        )
    report_analysis(done)
    return done


def run_analysis(store: Any, article_ids: Sequence[str], redo: bool = False, verbs: Sequence[Path] = (), workers: int = 1) -> Any:
    """Analyse stored articles, then place them in stories (``pipeline.analyse``), with progress on a terminal."""
    from ..pipeline import analyse

    ids = list(dict.fromkeys(article_ids))
    with Stages("analyze") as stages, model_needed():
        done = analyse(
            store,
            ids,
            redo=redo,
            workers=workers,
            verbs_paths=[str(v) for v in verbs],
            progress=stages.analysed,
            status=stages.status,
        )
    report_analysis(done)
    return done


def run_stories(store: Any) -> None:
    """Place analysed articles in stories (``pipeline.place_in_stories``), a spinner on a terminal."""
    from ..pipeline import Processed, place_in_stories

    with Stages("stories") as stages:
        counts = place_in_stories(store, stages.status)
    report_analysis(Processed(stories=counts))


@contextmanager
def model_needed() -> Iterator[None]:
    """No spaCy model: one line and exit 1."""
    from ..nlp import ModelMissing

    try:
        yield
    except ModelMissing as exc:
        fail(str(exc))


def report_analysis(done: Any) -> None:
    """Notes on articles the analysis skipped, and (on a terminal) the story counts."""
    if done.analysis is not None:
        for article_id, why in done.analysis.skipped:
            err.print(f"note: {article_id}: {why}", markup=False)
        for article_id, why in done.analysis.failed:
            err.print(f"failed: {article_id}: {why}", markup=False)
    counts = done.stories
    if counts is not None and err.is_terminal:
        err.print(
            f"stories: {counts['stories']} in {counts['threads']} threads over {counts['articles']} articles "
            f"({counts['new']} new, {counts['syndicated']} copies of another)",
            markup=False,
        )


def print_summary(summary, limit: int = 100) -> None:
    out.print(f"{summary.line()}  ({summary.seconds:.1f} s)", markup=False)
    for p in summary.problems[:limit]:
        out.print(f"failed: {p.line()}", markup=False)
    if len(summary.problems) > limit:
        out.print(
            f"... {len(summary.problems) - limit} more failures: attache sql \"select uri, reason from problems where run_id = '{summary.run_id}'\"",
            markup=False,
        )
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
@grouped
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive), glob patterns, or - for stdin.")],
    inputs: Inputs,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    db: DbOpt = None,
) -> None:
    """Read documents, extract clean articles, store them (duplicates once)."""
    with open_store(db_of(ctx, db)) as store:
        summary = run_pipeline(store, paths, inputs, command="ingest", show_ingest=not quiet, analyse_too=False).ingest
    print_summary(summary)
    raise typer.Exit(ingest_exit(summary, inputs.strict))


@app.command()
@grouped
def analyze(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for stdin.")],
    document: Document,
    inputs: Inputs,
    redo: Annotated[bool, typer.Option("--redo", help="Analyse again articles analysed before.")] = False,
    db: Annotated[
        str | None, typer.Option("--db", help="Keep the results in this database (default: $ATTACHE_DB or ./attache.duckdb).")
    ] = None,
    no_store: Annotated[
        bool, typer.Option("--no-store", help="Keep nothing: analyse in memory and only print the brief.")
    ] = False,
    verbs: Annotated[
        list[Path], typer.Option("--verbs", help="PETRARCH verb-pattern dictionaries: verbs they hold are coded as they say.")
    ] = [],
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=1, max=64, help="Processes analysing in parallel (one model each).")
    ] = 1,
) -> None:
    """Ingest and run every analysis stage, then print a brief of these documents."""
    from ..report import build_brief, render

    location = ":memory:" if no_store else default_db(db_of(ctx, db))
    with open_store(location) as store:
        summary = run_pipeline(
            store,
            paths,
            inputs,
            command="analyze",
            show_ingest=False,
            analyse_too=True,
            redo=redo or bool(verbs),
            verbs=verbs,
            workers=workers,
        ).ingest
        brief = build_brief(store, summary.article_ids, summary=summary)
    document.emit(lambda fmt: render(brief, fmt))
    err.print(summary.line(), markup=False)
    for p in summary.problems:
        err.print(f"failed: {p.line()}", markup=False)
    if location != ":memory:":
        err.print(
            f"stored in {location} (next: attache events, attache stories, attache search WORDS; --no-store keeps nothing)",
            markup=False,
        )
    raise typer.Exit(ingest_exit(summary, inputs.strict))


@app.command()
def demo(
    ctx: typer.Context,
    corpus: Annotated[list[Path], typer.Option("--corpus", help="Also ingest this folder or file (repeatable).")] = [],
    fmt: DocFmtOpt = DocFormat.md,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the brief here.")] = None,
    show: Annotated[int, typer.Option(help="How many articles to show in the brief (the seeds come first).")] = 5,
    focus: Annotated[
        list[str],
        typer.Option(help="Analyse the articles most about these words after the seeds, taking them in turn (repeatable)."),
    ] = list(DEMO_FOCUS),
    analyze_limit: Annotated[
        int, typer.Option("--analyze-limit", min=0, help="Analyse at most this many articles (0: every article).")
    ] = 400,
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=1, max=64, help="Processes analysing in parallel (one model each).")
    ] = 1,
    db: Annotated[str | None, typer.Option("--db", help="Keep the results in this database (default: in memory).")] = None,
    briefs: Annotated[
        Path | None, typer.Option("--briefs", help="Also write relationship briefs (HTML) for USA–PAK and the busiest dyad here.")
    ] = None,
) -> None:
    """Analyse the built-in sample (two outlets on the April 2025 US-Pakistan call), and any --corpus."""
    from ..report import build_brief, render

    location = db_of(ctx, db) or ":memory:"
    seeds = resources.files("attache").joinpath("demo/seeds")
    with resources.as_file(seeds) as seed_dir, open_store(location) as store:
        summary = run_pipeline(
            store,
            [str(seed_dir)] + [str(c) for c in corpus],
            Inputs(max_mb=20.0),
            command="demo",
            show_ingest=True,
            analyse_too=False,
        ).ingest
        seed_ids = summary.article_ids[:2]
        focus_ids = demo_choice(store, focus, exclude=seed_ids)
        if analyze_limit == 0:
            chosen = seed_ids + [r["id"] for r in store.list_articles(limit=10**9) if r["id"] not in seed_ids]
        else:
            chosen = (seed_ids + focus_ids)[:analyze_limit]
        words = ", ".join(repr(f) for f in focus)
        err.print(
            f"analysing {len(chosen)} articles (the seeds, then those most about {words} in turn; --analyze-limit 0 for all)",
            markup=False,
        )
        run_analysis(store, chosen, workers=workers)
        brief = build_brief(store, None, summary=summary, include_articles=False)
        brief["analysis"] = {"articles": len(chosen), "focus": ", ".join(focus)}
        if show > 0:
            sub = build_brief(store, (seed_ids + focus_ids)[:show])
            brief.update(
                {
                    k: sub[k]
                    for k in ("articles", "mentions", "actors", "events", "quantities", "claims", "stories", "comparisons")
                    if k in sub
                }
            )
        written = write_briefs(store, briefs) if briefs is not None else []
    emit_document(render(brief, fmt.value), output)
    for path in written:
        err.print(f"relationship brief: {path}", markup=False)
    err.print(summary.line(), markup=False)
    if brief.get("coverage"):
        from ..report.dyad import coverage_line

        err.print(f"coverage: {coverage_line(brief['coverage'])}", markup=False)
    if location != ":memory:":
        err.print(f"database: {location}  (try: attache --db {location} articles)", markup=False)
    raise typer.Exit(ingest_exit(summary, False))


def demo_choice(store: Any, words: Sequence[str], exclude: Sequence[str] = ()) -> list[str]:
    """Article ids for the demo: for each word, the articles most about it (occurrences per 1,000 characters),
    taken from the words in turn (the first of each, then the second of each...), so that every word's
    relationships get their share of a limited analysis; repeats and ``exclude`` left out."""
    ranked = [store.articles_about(w) for w in words if w.strip()]
    seen = set(exclude)
    out: list[str] = []
    for group in itertools.zip_longest(*ranked):
        for article_id in group:
            if article_id is not None and article_id not in seen:
                seen.add(article_id)
                out.append(article_id)
    return out


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
    feeds: Annotated[list[str], typer.Argument(help="RSS or Atom feed URLs.")],
    every: Annotated[str, typer.Option(help="Time between polls (90s, 15m, 1h).")] = "15m",
    once: Annotated[bool, typer.Option("--once", help="Poll each feed once and stop.")] = False,
    analyze: Annotated[
        bool, typer.Option("--analyze/--no-analyze", help="Analyse new articles and update stories after each poll.")
    ] = True,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Allow private and loopback addresses (tests, intranets).")
    ] = False,
    allow_host: Annotated[list[str], typer.Option("--allow-host", help="Fetch only from these hosts (repeatable).")] = [],
    pause: Annotated[float, typer.Option(help="Seconds between two requests to the same host.")] = 1.0,
    max_mb: Annotated[float, typer.Option("--max-mb", help="Largest page or feed fetched, in MB.")] = 10.0,
    fetch_deadline: Annotated[
        float, typer.Option("--fetch-deadline", min=0.1, help="Most seconds one fetch (redirects included) may take.")
    ] = 60.0,
    db: DbOpt = None,
) -> None:
    """Poll feeds: new items are fetched (politely), stored, analysed; state is kept in the store.
    The database is held only while a poll reads state or writes a batch, never while fetching or sleeping."""
    from ..pipeline import watch_poll
    from ..sources.feeds import Fetcher

    wait = seconds_of(every)
    fetcher = Fetcher(
        allow_private=allow_private,
        allow_hosts=tuple(h.lower() for h in allow_host),
        per_host_seconds=pause,
        max_bytes=int(max_mb * 1024 * 1024),
        deadline=fetch_deadline,
    )
    try:
        location = default_db(db_of(ctx, db))
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
    folder: Annotated[Path, typer.Argument(help="The --output folder of 'attache spark run'.")],
    stories: Annotated[bool, typer.Option("--stories/--no-stories", help="Update stories after loading.")] = True,
    db: DbOpt = None,
) -> None:
    """Load a Spark run's Parquet tables into the store (DuckDB or PostgreSQL), then update stories."""
    from ..scale.load import LoadError
    from ..scale.load import load as load_tables

    progress = Progress(
        TextColumn("[bold]load"),
        BarColumn(),
        TextColumn("{task.completed} articles"),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )
    try:
        with open_store(db_of(ctx, db)) as store, progress:
            task = progress.add_task("load", total=None)
            summary = load_tables(store, folder, stories=stories, progress=lambda n: progress.update(task, advance=n))
    except LoadError as exc:
        fail(str(exc))
    expected = summary.manifest.get("tables", {}).get("articles")
    if expected is not None and expected != summary.articles:
        err.print(f"warning: the run's manifest counts {expected} articles, the tables hold {summary.articles}", markup=False)
    out.print(
        f"{summary.articles} articles read: {summary.new} new, {summary.duplicate} duplicate; {summary.analyses} analyses, "
        f"{summary.events} events, {summary.problems} problems recorded; {summary.stories} stories; {summary.seconds} s",
        markup=False,
    )
