"""Factuality `question` end to end (issue 14 Must 4: "questions are never asserted"; guidelines section 4): the act
a question asks about is `question`, cue "?"; an act a wh-question takes as given keeps its own factuality; a
question quoted in a statement asks too, while the statement around it keeps its own; downstream, a question is
no event that happened: `attache dyad`, the brief, the comparison and the story signatures leave it out, as they
leave out a hypothetical one. Also: a time still to come does not date an act told as done ("agreed to meet next
week"); a noun event's own "planned"/"potential" decides; the "for" complement of a noun of demand is
demanded; "if I may" is no condition; a circumstance of a saying is the author's account; "according to" in a
relative clause attributes only that clause. Sentences written for these tests.
The parametrised one-word cases of this file are in tests/data/factuality.yaml (question8), run by
tests/test_factuality_cases.py."""

from __future__ import annotations

import json

import pytest

from attache.events.factuality import factuality


@pytest.fixture(scope="module")
def nlp(analyzer):
    return analyzer.nlp


def _label(nlp, text: str, word: str) -> tuple[str, str | None, str | None]:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return factuality(tok, tok.sent, "2025-03-12")


# --- the label ---------------------------------------------------------------------------------------------------


def test_a_rhetorical_question_in_a_quoted_statement_asks_and_the_statement_does_not(nlp):
    # the quoted question asks (rhetorical or not, it tells nothing as done) ...
    text = '"Has Kenya ever refused to cooperate with its neighbours?" the minister asked at the press conference.'
    assert _label(nlp, text, "cooperate")[:2] != ("asserted", None)
    assert _label(nlp, text, "refused")[:2] == ("question", "?")
    # ... while a statement before a question mark of the next sentence keeps its own factuality
    doc = nlp('"We sent food aid to Somalia in January. What more could anyone ask of us?" the minister said.')
    sent = next(t for t in doc if t.text == "sent")
    assert factuality(sent, sent.sent, "2025-03-12")[0] in ("asserted", "reported")


def test_question_is_a_label_everywhere_the_labels_are_listed():
    from attache.events import ontology
    from attache.events.sentence import rules
    from attache.store.where import NOT_HAPPENED
    from attache.stories import build, compare, fivew1h

    assert "question" in ontology.FACTUALITIES and "question" in ontology.NOT_HAPPENED
    assert "question" not in ontology.HAPPENED
    # every not-happened set of the code is the one of plover.yaml
    assert compare.NOT_EVENTS == set(ontology.NOT_HAPPENED)
    assert set(fivew1h.NOT_HAPPENING) == set(ontology.NOT_HAPPENED) and build.NOT_HAPPENED == ontology.NOT_HAPPENED
    assert "'question'" in NOT_HAPPENED
    # the sentence back-off never makes an event from a question, a negation or a hypothetical
    assert set(ontology.NOT_HAPPENED) <= rules()["never_factuality"]


def test_the_comparison_and_story_signatures_leave_questions_out():
    from attache.stories.compare import _told_events

    text = "Japan sent aid to Kenya."  # the comparison reads the event's sentence (a question never counts)
    arts = {"a1": {"id": "a1", "text": text}}
    base = {"article_id": "a1", "source_country": "JPN", "target_country": "KEN", "sentence_start": 0, "sentence_end": len(text)}
    events = [{**base, "factuality": f} for f in ("asserted", "question", "hypothetical", "reported")]
    assert [e["factuality"] for e, _ in _told_events(events, arts)] == ["asserted", "reported"]


# --- the noun's own words, the scope of a saying ----------------------------------------------------------------


def test_the_for_complement_of_a_noun_of_demand_is_demanded(nlp):
    assert _label(nlp, "Iraq renewed its call for the withdrawal of Turkish forces from Iraq.", "withdrawal")[0] == "demanded"
    # not a demand: the withdrawal told as done, for a reason
    assert _label(nlp, "Iraq welcomed the withdrawal of Turkish forces from Iraq.", "withdrawal")[0] == "asserted"


def test_if_i_may_is_a_courtesy_and_if_a_state_acts_a_condition(nlp):
    text = "And then, if I may, what is your view of Iraq's call for the withdrawal of Turkish forces from Iraq?"
    assert _label(nlp, text, "withdrawal")[0] == "demanded"  # not hypothetical by "may"
    assert _label(nlp, "If I may, the United States condemned the attack on Kyiv.", "condemned")[0] == "asserted"
    assert _label(nlp, "If Russia attacks Ukraine, the United States will impose sanctions.", "attacks")[0] == "hypothetical"


def test_a_circumstance_of_a_saying_is_the_authors_account(nlp):
    text = "While exchanging views on the crisis in Sudan, the two presidents noted that the ceasefire was holding."
    assert _label(nlp, text, "exchanging")[0] == "asserted"
    # what is said stays the speakers' words
    said = "The two presidents noted that Russian forces had shelled Kharkiv."
    assert _label(nlp, said, "shelled")[0] == "reported"


def test_according_to_in_a_relative_clause_attributes_only_that_clause(nlp):
    text = "Japan apologized to Korea during the meeting, which Seoul accepted according to a statement by its ministry."
    assert _label(nlp, text, "apologized")[0] == "asserted"
    whole = "According to a statement by the Korean ministry, Japan apologized to Korea during the meeting."
    assert _label(nlp, whole, "apologized")[:2] == ("reported", "according to")


# --- a time still to come does not date an act told as done ----------------------------------------------------


def _events(analyzer, text: str, published: str = "2025-03-12"):
    from attache.model import Article, Paragraph

    art = Article(id="t", text=text, paragraphs=[Paragraph(0, len(text))], published=published, language="en")
    return analyzer.analyze([art])[0].events


@pytest.mark.parametrize(
    ("text", "ptype"),
    [
        ("Chile agreed to meet Peru next week.", "AGREE"),
        ("The Japanese minister expressed his support for Kenya's elections later this year.", "SUPPORT"),
        ("Norway has signed a fisheries agreement with Iceland that takes effect next month.", "AGREE"),
    ],
)
def test_a_time_to_come_does_not_date_an_act_told_as_done(analyzer, text, ptype):
    evs = [e for e in _events(analyzer, text) if e.plover_type == ptype]
    assert evs, text
    assert all(e.date_precision == "publication" and e.date == "2025-03-12" for e in evs), [
        (e.date, e.date_precision, e.date_text) for e in evs
    ]


@pytest.mark.parametrize(
    ("text", "ptype", "day"),
    [
        ("Chile will sign a trade agreement with Peru next week.", "AGREE", "2025-03-17"),
        ("Chile and Peru agreed to hold talks next week.", "CONSULT", "2025-03-17"),
        ("Japan signed a trade agreement with Kenya on Monday.", "AGREE", "2025-03-10"),
    ],
)
def test_a_planned_act_keeps_its_time_to_come_and_a_done_act_its_past(analyzer, text, ptype, day):
    evs = [e for e in _events(analyzer, text) if e.plover_type == ptype]
    assert evs and all(e.date == day and e.date_precision in ("day", "week") for e in evs), [
        (e.plover_type, e.date, e.date_precision, e.date_text) for e in evs
    ]


# --- downstream: a question is not counted as happened (a real DuckDB file) ---------------------------------------

ARTICLE = {
    "title": "Japan and Kenya sign a trade agreement",
    "url": "https://example.org/japan-kenya-questions",
    "date": "2025-03-12",
    "text": (
        "Japan and Kenya signed a trade agreement in Nairobi on Monday. "
        "Japanese Foreign Minister Takeshi Iwaya met Kenyan President William Ruto on Tuesday. "
        "Will Japan impose sanctions on Kenya? Did Kenya expel the Japanese ambassador? "
        "Is Japan going to attack Kenya? Officials of both countries declined to answer."
    ),
}


@pytest.fixture(scope="module")
def question_db(tmp_path_factory):
    from attache.analysis import analyze_stored
    from attache.pipeline import ingest
    from attache.store import open_store

    folder = tmp_path_factory.mktemp("questions")
    data = folder / "article.jsonl"
    data.write_text(json.dumps(ARTICLE) + "\n", "utf-8")
    path = folder / "questions.duckdb"
    with open_store(str(path)) as store:
        summary = ingest(store, [str(data)])
        analyze_stored(store, summary.article_ids)
    return str(path)


def test_question_events_are_stored_as_questions(cli, question_db):
    everything = json.loads(cli("events", "--all", "--format", "json", db=question_db).out)
    asked = [e for e in everything if e["factuality"] == "question"]
    assert asked and all(e["factuality_cue"] == "?" and e["sentence"]["text"].endswith("?") for e in asked)
    assert {e["plover_type"] for e in asked} & {"SANCTION", "ASSAULT", "COERCE"}  # conflictual acts, only asked
    told = json.loads(cli("events", "--format", "json", db=question_db).out)
    assert told and not any(e["factuality"] == "question" for e in told)  # left out unless --all
    only = json.loads(cli("events", "--factuality", "question", "--format", "json", db=question_db).out)
    assert {e["id"] for e in only} == {e["id"] for e in asked}


def test_dyad_and_brief_do_not_count_questions_as_happened(cli, question_db):
    everything = json.loads(cli("events", "--all", "--format", "json", db=question_db).out)
    happened = [e for e in everything if e["factuality"] in ("asserted", "reported")]
    tl = json.loads(cli("dyad", "JPN", "KEN", "--format", "json", "--min-confidence", "0", db=question_db).out)
    assert sum(p["events"] for p in tl["periods"]) == len(happened)
    assert all(p["conflictual_share"] == 0 for p in tl["periods"])  # the asked sanctions and attack do not count
    brief = json.loads(cli("brief", "JPN", "KEN", "--format", "json", "--min-confidence", "0", db=question_db).out)
    cited = [e for e in brief["key_events"]] + [ev for d in brief["domains"] for ev in d["evidence"]]
    assert cited and all(e["factuality"] != "question" for e in cited)
    assert not any(e["plover_type"] in ("SANCTION", "ASSAULT") for e in cited)
    assert brief["coded_events"] == len(happened)
