"""Names anywhere a code is taken: countries, actors and outlets by name, alias or code.

One resolver for the CLI and the API. ``"Pakistan"`` -> ``PAK``; ``"United States"``, ``"US"``, ``"usa"``,
``"U.S."`` -> ``USA``; ``"Marco Rubio"`` -> ``USA.GOV.rubio-marco``; an outlet by its name, an alias or its
domain (``"dawn.com"``, ``"https://www.dawn.com/news/1"``) -> the outlet's name as the store keeps it.

Matching ignores case, accents, dots and runs of spaces or punctuation (``"Türkiye"`` = ``"turkiye"``,
``"U.S.A"`` = ``"usa"``) and a leading "the". An exact code wins over a name; a name or alias over an
adjective (``"American"``), and that over a country's ISO alpha-2 code (``"PK"``). A name that fits several
actors raises :class:`AmbiguousName`, a name that fits none :class:`UnknownName`; both carry a one-line
``message`` and the ``candidates`` (code, label) a user may have meant.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Actor
    from .kb import KnowledgeBase

MAX_CANDIDATES = 5


class NameError_(ValueError):
    """A name that does not resolve to one code. ``kind`` is "country", "actor" or "outlet"."""

    def __init__(self, kind: str, name: str, candidates: list[tuple[str, str]], message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.name = name
        self.candidates = candidates  # [(code, label)]
        self.message = message

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "name": self.name,
            "message": self.message,
            "candidates": [{"code": c, "label": label} for c, label in self.candidates],
        }


class UnknownName(NameError_):
    """No country, actor or outlet goes by that name."""


class AmbiguousName(NameError_):
    """Several go by that name; ``candidates`` lists them."""


def fold(text: str) -> str:
    """The matching key: accents dropped, case folded, dots removed, other punctuation and spaces collapsed,
    a leading "the" dropped (``"The U.S."`` -> ``"us"``; ``"Nawa-i-Waqt"`` -> ``"nawa i waqt"``)."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    s = s.replace(".", "").replace("'", "").replace("\u2019", "")
    s = re.sub(r"[\W_]+", " ", s).strip()
    return s.removeprefix("the ").strip()


def _label(name: str, code: str) -> str:
    return f"{name} ({code})"


@dataclass
class _Index:
    """Folded key -> codes, in tiers tried in order; labels for messages."""

    kind: str
    tiers: list[dict[str, list[str]]] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)

    def add(self, tier: int, key_text: str | None, code: str) -> None:
        if not key_text:
            return
        key = fold(key_text)
        if not key:
            return
        while len(self.tiers) <= tier:
            self.tiers.append(defaultdict(list))
        codes = self.tiers[tier][key]
        if code not in codes:
            codes.append(code)

    def find(self, name: str) -> str:
        key = fold(name)
        if key:
            for tier in self.tiers:
                codes = tier.get(key)
                if codes:
                    if len(codes) == 1:
                        return codes[0]
                    cands = [(c, self.labels.get(c, c)) for c in sorted(codes)]
                    shown = "; ".join(label for _, label in cands[:MAX_CANDIDATES])
                    more = f" and {len(cands) - MAX_CANDIDATES} more" if len(cands) > MAX_CANDIDATES else ""
                    raise AmbiguousName(
                        self.kind, name, cands, f"{self.kind} {name!r} is ambiguous: {shown}{more}; give the code"
                    )
        cands = self.near(key)
        hint = f": did you mean {'; '.join(label for _, label in cands)}?" if cands else ""
        raise UnknownName(self.kind, name, cands, f"unknown {self.kind} {name!r}{hint}")

    def near(self, key: str) -> list[tuple[str, str]]:
        """Codes whose names are close to ``key`` (spelling) or contain it as a word, best first."""
        if not key:
            return []
        keys: dict[str, list[str]] = {}
        for tier in self.tiers:
            for k, codes in tier.items():
                keys.setdefault(k, []).extend(codes)
        found: list[str] = []
        for k in difflib.get_close_matches(key, list(keys), n=MAX_CANDIDATES, cutoff=0.75):
            found.extend(keys[k])
        if len(key) >= 3:
            pat = re.compile(rf"\b{re.escape(key)}")
            for k in sorted(keys, key=lambda k: (len(k), k)):
                if pat.search(k):
                    found.extend(keys[k])
                if len(dict.fromkeys(found)) >= MAX_CANDIDATES:
                    break
        codes = list(dict.fromkeys(found))[:MAX_CANDIDATES]
        return [(c, self.labels.get(c, c)) for c in codes]


def _named_index(kind: str, actors: list[Actor]) -> _Index:
    """The tiers every kind of name shares: the code (0), the name and aliases (1), the adjectives (2)."""
    idx = _Index(kind)
    for a in actors:
        idx.labels[a.id] = _label(a.name, a.id)
        idx.add(0, a.id, a.id)
    for a in actors:
        for n in [a.name, *a.aliases]:
            idx.add(1, n, a.id)
    for a in actors:
        for n in a.adjectives:
            idx.add(2, n, a.id)
    return idx


class Names:
    """The resolver over one knowledge base (the shipped one plus imported actors) and the outlet registry.
    ``outlets`` adds the outlet names a store holds, so a name resolves to the spelling the store filters on."""

    def __init__(self, kb: KnowledgeBase | None = None, outlets: Iterable[str] = ()) -> None:
        if kb is None:
            from .kb import load_kb

            kb = load_kb()
        self.kb = kb
        self._countries: _Index | None = None
        self._actors: _Index | None = None
        self._outlets: _Index | None = None
        self.stored_outlets = [o for o in dict.fromkeys(outlets) if o]

    # countries ---------------------------------------------------------------------------------------------
    def _country_index(self) -> _Index:
        if self._countries is None:
            countries = [a for a in self.kb.actors.values() if a.kind == "country"]
            idx = _named_index("country", countries)
            for a in countries:
                if a.id in _alpha2():
                    idx.add(3, _alpha2()[a.id], a.id)
            self._countries = idx
        return self._countries

    def country(self, name: str) -> str:
        """The ISO 3166-1 alpha-3 code of a country named by code, name, alias, adjective or alpha-2 code; a dependent
        territory's is its sovereign's, the code its events carry ("Hong Kong" -> CHN; ``data/territories.yaml``)."""
        code = self._country_index().find(name)
        found = self.kb.actors.get(code)
        return found.country if found is not None and found.country else code

    # actors ------------------------------------------------------------------------------------------------
    def _actor_index(self) -> _Index:
        if self._actors is None:
            idx = _named_index("actor", list(self.kb.actors.values()))
            for code, alpha2 in _alpha2().items():  # a country by its two-letter code, last
                if code in self.kb.actors:
                    idx.add(3, alpha2, code)
            self._actors = idx
        return self._actors

    def actor(self, name: str) -> str:
        """An actor's id (a country's is its ISO alpha-3 code) by id, name or alias; else an office holder of the
        open dataset by full name."""
        idx = self._actor_index()
        try:
            return idx.find(name)
        except UnknownName:
            listed = self._listed(name)
            if listed is not None:
                return listed
            raise

    def _listed(self, name: str) -> str | None:
        listed = self.kb.listed
        if listed is None or " " not in name.strip():
            return None
        wanted = fold(name)
        names = listed_names(listed)
        full = names.get(wanted)
        if full is None:
            return None
        people = listed.find(full)
        if len(people) == 1:
            return people[0].id
        if people:
            cands = [(a.id, _label(a.name, a.id)) for a in people]
            raise AmbiguousName(
                "actor",
                name,
                cands,
                f"actor {name!r} is ambiguous: " + "; ".join(label for _, label in cands[:MAX_CANDIDATES]) + "; give the code",
            )
        return None

    # outlets -----------------------------------------------------------------------------------------------
    def _outlet_index(self) -> _Index:
        if self._outlets is None:
            from ..extract.outlets import registry

            idx = _Index("outlet")
            by_domain, _ = registry()
            stored = {fold(o): o for o in self.stored_outlets}

            def code(name: str) -> str:  # the store's spelling of a registry outlet when it holds one
                return stored.get(fold(name), name)

            for kept in self.stored_outlets:
                idx.labels.setdefault(kept, kept)
                idx.add(0, kept, kept)
            seen: set[str] = set()
            for domain, o in by_domain.items():
                c = code(o.name)
                idx.labels.setdefault(c, f"{o.name} ({domain})")
                idx.add(1, domain, c)
                if o.name not in seen:
                    seen.add(o.name)
                    idx.add(1, o.name, c)
            _, by_name = registry()
            for key, o in by_name.items():
                idx.add(2, key, code(o.name))
            self._outlets = idx
        return self._outlets

    def outlet(self, name: str) -> str:
        """An outlet's name as the store keeps it, from its name, an alias, its domain or a URL on it."""
        from ..extract.outlets import _by_host, host_of

        idx = self._outlet_index()
        try:
            return idx.find(name)
        except UnknownName:
            pass
        text = name.strip()
        if "." in text and " " not in text:  # a domain or URL: the registry's outlet for it, or the host itself
            host = host_of(text)
            if host:
                found = _by_host(host)
                if found is not None:
                    return idx.find(found.name)
                try:
                    return idx.find(host)
                except UnknownName:
                    pass
        return idx.find(name)

    # any ----------------------------------------------------------------------------------------------------
    def resolve(self, kind: str, name: str) -> str:
        """``kind`` is "country", "actor" or "outlet"."""
        if kind == "country":
            return self.country(name)
        if kind == "actor":
            return self.actor(name)
        if kind == "outlet":
            return self.outlet(name)
        raise ValueError(f"no resolver for {kind!r}")


@lru_cache(maxsize=1)
def _alpha2() -> dict[str, str]:
    """ISO alpha-3 -> alpha-2 (pycountry)."""
    import pycountry

    return {c.alpha_3: c.alpha_2 for c in pycountry.countries}


@lru_cache(maxsize=4)
def listed_names(listed: object) -> dict[str, str]:
    """Folded full name -> name of the office holders dataset (built once per dataset)."""
    return {fold(n): n for n in getattr(listed, "rows", {})}


def for_store(store: object) -> Names:
    """The resolver a command or route over ``store`` uses: the shipped actors plus the store's imported ones, and
    the outlets the store holds (a name resolves to the spelling its articles carry)."""
    from .kb import load_kb

    return Names(load_kb(store.load_actors()), outlets=[o for o, _ in store.stored_outlets()])  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def default() -> Names:
    """The resolver over the shipped knowledge base and the outlet registry (no imported actors, no store)."""
    return Names()


def resolve_country(name: str) -> str:
    return default().country(name)


def resolve_actor(name: str) -> str:
    return default().actor(name)


def resolve_outlet(name: str) -> str:
    return default().outlet(name)
