"""Plain data that flows between the stages.

Every stage takes and returns these dataclasses; nothing here touches a
database, a model or the file system, so records pickle cleanly into worker
processes or Spark tasks. Later stages add their own records (Actor, Mention,
Event, ...) beside these.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any, cast

#: Metadata keys a source may fill in for a document; anything else a record
#: carries goes to ``RawDocument.extra``.
META_KEYS = ("url", "title", "subtitle", "published", "outlet", "author")


class Record:
    """A record whose JSON-ready form is all its fields (``dataclasses.asdict``, nested records included)."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(cast(Any, self))


@dataclass(frozen=True)
class Problem:
    """One input item that could not be used, and why (one line)."""

    uri: str
    stage: str  # "source" | "extract" | "store"
    reason: str
    count: int = 1  # failed items this line stands for (a summary of problems not listed one by one)

    def line(self) -> str:
        return f"{self.uri}: {self.reason}"


@dataclass
class RawDocument:
    """One item read from a source, before extraction.

    ``content`` is already decoded to ``str``; ``content_type`` says whether it
    is an HTML page or plain text. ``meta`` holds what the source itself says
    about the document (url, title, published, outlet, author, subtitle), as
    given (strings, not yet normalised).
    """

    uri: str  # path, "path:LINE" for a record, "<stdin>", or a URL
    content: str
    content_type: str  # "html" | "text"
    meta: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    line: int | None = None  # 1-based line (JSONL) or row (CSV) number
    size: int = 0  # bytes of the item as read
    sha256: str = ""  # of those bytes
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Paragraph:
    """A block of the clean text: ``text[start:end]``."""

    start: int
    end: int
    kind: str = "body"  # "dek" (standfirst) | "body"


@dataclass(frozen=True)
class Heading:
    """A section heading, kept as structure outside the clean text.

    ``at`` is the offset in the clean text where the section starts.
    """

    text: str
    at: int


@dataclass
class Article(Record):
    """A clean article. All later offsets point into ``text``."""

    id: str
    text: str
    paragraphs: list[Paragraph]
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    subtitle: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD, or None when unknown
    language: str | None = None  # ISO 639-1
    language_score: float | None = None
    genre: str | None = None  # filled by the genre stage
    headings: list[Heading] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    source_uri: str = ""
    source_sha256: str = ""
    extractor: str = ""
    warnings: list[str] = field(default_factory=list)
    syndication_group: str | None = None  # id shared by the copies/rewrites/relays of one origin (stories pass)
    origin: str | None = None  # the wire or issuer the text names ("Reuters", "APP", "Ministry of Foreign Affairs")

    @property
    def is_english(self) -> bool:
        return self.language == "en"

    def paragraph_texts(self) -> list[str]:
        return [self.text[p.start : p.end] for p in self.paragraphs]

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        d = dict(d)
        d["paragraphs"] = [Paragraph(**p) for p in d.get("paragraphs") or []]
        d["headings"] = [Heading(**h) for h in d.get("headings") or []]
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in d.items() if k in known})


@dataclass
class Mention(Record):
    """One actor mention: ``text`` is ``article.text[start:end]``."""

    article_id: str
    start: int
    end: int
    text: str
    actor_id: str | None
    name: str | None
    country: str | None  # ISO 3166 alpha-3
    sector: str | None  # GOV, MIL, LEG, REB, INS, IGO, NGO, BUS, CVL, ...
    role: str | None
    confidence: float
    how: str  # kb | role-pattern | context | ner-only
    kind: str | None = None  # country | person | igo | group | institution | collective | ...
    sentence_start: int = 0
    sentence_end: int = 0
    note: str | None = None


@dataclass
class Quantity(Record):
    """A number with its unit, kind and the thing it measures; ``text`` is ``article.text[start:end]``."""

    article_id: str
    start: int
    end: int
    text: str
    value: float
    unit: str  # percent | USD | EUR | ... | money | a counted noun ("missions") | count
    kind: str  # tariff_rate | aid | casualties | ... | share | money | count
    subject: str | None
    subject_start: int | None
    subject_end: int | None
    actors: list[str] = field(default_factory=list)  # countries of the subject and of the clause
    sentence_start: int = 0
    sentence_end: int = 0


@dataclass
class Claim(Record):
    """Something an actor says: a direct or indirect quote, or "X argues that ..."."""

    article_id: str
    start: int  # the claim's own words
    end: int
    text: str
    speaker: str | None  # the speaker as written
    speaker_start: int | None
    speaker_end: int | None
    actor_id: str | None  # the speaker resolved through the actors stage
    country: str | None
    verb: str  # say, warn, argue, ... (lemma); "quote" for a bare quotation
    direct: bool  # in quotation marks
    stance: list[str] = field(default_factory=list)  # evaluative words of the claim
    sentence_start: int = 0
    sentence_end: int = 0


@dataclass
class Analysis:
    """What the analysis stages found in one article."""

    article_id: str
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    skipped: str | None = None  # why the article was not analysed (e.g. not English)
    date_used: str | None = None  # the date roles were resolved against
    quantities: list[Quantity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    genre: str | None = None  # news | opinion | analysis | press_release
    genre_cues: list[str] = field(default_factory=list)
    tone: dict[str, float] = field(default_factory=dict)  # tone, positive, negative, polarity (GDELT-like)
    actor_tone: dict[str, float] = field(default_factory=dict)  # actor id -> tone of the sentences about it (-1..1)
    # 5W1H of the lead's main event, per question None or {"text", "start", "end"} (None: not computed; issue 15 item 2)
    fivew1h: dict[str, dict[str, Any] | None] | None = None


@dataclass
class Role:
    title: str
    sector: str | None = None
    country: str | None = None
    start: str | None = None  # YYYY-MM-DD, inclusive
    end: str | None = None  # YYYY-MM-DD, inclusive
    code: str | None = None  # an external code (e.g. a PETRARCH code) valid in this span

    def valid_on(self, date: str | None) -> bool:
        if date is None:
            return self.end is None
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass
class Actor(Record):
    id: str
    name: str
    kind: str  # country | igo | group | person | institution | ngo | imported
    country: str | None = None
    sector: str | None = None
    aliases: list[str] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    member_of: str | None = None
    code: str | None = None  # external code without dates (imports)
    source: str = "attache"
    flags: list[str] = field(default_factory=list)

    def roles_on(self, date: str | None) -> tuple[list[Role], bool]:
        """Roles valid on ``date``; with no date, current roles and ``assumed=True``."""
        if not self.roles:
            return [], False
        valid = [r for r in self.roles if r.valid_on(date)]
        if date is None:
            return (valid or self.roles[:1]), True
        return valid, False

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        d = dict(d)
        d["roles"] = [Role(**r) for r in d.get("roles") or []]
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in d.items() if k in known})


@dataclass
class Party:
    """One side of an event."""

    actor_id: str | None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    start: int | None = None  # offsets of the mention in the article text
    end: int | None = None


@dataclass
class Event(Record):
    """Who did what to whom: one record per event, with its evidence."""

    id: str
    article_id: str
    sentence_start: int
    sentence_end: int
    trigger_start: int
    trigger_end: int
    trigger: str
    plover_type: str
    plover_mode: str | None
    cameo_code: str
    cameo_root: str
    quad_class: int
    intensity: float
    source: Party | None
    target: Party | None
    date: str | None
    date_text: str | None
    date_precision: str  # day | week | month | year | range (first day of a span) | publication (no date in the text: the publication date) | unknown
    location: str | None
    domain: str
    factuality: str  # asserted | reported | planned | negated | hypothetical | demanded | question (cue "?")
    factuality_cue: str | None
    attributed_to: str | None
    confidence: float
    symmetric: bool = False
    evidence: list[list[int]] = field(default_factory=list)  # further [start, end] sentence spans
    # the words each side came from, {start, end, text} (offsets into the article's clean text): the whole
    # phrase ("Pakistan's interior minister Mohsin Naqvi"), beside the actor resolved from it
    source_span: dict[str, Any] | None = None
    target_span: dict[str, Any] | None = None
    # other arguments kept with a role instead of forced into a side:
    # [{role: topic|location|beneficiary|instrument|own_group, start, end, text, actor_id?, country?}]
    # (own_group: the doer's own delegation it leads, "will lead the U.S. delegation"; never a side)
    participants: list[dict[str, Any]] = field(default_factory=list)


# -- records read back from the store ---------------------------------------------------------------


@dataclass
class EventRow:
    """A stored event as read back: the events table's columns (flat: ``source_*``/``target_*``, the trigger's
    offsets, the date as ISO text) plus its article's ``url`` and ``title``; ``outlet`` and ``published`` are
    the article's. ``to_dict()`` is the JSON-ready flat form the API and the reports take."""

    id: str
    article_id: str
    sentence_start: int | None = None
    sentence_end: int | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None
    trigger_text: str | None = None
    plover_type: str | None = None
    plover_mode: str | None = None
    cameo_code: str | None = None
    cameo_root: str | None = None
    quad_class: int | None = None
    intensity: float | None = None
    source_actor: str | None = None
    source_name: str | None = None
    source_country: str | None = None
    source_sector: str | None = None
    target_actor: str | None = None
    target_name: str | None = None
    target_country: str | None = None
    target_sector: str | None = None
    event_date: str | None = None
    date_text: str | None = None
    date_precision: str | None = None
    location: str | None = None
    domain: str | None = None
    factuality: str | None = None
    factuality_cue: str | None = None
    attributed_to: str | None = None
    confidence: float | None = None
    is_symmetric: bool | None = None
    evidence: list[Any] = field(default_factory=list)
    outlet: str | None = None
    published: Any = None  # the article's publication date (a date)
    source_tone: float | None = None
    target_tone: float | None = None
    dyad: str | None = None
    source_span: dict[str, Any] | None = None
    target_span: dict[str, Any] | None = None
    participants: list[dict[str, Any]] = field(default_factory=list)
    url: str | None = None
    title: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # columns added after this record was written

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EventRow:
        known = {k: v for k, v in d.items() if k in _EVENT_ROW_FIELDS}
        return cls(**known, extra={k: v for k, v in d.items() if k not in _EVENT_ROW_FIELDS})

    def to_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in _EVENT_ROW_FIELDS}
        d.update(self.extra)
        return d


_EVENT_ROW_FIELDS = tuple(f for f in EventRow.__dataclass_fields__ if f != "extra")


@dataclass
class Story:
    """A stored story: one happening told by several outlets. ``articles`` (member ids in placing order) is
    read only for one story (``Store.story``), None in listings."""

    id: str
    title: str | None = None
    size: int = 0
    outlets: list[str] | None = None
    actors: list[str] | None = None
    fivew1h: dict[str, Any] | None = None
    summary: list[dict[str, Any]] | None = None
    updated_at: str | None = None
    thread_id: str | None = None
    sources: int | None = None
    start: str | None = None
    end: str | None = None
    articles: list[str] | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        if d["articles"] is None:
            del d["articles"]
        return d


@dataclass
class Thread(Record):
    """A stored thread: related stories (a bilateral relationship in a month)."""

    id: str
    title: str | None = None
    size: int = 0
    articles: int = 0
    stories: list[str] = field(default_factory=list)
    updated_at: str | None = None
    start: str | None = None
    end: str | None = None


@dataclass
class Comparison:
    """How the outlets of one story tell it (``attache.stories.compare``): what they agree on, what only some
    tell, where their figures conflict, and their frames, tone and genre. ``to_dict()`` is the JSON form."""

    story_id: str
    title: str | None = None
    outlets: list[str] = field(default_factory=list)
    sources: int = 0
    articles: int = 0
    source_groups: list[dict[str, Any]] = field(default_factory=list)
    single_source: bool = True
    main_actors: list[str] = field(default_factory=list)
    agree: list[dict[str, Any]] = field(default_factory=list)
    unique: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    frames: dict[str, Any] = field(default_factory=dict)
    tone: dict[str, Any] = field(default_factory=dict)
    genre: dict[str, Any] = field(default_factory=dict)
    by_country: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)  # keys a later comparison adds

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Comparison:
        names = set(cls.__dataclass_fields__) - {"extra"}
        return cls(**{k: v for k, v in d.items() if k in names}, extra={k: v for k, v in d.items() if k not in names})

    def to_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in self.__dataclass_fields__ if k != "extra"}
        d.update(self.extra)
        return d


PUBLIC_NAMES = {"plover_type": "type", "include_all": "all"}  # a filter field's name in the API and the CLI, where it differs
_FIELD_NAMES = {v: k for k, v in PUBLIC_NAMES.items()}


@dataclass(frozen=True)
class ListFilter:
    """What a list of events, articles, stories or threads is narrowed to: one object the CLI, the API and the
    Python client build and the store reads (``Store.find_events``, ``find_articles``, ``stories``,
    ``threads`` and their counts). Every value is a code: names are resolved before (``attache.actors.names``).
    A list reads the fields that mean something for it and no others (``q`` and ``genre`` are article filters).

    ``actor``: an actor id or a country code (a country names every actor of it); ``country``: a country code;
    ``dyad``: two actors or countries (either direction unless ``directed``); ``include_all``: negated,
    hypothetical and question events too; ``min_sources``: independent sources (copies of one origin count once);
    ``min_size``: articles of a story, stories of a thread; ``thread``: the stories of one thread;
    ``q``: words in an article's title or text; ``analysed``: the analysis ran on the article (or not);
    ``ids``: only these articles."""

    since: str | None = None
    until: str | None = None
    country: str | None = None
    actor: str | None = None
    dyad: tuple[str, str] | None = None
    directed: bool = False
    plover_type: str | None = None
    domain: str | None = None
    factuality: str | None = None
    include_all: bool = False
    outlet: str | None = None
    min_sources: int = 1
    min_size: int = 1
    thread: str | None = None
    q: str | None = None
    analysed: bool | None = None
    genre: str | None = None
    language: str | None = None
    ids: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if self.dyad is not None and len(self.dyad) != 2:
            raise ValueError("dyad takes two actors, e.g. dyad=('USA', 'PAK')")

    @classmethod
    def of(cls, base: ListFilter | None = None, **values: Any) -> ListFilter:
        """``base`` (or no filter) with these fields set; public names are taken too (``type``, ``all``) and lists
        become tuples. An unknown name raises ``TypeError``."""
        fields: dict[str, Any] = {_FIELD_NAMES.get(k, k): (tuple(v) if isinstance(v, list) else v) for k, v in values.items()}
        return replace(base, **fields) if base is not None else cls(**fields)

    def echo(self) -> dict[str, Any]:
        """The filters set (not at their defaults), under their public names: the ``filters`` of an API answer."""
        out: dict[str, Any] = {}
        for name, spec in self.__dataclass_fields__.items():
            value = getattr(self, name)
            if value not in (spec.default, "") and name != "ids":
                out[PUBLIC_NAMES.get(name, name)] = list(value) if isinstance(value, tuple) else value
        return out


@dataclass(frozen=True)
class DyadQuery:
    """A timeline of two actors (``attache.relations.timeline``, ``Store.timeline_rows``): ``a`` and ``b`` are
    country codes or actor ids; ``interval``: day, week, month, quarter or year; ``by``: domain, type or none;
    ``directed``: only events from ``a`` to ``b``; ``include_all``: every event, not only those that happened;
    ``min_confidence``: the events' calibrated confidence at least this."""

    a: str
    b: str
    since: str | None = None
    until: str | None = None
    interval: str = "month"
    by: str = "domain"
    directed: bool = False
    include_all: bool = False
    min_confidence: float = 0.0


@dataclass(frozen=True)
class AlertQuery:
    """The shifts of the cooperation-conflict index ``attache.relations.alerts`` looks for (``Store.alert_shifts``):
    per country pair and domain, the intervals whose index departs from the mean of the ``baseline`` intervals
    before it by ``z`` standard deviations or more, with at least ``min_events`` events of at least
    ``min_confidence``, between ``since`` and ``until``."""

    interval: str = "month"
    z: float = 2.0
    baseline: int = 3
    min_events: int = 3
    since: str | None = None
    until: str | None = None
    min_confidence: float = 0.0
