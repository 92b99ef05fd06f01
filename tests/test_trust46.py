"""Forty-fifth session: good wishes, the people of a gathering greeted, and names the knowledge base lacked.

- h45wish: "Best wishes to the people of X" (no verb: the small model reads "wishes" as a verb with "Best" as its
  adverb) is a greeting noun with its good-wish adjective, the author's SUPPORT of the one addressed; "wishes the
  people of Peru a joyous Independence Day" (the day parsed as an adverbial noun) and "wish the people of X every
  success over the year to come" (the success the subject of a clause) are the wish rule's second object. A wish that
  is a desire ("the wishes of the people") stays no greeting.
- h45guests: the participants, organisers and guests of a gathering a greeting is sent to are its target; they take
  the country of the gathering their own phrase names, else none; named without their gathering they are no
  mention, and they are never a doer nor the target of anything but praise.
- h45congratulatory: "sent a congratulatory message to X" is praise (SUPPORT), as a message of greetings is.
- h45demonyms: the sovereign states pycountry gave no adjective ("Seychellois", "Bahamian", "Guyanese");
  "Samoan" is left out (also American Samoa's: "Three American Samoans" stay the United States' people).
- h45igos: regional and specialised bodies with no entry before (CARICOM, SADC, Europol, ...).
- h45body: an officer named with an international body ("UN Special Envoy Hans Grundberg") carries the body in its
  id ("IGO.un.grundberg-hans"), and the dyad scorer gives it the body's codes.
- h45placelist: "In Paris, France, Assistant Secretary Lewis will ...": the person is the subject, not a third place,
  and a later place of the list owns no title.
- h45nested: the "with" of another verb's clause inside the object is no partner of the meeting.
- h45paired: a bilateral meeting named after its two parties and hosted by one of them has the other as its guest.
- h45urged: a request joined to a verb of address ("thanked Oman ... and encouraged further efforts") asks the one
  addressed, when it names no party of its own.
- h45list: the items of one long list ("delivered to Antigua and Barbuda, ..., St. Vincent and the Grenadines") are
  not each other's sides.
- h45ifthreat: "If Russia invades Ukraine, the United States will impose severe costs" (the guidelines' worked
  example 8): the response promised is a threat to the condition's doer, asserted; the condition's own act is no
  threat.
- h45exchange: "There was a further exchange of views on ...", "An exchange of views took place ..." after a call or
  meeting restate it (its parties); "an exchange of prisoners" is no talk.

Cases written for the classes, not taken from an evaluation file.
"""

from __future__ import annotations

import pytest

from eventkit import analysed, mention, mentions

SD = {"url": "https://www.state.gov/statement-on-x/", "outlet": "U.S. Department of State"}
KREMLIN = {"url": "http://en.kremlin.ru/events/president/news/1", "outlet": "Kremlin"}


def _events(analyzer, sentence: str, **source):
    return analysed(analyzer, [sentence], "2022-07-01", **source)[1].events


def _support(analyzer, sentence: str, **source) -> set[tuple]:
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None, e.target.name if e.target else None)
        for e in _events(analyzer, sentence, **source)
        if e.plover_type == "SUPPORT"
    }


@pytest.mark.parametrize(
    "sentence, target",
    [
        ("Best wishes to the people of Belgium on the occasion of your National Day.", "BEL"),
        ("Warmest wishes to the people of Ghana on this special day.", "GHA"),
        ("My best wishes to the people of Kenya on your Independence Day.", "KEN"),
    ],
)
def test_good_wishes_without_a_verb_are_the_authors_support(analyzer, sentence, target):
    assert ("USA", target) in {(s, t) for s, t, _ in _support(analyzer, sentence, **SD)}


def test_good_wishes_read_as_a_noun(analyzer):
    from attache.model import Article, Paragraph
    from attache.nlp import parse

    text = "Best wishes to the people of France for a joyous national day."
    art = Article(id="t", text=text, paragraphs=[Paragraph(0, len(text))], language="en", published="2022-07-14")
    doc = next(parse([art])).segments[0].doc
    wishes = next(t for t in doc if t.lower_ == "wishes")
    assert (wishes.pos_, wishes.lemma_) == ("NOUN", "wish")
    assert doc[0].dep_ == "amod" and doc[0].head.i == wishes.i


@pytest.mark.parametrize(
    "sentence",
    [
        "We must respect the wishes of the Ukrainian people.",
        "Best of all, he wishes to visit Kenya next year.",
    ],
)
def test_a_wish_that_is_a_desire_is_no_greeting(analyzer, sentence):
    assert not any(t for _s, t, _ in _support(analyzer, sentence, **SD))


@pytest.mark.parametrize(
    "sentence, target",
    [
        ("The United States wishes the people of Peru a joyous Independence Day.", "PER"),
        (
            "The United States and its people wish the people of the Commonwealth of The Bahamas every success over the "
            "year to come.",
            "BHS",
        ),
    ],
)
def test_the_thing_wished_parsed_elsewhere_is_still_the_wish_rules_object(analyzer, sentence, target):
    assert target in {t for _s, t, _ in _support(analyzer, sentence, **SD)}


def test_the_participants_of_a_gathering_greeted_are_the_target(analyzer):
    found = _support(
        analyzer,
        "Vladimir Putin sent greetings to the participants and guests of the first Rachmaninoff International "
        "Competition for Pianists.",
        **KREMLIN,
    )
    assert ("RUS", None, "participants") in found


def test_the_participants_take_the_country_their_gathering_names(analyzer):
    found = _support(
        analyzer,
        "Vladimir Putin sent greetings to the participants, organisers and guests of the All-Russian Patriotic Forum.",
        **KREMLIN,
    )
    assert ("RUS", "RUS") in {(s, t) for s, t, _ in found}


def test_a_congratulatory_message_is_praise(analyzer):
    events = _events(
        analyzer, "Vladimir Putin sent a congratulatory message to President of Kazakhstan Kassym-Jomart Tokayev.", **KREMLIN
    )
    assert ("SUPPORT", "KAZ") in {(e.plover_type, e.target.country if e.target else None) for e in events}
    assert "CONSULT" not in {e.plover_type for e in events}


@pytest.mark.parametrize(
    "text, part, country",
    [
        ("Best wishes to the Seychellois people on this momentous occasion.", "Seychellois", "SYC"),
        ("The Bahamian government met Guyanese officials in Nassau.", "Guyanese", "GUY"),
        ("The Bahamian government met Guyanese officials in Nassau.", "Bahamian", "BHS"),
        ("Three American Samoans sued to be allowed to vote.", "American", "USA"),
    ],
)
def test_adjectives_of_the_smaller_states(analyzer, text, part, country):
    assert mention(mentions(analyzer, text, published="2022-07-01"), part).country == country


@pytest.mark.parametrize(
    "text, part, code",
    [
        (
            "The United States is donating vaccine doses to the member countries of the Caribbean Community (CARICOM).",
            "CARICOM",
            "IGO.caricom",
        ),
        (
            "Leaders of the Southern African Development Community met in Maputo.",
            "Southern African Development Community",
            "IGO.sadc",
        ),
        ("More than 30 governments took part, along with Europol.", "Europol", "IGO.europol"),
    ],
)
def test_regional_bodies_are_known(analyzer, text, part, code):
    assert mention(mentions(analyzer, text, published="2022-07-01"), part).actor_id == code


# --- h45body, h45placelist, h45nested, h45paired ---------------------------------------------------------------------


def _consult(analyzer, sentence: str) -> set[tuple]:
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in _events(analyzer, sentence, **SD)
        if e.plover_type == "CONSULT"
    }


def test_an_officer_named_with_the_body_carries_the_body(analyzer):
    text = "The United States supports the efforts of UN Special Envoy Hans Grundberg and IAEA Director General Rafael Grossi."
    ms = mentions(analyzer, text, published="2022-06-01", **SD)
    assert mention(ms, "Grundberg").actor_id == "IGO.un.grundberg-hans"
    assert mention(ms, "Grossi").actor_id == "IGO.iaea.grossi-rafael"
    assert mention(ms, "Grundberg").country is None  # an officer of a body is of no country


def test_the_body_codes_of_its_officers():
    from attache.evaluate.dyads import side_codes
    from attache.model import Party

    assert "UN" in side_codes(Party("IGO.un.grundberg-hans", "Hans Grundberg", None, "IGO"))
    assert "NATO" in side_codes(Party("IGO.IGO.stoltenberg-jens", "Jens Stoltenberg", None, "IGO"))  # listed, member_of
    assert "UN" not in side_codes(Party("IGO.IGO.someone", "An Envoy", None, "IGO"))


@pytest.mark.parametrize(
    "sentence, pair",
    [
        (
            "In Paris, France, Assistant Secretary Lewis will co-chair the inaugural meeting of the U.S.-France Defense "
            "Trade Strategic Dialogue.",
            ("USA", "FRA"),
        ),
        ("In Brussels, Belgium, Secretary Blinken met with Foreign Minister Kuleba.", ("USA", "UKR")),
    ],
)
def test_a_person_after_a_place_and_its_country_is_the_subject(analyzer, sentence, pair):
    assert pair in _consult(analyzer, sentence)


def test_a_title_after_a_list_of_places_is_not_of_the_last_place(analyzer):
    ms = mentions(
        analyzer, "In Warsaw and Vilnius, Counselor Chollet will meet government officials.", published="2022-06-01", **SD
    )
    assert mention(ms, "Chollet").country == "USA"


def test_the_with_of_another_verb_inside_the_object_is_no_partner(analyzer):
    sentence = (
        "Assistant Secretary Lewis will co-chair the inaugural meeting of the U.S.-France Defense Trade Strategic "
        "Dialogue, a new forum to strengthen bilateral defense trade with one of America’s oldest Allies."
    )
    assert ("USA", "FRA") in _consult(analyzer, sentence)


def test_a_bilateral_meeting_hosted_has_the_other_party_as_guest(analyzer):
    assert ("USA", "KAZ") in _consult(
        analyzer, "The Secretary will host the fourth U.S.-Kazakhstan Strategic Partnership Dialogue."
    )


def test_a_meeting_hosted_named_after_a_body_stays_no_guest(analyzer):
    assert not _consult(analyzer, "Japan will host the eighth Tokyo International Conference on African Development.")


def test_the_people_of_a_gathering_are_never_doers(analyzer):
    events = _events(
        analyzer,
        "In addition to current matters, the participants held a planned discussion of Russia's humanitarian policy concept.",
        **KREMLIN,
    )
    assert not any(e.source is not None and e.source.name == "participants" for e in events)


def test_participants_named_without_their_gathering_are_no_mention(analyzer):
    ms = mentions(analyzer, "Working Group chairs may invite non-member participants to join.", published="2022-06-01", **SD)
    assert not any("participants" in m.text for m in ms)


# --- h45urged, h45list ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, target",
    [
        ("The Secretary thanked Oman for its support and encouraged further efforts to strengthen the truce.", "OMN"),
        ("Secretary Blinken welcomed Kenya's leadership and urged further steps to protect refugees.", "KEN"),
        ("Blinken met with Foreign Minister Lapid and urged further steps to ease tensions.", "ISR"),
    ],
)
def test_a_request_joined_to_a_verb_of_address_asks_the_one_addressed(analyzer, sentence, target):
    found = {(e.plover_type, e.target.country if e.target else None) for e in _events(analyzer, sentence, **SD)}
    assert ("REQUEST", target) in found


def test_a_request_with_its_own_party_keeps_it(analyzer):
    events = _events(analyzer, "The Secretary thanked Oman for its support and urged Iran to release the detainees.", **SD)
    assert ("REQUEST", "IRN") in {(e.plover_type, e.target.country if e.target else None) for e in events}
    assert ("REQUEST", "OMN") not in {(e.plover_type, e.target.country if e.target else None) for e in events}


def test_items_of_one_list_of_recipients_are_not_each_others_sides(analyzer):
    events = _events(
        analyzer,
        "A shipment of doses will be delivered to Antigua and Barbuda, The Bahamas, St. Kitts and Nevis, St. Vincent "
        "and the Grenadines, and Trinidad and Tobago today.",
        **SD,
    )
    listed = {"ATG", "BHS", "KNA", "VCT", "TTO"}
    assert not any(e.source is not None and e.source.country in listed for e in events)


# --- h45ifthreat ------------------------------------------------------------------------------------------------------


def _typed(analyzer, sentence: str) -> set[tuple]:
    return {
        (e.plover_type, e.source.country if e.source else None, e.target.country if e.target else None, e.factuality)
        for e in _events(analyzer, sentence, **SD)
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "If Russia invades Ukraine, the United States will impose severe costs.",
        "If Russia invades Ukraine, we will respond swiftly and decisively.",
        "If Russia engages in a full-scale invasion of Ukraine, we will escalate too.",
    ],
)
def test_a_response_promised_under_anothers_act_is_a_threat_to_it(analyzer, sentence):
    found = _typed(analyzer, sentence)
    assert ("THREATEN", "USA", "RUS", "asserted") in found
    assert ("ASSAULT", "RUS", "UKR", "hypothetical") in found  # the condition stays the other party's act


def test_the_act_of_a_condition_is_not_itself_a_threat(analyzer):
    found = _typed(
        analyzer,
        "We have made it clear that if Russia continues to escalate, if Russia engages in a full-scale invasion of "
        "Ukraine, we will escalate too.",
    )
    assert ("THREATEN", "RUS", "UKR", "asserted") not in found
    assert ("THREATEN", "USA", "RUS", "asserted") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "If Russia invades Ukraine, we will not respond with force.",  # a response ruled out
        "If Russia invades Ukraine, the markets will react.",  # no party answers
        "If Russia wins the election, we will respond.",  # no hostile act in the condition
    ],
)
def test_no_threat_without_a_partys_response_to_a_hostile_act(analyzer, sentence):
    assert not any(t[0] == "THREATEN" and t[2] == "RUS" for t in _typed(analyzer, sentence))


# --- h45exchange ------------------------------------------------------------------------------------------------------


def _told_in_second(analyzer, first: str, second: str) -> set[tuple]:
    """(type, source country, target country) of the events told in the second paragraph (their own sentence or a
    telling merged into them)."""
    text, result = analysed(analyzer, [first, second], "2022-05-29", **KREMLIN)
    at = text.index(second)
    return {
        (e.plover_type, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in result.events
        if e.sentence_start >= at or any(a >= at for a, _b in e.evidence)
    }


@pytest.mark.parametrize(
    "second",
    [
        "There was a further exchange of views on international issues such as the situation around Ukraine.",
        "An exchange of views took place on the situation in the Middle East.",
    ],
)
def test_an_exchange_of_views_told_without_parties_restates_the_talks(analyzer, second):
    found = _told_in_second(
        analyzer, "Vladimir Putin had a telephone conversation with President of Serbia Aleksandar Vucic.", second
    )
    assert ("CONSULT", "RUS", "SRB") in found or ("CONSULT", "SRB", "RUS") in found


def test_an_exchange_of_prisoners_is_no_talk(analyzer):
    found = _told_in_second(
        analyzer,
        "Vladimir Putin had a telephone conversation with President of Serbia Aleksandar Vucic.",
        "There was an exchange of prisoners last year.",
    )
    assert not any(t[0] == "CONSULT" for t in found)
