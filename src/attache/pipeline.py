"""The pipeline: ingest (sources -> extract -> store) -> analyse -> place in stories, composed once here.

Every front end runs the chain through these functions: the command line (``ingest``, ``analyze``, ``demo``,
``watch``, ``load``), the API's ``POST /ingest`` (``process_items``), ``scale/load.py`` (``place_in_stories``),
``bench pipeline`` and the Python API.

- ``process(store, inputs)``: files, folders, globs or stdin through every stage;
- ``process_items(store, items)``: the same for documents already read (an HTTP upload, a feed poll);
- ``analyse(store, article_ids)``: stored articles through analysis, then stories;
- ``place_in_stories(store)``: the story pass alone (after a load, or to catch up);
- ``ingest`` / ``ingest_items``: the first stage alone.

Bad items become Problems with a one-line reason; they never stop the batch, and a batch that
fails to store leaves earlier batches in place.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any, BinaryIO, TypedDict, Unpack

from . import faults
from .extract import ExtractError, ExtractTimeout, extract, time_limit
from .limits import Limits
from .limits import current as current_limits
from .model import Article, Problem, RawDocument
from .sources import InputPlan, Item, plan_inputs, read_inputs
from .sources.decode import storable
from .store import Store

BATCH_SIZE = 200
WARNINGS_KEPT = 1000  # warnings kept in a summary (the rest are counted)
SEEN_KEPT = 200_000  # raw items remembered per run to skip repeats without extracting them again

ProgressFn = Callable[[int, str], None]


@dataclass
class IngestSummary:
    run_id: str = ""
    new: int = 0
    duplicate: int = 0
    skipped: int = 0  # files of unsupported types inside walked folders
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)  # every stored or already-known id, input order
    stored_uris: dict[str, str] = field(default_factory=dict)  # source uri -> article id, for what was stored or known
    seconds: float = 0.0
    warnings_dropped: int = 0  # warnings past WARNINGS_KEPT, counted only

    def warn(self, lines) -> None:
        for line in lines:
            if len(self.warnings) < WARNINGS_KEPT:
                self.warnings.append(storable(line))
            else:
                self.warnings_dropped += 1

    @property
    def failed(self) -> int:
        return sum(p.count for p in self.problems)

    @property
    def ok(self) -> int:
        return self.new + self.duplicate

    def line(self) -> str:
        text = f"{self.new} new, {self.duplicate} duplicate, {self.failed} failed"
        if self.skipped:
            text += f", {self.skipped} skipped (unsupported file types or non-HTML archive records)"
        return text


def _clean(problem: Problem) -> Problem:
    uri, reason = storable(problem.uri), storable(problem.reason)
    if uri is problem.uri and reason is problem.reason:
        return problem
    return Problem(uri, problem.stage, reason, problem.count)


def extract_one(raw: RawDocument, overrides: dict[str, str] | None = None, limits: Limits | None = None) -> Article | Problem:
    """Extraction that never raises, within the per-document budget: a Problem carries the reason instead."""
    limits = limits or current_limits()
    try:
        with time_limit(limits.extract_seconds):
            return extract(raw, overrides, limits)
    except ExtractTimeout as exc:
        return Problem(raw.uri, "extract", str(exc))
    except ExtractError as exc:
        return Problem(raw.uri, "extract", str(exc))
    except RecursionError:
        return Problem(raw.uri, "extract", "page nested too deep to extract")
    except MemoryError:
        return Problem(raw.uri, "extract", "page too large for the memory available")
    except Exception as exc:  # a bug or a pathological page must not stop the batch
        first = str(exc).splitlines()[0][:200] if str(exc) else ""
        return Problem(raw.uri, "extract", f"internal error while extracting: {type(exc).__name__}: {first}")


def ingest(
    store: Store,
    inputs: Iterable[str],
    *,
    overrides: dict[str, str] | None = None,
    max_bytes: int | None = None,
    stdin: BinaryIO | None = None,
    progress: ProgressFn | None = None,
    command: str = "ingest",
    plan: InputPlan | None = None,
    limits: Limits | None = None,
) -> IngestSummary:
    inputs = list(inputs)
    plan = plan or plan_inputs(inputs)
    limits = (limits or current_limits()).with_(document_bytes=max_bytes)
    return ingest_items(
        store,
        read_inputs(plan, stdin=stdin, limits=limits),
        overrides=overrides,
        progress=progress,
        command=command,
        inputs=inputs,
        skipped=plan.skipped,
        limits=limits,
    )


def ingest_items(
    store: Store,
    items: Iterable[Item],
    *,
    overrides: dict[str, str] | None = None,
    progress: ProgressFn | None = None,
    command: str = "ingest",
    inputs: Sequence[str] = (),
    skipped: int = 0,
    limits: Limits | None = None,
) -> IngestSummary:
    """Extract and store items already read (from files, an HTTP request, a feed): the one ingest loop.

    Nothing one item does stops the loop: a reader that fails becomes a problem, a batch the store refuses
    is stored item by item, and the run's row is closed with its counts however the loop ends.
    """
    summary = IngestSummary(skipped=skipped)
    started = time.perf_counter()
    summary.run_id = store.start_run(command, list(inputs))
    run = _IngestRun(store, summary, overrides, limits or current_limits(), progress)
    try:
        for item in _read_guarded(items, summary, inputs):
            run.take(item)
    finally:  # also on Ctrl-C: what was read is stored and the run is closed
        run.close(started)
    return summary


def _read_guarded(items: Iterable[Item], summary: IngestSummary, inputs: Sequence[str]) -> Iterator[Item]:
    """``items`` until they end or their source fails outside its own guards: then one problem, and that stream ends."""
    iterator = iter(items)
    while True:
        try:
            item = next(iterator)
        except StopIteration:
            return
        except Exception as exc:
            first = str(exc).splitlines()[0][:200] if str(exc) else ""
            summary.problems.append(
                Problem(", ".join(inputs) or "input", "source", f"reading stopped: {type(exc).__name__}: {first}")
            )
            return
        yield item


class _IngestRun:
    """One ingest run: each item taken into ``summary`` (a problem, a repeat, or an article in the batch), the batch
    stored every ``BATCH_SIZE`` articles, and the run closed in the store."""

    def __init__(
        self, store: Store, summary: IngestSummary, overrides: dict[str, str] | None, limits: Limits, progress: ProgressFn | None
    ) -> None:
        self.store, self.summary, self.overrides, self.limits, self.progress = store, summary, overrides, limits, progress
        self.batch: list[Article] = []
        self.seen: dict[tuple, str] = {}

    def take(self, item: Item) -> None:
        summary, progress = self.summary, self.progress
        if not isinstance(item, (Problem, RawDocument)):  # records left aside on purpose (a WARC's requests, images)
            summary.skipped += getattr(item, "count", 1)
            summary.warn([f"{item.uri}: skipped {item.count} {item.reason}"])
            return
        if isinstance(item, Problem):
            summary.problems.append(item)
            if progress:
                progress(0, item.uri)
            return
        key = (item.sha256, item.content_type, tuple(sorted(item.meta.items()))) if item.sha256 else None
        if key is not None and key in self.seen:  # the same bytes and metadata again: the same article, already counted
            summary.duplicate += 1
            summary.article_ids.append(self.seen[key])
            if progress:
                progress(item.size, item.uri)
            return
        outcome = extract_one(item, self.overrides, self.limits)
        if progress:
            progress(item.size, item.uri)
        if isinstance(outcome, Problem):
            summary.problems.append(outcome)
            return
        if key is not None and len(self.seen) < SEEN_KEPT:
            self.seen[key] = outcome.id
        summary.warn(f"{item.uri}: {w}" for w in outcome.warnings)
        self.batch.append(outcome)
        if len(self.batch) >= BATCH_SIZE:
            self.flush()

    def _stored(self, result: Any, articles: list[Article]) -> None:
        self.summary.new += len(result.new)
        self.summary.duplicate += len(result.duplicate)
        self.summary.article_ids.extend(a.id for a in articles)
        self.summary.stored_uris.update((a.source_uri, a.id) for a in articles)

    def flush(self) -> None:
        if not self.batch:
            return
        run_id = self.summary.run_id
        try:
            self._stored(self.store.add_articles(self.batch, run_id), self.batch)
        except Exception:  # one bad article must not cost its batch: store them one by one
            for article in self.batch:
                try:
                    self._stored(self.store.add_articles([article], run_id), [article])
                except Exception as exc:
                    first = str(exc).splitlines()[0][:200] if str(exc) else ""
                    self.summary.problems.append(
                        Problem(article.source_uri, "store", f"not stored: {type(exc).__name__}: {first}")
                    )
        faults.point("ingest.batch_stored")
        self.batch.clear()

    def close(self, started: float) -> None:
        """Store what is left, the problems, and close the run's row with its counts."""
        summary = self.summary
        self.flush()
        summary.problems = [_clean(p) for p in summary.problems]
        try:
            self.store.add_problems(summary.run_id, summary.problems)
        finally:
            self.store.finish_run(summary.run_id, summary.new, summary.duplicate, summary.failed)
            summary.seconds = time.perf_counter() - started
            if summary.warnings_dropped:
                summary.warnings.append(f"... and {summary.warnings_dropped:,} more warnings not kept")


# -- the whole chain ----------------------------------------------------------------------------------------------

StageStatus = Callable[[str], AbstractContextManager[Any]]  # a context around a stage ("analyze", "stories"): spinners


@dataclass
class Processed:
    """What one run of the chain did: the ingest summary (None when the articles were stored before), the analysis
    summary (None when analysis was not asked for) and the story counts (None when stories were not updated);
    ``seconds`` per stage ("ingest", "analyze", "stories")."""

    ingest: IngestSummary | None = None
    analysis: Any = None  # analysis.AnalysisSummary
    stories: dict[str, Any] | None = None
    seconds: dict[str, float] = field(default_factory=dict)


def place_in_stories(store: Store, status: StageStatus | None = None) -> dict[str, Any]:
    """Place analysed articles in stories (a replay of the stored ones, then the new ones). Returns the counts
    (stories, threads, articles, new, syndicated)."""
    from .stories.build import update_stories

    with (status or _no_status)("stories"):
        return update_stories(store)


AnalysisProgress = Callable[[int, int], None]  # (articles just saved, articles given to analyse)


def analyse(
    store: Store,
    article_ids: Sequence[str],
    *,
    redo: bool = False,
    workers: int = 1,
    verbs_paths: Sequence[str] = (),
    progress: AnalysisProgress | None = None,
    stories: bool = True,
    status: StageStatus | None = None,
    done: Processed | None = None,
    pool: Any = None,
) -> Processed:
    """Analyse stored articles (those analysed before only with ``redo``), then place them in stories.
    ``progress(n, total)`` is called as each batch of n articles is saved. Raises ``nlp.ModelMissing`` without
    a model. ``pool``: worker processes started before (``analysis.start_pool``), for ``workers`` > 1."""
    from .analysis import analyze_stored

    ids = list(dict.fromkeys(article_ids))
    result = done or Processed()
    started = time.perf_counter()
    with (status or _no_status)("analyze"):
        result.analysis = analyze_stored(
            store,
            ids,
            redo=redo,
            progress=(lambda n: progress(n, len(ids))) if progress else None,
            workers=workers,
            verbs_paths=list(verbs_paths),
            pool=pool,
        )
    result.seconds["analyze"] = time.perf_counter() - started
    if stories:
        started = time.perf_counter()
        result.stories = place_in_stories(store, status)
        result.seconds["stories"] = time.perf_counter() - started
    return result


class ReadOptions(TypedDict, total=False):
    """How ``ingest`` reads and extracts (its keyword options, which ``process`` passes on)."""

    overrides: dict[str, str] | None
    max_bytes: int | None
    stdin: BinaryIO | None
    plan: InputPlan | None
    command: str
    limits: Limits | None


class AnalyseOptions(TypedDict, total=False):
    """How ``analyse`` runs (its keyword options, which ``process`` passes on)."""

    redo: bool
    workers: int
    verbs_paths: Sequence[str]
    progress: AnalysisProgress | None
    stories: bool
    status: StageStatus | None


def process(
    store: Store,
    inputs: Iterable[str],
    *,
    analyse_too: bool = True,
    analysis: AnalyseOptions | None = None,
    ingest_progress: ProgressFn | None = None,
    **read: Unpack[ReadOptions],
) -> Processed:
    """Files, folders, globs (or stdin) through the chain: ingest (``read``: the options of :func:`ingest`), then
    (``analyse_too``) analyse what was read and place it in stories (``analysis``: the options of :func:`analyse`)."""
    started = time.perf_counter()
    analysis = analysis or {}
    with _early_pool(store, analysis.get("workers", 1) if analyse_too else 1, analysis.get("verbs_paths", ())) as pool:
        summary = ingest(store, inputs, progress=ingest_progress, **read)
        result = Processed(ingest=summary, seconds={"ingest": time.perf_counter() - started})
        if analyse_too:
            analyse(store, summary.article_ids, done=result, pool=pool, **analysis)
    return result


def process_items(
    store: Store,
    items: Iterable[Item],
    *,
    command: str = "ingest",
    inputs: Sequence[str] = (),
    overrides: dict[str, str] | None = None,
    analyse_too: bool = True,
    stories: bool = True,
    workers: int = 1,
    progress: AnalysisProgress | None = None,
) -> Processed:
    """Documents already read (an HTTP upload, a feed poll, a benchmark's inputs) through the chain: ingest, then
    (``analyse_too``) analyse the articles and place them in stories. Nothing is analysed when nothing was stored."""
    started = time.perf_counter()
    with _early_pool(store, workers if analyse_too else 1) as pool:
        summary = ingest_items(store, items, overrides=overrides, command=command, inputs=inputs)
        result = Processed(ingest=summary, seconds={"ingest": time.perf_counter() - started})
        if analyse_too and summary.article_ids:
            analyse(store, summary.article_ids, workers=workers, progress=progress, stories=stories, done=result, pool=pool)
    return result


def _early_pool(store: Store, workers: int, verbs_paths: Sequence[str] = ()) -> AbstractContextManager[Any]:
    """With ``workers`` > 1, the analysis pool started before the ingest, so that its processes load the model
    while the articles are extracted and stored (a few seconds each, which the analysis stage used to wait
    for); shut down on leaving, after the analysis. Otherwise nothing (the analysis runs in this process)."""
    if workers <= 1:
        return nullcontext(None)
    from .analysis import start_pool

    return start_pool(store, workers, verbs_paths)


def _no_status(stage: str) -> AbstractContextManager[Any]:
    return nullcontext()


def watch_poll(open_store, feeds: Sequence[str], fetcher) -> list[tuple[str, IngestSummary]]:
    """One poll of every feed, holding the database only while it reads a feed's state and while it writes
    what was fetched: ``open_store(read_only)`` opens it (a context manager); nothing is held while fetching."""
    from .sources.feeds import poll_feed

    out = []
    for url in feeds:
        with open_store(True) as store:
            state, seen = store.feed_state(url)
        items = list(poll_feed(fetcher, url, state, seen))
        with open_store(False) as store:
            summary = ingest_items(store, items, command="watch", inputs=[url])
            taken = [
                (item.extra["feed_item"], summary.stored_uris[item.uri])
                for item in items
                if isinstance(item, RawDocument) and item.uri in summary.stored_uris
            ]
            store.save_feed_state(url, state, taken)
        out.append((url, summary))
    return out
