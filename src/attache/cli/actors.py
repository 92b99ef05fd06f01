"""The actor knowledge base: actors list, search, show, import, remove."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from ..store import default_db, open_store
from .common import (
    DbOpt,
    ListFmtOpt,
    ListFormat,
    UsageError,
    WideOpt,
    actors_app,
    db_of,
    emit,
    err,
    fail,
    out,
    resolve,
)
from .output import ShowFormat

COLUMNS = ["id", "name", "kind", "country", "sector", "roles", "source"]


class ImportFormat(str, Enum):
    auto = "auto"
    petrarch = "petrarch"
    csv = "csv"
    jsonl = "jsonl"


def knowledge_base(ctx: typer.Context, db: str | None):
    """Shipped actors plus those imported into the database (when there is one)."""
    from ..actors.kb import load_kb

    location = db_of(ctx, db)
    path = default_db(location)
    if path != ":memory:" and not Path(path).exists():
        return load_kb()
    with open_store(location, read_only=True) as store:
        return load_kb(store.load_actors())


def actor_rows(actors) -> list[list[Any]]:
    return [
        [
            a.id,
            a.name,
            a.kind,
            a.country or "",
            a.sector or "",
            "; ".join(f"{r.title} ({r.start or '…'}–{r.end or ''})" for r in a.roles[:3]),
            a.source,
        ]
        for a in actors
    ]


@actors_app.command("list")
def actors_list(
    ctx: typer.Context,
    kind: Annotated[str | None, typer.Option(help="country, person, igo, group, institution, ngo, imported.")] = None,
    country: Annotated[str | None, typer.Option(help="A country by name or code (Pakistan, PAK).")] = None,
    source: Annotated[str | None, typer.Option(help="Only actors from this source (e.g. import:my.csv).")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1)] = 50,
    fmt: ListFmtOpt = ListFormat.table,
    wide: WideOpt = False,
    db: DbOpt = None,
) -> None:
    """List actors of the knowledge base (shipped and imported)."""
    kb = knowledge_base(ctx, db)
    if country:
        from ..actors.names import Names

        country = resolve(Names(kb), "country", country, "--country")
    chosen = [
        a
        for a in kb.actors.values()
        if (not kind or a.kind == kind) and (not country or a.country == country.upper()) and (not source or a.source == source)
    ]
    chosen.sort(key=lambda a: a.id)
    emit(actor_rows(chosen[:limit]), fmt, COLUMNS, wide=wide)
    if fmt == "table":
        err.print(f"{min(limit, len(chosen))} shown of {len(chosen)} (knowledge base: {len(kb)} actors)", markup=False)


@actors_app.command("search")
def actors_search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="Part of a name, alias, adjective, capital or id.")],
    fmt: ListFmtOpt = ListFormat.table,
    wide: WideOpt = False,
    db: DbOpt = None,
) -> None:
    """Find actors by name, alias, demonym, capital or id."""
    found = knowledge_base(ctx, db).search(query)
    emit(actor_rows(found), fmt, COLUMNS, wide=wide)
    if not found:
        err.print(f"no actor matches {query!r}", markup=False)
        raise typer.Exit(1)


@actors_app.command("show")
def actors_show(
    ctx: typer.Context,
    actor_id: Annotated[str, typer.Argument(help="Actor id, e.g. USA.GOV.rubio-marco, PAK, IGO.unsc.")],
    fmt: Annotated[ShowFormat, typer.Option("--format", "-f", case_sensitive=False, help="md or json.")] = ShowFormat.md,
    db: DbOpt = None,
) -> None:
    """One actor: roles with validity dates, aliases, source."""
    from ..actors.names import AmbiguousName, Names, UnknownName
    from ..report.text import actor_markdown

    kb = knowledge_base(ctx, db)
    actor = kb.actors.get(actor_id)
    if actor is None:  # a name or alias rather than an id
        try:
            actor = kb.actors.get(Names(kb).actor(actor_id))
        except AmbiguousName as exc:
            raise UsageError(exc.message) from None
        except UnknownName:
            pass
    if actor is None:
        close = [a.id for a in kb.search(actor_id.split(".")[-1].replace("-", " "))[:5]]
        fail(f"no actor {actor_id!r}" + (f"; did you mean {', '.join(close)}?" if close else ""))
    if fmt == "json":
        sys.stdout.write(json.dumps(actor.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    sys.stdout.write(actor_markdown(actor))


@actors_app.command("import")
def actors_import(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="A PETRARCH/TABARI dictionary, or attache CSV/JSONL.")],
    fmt: Annotated[
        ImportFormat, typer.Option("--format", "-f", case_sensitive=False, help="auto, petrarch, csv or jsonl.")
    ] = ImportFormat.auto,
    source: Annotated[str | None, typer.Option(help="Name this import (default import:<file name>).")] = None,
    db: DbOpt = None,
) -> None:
    """Add actors to the knowledge base, beside the shipped ones."""
    from ..actors.imports import import_file

    if not path.exists():
        fail(f"{path} does not exist")
    actors, problems = import_file(path, ImportFormat(fmt).value, source)
    with open_store(db_of(ctx, db)) as store:
        n = store.save_actors(actors)
    flagged = [a for a in actors if "unknown-sector" in a.flags]
    out.print(
        f"{n} actors imported from {path} as {actors[0].source if actors else source or 'import:' + path.name}, "
        f"{len(problems)} lines skipped",
        markup=False,
    )
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
    source: Annotated[str, typer.Option(help="The import to remove, e.g. import:my_actors.csv.")],
    db: DbOpt = None,
) -> None:
    """Remove every actor an import added."""
    if not source.startswith("import:"):
        raise UsageError("only imported actors can be removed (sources start with 'import:')")
    with open_store(db_of(ctx, db)) as store:
        n = store.remove_actors(source)
    out.print(f"removed {n} actors of {source}", markup=False)
    raise typer.Exit(0 if n else 1)
