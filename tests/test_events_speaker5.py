"""Who "we"/"I" is in a turn of a government's transcript, fifth session (issue 14, h14speak2): cues with lower-case
name particles, an international organisation's official, a speaker the resolver does not know, a turn resumed
after an interruption, a guest's "our Russian colleagues". The transcripts are written for the tests."""

from __future__ import annotations

from test_events_arguments import _events, _pairs
from test_events_speaker import _mention

from attache.events.speakers import ISSUER, SPEAKER, UNKNOWN, SpeakerTurns

KREMLIN = "http://en.kremlin.ru/events/president/news/99998"


def test_a_cue_with_a_lower_case_particle_is_a_turn():
    text = (
        "Vladimir Putin: Good afternoon. President of Qatar Tamim bin Hamad al-Thani: Thank you. We want more trade. "
        "President of Egypt Abdel Fattah el-Sisi (retranslated): We agree."
    )
    mentions = [
        _mention("Vladimir Putin", text, "RUS"),
        _mention("Tamim bin Hamad al-Thani", text, "QAT"),
        _mention("Abdel Fattah el-Sisi", text, "EGY"),
    ]
    turns = SpeakerTurns(text, mentions, "RUS")
    assert [t.role for t in turns.turns] == [ISSUER, SPEAKER, SPEAKER]
    assert turns.at(text.index("We want")).speaker.country == "QAT"
    assert turns.at(text.index("We agree")).speaker.country == "EGY"


def test_a_turn_resumed_after_an_interruption_is_its_speakers():
    text = (
        "Vladimir Putin: Welcome. President of Chile Ana Rojas: We sent engineers to… Vladimir Putin: Yes. "
        "Ana Rojas:…and we will send more of them."
    )
    second = _mention("Ana Rojas", text, "CHL", at=text.rindex("Ana Rojas"))
    mentions = [_mention("Vladimir Putin", text, "RUS"), _mention("Ana Rojas", text, "CHL"), second]
    turns = SpeakerTurns(text, mentions, "RUS")
    assert turns.at(text.index("and we will")).role == SPEAKER
    assert turns.at(text.index("and we will")).speaker.country == "CHL"


def test_an_organisations_official_and_an_unknown_speaker():
    text = (
        "Vladimir Putin: Welcome. Secretary General of the Alliance Pavel Zorin: We will help. "
        "Ivan Sidorkin: Our plant will grow. MR SMITHSON: We will see."
    )
    mentions = [
        _mention("Vladimir Putin", text, "RUS"),
        _mention("Pavel Zorin", text, None, sector="IGO"),
        _mention("Ivan Sidorkin", text, None, sector=None),
        _mention("SMITHSON", text, None, sector=None),
    ]
    turns = SpeakerTurns(text, mentions, "RUS")
    assert [t.role for t in turns.turns] == [ISSUER, SPEAKER, UNKNOWN, ISSUER]  # an all-capital label: the issuer's staff
    assert turns.at(text.index("We will help")).speaker.sector == "IGO"


def test_an_igo_officials_we_is_not_the_issuer(analyzer):
    text = (
        "Vladimir Putin: Mr Secretary-General, welcome to Moscow. UN Secretary-General Antonio Guterres: Thank you. "
        "We will send humanitarian aid to Ukraine and I support the talks with Kyiv."
    )
    found = _events(analyzer, text, url=KREMLIN)
    acts = [e for e in found if e.plover_type in ("AID", "SUPPORT")]
    assert acts, _pairs(found)
    assert not any(e.source is not None and e.source.country == "RUS" for e in acts), _pairs(found)
    # the same words in the host's own turn stay the host's
    own = _pairs(_events(analyzer, "Vladimir Putin: We will send humanitarian aid to Ukraine.", url=KREMLIN))
    assert any(src == "RUS" for typ, src, _ in own if typ == "AID"), own


def test_an_unknown_speakers_we_is_not_the_issuer(analyzer):
    text = (
        "Vladimir Putin: Good afternoon, colleagues. Ivan Sidorkin: Thank you, Mr President. "
        "We condemn the attacks on the villages of Armenia."
    )
    found = _events(analyzer, text, url=KREMLIN)
    assert not any(e.source is not None and "Kremlin" in (e.source.name or "") for e in found), _pairs(found)
    # the same words in the host's own turn are the host's
    own = _events(analyzer, "Vladimir Putin: We condemn the attacks on the villages of Armenia.", url=KREMLIN)
    assert any(e.source is not None and "Kremlin" in (e.source.name or "") for e in own), _pairs(own)


def test_a_guests_russian_colleagues_are_the_other_party(analyzer):
    text = (
        "Vladimir Putin: Mr President, welcome. President of Egypt Abdel Fattah el-Sisi (retranslated): Thank you. "
        "We have signed an agreement with our Russian colleagues and we thank our Chinese partners for their support."
    )
    found = _pairs(_events(analyzer, text, url=KREMLIN))
    assert any(typ == "AGREE" and src == "EGY" and tgt == "RUS" for typ, src, tgt in found), found
    assert not any(src == "RUS" for _, src, _ in found), found
