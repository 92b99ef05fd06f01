"""Code health of the events and actors stages (tenth session, h14health11): one loader for the shipped JSON models
(events/models.py), one set of hard rules for the side searches (fallback.near_mentions), one module for what an
article's context says about its country (actors/context.py), the publisher looked up once an article, and the
fitting scripts' shared options and folds. Sentences written for these tests, not taken from an evaluation file."""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path

import pytest

from attache.actors import context
from attache.events import calibration, detect, fallback, models, rerank, sentence
from attache.model import Mention
from attache.nlp import parse
from eventkit import article

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


# -- one loader for the shipped JSON models ------------------------------------------------------------------------


def test_every_shipped_model_is_read_by_the_one_loader():
    for name in ("fallback_model.json", "rerank_model.json", "detect_model.json", "confidence_calibration.json"):
        assert isinstance(models.shipped(name), dict), name
    # the components' own accessors hand back what the loader read (read once a process)
    assert rerank.model() is models.shipped("rerank_model.json")
    assert detect.model() is models.shipped("detect_model.json")
    assert fallback.learned() is models.shipped("fallback_model.json")
    assert calibration.model() is models.shipped("confidence_calibration.json")


def test_a_missing_model_is_off_or_an_error():
    assert models.shipped("no_such_model.json") is None
    assert models.switchable("no_such_model.json") == {"enabled": False}
    # the switched-off components ship off
    assert rerank.model()["enabled"] is False and detect.model()["enabled"] is False


def test_a_missing_fallback_ranker_is_an_error_not_a_silent_default(monkeypatch):
    monkeypatch.setattr(fallback, "shipped", lambda name: None)
    with pytest.raises(FileNotFoundError):
        fallback.learned()


def test_logistic_is_a_probability_without_overflow():
    assert models.logistic(0.0) == 0.5
    assert models.logistic(2.0) == pytest.approx(1.0 / (1.0 + math.exp(-2.0)))
    assert models.logistic(-1000.0) > 0.0 and models.logistic(1000.0) < 1.0
    assert models.logistic(1000.0) == models.logistic(30.0)


# -- one set of hard rules for the side searches ---------------------------------------------------------------------


def _sentence_with(text: str, marks: list[tuple[str, str | None, str]]):
    """The tokens of ``text``'s first sentence and mentions for the words of ``marks`` (word, country, kind)."""
    art = article(text, "2023-05-02")
    doc = next(iter(parse([art]))).segments[0].doc
    toks = list(next(iter(doc.sents)))
    by_token = {}
    for word, country, kind in marks:
        tok = next(t for t in toks if t.text == word)
        actor = country or f"NER.{word}"
        by_token[tok.i] = Mention("h", tok.idx, tok.idx + len(tok.text), word, actor, word, country, None, None, 0.9, "kb", kind)
    return toks, by_token


def test_the_side_searches_share_their_hard_rules():
    text = "Norway thanked Kelvora Shipping and Chile for the talks in Peru."
    toks, by_token = _sentence_with(
        text, [("Norway", "NOR", "country"), ("Kelvora", None, "org"), ("Chile", "CHL", "country"), ("Peru", "PER", "country")]
    )
    trig = next(t for t in toks if t.text == "thanked")
    cfg = fallback.rules()
    near = [m.text for m, _head in fallback.near_mentions(toks, trig, by_token, cfg)]
    assert "Peru" not in near  # "in Peru": a place, never a side
    assert {"Norway", "Kelvora", "Chile"} <= set(near)
    # the country search keeps the mentions with a country; the entity tier also the firm with none
    assert [m.text for m, _h in fallback.candidates(toks, trig, by_token, [], cfg)] == ["Norway", "Chile"]
    entity = [m.text for m, _h in sentence._entity_candidates(toks, trig, by_token, cfg)]
    assert "Kelvora" in entity and "Peru" not in entity


def test_a_mention_of_the_act_word_itself_or_too_far_is_no_side():
    toks, by_token = _sentence_with("Norway thanked Chile.", [("Norway", "NOR", "country"), ("Chile", "CHL", "country")])
    chile = next(t for t in toks if t.text == "Chile")
    cfg = dict(fallback.rules(), max_distance=1)
    near = [m.text for m, _h in fallback.near_mentions(toks, chile, by_token, cfg)]
    assert near == []  # Chile is the act word here, Norway two tokens away
    wide = dict(cfg, max_distance=5)
    assert [m.text for m, _h in fallback.near_mentions(toks, chile, by_token, wide)] == ["Norway"]
    assert [m.text for m, _h in fallback.near_mentions(toks, chile, by_token, wide, keep=lambda m: m.country == "CHL")] == []


# -- what the article's context says about its country ----------------------------------------------------------------


def _m(text: str, whole: str, country: str | None, kind: str) -> Mention:
    start = whole.index(text)
    return Mention("h", start, start + len(text), text, country or "X", text, country, None, None, 0.9, "kb", kind)


def test_the_story_is_in_a_country_when_a_place_of_it_is_named():
    text = "Storms hit villages across Kenya, and officials in Nakuru asked for help."
    kenya, nakuru = _m("Kenya", text, "KEN", "country"), _m("Nakuru", text, "KEN", "region")
    assert context.story_is_in([nakuru], "KEN", text, country_as_place=False)  # a place inside it
    assert context.story_is_in([kenya], "KEN", text)  # "across Kenya": the country named as a place
    assert not context.story_is_in([kenya], "KEN", text, country_as_place=False)  # resolve.py's office holders


def test_a_country_spoken_of_is_not_the_story_s_place():
    text = "Senator Alder said Kenya was breaking the rules."
    kenya = _m("Kenya", text, "KEN", "country")
    assert not context.story_is_in([kenya], "KEN", text)
    assert not context.story_is_in([kenya], None, text)


def test_the_only_country_and_the_issuer():
    text = "Police in Nakuru and the Kenyan ministry met Tanzanian envoys."
    ms = [
        _m("Nakuru", text, "KEN", "region"),
        _m("Kenyan ministry", text, "KEN", "collective"),
        _m("Tanzanian", text, "TZA", "norp"),
    ]
    assert context.only_country(ms) is None
    assert context.only_country(ms, leave_out="TZA") == "KEN"
    assert context.only_country([]) is None
    assert context.publisher(article("A text.", "2023-05-02")) is None  # no outlet, no URL
    info = context.publisher(article("A text.", "2023-05-02", url="https://www.state.gov/some-remarks/"))
    assert info is not None and context.issuer_country(info) == "USA"
    news = context.publisher(article("A text.", "2023-05-02", url="https://www.reuters.com/world/x"))
    assert context.issuer_country(news) is None
    assert context.issuer_country(None) is None


def test_the_publisher_is_looked_up_once_an_article(analyzer, monkeypatch):
    import attache.extract.outlets as outlets

    calls = []
    real = outlets.outlet_info

    def counting(outlet=None, url=None):
        calls.append(url)
        return real(outlet, url)

    monkeypatch.setattr(outlets, "outlet_info", counting)
    # a government's text with a bare office and a bare state body: the three context passes all read the publisher
    text = "The Department welcomed the vote. The government said the new rules start in June."
    art = article(text, "2023-05-02", url="https://www.state.gov/some-remarks/")
    parsed = next(iter(parse([art])))
    ms = analyzer.resolver.resolve(parsed, art.published)
    assert calls == ["https://www.state.gov/some-remarks/"]
    dept = [m for m in ms if m.text.endswith("Department")]
    assert dept and dept[0].country == "USA"  # the publisher's office, as before


# -- the fitting scripts' shared parts ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fit_fallback():
    spec = importlib.util.spec_from_file_location("fit_fallback", SCRIPTS / "fit_fallback.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_group_folds_deal_every_document_to_one_fold(fit_fallback):
    groups = {f"doc{i}" for i in range(13)}
    folds = fit_fallback.group_folds(groups, 5, seed=3)
    assert set(folds) == groups and set(folds.values()) == set(range(5))
    sizes = sorted(list(folds.values()).count(k) for k in range(5))
    assert sizes == [2, 2, 3, 3, 3]
    assert folds == fit_fallback.group_folds(sorted(groups, reverse=True), 5, seed=3)  # the order given does not matter
    assert folds != fit_fallback.group_folds(groups, 5, seed=4)


def test_the_shared_options_of_the_fitting_scripts(fit_fallback):
    model = fit_fallback.ROOT / "src" / "attache" / "events" / "data" / "x_model.json"
    ap = fit_fallback.fit_parser("Fit X.\n\nMore.", "x_pairs.json", model, drop="features")
    args = ap.parse_args(["--refresh", "--write", "--drop", "a,b"])
    assert args.refresh and args.write and args.drop == "a,b"
    assert args.cache == fit_fallback.ROOT / "build" / "x_pairs.json"
    assert ap.description == "Fit X."
    bare = fit_fallback.fit_parser(None, "y.json")
    with pytest.raises(SystemExit):
        bare.parse_args(["--write"])  # no model to write: no --write
