"""Fault injection for crash tests: ``ATTACHE_FAULT=point=N[,point=N...]`` kills this process with
SIGKILL the N-th time it passes ``point``.

Crash tests used to kill a run after a fixed delay, which depends on how fast the machine is: on a
fast one the run had finished before the kill. A named point makes the crash happen at a chosen,
observable moment (after the first stored batch, inside a transaction before its commit) on any
machine. Unset, a point costs one dictionary look-up. The points are listed in ``POINTS``.
"""

from __future__ import annotations

import os
import signal

POINTS = {
    "ingest.batch_stored": "a batch of articles was committed by the ingest loop",
    "analyze.batch_stored": "a batch of analyses was committed (the writer, with or without workers)",
    "analyze.before_commit": "a batch of analyses was written but not yet committed",
    "stories.before_commit": "the story pass wrote its stories, threads and syndication but did not commit them",
}

_counts: dict[str, int] = {}
_plan: dict[str, int] | None = None


def _read_plan() -> dict[str, int]:
    plan: dict[str, int] = {}
    for part in os.environ.get("ATTACHE_FAULT", "").split(","):
        name, _, n = part.strip().partition("=")
        if name in POINTS:
            plan[name] = int(n) if n.strip().isdigit() else 1
    return plan


def point(name: str) -> None:
    """Pass the named point: SIGKILL this process if ATTACHE_FAULT asks for it here, now."""
    global _plan
    if _plan is None:
        _plan = _read_plan()
    if name not in _plan:
        return
    _counts[name] = _counts.get(name, 0) + 1
    if _counts[name] >= _plan[name]:
        os.kill(os.getpid(), signal.SIGKILL)
