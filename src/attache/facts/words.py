"""The facts stage's word lists, read once from ``data/words.yaml``."""

from __future__ import annotations

from importlib import resources

import yaml

_WORDS = yaml.safe_load(resources.files("attache.facts").joinpath("data/words.yaml").read_text("utf-8"))

SAYING_VERBS: frozenset[str] = frozenset(_WORDS["saying_verbs"])
NEGATORS: frozenset[str] = frozenset(_WORDS["negators"])
NUMBER_WORDS: dict[str, int] = {str(k): int(v) for k, v in _WORDS["number_words"].items()}
SCALE_WORDS: dict[str, float] = {str(k): float(v) for k, v in _WORDS["scale_words"].items()}
CURRENCIES: dict[str, str] = {str(k): str(v) for k, v in _WORDS["currencies"].items()}  # in the file's order
