"""Reads the command line needs that the store interface does not offer yet (to be folded into it).

Functions over a store's public ``query`` method, DuckDB dialect, ``?`` parameters."""

from __future__ import annotations

from typing import Any


def outlet_names(store: Any) -> list[str]:
    """Every outlet name the stored articles carry, most articles first (for resolving an outlet given by name)."""
    _, rows = store.query("SELECT outlet FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY count(*) DESC, outlet")
    return [r[0] for r in rows]
