"""The speaker of a transcript's turn, not the issuing government, is "we"/"I" (issue 14, fourth session, h14speaker):
turns written for the test in the form of government transcripts ("Name:", "TITLE NAME:", "QUESTION:")."""

from __future__ import annotations

from test_events_arguments import _events, _pairs

from attache.events.speakers import ISSUER, PRESS, SPEAKER, SpeakerTurns
from attache.model import Mention

KREMLIN = "http://en.kremlin.ru/events/president/news/99999"
STATE = "https://www.state.gov/secretary-press-availability-test/"


def _mention(
    text: str, whole: str, country: str | None, *, kind: str = "person", sector: str | None = "GOV", at: int | None = None
) -> Mention:
    """A resolved mention of ``text`` in ``whole``: its first occurrence, or the one that starts at ``at``."""
    start = whole.index(text) if at is None else at
    return Mention("t", start, start + len(text), text, f"{country or 'NER'}.X", text, country, sector, None, 0.9, "kb", kind)


def test_turns_are_read_from_the_cues():
    text = (
        "The talks took place in Moscow. * * * Vladimir Putin: Welcome, Mr President. "
        "President of Peru Ana Quispe (retranslated): Thank you. We want closer ties. "
        "Question: Will you sign the treaty? Vladimir Putin: We will."
    )
    mentions = [
        _mention("Vladimir Putin", text, "RUS"),
        _mention("Ana Quispe", text, "PER"),
    ]
    turns = SpeakerTurns(text, mentions, "RUS")
    assert [t.role for t in turns.turns] == [ISSUER, SPEAKER, PRESS, ISSUER]
    assert turns.at(0) is None  # before the first cue: the issuer's own text
    assert turns.at(text.index("We want")).speaker.country == "PER"
    assert turns.at(text.index("Will you")).role == PRESS
    assert turns.at(text.index("We will")).role == ISSUER


def test_a_cue_naming_only_a_country_or_a_thing_is_no_speaker():
    text = "The list follows. Peru VESSEL FLAG: cargo ship. We sanction it."
    turns = SpeakerTurns(text, [_mention("Peru", text, "PER", kind="country")], "USA")
    assert all(t.role == ISSUER for t in turns.turns)


def test_guest_speaker_we_is_the_guests_country(analyzer):
    text = (
        "Russian-Chilean talks were held in the Kremlin. Vladimir Putin: Mr President, welcome to Moscow. "
        "President of Chile Gabriel Boric (retranslated): Thank you, Mr President. "
        "We condemn the attacks on our fishermen by pirates and we have signed a new trade agreement with Russia."
    )
    found = _pairs(_events(analyzer, text, url=KREMLIN))
    chilean = {p for p in found if p[1] == "CHL"}
    assert chilean, found
    assert not any(src == "RUS" and typ == "AGREE" for typ, src, _ in found), found


def test_issuers_own_official_keeps_the_issuer(analyzer):
    text = "Vladimir Putin: We have signed a new trade agreement with Chile and we condemn the attacks on ships."
    found = _pairs(_events(analyzer, text, url=KREMLIN))
    assert any(src == "RUS" for _, src, _ in found), found


def test_journalists_question_is_no_act_of_the_issuer(analyzer):
    text = (
        "MR PRICE: Good afternoon. QUESTION: We condemn the decision, and we call on Iran to release the sailors. "
        "Will you? MR PRICE: We call on Iran to release the sailors."
    )
    events = _events(analyzer, text, url=STATE)
    at_question = text.index("QUESTION")
    answer = text.index("Will you?")
    in_question = [e for e in events if at_question < e.trigger_start < answer]
    assert not any(e.source is not None and e.source.country == "USA" for e in in_question), _pairs(in_question)
    # the spokesman's own turn is the Department's voice
    later = [e for e in events if e.trigger_start > answer]
    assert any(e.source is not None and e.source.country == "USA" and e.plover_type == "REQUEST" for e in later), _pairs(events)


def test_no_turns_the_whole_text_is_the_issuer(analyzer):
    found = _pairs(_events(analyzer, "We call on Iran to release the sailors.", url=STATE))
    assert ("REQUEST", "USA", "IRN") in found


def test_a_later_cue_with_the_name_only_keeps_the_speaker():
    text = (
        "Vladimir Putin: Welcome. President of Peru Ana Quispe: Thank you. Vladimir Putin: Please go on. "
        "Ana Quispe: We want closer ties."
    )
    linked = _mention("Ana Quispe", text, "PER")
    mentions = [_mention("Vladimir Putin", text, "RUS"), linked]
    turns = SpeakerTurns(text, mentions, "RUS")  # the second "Ana Quispe" is not linked: the cue words find her
    assert turns.at(text.index("We want")).role == SPEAKER
    assert turns.at(text.index("We want")).speaker.country == "PER"


def test_an_answer_after_a_cut_question_opens_its_own_turn():
    text = "QUESTION: (Inaudible.) MR PRICE: We will. QUESTION: Is that a — MR PRICE: We call on them."
    turns = SpeakerTurns(text, [], "USA")
    assert [t.role for t in turns.turns] == [PRESS, ISSUER, PRESS, ISSUER]
    assert turns.at(text.index("We call")).role == ISSUER
