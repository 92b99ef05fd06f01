"""Where the actor resolver fails on gold event sides, by kind of actor.

For every gold side ({text, code}) of the tuning files (GSR dev half a, the gold set's development half), the
sentence is parsed and resolved as `attache eval dyads` does, and the mentions that overlap the side's text are
compared with its gold code:

    ok          a mention over the side has the gold country (or is an IGO/NGO for an IGO/NGO side)
    wrong       mentions over the side, none with the gold country, some with another country
    no-country  mentions over the side, none with a country
    no-mention  nothing resolved over the side's words

Sides are grouped by a rough kind read from the side's text and the mention (agency, ministry, company,
person, titled person, demonym, group, country, place, igo ...). Only the tuning halves: never run this on
GSR half b or on eval/events_gold_test.jsonl.

    PYTHONPATH=src python scripts/actor_misses.py [--show KIND] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from attache.evaluate.dyads import _articles_for, _full_text, _offset, half_of, load_gold

GSR = Path("/work/shared/eval/events/plover_gsr_dev.jsonl")
GOLD_DEV = Path("eval/events_gold_dev.jsonl")

AGENCY = re.compile(
    r"\b(agency|bureau|office|department|service|administration|commission|council|committee|command|"
    r"directorate|authority|embassy|consulate|mission|kremlin|pentagon|white house|secretariat|treasury)\b",
    re.I,
)
MINISTRY = re.compile(r"\bministr(y|ies)\b", re.I)
COMPANY = re.compile(r"\b(company|corp|corporation|inc|ltd|limited|group|firm|bank|airlines?|holdings|plc)\b\.?", re.I)
GROUPWORDS = re.compile(
    r"\b(officials?|authorities|government|forces|troops|army|police|military|rebels|militants|people|leaders?|"
    r"delegation|side|diplomats|soldiers|parliament|lawmakers|protesters|students|guerrillas|opposition)\b",
    re.I,
)
TITLE = re.compile(
    r"\b(president|minister|secretary|spokes\w+|ambassador|envoy|general|premier|chancellor|king|prince|"
    r"senator|official|chief|leader|mediator|commander|governor|mayor|foreign|prime)\b",
    re.I,
)
PRONOUN = re.compile(r"^(he|she|they|we|it|i|our|their|his|her|its|you|them|us)$", re.I)


def kind_of(text: str, mentions: list) -> str:
    t = text.strip()
    kinds = {m.kind for m in mentions if m.kind}
    if PRONOUN.match(t):
        return "pronoun"
    if MINISTRY.search(t):
        return "ministry"
    if AGENCY.search(t):
        return "agency"
    if COMPANY.search(t) or "business" in kinds:
        return "company"
    words = t.split()
    if len(words) == 1 and re.fullmatch(r"[A-Z][a-z]+(ans|ians|ese|is|ns|s)", t) and t.endswith("s"):
        return "demonym-plural"
    if TITLE.search(t) and any(w[:1].isupper() for w in words[1:]):
        return "titled-person"
    if GROUPWORDS.search(t):
        return "group"
    if "country" in kinds and len(words) <= 3:
        return "country"
    if "person" in kinds:
        return "person"
    if "igo" in kinds:
        return "igo"
    if re.fullmatch(r"[A-Z][A-Z.\-]{1,8}", t):
        return "acronym"
    if all(w[:1].isupper() for w in words if w.lower() not in ("of", "the", "and", "de", "al", "bin")):
        return "name"
    return "other"


def locate(text: str, side: str, at: int = 0) -> tuple[int, int] | None:
    """The side's words in ``text`` from ``at`` on (the scored sentence, after its context), else in the context."""
    side = side.strip()
    if not side:
        return None
    for start in (at, 0):
        i = text.find(side, start)
        if i < 0:
            i = text.lower().find(side.lower(), start)
        if i >= 0:
            return i, i + len(side)
    return None


def _is_country(code: str | None) -> bool:
    import pycountry

    return bool(code) and (pycountry.countries.get(alpha_3=code) is not None or code in ("XKX", "SRB", "PSE"))


def verdict(gold_code: str | None, over: list) -> str:
    if not over:
        return "no-mention"
    if not _is_country(gold_code):  # IGO, NGO, or the gold set's own codes for bodies (UN, NATO, G7, TALIBAN)
        if any(m.kind in ("igo", "ngo", "group") or m.sector == "IGO" for m in over):
            return "ok"
    if any(m.country == gold_code for m in over):
        return "ok"
    if any(m.country for m in over):
        return "wrong"
    return "no-country"


def run(files: list[tuple[str, Path, str | None]]):
    from attache.analysis import Analyzer
    from attache.nlp import parse

    analyzer = Analyzer()
    rows = []
    for label, path, half in files:
        articles, _ = load_gold(path)
        if half:
            articles = [a for a in articles if half_of(a["id"]) == half]
        for art, parsed in zip(articles, parse(_articles_for(articles))):
            mentions = analyzer.resolver.resolve(parsed, parsed.article.published)
            for g in art["gold"]:
                for role in ("source", "target"):
                    for side in g[role]:
                        if not side["code"] or not side["text"]:
                            continue
                        # the article parsed is the context, then the sentence: look for the side in the sentence
                        # first (the script placed it in the context's first words before the sixth session)
                        span = locate(_full_text(art), side["text"], _offset(art))
                        if span is None:
                            continue
                        over = [m for m in mentions if m.start < span[1] and m.end > span[0]]
                        rows.append(
                            {
                                "file": label,
                                "id": g["id"],
                                "text": art["text"],
                                "side": side["text"],
                                "code": side["code"],
                                "kind": kind_of(side["text"], over),
                                "verdict": verdict(side["code"], over),
                                "found": [f"{m.text}={m.country or '-'}/{m.sector or '-'}/{m.kind or '-'}/{m.how}" for m in over],
                            }
                        )
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", action="append", default=[], help="print the misses of this kind (or 'all')")
    ap.add_argument("--json", type=Path, help="write every side with its verdict to this JSONL file")
    args = ap.parse_args(argv)
    files = [("gsr-a", GSR, "a"), ("gold-dev", GOLD_DEV, None)]
    rows = run(files)
    by: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        by[r["kind"]][r["verdict"]] += 1
        by["ALL " + r["file"]][r["verdict"]] += 1
    cols = ("ok", "wrong", "no-country", "no-mention")
    print(f"{'kind':<16}" + "".join(f"{c:>12}" for c in cols) + f"{'n':>6}")
    for k in sorted(by, key=lambda k: (k.startswith("ALL"), -sum(by[k].values()))):
        print(f"{k:<16}" + "".join(f"{by[k][c]:>12}" for c in cols) + f"{sum(by[k].values()):>6}")
    total = Counter(r["verdict"] for r in rows)
    print(
        json.dumps(
            {
                "task": "actor_misses",
                "sides": len(rows),
                **{c: total[c] for c in cols},
                "ok_share": round(total["ok"] / len(rows), 4) if rows else 0.0,
            }
        )
    )
    for r in rows:
        if r["verdict"] != "ok" and (r["kind"] in args.show or "all" in args.show):
            print(f"[{r['file']} {r['kind']} {r['verdict']}] {r['side']!r} gold {r['code']}: {r['found']}\n    {r['text']}")
    if args.json:
        with args.json.open("w") as f:
            for r in rows:
                f.write(json.dumps(r) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
