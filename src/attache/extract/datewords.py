"""Month and weekday words, read once from ``data/datewords.yaml``.

The one table of date words: publication dates (``extract/dates.py``), event dates
(``events/dates.py``) and the date an article states (``analysis.py``) all read it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources

import yaml


def _table() -> dict[str, list[list[str]]]:
    return yaml.safe_load(resources.files("attache.extract").joinpath("data/datewords.yaml").read_text("utf-8"))


_TABLE = _table()
MONTH_ROWS: tuple[tuple[str, ...], ...] = tuple(tuple(r) for r in _TABLE["months"])
WEEKDAY_ROWS: tuple[tuple[str, ...], ...] = tuple(tuple(r) for r in _TABLE["weekdays"])

MONTHS: dict[str, int] = {w: i for i, row in enumerate(MONTH_ROWS, 1) for w in row}  # "sept" -> 9, "may" -> 5
WEEKDAYS: dict[str, int] = {row[0]: i for i, row in enumerate(WEEKDAY_ROWS)}  # full names only: "monday" -> 0
WEEKDAY_FORMS: dict[str, int] = {w: i for i, row in enumerate(WEEKDAY_ROWS) for w in row}  # "tues" -> 1 as well
DATE_LINE_WORDS: tuple[str, ...] = tuple(str(w) for w in _TABLE["date_line_words"])  # "updated", "gmt", "p.m." beside a date
MONTH_ABBREVIATIONS: tuple[str, ...] = tuple(w for row in MONTH_ROWS for w in (row[1:] or row[:1]))  # jan ... may ... dec


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of ``words``, longest first (so "sept" wins over "sep")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
