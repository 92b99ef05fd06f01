"""Build ``src/attache/actors/data/places.csv``: cities, provinces and other places of one country, from the country
entries of the PETRARCH2 Phoenix dictionary (``Phoenix.Countries.actors.txt``, MIT licence, Open Event Data 2014).

A country entry there is a header line, its ``+`` synonyms and a bare three-letter code (``[PAK]``, ``[UKR >911221]``);
its synonyms are the country's other names, misspellings, and the places that stand for it in news ("+KARACHI_",
"+KHARKIV_"). Kept here: the synonyms of one word or more that the shipped knowledge base does not already hold (as a
country's name, adjective or capital, a region or an organisation), are not ambiguous names (``ambiguous.yaml``), are
at least four letters, and are listed under exactly one country. Names are written in title case ("New York").

    python scripts/build_places.py ../shared/reference/petrarch/Phoenix.Countries.actors.txt
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

HEADER = """# Places of one country (cities, provinces, districts, rivers, sites) read as that country when the parser tags them as a
# place (GPE/LOC/FAC) and nothing else in the knowledge base explains them. Source: the country entries of the PETRARCH2
# Phoenix dictionary, openeventdata/petrarch2 petrarch2/data/dictionaries/Phoenix.Countries.actors.txt (copy in
# ../shared/reference/petrarch/), MIT licence (c) 2014 Open Event Data; built by scripts/build_places.py (see there).
"""


def _blocks(path: Path):
    cur = None
    for line in path.read_text("utf-8", errors="replace").splitlines():
        s = line.split("#")[0].rstrip()
        if not s.strip():
            continue
        if s[0] in "\t ":
            if cur is not None:
                cur["codes"] += re.findall(r"\[([A-Z]{3,})(?:\s[^\]]*)?\]", s)
            continue
        if s.startswith("+"):
            if cur is not None:
                cur["names"].append(s[1:].strip())
            continue
        m = re.match(r"^(\S+)\s*(?:\[([A-Z]{3,})[^\]]*\])?", s)
        cur = {"names": [m.group(1)], "codes": [m.group(2)] if m.group(2) else []}
        yield cur


def _title(name: str) -> str:
    words = name.strip("_").replace("_", " ").split()
    small = {"of", "the", "al", "el", "de", "du", "la", "le", "and", "upon", "on"}
    return " ".join(w.lower() if i and w.lower() in small else w[:1] + w[1:].lower() for i, w in enumerate(words))


def main(path: str) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from attache.actors.kb import load_ambiguous, shipped

    known = set()
    countries = {a.id for a in shipped() if a.kind == "country"}
    for a in shipped():
        for s in [a.name, *a.aliases, *a.adjectives, *a.capitals]:
            known.add(s.casefold())
    for entry in (load_ambiguous() or {}).get("names") or []:
        known.update(n.casefold() for n in entry["names"])
    places: dict[str, set[str]] = {}
    for b in list(_blocks(Path(path))):  # each entry whole: its codes follow its names
        if not b["codes"] or len(b["codes"][-1]) != 3:
            continue  # not a country's entry (a person, a body: a sector code follows the country)
        iso = b["codes"][-1]
        if iso not in countries:
            continue  # a code of its own (KNT, DDR, TMP): no ISO 3166 country of the knowledge base
        for raw in b["names"][1:]:
            name = _title(raw)
            if len(name.replace(" ", "")) < 4 or not re.fullmatch(r"[A-Za-z][A-Za-z' .\-]+", name):
                continue
            places.setdefault(name, set()).add(iso)
    out = Path(__file__).resolve().parents[1] / "src/attache/actors/data/places.csv"
    rows = sorted((n, next(iter(c))) for n, c in places.items() if len(c) == 1 and n.casefold() not in known)
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write(HEADER)
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "country"])
        w.writerows(rows)
    print(f"{len(rows)} places -> {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/petrarch/Phoenix.Countries.actors.txt")
