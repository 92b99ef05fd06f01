"""Events: who did what to whom, when, and is it real (PLOVER with CAMEO codes).

The coder (spaCy-based, heavy to import) is loaded on first use, so that modules which only read the
ontology (the store's relations SQL, the CLI at start-up) do not pay for it.
"""

from typing import Any

from .ontology import PLOVER_TYPES, coding

__all__ = ["PLOVER_TYPES", "EventCoder", "coding"]


def __getattr__(name: str) -> Any:
    if name == "EventCoder":
        from .coder import EventCoder

        return EventCoder
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
