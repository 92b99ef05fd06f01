"""Event detection, fifth session (issue 14): classes of construction that gave no event at all.

One or more sentences per class, written for these tests (none taken from an evaluation file), and negatives: the
same words where they are no act. The classes: phrasal verbs (``triggers_phrases.yaml``), verbs made an act by their
preposition, joining a body, a concern restated, a summoned ambassador, a warrant, a contribution acknowledged, a
request declined, an infinitive the parser hung as an adverbial clause after a governing verb, and the new general
verbs, event nouns and attitude adjectives (``triggers_general.yaml``).
The one-sentence cases of this file's classes are in tests/data/events.yaml (group detect), run by
tests/test_events_one_sentence.py."""

from __future__ import annotations

import pytest

from attache.events.lexicon import general_lexicon, lexicon
from attache.model import Article, Paragraph
from attache.nlp import parse
from eventkit import coded_events
from eventkit import triples as _triples


def _events(analyzer, text, date="2024-03-04"):
    return coded_events(analyzer, text, date)


@pytest.mark.parametrize(
    ("text", "word_type"),
    [
        ("The Chinese delegation turned up late to the meeting in Paris.", "REJECT"),  # "turn up" is no refusal
        ("The rounded figures were published by the Russian statistics office.", "COERCE"),
        ("The Japanese firm joined the index last week in Tokyo.", "COOPERATE"),  # an index is no body of states
        ("The Nuclear Non-Proliferation Treaty was signed in 1968 by Britain.", "COERCE"),
        ("Assistant Secretary Lee will be joined by Ambassador Park for a meeting with Thai officials.", "COOPERATE"),
        ("The report highlights the role of Kenyan women in farming.", "SUPPORT"),  # no party praised, no event
        ("The Danish point of contact for the programme is in Copenhagen.", "CONSULT"),
        ("The weak rouble put pressure on Russian banks.", "REQUEST"),  # pressure without a party putting it
        ("Chinese exports hit a record high in March, Beijing said.", "ASSAULT"),  # "hit" without a weapon
        ("The Brazilian reforms target poverty in the north.", "ASSAULT"),
        ("Poland declined to comment on the Ukrainian grain ban.", "REJECT"),  # declining to comment is no rejection
        ("The Kremlin refused to comment on the report by Ukrainian officials.", "REJECT"),
    ],
)
def test_negatives_give_no_event_of_that_type(analyzer, text, word_type):
    assert not any(e.plover_type == word_type and e.target is not None for e in _events(analyzer, text))


def test_refusing_to_act_is_still_a_rejection(analyzer):
    """The silence rule is narrow: refusing an act (not a statement) stays a REJECT."""
    assert ("REJECT", "POL", "UKR") in _triples(_events(analyzer, "Poland refused to open its border to Ukrainian grain."))


def test_governing_verb_with_its_infinitive_parsed_as_adverbial(analyzer):
    """ "have sworn to fight" parsed with "fight" as ``advcl``: the vow still governs it (THREATEN, not an asserted
    ASSAULT)."""
    coder = analyzer.coder
    text = "The rebels have sworn to fight the Colombian army until the end."
    art = Article(id="t", text=text, paragraphs=[Paragraph(0, len(text))], language="en", published="2024-03-04")
    doc = next(iter(parse([art]))).segments[0].doc
    toks = list(doc)
    governed = coder._governed(toks)
    sworn = next(t for t in toks if t.lower_ == "sworn")
    fight = next(t for t in toks if t.lower_ == "fight")
    if fight.dep_ == "advcl":  # the parse this test is about; other parses are read as xcomp already
        assert coder._to_clause(sworn).i == fight.i
    assert governed[sworn.i][0] == "THREATEN" and governed[sworn.i][2].i == fight.i


def test_phrase_rules_are_loaded_after_the_main_rules():
    main_rules = lexicon().verb_object
    assert any(r.get("particle") == "down" and "turn" in r["verbs"] for r in main_rules)
    assert "back" in lexicon().particle_adverbs
    general = general_lexicon()
    assert {"annexation", "extradition", "skirmish"} <= set(general.nouns)
    assert {"encourage", "appreciate"} <= set(general.verbs) and not {"encourage", "appreciate"} & set(lexicon().verbs)
