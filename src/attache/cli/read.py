"""Commands that read the store: articles, search, events, stories, threads, story, compare, show, sql, export."""

from __future__ import annotations

import json
import re
import sys
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from ..events.ontology import FACTUALITIES
from ..model import ListFilter
from ..store import default_db, open_store
from .common import (
    ArticleArg,
    DbOpt,
    Document,
    LimitOpt,
    ListFmtOpt,
    ListFormat,
    ShowFmtOpt,
    ShowFormat,
    SinceOpt,
    StoryArg,
    UntilOpt,
    UsageError,
    WideOpt,
    app,
    check_choice,
    check_dates,
    check_type,
    db_of,
    domains,
    emit,
    err,
    fail,
    grouped,
    names_for,
    out,
    resolve,
    why_empty,
)
from .ingest import run_stories

OutletFilterOpt = Annotated[str | None, typer.Option(help="Only this outlet (name, alias or web domain).")]


# the events table's headers (CSV and JSON keep the column names)
EVENT_LABELS = {
    "event_date": "date",
    "source_name": "source",
    "source_country": "src",
    "plover_type": "type",
    "plover_mode": "mode",
    "cameo_code": "cameo",
    "target_name": "target",
    "target_country": "tgt",
    "trigger_text": "trigger",
}


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"
    gdelt = "gdelt"


@app.command()
def articles(
    ctx: typer.Context,
    limit: LimitOpt = 20,
    offset: Annotated[int, typer.Option(min=0, help="Rows to skip.")] = 0,
    outlet: OutletFilterOpt = None,
    language: Annotated[str | None, typer.Option(help="Only this language (ISO 639-1).")] = None,
    since: Annotated[str | None, typer.Option(help="Published on or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Published on or before (YYYY-MM-DD).")] = None,
    search: Annotated[str | None, typer.Option("--search", "-s", help="Text in title or body.")] = None,
    fmt: ListFmtOpt = ListFormat.table,
    wide: WideOpt = False,
    db: DbOpt = None,
) -> None:
    """List stored articles: id, outlet, published, genre, title."""
    check_dates(since, until)
    with open_store(db_of(ctx, db), read_only=True) as store:
        outlet = resolve(names_for(store), "outlet", outlet, "--outlet", store)
        f = ListFilter(outlet=outlet, language=language, since=since, until=until, q=search)
        rows = store.list_articles(f, limit=limit, offset=offset)
        total = store.count()
        from ..report.dyad import coverage

        cov = coverage(store)
        why = None if rows else why_empty(store, ctx, db, "articles")
    if why:
        err.print(why, markup=False)
    cols = ["id", "outlet", "published", "language", "genre", "title"] + (
        ["syndication_group", "origin"] if fmt != "table" else []
    )
    emit(rows, fmt, cols, wide=wide)
    if fmt == "table":
        err.print(f"{len(rows)} shown of {total} stored; {cov['analysed']} of {cov['articles']} analysed", markup=False)


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[
        str, typer.Argument(help="Words to find in titles and texts (ranked: articles with more of them first, then BM25).")
    ],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Results to show.")] = 10,
    offset: Annotated[int, typer.Option(min=0, help="Results to skip (paging).")] = 0,
    outlet: OutletFilterOpt = None,
    since: Annotated[str | None, typer.Option(help="Published on or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Published on or before (YYYY-MM-DD).")] = None,
    country: Annotated[
        str | None, typer.Option(help="Only articles mentioning this country (name or code: Pakistan, PAK).")
    ] = None,
    fmt: Annotated[
        ListFormat,
        typer.Option(
            "--format", "-f", case_sensitive=False, help="table, json (results and facets), jsonl (one result a line) or csv."
        ),
    ] = ListFormat.table,
    wide: WideOpt = False,
    db: DbOpt = None,
) -> None:
    """Full-text search over titles and texts: ranked, with a snippet around the hits and facets (outlet, month, country)."""
    check_dates(since, until)
    with open_store(db_of(ctx, db), read_only=True) as store:
        names = names_for(store)
        outlet = resolve(names, "outlet", outlet, "--outlet", store)
        country = resolve(names, "country", country, "--country", store)
        f = ListFilter(since=since, until=until, outlet=outlet, country=country)
        found = store.search(query, f, limit=limit, offset=offset)
        why = None if found["total"] else why_empty(store, ctx, db, "articles")
    if fmt == "json":
        sys.stdout.write(json.dumps(found, ensure_ascii=False, default=str) + "\n")
    else:
        emit_results(found["results"], fmt, offset, wide)
    search_notes(query, found, why, fmt)


def emit_results(results: list[dict], fmt: ListFormat, offset: int, wide: bool) -> None:
    """Search results as rows: rank, score, the article, and its snippet with the hits marked."""
    from ..store.search import marked

    rows = [
        {
            "rank": offset + i + 1,
            "score": r["score"],
            "id": r["id"],
            "outlet": r["outlet"],
            "published": r["published"],
            "title": r["title"],
            "snippet": marked(
                {
                    "text": r["snippet"],
                    "start": r["snippet_start"],
                    "end": r["snippet_end"],
                    "hits": r["highlights"],
                    "more": False,
                }
            ),
        }
        for i, r in enumerate(results)
    ]
    emit(
        rows,
        fmt,
        ["rank", "score", "id", "outlet", "published", "title", "snippet"],
        wide=wide,
        wrap=["snippet"],
        records=[{"rank": offset + i + 1, **r} for i, r in enumerate(results)],
    )


def search_notes(query: str, found: dict, why: str | None, fmt: ListFormat) -> None:
    """On stderr: why nothing was found, or (table) how many and the facets; articles not yet indexed."""
    if not found["terms"]:
        err.print(f"nothing to search for in {query!r}: give words that are not stop words", markup=False)
    elif why:
        err.print(
            why
            if not why.endswith("match these filters")
            else f"no article holds {' or '.join(found['terms'])} (with these filters)",
            markup=False,
        )
    elif fmt == "table":
        facets = "; ".join(
            f"{name}: " + ", ".join(f"{f['value']} {f['count']}" for f in found["facets"][name][:6])
            for name in ("outlet", "month", "country")
            if found["facets"][name]
        )
        err.print(f"{len(found['results'])} shown of {found['total']} matching articles. {facets}", markup=False)
    if found["unindexed"]:
        err.print(
            f"note: {found['unindexed']} stored articles are not in the search index yet; opening the database for writing "
            "(e.g. `attache ingest`) indexes them",
            markup=False,
        )


@app.command()
def events(
    ctx: typer.Context,
    dyad: Annotated[
        list[str] | None,
        typer.Option("--dyad", help="Two actors or countries by name or code (give the option twice): events between them."),
    ] = None,
    directed: Annotated[bool, typer.Option(help="With --dyad: only from the first to the second.")] = False,
    actor: Annotated[
        str | None, typer.Option(help="Events with this actor or country on either side (name, alias or code).")
    ] = None,
    plover: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. CONSULT.")] = None,
    domain: Annotated[
        str | None, typer.Option(help="security, military, trade, resources, diplomacy, multilateral, migration, ...")
    ] = None,
    factuality: Annotated[
        str | None, typer.Option(help="asserted, reported, planned, negated, hypothetical, demanded, question.")
    ] = None,
    all_: Annotated[
        bool, typer.Option("--all", help="Include negated, hypothetical and question events (left out by default).")
    ] = False,
    since: SinceOpt = None,
    until: UntilOpt = None,
    outlet: Annotated[str | None, typer.Option(help="Only events reported by this outlet (name, alias or web domain).")] = None,
    limit: LimitOpt = 50,
    fmt: ListFmtOpt = ListFormat.table,
    wide: WideOpt = False,
    db: DbOpt = None,
) -> None:
    """List coded events: who did what to whom, when, with the sentence behind each."""
    from ..report.brief import event_json

    check_dates(since, until)
    if dyad and len(dyad) != 2:
        raise UsageError("--dyad takes two actors: --dyad USA --dyad PAK")
    plover = check_type(plover)
    domain = check_choice("--domain", domain, domains())
    factuality = check_choice("--factuality", factuality, FACTUALITIES)
    with open_store(db_of(ctx, db), read_only=True) as store:
        names = names_for(store)
        actor = resolve(names, "actor", actor, "--actor", store)
        dyad = [resolve(names, "actor", d, "--dyad", store) for d in dyad] if dyad else dyad
        outlet = resolve(names, "outlet", outlet, "--outlet", store)
        f = ListFilter(since=since, until=until, actor=actor, outlet=outlet, domain=domain, factuality=factuality)
        f = ListFilter.of(f, dyad=dyad, directed=directed, plover_type=plover, include_all=all_)
        rows = store.find_events(f, limit=limit)
        if not rows:
            err.print(why_empty(store, ctx, db, "events"), markup=False)
        texts = {}
        if fmt in ("json", "jsonl"):
            for aid in {r["article_id"] for r in rows[:limit]}:
                texts[aid] = store.get_article(aid).text
    rows = rows[:limit]
    cols = [
        "event_date",
        "source_name",
        "source_country",
        "plover_type",
        "plover_mode",
        "cameo_code",
        "target_name",
        "target_country",
        "factuality",
        "domain",
        "trigger_text",
        "outlet",
        "id",
    ]
    records = [event_json(r, texts.get(r["article_id"])) for r in rows] if fmt in ("json", "jsonl") else None
    emit(rows, fmt, cols, wide=wide, records=records, labels=EVENT_LABELS)
    if fmt == "table":
        err.print(f"{len(rows)} events shown (negated, hypothetical and question ones only with --all)", markup=False)


def story_groups(
    ctx: typer.Context,
    since: SinceOpt = None,
    until: UntilOpt = None,
    actor: Annotated[str | None, typer.Option(help="Whose main actors include this country (name or code).")] = None,
    min_size: Annotated[
        int, typer.Option("--min-size", min=1, help="At least this many members (a story's articles, a thread's stories).")
    ] = 1,
    rebuild: Annotated[bool, typer.Option("--update", help="Place analysed articles not yet in a story first.")] = False,
    limit: LimitOpt = 50,
    fmt: ListFmtOpt = ListFormat.table,
    wide: WideOpt = False,
    db: DbOpt = None,
) -> None:
    """``attache stories`` and ``attache threads``: one command body, told apart by the name it was called by."""
    kind = ctx.info_name or "stories"
    check_dates(since, until)
    with open_store(db_of(ctx, db), read_only=not rebuild) as store:
        f = ListFilter(since=since, until=until, country=resolve(names_for(store), "country", actor, "--actor", store))
        if rebuild:
            run_stories(store)
        if kind == "threads":
            rows = [t.to_dict() for t in store.threads(replace(f, min_size=min_size), limit=limit)]
            table = [{**r, "stories": r["size"]} for r in rows]
            cols = ["id", "start", "end", "stories", "articles", "title"]
        else:
            rows = [st.to_dict() for st in store.stories(replace(f, min_size=min_size), limit=limit)]
            table = [
                {
                    **r,
                    "thread": r.get("thread_id"),
                    "outlets": ", ".join(r["outlets"] or []),
                    "actors": " ".join((r["actors"] or [])[:4]),
                }
                for r in rows
            ]
            cols = ["id", "thread", "start", "end", "size", "sources", "outlets", "actors", "title"]
        why = None if rows else why_empty(store, ctx, db, kind)
    emit(table, fmt, cols, wide=wide, records=rows)
    if why:
        err.print(why if not why.endswith("match these filters") else why + " (or run `attache stories --update`)", markup=False)


app.command("stories", help="List stories: title, span of dates, outlets, size.")(story_groups)
app.command("threads", help="List threads (related stories): title, span of dates, stories and articles.")(story_groups)


def story_or_fail(store: Any, story_id: str) -> dict:
    story = store.get_story(story_id)
    if story is None:
        fail(f"no story {story_id!r}: `attache stories` lists them")
    return story


@app.command()
@grouped
def story(ctx: typer.Context, story_id: StoryArg, document: Document, db: DbOpt = None) -> None:
    """One story: members, main event (5W1H), timeline of its articles, summary."""
    from ..report.stories import render_story

    with open_store(db_of(ctx, db), read_only=True) as store:
        st = story_or_fail(store, story_id)
        facts = store.facts_of(st["articles"])
        members = []
        for a in st["articles"]:
            art = store.get_article(a)
            members.append(
                {
                    "id": art.id,
                    "outlet": art.outlet,
                    "title": art.title,
                    "published": art.published,
                    "url": art.url,
                    "genre": (facts.get(a) or {}).get("genre"),
                }
            )
        st["members"] = sorted(members, key=lambda m: (m["published"] or "9999", m["id"]))
    document.emit(lambda fmt: render_story(st, fmt))


@app.command()
@grouped
def compare(
    ctx: typer.Context,
    story_id: StoryArg,
    document: Document,
    show_all: Annotated[
        bool, typer.Option("--all", help="Every item of every section (default: about a screenful each).")
    ] = False,
    db: DbOpt = None,
) -> None:
    """How the outlets of a story agree, differ, conflict and frame it; every line cited."""
    from ..report.stories import render_comparison
    from ..stories.compare import compare as compare_story

    with open_store(db_of(ctx, db), read_only=True) as store:
        story_or_fail(store, story_id)
        result = compare_story(store, story_id)
    if result is None:
        fail(f"story {story_id} has no comparison")
    document.emit(lambda fmt: render_comparison(result, fmt, show_all))


@app.command()
def show(
    ctx: typer.Context,
    article_id: ArticleArg,
    fmt: ShowFmtOpt = ShowFormat.md,
    db: DbOpt = None,
) -> None:
    """Show one article: metadata, sections and clean text."""
    from ..report.text import article_markdown

    with open_store(db_of(ctx, db), read_only=True) as store:
        article = store.get_article(article_id)
    if fmt == ShowFormat.json:
        sys.stdout.write(json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    sys.stdout.write(article_markdown(article))


@app.command()
def sql(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="SQL to run read-only (tables: articles, runs, problems, ...).")],
    fmt: ListFmtOpt = ListFormat.table,
    wide: WideOpt = False,
    timeout: Annotated[float, typer.Option("--timeout", help="Stop the query after this many seconds.")] = 30.0,
    max_rows: Annotated[int, typer.Option("--max-rows", min=1, help="Print at most this many rows.")] = 100_000,
    db: DbOpt = None,
) -> None:
    """Run read-only SQL against the store (sandboxed: no files, no extensions, no settings; time limit)."""
    from ..store.sandbox import run_sql

    result = run_sql(default_db(db_of(ctx, db)), query, timeout=timeout, max_rows=max_rows)
    for note in result.notes:
        err.print(f"note: {note}", markup=False)
    emit([list(r) for r in result.rows], fmt, result.columns, wide=wide)
    if result.truncated:
        err.print(
            f"note: only the first {max_rows} rows are shown (--max-rows); add LIMIT/OFFSET, or use 'attache export'",
            markup=False,
        )


@app.command()
def export(
    ctx: typer.Context,
    table: Annotated[str, typer.Argument(help="Table name (articles, problems, runs) or a SELECT.")],
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format", "-f", case_sensitive=False, help="parquet, csv, jsonl, or gdelt (events only: GDELT 2.0 Events TSV)."
        ),
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    db: DbOpt = None,
) -> None:
    """Export a table or query to Parquet, CSV or JSON Lines; events also as GDELT 2.0 rows."""
    if fmt == ExportFormat.gdelt and table != "events":
        raise UsageError("--format gdelt exports the events table only")
    if not output.parent.exists():
        fail(f"folder {output.parent} does not exist")
    from ..store import is_server

    if (
        fmt != ExportFormat.gdelt
        and re.match(r"\s*\(?\s*(select|with|from)\b", table, re.I)
        and not is_server(default_db(db_of(ctx, db)))
    ):
        from ..store.sandbox import (
            export_select,  # a user's SELECT: sandboxed, may write only the output file
        )

        n = export_select(default_db(db_of(ctx, db)), table, fmt.value, str(output))
        out.print(f"wrote {n} rows to {output}", markup=False)
        return
    with open_store(db_of(ctx, db), read_only=True) as store:
        if fmt == ExportFormat.gdelt:
            from ..report.gdelt import write_gdelt

            n = write_gdelt(store.events_of(None), output)
            if n == 0:
                err.print(why_empty(store, ctx, db, "events"), markup=False)
        else:
            n = store.export(table, fmt.value, output)
    out.print(f"wrote {n} rows to {output}", markup=False)
