"""How far a brief or a comparison may trust one coded event, read from the event and its sentence alone.

The brief (``report/dyad.py``), the corpus brief (``report/brief.py``) and the comparison (``stories/compare.py``)
tell events as statements. A statement must not say more than its sentence does:

- an event whose factuality is no event at all (``events/data/plover.yaml`` ``factuality.not_happened``, read
  through ``events.ontology``: negated, hypothetical, and any value added there later) is never told;
- an event read from a sentence that asks ("Has the United States asked Pakistan ...?") is not told as having
  happened, whatever the factuality the coder gave it: a question is the journalist's, not the outlet's account;
- an event below the calibrated ``--min-confidence`` default, or one made by the sentence back-off (a side whose
  span says ``how: sentence``: sides taken by order, not by the parse), is *weak*: told only with that said;
- a reported event says who reports it.

Plain functions over event rows (``Store.events_of``) and their sentences; no database access here.
"""

from __future__ import annotations

import re
from typing import Any

from ..events.ontology import NOT_HAPPENED  # the one list of factualities that are no event (plover.yaml)
from ..events.speakers import press_labels  # a transcript's press turn labels (speaker_cues.yaml)

BACKOFF = "sentence"  # a side's span ``how`` when the sentence back-off chose it (events/sentence.py)
_CLOSERS = "\"'”’)]»*_ \t\n"


def not_happened(factuality: str | None) -> bool:
    """The factuality says the act did not happen or is not told as happening (plover.yaml ``not_happened``)."""
    return factuality in NOT_HAPPENED


def asks(sentence: str | None) -> bool:
    """The sentence is a question: it ends with a question mark (closing quotes and brackets aside)."""
    return bool(sentence) and (sentence or "").rstrip(_CLOSERS).endswith("?")


def _how(span: Any) -> str | None:
    return span.get("how") if isinstance(span, dict) else None


def backoff(event: dict) -> bool:
    """A side of the event was chosen by the sentence back-off (``how: sentence`` in its span)."""
    return BACKOFF in (_how(event.get("source_span")), _how(event.get("target_span")))


def weakness(event: dict, threshold: float) -> str | None:
    """Why the event is weak, in words for the reader, or None: made by the sentence back-off, or coded below
    ``threshold`` (the ``--min-confidence`` in force)."""
    conf = event.get("confidence")
    if backoff(event):
        return "sides by sentence order (back-off)" + (f", confidence {float(conf):.2f}" if conf is not None else "")
    if conf is not None and threshold and float(conf) < threshold:
        return f"confidence {float(conf):.2f}, below {threshold:.2f}"
    return None


def told_as_happened(event: dict, sentence: str | None) -> bool:
    """The event may be told as an act that took place (or is planned, demanded: those say so): its factuality is
    an event and its sentence does not ask."""
    return not not_happened(event.get("factuality")) and not asks(sentence)


def who_reports(event: dict) -> str | None:
    """For a reported event, the words that say so ("reported by Reuters", "reported"); None for the others."""
    if event.get("factuality") != "reported":
        return None
    by = (event.get("attributed_to") or "").strip()
    if by and " ".join(by.lower().split()) in press_labels():
        return "told in a journalist's question"  # a briefing transcript's "QUESTION:" turn, not a person
    return f"reported by {by}" if by and not re.fullmatch(r"(?i)i|we|he|she|they|it", by) else "reported"


def default_threshold() -> float:
    """The ``--min-confidence`` default (events/calibration.py, chosen on the gold development events)."""
    from ..events.calibration import default_threshold as chosen

    return chosen() or 0.0
