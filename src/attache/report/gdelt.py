"""Events as GDELT 2.0 Events rows (61 tab-separated columns, no header, as GDELT publishes them).

Actor codes are ISO 3166 alpha-3 plus the sector ("USAGOV"); EventCode,
EventBaseCode (first three digits) and EventRootCode are CAMEO; GoldsteinScale
is the event's intensity. Columns attache does not fill (religion, ethnicity,
geocodes, tone) are left empty.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

COLUMNS = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode "
    "Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code Actor2Code "
    "Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code "
    "Actor2Type1Code Actor2Type2Code Actor2Type3Code IsRootEvent EventCode EventBaseCode EventRootCode QuadClass "
    "GoldsteinScale NumMentions NumSources NumArticles AvgTone Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode "
    "Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID Actor2Geo_Type "
    "Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long "
    "Actor2Geo_FeatureID ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code "
    "ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL"
).split()


def _actor(row: dict[str, Any], side: str) -> list[str]:
    country = row.get(f"{side}_country") or ""
    sector = row.get(f"{side}_sector") or ""
    code = f"{country}{sector}" if (country or sector) else ""
    known = ""
    actor = row.get(f"{side}_actor") or ""
    if actor.startswith("IGO.") or sector == "IGO":
        known = actor.split(".", 1)[-1].upper()[:3]
    return [code, (row.get(f"{side}_name") or "").upper(), country, known, "", "", "", sector, "", ""]


def gdelt_row(row: dict[str, Any], added: str) -> list[str]:
    date = row.get("event_date") or ""
    ymd = date.replace("-", "") if date else ""
    year = date[:4] if date else ""
    fraction = ""
    if date:
        y, m, d = (int(x) for x in date.split("-"))
        fraction = f"{y + (m * 30 + d) / 365:.4f}"
    code = row["cameo_code"]
    return [
        str(int(row["id"][:13], 16)),
        ymd,
        ymd[:6],
        year,
        fraction,
        *_actor(row, "source"),
        *_actor(row, "target"),
        "1" if (row.get("sentence_start") or 0) < 500 else "0",
        code,
        code[:3],
        row["cameo_root"],
        str(row["quad_class"]),
        f"{row['intensity']:.1f}",
        str(1 + len(row.get("evidence") or [])),
        "1",
        "1",
        "",
        *([""] * 24),
        added,
        row.get("url") or "",
    ]


def write_gdelt(rows: Iterable[dict[str, Any]], path: str | Path) -> int:
    added = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    n = 0
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        for row in rows:
            out = gdelt_row(row, added)
            assert len(out) == len(COLUMNS)
            w.writerow(out)
            n += 1
    return n
