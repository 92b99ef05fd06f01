"""Who did what to whom, by class of case (issue 14): each test is one class the coder reads, checked on
sentences written for the test (not taken from an evaluation file)."""

from __future__ import annotations

from attache.model import Article, Paragraph
from eventkit import coded_events
from eventkit import triples as _pairs


def _events(analyzer, text, url=None, date="2022-04-08"):
    return coded_events(analyzer, text, date, "t", url=url)


def test_issuing_government_speaks_in_first_person(analyzer):
    text = "We condemn Russia's brutal attacks on civilians and call on Moscow to end the war."
    own = _pairs(_events(analyzer, text, url="https://www.state.gov/some-statement/"))
    assert ("ACCUSE", "USA", "RUS") in own
    assert ("REQUEST", "USA", "RUS") in own
    # the same words in a newspaper: "we" is no state
    assert not any(src == "USA" for _, src, _ in _pairs(_events(analyzer, text, url="https://example-paper.com/a")))


def test_bare_office_of_the_issuer(analyzer):
    found = _pairs(
        _events(
            analyzer, "The Department is designating Russian oligarchs and sanctioning Russia.", url="https://www.state.gov/x/"
        )
    )
    assert any(t == "SANCTION" and s == "USA" for t, s, _ in found)


def test_demanded_act_is_not_a_separate_event(analyzer):
    events = _events(analyzer, "The French foreign minister said that Syria must withdraw its troops from Lebanon.")
    assert ("REQUEST", "FRA", "SYR") in _pairs(events)
    assert not any(e.plover_type == "RETREAT" for e in events)  # demanded, not reported as done


def test_its_people_is_the_party_named_before(analyzer):
    events = _events(analyzer, "The Kremlin continues its brutal assault on Ukraine and its people.")
    assert ("ASSAULT", "RUS", "UKR") in _pairs(events)
    assert all(e.target is None or e.target.country for e in events if e.plover_type == "ASSAULT")


def test_intention_to_cooperate_is_an_agreement(analyzer):
    events = _events(
        analyzer, "The two presidents confirmed their intention to further improve the Russia-Azerbaijan strategic partnership."
    )
    types = {e.plover_type for e in events}
    assert "AGREE" in types and "COOPERATE" not in types


def test_what_is_given_is_not_the_recipient(analyzer):
    events = [
        e
        for e in _events(analyzer, "The United States is providing aerial photographs and military intelligence to Macedonia.")
        if e.plover_type == "AID"
    ]
    assert events and all(e.target is not None and e.target.country == "MKD" for e in events)


def test_group_placed_in_a_country_is_of_it(analyzer):
    events = _events(analyzer, "Authorities in Croatia cracked down on Serbian nationalists.")
    assert any(e.plover_type == "COERCE" and e.source.country == "HRV" for e in events)


def test_led_forces_are_the_leaders(analyzer):
    found = _pairs(_events(analyzer, "The Saudi-led coalition bombed Houthi positions in Yemen on Monday."))
    assert any(t == "ASSAULT" and s == "SAU" for t, s, _ in found)


def test_date_of_first_conjunct_dates_the_second(analyzer):
    events = _events(
        analyzer,
        "In 2018, Hungary licensed Czech firearm technology and then signed an agreement with Poland.",
        date="2019-11-07",
    )
    agree = [e for e in events if e.plover_type == "AGREE"]
    assert agree and agree[0].date.startswith("2018")


def test_bare_demand_in_a_government_text_is_the_authors(analyzer):
    text = "Iran must release the detained aid workers. Japan and the United States should work together."
    found = _pairs(_events(analyzer, text, url="https://www.state.gov/x/"))
    assert ("REQUEST", "USA", "IRN") in found
    assert not any(t == "REQUEST" and d in ("USA", "JPN") for t, _, d in found)  # no demand on itself or its partner
    assert not any(t == "REQUEST" for t, _, _ in _pairs(_events(analyzer, "Iran must release the detained aid workers.")))


def test_words_of_blame_on_an_act_accuse_its_doer(analyzer):
    found = _pairs(_events(analyzer, "Vladimir Putin pointed to the provocative actions of the Georgian leadership."))
    assert ("ACCUSE", "RUS", "GEO") in found
    # the act as subject, with no speaker: no accusation from nowhere
    assert not any(t == "ACCUSE" for t, _, _ in _pairs(_events(analyzer, "Georgia's provocative actions continued.")))


def _sentence_events(events, text, sentence):
    start = text.index(sentence)
    return [e for e in events if e.sentence_start >= start or any(s >= start for s, _ in e.evidence)]


def test_pair_named_in_the_sentence_before(analyzer):
    text = (
        "Prime Minister Narendra Modi welcomed Chancellor Olaf Scholz in New Delhi. "
        "The two leaders signed an agreement on green energy."
    )
    events = _sentence_events(_events(analyzer, text), text, "The two leaders")
    agree = [e for e in events if e.plover_type == "AGREE"]
    assert agree and {agree[0].source.country, agree[0].target.country} == {"IND", "DEU"}
    span = agree[0].source_span
    assert span["text"] == "leaders" and "resolved_from" in span  # the evidence stays the words of the sentence
    # with nothing before it, the pair stays unknown rather than guessed
    alone = _events(analyzer, "The two leaders signed an agreement on green energy.")
    assert not any(e.plover_type == "AGREE" and e.source and e.source.country for e in alone)


def test_he_is_the_subject_of_the_sentence_before(analyzer):
    text = "Foreign Minister Sergey Lavrov met the press in Moscow on Monday. He condemned Japan's sanctions."
    events = _sentence_events(_events(analyzer, text), text, "He condemned")
    assert ("ACCUSE", "RUS", "JPN") in _pairs(events)
    accuse = next(e for e in events if e.plover_type == "ACCUSE")
    assert accuse.source_span["text"] == "He"
    assert "Lavrov" in accuse.source_span["resolved_from"]["text"]


def test_counterpart_is_the_other_side_of_the_call(analyzer):
    text = (
        "Vladimir Putin had a telephone conversation with President of Finland Sauli Niinisto. "
        "Vladimir Putin informed his counterpart about the talks."
    )
    events = _sentence_events(_events(analyzer, text), text, "Vladimir Putin informed")
    assert any(e.plover_type == "CONSULT" and {e.source.country, e.target.country} == {"RUS", "FIN"} for e in events if e.target)


def test_protest_in_a_phrase_is_done_by_the_subject(analyzer):
    events = _events(analyzer, "Kenyan students staged a sit-in on Monday in protest against the arrests by Ugandan police.")
    assert ("PROTEST", "KEN", "UGA") in _pairs(events)


def test_on_behalf_of_gives_the_source(analyzer):
    found = _events(analyzer, "On behalf of the United States, it is my pleasure to congratulate the people of Ghana.")
    assert ("SUPPORT", "USA", "GHA") in _pairs(found)


def test_one_plural_side_for_two_actors_gives_two_events_that_store(analyzer, tmp_path):
    # "the two leaders" stands for both leaders named before: one span, two actors, so two events; their ids
    # must differ, or saving the article breaks the store's primary key (a whole batch lost)
    from attache.store import open_store

    text = (
        "Prime Minister Narendra Modi welcomed Chancellor Olaf Scholz in New Delhi. The two leaders urged Russia to end the war."
    )
    art = Article(id="t", text=text, paragraphs=[Paragraph(0, len(text))], language="en", published="2022-07-29")
    analysis = analyzer.analyze([art])[0]
    urged = [e for e in _sentence_events(analysis.events, text, "The two leaders") if e.plover_type == "REQUEST"]
    assert {(e.source.country, e.target.country) for e in urged if e.source and e.target} == {("IND", "RUS"), ("DEU", "RUS")}
    assert len({e.id for e in analysis.events}) == len(analysis.events)
    with open_store(str(tmp_path / "a.duckdb")) as store:
        store.add_articles([art])
        store.save_analyses([analysis])
        assert store.count("events") == len(analysis.events)
