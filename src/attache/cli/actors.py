"""The actor knowledge base: actors list, search, show, import, remove."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Optional

import typer

from ..store import default_db, open_store
from .common import DbOpt, UsageError, actors_app, db_of, emit, err, fail, out


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
    kb = knowledge_base(ctx, db)
    chosen = [a for a in kb.actors.values() if (not kind or a.kind == kind) and (not country or a.country == country.upper())
              and (not source or a.source == source)]
    chosen.sort(key=lambda a: a.id)
    emit(["id", "name", "kind", "country", "sector", "roles", "source"], actor_rows(chosen[:limit]), fmt)
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
    found = knowledge_base(ctx, db).search(query)
    emit(["id", "name", "kind", "country", "sector", "roles", "source"], actor_rows(found), fmt)
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
    kb = knowledge_base(ctx, db)
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
    from ..actors.imports import import_file

    if not path.exists():
        fail(f"{path} does not exist")
    actors, problems = import_file(path, fmt, source)
    with open_store(db_of(ctx, db)) as store:
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
    with open_store(db_of(ctx, db)) as store:
        n = store.remove_actors(source)
    out.print(f"removed {n} actors of {source}", markup=False)
    raise typer.Exit(0 if n else 1)


