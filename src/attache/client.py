"""The Python API: ``attache.connect(path)`` for a database, ``attache.analyze_text(text)`` for one text.

Everything returned is plain data (dicts, lists, strings, numbers); lists of rows come as
:class:`Records`, a ``list`` of dicts with ``.to_pandas()`` and ``.to_polars()`` when those libraries
are installed. Heavy modules (spaCy, the stages) are imported only when a method needs them, so
``import attache`` stays cheap. Documented in docs/python.md (whose examples the tests run).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .model import DyadQuery, ListFilter
from .store import default_db, open_store


class Records(list):
    """Rows as a list of dicts; ``meta`` holds what came with them (totals, facets, the rest of a timeline)."""

    def __init__(self, rows: Iterable[dict[str, Any]] = (), **meta: Any) -> None:
        super().__init__(rows)
        self.meta = meta

    def to_pandas(self):
        try:
            import pandas
        except ImportError:
            raise ImportError("to_pandas() needs pandas: pip install pandas") from None
        return pandas.DataFrame.from_records(list(self))

    def to_polars(self):
        try:
            import polars
        except ImportError:
            raise ImportError("to_polars() needs polars: pip install polars") from None
        return polars.from_dicts(list(self), infer_schema_length=None)


def _as_paths(paths: str | Sequence[str]) -> list[str]:
    return [paths] if isinstance(paths, str) else [str(p) for p in paths]


def _filter(f: ListFilter | None, filters: dict[str, Any]) -> ListFilter:
    """The filter given, with the fields given as keywords on top (public names too: ``type``, ``all``)."""
    return ListFilter.of(f, **filters)


class Database:
    """One attache database (a DuckDB file, ``:memory:`` or a ``postgresql://`` URL), opened once.

    DuckDB lets one process write a file at a time: open with ``read_only=True`` to read while
    ``attache watch`` or another program writes. Use it as a context manager or call :meth:`close`.
    """

    def __init__(self, db: str | None = None, *, read_only: bool = False) -> None:
        self.location = default_db(db)
        self.store = open_store(self.location, read_only=read_only)

    def __repr__(self) -> str:
        return f"attache.Database({self.location!r})"

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    # -- writing ------------------------------------------------------------------
    def ingest(self, paths: str | Sequence[str], **metadata: str) -> dict[str, Any]:
        """Read files, folders or globs, extract and store the articles (duplicates once).
        ``metadata``: outlet, published, author (and url, title for a single file) for every document.
        Returns ``{new, duplicate, failed, article_ids, problems}``; bad items are listed, never raised."""
        from .pipeline import ingest

        summary = ingest(self.store, _as_paths(paths), overrides={k: v for k, v in metadata.items() if v})
        return {
            "new": summary.new,
            "duplicate": summary.duplicate,
            "failed": summary.failed,
            "article_ids": list(summary.article_ids),
            "problems": [p.line() for p in summary.problems],
        }

    def analyze(
        self, paths: str | Sequence[str] | None = None, *, redo: bool = False, workers: int = 1, stories: bool = True
    ) -> dict[str, Any]:
        """Ingest ``paths`` (if given) and analyse those articles; without paths, every stored article not
        analysed yet. Then place them in stories. Returns counts."""
        from .pipeline import analyse

        report: dict[str, Any] = {}
        if paths is not None:
            report["ingest"] = self.ingest(paths)
            ids = report["ingest"]["article_ids"]
        else:
            ids = self.store.unanalysed_ids()
        done = analyse(self.store, ids, redo=redo, workers=workers, stories=stories)
        result = done.analysis
        report.update(
            analyzed=result.analyzed, skipped=[{"id": i, "why": why} for i, why in result.skipped], mentions=result.mentions
        )
        if stories:
            report["stories"] = done.stories
        return report

    # -- reading ------------------------------------------------------------------
    def articles(self, f: ListFilter | None = None, *, limit: int = 50, offset: int = 0, **filters: Any) -> Records:
        """Stored articles, newest first. The filter as a :class:`~attache.model.ListFilter` or as its fields
        (``outlet``, ``since``, ``until``, ``language``, ``genre``, ``q``, ``country``, ``actor``, ...)."""
        rows = self.store.list_articles(_filter(f, filters), limit=limit, offset=offset)
        return Records({**r, "published": r["published"].isoformat() if r.get("published") else None} for r in rows)

    def article(self, article_id: str) -> dict[str, Any]:
        """One article (id or a prefix of 4+ characters): metadata, clean text, paragraphs, headings."""
        return self.store.get_article(article_id).to_dict()

    def events(self, f: ListFilter | None = None, *, limit: int | None = None, **filters: Any) -> Records:
        """Coded events, each with its ``sentence``, article ``url``, ``outlet`` and ``title``. The filter as a
        :class:`~attache.model.ListFilter` or as its fields: ``dyad=("USA", "PAK")`` for events between two countries
        (or actor ids), either direction unless ``directed``; ``actor``, ``country``, ``type``, ``domain``,
        ``factuality``, ``include_all``, ``since``, ``until``, ``outlet``, ``min_sources``."""
        rows = self.store.find_events(_filter(f, filters), limit=limit)
        sentences = self.store.event_sentences([r["id"] for r in rows])
        return Records({**r, "sentence": sentences.get(r["id"])} for r in rows)

    def stories(self, f: ListFilter | None = None, *, limit: int | None = None, **filters: Any) -> Records:
        """Stories, largest first. The filter as a :class:`~attache.model.ListFilter` or as its fields (``since``,
        ``until``, ``actor``: a country code or an actor id, ``min_size``, ``min_sources``, ``type``, ...)."""
        return Records(st.to_dict() for st in self.store.stories(_filter(f, filters), limit=limit))

    def story(self, story_id: str) -> dict[str, Any] | None:
        """One story with its member article ids, or None."""
        return self.store.get_story(story_id)

    def compare(self, story_id: str) -> dict[str, Any] | None:
        """How the outlets of a story agree, differ, conflict and frame it (None: no such story)."""
        from .stories.compare import compare

        return compare(self.store, story_id)

    def dyad(self, a: str, b: str, **options: Any) -> Records:
        """The timeline of two actors: one record per interval (events, index, shares, outlets, articles, ``by``
        breakdown); ``.meta`` holds the rest (trend, what was counted). ``options``: the fields of
        :class:`~attache.model.DyadQuery` (``since``, ``until``, ``interval``, ``by``, ``directed``, ``include_all``,
        ``min_confidence``)."""
        from .relations import timeline

        tl = timeline(self.store, DyadQuery(a, b, **options))
        periods = tl.pop("periods")
        return Records(periods, **tl)

    def brief(self, a: str, b: str, *, format: str | None = None, **options: Any) -> Any:
        """The relationship brief as a dict, or rendered as ``format`` "md", "html" or "json" (a string).
        ``options``: ``since``, ``until``, ``interval``, ``min_confidence`` (``attache.report.dyad.build_dyad_brief``)."""
        from .report.dyad import build_dyad_brief, render_dyad_brief

        br = build_dyad_brief(self.store, a, b, chart=format == "html", **options)
        return render_dyad_brief(br, format) if format else br

    def search(self, query: str, f: ListFilter | None = None, *, limit: int = 20, offset: int = 0, **filters: Any) -> Records:
        """Ranked full-text search; each record has a snippet and highlight offsets; ``.meta`` has total and facets.
        The filter as a :class:`~attache.model.ListFilter` or as its fields (``outlet``, ``since``, ``until``,
        ``country``, ...), as for :meth:`articles`."""
        found = self.store.search(query, _filter(f, filters), limit=limit, offset=offset)
        return Records(found.pop("results"), **found)

    def sql(self, query: str, params: Sequence[Any] | None = None) -> Records:
        """Any SQL on the database (DuckDB's dialect on a file, PostgreSQL's on a server), as records."""
        cols, rows = self.store.query(query, params)
        return Records(dict(zip(cols, r)) for r in rows)


def connect(db: str | None = None, *, read_only: bool = False) -> Database:
    """Open (or create) an attache database: a DuckDB file path, ``:memory:`` or a ``postgresql://`` URL;
    default ``$ATTACHE_DB`` or ``./attache.duckdb``."""
    return Database(db, read_only=read_only)


def analyze_text(
    text: str, *, title: str | None = None, published: str | None = None, outlet: str | None = None, url: str | None = None
) -> dict[str, Any]:
    """Analyse one text without a database: the same dict as ``attache analyze --format json``
    (``articles``, ``mentions``, ``actors``, ``events``, ``quantities``, ``claims``, ...)."""
    from .model import RawDocument
    from .pipeline import analyse, ingest_items
    from .report import build_brief

    meta = {k: v for k, v in dict(title=title, published=published, outlet=outlet, url=url).items() if v}
    raw = RawDocument(uri="<text>", content=text, content_type="text", meta=meta, size=len(text.encode("utf-8")))
    with open_store(":memory:") as store:
        summary = ingest_items(store, [raw], command="analyze_text")
        if summary.problems:
            raise ValueError(summary.problems[0].reason)
        analyse(store, summary.article_ids, stories=False)
        return build_brief(store, summary.article_ids)
