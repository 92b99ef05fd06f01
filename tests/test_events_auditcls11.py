"""The error classes the hand audits keep finding (issue 14, tenth session, h14auditcls11).

Sentences written for these tests (none taken from an evaluation file, an audit sample or the seeds). For each class
added by this branch, sentences where the coder emitted a false event (or a wrong factuality) before, and sentences of
the same words where the act is real and stays:

- a relationship told by what it serves, rests on or is given ("a partnership with X serves both our interests", "is
  based on", "give a boost to our partnership", "building on our partnership") is no act of cooperation; a
  partnership expanded by two parties stays;
- a dialogue named as a channel ("an effective mechanism for a direct dialogue") is no talks; a dialogue held stays;
- a belief called a "conviction" (with a "that" clause) is no sentence passed; a court's conviction is not touched;
- "sought to" is trying, no request; seeking a thing from a party stays;
- sharing a view is no consultation; sharing an assessment with a party stays;
- a topic of talks ("to discuss strengthening our partnership", "will discuss cooperation on ..., assistance to X")
  is no act of its own; the talks stay, and an act told beside the talks stays;
- greetings a speaker asks a guest to convey are sent (asserted), not demanded; an act asked of someone else stays
  demanded.
"""

from __future__ import annotations

import pytest

from eventkit import coded_events

DATE = "2024-05-14"
STATE = "https://www.state.gov/a-press-briefing/"


def _events(analyzer, text, url=STATE):
    return coded_events(analyzer, text, DATE, url=url)


def _show(events):
    return [(e.trigger, e.plover_type, e.source and e.source.name, e.target and e.target.name, e.factuality) for e in events]


def _of(events, ptype, word):
    return [e for e in events if e.plover_type == ptype and word in (e.trigger or "").lower()]


# type, trigger word | sentence: the event the coder emitted on main, and no longer does
NO_EVENTS = """
COOPERATE partnership | MR PRICE: A deep and lasting strategic partnership with Mongolia serves both our interests and Mongolia's interests.
COOPERATE partnership | MR PRICE: Our partnership with Chile is based on shared democratic values.
COOPERATE partnership | MR PRICE: I am sure this visit will give a major boost to our strategic partnership with Kazakhstan.
COOPERATE partnership | MR PRICE: So we are looking forward to the visit to Lisbon, building on our partnership with Portugal.
CONSULT dialogue | The Caspian Energy Club is an effective mechanism for a direct dialogue between Kazakh and Azerbaijani oil companies.
SANCTION conviction | MR PRICE: It is our conviction that any future government in Mali has to be Malian-led.
SANCTION conviction | MR PRICE: What this is really about is President Lukashenko's conviction that Lithuania does not deserve to be independent.
REQUEST sought | MR PRICE: Armenia's absence from the forum is something that we have sought to rectify.
CONSULT shares | MR PRICE: I would say that the Secretary shares the senator's view that the Wagner Group is a criminal organisation.
COOPERATE partnership | MR PRICE: In Accra, the delegation will meet Ghanaian officials to discuss strengthening our economic partnership and U.S. support for Ghana's farmers.
SUPPORT support | MR PRICE: In Accra, the delegation will meet Ghanaian officials to discuss strengthening our economic partnership and U.S. support for Ghana's farmers.
AID assistance | MR PRICE: Deputy Secretary Sherman will discuss U.S.-Japan cooperation on a range of topics, including assistance to Moldova and sanctions on Belarus.
"""


@pytest.mark.parametrize(
    ("ptype", "word", "text"),
    [(*head.split(), text) for head, text in (line.split(" | ", 1) for line in NO_EVENTS.strip().splitlines())],
)
def test_a_state_a_belief_an_attempt_a_view_or_a_topic_is_no_event(analyzer, ptype, word, text):
    events = _events(analyzer, text)
    assert not _of(events, ptype, word), _show(events)


def test_the_talks_whose_topic_is_dropped_stay(analyzer):
    text = "MR PRICE: In Accra, the delegation will meet Ghanaian officials to discuss strengthening our economic partnership."
    events = _events(analyzer, text)
    meet = _of(events, "CONSULT", "meet")
    assert meet and meet[0].target is not None and meet[0].target.country == "GHA", _show(events)
    assert meet[0].factuality == "planned"


@pytest.mark.parametrize(
    ("text", "ptype", "word", "target"),
    [
        # a partnership acted on by two parties, a dialogue held, a thing sought from a party, a view shared with one
        ("Canada and Mexico expanded their partnership on clean energy last week.", "COOPERATE", "expanded", "MEX"),
        ("Latvian and Danish ministers held a dialogue in Riga on Monday.", "CONSULT", "dialogue", "DNK"),
        ("Lebanon sought emergency loans from the World Bank.", "REQUEST", "sought", None),
        ("Norway shared its intelligence assessment with Sweden on Tuesday.", "CONSULT", "shared", "SWE"),
        # an act told beside the talks, not as their topic
        ("Germany sent aid to Haiti and discussed the crisis with Brazil.", "AID", "aid", "HTI"),
    ],
)
def test_the_same_words_as_real_acts_stay(analyzer, text, ptype, word, target):
    events = _events(analyzer, text, url=None)
    found = _of(events, ptype, word)
    assert found, _show(events)
    if target:
        assert any(e.target is not None and e.target.country == target for e in found), _show(found)


def test_greetings_a_guest_is_asked_to_convey_are_sent(analyzer):
    text = "Vladimir Putin: I asked our guest to convey our warmest greetings and wishes of good health to President Lula."
    events = _events(analyzer, text, url="http://en.kremlin.ru/events/president/news/1")
    found = _of(events, "SUPPORT", "convey")
    assert found, _show(events)
    assert all(e.factuality == "asserted" for e in found), _show(found)


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin: We asked Germany to send more troops to Lithuania.",
        "Vladimir Putin: I asked the ambassador to convey your greetings to President Erdogan.",
    ],
)
def test_an_act_asked_of_someone_else_stays_demanded(analyzer, text):
    events = _events(analyzer, text, url="http://en.kremlin.ru/events/president/news/2")
    asked = [e for e in events if e.plover_type != "REQUEST"]
    assert asked, _show(events)
    assert all(e.factuality == "demanded" for e in asked), _show(asked)


def test_a_partys_own_commitment_restated_as_a_topic_stays(analyzer):
    events = _events(
        analyzer, "MR PRICE: We've talked about our ironclad commitment to the defense of Estonia, and to Latvia as well."
    )
    found = _of(events, "SUPPORT", "commitment")
    assert found and found[0].target is not None and found[0].target.country == "EST", _show(events)


def test_what_a_spokesman_says_another_party_did_is_reported_by_him(analyzer):
    events = _events(analyzer, "MR PRICE: Good afternoon. The Chinese army fired missiles toward Taiwan yesterday.")
    found = _of(events, "ASSAULT", "fired")
    assert found, _show(events)
    assert all(e.factuality == "reported" and "PRICE" in (e.attributed_to or "") for e in found), _show(found)


@pytest.mark.parametrize(
    ("text", "ptype", "word"),
    [
        # the speaker's own party's act, a presupposed noun phrase, the same act told outside a transcript
        ("MR PRICE: Good afternoon. Secretary Blinken met the Turkish foreign minister in Ankara yesterday.", "CONSULT", "met"),
        ("MR PRICE: Good afternoon. Russia's brutal war against Ukraine continues.", "ASSAULT", "war"),
        ("The Chinese army fired missiles toward Taiwan yesterday.", "ASSAULT", "fired"),
        # a joint act of the speaker and another party
        (
            "MR PRICE: Good afternoon. The Japanese foreign minister and I agreed to expand our cooperation yesterday.",
            "AGREE",
            "agreed",
        ),
    ],
)
def test_the_speakers_own_side_a_presupposed_act_and_a_press_statement_stay_asserted(analyzer, text, ptype, word):
    events = _events(analyzer, text)
    found = _of(events, ptype, word)
    assert found, _show(events)
    assert all(e.factuality == "asserted" for e in found), _show(found)
