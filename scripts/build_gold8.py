"""Check the writers' rows of a written battery (gold8 to gold11) and build its development and test files.

    python scripts/build_gold8.py --writers /work/gold8 --out eval
    python scripts/build_gold8.py --set gold9 --writers /work/gold9 --out eval
    python scripts/build_gold8.py --set gold10 --writers /work/gold10 --out eval
    python scripts/build_gold8.py --set gold11 --writers /work/gold11 --out eval

Reads writer_A.jsonl .. writer_D.jsonl for gold8 (eval/events_gold8_guidelines.md), writer_E .. writer_H for
gold9, writer_I .. writer_L for gold10 and writer_M .. writer_P for gold11 (each with its own guidelines file),
checks every row (sides are substrings of the sentence, codes are known, types are PLOVER types, no sentence is
repeated, found in any file under ../shared/eval/ or in an earlier battery) and writes events_<set>_dev.jsonl (the
first two writers) and events_<set>_test.jsonl (the last two). A row that fails a check is dropped, never edited;
the reasons are printed one per line and counted at the end.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pycountry

TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip
BODIES = {"IGO", "NGO", "MNC"}
SPLITS = {
    "gold8": {"A": "dev", "B": "dev", "C": "test", "D": "test"},
    "gold9": {"E": "dev", "F": "dev", "G": "test", "H": "test"},
    "gold10": {"I": "dev", "J": "dev", "K": "test", "L": "test"},
    "gold11": {"M": "dev", "N": "dev", "O": "test", "P": "test"},
}


def known_codes() -> set[str]:
    codes = {c.alpha_3 for c in pycountry.countries} | {"XKX", "PSE", "TWN"}
    table = Path(__file__).resolve().parents[1] / "src/attache/actors/data/countries.csv"
    for line in table.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            codes.add(line.split("|", 1)[0].strip())
    return codes | BODIES


def shared_sentences(root: Path) -> set[str]:
    seen: set[str] = set()
    for path in root.rglob("*.jsonl"):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if isinstance(row, dict) and isinstance(row.get("text"), str):
                seen.add(" ".join(row["text"].split()).lower())
    return seen


def problem(row: dict, codes: set[str], seen: set[str], shared: set[str]) -> str | None:
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        return "no text"
    key = " ".join(text.split()).lower()
    if key in seen:
        return "sentence repeated"
    if key in shared:
        return "sentence found in ../shared/eval"
    if row.get("event_type") not in TYPES:
        return f"type {row.get('event_type')!r} is no PLOVER type"
    sides = (row.get("source") or []) + (row.get("target") or [])
    if not row.get("source"):
        return "no source"
    if not row.get("target") and len(row.get("source") or []) < 2:
        return "no target and not a symmetric pair"
    for side in sides:
        if not isinstance(side, dict) or side.get("text") not in text:
            return f"side {side!r} is not a substring of the sentence"
        if side.get("code") not in codes:
            return f"code {side.get('code')!r} unknown"
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--writers", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=Path("eval"))
    ap.add_argument("--shared", type=Path, default=Path("../shared/eval"))
    ap.add_argument("--set", default="gold8", choices=sorted(SPLITS))
    args = ap.parse_args()
    codes, shared = known_codes(), shared_sentences(args.shared)
    earlier_sets = list(SPLITS)[: list(SPLITS).index(args.set)]
    for name in earlier_sets:  # a later battery repeats no sentence of an earlier one
        for half in ("dev", "test"):
            earlier = args.out / f"events_{name}_{half}.jsonl"
            if earlier.exists():
                shared |= {" ".join(json.loads(x)["text"].split()).lower() for x in earlier.read_text().splitlines() if x}
    out: dict[str, list[dict]] = {"dev": [], "test": []}
    seen: set[str] = set()
    dropped = 0
    for writer, split in SPLITS[args.set].items():
        path = args.writers / f"writer_{writer}.jsonl"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as exc:
                print(f"{path.name}:{n}: not JSON ({exc})")
                dropped += 1
                continue
            why = problem(row, codes, seen, shared)
            if why:
                print(f"{path.name}:{n} {row.get('id')}: dropped, {why}")
                dropped += 1
                continue
            seen.add(" ".join(row["text"].split()).lower())
            row["writer"] = writer
            out[split].append(row)
    for split, rows in out.items():
        target = args.out / f"events_{args.set}_{split}.jsonl"
        target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{target}: {len(rows)} rows")
    print(f"dropped: {dropped}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
