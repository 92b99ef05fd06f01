"""Thirty-sixth session: a circumstance's doer, and the speed work that must not change what is read.

- h36given: the -ing clause under "given" / "considering" has a doer of its own, not the main clause's subject
  ("we are in the window, given what we have seen from the Russians - amassing troops along Ukraine's borders":
  the Russians amass); a temporal adjunct ("After meeting X, the Secretary said ...") keeps the main subject;
- h36relative: the sentence back-off takes no source for a verb whose subject is a relative pronoun unless the source
  is the noun the clause hangs from ("individuals who support Hizballah's networks": not the issuer); "X is a N who
  ..." keeps X;
- the parse repairs read their candidate tokens from the doc's arrays (``repair._where``, ``repair._heads_of``):
  the same tokens a loop over the doc would test;
- the quote marks of a paragraph are listed once (``quoted._marks_of``): ``_open_quote`` answers as a scan of the
  paragraph's tokens does.

Cases written for the classes, not taken from an evaluation file.
"""

from __future__ import annotations

import pytest

from attache.events import quoted
from attache.nlp import repair
from eventkit import coded_events, triples

DAY = "2022-02-12"
STATE = "https://www.state.gov/briefings/department-press-briefing-february-12-2022/"


def test_a_circumstance_clause_does_not_take_the_speakers_side(analyzer):
    text = (
        "Ned Price, the State Department spokesperson, said the United States is in the window, given what we have "
        "seen from the Russians over weeks – amassing troops along Ukraine's borders, dispatching forces into Belarus."
    )
    got = triples(coded_events(analyzer, text, DAY, url=STATE))
    assert not any(t == "MOBILIZE" and s == "USA" for t, s, _ in got), got


def test_an_adjunct_of_time_keeps_the_main_subject(analyzer):
    text = "After meeting Ukrainian officials in Kyiv, Secretary Blinken said the United States will provide more aid."
    got = triples(coded_events(analyzer, text, DAY))
    assert ("CONSULT", "USA", "UKR") in got, got


BRIEFING = "https://www.state.gov/briefings/department-press-briefing-july-1-2021/"


@pytest.mark.parametrize(
    "text",
    [
        "The United States will keep exposing individuals who support Hizballah’s smuggling networks.",
        "We see it in the 2019 decree, which barred Uyghurs from travel and denied them basic rights.",
    ],
)
def test_a_relative_clauses_doer_is_its_noun_not_another_party(analyzer, text):
    got = triples(coded_events(analyzer, text, "2021-07-01", url=BRIEFING))
    assert not any(s == "USA" for _t, s, _g in got), got


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Wagner is a Russian group which sent fighters to Mali last year.", ("AID", "RUS", "MLI")),
        ("Iran, which supplies drones to Russia, rejected the report.", ("AID", "IRN", "RUS")),
        (
            "The fact pattern that led a previous administration to designate Cuba as a state sponsor of terrorism is "
            "in the public record.",
            ("SANCTION", "USA", "CUB"),
        ),
    ],
)
def test_the_noun_a_relative_clause_hangs_from_stays_its_doer(analyzer, text, triple):
    assert triple in triples(coded_events(analyzer, text, "2021-07-01", url=BRIEFING))


TEXTS = [
    "On Monday Ukraine asked the militant group Hamas to stop. Joe Biden and Xi hope to meet over the phone.",
    "The Secretary spoke by telephone with Foreign Minister Kuleba, and Russia was recognised as a party by Japan.",
    "Secretary Blinken, I would like to thank the United States’ continued support for the lead-up to the talks.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_repair_candidates_are_the_tokens_a_loop_finds(nlp, text):
    doc = nlp(text)
    words = {"of", "by", "with", "over", "to"}
    assert [t.i for t in repair._where(doc, repair.LOWER, words)] == [t.i for t in doc if t.lower_ in words]
    assert [t.i for t in repair._where(doc, repair.DEP, ("ROOT", "pobj"))] == [t.i for t in doc if t.dep_ in ("ROOT", "pobj")]
    assert [t.i for t in repair._where(doc, repair.ORTH, ("\u2019",))] == [t.i for t in doc if t.text == "\u2019"]
    assert [t.i for t in repair._heads_of(doc, "nsubj")] == [t.i for t in doc if any(c.dep_ == "nsubj" for c in t.children)]
    assert repair._where(nlp(""), repair.LOWER, words) == []


def _open_quote_by_scan(tok):
    """The answer of ``_open_quote`` as a scan over the paragraph's tokens gives it (the code before the cache)."""
    marks, doc, opened = quoted._rules().marks, tok.doc, -1
    for t in doc[: tok.i]:
        if t.text in marks:
            opened = t.i if t.text == "\u201c" or (t.text == '"' and opened < 0) else -1
    if opened < 0:
        return None
    for t in doc[tok.i + 1 :]:
        if t.text in marks and t.text != "\u201c":
            return opened, t.i
        if t.text == "\u201c":
            break
    return opened, -1


QUOTED = [
    'He said: "We will meet again. The talks were useful." Then he left for Paris.',
    "\u201cWe condemn the attack,\u201d the minister said. \u201cIt must stop.\u201d",
    '"An open quote that never closes, across a sentence. Still quoted here',
    "\u201cOne \u201cnested\u201d mark\u201d and a plain ending.",
]


@pytest.mark.parametrize("text", QUOTED)
def test_open_quote_answers_as_a_scan_does(nlp, text):
    doc = nlp(text)
    for other in (nlp("A \u201cfirst\u201d paragraph."), doc):  # the cache follows the paragraph asked about
        for tok in other:
            assert quoted._open_quote(tok) == _open_quote_by_scan(tok), (tok.i, tok.text)


def test_cue_lookups_answer_as_a_scan_of_the_cues_does():
    from attache.events.speakers import SpeakerTurns

    text = "President of Russia Vladimir Putin: Good afternoon.\n\nQuestion: How are you?\n\nVladimir Putin: Fine."
    turns = SpeakerTurns(text, [], "RUS")
    assert len(turns.cues) >= 2, turns.cues
    for offset in range(-1, len(text) + 2):
        assert turns.in_cue(offset) == any(a <= offset < b for a, b in turns.cues), offset
    for start in range(0, len(text), 7):
        for end in (start + 10, start + 40, len(text)):
            scan = next((b for a, b in turns.cues if start <= a < b <= end), None)
            assert turns.cue_end_within(start, end) == scan, (start, end)
