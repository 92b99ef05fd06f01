"""Parameters shared by the routes, and the checks that turn a bad value into a clear 4xx.

Names are resolved here (``attache.actors.names``): a country, actor or outlet parameter takes a name,
an alias or a code; an unknown or ambiguous one answers 422 (404 in a path) with the candidates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from enum import Enum
from functools import lru_cache
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Query
from fastapi.responses import JSONResponse

from ..events.ontology import FACTUALITIES  # every factuality label (plover.yaml)
from ..model import ListFilter

DATE = r"^\d{4}-\d{2}-\d{2}$"
INTERVALS = ("day", "week", "month", "quarter", "year")

Limit = Annotated[int, Query(ge=1, le=500, description="Rows per page (1-500).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]
Since = Annotated[str | None, Query(pattern=DATE, description="On or after (YYYY-MM-DD).")]
Until = Annotated[str | None, Query(pattern=DATE, description="On or before (YYYY-MM-DD).")]
CountryQ = Annotated[str | None, Query(max_length=100, description="A country by name, alias or ISO code (Pakistan, PK, PAK).")]
ActorQ = Annotated[
    str | None,
    Query(max_length=200, description="An actor by name, alias or id (Marco Rubio, USA.GOV.rubio-marco); a country too."),
]
OutletQ = Annotated[str | None, Query(max_length=200, description="An outlet by name, alias or domain (Dawn, dawn.com).")]
TypeQ = Annotated[str | None, Query(max_length=40, description="A PLOVER event type (AGREE ... ASSAULT; see /filters).")]
DomainQ = Annotated[str | None, Query(max_length=40, description="A domain (security, trade, diplomacy, ...; see /filters).")]
FactualityQ = Annotated[
    str | None, Query(max_length=40, description="asserted, reported, planned, demanded, hypothetical, negated or question.")
]
MinSources = Annotated[
    int,
    Query(
        ge=1,
        le=1000,
        description="At least this many independent sources (copies of one origin count once); an article: its story's.",
    ),
]


class Format(str, Enum):
    json = "json"
    csv = "csv"
    jsonl = "jsonl"


FormatQ = Annotated[
    Format, Query(description="json: one page in the envelope; csv or jsonl: every matching row (at most 10,000) as a download.")
]


class Page:
    """The page a list route answers with, and its format (one dependency for every list)."""

    def __init__(self, limit: Limit = 50, offset: Offset = 0, format: FormatQ = Format.json) -> None:
        self.limit, self.offset, self.format = limit, offset, format

    def listing(self, ctx: Any, request: Any, name: str, fetch: Any, *, cache: bool = False) -> Any:
        """The route's answer through ``ctx.listing``: ``fetch(store, limit, offset) -> (items, total, filters)``."""
        return ctx.listing(request, self.format, name, self.limit, self.offset, fetch, cache=cache)


PageQ = Annotated[Page, Depends()]


class BadName(Exception):
    """A name parameter that does not resolve: answered 422 (a query value) or 404 (a path segment)."""

    def __init__(self, parameter: str, error: Any, status: int = 422) -> None:
        super().__init__(error.message)
        self.parameter = parameter
        self.error = error
        self.status = status


def bad_name_response(exc: BadName) -> JSONResponse:
    return JSONResponse(
        {"detail": exc.error.message, "parameter": exc.parameter, "candidates": exc.error.to_dict()["candidates"]},
        status_code=exc.status,
    )


def check_dates(since: str | None = None, until: str | None = None) -> None:
    for v in (since, until):
        if v:
            try:
                dt.date.fromisoformat(v)
            except ValueError:
                raise HTTPException(422, f"{v!r} is not a calendar date (YYYY-MM-DD)") from None
    if since and until and since > until:
        raise HTTPException(422, f"since ({since}) is after until ({until})")


@lru_cache(maxsize=1)
def plover_types() -> tuple[str, ...]:
    from ..events.ontology import PLOVER_TYPES

    return tuple(PLOVER_TYPES)


def domains() -> tuple[str, ...]:
    from ..events.factuality import domains as coder_domains

    return coder_domains()


def _one_of(value: str | None, what: str, allowed: tuple[str, ...], spelled: str) -> str | None:
    """``value`` as ``spelled`` ("upper", "lower" or "name": lower case with ``_`` for spaces and hyphens) when it is
    one of ``allowed``; None when not given; 422 naming the allowed values otherwise."""
    if not value:
        return None
    v = value.strip().upper() if spelled == "upper" else value.strip().lower()
    if spelled == "name":
        v = v.replace(" ", "_").replace("-", "_")
    if v not in allowed:
        raise HTTPException(422, f"unknown {what} {value!r}: use one of {', '.join(allowed)}")
    return v


def check_type(value: str | None) -> str | None:
    return _one_of(value, "event type", plover_types(), "upper")


def check_domain(value: str | None) -> str | None:
    return _one_of(value, "domain", domains(), "name")


def check_factuality(value: str | None) -> str | None:
    return _one_of(value, "factuality", FACTUALITIES, "lower")


class Period:
    """The dates a route reads between (one dependency: ``PeriodQ``), checked when the request arrives (422)."""

    def __init__(self, since: Since = None, until: Until = None) -> None:
        check_dates(since, until)
        self.since, self.until = since, until


PeriodQ = Annotated[Period, Depends()]


class Filters:
    """The filter parameters the list routes share (one dependency: ``FiltersQ``). Dates, type, domain and
    factuality are checked when the request arrives (422); names are resolved in the request's store session by
    :meth:`for_store`, which gives the one :class:`~attache.model.ListFilter` the store reads."""

    def __init__(
        self,
        period: PeriodQ,
        country: CountryQ = None,
        actor: ActorQ = None,
        type: TypeQ = None,
        domain: DomainQ = None,
        factuality: FactualityQ = None,
        outlet: OutletQ = None,
        min_sources: MinSources = 1,
    ) -> None:
        self.checked = ListFilter(
            since=period.since,
            until=period.until,
            plover_type=check_type(type),
            domain=check_domain(domain),
            factuality=check_factuality(factuality),
            min_sources=min_sources,
        )
        self.names = {"country": country, "actor": actor, "outlet": outlet}

    def for_store(self, ctx: Any, store: Any, **more: Any) -> ListFilter:
        """The filter with its names as codes (``BadName``: 422 with the candidates) and the route's own fields."""
        codes: dict[str, Any] = {kind: resolve(ctx, store, kind, value, kind) for kind, value in self.names.items()}
        return replace(self.checked, **codes, **more)


FiltersQ = Annotated[Filters, Depends()]


def resolve(ctx: Any, store: Any, kind: str, value: str | None, parameter: str, *, status: int = 422) -> str | None:
    """A country, actor or outlet parameter as the code the store filters on; ``BadName`` when it names none or several.
    A code the knowledge base lacks but the stored events carry (an actor seen only in articles) is taken as it is."""
    if value is None or not value.strip():
        return None
    from ..actors.names import NameError_, UnknownName

    names = ctx.names(store)
    try:
        return names.resolve(kind, value)
    except UnknownName as exc:
        raw = value.strip()
        if kind in ("actor", "country") and all(ch.isalnum() or ch in "._-" for ch in raw):
            code = raw.upper() if len(raw) == 3 and raw.isalpha() else raw
            if (kind == "actor" or "." not in code) and store.known_side(code):
                return code
        raise BadName(parameter, exc, status) from None
    except NameError_ as exc:
        raise BadName(parameter, exc, status) from None


def resolve_path(ctx: Any, store: Any, kind: str, value: str, parameter: str) -> str:
    """A name in the path as a code; 404 with the candidates when it names nothing or several."""
    code = resolve(ctx, store, kind, value, parameter, status=404)
    if code is None:
        raise HTTPException(404, f"no {kind} named {value!r}")
    return code


def filters_echo(**values: Any) -> dict[str, Any]:
    """The filters a list applied (those set), for the answer's ``filters``."""
    return {
        k: v for k, v in values.items() if v is not None and v is not False and v != "" and not (k.startswith("min_") and v == 1)
    }
