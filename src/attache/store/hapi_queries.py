"""What is left of the API's reads: four names that modules outside this branch's files still import
(``api/context.py``, ``api/routes/health.py``, ``actors/names.py``). Each is one store method now
(:class:`~attache.store.interface.Store`); call the method and delete this module when none imports it."""

from __future__ import annotations

from typing import Any, cast

from .interface import Store


def coverage(store: Any) -> dict[str, int]:
    return cast(Store, store).coverage()


def stored_outlets(store: Any, limit: int | None = None) -> list[tuple[str, int]]:
    return cast(Store, store).stored_outlets(limit)


def event_countries(store: Any, limit: int | None = None) -> list[tuple[str, int]]:
    return cast(Store, store).event_countries(limit)


def names_version(store: Any) -> tuple[str, ...]:
    return cast(Store, store).names_version()
