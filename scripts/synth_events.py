#!/usr/bin/env python3
"""Build a database of synthetic articles and events, for timing relations queries at scale.

    python scripts/synth_events.py --events 1000000 --db /tmp/synth.duckdb

Events are made in SQL (DuckDB's range and random functions, seeded), spread
over ten years and twenty countries, with a quarter of them between USA and
RUS so the dyad queries touch a realistic share. The numbers mean nothing.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from attache.store import open_store

COUNTRIES = [
    "USA",
    "RUS",
    "CHN",
    "PAK",
    "IND",
    "UKR",
    "GBR",
    "FRA",
    "DEU",
    "IRN",
    "TUR",
    "ISR",
    "SAU",
    "JPN",
    "KOR",
    "PRK",
    "AFG",
    "BRA",
    "ZAF",
    "EGY",
]
TYPES = [
    ("CONSULT", "040", 1, 1.0),
    ("AGREE", "030", 1, 4.0),
    ("SUPPORT", "050", 1, 3.5),
    ("COOPERATE", "060", 2, 6.0),
    ("AID", "070", 2, 7.0),
    ("REQUEST", "020", 1, -0.5),
    ("ACCUSE", "110", 3, -2.0),
    ("REJECT", "120", 3, -4.0),
    ("THREATEN", "130", 3, -4.4),
    ("SANCTION", "160", 4, -4.0),
    ("COERCE", "170", 4, -5.0),
    ("ASSAULT", "180", 4, -9.0),
]
DOMAINS = ["diplomacy", "security", "trade", "military", "resources", "multilateral", "migration", "human_rights"]


def build(db: Path, events: int, articles: int, seed: float = 0.42) -> None:
    if db.exists():
        db.unlink()
    with open_store(str(db)) as store:
        con = store.con
        con.execute(f"SELECT setseed({seed})")
        con.execute(
            "CREATE TEMP TABLE c AS SELECT * FROM (VALUES "
            + ", ".join(f"({i}, '{c}')" for i, c in enumerate(COUNTRIES))
            + ") t(i, code)"
        )
        con.execute(
            "CREATE TEMP TABLE ty AS SELECT * FROM (VALUES "
            + ", ".join(f"({i}, '{t}', '{code}', {q}, {g})" for i, (t, code, q, g) in enumerate(TYPES))
            + ") t(i, ptype, code, quad, goldstein)"
        )
        con.execute(
            "CREATE TEMP TABLE d AS SELECT * FROM (VALUES "
            + ", ".join(f"({i}, '{x}')" for i, x in enumerate(DOMAINS))
            + ") t(i, domain)"
        )
        con.execute(f"""INSERT INTO articles (id, url, outlet, title, published, language, text, paragraphs, headings, meta, warnings, ingested_at)
            SELECT 'syn' || i, NULL, 'Outlet ' || (i % 7), 'Synthetic article ' || i, DATE '2015-01-01' + CAST(i % 3650 AS INTEGER), 'en',
                   'Synthetic text.', '[]', '[]', '{{}}', '[]', now()
            FROM range({articles}) r(i)""")
        con.execute(f"""INSERT INTO events (id, article_id, sentence_start, sentence_end, trigger_start, trigger_end, trigger_text, plover_type,
                   cameo_code, cameo_root, quad_class, intensity, source_country, target_country, event_date, date_precision, domain,
                   factuality, confidence, is_symmetric, evidence)
            SELECT 'e' || x.i, 'syn' || (x.i % {articles}), 0, 15, 0, 9, 'Synthetic', ty.ptype, ty.code, substr(ty.code, 1, 2), ty.quad,
                   ty.goldstein, s.code, t.code, DATE '2015-01-01' + CAST((x.i % {articles}) % 3650 AS INTEGER), 'day', d.domain,
                   CASE WHEN random() < 0.85 THEN 'asserted' ELSE 'planned' END, 0.7, false, '[]'
            FROM (SELECT i, CASE WHEN random() < 0.25 THEN 0 ELSE CAST(floor(random() * 20) AS INTEGER) END AS si,
                         CASE WHEN random() < 0.25 THEN 1 ELSE CAST(floor(random() * 20) AS INTEGER) END AS ti,
                         CAST(floor(random() * {len(TYPES)}) AS INTEGER) AS yi, CAST(floor(random() * {len(DOMAINS)}) AS INTEGER) AS di
                  FROM range({events}) r(i)) x
            JOIN c s ON s.i = x.si JOIN c t ON t.i = x.ti JOIN ty ON ty.i = x.yi JOIN d ON d.i = x.di""")
        con.execute(f"""INSERT INTO article_facts (article_id, genre, genre_cues, tone, positive, negative, polarity, actor_tone)
            SELECT 'syn' || i, 'news', '[]', 0, 0, 0, 0,
                   '{{"USA": ' || round(random() * 2 - 1, 3) || ', "RUS": ' || round(random() * 2 - 1, 3) || '}}'
            FROM range({articles}) r(i)""")
        con.execute(
            "UPDATE events SET outlet = a.outlet, published = a.published, dyad = least(events.source_country, "
            "events.target_country) || '-' || greatest(events.source_country, events.target_country) "
            "FROM articles a WHERE a.id = events.article_id"
        )
        con.execute(
            "INSERT INTO actor_tone SELECT f.article_id, j.key, TRY_CAST(j.value AS DOUBLE) FROM article_facts f, json_each(f.actor_tone) j"
        )
        for side in ("source", "target"):
            con.execute(
                f"UPDATE events SET {side}_tone = t.tone FROM actor_tone t WHERE t.article_id = events.article_id "
                f"AND t.actor_id = events.{side}_country"
            )
        n = con.execute("SELECT count(*) FROM events").fetchone()[0]
        print(f"{db}: {n} events in {articles} articles")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--db", type=Path, required=True)
    args = ap.parse_args()
    started = time.perf_counter()
    build(args.db, args.events, args.articles)
    print(f"built in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
