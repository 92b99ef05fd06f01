"""Wire-news acts the coder did not detect or typed wrongly (issue 14, eighth session, h14detect9).

Sentences written for these tests (none taken from an evaluation file), positive and negative for each class:

- emergency rule: martial law imposed is COERCE; a state of emergency or martial law ended or lifted is CONCEDE (the
  object's inner word: "state of emergency", "martial law"); a state of emergency declared is not coded (often a
  disaster's);
- diplomatic missions: an embassy or consulate opened in a country is COOPERATE with the host; closed, SANCTION; the
  doer's own mission is never the other side;
- fire exchanged or traded between armed parties is an ASSAULT (a clash), views exchanged are not;
- revenge, retaliation or vengeance vowed is a THREAT, not an agreement;
- arms surrendered or laid down is RETREAT (demobilisation);
- a violent act claimed ("claimed responsibility for the attack on X", "claimed the bombing") is the claimant's;
  denying it, not claiming it, or being blamed for it is not;
- an invitation extended to a party is a REQUEST to meet;
- a protest or crowd dispersed or broken up is repression (COERCE); a town recaptured is an ASSAULT;
- talks cancelled, called off or walked out of are a reduction of relations (SANCTION, CAMEO 164), not a meeting.
"""

from __future__ import annotations

import pytest

from eventkit import coded_events
from eventkit import triples as _triples


def _events(analyzer, text, date="2024-03-04"):
    return coded_events(analyzer, text, date)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # emergency rule
        ("The military government of Myanmar imposed martial law in Yangon.", ("COERCE", "MMR", "MMR")),
        ("The government of Chile ended the state of emergency in Santiago.", ("CONCEDE", "CHL", "CHL")),
        # diplomatic missions: the host country is the other side
        ("Portugal opened an embassy in Ghana on Monday.", ("COOPERATE", "PRT", "GHA")),
        ("Egypt reopened its embassy in Baghdad after ten years.", ("COOPERATE", "EGY", "IRQ")),
        ("Argentina will open a consulate in Shanghai.", ("COOPERATE", "ARG", "CHN")),
        ("Australia closed its embassy in Kabul.", ("SANCTION", "AUS", "AFG")),
        ("Belarus shut the Lithuanian consulate in Grodno.", ("SANCTION", "BLR", "LTU")),
        # fire exchanged
        ("Thai troops exchanged fire with Cambodian soldiers near the temple.", ("ASSAULT", "THA", "KHM")),
        # revenge vowed
        ("Iran vowed revenge against Israel for the killing of its general.", ("THREATEN", "IRN", "ISR")),
        ("Hezbollah promised swift retaliation against the Israeli army.", ("THREATEN", "LBN", "ISR")),
        # arms surrendered
        ("The fighters surrendered their weapons to the Colombian army.", ("RETREAT", None, "COL")),
        # a violent act claimed
        ("Hamas claimed responsibility for the attack on Israeli soldiers near Hebron.", ("ASSAULT", "PSE", "ISR")),
        ("Al-Shabaab took responsibility for the assault on the Kenyan army base.", ("ASSAULT", "SOM", "KEN")),
        # a crowd dispersed by force, a town taken back
        ("Kenyan police broke up a protest by opposition supporters in Nairobi.", ("COERCE", "KEN", "KEN")),
        ("Syrian government forces recaptured the city from the rebels.", ("ASSAULT", "SYR", None)),
        ("Iraqi troops retook the town from Kurdish fighters.", ("ASSAULT", "IRQ", None)),
        # talks broken off
        ("Greece cancelled the summit with Turkey.", ("SANCTION", "GRC", "TUR")),
        ("Venezuela called off the talks with Guyana.", ("SANCTION", "VEN", "GUY")),
        ("Iran walked out of the negotiations with the United States.", ("SANCTION", "IRN", "USA")),
        ("North Korea pulled out of talks with South Korea.", ("SANCTION", "PRK", "KOR")),
        # an invitation extended
        ("Spain extended an invitation to the Moroccan king to visit Madrid.", ("REQUEST", "ESP", "MAR")),
        ("Russia sent an invitation to Turkey to attend the talks.", ("REQUEST", "RUS", "TUR")),
    ],
)
def test_wire_news_acts_are_detected(analyzer, text, triple):
    assert triple in _triples(_events(analyzer, text))


def test_claimed_bombing_that_killed_is_the_claimants(analyzer):
    events = _events(analyzer, "The Taliban claimed responsibility for the bombing that killed five Afghan policemen.")
    assert any(e.plover_type == "ASSAULT" and e.source and e.source.country == "AFG" and e.target for e in events)


def test_own_mission_is_never_the_other_side(analyzer):
    """ "reopened its embassy": the doer's own mission is no target (before: Israel -> its embassy, Israel)."""
    for text in ("Israel reopened its embassy.", "Canada will shut down its embassy."):
        events = _events(analyzer, text)
        assert not any(e.plover_type in ("COOPERATE", "SANCTION") and e.target is not None for e in events), text
    events = _events(analyzer, "Israel reopened its embassy in Ankara.")
    assert ("COOPERATE", "ISR", "TUR") in _triples(events)
    assert ("COOPERATE", "ISR", "ISR") not in _triples(events)


@pytest.mark.parametrize(
    ("text", "not_type"),
    [
        # a state of emergency declared (a storm, an epidemic) is no coercion of a party
        ("The governor of Florida declared a state of emergency in Miami ahead of the hurricane.", "COERCE"),
        ("The minister of Peru described the state of the economy to the press.", "CONCEDE"),
        # views exchanged are talks, not a clash
        ("The foreign ministers of India and Pakistan exchanged views on trade.", "ASSAULT"),
        # support promised stays a pledge
        ("Germany promised support for Ukraine.", "THREATEN"),
        # rules laid down are no disarmament
        ("The government of Kenya laid down new rules for the election.", "RETREAT"),
        # no invitation to anyone named
        ("The White House has not yet issued invitations to the summit.", "REQUEST"),
        # a storm scatters no crowd
        ("The storm in Bangladesh scattered the crowd of fishermen.", "COERCE"),
        # a search or a strike called off is no break with a party; leaving for talks is a visit
        ("The navy of Chile called off the search for the missing Peruvian fishermen.", "SANCTION"),
        ("Pakistan's foreign minister left for talks with Chinese leaders.", "SANCTION"),
        # an embassy as the subject opens nothing of its own
        ("The French embassy in Nairobi opened a book of condolence.", "COOPERATE"),
    ],
)
def test_the_other_senses_give_no_such_event(analyzer, text, not_type):
    assert not any(e.plover_type == not_type for e in _events(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        "Hamas denied responsibility for the attack on Israeli soldiers.",
        "Hamas did not claim responsibility for the attack on Israeli soldiers.",
        "Israel blamed Hamas for the attack on Israeli soldiers.",
        "No group has claimed responsibility for the attack on Israeli soldiers.",
    ],
)
def test_an_act_not_claimed_has_no_doer(analyzer, text):
    """Denying, not claiming or being blamed for an attack does not make the party its doer."""
    assert not any(
        e.plover_type == "ASSAULT" and e.source is not None and e.source.country == "PSE" for e in _events(analyzer, text)
    )


def test_revenge_vowed_is_not_an_agreement(analyzer):
    triples = _triples(_events(analyzer, "Hezbollah vowed revenge against Israel."))
    assert ("THREATEN", "LBN", "ISR") in triples
    assert ("AGREE", "LBN", "ISR") not in triples
