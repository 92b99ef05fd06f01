"""Sides of news at large that name no country of their own (eighth session, h14domestic9).

Passes over an article's resolved mentions, run by ``Resolver.resolve`` after the context passes:

- ``members_of_bodies``: a person named with the body or country they belong to, "Joanna Cherry of the Scottish
  National Party", "a journalist from Yemen", "Phil Chetwynd, director of global news for AFP": the body's country
  (and its sector, for a body). The words between are in ``context_rules.yaml`` (``member_of``).

Written for attache (CC0).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Mention
from .kb import person_id

# kinds of mention whose country a member takes; an international body has none to give
_BODIES = ("collective", "org", "institution", "group")


def members_of_bodies(mentions: list[Mention], text: str, rule: dict, conf: float) -> list[Mention]:
    """A person with no country followed, in the same sentence, by "of/from/for <body or country>" (directly or after
    an appositive role of lower-case words: ", director of global news for AFP") takes that body's country."""
    if not rule or not any(m.kind == "person" and m.country is None for m in mentions):
        return mentions
    direct = re.compile(rule["direct"], re.I)
    appositive = re.compile(rule["appositive"])
    gap = int(rule.get("max_gap", 60))
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.kind != "person" or m.country is not None:
            continue
        n = next((n for n in mentions[i + 1 :] if n.start >= m.end), None)
        if n is None or n.sentence_start != m.sentence_start or n.start - m.end > gap or not n.country:
            continue
        between = text[m.end : n.start]
        if n.kind in _BODIES and n.sector != "IGO":
            if not (direct.match(between) or appositive.match(between)):
                continue
            sector = n.sector or m.sector or "CVL"
        elif n.kind == "country":
            if not (direct.match(between) and between.strip().split()[0].lower() == "from"):
                continue  # "X of London" may be a title's place; "a journalist from Yemen" is whose they are
            sector = m.sector or "CVL"
        else:
            continue
        out[i] = replace(
            m,
            country=n.country,
            sector=sector,
            actor_id=person_id(m.name or m.text, n.country, sector),
            how="role-pattern" if m.how == "ner-only" else m.how,
            confidence=conf if m.how == "ner-only" else min(m.confidence, conf),
            note=f"a member of {n.text}",
        )
    return out
