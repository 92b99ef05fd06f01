"""Learned event detection: one event for a sentence that names two parties but gave no event with both sides.

The coder emits an event from a trigger it recognises (its syntax, ``fallback.py``'s sides by order) and the
sentence back-off (``sentence.py``) only from a trigger its search finds. A sentence that names parties of two
countries and tells an act between them in words neither knows gives nothing. Here, called once per sentence
after both (one call in ``EventCoder._sentence``), when no event of the sentence has both sides and the sentence
names at least two parties (as ``sentence.py`` counts them):

- the candidates are the sentence's party mentions that ``fallback.candidates``' hard rules allow (topics and
  places are never sides) and that are not a currency prefix nor inside a place phrase further up; every ordered
  pair of two different parties, not one inside the other's noun phrase, is scored;
- each pair has an act word: a trigger word of the lexicons on the dependency path between the two, else the
  verb that joins them (their lowest common ancestor, or the verb above it), else the sentence's root;
- a logistic model gives P(the sentence tells an act between this pair, in this direction) from sentence-level
  features (the shipped PLOVER classifier's top probability and type, a trigger word in the sentence and its
  dependency distance to the pair, a reporting or copula root, the factuality of the act word, quotes, length)
  and pair-level ones (``fallback.features`` of each side against the act word, linear order, the first two
  parties as the naive baseline takes them, same clause, the path between them through a verb);
- the act word's factuality (``EventCoder._factuality_of``): a question, a negation or a hypothetical never
  gives an event;
- the type: the trigger's type when a trigger word is on the path, else the classifier's;
- at most one event a sentence, the top pair, when its probability reaches the model's threshold.

The model (intercept, coefficients, threshold, switch) is data, ``data/detect_model.json``, fitted by
``scripts/fit_detect.py`` on the tuning sets with cross-validation grouped by document. The event's sides carry
``"how": "detect"`` in their spans and its raw confidence is low (the model's ``confidence``);
``events/calibration.py`` reads the mark (feature ``detect_side``).
"""

from __future__ import annotations

from typing import Any

from ..model import Event
from . import fallback, sentence
from .calibration import marked_side
from .models import logistic, switchable

MARK = "detect"  # the ``how`` of a side chosen here, in the event's source_span / target_span

# set to a list by scripts/fit_detect.py: one record per candidate sentence (its pairs and their features)
recorder: list | None = None

FACTUALITY_FEATURES = ("asserted", "reported", "planned", "demanded")
COPULAS = frozenset({"be", "seem", "appear", "become", "remain"})
QUOTES = frozenset({'"', "“", "”", "‘", "’", "'"})
MAX_POOL = 8  # candidates kept (nearest to the sentence's root first): at most 56 ordered pairs


def model() -> dict[str, Any]:
    """The shipped model (``data/detect_model.json``); ``{"enabled": false}`` when the file is missing."""
    return switchable("detect_model.json")


def has_detect_side(e: Event) -> bool:
    """Whether an event was made here (the flag ``events/calibration.py`` reads)."""
    return marked_side(e, MARK)


def probability(feats: dict[str, float], m: dict[str, Any] | None = None) -> float:
    m = m or model()
    coef = m.get("coef") or {}
    z = float(m.get("intercept", 0.0)) + sum(coef.get(k, 0.0) * v for k, v in feats.items())
    return logistic(z)


def _key(m) -> str | None:
    """The party a mention stands for: its country or IGO (``sentence._party``), else the named actor
    (``sentence._actor``, the entity tier's)."""
    return sentence._party(m) or sentence._actor(m)


def _parties(coder, toks, by_token) -> dict:
    """The sentence's tokens in a mention of a party: a country or an IGO (as ``sentence.py`` counts them), or a
    named actor its entity tier may take (a person, an organisation, a group, a company)."""
    ecfg = sentence.entity_rules()
    return {
        t.i: m
        for t in toks
        if (m := by_token.get(t.i)) is not None
        and (sentence._party(m) or (ecfg and sentence._entity_ok(m, ecfg)))
        and not coder._gathering(m, t)
    }


def _trigger_of(coder, t) -> tuple[str, str | None] | None:
    """(type, mode) of a verb or noun of the lexicons (the coder's own, its extra verbs, the general one)."""
    if t.pos_ not in ("VERB", "NOUN"):
        return None
    lemma = t.lemma_.lower()
    lex, general = coder.lex, coder.general
    if t.pos_ == "VERB":
        found = lex.verbs.get(lemma) or coder.extra_verbs.get(lemma) or (general.verbs.get(lemma) if general else None)
    else:
        found = lex.nouns.get(lemma) or coder.extra_nouns.get(lemma) or (general.nouns.get(lemma) if general else None)
    if found is None:
        return None
    return found[0], found[1]


def _line(tok) -> list:
    return [tok] + list(tok.ancestors)


def _between(a, b) -> tuple[list, Any]:
    """(the tokens on the dependency path between two tokens, without them; their lowest common ancestor)."""
    up_a = _line(a)
    ids_b = {t.i: n for n, t in enumerate(_line(b))}
    for n, t in enumerate(up_a):
        if t.i in ids_b:
            path = up_a[1 : n + 1] + list(reversed(_line(b)[1 : ids_b[t.i]]))
            return [x for x in path if x.i not in (a.i, b.i)], t
    return [], None


def _root(toks):
    return next((t for t in toks if t.head.i == t.i), toks[0])


def _act(coder, toks, a, b, triggers: dict[int, tuple]):
    """(act word, its (type, mode) or None, whether a trigger lies on the path, the lca) for a pair of heads."""
    path, lca = _between(a, b)
    on_path = [t for t in path if t.i in triggers]
    if on_path:
        t = min(on_path, key=lambda x: (0 if x.pos_ == "VERB" else 1, x.i))
        return t, triggers[t.i], True, lca
    t = lca
    for _ in range(6):
        if t is None or t.pos_ in ("VERB", "AUX"):
            break
        t = t.head if t.head.i != t.i else None
    if t is None or t.pos_ not in ("VERB", "AUX") or t.i in (a.i, b.i):
        t = _root(toks)
    return t, None, False, lca


def _clause(tok):
    return fallback._clause(fallback._phrase_head(tok))


def _sentence_features(coder, toks, triggers: dict[int, tuple], ctype: str | None, cprob: float) -> dict[str, float]:
    root = _root(toks)
    rl = root.lemma_.lower()
    text = [t.text for t in toks]
    f = {
        "bias": 1.0,
        "cls_prob": cprob,
        "any_trigger": 1.0 if triggers else 0.0,
        "verb_trigger": 1.0 if any(toks_i.pos_ == "VERB" for toks_i in toks if toks_i.i in triggers) else 0.0,
        "root_reporting": 1.0 if rl in fallback.rules()["reporting"] else 0.0,
        "root_copula": 1.0 if rl in COPULAS else 0.0,
        "root_verb": 1.0 if root.pos_ in ("VERB", "AUX") else 0.0,
        "quotes": 1.0 if any(w in QUOTES for w in text) else 0.0,
        "question_mark": 1.0 if text and text[-1] == "?" else 0.0,
        "length": min(len(toks), 80) / 20.0,
    }
    if ctype:
        f["cls:" + ctype] = 1.0
    return f


def _side_feats(prefix: str, feats: dict[str, float]) -> dict[str, float]:
    return {prefix + k: v for k, v in feats.items() if k != "bias"}


def candidates(coder, toks, by_token, frames, date, sent) -> tuple[dict, list[dict]] | None:
    """(sentence-level features, one record per ordered pair: the sides (mention, head), the act word, its type and
    factuality, the pair's features), or None when the sentence names fewer than two parties."""
    ok = _parties(coder, toks, by_token)
    if len({_key(m) for m in ok.values()}) < 2:
        return None
    root = _root(toks)
    fcfg = dict(fallback.rules())
    scfg = sentence.rules()
    fcfg["max_distance"] = scfg["max_distance"] * 2
    pool = [
        (m, h)
        for m, h in fallback.candidates(toks, root, ok, [], fcfg)
        + [x for x in sentence._entity_candidates(toks, root, ok, fcfg) if not sentence._party(x[0])]
        if h.ent_type_ not in scfg["never_entities"]
        and not sentence._under_place(h, root, fcfg["never_preps"])
        and not sentence._currency(h)
    ]
    if len({_key(m) for m, _h in pool}) < 2:
        return None
    pool = sorted(pool, key=lambda x: x[1].i)[:MAX_POOL]
    triggers = {}
    for t in toks:
        if t.i in ok or t.dep_ in scfg["never_act_deps"]:
            continue
        found = _trigger_of(coder, t)
        if found is not None and not coder._in_name(t):
            triggers[t.i] = found
    ctype, cprob = sentence._classify(toks)
    sfeat = _sentence_features(coder, toks, triggers, ctype, cprob)
    parties = []
    for m, _h in pool:
        p = _key(m)
        if p not in parties:
            parties.append(p)
    first_two = tuple(parties[:2])
    facts: dict[int, tuple] = {}
    pairs = []
    for a in pool:
        for b in pool:
            if a[0] is b[0] or _key(a[0]) == _key(b[0]):
                continue
            if sentence._nested(a[1], b[1]) or sentence._nested(b[1], a[1]):
                continue
            act, typed, on_path, lca = _act(coder, toks, a[1], b[1], triggers)
            ptype = typed[0] if typed else ctype
            if ptype is None:
                continue
            if act.i not in facts:
                facts[act.i] = coder._factuality_of(act, sent, date, ptype, None, frames)
            label = facts[act.i][0]
            line = {act.i} | {x.i for x in act.ancestors}
            before = [h.i for _m, h in pool if h.i < act.i]
            after = [h.i for _m, h in pool if h.i > act.i]
            near = (max(before) if before else None, min(after) if after else None)
            fs = fallback.features(a[1], act, line, a[0].how == "issuer", fcfg, False, a[0], near)
            ft = fallback.features(b[1], act, line, b[0].how == "issuer", fcfg, False, b[0], near)
            trig_dist = min(
                (min(fallback._path(a[1], toks[i - toks[0].i]), fallback._path(b[1], toks[i - toks[0].i])) for i in triggers),
                default=20,
            )
            f = dict(sfeat)
            f.update(_side_feats("s_", fs))
            f.update(_side_feats("t_", ft))
            f.update(
                {
                    "trigger_on_path": 1.0 if on_path else 0.0,
                    "trigger_dist": min(trig_dist, 10) / 5.0,
                    "act_is_root": 1.0 if act.i == root.i else 0.0,
                    "src_first": 1.0 if a[1].i < b[1].i else 0.0,
                    "baseline_pair": 1.0 if (_key(a[0]), _key(b[0])) == first_two else 0.0,
                    "baseline_reversed": 1.0 if (_key(b[0]), _key(a[0])) == first_two else 0.0,
                    "s_no_country": 0.0 if sentence._party(a[0]) else 1.0,
                    "t_no_country": 0.0 if sentence._party(b[0]) else 1.0,
                    "same_clause": 1.0 if _clause(a[1]).i == _clause(b[1]).i else 0.0,
                    "path_verb": 1.0
                    if lca is not None and lca.pos_ in ("VERB", "AUX") and lca.i not in (a[1].i, b[1].i)
                    else 0.0,
                    "pair_path": min(fallback._path(a[1], b[1]), 10) / 5.0,
                    "conjuncts": 1.0 if sentence._conjuncts(a[1], b[1]) else 0.0,
                    "speaker_src": 1.0 if sentence._speaker(a[1], act) else 0.0,
                    "speaker_tgt": 1.0 if sentence._speaker(b[1], act) else 0.0,
                }
            )
            for name in FACTUALITY_FEATURES:
                f["fact_" + name] = 1.0 if label == name else 0.0
            pairs.append(
                {
                    "source": a,
                    "target": b,
                    "act": act,
                    "typed": typed if typed else (ptype, None),
                    "by_trigger": typed is not None,
                    "fact": facts[act.i],
                    "f": f,
                }
            )
    return sfeat, pairs


def detect(coder, seg, sent, toks, by_token, article_id: str, date: str | None, out: list[Event], frames) -> list[Event]:
    """The detected event of one sentence (a list of none or one), given the events ``out`` the coder and the
    back-off found there."""
    m = model()
    if coder.verbs is not None or (not m.get("enabled") and recorder is None):
        return []
    two = any(e.source is not None and e.target is not None for e in out)
    if two and recorder is None:
        return []
    scfg = sentence.rules()
    if len(toks) > scfg["max_tokens"]:
        return []
    found = candidates(coder, toks, by_token, frames, date, sent)
    if found is None:
        return []
    _sfeat, pairs = found
    if recorder is not None:  # the fitting script's: also the sentences the coder found an event in (training only)
        recorder.append({"sent": sent, "seg": seg, "pairs": pairs, "candidate": not two})
    if two or not m.get("enabled"):
        return []
    never = frozenset(m.get("never_factuality") or scfg["never_factuality"])
    best = None
    for p in pairs:
        if p["fact"][0] in never:
            continue
        prob = probability(p["f"], m)
        if best is None or prob > best[0]:
            best = (prob, p)
    if best is None or best[0] < float(m.get("threshold", 1.0)):
        return []
    prob, p = best
    from .ontology import SYMMETRIC_TYPES

    ptype = p["typed"][0]
    sides = (p["source"], p["target"])
    record = {"symmetric": ptype in SYMMETRIC_TYPES and sentence._conjuncts(sides[0][1], sides[1][1]), "tier": None}
    ok = _parties(coder, toks, by_token)
    e = sentence._event(coder, seg, sent, ok, p["act"], p["typed"], sides, article_id, date, p["fact"], record)
    for span in (e.source_span, e.target_span):
        if span is not None:
            span["how"] = MARK
            span["p"] = round(prob, 3)
    e.confidence = float(m.get("confidence", 0.2))
    return [e]
