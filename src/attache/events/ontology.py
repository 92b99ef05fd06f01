"""PLOVER types and modes, their CAMEO codes, QuadClass and Goldstein intensity (data files).

The one place the rest of attache asks for ontology facts: which types are symmetric, which are
conflict (QuadClass 3 and 4), which factualities count as happened and which are no event at all.
All of them are read from ``data/plover.yaml``."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml


def _data(name: str) -> str:
    return resources.files("attache.events").joinpath(f"data/{name}").read_text("utf-8")


@dataclass(frozen=True)
class Coding:
    plover_type: str
    plover_mode: str | None
    cameo_code: str
    quad_class: int
    intensity: float

    @property
    def cameo_root(self) -> str:
        return self.cameo_code[:2]

    def event_fields(self) -> dict:
        """The fields an Event takes from its coding (type, mode, CAMEO code and root, QuadClass, intensity)."""
        return {
            "plover_type": self.plover_type,
            "plover_mode": self.plover_mode,
            "cameo_code": self.cameo_code,
            "cameo_root": self.cameo_root,
            "quad_class": self.quad_class,
            "intensity": self.intensity,
        }


@lru_cache(maxsize=1)
def _plover_file() -> dict:
    return yaml.safe_load(_data("plover.yaml"))


@lru_cache(maxsize=1)
def plover() -> dict:
    """PLOVER type -> its entry (cameo, quad, modes, symmetric); the file's lower-case keys are not types."""
    return {k: v for k, v in _plover_file().items() if k.isupper()}


def symmetric_types() -> frozenset[str]:
    """Types whose two named parties are one reciprocal side (see the reasons in plover.yaml)."""
    return frozenset(t for t, e in plover().items() if e.get("symmetric"))


def conflict_types() -> frozenset[str]:
    """Types of QuadClass 3 (verbal conflict) or 4 (material conflict)."""
    return frozenset(t for t, e in plover().items() if e["quad"] in (3, 4))


def factualities() -> tuple[str, ...]:
    """Every factuality label an event may carry (events/factuality.py), in the file's order."""
    return tuple(_plover_file()["factuality"]["labels"])


def happened_factualities() -> tuple[str, ...]:
    """Factualities that count as happened (indices, comparisons)."""
    return tuple(_plover_file()["factuality"]["happened"])


def not_happened_factualities() -> tuple[str, ...]:
    """Factualities that are no event at all (negated, hypothetical, question)."""
    return tuple(_plover_file()["factuality"]["not_happened"])


CAMEO_QUAD: dict[str, int] = {str(root): int(quad) for quad, roots in _plover_file()["cameo_quad"].items() for root in roots}
PLOVER_TYPES = tuple(plover())  # AGREE ... ASSAULT, in the file's order
SYMMETRIC_TYPES = symmetric_types()
CONFLICT_TYPES = conflict_types()
FACTUALITIES = factualities()
HAPPENED = happened_factualities()
NOT_HAPPENED = not_happened_factualities()


@lru_cache(maxsize=1)
def goldstein() -> dict[str, tuple[str, float]]:
    """CAMEO code -> (description, Goldstein value)."""
    out = {}
    for row in csv.DictReader(io.StringIO(_data("cameo_goldstein.tsv")), delimiter="\t"):
        code = (row.get("cameoCode") or "").strip()
        if code:
            out[code] = ((row.get("Description") or "").strip(), float(row.get("GoldsteinScale") or 0))
    return out


def cameo_words(code: str | None) -> str:
    """A CAMEO code's description as a reader's words ("036": "express intent to meet or negotiate"; "070": "provide
    aid"): the table's own, lower case, without "not specified below"; "" for a code outside the table."""
    desc = goldstein().get(str(code or ""), ("", 0.0))[0]
    desc = desc.split(", not spec")[0].strip()
    return desc[:1].lower() + desc[1:] if desc and not desc[:2].isupper() else desc.lower()


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
    return Coding(
        plover_type,
        mode if mode in entry["modes"] else None,
        code,
        CAMEO_QUAD.get(code[:2], entry["quad"]),
        intensity(code),
    )


@lru_cache(maxsize=1)
def cameo_to_plover() -> dict[str, tuple[str, str | None]]:
    """CAMEO code (or root) -> the PLOVER type and mode whose code it is."""
    out: dict[str, tuple[str, str | None]] = {}
    for t, entry in plover().items():
        out.setdefault(str(entry["cameo"]), (t, None))
        out.setdefault(str(entry["cameo"])[:2], (t, None))
        for mode, code in entry["modes"].items():
            out.setdefault(str(code), (t, mode))
    for root, (ptype, mode) in _plover_file()["cameo_roots"].items():  # CAMEO roots without a PLOVER type of their own
        out.setdefault(str(root), (ptype, mode))
    return out


def coding_for_cameo(code: str) -> Coding:
    """The coding of a CAMEO code taken as given (from a verb dictionary): its PLOVER type from the
    code or its root; codes outside CAMEO keep the code, with type OTHER and no intensity."""
    table = cameo_to_plover()
    ptype, mode = table.get(code) or table.get(code[:3]) or table.get(code[:2]) or ("OTHER", None)
    root = code[:2]
    return Coding(ptype, mode, code, CAMEO_QUAD.get(root, 0), intensity(code) if root in CAMEO_QUAD else 0.0)
