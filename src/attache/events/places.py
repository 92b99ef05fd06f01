"""Places and the sides of events (issue 14, eighth session, branch h14place9).

A state's mission abroad is that state's, never the host's ("the embassy in Kabul condemned ...": the embassy is no
Afghan party; ``not_placed`` tells the coder's ``_located`` so, and the visiting groups the resolver does not place
"in" a country either: delegations, diplomats, envoys). When the mission is what an act is done to (its object or
passive subject) by its own state, or by anyone while the mission's own state is not said ("closed its embassy in
Kabul", "moved its embassy in Israel to Jerusalem", "protesters attacked the embassy in Tehran"), it stands for the
relation with the host: the host's state (its "in" phrase) is the target (``mission_hosts``), as GSR codes "opened
an embassy in Tehran" (target Tehran). A mission of a third state acted upon ("protesters stormed the U.S. embassy
in Baghdad") stays that state's.

An attack told by its weapon with no attacker named ("a roadside bombing near Samarra killed a U.S. soldier") has the
unidentified attackers of the place it happened in as its source (``unnamed_attackers``: CAMEO's UAF sector, the
place's country; GSR codes such a source by that place). A non-state group with no country that acts in a place
("police arrested three Somali nationals in Nairobi") is of that place's country (``local_doers``). Words are data
(``data/places.yaml``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..model import Mention
from .arguments import Arg
from .coref import title_countries

ACTED_ON = ("dobj", "obj", "nsubjpass")  # a mission the act is done to ("closed its embassy", "the embassy was hit")


@lru_cache(maxsize=1)
def rules() -> dict[str, Any]:
    data = yaml.safe_load(resources.files("attache.events").joinpath("data/places.yaml").read_text("utf-8")) or {}
    missions = dict(data.get("missions") or {})
    for key in ("nouns", "preps", "place_kinds"):
        missions[key] = frozenset(missions.get(key) or ())
    data["missions"] = missions
    for group in ("unnamed_attackers", "unnamed_crowds"):
        unnamed = dict(data.get(group) or {})
        for key in ("types", "weapons", "deps", "preps", "place_preps", "place_kinds"):
            unnamed[key] = frozenset(unnamed.get(key) or ())
        data[group] = unnamed
    doers = dict(data.get("local_doers") or {})
    for key in ("sectors", "preps", "place_kinds", "area_nouns"):
        doers[key] = frozenset(doers.get(key) or ())
    data["local_doers"] = doers
    return data


def is_city(tok, m) -> bool:
    """Is mention ``m`` (at token ``tok``) a city: a listed place of one country, or a capital the resolver reads as
    its country ("Madrid", "Minsk")? Not a country's own name or adjective, nor a seat of power ("the Kremlin")."""
    from ..actors.kb import capital_cities

    if m is None or tok.pos_ != "PROPN":
        return False
    return (m.kind == "region" and ".place." in (m.actor_id or "")) or (
        m.kind == "country" and (m.text or "").casefold() in capital_cities()
    )


def in_city_named_document(tok, by_token) -> bool:
    """Is ``tok`` a city that names a document or a process it sits in as a modifier ("the Paris climate agreement",
    "the Minsk agreements", "the Astana talks"; ``arguments.yaml`` ``city_named_documents``)? Such a city is no party
    of the act done to the document (h27named)."""
    from .arguments import _side_rules

    if tok.dep_ != "compound" or not is_city(tok, by_token.get(tok.i)):
        return False
    docs = _side_rules().get("city_named_documents", ())
    t = tok
    for _ in range(3):
        head = t.head
        if head.i == t.i:
            return False
        if head.lemma_.lower() in docs or head.lower_ in docs:
            return True
        if t.dep_ != "compound" and head.dep_ != "compound":
            return False
        t = head
    return False


def is_mission(tok) -> bool:
    """Is the token the head of a mission noun ("embassy", "consulate", "the high commission")?"""
    nouns = rules()["missions"]["nouns"]
    if tok.lower_ in nouns or tok.lemma_.lower() in nouns:
        return True
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and f"{prev.lower_} {tok.lower_}" in nouns


def _host(tok, by_token):
    """The token of the host place of a mission noun ("embassy in Tehran", "our Embassy in Minsk, Belarus"), else
    None: the "in" phrase's place, or the place in apposition with it, with a country."""
    cfg = rules()["missions"]
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in cfg["preps"]:
            continue
        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
        for t in [pobj] + ([a for a in pobj.children if a.dep_ == "appos"] if pobj is not None else []):
            m = by_token.get(t.i) if t is not None else None
            if m is not None and m.country and m.kind in cfg["place_kinds"]:
                return t
    return None


@lru_cache(maxsize=1)
def _visitors() -> frozenset[str]:
    """Groups "in X" does not place (delegations, diplomats, envoys, peacekeepers: ``place_after_group``'s
    ``not_in_groups`` of the resolver's ``context_rules.yaml``)."""
    text = resources.files("attache.actors").joinpath("data/context_rules.yaml").read_text("utf-8")
    place = (yaml.safe_load(text) or {}).get("place_after_group") or {}
    return frozenset(g.lower() for g in place.get("not_in_groups") or ())


def not_placed(tok, place) -> bool:
    """Is the place the coder's ``_located`` found for a group (``place``, a token in a phrase under ``tok``) no
    place of the group's own: a mission on the way ("diplomats of the embassy in Moscow", "the embassy in Kabul"),
    or a visiting group "in" it ("the delegation in Geneva"; "from X" still says whose it is)?"""
    t = place.head
    prep = t.lower_ if t.dep_ == "prep" else None
    for _ in range(8):
        if t.i == tok.i:
            break
        if is_mission(t):
            return True
        t = t.head
    if is_mission(tok):
        return True
    return prep != "from" and (tok.lower_ in _visitors() or tok.lemma_.lower() in _visitors())


def mission_hosts(coder, sources: list, targets: list, by_token) -> list:
    """The targets with a mission acted upon (the act word's object, or its passive subject) by its own state, or
    with no state of its own said, read as its host's state ("protesters attacked the embassy in Tehran": IRN, as the place it is in was read before); other targets
    as they are."""
    own = {s.m.country for s in sources if s.m.country}
    out = []
    for t in targets:
        tok = t.tok
        if tok is None or not is_mission(tok) or tok.dep_ not in ACTED_ON or (t.m.country and t.m.country not in own):
            out.append(t)
            continue
        host = _host(tok, by_token)
        place = by_token.get(host.i) if host is not None else None
        if place is None or place.country in own:
            out.append(t)
            continue
        out.append(Arg(place, host))
    return out


def place_sides(coder, tok, ptype: str, sources: list, targets: list, by_token, seg) -> tuple[list, list]:
    """(sources, targets) of a trigger with the places read as sides: a mission acted upon is its host
    (``mission_hosts``), an attack told by its weapon has the unidentified attackers of the place it happened in as
    its source (``unnamed_attackers``)."""
    targets = mission_hosts(coder, sources, targets, by_token)
    if not sources and targets and ptype in rules()["unnamed_attackers"]["types"]:
        sources = unnamed_attackers(coder, tok, targets, by_token, seg)
    if not sources and ptype in rules()["unnamed_crowds"]["types"]:
        sources = unnamed_attackers(coder, tok, targets, by_token, seg, "unnamed_crowds")  # "Thousands protested in X"
        if not sources and tok.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in tok.children):
            sources = _crowd_of_place(coder, tok, targets, by_token, seg)  # "Protests in Iran have spread" (h35crowd)
    if sources and any(s.m.country is None for s in sources):
        sources = local_doers(tok, sources, targets, by_token, coder.origin_preps(tok))
    if sources and targets:
        targets = local_victims(tok, sources, targets, by_token)
    return sources, targets


def _crowd_of_place(coder, tok, targets: list, by_token, seg) -> list:
    """ "Protests in Iran ... have spread", "demonstrations in Belgrade continued": a protest noun with no doer of its
    own and a place phrase of its own is the people of that place's (the crowd told by its place, as h25crowds reads
    "Thousands protested in X"; h35crowd)."""
    cfg = rules()["unnamed_crowds"]
    sides = {id(t.m) for t in targets}
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in cfg["place_preps"]:
            continue
        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
        place = by_token.get(pobj.i) if pobj is not None else None
        if place is None or id(place) in sides or not place.country or place.kind not in cfg["place_kinds"]:
            continue
        start, end = seg.start + tok.idx, seg.start + tok.idx + len(tok.text)
        name = f"{cfg.get('name') or 'crowd'} ({tok.text} in {place.text})"
        return [Arg(_placed_group(place, cfg, tok, seg, (start, end), tok.text, name, "place"), tok)]
    return []


def _placed_group(place, cfg: dict[str, Any], word, seg, span: tuple[int, int], text: str, name: str, told_by: str):
    """The unnamed group of ``place``'s country a crowd or a weapon word tells, as a mention over ``span``."""
    sent = word.sent
    return Mention(
        article_id=place.article_id,
        start=span[0],
        end=span[1],
        text=text,
        actor_id=f"{place.country}.{cfg['sector']}",
        name=name,
        country=place.country,
        sector=cfg["sector"],
        role=word.lemma_.lower(),
        confidence=float(cfg["confidence"]),
        how="place",
        kind="collective",
        sentence_start=seg.start + sent.start_char,
        sentence_end=seg.start + sent.end_char,
        note=f"told by its {told_by}, in {place.country}",
    )


def local_doers(tok, sources: list, targets: list, by_token, origin: frozenset = frozenset()) -> list:
    """The sources with a non-state group of no country read as of the country of the place the act word is done in
    ("police arrested three Somali nationals in Nairobi": KEN), when a place phrase of the act word names one; also
    the place it is done from, for a verb whose "from" phrase is its origin (``origin``: "militants fired rockets from
    Gaza at Israel"; h25origin)."""
    # "marched through Kiev to demand the resignation of ...": the place of the verb the act word's clause is the
    # purpose or the continuation of (h47nested)
    place = _place_up(tok, sources, targets, by_token, ("xcomp", "conj", "advcl"), 3, origin=origin)
    if place is None:
        # "Angry crowds attacked the Danish embassy in Damascus": the host place of a mission acted upon (h27crowd)
        for t in targets:
            t_tok = getattr(t, "tok", None)
            head = next((x for x in ([t_tok] if t_tok is not None else []) if is_mission(x)), None)
            host = _host(head, by_token) if head is not None else None
            if host is not None and by_token[host.i].country != t.m.country:
                place = by_token[host.i]
                break
    return _of_place(sources, place)


def local_victims(tok, sources: list, targets: list, by_token) -> list:
    """The targets with a non-state group of no country read as of the country of the place the act is done in ("a
    man ... began to stab people" after "On Sunday in London": GBR; h35victims), as ``local_doers`` reads its doers:
    the guidelines code people inside a country with no group name by that country. The place is a place phrase of
    the act word or of the verbs it continues (its ``xcomp``/``conj`` heads: "began to stab", "entered ... and
    stabbed"); not where the victims come from."""
    if not any(t.m.country is None for t in targets):
        return targets
    return _of_place(targets, _place_up(tok, sources, targets, by_token, ("xcomp", "conj"), 5, deep=True))


def _place_up(tok, sources: list, targets: list, by_token, deps: tuple, steps: int, origin=frozenset(), deep=False):
    """The place a place phrase of the act word names, else of the verbs its clause continues: up through the heads
    of ``deps`` clauses, ``steps`` at most; the "from" origin (``origin``) counts on the act word alone."""
    place, verb = _act_place(tok, sources, targets, by_token, origin, deep), tok
    for _ in range(steps):
        if place is not None or verb.dep_ not in deps or verb.head.i == verb.i:
            break
        verb = verb.head
        place = _act_place(verb, sources, targets, by_token, deep=deep)
    return place


def _act_place(tok, sources: list, targets: list, by_token, origin: frozenset = frozenset(), deep: bool = False):
    """The place mention with a country that a place phrase of the act word ``tok`` names (not a side's), else None;
    ``deep``: also a place phrase inside its time phrase ("On Sunday in London, ... entered")."""
    cfg = rules()["local_doers"]
    sides = {id(a.m) for a in sources + targets}
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.lower_ not in cfg["preps"] and c.lower_ not in origin:
            if deep and pobj is not None and pobj.ent_type_ in ("DATE", "TIME"):
                return _act_place(pobj, sources, targets, by_token)
            continue
        m = by_token.get(pobj.i) if pobj is not None else None
        if pobj is not None and c.lower_ in cfg["preps"] and (m is None or m.kind not in cfg["place_kinds"]):
            m = _inner_place(pobj, by_token, cfg) or m  # "outside the Japanese embassy in Seoul" (h47nested)
        if m is not None and id(m) not in sides and m.country and m.kind in cfg["place_kinds"]:
            return m
    return None


def _inner_place(noun, by_token, cfg: dict[str, Any], depth: int = 0):
    """The place mention named inside a place phrase whose own noun is no place: the noun's "in" phrase ("outside
    the Japanese embassy in Seoul"), or the "of" phrase of an area noun ("through the streets of Jakarta", "in the
    centre of Kiev"), one phrase further from an area noun ("in front of the embassy in Seoul"); else None
    (h47nested)."""
    for c in noun.children:
        if c.dep_ != "prep" or (c.lower_ != "in" and not (c.lower_ == "of" and noun.lemma_.lower() in cfg["area_nouns"])):
            continue
        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
        m = by_token.get(pobj.i) if pobj is not None else None
        if m is not None and m.kind in cfg["place_kinds"]:
            return m
        if pobj is not None and depth < 1:  # "in front of the embassy in Seoul": one phrase further
            found = _inner_place(pobj, by_token, cfg, depth + 1)
            if found is not None:
                return found
    return None


def _of_place(args: list, place) -> list:
    """``args`` with each non-state group of no country (of ``local_doers.sectors``) given ``place``'s country."""
    if place is None:
        return args
    cfg = rules()["local_doers"]
    out = []
    for s in args:
        m = s.m
        if m.country is None and m.kind in ("collective", None) and m.sector in cfg["sectors"]:
            m = replace(m, country=place.country, actor_id=f"{place.country}.{m.sector}", note=f"acting in {place.country}")
            s = Arg(m, s.tok, s.reach)
        out.append(s)
    return out


#: the subordinators of a clause telling how a harm came about ("were wounded when a rocket hit ...")
WHEN_MARKS = ("when", "as", "after")


def _weapon(tok, cfg: dict[str, Any]):
    """The weapon word the act word is told by (its subject, its by-agent, "killed in a ... explosion"), else None;
    also the subject of the verb a participle clause of the act word hangs from ("A bomb exploded in Kabul, killing
    three diplomats"; h25blast)."""
    found = _own_weapon(tok, cfg)
    if found is None and tok.dep_ in ("advcl", "conj") and tok.tag_ == "VBG" and tok.head.i != tok.i:
        found = _own_weapon(tok.head, cfg, deps_only=True)
    if found is None and tok.tag_ == "VBN" and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        # "Five American troops were wounded when a rocket hit a base in Iraq": the harm told, the weapon in the
        # clause that tells when (h26when)
        for c in tok.children:
            if c.dep_ == "advcl" and any(g.dep_ in ("mark", "advmod") and g.lower_ in WHEN_MARKS for g in c.children):
                found = _own_weapon(c, cfg, deps_only=True)
                if found is not None:
                    break
    return found


def _own_weapon(tok, cfg: dict[str, Any], deps_only: bool = False):
    """The weapon word among ``tok``'s own subject and agent phrases, else None."""
    for c in tok.children:
        if deps_only and c.dep_ not in cfg["deps"] and not (c.dep_ == "prep" and c.lower_ == "under"):
            continue  # the subject only; or "... when their convoy came under fire" (h47under)
        cand = None
        if c.dep_ in cfg["deps"]:
            cand = c
        elif c.dep_ in ("prep", "agent") and c.lower_ in cfg["preps"]:
            cand = next((g for g in c.children if g.dep_ == "pobj"), None)
        if cand is not None and (cand.lower_ in cfg["weapons"] or cand.lemma_.lower() in cfg["weapons"]):
            return cand
    return None


def _place_in(heads, by_token, cfg: dict[str, Any], sides: set[int]):
    """The first place with a country named in a place phrase under one of ``heads`` (or in its own modifiers), not
    one of the sides' mentions: (token, mention), else None."""
    for head in heads:
        stack = [(c, 0) for c in head.children]
        while stack:
            t, depth = stack.pop(0)
            if depth > 4 or t.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "parataxis", "punct"):
                continue
            if t.dep_ == "prep" and t.lower_ not in cfg["place_preps"] and t.lower_ != "of":
                continue
            m = by_token.get(t.i)
            if m is not None and id(m) not in sides and m.country and m.kind in cfg["place_kinds"]:
                return t, m
            stack.extend((c, depth + 1) for c in t.children)
    return None


def _attacker_named(weapon, by_token, cfg: dict[str, Any]) -> bool:
    """Does the weapon's phrase name who used it ("a bomb planted by Taliban militants", "a Russian rocket")? Not a
    place phrase of it ("a car bomb explosion in ... mostly Christian eastern Beirut": where it went off)."""
    stack = list(weapon.children)
    while stack:
        t = stack.pop()
        if t.dep_ == "prep" and t.lower_ in cfg["place_preps"]:
            continue
        m = by_token.get(t.i)
        if m is not None and (m.kind not in cfg["place_kinds"] or (t.head.i == weapon.i and t.dep_ != "prep")):
            return True
        stack.extend(t.children)
    return False


def unnamed_attackers(coder, tok, targets: list, by_token, seg, group: str = "unnamed_attackers") -> list:
    """[the unidentified attackers of the place an attack told by its weapon happened in], else []; with ``group``
    "unnamed_crowds", the people of the place a protest told by the size of its crowd happened in."""

    cfg = rules()[group]
    weapon = _weapon(tok, cfg)
    if weapon is None or weapon.i in by_token or coder._is_topic(weapon) or _attacker_named(weapon, by_token, cfg):
        return []
    sides = {id(t.m) for t in targets}
    verbs = [tok] + ([tok.head] if weapon.head.i == tok.head.i and tok.head.i != tok.i else [])  # h25blast
    # the verb the weapon is of: its head, or the verb of "under" ("when their convoy came under fire": h47under)
    of = weapon.head.head if weapon.head.dep_ == "prep" and weapon.head.lower_ == "under" else weapon.head
    hit = of if of.head.i == tok.i and of.dep_ == "advcl" else None  # h26when
    place_heads = [weapon] + [
        c
        for v in verbs + ([hit] if hit is not None else [])
        for c in v.children
        if c.dep_ == "prep" and c.lower_ in cfg["place_preps"]
    ]
    if hit is not None:
        place_heads += [c for c in hit.children if c.dep_ in ("dobj", "obj")]  # "hit a base in Iraq": where it struck
    for v in verbs[1:]:
        # "A truck bomb devastated (ripped through) the U.N. headquarters in Baghdad, killing ...": where the weapon
        # struck, the object of the verb it is the subject of (h28struck)
        place_heads += [c for c in v.children if c.dep_ in ("dobj", "obj")]
        place_heads += [o for c in v.children if c.dep_ == "prep" and c.lower_ == "through" and (o := coder._pobj(c)) is not None]
    found = _place_in(place_heads, by_token, cfg, sides)
    if found is None:
        return []
    _t, place = found
    lo, hi = coder._span(weapon)
    doc = weapon.doc
    start, end = seg.start + doc[lo].idx, seg.start + doc[hi - 1].idx + len(doc[hi - 1].text)
    text = coder._text[start - seg.start : end - seg.start]
    name = f"{cfg.get('name') or 'unidentified attackers'} ({text})"
    told_by = "crowd" if group == "unnamed_crowds" else "weapon"
    return [Arg(_placed_group(place, cfg, weapon, seg, (start, end), text, name, told_by), weapon)]


_WORD = re.compile(r"\w+")


def place_hosts(events: list, mentions: Sequence, title: str | None, issuer: tuple[str, str] | None) -> list:
    """``events`` with the countryless counterpart met on a trip placed in the host country a government's travel
    announcement names in its title (``trip_hosts`` in data/places.yaml; h35hosts)."""
    cfg = rules().get("trip_hosts") or {}
    words = frozenset(cfg.get("title_words") or ())
    if issuer is None or not title or not events or not any(w.lower() in words for w in _WORD.findall(title)):
        return events
    hosts = [c for c in dict.fromkeys(title_countries(title)) if c != issuer[0]]
    if len(hosts) != 1:
        return events
    host, types, kinds = hosts[0], frozenset(cfg.get("types") or ()), frozenset(cfg.get("target_kinds") or ())
    by_span = {(m.start, m.end): m for m in mentions}
    out = []
    for e in events:
        src, tgt = e.source, e.target
        m = by_span.get((tgt.start, tgt.end)) if tgt is not None else None
        if (
            e.plover_type not in types
            or src is None
            or src.country != issuer[0]
            or tgt is None
            or tgt.country
            or m is None
            or m.kind not in kinds
            or m.sector in ("IGO", "NGO")
            or any(
                e.sentence_start <= o.start < e.sentence_end and o.country and o.country not in (host, issuer[0])
                for o in mentions
            )
        ):
            out.append(e)
            continue
        sector = tgt.sector or m.sector or "GOV"
        span = {**(e.target_span or {}), "country_by": f"met on a trip to {host} (the title)"}
        out.append(replace(e, target=replace(tgt, country=host, sector=sector, actor_id=f"{host}.{sector}"), target_span=span))
    return out
