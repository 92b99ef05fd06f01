"""Syndication: copies, rewrites and relays of one wire story or official statement.

Two articles are copies of one origin when a large part of the shorter one's passages also stand in the
longer one (containment of sampled 6-word shingles: an outlet that relays a statement inside its own
text still shares its passages; two readouts built on one template share only the template's phrases,
so the bar is on the share of the *shorter* text, and boilerplate shared by many articles is ignored).
Each article also gets the origin its text credits, where it names one: a wire ("(Reuters)", "APP",
"ANI" in the dateline or credit line; data/wires.yaml) or the issuer of a statement it relays
("according to a statement by the Foreign Office").

Streaming like the stories: each article is compared only with the articles that share a sampled
passage with it and fall within ``window_days``; the index forgets articles older than the window, so its
memory is bounded by the window. The same articles in the same order give the same groups; a group's id
is its first member's id prefixed with ``y``.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter, deque
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

_WORDS = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


@dataclass
class SyndicationSettings:
    shingle: int = 6  # words per shingle
    sample: int = 4  # keep shingles whose hash is 0 mod this (the same passages are kept in every copy)
    containment: float = 0.6  # share of the shorter article's sampled passages found in the other
    min_shared: int = 4  # and at least this many sampled passages in common
    common: int = 25  # a passage found in more articles than this within the window is boilerplate
    window_days: int = 7
    window_undated: int = 5000  # articles kept in the index when dates are missing


@lru_cache(maxsize=1)
def _patterns() -> tuple[list[tuple[str, list[re.Pattern]]], list[re.Pattern]]:
    import yaml

    data = yaml.safe_load(files("attache.stories").joinpath("data/wires.yaml").read_text(encoding="utf-8"))
    wires = [(w["name"], [re.compile(p, re.M) for p in w["patterns"]]) for w in data["wires"]]
    return wires, [re.compile(p, re.M) for p in data["statements"]]


def origin_of(text: str, title: str | None = None) -> str | None:
    """The wire the article credits (dateline or credit line) or the issuer of the statement it relays."""
    wires, statements = _patterns()
    ends = (title or "") + "\n" + text[:400] + "\n" + text[-300:]
    for name, pats in wires:
        if any(p.search(ends) for p in pats):
            return name
    lead = text[:1500]
    for p in statements:
        m = p.search(lead)
        if m:
            issuer = re.sub(r"\s+", " ", m.group(1)).strip(" .")
            if 2 < len(issuer) <= 80:
                return issuer
    return None


def passages(text: str, s: SyndicationSettings) -> frozenset[int]:
    words = _WORDS.findall(text.lower())
    out = set()
    for i in range(max(0, len(words) - s.shingle + 1)):
        h = zlib.crc32(" ".join(words[i : i + s.shingle]).encode())
        if h % s.sample == 0:
            out.add(h)
    return frozenset(out)


class Syndication:
    def __init__(self, settings: SyndicationSettings | None = None) -> None:
        self.s = settings or SyndicationSettings()
        self.index: dict[int, list[str]] = {}
        self.sets: dict[str, frozenset[int]] = {}
        self.dates: dict[str, str | None] = {}
        self.group: dict[str, str] = {}
        self.origin: dict[str, str | None] = {}
        self.order: deque[str] = deque()
        self.latest: str | None = None

    def _forget(self) -> None:
        """Drop articles that fell out of the window (by date when dated, by count otherwise)."""
        from .cluster import _days

        while self.order:
            old = self.order[0]
            d = self.dates.get(old)
            too_old = (
                d is not None and self.latest is not None and _days(d, self.latest) > self.s.window_days and d < self.latest
            ) or len(self.order) > self.s.window_undated
            if not too_old:
                break
            self.order.popleft()
            for h in self.sets.pop(old, ()):
                ids = self.index.get(h)
                if ids is not None:
                    try:
                        ids.remove(old)
                    except ValueError:
                        pass
                    if not ids:
                        del self.index[h]

    def add(self, article_id: str, text: str, title: str | None = None, date: str | None = None) -> tuple[str | None, str | None]:
        """Place one article; returns (syndication group or None, origin or None)."""
        from .cluster import _days

        mine = passages(text, self.s)
        named = origin_of(text, title)
        shared: Counter = Counter()
        for h in mine:
            ids = self.index.get(h, ())
            if len(ids) > self.s.common:
                continue
            shared.update(ids)
        best, best_c = None, 0.0
        for other, n in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0])):
            if n < self.s.min_shared:
                break
            od = self.dates.get(other)
            if date and od and _days(date, od) > self.s.window_days:
                continue
            c = n / max(1, min(len(mine), len(self.sets[other])))
            if c >= self.s.containment and c > best_c:
                best, best_c = other, c
        group = None
        if best is not None:
            group = self.group.get(best) or f"y{best}"
            self.group[best] = group
            self.group[article_id] = group
        self.origin[article_id] = named
        self.sets[article_id] = mine
        self.dates[article_id] = date
        for h in mine:
            self.index.setdefault(h, []).append(article_id)
        self.order.append(article_id)
        if date and (self.latest is None or date > self.latest):
            self.latest = date
        self._forget()
        return group, named

    def results(self, ids: list[str]) -> list[tuple[str, str | None, str | None]]:
        """(article id, group, origin) for every article: an article without a named origin takes the one its
        group's members name most (ties: alphabetical)."""
        names: dict[str, Counter] = {}
        for a in ids:
            g, o = self.group.get(a), self.origin.get(a)
            if g and o:
                names.setdefault(g, Counter())[o] += 1
        out = []
        for a in ids:
            g = self.group.get(a)
            o = self.origin.get(a)
            if o is None and g in names:
                o = sorted(names[g].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            out.append((a, g, o))
        return out
