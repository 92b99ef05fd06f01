"""Calibrated event confidence: the probability that an event's type and both sides are right.

The coder's own score is a hand-set heuristic (0.7, less for a nominal trigger, for a missing side,
for a sentence with many pairs). A small logistic model turns a few properties of the event into a
probability. It is fitted on the tuning data only (the development half of the project's gold events,
``eval/events_gold_dev.jsonl``, and half ``a`` of the PLOVER gold-standard records), each of the two
sources weighted equally, with the feature set chosen by grouped cross-validation (by article) on them;
the weights are data (``data/confidence_calibration.json``, written by ``scripts/calibrate_confidence.py``,
which names the features it uses). The test half of the gold set and GSR half ``b`` only report the
calibration (``attache eval calibration``).

``ATTACHE_RAW_CONFIDENCE=1`` leaves the coder's own score (the fitting script uses it).

Tenth session (h14calib11): a few properties read the document the event comes from as well as the event
(``DOC_FEATURES``): whether its publisher is a government (the coder's ``issuer_of``), whether the event's source is
that government, how each side was found (a name, or a pronoun, a title or the context) and how many actors the
sentence names. The coder hands them over in a small mapping (``document_context``); a property that cannot be
read from it counts 0 and never stops the coding.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from ..model import Event
from .intent import statement_codes
from .models import logistic, shipped


def _country(party) -> float:
    return 1.0 if party is not None and party.country else 0.0


def marked_side(e: Event, how: str) -> bool:
    """Whether either side's span says it was found by ``how`` (the marks of fallback.py "order", sentence.py
    "sentence", rerank.py "rerank", detect.py "detect")."""
    return any((span or {}).get("how") == how for span in (e.source_span, e.target_span))


# every property a model may read, by name (a shipped model lists the names it uses, in its order)
FEATURE_FUNCTIONS: dict[str, Callable[[Event], float]] = {
    "raw": lambda e: float(e.confidence or 0.0),  # the coder's own score
    "source_country": lambda e: _country(e.source),
    "target_country": lambda e: _country(e.target),
    "asserted": lambda e: 1.0 if e.factuality == "asserted" else 0.0,
    "reported": lambda e: 1.0 if e.factuality == "reported" else 0.0,
    "symmetric": lambda e: 1.0 if e.symmetric else 0.0,
    # a side resolved from a pronoun to an actor of an earlier sentence
    "resolved": lambda e: 1.0 if any((span or {}).get("resolved_from") for span in (e.source_span, e.target_span)) else 0.0,
    # a side chosen by its place in the sentence (events/fallback.py), not by the parse
    "order_side": lambda e: float(marked_side(e, "order")),
    # a side replaced by the learned re-ranker of the coder's sides (events/rerank.py)
    "rerank_side": lambda e: float(marked_side(e, "rerank")),
    # an event with one side only: outside the main fit (its pairs are what is scored), given its own offset by
    # scripts/fit_sentence_confidence.py on the tuning sets' one-sided events
    "one_sided": lambda e: 1.0 if (e.source is None) != (e.target is None) else 0.0,
    # an event of the sentence back-off (events/sentence.py): no trigger's syntax gave it, its sides are by order
    "sentence_side": lambda e: float(marked_side(e, "sentence")),
    # an event of the back-off's entity tier (a side with no country, or two actors of one country) or a one-sided
    # event it completed: its spans carry a "tier"
    "sentence_entity": lambda e: 1.0 if any((span or {}).get("tier") for span in (e.source_span, e.target_span)) else 0.0,
    # an event of the learned detector (events/detect.py): no trigger's syntax nor the back-off gave it, a model chose
    # the pair; its offset to be fitted by scripts/fit_sentence_confidence.py when the detector is switched on
    "detect_side": lambda e: float(marked_side(e, "detect")),
    # a side that is a place's unidentified attackers (events/places.py: an attack told by its weapon, "a bombing near
    # Samarra"): CAMEO's UAF sector; its offset fitted by scripts/fit_sentence_confidence.py, capped at 0
    "place_side": lambda e: 1.0 if any(p is not None and p.sector == "UAF" for p in (e.source, e.target)) else 0.0,
    # a statement of intent (events/intent.py: an AGREE of one of the intent codes, "will provide aid" -> 033): the
    # project's gold sets annotate the act promised, not the promise, so its offset (scripts/fit_sentence_confidence.py)
    # says how often such a statement is an annotated event of its own
    "intent": lambda e: 1.0 if e.plover_type == "AGREE" and e.cameo_code in statement_codes() else 0.0,
}


# how a mention was found (Mention.how) when its words name the actor: the resolver's knowledge base or a name/title
# pattern; any other way (a pronoun, "the ministry" by the article's context, the publisher's voice, an antecedent,
# a bare entity with no actor) is weaker evidence of who the side is
NAMED_HOW = frozenset({"kb", "role-pattern"})
MENTIONS_CAP = 8  # "mentions": the sentence's actor mentions, counted up to this many (as a share of it)


def document_context(mentions: Sequence[Any], issuer: tuple[str, str] | None) -> dict[str, Any]:
    """What the document-level properties read, from one article's mentions (as coded) and its publisher:
    ``official`` (a government publishes it), ``issuer`` (that government's country), ``how`` ((start, end) of a
    mention -> how it was found) and ``per_sentence`` (sentence start -> number of mentions with an actor or a
    country)."""
    how: dict[tuple[int, int], str] = {}
    per_sentence: dict[int, int] = {}
    for m in mentions:
        how[(m.start, m.end)] = m.how
        if m.actor_id or m.country:
            per_sentence[m.sentence_start] = per_sentence.get(m.sentence_start, 0) + 1
    return {"official": issuer is not None, "issuer": issuer[0] if issuer else None, "how": how, "per_sentence": per_sentence}


def _weak_side(party, span: dict | None, how: Mapping[tuple[int, int], str]) -> float:
    if party is None:
        return 0.0
    if (span or {}).get("resolved_from"):
        return 1.0
    return 0.0 if how.get((party.start, party.end)) in NAMED_HOW else 1.0


def _weak_sides(e: Event, doc: Mapping[str, Any]) -> float:
    how = doc["how"]
    return _weak_side(e.source, e.source_span, how) + _weak_side(e.target, e.target_span, how)


# properties of the event in its document (the mapping of document_context()); each may raise on a missing key or
# an odd value, which features() reads as 0
DOC_FEATURES: dict[str, Callable[[Event, Mapping[str, Any]], float]] = {
    # the article is published by a government (its outlet is of kind "government": official prose)
    "official": lambda e, doc: 1.0 if doc["official"] else 0.0,
    # the event's source is the publishing government's country (the issuer telling its own act)
    "issuer_source": lambda e, doc: 1.0 if doc["issuer"] and e.source is not None and e.source.country == doc["issuer"] else 0.0,
    # sides (0, 1 or 2) not found by a name: a pronoun, a title or office read by context, the publisher's voice
    "weak_sides": _weak_sides,
    # the actor mentions of the event's sentence (a crowded sentence has more wrong pairs), capped, as a share
    "mentions": lambda e, doc: min(int(doc["per_sentence"].get(e.sentence_start, 0)), MENTIONS_CAP) / MENTIONS_CAP,
}
FEATURES = tuple(FEATURE_FUNCTIONS) + tuple(DOC_FEATURES)


def _doc_feature(name: str, e: Event, doc: Mapping[str, Any] | None) -> float:
    try:
        return float(DOC_FEATURES[name](e, doc or {}))
    except (KeyError, TypeError, AttributeError, ValueError):  # a property that cannot be read counts 0
        return 0.0


def features(e: Event, names: tuple[str, ...] | list[str] = FEATURES, doc: Mapping[str, Any] | None = None) -> list[float]:
    """The named properties of an event, in the order given (all of them by default); ``doc``: its document's
    context (document_context()), without which the document-level properties count 0."""
    return [FEATURE_FUNCTIONS[n](e) if n in FEATURE_FUNCTIONS else _doc_feature(n, e, doc) for n in names]


@lru_cache(maxsize=1)
def model() -> dict[str, Any] | None:
    """The shipped weights, or None when the file is missing or names a feature this module does not know."""
    data = shipped("confidence_calibration.json")
    if data is None:
        return None
    names = tuple(data.get("features", ()))
    if not names or any(n not in FEATURES for n in names) or len(data.get("coef", ())) != len(names):
        return None
    return data


def probability(e: Event, weights: dict[str, Any] | None = None, doc: Mapping[str, Any] | None = None) -> float:
    data = weights or model()
    if data is None:
        return float(e.confidence or 0.0)
    z = data["intercept"] + sum(w * x for w, x in zip(data["coef"], features(e, data["features"], doc)))
    return logistic(z)


def uses(name: str) -> bool:
    """Whether the shipped model reads the named property."""
    data = model()
    return data is not None and name in data["features"]


def calibrate(events: list[Event], doc: Mapping[str, Any] | None = None) -> list[Event]:
    """Replace each event's score by its calibrated probability (two decimals); ``doc``: the document's context."""
    if os.environ.get("ATTACHE_RAW_CONFIDENCE") == "1" or model() is None:
        return events
    for e in events:
        e.confidence = round(probability(e, doc=doc), 2)
    return events


def default_threshold() -> float:
    """The --min-confidence default: chosen on the development half when the weights were fitted."""
    data = model()
    return float(data.get("threshold", 0.5)) if data else 0.0


def expected_calibration_error(scores: list[float], right: list[bool], bins: int = 10) -> tuple[float, list[dict[str, Any]]]:
    """ECE over equal-width bins, with the reliability table (bin, n, mean score, share right)."""
    table = []
    total = len(scores)
    ece = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i, s in enumerate(scores) if (lo <= s < hi) or (b == bins - 1 and s == 1.0)]
        if not idx:
            continue
        conf = sum(scores[i] for i in idx) / len(idx)
        acc = sum(1 for i in idx if right[i]) / len(idx)
        ece += abs(acc - conf) * len(idx) / total
        table.append(
            {"bin": f"{lo:.1f}-{hi:.1f}", "n": len(idx), "mean_confidence": round(conf, 3), "share_right": round(acc, 3)}
        )
    return round(ece, 4), table
