"""The API's answers as pydantic models: what the OpenAPI schema (``/openapi.json``, ``/docs``) tells a client.

Routes answer plain JSON built from the store's rows; these models describe it (the API tests validate
every answer against its model). Extra fields are allowed, so an answer may carry more than is listed.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

Item = TypeVar("Item")


class Model(BaseModel):
    model_config = ConfigDict(extra="allow")


class Coverage(Model):
    articles: int = Field(description="Articles stored.")
    analysed: int = Field(description="Articles the analysis ran on.")
    skipped: int = Field(0, description="Articles set aside by the analysis (not English).")


class Candidate(Model):
    code: str = Field(description="The code to use.")
    label: str = Field(description="Name and code, for a person to choose from.")


class Problem(Model):
    detail: Any = Field(description="What is wrong, in one line (FastAPI's own validation errors: a list).")
    parameter: str | None = Field(None, description="The parameter holding the name that did not resolve.")
    candidates: list[Candidate] | None = Field(None, description="What an unknown or ambiguous name may have meant.")


class Page(Model, Generic[Item]):
    """One page of a list: its items and where it stands in the whole (``class EventPage(Page[Event])`` ...: a named
    subclass gives the schema its name)."""

    items: list[Item]
    total: int = Field(description="Rows the filters match, over all pages.")
    limit: int = Field(description="Rows per page.")
    offset: int = Field(description="Rows skipped.")
    filters: dict[str, Any] = Field(default_factory=dict, description="The filters applied, names resolved to codes.")
    coverage: Coverage | None = Field(None, description="How much of the store was analysed.")


class Health(Model):
    status: str
    version: str
    articles: int | None = Field(description="Articles stored (a few seconds old at most; null before the first count).")
    read_only: bool


class Span(Model):
    start: int | None = Field(description="Character offset into the article's clean text (0-based).")
    end: int | None = Field(description="End offset (exclusive).")
    text: str | None = None


class ActorRef(Model):
    """An actor as an event's side or an article's mention names it."""

    actor_id: str = Field(description="Actor id (a country's is its ISO 3166 alpha-3 code).")
    name: str | None = None
    country: str | None = Field(None, description="ISO 3166 alpha-3.")
    sector: str | None = Field(None, description="government, military, business, ... (CAMEO sector).")


class Party(ActorRef):
    span: dict[str, Any] | None = Field(None, description="Where the text names this side.")


class Event(Model):
    """One coded event: who did what to whom, when, told where, and how sure the coding is."""

    id: str
    article_id: str
    plover_type: str = Field(description="PLOVER event type (AGREE ... ASSAULT).")
    plover_mode: str | None = None
    cameo_code: str | None = None
    quad_class: int | None = Field(
        None, description="1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."
    )
    intensity: float | None = Field(None, description="Goldstein intensity, -10 conflict .. +10 cooperation.")
    date: str | None = Field(None, description="Resolved event date (YYYY-MM-DD).")
    date_text: str | None = None
    domain: str | None = None
    factuality: str | None = Field(None, description="asserted, reported, planned, demanded, hypothetical, negated or question.")
    confidence: float | None = Field(None, description="Calibrated probability that type and sides are right.")
    sentence: Span = Field(description="The sentence telling the event.")
    trigger: Span = Field(description="The word(s) that name the event.")
    source: Party | None = None
    target: Party | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    link: str | None = Field(None, description="The URL when it is safe to link to (http/https), else null.")
    sources: int | None = Field(
        None, description="Independent sources telling this event (same type, same countries, within a day)."
    )


class EventPage(Page[Event]):
    """A page of events, in date order."""


class ArticleHead(Model):
    """What a list of articles and one article both tell of it."""

    id: str
    outlet: str | None = None
    published: str | None = Field(None, description="Publication date (YYYY-MM-DD), when known.")
    genre: str | None = Field(None, description="news, opinion, explainer, ...")
    title: str | None = None
    url: str | None = None
    link: str | None = Field(None, description="The URL when it is safe to link to (http/https), else null.")
    analysed: bool | None = None


class ArticleItem(ArticleHead):
    outlet_country: str | None = Field(None, description="The outlet's country (registry, else its country-code domain).")
    language: str | None = None
    chars: int | None = Field(None, description="Length of the clean text.")
    syndication_group: str | None = Field(None, description="Shared by copies of one wire story or statement.")
    origin: str | None = Field(None, description="The wire or issuer named (Reuters, APP), when named.")


class ArticlePage(Page[ArticleItem]):
    """A page of articles, newest first."""


class Highlight(Model):
    """A span of the article's clean text to mark, and what it is."""

    start: int = Field(description="Character offset into the article's clean text (0-based).")
    end: int = Field(description="End offset (exclusive).")
    kind: str = Field(description="actor, event, quantity or claim.")
    label: str | None = None
    id: str | None = None


class ArticleActor(ActorRef):
    mentions: int


class OutletFacts(Model):
    """What the outlet registry (or the outlet's domain) tells of an outlet."""

    country: str | None = Field(None, description="The outlet's country (ISO 3166 alpha-3).")
    kind: str | None = Field(None, description="wire, newspaper, broadcaster, magazine, online, government, igo, aggregator.")
    language: str | None = None


class OutletInfo(OutletFacts):
    name: str
    domain: str | None = None
    how: str = Field(description="registry, domain (country-code domain) or unknown.")


class ArticleDetail(ArticleHead):
    outlet_info: OutletInfo | None = None
    text: str = Field(description="The clean text every offset points into.")
    paragraphs: list[dict[str, Any]] = Field(description="[{start, end, kind}]: paragraphs and headings by offset.")
    headings: list[Any] = Field(default_factory=list)
    story_id: str | None = None
    thread_id: str | None = None
    mentions: list[dict[str, Any]] = Field(description="Actor mentions with offsets.")
    actors: list[ArticleActor] = Field(default_factory=list, description="The resolved actors it names, most mentioned first.")
    events: list[Event] = Field(description="Its events, each with its sentence's offsets and text.")
    quantities: list[dict[str, Any]] = Field(description="Figures with what they measure, by offset.")
    claims: list[dict[str, Any]] = Field(description="Attributed statements, by offset.")
    facts: dict[str, Any] | None = Field(None, description="Genre, tone.")
    highlights: list[Highlight] = Field(description="Every span to mark in the text, in order.")


class Spanned(Model):
    """A story or a thread: a title over a span of dates."""

    id: str
    title: str | None = None
    start: str | None = Field(None, description="Its first article's publication date.")
    end: str | None = Field(None, description="Its last article's publication date.")


class Story(Spanned):
    size: int = Field(description="Articles.")
    sources: int | None = Field(None, description="Independent sources (copies of one origin count once).")
    outlets: list[str] | None = None
    actors: list[str] | None = Field(None, description="Country codes, most mentioned first.")
    thread_id: str | None = None


class StoryPage(Page[Story]):
    """A page of stories, largest first."""


class OutletGroup(OutletFacts):
    outlet: str
    articles: list[dict[str, Any]]


class StoryDetail(Story):
    articles: list[str] = Field(description="Member article ids, in the order placed.")
    members: list[ArticleItem]
    by_outlet: list[OutletGroup] = Field(description="The outlets side by side, with their country.")
    thread: dict[str, Any] | None = None


class Thread(Spanned):
    size: int = Field(description="Stories.")
    articles: int | None = None
    stories: list[str] = Field(description="Story ids, in order.")


class ThreadPage(Page[Thread]):
    """A page of threads, most articles first."""


class ThreadDetail(Thread):
    story_list: list[Story] = Field(description="Its stories, in order.")


class ActorItem(Model):
    """An actor of the knowledge base or of the stored articles, with how often the articles name it."""

    id: str = Field(description="Actor id (a country's is its ISO 3166 alpha-3 code).")
    name: str | None = None
    kind: str | None = Field(None, description="country, person, organisation or group.")
    country: str | None = Field(None, description="The actor's country (ISO 3166 alpha-3).")
    sector: str | None = Field(None, description="government, military, business, ... (CAMEO sector).")
    mentions: int = Field(0, description="Mentions in the stored articles.")


class ActorPage(Page[ActorItem]):
    """A page of actors, most mentioned first."""


class Counterpart(Model):
    """An actor the actor has events with, and how they went."""

    id: str
    name: str | None = None
    country: str | None = Field(None, description="The counterpart's country (ISO 3166 alpha-3).")
    events: int
    as_source: int
    as_target: int
    index: float | None = Field(None, description="Mean intensity of the events that happened (-10 .. +10).")


class ActorDetail(Model):
    id: str
    name: str
    kind: str
    country: str | None = None
    mentions: int
    articles: int
    activity: list[dict[str, Any]] = Field(description="[{period: YYYY-MM, as_source, as_target, events}]")
    roles_over_time: list[dict[str, Any]] = Field(description="[{period, role: source|target, plover_type, events}]")
    counterparts: list[Counterpart]
    recent_events: list[Event]


class Relation(Model):
    counterpart: str = Field(description="The other country (ISO alpha-3).")
    name: str | None = None
    events: int
    happened: int = Field(description="Events asserted or reported (not planned, demanded).")
    index: float | None = Field(None, description="Cooperation-conflict index: mean intensity of the events that happened.")
    cooperative: int
    conflictual: int
    first: str | None = None
    last: str | None = None


class CountryDetail(Model):
    code: str
    name: str
    events: int
    relations: list[Relation]
    coverage: Coverage


class Filters(Model):
    types: list[str]
    domains: list[str]
    factualities: list[str]
    intervals: list[str]
    outlets: list[dict[str, Any]] = Field(description="[{name, country, kind, articles}], busiest first.")
    countries: list[dict[str, Any]] = Field(description="[{code, name, events}], busiest first.")


class Dyad(Model):
    a: str
    b: str
    events: int
    index: float | None = None
    articles: int | None = None
    latest: str | None = None


class DyadList(Model):
    items: list[Dyad]


class Timeline(Model):
    periods: list[dict[str, Any]] = Field(description="Per interval: events, index, shares, outlets, articles, tone, by.")


class AlertPage(Page[dict[str, Any]]):
    items: list[dict[str, Any]] = Field(
        description="[{kind: shift|first, a, b, period, events, direction, plover_type?, evidence}]"
    )
    order: str = "newest first"


class SearchAnswer(Model):
    query: str
    total: int
    terms: list[str]
    facets: dict[str, Any]
    articles: list[dict[str, Any]]
    actors: list[dict[str, Any]]
    stories: list[dict[str, Any]]


class IngestResult(Model):
    new: int
    duplicate: int
    failed: int
    article_ids: list[str]
    problems: list[str]


class Comparison(Model):
    story_id: str
    title: str | None = None
    outlets: list[str]
    sources: int = Field(description="Independent sources (copies of one origin count once).")
    articles: int
    source_groups: list[dict[str, Any]] = Field(description="Each independent source with its outlets and articles.")
    single_source: bool = Field(description="Only one source tells the story: nothing to compare.")
    agree: list[dict[str, Any]] = Field(description="Events and figures told by at least two independent sources, with how many.")
    unique: dict[str, Any] = Field(description="Per source: what only it tells.")
    conflicts: list[dict[str, Any]] = Field(
        description="Two or more values for one kind of figure about one subject, each with its sources."
    )
    frames: dict[str, Any] = Field(description="Phrases characterising the relationship or the event, per source.")
    by_country: Any = Field(None, description="Frames and tone grouped by outlet country.")


class DyadBrief(Model):
    a: str
    b: str
    since: str | None = None
    until: str | None = None
    events: int = Field(description="Corroborated events the brief stands on.")
    articles: int
    coverage: Coverage
    corroboration: dict[str, Any] = Field(description="The rule: min_sources, confidence, min_direction.")
    domains: list[dict[str, Any]] = Field(description="Each domain's direction, strength, index and evidence.")
    key_events: list[dict[str, Any]]
    history: list[dict[str, Any]] = Field(description="Background events dated before the period.")
    figures: list[dict[str, Any]]
    stories: list[dict[str, Any]]
    shifts: list[dict[str, Any]]
    timeline: dict[str, Any]
