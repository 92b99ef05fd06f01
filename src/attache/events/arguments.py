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
def deployed_forces() -> frozenset[str]:
    """The forces a MOBILIZE act moves (``words.deployed_forces``): the coder's and the sentence back-off's one list."""
    return frozenset((argument_rules().get("words") or {}).get("deployed_forces") or ())


@lru_cache(maxsize=1)
def own_delegation() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs, groups) of ``own_delegation``: "X will lead the U.S. delegation" (h47lead). The actors stage reads the
    same pair from its own data (actors/data/ambiguous.yaml ``delegation_leaders``, resolve._delegation_leaders, which
    places the leader): keep the two lists alike."""
    rule = argument_rules().get("own_delegation") or {}
    return frozenset(rule.get("verbs") or ()), frozenset(rule.get("groups") or ())


def led_group(tok) -> bool:
    """Is the token a delegation, team or mission its clause's verb leads ("led a delegation": the leader's own party,
    never a side met; h47lead)?"""
    verbs, groups = own_delegation()
    return tok is not None and tok.dep_ in ("dobj", "obj") and tok.lemma_.lower() in groups and tok.head.lemma_.lower() in verbs


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


@lru_cache(maxsize=1)
def _opposed_preps() -> frozenset:
    return frozenset(argument_rules()["words"]["opposed_preps"])


@lru_cache(maxsize=1)
def _doing_verbs() -> frozenset:
    return frozenset(argument_rules()["thing_clauses"]["doing_verbs"])


def _own_against(prep, trig) -> bool:
    """Is this "against" the trigger's own, or that of the act its verb does ("committed atrocities against X",
    "waged war against X": ``thing_clauses.doing_verbs``)? Those are read by the argument rules (``_opposed_party``)."""
    head = prep.head
    for _ in range(len(prep.doc)):
        if head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "committed crimes against humanity and genocide against X": a conjunct of the act
        elif head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in _opposed_preps():
            head = head.head.head  # ... or of an "against" phrase of the act
        else:
            break
    if head.i == trig.i:
        return True
    return head.dep_ in ("dobj", "obj") and head.head.i == trig.i and trig.lemma_.lower() in _doing_verbs()


def behind_against(trig, t) -> bool:
    """Is token ``t`` named in an "against" phrase (``words.opposed_preps``) of another phrase than the trigger's own,
    the nearest phrase above it on its parse path up to the trigger, in the trigger's sentence ("stands with ... the
    international community against Russia's illegal actions", "sanctions against Iran")? A friendly act
    (``against_opposed_types``) never has such a party as its target (h23against). Only the nearest preposition
    counts: "committed to the war against piracy alongside Kenya" keeps Kenya, whatever the phrase hangs from."""
    if t.sent.start != trig.sent.start:
        return False
    while t.i != trig.i:
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            return t.head.lower_ in _opposed_preps() and not _own_against(t.head, trig)
        if t.head.i == t.i:
            return False  # the root, without meeting the trigger: the name is in none of the trigger's phrases
        t = t.head
    return False
