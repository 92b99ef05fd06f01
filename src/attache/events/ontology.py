"""PLOVER types and modes, their CAMEO codes, QuadClass and Goldstein intensity (data files)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
CAMEO_QUAD = {**{f"{r:02d}": 1 for r in range(1, 6)}, **{f"{r:02d}": 2 for r in range(6, 9)},
              **{f"{r:02d}": 3 for r in range(9, 14)}, **{f"{r:02d}": 4 for r in range(14, 21)}}


def _data(name: str) -> str:
    return resources.files("attache.events").joinpath(f"data/{name}").read_text("utf-8")


@dataclass(frozen=True)
class Coding:
    plover_type: str
    plover_mode: str | None
    cameo_code: str
    cameo_root: str
    quad_class: int
    intensity: float


@lru_cache(maxsize=1)
def plover() -> dict:
    return yaml.safe_load(_data("plover.yaml"))


@lru_cache(maxsize=1)
def goldstein() -> dict[str, tuple[str, float]]:
    """CAMEO code -> (description, Goldstein value)."""
    out = {}
    for row in csv.DictReader(io.StringIO(_data("cameo_goldstein.tsv")), delimiter="\t"):
        code = (row.get("cameoCode") or "").strip()
        if code:
            out[code] = ((row.get("Description") or "").strip(), float(row.get("GoldsteinScale") or 0))
    return out


def intensity(code: str) -> float:
    table = goldstein()
    while code:
        if code in table:
            return table[code][1]
        code = code[:-1]
    return 0.0


def coding(plover_type: str, mode: str | None = None) -> Coding:
    entry = plover()[plover_type]
    code = str(entry["modes"].get(mode, entry["cameo"])) if mode else str(entry["cameo"])
    return Coding(plover_type, mode if mode in entry["modes"] else None, code, code[:2], CAMEO_QUAD.get(code[:2], entry["quad"]),
                  intensity(code))


@lru_cache(maxsize=1)
def cameo_to_plover() -> dict[str, tuple[str, str | None]]:
    """CAMEO code (or root) -> the PLOVER type and mode whose code it is."""
    out: dict[str, tuple[str, str | None]] = {}
    for t, entry in plover().items():
        out.setdefault(str(entry["cameo"]), (t, None))
        out.setdefault(str(entry["cameo"])[:2], (t, None))
        for mode, code in entry["modes"].items():
            out.setdefault(str(code), (t, mode))
    # CAMEO roots without a PLOVER type of their own
    out.setdefault("01", ("SUPPORT", None))
    out.setdefault("09", ("ACCUSE", "INVESTIGATE"))
    out.setdefault("10", ("REQUEST", None))
    out.setdefault("19", ("ASSAULT", "FIGHT"))
    out.setdefault("20", ("ASSAULT", "MASSACRE"))
    return out


def coding_for_cameo(code: str) -> Coding:
    """The coding of a CAMEO code taken as given (from a verb dictionary): its PLOVER type from the
    code or its root; codes outside CAMEO keep the code, with type OTHER and no intensity."""
    table = cameo_to_plover()
    ptype, mode = table.get(code) or table.get(code[:3]) or table.get(code[:2]) or ("OTHER", None)
    root = code[:2]
    return Coding(ptype, mode, code, root, CAMEO_QUAD.get(root, 0), intensity(code) if root in CAMEO_QUAD else 0.0)
