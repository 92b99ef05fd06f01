"""h14demand13: the sides and mode of an act demanded or needed of someone ("the need for X to V", "it is time for X
to V"), a bare verb the parser hung on the finite verb above the infinitive it continues, and agentless passives
(no doer guessed by order). Invented sentences."""

from __future__ import annotations

from attache.events.factuality import infinitive_host
from attache.events.fallback import agentless_passive
from eventkit import coded_events

DATE = "2024-05-06"
STATE = "https://www.state.gov/briefings/department-press-briefing"


def _of(events, trigger):
    return [e for e in events if e.trigger == trigger]


def test_conjunct_of_needed_clause_is_the_for_subjects_and_needed(analyzer):
    text = "The minister discussed the pressing need for Serbia to cease its shelling, allow for aid convoys, and fully withdraw from Kosovo."
    found = _of(coded_events(analyzer, text, DATE), "withdraw")
    assert found, "no withdrawal coded"
    assert {e.source.country for e in found if e.source} == {"SRB"}
    assert {e.factuality for e in found} == {"hypothetical"}


def test_time_for_x_to_act_is_demanded_of_x(analyzer):
    found = _of(coded_events(analyzer, "It is time for Turkey to withdraw its soldiers from Syria.", DATE), "withdraw")
    assert found and found[0].source.country == "TUR" and found[0].factuality == "demanded"


def test_plain_withdrawal_stays_asserted(analyzer):
    found = _of(coded_events(analyzer, "Canada withdrew its soldiers from Mali on Friday.", DATE), "withdrew")
    assert found and found[0].source.country == "CAN" and found[0].factuality == "asserted"


def test_agentless_passive_gets_no_speaker_as_source(analyzer):
    text = "We are meeting our allies about the abuses being committed against the people of Sudan."
    events = coded_events(analyzer, text, DATE, url=STATE)
    assert not [e for e in _of(events, "committed") if e.source and e.source.country == "USA"]


def test_infinitive_host_and_agentless_passive_on_parses(nlp):
    doc = nlp("The envoy discussed the need for Serbia to halt its shelling and withdraw its troops.")
    withdraw = next(t for t in doc if t.text == "withdraw")
    host = infinitive_host(withdraw)
    assert host is None or host.text == "halt"  # the parser may attach it right (no repair needed)
    plain = nlp("Chile signed the accord and will ratify it in June.")
    assert infinitive_host(next(t for t in plain if t.text == "ratify")) is None  # its own modal: no repair
    passive = nlp("The convoy was attacked near the border.")
    assert agentless_passive(next(t for t in passive if t.text == "attacked"))
    by = nlp("The convoy was attacked by rebels near the border.")
    assert not agentless_passive(next(t for t in by if t.text == "attacked"))
