"""First-person sides resolved to the one who speaks (issue 14, tenth session, h14we11): "we"/"our"/"I" inside a quote
that runs across sentences of a paragraph, after "according to X", in unquoted reported speech ("X said we will
..."), and a party noun with a possessive ("our army", "his country" in what a person said). "We" of a state's
official is that state; "I" is the speaker. Never for two speakers, the press, or a person with no country.
Sentences written for these tests (not taken from an evaluation file or the seeds)."""

from __future__ import annotations

from attache.events import quoted
from attache.model import Article, Paragraph
from eventkit import coded_events

DATE = "2024-05-14"
STATE = "https://www.state.gov/department-press-briefing-test/"


def _told_by(events, word: str, ptype: str | None = None) -> list:
    """The two-sided events whose source was told by ``word`` (the source span's own text)."""
    return [
        e
        for e in events
        if e.target is not None
        and e.source_span
        and e.source_span.get("text") == word
        and (ptype is None or e.plover_type == ptype)
    ]


class _Speaker:
    def __init__(self, country: str | None, sector: str | None) -> None:
        self.country, self.sector = country, sector


def _pairs(events) -> set[tuple]:
    return {(e.plover_type, e.source.country, e.target.country) for e in events}


def test_rules_load_from_the_package_data():
    r = quoted._rules()
    assert {"we", "our", "us"} <= r.plural
    assert "GOV" in r.country_sectors and "BUS" not in r.country_sectors
    assert "country" in r.own_nouns and "reporter" in r.press
    assert "ccomp" in r.complements
    assert quoted.plural_of_country("we", _Speaker("RUS", "GOV"))
    assert not quoted.plural_of_country("I", _Speaker("RUS", "GOV"))
    assert not quoted.plural_of_country("we", _Speaker("USA", "BUS"))  # a company's "we": the company
    assert not quoted.plural_of_country("we", _Speaker("USA", None))  # a scientist's "we": the team


def test_a_quote_opened_in_the_sentence_before_is_the_speakers(analyzer):
    text = 'Lavrov told reporters in Moscow on Tuesday: "The new sanctions are illegal. We will attack Ukraine for this."'
    found = _told_by(coded_events(analyzer, text, DATE), "We", "ASSAULT")
    assert _pairs(found) == {("ASSAULT", "RUS", "UKR")}
    assert found[0].source.actor_id == "RUS.GOV"  # "we" of a minister: his state, not the person


def test_a_new_quote_after_an_attributed_one_is_the_same_speakers(analyzer):
    text = '"The new sanctions are illegal," Lavrov said on Tuesday. "We will attack Ukraine for this."'
    assert _pairs(_told_by(coded_events(analyzer, text, DATE), "We", "ASSAULT")) == {("ASSAULT", "RUS", "UKR")}


def test_a_quote_attributed_where_it_closes(analyzer):
    text = '"The new sanctions are illegal. We will attack Ukraine for this," Lavrov said on Tuesday.'
    assert _pairs(_told_by(coded_events(analyzer, text, DATE), "We", "ASSAULT")) == {("ASSAULT", "RUS", "UKR")}


def test_the_speakers_own_speech_act_stays_asserted_and_keeps_its_evidence(analyzer):
    found = _told_by(coded_events(analyzer, '"We condemn Iran," Lavrov said on Tuesday.', DATE), "We", "ACCUSE")
    assert _pairs(found) == {("ACCUSE", "RUS", "IRN")}
    assert found[0].factuality == "asserted"  # his statement is the act (guidelines section 4)
    assert found[0].source_span["resolved_from"]["text"] == "Lavrov"
    assert found[0].source_span["how"] == "speaker"


def test_according_to_names_the_speaker(analyzer):
    text = 'According to Lavrov, "we will attack Ukraine if the talks fail."'
    found = _told_by(coded_events(analyzer, text, DATE), "we")
    assert {(e.source.country, e.target.country) for e in found} == {("RUS", "UKR")}


def test_unquoted_first_person_words_are_not_read(analyzer):
    # "X said we ..." and "X told me that I ...": as often the writer's own words as the speaker's
    first = coded_events(analyzer, "Lavrov said on Tuesday that we will impose sanctions on Moldova.", DATE)
    assert not _told_by(first, "we")
    second = coded_events(analyzer, "Lavrov told me that I will be arrested by Moldova.", DATE)
    assert not [e for e in second if e.source_span and e.source_span.get("text") == "I"]
    assert not [e for e in second if e.target_span and e.target_span.get("text") in ("I", "me")]


def test_a_foreign_speakers_quote_in_a_governments_text(analyzer):
    text = 'Last week Lavrov said, and I quote, "We will attack Ukraine if the talks fail," end quote.'
    found = _told_by(coded_events(analyzer, text, DATE, url=STATE), "We")
    assert {(e.source.country, e.target.country) for e in found} == {("RUS", "UKR")}


def test_the_issuers_own_we_stays_the_issuers(analyzer):
    text = 'The Secretary said, "We will impose sanctions on Moldova."'
    found = _told_by(coded_events(analyzer, text, DATE, url=STATE), "We")
    assert {(e.source.country, e.target.country) for e in found} == {("USA", "MDA")}


def test_his_country_in_a_persons_reported_statement(analyzer):
    events = coded_events(analyzer, "Erdogan said his country would impose sanctions on Sweden.", DATE)
    assert _pairs(_told_by(events, "his country", "SANCTION")) == {("SANCTION", "TUR", "SWE")}


def test_our_army_in_a_quote_is_the_speakers_countrys(analyzer):
    text = '"The new sanctions are illegal," Lavrov said on Tuesday. "Our army will attack Ukraine for this."'
    found = _told_by(coded_events(analyzer, text, DATE), "Our army", "ASSAULT")
    assert _pairs(found) == {("ASSAULT", "RUS", "UKR")}


def test_i_is_the_speaker_himself(analyzer):
    text = '"I will travel to Ankara next week," Lavrov said on Tuesday.'
    found = [e for e in coded_events(analyzer, text, DATE) if e.source_span and e.source_span.get("text") == "I"]
    assert found and found[0].source.country == "RUS"
    assert found[0].source.actor_id != "RUS.GOV"  # the minister, not his government


def test_two_speakers_leave_we_empty(analyzer):
    text = '"We will attack Ukraine for this," Lavrov and Erdogan said on Tuesday.'
    assert not _told_by(coded_events(analyzer, text, DATE), "We")


def test_a_journalist_or_a_person_with_no_country_speaks_for_nobody(analyzer):
    press = coded_events(analyzer, "A Russian reporter said on Tuesday that we will impose sanctions on Moldova.", DATE)
    assert not _told_by(press, "we")
    # a person with no country: the sentence's own quote keeps him as the side (h14news9), with no country
    nobody = coded_events(analyzer, '"We will impose sanctions on Moldova," Jon Hallorsky said on Tuesday.', DATE)
    assert all(e.source.country is None for e in _told_by(nobody, "We"))
    # and a quote of the next sentence is not given to him at all
    text = '"The sanctions are illegal," Jon Hallorsky said on Tuesday. "We will impose sanctions on Moldova."'
    assert not _told_by(coded_events(analyzer, text, DATE), "We")


def test_a_sentence_before_with_two_speakers_gives_no_speaker(analyzer):
    text = '"The sanctions are illegal," Lavrov said, and Erdogan said "they will fail." "We will attack Ukraine for this."'
    assert not _told_by(coded_events(analyzer, text, DATE), "We")


def test_a_quote_of_another_paragraph_is_not_read(analyzer):
    first = '"The new sanctions are illegal," Lavrov said on Tuesday.'
    second = '"We will attack Ukraine for this."'
    text = first + "\n\n" + second
    art = Article(
        id="t",
        text=text,
        paragraphs=[Paragraph(0, len(first)), Paragraph(len(first) + 2, len(text))],
        language="en",
        published=DATE,
    )
    events = analyzer.analyze([art])[0].events
    assert not _told_by(events, "We")


def test_his_country_inside_a_quote_is_not_the_speakers(analyzer):
    # inside a quote "his" is someone the speaker talks about, not the speaker
    text = '"His country will impose sanctions on Sweden," Erdogan said.'
    assert not [e for e in _told_by(coded_events(analyzer, text, DATE), "His country") if e.source.country == "TUR"]


def test_a_reported_past_act_by_he_stays_reported(analyzer):
    # only a quoted first-person word resolved to its speaker carries the speaker's own speech act
    events = coded_events(analyzer, "Lavrov announced on Tuesday that he had asked Moldova for an apology.", DATE)
    found = [e for e in events if e.source_span and e.source_span.get("text") == "he" and e.plover_type == "REQUEST"]
    assert found and all(e.factuality == "reported" for e in found)


def test_a_quoted_we_of_the_events_own_source_is_no_target(analyzer):
    # 'He said ... "masks we must keep for hospitals"': the speaker's "we" is no party his saying acts upon
    from dataclasses import replace

    from attache.events.arguments import Arg
    from attache.model import Mention

    speaker = Mention("t", 0, 6, "Lavrov", "RUS.GOV.lavrov", "Sergei Lavrov", "RUS", "GOV", None, 0.9, "kb", "person")
    other = replace(speaker, actor_id="RUS.GOV.shoigu", name="Sergei Shoigu", text="Shoigu")
    we = replace(speaker, start=40, end=42, text="we", actor_id="RUS.GOV", name="Government of RUS", how="speaker")
    coder = analyzer.coder
    saved = coder._resolved
    try:
        coder._resolved = {id(we): (we, speaker)}
        assert coder._own_quote(Arg(we, None), [Arg(speaker, None)])
        assert not coder._own_quote(Arg(we, None), [Arg(other, None)])  # another speaker's side stays
        plain = replace(we, how="kb")
        coder._resolved = {id(plain): (plain, speaker)}
        assert not coder._own_quote(Arg(plain, None), [Arg(speaker, None)])  # only a quoted word resolved to its speaker
    finally:
        coder._resolved = saved
