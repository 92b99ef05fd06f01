"""Reads the demo command needs (kept apart while the store interface is being redrawn; see store/base.py)."""

from __future__ import annotations

from typing import Any


def articles_about(store: Any, word: str, limit: int = 100_000) -> list[str]:
    """Ids of the stored articles that contain ``word`` (case-insensitive), the densest first: occurrences
    per 1,000 characters of text, then id."""
    _, rows = store.query(
        "SELECT id FROM articles WHERE text ILIKE ? AND length(text) > 0 "
        "ORDER BY (length(text) - length(replace(lower(text), lower(?), ''))) / length(?) * 1000.0 / length(text) DESC, id "
        "LIMIT ?",
        [f"%{word}%", word, word, limit],
    )
    return [r[0] for r in rows]
