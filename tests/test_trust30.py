"""Twenty-ninth session: acts a verb of judgement takes as done ("welcomed the agreement between X and Y", "condemned
Russia's invasion of Ukraine"), what a party is encouraged to do, and the feeling of being encouraged. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from eventkit import coded_events, one, triples

DAY = "2022-06-10"
STATE = "https://www.state.gov/briefings/department-press-briefing-june-10-2022/"


@pytest.mark.parametrize(
    ("text", "act", "pair"),
    [
        ("The United States welcomed the agreement between Israel and Lebanon.", "AGREE", ("ISR", "LBN")),
        ("Russia praised the deal between Armenia and Azerbaijan.", "AGREE", ("ARM", "AZE")),
        ("The United States condemned Russia's attack on Ukraine.", "ASSAULT", ("RUS", "UKR")),
        ("Canada condemned the attack by Russia on Ukraine.", "ASSAULT", ("RUS", "UKR")),
        ("Germany condemned the clashes between Armenia and Azerbaijan.", "ASSAULT", ("ARM", "AZE")),
    ],
)
def test_an_act_a_verb_of_judgement_takes_as_done_is_an_event_of_its_own(analyzer, text, act, pair):
    """(h29presup) The guidelines' presupposed events: a definite or possessed act noun with its own doer or two
    parties, the object of welcome, praise, condemn ...; before, the object of a verb trigger was never an event."""
    event = one(coded_events(analyzer, text, DAY), act)
    assert {event.source.country, event.target.country} == set(pair), (event.source, event.target)
    assert event.factuality == "asserted", event.factuality


@pytest.mark.parametrize(
    ("text", "ptype", "judge", "parties"),
    [
        ("The United States welcomed the talks between Serbia and Kosovo.", "SUPPORT", "USA", {"SRB", "XKX"}),
        ("France condemned the clashes between Armenia and Azerbaijan.", "ACCUSE", "FRA", {"ARM", "AZE"}),
    ],
)
def test_the_judged_acts_two_parties_are_the_judgements_targets(analyzer, text, ptype, judge, parties):
    """(h29presup) "welcomed the talks between X and Y" names no one welcomed but the two parties of the talks; before,
    the SUPPORT had no target and was lost."""
    events = [e for e in coded_events(analyzer, text, DAY) if e.plover_type == ptype]
    assert {(e.source.country, e.target.country if e.target else None) for e in events} == {(judge, p) for p in parties}


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The United States and Israel signed an agreement.", "agreement"),  # the verb does the act: one event
        ("We support a ceasefire between Israel and Hamas.", "ceasefire"),  # indefinite: wished for, not told as done
        ("The United Kingdom welcomed Colombia's commitment to joint programs.", "commitment"),  # a promise (not_nouns)
    ],
)
def test_no_presupposed_event_without_a_definite_judged_act(analyzer, text, noun):
    events = coded_events(analyzer, text, DAY)
    assert not any(e.trigger == noun and e.factuality == "asserted" for e in events), [
        (e.plover_type, e.trigger, e.factuality) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Why has India not condemned Russia's invasion of Ukraine?", "asserted"),
        ("India has yet to condemn Russia's invasion of Ukraine.", "asserted"),
        ("We welcome the EU's proposed ban on Russian oil.", "planned"),
    ],
)
def test_the_judged_act_keeps_its_own_factuality(analyzer, text, label):
    """(h29presup) The invasion is done whatever is asked or denied of its condemning; a noun's own modifier still
    decides ("the proposed ban")."""
    events = coded_events(analyzer, text, DAY, url=STATE)
    judged = [e for e in events if e.trigger in ("invasion", "ban")]
    assert judged and all(e.factuality == label for e in judged), [(e.plover_type, e.trigger, e.factuality) for e in events]


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("Secretary Antony Blinken encouraged NATO to deepen its cooperation with Japan.", "COOPERATE"),
        ("Antony Blinken encouraged Armenia and Azerbaijan to continue direct talks.", "CONSULT"),
    ],
)
def test_what_a_party_is_encouraged_to_do_is_not_done(analyzer, text, inner):
    """(h29encourage) Encouraging is asking (audit 2026-12-05d: encouraged acts coded asserted); the REQUEST itself is
    the act done."""
    events = coded_events(analyzer, text, DAY)
    assert one(events, "REQUEST").factuality == "asserted"
    assert one(events, inner).factuality == "demanded", [(e.plover_type, e.factuality) for e in events]


def test_being_encouraged_by_an_act_is_no_request(analyzer):
    """(h29encourage) "is encouraged by Russia's withdrawal" was a REQUEST of Russia's to the United States."""
    events = coded_events(analyzer, "The United States is encouraged by Russia's withdrawal from Kherson.", DAY)
    assert not any(e.plover_type == "REQUEST" for e in events), triples(events)
    kept = coded_events(analyzer, "Kyiv was encouraged by Washington to negotiate with Moscow.", DAY)
    assert ("REQUEST", "USA", "UKR") in triples(kept), triples(kept)


KREMLIN = "http://en.kremlin.ru/events/president/news/67000"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "In a message of greetings to President of Turkmenistan Gurbanguly Berdimuhamedov, Vladimir Putin emphasised "
            "the dynamic development of bilateral relations.",
            "TKM",
        ),
        ("In his New Year greetings to Viktor Orban, Vladimir Putin stressed the importance of bilateral ties.", "HUN"),
    ],
)
def test_greetings_a_message_carries_are_the_speakers(analyzer, text, target):
    """(h29carrier) "In a message of greetings to X, Putin stressed ...": the message's sender is the clause's subject,
    its addressee the message's "to" phrase; before, greetings were no act outside "sent greetings"."""
    event = one(coded_events(analyzer, text, "2021-12-30", url=KREMLIN), "SUPPORT")
    assert (event.source.country, event.target.country, event.factuality) == ("RUS", target, "asserted"), (
        event.source,
        event.target,
        event.factuality,
    )


def test_the_pope_is_the_holy_sees(analyzer):
    """(h29pope) Pope Francis resolves to the Holy See (VAT, as CAMEO codes the Pope); he had no country."""
    event = one(
        coded_events(analyzer, "Vladimir Putin extended warm wishes to Pope Francis on his 85th birthday.", "2021-12-17"),
        "SUPPORT",
    )
    assert (event.source.country, event.target.country) == ("RUS", "VAT"), (event.source, event.target)


def test_talks_held_between_two_parties_are_theirs(analyzer):
    """(h29held) "talks will be held in Moscow between X and Y": the passive verb's "between" phrase names the talks'
    parties (it was read only under an active verb: "talks with X took place")."""
    events = coded_events(
        analyzer, "On February 1, talks will be held in Moscow between Vladimir Putin and Viktor Orban.", "2022-01-25"
    )
    event = one(events, "CONSULT")
    assert {event.source.country, event.target.country} == {"RUS", "HUN"} and event.factuality == "planned", event


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia and Argentina maintain productive cooperation in combatting the pandemic.", {"RUS", "ARG"}),
        ("Kazakhstan and Uzbekistan maintain close cooperation on water.", {"KAZ", "UZB"}),
    ],
)
def test_cooperation_two_parties_maintain_is_theirs(analyzer, text, pair):
    """(h29maintain) "maintain" carries its object's act as "continue" does; and "maintained a dialogue" is no saying
    (the act was reported by the two parties themselves)."""
    event = one(coded_events(analyzer, text, DAY), "COOPERATE")
    assert {event.source.country, event.target.country} == pair and event.factuality == "asserted", event


@pytest.mark.parametrize(
    ("text", "judge"),
    [
        ("We condemn Russia's brutal war of aggression against Ukraine.", "GBR"),
        ("Finland condemns the Russian war of aggression against Ukraine.", "FIN"),
        ("Poland condemned Russia's war against Ukraine.", "POL"),
    ],
)
def test_a_condemned_act_is_aimed_at_its_doer(analyzer, text, judge):
    """(h29judged) Guidelines: a condemnation targets the act's doer. "War" is a topic word elsewhere, so "condemn
    Russia's war" had no target and "... war of aggression against Ukraine" was aimed at Ukraine."""
    url = "https://www.gov.uk/government/news/x" if judge == "GBR" else None
    events = [e for e in coded_events(analyzer, text, DAY, url=url) if e.plover_type == "ACCUSE"]
    assert events and {e.target.country if e.target else None for e in events} == {"RUS"}, [(e.source, e.target) for e in events]


def test_a_message_sent_to_a_leader_is_addressed_to_him(analyzer):
    """(h29carrier) "a message of greetings sent to X" (the participle's "to")."""
    text = "In a message of greetings sent to Hungarian Prime Minister Viktor Orban, Vladimir Putin stressed the ties."
    event = one(coded_events(analyzer, text, "2021-12-30", url=KREMLIN), "SUPPORT")
    assert (event.source.country, event.target.country) == ("RUS", "HUN"), (event.source, event.target)


def test_calling_upon_a_party_is_a_request_of_it(analyzer):
    """(h29upon) "call upon" is "call on": a REQUEST of its object (it was no event)."""
    events = coded_events(analyzer, "We call upon the PRC to behave responsibly.", DAY, url=STATE)
    assert ("REQUEST", "USA", "CHN") in triples(events), triples(events)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("President Biden and Prime Minister Modi spoke via videoconference.", {"USA", "IND"}),
        ("Secretary Blinken and Foreign Minister Kuleba spoke by phone on Tuesday.", {"USA", "UKR"}),
    ],
)
def test_two_parties_that_spoke_consulted(analyzer, text, pair):
    """(h29spoke) "X and Y spoke" with no "with"/"to" is their talk (it was no event)."""
    event = one(coded_events(analyzer, text, DAY), "CONSULT")
    assert {event.source.country, event.target.country} == pair, (event.source, event.target)


def test_wishes_for_a_day_are_praise_of_whom_they_are_wished_to(analyzer):
    """(h29wish) "wished a Merry Christmas and a Happy New Year to X and Y" is SUPPORT to each; "wish to express" is no
    wish."""
    text = "Vladimir Putin wished a Happy New Year to a number of former heads of government, in particular, Shinzo Abe."
    events = coded_events(analyzer, text, "2021-12-30", url=KREMLIN)
    assert ("SUPPORT", "RUS", "JPN") in triples(events), triples(events)
    kept = coded_events(analyzer, "Vladimir Putin said he wished to visit Japan.", "2021-12-30", url=KREMLIN)
    assert not any(e.plover_type == "SUPPORT" for e in kept), triples(kept)


def test_the_holder_of_support_for_its_own_cause_is_its_target(analyzer):
    """(h29judged) A "for" phrase on a held act keeps its holder as the target when it names the holder's own thing
    ("Ukraine continues to have the United States' support for its sovereignty"); "welcome the UAE support for a
    truce" is no support for the one welcoming it."""
    kept = coded_events(analyzer, "Ukraine continues to have the United States' support for its sovereignty.", DAY)
    assert ("SUPPORT", "USA", "UKR") in triples(kept), triples(kept)
    events = coded_events(analyzer, "We very much welcome the UAE support for a truce.", DAY, url=STATE)
    assert ("SUPPORT", "ARE", "USA") not in triples(events), triples(events)


def test_a_wish_one_would_like_to_make_is_made(analyzer):
    """(h29wish) "I would like to wish X a wonderful national day" is a courteous form of the wish itself (as "I would like
    to thank"): asserted, not hypothetical."""
    text = "On behalf of the United States of America, I would like to wish the people of Mongolia a wonderful national day."
    event = one(coded_events(analyzer, text, DAY, url=STATE), "SUPPORT")
    assert (event.target.country, event.factuality) == ("MNG", "asserted"), (event.target, event.factuality)


def test_the_call_a_request_is_made_in_is_with_the_one_asked(analyzer):
    """(h29adjunct) "In a phone call on Tuesday, Biden urged Netanyahu to ...": the call took place (it was coded
    demanded, the urging's) and Netanyahu is its partner (it had none); "urged Russia to engage in talks" keeps its
    demanded talks."""
    events = coded_events(analyzer, "In a phone call on Tuesday, Biden urged Netanyahu to agree to a ceasefire.", DAY)
    call = one(events, "CONSULT")
    assert (call.source.country, call.target.country if call.target else None, call.factuality) == ("USA", "ISR", "asserted")
    kept = one(coded_events(analyzer, "Biden urged Russia to engage in talks with Ukraine.", DAY), "CONSULT")
    assert kept.factuality == "demanded", kept.factuality


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("We reiterate our strong call upon Kosovo and Serbia to refrain from provocations.", {("USA", "XKX"), ("USA", "SRB")}),
        ("We renew our call on Russia to withdraw its forces.", {("USA", "RUS")}),
        ("Germany renewed its call for Iran to release the sailors.", {("DEU", "IRN")}),
    ],
)
def test_a_call_on_a_party_to_act_is_a_request(analyzer, text, pair):
    """(h29callon) The noun "call" on/upon a party, or for a party to act, is a demand of it; it was a phone call with
    no partner (and the back-off made "withdraw" an asserted retreat of the speaker's)."""
    events = coded_events(analyzer, text, DAY, url=STATE)
    requests = {(e.source.country, e.target.country if e.target else None) for e in events if e.plover_type == "REQUEST"}
    assert requests == pair, triples(events)
    assert not any(e.plover_type == "CONSULT" for e in events), triples(events)


def test_a_call_held_on_a_day_stays_a_call(analyzer):
    events = coded_events(analyzer, "The call on Tuesday between Biden and Xi lasted two hours.", DAY)
    assert one(events, "CONSULT").target is not None and not any(e.plover_type == "REQUEST" for e in events)
