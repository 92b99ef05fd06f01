"""Thirty-fifth session: sides of domestic crimes, of readouts' addressed acts and of help one is thanked for.

- h35victims: two different groups of one country's people are two parties ("A man stabbed five people in London");
  victims with no country of their own take the country of the place the act is done in, as doers already did;
- h35addressed: a proposal, an offer, an invitation, a briefing or condolences with no addressee, told after a meeting, go
  to the other side of that meeting; "his counterpart" of a state's officer is the partner of its leader's meeting; a
  noun event in the "about" phrase of the one told is not that party's act;
- h35grateful: help with its own doer in the "for" phrase of a word of thanks is done to the one who thanks;
- h35guest: in a leader's transcript, "Mr President" spoken by the host is the guest the title names, by the guest the host;
- h35monarch: "the King" told again stands for the king named before; a name that ends a listed name after "bin" is
  the father's, not the listed son's; h35update: "updated him on ..." is a consultation;
- h35interim: "Libyan interim Foreign Minister X" is Libya's; h35hosts: those met on a trip a government's title
  announces are of the host country; h35audience: a speech's opening vocative ("Comrade officers, veterans, ...") is
  the audience its greetings go to, and a turn's cue names no party; h35emphasis: another country's act under a verb
  of emphasis is the speaker's report, and its wrongdoing the speaker's charge (h35charge); h35minsk: a document named
  by a city is no party; h35units: a military unit named without a country in a government's own text is its own;
- h35between: "a conversation between A and B" keeps both when the parser hangs A on B's name; h35crowd: "protests in
  Iran" with no doer named are the people of Iran's.

Cases and counter-cases written for the classes, not taken from an evaluation file.
"""

from __future__ import annotations

from attache.events.coder import _two_groups
from attache.model import Mention
from eventkit import coded_events, triples

DAY = "2021-05-05"


def _m(start: int, text: str, actor_id: str = "GBR.CVL", how: str = "role-pattern", role: str | None = None) -> Mention:
    return Mention(
        article_id="t",
        start=start,
        end=start + len(text),
        text=text,
        actor_id=actor_id,
        name=text,
        country="GBR",
        sector="CVL",
        role=role or text,
        confidence=0.8,
        how=how,
        kind="collective",
    )


def test_two_groups_of_one_country_are_two_parties(analyzer):
    got = triples(coded_events(analyzer, "A man stabbed five people in London on Friday.", DAY))
    assert ("ASSAULT", "GBR", "GBR") in got, got


def test_one_group_told_twice_is_not_two_parties():
    assert _two_groups(_m(0, "man"), _m(20, "people"))
    assert not _two_groups(_m(0, "people"), _m(20, "people"))  # the same noun: no telling them apart
    assert not _two_groups(_m(0, "man"), _m(0, "man"))  # one mention
    assert not _two_groups(_m(0, "man"), _m(20, "they", how="antecedent"))  # a pronoun for the other
    assert not _two_groups(_m(0, "Smith", actor_id="GBR.CVL.smith"), _m(20, "people"))  # a person, not a group


def test_victims_take_the_country_of_the_place_of_the_act(analyzer):
    got = triples(coded_events(analyzer, "Gunmen killed ten people in Kabul on Friday.", DAY))
    assert ("ASSAULT", "AFG", "AFG") in got, got


def test_victims_of_a_country_of_their_own_keep_it(analyzer):
    got = triples(coded_events(analyzer, "Militants kidnapped two Chinese engineers in Pakistan on Friday.", DAY))
    assert any(t[0] == "COERCE" or t[0] == "ASSAULT" for t in got), got
    assert all(t[2] != "PAK" for t in got if t[0] in ("COERCE", "ASSAULT")), got


def test_a_proposal_after_a_meeting_is_addressed_to_the_partner(analyzer):
    text = (
        "Vladimir Putin met Emmanuel Macron in Moscow on Monday. "
        "Russia proposed resetting all the existing restrictions on the diplomatic missions."
    )
    got = triples(coded_events(analyzer, text, DAY))
    assert ("AGREE", "RUS", "FRA") in got, got


def test_a_proposal_with_no_meeting_told_has_no_addressee(analyzer):
    got = triples(
        coded_events(analyzer, "Russia proposed resetting all the existing restrictions on the diplomatic missions.", DAY)
    )
    assert not any(t[0] == "AGREE" and t[2] is not None for t in got), got


def test_the_counterpart_of_a_leaders_office_and_the_topic_told(analyzer):
    text = (
        "Vladimir Putin had a telephone conversation with Emmanuel Macron. "
        "The President of Russia informed his counterpart about the talks with Ukraine."
    )
    got = triples(coded_events(analyzer, text, DAY))
    assert ("CONSULT", "RUS", "FRA") in got, got
    assert ("CONSULT", "FRA", "UKR") not in got, got  # the talks told about are not the French president's


def test_help_one_is_thanked_for_is_done_to_the_one_who_thanks(analyzer):
    got = triples(coded_events(analyzer, "Ghana expressed appreciation for the humanitarian aid provided by Japan.", DAY))
    assert ("AID", "JPN", "GHA") in got, got
    got = triples(coded_events(analyzer, "Erdogan thanked Russia for its assistance in evacuating Turkish nationals.", DAY))
    assert ("AID", "RUS", "TUR") in got, got


def test_help_not_thanked_for_names_no_receiver(analyzer):
    got = triples(coded_events(analyzer, "Ghana did not thank Japan for its aid.", DAY))
    assert ("AID", "JPN", "GHA") not in got, got


def _kremlin(analyzer, text: str, title: str) -> set[tuple]:
    from dataclasses import replace

    from eventkit import article

    art = replace(article(text, DAY, url="http://en.kremlin.ru/events/president/news/1"), title=title, outlet="en.kremlin.ru")
    return triples(analyzer.analyze([art])[0].events)


def test_an_office_spoken_to_in_the_hosts_turn_is_the_guest(analyzer):
    got = _kremlin(
        analyzer,
        "President of Russia Vladimir Putin: Mr President, I would like to thank you for accepting our invitation.",
        "Meeting with President of Kazakhstan Kassym-Jomart Tokayev",
    )
    assert ("SUPPORT", "RUS", "KAZ") in got, got
    assert ("SUPPORT", "RUS", "RUS") not in got, got  # a leader never speaks to himself


def test_an_office_spoken_to_in_the_guests_turn_is_the_host(analyzer):
    got = _kremlin(
        analyzer,
        "President of Kazakhstan Kassym-Jomart Tokayev: Mr President, I would like to thank you for the invitation.",
        "Meeting with President of Kazakhstan Kassym-Jomart Tokayev",
    )
    assert ("SUPPORT", "KAZ", "RUS") in got, got


def test_an_office_spoken_to_by_someone_else_than_its_holder_stays(analyzer):
    # a host's "Mr. Secretary" (no cue: no speaker known) in the State Department's text is the Secretary, not the guest
    url = "https://www.state.gov/secretary-blinken-with-italian-foreign-minister/"
    events = _issued(
        analyzer,
        "And I think for that, Mr. Secretary, we all want to congratulate you and your team.",
        "Secretary Blinken With Italian Foreign Minister Luigi Di Maio",
        url,
    )
    assert not any(e.target is not None and e.target.country == "ITA" for e in events), triples(events)


def test_a_named_official_spoken_to_by_his_own_leader_stays(analyzer):
    got = _kremlin(
        analyzer,
        "Vladimir Putin: Mr Shoigu, I would like to thank you for the report.",
        "Meeting with President of Kazakhstan Kassym-Jomart Tokayev",
    )
    assert ("SUPPORT", "RUS", "KAZ") not in got, got


def test_a_monarch_told_again_by_title_and_a_fathers_name_is_not_his_sons(analyzer):
    text = (
        "Vladimir Putin had a telephone conversation with King of Bahrain Hamad bin Isa Al Khalifa. "
        "The President and the King agreed to continue their personal contacts."
    )
    events = coded_events(analyzer, text, DAY)
    assert ("AGREE", "RUS", "BHR") in triples(events), triples(events)
    call = next(e for e in events if e.plover_type == "CONSULT")
    assert call.target.name == "Hamad bin Isa Al Khalifa", call.target  # not "Salman bin Hamad bin Isa Al Khalifa"


def test_updating_someone_on_a_matter_is_a_consultation(analyzer):
    got = triples(coded_events(analyzer, "Secretary Blinken updated Ukrainian Foreign Minister Kuleba on the talks.", DAY))
    assert ("CONSULT", "USA", "UKR") in got, got
    got = triples(coded_events(analyzer, "Russia updated its nuclear doctrine on Monday.", DAY))
    assert not any(t[0] == "CONSULT" for t in got), got


def test_condolences_in_a_readout_are_said_to_the_partner(analyzer):
    text = (
        "Vladimir Putin had a telephone conversation with President of Turkey Recep Tayyip Erdogan. "
        "Vladimir Putin expressed his deep condolences over the numerous casualties caused by the earthquake."
    )
    assert ("SUPPORT", "RUS", "TUR") in triples(coded_events(analyzer, text, DAY))
    text = (
        "Vladimir Putin had a telephone conversation with President of Turkey Recep Tayyip Erdogan. "
        "Vladimir Putin expressed concern over the situation in Syria."
    )
    got = triples(coded_events(analyzer, text, DAY))
    assert not any(t[0] == "ACCUSE" and t[2] == "TUR" for t in got), got  # a concern is no message to the partner


def _issued(analyzer, text: str, title: str, url: str) -> list:
    from dataclasses import replace

    from eventkit import article

    art = replace(article(text, DAY, url=url), title=title, outlet=url.split("/")[2])
    return analyzer.analyze([art])[0].events


def test_a_title_with_interim_before_the_office_still_gives_the_country(analyzer):
    text = "Secretary of State Antony J. Blinken spoke today with Libyan interim Foreign Minister Najla Mangoush."
    assert ("CONSULT", "USA", "LBY") in triples(coded_events(analyzer, text, DAY))


def test_those_met_on_a_trip_are_of_the_host_country_the_title_names(analyzer):
    text = (
        "Assistant Secretary of State for African Affairs Molly Phee will visit N'Djamena, Chad, March 20-22. "
        "She will also meet with civil society representatives and the private sector to advance stability."
    )
    url = "https://www.state.gov/assistant-secretary-phee-travel-to-chad/"
    got = triples(_issued(analyzer, text, "Assistant Secretary for African Affairs Phee's Travel to Chad", url))
    assert ("CONSULT", "USA", "TCD") in got, got
    # no trip in the title: the people met stay without a country
    got = triples(_issued(analyzer, text.split(". ")[1], "Remarks on Stability", url))
    assert not any(t[0] == "CONSULT" and t[2] == "TCD" for t in got), got


def test_a_speech_greets_the_audience_it_opens_by_addressing(analyzer):
    url = "http://en.kremlin.ru/events/president/news/1"
    title = "Greetings on Defender of the Fatherland Day"
    for text in (
        "President of Russia Vladimir Putin: Comrade officers, veterans, Please accept my warmest greetings on this holiday.",
        "President of Russia Vladimir Putin: Comrade officers, Dear veterans, I would like to congratulate you on the holiday.",
        "President of Russia Vladimir Putin: Comrade officers, Greetings and congratulations on a new important milestone.",
    ):
        events = _issued(analyzer, text, title, url)
        support = [e for e in events if e.plover_type == "SUPPORT" and e.target is not None]
        assert support and support[0].source.country == "RUS" and support[0].target.country == "RUS", triples(events)
        assert "Putin" not in (support[0].target.name or ""), support[0].target  # the cue's name says who speaks
    # a sentence that only names officers is no address
    events = _issued(analyzer, "Officers and veterans attended the ceremony in Moscow.", title, url)
    assert not any(e.plover_type == "SUPPORT" for e in events), triples(events)


def test_another_countrys_act_under_a_verb_of_emphasis_is_the_speakers_report(analyzer):
    events = coded_events(analyzer, "Vladimir Putin stressed that Ukrainian forces were shelling Donbass.", DAY)
    attack = next(e for e in events if e.plover_type == "ASSAULT")
    assert attack.factuality == "reported" and "Putin" in (attack.attributed_to or ""), attack
    events = coded_events(
        analyzer, "Deputy Secretary Sherman emphasized that Ukraine continues to have the United States' support.", DAY
    )
    assert all(e.factuality != "reported" for e in events if e.plover_type == "SUPPORT"), triples(events)


def test_a_document_named_by_a_city_is_no_party(analyzer):
    got = triples(coded_events(analyzer, "Kiev continued to stubbornly refuse to fulfil the Minsk agreements.", DAY))
    assert not any("BLR" in t for t in got), got


def test_a_unit_named_without_a_country_in_a_governments_text_is_its_own(analyzer):
    url = "http://en.kremlin.ru/events/president/news/1"
    text = "Vladimir Putin congratulated officers and personnel of the 126th Separate Guards Coastal Defence Brigade."
    got = triples(_issued(analyzer, text, "Meeting with officers", url))
    assert ("SUPPORT", "RUS", "RUS") in got, got
    got = triples(coded_events(analyzer, text, DAY))  # no government's own text: no country given
    assert ("SUPPORT", "RUS", "RUS") not in got, got


def test_another_countrys_wrongdoing_under_a_verb_of_emphasis_is_also_a_charge(analyzer):
    text = "The Russian President emphasised that Poland was systematically violating its international commitments."
    assert ("ACCUSE", "RUS", "POL") in triples(coded_events(analyzer, text, DAY))
    text = "Vladimir Putin emphasised that Kiev continued to stubbornly refuse to fulfil the Minsk agreements."
    events = coded_events(analyzer, text, DAY)
    charge = next(e for e in events if e.plover_type == "ACCUSE")
    assert (charge.source.country, charge.target.country, charge.factuality) == ("RUS", "UKR", "asserted"), charge
    # one's own state's conduct is no charge, nor a denial
    for text in (
        "Vladimir Putin stressed that Russia would never violate its commitments.",
        "Vladimir Putin did not stress that Poland was violating its commitments.",
    ):
        assert not any(t[0] == "ACCUSE" for t in triples(coded_events(analyzer, text, DAY))), text


def test_a_call_between_two_named_with_a_long_title_has_both(analyzer):
    text = (
        "The presidents took into account the previous telephone conversation between Alexander Lukashenko and "
        "Acting Federal Chancellor of Germany Angela Merkel."
    )
    events = coded_events(analyzer, text, DAY)
    call = [e for e in events if e.trigger == "conversation"]
    assert call and {call[0].source.country, call[0].target.country} == {"BLR", "DEU"}, triples(events)


def test_protests_told_by_their_place_are_the_places_people(analyzer):
    got = triples(coded_events(analyzer, "Protests in Iran that began with a water shortage have now spread to Tehran.", DAY))
    assert ("PROTEST", "IRN", None) in got, got
    events = coded_events(analyzer, "Students' protests in Belgrade continued.", DAY)
    protest = next(e for e in events if e.plover_type == "PROTEST")
    assert protest.source.name == "Students", protest.source  # a doer named: the doer, not a crowd
