"""Event dates: resolve a sentence's date phrase against the publication date.

"On April 7, 2025" -> 2025-04-07 (day); "Monday" -> the Monday of that week
(day); "this week" -> the week's Monday (week); "last month" / "in January"
-> the month (month); "last year" / "in 2024" -> the year (year). Without a
publication date, relative phrases keep their text and precision "unknown".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..extract.dates import parse_date

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}


def resolve(phrase: str, published: str | None, future: bool = False) -> tuple[str | None, str]:
    """(YYYY-MM-DD or None, precision) for a date phrase."""
    p = phrase.lower().strip().rstrip(".,")
    full = parse_date(phrase)
    if full:
        return full, "day"
    ref = date.fromisoformat(published) if published else None
    m = re.fullmatch(r"(?:on |in |since |by |from )?(\d{4})", p)
    if m:
        return f"{m.group(1)}-01-01", "year"
    words = p.replace(",", " ").split()
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    day = next((int(w.rstrip("stndrh")) for w in words if re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", w)), None)
    year = next((int(w) for w in words if re.fullmatch(r"\d{4}", w)), None)
    if month and year and not day:
        return f"{year:04d}-{month:02d}-01", "month"
    if ref is None:
        return None, "unknown"
    if month and day:
        y = year or ref.year
        try:
            return date(y, month, day).isoformat(), "day"
        except ValueError:
            return None, "unknown"
    if month:
        y = year or (ref.year if month <= ref.month or future else ref.year - 1)
        return f"{y:04d}-{month:02d}-01", "month"
    if "today" in words or "tonight" in words:
        return ref.isoformat(), "day"
    if "yesterday" in words:
        return (ref - timedelta(days=1)).isoformat(), "day"
    if "tomorrow" in words:
        return (ref + timedelta(days=1)).isoformat(), "day"
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    if weekday is not None:
        delta = (weekday - ref.weekday()) % 7 if future else -((ref.weekday() - weekday) % 7)
        return (ref + timedelta(days=delta)).isoformat(), "day"
    monday = ref - timedelta(days=ref.weekday())
    if "week" in words:
        shift = 7 if "next" in words else -7 if ("last" in words or "past" in words) else 0
        return (monday + timedelta(days=shift)).isoformat(), "week"
    if "month" in words:
        y, mth = ref.year, ref.month
        if "last" in words or "past" in words:
            y, mth = (y - 1, 12) if mth == 1 else (y, mth - 1)
        elif "next" in words:
            y, mth = (y + 1, 1) if mth == 12 else (y, mth + 1)
        return f"{y:04d}-{mth:02d}-01", "month"
    if "year" in words:
        y = ref.year + (1 if "next" in words else -1 if "last" in words else 0)
        return f"{y:04d}-01-01", "year"
    return None, "unknown"
