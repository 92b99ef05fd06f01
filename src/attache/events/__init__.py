"""Events: who did what to whom, when, and is it real (PLOVER with CAMEO codes)."""

from .coder import EventCoder
from .ontology import PLOVER_TYPES, coding

__all__ = ["EventCoder", "PLOVER_TYPES", "coding"]
