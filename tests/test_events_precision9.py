"""Events that are no events, and words read in another sense (issue 14, eighth session, h14prec9).

Sentences written for these tests (none taken from an evaluation file). For each class (``events/data/nonacts.yaml``
and the ``senses`` section of ``events/data/triggers_phrases.yaml``), sentences where the trigger word tells no act
(the coder emitted an event there before) and sentences of the same word where the act is real and stays:

- an event or a thing hosted ("host yet another Congress of World Religions", "the 6th Fleet headquarters") is no
  visit received; hosting a person or a meeting of an international body ("hosted a UN Security Council meeting")
  stays;
- a naming participle ("a firm called eTranslate") is no call; "Putin called Erdogan" stays;
- "leave aside NATO" is no departure;
- "threat" as a danger ("a growing terrorist threat", "poses a threat to") is no threat made; "issued a threat
  against" stays;
- "in support of these efforts" is a purpose; support voiced for a party stays;
- "resumed operations" is an office's functioning; a joint operation stays;
- a relationship told as a state ("the prospects for strategic cooperation", "the durability of the partnership",
  "celebrating our partnership"); cooperation agreed stays;
- "loose talk" is rhetoric, no consultation ("had a talk with Macron" stays); "deliver for the people" performs, no
  aid (goods delivered to a country stay);
- a trigger noun inside a programme's name ("the U.S. – Caribbean Partnership to Address ..."), not in a headline;
- a question put ("asked Lukashenko about the harvest", "asked whether ...") is no request; asking a party for a thing
  or to act stays;
- a named agreement or a document as the subject of its content ("the Minsk agreements", "the treaty obliges");
  an agreement between two named parties and a treaty signed stay;
- a commitment with no partner ("our commitment to human rights"); a commitment to a ceasefire with a party stays;
- "meet its defense needs", "met the conditions" meet nobody; "Putin met Xi" stays;
- defending a territory or an interest is no support of a party, nor is the adversary of "defending against" the one
  supported; "China defended Russia" stays, and defending against a party stays a fight;
- a participle of talks describing a thing ("the regime ever negotiated") and a document as a predicate ("the baseline
  document is that 2015 deal") tell no act.
"""

from __future__ import annotations

import pytest

from eventkit import article, coded_events, triples

DATE = "2024-03-04"
STATE = "https://www.state.gov/a-statement/"


def _events(analyzer, text, url=None):
    return coded_events(analyzer, text, DATE, url=url)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an event hosted
        ("Italy hosts the U.S. Navy's 6th Fleet headquarters in Naples.", "host"),
        ("Kazakhstan will host yet another Congress of World Religions in Astana.", "host"),
        # a naming participle
        ("Tseng runs a firm called eTranslate in Taipei.", "called"),
        # a particle of another sense
        ("I'll leave aside NATO for the moment; the United States and Spain are working together on migration.", "leave"),
        # threat as a danger
        ("Officials in Kenya warned of a growing terrorist threat from Somalia.", "threat"),
        ("Iran poses a threat to Israel, the minister said.", "threat"),
        ("The potential threat of an uncontrolled North Korean missile program worries Japan.", "threat"),
        # a purpose
        ("In support of these efforts, Secretary Blinken is traveling to Nairobi to meet President Ruto.", "support"),
        # functioning
        ("The embassy in Kabul resumed operations after the pandemic.", "operations"),
        # a relationship as a state
        ("The document will determine the long-term prospects for strategic cooperation between Iran and Russia.", "cooperation"),
        ("The talks confirmed the durability of the partnership between Kazakhstan and Russia.", "partnership"),
        ("Biden looks forward to celebrating our partnership with Israel during his visit.", "partnership"),
        # rhetoric, no consultation; performing, no aid
        ("Russia's loose talk about its nuclear weapons is irresponsible.", "talk"),
        ("The government must deliver for the people of Kenya.", "deliver"),
        # a programme's name
        (
            "We look to promote security through the U.S. – Caribbean Partnership to Address the Climate Crisis 2030.",
            "partnership",
        ),
        # a question put
        ("Putin asked Lukashenko about the harvest in Belarus.", "asked"),
        ("The senator asked the Kenyan minister whether the election had been fair.", "asked"),
        # documents
        ("The Minsk agreements were never implemented by Russia.", "agreements"),
        ("The treaty obliges Russia to notify Norway of any exercise.", "treaty"),
        # meeting a need
        ("The United States will help Ukraine meet its defense needs.", "meet"),
        ("Kenya has met the conditions set by the IMF.", "met"),
        # defending a territory or an interest
        ("Ukraine is fighting bravely to defend its people and its independence with help from Poland.", "defend"),
        ("Syrian soldiers defend the interests of Syria with Russian support.", "defend"),
    ],
)
def test_no_event_from_a_word_that_tells_no_act(analyzer, text, word):
    events = _events(analyzer, text)
    assert not [e for e in events if e.trigger.lower().startswith(word)], [
        (e.trigger, e.plover_type, e.source and e.source.name, e.target and e.target.name) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We have a vital interest in deterring North Korea and defending against its provocations.", "defending"),
        ("We have seen the most stringent verification regime ever negotiated.", "negotiated"),
        ("The baseline document is that 2015 deal, both for us and for Iran.", "deal"),
    ],
)
def test_no_event_in_a_government_text_from_a_word_that_tells_no_act(analyzer, text, word):
    """The same in a State Department text, where "we" is the issuing government."""
    events = _events(analyzer, text, url=STATE)
    assert not [e for e in events if e.trigger.lower().startswith(word)]


def test_a_commitment_with_no_partner_is_no_agreement(analyzer):
    text = "We reaffirm our commitment to human rights and democracy."
    events = _events(analyzer, text, url=STATE)
    assert not [e for e in events if e.plover_type == "AGREE"]


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Russian President Yeltsin hosted Japanese Prime Minister Hashimoto in Irkutsk on Saturday.", ("CONSULT", "RUS", "JPN")),
        ("Putin called Erdogan on Monday.", ("CONSULT", "RUS", "TUR")),
        ("Russia threatened Lithuania with retaliation.", ("THREATEN", "RUS", "LTU")),
        ("Hamas leaders issued a threat against Israel on Friday.", ("THREATEN", "PSE", "ISR")),
        ("The United States voiced its support for Ukraine.", ("SUPPORT", "USA", "UKR")),
        ("Vietnam and Japan agreed to deepen their cooperation in maritime security.", ("COOPERATE", "VNM", "JPN")),
        ("Russia and China signed a partnership agreement in Moscow.", ("AGREE", "RUS", "CHN")),
        ("The agreement between Israel and Hamas took effect on Sunday.", ("AGREE", "ISR", "PSE")),
        ("Germany and Poland signed the Treaty of Friendship and Cooperation in 1991.", ("AGREE", "DEU", "POL")),
        ("Russia reaffirmed its commitment to the ceasefire agreement with Ukraine.", ("AGREE", "RUS", "UKR")),
        ("Putin met Xi in Beijing on Monday.", ("CONSULT", "RUS", "CHN")),
        ("Putin had a talk with Macron on Monday.", ("CONSULT", "RUS", "FRA")),
        ("Biden said he was going to talk to Putin on the phone.", ("CONSULT", "USA", "RUS")),
        ("Secretary Blinken hosted a UN Security Council meeting on May 19th.", ("CONSULT", "USA", None)),
        ("Ukraine asked Germany for more tanks.", ("REQUEST", "UKR", "DEU")),
        ("Iraq asked Turkey to withdraw its troops.", ("REQUEST", "IRQ", "TUR")),
        ("Japan delivered 20 tons of rice to Haiti on Monday.", ("AID", "JPN", "HTI")),
        ("Germany will deliver to Ukraine more tanks.", ("AID", "DEU", "UKR")),
        ("China defended Russia at the Security Council on Tuesday.", ("SUPPORT", "CHN", "RUS")),
        ("NATO troops in Estonia defend the territory of the alliance against Russia.", ("ASSAULT", None, "RUS")),
        ("Ukraine defended against Russian attacks in the east.", ("ASSAULT", "UKR", "RUS")),
        ("The Ukrainian army defended Kharkiv against Russian troops.", ("ASSAULT", "UKR", "RUS")),
    ],
)
def test_the_act_of_the_same_word_stays(analyzer, text, triple):
    assert triple in triples(_events(analyzer, text))


def test_a_joint_operation_is_kept_by_the_functioning_class(analyzer):
    """The functioning class leaves a cooperative operation ("a joint operation with X") to the coder."""
    from attache.events import nonacts
    from attache.model import Event
    from attache.nlp import parse

    text = "Kenya ran a joint operation with Somalia, and the hotel resumed operations after the floods."
    doc = next(iter(parse([article(text, DATE)]))).segments[0].doc
    joint = next(t for t in doc if t.lower_ == "operation")
    plain = next(t for t in doc if t.lower_ == "operations")

    def event(tok) -> Event:
        return Event(
            id="x", article_id="a", sentence_start=0, sentence_end=len(doc.text), trigger_start=tok.idx,
            trigger_end=tok.idx + len(tok), trigger=tok.text, plover_type="COOPERATE", plover_mode=None, cameo_code="",
            cameo_root="", quad_class=1, intensity=0.0, source=None, target=None, date=None, date_text=None,
            date_precision="unknown", location=None, domain="other", factuality="asserted", factuality_cue=None,
            attributed_to=None, confidence=0.5,
        )  # fmt: skip

    assert nonacts.matches(event(joint), joint) is None
    assert nonacts.matches(event(plain), plain) == "functioning"


def test_the_classes_file_loads_with_its_word_lists():
    from attache.events import nonacts

    r = nonacts.rules()
    assert "THREATEN" in r["danger_nouns"]["types"]  # PLOVER types keep their case
    assert "terrorist" in r["danger_nouns"]["modifiers"]
    assert r["particles"][0]["words"] == frozenset({"aside"})


def test_a_headline_in_title_case_keeps_its_event(analyzer):
    """Title case is no programme name: the aid announced by a headline stays."""
    text = "Nearly $103 Million in Department of State Humanitarian Assistance"
    assert [e for e in _events(analyzer, text) if e.plover_type == "AID"]
