"""Sides the argument walk did not reach (h14reach12): an attack noun set against the party defended or helped by a
frame of facing ("support for X in the face of Y's war") or by an "against" phrase the parser hangs on the party helped
("support for the people of X against Y's war") is done to that party (``sides: defend_frames`` in
events/data/arguments.yaml, ``EventCoder._defenders``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from attache.events.arguments import argument_rules
from eventkit import coded_events


def _sides(analyzer, text: str) -> list[tuple[str, str | None, str | None]]:
    events = coded_events(analyzer, text, "2022-04-08", "t")
    return [(e.plover_type, e.source and e.source.country, e.target and e.target.country) for e in events]


def test_the_frames_come_from_the_data_file():
    frames = argument_rules()["sides"]["defend_frames"]
    assert "face" in frames["in"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a frame of facing under a verb that states help ("reiterated their support for X")
        ("Poland reiterated its support for Georgia's sovereignty in the face of Russia's invasion.", ("ASSAULT", "RUS", "GEO")),
        # the frame under the help noun itself
        ("Norway announced new assistance to Moldova in the face of Russia's aggression.", ("ASSAULT", "RUS", "MDA")),
        # a verb of defence with the frame: its subject is the one attacked
        ("Taiwan will defend itself in the face of China's attacks.", ("ASSAULT", "CHN", "TWN")),
    ],
)
def test_an_attack_noun_in_a_frame_of_facing_targets_the_party_helped(analyzer, text, expected):
    assert expected in _sides(analyzer, text)


def test_against_hung_on_the_party_helped_targets_it(analyzer):
    # the small parser hangs "against" on "people", not on "support"
    text = "The minister stressed the relationship, which rests on our shared support for the people of Georgia against Russia's unprovoked war."
    assert ("ASSAULT", "RUS", "GEO") in _sides(analyzer, text)


def test_a_frame_of_facing_without_help_gives_no_target(analyzer):
    # "praised" states no help and is no verb of defence: the war keeps no target taken from the clause
    found = _sides(analyzer, "Sweden praised Finland's calm in the face of Russia's war.")
    assert ("ASSAULT", "RUS", "FIN") not in found, found
    assert ("ASSAULT", "RUS", "SWE") not in found, found


def test_another_frame_noun_gives_no_target(analyzer):
    # "in the name of" is no frame of facing: the party supported is not the one attacked
    found = _sides(analyzer, "Belarus voiced support for Serbia in the name of Russia's war.")
    assert ("ASSAULT", "RUS", "SRB") not in found, found


def test_a_place_helped_against_an_attack_is_no_target(analyzer):
    # the "for" phrase is a thing, no party: no target is made up from it
    found = _sides(analyzer, "Canada reaffirmed its support for the reconstruction in the face of Russia's aggression.")
    assert not any(t == "ASSAULT" and tgt is not None for t, _s, tgt in found), found


def test_a_byline_glued_to_the_sentence_is_not_the_party_defending(analyzer):
    # a statement's byline with no full stop: the parser gives "continue" two subjects; the one next to it defends
    text = "Marta Kos, Minister of Defence The Georgian people continue to defend their country in the face of Russia's invasion."
    found = _sides(analyzer, text)
    assert ("ASSAULT", "RUS", "GEO") in found, found
    assert not any(t == "ASSAULT" and tgt not in ("GEO", None) for t, _s, tgt in found), found
