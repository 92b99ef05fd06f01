"""The actor knowledge base: countries, organisations, groups, office holders,
role words. Shipped as data files in ``actors/data/``; users add their own
(imports) beside them.

Every actor has an id (``USA``, ``IGO.unsc``, ``USA.GOV.rubio-marco``), a
kind, a country (ISO 3166 alpha-3 or None), a sector code and dated roles.
``Actor.roles_on(date)`` gives the roles valid on a date.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..model import Actor, Role

KNOWN_SECTORS: frozenset[str] = frozenset()  # filled by load_roles()


def slug(text: str) -> str:
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def _date(value: Any) -> str | None:
    if value in (None, ""):
        return None
    return str(value)[:10]


@dataclass(frozen=True)
class RoleWords:
    titles: dict[str, str]  # lower-case title phrase -> sector
    groups: dict[str, str]  # lower-case group noun phrase -> sector
    country_hint: dict[str, str]
    sectors: dict[str, str]
    title_country: dict[str, str]
    needs_country: frozenset[str]
    institution_words: dict[str, str]
    company_words: frozenset[str] = frozenset()
    company_suffixes: frozenset[str] = frozenset()
    name_joiners: frozenset[str] = frozenset()  # words a title zone walks over leftwards ("and", "'s", "former")
    complement_words: frozenset[str] = frozenset()  # words inside a title's complement ("for South and Central Asian Affairs")
    appositive_skip: frozenset[str] = frozenset()  # words between a name's comma and its title ("the acting")
    head_titles: frozenset[str] = frozenset()  # titles only after a named body ("CIA Director", "Mossad chief")
    name_particles: frozenset[str] = frozenset()  # "van der" inside a family name
    body_words: frozenset[str] = frozenset()  # a ministry between a country and a title ("Dutch Foreign Ministry Director")
    title_modifiers: frozenset[str] = frozenset()  # words that say which office ("U.S. District Judge", "a US peace envoy")
    honorifics: frozenset[str] = frozenset()  # "Mr", "Ms", "Sheikh" before a name
    brief_titles: frozenset[str] = frozenset()  # "Special Envoy for Yemen": a country after "for" is the brief (h20brief)
    portfolio_nouns: frozenset[str] = frozenset()  # the last word of a portfolio ("Affairs", "Resources"; h42portfolio)


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: the same data, parsed 5-10x faster


def _yaml(text: str) -> Any:
    return yaml.load(text, Loader=_LOADER)  # noqa: S506  a safe loader (C or Python)


def _data(name: str) -> str:
    return resources.files("attache.actors").joinpath(f"data/{name}").read_text("utf-8")


@lru_cache(maxsize=1)
def load_roles() -> RoleWords:
    global KNOWN_SECTORS
    raw = _yaml(_data("roles.yaml"))
    titles = {t.lower(): sector for sector, words in raw["titles"].items() for t in words}
    groups = {g.lower(): sector for sector, words in raw["groups"].items() for g in words}
    KNOWN_SECTORS = frozenset(raw["sectors"])
    return RoleWords(
        titles,
        groups,
        {k.lower(): v for k, v in raw["country_hint"].items()},
        dict(raw["sectors"]),
        {k.lower(): v for k, v in raw.get("title_country", {}).items()},
        frozenset(w.lower() for w in raw.get("needs_country", [])),
        {w.lower(): sector for sector, words in raw.get("institution_words", {}).items() for w in words},
        frozenset(w.lower() for w in raw.get("company_words", [])),
        frozenset(raw.get("company_suffixes", [])),
        frozenset(raw.get("name_joiners", [])),
        frozenset(raw.get("complement_words", [])),
        frozenset(raw.get("appositive_skip", [])),
        frozenset(w.lower() for w in raw.get("head_titles", [])),
        frozenset(w.lower() for w in raw.get("name_particles", [])),
        frozenset(w.lower() for w in raw.get("body_words", [])),
        frozenset(w.lower() for w in raw.get("title_modifiers", [])),
        frozenset(raw.get("honorifics", [])),
        frozenset(w.lower() for w in raw.get("brief_titles", [])),
        portfolio_nouns=frozenset(raw.get("portfolio_nouns", [])),
    )


@lru_cache(maxsize=1)
def load_outlet_names() -> dict[str, tuple[str, str | None, str | None]]:
    """Lower-case outlet name or alias (without a leading "the") -> (name, country, kind), from the outlet registry
    ``extract/data/outlets.csv``, read here as a file so that resolving actors does not import the extractor."""
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "extract" / "data" / "outlets.csv"
    try:
        raw = path.read_text("utf-8")
    except OSError:
        return {}
    out: dict[str, tuple[str, str | None, str | None]] = {}
    rows = csv.DictReader(io.StringIO("".join(line + "\n" for line in raw.splitlines() if line and not line.startswith("#"))))
    for r in rows:
        name = (r.get("name") or "").strip()
        entry = (name, (r.get("country") or "").strip() or None, (r.get("kind") or "").strip() or None)
        for n in [name] + [a for a in (r.get("aliases") or "").split("|") if a.strip()]:
            out.setdefault(outlet_key(n), entry)
    return out


def outlet_key(name: str) -> str:
    """An outlet's name as the registry is keyed: lower case, one space, no leading "the"."""
    return " ".join(name.lower().split()).removeprefix("the ")


@lru_cache(maxsize=1)
def load_demonyms() -> dict:
    """Irregular plural demonyms and regular forms to leave out (``data/demonyms.yaml``)."""
    return _yaml(_data("demonyms.yaml"))


@lru_cache(maxsize=1)
def load_ambiguous() -> dict:
    """Names with several readings, decided by the article (``data/ambiguous.yaml``)."""
    return _yaml(_data("ambiguous.yaml"))


@lru_cache(maxsize=1)
def load_context_rules() -> dict:
    """Where a side's country is read from the words around it (``data/context_rules.yaml``)."""
    return _yaml(_data("context_rules.yaml")) or {}


@lru_cache(maxsize=1)
def load_places() -> dict[str, str]:
    """Places of one country (cities, provinces ...), casefolded name -> ISO 3166 alpha-3 (``data/places.csv``, from
    the PETRARCH2 Phoenix dictionary's country entries, MIT; built by ``scripts/build_places.py``), then the towns and
    cities of GeoNames that file does not hold (``data/places_geonames.csv``, CC BY 4.0; ``scripts/build_places_geonames.py``)."""
    import csv

    out: dict[str, str] = {}
    for name in ("places_geonames.csv", "places.csv"):  # the PETRARCH list last: it wins
        lines = [x for x in _data(name).splitlines() if x and not x.startswith("#")]
        out.update((row["name"].casefold(), row["country"]) for row in csv.DictReader(lines))
    return out


@lru_cache(maxsize=4)
def capitalised_names(kinds: tuple[str, ...]) -> dict[str, str]:
    """The name, aliases and adjectives (capitalised, as written) of the shipped actors of ``kinds`` ("country",
    "region") -> their country; the first actor listed keeps a name two share. Read only: for titles and hyphenated
    pairs ("U.S.-Thailand"), which no parse covers."""
    out: dict[str, str] = {}
    for a in shipped():
        if a.kind in kinds and a.country:
            for name in [a.name, *a.aliases, *a.adjectives]:
                if name and name[:1].isupper():
                    out.setdefault(name, a.country)
    return out


@lru_cache(maxsize=1)
def capital_cities() -> frozenset[str]:
    """The capitals of the shipped countries (``countries.csv``) that are cities, casefolded: "Madrid", "Kabul"; not
    the seats of power named as institutions ("the Kremlin")."""
    return frozenset(c.casefold() for a in shipped() if a.kind == "country" for c in a.capitals if "kremlin" not in c.casefold())


@lru_cache(maxsize=1)
def geonames_only_places() -> frozenset[str]:
    """The casefolded place names ``load_places`` has from GeoNames alone (not in the PETRARCH list): towns an article
    must back with its country before a place tag alone reads them as that country (h19places)."""
    import csv

    def names(file: str) -> set[str]:
        lines = [x for x in _data(file).splitlines() if x and not x.startswith("#")]
        return {row["name"].casefold() for row in csv.DictReader(lines)}

    return frozenset(names("places_geonames.csv") - names("places.csv"))


def _countries() -> list[Actor]:
    import pycountry

    rows = csv.DictReader(
        io.StringIO("\n".join(line for line in _data("countries.csv").splitlines() if not line.startswith("#")))
    )
    actors: dict[str, Actor] = {}
    for row in rows:
        names = [n for n in row["names"].split("|") if n]
        actors[row["iso3"]] = Actor(
            id=row["iso3"],
            name=names[0],
            kind="country",
            country=row["iso3"],
            aliases=names,
            adjectives=[a for a in (row["adjectives"] or "").split("|") if a],
            capitals=[c for c in (row["capitals"] or "").split("|") if c],
            source="attache:countries.csv + pycountry",
        )
    for c in pycountry.countries:
        if c.alpha_3 in actors:
            a = actors[c.alpha_3]
            for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
                if n and n not in a.aliases:
                    a.aliases.append(n)
        else:
            names = [n for n in (getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)) if n]
            actors[c.alpha_3] = Actor(
                id=c.alpha_3,
                name=names[0],
                kind="country",
                country=c.alpha_3,
                aliases=list(dict.fromkeys(names)),
                source="pycountry",
            )
    _historic_names(actors)
    return list(actors.values())


@lru_cache(maxsize=1)
def territories() -> dict[str, str]:
    """Dependent territories' ISO codes -> their sovereign state's (``data/territories.yaml``; h42territory)."""
    return {str(k): str(v) for k, v in (_yaml(_data("territories.yaml")) or {}).items()}


def sovereign(country: str | None) -> str | None:
    """The state that answers for an act of a side of ``country``: a dependent territory's sovereign ("HKG" -> "CHN",
    "PRI" -> "USA"), else the country itself. An actor keeps its own ISO code (Hong Kong is HKG, where it is and what
    it is called); the side of an event takes its sovereign's, as the gold guidelines code it (h42territory)."""
    return territories().get(country, country) if country else country


def _historic_names(actors: dict[str, Actor]) -> None:
    """Historic and alternate names ("Soviet Union", "Zaire", "Ceylon", "West German"): more names, adjectives and
    capitals of today's successor state (``data/historic_countries.yaml``); a surface another country already uses
    is left to it."""
    taken = {s for a in actors.values() for s in a.aliases + a.adjectives + a.capitals}
    for entry in _yaml(_data("historic_countries.yaml")) or []:
        a = actors.get(entry["code"])
        if a is None:
            continue
        for field_name in ("names", "adjectives", "capitals"):
            target = {"names": a.aliases, "adjectives": a.adjectives, "capitals": a.capitals}[field_name]
            for s in entry.get(field_name) or []:
                if s not in taken:
                    target.append(s)
                    taken.add(s)


ORGANISATION_FILES = ("organisations.yaml", "institutions.yaml", "regions.yaml")


def _organisations() -> list[Actor]:
    out = []
    rows = [(d, f) for f in ORGANISATION_FILES for d in _yaml(_data(f)) or []]
    for d, file in rows:
        roles = [
            Role(
                title=r["title"],
                sector=r.get("sector"),
                country=r.get("country"),
                start=_date(r.get("start")),
                end=_date(r.get("end")),
            )
            for r in d.get("roles") or []
        ]
        out.append(
            Actor(
                id=d["id"],
                name=d["name"],
                kind=d.get("kind") or "region",
                country=d.get("country"),
                sector=d.get("sector"),
                aliases=list(dict.fromkeys(d.get("aliases") or [d["name"]])),
                roles=roles,
                member_of=d.get("parent"),
                flags=list(d.get("flags") or []),
                source=f"attache:{file}",
            )
        )
    return out


def person_id(name: str, country: str | None, sector: str | None) -> str:
    return f"{country or 'IGO'}.{sector or 'UNK'}.{_person_key(name)}"


def body_person_id(name: str, body: str) -> str:
    """The id of an international body's officer named with the body ("UN Special Envoy Hans Grundberg" ->
    "IGO.un.grundberg-hans"): the person under the body's own id, so that the body can be read back from it (h45body)."""
    return f"{body}.{_person_key(name)}"


def _person_key(name: str) -> str:
    parts = name.split()
    return slug(" ".join(parts[-1:] + parts[:-1])) if len(parts) > 1 else slug(name)


def _people() -> list[Actor]:
    out = []
    for d in _yaml(_data("people.yaml")):
        country = d.get("country") or None
        roles = [Role(title=t, sector=s, country=country, start=_date(a), end=_date(b)) for t, s, a, b in d["roles"]]
        sector = roles[0].sector if roles else None
        aliases = list(dict.fromkeys([d["name"]] + list(d.get("aliases") or [])))
        aliases += [v for a in aliases for v in _unhyphenated(a) if v not in aliases]
        out.append(
            Actor(
                id=person_id(d["name"], country, sector),
                name=d["name"],
                kind="person",
                country=country,
                sector=sector,
                aliases=aliases,
                roles=roles,
                member_of=d.get("member_of"),
                source="attache:people.yaml",
            )
        )
    return out


OFFICEHOLDERS_SOURCE = "everypolitician:wikidata"


_NAME_HYPHENS = "-‐‑–"  # hyphens between given names, as copy writes them
_GIVEN_HYPHEN = re.compile(r"(?<=[a-z])[-‐‑](?=[a-zA-Z])")
_ANY_HYPHEN = re.compile(f"[{_NAME_HYPHENS}]")


#: the words that join a person's name to a parent's ("Salman bin Hamad bin Isa Al Khalifa"): a listed name that ends
#: with a mention after one of them names the mention's child, not the mention ("Hamad bin Isa Al Khalifa"; h35monarch)
PATRONYMIC_LINKS = (["bin"], ["ibn"], ["bint"], ["ben"], ["ould"], ["binti"])


def _unhyphenated(name: str) -> list[str]:
    """The spellings of a name whose given name is hyphenated ("Lee Jae-myung", "Kim Jong-un") written with a space
    instead, as much news copy writes them: "Lee Jae Myung", "Lee Jae myung" (h25names). Names with a hyphenated
    surname particle ("al-Sharaa") or none: no variant."""
    words = name.split()
    if len(words) < 2 or not any(_GIVEN_HYPHEN.search(w) and w[:1].isupper() for w in words[1:]):
        return []
    spaced = [_GIVEN_HYPHEN.sub(" ", w) for w in words]
    titled = [" ".join(p[:1].upper() + p[1:] for p in w.split()) for w in spaced]
    return list(dict.fromkeys([" ".join(titled), " ".join(spaced)]))


def _loose(name: str) -> str:
    """A key of a full name blind to accents, case and hyphens between given names ("Kim Jong Un" / "Kim Jong-un")."""
    return " ".join(_ANY_HYPHEN.sub(" ", _fold(name)).lower().split())


def _fold(name: str) -> str:
    if name.isascii():
        return name
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


_SOUNDS = (("dzh", "j"), ("kh", "h"), ("zh", "j"), ("x", "ks"), ("w", "v"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("y", "i"))


_NOT_LETTERS = re.compile(r"[^a-z]")
_DOUBLED = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiou]+")


def _one_edit(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one letter added, dropped or changed apart (not equal)?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    return short[i:] == long_[i + 1 :]


def _sound(word: str) -> str:
    """A spelling-blind key of a name word, for transliterations of one name ("Lukashenka" / "Lukashenko",
    "Berdymukhamedov" / "Berdimuhamedow", "Bennet" / "Bennett"): letters only, usual transliteration pairs made one,
    doubled letters single, every run of vowels one "V"."""
    w = _NOT_LETTERS.sub("", _fold(word).lower())
    for a, b in _SOUNDS:
        w = w.replace(a, b)
    return _VOWELS.sub("V", _DOUBLED.sub(r"\1", w))


class OfficeHolders:
    """Office holders with dated roles from ``officeholders.csv`` (Wikidata via EveryPolitician, CC0), looked up by
    full name. Rows are read at start-up; an actor is made only when a text names the person (thousands of
    people would otherwise slow start-up), one per Wikidata id, and kept."""

    HEADER = ("wikidata", "name", "country", "title", "sector", "start", "end")

    def __init__(self, text: str) -> None:
        self.rows: dict[str, list[list[str]]] = {}
        self.made: dict[str, list[Actor]] = {}
        self.made_ids: dict[str, Actor] = {}
        self._by_parts: dict[str, dict[str, set[str]]] | None = None
        self._leaders: dict[tuple[str, ...], dict[str, set[str]]] = {}  # built on first use: surname -> listed leaders
        self._sounds: dict[str, dict[str, set[str]]] = {}  # initial -> spelling-blind surname key -> names (on first use)
        self._initials: dict[str, list[str]] = {}  # initial -> listed surnames (on first use)
        reader = csv.reader(line for line in text.splitlines() if line and not line.startswith("#"))
        if tuple(next(reader, ())) != self.HEADER:
            return
        for row in reader:
            if len(row) == 7 and " " in row[1]:
                self.rows.setdefault(row[1], []).append(row)
        # names written without their accents ("Nicolas Maduro" for "Nicolás Maduro")
        self.folded: dict[str, str] = {}
        for name in self.rows:
            plain = _fold(name)
            if plain != name:
                self.folded.setdefault(plain, name)
        self._loose: dict[str, str] | None = None  # hyphen- and case-blind keys (``_loose``), built on first use

    def __len__(self) -> int:
        return len({r[0] for rows in self.rows.values() for r in rows})

    def _loose_names(self) -> dict[str, str]:
        """Listed names by their hyphen- and case-blind key, for names with a hyphen only (the others match as
        written or accent-folded); a key two listed names share is left out."""
        if self._loose is None:
            keys: dict[str, set[str]] = {}
            for name in self.rows:
                if _ANY_HYPHEN.search(name):
                    keys.setdefault(_loose(name), set()).add(name)
            self._loose = {k: next(iter(v)) for k, v in keys.items() if len(v) == 1}
        return self._loose

    def by_id(self, actor_id: str) -> Actor | None:
        """An office holder by the actor id ``find`` gives (it ends in the Wikidata id: ``...-q57808``)."""
        if actor_id in self.made_ids:
            return self.made_ids[actor_id]
        m = re.search(r"-(q\d+)$", actor_id)
        if m is None:
            return None
        qid = m.group(1).upper()
        for name, rows in self.rows.items():
            if any(r[0] == qid for r in rows):
                return next((a for a in self.find(name) if a.id == actor_id), None)
        return None

    def _parts(self) -> dict[str, dict[str, set[str]]]:
        """Lazily (first use, not start-up): the listed names by (first, last) word and by last word."""
        if self._by_parts is None:
            pairs: dict[str, set[str]] = {}
            last: dict[str, set[str]] = {}
            first: dict[str, set[str]] = {}
            for name in self.rows:
                words = _fold(name).split()
                if not words:
                    continue
                pairs.setdefault(f"{words[0]} {words[-1]}", set()).add(name)
                last.setdefault(words[-1], set()).add(name)
                first.setdefault(words[0], set()).add(name)
            self._by_parts = {"pairs": pairs, "last": last, "first": first}
        return self._by_parts

    def _one_person(self, names: set[str]) -> str | None:
        """The name, when the names given are one person (one Wikidata id)."""
        qids = {r[0] for n in names for r in self.rows[n]}
        return next(iter(names)) if len(qids) == 1 else None

    def find_variant(self, name: str) -> list[Actor]:
        """A full name written with more or fewer middle names than the list ("Omar Hassan al-Bashir" for "Omar
        al-Bashir", a patronymic added or left out): the one listed person with the same first and last word."""
        words = _fold(name).split()
        if len(words) < 2 or self.find(name):
            return self.find(name)
        names = self._parts()["pairs"].get(f"{words[0]} {words[-1]}")
        one = self._one_person(names) if names else None
        if one is None and not names and len(words) >= 3:
            # "Mohammed bin Zayed" for "Mohammed bin Zayed Al Nahyan": the start of one listed person's full name
            head = " ".join(words) + " "
            starts = {n for n in self._parts()["first"].get(words[0], set()) if _fold(n).startswith(head)}
            one = self._one_person(starts) if starts else None
        if one is None and not names:
            one = self._transliterated(words)
        return self.find(one) if one else []

    def _transliterated(self, words: list[str]) -> str | None:
        """Another transliteration of one listed person's name ("Alyaksandr Lukashenka" for "Alexander Lukashenko",
        "Naftali Bennet"): first and last word the same by ``_sound``, the last word long enough and not itself a
        listed surname (then it is that family's own spelling), as many words as the listed name (one liberty at a
        time: a respelling of the same name, not a respelling with a middle name left out: "Mohamed Soltan" is not
        "Muhammad Mehboob Sultan"), one person only."""
        key = _sound(words[-1])
        last = self._parts()["last"]
        if len(key) < 5 or words[-1] in last:
            return None
        index = self._sound_index(words[-1][:1].lower())
        given = _sound(words[0]).replace("V", "")
        names = {
            n
            for n in index.get(key, ())
            if len(_fold(n).split()) == len(words) and _sound(_fold(n).split()[0]).replace("V", "") == given
        }
        return self._one_person(names) if names else None

    def _sound_index(self, letter: str) -> dict[str, set[str]]:
        """The listed names by the spelling-blind key (``_sound``) of their surname, for surnames of one initial."""
        index = self._sounds.get(letter)
        if index is None:  # built per initial on first use, so that start-up and most articles never pay for it
            last = self._parts()["last"]
            index = self._sounds[letter] = {}
            for surname in self._initials_of(letter, last):  # the listed surnames by initial, made once
                index.setdefault(_sound(surname), set()).update(last[surname])
        return index

    def find_suffix(self, name: str) -> list[Actor]:
        """A name that is the end of one listed person's full name ("Le Drian" for "Jean-Yves Le Drian"): that person."""
        words = _fold(name).split()
        if not words:
            return []
        tail = " " + " ".join(words)
        names = {
            n
            for n in self._parts()["last"].get(words[-1], set())
            if _fold(n).endswith(tail) and _fold(n)[: -len(tail)].split()[-1:] not in PATRONYMIC_LINKS
        }
        one = self._one_person(names) if names else None
        return self.find(one) if one else []

    def find_titled(
        self,
        surname: str,
        title: str,
        forms: tuple[str, ...] = (),
        date: str | None = None,
        respelt: bool = False,
        surname_first: tuple[str, ...] = (),
    ) -> list[Actor]:
        """A surname after a title ("President Lasso"): the one listed person of that surname who held an office
        whose name contains the title or one of its listed ``forms`` ("Foreign Minister" for "Minister of Foreign
        Affairs"); held on ``date`` when one is given. With ``respelt`` (a head of state's or government's title), a
        surname that is no listed one may be another transliteration of one ("President Lukashenka": ``_sound``, long
        enough, same initial). A listed name of a country in ``surname_first`` (family name written first: "Wang Yi",
        "Park Jin") is also found by its first word ("Foreign Minister Wang")."""
        wanted = tuple(f.casefold() for f in (title, *forms))
        day = (date or "")[:10]

        def held(n: str) -> bool:
            return any(
                any(t in r[3].casefold() for t in wanted) and (not day or ((r[5] or "") <= day and (not r[6] or day <= r[6])))
                for r in self.rows[n]
            )

        last = self._parts()["last"]
        key = _fold(surname)
        pool = set(last.get(key, set()))
        if surname_first:
            pool |= {n for n in self._parts()["first"].get(key, set()) if any(r[2] in surname_first for r in self.rows[n])}
        if not pool and respelt and len(_sound(key)) >= 5:
            pool = self._sound_index(key[:1].lower()).get(_sound(key), set())
        names = {n for n in pool if held(n)}
        if not names and day and len(key) >= 6:
            # "Foreign Minister Tileuberdi" for "Mukhtar Tleuberdi": one letter more, less or other than the surname of
            # one holder of that office on that day (the office and the day leave few to choose from; h14respell16)
            names = {
                n
                for n in last.get(key, set()) | self._near_surnames(key, last)
                if held(n) and _fold(n).split()[-1][:1].lower() == key[:1].lower()
            }
        one = self._one_person(names) if names else None
        return self.find(one) if one else []

    def _near_surnames(self, key: str, last: dict[str, set[str]]) -> set[str]:
        """The listed names whose surname is one edit (a letter added, dropped or changed) from ``key``, of the same
        initial."""
        out: set[str] = set()
        for surname in self._initials_of(key[:1].lower(), last):
            if abs(len(surname) - len(key)) <= 1 and _one_edit(surname.lower(), key.lower()):
                out |= last[surname]
        return out

    def _initials_of(self, letter: str, last: dict[str, set[str]]) -> list[str]:
        if not self._initials:
            for surname in last:
                self._initials.setdefault(surname[:1].lower(), []).append(surname)
        return self._initials.get(letter, [])

    def leader_on(self, surname: str, date: str | None, titles: tuple[str, ...], national=None) -> str | None:
        """The one listed person of that surname ("Orban", "Duterte", "Sisi" for "el-Sisi") who held one of these
        offices (heads of state and government) on the date, else None; ``national(country, title)``, when given,
        keeps only the country's own office ("Premier of Nova Scotia" is not Canada's head of government)."""
        if not date or not surname:
            return None
        wanted = tuple(t.casefold() for t in titles)
        index = self._leaders.get(wanted)
        if index is None:
            index = self._leaders[wanted] = {}
            for name, rows in self.rows.items():
                if not any(r[3].casefold().startswith(wanted) for r in rows):
                    continue
                words = _fold(name).split()
                if not words:
                    continue
                last = words[-1]
                for key in {last, re.sub(r"^(?:al|el|ad|as|ash|an|ar|at|az)-", "", last, flags=re.I)}:
                    index.setdefault(key.casefold(), set()).add(name)
        day = date[:10]
        names = {
            n
            for n in index.get(_fold(surname).casefold(), ())
            if any(
                r[3].casefold().startswith(wanted)
                and (r[5] or "") <= day
                and (not r[6] or day <= r[6])
                and (national is None or national(r[2], r[3]))
                for r in self.rows[n]
            )
        }
        return self._one_person(names) if names else None

    def leader_country(self, surname: str, titles: tuple[str, ...]) -> str | None:
        """The one country whose listed holders of these offices include people of that surname ("the Bush
        administration": two Presidents Bush, one country), else None."""
        wanted = tuple(t.casefold() for t in titles)
        countries = {
            r[2]
            for n in self._parts()["last"].get(_fold(surname), set())
            for r in self.rows[n]
            if r[2] and any(r[3].casefold().startswith(t) for t in wanted)
        }
        return next(iter(countries)) if len(countries) == 1 else None

    def find(self, name: str) -> list[Actor]:
        """The people of that full name (usually one)."""
        if name in self.made:
            return self.made[name]
        if name not in self.rows and name in self.folded:
            name = self.folded[name]
        if name not in self.rows and " " in name:
            name = self._loose_names().get(_loose(name), name)  # "Kim Jong Un" for "Kim Jong-un" (h25names)
        rows = self.rows.get(name)
        if not rows:
            return []
        by_qid: dict[str, list[list[str]]] = {}
        for r in rows:
            by_qid.setdefault(r[0], []).append(r)
        out = []
        for qid, group in by_qid.items():
            roles = [
                Role(title=t, sector=sec or None, country=c or None, start=a or None, end=b or None)
                for _, _, c, t, sec, a, b in group
            ]
            latest = max(roles, key=lambda r: (r.end is None, r.end or "", r.start or ""))
            out.append(
                Actor(
                    id=f"{person_id(name, latest.country, latest.sector)}-{qid.lower()}",
                    name=name,
                    kind="person",
                    country=latest.country,
                    sector=latest.sector,
                    aliases=[name],
                    roles=roles,
                    code=qid,
                    source=OFFICEHOLDERS_SOURCE,
                )
            )
        self.made[name] = out
        self.made_ids.update((a.id, a) for a in out)
        return out


OFFICEHOLDERS_SOURCE = "everypolitician:wikidata"


@lru_cache(maxsize=1)
def officeholders() -> OfficeHolders:
    return OfficeHolders(_data("officeholders.csv"))


class _Actors(dict):
    """Actors by id; ``get`` also finds a listed office holder by its id (``actors show``)."""

    listed: OfficeHolders | None = None

    def get(self, key, default=None):
        found = super().get(key)
        if found is None and self.listed is not None and isinstance(key, str):
            found = self.listed.by_id(key)
        return default if found is None else found


class KnowledgeBase:
    """Actors by id, with indexes from surface strings to actors."""

    def __init__(self, actors: list[Actor] | None = None) -> None:
        self.actors: _Actors = _Actors()
        self.listed: OfficeHolders | None = None  # office holders looked up by full name (the shipped knowledge base)
        self.roles = load_roles()
        for a in actors or []:
            self._put(a)
        self._index.cache_clear()

    def _put(self, actor: Actor) -> None:
        if actor.sector and actor.sector not in self.roles.sectors and "unknown-sector" not in actor.flags:
            actor.flags.append("unknown-sector")
        self.actors[actor.id] = actor

    def add(self, actor: Actor) -> None:
        self._put(actor)
        self._index.cache_clear()

    def remove_source(self, source: str) -> int:
        gone = [i for i, a in self.actors.items() if a.source == source]
        for i in gone:
            del self.actors[i]
        self._index.cache_clear()
        return len(gone)

    @lru_cache(maxsize=1)  # noqa: B019  one knowledge base lives as long as the process; cleared when actors change
    def _index(self) -> dict[str, list[tuple[str, str]]]:
        """Surface string -> [(actor id, how it names the actor)]; how: name|adjective|capital."""
        index: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for a in self.actors.values():
            for kind, strings in (("name", a.aliases or [a.name]), ("adjective", a.adjectives), ("capital", a.capitals)):
                for s in strings:
                    s = s.strip()
                    if s and (a.id, kind) not in index[s]:
                        index[s].append((a.id, kind))
                    if s.lower().startswith("the "):
                        cap = "The " + s[4:]
                        if (a.id, kind) not in index[cap]:
                            index[cap].append((a.id, kind))
        return dict(index)

    def surfaces(self) -> dict[str, list[tuple[str, str]]]:
        return self._index()

    def lookup(self, text: str) -> list[tuple[Actor, str]]:
        return [(self.actors[i], how) for i, how in self._index().get(text, [])]

    def search(self, query: str, limit: int = 50) -> list[Actor]:
        q = query.casefold()
        scored = []
        for a in self.actors.values():
            names = [a.id, a.name] + a.aliases + a.adjectives + a.capitals
            if any(q == n.casefold() for n in names):
                scored.append((0, a.name, a))
            elif any(q in n.casefold() for n in names):
                scored.append((1, a.name, a))
        if self.listed is not None and not scored:  # the open dataset's office holders when the curated actors have none
            for name in self.listed.rows:
                if q in name.casefold():
                    for a in self.listed.find(name):
                        scored.append((0 if q == name.casefold() else 1, a.name, a))
        return [a for _, _, a in sorted(scored, key=lambda t: (t[0], t[1]))[:limit]]

    def __len__(self) -> int:
        return len(self.actors)

    def __hash__(self) -> int:  # for the lru_cache on _index
        return id(self)


@lru_cache(maxsize=1)
def shipped() -> tuple[Actor, ...]:
    return tuple(_countries() + _organisations() + _people())


def _copy(a: Actor) -> Actor:
    """A copy of a shipped actor whose lists can be changed without touching the shipped one (asdict is slow)."""
    return replace(
        a,
        aliases=list(a.aliases),
        adjectives=list(a.adjectives),
        capitals=list(a.capitals),
        roles=[replace(r) for r in a.roles],
        flags=list(a.flags),
    )


def load_kb(extra: list[Actor] | None = None) -> KnowledgeBase:
    """The shipped knowledge base plus ``extra`` (imported) actors."""
    kb = KnowledgeBase([_copy(a) for a in shipped()])
    kb.listed = kb.actors.listed = officeholders()
    for a in extra or []:
        kb.add(a)
    return kb
