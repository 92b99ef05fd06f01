"""The tables every hand audit of attache's events shares (2026-12-01b, 2026-12-01d, ...): shares right by group,
error-class families, the main error source by group, and confidence bands. summarise.py calls these for the tables of
each audit's summary; each audit's own prose, families, examples and strict/lenient readings are in summaries.yaml.

A judgement is one JSON line with ``n``, ``group``, ``confidence``, ``is_event``, ``fully_right``, the ``*_right``
fields of FIELDS (true, false or null) and ``error_classes``."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable

GROUPS = [
    ("state.gov, >=0.5", "state.gov, conf >= 0.5"),
    ("other outlets, >=0.5", "other outlets, conf >= 0.5"),
    ("below 0.5", "below 0.5 (all outlets)"),
]
FIELDS = ["type_right", "source_right", "target_right", "factuality_right", "date_right"]
BANDS = [
    (">= 0.5", 0.5, 1.01),
    ("< 0.5", 0, 0.5),
    ("0.9–1.0", 0.9, 1.01),
    ("0.8–0.9", 0.8, 0.9),
    ("0.7–0.8", 0.7, 0.8),
    ("0.5–0.7", 0.5, 0.7),
    ("0.4–0.5", 0.4, 0.5),
]

Write = Callable[[str], None]


def load(path: str, n: int = 80) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    assert len(rows) == n, (path, len(rows))
    return rows


def pct(a, b):
    return f"{a} ({round(100 * a / b)}%)" if b else "-"


def frac(a, b):
    return f"{a}/{b} ({round(100 * a / b)}%)" if b else "-"


def count(rows, f):
    return sum(1 for j in rows if j[f] is True)


def in_group(J: list[dict], g: str) -> list[dict]:
    return [j for j in J if j["group"] == g]


def shares(w: Write, J: list[dict]) -> None:
    """The two tables of shares right (all judged events, then real events only) and the weighting note."""
    w("## Shares right (counts)\n")
    w("| group | n | fully right | is_event | type | source | target | factuality | date |")
    w("|---|---|---|---|---|---|---|---|---|")

    def row_all(label, rows, bold=False):
        n = len(rows)
        cells = [pct(count(rows, "fully_right"), n), pct(count(rows, "is_event"), n)] + [pct(count(rows, f), n) for f in FIELDS]
        cells[0] = f"**{cells[0]}**"
        lab = f"**{label}**" if bold else label
        w(f"| {lab} | {n} | " + " | ".join(cells) + " |")

    for g, label in GROUPS:
        row_all(label, in_group(J, g))
    row_all("overall", J, bold=True)
    w("")
    w("Only real events (`is_event` true): number judged right / number of real events in the group.\n")
    w("| group | real events | fully right | type | source | target | factuality | date |")
    w("|---|---|---|---|---|---|---|---|")

    def row_real(label, rows):
        R = [j for j in rows if j["is_event"]]
        m = len(R)
        w(f"| {label} | {m} | " + " | ".join(frac(count(R, f), m) for f in ["fully_right"] + FIELDS) + " |")

    for g, label in GROUPS:
        row_real(label.replace(" (all outlets)", "").replace("conf ", ""), in_group(J, g))
    row_real("overall", J)
    w("")
    full = count(J, "fully_right")
    ge = [j for j in J if j["confidence"] >= 0.5]
    strata = "/".join(str(len(in_group(J, g))) for g, _ in GROUPS)
    w(
        f"The sample is stratified ({strata}), so the overall {round(100 * full / len(J))}% is not population-weighted; most events of the"
    )
    w(
        f"whole output have confidence >= 0.5, so a population-weighted figure is closer to the >= 0.5 share, "
        f"{round(100 * count(ge, 'fully_right') / len(ge))}% ({count(ge, 'fully_right')} of {len(ge)}).\n"
    )


def by_class(J: list[dict]) -> dict[str, list[int]]:
    """Error class -> the numbers of the events that have it."""
    by = defaultdict(list)
    for j in J:
        for c in j["error_classes"]:
            by[c].append(j["n"])
    return by


def families(w: Write, J: list[dict], table: list[tuple[str, list[str], str]]) -> None:
    """The error-class families (name, classes, examples), most events first; every class must be in one family."""
    by = by_class(J)
    fam_rows = []
    for name, classes, ex in table:
        ns = sorted({n for c in classes for n in by.get(c, [])})
        fam_rows.append((len(ns), name, classes, ns, ex))
    fam_rows.sort(key=lambda r: -r[0])
    w("| # | error class (family) | events | sub-classes (events: n) | examples |")
    w("|---|---|---|---|---|")
    for i, (k, name, classes, _ns, ex) in enumerate(fam_rows, 1):
        subs = "; ".join(f"{c} {len(by[c])}: " + ", ".join(f"n{n}" for n in by[c]) for c in classes if by.get(c))
        w(f"| {i} | **{name}** | {k} | {subs} | {ex} |")
    w("")
    known = {c for _, _, cl, _, _ in fam_rows for c in cl}
    left = {c: v for c, v in by.items() if c not in known}
    assert not left, left
    fine = Counter({c: len(v) for c, v in by.items()}).most_common()
    w("Single classes, most frequent first: " + ", ".join(f"{c} {k}" for c, k in fine) + ".\n")


def error_source_by_group(w: Write, J: list[dict]) -> None:
    w("Main error source by group:")
    for g, label in GROUPS:
        rows = in_group(J, g)
        R = [j for j in rows if j["is_event"]]
        c = Counter(x for j in rows for x in j["error_classes"]).most_common(3)
        wrong = {f: sum(1 for j in R if j[f] is False) for f in FIELDS}
        w(
            f"- **{label}:** {len(rows) - len(R)} of {len(rows)} are no event; among the {len(R)} real events, wrong: "
            + ", ".join(f"{f.replace('_right', '')} {v}" for f, v in wrong.items())
            + ". Top classes: "
            + ", ".join(f"{a} ({b})" for a, b in c)
            + "."
        )
    w("")


def confidence(w: Write, J: list[dict], bands=BANDS, min_events: int = 4) -> None:
    """Shares right by confidence band, then by exact confidence value (values with ``min_events`` or more)."""
    w("## Does confidence separate right from wrong?\n")
    w("| confidence | n | fully right | is_event true |")
    w("|---|---|---|---|")
    for lab, lo, hi in bands:
        rows = [j for j in J if lo <= j["confidence"] < hi]
        w(f"| {lab} | {len(rows)} | {pct(count(rows, 'fully_right'), len(rows))} | {pct(count(rows, 'is_event'), len(rows))} |")
    w("")
    vals = Counter(round(j["confidence"], 2) for j in J)
    w(f"By exact confidence value (values with at least {min_events} events):\n")
    w("| confidence | n | fully right | is_event true |")
    w("|---|---|---|---|")
    for v, k in sorted(vals.items(), reverse=True):
        if k >= min_events:
            rows = [j for j in J if round(j["confidence"], 2) == v]
            w(f"| {v} | {k} | {pct(count(rows, 'fully_right'), k)} | {pct(count(rows, 'is_event'), k)} |")
    w("")
