"""Summarise one hand audit's judgements (``<audit>_judgements.jsonl``) into ``<audit>_summary.md``.

The tables are audit_tables.py's; each audit's own words (header, error-class families with their examples, the
comments on confidence and on the earlier audits, the strict and lenient readings) are in summaries.yaml under the
audit's name. Run in eval/audit:

    python3 summarise.py 2026-12-01b      # also 2026-12-01d, 2026-12-02a; --all for every audit in summaries.yaml

A new audit adds its entry to summaries.yaml; the prose there is ``str.format`` text over the figures of ``figures``. An
audit of another size than 80 events gives its size as ``n`` in its entry (2026-12-02f: 53)."""

from __future__ import annotations

import argparse
import os
import sys

import yaml
from audit_tables import BANDS, by_class, confidence, count, error_source_by_group, families, in_group, load, shares

HERE = os.path.dirname(os.path.abspath(__file__))


def figures(J: list[dict], spec: dict) -> dict:
    """The numbers the audit's prose may name: counts and shares right by confidence band, group and reading."""
    hi_ = [j for j in J if j["confidence"] >= 0.9]
    mid = [j for j in J if 0.5 <= j["confidence"] < 0.9]
    lo_ = [j for j in J if j["confidence"] < 0.5]
    ge = [j for j in J if j["confidence"] >= 0.5]
    full = count(J, "fully_right")
    fr = {j["n"] for j in J if j["fully_right"]}
    igo_dep = spec.get("igo_dep") or []

    def group_pct(g):
        rows = in_group(J, g)
        return round(100 * count(rows, "fully_right") / len(rows))

    return {
        "hi_right": count(hi_, "fully_right"),
        "hi_n": len(hi_),
        "mid_right": count(mid, "fully_right"),
        "mid_n": len(mid),
        "lo_right": count(lo_, "fully_right"),
        "lo_n": len(lo_),
        "full": full,
        "full_pct": round(100 * full / len(J)),
        "ge_right": count(ge, "fully_right"),
        "ge_n": len(ge),
        "ge_pct": round(100 * count(ge, "fully_right") / len(ge)),
        "state_pct": group_pct("state.gov, >=0.5"),
        "other_pct": group_pct("other outlets, >=0.5"),
        "below_pct": group_pct("below 0.5"),
        "igo_dep": ", ".join(f"n{n}" for n in igo_dep),
        "fr_without_igo": len(fr) - len(igo_dep),
    }


def fam_count(rows: list[dict], classes: list[str]) -> int:
    by = by_class(rows)
    return len({n for c in classes for n in by.get(c, [])})


def comparison(w, J: list[dict], name: str, table: list, earlier: list[str], text: str) -> None:
    """Events per error-class family in this audit and in earlier audits with the same class names."""
    rows = {e: load(os.path.join(HERE, f"{e}_judgements.jsonl")) for e in earlier}
    w(f"**Class by class, compared with the {' and '.join(earlier)} audits** (events with the family, of {len(J)}):\n")
    w("| error class (family) | " + " | ".join(earlier) + f" | {name} (this) |")
    w("|---" * (len(earlier) + 2) + "|")
    for fam, classes, _ in sorted(table, key=lambda f: -fam_count(J, f[1])):
        w(f"| {fam} | " + " | ".join(str(fam_count(rows[e], classes)) for e in earlier) + f" | {fam_count(J, classes)} |")
    w("")
    w(text + "\n")


def strictness(w, J: list[dict], spec: dict, fig: dict) -> None:
    """How the fully-right figure moves under the audit's stricter and more lenient readings."""
    strict, lenient = spec["strict"], spec["lenient"]
    fr = {j["n"] for j in J if j["fully_right"]}
    real = [j for j in J if j["is_event"]]
    fr_real = {j["n"] for j in real if j["fully_right"]}
    assert set(strict) <= fr and not (set(lenient) & fr) and set(spec.get("igo_dep") or []) <= fr
    s_all, l_all = len(fr - set(strict)), len(fr | set(lenient))
    total = len(J)
    w("## How strict readings change the figures\n")
    w(
        f"As judged: {len(fr)} of {total} fully right ({round(100 * len(fr) / total)}%), {len(fr_real)} of {len(real)} real events "
        f"({round(100 * len(fr_real) / len(real))}%). A stricter reading would also fail {len(strict)} events now counted right: "
        + "; ".join(f"n{n} ({t})" for n, t in strict.items())
        + f". That gives {s_all} of {total} ({round(100 * s_all / total)}%). {spec['lenient_reading']} would pass "
        + "; ".join(f"n{n} ({t})" for n, t in lenient.items())
        + f", giving {l_all} of {total} ({round(100 * l_all / total)}%). So the overall figure lies between about {round(100 * s_all / total)}% and "
        f"{round(100 * l_all / total)}%. " + spec["closing"].format(**fig) + "\n"
    )


def summary(name: str, spec: dict) -> str:
    J = load(os.path.join(HERE, spec["judgements"]), spec.get("n", 80))
    fig = figures(J, spec)
    table = [(f["name"], f["classes"], f["examples"]) for f in spec["families"]]
    L: list[str] = []
    w = L.append
    w(spec["header"] + "\n")
    shares(w, J)
    w("## Most frequent error classes\n")
    w(spec["classes_intro"] + "\n")
    families(w, J, table)
    error_source_by_group(w, J)
    if spec.get("compare_with"):
        comparison(w, J, name, table, spec["compare_with"], spec["compare_text"])
    confidence(w, J, [*BANDS, *(tuple(b) for b in spec.get("bands_extra") or [])])
    w(spec["confidence_text"].format(**fig) + "\n")
    w(spec["compared_text"].format(**fig) + "\n")
    strictness(w, J, spec, fig)
    return "\n".join(L)


def main(argv: list[str] | None = None) -> int:
    with open(os.path.join(HERE, "summaries.yaml"), encoding="utf-8") as fh:
        audits = yaml.safe_load(fh)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("audit", nargs="*", help="audit name(s): " + ", ".join(audits))
    ap.add_argument("--all", action="store_true", help="every audit in summaries.yaml")
    ap.add_argument("--quiet", action="store_true", help="write the summary files without printing them")
    args = ap.parse_args(argv)
    names = list(audits) if args.all else args.audit
    unknown = [n for n in names if n not in audits]
    if not names or unknown:
        ap.error(
            f"name an audit of summaries.yaml ({', '.join(audits)}), or --all" + (f"; unknown: {unknown}" if unknown else "")
        )
    for name in names:
        text = summary(name, audits[name])
        with open(os.path.join(HERE, f"{name}_summary.md"), "w", encoding="utf-8") as fh:
            fh.write(text)
        if not args.quiet:
            print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
