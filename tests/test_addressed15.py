"""Names that are no party of their sentence (actors/addressed.py, h14voc15): the press's turn labels of a
transcript and a person spoken to by name. Sentences written for these tests, in the way of a press briefing."""

from __future__ import annotations

import pytest

from eventkit import coded_events, mentions, triples, triples_in

BRIEFING = "https://www.state.gov/briefings/department-press-briefing-test/"


@pytest.mark.parametrize(
    "text",
    [
        "Ned, until when will you keep talking to the Iranians?",
        "If I may, Matt, are you going to ask Turkey to stop the operation?",
        "Thank you, Ned.",
        "Thank you so much Ned and thank you all for coming.",
        "QUESTION: How about the agreements with Mexico?",
        "QUESTION: (Inaudible) a little more on Iran.",
    ],
)
def test_a_name_spoken_to_or_a_label_is_no_mention(analyzer, text):
    found = [m.text for m in mentions(analyzer, text, published="2022-05-04", url=BRIEFING)]
    assert not any(name in found for name in ("Ned", "Matt", "QUESTION", "Inaudible")), found


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Secretary, welcome back to Fox News Sunday.",
        "What is your message, Mr. Secretary, to China as it weighs how much support it will provide to Putin?",
    ],
)
def test_an_office_spoken_to_is_no_doer(analyzer, text):
    events = coded_events(analyzer, text, "2022-05-04", url=BRIEFING)
    assert not any("Secretary" in (e.source_span or {}).get("text", "") for e in events), [e.source_span for e in events]


def test_a_leader_spoken_to_may_be_the_one_thanked(analyzer):
    text = (
        "Vladimir Putin: Mr Khurelsukh, I am glad to see you. "
        "President of Mongolia Ukhnaagiin Khurelsukh: Thank you very much, Mr President, for your hospitality."
    )
    found = triples(coded_events(analyzer, text, "2022-05-04", url="http://en.kremlin.ru/events/president/news/99999"))
    assert ("SUPPORT", "MNG", "RUS") in found


def test_a_name_spoken_to_is_no_side(analyzer):
    # the question is coded (as a question), but Ned is not the one who talks to Iran
    assert not any(s is None or t is None for _t, s, t in triples_in(analyzer, "Ned, will you keep talking to Iran?"))
    assert ("CONSULT", None, "IRN") not in triples_in(analyzer, "Ned, will you keep talking to Iran?")


@pytest.mark.parametrize(
    "text, name",
    [
        ('The prime minister, Boris Johnson, tweeted: "Thank you to all emergency services."', "Boris Johnson"),
        ("Khan, who attacked people, was shot by police.", "Khan"),
        ("Mr. Smith, 45, attacked the police.", "Smith"),
        ("I asked one of your predecessors, Condoleezza Rice, former secretary of state, how to judge it.", "Condoleezza Rice"),
        ("Ned Price told reporters that the talks with Iran would go on.", "Ned Price"),
        ("Do you think Rubio will visit Islamabad?", "Rubio"),
        ("Let me ask you: yesterday the army shot a journalist, 31 years old, Ghufran Warasneh.", "Ghufran Warasneh"),
    ],
)
def test_a_name_that_names_the_subject_stays(analyzer, text, name):
    assert name in [m.text for m in mentions(analyzer, text, published="2022-05-04")]


def test_thanks_to_a_leader_named_as_spoken_to_is_the_speakers(analyzer):
    # the parser makes "Mr Lukashenko" the subject of "thank"; the speaker of the turn thanks him
    text = (
        "Vladimir Putin: Mr Japarov, I am happy to meet with you in a bilateral format this time. "
        "Mr Lukashenko, thank you very much for coming here, to the Russian Far East."
    )
    found = triples(coded_events(analyzer, text, "2022-09-06", url="http://en.kremlin.ru/events/president/news/99998"))
    assert ("SUPPORT", "RUS", "BLR") in found and ("SUPPORT", "BLR", "RUS") not in found, found


@pytest.mark.parametrize(
    "by, words",
    [("QUESTION", "told in a journalist's question"), ("Reuters", "reported by Reuters"), ("he", "reported")],
)
def test_an_act_told_in_a_journalists_turn_says_so(by, words):
    from attache.stories.compare_trust import who_reports

    assert who_reports({"factuality": "reported", "attributed_to": by}) == words


def test_you_is_the_leader_spoken_to(analyzer):
    text = (
        "President of the People's Republic of China Xi Jinping: President Putin, my old friend, I am very happy that this "
        "is our second videoconference with you this year."
    )
    found = triples(coded_events(analyzer, text, "2021-12-15", url="http://en.kremlin.ru/events/president/news/99997"))
    assert ("CONSULT", "CHN", "RUS") in found, found
