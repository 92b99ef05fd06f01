"""``attache load``: the Parquet tables of a scale-out run into the store, then stories.

The tables are read with DuckDB, each sorted by article id and walked in step, so memory holds one
batch of articles at a time whatever the size of the run. Articles and analyses go through the same
store calls as ``attache ingest`` and ``attache analyze`` (``add_articles``, ``save_analyses``):
ids are content hashes, so loading the same output twice stores nothing new, and a load cut off
midway is completed by running it again.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Problem
from ..store.parquet import ParquetReader
from .tables import TABLES, actor_of, analysis_of, article_of

BATCH = 200


class LoadError(ValueError):
    """The folder is not the output of a scale-out run."""


@dataclass
class LoadSummary:
    articles: int = 0
    new: int = 0
    duplicate: int = 0
    analyses: int = 0
    events: int = 0
    problems: int = 0
    stories: int = 0
    seconds: float = 0.0
    manifest: dict[str, Any] = field(default_factory=dict)


def _files(folder: Path, table: str) -> list[str]:
    return sorted(str(p) for p in (folder / table).rglob("*.parquet")) if (folder / table).is_dir() else []


class _Tables:
    """Each table of the run as a stream of rows sorted by article id."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.reader = ParquetReader()

    def rows(self, table: str, key: str, order: str = "") -> Iterator[dict[str, Any]]:
        return self.reader.sorted_rows(_files(self.folder, table), key, order)

    def grouped(self, table: str, order: str) -> Iterator[tuple[str, list[dict]]]:
        group: list[dict] = []
        current = ""  # the article id of the rows in ``group`` (set before any row joins it)
        for row in self.rows(table, "article_id", order):
            if row["article_id"] != current and group:
                yield current, group
                group = []
            current = row["article_id"]
            group.append(row)
        if group:
            yield current, group


class _Follower:
    """Rows of one table for the article ids asked in increasing order."""

    def __init__(self, groups: Iterator[tuple[str, list[dict]]]) -> None:
        self.groups = groups
        self.head = next(groups, None)

    def take(self, article_id: str) -> list[dict]:
        while self.head is not None and self.head[0] < article_id:
            self.head = next(self.groups, None)
        if self.head is not None and self.head[0] == article_id:
            rows = self.head[1]
            self.head = next(self.groups, None)
            return rows
        return []


def load(store, folder: str | Path, *, stories: bool = True, progress: Callable[[int], None] | None = None) -> LoadSummary:
    from ..pipeline import place_in_stories

    started = time.perf_counter()
    folder = Path(folder)
    if not folder.is_dir():
        raise LoadError(f"{folder}: no such folder (give the --output folder of 'attache spark run')")
    if not _files(folder, "articles") and not (folder / "articles").is_dir():
        raise LoadError(f"{folder}: no articles/ table here; is it the --output folder of 'attache spark run'?")
    summary = LoadSummary()
    manifest = folder / "_attache.json"
    if manifest.exists():
        summary.manifest = json.loads(manifest.read_text(encoding="utf-8"))
    tables = _Tables(folder)
    run_id = store.start_run("load", [str(folder)])
    problems = [Problem(r["uri"], r["stage"], r["reason"]) for r in tables.rows("problems", "uri", ", stage, reason")]
    store.add_problems(run_id, problems)
    summary.problems = len(problems)
    follow = {
        t: _Follower(tables.grouped(t, order))
        for t, order in (
            ("analyses", ""),
            ("mentions", ', "start"'),
            ("events", ", trigger_start, id"),
            ("quantities", ', "start"'),
            ("claims", ', "start"'),
        )
    }
    actors_by_id: dict[str, Any] = {}
    for row in tables.rows("actors", "id"):
        actors_by_id.setdefault(row["id"], row)
    seen: set[str] = set()
    batch: list[tuple[Any, Any]] = []

    def flush() -> None:
        arts = [a for a, _ in batch]
        result = store.add_articles(arts, run_id)
        summary.new += len(result.new)
        summary.duplicate += len(result.duplicate)
        analyses = [an for _, an in batch if an is not None]
        wanted = {m.actor_id for an in analyses for m in an.mentions if m.actor_id}
        store.save_analyses(analyses, [actor_of(actors_by_id[i]) for i in sorted(wanted) if i in actors_by_id])
        summary.analyses += len(analyses)
        summary.events += sum(len(an.events) for an in analyses)
        if progress:
            progress(len(batch))
        batch.clear()

    for row in tables.rows("articles", "id"):
        article = article_of(row)
        summary.articles += 1
        if article.id in seen:  # the same article read twice in the run
            continue
        seen.add(article.id)
        parts = {t: f.take(article.id) for t, f in follow.items()}
        analysis = None
        if parts["analyses"]:
            analysis = analysis_of(parts["analyses"][0], parts["mentions"], parts["events"], parts["quantities"], parts["claims"])
        batch.append((article, analysis))
        if len(batch) >= BATCH:
            flush()
    if batch:
        flush()
    store.finish_run(run_id, summary.new, summary.duplicate, summary.problems)
    if stories:
        summary.stories = place_in_stories(store)["stories"]
    summary.seconds = round(time.perf_counter() - started, 1)
    return summary


__all__ = ["load", "LoadSummary", "LoadError", "TABLES"]
