"""Publication dates from the many ways sources write them.

``parse_date`` accepts ISO 8601, RFC 822 (RSS) and the written forms news
pages use ("April 7, 2025", "Friday, January 4, 2019", "7 Apr 2025 10:32 GMT").
It never invents a year: a string without a four-digit year gives None.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from dateutil import parser as du_parser

from .datewords import DATE_LINE_WORDS, MONTHS, WEEKDAY_FORMS, alternation

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d|21\d\d)\b")
_MONTHS = alternation(MONTHS)  # every month name and abbreviation (datewords.yaml)
_MONTH_RE = re.compile(rf"\b({_MONTHS})\.?\b", re.I)
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b")
_WEEKDAY = re.compile(rf"\b({alternation(WEEKDAY_FORMS)})\b\.?,?", re.I)
_FILLER = re.compile(rf"\b({alternation(DATE_LINE_WORDS)})\b|[|,•·]", re.I)


def _valid(d: date) -> bool:
    return 1800 <= d.year <= 2200


def parse_date(value: str | None) -> str | None:
    """Return ``YYYY-MM-DD`` or None when no full date can be read."""
    if not value:
        return None
    s = str(value).strip()
    if not s or not _YEAR.search(s):
        return None
    # ISO 8601 (also "2022-06-24T17:30:00Z")
    try:
        d = datetime.fromisoformat(s.replace("Z", "+00:00"))
        return d.date().isoformat() if _valid(d.date()) else None
    except ValueError:
        pass
    # RFC 822 / RSS ("Wed, 03 Aug 2022 19:49:23 +0000")
    try:
        d2 = parsedate_to_datetime(s)
        if d2 is not None and _valid(d2.date()):
            return d2.date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    if not (_MONTH_RE.search(s) or _NUMERIC_DATE.search(s) or re.fullmatch(r"\d{8}", s)):
        return None
    try:
        d3 = du_parser.parse(s, fuzzy=True, default=datetime(1, 1, 1))
    except (ValueError, OverflowError, TypeError):
        return None
    if d3.year == 1 or not _valid(d3.date()):
        return None
    # dateutil fills a missing day with 1: refuse when the string names no day
    if _MONTH_RE.search(s) and not re.search(r"\b\d{1,2}(st|nd|rd|th)?\b", _YEAR.sub(" ", s)):
        return None
    return d3.date().isoformat()


def is_date_only(line: str) -> bool:
    """True when a line says nothing but a date (and maybe a weekday/time)."""
    s = line.strip()
    if not s or len(s) > 60 or not _YEAR.search(s):
        return False
    if not (_MONTH_RE.search(s) or _NUMERIC_DATE.search(s)):
        return False
    rest = _WEEKDAY.sub(" ", s)
    rest = _MONTH_RE.sub(" ", rest)
    rest = _FILLER.sub(" ", rest)
    rest = re.sub(r"[\d:/.\-+()]+(st|nd|rd|th)?", " ", rest)
    return not rest.strip() and parse_date(s) is not None
