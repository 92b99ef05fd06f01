"""Event detection, sixth session (issue 14): triggers out of context, and acts told by a light verb and a phrase.

Sentences written for these tests (none taken from an evaluation file), positive and negative for each class:

- a verb of naming with an object and its predicate ("called X a liar") is no phone call: blame is ACCUSE, praise
  SUPPORT, a neutral name nothing (``triggers_phrases.yaml`` ``senses.labelling``);
- "attacked X as ..." / "for doing ..." / "attacked the ruling": words, not force (``senses.verbal``);
- verbs whose object says they are no act of their type: a person fired, a report released, a speech delivered, an
  email sent, money mobilised, a person designated as an office holder (``senses.not_acts``);
- an event noun that only qualifies another noun ("aid worker", "protest leaders", "arrest warrant":
  ``modifier_heads``);
- acts told by a light verb and the phrase that names the act: custody, house arrest, hostages, a siege, charges,
  a trial, a sentence, "stood shoulder to shoulder with", "called out";
- a time phrase is no addressee: "called X on Tuesday" is a call, "called on X to" a request.
The one-sentence cases of this file's classes are in tests/data/events.yaml (group detect), run by
tests/test_events_one_sentence.py."""

from __future__ import annotations

import pytest
from test_events_detect5 import _events  # the same helpers

from attache.events.lexicon import lexicon


@pytest.mark.parametrize(
    "text",
    ["We have been calling Russia to de-escalate.", "The Cuban president called the Party faithful to resist the protests."],
)
def test_calling_a_party_to_act_is_not_a_label(analyzer, text):
    """ "called X to do ..." (an infinitive) is not a name given: the labelling rule leaves it to the verb's own entry."""
    assert not any(e.plover_type in ("ACCUSE", "SUPPORT") for e in _events(analyzer, text))


def test_senses_are_data():
    """The senses and the modifier heads are read from triggers_phrases.yaml, as sets."""
    lex = lexicon()
    assert "call" in lex.senses["labelling"]["verbs"] and "attack" in lex.senses["verbal"]["verbs"]
    assert any("fire" in rule["verbs"] and rule.get("person_object") for rule in lex.senses["not_acts"])
    assert {"call", "attack", "fire", "release", "mobilize"} <= lex.senses["verbs"]
    assert {"worker", "warrant"} <= lex.modifier_heads and "package" not in lex.modifier_heads
