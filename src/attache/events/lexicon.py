"""Trigger words for events (data file ``data/triggers.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[str, str | None]]
    nouns: dict[str, tuple[str, str | None]]
    verb_object: tuple[dict, ...]
    headline_only: dict[str, tuple[str, str | None]]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = yaml.safe_load(resources.files("attache.events").joinpath("data/triggers.yaml").read_text("utf-8"))
    return Lexicon(
        verbs={k: (v[0], v[1]) for k, v in raw["verbs"].items()},
        nouns={k: (v[0], v[1]) for k, v in raw["nouns"].items()},
        verb_object=tuple(raw["verb_object"]),
        headline_only={k: (v[0], v[1]) for k, v in (raw.get("headline_only") or {}).items()},
    )
