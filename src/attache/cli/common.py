"""Shared pieces of the command line: the app and its sub-apps, the options every command spells the same way,
errors, names for codes, and (from ``output``) the consoles and ``emit``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar, get_type_hints, overload

import typer

from .. import __version__
from ..store import default_db
from .output import DocFormat, ListFormat, err, out, progress_bar, show_progress
from .output import emit as emit
from .output import emit_document as _emit_document

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


DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database: a DuckDB file or a postgresql:// URL (default: $ATTACHE_DB or ./attache.duckdb).",
        show_default=False,
    ),
]
StoryArg = Annotated[str, typer.Argument(help="Story id (from `attache stories`).")]
ArticleArg = Annotated[str, typer.Argument(help="Article id (or an unambiguous prefix of 4+ characters).")]
LimitOpt = Annotated[int, typer.Option("--limit", "-n", min=1, help="Rows to show.")]
SinceOpt = Annotated[str | None, typer.Option(help="On or after (YYYY-MM-DD).")]
UntilOpt = Annotated[str | None, typer.Option(help="On or before (YYYY-MM-DD).")]


class ShowFormat(str, Enum):
    """What ``show`` commands write: Markdown for reading, JSON for programs."""

    md = "md"
    json = "json"


ShowFmtOpt = Annotated[ShowFormat, typer.Option("--format", "-f", case_sensitive=False, help="md or json.")]
DocFmtOpt = Annotated[DocFormat, typer.Option("--format", "-f", help="md, html or json.", case_sensitive=False)]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")]
ListFmtOpt = Annotated[
    ListFormat,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        help="table (fitted to the terminal), json (one array), jsonl (one object a line) or csv.",
    ),
]
WideOpt = Annotated[
    bool, typer.Option("--wide", help="Table: every character of every cell (default: cut long text to fit the terminal).")
]
ProgressOpt = Annotated[
    bool | None,
    typer.Option(
        "--progress/--no-progress", show_default=False, help="Progress on stderr (default: only when stderr is a terminal)."
    ),
]
MinConfOpt = Annotated[
    float | None,
    typer.Option(
        "--min-confidence",
        min=0.0,
        max=1.0,
        help="Count only events at or above this calibrated confidence (default: the threshold chosen "
        "on the gold development events, printed; 0 counts every event).",
    ),
]
# options shared by the commands that read documents
OutletOpt = Annotated[str | None, typer.Option("--outlet", help="Outlet name for every document read.")]
PublishedOpt = Annotated[str | None, typer.Option("--published", help="Publication date for every document read.")]
UrlOpt = Annotated[str | None, typer.Option("--url", help="URL of the (single) document.")]
TitleOpt = Annotated[str | None, typer.Option("--title", help="Title of the (single) document.")]
AuthorOpt = Annotated[str | None, typer.Option("--author", help="Author for every document read.")]
StrictOpt = Annotated[bool, typer.Option("--strict", help="Exit 1 if any item failed.")]
MaxMbOpt = Annotated[
    float | None,
    typer.Option(
        "--max-mb",
        help="Largest single document (page, record, line) in MB (default 20, or $ATTACHE_MAX_MB). Other limits: docs/limits.md.",
        show_default=False,
    ),
]


# -- options that several commands take together: one dataclass each, its fields the command's options ---------------

R = TypeVar("R")


class OptionGroup:
    """Base of a dataclass whose fields are command-line options (``Annotated`` aliases with their defaults) that
    several commands take together. A ``@grouped`` command names the group once as a parameter; typer reads the
    group's fields as the command's own options (same flags, help and checks, in the group's place in ``--help``)
    and the command receives one instance."""


def grouped(command: Callable[..., R]) -> Callable[..., R]:
    """``command`` with each :class:`OptionGroup` parameter spread into its fields for typer (which reads a command's
    options from its signature) and gathered back into the group's instance when the command runs. The command's
    annotations resolve in its module's globals, as typer's own do."""
    hints = get_type_hints(command, include_extras=True)
    params: list[inspect.Parameter] = []
    groups: dict[str, tuple[type, list[str]]] = {}
    for param in inspect.signature(command).parameters.values():
        hint = hints.get(param.name, param.annotation)
        if not (isinstance(hint, type) and issubclass(hint, OptionGroup) and dataclasses.is_dataclass(hint)):
            params.append(param.replace(kind=inspect.Parameter.KEYWORD_ONLY, annotation=hint))
            continue
        fields = dataclasses.fields(hint)
        field_hints = get_type_hints(hint, include_extras=True)
        groups[param.name] = (hint, [f.name for f in fields])
        for f in fields:
            default = inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
            params.append(
                inspect.Parameter(f.name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=field_hints[f.name])
            )

    @functools.wraps(command)
    def run(**kwargs: Any) -> R:
        for name, (group, names) in groups.items():
            kwargs[name] = group(**{n: kwargs.pop(n) for n in names})
        return command(**kwargs)

    run.__signature__ = inspect.Signature(params, return_annotation=hints.get("return"))  # type: ignore[attr-defined]
    run.__annotations__ = {p.name: p.annotation for p in params}
    return run


@dataclasses.dataclass
class Inputs(OptionGroup):
    """How the commands that read documents take them: metadata for every document, the size limit, --strict."""

    outlet: OutletOpt = None
    published: PublishedOpt = None
    url: UrlOpt = None
    title: TitleOpt = None
    author: AuthorOpt = None
    strict: StrictOpt = False
    max_mb: MaxMbOpt = None

    def overrides(self) -> dict[str, str]:
        """The metadata given, by field name (what ``extract`` takes over what it finds)."""
        given = dict(outlet=self.outlet, published=self.published, url=self.url, title=self.title, author=self.author)
        return {k: v for k, v in given.items() if v}

    def max_bytes(self) -> int | None:
        return int(self.max_mb * 1e6) if self.max_mb else None


@dataclasses.dataclass
class Document(OptionGroup):
    """Where a rendered document (brief, story, comparison) goes and in which format."""

    fmt: DocFmtOpt = DocFormat.md
    output: OutputOpt = None

    def emit(self, render: Callable[[str], str]) -> None:
        """``render(format)`` to ``--output`` or stdout."""
        emit_document(render(self.fmt.value), self.output)


def min_confidence_default() -> float:
    from ..events.calibration import default_threshold

    return default_threshold()


class UsageError(Exception):
    pass


def fail(message: str, code: int = 1) -> NoReturn:
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
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="ATTACHE_DB",
            help="Database for every command: a DuckDB file or postgresql://user@host/db (also $ATTACHE_DB).",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", help="Print the version and exit.", is_eager=True, callback=_print_version)
    ] = False,
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
    """A rendered document (brief, story, comparison) to ``output`` or stdout."""
    _emit_document(text, output, fail)


def check_dates(since: str | None, until: str | None) -> None:
    """--since and --until are calendar dates, the first not after the second."""
    check_date("--since", since)
    check_date("--until", until)
    if since and until and since > until:
        raise UsageError(f"--since {since} is after --until {until}")


def check_date(name: str, value: str | None) -> None:
    if value:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise UsageError(f"{name} must be a date as YYYY-MM-DD, got {value!r}") from None


# -- filter values: a value outside these is a usage error (exit 2), never an empty answer -------------------------


def domains() -> tuple[str, ...]:
    from ..events.factuality import domains as coder_domains

    return coder_domains()


@overload
def check_choice(option: str, value: str, allowed: tuple[str, ...]) -> str: ...
@overload
def check_choice(option: str, value: None, allowed: tuple[str, ...]) -> None: ...
def check_choice(option: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    """``value`` in the spelling ``allowed`` holds (case ignored), or a usage error listing the values."""
    if value is None:
        return None
    found = {a.casefold(): a for a in allowed}.get(value.strip().casefold())
    if found is None:
        raise UsageError(f"{option} must be one of {', '.join(allowed)}; got {value!r}")
    return found


def check_type(value: str | None) -> str | None:
    from ..events.ontology import PLOVER_TYPES

    return check_choice("--type", value, PLOVER_TYPES)


# -- names anywhere a code is taken ---------------------------------------------------------------------------------


class _Names:
    """The resolver, built on first use (a command given only codes never loads the knowledge base)."""

    def __init__(self, store: Any | None) -> None:
        self.store = store
        self._names: Any = None

    def resolve(self, kind: str, value: str) -> str:
        if self._names is None:
            from ..actors.names import default, for_store

            self._names = default() if self.store is None else for_store(self.store)
        return self._names.resolve(kind, value)


def names_for(store: Any | None = None) -> _Names:
    """The name resolver over the shipped actors, those imported into ``store`` and the outlets it holds."""
    return _Names(store)


@overload
def resolve(names: Any, kind: str, value: str, option: str, store: Any | None = None) -> str: ...
@overload
def resolve(names: Any, kind: str, value: None, option: str, store: Any | None = None) -> None: ...
def resolve(names: Any, kind: str, value: str | None, option: str, store: Any | None = None) -> str | None:
    """A country, actor or outlet given by name, alias or code -> the code the store filters on; an unknown or
    ambiguous name is a usage error that lists the candidates. A code the knowledge base does not hold but the store
    does (an actor seen only in articles, an outlet outside the registry) passes as it is."""
    from ..actors.names import AmbiguousName, UnknownName

    if value is None:
        return None
    try:
        return names.resolve(kind, value)
    except AmbiguousName as exc:
        raise UsageError(f"{option}: {exc.message}") from None
    except UnknownName as exc:
        if store is not None and _stored_as_is(store, kind, value):
            return value
        raise UsageError(f"{option}: {exc.message}") from None


def _stored_as_is(store: Any, kind: str, value: str) -> bool:
    if kind == "outlet":
        return value in {o for o, _ in store.stored_outlets()}
    if kind == "actor":
        from ..model import ListFilter

        return bool(store.actor_stored(value)) or bool(store.find_events(ListFilter(actor=value, include_all=True), limit=1))
    return False


@contextmanager
def progress(label: str, flag: bool | None) -> Iterator[Callable[..., None]]:
    """Progress of a long run (``attache.progress.counted`` loops inside it) on stderr when ``flag`` (``--progress``)
    or, by default, when stderr is a terminal. Yields the reporter ``report(done, total, stage=None)``."""
    from ..progress import reporting

    enabled = show_progress(flag)
    with progress_bar(label, enabled) as report, reporting(report if enabled else None):
        yield report
