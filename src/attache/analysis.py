"""Analyze: Article -> Analysis, over the one NLP pass.

``Analyzer`` loads the spaCy model and builds the actor resolver once per
process; ``analyze(articles)`` is pure over its input. ``analyze_stored``
reads articles from the store, analyses them in batches and writes the
results back, each batch in one transaction.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from . import faults
from .actors.kb import KnowledgeBase, load_kb
from .actors.resolve import Resolver
from .events import EventCoder
from .events.verbdict import VerbDictionary
from .extract.dates import parse_date
from .extract.datewords import MONTH_ABBREVIATIONS, alternation
from .facts import classify_genre, extract_claims, extract_quantities
from .facts.tone import actor_tone, document_tone
from .model import Actor, Analysis, Article
from .nlp import load, parse

BATCH = 32
_MON = alternation(w.capitalize() for w in MONTH_ABBREVIATIONS)  # Jan|Feb|...|Sept|...: capitalised, as dates are written
_FULL_DATE = re.compile(rf"\b(?:(?:{_MON})[a-z]*\.? \d{{1,2}},? \d{{4}}|\d{{1,2}} (?:{_MON})[a-z]* \d{{4}})\b")


def stated_date(text: str) -> str | None:
    """The first full calendar date the text states, for articles without a publication date."""
    for m in _FULL_DATE.finditer(text[:5000]):
        found = parse_date(m.group(0))
        if found:
            return found
    return None


class Analyzer:
    def __init__(self, kb: KnowledgeBase | None = None, verbs: VerbDictionary | None = None) -> None:
        self.kb = kb or load_kb()
        self.nlp = load()
        self.resolver = Resolver(self.kb, self.nlp)
        self.coder = EventCoder(verbs)

    def analyze(self, articles: Sequence[Article]) -> list[Analysis]:
        results: dict[str, Analysis] = {}
        english = []
        for a in articles:
            if a.language == "en":
                english.append(a)
            else:
                results[a.id] = Analysis(a.id, skipped=f"language is {a.language or 'unknown'}: analysis covers English only")
        for parsed in parse(english):
            art = parsed.article
            date = art.published or stated_date(art.text)
            mentions = self.resolver.resolve(parsed, date)
            events = self.coder.code(parsed, mentions, art.published)
            result = Analysis(art.id, mentions=mentions, events=events, date_used=date)
            try:  # the facts must never cost the article its actors and events
                result.genre, result.genre_cues = classify_genre(art)
                result.quantities = extract_quantities(parsed, mentions)
                result.claims = extract_claims(parsed, mentions)
                result.tone = document_tone(art.text)
                result.actor_tone = actor_tone(parsed, mentions)
            except Exception as exc:  # a bug met on a strange page: said on the article, the batch goes on
                result.genre_cues = [f"facts stage failed: {type(exc).__name__}: {exc}"]
            try:  # the 5W1H of the lead, from this parse: the story pass reads it instead of parsing (issue 15 item 2)
                result.fivew1h = lead_fivew1h(parsed, events, mentions, art.published)
            except Exception as exc:  # the story pass falls back to the records alone
                result.genre_cues.append(f"5W1H failed: {type(exc).__name__}: {exc}")
            results[art.id] = result
        return [results[a.id] for a in articles]

    def actors_of(self, analyses: Sequence[Analysis]) -> list[Actor]:
        """Knowledge-base actors the analyses mention (ad hoc ids are not actors of the KB)."""
        ids = {m.actor_id for a in analyses for m in a.mentions if m.actor_id}
        return [a for i in sorted(ids) if (a := self.kb.actors.get(i)) is not None]  # listed office holders too


LEAD_CHARS = 1500  # the paragraphs starting before this offset make the lead the 5W1H is read from (as stories.build)


def lead_fivew1h(parsed, events, mentions, published: str | None) -> dict[str, dict[str, Any] | None] | None:
    """5W1H of the article's main event (``stories.fivew1h.answers``: the events stage's main event where it is
    confident, the parse of the lead otherwise), over the docs of the lead's paragraphs joined as they stand in the text.
    Plain data: per question None or {"text", "start", "end"} (offsets into the text; None for the publication date
    standing in for a time phrase)."""
    from spacy.tokens import Doc

    from .stories.fivew1h import answers

    segs = [s for s in parsed.segments if s.start < LEAD_CHARS] or parsed.segments[:1]
    if not segs:
        return None
    text = parsed.article.text
    docs = [segs[0].doc]
    in_order = True
    for prev, seg in zip(segs, segs[1:]):
        prev_end = prev.end
        in_order = in_order and seg.start >= prev_end
        gap = text[prev_end : seg.start]
        if gap:
            docs.append(_gap_doc(gap))  # the whitespace between paragraphs, so the joined doc's offsets are the text's
        docs.append(seg.doc)
    doc = docs[0]
    if len(docs) > 1 and in_order:  # the tensors differ in width (a paragraph's, a gap's): not joined, nothing here reads them
        # each segment's doc holds its own slice of the text (nlp.parse) and each gap's doc the gap: joined in
        # order, without overlap, they hold the text from the first segment on (checked on the parts, not by
        # rebuilding the joined doc's text, which spaCy makes token by token)
        doc = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])  # type: ignore[call-arg]
    base = segs[0].start
    found, _ = answers(doc, text, events, mentions, base=base, published=published)
    return {
        q: None
        if a is None
        else {"text": a.text, "start": a.start if a.start >= 0 else None, "end": a.end if a.start >= 0 else None}
        for q, a in found.items()
    }


@lru_cache(maxsize=64)
def _gap_doc(gap: str):
    """The parse of the whitespace between two paragraphs (a few kinds: parsed once each)."""
    return load()(gap)


@dataclass
class AnalysisSummary:
    analyzed: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    mentions: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (article id, why its analysis could not be stored)


def analyze_stored(
    store,
    article_ids: Sequence[str],
    *,
    redo: bool = False,
    progress: Callable[[int], None] | None = None,
    analyzer: Analyzer | None = None,
    workers: int = 1,
    verbs_paths: Sequence[str] = (),
    pool=None,
) -> AnalysisSummary:
    """Analyse stored articles and save the results, batch by batch (one transaction each).

    With ``workers`` > 1 a pool of processes analyses batches (each loads the model and the knowledge
    base once) while this process stays the only writer; at most two batches per worker are in flight,
    so memory does not grow with the input. Results are saved in input order either way. ``pool``: one
    started before by :func:`start_pool` (its workers loaded while the articles were being stored); the
    caller shuts it down."""
    ids = list(dict.fromkeys(article_ids))
    if not redo:
        done = store.analyzed_ids(ids)
        ids = [i for i in ids if i not in done]
    summary = AnalysisSummary()
    if not ids:
        return summary
    batches = [ids[i : i + BATCH] for i in range(0, len(ids), BATCH)]

    def record(analyses: list[Analysis], actors: list[Actor]) -> None:
        try:
            store.save_analyses(analyses, actors)
        except Exception:  # one article the store refuses must not cost the batch: each alone, the refused ones named
            analyses = _save_one_by_one(store, analyses, actors, summary.failed)
        faults.point("analyze.batch_stored")
        for a in analyses:
            if a.skipped:
                summary.skipped.append((a.article_id, a.skipped))
            else:
                summary.analyzed += 1
            summary.mentions += len(a.mentions)
        if progress:
            progress(len(analyses))

    if workers <= 1:
        analyzer = analyzer or Analyzer(load_kb(store.load_actors()), _verbs(verbs_paths))
        for batch in batches:
            analyses = analyzer.analyze(_read(store, batch))
            record(analyses, analyzer.actors_of(analyses))
        return summary
    from collections import deque
    from contextlib import nullcontext

    with nullcontext(pool) if pool is not None else start_pool(store, workers, verbs_paths) as running:
        pending: deque = deque()
        for batch in batches:
            pending.append(running.submit(_analyze_batch, _read(store, batch)))
            if len(pending) >= 2 * workers:
                record(*pending.popleft().result())
        while pending:
            record(*pending.popleft().result())
    return summary


def start_pool(store, workers: int, verbs_paths: Sequence[str] = ()):
    """A pool of ``workers`` analysis processes, started now: each loads the model, the knowledge base (with the
    store's imported actors) and the coder in its initializer while the caller goes on (``pipeline`` starts it
    before storing the articles it will analyse, so the loading overlaps the ingest). Use it as a context
    manager (shut down on leaving); pass it to :func:`analyze_stored`."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=mp.get_context("spawn"),
        initializer=_init_worker,
        initargs=(store.load_actors(), list(verbs_paths), os.getpid()),
    )
    for _ in range(workers):  # with the spawn method the processes start one per submitted task
        pool.submit(_ready)
    return pool


def _ready() -> bool:
    return _WORKER is not None


def _save_one_by_one(store, analyses: list[Analysis], actors: list[Actor], failed: list[tuple[str, str]]) -> list[Analysis]:
    """Save each analysis in its own transaction; those the store refuses go to ``failed`` with the reason (their
    articles stay unanalysed, so the next run tries them again). Returns the analyses that were stored."""
    stored = []
    for a in analyses:
        try:
            store.save_analyses([a], actors)
        except Exception as exc:  # noqa: BLE001 - reported per article, the run goes on
            reason = (str(exc).strip().splitlines() or [""])[0][:200]
            failed.append((a.article_id, f"analysis not stored: {type(exc).__name__}: {reason}"))
        else:
            stored.append(a)
    return stored


def _verbs(paths: Sequence[str]):
    if not paths:
        return None
    from pathlib import Path

    return VerbDictionary.read([Path(p) for p in paths])


_WORKER: Analyzer | None = None


def _init_worker(imported: list[Actor], verbs_paths: list[str], parent: int | None = None) -> None:
    """In each pool process, once: the model, the knowledge base (with the store's imports), the coder."""
    global _WORKER
    if parent is not None:
        _leave_with(parent)
    one_blas_thread()
    _WORKER = Analyzer(load_kb(imported), _verbs(verbs_paths))


def one_blas_thread() -> None:
    """Keep this process's BLAS (numpy's OpenBLAS, which the spaCy layers use) on one thread. In a pool the
    workers are the parallelism: with the library's default of a thread per core, two workers on two cores
    run four BLAS threads that spin waiting for each other (measured in CPU time: ``docs/benchmarks.md``).
    The analyses are the same either way (``scripts/analysis_snapshot.py --blas-threads 1``)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # scikit-learn brings it; without it the library's default stays
        return
    threadpool_limits(1, user_api="blas")


def _leave_with(parent: int, every: float = 1.0) -> None:
    """A pool process whose parent is killed (kill -9) would wait for work forever, holding its model
    in memory: a watcher thread ends it once the parent is gone."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="attache-parent-watch", daemon=True).start()


def _read(store, ids: list[str]) -> list[Article]:
    """The stored articles with these ids, in this order (one query)."""
    found = store.get_articles(ids)
    return [found[x] for x in ids]


def _analyze_batch(articles: list[Article]) -> tuple[list[Analysis], list[Actor]]:
    assert _WORKER is not None, "worker not initialised"
    analyses = _WORKER.analyze(articles)
    return analyses, _WORKER.actors_of(analyses)
