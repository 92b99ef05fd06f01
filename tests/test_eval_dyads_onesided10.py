"""Target-less gold rows in `attache eval dyads` (h14mend10): a gold row with a source and no target (not symmetric) is
reported apart (``one_sided_n``, ``one_sided_recall``, ``one_sided_triple_recall``, ``one_sided_with_target``); the
figures of the eval README's section 7 stay as they were. Sentences and gold rows written for these tests."""

from __future__ import annotations

import json

from attache.evaluate import dyads

OLD_KEYS = ("n", "articles", "events", "dyad_recall", "triple_recall", "event_precision", "dyad_f1")


def _side(country, words=""):
    return {"country": country, "words": set(words.split())}


def _gold(gtype, source, target=(), symmetric=False):
    return {
        "type": gtype,
        "source": [{"text": t, "code": c} for t, c in source],
        "target": [{"text": t, "code": c} for t, c in target],
        "symmetric": symmetric,
        "factuality": None,
        "date": None,
    }


def _event(etype, source, target=None):
    return {"type": etype, "symmetric": False, "source": source, "target": target}


def test_a_target_less_row_is_found_only_by_an_event_with_its_source_and_no_target():
    rows = [
        _gold("PROTEST", [("Chilean students", "CHL")]),  # target-less: counted
        _gold("CONSULT", [("Chile", "CHL"), ("Peru", "PER")], symmetric=True),  # symmetric: not one-sided
        _gold("AID", [("Japan", "JPN")], [("Nepal", "NPL")]),  # two-sided: not one-sided
    ]
    article = lambda: [{"text": "t", "gold": [dict(g) for g in rows]}]  # noqa: E731
    cases = [
        # (events of the sentence, found, found with the type, rows with the source's event given a target)
        ([_event("PROTEST", _side("CHL"))], 1.0, 1.0, 0),
        ([_event("PROTEST", _side(None, "chilean students"))], 1.0, 1.0, 0),  # words match, as section 7
        ([_event("ACCUSE", _side("CHL"))], 1.0, 0.0, 0),  # the source's act, another type
        ([_event("PROTEST", _side("PER"))], 0.0, 0.0, 0),  # another source
        ([_event("PROTEST", _side("CHL"), _side("PER"))], 0.0, 0.0, 1),  # a target the gold does not have
        ([], 0.0, 0.0, 0),
    ]
    for events, found, typed, with_target in cases:
        got = dyads.score_one_sided(article(), [events])
        got.pop("one_sided_fully_right_count")  # rows without a factuality: never fully right (nineteenth session)
        assert got == {
            "one_sided_n": 1,
            "one_sided_recall": found,
            "one_sided_triple_recall": typed,
            "one_sided_with_target": with_target,
        }, (events, got)
    # no target-less row: nothing to report, no made-up recall
    none = dyads.score_one_sided([{"text": "t", "gold": [dict(g) for g in rows[1:]]}], [[_event("AID", _side("JPN"))]])
    assert none["one_sided_n"] == 0 and none["one_sided_recall"] is None


def _rows() -> list[dict]:
    probe = "Chilean authorities announced an investigation into the fire."
    aid = "Japan sent emergency aid to Nepal."
    chile = {"text": "Chilean authorities", "code": "CHL"}
    return [
        {"id": "a1", "article_id": "a1", "text": probe, "event_type": "ACCUSE", "source": [chile], "target": []},
        # the same sentence with another gold source, and with another type (other articles)
        {"id": "a2", "article_id": "a2", "text": probe, "event_type": "ACCUSE", "source": "Bolivian customs", "target": []},
        {"id": "a3", "article_id": "a3", "text": probe, "event_type": "PROTEST", "source": [chile], "target": []},
        {"id": "b1", "article_id": "b1", "text": aid, "event_type": "AID", "source": "Japan", "target": "Nepal"},
        # the gold says no target; attache's event names one
        {"id": "b2", "article_id": "b2", "text": aid, "event_type": "AID", "source": "Japan", "target": []},
    ]


def test_eval_dyads_reports_target_less_rows_and_keeps_the_old_figures(cli, analyzer, tmp_path):
    path = tmp_path / "onesided.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in _rows()) + "\n", "utf-8")
    articles, problems = dyads.load_gold(path)
    assert not problems
    # what attache codes: the investigation one-sided (Chile's authorities, no target), the aid two-sided
    every = dyads.attache_events(articles, analyzer, one_sided=True)
    assert any(e["target"] is None and e["source"]["country"] == "CHL" and e["type"] == "ACCUSE" for e in every[0]), every[0]
    assert any(e["target"] is not None and e["type"] == "AID" for e in every[3]), every[3]

    r = cli("eval", "dyads", "--data", path)
    result = r.last_json
    assert result["one_sided_n"] == 4  # a1, a2, a3, b2
    assert result["one_sided_recall"] == 0.5  # a1 and a3: Chile's event has no target; a2's source is not Chile's
    assert result["one_sided_triple_recall"] == 0.25  # a1 only: a3's type is PROTEST
    assert result["one_sided_with_target"] == 1  # b2: Japan's AID names Nepal
    assert "one-sided (gold rows with a source and no target" in r.out
    # the old keys as before this change: the one-sided events are not among the events counted
    before = dyads.score(articles, dyads.attache_events(articles, analyzer))
    assert {k: result[k] for k in OLD_KEYS} == {k: before[k] for k in OLD_KEYS}
    assert result["events"] == sum(1 for ev in every for e in ev if e["target"] is not None)
    assert result["dyad_recall"] == round(1 / 5, 4)  # b1 only: a target-less row is never a found dyad

    # at a confidence no event reaches, the rows are still counted and none is found
    high = cli("eval", "dyads", "--data", path, "--min-confidence", "1").last_json
    assert high["one_sided_n"] == 4 and high["one_sided_recall"] == 0.0 and high["events"] == 0
