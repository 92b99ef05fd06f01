"""Relations between two actors over time: timelines, the cooperation–conflict index, trends and alerts.

Everything is computed in SQL on the events table, so it answers from a
million events in milliseconds. An actor is a country code (``USA``) or an
actor id (``USA.GOV.rubio-marco``); a country matches every actor of it.
By default only events that happened or are reported count (not negated,
hypothetical, asked (question), planned or demanded ones: a cooperation index should not rise
on promises), which ``include_all`` changes.

The index of an interval is the mean Goldstein intensity of its events
(-10 conflict .. +10 cooperation); ``intensity_sum`` is their sum.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import Any

from ..events.ontology import CONFLICT_TYPES
from ..model import AlertQuery, DyadQuery
from ..store.interface import Store
from ..store.relations_sql import BREAKDOWNS, INTERVALS

__all__ = [
    "INTERVALS",
    "BREAKDOWNS",
    "DyadQuery",
    "timeline",
    "trend",
    "busiest_dyads",
    "alerts",
    "attach_evidence",
    "dyad_events",
]


def timeline(store: Store, q: DyadQuery) -> dict[str, Any]:
    """Per interval (and per domain or type): counts, index, cooperative/conflictual shares, outlets, articles, tone.
    An interval or breakdown the store does not know raises ``ValueError`` (``Store.timeline_rows``)."""
    sides = [q.a.upper() if "." not in q.a else q.a, q.b.upper() if "." not in q.b else q.b]
    rows = store.timeline_rows(q)
    periods, index = [], {}
    for p, k, total, n, isum, idx, coop, conflict, tone_a, tone_b, outlets, articles in rows:
        if total:
            entry = {
                "period": str(p),
                "events": n,
                "index": idx,
                "intensity_sum": isum,
                "cooperative_share": round(coop / n, 3) if n else None,
                "conflictual_share": round(conflict / n, 3) if n else None,
                "outlets": outlets,
                "articles": articles,
                "tone": {sides[0]: tone_a, sides[1]: tone_b},
                "by": {},
            }
            periods.append(entry)
            index[str(p)] = entry
        else:
            index[str(p)]["by"][k or "other"] = {
                "events": n,
                "index": idx,
                "intensity_sum": isum,
                "cooperative": coop,
                "conflictual": conflict,
            }
    return {
        "a": q.a,
        "b": q.b,
        "directed": q.directed,
        "interval": q.interval,
        "by": q.by,
        "since": q.since,
        "until": q.until,
        "counted": ("all events" if q.include_all else "asserted and reported events")
        + (f" with confidence >= {q.min_confidence:g}" if q.min_confidence else ""),
        "min_confidence": q.min_confidence,
        "periods": periods,
        "trend": trend(periods),
    }


def trend(periods: list[dict], window: int = 3) -> list[dict]:
    """Rolling change of the index: the latest interval against the mean of the ``window`` before it."""
    out = []
    for i, p in enumerate(periods):
        before = [q["index"] for q in periods[max(0, i - window) : i] if q["index"] is not None]
        base = sum(before) / len(before) if before else None
        out.append(
            {
                "period": p["period"],
                "index": p["index"],
                "change": round(p["index"] - base, 3) if base is not None and p["index"] is not None else None,
            }
        )
    return out


def busiest_dyads(
    store: Store, since: str | None = None, until: str | None = None, limit: int = 10, min_confidence: float = 0.0
) -> list[dict]:
    rows = store.busiest_dyad_rows(since=since, until=until, limit=limit, min_confidence=min_confidence)
    return [
        {"a": x, "b": y, "events": n, "index": idx, "articles": arts, "latest": str(last) if last else None}
        for x, y, n, idx, arts, last in rows
    ]


FIRST_TYPES = ("SANCTION", "ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "AID", "AGREE")
_alert_cache: dict[tuple, tuple[tuple[str, ...] | None, list[dict]]] = {}
_evidence_cache: dict[tuple, list[dict]] = {}
_alert_lock = threading.Lock()


def alerts(
    store: Store,
    *,
    since: str | None = None,
    until: str | None = None,
    interval: str = "month",
    z: float = 2.0,
    baseline: int = 3,
    min_events: int = 3,
    limit_events: int = 10,
    evidence: bool = True,
    cache: bool = True,
    min_confidence: float = 0.0,
) -> list[dict]:
    """Dyads and domains whose index departs from its recent baseline by more than ``z`` standard
    deviations, and first-ever event types between two countries; each alert lists its events
    (unless ``evidence`` is false: then :func:`attach_evidence` adds them to the alerts one shows).

    A few queries whatever the size (shifts with window functions, first events, the evidence of all
    the alerts at once). Answers are kept per database and arguments until the events change
    (``store.data_version()``), so a server answers repeated requests from memory."""
    if interval not in INTERVALS:
        raise ValueError(f"interval must be one of {', '.join(INTERVALS)}")
    q = AlertQuery(interval, float(z), baseline, min_events, since, until, float(min_confidence))
    key = (getattr(store, "path", None), q)
    version = store.data_version() if cache else None
    hit = None
    if cache:
        with _alert_lock:
            hit = _alert_cache.get(key)
    if hit and hit[0] == version:
        found = hit[1]
    else:
        found = _compute_alerts(store, q)
        if cache:
            with _alert_lock:
                if len(_alert_cache) > 32:
                    _alert_cache.clear()
                _alert_cache[key] = (version, found)
    found = [dict(al) for al in found]  # callers may add to them; the cached list stays as computed
    if evidence:
        attach_evidence(store, found, interval=interval, limit=limit_events, version=version, min_confidence=min_confidence)
    return found


def _compute_alerts(store: Store, q: AlertQuery) -> list[dict]:
    start = q.since[:7] + "-01" if q.since and q.interval == "month" else q.since  # whole months
    found = []
    for x, y, domain, period, n, idx, mean, score in store.alert_shifts(replace(q, since=start)):
        found.append(
            {
                "kind": "shift",
                "a": x,
                "b": y,
                "domain": domain,
                "period": str(period),
                "index": round(idx, 3),
                "baseline": round(mean, 3),
                "z": round(score, 2),
                "events": n,
                "direction": "toward conflict" if score < 0 else "toward cooperation",
            }
        )
    for x, y, ptype, first_day, n in store.alert_firsts(types=FIRST_TYPES, min_confidence=q.min_confidence):
        day = str(first_day)
        if (q.since and day < q.since) or (q.until and day > q.until):
            continue
        found.append(
            {
                "kind": "first",
                "a": x,
                "b": y,
                "plover_type": ptype,
                "period": day,
                "events": n,
                "direction": "toward conflict" if ptype in CONFLICT_TYPES else "toward cooperation",
            }
        )
    found.sort(key=lambda al: (al["period"], al["a"], al["b"], al.get("domain") or al.get("plover_type") or ""))
    return found


def attach_evidence(
    store: Store,
    found: list[dict],
    *,
    interval: str = "month",
    limit: int = 10,
    version: tuple | None = None,
    min_confidence: float = 0.0,
) -> None:
    """Add to each alert its ``limit`` strongest events (one query for those not known yet)."""

    def key(al: dict) -> tuple:
        return (
            getattr(store, "path", None),
            version,
            interval,
            limit,
            float(min_confidence),
            al["kind"],
            al["a"],
            al["b"],
            al.get("domain") or al.get("plover_type"),
            al["period"],
        )

    missing = found
    if version is not None:
        with _alert_lock:
            for al in found:
                if key(al) in _evidence_cache:
                    al["evidence"] = [dict(e) for e in _evidence_cache[key(al)]]
        missing = [al for al in found if "evidence" not in al]
    rows = store.alert_evidence(missing, interval=interval, limit=limit, min_confidence=min_confidence)
    for i, al in enumerate(missing):
        al["evidence"] = [
            {
                "event_id": eid,
                "article_id": aid,
                "date": str(day) if day else None,
                "plover_type": ptype,
                "cameo_code": cameo,
                "intensity": inten,
                "source": src,
                "target": tgt,
                "start": start_,
                "end": end_,
                "text": " ".join((text or "").split()),
                "outlet": outlet,
            }
            for eid, aid, day, ptype, cameo, inten, src, tgt, start_, end_, text, outlet in rows.get(i, [])
        ]
    if version is not None and missing:
        with _alert_lock:
            if len(_evidence_cache) > 20000:
                _evidence_cache.clear()
            for al in missing:
                _evidence_cache[key(al)] = [dict(e) for e in al["evidence"]]


def dyad_events(store: Store, a: str, b: str, since: str | None = None, until: str | None = None) -> list[dict]:
    """Every event between the two (either way) that is not negated, hypothetical or a question, planned ones included,
    with the sentence each was read from."""
    return store.dyad_event_rows(a, b, since=since, until=until)
