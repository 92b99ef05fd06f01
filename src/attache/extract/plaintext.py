"""Plain-text copies of web pages: find the parts of the page by line.

A scraped page arrives as lines: a title, perhaps a dek (standfirst), a title
repeated with the outlet's name, a date line, a byline, section headings,
paragraphs, and page furniture at the end ("ePaper - Nawaiwaqt", "History",
"Close |"). :func:`classify_page` labels each line and returns the parts;
nothing is guessed that the text does not say (no date when none is written).

The cues (debris words, date and byline prefixes, outlet patterns) live in
``data/page_lines.yaml``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from .dates import is_date_only, parse_date

_TERMINAL = '.!?…"”’:;)'
_NAME_WORD = r"(?:[A-Z][\w'’.\-]*|(?:van|von|de|der|den|da|di|du|del|la|le|al|el|bin|ibn|ul)\b)"
_NAME = rf"[A-Z][\w'’.\-]*(?:\s+{_NAME_WORD}){{0,4}}"
_NAMES = re.compile(rf"^({_NAME}(?:\s*(?:,|&|\band\b)\s*{_NAME})*)\s*$")

# A unit longer than this is a paragraph, never a dek or a meta line.
LONG_WORDS = 60


@dataclass(frozen=True)
class Cues:
    debris: frozenset[str]
    date_prefix: re.Pattern
    byline_prefix: re.Pattern
    outlets: tuple[re.Pattern, ...]


@lru_cache(maxsize=1)
def cues() -> Cues:
    raw = yaml.safe_load(resources.files("attache.extract").joinpath("data/page_lines.yaml").read_text("utf-8"))

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    return Cues(
        debris=frozenset(_debris_key(d) for d in raw["debris"]),
        date_prefix=re.compile(rf"^(?:{alternation(raw['date_prefixes'])})\s*[:\-–]?\s*(?:on\s+)?(.+)$", re.I),
        byline_prefix=re.compile(rf"^(?:{alternation(raw['byline_prefixes'])})\s*[:\-–]?\s+(.+)$", re.I),
        outlets=tuple(re.compile(p, re.I) for p in raw["outlet_patterns"]),
    )


def _debris_key(line: str) -> str:
    s = unicodedata.normalize("NFKC", line).strip().lower()
    s = re.sub(r"^[\s|»«×✕·•›‹<>\-–—:]+|[\s|»«×✕·•›‹<>\-–—:]+$", "", s)
    return re.sub(r"\s+", " ", s) or "|"


def comparable(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).casefold()
    return re.sub(r"[\W_]+", " ", s).strip()


def clean_line(line: str) -> str:
    line = unicodedata.normalize("NFC", line).replace("\xa0", " ").replace("\u200b", "")
    return re.sub(r"[ \t\f\v]+", " ", line).strip()


def _words(s: str) -> int:
    return len(s.split())


def _titleish(s: str) -> bool:
    return _words(s) <= 30 and len(s) <= 250 and not s.endswith(".")


def _is_sentence(s: str) -> bool:
    return s.rstrip().endswith(tuple(_TERMINAL))


@dataclass
class Page:
    """What the lines of a text page say."""

    title: str | None = None
    subtitle: str | None = None
    author: str | None = None
    published: str | None = None
    published_text: str | None = None
    outlet: str | None = None
    blocks: list[tuple[str, str]] = field(default_factory=list)  # (kind, text), kind: dek|heading|body
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (line, why)


def split_units(text: str) -> list[str]:
    """Lines of the page, with hard-wrapped paragraph lines joined again."""
    units: list[str] = []
    previous_blank = True
    for raw in text.split("\n"):
        line = clean_line(raw)
        if not line:
            previous_blank = True
            continue
        if (
            units
            and not previous_blank
            and not _is_sentence(units[-1])
            and _words(units[-1]) >= 6
            and (line[0].islower() or line[0] in ",;)")
        ):
            units[-1] = f"{units[-1]} {line}"
        else:
            units.append(line)
        previous_blank = False
    return units


class _Classifier:
    def __init__(self, title: str | None, author: str | None) -> None:
        self.cues = cues()
        self.title = title
        self.author = author

    def debris(self, line: str) -> bool:
        if len(line) > 60:  # no furniture line is this long
            return False
        return _debris_key(line) in self.cues.debris or not re.search(r"\w", line)

    def date(self, line: str) -> str | None:
        m = self.cues.date_prefix.match(line)
        candidate = m.group(1) if m else line
        if m and _words(candidate) <= 10:
            return parse_date(candidate)
        return parse_date(line) if is_date_only(line) else None

    def byline(self, line: str) -> str | None:
        if _words(line) > 12:
            return None
        m = self.cues.byline_prefix.match(line)
        if not m:
            return None
        names = re.split(r"\s*[|•·]\s*", m.group(1))[0].strip().rstrip(".,")
        return names if _NAMES.match(names) else None

    def outlet(self, line: str) -> str | None:
        if _words(line) > 10:
            return None
        for pattern in self.cues.outlets:
            m = pattern.match(line)
            if m:
                name = m.group(1).strip(" -–—|:.,")
                if name and _words(name) <= 6 and not self.debris(name):
                    return name
        return None

    def title_repeat(self, line: str) -> tuple[bool, str | None]:
        """A line that repeats the title, maybe with the outlet appended."""
        if not self.title or len(line) > len(self.title) + 80:
            return False, None
        t, s = comparable(self.title), comparable(line)
        if not t or not s.startswith(t):
            return False, None
        rest = line
        # drop the title's own words from the front of the line
        consumed = 0
        for word in self.title.split():
            idx = rest.find(word, consumed)
            if idx < 0:
                break
            consumed = idx + len(word)
        rest = rest[consumed:].strip(" -–—|:·•")
        if not rest:
            return True, None
        if _words(rest) <= 5 and not _is_sentence(rest) and rest[:1].isupper():
            return True, rest
        return False, None


def classify_page(text: str, *, title: str | None = None, author: str | None = None) -> Page:
    """Label the lines of a plain-text page and collect its parts."""
    units = split_units(text)
    page = Page(title=title, author=author)
    c = _Classifier(title, author)
    units = _take_title(units, title, page, c)
    # A byline glued to the front of the body ("Office of the Spokesperson Today, ...").
    if author and units and units[0].startswith(author) and len(units[0]) > len(author) + 20:
        units[0] = units[0][len(author) :].lstrip(" :,-–—")
        page.dropped.append((author, "byline prefix"))
    units = _take_header(units, page, c)
    units = _drop_trailer(units, page, c)
    _take_body(units, page, c)
    dek = [t for k, t in page.blocks if k == "dek"]
    if dek:
        page.subtitle = " ".join(dek)
    return page


def _take_title(units: list[str], title: str | None, page: Page, c: _Classifier) -> list[str]:
    """Title: the given one (drop its line), else a first line that reads as one. Returns the lines after it."""
    if not units:
        return units
    first = units[0]
    if title and len(first) <= 2 * len(title) + 10 and comparable(first) == comparable(title):
        page.dropped.append((first, "title"))
        units = units[1:]
    elif not title and len(units) > 1 and _titleish(first):
        if not (c.debris(first) or c.date(first) or c.byline(first)):
            # a one-to-three-word kicker ("World", "Opinion") may sit above the headline
            if _words(first) <= 3 and len(units) > 2 and _titleish(units[1]) and _words(units[1]) > 3:
                page.dropped.append((first, "section label"))
                units = units[1:]
                first = units[0]
            page.title = first
            c.title = first
            page.dropped.append((first, "title"))
            units = units[1:]
    return units


def _meta(line: str, page: Page, c: _Classifier) -> str | None:
    """Record what a meta line says; return why it is dropped, or None."""
    repeated, suffix = c.title_repeat(line)
    if repeated:
        if suffix and not page.outlet:
            page.outlet = suffix
        return "title repeated" + (" with outlet" if suffix else "")
    if c.debris(line):
        return "page debris"
    found_date = c.date(line)
    if found_date:
        if not page.published:
            page.published, page.published_text = found_date, line
        return "date line"
    name = c.byline(line)
    if name:
        if not page.author:
            page.author = name
        return "byline"
    outlet = c.outlet(line)
    if outlet:
        if not page.outlet:
            page.outlet = outlet
        return "outlet"
    return None


def _take_header(units: list[str], page: Page, c: _Classifier) -> list[str]:
    """Header: the short lines under the title that sit among meta lines (date, byline, outlet); it ends at a long
    paragraph or at two non-meta lines in a row. Returns the lines after it."""
    reasons: list[str | None] = []
    gap = 0
    for unit in units[:8]:
        if _words(unit) > LONG_WORDS:
            break
        reason = _meta(unit, page, c)
        reasons.append(reason)
        gap = 0 if reason else gap + 1
        if gap >= 2:
            break
    last_meta = max((i for i, r in enumerate(reasons) if r), default=-1)
    for i in range(last_meta + 1):
        line, reason = units[i], reasons[i]
        if reason:
            page.dropped.append((line, reason))
        elif _is_sentence(line) and _words(line) >= 5:
            page.blocks.append(("dek", line))
        else:
            page.dropped.append((line, "section label"))
    return units[last_meta + 1 :]


def _drop_trailer(units: list[str], page: Page, c: _Classifier) -> list[str]:
    """Trailer: furniture after the last paragraph. Returns the lines before it."""
    end = len(units)
    while end > 0:
        line = units[end - 1]
        why = _meta(line, page, c)
        if not why and _words(line) <= 5 and not _is_sentence(line):
            why = "page trailer"
        if not why:
            break
        page.dropped.append((line, why))
        end -= 1
    return units[:end]


def _take_body(units: list[str], page: Page, c: _Classifier) -> None:
    """Body: paragraphs and section headings; stray debris dropped."""
    for i, line in enumerate(units):
        if c.debris(line):
            page.dropped.append((line, "page debris"))
            continue
        is_last = i == len(units) - 1
        if (
            not is_last
            and _words(line) <= 14
            and len(line) <= 120
            and not _is_sentence(line.rstrip(","))
            and (line[0].isupper() or line[0].isdigit())
            and _words(units[i + 1]) > _words(line)
        ):
            page.blocks.append(("heading", line))
        else:
            page.blocks.append(("body", line))
