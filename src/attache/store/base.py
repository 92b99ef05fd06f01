"""The store's shared body: every query attache runs, written once in DuckDB's dialect.

:class:`SQLStore` holds the queries, the writes (each batch in one :meth:`SQLStore.transaction`: a crash in
the middle of a batch leaves the database as it was before that batch) and the sessions; a backend
(:class:`~attache.store.duckdb_store.DuckDBStore`, :class:`~attache.store.postgres_store.PostgresStore`)
brings the connection, a :class:`~attache.store.dialect.Dialect` that turns the statements into its own SQL,
and the few operations that differ (batch inserts, exports). Ids are content hashes, so writing the same
article twice stores it once.

Callers outside ``store/`` see the :class:`~attache.store.interface.Store` protocol, never SQL.
"""

from __future__ import annotations

import copy
import json
import os
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeAlias

from .. import __version__, faults
from ..links import unsafe_url_warning
from ..model import Actor, Analysis, Article, Event, EventRow, ListFilter, Mention, Party, Problem, Story, Thread
from .dialect import Dialect
from .migrations import dialect_statements, latest_version, migrations
from .pages_sql import PageQueries
from .relations_sql import RelationsQueries
from .where import IDS, article_where, event_where, joined, page, sources_sql, story_where, thread_where

# what one story pass (stories/build.py) hands to ``save_stories``
StoryMembers: TypeAlias = Sequence[tuple[str, str]]  # (article id, story id), in the order the clusterer placed them
Rows: TypeAlias = Sequence[dict[str, Any]]  # story or thread rows, one dict each
Syndication: TypeAlias = Sequence[tuple[str, str | None, str | None]]  # (article id, syndication group, origin)

ARTICLE_COLUMNS = (
    "id",
    "url",
    "outlet",
    "title",
    "subtitle",
    "author",
    "published",
    "language",
    "language_score",
    "genre",
    "text",
    "paragraphs",
    "headings",
    "meta",
    "source_uri",
    "source_sha256",
    "extractor",
    "warnings",
    "run_id",
    "ingested_at",
    "syndication_group",
    "origin",
)
ACTOR_COLUMNS = (
    "id",
    "name",
    "kind",
    "country",
    "sector",
    "aliases",
    "adjectives",
    "capitals",
    "member_of",
    "code",
    "source",
    "flags",
    "added_at",
)
QUANTITY_COLUMNS = (
    "article_id",
    "start_char",
    "end_char",
    "text",
    "value",
    "unit",
    "kind",
    "subject",
    "subject_start",
    "subject_end",
    "actors",
    "sentence_start",
    "sentence_end",
)
CLAIM_COLUMNS = (
    "article_id",
    "start_char",
    "end_char",
    "text",
    "speaker",
    "speaker_start",
    "speaker_end",
    "actor_id",
    "country",
    "verb",
    "direct",
    "stance",
    "sentence_start",
    "sentence_end",
)
STORY_COLUMNS = (
    "id",
    "title",
    "start_date",
    "end_date",
    "size",
    "outlets",
    "actors",
    "fivew1h",
    "summary",
    "updated_at",
    "thread_id",
    "sources",
)
ARTICLE_LIST_SQL = {
    "id": "a.id",
    "outlet": "a.outlet",
    "published": "a.published",
    "language": "a.language",
    "genre": "a.genre",
    "title": "a.title",
    "url": "a.url",
    "chars": "length(a.text)",
    "syndication_group": "a.syndication_group",
    "origin": "a.origin",
    "analysed": "EXISTS (SELECT 1 FROM analyses n WHERE n.article_id = a.id AND n.skipped IS NULL)",
}
ARTICLE_LIST_COLUMNS = tuple(ARTICLE_LIST_SQL)
ARTICLE_LIST_SELECT = ", ".join(f"{sql} AS {name}" for name, sql in ARTICLE_LIST_SQL.items())
THREAD_COLUMNS = ("id", "title", "start_date", "end_date", "size", "articles", "stories", "updated_at")


@dataclass(frozen=True)
class Groups:
    """Stories or threads as the store lists them: the table, its columns, the filter's WHERE, the order, and the
    columns holding JSON text (with the value an empty one reads as)."""

    table: str
    columns: tuple[str, ...]
    where: Callable[[ListFilter], tuple[str, list[Any]]]
    order: str
    json: dict[str, str]


STORIES = Groups(
    "stories",
    STORY_COLUMNS,
    story_where,
    "size DESC, end_date DESC NULLS LAST, id",
    {"outlets": "null", "actors": "null", "fivew1h": "null", "summary": "null"},
)
THREADS = Groups("threads", THREAD_COLUMNS, thread_where, "articles DESC, end_date DESC NULLS LAST, id", {"stories": "[]"})


def _group_fields(g: Groups, row: Sequence[Any]) -> dict[str, Any]:
    """A stored story's or thread's row as the fields of ``Story`` / ``Thread`` (dates and times as text)."""
    d = dict(zip(g.columns, row))
    for key, empty in g.json.items():
        d[key] = json.loads(d[key] or empty)
    start, end, updated = d.pop("start_date", None), d.pop("end_date", None), d.get("updated_at")
    d.update(start=str(start) if start else None, end=str(end) if end else None, updated_at=str(updated) if updated else None)
    return d


FACT_COLUMNS = ("article_id", "genre", "genre_cues", "tone", "positive", "negative", "polarity", "actor_tone")
MENTION_COLUMNS = (
    "article_id",
    "start_char",
    "end_char",
    "text",
    "actor_id",
    "name",
    "country",
    "sector",
    "role",
    "confidence",
    "how",
    "kind",
    "sentence_start",
    "sentence_end",
    "note",
)
# the events table's columns save_analyses writes: the read-row's fields but those filled from the article after the
# insert (outlet, published, the sides' tone, dyad) and the article's url and title, which stay in articles
EVENT_COLUMNS = tuple(
    f
    for f in EventRow.__dataclass_fields__
    if f not in ("outlet", "published", "source_tone", "target_tone", "dyad", "url", "title", "extra")
)
INSERT_CHUNK = 100
EXPORT_FORMATS = {"parquet": "(FORMAT parquet, COMPRESSION zstd)", "csv": "(FORMAT csv, HEADER true)", "jsonl": "(FORMAT json)"}


class StoreError(RuntimeError):
    """A store problem the user can act on; the message says what to do."""


class QueryTimeout(StoreError):
    """A read ran past its time limit and was stopped."""


class QueryCancelled(StoreError):
    """A read was stopped because nobody waits for its answer any more (the client went away)."""


@dataclass
class AddResult:
    new: list[str]
    duplicate: list[str]


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


_DAY_COUNTS: dict[
    tuple[str, str, str], tuple[tuple[str, ...], list[tuple[Any, int]]]
] = {}  # events per day per filter and data version (see _day_counts)
_DAY_COUNTS_LOCK = threading.Lock()


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


_ATTRIBUTE = {"start_char": "start", "end_char": "end"}  # a column's record attribute where the names differ


def _values(record: Any, columns: Sequence[str]) -> list[Any]:
    """A record's values (a ``Mention``, ``Quantity``, ``Claim``) in its table's column order; lists as JSON text."""
    values = [getattr(record, _ATTRIBUTE.get(c, c)) for c in columns]
    return [_json(v) if isinstance(v, (list, dict)) else v for v in values]


class SQLStore(RelationsQueries, PageQueries):
    """The queries of the store, on the connection and in the dialect of a backend (see the module's docstring)."""

    dialect: str = ""  # the backend's name: "duckdb" or "postgres"
    sql_dialect: Dialect
    errors: tuple[type[BaseException], ...] = ()  # the driver's errors
    con: Any  # the backend's connection (a session: its cursor); only store/ touches it
    _stopped: str | None = None
    _owner: SQLStore | None = None

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        self._types: dict[str, dict[str, str]] = {}  # column types per table, read once (batch inserts)
        self._check_location()
        self.con = self._connect()
        found = self.schema_version()
        if found > latest_version():
            self.close()
            raise StoreError(
                f"database {self.path} has schema v{found}, newer than this attache (v{latest_version()}): upgrade attache"
            )
        if read_only:
            version = found
            if version < latest_version():
                self.close()
                raise StoreError(
                    f"database {self.path} has schema v{version}, this attache needs v{latest_version()}: "
                    "open it once for writing (e.g. 'attache ingest') to migrate"
                )
        else:
            self.migrate()

    # -- what a backend brings --------------------------------------------------------
    def _check_location(self) -> None:
        """Refuse a location that cannot hold a database (before connecting)."""

    def _connect(self) -> Any:
        raise NotImplementedError

    def _cursor(self) -> Any:
        """A connection of this session's own to the same database."""
        raise NotImplementedError

    @staticmethod
    def _interrupt(con: Any) -> None:
        """Stop the statement running on ``con`` (from another thread)."""

    def _set_timeout(self, con: Any, seconds: float | None) -> None:
        """A time limit per statement where the server keeps one."""

    def _insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], verb: str = "INSERT") -> None:
        self._insert_values(table, columns, rows, verb)

    def _copy_out(self, select: str, fmt: str, path: str) -> int:
        raise NotImplementedError

    def _execute_native(self, sql: str) -> None:
        """A statement written in this backend's own dialect, run as written (no parameters)."""
        self.con.execute(sql)

    def _first_column(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """The first value of every row."""
        return [r[0] for r in self.con.execute(sql, list(params)).fetchall()]

    def _count(self, sql: str, params: Sequence[Any] = ()) -> int:
        """The first value of the first row, as an integer (0 for NULL)."""
        row = self.con.execute(sql, list(params)).fetchone()
        return int(row[0] or 0) if row else 0

    # -- transactions ----------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction: committed when the block ends, rolled back (and the error raised again) when it fails."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
            self.con.execute("COMMIT")
        except BaseException:
            try:
                self.con.execute("ROLLBACK")
            except self.errors:  # no transaction left to roll back (the failure ended it, or the connection)
                pass
            raise

    _stop: Callable[[str], None] | None = None

    def cancel(self) -> None:
        """Stop this session's running query (:class:`QueryCancelled`); a no-op outside a session."""
        if self._stop is not None:
            self._stop("cancelled")

    # -- sessions: one cursor per request, a time limit per query ------------------------
    @contextmanager
    def session(self, timeout: float | None = None) -> Iterator[SQLStore]:
        """This store on a cursor of its own (so reads run concurrently with other sessions); past ``timeout``
        seconds its running query is interrupted and :class:`QueryTimeout` raised. ``session.cancel()``
        stops it early (:class:`QueryCancelled`), e.g. when the client has gone away."""
        sess = copy.copy(self)
        sess.con = self._cursor()
        sess._stopped = None
        sess._owner = self

        def stop(why: str) -> None:
            if sess._stopped is None:
                sess._stopped = why
                self._interrupt(sess.con)

        sess._stop = stop
        self._set_timeout(sess.con, timeout)
        timer = threading.Timer(timeout, stop, ["timeout"]) if timeout else None
        if timer:
            timer.daemon = True
            timer.start()
        try:
            yield sess
        except BaseException as exc:
            if sess._stopped == "timeout" or self._timed_out(exc):
                raise QueryTimeout(
                    f"the query took longer than its limit of {timeout:g} s and was stopped: "
                    "narrow it (dates, a dyad, a smaller page) or raise --query-timeout"
                ) from None
            if sess._stopped == "cancelled":
                raise QueryCancelled("the client went away; the query was stopped") from None
            raise
        finally:
            if timer:
                timer.cancel()
            try:
                sess.con.close()
            except Exception:
                pass

    @staticmethod
    def _timed_out(exc: BaseException) -> bool:
        return "statement timeout" in str(exc)

    # -- schema -----------------------------------------------------------------
    def schema_version(self) -> int:
        exists = self._count(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations' AND table_schema = current_schema()"
        )
        if not exists:
            return 0
        return self._count("SELECT coalesce(max(version), 0) FROM schema_migrations")

    def migrate(self) -> list[int]:
        """Apply every migration newer than the file, each in its own transaction."""
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)"
        )
        done = {row[0] for row in self.con.execute("SELECT version FROM schema_migrations").fetchall()}
        applied = []
        for mig in migrations(self.dialect):
            if mig.version in done:
                continue
            with self.transaction():
                for stmt in dialect_statements(mig.sql, self.dialect):
                    if stmt.native:
                        self._execute_native(stmt.sql)
                    else:
                        self.con.execute(stmt.sql)
                self.con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", [mig.version, mig.name, _now()])
            applied.append(mig.version)
        if 14 in applied:  # the search index (0014) over the articles stored before it
            self.index_missing()
        return applied

    # -- writes -----------------------------------------------------------------
    def start_run(self, command: str, inputs: Sequence[str]) -> str:
        run_id = uuid.uuid4().hex[:12]
        self.con.execute(
            "INSERT INTO runs (id, command, inputs, version, started_at) VALUES (?, ?, ?, ?, ?)",
            [run_id, command, _json(list(inputs)), __version__, _now()],
        )
        return run_id

    def finish_run(self, run_id: str, new: int, duplicate: int, failed: int) -> None:
        self.con.execute(
            "UPDATE runs SET finished_at = ?, new = ?, duplicate = ?, failed = ? WHERE id = ?",
            [_now(), new, duplicate, failed, run_id],
        )

    def add_problems(self, run_id: str, problems: Iterable[Problem]) -> None:
        rows = [[run_id, p.uri, p.stage, p.reason, _now()] for p in problems]
        if rows:
            self.con.executemany("INSERT INTO problems VALUES (?, ?, ?, ?, ?)", rows)

    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE list_contains(?, id)", [list(ids)]).fetchall()
        return {r[0] for r in rows}

    def add_articles(self, articles: Sequence[Article], run_id: str | None = None) -> AddResult:
        """Store a batch in one transaction; already-stored ids are skipped."""
        result = AddResult(new=[], duplicate=[])
        if not articles:
            return result
        with self.transaction():
            known = self.existing_ids([a.id for a in articles])
            now = _now()
            rows = []
            for a in articles:
                if a.id in known:
                    result.duplicate.append(a.id)
                    continue
                known.add(a.id)
                result.new.append(a.id)
                if (warning := unsafe_url_warning(a.url)) and warning not in a.warnings:
                    a.warnings.append(warning)  # the url is kept as given (data); only http(s) ever becomes a link
                rows.append(self._row(a, run_id, now))
            self._insert_rows("articles", ARTICLE_COLUMNS, rows)
            fresh = {a.id: a for a in reversed(articles)}  # the first of each id, as stored above
            self._index_articles([(i, fresh[i].title, fresh[i].text) for i in result.new])
        return result

    def _column_types(self, table: str) -> dict[str, str]:
        if table not in self._types:
            self._types[table] = {
                name: dtype
                for name, dtype in self.con.execute(
                    "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? AND table_schema = current_schema()",
                    [table],
                ).fetchall()
            }
        return self._types[table]

    def _insert_values(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], verb: str = "INSERT") -> None:
        """One multi-row INSERT per chunk: several times faster than executemany."""
        row_sql = "(" + ", ".join("?" * len(columns)) + ")"
        for i in range(0, len(rows), INSERT_CHUNK):
            chunk = rows[i : i + INSERT_CHUNK]
            self.con.execute(
                f"{verb} INTO {table} ({', '.join(columns)}) VALUES {', '.join([row_sql] * len(chunk))}",
                [value for row in chunk for value in row],
            )

    # -- actors and analyses ---------------------------------------------------------
    def save_actors(self, actors: Iterable[Actor]) -> int:
        """Insert or replace actors and their roles (callers hold no transaction)."""
        actors = list({a.id: a for a in actors}.values())
        if not actors:
            return 0
        with self.transaction():
            self._upsert_actors(actors)
        return len(actors)

    def _upsert_actors(self, actors: Sequence[Actor]) -> None:
        now = _now()
        ids = [a.id for a in actors]
        self.con.execute("DELETE FROM actor_roles WHERE list_contains(?, actor_id)", [ids])
        self.con.execute("DELETE FROM actors WHERE list_contains(?, id)", [ids])
        self._insert_rows(
            "actors",
            ACTOR_COLUMNS,
            [
                [
                    a.id,
                    a.name,
                    a.kind,
                    a.country,
                    a.sector,
                    _json(a.aliases),
                    _json(a.adjectives),
                    _json(a.capitals),
                    a.member_of,
                    a.code,
                    a.source,
                    _json(a.flags),
                    now,
                ]
                for a in actors
            ],
        )
        roles = [[a.id, r.title, r.sector, r.country, r.start, r.end, r.code] for a in actors for r in a.roles]
        self._insert_rows("actor_roles", ("actor_id", "title", "sector", "country", "start_date", "end_date", "code"), roles)

    def load_actors(self, source_prefix: str | None = "import:") -> list[Actor]:
        where = "WHERE starts_with(source, ?)" if source_prefix else ""
        params = [source_prefix] if source_prefix else []
        cur = self.con.execute(f"SELECT {', '.join(ACTOR_COLUMNS[:-1])} FROM actors {where} ORDER BY id", params)
        rows = cur.fetchall()
        roles: dict[str, list[dict[str, Any]]] = {}
        if rows:
            for actor_id, title, sector, country, start, end, code in self.con.execute(
                "SELECT actor_id, title, sector, country, start_date, end_date, code FROM actor_roles "
                "WHERE list_contains(?, actor_id) ORDER BY actor_id, start_date NULLS FIRST",
                [[r[0] for r in rows]],
            ).fetchall():
                roles.setdefault(actor_id, []).append(
                    dict(
                        title=title,
                        sector=sector,
                        country=country,
                        start=start.isoformat() if start else None,
                        end=end.isoformat() if end else None,
                        code=code,
                    )
                )
        out = []
        for row in rows:
            d = dict(zip(ACTOR_COLUMNS, row))
            for key in ("aliases", "adjectives", "capitals", "flags"):
                d[key] = json.loads(d[key])
            d["roles"] = roles.get(d["id"], [])
            out.append(Actor.from_dict(d))
        return out

    def remove_actors(self, source: str) -> int:
        n = self._count("SELECT count(*) FROM actors WHERE source = ?", [source])
        with self.transaction():
            self.con.execute("DELETE FROM actor_roles WHERE actor_id IN (SELECT id FROM actors WHERE source = ?)", [source])
            self.con.execute("DELETE FROM actors WHERE source = ?", [source])
        return n

    def save_analyses(self, analyses: Sequence[Analysis], actors: Iterable[Actor | None] = ()) -> None:
        """Replace the mentions of these articles and record the analysis, in one transaction."""
        if not analyses:
            return
        ids = [a.article_id for a in analyses]
        now = _now()
        with self.transaction():
            self.con.execute("DELETE FROM mentions WHERE list_contains(?, article_id)", [ids])
            self.con.execute("DELETE FROM analyses WHERE list_contains(?, article_id)", [ids])
            self._insert_rows(
                "analyses",
                ("article_id", "version", "analyzed_at", "skipped", "date_used", "fivew1h"),
                [
                    [a.article_id, __version__, now, a.skipped, a.date_used, None if a.fivew1h is None else _json(a.fivew1h)]
                    for a in analyses
                ],
            )
            rows = [_values(m, MENTION_COLUMNS) for a in analyses for m in a.mentions]
            self._insert_rows("mentions", MENTION_COLUMNS, rows)
            self.con.execute("DELETE FROM events WHERE list_contains(?, article_id)", [ids])
            self._insert_rows("events", EVENT_COLUMNS, [self._event_row(e) for a in analyses for e in a.events])
            self.con.execute(
                "UPDATE events SET outlet = a.outlet, published = a.published, dyad = CASE WHEN events.source_country "
                "IS NOT NULL AND events.target_country IS NOT NULL THEN least(events.source_country, events.target_country) "
                "|| '-' || greatest(events.source_country, events.target_country) END FROM articles a "
                "WHERE a.id = events.article_id AND list_contains(?, events.article_id)",
                [ids],
            )
            for table in ("quantities", "claims", "article_facts", "actor_tone"):
                self.con.execute(f"DELETE FROM {table} WHERE list_contains(?, article_id)", [ids])
            self._insert_rows(
                "quantities", QUANTITY_COLUMNS, [_values(q, QUANTITY_COLUMNS) for a in analyses for q in a.quantities]
            )
            self._insert_rows("claims", CLAIM_COLUMNS, [_values(c, CLAIM_COLUMNS) for a in analyses for c in a.claims])
            self._insert_rows(
                "article_facts",
                FACT_COLUMNS,
                [
                    [
                        a.article_id,
                        a.genre,
                        _json(a.genre_cues),
                        a.tone.get("tone"),
                        a.tone.get("positive"),
                        a.tone.get("negative"),
                        a.tone.get("polarity"),
                        _json(a.actor_tone),
                    ]
                    for a in analyses
                    if not a.skipped
                ],
            )
            self._insert_rows(
                "actor_tone",
                ("article_id", "actor_id", "tone"),
                [[a.article_id, actor, score] for a in analyses for actor, score in a.actor_tone.items()],
            )
            for side in ("source", "target"):
                self.con.execute(
                    f"UPDATE events SET {side}_tone = t.tone FROM actor_tone t WHERE t.article_id = events.article_id "
                    f"AND t.actor_id = events.{side}_country AND list_contains(?, events.article_id)",
                    [ids],
                )
            for a in analyses:
                if a.genre:
                    self.con.execute("UPDATE articles SET genre = ? WHERE id = ?", [a.genre, a.article_id])
            given = [a for a in actors if a is not None]
            if given:
                known = {
                    r[0]
                    for r in self.con.execute(
                        "SELECT id FROM actors WHERE list_contains(?, id)", [[a.id for a in given]]
                    ).fetchall()
                }
                fresh = list({a.id: a for a in given if a.id not in known}.values())
                if fresh:
                    self._upsert_actors(fresh)
            faults.point("analyze.before_commit")

    @staticmethod
    def _event_row(e: Event) -> list[Any]:
        src, tgt = e.source or Party(None), e.target or Party(None)
        return [
            e.id,
            e.article_id,
            e.sentence_start,
            e.sentence_end,
            e.trigger_start,
            e.trigger_end,
            e.trigger,
            e.plover_type,
            e.plover_mode,
            e.cameo_code,
            e.cameo_root,
            e.quad_class,
            e.intensity,
            src.actor_id,
            src.name,
            src.country,
            src.sector,
            tgt.actor_id,
            tgt.name,
            tgt.country,
            tgt.sector,
            e.date,
            e.date_text,
            e.date_precision,
            e.location,
            e.domain,
            e.factuality,
            e.factuality_cue,
            e.attributed_to,
            e.confidence,
            e.symmetric,
            _json(e.evidence),
            _json(e.source_span) if e.source_span else None,
            _json(e.target_span) if e.target_span else None,
            _json(e.participants or []),
        ]

    EVENT_ORDER = "e.event_date NULLS LAST, e.article_id, e.trigger_start, e.id"

    def events(self, article_ids: Sequence[str] | None = None) -> list[EventRow]:
        """The events of these articles (all events: None), with their article's outlet, url and title, in date order."""
        return self._event_rows(article_ids)

    def events_of(self, article_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """:meth:`events` as JSON-ready dicts (``EventRow.to_dict``)."""
        return [e.to_dict() for e in self._event_rows(article_ids)]

    def _event_rows(
        self,
        article_ids: Sequence[str] | None = None,
        where: str = "",
        params: Sequence[Any] = (),
        *,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[EventRow]:
        """Events (with their article's outlet, url and title) of these articles and/or matching ``where``,
        in date order; ``limit``/``offset`` page in SQL (the join to articles is made after the page is cut)."""
        clauses: list[str] = []
        args: list[Any] = []
        if article_ids is not None:
            clauses.append("list_contains(?, e.article_id)")
            args.append(list(article_ids))
        if where:
            clauses.append(where)
            args += list(params)
        if limit is not None and article_ids is None:
            # events per day first (one narrow column): the page lies between two days, and only the rows of
            # those days meet the full sort
            days = self._day_counts(" AND ".join(clauses), args)
            before, first, last, seen = 0, None, None, 0
            for day, n in days:
                if first is None and seen + n > offset:
                    first, before = (day,), seen
                seen += n
                if seen >= offset + limit:
                    last = (day,)
                    break
            if first is None:
                return []
            offset -= before
            if first[0] is None:
                clauses.append("e.event_date IS NULL")
            elif last is not None and last[0] is not None:
                clauses.append("e.event_date BETWEEN ? AND ?")
                args += [first[0], last[0]]
            else:  # the page runs into the undated events (sorted last): they belong to it
                clauses.append("(e.event_date >= ? OR e.event_date IS NULL)")
                args.append(first[0])
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        if limit is not None:  # the page alone, then its articles' outlet, url and title by id (no join over all)
            cols, rows = self.query(
                f"SELECT e.* FROM events e{where} ORDER BY {self.EVENT_ORDER} LIMIT {int(limit)} OFFSET {int(offset)}", args
            )
            ids = sorted({r[cols.index("article_id")] for r in rows})
            found = (
                {
                    r[0]: r[1:]
                    for r in self.con.execute(
                        "SELECT id, outlet, url, title FROM articles WHERE list_contains(?, id)", [ids]
                    ).fetchall()
                }
                if ids
                else {}
            )
            cols = [*cols, "outlet", "url", "title"]
            rows = [(*r, *found.get(r[cols.index("article_id")], (None, None, None))) for r in rows]
        else:
            cols, rows = self.query(
                f"SELECT e.*, a.outlet, a.url, a.title FROM events e JOIN articles a ON a.id = e.article_id{where} "
                f"ORDER BY {self.EVENT_ORDER}",
                args,
            )
        out = []
        for r in rows:
            d = dict(zip(cols, r))
            d["evidence"] = json.loads(d["evidence"] or "[]")
            for key in ("source_span", "target_span"):  # JSON text (migration 0011); absent before it
                d[key] = json.loads(d[key]) if d.get(key) else None
            d["participants"] = json.loads(d["participants"]) if d.get("participants") else []
            d["event_date"] = d["event_date"].isoformat() if d["event_date"] else None
            out.append(EventRow.from_dict(d))
        return out

    def find_events(self, f: ListFilter | None = None, *, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """The events a filter keeps (``where.event_where``), in date order (undated last), as JSON-ready dicts with
        their article's outlet, url and title; ``limit``/``offset``: one page, cut in SQL."""
        where, params = event_where(f or ListFilter())
        return [e.to_dict() for e in self._event_rows(None, where, params, limit=limit, offset=offset)]

    def count_events(self, f: ListFilter | None = None) -> int:
        """How many events ``find_events`` would give for the same filter (without paging)."""
        where, params = event_where(f or ListFilter())
        return sum(n for _, n in self._day_counts(where, params))

    def events_by_id(self, event_ids: Sequence[str]) -> list[dict[str, Any]]:
        """These events as ``find_events`` gives them, in the order given (ids not stored left out)."""
        if not event_ids:
            return []
        found = {e.id: e.to_dict() for e in self._event_rows(None, IDS.format("e.id"), [list(event_ids)])}
        return [found[i] for i in event_ids if i in found]

    def event_sources(self, event_ids: Sequence[str]) -> dict[str, int]:
        """Independent sources telling each of these events (1 for an event without a date or a second country)."""
        if not event_ids:
            return {}
        rows = self.con.execute(sources_sql(IDS.format("e.id")), [list(event_ids)]).fetchall()
        return {r[0]: int(r[1]) for r in rows}

    def _day_counts(self, where: str, params: Sequence[Any]) -> list[tuple[Any, int]]:
        """(event date, events) in date order for a filter, kept until the data change (pages and totals reuse it)."""
        key = (self.path, where, repr(list(params)))
        version = self.data_version()
        with _DAY_COUNTS_LOCK:
            hit = _DAY_COUNTS.get(key)
        if hit is not None and hit[0] == version:
            return hit[1]
        days: list[tuple[Any, int]] = self.con.execute(
            "SELECT e.event_date, count(*) FROM events e"
            + (" WHERE " + where if where else "")
            + " GROUP BY 1 ORDER BY 1 NULLS LAST",
            list(params),
        ).fetchall()
        with _DAY_COUNTS_LOCK:
            if len(_DAY_COUNTS) > 256:
                _DAY_COUNTS.clear()
            _DAY_COUNTS[key] = (version, days)
        return days

    # -- relations: alerts -----------------------------------------------------------
    def data_version(self) -> tuple[str, ...]:
        """A value that changes whenever the events change (their count, the latest analysis): keys caches."""
        row = self.con.execute(
            "SELECT (SELECT count(*) FROM events), (SELECT max(analyzed_at) FROM analyses), (SELECT max(finished_at) FROM runs)"
        ).fetchone()
        return tuple(str(v) for v in row)

    def _rows_of(self, table: str, columns: Sequence[str], article_ids: Sequence[str], order: str) -> list[dict[str, Any]]:
        cur = self.con.execute(
            f"SELECT {', '.join(columns)} FROM {table} WHERE list_contains(?, article_id) ORDER BY {order}", [list(article_ids)]
        )
        return [dict(zip(columns, row)) for row in cur.fetchall()]

    def quantities_of(self, article_ids: Sequence[str]) -> list[dict[str, Any]]:
        rows = self._rows_of("quantities", QUANTITY_COLUMNS, article_ids, "article_id, start_char")
        for r in rows:
            r["actors"] = json.loads(r["actors"] or "[]")
        return rows

    def claims_of(self, article_ids: Sequence[str]) -> list[dict[str, Any]]:
        rows = self._rows_of("claims", CLAIM_COLUMNS, article_ids, "article_id, start_char")
        for r in rows:
            r["stance"] = json.loads(r["stance"] or "[]")
        return rows

    def facts_of(self, article_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Genre and tone per article id."""
        out = {}
        for r in self._rows_of("article_facts", FACT_COLUMNS, article_ids, "article_id"):
            r["genre_cues"] = json.loads(r["genre_cues"] or "[]")
            r["actor_tone"] = json.loads(r["actor_tone"] or "{}")
            out[r["article_id"]] = r
        return out

    # -- reads for briefs, stories and the demo --------------------------------------
    _GROUPS = {"outlet": "outlet", "month": "substr(CAST(published AS VARCHAR), 1, 7)", "language": "language"}

    def article_counts(self, by: str, article_ids: Sequence[str] | None = None) -> list[tuple[str, int]]:
        """Articles per outlet, month ("YYYY-MM") or language, of these articles (or all), in key order;
        a missing value counts as "(unknown)"."""
        if by not in self._GROUPS:
            raise ValueError(f"by must be one of {', '.join(self._GROUPS)}")
        where = "WHERE list_contains(?, id)" if article_ids is not None else ""
        params = [list(article_ids)] if article_ids is not None else []
        rows = self.con.execute(
            f"SELECT coalesce(CAST({self._GROUPS[by]} AS VARCHAR), '(unknown)') AS k, count(*) AS n FROM articles {where} "
            "GROUP BY 1 ORDER BY 1",
            params,
        ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def stories_of_articles(self, article_ids: Sequence[str], order: str = "placed") -> list[str]:
        """The ids of the stories holding any of these articles: in the order the clusterer placed their first
        member (``placed``), or those holding most of the articles first (``most``, then by id)."""
        if not article_ids:
            return []
        orders = {"placed": "min(position)", "most": "count(*) DESC, story_id"}
        if order not in orders:
            raise ValueError(f"order must be one of {', '.join(orders)}")
        return self._first_column(
            f"SELECT story_id FROM story_members WHERE list_contains(?, article_id) GROUP BY story_id ORDER BY {orders[order]}",
            [list(article_ids)],
        )

    def analysis_counts(self) -> tuple[int, int]:
        """(articles analysed, articles set aside by the analysis, e.g. not English)."""
        row = self.con.execute(
            "SELECT count(*) FILTER (WHERE skipped IS NULL), count(*) FILTER (WHERE skipped IS NOT NULL) FROM analyses"
        ).fetchone()
        return (int(row[0] or 0), int(row[1] or 0)) if row else (0, 0)

    def top_actors(self, article_ids: Sequence[str] | None = None, limit: int = 15) -> list[dict[str, Any]]:
        """The most mentioned resolved actors of these articles (or all); parser-only names and unknown actors left
        out. Keys: id, name (the stored actor's, else the mention's), country, sector (the most frequent), mentions,
        articles."""
        where = "AND list_contains(?, m.article_id)" if article_ids is not None else ""
        params: list[Any] = [list(article_ids)] if article_ids is not None else []
        cur = self.con.execute(
            f"""SELECT m.actor_id AS id, coalesce(any_value(a.name), any_value(m.name)) AS name, any_value(m.country) AS country,
                       mode(m.sector) AS sector, count(*) AS mentions, count(DISTINCT m.article_id) AS articles
                FROM mentions m LEFT JOIN actors a ON a.id = m.actor_id
                WHERE m.how <> 'ner-only' AND m.actor_id IS NOT NULL AND NOT starts_with(m.actor_id, 'UNK.') {where}
                GROUP BY m.actor_id ORDER BY mentions DESC, id LIMIT {int(limit)}""",
            params,
        )
        keys = ("id", "name", "country", "sector", "mentions", "articles")
        return [dict(zip(keys, r)) for r in cur.fetchall()]

    def analysed_article_ids(self) -> list[str]:
        """Articles analysed (not set aside), by publication date (undated last), then storage order and id."""
        return self._first_column(
            "SELECT a.id FROM articles a JOIN analyses an ON an.article_id = a.id WHERE an.skipped IS NULL "
            "ORDER BY a.published NULLS LAST, a.ingested_at, a.id"
        )

    def articles_about(self, word: str, limit: int = 100_000) -> list[str]:
        """Ids of the articles whose text holds ``word`` (any case), those most about it first: its occurrences
        per 1,000 characters, then id; at most ``limit``."""
        return self._first_column(
            "SELECT id FROM articles WHERE text ILIKE ? AND length(text) > 0 "
            "ORDER BY (length(text) - length(replace(lower(text), lower(?), ''))) / length(?) * 1000.0 / length(text) DESC, id "
            "LIMIT ?",
            [f"%{word}%", word, word, int(limit)],
        )

    # -- feeds --------------------------------------------------------------------
    def feed_state(self, url: str) -> tuple[dict[str, str | None], set[str]]:
        """(etag and last-modified, ids of the items already taken) of a watched feed."""
        row = self.con.execute("SELECT etag, last_modified FROM feeds WHERE url = ?", [url]).fetchone()
        seen = {r[0] for r in self.con.execute("SELECT item_id FROM feed_items WHERE feed_url = ?", [url]).fetchall()}
        return ({"etag": row[0], "last_modified": row[1]} if row else {}), seen

    def save_feed_state(self, url: str, state: dict[str, str | None], taken: Sequence[tuple[str, str]]) -> None:
        """Record a poll: the feed's validators and the items now stored, in one transaction."""
        now = _now()
        with self.transaction():
            self.con.execute(
                "INSERT INTO feeds VALUES (?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, "
                "last_modified = excluded.last_modified, last_polled = excluded.last_polled",
                [url, state.get("etag"), state.get("last_modified"), now],
            )
            for item_id, article_id in taken:
                self.con.execute(
                    "INSERT INTO feed_items VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", [url, item_id, article_id, now]
                )

    def feed_articles_to_analyse(self) -> list[str]:
        """Articles taken from feeds that have no analysis yet (e.g. a watch stopped between storing and analysing)."""
        return self._first_column(
            "SELECT DISTINCT f.article_id FROM feed_items f JOIN articles a ON a.id = f.article_id "
            "LEFT JOIN analyses an ON an.article_id = f.article_id WHERE an.article_id IS NULL ORDER BY 1"
        )

    def unplaced_count(self) -> int:
        """Analysed articles not yet placed in a story."""
        return self._count(
            "SELECT count(*) FROM analyses an LEFT JOIN story_members sm ON sm.article_id = an.article_id "
            "WHERE an.skipped IS NULL AND sm.article_id IS NULL"
        )

    # -- stories ------------------------------------------------------------------
    def story_members(self) -> list[tuple[str, str]]:
        """(article id, story id) in the order the clusterer placed them."""
        return [
            (a, s) for a, s in self.con.execute("SELECT article_id, story_id FROM story_members ORDER BY position").fetchall()
        ]

    def save_stories(self, members: StoryMembers, stories: Rows, threads: Rows = (), syndication: Syndication = ()) -> None:
        """Replace the story and thread tables and memberships, and set the articles' syndication
        (article id, group, origin), in one transaction: a crash leaves the previous pass whole."""
        now = _now()
        with self.transaction():
            self.con.execute("DELETE FROM story_members")
            self.con.execute("DELETE FROM stories")
            self.con.execute("DELETE FROM threads")
            self._insert_rows(
                "story_members", ("story_id", "article_id", "position"), [[s, a, i] for i, (a, s) in enumerate(members)]
            )
            self._insert_rows(
                "stories",
                STORY_COLUMNS,
                [
                    [
                        st["id"],
                        st["title"],
                        st["start"],
                        st["end"],
                        len(st["articles"]),
                        _json(st["outlets"]),
                        _json(st["actors"]),
                        _json(st["fivew1h"]),
                        _json(st["summary"]),
                        now,
                        st.get("thread"),
                        st.get("sources"),
                    ]
                    for st in stories
                ],
            )
            self._insert_rows(
                "threads",
                THREAD_COLUMNS,
                [
                    [t["id"], t["title"], t["start"], t["end"], len(t["stories"]), t["articles"], _json(t["stories"]), now]
                    for t in threads
                ],
            )
            if syndication:  # only the rows whose values change are written
                now_set = {
                    a: (g, o)
                    for a, g, o in self.con.execute(
                        "SELECT id, syndication_group, origin FROM articles WHERE syndication_group IS NOT NULL OR origin IS NOT NULL"
                    ).fetchall()
                }
                wanted = {a: (g, o) for a, g, o in syndication if g or o}
                changed = [
                    [*wanted.get(a, (None, None)), a]
                    for a in sorted(set(now_set) | set(wanted))
                    if wanted.get(a, (None, None)) != now_set.get(a, (None, None))
                ]
                if changed:
                    self.con.executemany("UPDATE articles SET syndication_group = ?, origin = ? WHERE id = ?", changed)
            faults.point("stories.before_commit")

    def stories(self, f: ListFilter | None = None, *, limit: int | None = None, offset: int = 0) -> list[Story]:
        """The stories a filter keeps (``where.story_where``), largest first, then latest, then by id."""
        return [self._story(row) for row in self._group_rows(STORIES, f, limit, offset)]

    def count_stories(self, f: ListFilter | None = None) -> int:
        return self._group_count(STORIES, f)

    def stories_by_id(self, story_ids: Sequence[str]) -> list[dict[str, Any]]:
        """These stories (``Story.to_dict()``), in the order given (ids not stored left out)."""
        if not story_ids:
            return []
        rows = self.con.execute(
            f"SELECT {', '.join(STORY_COLUMNS)} FROM stories WHERE " + IDS.format("id"), [list(story_ids)]
        ).fetchall()
        found = {r[0]: self._story(r).to_dict() for r in rows}
        return [found[i] for i in story_ids if i in found]

    def story_of_article(self, article_id: str) -> str | None:
        row = self.con.execute("SELECT story_id FROM story_members WHERE article_id = ?", [article_id]).fetchone()
        return row[0] if row else None

    def search_stories(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        rows = self.con.execute(
            "SELECT id, title, size FROM stories WHERE title ILIKE ? ORDER BY size DESC, id LIMIT ?", [f"%{text}%", limit]
        ).fetchall()
        return [dict(zip(("id", "title", "size"), r)) for r in rows]

    # -- actors with their mentions (API) ----------------------------------------------
    def find_actors(
        self, text: str | None = None, *, country: str | None = None, limit: int | None = 50, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Stored actors (names or ids containing ``text``; of ``country``) with their mention counts, most mentioned first."""
        where, params = self._actor_where(text, country)
        rows = self.con.execute(
            f"""SELECT a.id, a.name, a.kind, a.country, a.sector, count(m.article_id) AS mentions
                FROM actors a LEFT JOIN mentions m ON m.actor_id = a.id{where}
                GROUP BY a.id, a.name, a.kind, a.country, a.sector ORDER BY mentions DESC, a.id{page(limit, offset)}""",
            params,
        ).fetchall()
        return [dict(zip(("id", "name", "kind", "country", "sector", "mentions"), r)) for r in rows]

    def count_actors(self, text: str | None = None, *, country: str | None = None) -> int:
        where, params = self._actor_where(text, country)
        return self._count(f"SELECT count(*) FROM actors a{where}", params)

    @staticmethod
    def _actor_where(text: str | None, country: str | None) -> tuple[str, list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if text:
            where.append("(a.name ILIKE ? OR a.id ILIKE ?)")
            params += [f"%{text}%", f"%{text}%"]
        if country:
            where.append("a.country = ?")
            params.append(country)
        return joined(*where), params

    def search_actors(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        like = f"%{text}%"
        rows = self.con.execute(
            "SELECT id, name, country, sector FROM actors WHERE name ILIKE ? OR id ILIKE ? ORDER BY id LIMIT ?",
            [like, like, limit],
        ).fetchall()
        return [dict(zip(("id", "name", "country", "sector"), r)) for r in rows]

    def actor_stored(self, actor_id: str) -> bool:
        return self._count("SELECT count(*) FROM actors WHERE id = ?", [actor_id]) > 0

    def actor_mention_counts(self, actor_id: str) -> tuple[int, int]:
        """(mentions, articles) of one actor."""
        n = self.con.execute(
            "SELECT count(*), count(DISTINCT article_id) FROM mentions WHERE actor_id = ?", [actor_id]
        ).fetchone()
        return n[0], n[1]

    def get_story(self, story_id: str) -> dict[str, Any] | None:
        """:meth:`story` as a JSON-ready dict."""
        st = self.story(story_id)
        return st.to_dict() if st is not None else None

    def story(self, story_id: str) -> Story | None:
        """One story with its member article ids (in placing order), or None."""
        row = self.con.execute(f"SELECT {', '.join(STORY_COLUMNS)} FROM stories WHERE id = ?", [story_id]).fetchone()
        if row is None:
            return None
        st = self._story(row)
        st.articles = self._first_column("SELECT article_id FROM story_members WHERE story_id = ? ORDER BY position", [story_id])
        return st

    def threads(self, f: ListFilter | None = None, *, limit: int | None = None, offset: int = 0) -> list[Thread]:
        """The threads a filter keeps (``where.thread_where``), those with most articles first."""
        return [self._thread(row) for row in self._group_rows(THREADS, f, limit, offset)]

    def count_threads(self, f: ListFilter | None = None) -> int:
        return self._group_count(THREADS, f)

    def _group_rows(self, g: Groups, f: ListFilter | None, limit: int | None, offset: int) -> list[tuple[Any, ...]]:
        where, params = g.where(f or ListFilter())
        sql = f"SELECT {', '.join(g.columns)} FROM {g.table} WHERE {where} ORDER BY {g.order}{page(limit, offset)}"
        rows: list[tuple[Any, ...]] = self.con.execute(sql, params).fetchall()
        return rows

    def _group_count(self, g: Groups, f: ListFilter | None) -> int:
        where, params = g.where(f or ListFilter())
        return self._count(f"SELECT count(*) FROM {g.table} WHERE {where}", params)

    def get_thread(self, thread_id: str) -> dict[str, Any] | None:
        row = self.con.execute(f"SELECT {', '.join(THREAD_COLUMNS)} FROM threads WHERE id = ?", [thread_id]).fetchone()
        return self._thread(row).to_dict() if row else None

    @staticmethod
    def _thread(row: Sequence[Any]) -> Thread:
        return Thread(**_group_fields(THREADS, row))

    @staticmethod
    def _story(row: Sequence[Any]) -> Story:
        return Story(**_group_fields(STORIES, row))

    def mentions_of(self, article_ids: Sequence[str]) -> list[Mention]:
        cur = self.con.execute(
            f"SELECT {', '.join(MENTION_COLUMNS)} FROM mentions WHERE list_contains(?, article_id) ORDER BY article_id, start_char, end_char, actor_id NULLS LAST",
            [list(article_ids)],
        )
        out = []
        for row in cur.fetchall():
            d = dict(zip(MENTION_COLUMNS, row))
            d["start"], d["end"] = d.pop("start_char"), d.pop("end_char")
            out.append(Mention(**d))
        return out

    def fivew1h_of(self, article_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The stored 5W1H of these articles' leads (analysis), by article id; articles analysed before it was kept are absent."""
        cur = self.con.execute(
            "SELECT article_id, fivew1h FROM analyses WHERE list_contains(?, article_id) AND fivew1h IS NOT NULL",
            [list(article_ids)],
        )
        return {a: json.loads(v) for a, v in cur.fetchall()}

    def analyzed_ids(self, article_ids: Sequence[str]) -> set[str]:
        rows = self.con.execute(
            "SELECT article_id FROM analyses WHERE list_contains(?, article_id)", [list(article_ids)]
        ).fetchall()
        return {r[0] for r in rows}

    @staticmethod
    def _row(a: Article, run_id: str | None, now: datetime) -> list[Any]:
        d = a.to_dict()
        return [
            a.id,
            a.url,
            a.outlet,
            a.title,
            a.subtitle,
            a.author,
            a.published,
            a.language,
            a.language_score,
            a.genre,
            a.text,
            _json(d["paragraphs"]),
            _json(d["headings"]),
            _json(a.meta),
            a.source_uri,
            a.source_sha256,
            a.extractor,
            _json(a.warnings),
            run_id,
            now,
            a.syndication_group,
            a.origin,
        ]

    # -- full-text search (BM25 over titles and texts; store/search.py) ---------------
    def _index_articles(self, articles: Sequence[tuple[str, str | None, str]]) -> None:
        """Add (id, title, text) to the search index; the caller holds the transaction."""
        from .search import index_rows

        docs, terms = [], []
        for article_id, title, text in articles:
            doc, rows = index_rows(article_id, title, text)
            docs.append(doc)
            terms += rows
        self._insert_rows("search_docs", ("article_id", "title_len", "text_len"), docs)
        self._insert_rows("search_terms", ("term", "article_id", "tf_title", "tf_text"), terms)

    def unindexed_count(self) -> int:
        """Stored articles the search index does not hold yet (stored before migration 0014)."""
        return self._count("SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM search_docs)")

    def index_missing(self, batch: int = 500) -> int:
        """Index every stored article the search index lacks, a batch per transaction; return how many."""
        done = 0
        while True:
            rows = self.con.execute(
                "SELECT id, title, text FROM articles WHERE id NOT IN (SELECT article_id FROM search_docs) ORDER BY id LIMIT ?",
                [batch],
            ).fetchall()
            if not rows:
                return done
            with self.transaction():
                self._index_articles(rows)
            done += len(rows)

    def search(
        self, query: str, f: ListFilter | None = None, *, limit: int = 20, offset: int = 0, snippets: bool = True
    ) -> dict[str, Any]:
        """Ranked full-text search over titles and texts.

        Articles holding more of the query's distinct terms come first, then by BM25F score (k1 1.2, b 0.75,
        title terms twice). Returns plain data: ``{query, terms, total, results: [{id, title, outlet, published,
        url, score, matched, snippet, snippet_start, snippet_end, highlights}], facets: {outlet, month, country},
        unindexed}``; facets count the articles of the whole (filtered) result, not only this page; highlights
        are [start, end] offsets into the article's text.
        """
        from .search import query_terms

        terms = query_terms(query)
        result: dict[str, Any] = {
            "query": query,
            "terms": terms,
            "total": 0,
            "results": [],
            "facets": {"outlet": [], "month": [], "country": []},
            "unindexed": self.unindexed_count(),
        }
        if not terms:
            return result
        rows = self._search_hits(terms, f)
        result["total"] = len(rows)
        result["facets"] = self._search_facets(rows)
        result["results"] = self._search_results(rows[offset : offset + limit], terms, snippets)
        return result

    def _search_hits(self, terms: list[str], f: ListFilter | None) -> list[tuple[Any, ...]]:
        """(article id, matched, score, title, outlet, published, url) of every article holding a term, best first."""
        from .search import K1, TITLE_WEIGHT, B

        where, params = article_where(f or ListFilter())  # the articles' filters (outlet, dates, country, ...)
        tf = f"({TITLE_WEIGHT} * t.tf_title + t.tf_text)"
        dl = f"({TITLE_WEIGHT} * d.title_len + d.text_len)"
        sql = f"""
            WITH m AS (SELECT term, article_id, tf_title, tf_text FROM search_terms WHERE list_contains(?, term)),
            stats AS (SELECT count(*) AS n, avg({TITLE_WEIGHT} * title_len + text_len) AS avgdl FROM search_docs),
            df AS (SELECT term, count(*) AS df FROM m GROUP BY term),
            hits AS (
                SELECT t.article_id, count(*) AS matched,
                       sum(ln(1 + (stats.n - df.df + 0.5) / (df.df + 0.5)) * {tf} * {K1 + 1}
                           / ({tf} + {K1} * (1 - {B} + {B} * {dl} / stats.avgdl))) AS score
                FROM m t JOIN df ON df.term = t.term JOIN search_docs d ON d.article_id = t.article_id
                     CROSS JOIN stats
                GROUP BY t.article_id)
            SELECT h.article_id, h.matched, h.score, a.title, a.outlet, a.published, a.url
            FROM hits h JOIN articles a ON a.id = h.article_id
            {joined(where)}
            ORDER BY h.matched DESC, h.score DESC, a.id"""
        rows: list[tuple[Any, ...]] = self.con.execute(sql, [terms, *params]).fetchall()
        return rows

    def _search_facets(self, rows: list[tuple[Any, ...]]) -> dict[str, list[dict[str, Any]]]:
        """The hits counted by outlet, month and country (the countries their mentions resolve to)."""
        outlets: dict[str, int] = {}
        months: dict[str, int] = {}
        for r in rows:
            outlets[r[4] or "(unknown)"] = outlets.get(r[4] or "(unknown)", 0) + 1
            month = str(r[5])[:7] if r[5] else "(undated)"
            months[month] = months.get(month, 0) + 1
        countries: dict[str, int] = {}
        if rows:
            for (code,) in self.con.execute(
                "SELECT country FROM (SELECT DISTINCT article_id, country FROM mentions "
                "WHERE list_contains(?, article_id) AND country IS NOT NULL) AS m",
                [[r[0] for r in rows]],
            ).fetchall():
                countries[code] = countries.get(code, 0) + 1
        return {
            "outlet": [{"value": k, "count": v} for k, v in sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0]))],
            "month": [{"value": k, "count": v} for k, v in sorted(months.items(), reverse=True)],
            "country": [{"value": k, "count": v} for k, v in sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))],
        }

    def _search_results(self, shown: list[tuple[Any, ...]], terms: list[str], snippets: bool) -> list[dict[str, Any]]:
        """The page of hits as plain records, with a snippet of each text and the terms' offsets in it."""
        from .search import snippet

        texts = {}
        if snippets and shown:
            marks = ", ".join("?" * len(shown))  # an IN list of values: DuckDB then reads only these rows' texts
            texts = {
                i: t
                for i, t in self.con.execute(
                    f"SELECT id, text FROM articles WHERE id IN ({marks})", [r[0] for r in shown]
                ).fetchall()
            }
        out = []
        for article_id, matched, score, title, outlet, published, url in shown:
            rec = {
                "id": article_id,
                "title": title,
                "outlet": outlet,
                "published": published.isoformat() if published else None,
                "url": url,
                "score": round(float(score), 4),
                "matched": int(matched),
            }
            if snippets:
                snip = snippet(texts.get(article_id, ""), terms)
                rec.update(snippet=snip["text"], snippet_start=snip["start"], snippet_end=snip["end"], highlights=snip["hits"])
            out.append(rec)
        return out

    def event_sentences(self, event_ids: Sequence[str]) -> dict[str, str | None]:
        """The sentence behind each event (from ``events_view``)."""
        if not event_ids:
            return {}
        return dict(
            self.con.execute("SELECT id, sentence_text FROM events_view WHERE list_contains(?, id)", [list(event_ids)]).fetchall()
        )

    def unanalysed_ids(self) -> list[str]:
        """Stored articles never analysed, oldest stored first."""
        return self._first_column(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM analyses) ORDER BY ingested_at, id"
        )

    # -- reads ------------------------------------------------------------------
    def count(self, table: str = "articles") -> int:
        return self._count(f'SELECT count(*) FROM "{table}"')

    def find_articles(self, f: ListFilter | None = None, *, limit: int | None = 50, offset: int = 0) -> list[dict[str, Any]]:
        """The articles a filter keeps (``where.article_where``), newest first (undated last), then by id: the list
        columns (:data:`ARTICLE_LIST_COLUMNS`), ``analysed`` telling whether the analysis ran on it."""
        where, params = article_where(f or ListFilter())
        rows = self.con.execute(
            f"SELECT {ARTICLE_LIST_SELECT} FROM articles a{joined(where)} "
            f"ORDER BY a.published DESC NULLS LAST, a.id{page(limit, offset)}",
            params,
        ).fetchall()
        return [dict(zip(ARTICLE_LIST_COLUMNS, r)) for r in rows]

    def count_articles(self, f: ListFilter | None = None) -> int:
        where, params = article_where(f or ListFilter())
        return self._count(f"SELECT count(*) FROM articles a{joined(where)}", params)

    def list_articles(self, f: ListFilter | None = None, *, limit: int | None = 50, offset: int = 0) -> list[dict[str, Any]]:
        """:meth:`find_articles` without ``analysed``."""
        return [{k: v for k, v in r.items() if k != "analysed"} for r in self.find_articles(f, limit=limit, offset=offset)]

    def resolve_id(self, prefix: str) -> str:
        """A full id from an unambiguous prefix (at least 4 characters)."""
        if len(prefix) < 4:
            raise StoreError("give at least 4 characters of the article id")
        rows = self.con.execute("SELECT id FROM articles WHERE starts_with(id, ?) LIMIT 3", [prefix]).fetchall()
        if not rows:
            raise StoreError(f"no article with id {prefix!r}")
        if len(rows) > 1:
            raise StoreError(f"id prefix {prefix!r} is ambiguous: {', '.join(r[0] for r in rows)} ...")
        return str(rows[0][0])

    def get_article(self, article_id: str) -> Article:
        cur = self.con.execute(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE id = ?", [self.resolve_id(article_id)])
        return self._article(cur.fetchone())

    def get_articles(self, article_ids: Sequence[str]) -> dict[str, Article]:
        """The stored articles with these full ids, in one query (ids not stored are left out)."""
        if not article_ids:
            return {}
        cur = self.con.execute(
            f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE id IN (SELECT unnest(CAST(? AS VARCHAR[])))",
            [list(article_ids)],
        )
        found = [self._article(row) for row in cur.fetchall()]
        return {a.id: a for a in found}

    @staticmethod
    def _article(row: Sequence[Any]) -> Article:
        d = dict(zip(ARTICLE_COLUMNS, row))
        for key in ("paragraphs", "headings", "meta", "warnings"):
            d[key] = json.loads(d[key])
        d["published"] = d["published"].isoformat() if d["published"] else None
        return Article.from_dict(d)

    def query(self, sql: str, params: Sequence[Any] | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
        try:
            cur = self.con.execute(sql, params or [])
        except self.errors as exc:
            raise StoreError(str(exc).strip().splitlines()[0]) from None
        if cur.description is None:
            return [], []
        return [c[0] for c in cur.description], cur.fetchall()

    def export(self, source: str, fmt: str, path: str | os.PathLike[str]) -> int:
        """Write a table (or a SELECT) to Parquet, CSV or JSON Lines; return rows."""
        if fmt not in EXPORT_FORMATS:
            raise StoreError(f"unknown export format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")
        tables = self.tables()
        if source in tables:
            select = f'SELECT * FROM "{source}"'
        elif source.lstrip().lower().startswith(("select", "with", "from")):
            select = source
        else:
            raise StoreError(f"no table {source!r}: choose one of {', '.join(sorted(tables))} or give a SELECT")
        try:
            return self._copy_out(select, fmt, str(path))
        except self.errors as exc:
            raise StoreError(str(exc).strip().splitlines()[0]) from None

    def tables(self) -> set[str]:
        return {
            r[0]
            for r in self.con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            ).fetchall()
        }

    def close(self) -> None:
        try:
            self.con.close()
        except Exception:
            pass

    def __enter__(self) -> SQLStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
