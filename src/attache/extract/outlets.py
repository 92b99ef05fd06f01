"""Outlets as data: who publishes what, from where (``data/outlets.csv``).

``outlet_info`` tells an outlet's name, country, kind (wire, newspaper,
broadcaster, magazine, online, government, igo, aggregator) and language,
from its URL's domain or from its name. An outlet the registry does not know
gets the country of its URL's country-code domain (``.pk``, ``.co.in``) where
such domains are used by that country's own press, and no country otherwise.
``outlet_from_url`` names the outlet of a document that names none.
"""

from __future__ import annotations

import csv
import io
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

#: Country-code domains sold to everyone (.tv, .io, .co, ...): they say nothing about where an outlet is.
GENERIC_CCTLDS = {
    "tv",
    "io",
    "co",
    "me",
    "fm",
    "ai",
    "ly",
    "cc",
    "ws",
    "to",
    "la",
    "gg",
    "am",
    "nu",
    "tk",
    "ml",
    "ga",
    "cf",
    "gq",
    "sh",
    "ac",
    "vc",
    "im",
    "so",
    "st",
    "pw",
    "news",
    "info",
    "biz",
    "app",
    "dev",
    "eu",
    "int",
}


@dataclass(frozen=True)
class Outlet:
    name: str
    country: str | None  # ISO 3166-1 alpha-3
    kind: str | None  # wire | newspaper | broadcaster | magazine | online | government | igo | aggregator
    language: str | None
    domain: str | None
    how: str  # registry | domain (country-code domain) | unknown

    def to_dict(self) -> dict:
        return asdict(self)


@lru_cache(maxsize=1)
def registry() -> tuple[dict[str, Outlet], dict[str, Outlet]]:
    """(by domain, by lower-case name or alias)."""
    raw = resources.files("attache.extract").joinpath("data/outlets.csv").read_text("utf-8")
    rows = csv.DictReader(io.StringIO("".join(line + "\n" for line in raw.splitlines() if line and not line.startswith("#"))))
    by_domain: dict[str, Outlet] = {}
    by_name: dict[str, Outlet] = {}
    for r in rows:
        domain = r["domain"].strip().lower()
        o = Outlet(
            r["name"].strip(),
            r["country"].strip() or None,
            r["kind"].strip() or None,
            r["language"].strip() or None,
            domain,
            "registry",
        )
        by_domain[domain] = o
        for name in [o.name] + [a for a in (r.get("aliases") or "").split("|") if a.strip()]:
            key = _name_key(name)
            by_name.setdefault(key, o)
    return by_domain, by_name


def _name_key(name: str) -> str:
    key = " ".join(name.lower().split())
    return key.removeprefix("the ")


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    return host.lower().removeprefix("www.") if host else None


def _by_host(host: str) -> Outlet | None:
    by_domain, _ = registry()
    parts = host.split(".")
    for i in range(len(parts) - 1):
        found = by_domain.get(".".join(parts[i:]))
        if found:
            return found
    return None


@lru_cache(maxsize=4096)
def country_of_tld(host: str) -> str | None:
    """ISO alpha-3 of a host's country-code domain (dawn.com.pk -> PAK; bbc.co.uk -> GBR), None for generic ones."""
    import pycountry

    tld = host.rsplit(".", 1)[-1].lower()
    if len(tld) != 2 or tld in GENERIC_CCTLDS:
        return None
    code = {"uk": "GB"}.get(tld, tld.upper())
    found = pycountry.countries.get(alpha_2=code)
    return found.alpha_3 if found else None


def outlet_from_url(url: str | None) -> str | None:
    host = host_of(url)
    if not host or "." not in host:
        return None
    found = _by_host(host)
    return found.name if found else host


@lru_cache(maxsize=4096)
def outlet_info(outlet: str | None = None, url: str | None = None) -> Outlet:
    """What the registry knows of an outlet, by its URL's domain first, then by its name; else the
    country of a country-code domain; else unknown."""
    host = host_of(url)
    if host and "." in host:
        found = _by_host(host)
        if found:
            return found
    if outlet:
        _, by_name = registry()
        found = by_name.get(_name_key(outlet))
        if found:
            return found
        if "." in outlet and " " not in outlet.strip():  # an outlet named by its host ("example.com.pk")
            found = _by_host(outlet.strip().lower().removeprefix("www."))
            if found:
                return found
            host = host or outlet.strip().lower()
    country = country_of_tld(host) if host and "." in host else None
    name = outlet or host or "unknown"
    return Outlet(name, country, None, None, host, "domain" if country else "unknown")


COUNTRY_ADJECTIVES = {
    "PAK": "Pakistani",
    "IND": "Indian",
    "USA": "American",
    "GBR": "British",
    "BGD": "Bangladeshi",
    "AFG": "Afghan",
    "CHN": "Chinese",
    "RUS": "Russian",
    "LKA": "Sri Lankan",
    "NPL": "Nepali",
    "FRA": "French",
    "DEU": "German",
    "QAT": "Qatari",
    "ARE": "Emirati",
    "SAU": "Saudi",
    "TUR": "Turkish",
    "IRN": "Iranian",
    "ISR": "Israeli",
    "JPN": "Japanese",
    "KOR": "South Korean",
    "SGP": "Singaporean",
    "AUS": "Australian",
    "HKG": "Hong Kong",
    "CAN": "Canadian",
    "MDV": "Maldivian",
    "BTN": "Bhutanese",
    "ESP": "Spanish",
    "ITA": "Italian",
    "MYS": "Malaysian",
    "IDN": "Indonesian",
}


def country_label(country: str | None) -> str:
    """ "Pakistani outlets", "outlets of XYZ", "outlets of unknown country"."""
    if not country:
        return "outlets of unknown country"
    adj = COUNTRY_ADJECTIVES.get(country)
    return f"{adj} outlets" if adj else f"outlets of {country}"
