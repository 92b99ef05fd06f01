"""Fixes after the review of the sixth session's event branches (issue 14), on sentences written for these tests:
a commitment *to* a fight is no crime committed; recognizing a party *as* something bad is an accusation, as
something good praise; defending oneself against a party's attacks is fighting it; the sentence-level back-off
tells one act once (no one-sided copy of its trigger beside it); a record found by the syntax carries a merged
event over a back-off guess of the same event."""

from __future__ import annotations

from test_events_arguments import _events

from attache.events import sentence
from attache.events.coder import EventCoder
from eventkit import triples as _typed


def test_committing_to_a_fight_is_no_crime_but_committing_a_crime_is(analyzer):
    pledged = _typed(_events(analyzer, "Norway has committed to the war against piracy alongside Kenya."))
    assert not any(t == "ASSAULT" for t, _s, _t in pledged), pledged
    done = _typed(_events(analyzer, "The Sudanese army committed atrocities against civilians in Chad."))
    assert any(t == "ASSAULT" and s == "SDN" for t, s, _t in done), done


def test_recognized_as_something_bad_is_an_accusation_as_something_good_praise(analyzer):
    bad = _events(analyzer, "Lithuania recognized Belarus as a state sponsor of terrorism.")
    assert ("ACCUSE", "LTU", "BLR") in _typed(bad), _typed(bad)
    assert not any(e.plover_type == "SUPPORT" for e in bad)
    good = _events(analyzer, "Austria recognized Slovenia as an important partner.")
    assert any(e.plover_type == "SUPPORT" and e.plover_mode == "PRAISE" for e in good), _typed(good)


def test_defending_against_a_partys_attacks_is_fighting_it(analyzer):
    events = _events(analyzer, "Armenia defends itself against Azerbaijani attacks.")
    assert any(
        (e.plover_type, e.plover_mode, e.source.country if e.source else None, e.target.country if e.target else None)
        == ("ASSAULT", "FIGHT", "ARM", "AZE")
        for e in events
    ), _typed(events)
    # against words it stays a verbal defence
    words = _events(analyzer, "Armenia defended its decision against criticism from Azerbaijan.")
    assert not any(e.plover_type == "ASSAULT" for e in words), _typed(words)


def test_the_back_off_tells_one_act_once(analyzer):
    events = _events(analyzer, "As long as Bolivia keeps up its aggression, the people of Paraguay will go on suffering.")
    guesses = [e for e in events if sentence.has_sentence_side(e)]
    assert guesses, _typed(events)
    same = [e for e in events if e.trigger_start == guesses[0].trigger_start]
    assert same == guesses, _typed(same)  # no one-sided copy of the guessed act


def test_a_merged_event_keeps_the_syntax_record_over_a_guess(analyzer):
    first = _events(analyzer, "Bolivia attacked Paraguay.")
    guess = [
        e
        for e in _events(analyzer, "As long as Bolivia keeps up its aggression, the people of Paraguay will go on suffering.")
        if sentence.has_sentence_side(e)
    ]
    assert first and guess
    syntax = next(e for e in first if e.plover_type == "ASSAULT" and e.target is not None)
    g = guess[0]
    # the same key (type, pair, factuality, date): the guess told first, the syntax's event after it
    g.plover_type, g.date, g.date_precision, g.date_text = (
        syntax.plover_type,
        syntax.date,
        syntax.date_precision,
        syntax.date_text,
    )
    g.factuality, g.symmetric, g.source, g.target = syntax.factuality, syntax.symmetric, syntax.source, syntax.target
    g.sentence_start, g.sentence_end = 1000, 1100
    merged = EventCoder._merge([g, syntax])
    assert merged == [syntax], [(e.id, sentence.has_sentence_side(e)) for e in merged]
    assert [1000, 1100] in syntax.evidence and not sentence.has_sentence_side(syntax)


def test_a_person_extradited_to_a_state_is_judicial_cooperation(analyzer):
    events = _events(analyzer, "Spain extradited the fugitive to Argentina last week.")
    coded = {
        (e.plover_type, e.plover_mode, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
    }
    assert ("COOPERATE", "JUDICIAL", "ESP", "ARG") in coded, coded
    assert not any(e.plover_type == "COERCE" and e.target is not None and e.target.country == "ARG" for e in events)
