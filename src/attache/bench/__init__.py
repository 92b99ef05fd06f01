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
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..model import Problem, RawDocument
from ..pipeline import extract_one
from ..sources import plan_inputs, read_inputs

STAGES = ("extract",)


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
    for _ in range(repeat):
        for raw in raws:
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
