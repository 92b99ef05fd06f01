"""Summarise 2026-12-02b_judgements.jsonl (the fifth audit: events with a MARK, four strata of 20) into tables for
2026-12-02b_summary.md. Run in eval/audit: python3 summarise_f.py  (prints the tables; the summary's prose is written
around them). Shared helpers are audit_tables.py's."""

from collections import Counter

from audit_tables import by_class, confidence, count, frac, load, pct

J = load("2026-12-02b_judgements.jsonl")
STRATA = [
    ("A: side chosen by order", "A: side by order"),
    ("B: sentence back-off, country tier", "B: sentence back-off, country tier"),
    ("C: sentence back-off, entity tier", "C: sentence back-off, entity tier"),
    ("D: one side missing, no mark", "D: one side missing, no mark"),
]
FIELDS = ["type_right", "source_right", "target_right", "factuality_right", "date_right"]
L = []
w = L.append


def mean(xs):
    return sum(xs) / len(xs) if xs else float("nan")


w("## Per stratum (all 20 events of each; a non-event counts as not right)\n")
w(
    "| stratum | n | real events | type right | source right | target right | factuality right | date right | **fully right** | mean confidence | mean conf. of fully right / of the rest |"
)
w("|---|---|---|---|---|---|---|---|---|---|---|")


def row(label, rows):
    n = len(rows)
    fr = [j["confidence"] for j in rows if j["fully_right"]]
    rest = [j["confidence"] for j in rows if not j["fully_right"]]
    cells = [pct(count(rows, "is_event"), n)] + [pct(count(rows, f), n) for f in FIELDS]
    cells.append(f"**{pct(count(rows, 'fully_right'), n)}**")
    cells.append(f"{mean([j['confidence'] for j in rows]):.2f}")
    cells.append(f"{mean(fr):.2f} / {mean(rest):.2f}" if fr else f"- / {mean(rest):.2f}")
    w(f"| {label} | {n} | " + " | ".join(cells) + " |")


for g, label in STRATA:
    row(label, [j for j in J if j["group"] == g])
row("**all 80**", J)
w("")
w("Only real events (`is_event` true): judged right / real events of the stratum.\n")
w("| stratum | real events | type | source | target | factuality | date | fully right |")
w("|---|---|---|---|---|---|---|---|")
for g, label in STRATA + [(None, "all 80")]:
    R = [j for j in J if j["is_event"] and (g is None or j["group"] == g)]
    w(f"| {label} | {len(R)} | " + " | ".join(frac(count(R, f), len(R)) for f in FIELDS + ["fully_right"]) + " |")
w("")
D = [j for j in J if j["group"].startswith("D")]
named = [j for j in D if j.get("missing_side_named")]
w(
    f"Stratum D, `missing_side_named`: the sentence or its context names the actor of the side without a country in "
    f"{len(named)} of {len(D)} events (" + ", ".join(f"n{j['n']}" for j in named) + "); among the real events "
    f"{sum(1 for j in named if j['is_event'])} of {sum(1 for j in D if j['is_event'])}.\n"
)
w("Top error classes by stratum (events with the class, of 20):\n")
for g, label in STRATA:
    c = Counter(x for j in J if j["group"] == g for x in j["error_classes"]).most_common(4)
    w(f"- **{label}:** " + ", ".join(f"{a} {b}" for a, b in c) + ".")
w("")
FAMILIES = [
    (
        "Name, document, background or generic statement taken as an event",
        ["name/document/background as event", "domestic administration as event"],
        "",
    ),
    ("Wrong trigger sense (not an event of this type)", ["wrong trigger sense"], ""),
    (
        "Factuality wrong",
        ["realis event coded non-realis", "attribution error", "non-realis coded asserted", "factuality other"],
        "",
    ),
    (
        "Other side errors (wrong antecedent, topic/place/instrument as side, other actor, reversed)",
        [
            "wrong antecedent",
            "topic taken as target",
            "place as actor",
            "instrument/channel as side",
            "wrong side (other actor in sentence)",
            "source and target reversed",
        ],
        "",
    ),
    ("Side named in the sentence or context left empty", ["side missed"], ""),
    (
        "Country or IGO code missing or wrong for a named actor",
        ["country missed for named actor", "IGO code missing", "IGO official coded by nationality", "wrong country for actor"],
        "",
    ),
    ("Speaker or outlet taken as actor", ["speaker/outlet taken as actor"], ""),
    ("Real event coded with a wrong type", ["wrong type for a real event", "material support coded verbal SUPPORT"], ""),
    ("Date wrong", ["date expression ignored", "date resolved wrongly"], ""),
]
w("## Error classes (families of the 2026-12-02a audit)\n")
by = by_class(J)
rows = []
for name, classes, _ in FAMILIES:
    ns = sorted({n for c in classes for n in by.get(c, [])})
    per = Counter(next(j["group"][0] for j in J if j["n"] == n) for n in ns)
    rows.append((len(ns), name, per, classes))
rows.sort(key=lambda r: -r[0])
w("| # | error class (family) | events | A | B | C | D | sub-classes (events) |")
w("|---|---|---|---|---|---|---|---|")
for i, (k, name, per, classes) in enumerate(rows, 1):
    subs = "; ".join(f"{c} {len(by[c])}: " + ", ".join(f"n{n}" for n in by[c]) for c in classes if by.get(c))
    w(f"| {i} | **{name}** | {k} | {per.get('A', 0)} | {per.get('B', 0)} | {per.get('C', 0)} | {per.get('D', 0)} | {subs} |")
w("")
fine = Counter({c: len(v) for c, v in by.items()}).most_common()
known = {c for _, _, _, cl in rows for c in cl}
assert not set(by) - known, set(by) - known
w("Single classes, most frequent first: " + ", ".join(f"{c} {k}" for c, k in fine) + ".\n")
BANDS = [
    (">= 0.5", 0.5, 1.01),
    ("< 0.5", 0, 0.5),
    ("0.7–1.0", 0.7, 1.01),
    ("0.5–0.7", 0.5, 0.7),
    ("0.3–0.5", 0.3, 0.5),
    ("< 0.3", 0, 0.3),
]
confidence(w, J, bands=BANDS)
# calibration gap per stratum: mean confidence minus share fully right
w("Calibration by stratum (confidence read as the chance of being fully right):\n")
w("| stratum | mean confidence | share fully right | gap (conf - share right) | share real events |")
w("|---|---|---|---|---|")
for g, label in STRATA + [(None, "all 80")]:
    rs = [j for j in J if g is None or j["group"] == g]
    mc, fr = mean([j["confidence"] for j in rs]), count(rs, "fully_right") / len(rs)
    w(f"| {label} | {mc:.2f} | {fr:.3f} | {mc - fr:+.2f} | {count(rs, 'is_event') / len(rs):.2f} |")
w("")
print("\n".join(L))
