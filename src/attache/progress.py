"""Progress of long runs (evaluations, benchmarks), reported to whoever listens, without threading a callback
through every function: the command line opens ``reporting(fn)`` around a run; the run's main loop iterates
``counted(items, total)``. Nothing listens by default, and then ``counted`` is the bare iterable."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

T = TypeVar("T")
Report = Callable[[int, "int | None", "str | None"], None]  # (items done, total or None, stage or None)

_listener: ContextVar[Report | None] = ContextVar("attache_progress", default=None)


@contextmanager
def reporting(report: Report | None) -> Iterator[None]:
    """Send the progress of the ``counted`` loops run inside this block to ``report(done, total, stage)``."""
    token = _listener.set(report)
    try:
        yield
    finally:
        _listener.reset(token)


def counted(items: Iterable[T], total: int | None = None, stage: str | None = None) -> Iterator[T]:
    """``items``, reporting each one done (after the loop's body ran) to the listener, if any."""
    report = _listener.get()
    if report is None:
        yield from items
        return
    report(0, total, stage)
    done = 0
    for item in items:
        yield item
        done += 1
        report(done, total, stage)


def adding(stage: str | None = None) -> Callable[[int, int], None] | None:
    """For a loop that reports ``(n more done, total)`` (the analysis' batches): a callback passing the running
    count to the listener, or None when nothing listens."""
    report = _listener.get()
    if report is None:
        return None
    done = [0]

    def add(n: int, total: int) -> None:
        done[0] += n
        report(done[0], total, stage)

    return add
