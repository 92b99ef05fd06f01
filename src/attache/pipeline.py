"""Ingest: sources -> extract -> store, with a running summary.

The loop that the CLI, the API and the demo share. Bad items become
Problems with a one-line reason; they never stop the batch, and a batch that
fails to store leaves earlier batches in place.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

from .extract import ExtractError, extract
from .model import Article, Problem, RawDocument
from .sources import DEFAULT_MAX_BYTES, InputPlan, plan_inputs, read_inputs
from .store import DuckDBStore

BATCH_SIZE = 200

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

    @property
    def failed(self) -> int:
        return len(self.problems)

    @property
    def ok(self) -> int:
        return self.new + self.duplicate

    def line(self) -> str:
        text = f"{self.new} new, {self.duplicate} duplicate, {self.failed} failed"
        if self.skipped:
            text += f", {self.skipped} skipped (unsupported file types or non-HTML archive records)"
        return text


def extract_one(raw: RawDocument, overrides: dict[str, str] | None = None) -> Article | Problem:
    """Extraction that never raises: a Problem carries the reason instead."""
    try:
        return extract(raw, overrides)
    except ExtractError as exc:
        return Problem(raw.uri, "extract", str(exc))
    except Exception as exc:  # a bug or a pathological page must not stop the batch
        return Problem(raw.uri, "extract", f"internal error while extracting: {type(exc).__name__}: {exc}")


def ingest(
    store: DuckDBStore,
    inputs: Iterable[str],
    *,
    overrides: dict[str, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
    progress: ProgressFn | None = None,
    command: str = "ingest",
    plan: InputPlan | None = None,
) -> IngestSummary:
    inputs = list(inputs)
    plan = plan or plan_inputs(inputs)
    return ingest_items(store, read_inputs(plan, max_bytes=max_bytes, stdin=stdin), overrides=overrides, progress=progress,
                        command=command, inputs=inputs, skipped=plan.skipped)


def ingest_items(
    store: DuckDBStore,
    items: Iterable[RawDocument | Problem],
    *,
    overrides: dict[str, str] | None = None,
    progress: ProgressFn | None = None,
    command: str = "ingest",
    inputs: Sequence[str] = (),
    skipped: int = 0,
) -> IngestSummary:
    """Extract and store items already read (from files, an HTTP request, a feed): the one ingest loop."""
    summary = IngestSummary(skipped=skipped)
    started = time.perf_counter()
    summary.run_id = store.start_run(command, list(inputs))
    batch: list[Article] = []

    def flush() -> None:
        if not batch:
            return
        try:
            result = store.add_articles(batch, summary.run_id)
        except Exception as exc:  # a failed batch is reported item by item; earlier batches stay
            reason = f"not stored: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            summary.problems.extend(Problem(a.source_uri, "store", reason) for a in batch)
        else:
            summary.new += len(result.new)
            summary.duplicate += len(result.duplicate)
            summary.article_ids.extend(a.id for a in batch)
            summary.stored_uris.update((a.source_uri, a.id) for a in batch)
        batch.clear()

    for item in items:
        if not isinstance(item, (Problem, RawDocument)):  # records left aside on purpose (a WARC's requests, images)
            summary.skipped += getattr(item, "count", 1)
            summary.warnings.append(f"{item.uri}: skipped {item.count} {item.reason}")
            continue
        if isinstance(item, Problem):
            summary.problems.append(item)
            if progress:
                progress(0, item.uri)
            continue
        outcome = extract_one(item, overrides)
        if progress:
            progress(item.size, item.uri)
        if isinstance(outcome, Problem):
            summary.problems.append(outcome)
            continue
        summary.warnings.extend(f"{item.uri}: {w}" for w in outcome.warnings)
        batch.append(outcome)
        if len(batch) >= BATCH_SIZE:
            flush()
    flush()
    store.add_problems(summary.run_id, summary.problems)
    store.finish_run(summary.run_id, summary.new, summary.duplicate, summary.failed)
    summary.seconds = time.perf_counter() - started
    return summary


def watch_poll(open_store, feeds: Sequence[str], fetcher) -> list[tuple[str, IngestSummary]]:
    """Like :func:`watch_once`, holding the database only while it reads a feed's state and while it writes
    what was fetched: ``open_store(read_only)`` opens it (a context manager); nothing is held while fetching."""
    from .sources.feeds import poll_feed

    out = []
    for url in feeds:
        with open_store(True) as store:
            state, seen = store.feed_state(url)
        items = list(poll_feed(fetcher, url, state, seen))
        with open_store(False) as store:
            summary = ingest_items(store, items, command="watch", inputs=[url])
            taken = [(item.extra["feed_item"], summary.stored_uris[item.uri]) for item in items
                     if isinstance(item, RawDocument) and item.uri in summary.stored_uris]
            store.save_feed_state(url, state, taken)
        out.append((url, summary))
    return out


def watch_once(store: DuckDBStore, feeds: Sequence[str], fetcher) -> list[tuple[str, IngestSummary]]:
    """One poll of every feed: new items fetched, stored, and remembered as taken (with the feed's
    ETag/Last-Modified) only once stored, so a crash or a restart neither loses nor repeats them."""
    from .sources.feeds import poll_feed

    out = []
    for url in feeds:
        state, seen = store.feed_state(url)
        items = list(poll_feed(fetcher, url, state, seen))
        summary = ingest_items(store, items, command="watch", inputs=[url])
        taken = [(item.extra["feed_item"], summary.stored_uris[item.uri]) for item in items
                 if isinstance(item, RawDocument) and item.uri in summary.stored_uris]
        store.save_feed_state(url, state, taken)
        out.append((url, summary))
    return out
