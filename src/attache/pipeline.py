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
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any, BinaryIO

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
    limits = limits or current_limits()
    summary = IngestSummary(skipped=skipped)
    started = time.perf_counter()
    summary.run_id = store.start_run(command, list(inputs))
    batch: list[Article] = []
    seen: dict[tuple, str] = {}

    def stored(result, articles) -> None:
        summary.new += len(result.new)
        summary.duplicate += len(result.duplicate)
        summary.article_ids.extend(a.id for a in articles)
        summary.stored_uris.update((a.source_uri, a.id) for a in articles)

    def flush() -> None:
        if not batch:
            return
        try:
            stored(store.add_articles(batch, summary.run_id), batch)
        except Exception:  # one bad article must not cost its batch: store them one by one
            for article in batch:
                try:
                    stored(store.add_articles([article], summary.run_id), [article])
                except Exception as exc:
                    first = str(exc).splitlines()[0][:200] if str(exc) else ""
                    summary.problems.append(Problem(article.source_uri, "store", f"not stored: {type(exc).__name__}: {first}"))
        faults.point("ingest.batch_stored")
        batch.clear()

    try:
        iterator = iter(items)
        while True:
            try:
                item = next(iterator)
            except StopIteration:
                break
            except Exception as exc:  # a source that fails outside its own guards: report it, end that stream
                first = str(exc).splitlines()[0][:200] if str(exc) else ""
                summary.problems.append(
                    Problem(", ".join(inputs) or "input", "source", f"reading stopped: {type(exc).__name__}: {first}")
                )
                break
            if not isinstance(item, (Problem, RawDocument)):  # records left aside on purpose (a WARC's requests, images)
                summary.skipped += getattr(item, "count", 1)
                summary.warn([f"{item.uri}: skipped {item.count} {item.reason}"])
                continue
            if isinstance(item, Problem):
                summary.problems.append(item)
                if progress:
                    progress(0, item.uri)
                continue
            key = (item.sha256, item.content_type, tuple(sorted(item.meta.items()))) if item.sha256 else None
            if key is not None and key in seen:  # the same bytes and metadata again: the same article, already counted
                seen_id = seen[key]
                summary.duplicate += 1
                summary.article_ids.append(seen_id)
                if progress:
                    progress(item.size, item.uri)
                continue
            outcome = extract_one(item, overrides, limits)
            if progress:
                progress(item.size, item.uri)
            if isinstance(outcome, Problem):
                summary.problems.append(outcome)
                continue
            if key is not None and len(seen) < SEEN_KEPT:
                seen[key] = outcome.id
            summary.warn(f"{item.uri}: {w}" for w in outcome.warnings)
            batch.append(outcome)
            if len(batch) >= BATCH_SIZE:
                flush()
    finally:  # also on Ctrl-C: what was read is stored and the run is closed
        flush()
        summary.problems = [_clean(p) for p in summary.problems]
        try:
            store.add_problems(summary.run_id, summary.problems)
        finally:
            store.finish_run(summary.run_id, summary.new, summary.duplicate, summary.failed)
            summary.seconds = time.perf_counter() - started
            if summary.warnings_dropped:
                summary.warnings.append(f"... and {summary.warnings_dropped:,} more warnings not kept")
    return summary


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
) -> Processed:
    """Analyse stored articles (those analysed before only with ``redo``), then place them in stories.
    ``progress(n, total)`` is called as each batch of n articles is saved. Raises ``nlp.ModelMissing`` without
    a model."""
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
        )
    result.seconds["analyze"] = time.perf_counter() - started
    if stories:
        started = time.perf_counter()
        result.stories = place_in_stories(store, status)
        result.seconds["stories"] = time.perf_counter() - started
    return result


def process(
    store: Store,
    inputs: Iterable[str],
    *,
    overrides: dict[str, str] | None = None,
    max_bytes: int | None = None,
    stdin: BinaryIO | None = None,
    plan: InputPlan | None = None,
    command: str = "ingest",
    analyse_too: bool = True,
    stories: bool = True,
    redo: bool = False,
    workers: int = 1,
    verbs_paths: Sequence[str] = (),
    ingest_progress: ProgressFn | None = None,
    analysis_progress: AnalysisProgress | None = None,
    status: StageStatus | None = None,
) -> Processed:
    """Files, folders, globs (or stdin) through the chain: ingest, then (``analyse_too``) analyse what was read
    and place it in stories."""
    started = time.perf_counter()
    summary = ingest(
        store, inputs, overrides=overrides, max_bytes=max_bytes, stdin=stdin, progress=ingest_progress, command=command, plan=plan
    )
    result = Processed(ingest=summary, seconds={"ingest": time.perf_counter() - started})
    if analyse_too:
        analyse(
            store,
            summary.article_ids,
            redo=redo,
            workers=workers,
            verbs_paths=verbs_paths,
            progress=analysis_progress,
            stories=stories,
            status=status,
            done=result,
        )
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
    summary = ingest_items(store, items, overrides=overrides, command=command, inputs=inputs)
    result = Processed(ingest=summary, seconds={"ingest": time.perf_counter() - started})
    if analyse_too and summary.article_ids:
        analyse(store, summary.article_ids, workers=workers, progress=progress, stories=stories, done=result)
    return result


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
