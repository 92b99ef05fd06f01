"""Sides by order: a missing side of a found trigger, chosen from the sentence's actors.

The coder's syntax rules leave a side empty when the parse does not link it to the trigger; a verb event
with a side missing was then dropped, although the actors are named in the sentence (the issue's naive
first-two-entities baseline finds many of those pairs). Here, for such a trigger (not negated, not a
question, not inside a name: the caller checks), each missing side is chosen among the sentence's
resolved mentions that carry a country or an IGO code by a linear score over a few parse features
(before/after the trigger, token distance, clause subject, object, in a prepositional phrase and which
one, possessive, modifier of another noun, the article's issuer). The weights, the threshold and the hard
rules are data (``data/fallback.yaml``). Hard rules: a mention inside a topic or location participant,
or the object of a place/topic preposition ("in", "about"), is never a side; a side never has the other
side's country; one mention is never both sides, nor is a mention of the other side's own noun phrase
("Ithilen's minister Calimehtar": one actor named twice; ``never_same_phrase``).

The score is the hand-set linear one (``model: hand``, shipped) or a logistic ranker fitted on the tuning data by
``scripts/fit_fallback.py`` (``model: learned``, coefficients in ``data/fallback_model.json``; the yaml may also
name one kind per role). ``features()`` adds parse features for it (passive by-agent, same clause, dependency
path length, the mention's kind, nearest candidate); the hand weights give them 0.

A side found so is marked: its span carries ``"how": "order"`` (``events/calibration.py`` can read it
from ``source_span``/``target_span``) and the event's raw confidence is lowered by ``penalty`` per side.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..model import Event, Mention
from ..nlp.repair import first_conjunct
from .arguments import argument_rules
from .calibration import marked_side
from .models import logistic, shipped
from .places import in_city_named_document

MARK = "order"  # the ``how`` of a side chosen here, in the event's source_span / target_span


def speaks(dep: str, verb, cfg: dict[str, Any]) -> bool:
    """Is the subject (its dependency ``dep``) of ``verb`` the one telling, believing or finding, not a side: the
    subject of a reporting or opinion verb, or of a verb of finding with a content clause under it ("found no reason to
    believe that ..."), but not the passive subject of an opinion verb, which is the one talked of ("X is believed to
    have fired"; h42found)?"""
    lemma = verb.lemma_.lower()
    if lemma in cfg["finding"]:
        return dep != "nsubjpass" and any(t.dep_ == "ccomp" for t in verb.subtree)
    return lemma in cfg["reporting"] and not (dep == "nsubjpass" and lemma in cfg["opinion"])


@lru_cache(maxsize=1)
def rules() -> dict[str, Any]:
    data = yaml.safe_load(resources.files("attache.events").joinpath("data/fallback.yaml").read_text("utf-8"))
    data["never_roles"] = frozenset(data.get("never_roles") or ())
    data["never_preps"] = frozenset(data.get("never_preps") or ())
    data["to_preps"] = frozenset(data.get("to_preps") or ())
    data["from_preps"] = frozenset(data.get("from_preps") or ())
    data["phrase_deps"] = frozenset(data.get("phrase_deps") or ())
    from .factuality import cues

    # the speaker of "X said" tells, it does not act; nor does who believes or hopes it ("We believe that the Taliban
    # should respond to the Afghan people whose rights the Taliban have pledged to respect": no pledge to "we"; h22opinion)
    data["reporting"] = frozenset(cues()["factuality"]["reporting"]) | frozenset(data.get("opinion_verbs") or ())
    data["opinion"] = frozenset(data.get("opinion_verbs") or ())  # their passive subject is talked of ("is believed to")
    data["finding"] = frozenset(data.get("finding_verbs") or ())  # h42found
    # the go-between of "a ceasefire brokered by X" is no side taken by order either (arguments.yaml mediator_verbs)
    data["mediator_verbs"] = frozenset(argument_rules().get("mediator_verbs") or ())
    return data


def mediator_agent(head, trig, verbs: frozenset) -> bool:
    """Is ``head`` (or the first of its conjuncts) the by-agent of a participle of mediation describing a noun ("a
    ceasefire brokered by the United States", "talks mediated by Qatar and Egypt"), other than the act word (h25broker)?"""
    x = first_conjunct(head)
    if x.dep_ != "pobj" or x.head.lower_ != "by" or x.head.dep_ not in ("agent", "prep"):
        return False
    part = x.head.head
    return part.i != trig.i and part.dep_ in ("acl", "relcl", "amod") and part.lemma_.lower() in verbs


def is_marked(span: dict | None) -> bool:
    """Whether a side's span says it was chosen by order, not by the syntax."""
    return span is not None and span.get("how") == MARK


def has_order_side(e: Event) -> bool:
    """Whether an event has a side chosen by order (the flag ``events/calibration.py`` may read)."""
    return marked_side(e, MARK)


def discount(events: list[Event]) -> list[Event]:
    """After calibration: an event with a side chosen by order keeps ``calibrated_factor`` of its confidence,
    so that it always ranks below the same event found by the syntax. Not applied to raw scores
    (``ATTACHE_RAW_CONFIDENCE=1``, used when the calibration is fitted) nor when the calibration's own
    features already read the mark (a feature named ``order_side``)."""
    from . import calibration

    if os.environ.get("ATTACHE_RAW_CONFIDENCE") == "1" or calibration.uses("order_side"):
        return events
    factor = float(rules().get("calibrated_factor", 1.0))
    for e in events:
        if has_order_side(e):
            e.confidence = round(e.confidence * factor, 2)
    return events


def _head(toks: list, m: Mention, by_token: dict[int, Mention]):
    """The token of ``m`` whose head lies outside the mention (the phrase's root), else its last token."""
    own = [t for t in toks if by_token.get(t.i) is m]
    ids = {t.i for t in own}
    return next((t for t in own if t.head.i not in ids or t.head.i == t.i), own[-1] if own else None)


def _prep_of(tok) -> str | None:
    """The preposition whose object ``tok`` is (through conjuncts and compounds), else None."""
    t = _phrase_head(tok)
    return t.head.lower_ if t.dep_ == "pobj" and t.head.dep_ in ("prep", "agent", "dative") else None


def _phrase_head(tok):
    """The head of the noun phrase ``tok`` is in (up through conjuncts, compounds, appositions, modifiers)."""
    t = tok
    for _ in range(4):
        if t.dep_ in ("conj", "compound", "appos", "amod", "nmod") and t.head.i != t.i:
            t = t.head
            continue
        return t
    return t


def _clause(tok):
    """The verb heading the clause ``tok`` is in (``tok`` itself when it is one), else the sentence root."""
    t = tok
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


def _path(a, b) -> int:
    """The number of dependency arcs between two tokens of one sentence."""
    up = {a.i: 0}
    for n, t in enumerate(a.ancestors, 1):
        up[t.i] = n
    if b.i in up:
        return up[b.i]
    for n, t in enumerate(b.ancestors, 1):
        if t.i in up:
            return up[t.i] + n
    return 20  # not linked (another sentence's parse)


def _phrase_root(tok, trig, cfg: dict[str, Any]):
    """The noun that heads the noun phrase ``tok`` names an actor in, up through possessors, compounds, titles in
    apposition, modifiers and "of" ("Ithilen's minister Calimehtar", "Minister of the Interior Vladimir
    Kolokoltsev": one actor named twice). None when the climb reaches the trigger ("Pakistan's arrest of X": two
    sides of a noun event) or when ``tok`` is not a token of the trigger's parse (a side from the context)."""
    if tok is None or getattr(tok, "doc", None) is not trig.doc:
        return None
    deps = cfg["phrase_deps"]
    t = tok
    for _ in range(8):
        if t.i == trig.i:
            return None
        if t.dep_ in deps and t.head.i != t.i:
            t = t.head
        elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.dep_ == "prep" and t.head.head.pos_ in ("NOUN", "PROPN"):
            t = t.head.head
        else:
            break
    return None if t.i == trig.i else t


def _passive(verb) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def agentless_passive(verb, by_token=None) -> bool:
    """A passive verb with no "by" agent ("the atrocities being committed against X", "strikes were carried out
    on Y"), also a past participle on a pronoun or a party ("colleagues of those killed": a passive without its "be"):
    its doer is not named, so no actor of the sentence (the speaker, the reporting subject, the issuer) is chosen as
    its source by order (h14demand13)."""
    # "those killed", "the journalists detained": a participle on a pronoun or on a party (``by_token``), who underwent
    # it; not on a thing given or done ("the U.S. assistance provided to Ukraine": its giver is named) (h23reduced)
    reduced = (
        by_token is not None
        and verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        and (verb.head.pos_ == "PRON" or verb.head.i in by_token)
    )
    return (_passive(verb) or reduced) and not any(c.dep_ == "agent" for c in verb.children)


def upper_subject(cand, trig) -> bool:
    """Is ``cand`` the passive subject of a clause above the trigger's while the trigger's clause has a noun subject of
    its own ("Five American troops were wounded when a rocket hit a base in Iraq": the troops did not hit)? Who
    underwent the act above is not the doer of the clause that tells how, so it is never its source by order
    (h26upper); a pronoun subject may stand for it ("X was arrested after he attacked Y") and does not count. Not an
    active subject: "We have rallied other countries to stand in support of Ukraine" is the speaker's support (a first
    version that took active subjects too lost six right sources on the demo corpus)."""
    if cand.dep_ != "nsubjpass" or cand.head.i == trig.i:
        return False
    clause = _clause(trig)
    if clause.i == cand.head.i or not any(a.i == cand.head.i for a in clause.ancestors):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") and c.i != cand.i for c in clause.children)


def features(
    cand,
    trig,
    trig_line: set[int],
    issuer: bool,
    cfg: dict[str, Any],
    elsewhere: bool = False,
    m: Mention | None = None,
    near: tuple = (None, None),
) -> dict[str, float]:
    """The features of one candidate token for one trigger (0/1, the distance in tens of tokens, the path
    length in fives of arcs); ``m`` the candidate's mention (its kind), ``near`` the nearest candidate token
    before and after the trigger (for ``nearest``)."""
    dep = cand.dep_
    subj = dep in ("nsubj", "nsubjpass", "csubj")
    prep = _prep_of(cand)
    top = _phrase_head(cand)
    clause = _clause(trig)
    kind = (m.kind or "") if m is not None else ""
    sector = (m.sector or "") if m is not None else ""
    return {
        "bias": 1.0,
        "before": 1.0 if cand.i < trig.i else 0.0,
        "after": 1.0 if cand.i > trig.i else 0.0,
        "subject": 1.0 if subj else 0.0,
        "clause_subject": 1.0 if subj and cand.head.i in trig_line else 0.0,
        "object": 1.0 if dep in ("dobj", "obj", "dative") and cand.head.i in trig_line else 0.0,
        "in_pp": 1.0 if prep is not None else 0.0,
        "prep_to": 1.0 if prep in cfg["to_preps"] else 0.0,
        "prep_from": 1.0 if prep in cfg["from_preps"] else 0.0,
        "prep_of": 1.0 if prep == "of" else 0.0,
        "possessive": 1.0 if dep == "poss" else 0.0,
        "modifier": 1.0 if dep in ("compound", "amod", "nmod") else 0.0,
        "issuer": 1.0 if issuer else 0.0,
        "speaker": 1.0 if subj and cand.head.i != trig.i and speaks(dep, cand.head, cfg) else 0.0,
        "side_elsewhere": 1.0 if elsewhere else 0.0,
        "distance": abs(cand.i - trig.i) / 10.0,
        # parse features (the learned model's; the hand weights give them 0)
        "agent": 1.0 if top.dep_ == "pobj" and top.head.dep_ == "agent" and top.head.head.i in trig_line else 0.0,
        "passive_subject": 1.0 if dep == "nsubjpass" and cand.head.i in trig_line else 0.0,
        "same_clause": 1.0 if _clause(top).i == clause.i else 0.0,
        "path": min(_path(cand, trig), 10) / 5.0,
        "passive_trigger": 1.0 if _passive(clause) else 0.0,
        "person": 1.0 if kind == "person" else 0.0,
        "state": 1.0 if kind == "country" else 0.0,
        "igo": 1.0 if kind == "igo" or sector == "IGO" else 0.0,
        "nearest": 1.0 if cand.i in near else 0.0,
    }


def _score(feats: dict[str, float], weights: dict[str, float]) -> float:
    return sum(weights.get(k, 0.0) * v for k, v in feats.items())


def learned() -> dict[str, Any]:
    """The learned ranker (``data/fallback_model.json``, made by ``scripts/fit_fallback.py``): per role an
    intercept, coefficients over ``features()`` and a probability threshold."""
    data = shipped("fallback_model.json")
    if data is None:
        raise FileNotFoundError("attache/events/data/fallback_model.json is missing or not JSON")
    return data


def scorer(role: str, cfg: dict[str, Any] | None = None) -> tuple[Any, float]:
    """(score(features) -> float, threshold) for a role, by the yaml's ``model`` (one kind, or a mapping
    role -> kind): ``learned`` (a logistic model's probability) or ``hand`` (the hand-set linear weights)."""
    cfg = cfg or rules()
    kind = cfg.get("model", "hand")
    kind = kind.get(role, "hand") if isinstance(kind, dict) else kind  # one kind for both roles, or one per role
    if kind == "learned":
        part = learned()[role]
        coef, b = part["coef"], float(part["intercept"])
        return (lambda f: logistic(b + _score(f, coef))), float(part["threshold"])
    weights = cfg["weights"][role]
    return (lambda f: _score(f, weights)), float(cfg["threshold"][role])


# set to a list by scripts/fit_fallback.py: each trigger's candidates and their features are appended
recorder: list | None = None


def near_mentions(toks: list, trig, by_token: dict[int, Mention], cfg: dict[str, Any], keep=None) -> Iterator[tuple]:
    """(mention, head token) of each mention of the sentence, once, that ``keep(mention)`` allows (all when None)
    and that the hard rules every side search shares allow: its head is not the act word, is at most
    ``max_distance`` tokens from it, and is not the object of a place or topic preposition (``never_preps``)."""
    seen: set[int] = set()
    for t in toks:
        m = by_token.get(t.i)
        if m is None or id(m) in seen:
            continue
        seen.add(id(m))
        if keep is not None and not keep(m):
            continue
        head = _head(toks, m, by_token)
        if head is None or head.i == trig.i or abs(head.i - trig.i) > cfg["max_distance"]:
            continue
        if _prep_of(head) in cfg["never_preps"]:
            continue  # "the situation in Afghanistan", "talks about Iran": a place or a topic
        if mediator_agent(head, trig, cfg.get("mediator_verbs") or frozenset()):
            continue  # "talks brokered by Qatar": a go-between (h25broker)
        if _backer_or_bound(head):
            continue  # "a Gaza-bound aid flotilla", "Iranian-backed militias": a destination or a backer (h27bound)
        if in_city_named_document(head, by_token):
            continue  # "pulled out of the Paris climate agreement": the city names the document (h27named)
        yield m, head


def _backer_or_bound(head) -> bool:
    """Is the candidate named before a participle of ``backer_participles`` ("Gaza" of "Gaza-bound", "Iranian" of
    "Iranian-backed"): a destination or a backer, not the noun's party?"""
    words = frozenset(argument_rules()["sides"].get("backer_participles") or ())
    up = head.head
    return (
        head.dep_ in ("npadvmod", "amod", "compound", "advmod")
        and up.i != head.i
        and up.i > head.i
        and up.dep_ == "amod"  # the participle modifies a noun: not "U.S. support for X" (the noun "support")
        and up.lemma_.lower() in words
    )


def _country_or_igo(m: Mention) -> bool:
    """An actor with a country or an IGO code."""
    return bool(m.actor_id) and bool(m.country or m.kind == "igo" or (m.sector or "") == "IGO")


def candidates(toks: list, trig, by_token: dict[int, Mention], parts: list[dict], cfg: dict[str, Any]) -> list[tuple]:
    """(mention, head token) of the sentence's actors with a country or an IGO code that may be a side: the shared
    hard rules (``near_mentions``), and not inside a participant of a role that is never a side."""
    return [
        (m, head)
        for m, head in near_mentions(toks, trig, by_token, cfg, _country_or_igo)
        if not any(p["role"] in cfg["never_roles"] and p["start"] <= m.start < p["end"] for p in parts)
    ]


def choose(
    toks: list,
    trig,
    by_token: dict[int, Mention],
    parts: list[dict],
    sources: list,
    targets: list,
    make_arg,
    coded: frozenset[str] = frozenset(),
    case: str = "verb",
) -> tuple[list, list, set[str]] | None:
    """(sources, targets, filled roles) with the missing side(s) chosen by order, or None when a missing side
    finds no candidate above the threshold. ``make_arg(mention, token)`` builds the coder's side record;
    the existing sides (lists of records with ``.m``) are kept as they are; ``coded`` holds the actor ids of
    the mentions already a side of an event the syntax found in this sentence (feature ``side_elsewhere``);
    ``case`` says why a side is missing (``verb``: the syntax left it empty; ``nominal``: a noun event kept
    one-sided), for the recorder only."""
    cfg = rules()
    if not cfg.get("enabled", True):
        return None
    pool = candidates(toks, trig, by_token, parts, cfg)
    if not pool:
        return None
    trig_line = {trig.i} | {a.i for a in trig.ancestors}
    # a light verb's noun ("held talks"): the clause of the verb is the trigger's clause too
    taken = {id(a.m) for a in sources + targets}
    filled: set[str] = set()
    before = [h.i for _m, h in pool if h.i < trig.i]
    after = [h.i for _m, h in pool if h.i > trig.i]
    near = (max(before) if before else None, min(after) if after else None)
    feats = {id(m): features(head, trig, trig_line, m.how == "issuer", cfg, m.actor_id in coded, m, near) for m, head in pool}

    def side_heads(other: list) -> list:
        """The head token of each side: its own, else the head of its mention when the mention is in this sentence."""
        out = []
        for a in other:
            t = getattr(a, "tok", None)
            if t is None or getattr(t, "doc", None) is not trig.doc:
                t = _head(toks, a.m, by_token) if any(by_token.get(x.i) is a.m for x in toks) else None
            out.append(t)
        return out

    def allowed(m, head, other: list) -> bool:
        countries = {a.m.country for a in other if a.m.country}
        ids = {a.m.actor_id for a in other}
        if id(m) in taken or m.actor_id in ids or (m.country and m.country in countries):
            return False
        if cfg.get("never_same_phrase"):  # the other side's own noun phrase names the same actor again
            root = _phrase_root(head, trig, cfg)
            if root is not None and any(getattr(_phrase_root(t, trig, cfg), "i", None) == root.i for t in side_heads(other)):
                return False
        return True

    if recorder is not None:
        recorder.append(
            {
                "case": case,
                "trigger": trig,
                "sources": list(sources),
                "targets": list(targets),
                "pool": [(m, head, feats[id(m)]) for m, head in pool if id(m) not in taken],
            }
        )

    def best(role: str, other: list) -> tuple | None:
        score, threshold = scorer(role, cfg)
        scored = [
            (score(feats[id(m)]), -abs(head.i - trig.i), m, head)
            for m, head in pool
            if allowed(m, head, other) and not (role == "source" and upper_subject(head, trig))
        ]
        if not scored:
            return None
        top = max(scored, key=lambda x: (x[0], x[1]))
        return top if top[0] >= threshold else None

    sources, targets = list(sources), list(targets)
    if not sources:
        pick = best("source", targets)
        if pick is None:
            return None
        sources = [make_arg(pick[2], pick[3])]
        taken.add(id(pick[2]))
        filled.add("source")
    if not targets:
        pick = best("target", sources)
        if pick is None:
            return None
        targets = [make_arg(pick[2], pick[3])]
        filled.add("target")
    return sources, targets, filled
