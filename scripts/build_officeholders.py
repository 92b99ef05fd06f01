"""Build ``src/attache/actors/data/officeholders.csv`` from EveryPolitician's Wikidata extracts.

Input: local snapshots (git directories) of the ``every-politician-scrapers/<country>`` repositories,
each holding ``html/holders21.csv`` (position, person, Wikidata id, start, end), a Wikidata query
result: facts from Wikidata, CC0 1.0. Run:

    python scripts/build_officeholders.py /work/.mirror/every-politician-scrapers+*/repo

Output: one row per office held (wikidata, name, country, title, sector, start, end), roles that
ended before 2010 left out, sorted; the provenance note beside it lists the repositories and commits.
Sectors come from ``officeholders_sectors.yaml`` (patterns on the position's label).
"""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "attache" / "actors" / "data"
SINCE = "2010-01-01"


def git_show(repo: Path, path: str) -> str | None:
    try:
        return subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{path}"], capture_output=True, check=True, text=True).stdout
    except subprocess.CalledProcessError:
        return None


def head(repo: Path) -> tuple[str, str]:
    out = subprocess.run(
        ["git", "-C", str(repo), "log", "-1", "--format=%H %ad", "--date=short"], capture_output=True, text=True, check=True
    ).stdout
    sha, day = out.split()
    return sha, day


def date(value: str) -> str:
    """Wikidata dates at their precision: 2021-01-20, 2021-01 or 2021 -> YYYY-MM-DD (first day)."""
    value = (value or "").strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return value + "-01"
    if re.fullmatch(r"\d{4}", value):
        return value + "-01-01"
    return ""


def world_leaders(repo: Path, covered: set[str], rules: list, rows: dict[tuple, dict]) -> tuple:
    """Heads of state and government of every country (``data/wikidata.csv`` of world-leaders-2021: Wikidata,
    CC0), for the countries the per-country repositories do not cover; years as their first day."""
    sys.path.insert(0, str(ROOT / "src"))
    from attache.actors.kb import load_kb

    kb = load_kb()
    sha, day = head(repo)
    n = 0
    for row in csv.DictReader(io.StringIO(git_show(repo, "data/wikidata.csv") or "")):
        found = [a for a, _ in kb.lookup((row.get("country") or "").strip()) if a.kind == "country"]
        qid, person, title = (
            (row.get("officeholder") or "").strip(),
            (row.get("officeholderLabel") or "").strip(),
            row.get("positionLabel") or "",
        )
        if not found or found[0].id in covered or not re.fullmatch(r"Q\d+", qid) or re.search(r"\d", person):
            continue
        start, end = date(row.get("start_year") or ""), date(row.get("end_year") or "")
        title = title[:1].upper() + title[1:]
        sector = next((s for p, s in rules if p.search(title)), "GOV")
        rows[(qid, title, start)] = {
            "wikidata": qid,
            "name": person,
            "country": found[0].id,
            "title": title,
            "sector": sector,
            "start": start,
            "end": end,
        }
        n += 1
    return (repo.parent.name.split("+", 1)[-1], "(all)", sha, day, n)


def main(repos: list[str]) -> int:
    cfg = yaml.safe_load((DATA / "officeholders_sectors.yaml").read_text("utf-8"))
    countries: dict[str, str] = cfg["repositories"]
    rules = [
        (re.compile(p, re.IGNORECASE), sector) for rule in cfg["sectors"] for sector, patterns in rule.items() for p in patterns
    ]
    skip = [re.compile(p, re.IGNORECASE) for p in cfg.get("leave_out", [])]
    older = [re.compile(p, re.IGNORECASE) for p in cfg.get("keep_older", [])]
    since = str(cfg.get("since") or SINCE)
    rows: dict[tuple, dict] = {}
    sources = []
    world = [r for r in repos if Path(r).parent.name.split("+", 1)[-1] == cfg.get("world_leaders")]
    for r in repos:
        repo = Path(r)
        name = repo.parent.name.split("+", 1)[-1]
        iso = countries.get(name)
        if r in world:
            continue
        text = git_show(repo, "html/holders21.csv")
        if iso is None or text is None:
            print(f"{name}: skipped ({'no country' if iso is None else 'no html/holders21.csv'})", file=sys.stderr)
            continue
        sha, day = head(repo)
        n = 0
        for row in csv.DictReader(io.StringIO(text)):
            title, person, qid = (
                (row.get("position") or "").strip(),
                (row.get("person") or "").strip(),
                (row.get("personID") or "").strip(),
            )
            start, end = date(row.get("start")), date(row.get("end"))
            if not title or not person or not re.fullmatch(r"Q\d+", qid):
                continue
            if end and end < since and not any(p.search(title) for p in older):
                continue
            if any(p.search(title) for p in skip) or re.search(r"\d", person):
                continue
            sector = next((s for p, s in rules if p.search(title)), "GOV")
            title = title[:1].upper() + title[1:]
            rows[(qid, title, start)] = {
                "wikidata": qid,
                "name": person,
                "country": iso,
                "title": title,
                "sector": sector,
                "start": start,
                "end": end,
            }
            n += 1
        sources.append((name, iso, sha, day, n))
    covered = set(countries.values())
    for r in world:
        sources.append(world_leaders(Path(r), covered, rules, rows))
    out = sorted(rows.values(), key=lambda d: (d["country"], d["name"], d["start"], d["title"]))
    with (DATA / "officeholders.csv").open("w", encoding="utf-8", newline="") as f:
        f.write("# Office holders with dates, from Wikidata (CC0 1.0) via EveryPolitician; see officeholders.README.md\n")
        w = csv.DictWriter(f, fieldnames=["wikidata", "name", "country", "title", "sector", "start", "end"], lineterminator="\n")
        w.writeheader()
        w.writerows(out)
    lines = [f"| every-politician-scrapers/{n} | {iso} | `{sha[:12]}` | {day} | {k} |" for n, iso, sha, day, k in sources]
    (DATA / "officeholders.sources.md").write_text(
        "| repository | country | commit | extract date | roles kept |\n| --- | --- | --- | --- | ---: |\n"
        + "\n".join(lines)
        + "\n",
        "utf-8",
    )
    print(f"{len(out)} roles of {len({r['wikidata'] for r in out})} people from {len(sources)} repositories", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
