"""The argument rules of the event coder and the side it finds (no import of the coder, so that the coder's helper
modules, ``quoted.py`` and ``places.py``, read them at their top without an import cycle).

``argument_rules()``: data/arguments.yaml, read once; ``_side_rules()``/``_side_words()``: its ``sides`` section (how
a side's phrase gives it a country); ``Arg``: a side found in a sentence. ``events.coder`` imports these names back,
so ``from attache.events.coder import Arg`` still works.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

import yaml

from ..model import Mention


@lru_cache(maxsize=1)
def argument_rules() -> dict:
    return yaml.safe_load(resources.files("attache.events").joinpath("data/arguments.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _side_rules() -> dict:
    """The ``sides`` section of data/arguments.yaml (how a side's phrase gives it a country)."""
    return argument_rules()["sides"]


@lru_cache(maxsize=64)
def _side_words(section: str, key: str) -> frozenset:
    """One word list of the ``sides`` section ("hosts", "sectors")."""
    return frozenset(_side_rules()[section][key])


class Arg(NamedTuple):
    """A side found in the sentence: the actor mention and the head of the phrase it came from."""

    m: Mention
    tok: Any  # a spaCy Token
    reach: int | None = None  # the last token of the side's evidence when it goes past the noun phrase (a title
    # in apposition, the place a group is in)
