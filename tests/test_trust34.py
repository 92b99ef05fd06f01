"""Thirty-third session: the coder's word lists read from data, and the speed changes kept behaviour."""

from __future__ import annotations

import pytest

from attache.events import coder, retype
from attache.events.lexicon import lexicon


def test_exercise_words_are_the_retype_rules_triggers():
    """The coder's "exercises held alone" reading (h32aimed) and retype.yaml's rule of the same name must name the
    same words: arguments.yaml ``exercise_words`` says to keep them alike, and this holds it."""
    rule = next(r for r in retype.rules() if r.name == "exercises held alone are a show of force")
    triggers = dict(rule.conditions)["trigger"]
    assert coder.EXERCISE_WORDS == triggers


def test_word_lists_come_from_arguments_yaml():
    """The thirty-second session's word lists are data: each one is read from arguments.yaml ``words``."""
    words = coder.argument_rules()["words"]
    assert coder.NOMINAL_VERBS == words["nominal_verbs"] and coder.NOMINAL_VERBS["handover"] == "hand over"
    assert coder.IRREGULAR_PAST["forgave"] == "forgive"
    for name in ("group_heads", "demand_verbs", "generic_victims", "attacked_seats", "owner_sectors"):
        assert getattr(coder, name.upper()) == frozenset(words[name]), name


@pytest.mark.parametrize("verb", sorted(lexicon().rule_verbs)[:: max(1, len(lexicon().rule_verbs) // 40)])
def test_rules_for_keeps_the_lexicons_order(verb):
    """The verb + object rules indexed by verb are those naming the verb, in the lexicon's order (the first that
    matches wins), each once."""
    lex = lexicon()
    expected = [r for r in lex.verb_object if verb in r["verbs"]]
    got = list(lex.rules_for(verb))
    assert got == expected
    assert len({id(r) for r in got}) == len(got)


def test_rules_for_an_unknown_verb_is_empty():
    assert lexicon().rules_for("photosynthesise") == ()


def test_segment_length_is_the_text_length():
    """``Segment.length`` (read once) is ``len(doc.text)``, the paragraph's trailing space included."""
    from attache.model import Article, Paragraph
    from attache.nlp import parse

    first = "Pakistan's foreign minister met Marco Rubio on Monday.  "
    text = first + "\n\nThey discussed trade. "
    paragraphs = [Paragraph(0, len(first)), Paragraph(len(first) + 2, len(text))]
    art = Article(
        id="s",
        text=text,
        paragraphs=paragraphs,
        url="https://example.com/s",
        outlet="example.com",
        published="2025-04-09",
        language="en",
    )
    parsed = next(iter(parse([art])))
    assert len(parsed.segments) == 2
    for seg in parsed.segments:
        assert seg.length == len(seg.doc.text)
        assert seg.end == seg.start + len(seg.doc.text)
        assert text[seg.start : seg.end] == seg.doc.text


# --- h33riot: violence by a protesting crowd is a riot (CAMEO 145, PLOVER PROTEST riot), aimed at the party its demand
# is made of, else at the party fought. Sentences written for these tests, none of an evaluation file's.
DAY = "1999-05-03"

RIOTS = [
    pytest.param(
        "Opposition demonstrators stoned police and burned cars in Dhaka on Sunday, demanding that Prime Minister "
        "Sheikh Hasina resign.",
        ("PROTEST", "BGD", "BGD"),
        id="demand-names-the-ruler",
    ),
    pytest.param("Striking miners clashed with Romanian police in Bucharest.", ("PROTEST", None, "ROU"), id="striking-crowd"),
    pytest.param(
        "Palestinian protesters threw stones at Israeli soldiers in Hebron.", ("PROTEST", "PSE", "ISR"), id="stones-thrown"
    ),
    pytest.param(
        "Protesters set fire to a government building in Bishkek, demanding that President Askar Akayev resign.",
        ("PROTEST", None, "KGZ"),
        id="fire-set",
    ),
    pytest.param(
        "Ethnic Albanian students fought Macedonian police with stones in Tetovo, demanding the right to study in "
        "their own language.",
        ("PROTEST", None, "MKD"),
        id="demand-names-no-party",
    ),
    pytest.param(
        "Bangladeshi students stoned government offices in Dhaka in protest against a rise in university fees.",
        ("PROTEST", "BGD", "BGD"),
        id="in-protest",
    ),
]


@pytest.mark.parametrize(("text", "want"), RIOTS)
def test_a_protesting_crowds_violence_is_a_riot(analyzer, text, want):
    from eventkit import coded_events

    events = coded_events(analyzer, text, DAY)
    got = {(e.plover_type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events}
    assert any(t[0] == want[0] and all(w is None or w == g for w, g in zip(want[1:], t[1:])) for t in got), got
    riot = next(e for e in events if e.plover_type == "PROTEST" and e.plover_mode == "RIOT")
    assert riot.cameo_code == "145"
    assert not any(e.plover_type == "ASSAULT" for e in events), got


@pytest.mark.parametrize(
    "text",
    [
        "Rebels clashed with Indian troops in Kashmir, killing four soldiers.",  # an armed group fights
        "Jewish settlers threw stones at Palestinian cars near Nablus.",  # no protest named, no demand made
        "Police clashed with students demanding the release of their leaders.",  # the state's force is not a crowd
        "The army set fire to a Chechen village.",
        "Israeli jets bombed Gaza in protest at rocket fire.",  # a state's force, whatever it says it answers
    ],
)
def test_violence_of_no_protesting_crowd_stays_an_assault(analyzer, text):
    from eventkit import coded_events

    events = coded_events(analyzer, text, DAY)
    assert any(e.plover_type == "ASSAULT" for e in events), [(e.plover_type, e.trigger) for e in events]
    assert not any(e.plover_mode == "RIOT" for e in events)


def test_a_language_in_the_demand_is_no_party(analyzer):
    """ "demanding the right to study in Kurdish": a people's adjective after "in" names a language, not the party the
    demand is made of; the riot stays aimed at the party fought."""
    from eventkit import coded_events

    text = "Hundreds of Kurdish students hurled stones at Turkish police in Diyarbakir, demanding the right to study in Kurdish."
    events = coded_events(analyzer, text, DAY)
    riots = [e for e in events if e.plover_mode == "RIOT"]
    assert riots and all(e.target is not None and e.target.name == "Turkish police" for e in riots), [
        (e.plover_type, e.target.name if e.target else None) for e in events
    ]


# --- h33told: an act the speaker says he will do, told to a party, is aimed at the one told
TOLD = [
    pytest.param(
        "North Korea told the International Atomic Energy Agency on Tuesday that it would allow inspectors back into the "
        "Yongbyon complex.",
        ("PRK", "IAEA"),
        id="it-would",
    ),
    pytest.param("China told Vietnam it would withdraw its oil rig from disputed waters.", ("CHN", "Vietnam"), id="no-that"),
    pytest.param(
        "Antony Blinken told Dmytro Kuleba that the United States would provide additional security assistance.",
        ("USA", "Dmytro Kuleba"),
        id="own-country-doer",
    ),
]


@pytest.mark.parametrize(("text", "want"), TOLD)
def test_an_intent_told_is_aimed_at_the_one_told(analyzer, text, want):
    from eventkit import coded_events

    events = coded_events(analyzer, text, "2022-05-03")
    got = [(e.plover_type, e.source.country if e.source else None, e.target.name if e.target else None) for e in events]
    assert any(s == want[0] and t is not None and want[1].split()[-1] in t for _p, s, t in got), got
    told = next(e for e in events if e.target is not None and want[1].split()[-1] in (e.target.name or ""))
    assert told.factuality != "asserted"  # an act said to be coming is not told as done


@pytest.mark.parametrize(
    "text",
    [
        "Greece told Germany that Turkey would invade Cyprus.",  # another party's act: not aimed at the one told
        "Zelensky told Biden that Russian troops had shelled Kharkiv again.",  # a past act told: no intent
    ],
)
def test_an_act_told_that_is_not_the_speakers_intent_keeps_its_own_target(analyzer, text):
    from eventkit import coded_events

    events = coded_events(analyzer, text, "2022-05-03")
    told = {"Germany", "Joe Biden", "Biden"}
    assert not any(e.target is not None and e.target.name in told and e.plover_type in ("ASSAULT",) for e in events), [
        (e.plover_type, e.target.name if e.target else None) for e in events
    ]


# --- h33stacked: a people named by the state it lives in and its kin state's word are the people of the state it lives in
@pytest.mark.parametrize(
    ("text", "part", "country"),
    [
        ("Bosnian Serb forces shelled Sarajevo.", "Bosnian Serb forces", "BIH"),
        ("Kosovo Albanians protested in Pristina.", "Albanians", "XKX"),
        ("Bosnian Serbs rejected the plan.", "Serbs", "BIH"),
        ("Serbian police arrested Kosovo Albanian activists.", "Kosovo Albanian activists", "XKX"),
        # counter-cases: a civic word after an ethnic one, a people's word alone, a kin word with no other state
        ("Chinese Indonesians fled the riots.", "Indonesians", "IDN"),
        ("Serbian police arrested the activists.", "Serbian police", "SRB"),
        ("Albanian troops crossed the border.", "Albanian troops", "ALB"),
    ],
)
def test_a_people_takes_the_state_it_lives_in(analyzer, text, part, country):
    from eventkit import mention, mentions

    m = mention(mentions(analyzer, text, published=DAY), part)
    assert m.country == country, (m.text, m.country)


# --- h33let: the one a permission lets in is its other side, never the permitter's own force
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Russia refused to allow OSCE monitors into Chechnya.", ("REJECT", "Russia", "OSCE")),
        ("Iraq allowed U.N. weapons inspectors into eight presidential sites.", ("RETREAT", "Iraq", "United Nations")),
        ("Russia withdrew its troops from Georgia.", ("RETREAT", "Russia", "Georgia")),  # a force withdrawn stays the doer's
    ],
)
def test_the_one_let_in_is_the_permissions_other_side(analyzer, text, want):
    from eventkit import coded_events

    got = {
        (e.plover_type, e.source.name if e.source else None, e.target.name if e.target else None)
        for e in coded_events(analyzer, text, DAY)
    }
    assert want in got, got


# --- h33appeal: the one asked to act does the act asked, also when a day makes the infinitive an adverbial clause;
# h33phoned: "called X to ..." is a telephone call and its purpose, nobody asked
def _events(analyzer, text):
    from eventkit import coded_events

    return [
        (e.plover_type, e.source.country if e.source else None, e.target.country if e.target else None, e.factuality)
        for e in coded_events(analyzer, text, "2023-05-30")
    ]


def test_the_one_called_on_frees_the_prisoner(analyzer):
    got = _events(analyzer, "Human Rights Watch called on Egypt on Monday to free a blogger.")
    assert any(t[0] == "RETREAT" and t[1] == "EGY" and t[3] == "demanded" for t in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Putin called Erdogan on Tuesday to congratulate him on his re-election.",
        "Putin called Erdogan to congratulate him on his re-election.",
    ],
)
def test_a_call_made_to_congratulate_is_the_callers_congratulation(analyzer, text):
    got = _events(analyzer, text)
    assert ("SUPPORT", "RUS", "TUR", "asserted") in got, got
    assert not any(t[0] == "SUPPORT" and t[1] == "TUR" for t in got), got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Biden called on Israel to allow aid into Gaza.", ("REQUEST", "USA", "ISR", "asserted")),
        ("Amnesty International urged China to release the dissident Wei Jingsheng.", ("RETREAT", "CHN", None, "demanded")),
    ],
)
def test_a_call_on_a_party_stays_a_request(analyzer, text, want):
    assert want in _events(analyzer, text), _events(analyzer, text)


def test_a_thing_called_a_name_is_no_telephone_call(analyzer):
    """ "has called it like a humanitarian tragedy and has asked the U.S. for help": "it" is named, nobody phoned; the
    request beside it stays asserted."""
    got = _events(analyzer, "The Colombian Government has called it a humanitarian tragedy and has asked the U.S. for help.")
    assert ("REQUEST", "COL", "USA", "asserted") in got, got


@pytest.mark.parametrize(
    ("text", "part", "country"),
    [
        ("The opposition Congress party accused the government of corruption.", "Congress party", "IND"),
        ("Congress passed the sanctions bill.", "Congress", "USA"),  # the bare name stays the U.S. legislature
    ],
)
def test_the_congress_party_is_indias(analyzer, text, part, country):
    from eventkit import mention, mentions

    assert mention(mentions(analyzer, text, published=DAY), part).country == country
