"""``attache bench <stage>``: throughput and peak memory of a stage.

Inputs are read before the clock starts, so the figure is the stage's own.
The result's JSON is printed as the last line of stdout
(``{"stage": ..., "docs": ..., "docs_per_s": ..., "peak_rss_mb": ...}``).
"""

from __future__ import annotations

import os
import platform
import resource
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..model import Problem, RawDocument
from ..pipeline import extract_one
from ..progress import counted
from ..sources import plan_inputs, read_inputs

STAGES = ("extract", "analyze")


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_raw(data: Path) -> list[RawDocument]:
    """Raw documents from an extraction-benchmark folder or any ingestible path."""
    if (data / "ground-truth.json").exists() and (data / "html").is_dir():
        from ..evaluate.extraction import load_benchmark, read_page

        return [read_page(path, url) for _, _, url, path in load_benchmark(data)]
    return [item for item in read_inputs(plan_inputs([str(data)])) if isinstance(item, RawDocument)]


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def bench_extract(data: Path, repeat: int = 1, progress: Callable[[int], None] | None = None) -> dict[str, Any]:
    raws = load_raw(data)
    if not raws:
        raise ValueError(f"no documents found under {data}")
    total_bytes = sum(r.size for r in raws)
    failed = 0
    started = time.perf_counter()
    for _, raw in counted(((k, raw) for k in range(repeat) for raw in raws), len(raws) * repeat):
        if isinstance(extract_one(raw), Problem):
            failed += 1
        if progress:
            progress(1)
    seconds = time.perf_counter() - started
    docs = len(raws) * repeat
    return {
        "stage": "extract",
        "docs": docs,
        "seconds": round(seconds, 3),
        "docs_per_s": round(docs / seconds, 2) if seconds else None,
        "mb_per_s": round(total_bytes * repeat / 1e6 / seconds, 2) if seconds else None,
        "failed": failed,
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "machine": machine(),
    }


def bench_analyze(data: Path, limit: int | None = None, progress: Callable[[int], None] | None = None) -> dict[str, Any]:
    """Articles per second of the analysis stages, beside spaCy alone on the same paragraphs."""
    from ..analysis import Analyzer
    from ..nlp import BATCH_SIZE, load, pieces

    raws = load_raw(data)
    articles = [a for a in (extract_one(r) for r in raws) if not isinstance(a, Problem) and a.language == "en"]
    if limit:
        articles = articles[:limit]
    if not articles:
        raise ValueError(f"no English articles found under {data}")
    chars = sum(len(a.text) for a in articles)
    analyzer = Analyzer()  # model and knowledge base loaded before the clock starts
    nlp = load()

    def texts_of(batch: list) -> list[str]:
        return [piece for a in batch for p in a.paragraphs for _, piece in pieces(a.text[p.start : p.end], p.start)]

    for _ in nlp.pipe(texts_of(articles[:4]), batch_size=BATCH_SIZE):  # warm-up, untimed
        pass
    # spaCy alone and the full analysis take turns batch by batch, so that load
    # from elsewhere on the machine falls on both alike; who goes first
    # alternates, because the first to meet a text also pays for adding its
    # new words to the shared vocabulary
    spacy_seconds = seconds = 0.0
    mentions = 0
    for n, i in counted(enumerate(range(0, len(articles), 32)), -(-len(articles) // 32), "batches of 32"):
        batch = articles[i : i + 32]
        for which in (0, 1) if n % 2 == 0 else (1, 0):
            started = time.perf_counter()
            if which == 0:
                for _ in nlp.pipe(texts_of(batch), batch_size=BATCH_SIZE):
                    pass
                spacy_seconds += time.perf_counter() - started
            else:
                mentions += sum(len(a.mentions) for a in analyzer.analyze(batch))
                seconds += time.perf_counter() - started
        if progress:
            progress(len(batch))
    spacy_rss = peak_rss_mb()
    docs = len(articles)
    return {
        "stage": "analyze",
        "docs": docs,
        "chars": chars,
        "seconds": round(seconds, 2),
        "docs_per_s": round(docs / seconds, 3),
        "kchars_per_s": round(chars / seconds / 1000, 1),
        "mentions": mentions,
        "spacy_only_seconds": round(spacy_seconds, 2),
        "spacy_only_docs_per_s": round(docs / spacy_seconds, 3),
        "spacy_only_peak_rss_mb": round(spacy_rss, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "machine": machine(),
    }


def bench_stories(
    data: Path, sizes: tuple[int, ...] = (1000, 3000, 10000), progress: Callable[[int], None] | None = None
) -> dict[str, Any]:
    """The story pass's streaming work over the articles of ``data``, repeated with perturbations up to the
    largest size: each repeat is shifted by two years (so it cannot join the first copy's stories by date)
    and loses every seventh word (so it is no exact copy). Articles are fed in date order (undated last),
    as the story pass feeds them; each goes through syndication and the clusterer. Reported at each size:
    clustering time (features timed apart), the time per article over the last stretch, candidates scored
    per article, the active state (stories, article vectors held: bounded by the time window) and peak RSS."""
    from ..stories.cluster import StoryClusterer

    raws = load_raw(data)
    base = [a for a in (extract_one(r) for r in raws) if not isinstance(a, Problem) and a.language == "en"]
    if not base:
        raise ValueError(f"no English articles found under {data}")
    items = _perturbed(base, max(sizes))
    del base, raws
    window = StoryClusterer().s.retain_days
    started = time.perf_counter()
    # one point per size over the first n articles in date order: a fresh stream per size
    points: list[dict[str, Any]] = []
    clusterer: Any = None
    for size in sorted(sizes):
        point, clusterer = _stream(items[:size], size, progress)
        points.append(point)
    refine_started = time.perf_counter()
    repaired = clusterer.refine()
    seconds = time.perf_counter() - started
    return {
        "stage": "stories",
        "docs": max(sizes),
        "seconds": round(seconds, 2),
        "window_days": window,
        "refine_seconds": round(time.perf_counter() - refine_started, 2),
        **repaired,
        "points": points,
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "machine": machine(),
    }


StreamItem = tuple[str, str, str | None, str | None]  # id, text, title, date


def _perturbed(base: list[Any], n: int) -> list[StreamItem]:
    """``n`` articles: ``base``, then copies of it, the k-th shifted by 2k years and missing every seventh word."""
    items: list[StreamItem] = []
    k = 0
    while len(items) < n:
        for a in base:
            if len(items) >= n:
                break
            text, date = a.text, a.published
            if k:
                words = text.split()
                text = " ".join(w for i, w in enumerate(words) if (i + k) % 7)
                if date:
                    date = f"{int(date[:4]) + 2 * k}{date[4:]}"
            items.append((f"{a.id}-{k}", text, a.title, date))
        k += 1
    return items


def _stream(items: list[StreamItem], size: int, progress: Callable[[int], None] | None) -> tuple[dict[str, Any], Any]:
    """One fresh stream of ``items`` in date order through syndication and a clusterer that counts the candidates it
    scores: the figures at this size, and the clusterer (to refine after the largest)."""
    from ..stories.cluster import StoryClusterer, make_doc
    from ..stories.syndication import Syndication

    class Counting(StoryClusterer):
        scored = 0

        def score(self, *args: Any, **kwargs: Any) -> float:
            self.scored += 1
            return super().score(*args, **kwargs)

    chosen = sorted(items, key=lambda it: (it[3] is None, it[3] or "", it[0]))
    clusterer = Counting()
    syndication = Syndication()
    features = 0.0  # building an article's features (tokens, names, MinHash) is timed apart from clustering
    t_start = time.perf_counter()
    tail_from = max(0, size - 1000)
    tail_started, tail_features = t_start, 0.0
    for n, (i, t, ti, d) in enumerate(counted(chosen, len(chosen), f"stream of {size}"), 1):
        if n - 1 == tail_from:
            tail_started, tail_features = time.perf_counter(), features
        t0 = time.perf_counter()
        doc = make_doc(i, t, ti, d)
        features += time.perf_counter() - t0
        syndication.add(i, t, ti, d)
        clusterer.add(doc)
        if progress:
            progress(1)
    total = time.perf_counter() - t_start - features
    tail = time.perf_counter() - tail_started - (features - tail_features)
    point = {
        "docs": size,
        "seconds": round(total, 2),
        "features_seconds": round(features, 2),
        "ms_per_article_last_1000": round(1000 * tail / (size - tail_from), 2),
        "stories": len(clusterer.stories) + len(clusterer.retired),
        "active_stories": len(clusterer.stories),
        "vectors_held": len(clusterer.vectors),
        "syndication_held": len(syndication.sets),
        "scored_per_doc": round(clusterer.scored / size, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    return point, clusterer


def bench_api(db: str, path: str = "/dyads/USA/RUS/timeline", requests: int = 200, warmup: int = 5) -> dict[str, Any]:
    """Latency of one API route served by a real uvicorn on 127.0.0.1 (a free port), read over HTTP."""
    import httpx

    from ..api import serve_in_thread

    server, thread, base = serve_in_thread(db)
    times = []
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            for i in range(warmup + requests):
                t0 = time.perf_counter()
                r = client.get(path)
                elapsed = time.perf_counter() - t0
                if r.status_code != 200:
                    raise RuntimeError(f"GET {path} answered {r.status_code}: {r.text[:200]}")
                if i >= warmup:
                    times.append(elapsed * 1000)
            events = client.get("/health").json()
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    times.sort()

    def pct(p: float) -> float:
        return round(times[min(len(times) - 1, int(p * len(times)))], 2)

    return {
        "stage": "api",
        "path": path,
        "requests": len(times),
        "p50_ms": pct(0.5),
        "p95_ms": pct(0.95),
        "max_ms": round(times[-1], 2),
        "articles": events.get("articles"),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "machine": machine(),
    }


def bench_pipeline(data: Path, workers: int = 1, limit: int | None = None, baseline: bool = True) -> dict[str, Any]:
    """End to end through ``pipeline.process_items``: extract + store, analyse (``workers`` processes), stories;
    then plain spaCy (``en_core_web_sm``, ``nlp.pipe(n_process=workers)``) over the same article texts, in the
    same run. Inputs are read before the clock starts."""
    import tempfile

    from ..nlp import load_stock
    from ..pipeline import process_items
    from ..progress import adding, counted
    from ..store import open_store

    raws = load_raw(data)
    if limit:
        raws = raws[:limit]
    if not raws:
        raise ValueError(f"no documents found under {data}")
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(str(Path(tmp) / "bench.duckdb")) as store:
            done = process_items(
                store, counted(raws, len(raws), "extract"), command="bench", workers=workers, progress=adding("analyze")
            )
            ids = list(dict.fromkeys(done.ingest.article_ids)) if baseline and done.ingest else []
            stored = store.get_articles(ids)
            english = [stored[i].text for i in ids if i in stored and stored[i].language == "en"]
    result = done.analysis
    times = done.seconds
    docs = done.ingest.ok if done.ingest else 0
    total = sum(times.values())
    texts = english
    spacy_seconds = 0.0
    if texts:
        nlp = load_stock()  # spaCy as shipped: the model's own components and math library
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16, n_process=workers):
            pass
        spacy_seconds = time.perf_counter() - t0
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "stage": "pipeline",
        "docs": docs,
        "analyzed": result.analyzed if result else 0,
        "workers": workers,
        "seconds": round(total, 2),
        "docs_per_s": round(docs / total, 2),
        "shares": {k: round(v / total, 3) for k, v in times.items()},
        "spacy_docs_per_s": round(len(texts) / spacy_seconds, 2) if spacy_seconds else None,
        "ratio_to_spacy": round((docs / total) / (len(texts) / spacy_seconds), 3) if spacy_seconds and texts else None,
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "peak_rss_worker_mb": round(children, 1),
        "machine": machine(),
    }


LOAD_ROUTES = ("events", "alerts", "timeline", "search", "health")


def bench_api_load(
    db: str, clients: int = 20, seconds: float = 30.0, seed: int = 13, workers: int | None = None
) -> dict[str, Any]:
    """``clients`` concurrent clients for ``seconds`` against ``attache serve`` (a child process on 127.0.0.1,
    read-only as it runs without a token), each sending, one after the other, a request drawn from an even
    mix of /events (pages, a dyad), /alerts, /dyads/A/B/timeline, /search and /health. Latency percentiles and
    errors per route. Dyads and search words are read from the database first; each route is asked once
    before the clock starts (so a first computation, e.g. of the alerts, is not in the figures). ``workers``:
    the server's ``--workers`` (None: its default, one worker process; 0: route threads in the server's
    process). The clients are the same whatever the server's layout: one process, end to end."""
    import asyncio

    with _served(db, workers) as base:
        plan, total = _request_plan(base, seed)
        times: dict[str, list[float]] = {r: [] for r in LOAD_ROUTES}
        errors: dict[str, list[str]] = {r: [] for r in LOAD_ROUTES}
        elapsed = asyncio.run(_drive(base, plan, clients, seconds, times, errors))
    routes = {r: _route_figures(v, errors[r]) for r, v in times.items()}
    n = sum(len(v) for v in times.values())
    health_p99 = routes["health"]["p99_ms"]
    return {
        "stage": "api-load",
        "clients": clients,
        "server_workers": workers,
        "seconds": round(elapsed, 1),
        "requests": n,
        "requests_per_s": round(n / elapsed, 1),
        "events": total,
        "routes": routes,
        "errors": sum(r["errors"] for r in routes.values()),
        "targets_met": {
            "health_p99_under_100ms": health_p99 is not None and health_p99 < 100,
            "every_p95_under_1s": all(r["p95_ms"] is not None and r["p95_ms"] < 1000 for r in routes.values()),
        },
        "machine": machine(),
    }


Planned = tuple[str, str, dict[str, Any]]  # route, path, query parameters


@contextmanager
def _served(db: str, workers: int | None) -> Iterator[str]:
    """``attache serve`` on ``db`` in a child process on a free port, once /health answers: its base URL."""
    import socket
    import subprocess
    import sys

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k not in ("ATTACHE_TOKEN", "ATTACHE_DB")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "attache.cli", "--db", db, "serve", "--port", str(port)]
        + ([] if workers is None else ["--workers", str(workers)]),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                stderr = proc.stderr.read().decode() if proc.stderr else ""
                raise RuntimeError(f"attache serve stopped: {stderr[-500:]}")
            try:
                if httpx.get(base + "/health", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("attache serve did not answer within 120 s")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def _request_plan(base: str, seed: int) -> tuple[list[Planned], int]:
    """100,000 requests drawn evenly from the routes with dyads and words read from the served database (each route
    then asked once, untimed), and the number of events it holds."""
    import random

    import httpx

    with httpx.Client(base_url=base, timeout=120) as c:
        dyads = [(d["a"], d["b"]) for d in c.get("/dyads", params={"limit": 10}).json()["items"]] or [("USA", "RUS")]
        total = c.get("/events", params={"limit": 1}).json()["total"]
        titles = [a["title"] or "" for a in c.get("/articles", params={"limit": 50}).json()["items"]]
    words = sorted({w for t in titles for w in t.split() if len(w) >= 4}) or ["news"]
    rng = random.Random(seed)

    def request() -> Planned:
        route = rng.choice(LOAD_ROUTES)
        a, b = rng.choice(dyads)
        if route == "events":
            if rng.random() < 0.5:
                return route, "/events", {"limit": 50, "offset": rng.randrange(0, max(1, min(total, 10_000)))}
            return route, "/events", {"dyad": [a, b], "limit": 50}
        if route == "alerts":
            return route, "/alerts", {"limit": 20}
        if route == "timeline":
            return route, f"/dyads/{a}/{b}/timeline", {}
        if route == "search":
            return route, "/search", {"q": rng.choice(words), "limit": 20}
        return route, "/health", {}

    plan = [request() for _ in range(100_000)]
    with httpx.Client(base_url=base, timeout=120) as c:  # every route once, untimed
        for route in LOAD_ROUTES:
            _, path, params = next(p for p in plan if p[0] == route)
            c.get(path, params=params)
    return plan, total


async def _drive(
    base: str,
    plan: list[Planned],
    clients: int,
    seconds: float,
    times: dict[str, list[float]],
    errors: dict[str, list[str]],
) -> float:
    """``clients`` concurrent clients walking ``plan`` (client k takes requests k, k + clients, ...) for ``seconds``;
    each latency in ms into ``times`` and each failure into ``errors`` by route. The seconds it took."""
    import asyncio

    import httpx

    async def client(k: int, http: httpx.AsyncClient, stop: float) -> None:
        i = k
        while time.perf_counter() < stop:
            route, path, params = plan[i % len(plan)]
            i += clients
            t0 = time.perf_counter()
            try:
                r = await http.get(path, params=params)
                ok = r.status_code == 200
                why = "" if ok else f"{r.status_code}: {r.text[:120]}"
            except httpx.HTTPError as exc:
                ok, why = False, f"{type(exc).__name__}: {exc}"
            times[route].append((time.perf_counter() - t0) * 1000)
            if not ok:
                errors[route].append(why)

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as http:
        started = time.perf_counter()
        await asyncio.gather(*(client(k, http, started + seconds) for k in range(clients)))
        return time.perf_counter() - started


def _route_figures(values: list[float], errors: list[str]) -> dict[str, Any]:
    """Requests, latency percentiles (ms) and errors of one route."""

    def pct(p: float) -> float | None:
        ordered = sorted(values)
        return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 1) if ordered else None

    return {
        "requests": len(values),
        "p50_ms": pct(0.5),
        "p95_ms": pct(0.95),
        "p99_ms": pct(0.99),
        "max_ms": round(max(values), 1) if values else None,
        "errors": len(errors),
        "first_error": errors[0] if errors else None,
    }
