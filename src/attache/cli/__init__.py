"""The ``attache`` command line: parse, call a stage, print. Nothing more.

One module per command group (``ingest``: ingest, analyze, demo, watch, load; ``read``: the commands that read
the store; ``relations``: dyad, brief, alerts; ``actors``; ``evaluate``: eval; ``bench``; ``serve``; ``spark``),
the shared options, consoles and output in ``common``.

Exit codes: 0 success (or partial success), 1 nothing succeeded / an error,
2 usage error. No traceback reaches the user.
"""

from __future__ import annotations

from . import actors, bench, evaluate, ingest, read, relations, serve, spark  # noqa: F401  (they register their commands)
from .common import UsageError, app, err, out
from .main import main, run

__all__ = ["UsageError", "app", "err", "main", "out", "run"]
