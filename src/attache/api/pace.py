"""Keeping the server's event loop free to answer while heavy requests run.

Under many concurrent clients the loop (which parses every request and answers ``/health``) competes for
the interpreter lock with the worker threads that run the routes' queries and encode their answers. With
the default of 40 worker threads, twenty heavy requests in flight each take the lock in turn and a
``/health`` can wait hundreds of milliseconds for it, though it does no work of its own. Two measures:

- at most ``workers`` route functions run at once (default: twice the CPU count, at least 4); the rest
  wait their turn in a queue, which costs them nothing on a machine with that many cores anyway;
- a shorter switch interval of the interpreter lock (1 ms instead of 5 ms), so that the loop, when it
  wakes up, gets the lock back sooner from a thread in the middle of Python work.

Both are set once, on the first request or the lifespan start-up, inside the running loop (where anyio's
default limiter lives). Measured on 1 M events with 20 clients (docs/benchmarks.md, "API under concurrent
load"): neither moves /health's latency measurably on this 2-core machine; what it waits on is the share of
the interpreter lock and of the cores left by the routes' own work. Lowering the query threads' CPU priority
(per-thread nice) was tried and dropped: no gain on a quiet machine, and a low-priority thread holding the
lock when descheduled stalls the loop (priority inversion).
"""

from __future__ import annotations

import os
import sys
from typing import Any

SWITCH_INTERVAL = 0.001


def default_workers() -> int:
    return max(4, 2 * (os.cpu_count() or 2))


class Pace:
    """ASGI middleware: bounds the route threads and the interpreter's switch interval (see the module)."""

    def __init__(self, app: Any, *, workers: int | None = None, switch_interval: float | None = SWITCH_INTERVAL) -> None:
        self.app = app
        self.workers = workers or default_workers()
        self.switch_interval = switch_interval
        self._set = False

    def _configure(self) -> None:
        import anyio.to_thread

        anyio.to_thread.current_default_thread_limiter().total_tokens = self.workers
        if self.switch_interval:
            sys.setswitchinterval(self.switch_interval)
        self._set = True

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if not self._set and scope["type"] in ("http", "lifespan"):
            self._configure()
        await self.app(scope, receive, send)
