"""Event detection by class of case (issue 14): sentences where no event of the right type was found at all.
Each test is one class the trigger finder reads, on sentences written for the test (not from an evaluation file).
The one-sentence cases of this file's classes are in tests/data/events.yaml (group detect), run by
tests/test_events_one_sentence.py."""

from __future__ import annotations

import pytest

from attache.events.coder import EventCoder
from attache.events.lexicon import general_lexicon, lexicon
from attache.events.verbdict import VerbDictionary
from attache.model import Article, Paragraph
from attache.nlp import parse
from eventkit import coded_events
from eventkit import triples as _triples


def _events(analyzer, text, date="2024-03-04"):
    return coded_events(analyzer, text, date)


def _token(text: str, word: str):
    art = Article(id="t", text=text, paragraphs=[Paragraph(0, len(text))], language="en", published="2024-03-04")
    doc = next(iter(parse([art]))).segments[0].doc
    return next(t for t in doc if t.text == word)


# -- the general lexicon: verbs the main lexicon does not hold ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Iranian forces bombarded Iraqi border towns on Tuesday.", ("ASSAULT", "IRN", "IRQ")),
        ("The Turkish parliament censured France over the resolution.", ("ACCUSE", "TUR", "FRA")),
        ("Germany remains critical of Hungary.", ("ACCUSE", "DEU", "HUN")),  # an attitude adjective with its party
    ],
)
def test_general_lexicon_codes_verbs_the_main_lexicon_lacks(analyzer, text, triple):
    assert triple in _triples(_events(analyzer, text))


def test_general_lexicon_is_a_fallback_only():
    general, main = general_lexicon(), lexicon()
    assert general.verbs and not set(general.verbs) & set(main.verbs)  # the main lexicon wins
    assert "bombard" in general.verbs and "bombard" not in main.verbs


def test_general_lexicon_is_off_with_a_users_verb_dictionary():
    # a user's PETRARCH dictionary decides over the verbs it knows, the main lexicon over the rest, as before
    assert EventCoder().general is not None
    assert EventCoder(VerbDictionary()).general is None
    tok = _token("Iranian forces bombarded Iraqi border towns.", "bombarded")
    assert EventCoder()._trigger(tok)[0] == "ASSAULT"
    assert EventCoder(VerbDictionary())._trigger(tok) is None


def test_a_participle_before_a_noun_is_no_act():
    tok = _token("Talks on the annexed territories resumed.", "annexed")
    assert tok.dep_ == "amod" and EventCoder()._trigger(tok) is None


def test_a_question_stays_unasserted(analyzer):
    events = [e for e in _events(analyzer, "Did Iran bombard Iraqi towns?") if e.plover_type == "ASSAULT"]
    assert events and all(e.factuality != "asserted" for e in events)


# -- two-word nouns: the pair decides over the head alone ---------------------------------------------------------


def test_hunger_strike_is_a_protest_not_an_assault(analyzer):
    events = _events(analyzer, "Kenyan opposition supporters began a hunger strike against the Kenyan government.")
    assert any(e.plover_type == "PROTEST" and e.plover_mode == "HUNGER" for e in events)
    assert not any(e.plover_type == "ASSAULT" for e in events)


def test_air_strike_is_aerial():
    found = EventCoder()._trigger(_token("The air strike hit a market in Idlib.", "strike"))
    assert found is not None and found[:2] == ("ASSAULT", "AERIAL")


# -- verb + object classes ----------------------------------------------------------------------------------------


def test_a_weapons_test_names_no_party(analyzer):
    events = _events(analyzer, "Russia launched a missile at a test range in the Arctic.")
    assert not any(e.plover_type == "ASSAULT" and e.target is not None for e in events)


def test_reducing_sanctions_is_still_easing(analyzer):
    triples = _triples(_events(analyzer, "The European Union reduced sanctions on Belarus."))
    assert not any(t == "SANCTION" for t, _, _ in triples)


@pytest.mark.parametrize(
    ("text", "word", "ptype"),
    [
        ("Indian troops remained on high alert.", "remained", "MOBILIZE"),
        ("Vladimir Putin spoke highly of Kazakhstan.", "spoke", "SUPPORT"),
        ("Students staged mass demonstrations in the capital.", "staged", "PROTEST"),
    ],
)
def test_verb_rules_of_a_preposition_object_or_adverb(text, word, ptype):
    found = EventCoder()._trigger(_token(text, word))
    assert found is not None and found[0] == ptype


def test_speaking_is_not_praise_without_the_adverb():
    found = EventCoder()._trigger(_token("Vladimir Putin spoke with the Kazakh president.", "spoke"))
    assert found is not None and found[0] == "CONSULT"


# -- words inside the object say what it is -----------------------------------------------------------------------


def test_an_amount_of_assistance_is_aid(analyzer):
    assert ("AID", "JPN", "UKR") in _triples(
        _events(analyzer, "Japan announced $50 million in humanitarian assistance to Ukraine.")
    )


def test_a_message_of_condolences_is_support_not_a_consultation(analyzer):
    triples = _triples(_events(analyzer, "Narendra Modi sent a message of condolences to the Nepalese prime minister."))
    assert ("SUPPORT", "IND", "NPL") in triples and not any(t == "CONSULT" for t, _, _ in triples)


def test_conjoined_objects_are_read(analyzer):
    text = "Syrian forces launched artillery, mortar and rocket fire against Turkish positions."
    assert ("ASSAULT", "SYR", "TUR") in _triples(_events(analyzer, text))


def test_a_space_launch_atop_a_rocket_is_no_attack(analyzer):
    text = "The Indian space agency launched a probe at 0900 UTC from Sriharikota atop a heavy rocket."
    assert not any(e.plover_type == "ASSAULT" for e in _events(analyzer, text))


def test_campaign_rallies_are_no_protest_against_anyone(analyzer):
    events = _events(analyzer, "The Brazilian president held campaign rallies in Sao Paulo and Argentine cities.")
    assert not any(e.plover_type == "PROTEST" and e.target is not None for e in events)
