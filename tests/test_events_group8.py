"""Group and collective sides (issue 14, seventh session, h14group8): "the participants", "the three countries'
leaders", a hyphenated pair of countries, and a joint "we". Each test is one class of construction, with a positive
and a negative case, on sentences written for the test (not taken from an evaluation file).

The cases that check only the country pairs of the events ("the two sides", a hyphenated pair, a joint "we", "they" of a
readout, the title's parties, a pair phrase as possessor) are in tests/data/context_sides.yaml (group group8), run by
tests/test_events_context_cases.py."""

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


def _later(events, text, marker, ptype=None):
    """The events (of type ``ptype``, if given) told in (or merged with) the sentence that starts at ``marker``."""
    at = text.index(marker)
    return [
        e
        for e in events
        if ptype in (None, e.plover_type) and any(s >= at for s in [e.sentence_start, *(span[0] for span in e.evidence)])
    ]


def test_bare_participants_take_every_party_of_the_call(analyzer):
    text = (
        "Foreign Minister Sergey Lavrov spoke by telephone with Foreign Minister Mevlut Cavusoglu and Foreign "
        "Minister Hossein Amir-Abdollahian. Participants discussed the situation in the South Caucasus."
    )
    events = _events(analyzer, text)
    later = _later(events, text, "Participants", "CONSULT")
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
    assert any(e.source and e.target for e in _later(events, three, "The three", "CONSULT")), _pairs(events)
    # a meeting of two before "the three countries' leaders": not those three, no sides
    two = (
        "Vladimir Putin had a telephone conversation with Recep Tayyip Erdogan. "
        "The three countries' leaders continued their discussion of the grain deal."
    )
    events = _events(analyzer, two)
    second = two.index("The three")
    later = [e for e in events if e.sentence_start >= second]
    assert not any(e.source and e.target for e in later), _pairs(later)


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


def test_we_appreciating_a_collaboration_with_a_named_partner_is_one_side(analyzer):
    text = "The United States congratulates the people of Ghana on their Independence Day. We appreciate our collaboration with Ghana."
    found = _events(analyzer, text, url=STATE)
    assert not any(e.source is not None and e.source.country == "GHA" for e in found), _pairs(found)
