"""Group and collective sides (issue 14, seventh session, h14group8): "the participants", "the three countries'
leaders", a hyphenated pair of countries, and a joint "we". Each test is one class of construction, with a positive
and a negative case, on sentences written for the test (not taken from an evaluation file)."""

from __future__ import annotations

from test_events_arguments import _events, _pairs

STATE = "https://www.state.gov/a-statement/"


def _dyads(events, ptype=None):
    """The country pairs (either order) of the two-sided events of a type."""
    return {
        frozenset((e.source.country, e.target.country))
        for e in events
        if e.source is not None and e.target is not None and (ptype is None or e.plover_type == ptype)
    }


def test_two_sides_take_the_meeting_told_before_and_nothing_without_one(analyzer):
    text = "President Lula held talks with President Alberto Fernandez in Brasilia. The two sides agreed to expand trade."
    assert frozenset(("BRA", "ARG")) in _dyads(_events(analyzer, text), "AGREE"), _pairs(_events(analyzer, text))
    # no meeting, call or pair anywhere before: "the two sides" stays without sides
    text = "The harvest was good this year. The two sides agreed to expand trade."
    assert not _dyads(_events(analyzer, text), "AGREE"), _pairs(_events(analyzer, text))


def test_bare_participants_take_every_party_of_the_call(analyzer):
    text = (
        "Foreign Minister Sergey Lavrov spoke by telephone with Foreign Minister Mevlut Cavusoglu and Foreign "
        "Minister Hossein Amir-Abdollahian. Participants discussed the situation in the South Caucasus."
    )
    events = _events(analyzer, text)
    second = text.index("Participants")
    later = [
        e for e in events if e.plover_type == "CONSULT" and any(s >= second for s, _ in [(e.sentence_start, 0), *e.evidence])
    ]
    assert any(e.source and e.target and e.source.country == "RUS" and e.target.country in ("TUR", "IRN") for e in later), _pairs(
        events
    )
    # nothing told together before: the participants are nobody known
    text = "The museum opened a new hall. Participants discussed the situation in the South Caucasus."
    assert not _dyads(_events(analyzer, text)), _pairs(_events(analyzer, text))


def test_the_n_countries_leaders_need_as_many_parties(analyzer):
    three = (
        "Vladimir Putin had a telephone conversation with Recep Tayyip Erdogan and Ebrahim Raisi. "
        "The three countries' leaders continued their discussion of the grain deal."
    )
    events = _events(analyzer, three)
    second = three.index("The three")
    later = [e for e in events if any(s >= second for s, _ in [(e.sentence_start, 0), *e.evidence])]
    assert any(e.plover_type == "CONSULT" and e.source and e.target for e in later), _pairs(events)
    # a meeting of two before "the three countries' leaders": not those three, no sides
    two = (
        "Vladimir Putin had a telephone conversation with Recep Tayyip Erdogan. "
        "The three countries' leaders continued their discussion of the grain deal."
    )
    events = _events(analyzer, two)
    second = two.index("The three")
    later = [e for e in events if e.sentence_start >= second]
    assert not any(e.source and e.target for e in later), _pairs(later)


def test_a_hyphenated_pair_of_relations_names_the_two_parties(analyzer):
    for text in (
        "The presidents will discuss the development of Brazil-Argentina trade relations.",
        "The two leaders will discuss preparations for the next Japan–Philippines strategic dialogue.",
    ):
        found = _dyads(_events(analyzer, text), "CONSULT")
        assert found & {frozenset(("BRA", "ARG")), frozenset(("JPN", "PHL"))}, (text, found)
    # a hyphenated pair of a dispute is no meeting's parties: the presidents stay unknown
    text = "The presidents will discuss the Brazil-Argentina border dispute."
    assert not _dyads(_events(analyzer, text), "CONSULT"), _pairs(_events(analyzer, text))


def test_joint_we_is_both_parties_told_before(analyzer):
    text = (
        "President Lula met President Alberto Fernandez of Argentina in Brasilia. "
        "We will continue to work in partnership to fight hunger in the region."
    )
    assert frozenset(("BRA", "ARG")) in _dyads(_events(analyzer, text), "COOPERATE"), _pairs(_events(analyzer, text))
    # a partner named in the clause: "we" is one side, not the pair told before
    text = (
        "President Lula met President Alberto Fernandez of Argentina in Brasilia. "
        "We will continue to work in partnership with Chile to fight hunger in the region."
    )
    assert frozenset(("BRA", "ARG")) not in _dyads(_events(analyzer, text), "COOPERATE"), _pairs(_events(analyzer, text))


def test_issuer_we_of_a_joint_act_takes_its_partner(analyzer):
    text = (
        "The United States congratulates the people of Ghana on their Independence Day. "
        "We will continue to work in partnership to advance health security and prosperity."
    )
    events = _events(analyzer, text, url=STATE)
    assert frozenset(("USA", "GHA")) in _dyads(events, "COOPERATE"), _pairs(events)
    # the same words in a newspaper with no pair before: "we" is nobody known
    events = _events(analyzer, "We will continue to work in partnership to advance health security and prosperity.")
    assert not _dyads(events, "COOPERATE"), _pairs(events)


def test_a_journalists_we_is_not_the_government(analyzer):
    text = (
        "MR PRICE: The Secretary met Foreign Minister Shirley Botchwey of Ghana today. "
        "QUESTION: We will continue to work in partnership to cover the region. Will the Secretary travel to Accra?"
    )
    events = _events(analyzer, text, url=STATE)
    assert not any(
        e.plover_type == "COOPERATE" and e.source is not None and e.source.country in ("USA", "GHA") for e in events
    ), _pairs(events)


def _titled(analyzer, text, title, url):
    from attache.model import Article, Paragraph

    art = Article(
        id="t", text=text, paragraphs=[Paragraph(0, len(text))], language="en", published="2022-04-08", url=url, title=title
    )
    return analyzer.analyze([art])[0].events


KREMLIN = "http://en.kremlin.ru/events/president/news/1"


def test_the_title_names_the_parties_when_the_text_before_does_not(analyzer):
    text = "The leaders discussed the development of trade and economic ties."
    found = _titled(analyzer, text, "Telephone conversation with President of Kyrgyzstan Sadyr Japarov", KREMLIN)
    assert frozenset(("RUS", "KGZ")) in _dyads(found, "CONSULT"), _pairs(found)
    # a country the title names as its topic ("on the situation in ...") is no party; no title: nobody known
    found = _titled(analyzer, text, "Statement on the situation in Kyrgyzstan", KREMLIN)
    assert not _dyads(found, "CONSULT"), _pairs(found)
    found = _titled(analyzer, text, None, KREMLIN)
    assert not _dyads(found, "CONSULT"), _pairs(found)


def test_they_of_a_readout_takes_the_title_parties_unless_a_plural_group_came_before(analyzer):
    title = "Secretary Blinken's Meeting with Ghanaian Foreign Minister Shirley Botchwey"
    found = _titled(analyzer, "They agreed to expand cooperation on maritime security.", title, STATE)
    assert frozenset(("USA", "GHA")) in _dyads(found, "AGREE"), _pairs(found)
    text = "The fishermen returned to the harbour at dawn. They agreed to expand cooperation on maritime security."
    found = _titled(analyzer, text, title, STATE)
    assert frozenset(("USA", "GHA")) not in _dyads(found, "AGREE"), _pairs(found)
    # the same sentence in a newspaper: "they" is not read from the title
    found = _titled(analyzer, "They agreed to expand cooperation on maritime security.", title, "https://example-paper.com/a")
    assert frozenset(("USA", "GHA")) not in _dyads(found, "AGREE"), _pairs(found)


def test_we_appreciating_a_collaboration_with_a_named_partner_is_one_side(analyzer):
    text = "The United States congratulates the people of Ghana on their Independence Day. We appreciate our collaboration with Ghana."
    found = _events(analyzer, text, url=STATE)
    assert not any(e.source is not None and e.source.country == "GHA" for e in found), _pairs(found)


def test_a_pair_phrase_as_possessor_takes_the_meeting_parties(analyzer):
    meeting = "President Lula held talks with President Alberto Fernandez in Brasilia. "
    for second in ("The two countries' cooperation in energy has grown fast.", "Both sides' negotiators agreed to cut tariffs."):
        found = _events(analyzer, meeting + second)
        later = [e for e in found if any(s >= len(meeting) for s, _ in [(e.sentence_start, 0), *e.evidence])]
        assert frozenset(("BRA", "ARG")) in _dyads(later), (second, _pairs(found))
    # no meeting before: the possessor is nobody known
    found = _events(analyzer, "The harvest was good. The two countries' cooperation in energy has grown fast.")
    assert not _dyads(found), _pairs(found)
