"""Threads: related stories (one bilateral relationship in a month, one long-running affair).

A story is one happening; a thread groups the stories that belong together. Stories are taken in the order
they were started; each joins the thread whose stories it resembles most on average (cosine of the story
centres, names and title words weighted as for articles) when that clears ``threshold`` and its dates lie
within ``window_days`` of the thread's, and its articles are not outliers to the thread's (their average cosine
with the thread's articles reaches ``outlier`` times how alike articles are inside the story and inside the
thread: a neighbouring topic stays apart), else it starts a thread. Candidates come from an inverted index of
the stories' heaviest terms, so the work per story stays bounded. A pure function of the stories: the same
stories give the same threads.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from .cluster import StoryClusterer, _days


@dataclass
class ThreadSettings:
    threshold: float = 0.08  # average cosine of story centres needed to join a thread (tuned on WikiRef220)
    window_days: int = 31  # a dated story joins a thread with a story dated within this many days
    key_terms: int = 20
    max_candidates: int = 40
    # an outlier stays out: the average cosine between the story's articles and the thread's must reach this share of
    # how alike articles are inside them (the mean of the story's and the thread's own average, where they hold 2+
    # articles); chosen on WikiRef220, the middle of the range 0.30-0.40 that gives the same or better B-cubed
    outlier: float = 0.35


@dataclass(slots=True)
class _Thread:
    """A thread being built: one per thread, its attributes fixed (slots)."""

    id: str
    stories: list[str] = field(default_factory=list)
    total: dict[str, float] = field(default_factory=dict)  # sum of unit story centres
    dates: list[str] = field(default_factory=list)
    articles: dict[str, float] = field(default_factory=dict)  # sum of the member articles' unit vectors
    a_norm2: float = 0.0  # its squared length
    n_articles: int = 0


def _unit(centroid: dict[str, float]) -> dict[str, float]:
    n = math.sqrt(sum(x * x for x in centroid.values())) or 1.0
    return {t: x / n for t, x in centroid.items()}


def _within(norm2: float, n: int) -> float | None:
    """The average cosine between ``n`` unit vectors whose sum has squared length ``norm2`` (None below two)."""
    return (norm2 - n) / (n * (n - 1)) if n > 1 else None


def thread_assignments(clusterer: StoryClusterer, settings: ThreadSettings | None = None) -> dict[str, str]:
    """{story id: thread id}; a thread's id is its first story's id with ``t`` for ``s``."""
    s = settings or ThreadSettings()
    threads: dict[str, _Thread] = {}
    index: dict[str, set[str]] = {}
    out: dict[str, str] = {}
    every = clusterer.all_stories()
    for sid in sorted(every):
        st = every[sid]
        if not st.members:
            continue
        vec = _unit(st.centroid)
        top = [t for t, _ in sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[: s.key_terms]]
        hits: Counter = Counter(tid for t in top for tid in index.get(t, ()))
        best, best_score = None, s.threshold
        for tid, _ in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[: s.max_candidates]:
            th = threads[tid]
            if (
                st.dates
                and th.dates
                and min(_days(a, b) for a in (min(st.dates), max(st.dates)) for b in (min(th.dates), max(th.dates)))
                > s.window_days
                and not (min(th.dates) <= min(st.dates) <= max(th.dates))
            ):
                continue
            score = sum(x * th.total.get(t, 0.0) for t, x in vec.items()) / len(th.stories)
            if score > best_score and s.outlier:
                # a story whose articles share much less with the thread's than these share among themselves: it
                # stays out (a neighbouring topic, not part of this one)
                n = len(st.members)
                across = sum(x * th.articles.get(t, 0.0) for t, x in st.centroid.items()) / (n * th.n_articles)
                inside = [c for c in (_within(st.norm2, n), _within(th.a_norm2, th.n_articles)) if c is not None]
                if inside and across < s.outlier * sum(inside) / len(inside):
                    continue
            if score > best_score:
                best, best_score = tid, score
        if best is None:
            best = "t" + sid[1:] if sid.startswith("s") else f"t{sid}"
            threads[best] = _Thread(best)
        th = threads[best]
        th.stories.append(sid)
        for t, x in vec.items():
            th.total[t] = th.total.get(t, 0.0) + x
        th.dates.extend(st.dates)
        for t, x in st.centroid.items():
            old = th.articles.get(t, 0.0)
            th.articles[t] = old + x
            th.a_norm2 += (old + x) ** 2 - old * old
        th.n_articles += len(st.members)
        for t in top:
            index.setdefault(t, set()).add(best)
        out[sid] = best
    return out
