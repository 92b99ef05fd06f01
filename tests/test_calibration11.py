"""Tenth session (h14calib11): the calibration's document-level properties and its feature-set selection.

The selection (attache.evaluate.calibration_select) is deterministic for a fixed seed, a small source cannot decide it
alone, and a property that cannot be computed counts 0 instead of stopping the coding."""

from __future__ import annotations

import random

from attache.evaluate import calibration_select as sel
from attache.events.calibration import DOC_FEATURES, FEATURES, calibrate, document_context, features, probability
from attache.model import Event, Mention, Party
from eventkit import event_record


def _mention(start: int, end: int, text: str, country: str | None, how: str = "kb", sentence_start: int = 0) -> Mention:
    return Mention(
        article_id="a",
        start=start,
        end=end,
        text=text,
        actor_id=None,
        name=text,
        country=country,
        sector="GOV",
        role=None,
        confidence=1.0,
        how=how,
        sentence_start=sentence_start,
    )


def _event(src: Party | None, tgt: Party | None, target_span: dict | None = None) -> Event:
    return event_record(
        sentence_end=60,
        trigger_start=20,
        trigger_end=26,
        trigger="thanked",
        source=src,
        target=tgt,
        source_span={"start": 0, "end": 7},
        target_span=target_span,
    )


# "Norway thanked them for the shipment." (invented): a named source, a pronoun target resolved to an actor
NORWAY = _mention(0, 6, "Norway", "NOR")
THEM = _mention(15, 19, "them", "SWE", how="antecedent")
OSLO_OFFICE = _mention(40, 55, "the Ministry", "NOR", how="context")


def _by_name(names: list[str], values: list[float]) -> dict[str, float]:
    return dict(zip(names, values))


def test_document_context_counts_the_sentence_actors_and_the_publisher():
    doc = document_context([NORWAY, THEM, OSLO_OFFICE, _mention(80, 85, "Chile", "CHL", sentence_start=70)], ("NOR", "x"))
    assert doc["official"] is True and doc["issuer"] == "NOR"
    assert doc["per_sentence"] == {0: 3, 70: 1}
    news = document_context([NORWAY], None)
    assert news["official"] is False and news["issuer"] is None


def test_document_features_of_an_official_text():
    doc = document_context([NORWAY, THEM], ("NOR", "Norwegian government"))
    e = _event(Party(None, country="NOR", start=0, end=6), Party(None, country="SWE", start=15, end=19))
    got = _by_name(list(DOC_FEATURES), features(e, list(DOC_FEATURES), doc))
    assert got["official"] == 1.0
    assert got["issuer_source"] == 1.0  # Norway tells its own act
    assert got["weak_sides"] == 1.0  # "them" was not found by a name
    assert got["mentions"] == 2 / 8


def test_document_features_stay_silent_on_news_with_named_sides():
    doc = document_context([NORWAY, _mention(15, 21, "Sweden", "SWE")], None)
    e = _event(Party(None, country="NOR", start=0, end=6), Party(None, country="SWE", start=15, end=21))
    got = _by_name(list(DOC_FEATURES), features(e, list(DOC_FEATURES), doc))
    assert got["official"] == 0.0 and got["issuer_source"] == 0.0 and got["weak_sides"] == 0.0


def test_a_resolved_pronoun_is_a_weak_side_even_when_its_offsets_are_listed_as_a_name():
    doc = document_context([NORWAY, _mention(15, 19, "them", "SWE")], None)
    span = {"start": 15, "end": 19, "resolved_from": {"start": 0, "end": 6, "text": "Sweden"}}
    e = _event(Party(None, country="NOR", start=0, end=6), Party(None, country="SWE", start=15, end=19), span)
    assert features(e, ["weak_sides"], doc) == [1.0]


def test_a_property_that_cannot_be_computed_counts_zero_and_never_crashes():
    e = _event(Party(None, country="NOR", start=0, end=6), None)
    for doc in (None, {}, {"official": True}, {"how": None, "per_sentence": "x", "issuer": 3}):
        vals = features(e, FEATURES, doc)
        assert len(vals) == len(FEATURES)
        assert all(isinstance(v, float) for v in vals)
    assert features(e, ["official", "mentions", "weak_sides"], None) == [0.0, 0.0, 0.0]
    weights = {"features": ["raw", "official", "mentions"], "coef": [1.0, 1.0, 1.0], "intercept": 0.0}
    assert 0.0 < probability(e, weights, doc={"per_sentence": None}) < 1.0
    assert calibrate([e], doc={"how": 5})[0].confidence is not None


def test_the_coder_hands_its_document_context_over(analyzer):
    from attache.evaluate.dyads import _articles_for
    from attache.nlp import parse

    # an invented sentence read as a gold row is (no publisher: news at large)
    row = {
        "id": "probe11",
        "text": "Kenya's president thanked Ghana for its support on Monday.",
        "context": "",
        "pub_date": "2024-05-06",
    }
    parsed = next(iter(parse(_articles_for([row]))))
    _, doc = analyzer.coder.code_in_context(parsed, analyzer.resolver.resolve(parsed, "2024-05-06"), "2024-05-06")
    assert doc["official"] is False and doc["issuer"] is None
    assert sum(doc["per_sentence"].values()) >= 2


def _rows(n_docs: int, seed: int, source: str, rate_signal: bool = True) -> list[dict]:
    """Invented labelled events: 'good' raises the chance of being right, 'noise' is noise."""
    rng = random.Random(seed)
    out = []
    for d in range(n_docs):
        for _ in range(2):
            good = float(rng.random() < 0.5)
            p = 0.85 if (good and rate_signal) else 0.4
            out.append(
                {
                    "features": {"good": good, "noise": rng.random()},
                    "right": rng.random() < p,
                    "source": source,
                    "document": f"{source}:{d}",
                }
            )
    return out


CANDIDATES = {"good": ("good",), "noise": ("noise",), "good+noise": ("good", "noise")}


def test_the_selection_is_deterministic_for_a_fixed_seed():
    rows = _rows(60, 1, "big") + _rows(8, 2, "small")
    first = sel.stability(rows, CANDIDATES, resamples=4, seed=7)
    again = sel.stability(rows, CANDIDATES, resamples=4, seed=7)
    assert first == again and sum(first.values()) == 4
    assert sel.resample(rows, __import__("numpy").random.default_rng(3)) == sel.resample(
        rows, __import__("numpy").random.default_rng(3)
    )


def test_the_criterion_prefers_the_informative_feature_and_penalises_a_useless_one():
    rows = _rows(80, 3, "big")
    scored = sel.score_candidates(rows, CANDIDATES, weightings=("pooled",))
    best = sel.choose(scored)
    assert best["candidate"] == "good"
    by = {r["candidate"]: r for r in scored}
    assert by["good+noise"]["criterion"] - by["good+noise"]["oof_log_loss"] > by["good"]["criterion"] - by["good"]["oof_log_loss"]


def test_a_small_source_cannot_decide_alone():
    # a small source where 'noise' happens to fit: pooled with a large source that says 'good', 'good' is chosen
    big = _rows(80, 4, "big")
    small = [
        {"features": {"good": 0.0, "noise": float(i % 2)}, "right": bool(i % 2), "source": "small", "document": f"small:{i}"}
        for i in range(10)
    ]
    assert sel.choose(sel.score_candidates(big + small, CANDIDATES, weightings=("pooled",)))["candidate"] == "good"


def test_shipped_takes_the_set_chosen_most_often_and_ties_to_the_full_data_choice():
    from collections import Counter

    counts = Counter({("a", "pooled"): 3, ("b", "pooled"): 2, ("b", "equal"): 2})
    assert sel.shipped({"candidate": "a", "weighting": "pooled"}, counts) == ("b", "pooled")
    tie = Counter({("a", "equal"): 2, ("b", "pooled"): 2})
    assert sel.shipped({"candidate": "a", "weighting": "equal"}, tie) == ("a", "equal")
    assert sel.shipped({"candidate": "c", "weighting": "pooled"}, Counter()) == ("c", "pooled")


def test_equal_weighting_gives_each_source_the_same_share():
    import numpy as np

    w = sel.source_weights(np.array(["a", "a", "a", "b"]), "equal")
    assert w is not None and abs(w[:3].sum() - w[3]) < 1e-9 and abs(w.sum() - 4) < 1e-9
    assert sel.source_weights(np.array(["a", "b"]), "pooled") is None


def test_validation_events_join_the_criterion_without_being_fitted():
    rows = _rows(40, 5, "big")
    # validation events where 'good' says the opposite of the tuning rows: 'good' loses its lead once they count
    flipped = [
        {"features": {"good": g, "noise": 0.5}, "right": not bool(g), "source": "audit", "document": f"audit:{i}"}
        for i, g in enumerate([1.0, 0.0] * 60)
    ]
    plain = {r["candidate"]: r for r in sel.score_candidates(rows, CANDIDATES, weightings=("pooled",))}
    checked = {r["candidate"]: r for r in sel.score_candidates(rows, CANDIDATES, ("pooled",), validation=flipped)}
    assert "validation" in checked["good"]["oof_log_loss_by_source"]
    assert checked["good"]["criterion"] > plain["good"]["criterion"]
    # the tuning rows' own out-of-fold losses are the same with or without the validation events
    assert checked["good"]["oof_log_loss_by_source"]["big"] == plain["good"]["oof_log_loss_by_source"]["big"]


def test_the_mean_criterion_leaves_out_a_source_below_the_minimum_size():
    rows = _rows(40, 6, "big") + _rows(40, 7, "other")
    tiny = [
        {"features": {"good": 1.0, "noise": 0.1}, "right": False, "source": "tiny", "document": f"tiny:{i}"} for i in range(4)
    ]
    scored = {r["candidate"]: r for r in sel.score_candidates(rows + tiny, CANDIDATES, ("pooled",), criterion="mean")}
    by_source = scored["good"]["oof_log_loss_by_source"]
    assert "tiny" in by_source  # reported, but not in the mean
    penalty = 2 / len(rows + tiny)
    assert abs(scored["good"]["criterion"] - ((by_source["big"] + by_source["other"]) / 2 + penalty)) < 1e-3


def test_the_writing_rule_counts_wins_and_losses_beyond_the_margin():
    before = {"a": 0.10, "b": 0.10, "c": 0.10, "d": 0.10}
    chosen = {"a": 0.05, "b": 0.104, "c": 0.20, "d": 0.30, "e": 0.0}
    wins, losses = sel.wins_and_losses(before, chosen, 0.005)
    assert wins == ["a"] and losses == ["c", "d"]  # "b" within the margin, "e" not in the shipped report
    assert sel.wins_and_losses(before, dict(before), 0.005) == ([], [])
