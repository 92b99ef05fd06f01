"""Acts the coder did not detect or typed wrongly (issue 14, seventh session, h14detect8).

Sentences written for these tests (none taken from an evaluation file), positive and negative for each class:

- emphasis as a request: "stressed the importance of", "underscored the need for", "emphasised cooperation" ask the
  counterpart the sentence names (the object's "with" phrase, the doer of "the need for X to", the partner of the call
  or meeting it was said in, or of the meeting just before); the object's topic is never the one asked, and with no
  counterpart there is no event;
- the quoted body of a message ("The message reads, in part: ...") is the sender's SUPPORT of the addressee told
  before; "mourn with X" is condolence;
- concern told by a participle ("remains gravely concerned by X's ...") is an accusation of X;
- "the war between X and Y" is an assault; a mediator's "role in bringing about a ceasefire" consults the warring sides;
- an act nested in a discussion's topic ("discussed their efforts to urge X to ...") is done by the discussants;
  readiness to sanction is a threat.
"""

from __future__ import annotations

import pytest


def _events(analyzer, text, date="2024-03-04"):
    from attache.model import Article, Paragraph

    art = Article(id="t", text=text, paragraphs=[Paragraph(0, len(text))], language="en", published=date)
    return analyzer.analyze([art])[0].events


def _triples(events):
    return {(e.plover_type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


def _sentence_events(analyzer, text, sentence):
    start = text.index(sentence)
    return [e for e in _events(analyzer, text) if e.sentence_start >= start]


@pytest.mark.parametrize(
    ("text", "sentence", "triple"),
    [
        # emphasis asks the counterpart
        ("Rubio emphasised cooperation with Pakistan on counter-terrorism.", None, ("REQUEST", "USA", "PAK")),
        (
            "In a telephone call with Kenyan President William Ruto, Blinken stressed the importance of free elections.",
            None,
            ("REQUEST", "USA", "KEN"),
        ),
        ("The Secretary underscored the need for the Ethiopian government to allow aid convoys.", None, ("REQUEST", None, "ETH")),
        (
            "During his meeting with Indian Foreign Minister Jaishankar, Blinken highlighted the importance of maritime security.",
            None,
            ("REQUEST", "USA", "IND"),
        ),
        pytest.param(
            "Secretary Rubio spoke with Pakistani Prime Minister Shehbaz Sharif on Monday. "
            "Rubio emphasised cooperation on law enforcement and illegal immigration.",
            "Rubio emphasised",
            ("REQUEST", "USA", "PAK"),
            id="emphasis_after_a_call_asks_the_partner_of_the_call",
        ),
        pytest.param(
            "Vladimir Putin sent a message to Kazakh President Kassym-Jomart Tokayev. "
            'The message reads, in part: "Please accept my warmest congratulations on your birthday."',
            "The message reads",
            ("SUPPORT", "RUS", "KAZ"),
            id="quoted_message_is_the_senders_support_of_the_addressee",
        ),
        pytest.param(
            "The people of Germany mourn with Turkey after the earthquake.",
            None,
            ("SUPPORT", "DEU", "TUR"),
            id="mourn_with_is_condolence",
        ),
        pytest.param(
            "The United States remains gravely concerned by China's harassment of Philippine vessels.",
            None,
            ("ACCUSE", "USA", "CHN"),
            id="concerned_participle_accuses_the_party",
        ),
        # the war between two parties
        ("The war between Armenia and Azerbaijan lasted six weeks.", None, ("ASSAULT", "ARM", "AZE")),
        ("There was a brief but bloody war between Ethiopia and Eritrea.", None, ("ASSAULT", "ETH", "ERI")),
        pytest.param(
            "The United States imposed sanctions on Iran.",
            None,
            ("SANCTION", "USA", "IRN"),
            id="sanction_imposed_stays_a_sanction",
        ),
    ],
)
def test_the_act_is_coded(analyzer, text, sentence, triple):
    """(type, source country, target country) among the events of ``text`` (of its sentence from ``sentence`` on)."""
    events = _sentence_events(analyzer, text, sentence) if sentence else _events(analyzer, text)
    assert triple in _triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "Rubio emphasised cooperation on law enforcement and illegal immigration.",
        "The United States underscored the importance of protecting human rights in Belarus.",
        "The German chancellor stressed the need for restraint.",
    ],
)
def test_emphasis_without_a_counterpart_is_no_event_and_the_topic_no_target(analyzer, text):
    events = _events(analyzer, text)
    assert not [e for e in events if e.plover_type == "REQUEST" and e.target is not None]


def test_emphasised_cooperation_with_a_party_is_no_longer_cooperation(analyzer):
    types = {t for t, _, _ in _triples(_events(analyzer, "Rubio emphasised cooperation with Pakistan on counter-terrorism."))}
    assert "COOPERATE" not in types


@pytest.mark.parametrize(
    "text",
    [
        # no message told before: the quoting sentence has nobody to give
        'The message reads, in part: "Please accept my warmest congratulations on your birthday."',
        # no quotation: a message described, not quoted
        "Vladimir Putin sent a message to Kazakh President Kassym-Jomart Tokayev. The message reads like a warning.",
        # an indefinite message of someone else
        'Vladimir Putin sent a message to Kazakh President Kassym-Jomart Tokayev. A message says: "Hello."',
    ],
)
def test_message_body_needs_a_message_told_before_and_a_quotation(analyzer, text):
    start = text.index("message reads") if "message reads" in text else text.index("A message says")
    start = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
    got = [e for e in _events(analyzer, text) if e.sentence_start >= start]
    assert not [e for e in got if e.plover_type == "SUPPORT"]


def test_mourn_alone_is_no_event(analyzer):
    assert not _events(analyzer, "The people of Germany mourn the victims of the earthquake.")


def test_concerned_about_a_situation_names_nobody(analyzer):
    events = _events(analyzer, "France remains concerned about the situation in the Sahel.")
    assert not [e for e in events if e.target is not None]


def test_war_between_years_is_no_event(analyzer):
    assert not _events(analyzer, "The war between 1914 and 1918 changed Europe.")


def test_mediation_role_consults_both_warring_sides(analyzer):
    text = "After the war between Israel and Hamas, Qatar played a key role in bringing about a ceasefire."
    got = _triples(_events(analyzer, text))
    assert ("CONSULT", "QAT", "ISR") in got
    assert ("CONSULT", "QAT", "PSE") in got or any(t == "CONSULT" and s == "QAT" and g not in ("ISR", None) for t, s, g in got)


def test_mediation_role_without_warring_sides_gives_no_target(analyzer):
    events = _events(analyzer, "Egypt played a constructive role in bringing about a ceasefire.")
    assert not [e for e in events if e.plover_type == "CONSULT" and e.target is not None]


def test_act_nested_in_a_discussion_topic(analyzer):
    text = "Blinken and Kuleba discussed their efforts to urge Russia to de-escalate."
    got = _triples(_events(analyzer, text))
    assert ("REQUEST", "USA", "RUS") in got and ("REQUEST", "UKR", "RUS") in got
    assert ("CONSULT", "USA", "UKR") in got  # the discussion itself stays


def test_discussed_topic_without_an_act_adds_nothing(analyzer):
    got = _triples(_events(analyzer, "Blinken and Kuleba discussed their efforts on energy security."))
    assert {t for t, _, _ in got} <= {"CONSULT"}


def test_readiness_to_sanction_is_a_threat(analyzer):
    got = _triples(_events(analyzer, "France and Germany reaffirmed their readiness to impose severe costs on Russia."))
    assert ("THREATEN", "FRA", "RUS") in got
    assert not any(t == "SANCTION" for t, _, _ in got)


@pytest.mark.parametrize(
    "text",
    ["Leaders from Ghana and Togo held a summit in Accra on Tuesday.", "Delegations from Ghana and Togo met in Lome on Friday."],
)
def test_group_subject_of_two_countries_meets_between_them(analyzer, text):
    got = _triples(_events(analyzer, text))
    assert ("CONSULT", "GHA", "TGO") in got or ("CONSULT", "TGO", "GHA") in got


def test_group_subject_of_two_countries_attacking_is_not_split(analyzer):
    got = _triples(_events(analyzer, "Fans from Ghana and Togo attacked the stadium gates."))
    assert not any(s == "GHA" and t == "TGO" for _, s, t in got)
