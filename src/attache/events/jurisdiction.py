"""A state's legal act places the person it is done to (fifteenth session, h14juris16).

News at large names most of the people a police force arrests, a court sentences, a prosecutor charges or a
president decorates without saying whose they are ("Judge X sentenced David Turpin", "Thames Valley Police
arrested a man", "Mendez was awarded the Intelligence Star by then-U.S.-president Jimmy Carter"). Such a side never
reaches a dyad, and the act is domestic in the great majority of cases: the state acts on people within its own
jurisdiction. ``place_by_jurisdiction`` gives such a side the acting organ's country when:

- the event's trigger is a word of jurisdiction (``arguments.yaml``, ``jurisdiction.triggers``: arrest, detain,
  charge, indict, sentence, convict, prosecute, investigate, sue, award, decorate ...), not an act that is done to
  foreigners by nature (expel, deport, extradite, sanction: not in the list);
- the source is an organ of a state, not the bare state: a person or a body of one of the sectors
  ``jurisdiction.source_sectors`` (government, judiciary, police, legislature; not the military, whose detainees
  are mostly of the other side of a conflict), with a country;
- the target is a person, a group of people or a named organisation with no country and of no international body;
- the sentence names no other country, place or people (a foreign cue: "in prison in South Korea", "a British
  citizen"), and the article is not a government's own text (a foreign ministry's or a treasury's acts name
  foreigners as a rule).

A wrong country is worse than none: each condition keeps the rule silent where the evidence is mixed. The side's span
records why (``country_by``).

Written for attache (CC0).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from ..actors.kb import person_id
from ..model import Event, Mention
from .arguments import argument_rules


@lru_cache(maxsize=1)
def _rule() -> dict:
    rule = argument_rules().get("jurisdiction") or {}
    words = "|".join(sorted(rule.get("triggers") or ()))
    return {
        "triggers": re.compile(rf"(?i)\b(?:{words})") if words else None,
        "source_sectors": frozenset(rule.get("source_sectors") or ()),
        "target_kinds": frozenset(rule.get("target_kinds") or ()),
    }


def place_by_jurisdiction(events: list[Event], mentions: Sequence[Mention], issuer: object | None) -> list[Event]:
    """``events`` with the countryless target of a state organ's legal act placed in the organ's country (see the
    module's doc); ``issuer``: the publishing government, if any (then nothing is placed)."""
    rule = _rule()
    if issuer is not None or rule["triggers"] is None or not events:
        return events
    by_span = {(m.start, m.end): m for m in mentions}
    out = []
    for e in events:
        out.append(_placed(e, mentions, by_span, rule) or e)
    return out


def _placed(e: Event, mentions: Sequence[Mention], by_span: dict, rule: dict) -> Event | None:
    src, tgt = e.source, e.target
    if src is None or tgt is None or not src.country or tgt.country:
        return None
    if not rule["triggers"].search(e.trigger or ""):
        return None
    if src.sector not in rule["source_sectors"] or src.actor_id == src.country:
        return None  # the bare state ("Russia arrested ..."): who it holds may be anybody's
    m = by_span.get((tgt.start, tgt.end))
    if m is None or m.kind not in rule["target_kinds"] or m.sector in ("IGO", "NGO"):
        return None
    country = src.country
    for o in mentions:
        if e.sentence_start <= o.start < e.sentence_end and o.country and o.country != country:
            return None  # a foreign cue in the sentence: the person may be of that country
    sector = tgt.sector or m.sector or ("CVL" if m.kind == "person" else None)
    actor_id = person_id(tgt.name or m.text, country, sector) if m.kind == "person" else tgt.actor_id
    why = f"within the jurisdiction of {country} ({e.trigger})"
    span = {**(e.target_span or {}), "country_by": why}
    return replace(e, target=replace(tgt, country=country, sector=sector, actor_id=actor_id), target_span=span)
