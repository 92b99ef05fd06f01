"""Events: the seeds' events, factuality, dates, outputs and evaluation."""

from __future__ import annotations

import json

import pytest

from attache.events.dates import resolve
from attache.events.ontology import coding, intensity
from conftest import EVAL, SEED_NAWAIWAQT, SEED_NEWSVANE, needs_shared
from eventkit import coded_events


@pytest.fixture(scope="module")
def seed_events(seed_analyses):
    return {name: (article, analysis.events) for name, (article, analysis) in seed_analyses.items()}


def _find(events, ptype, src_country=None, tgt_country=None, cameo=None):
    return [
        e
        for e in events
        if e.plover_type == ptype
        and (src_country is None or (e.source and e.source.country == src_country))
        and (tgt_country is None or (e.target and e.target.country == tgt_country))
        and (cameo is None or e.cameo_code.startswith(cameo))
    ]


def test_seed_call_praise_arrest(seed_events):
    article, events = seed_events[SEED_NEWSVANE]
    call = _find(events, "CONSULT", "USA", "PAK", "04")
    assert call and call[0].source.actor_id == "USA.GOV.rubio-marco" and call[0].target.actor_id == "PAK.GOV.dar-ishaq"
    assert (call[0].factuality, call[0].date, call[0].date_precision) == ("asserted", "2025-04-07", "day")
    praise = _find(events, "SUPPORT", "USA", "PAK", "05")
    assert praise and praise[0].factuality == "asserted"
    arrest = _find(events, "COERCE", "PAK", None, "173")
    assert arrest and arrest[0].target.actor_id == "AFG.REB.sharifullah-mohammad" and arrest[0].factuality == "asserted"
    for e in events:
        assert article.text[e.trigger_start : e.trigger_end] == e.trigger
        assert e.sentence_start <= e.trigger_start < e.trigger_end <= e.sentence_end


def test_seed_pledge_tariff_deportation_visit(seed_events):
    _, events = seed_events[SEED_NEWSVANE]
    pledge = [
        e
        for e in events
        if e.plover_type in ("AGREE", "COOPERATE") and e.symmetric and {e.source.country, e.target.country} == {"USA", "PAK"}
    ]
    assert pledge
    tariff = [e for e in _find(events, "SANCTION", "USA", "PAK") + _find(events, "COERCE", "USA", "PAK") if "tariff" in e.trigger]
    assert tariff and tariff[0].intensity < 0 and tariff[0].factuality == "asserted" and tariff[0].domain == "trade"
    deport = _find(events, "COERCE", "PAK", "AFG", "174")
    assert deport and deport[0].domain == "migration"
    visit = _find(events, "CONSULT", "USA", "PAK", "042")
    assert visit and (visit[0].factuality, visit[0].date, visit[0].date_precision) == ("planned", "2025-04-07", "week")


def test_editorial_visits(seed_events):
    _, events = seed_events[SEED_NAWAIWAQT]
    congress = [e for e in _find(events, "CONSULT", "USA") if e.source.sector == "LEG"]
    assert congress and congress[0].factuality == "asserted"
    planned = _find(events, "CONSULT", "PAK", "USA", "042")
    assert planned and planned[0].factuality == "planned" and planned[0].date is None and planned[0].date_precision == "unknown"


def test_no_event_from_headings(seed_events):
    article, events = seed_events[SEED_NEWSVANE]
    heading_words = {"Voice", "Stage", "Ties", "Tariffs"}
    assert not any(e.trigger in heading_words for e in events)
    assert all("World Stage" not in article.text[e.sentence_start : e.sentence_end] for e in events)


def _events(analyzer, text, date="2024-05-15"):
    return coded_events(analyzer, text, date)


def test_factuality(analyzer):
    assert _events(analyzer, "Pakistan did not arrest the Afghan envoy.")[0].factuality == "negated"
    assert _events(analyzer, "Pakistan will deport Afghan migrants next month.")[0].factuality == "planned"
    assert _events(analyzer, "If India attacks Pakistan, the region will suffer.")[0].factuality == "hypothetical"
    reported = _events(analyzer, "Russia attacked Ukraine overnight, Ukrainian officials said.")[0]
    assert reported.factuality == "reported" and "officials" in (reported.attributed_to or "")
    demanded = [
        e
        for e in _events(analyzer, "The United States urged Russia to withdraw its troops from Ukraine.")
        if e.plover_type == "RETREAT"
    ]
    assert demanded and demanded[0].factuality == "demanded"


def test_dates_resolve_against_publication():
    assert resolve("Monday", "2025-04-09") == ("2025-04-07", "day")
    assert resolve("this week", "2025-04-09") == ("2025-04-07", "week")
    assert resolve("last month", "2025-01-15") == ("2024-12-01", "month")
    assert resolve("in January", "2025-04-09") == ("2025-01-01", "month")
    assert resolve("On April 7, 2025", None) == ("2025-04-07", "day")
    assert resolve("last week", None) == (None, "unknown")


def test_ontology_codes_and_intensity():
    c = coding("COERCE", "ARREST")
    assert (c.cameo_code, c.cameo_root, c.quad_class) == ("173", "17", 4) and c.intensity < 0
    assert coding("CONSULT", "PHONE").cameo_code == "041" and coding("CONSULT").quad_class == 1
    assert intensity("0874") == intensity("0874") and intensity("051") > 0


def test_long_and_odd_sentences_do_not_crash(analyzer):
    table = " | ".join(f"row {i} Pakistan attacked India" for i in range(400))
    odd = '"He said \'they will "never" attack\' us," she said. ' + "PAKISTAN ARRESTS AFGHAN MIGRANTS AT BORDER. " + table
    events = _events(analyzer, odd)
    assert isinstance(events, list)


def test_events_cli_and_gdelt_export(cli, seeds_dir, db, tmp_path):
    cli("analyze", seeds_dir, "--db", db)
    r = cli("events", "--dyad", "USA", "--dyad", "PAK", "--format", "json", db=db)
    events = json.loads(r.out)
    assert events and all({e["source"]["country"], e["target"]["country"]} == {"USA", "PAK"} for e in events)
    assert all(e["sentence"]["text"] for e in events)
    directed = json.loads(cli("events", "--dyad", "PAK", "--dyad", "USA", "--directed", "-f", "json", db=db).out)
    assert all(e["source"]["country"] == "PAK" for e in directed)
    consult = json.loads(cli("events", "--type", "consult", "-f", "json", db=db).out)
    assert consult and all(e["plover_type"] == "CONSULT" for e in consult)
    out = tmp_path / "events.tsv"
    r = cli("export", "events", "--format", "gdelt", "-o", out, db=db)
    assert r.code == 0
    rows = [line.split("\t") for line in out.read_text().splitlines()]
    assert rows and all(len(row) == 61 for row in rows)
    call = [row for row in rows if row[26] == "041"][0]
    assert (call[1], call[5], call[15], call[28], call[29]) == ("20250407", "USAGOV", "PAKGOV", "04", "1")
    doc = json.loads(cli("analyze", seeds_dir, "--format", "json", "--no-store").out)
    assert doc["events"] and {"source", "target", "plover_type", "cameo_code", "factuality", "date", "date_precision"} <= set(
        doc["events"][0]
    )


@needs_shared
def test_eval_events_plover(cli):
    result = cli("eval", "events", "--data", EVAL / "events" / "plover_dev.jsonl").last_json
    assert set(result) == {"task", "n", "macro_f1", "accuracy"}
    assert result["n"] == 3404 and result["macro_f1"] >= 0.50, result


@needs_shared
def test_eval_events_petrarch_runs_and_scores(cli):
    d = EVAL / "events" / "petrarch_validation_dictionaries"
    r = cli("eval", "events", "--data", EVAL / "events" / "petrarch_dev.jsonl", "--actors", d / "PETR.Validate.actors.txt")
    result = r.last_json
    assert {"task", "n", "triple_precision", "triple_recall", "triple_f1", "code_f1"} <= set(result)
    # the verb and agent dictionaries beside the actors are taken, and the user is told
    assert "PETR.Validate.verbs.txt" in r.err and any(p.endswith("PETR.Validate.verbs.txt") for p in result["dictionaries"])
    assert result["n"] > 100 and result["triple_f1"] >= 0.50, result
    own = cli(
        "eval",
        "events",
        "--data",
        EVAL / "events" / "petrarch_dev.jsonl",
        "--actors",
        d / "PETR.Validate.actors.txt",
        "--verbs",
        "none",
    ).last_json
    assert result["dictionaries"] != own["dictionaries"] and own["triple_f1"] < result["triple_f1"]


def test_phone_conversations_are_041(analyzer):
    events = _events(
        analyzer, "Vladimir Putin had a telephone conversation with Prime Minister of Pakistan Imran Khan.", "2022-01-17"
    )
    call = events[0]
    assert (call.plover_type, call.plover_mode, call.cameo_code) == ("CONSULT", "PHONE", "041")
    assert (call.source.country, call.target.country, call.target.sector) == ("RUS", "PAK", "GOV")
    assert call.date == "2022-01-17"


VERB_DICT = """\
# a small PETRARCH-format verb dictionary written for this test
&TIES
+DIPLOMATIC TIES
+RELATIONS

&NEG
+DID NOT
+WILL NOT

--- ABANDON [---] ---
ABANDON
- * &TIES  [161]
- &NEG * &TIES  [905]   # the negation is part of the pattern

--- ATTACK [---] ---
ATTACK
- * WITH_ROCKETS  [195]

--- RUSH [---] ---
RUSH
- * (TO)  [042:043]

--- LASH OUT  [111] ---
LASH OUT

--- PRAISE  [051] ---
PRAISE {LAUDS}
- this pattern has no code
"""


@pytest.fixture(scope="module")
def verb_analyzer(analyzer, tmp_path_factory):
    from attache.analysis import Analyzer
    from attache.events.verbdict import VerbDictionary

    path = tmp_path_factory.mktemp("verbs") / "test.verbs.txt"
    path.write_text(VERB_DICT)
    verbs = VerbDictionary.read([path])
    return Analyzer(analyzer.kb, verbs), verbs


def _codes(events):
    return sorted((e.source.country, e.target.country, e.cameo_code, e.factuality) for e in events)


def test_verb_dictionary_codes_as_it_says(verb_analyzer):
    a, verbs = verb_analyzer
    assert len(verbs.problems) == 1 and ":28:" in verbs.problems[0] and "pattern" in verbs.problems[0]
    assert _codes(_events(a, "Pakistan abandoned diplomatic ties with India.")) == [("PAK", "IND", "161", "asserted")]
    # the pattern that holds the negation decides the code; the event is not "negated"
    assert _codes(_events(a, "Pakistan did not abandon diplomatic ties with India.")) == [("PAK", "IND", "905", "asserted")]
    # a verb the dictionary knows, with no pattern matching and no code of its own: no event,
    # although attache's own lexicon would code "attack"
    assert _events(a, "Russia attacked Ukraine.") == []
    assert _codes(_events(a, "Russia attacked Ukraine with rockets.")) == [("RUS", "UKR", "195", "asserted")]
    # paired codes: one event each way
    assert _codes(_events(a, "Pakistan rushed to India.")) == [
        ("IND", "PAK", "043", "asserted"),
        ("PAK", "IND", "042", "asserted"),
    ]
    # a phrasal verb needs its particle
    assert _codes(_events(a, "Pakistan lashed out at India.")) == [("PAK", "IND", "111", "asserted")]
    # the block's own code when no pattern matches; verbs outside the dictionary still use the lexicon
    assert _codes(_events(a, "Pakistan praised India.")) == [("PAK", "IND", "051", "asserted")]
    assert _codes(_events(a, "Pakistan arrested an Indian diplomat."))[0][2] == "173"
