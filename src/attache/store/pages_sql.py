"""The reads behind an actor's page, a country's relations and the values the filters take (a part of
:class:`~attache.store.base.SQLStore`, kept in its own file): written once in DuckDB's dialect, PostgreSQL
through the store's dialect like every other statement."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .where import COUNTED, EVENT_DAY, NOT_HAPPENED, date_range, involves, side


class PageQueries:
    """Actor and country pages, coverage, stored outlets and countries (see the module's docstring)."""

    con: Any

    def events_by_id(self, event_ids: Sequence[str]) -> list[dict[str, Any]]:
        raise NotImplementedError  # SQLStore's

    def _count(self, sql: str, params: Sequence[Any] = ()) -> int:
        raise NotImplementedError  # SQLStore's

    def actor_profile(
        self, actor: str, *, since: str | None = None, until: str | None = None, counterparts: int = 20
    ) -> dict[str, Any]:
        """An actor's events over time: per month as source and as target, per month and role the event types, and
        its counterparts (the other side's actor, with events and the index of those that happened)."""
        src, ps = side("source", actor)
        tgt, pt = side("target", actor)
        where, params = [f"({src} OR {tgt})", NOT_HAPPENED, f"{EVENT_DAY} IS NOT NULL"], ps + pt
        date_range(EVENT_DAY, since, until, where, params)
        clause = " AND ".join(where)
        period = f"CAST(date_trunc('month', {EVENT_DAY}) AS DATE)"
        rows = self.con.execute(
            f"""SELECT {period} AS period, CASE WHEN {src} THEN 'source' ELSE 'target' END AS role, e.plover_type, count(*)
                FROM events e WHERE {clause} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""",
            ps + params,
        ).fetchall()
        roles = [{"period": str(p)[:7], "role": r, "plover_type": t, "events": int(n)} for p, r, t, n in rows]
        activity: dict[str, dict[str, Any]] = {}
        for x in roles:
            a = activity.setdefault(x["period"], {"period": x["period"], "as_source": 0, "as_target": 0, "events": 0})
            a["as_" + x["role"]] += x["events"]
            a["events"] += x["events"]
        rows = self.con.execute(
            f"""SELECT CASE WHEN {src} THEN e.target_actor ELSE e.source_actor END AS other,
                       min(CASE WHEN {src} THEN e.target_name ELSE e.source_name END),
                       min(CASE WHEN {src} THEN e.target_country ELSE e.source_country END),
                       count(*), sum(CASE WHEN {src} THEN 1 ELSE 0 END), sum(CASE WHEN {src} THEN 0 ELSE 1 END),
                       avg(CASE WHEN {COUNTED} THEN e.intensity END)
                FROM events e WHERE {clause} GROUP BY 1 ORDER BY 4 DESC, 1 LIMIT {int(counterparts) + 1}""",
            ps * 5 + params,
        ).fetchall()
        others = [
            {
                "id": o,
                "name": name,
                "country": c,
                "events": int(n),
                "as_source": int(s or 0),
                "as_target": int(t or 0),
                "index": round(float(i), 2) if i is not None else None,
            }
            for o, name, c, n, s, t, i in rows
            if o is not None
        ][:counterparts]
        return {"activity": list(activity.values()), "roles_over_time": roles, "counterparts": others}

    def recent_events(
        self, actor: str, *, since: str | None = None, until: str | None = None, limit: int = 20
    ) -> list[dict[str, Any]]:
        """The newest events with ``actor`` on either side (negated, hypothetical and question ones left out)."""
        inv, params = involves(actor)
        where = [inv, NOT_HAPPENED]
        date_range(EVENT_DAY, since, until, where, params)
        rows = self.con.execute(
            f"SELECT e.id FROM events e WHERE {' AND '.join(where)} ORDER BY {EVENT_DAY} DESC NULLS LAST, e.id LIMIT {int(limit)}",
            params,
        ).fetchall()
        return self.events_by_id([r[0] for r in rows])

    def country_relations(
        self, country: str, *, since: str | None = None, until: str | None = None, min_events: int = 1
    ) -> list[dict[str, Any]]:
        """Every country ``country`` has events with: events, how many happened, the cooperation-conflict index (mean
        intensity of those that happened) and the cooperative / conflictual counts, first and last day; busiest first."""
        code = country.upper()
        where = [
            "(e.source_country = ? OR e.target_country = ?)",
            "e.source_country IS NOT NULL",
            "e.target_country IS NOT NULL",
            "e.source_country <> e.target_country",
            NOT_HAPPENED,
        ]
        params: list[Any] = [code, code]
        date_range(EVENT_DAY, since, until, where, params)
        rows = self.con.execute(
            f"""SELECT CASE WHEN e.source_country = ? THEN e.target_country ELSE e.source_country END AS other, count(*),
                       sum(CASE WHEN {COUNTED} THEN 1 ELSE 0 END), avg(CASE WHEN {COUNTED} THEN e.intensity END),
                       sum(CASE WHEN {COUNTED} AND e.quad_class IN (1, 2) THEN 1 ELSE 0 END),
                       sum(CASE WHEN {COUNTED} AND e.quad_class IN (3, 4) THEN 1 ELSE 0 END),
                       min({EVENT_DAY}), max({EVENT_DAY})
                FROM events e WHERE {" AND ".join(where)} GROUP BY 1 HAVING count(*) >= ? ORDER BY 2 DESC, 1""",
            [code, *params, int(min_events)],
        ).fetchall()
        return [
            {
                "counterpart": o,
                "events": int(n),
                "happened": int(h or 0),
                "index": round(float(i), 2) if i is not None else None,
                "cooperative": int(c or 0),
                "conflictual": int(k or 0),
                "first": str(a) if a else None,
                "last": str(b) if b else None,
            }
            for o, n, h, i, c, k, a, b in rows
        ]

    def known_side(self, code: str) -> bool:
        """Whether events name ``code`` as an actor id (or an id under it) or a country on either side."""
        if "." in code:
            test, params = (
                "e.source_actor = ? OR e.target_actor = ? OR e.source_actor LIKE ? OR e.target_actor LIKE ?",
                [
                    code,
                    code,
                    code + ".%",
                    code + ".%",
                ],
            )
        else:
            test, params = "e.source_country = ? OR e.target_country = ? OR e.source_actor = ? OR e.target_actor = ?", [code] * 4
        return self._count(f"SELECT count(*) FROM (SELECT 1 FROM events e WHERE {test} LIMIT 1) x", params) > 0

    def is_analysed(self, article_id: str) -> bool:
        """Whether the analysis ran on this article (and did not set it aside)."""
        return self._count("SELECT count(*) FROM analyses WHERE article_id = ? AND skipped IS NULL", [article_id]) > 0

    # -- what the filters take, coverage ---------------------------------------------------------------------
    def coverage(self) -> dict[str, int]:
        """How much of the store was analysed: articles stored, analysed, set aside (not English)."""
        stored, analysed, skipped = self.con.execute(
            "SELECT (SELECT count(*) FROM articles), count(*) FILTER (WHERE skipped IS NULL), "
            "count(*) FILTER (WHERE skipped IS NOT NULL) FROM analyses"
        ).fetchone()
        return {"articles": int(stored or 0), "analysed": int(analysed or 0), "skipped": int(skipped or 0)}

    def stored_outlets(self, limit: int | None = None) -> list[tuple[str, int]]:
        """(outlet, articles) of the outlets the store holds, busiest first."""
        rows = self.con.execute(
            "SELECT outlet, count(*) FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY 2 DESC, 1"
            + (f" LIMIT {int(limit)}" if limit else "")
        ).fetchall()
        return [(r[0], int(r[1])) for r in rows]

    def event_countries(self, limit: int | None = None) -> list[tuple[str, int]]:
        """(country, events) of the countries on either side of stored events, busiest first."""
        rows = self.con.execute(
            "SELECT c, count(*) FROM (SELECT source_country AS c FROM events WHERE source_country IS NOT NULL "
            "UNION ALL SELECT target_country FROM events WHERE target_country IS NOT NULL) x GROUP BY c ORDER BY 2 DESC, 1"
            + (f" LIMIT {int(limit)}" if limit else "")
        ).fetchall()
        return [(r[0], int(r[1])) for r in rows]

    def names_version(self) -> tuple[str, ...]:
        """Changes when imported actors or outlets change (keys the API's name resolver)."""
        row = self.con.execute(
            "SELECT (SELECT count(*) FROM actors), (SELECT max(added_at) FROM actors), "
            "(SELECT count(DISTINCT outlet) FROM articles)"
        ).fetchone()
        return tuple(str(v) for v in row)
