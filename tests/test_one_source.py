"""One source for each shared fact (issue 16, item 4): the ontology (symmetric and conflict types,
quad classes, the factualities that count as happened) from events/data/plover.yaml, the month and
weekday words from extract/data/datewords.yaml, and one linear model for the PLOVER and tone weights."""

from __future__ import annotations

import json
from importlib import resources

from attache.events import ontology


def test_the_ontology_is_read_from_plover_yaml_and_used_as_such():
    from attache import relations
    from attache.events import coder
    from attache.stories import compare

    assert ontology.SYMMETRIC_TYPES == {"AGREE", "CONSULT", "COOPERATE"}
    # the copies that used to disagree are the ontology's own now
    assert coder.SYMMETRIC is ontology.SYMMETRIC_TYPES and compare.SYMMETRIC_TYPES is ontology.SYMMETRIC_TYPES
    assert relations.CONFLICT_TYPES is ontology.CONFLICT_TYPES
    from attache.store import relations_sql

    assert relations_sql.COUNTED == "e.factuality IN ('asserted', 'reported')"  # the store's SQL, from plover.yaml
    assert relations_sql.NOT_HAPPENED == "e.factuality NOT IN ('negated', 'hypothetical', 'question')"
    assert set(ontology.HAPPENED).isdisjoint(ontology.NOT_HAPPENED) and "negated" in ontology.NOT_HAPPENED
    assert set(ontology.HAPPENED) | set(ontology.NOT_HAPPENED) < set(ontology.FACTUALITIES)
    assert len(ontology.PLOVER_TYPES) == 16 and ontology.PLOVER_TYPES[0] == "AGREE"


def test_quad_classes_agree_with_the_cameo_roots():
    """A type's quad class is its CAMEO code's root class, and the conflict types are those of quad 3 and 4."""
    for ptype, entry in ontology.plover().items():
        assert ontology.CAMEO_QUAD[str(entry["cameo"])[:2]] == entry["quad"], ptype
        assert (ptype in ontology.CONFLICT_TYPES) == (entry["quad"] in (3, 4))
    assert {"ASSAULT", "SANCTION", "THREATEN"} <= ontology.CONFLICT_TYPES and "AID" not in ontology.CONFLICT_TYPES
    assert sorted(ontology.CAMEO_QUAD) == [f"{r:02d}" for r in range(1, 21)]
    assert ontology.coding_for_cameo("190").plover_type == "ASSAULT" and ontology.coding_for_cameo("0231").quad_class == 1


def test_one_date_word_table_for_every_date_reader():
    from attache import analysis
    from attache.events import dates as event_dates
    from attache.extract import datewords
    from attache.extract.dates import parse_date

    assert event_dates.MONTHS is datewords.MONTHS and event_dates.WEEKDAYS is datewords.WEEKDAYS
    assert len(set(datewords.MONTHS.values())) == 12 and datewords.MONTHS["sept"] == datewords.MONTHS["september"] == 9
    assert sorted(datewords.WEEKDAYS.values()) == list(range(7)) and datewords.WEEKDAY_FORMS["thurs"] == 3
    assert parse_date("Tues., Sept. 3, 2024 10:32 GMT") == "2024-09-03"
    assert analysis.stated_date("Posted on 7 Sept 2024, updated Oct. 2, 2024") == "2024-09-07"


def test_one_linear_model_keeps_both_saved_formats(tmp_path):
    from attache.events.classifier import shipped_model as plover_model
    from attache.facts.tone import shipped_model as tone_model
    from attache.linear import LinearModel

    for model, package, name in (
        (plover_model(), "attache.events", "plover_model.json"),
        (tone_model(), "attache.facts", "tone_model.json"),
    ):
        assert isinstance(model, LinearModel)
        shipped = json.loads(resources.files(package).joinpath(f"data/{name}").read_text("utf-8"))
        assert model.to_json() == shipped  # the JSON format is the one the weights were saved in
        model.save(tmp_path / name)
        again = LinearModel.load(tmp_path / name)
        names = list(model.vocab)  # each class's five strongest features, which should make it the answer
        feats = [{names[j]: 1.0 for j in model.coef[c].argsort()[-5:]} for c in range(len(model.classes))]
        assert again.predict(feats) == model.predict(feats) and len(set(model.predict(feats))) > 1
    assert ("idf" in plover_model().to_json()) and ("idf" not in tone_model().to_json())
