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

import math
import re
from typing import Any

from ..store import date_range

INTERVALS = ("day", "week", "month", "quarter", "year")
BREAKDOWNS = {"domain": "e.domain", "type": "e.plover_type", "none": "'all'"}
COUNTED = "e.factuality IN ('asserted', 'reported')"
EVENT_DAY = "coalesce(e.event_date, e.published)"  # events carry their article's outlet and date (no join)


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


def _filters(a: str, b: str, since: str | None, until: str | None, directed: bool, include_all: bool) -> tuple[str, list[Any]]:
    where, params = dyad_where(a, b, directed)
    clauses = [where, f"{EVENT_DAY} IS NOT NULL"]
    if not include_all:
        clauses.append(COUNTED)
    date_range(EVENT_DAY, since, until, clauses, params)
    return " AND ".join(clauses), params


def timeline(store, a: str, b: str, *, since: str | None = None, until: str | None = None, interval: str = "month",
             by: str = "domain", directed: bool = False, include_all: bool = False) -> dict[str, Any]:
    """Per interval (and per domain or type): counts, index, cooperative/conflictual shares, outlets, articles, tone."""
    if interval not in INTERVALS:
        raise ValueError(f"interval must be one of {', '.join(INTERVALS)}")
    if by not in BREAKDOWNS:
        raise ValueError(f"by must be one of {', '.join(BREAKDOWNS)}")
    where, params = _filters(a, b, since, until, directed, include_all)
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
            "counted": "all events" if include_all else "asserted and reported events", "periods": periods,
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


def busiest_dyads(store, since: str | None = None, until: str | None = None, limit: int = 10) -> list[dict]:
    where, params = [COUNTED, "e.source_country IS NOT NULL", "e.target_country IS NOT NULL",
                     "e.source_country <> e.target_country"], []
    date_range(EVENT_DAY, since, until, where, params)
    rows = store.con.execute(
        f"""SELECT least(e.source_country, e.target_country) AS x, greatest(e.source_country, e.target_country) AS y,
                   count(*) AS n, round(avg(e.intensity), 3), count(DISTINCT e.article_id), max({EVENT_DAY})
            FROM events e WHERE {' AND '.join(where)}
            GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT {int(limit)}""", params).fetchall()
    return [{"a": x, "b": y, "events": n, "index": idx, "articles": arts, "latest": str(last) if last else None}
            for x, y, n, idx, arts, last in rows]


def alerts(store, *, since: str | None = None, until: str | None = None, interval: str = "month", z: float = 2.0,
           baseline: int = 3, min_events: int = 3, limit_events: int = 10) -> list[dict]:
    """Dyads and domains whose index departs from its recent baseline by more than ``z`` standard
    deviations, and first-ever event types between two countries; each alert lists its events."""
    if interval not in INTERVALS:
        raise ValueError(f"interval must be one of {', '.join(INTERVALS)}")
    rows = store.con.execute(
        f"""SELECT least(e.source_country, e.target_country) AS x, greatest(e.source_country, e.target_country) AS y,
                   e.domain, CAST(date_trunc('{interval}', {EVENT_DAY}) AS DATE) AS period, count(*), avg(e.intensity)
            FROM events e
            WHERE {COUNTED} AND e.source_country IS NOT NULL AND e.target_country IS NOT NULL
              AND e.source_country <> e.target_country AND {EVENT_DAY} IS NOT NULL
            GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4""").fetchall()
    series: dict[tuple, list[tuple]] = {}
    overall: dict[tuple, dict[str, list[float]]] = {}
    for x, y, domain, period, n, idx in rows:
        series.setdefault((x, y, domain or "other"), []).append((str(period), n, idx))
        slot = overall.setdefault((x, y), {}).setdefault(str(period), [0, 0.0])
        slot[0] += n
        slot[1] += n * idx
    for (x, y), per in overall.items():  # the dyad as a whole, every domain together
        series[(x, y, "all")] = [(p, n, total / n) for p, (n, total) in sorted(per.items())]
    found = []
    for (x, y, domain), points in series.items():
        for i, (period, n, idx) in enumerate(points):
            if (since and period < since[:7] + "-01" and interval == "month") or (since and interval != "month" and period < since):
                continue
            if until and period > until:
                continue
            before = [p[2] for p in points[:i] if p[0] < period][-baseline:]
            if n < min_events or len(before) < 2:
                continue
            mean = sum(before) / len(before)
            std = max(math.sqrt(sum((v - mean) ** 2 for v in before) / len(before)), 0.5)  # a floor: a flat baseline is not certainty
            score = (idx - mean) / std
            if abs(score) >= z:
                found.append({"kind": "shift", "a": x, "b": y, "domain": domain, "period": period, "index": round(idx, 3),
                              "baseline": round(mean, 3), "z": round(score, 2), "events": n,
                              "direction": "toward conflict" if score < 0 else "toward cooperation"})
    # first-ever event types between two countries
    firsts = store.con.execute(
        f"""WITH t AS (
              SELECT least(e.source_country, e.target_country) AS x, greatest(e.source_country, e.target_country) AS y,
                     e.plover_type, min({EVENT_DAY}) AS first_day, count(*) AS n
              FROM events e
              WHERE {COUNTED} AND e.source_country IS NOT NULL AND e.target_country IS NOT NULL
                AND e.source_country <> e.target_country AND {EVENT_DAY} IS NOT NULL
              GROUP BY 1, 2, 3),
            span AS (SELECT x, y, min(first_day) AS dyad_first FROM t GROUP BY 1, 2)
            SELECT t.x, t.y, t.plover_type, t.first_day, t.n FROM t JOIN span USING (x, y)
            WHERE t.first_day > span.dyad_first AND t.plover_type IN ('SANCTION', 'ASSAULT', 'COERCE', 'THREATEN', 'MOBILIZE', 'AID', 'AGREE')
            ORDER BY t.first_day, t.x, t.y""").fetchall()
    for x, y, ptype, first_day, n in firsts:
        day = str(first_day)
        if (since and day < since) or (until and day > until):
            continue
        found.append({"kind": "first", "a": x, "b": y, "plover_type": ptype, "period": day, "events": n,
                      "direction": "toward conflict" if ptype in ("SANCTION", "ASSAULT", "COERCE", "THREATEN", "MOBILIZE") else "toward cooperation"})
    for al in found:
        al["evidence"] = _evidence(store, al, interval, limit_events)
    found.sort(key=lambda al: (al["period"], al["a"], al["b"], al.get("domain") or al.get("plover_type") or ""))
    return found


def _evidence(store, al: dict, interval: str, limit: int) -> list[dict]:
    where, params = dyad_where(al["a"], al["b"])
    clauses = [where, COUNTED]
    if al["kind"] == "shift":
        clauses.append(f"CAST(date_trunc('{interval}', {EVENT_DAY}) AS DATE) = CAST(? AS DATE)")
        params.append(al["period"])
        if al["domain"] != "all":
            clauses.append("coalesce(e.domain, 'other') = ?")
            params.append(al["domain"])
    else:
        clauses += ["e.plover_type = ?", f"{EVENT_DAY} = CAST(? AS DATE)"]
        params += [al["plover_type"], al["period"]]
    rows = event_rows(store, clauses, params, order="abs(e.intensity) DESC, e.id", limit=limit)
    return [{"event_id": r["id"], "article_id": r["article_id"], "date": r["date"], "plover_type": r["plover_type"],
             "cameo_code": r["cameo_code"], "intensity": r["intensity"], "source": r["source"], "target": r["target"],
             "start": r["start"], "end": r["end"], "text": r["sentence"], "outlet": r["outlet"]} for r in rows]


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
