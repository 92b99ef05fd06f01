"""Commands that read the store: articles, search, events, stories, threads, story, compare, show, sql, export."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Optional

import typer

from ..store import default_db, open_store
from .common import (
    FORMATS_BRIEF,
    DbOpt,
    DocFmtOpt,
    OutputOpt,
    StoryArg,
    UsageError,
    app,
    check_dates,
    db_of,
    emit,
    emit_document,
    err,
    fail,
    out,
    why_empty,
)
from .ingest import run_stories


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
    with open_store(db_of(ctx, db), read_only=True) as store:
        rows = store.list_articles(limit=limit, offset=offset, outlet=outlet, language=language, since=since,
                                   until=until, search=search)
        total = store.count()
        from ..report.dyad import coverage

        cov = coverage(store)
        why = None if rows else why_empty(store, ctx, db, "articles")
    if why:
        err.print(why, markup=False)
    cols = ["id", "outlet", "published", "language", "genre", "title"] + (["syndication_group", "origin"] if fmt != "table" else [])
    emit(cols, [[r[c] for c in cols] for r in rows], fmt)
    if fmt == "table":
        err.print(f"{len(rows)} shown of {total} stored; {cov['analysed']} of {cov['articles']} analysed", markup=False)




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
    from ..store.search import marked

    check_dates(since, until)
    if fmt not in ("table", "json", "csv"):
        raise UsageError(f"--format must be table, json or csv, got {fmt!r}")
    with open_store(db_of(ctx, db), read_only=True) as store:
        found = store.search(query, limit=limit, offset=offset, outlet=outlet, since=since, until=until, country=country)
        why = None if found["total"] else why_empty(store, ctx, db, "articles")
    if fmt == "json":
        sys.stdout.write(json.dumps(found, ensure_ascii=False, default=str) + "\n")
    else:
        cols = ["rank", "score", "id", "outlet", "published", "title", "snippet"]
        emit(cols, [[offset + i + 1, r["score"], r["id"], r["outlet"], r["published"], r["title"],
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
    from ..report.brief import event_json

    check_dates(since, until)
    if dyad and len(dyad) != 2:
        raise UsageError("--dyad takes two actors: --dyad USA --dyad PAK")
    with open_store(db_of(ctx, db), read_only=True) as store:
        rows = store.find_events(dyad=dyad, directed=directed, actor=actor, plover_type=plover, domain=domain, limit=limit,
                                 factuality=factuality, include_all=all_, since=since, until=until, outlet=outlet)
        if not rows:
            err.print(why_empty(store, ctx, db, "events"), markup=False)
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
    emit(cols, [[r[c] for c in cols] for r in rows], fmt)
    if fmt == "table":
        err.print(f"{len(rows)} events shown (negated and hypothetical ones only with --all)", markup=False)




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
    check_dates(since, until)
    with open_store(db_of(ctx, db), read_only=not rebuild) as store:
        if rebuild:
            run_stories(store)
        rows = store.list_stories(since=since, until=until, actor=actor, limit=limit, min_size=min_size)
        why = None if rows else why_empty(store, ctx, db, "stories")
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    cols = ["id", "thread", "start", "end", "size", "sources", "outlets", "actors", "title"]
    emit(cols, [[r["id"], r.get("thread_id"), r["start"], r["end"], r["size"], r.get("sources"), ", ".join(r["outlets"] or []),
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
    check_dates(since, until)
    with open_store(db_of(ctx, db), read_only=not rebuild) as store:
        if rebuild:
            run_stories(store)
        rows = store.list_threads(since=since, until=until, limit=limit, min_size=min_size)
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    cols = ["id", "start", "end", "stories", "articles", "title"]
    emit(cols, [[r["id"], r["start"], r["end"], r["size"], r["articles"], r["title"]] for r in rows], fmt)
    if fmt == "table" and not rows:
        err.print("no threads: run `attache analyze` or `attache stories --update`", markup=False)




def story_or_fail(store, story_id: str, fmt: str) -> dict:
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
    from ..report.stories import render_story

    with open_store(db_of(ctx, db), read_only=True) as store:
        st = story_or_fail(store, story_id, fmt)
        facts = store.facts_of(st["articles"])
        members = []
        for a in st["articles"]:
            art = store.get_article(a)
            members.append({"id": art.id, "outlet": art.outlet, "title": art.title, "published": art.published, "url": art.url,
                            "genre": (facts.get(a) or {}).get("genre")})
        st["members"] = sorted(members, key=lambda m: (m["published"] or "9999", m["id"]))
    emit_document(render_story(st, fmt), output)


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
    from ..report.stories import render_comparison
    from ..stories.compare import compare as compare_story

    with open_store(db_of(ctx, db), read_only=True) as store:
        story_or_fail(store, story_id, fmt)
        result = compare_story(store, story_id)
    emit_document(render_comparison(result, fmt, show_all), output)


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
    with open_store(db_of(ctx, db), read_only=True) as store:
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
    from ..store.sandbox import run_sql

    result = run_sql(db_of(ctx, db), query, timeout=timeout, max_rows=max_rows)
    for note in result.notes:
        err.print(f"note: {note}", markup=False)
    emit(result.columns, [list(r) for r in result.rows], fmt)
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

    from ..store import is_server

    if fmt != "gdelt" and _re.match(r"\s*\(?\s*(select|with|from)\b", table, _re.I) and not is_server(default_db(db_of(ctx, db))):
        from ..store.sandbox import (
            export_select,  # a user's SELECT: sandboxed, may write only the output file
        )

        n = export_select(db_of(ctx, db), table, fmt, str(output))
        out.print(f"wrote {n} rows to {output}", markup=False)
        return
    with open_store(db_of(ctx, db), read_only=True) as store:
        if fmt == "gdelt":
            from ..report.gdelt import write_gdelt

            n = write_gdelt(store.events_of(None), output)
            if n == 0:
                err.print(why_empty(store, ctx, db, "events"), markup=False)
        else:
            n = store.export(table, fmt, output)
    out.print(f"wrote {n} rows to {output}", markup=False)


