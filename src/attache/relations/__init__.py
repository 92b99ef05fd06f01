"""Relations between two actors over time: timelines, the cooperation–conflict index, trends and alerts.

Everything is computed in SQL on the events table, so it answers from a
million events in milliseconds. An actor is a country code (``USA``) or an
actor id (``USA.GOV.rubio-marco``); a country matches every actor of it.
By default only events that happened or are reported count (not negated,
hypothetical, planned or demanded ones: a cooperation index should not rise
on promises), which ``include_all`` changes.

The index of an interval is the mean Goldstein intensity of its events
(-10 conflict .. +10 cooperation); ``intensity_sum`` is their sum.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from ..events.ontology import CONFLICT_TYPES, HAPPENED
from ..store import date_range

INTERVALS = ("day", "week", "month", "quarter", "year")
BREAKDOWNS = {"domain": "e.domain", "type": "e.plover_type", "none": "'all'"}
COUNTED = f"e.factuality IN ({', '.join(repr(f) for f in HAPPENED)})"  # ('asserted', 'reported'): plover.yaml
EVENT_DAY = "coalesce(e.event_date, e.published)"  # events carry their article's outlet and date (no join)


def counted(min_confidence: float = 0.0) -> str:
    """The events that count: happened or reported, and at least ``min_confidence`` (a calibrated
    probability that type and sides are right, see attache.events.calibration) when one is given."""
    if min_confidence and float(min_confidence) > 0:
        return f"({COUNTED} AND e.confidence >= {float(min_confidence):.4f})"
    return COUNTED


def _side(prefix: str, actor: str) -> tuple[str, list[Any]]:
    a = actor.strip()
    if "." in a:
        return f"(e.{prefix}_actor = ? OR e.{prefix}_actor LIKE ?)", [a, a + ".%"]
    return f"e.{prefix}_country = ?", [a.upper()]  # every actor of a country carries its code


def _side_match(prefix: str, actor: str) -> str:
    """The same test as ``_side`` with the value inlined (for CASE expressions); only [A-Za-z0-9._-] pass."""
    if not re.fullmatch(r"[A-Za-z0-9._-]+", actor):
        return "false"
    if "." in actor:
        return f"(e.{prefix}_actor = '{actor}' OR e.{prefix}_actor LIKE '{actor}.%')"
    return f"e.{prefix}_country = '{actor.upper()}'"


def dyad_where(a: str, b: str, directed: bool = False) -> tuple[str, list[Any]]:
    if not directed and "." not in a and "." not in b:  # two countries, either way: one stored column says it
        x, y = sorted((a.strip().upper(), b.strip().upper()))
        return "e.dyad = ?", [f"{x}-{y}"]
    sa, pa = _side("source", a)
    tb, pb = _side("target", b)
    if directed:
        return f"({sa} AND {tb})", pa + pb
    sb, pb2 = _side("source", b)
    ta, pa2 = _side("target", a)
    return f"(({sa} AND {tb}) OR ({sb} AND {ta}))", pa + pb + pb2 + pa2


def _filters(a: str, b: str, since: str | None, until: str | None, directed: bool, include_all: bool,
             min_confidence: float = 0.0) -> tuple[str, list[Any]]:
    where, params = dyad_where(a, b, directed)
    clauses = [where, f"{EVENT_DAY} IS NOT NULL"]
    if not include_all:
        clauses.append(counted(min_confidence))
    elif min_confidence:
        clauses.append(f"e.confidence >= {float(min_confidence):.4f}")
    date_range(EVENT_DAY, since, until, clauses, params)
    return " AND ".join(clauses), params


def timeline(store, a: str, b: str, *, since: str | None = None, until: str | None = None, interval: str = "month",
             by: str = "domain", directed: bool = False, include_all: bool = False, min_confidence: float = 0.0) -> dict[str, Any]:
    """Per interval (and per domain or type): counts, index, cooperative/conflictual shares, outlets, articles, tone."""
    if interval not in INTERVALS:
        raise ValueError(f"interval must be one of {', '.join(INTERVALS)}")
    if by not in BREAKDOWNS:
        raise ValueError(f"by must be one of {', '.join(BREAKDOWNS)}")
    where, params = _filters(a, b, since, until, directed, include_all, min_confidence)
    key = BREAKDOWNS[by]
    period = f"CAST(date_trunc('{interval}', {EVENT_DAY}) AS DATE)"
    sides = [a.upper() if "." not in a else a, b.upper() if "." not in b else b]
    tone_of = [f"CASE WHEN {_side_match('source', x)} THEN e.source_tone WHEN {_side_match('target', x)} THEN e.target_tone END"
               for x in sides]
    # the matching events read once; counts per interval and key, and per interval with reach and tone
    rows = store.con.execute(
        f"""WITH x AS (SELECT {period} AS period, {key} AS k, e.article_id, e.outlet, e.intensity, e.quad_class,
                              {tone_of[0]} AS tone_a, {tone_of[1]} AS tone_b FROM events e WHERE {where})
            SELECT period, k, 0 AS total, count(*), round(sum(intensity), 2), round(avg(intensity), 3),
                   sum(CASE WHEN quad_class IN (1, 2) THEN 1 ELSE 0 END), sum(CASE WHEN quad_class IN (3, 4) THEN 1 ELSE 0 END),
                   NULL, NULL, NULL, NULL FROM x GROUP BY 1, 2
            UNION ALL
            SELECT period, NULL, 1, count(*), round(sum(intensity), 2), round(avg(intensity), 3),
                   sum(CASE WHEN quad_class IN (1, 2) THEN 1 ELSE 0 END), sum(CASE WHEN quad_class IN (3, 4) THEN 1 ELSE 0 END),
                   round(avg(tone_a), 3), round(avg(tone_b), 3), count(DISTINCT outlet), count(DISTINCT article_id) FROM x GROUP BY 1
            ORDER BY 1, 3 DESC, 2""", params).fetchall()
    periods, index = [], {}
    for p, k, total, n, isum, idx, coop, conflict, tone_a, tone_b, outlets, articles in rows:
        if total:
            entry = {"period": str(p), "events": n, "index": idx, "intensity_sum": isum,
                     "cooperative_share": round(coop / n, 3) if n else None, "conflictual_share": round(conflict / n, 3) if n else None,
                     "outlets": outlets, "articles": articles, "tone": {sides[0]: tone_a, sides[1]: tone_b}, "by": {}}
            periods.append(entry)
            index[str(p)] = entry
        else:
            index[str(p)]["by"][k or "other"] = {"events": n, "index": idx, "intensity_sum": isum, "cooperative": coop, "conflictual": conflict}
    return {"a": a, "b": b, "directed": directed, "interval": interval, "by": by, "since": since, "until": until,
            "counted": ("all events" if include_all else "asserted and reported events")
            + (f" with confidence >= {min_confidence:g}" if min_confidence else ""), "min_confidence": min_confidence,
            "periods": periods,
            "trend": trend(periods)}


def trend(periods: list[dict], window: int = 3) -> list[dict]:
    """Rolling change of the index: the latest interval against the mean of the ``window`` before it."""
    out = []
    for i, p in enumerate(periods):
        before = [q["index"] for q in periods[max(0, i - window) : i] if q["index"] is not None]
        base = sum(before) / len(before) if before else None
        out.append({"period": p["period"], "index": p["index"],
                    "change": round(p["index"] - base, 3) if base is not None and p["index"] is not None else None})
    return out


def busiest_dyads(store, since: str | None = None, until: str | None = None, limit: int = 10,
                  min_confidence: float = 0.0) -> list[dict]:
    where, params = [counted(min_confidence), "e.source_country IS NOT NULL", "e.target_country IS NOT NULL",
                     "e.source_country <> e.target_country"], []
    date_range(EVENT_DAY, since, until, where, params)
    rows = store.con.execute(
        f"""SELECT least(e.source_country, e.target_country) AS x, greatest(e.source_country, e.target_country) AS y,
                   count(*) AS n, round(avg(e.intensity), 3), count(DISTINCT e.article_id), max({EVENT_DAY})
            FROM events e WHERE {' AND '.join(where)}
            GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT {int(limit)}""", params).fetchall()
    return [{"a": x, "b": y, "events": n, "index": idx, "articles": arts, "latest": str(last) if last else None}
            for x, y, n, idx, arts, last in rows]


FIRST_TYPES = ("SANCTION", "ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "AID", "AGREE")
_alert_cache: dict[tuple, tuple[tuple, list[dict]]] = {}
_evidence_cache: dict[tuple, list[dict]] = {}
_alert_lock = threading.Lock()


def alerts(store, *, since: str | None = None, until: str | None = None, interval: str = "month", z: float = 2.0,
           baseline: int = 3, min_events: int = 3, limit_events: int = 10, evidence: bool = True, cache: bool = True,
           min_confidence: float = 0.0) -> list[dict]:
    """Dyads and domains whose index departs from its recent baseline by more than ``z`` standard
    deviations, and first-ever event types between two countries; each alert lists its events
    (unless ``evidence`` is false: then :func:`attach_evidence` adds them to the alerts one shows).

    A few queries whatever the size (shifts with window functions, first events, the evidence of all
    the alerts at once). Answers are kept per database and arguments until the events change
    (``store.data_version()``), so a server answers repeated requests from memory."""
    if interval not in INTERVALS:
        raise ValueError(f"interval must be one of {', '.join(INTERVALS)}")
    key = (getattr(store, "path", None), since, until, interval, float(z), baseline, min_events, float(min_confidence))
    version = store.data_version() if cache else None
    hit = None
    if cache:
        with _alert_lock:
            hit = _alert_cache.get(key)
    if hit and hit[0] == version:
        found = hit[1]
    else:
        found = _compute_alerts(store, since, until, interval, z, baseline, min_events, counted(min_confidence))
        if cache:
            with _alert_lock:
                if len(_alert_cache) > 32:
                    _alert_cache.clear()
                _alert_cache[key] = (version, found)
    found = [dict(al) for al in found]  # callers may add to them; the cached list stays as computed
    if evidence:
        attach_evidence(store, found, interval=interval, limit=limit_events, version=version, min_confidence=min_confidence)
    return found


def _compute_alerts(store, since, until, interval, z, baseline, min_events, which: str = COUNTED) -> list[dict]:
    start = since
    if since and interval == "month":
        start = since[:7] + "-01"
    found = []
    for x, y, domain, period, n, idx, mean, score in store.alert_shifts(
            counted=which, event_day=EVENT_DAY, interval=interval, z=z, baseline=baseline, min_events=min_events,
            since=start, until=until):
        found.append({"kind": "shift", "a": x, "b": y, "domain": domain, "period": str(period), "index": round(idx, 3),
                      "baseline": round(mean, 3), "z": round(score, 2), "events": n,
                      "direction": "toward conflict" if score < 0 else "toward cooperation"})
    for x, y, ptype, first_day, n in store.alert_firsts(counted=which, event_day=EVENT_DAY, types=FIRST_TYPES):
        day = str(first_day)
        if (since and day < since) or (until and day > until):
            continue
        found.append({"kind": "first", "a": x, "b": y, "plover_type": ptype, "period": day, "events": n,
                      "direction": "toward conflict" if ptype in CONFLICT_TYPES else "toward cooperation"})
    found.sort(key=lambda al: (al["period"], al["a"], al["b"], al.get("domain") or al.get("plover_type") or ""))
    return found


def attach_evidence(store, found: list[dict], *, interval: str = "month", limit: int = 10, version: tuple | None = None,
                    min_confidence: float = 0.0) -> None:
    """Add to each alert its ``limit`` strongest events (one query for those not known yet)."""
    def key(al: dict) -> tuple:
        return (getattr(store, "path", None), version, interval, limit, float(min_confidence), al["kind"], al["a"], al["b"],
                al.get("domain") or al.get("plover_type"), al["period"])

    missing = found
    if version is not None:
        with _alert_lock:
            for al in found:
                if key(al) in _evidence_cache:
                    al["evidence"] = [dict(e) for e in _evidence_cache[key(al)]]
        missing = [al for al in found if "evidence" not in al]
    rows = store.alert_evidence(missing, counted=counted(min_confidence), event_day=EVENT_DAY, interval=interval, limit=limit)
    for i, al in enumerate(missing):
        al["evidence"] = [{"event_id": eid, "article_id": aid, "date": str(day) if day else None, "plover_type": ptype,
                           "cameo_code": cameo, "intensity": inten, "source": src, "target": tgt, "start": start_, "end": end_,
                           "text": " ".join((text or "").split()), "outlet": outlet}
                          for eid, aid, day, ptype, cameo, inten, src, tgt, start_, end_, text, outlet in rows.get(i, [])]
    if version is not None and missing:
        with _alert_lock:
            if len(_evidence_cache) > 20000:
                _evidence_cache.clear()
            for al in missing:
                _evidence_cache[key(al)] = [dict(e) for e in al["evidence"]]


def dyad_events(store, a: str, b: str, since: str | None = None, until: str | None = None) -> list[dict]:
    """Every event between the two (either way) that is not negated or hypothetical, planned ones included."""
    where, params = dyad_where(a, b)
    clauses = [where, "e.factuality NOT IN ('negated', 'hypothetical')"]
    date_range(EVENT_DAY, since, until, clauses, params)
    return event_rows(store, clauses, params, order="day, e.article_id, e.sentence_start")


EVENT_ROW = ("id", "article_id", "date", "plover_type", "plover_mode", "cameo_code", "intensity", "domain", "factuality",
             "source", "source_name", "target", "target_name", "start", "end", "sentence", "outlet", "title")


def event_rows(store, clauses: list[str], params: list[Any], *, order: str, limit: int | None = None) -> list[dict]:
    """Events matching ``clauses`` with the sentence each was read from (whitespace folded)."""
    rows = store.con.execute(
        f"""SELECT e.id, e.article_id, {EVENT_DAY} AS day, e.plover_type, e.plover_mode, e.cameo_code, e.intensity, e.domain,
                   e.factuality, e.source_country, e.source_name, e.target_country, e.target_name, e.sentence_start, e.sentence_end,
                   substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start), a.outlet, a.title
            FROM events e JOIN articles a ON a.id = e.article_id WHERE {' AND '.join(clauses)}
            ORDER BY {order}{f' LIMIT {int(limit)}' if limit else ''}""", params).fetchall()
    out = []
    for r in rows:
        d = dict(zip(EVENT_ROW, r))
        d["date"] = str(d["date"]) if d["date"] else None
        d["sentence"] = " ".join((d["sentence"] or "").split())
        out.append(d)
    return out
