"""Forty-first session: the events an analyst reads come from whole articles, and so are scored.

- h41occasion: an undated telling of an act takes the date of "the same event" (same type, same sides) told
  elsewhere in its article; a telling placed *after* it whose date lies weeks before publication is another, earlier
  occasion ("Vladimir Putin had a telephone conversation with X" in a lead, "In June, we held a videoconference"
  further down), and lends nothing: the lead's call was dated June. A later telling of the last days still dates it
  ("met with X" ... "met with X in Bali on Monday"), and a dated account keeps dating what follows it.
- `attache eval dyads --corpus`: each gold row read in its whole article (found by URL in the corpus), as the pipeline
  reads articles, and only the events told in its sentence scored; a row whose article is not there is read with
  its context and named on standard error.

Cases written for the classes, not taken from an evaluation file.
"""

from __future__ import annotations

import json

import pytest

from attache.model import Article, Paragraph
from eventkit import mention, mentions


def _events(analyzer, paragraphs: list[str], published: str):
    text, paras = "", []
    for q in paragraphs:
        text += ("\n\n" if text else "") + q
        paras.append(Paragraph(len(text) - len(q), len(text)))
    art = Article(id="t", text=text, paragraphs=paras, language="en", published=published)
    return text, analyzer.analyze([art])[0].events


def _dated(analyzer, paragraphs, published, country_pair, sentence_start_words):
    """(date, precision) of the event between ``country_pair`` told in the paragraph starting with the words given."""
    text, events = _events(analyzer, paragraphs, published)
    found = [
        e
        for e in events
        if e.plover_type == "CONSULT"
        and {e.source and e.source.country, e.target and e.target.country} == set(country_pair)
        and text[e.sentence_start :].startswith(sentence_start_words)
    ]
    assert found, [(e.plover_type, text[e.sentence_start : e.sentence_end]) for e in events]
    return found[0].date, found[0].date_precision


@pytest.mark.parametrize(
    "paragraphs, published, pair",
    [
        (
            [
                "Vladimir Putin had a telephone conversation with President of the People's Republic of China Xi Jinping.",
                "The leaders discussed bilateral trade.",
                "In June, Russia and China held a videoconference on the anniversary of their treaty.",
            ],
            "2021-12-15",
            ("RUS", "CHN"),
        ),
        (
            [
                "Vladimir Putin had a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev.",
                "Vladimir Putin and Kassym-Jomart Tokayev also spoke by telephone on February 10 on the situation in the region.",
            ],
            "2022-05-16",
            ("RUS", "KAZ"),
        ),
    ],
)
def test_a_later_telling_of_an_earlier_occasion_does_not_date_the_lead(analyzer, paragraphs, published, pair):
    assert _dated(analyzer, paragraphs, published, pair, "Vladimir Putin had") == (published, "publication")


def test_a_later_telling_of_the_last_days_still_dates_the_lead(analyzer):
    paragraphs = [
        "Secretary Blinken met with Chinese Foreign Minister Wang Yi.",
        "Secretary Blinken met with Chinese Foreign Minister Wang Yi in Bali on Monday for five hours.",
    ]
    assert _dated(
        analyzer, paragraphs, "2022-07-13", ("USA", "CHN"), "Secretary Blinken met with Chinese Foreign Minister Wang Yi."
    ) == (
        "2022-07-11",
        "day",
    )


def test_a_dated_account_still_dates_what_follows_it(analyzer):
    paragraphs = [
        "On March 3, Secretary Blinken met with Chinese Foreign Minister Wang Yi in Brussels.",
        "Secretary Blinken and Foreign Minister Wang Yi of China discussed the war in Ukraine.",
    ]
    assert _dated(analyzer, paragraphs, "2022-03-25", ("USA", "CHN"), "Secretary Blinken and") == ("2022-03-03", "day")


ARTICLE = {
    "title": "Secretary Blinken's Call with Indian External Affairs Minister Jaishankar",
    "url": "https://www.state.gov/secretary-blinkens-call-with-indian-external-affairs-minister-jaishankar-x/",
    "date": "Tue, 10 May 2022 15:00:00 +0000",
    "author": "Office of the Spokesperson",
    "text": "Secretary of State Antony J. Blinken spoke with Indian External Affairs Minister Subrahmanyam Jaishankar today."
    "\n\nHe condemned Russia's attacks on Ukraine's ports and grain stores."
    "\n\nThe two also discussed cooperation on climate change.",
}


def _row(rid: str, text: str, url: str, etype: str, source: tuple, target: tuple) -> dict:
    return {
        "id": rid,
        "article_id": rid,
        "text": text,
        "url": url,
        "pub_date": "2022-05-10",
        "source_corpus": "state_department",
        "event_type": etype,
        "source": [{"text": source[0], "code": source[1]}],
        "target": [{"text": target[0], "code": target[1]}],
        "factuality": "asserted",
        "date": "2022-05-10",
    }


@pytest.fixture
def article_files(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "releases.jsonl").write_text(json.dumps(ARTICLE) + "\n", "utf-8")
    (corpus / "README.md").write_text("not a corpus file\n", "utf-8")
    he = _row(
        "r1",
        "He condemned Russia's attacks on Ukraine's ports and grain stores.",
        ARTICLE["url"],
        "ACCUSE",
        ("He", "USA"),
        ("Russia", "RUS"),
    )
    elsewhere = _row(
        "r2",
        "Foreign Minister Wang Yi met with Russian Foreign Minister Sergey Lavrov in Beijing.",
        "https://example.org/an-article-not-in-the-corpus",
        "CONSULT",
        ("Wang Yi", "CHN"),
        ("Sergey Lavrov", "RUS"),
    )
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in (he, elsewhere)), "utf-8")
    return gold, corpus


def test_eval_dyads_reads_each_row_in_its_article(cli, article_files):
    gold, corpus = article_files
    alone = cli("eval", "dyads", "--data", gold)
    inside = cli("eval", "dyads", "--data", gold, "--corpus", corpus)
    assert alone.code == 0 and inside.code == 0, inside.err
    # "He" is the Secretary only for a reader of the article: read alone, the sentence names no source
    assert alone.last_json["dyad_recall"] == 0.5 and "reading" not in alone.last_json
    result = inside.last_json
    assert result["reading"] == "articles" and result["rows_in_articles"] == 1
    assert result["dyad_recall"] == 1.0 and result["fully_right"] == 1.0
    # the call told in the first paragraph is not counted in the row of the second one
    assert result["events"] < 5
    assert "row r2: its article is not in the corpus: read with its context" in inside.err


def test_eval_dyads_scores_only_the_rows_sentence_in_its_article(analyzer, article_files):
    from attache.evaluate import dyads

    gold, corpus = article_files
    rows, _ = dyads.load_gold(gold)
    by_url, problems = dyads.corpus_articles(corpus)
    assert list(by_url) == [ARTICLE["url"].rstrip("/")]
    assert all("README.md" in p for p in problems)  # a file that is no article is said, not read
    every, missing = dyads.article_events(rows[:1], by_url, analyzer)
    assert not missing
    assert every[0] and all(e["type"] != "CONSULT" for e in every[0]), every[0]  # the call is the first paragraph's


def test_a_sentence_is_found_in_its_article_across_white_space():
    from attache.evaluate.dyads import sentence_in

    text = "First line.\n\nThe two sides\nagreed  to meet again. Last."
    start = text.index("The two")
    assert sentence_in(text, "The two sides agreed to meet again.") == (start, text.index(" Last."))
    assert sentence_in(text, "Not there.") is None


def test_eval_dyads_refuses_a_corpus_that_does_not_exist(cli, article_files, tmp_path):
    gold, _ = article_files
    r = cli("eval", "dyads", "--data", gold, "--corpus", tmp_path / "nowhere")
    assert r.code == 1 and "does not exist" in r.err


def test_a_lesser_office_is_not_the_holder_of_the_office_it_is_named_after(analyzer):
    """(h41lesser) "the Deputy Secretary" is no holder of "Secretary General" named further on, nor a "Vice Foreign
    Minister" one of "Foreign Minister": the office with its modifier is the one looked for."""
    ms = mentions(
        analyzer,
        "Deputy Secretary of State Wendy R. Sherman will travel to Brussels and Paris from May 5 to 7.",
        "In Brussels, the Deputy Secretary will meet with senior officials of the European Union.",
        "On May 7, the Deputy Secretary will meet in Paris with Italian Secretary General Ettore Sequi.",
        published="2022-05-02",
        url="https://www.state.gov/deputy-secretary-travel-x/",
    )
    deputy = [m for m in ms if m.text.endswith("Secretary") and m.start > ms[0].end]
    assert deputy and all(m.country != "ITA" for m in deputy), [(m.text, m.country, m.note) for m in deputy]
    assert mention(ms, "Ettore Sequi").country == "ITA"


def test_a_vice_minister_named_before_still_stands_for_the_vice_minister(analyzer):
    ms = mentions(
        analyzer,
        "Deputy Secretary Sherman met with Japanese Vice Foreign Minister Mori Takeo in Tokyo.",
        "The Deputy Secretary and the Vice Foreign Minister discussed economic cooperation.",
        published="2022-05-02",
        url="https://www.state.gov/deputy-secretary-meeting-x/",
    )
    second = [m for m in ms if m.start > ms[0].sentence_end and "Foreign Minister" in m.text]
    assert second and second[0].country == "JPN", [(m.text, m.country, m.note) for m in ms]


def test_what_was_discussed_as_by_others_is_not_the_clause_above(analyzer):
    """(h41asby) "..., as discussed by X and Y": the clause above is what X and Y discussed; its subject is no party of
    their talks ("Both sides [Putin and Draghi] noted ..., as discussed by Lukashenko and Merkel" was a CONSULT of
    Belarus with Putin)."""
    _, events = _events(
        analyzer,
        [
            "Vladimir Putin had a telephone conversation with Prime Minister of Italy Mario Draghi.",
            "Both leaders stressed the importance of practical cooperation between the EU and Minsk on the migrants at "
            "the border, as discussed by President of Belarus Alexander Lukashenko and Acting Federal Chancellor of "
            "Germany Angela Merkel.",
        ],
        "2021-11-22",
    )
    consult = {(e.source and e.source.country, e.target and e.target.country) for e in events if e.plover_type == "CONSULT"}
    assert ("BLR", "RUS") not in consult and ("BLR", "ITA") not in consult, consult
    assert ("RUS", "ITA") in consult


def test_the_hosts_of_a_trip_overrule_the_country_the_article_names_most(analyzer):
    """(h41hosts) "senior government officials" with no country of their own were placed in the country the article
    names most (Sudan, the subject of the trip) before the trip's hosts were asked; a visitor "just said to go to"
    Egypt and Ethiopia meets their officials. With no trip told, the article's country still places them."""
    text = (
        "Special Envoy David Satterfield will travel to Egypt and Ethiopia on June 5. "
        "He will meet with senior government officials to discuss the crisis in Sudan. "
        "The Special Envoy will also press for a ceasefire in Sudan and for aid to reach every part of Sudan. "
        "The United States stands with the people of Sudan."
    )
    art = Article(
        id="t",
        text=text,
        paragraphs=[Paragraph(0, len(text))],
        language="en",
        published="2022-06-01",
        url="https://www.state.gov/special-envoy-travel-x/",
        title="Special Envoy Satterfield's Travel to Egypt and Ethiopia",
    )
    events = analyzer.analyze([art])[0].events
    met = {
        e.target.country for e in events if e.plover_type == "CONSULT" and e.target is not None and e.target.name == "officials"
    }
    assert met == {"EGY", "ETH"}, met
    # no trip: the government officials of an article about Sudan are Sudan's
    text = "He met with senior government officials in Khartoum. Sudan faces a deep crisis, and Sudan needs aid."
    art = Article(id="u", text=text, paragraphs=[Paragraph(0, len(text))], language="en", published="2022-06-01")
    events = analyzer.analyze([art])[0].events
    assert {e.target.country for e in events if e.plover_type == "CONSULT" and e.target is not None} <= {"SDN"}


def test_a_titled_official_met_on_a_trip_is_of_the_country_named_there(analyzer):
    """(h41hostperson) A host named by an office title and a name the knowledge base does not hold is of the one foreign
    country the sentence names ("In Bangkok, Thailand, ... Foreign Minister Don Pramudwinai"); not when the sentence
    names a third country, whose official he may be."""
    _, events = _events(
        analyzer,
        [
            "Secretary Blinken will travel to Bali, Indonesia, Bangkok, Thailand and Tokyo, Japan from July 6 to 12.",
            "In Bangkok, Thailand, Secretary Blinken will meet with Prime Minister Prayut Chan-o-cha and Deputy Prime "
            "Minister and Foreign Minister Don Pramudwinai.",
            "In Bali, Secretary Blinken will meet with Chinese Foreign Minister Wang Yi and Foreign Minister Don Pramudwinai.",
        ],
        "2022-07-05",
    )
    met = [
        (e.sentence_start, e.target.country)
        for e in events
        if e.plover_type == "CONSULT" and e.target and e.target.name == "Don Pramudwinai"
    ]
    assert len(met) == 2, met
    (first, country_there), (_, country_in_bali) = sorted(met)
    assert country_there == "THA" and country_in_bali is None, met


def test_a_government_names_its_own_traveller_by_name_alone(analyzer):
    """(h41traveller) In a government's own travel announcement, a person with no country of their own who "will travel
    to" a place abroad is its official ("Harry Kamian will travel to Tallinn, Estonia"); a trip to its own country is a
    visitor's and places no one."""
    ms = mentions(
        analyzer,
        "Harry Kamian will travel to Tallinn, Estonia, and Riga, Latvia, May 24-27.",
        "Jane Doe-Mbeki will travel to Washington, D.C. on May 30 to meet with Secretary Blinken.",
        published="2022-05-20",
        url="https://www.state.gov/travel-announcement-x/",
    )
    assert mention(ms, "Harry Kamian").country == "USA"
    assert mention(ms, "Doe-Mbeki").country is None
    # not in a newspaper's text: its people are named alike whatever their country
    ms = mentions(analyzer, "Harry Kamian will travel to Tallinn, Estonia, and Riga, Latvia, May 24-27.", published="2022-05-20")
    assert mention(ms, "Harry Kamian").country is None
