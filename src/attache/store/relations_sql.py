"""The relations queries (timelines, busiest pairs, a pair's events, alerts), written once in DuckDB's dialect.

What counts as an event, the day an event is placed on and how an actor matches a side come from
:mod:`attache.store.where`; :mod:`attache.relations` shapes the rows these methods return.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ..model import AlertQuery, DyadQuery
from .where import COUNTED, EVENT_DAY, NOT_HAPPENED, date_range, dyad_where, side_match

INTERVALS = ("day", "week", "month", "quarter", "year")
BREAKDOWNS = {"domain": "e.domain", "type": "e.plover_type", "none": "'all'"}
DYAD_EVENT_COLUMNS = (
    "id",
    "article_id",
    "date",
    "plover_type",
    "plover_mode",
    "cameo_code",
    "intensity",
    "domain",
    "factuality",
    "source",
    "source_name",
    "target",
    "target_name",
    "start",
    "end",
    "sentence",
    "outlet",
    "title",
)


def _exact_parts(column: str) -> str:
    """The sum and count of a column of three-decimal values (the sides' tones) as integers: a mean taken from
    them is the same on every backend and in every aggregation order, where ``round(avg(x), 3)`` over doubles
    can fall either side of a half (-0.2375 read as -0.237 by one backend and -0.238 by the other)."""
    return f"sum(CAST(round({column} * 1000) AS BIGINT)), count({column})"


def _exact_total(total: Any) -> float | None:
    """The sum of ``_exact_parts`` (thousandths), to two decimals, rounded half away from zero like SQL's round."""
    if total is None:
        return None
    return float((Decimal(int(total)) / 1000).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def _exact_mean(total: Any, n: Any) -> float | None:
    """The mean of ``_exact_parts``, rounded half away from zero to three decimals (None when nothing counted)."""
    if not n or total is None:
        return None
    return float((Decimal(int(total)) / Decimal(int(n)) / 1000).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP))


def _check_interval(interval: str) -> None:
    if interval not in INTERVALS:  # it is written into the SQL: only the known words pass
        raise ValueError(f"interval must be one of {', '.join(INTERVALS)}")


def counted_sql(min_confidence: float = 0.0) -> str:
    """The events that count: happened or reported, and at least ``min_confidence`` (a calibrated
    probability that type and sides are right, see attache.events.calibration) when one is given."""
    if min_confidence and float(min_confidence) > 0:
        return f"({COUNTED} AND e.confidence >= {float(min_confidence):.4f})"
    return COUNTED


# One article telling one event in many sentences ("the Secretary's call with Lavrov" in five answers of a briefing)
# is one event, not five: relations count an event once per article, day, type and pair of sides (countries; the
# actor where no country is known), the most confident mention standing for it, as GDELT counts an event once however
# often it is mentioned. The query's own filters apply first, so an actor's query keeps that actor's mentions.
MENTION_KEY = (
    "e.article_id",
    EVENT_DAY,
    "e.plover_type",
    "coalesce(e.source_country, e.source_actor, '')",
    "coalesce(e.target_country, e.target_actor, '')",
)


def once_per_article(where: str) -> str:
    """The events matching ``where``, each event told in an article counted once: a FROM item aliased ``e``."""
    return (
        f"(SELECT * FROM (SELECT e.*, row_number() OVER (PARTITION BY {', '.join(MENTION_KEY)} ORDER BY e.confidence DESC, e.id) "
        f"AS mention FROM events e WHERE {where}) m WHERE m.mention = 1) e"
    )


def _filters(q: DyadQuery) -> tuple[str, list[Any]]:
    where, params = dyad_where(q.a, q.b, q.directed)
    clauses = [where, f"{EVENT_DAY} IS NOT NULL"]
    if not q.include_all:
        clauses.append(counted_sql(q.min_confidence))
    elif q.min_confidence:
        clauses.append(f"e.confidence >= {float(q.min_confidence):.4f}")
    date_range(EVENT_DAY, q.since, q.until, clauses, params)
    return " AND ".join(clauses), params


def _pair_events(min_confidence: float) -> str:
    """Counted events between two different countries with a day, each told event once per article (a FROM item)."""
    return once_per_article(
        f"{counted_sql(min_confidence)} AND e.source_country IS NOT NULL AND e.target_country IS NOT NULL "
        f"AND e.source_country <> e.target_country AND {EVENT_DAY} IS NOT NULL"
    )


class RelationsQueries:
    """The relations queries of :class:`~attache.store.base.SQLStore` (a part of it, kept in its own file)."""

    con: Any

    def timeline_rows(self, q: DyadQuery) -> list[tuple[Any, ...]]:
        """The events between ``a`` and ``b`` per interval: for each interval one total row and one row per
        breakdown key (domain, type, or 'all'). Rows: (period, key, is_total, events, intensity sum, index,
        cooperative, conflictual, tone of a, tone of b, outlets, articles); the last four only on total rows."""
        _check_interval(q.interval)
        if q.by not in BREAKDOWNS:
            raise ValueError(f"by must be one of {', '.join(BREAKDOWNS)}")
        where, params = _filters(q)
        key = BREAKDOWNS[q.by]
        period = f"CAST(date_trunc('{q.interval}', {EVENT_DAY}) AS DATE)"
        sides = [q.a.upper() if "." not in q.a else q.a, q.b.upper() if "." not in q.b else q.b]
        tone_of = [
            f"CASE WHEN {side_match('source', x)} THEN e.source_tone WHEN {side_match('target', x)} THEN e.target_tone END"
            for x in sides
        ]
        # the matching events read once; counts per interval and key, and per interval with reach and tone
        rows: list[tuple[Any, ...]] = self.con.execute(
            f"""WITH x AS (SELECT {period} AS period, {key} AS k, e.article_id, e.outlet, e.intensity, e.quad_class,
                                  {tone_of[0]} AS tone_a, {tone_of[1]} AS tone_b FROM {once_per_article(where)})
                SELECT period, k, 0 AS total, count(*), {_exact_parts("intensity")},
                       sum(CASE WHEN quad_class IN (1, 2) THEN 1 ELSE 0 END), sum(CASE WHEN quad_class IN (3, 4) THEN 1 ELSE 0 END),
                       NULL, NULL, NULL, NULL, NULL, NULL FROM x GROUP BY 1, 2
                UNION ALL
                SELECT period, NULL, 1, count(*), {_exact_parts("intensity")},
                       sum(CASE WHEN quad_class IN (1, 2) THEN 1 ELSE 0 END), sum(CASE WHEN quad_class IN (3, 4) THEN 1 ELSE 0 END),
                       {_exact_parts("tone_a")}, {_exact_parts("tone_b")}, count(DISTINCT outlet), count(DISTINCT article_id)
                       FROM x GROUP BY 1
                ORDER BY 1, 3 DESC, 2""",
            params,
        ).fetchall()
        # sums and means of the intensity and the tones from exact thousandths: the same on every backend
        return [
            (
                *r[:4],
                _exact_total(r[4]),
                _exact_mean(r[4], r[5]),
                *r[6:8],
                _exact_mean(r[8], r[9]),
                _exact_mean(r[10], r[11]),
                *r[12:],
            )
            for r in rows
        ]

    def busiest_dyad_rows(
        self, *, since: str | None = None, until: str | None = None, limit: int = 10, min_confidence: float = 0.0
    ) -> list[tuple[Any, ...]]:
        """The country pairs with the most counted events: (x, y, events, index, articles, latest day)."""
        where = [
            counted_sql(min_confidence),
            "e.source_country IS NOT NULL",
            "e.target_country IS NOT NULL",
            "e.source_country <> e.target_country",
        ]
        params: list[Any] = []
        date_range(EVENT_DAY, since, until, where, params)
        rows: list[tuple[Any, ...]] = self.con.execute(
            f"""SELECT least(e.source_country, e.target_country) AS x, greatest(e.source_country, e.target_country) AS y,
                       count(*) AS n, {_exact_parts("e.intensity")}, count(DISTINCT e.article_id), max({EVENT_DAY})
                FROM {once_per_article(" AND ".join(where))}
                GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT {int(limit)}""",
            params,
        ).fetchall()
        return [(*r[:3], _exact_mean(r[3], r[4]), *r[5:]) for r in rows]

    def dyad_event_rows(self, a: str, b: str, *, since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
        """Every event between the two (either way) that is not negated, hypothetical or a question, planned ones included,
        with the sentence each was read from (whitespace folded); keys :data:`DYAD_EVENT_COLUMNS`."""
        where, params = dyad_where(a, b)
        clauses = [where, NOT_HAPPENED]
        date_range(EVENT_DAY, since, until, clauses, params)
        rows = self.con.execute(
            f"""SELECT e.id, e.article_id, {EVENT_DAY} AS day, e.plover_type, e.plover_mode, e.cameo_code, e.intensity, e.domain,
                       e.factuality, e.source_country, e.source_name, e.target_country, e.target_name, e.sentence_start, e.sentence_end,
                       substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start), a.outlet, a.title
                FROM events e JOIN articles a ON a.id = e.article_id WHERE {" AND ".join(clauses)}
                ORDER BY day, e.article_id, e.sentence_start""",
            params,
        ).fetchall()
        out = []
        for r in rows:
            d = dict(zip(DYAD_EVENT_COLUMNS, r))
            d["date"] = str(d["date"]) if d["date"] else None
            d["sentence"] = " ".join((d["sentence"] or "").split())
            out.append(d)
        return out

    # -- alerts ---------------------------------------------------------------------------
    def alert_shifts(self, q: AlertQuery) -> list[tuple[Any, ...]]:
        """Per country pair, domain (and 'all' domains together) and interval: the intervals whose mean intensity
        departs from the mean of the ``baseline`` intervals before it by ``z`` standard deviations or more
        (the deviation floored at 0.5). Rows: (x, y, domain, period, events, index, baseline mean, score)."""
        _check_interval(q.interval)
        event_day = EVENT_DAY
        pairs = _pair_events(q.min_confidence)
        period = f"CAST(date_trunc('{q.interval}', {event_day}) AS DATE)"
        where: list[str] = ["abs(score) >= ?"]
        params: list[Any] = [q.z]
        date_range("period", q.since, q.until, where, params)
        rows: list[tuple[Any, ...]] = self.con.execute(
            f"""WITH base AS (
                  SELECT least(e.source_country, e.target_country) AS x, greatest(e.source_country, e.target_country) AS y,
                         coalesce(e.domain, 'other') AS domain, {period} AS period, e.intensity
                  FROM {pairs}),
                per AS (
                  SELECT x, y, domain, period, count(*) AS n, avg(intensity) AS idx FROM base GROUP BY x, y, domain, period
                  UNION ALL
                  SELECT x, y, 'all', period, count(*), avg(intensity) FROM base GROUP BY x, y, period),
                w AS (
                  SELECT x, y, domain, period, n, idx, avg(idx) OVER win AS mean, stddev_pop(idx) OVER win AS sd,
                         count(idx) OVER win AS k
                  FROM per WINDOW win AS (PARTITION BY x, y, domain ORDER BY period ROWS BETWEEN {int(q.baseline)} PRECEDING AND 1 PRECEDING)),
                scored AS (
                  SELECT x, y, domain, period, n, idx, mean, (idx - mean) / greatest(coalesce(sd, 0), 0.5) AS score
                  FROM w WHERE n >= {int(q.min_events)} AND k >= 2)
                SELECT x, y, domain, period, n, idx, mean, score FROM scored WHERE {" AND ".join(where)}
                ORDER BY period, x, y, domain""",
            params,
        ).fetchall()
        return rows

    def alert_firsts(self, *, types: Sequence[str], min_confidence: float = 0.0) -> list[tuple[Any, ...]]:
        """First-ever events of these types between two countries after the pair's first event: (x, y, type, day, events)."""
        event_day = EVENT_DAY
        pairs = _pair_events(min_confidence)
        rows: list[tuple[Any, ...]] = self.con.execute(
            f"""WITH t AS (
                  SELECT least(e.source_country, e.target_country) AS x, greatest(e.source_country, e.target_country) AS y,
                         e.plover_type, min({event_day}) AS first_day, count(*) AS n
                  FROM {pairs}
                  GROUP BY 1, 2, 3),
                span AS (SELECT x, y, min(first_day) AS dyad_first FROM t GROUP BY 1, 2)
                SELECT t.x, t.y, t.plover_type, t.first_day, t.n FROM t JOIN span ON span.x = t.x AND span.y = t.y
                WHERE t.first_day > span.dyad_first AND list_contains(?, t.plover_type)
                ORDER BY t.first_day, t.x, t.y""",
            [list(types)],
        ).fetchall()
        return rows

    def alert_evidence(
        self, alerts: Sequence[dict[str, Any]], *, interval: str, limit: int, min_confidence: float = 0.0
    ) -> dict[int, list[tuple[Any, ...]]]:
        """The ``limit`` strongest events behind each alert (by position in ``alerts``), in one query.
        Rows: (id, article_id, day, type, cameo, intensity, source, target, sentence start, end, sentence, outlet)."""
        if not alerts:
            return {}
        _check_interval(interval)
        counted, event_day = counted_sql(min_confidence), EVENT_DAY
        once = once_per_article(f"{counted} AND e.dyad IN (SELECT unnest(CAST(? AS VARCHAR[])))")
        cols: dict[str, list[Any]] = {k: [] for k in ("i", "kind", "dyad", "what", "period")}
        for i, al in enumerate(alerts):
            cols["i"].append(i)
            cols["kind"].append(al["kind"])
            cols["dyad"].append(f"{al['a']}-{al['b']}")
            cols["what"].append(al.get("domain") or al.get("plover_type"))
            cols["period"].append(al["period"])
        picked = f"""e.id, e.article_id, {event_day} AS day, e.plover_type, e.cameo_code, e.intensity, e.source_country,
                    e.target_country, e.sentence_start, e.sentence_end"""
        rows = self.con.execute(
            f"""WITH want AS (
                  SELECT unnest(CAST(? AS INTEGER[])) AS i, unnest(CAST(? AS VARCHAR[])) AS kind, unnest(CAST(? AS VARCHAR[])) AS dyad,
                         unnest(CAST(? AS VARCHAR[])) AS what, unnest(CAST(? AS DATE[])) AS period),
                hits AS (
                  SELECT w.i, {picked} FROM {once} JOIN want w
                    ON w.kind = 'shift' AND e.dyad = w.dyad AND CAST(date_trunc('{interval}', {event_day}) AS DATE) = w.period
                  WHERE w.what = 'all' OR coalesce(e.domain, 'other') = w.what
                  UNION ALL
                  SELECT w.i, {picked} FROM {once} JOIN want w
                    ON w.kind = 'first' AND e.dyad = w.dyad AND e.plover_type = w.what AND {event_day} = w.period),
                ranked AS (SELECT *, row_number() OVER (PARTITION BY i ORDER BY abs(intensity) DESC, id) AS rk FROM hits)
                SELECT r.i, r.id, r.article_id, r.day, r.plover_type, r.cameo_code, r.intensity, r.source_country, r.target_country,
                       r.sentence_start, r.sentence_end, substr(a.text, r.sentence_start + 1, r.sentence_end - r.sentence_start), a.outlet
                FROM ranked r JOIN articles a ON a.id = r.article_id WHERE r.rk <= {int(limit)} ORDER BY r.i, r.rk""",
            [cols["i"], cols["kind"], cols["dyad"], cols["what"], cols["period"], cols["dyad"], cols["dyad"]],
        ).fetchall()
        out: dict[int, list[tuple[Any, ...]]] = {}
        for r in rows:
            out.setdefault(r[0], []).append(tuple(r[1:]))
        return out
