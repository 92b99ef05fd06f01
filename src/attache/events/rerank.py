"""A learned re-ranker of the sides of the coder's events (issue 14: "wrong side: another actor of the sentence").

For each event the coder's triggers gave in a sentence (before the sentence back-off), and each role (source,
target), the candidates are the sentence's resolved mentions that the hard rules of ``events/fallback.py`` allow
(``fallback.candidates``: a country or an IGO code, not inside a topic or location participant, not the object of
a place/topic preposition). Each candidate gets ``fallback.features()`` plus the features of this module
(``extra()``): is it the coder's current choice for this role / for the other role, how the current side was found
(syntax, order, a resolved pronoun), its rank among the sentence's parties (first, second: what the naive
baseline uses), the dependency relation linking it to the trigger, a verbal or nominal trigger, the event's quad
class, the speaker of a reporting verb. A logistic model per role (``data/rerank_model.json``, coefficients only,
made by ``scripts/fit_rerank.py`` with cross-validation grouped by document) gives each a probability.

Decision: the top allowed candidate replaces the current side only when its probability exceeds the current
side's by the margin ``margin``; an empty side (a one-sided event) takes it only when it reaches ``fill``. A side
whose mention is not among the candidates (a side from the context, a side without a country) is kept. One mention
is never both sides; the source is decided first. A replaced side says so in its span (``"how": "rerank"``,
``events/calibration.py`` reads it as ``rerank_side``) and keeps its old text in ``"replaced"``. Triggers that gave
several events (several pairs) are left as they are. ``enabled: false`` in the model file switches it off.
"""

from __future__ import annotations

import hashlib
from typing import Any

from ..model import Event
from . import fallback
from .calibration import marked_side
from .models import logistic, switchable

MARK = "rerank"  # the ``how`` of a side replaced here, in the event's source_span / target_span
ROLES = ("source", "target")
# prepositions that get a feature of their own (the object of the preposition attached to the trigger's line)
PREPS = ("with", "to", "from", "against", "by", "for", "on", "of", "over", "toward", "towards")
QUADS = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}

# set to a list by scripts/fit_rerank.py: each event's candidates and features per role are appended
recorder: list | None = None


def model() -> dict[str, Any]:
    """The shipped model (``data/rerank_model.json``): ``enabled``, ``margin``, ``fill`` and per role an intercept
    and coefficients over the feature names; ``{"enabled": false}`` when the file is missing."""
    return switchable("rerank_model.json")


def is_marked(span: dict | None) -> bool:
    return span is not None and span.get("how") == MARK


def has_rerank_side(e: Event) -> bool:
    """Whether an event has a side chosen by the re-ranker (the flag ``events/calibration.py`` may read)."""
    return marked_side(e, MARK)


def _how(span: dict | None, in_pool: bool) -> str:
    if span is None:
        return "empty"
    if span.get("resolved_from"):
        return "resolved"
    if span.get("how"):
        return str(span["how"])
    return "syntax" if in_pool else "other"


def extra(cand, trig, rank: int, role_cur: bool, other_cur: bool, how: str, e: Event, other_country: str | None, m) -> dict:
    """The re-ranker's own features of one candidate token for one event and role (0/1)."""
    top = fallback._phrase_head(cand)
    dep = top.dep_
    on_line = top.head.i == trig.i or (top.head.dep_ in ("prep", "agent", "dative") and top.head.head.i == trig.i)
    prep = top.head.lower_ if dep == "pobj" and top.head.dep_ in ("prep", "agent", "dative") else None
    nominal = trig.pos_ in ("NOUN", "PROPN")
    before = cand.i < trig.i
    f = {
        "cur_role": 1.0 if role_cur else 0.0,
        "cur_other": 1.0 if other_cur else 0.0,
        "cur_syntax": 1.0 if role_cur and how == "syntax" else 0.0,
        "cur_order": 1.0 if role_cur and how == "order" else 0.0,
        "cur_resolved": 1.0 if role_cur and how == "resolved" else 0.0,
        "first_party": 1.0 if rank == 0 else 0.0,
        "second_party": 1.0 if rank == 1 else 0.0,
        "later_party": 1.0 if rank >= 2 else 0.0,
        "child_of_trigger": 1.0 if on_line else 0.0,
        "dep_nsubj": 1.0 if dep == "nsubj" else 0.0,
        "dep_nsubjpass": 1.0 if dep == "nsubjpass" else 0.0,
        "dep_dobj": 1.0 if dep in ("dobj", "obj", "dative") else 0.0,
        "dep_poss": 1.0 if cand.dep_ == "poss" or dep == "poss" else 0.0,
        "dep_appos": 1.0 if cand.dep_ == "appos" else 0.0,
        "dep_conj": 1.0 if cand.dep_ == "conj" else 0.0,
        "nominal": 1.0 if nominal else 0.0,
        "nominal_before": 1.0 if nominal and before else 0.0,
        "nominal_of": 1.0 if nominal and prep == "of" else 0.0,
        "same_country_other": 1.0 if other_country and m.country == other_country else 0.0,
        "symmetric": 1.0 if e.symmetric else 0.0,
    }
    for p in PREPS:
        f["pobj_" + p] = 1.0 if prep == p and on_line else 0.0
    for q, name in QUADS.items():
        f[name + "_before"] = 1.0 if e.quad_class == q and before else 0.0
    return f


def _cur_index(pool: list, party) -> int | None:
    if party is None:
        return None
    for k, (m, _head) in enumerate(pool):
        if m.actor_id == party.actor_id and m.start == party.start:
            return k
    return None


def _new_id(e: Event, role: str, m) -> str:
    return hashlib.sha256(f"{e.id}:{MARK}:{role}:{m.start}:{m.actor_id}".encode()).hexdigest()[:16]


def rerank(coder, seg, sent, toks: list, by_token: dict, out: list[Event]) -> list[Event]:
    """Re-rank the sides of the events of one sentence in place (see the module's doc); returns ``out``."""
    mdl = model()
    if not out or (not mdl.get("enabled") and recorder is None):
        return out
    cfg = fallback.rules()
    at = {seg.start + t.idx: t for t in toks}
    per_trigger: dict[int, int] = {}
    for e in out:
        per_trigger[e.trigger_start] = per_trigger.get(e.trigger_start, 0) + 1
    ok = {t.i: by_token[t.i] for t in toks if t.i in by_token and not coder._gathering(by_token[t.i], t)}
    sides_here = [p.actor_id for e in out for p in (e.source, e.target) if p is not None]
    for e in out:
        trig = at.get(e.trigger_start)
        if trig is None or per_trigger[e.trigger_start] > 1 or e.source is None:
            continue
        pool = fallback.candidates(toks, trig, ok, e.participants or [], cfg)
        if len(pool) < 1:
            continue
        order = {id(m): r for r, (m, _h) in enumerate(sorted(pool, key=lambda mh: mh[1].i))}
        trig_line = {trig.i} | {a.i for a in trig.ancestors}
        before = [h.i for _m, h in pool if h.i < trig.i]
        after = [h.i for _m, h in pool if h.i > trig.i]
        near = (max(before) if before else None, min(after) if after else None)
        cur = {"source": _cur_index(pool, e.source), "target": _cur_index(pool, e.target)}
        spans = {"source": e.source_span, "target": e.target_span}
        parties = {"source": e.source, "target": e.target}
        feats: dict[str, list[dict]] = {}
        for role, other in (("source", "target"), ("target", "source")):
            how = _how(spans[role], cur[role] is not None)
            party = parties[other]
            oc = party.country if party is not None else None
            rows = []
            for k, (m, head) in enumerate(pool):
                elsewhere = m.actor_id in sides_here and k != cur["source"] and k != cur["target"]
                f = fallback.features(head, trig, trig_line, m.how == "issuer", cfg, elsewhere, m, near)
                f.update(extra(head, trig, order[id(m)], k == cur[role], k == cur[other], how, e, oc, m))
                rows.append(f)
            feats[role] = rows
        if recorder is not None:
            from .coder import Arg

            recorder.append(
                {
                    "event": e,
                    "trigger": trig,
                    "seg_start": seg.start,
                    "pool": pool,
                    "spans": [coder._span_dict(Arg(m, head), seg)["text"] for m, head in pool],
                    "parties": (e.source, e.target),
                    "side_spans": (dict(e.source_span or {}), dict(e.target_span or {}) if e.target_span else None),
                    "cur": dict(cur),
                    "feats": feats,
                }
            )
        if not mdl.get("enabled"):
            continue
        _decide(coder, seg, e, pool, cur, feats, mdl)
    return out


def probabilities(mdl: dict, role: str, rows: list[dict]) -> list[float]:
    part = mdl[role]
    coef, b = part["coef"], float(part["intercept"])
    return [logistic(b + sum(w * f.get(k, 0.0) for k, w in coef.items())) for f in rows]


def decide(mdl: dict, actors: list, cur: dict, probs: dict) -> dict:
    """The chosen candidate index per role (None: keep the current side) from the probabilities. ``actors``: each
    candidate's actor id; ``cur``: per role the current side's candidate index (None: not a candidate), its actor id
    (``source_actor``/``target_actor``) and ``target_empty``. Shared by ``rerank`` and ``scripts/fit_rerank.py``."""
    margin, fill = float(mdl.get("margin", 1.0)), float(mdl.get("fill", 2.0))
    chosen: dict[str, int | None] = {}
    now = {r: cur[r] for r in ROLES}
    actor = {r: cur.get(r + "_actor") for r in ROLES}
    for role, other in (("source", "target"), ("target", "source")):
        chosen[role] = None
        o, oa, mine = now[other], actor[other], now[role]
        allowed = [  # never the other side's mention or actor; never another mention of the current side's actor
            k
            for k in range(len(actors))
            if k != o and (oa is None or actors[k] != oa) and (mine is None or k == mine or actors[k] != actors[mine])
        ]
        if not allowed:
            continue
        p = probs[role]
        top = max(allowed, key=lambda k: (p[k], -k))
        c = now[role]
        if c is not None:
            if top != c and p[top] - p[c] > margin:
                chosen[role] = top
        elif role == "target" and cur.get("target_empty") and p[top] >= fill:
            chosen[role] = top
        pick = chosen[role]
        if pick is not None:
            now[role], actor[role] = pick, actors[pick]
    return chosen


def _decide(coder, seg, e: Event, pool: list, cur: dict, feats: dict, mdl: dict) -> None:
    from .coder import Arg

    probs = {role: probabilities(mdl, role, feats[role]) for role in ROLES}
    state = dict(cur, target_empty=e.target is None, source_actor=e.source.actor_id if e.source else None)
    state["target_actor"] = e.target.actor_id if e.target else None
    chosen = decide(mdl, [m.actor_id for m, _h in pool], state, probs)
    for role in ROLES:
        k = chosen[role]
        if k is None:
            continue
        m, head = pool[k]
        old = e.source_span if role == "source" else e.target_span
        span = coder._span_dict(Arg(m, head), seg)
        span["how"] = MARK
        span["replaced"] = (old or {}).get("text")
        e.id = _new_id(e, role, m)
        if role == "source":
            e.source, e.source_span = coder.party(m), span
        else:
            e.target, e.target_span = coder.party(m), span
