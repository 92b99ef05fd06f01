"""Build src/attache/api/static/data/world-110m.json, the dashboard's offline world map.

Input: countries-110m.json of the npm package world-atlas 2.0.2 (Natural Earth 1:110m admin-0 countries as
TopoJSON; Natural Earth is public domain, the package ISC). Get it with `npm pack world-atlas@2.0.2` and run
    python scripts/build_world_map.py package/countries-110m.json
Output: one record per country, ISO 3166 alpha-3 code, name and its rings as [lon, lat] pairs rounded to 0.1 degree
(the dashboard projects and draws them in SVG itself). Written for attache.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "attache" / "api" / "static" / "data" / "world-110m.json"
NO_NUMERIC = {"Kosovo": "XKX", "N. Cyprus": "CYN", "Somaliland": "SOL"}  # Natural Earth's own codes for these


def decode(topo: dict) -> list[dict]:
    import pycountry

    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(indexes: list[int]) -> list[list[float]]:
        pts: list[tuple[float, float]] = []
        for i in indexes:
            seg = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts.extend(seg if not pts else seg[1:])
        out: list[list[float]] = []
        shift = 0.0  # a ring that crosses the antimeridian is kept continuous (the map clips what passes 180)
        prev: float | None = None
        for lon, lat in pts:
            if prev is not None and abs(lon + shift - prev) > 180:
                shift += 360 if prev > lon + shift else -360
            prev = lon + shift
            p = [round(lon + shift, 1), round(lat, 1)]
            if not out or out[-1] != p:
                out.append(p)
        return out

    countries = []
    for g in topo["objects"]["countries"]["geometries"]:
        name = g["properties"]["name"]
        if "id" in g:
            c = pycountry.countries.get(numeric=g["id"])
            iso3 = c.alpha_3 if c else None
        else:
            iso3 = NO_NUMERIC.get(name)
        if not iso3 or g.get("type") not in ("Polygon", "MultiPolygon"):
            print(f"skipped {name!r}: no ISO code", file=sys.stderr)
            continue
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        rings = [r for poly in polys for r in (ring(x) for x in poly) if len(r) >= 3]
        countries.append({"iso3": iso3, "name": name, "rings": rings})
    return sorted(countries, key=lambda c: c["iso3"])


def main(path: str) -> None:
    countries = decode(json.loads(Path(path).read_text("utf-8")))
    doc = {
        "source": "Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries (public domain), via the npm package "
        "world-atlas 2.0.2 (ISC); decoded and rounded to 0.1 degree by scripts/build_world_map.py",
        "countries": countries,
    }
    OUT.write_text(json.dumps(doc, separators=(",", ":"), ensure_ascii=False) + "\n", "utf-8")
    print(f"{len(countries)} countries, {OUT.stat().st_size:,} bytes -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
