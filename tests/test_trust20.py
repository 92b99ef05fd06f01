"""Nineteenth session: a position two parties state together is an agreement between them ("Both sides highlighted the
importance of cooperation", "The leaders reaffirmed their mutual intention to ..."), while one party stating it is not;
a country after "for the" in a title is a topic; a "Director General" with a country is that country's official;
`attache eval dyads` reads the article title the annotators read, and scores a gold row with no target as fully right
when an event with no target has its type, source country, factuality and date. Sentences and rows written for these
tests."""

from __future__ import annotations

import json

import pytest

from attache.evaluate import dyads
from attache.events import coref
from eventkit import coded_events, mentions, triples

DAY = "2022-05-20"
STATE = "https://www.state.gov/secretary-blinkens-meeting/"


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Secretary Blinken met Thai Foreign Minister Don Pramudwinai in Washington. "
            "Both sides highlighted the importance of cooperation in regional forums.",
            {"USA", "THA"},
        ),
        (
            "Vladimir Putin met President of Azerbaijan Ilham Aliyev in Moscow. "
            "The leaders reaffirmed their mutual intention to further develop cooperation in trade.",
            {"RUS", "AZE"},
        ),
        (
            "Secretary Blinken met Israeli Foreign Minister Yair Lapid in Rome. "
            "The two ministers stressed the need for close coordination on Iran.",
            {"USA", "ISR"},
        ),
        (
            "Secretary Blinken and Israeli Foreign Minister Yair Lapid underscored the importance of the bilateral relationship.",
            {"USA", "ISR"},
        ),
    ],
)
def test_a_position_stated_together_is_an_agreement_between_the_parties(analyzer, text, pair):
    events = coded_events(analyzer, text, DAY)
    agreed = [e for e in events if e.plover_type == "AGREE" and e.source and e.target]
    assert any({e.source.country, e.target.country} == pair for e in agreed), triples(events)


def test_one_party_stressing_the_importance_asks_its_counterpart(analyzer):
    text = "Secretary Blinken met Israeli Foreign Minister Yair Lapid in Rome. Blinken stressed the importance of cooperation."
    events = coded_events(analyzer, text, DAY)
    stressed = [e for e in events if "stressed" in (e.trigger or "")]
    assert stressed and all(e.plover_type == "REQUEST" for e in stressed), triples(events)


def test_a_third_partys_readiness_is_not_the_parties_own_position(analyzer):
    text = (
        "Secretary Blinken met French Foreign Minister Jean-Yves Le Drian in Munich. They reaffirmed their support for "
        "Ukraine's sovereignty, as well as the readiness of Allies and partners to impose severe consequences on Russia."
    )
    events = coded_events(analyzer, text, DAY)
    assert not any(e.plover_type == "AGREE" for e in events), triples(events)


def test_one_party_alone_states_no_agreement(analyzer):
    text = "The Foreign Minister of Thailand reaffirmed the importance of regional forums."
    events = coded_events(analyzer, text, DAY)
    assert not any(e.plover_type == "AGREE" for e in events), triples(events)


def test_a_country_after_for_the_in_a_title_is_its_topic():
    title = "Special Representative for the DPRK Kim's Meeting with Japanese Director General Funakoshi"
    assert coref.title_countries(title) == ["JPN"]
    assert coref.title_countries("Meeting with the President of Belarus") == ["BLR"]


def test_a_director_general_with_a_country_is_its_official(analyzer):
    found = mentions(analyzer, "Japanese Director General Funakoshi Takehiro met Ambassador Kim.", published=DAY)
    person = next(m for m in found if "Funakoshi" in m.text)
    assert person.country == "JPN" and person.sector == "GOV", person


def _write(tmp_path, rows) -> object:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _row(rid: str, text: str, etype: str, source: tuple, target: tuple | None, date: str, **more) -> dict:
    """A gold row of the span format: each side (words, code); target None for a row with no target."""
    sides = {
        "source": [{"text": source[0], "code": source[1]}],
        "target": [{"text": target[0], "code": target[1]}] if target else [],
    }
    return {"id": rid, "text": text, "event_type": etype, **sides, "factuality": "asserted", "date": date, **more}


def test_eval_dyads_reads_the_title_the_annotators_read(tmp_path):
    row = _row(
        "r1",
        "They agreed to deepen cooperation on energy security.",
        "AGREE",
        ("They", "USA"),
        ("They", "CZE"),
        "2022-04-27",
        article_id="a1",
        source_corpus="state_department",
        url=STATE,
        title="Secretary Blinken's Meeting with Czech Foreign Minister Lipavsky",
        pub_date="2022-04-27",
        symmetric=True,
    )
    path = _write(tmp_path, [row])
    with_title = dyads.evaluate_dyads(path)
    without = dyads.evaluate_dyads(path, titles=False)
    assert with_title["dyad_recall"] == 1.0 and with_title["fully_right"] == 1.0, with_title["details"]
    assert without["dyad_recall"] == 0.0, without["details"]


def test_a_gold_row_with_no_target_is_fully_right_with_a_one_sided_event(tmp_path):
    news = {"source_corpus": "wikinews", "pub_date": "2019-03-25"}
    rows = [
        _row("r1", "On Saturday, thousands of Chilean students marched in Santiago.", "PROTEST",
             ("thousands of Chilean students", "CHL"), None, "2019-03-23", **news),
        _row("r2", "Japan sent aid to Nepal on Sunday.", "AID", ("Japan", "JPN"), ("Nepal", "NPL"), "2019-03-24", **news),
    ]  # fmt: skip
    got = dyads.evaluate_dyads(_write(tmp_path, rows))
    assert got["fully_right_n"] == 2
    assert got["fully_right_two_sided"] == 0.5, got["details"]  # the rows with a target only, as before
    assert got["fully_right"] == 1.0, got["details"]
    rows[0]["date"] = "2019-03-20"  # a wrong date: the one-sided row is not fully right
    assert dyads.evaluate_dyads(_write(tmp_path, rows))["fully_right"] == 0.5


CALL = "Vladimir Putin had a telephone conversation with President of France Emmanuel Macron. "


def _told_after(analyzer, first: str, later: str) -> list:
    """The events told in ``later`` (as their own sentence or as evidence) of the article ``first`` + ``later``."""
    text = first + later
    start = text.index(later)
    return [e for e in coded_events(analyzer, text, DAY) if e.sentence_start >= start or any(a >= start for a, _b in e.evidence)]


RESTATED = [
    ("During the conversation, it was noted with satisfaction that the grain deal is being fulfilled.", True),
    ("In the course of the conversation, the situation around Ukraine was reviewed in detail.", True),
    ("The situation around Ukraine was also discussed.", True),
    ("The substantive dialogue on European security was continued.", True),
    ("The question of gas prices was not discussed.", False),  # negated
    ("Reporters asked him to share what was discussed.", False),  # embedded: not the readout's telling
    ("In 1990, when German unification was discussed, Washington made promises to Moscow.", False),
]


@pytest.mark.parametrize("later, restates", RESTATED)
def test_a_sentence_restating_the_call_without_a_party_is_the_calls(analyzer, later, restates):
    told = _told_after(analyzer, CALL, later)
    assert restates == any(
        e.plover_type == "CONSULT" and e.target is not None and {e.source.country, e.target.country} == {"RUS", "FRA"}
        for e in told
    ), triples(told)


def test_it_was_agreed_after_a_meeting_is_the_parties_agreement(analyzer):
    meeting = "Vladimir Putin met President of Uzbekistan Shavkat Mirziyoyev in Moscow. "
    told = _told_after(analyzer, meeting, "It was agreed to expand cooperation in energy.")
    assert ("AGREE", "RUS", "UZB") in triples(told), triples(told)


@pytest.mark.parametrize(
    "text, accused",
    [
        ("Russia's aggression against Ukraine is a brazen violation of international law.", "RUS"),
        ("The Taliban's policies towards women are an affront to human rights.", "AFG"),
        ("The annexation of Crimea by Russia is a gross violation of the UN Charter.", "RUS"),
        ("North Korea's missile launches constitute a clear violation of Security Council resolutions.", "PRK"),
        ("Russia is violating international law in Ukraine.", "RUS"),
    ],
)
def test_a_governments_verdict_of_wrongdoing_accuses_the_party(analyzer, text, accused):
    events = coded_events(analyzer, text, DAY, url=STATE)
    assert ("ACCUSE", "USA", accused) in triples(events), triples(events)


@pytest.mark.parametrize(
    "text, url",
    [
        ("These launches are a violation of multiple Security Council resolutions.", STATE),  # no party named
        ('The judge wrote, "not every corrupt act by state officials is a federal crime."', None),  # no verdict
        ("Russia's aggression against Ukraine is a brazen violation of international law.", None),  # news: nobody says it
    ],
)
def test_no_verdict_without_a_party_or_a_judge(analyzer, text, url):
    events = coded_events(analyzer, text, DAY, url=url)
    assert not any(e.plover_type == "ACCUSE" and e.target is not None for e in events), triples(events)


def test_a_speaker_gives_the_verdict_in_news(analyzer):
    events = coded_events(analyzer, "Pakistan said India's move was a violation of the Indus Waters Treaty.", DAY)
    assert ("ACCUSE", "PAK", "IND") in triples(events), triples(events)


@pytest.mark.parametrize(
    "text, factuality",
    [
        ("Biden and Xi hope to meet next year.", {"hypothetical", "planned"}),
        ("Secretary Blinken and Foreign Minister Tileuberdi plan to stay in close contact.", {"planned"}),
    ],
)
def test_a_head_verb_tagged_a_noun_is_read_as_the_verb(analyzer, text, factuality):
    events = [e for e in coded_events(analyzer, text, DAY) if e.plover_type == "CONSULT" and e.target is not None]
    assert events and all(e.factuality in factuality for e in events), [(triples([e]), e.factuality) for e in events]
    assert {events[0].source.country, events[0].target.country} in ({"USA", "CHN"}, {"USA", "KAZ"})


def test_the_repair_leaves_a_real_noun_alone(analyzer):
    from attache.nlp.repair import control_verbs

    doc = analyzer.nlp("His plans to visit China were cancelled.")
    assert control_verbs(doc) == 0 and doc[1].pos_ == "NOUN"


@pytest.mark.parametrize(
    "text, names",
    [
        ("Russian troops shelled Kharkiv, Mariupol and Kherson.", ["Kharkiv", "Mariupol", "Kherson"]),
        ("Fighting continued in Mariupol on Sunday.", ["Mariupol"]),
        ("The shelling of Kharkiv killed five people.", ["Kharkiv"]),
    ],
)
def test_a_town_where_only_a_place_can_stand_is_of_its_country(analyzer, text, names):
    found = {m.text: m.country for m in mentions(analyzer, text, published=DAY)}
    assert all(found.get(n) == "UKR" for n in names), found


def test_a_town_of_geonames_alone_needs_its_country_named(analyzer):
    alone = mentions(analyzer, "The G7 leaders met in Cornwall last month to discuss vaccines.", published=DAY)
    assert not any(m.country == "CAN" for m in alone), [(m.text, m.country) for m in alone]
    backed = mentions(analyzer, "Canada mourned. The graves were found near Kamloops in British Columbia.", published=DAY)
    assert any(m.text == "Kamloops" and m.country == "CAN" for m in backed), [(m.text, m.country) for m in backed]


def _article_mentions(analyzer, text: str, title: str | None) -> dict:
    from attache.model import Article, Paragraph

    art = Article(id="t", text=text, paragraphs=[Paragraph(0, len(text))], language="en", published="2019-04-20", title=title)
    return {m.text: m.country for m in analyzer.analyze([art])[0].mentions}


def test_the_titles_one_country_places_people_the_text_leaves_unplaced(analyzer):
    text = "Yesterday in Riverside County criminal court, Judge Bernard Schwartz sentenced David Turpin to life in prison."
    titled = _article_mentions(analyzer, text, "California court sentences parents who kept their children in captivity")
    assert titled.get("Bernard Schwartz") == "USA", titled
    assert _article_mentions(analyzer, text, None).get("Bernard Schwartz") is None


def test_the_titles_country_never_places_a_person_told_with_another_country(analyzer):
    text = "Judge Bernard Schwartz sentenced David Turpin. Pierre Dubois, who lives in France, watched the trial."
    found = _article_mentions(analyzer, text, "California court sentences parents")
    assert found.get("Pierre Dubois") != "USA", found


def test_a_commitment_to_a_partys_defense_is_support_also_when_the_verb_holds_the_to(analyzer):
    text = "The Secretary reaffirmed the U.S. commitments to the defense of the Republic of Korea."
    events = coded_events(analyzer, text, DAY, url=STATE)
    assert ("SUPPORT", "USA", "KOR") in triples(events), triples(events)
    assert not any(e.plover_type == "AGREE" for e in events), triples(events)


def test_the_readout_titles_partner_is_asked_when_no_meeting_is_told_before(analyzer):
    from attache.model import Article, Paragraph

    text = (
        "The Secretary reiterated the United States' commitment to the Haitian people. Secretary Blinken emphasized the "
        "importance of establishing the conditions necessary for free and fair elections."
    )

    def events(title):
        art = Article(
            id="t", text=text, paragraphs=[Paragraph(0, len(text))], language="en", published=DAY, url=STATE, title=title
        )
        return analyzer.analyze([art])[0].events

    titled = events("Secretary Blinken's Call with Haitian Prime Minister Henry")
    assert ("REQUEST", "USA", "HTI") in triples(titled), triples(titled)
    travel = events("Secretary Blinken's Travel to Haiti and Peru")  # no encounter with one party: nobody asked
    assert ("REQUEST", "USA", "HTI") not in triples(travel), triples(travel)


KREMLIN = "http://kremlin.ru/events/president/transcripts/1"


@pytest.mark.parametrize(
    "text, triple, factuality",
    [
        (
            "President of Azerbaijan Ilham Aliyev: I want to thank President Putin for the initiative.",
            ("SUPPORT", "AZE", "RUS"),
            "asserted",
        ),
        ("Aliyev said he wanted to thank Putin for the initiative.", ("SUPPORT", "AZE", "RUS"), "hypothetical"),
        (
            "President of Azerbaijan Ilham Aliyev: I want to thank our strategic ally, the Russian Federation, for the initiative.",
            ("SUPPORT", "AZE", "RUS"),
            "asserted",
        ),
    ],
)
def test_a_speakers_present_wish_to_thank_thanks_the_ally_it_names(analyzer, text, triple, factuality):
    events = [e for e in coded_events(analyzer, text, DAY, url=KREMLIN) if e.plover_type == "SUPPORT"]
    assert [(triples([e]).pop(), e.factuality) for e in events] == [(triple, factuality)], [
        (triples([e]), e.factuality) for e in events
    ]


@pytest.mark.parametrize(
    "text, courtesy",
    [
        ("Prime Minister of Armenia Nikol Pashinyan: Thank you, Mr President.", True),
        ("Thank you very much, Mr Lukashenko.", True),
        ("Prime Minister of Armenia Nikol Pashinyan: I thank President Putin for his hospitality.", False),
        ("Sudan thanked Kenya.", False),  # thanks to a party named: an act, however short
    ],
)
def test_a_turns_courtesy_thanks_is_no_support(analyzer, text, courtesy):
    events = coded_events(analyzer, text, DAY, url=KREMLIN)
    assert courtesy != any(e.plover_type == "SUPPORT" and e.target is not None for e in events), triples(events)


@pytest.mark.parametrize(
    "text, aid",
    [
        ("And we did this, we sent them to both the United States and NATO.", False),  # drafts, not aid
        ("We bought the vaccines and sent them to Ghana.", True),  # the sentence names the aid
        ("Russia sent humanitarian aid to Syria.", True),
    ],
)
def test_sending_an_unnamed_thing_is_no_aid(analyzer, text, aid):
    events = coded_events(analyzer, text, DAY, url=KREMLIN)
    assert aid == any(e.plover_type == "AID" for e in events), triples(events)


@pytest.mark.parametrize(
    "text, published, day",
    [
        ("The Houthis just this weekend carried out a horrific attack on Saudi Arabia.", "2022-03-27", "2022-03-26"),
        ("The Houthis attacked Saudi Arabia over the weekend.", "2022-03-30", "2022-03-26"),
        ("The Houthis attacked Saudi Arabia last weekend.", "2022-03-27", "2022-03-19"),
        ("Saudi Arabia will host talks with Yemen's government next weekend.", "2022-03-30", "2022-04-09"),
    ],
)
def test_a_weekend_dates_the_act_by_its_saturday(analyzer, text, published, day):
    events = [e for e in coded_events(analyzer, text, published) if e.date_text and "weekend" in e.date_text]
    assert events and all((e.date, e.date_precision) == (day, "range") for e in events), [
        (e.date, e.date_text) for e in coded_events(analyzer, text, published)
    ]


def test_the_aid_a_pronoun_sends_may_be_named_just_before(analyzer):
    text = "The United States bought two million vaccine doses. We will send them to Ghana next week."
    events = coded_events(analyzer, text, DAY, url=STATE)
    assert ("AID", "USA", "GHA") in triples(events), triples(events)
