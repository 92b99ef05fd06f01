"""Sides by order (issue 14, fourth session): a trigger the coder found whose syntax left a side empty takes
that side from the sentence's actors with a country (events/fallback.py, data/fallback.yaml). Sentences written
for these tests, not taken from an evaluation file."""

from __future__ import annotations

from test_events_arguments import _events, _pairs

from attache.events import fallback
from attache.model import Article, Mention, Paragraph
from attache.nlp import parse


def _order_events(events):
    return [e for e in events if fallback.has_order_side(e)]


def test_relative_clause_act_takes_its_source_by_order_and_is_marked(analyzer):
    # "it built the frigates that have shelled ...": the parse links no actor to "shelled"
    text = "Unimed is one of Brazil's largest state-owned firms, and it built the frigates that have shelled Paraguay's ports."
    events = _events(analyzer, text)
    shelled = [e for e in events if e.plover_type == "ASSAULT"]
    assert shelled, _pairs(events)
    e = shelled[0]
    assert (e.source.country, e.target.country) == ("BRA", "PRY")
    assert fallback.is_marked(e.source_span) and not fallback.is_marked(e.target_span)
    assert e.source_span["how"] == "order"


def test_order_side_has_lower_confidence_than_a_syntax_side(analyzer):
    by_order = _order_events(
        _events(analyzer, "The frigate is one of Brazil's largest warships, and it has shelled Paraguay's ports.")
    )
    by_syntax = [e for e in _events(analyzer, "Brazil's frigates shelled Paraguay's ports.") if e.plover_type == "ASSAULT"]
    assert by_order and by_syntax
    assert not _order_events(by_syntax)
    assert max(e.confidence for e in by_order) < min(e.confidence for e in by_syntax)


def test_questions_and_negations_take_no_side_by_order(analyzer):
    for text in ("Did Brazil's frigates shell Paraguay's ports?", "The frigates of Brazil did not shell Paraguay's ports."):
        assert not _order_events(_events(analyzer, text)), text


def _sentence(text: str):
    art = Article(id="f", text=text, paragraphs=[Paragraph(0, len(text))], language="en", published="2022-04-08")
    parsed = next(iter(parse([art])))
    seg = parsed.segments[0]
    return seg.doc, list(seg.doc.sents)[0]


def _mention(doc, word: str, country: str, kind: str = "country", actor: str | None = None) -> tuple[int, Mention]:
    tok = next(t for t in doc if t.text == word)
    m = Mention("f", tok.idx, tok.idx + len(tok.text), tok.text, actor or country, tok.text, country, None, None, 0.9, "kb", kind)
    return tok.i, m


class _Side:
    def __init__(self, m, tok):
        self.m, self.tok = m, tok


def _place_and_topic():
    """A sentence with a place ("in Peru") and a topic ("about Bolivia") beside its source Chile: (its tokens, the
    trigger "shelled", the mentions by token, Chile as a side)."""
    doc, sent = _sentence("Chile shelled the ports near Arica in Peru and talked about Bolivia.")
    toks = list(sent)
    by_token = dict(_mention(doc, w, c) for w, c in (("Chile", "CHL"), ("Peru", "PER"), ("Bolivia", "BOL")))
    trig = next(t for t in toks if t.text == "shelled")
    return toks, trig, by_token, _Side(by_token[toks[0].i], toks[0])


def test_a_place_or_a_topic_is_never_chosen():
    toks, trig, by_token, chile = _place_and_topic()
    # "in Peru" and "about Bolivia" are a place and a topic: no target, whatever the weights
    assert fallback.choose(toks, trig, by_token, [], [chile], [], _Side) is None
    # a participant the coder gave the role "location" is never taken either, even where it would score best
    doc2, sent2 = _sentence("Chile shelled Peru yesterday.")
    toks2 = list(sent2)
    by2 = dict(_mention(doc2, w, c) for w, c in (("Chile", "CHL"), ("Peru", "PER")))
    trig2 = next(t for t in toks2 if t.text == "shelled")
    src = _Side(by2[toks2[0].i], toks2[0])
    peru = next(t for t in toks2 if t.text == "Peru")
    chosen = fallback.choose(toks2, trig2, by2, [], [src], [], _Side)
    assert chosen is not None and chosen[1][0].m.country == "PER" and chosen[2] == {"target"}
    place = {"role": "location", "start": peru.idx, "end": peru.idx + 4, "text": "Peru"}
    assert fallback.choose(toks2, trig2, by2, [place], [src], [], _Side) is None


def test_the_other_side_country_is_never_chosen():
    doc, sent = _sentence("Chile shelled Santiago yesterday.")
    toks = list(sent)
    by_token = dict([_mention(doc, "Chile", "CHL"), _mention(doc, "Santiago", "CHL", "city", actor="CHL.GOV")])
    trig = next(t for t in toks if t.text == "shelled")
    assert fallback.choose(toks, trig, by_token, [], [_Side(by_token[toks[0].i], toks[0])], [], _Side) is None


def test_the_speaker_of_a_report_is_not_taken_for_the_actor(analyzer):
    # "..., the Colombian navy said": who tells of the shelling did not shell
    for text in (
        "The Colombian navy said that the frigates that have shelled Paraguay's ports were sunk.",
        "Frigates that have shelled Paraguay's ports were sunk, the Colombian navy reported.",
    ):
        events = _events(analyzer, text)
        assert not any(e.source is not None and e.source.country == "COL" for e in events), _pairs(events)


def test_an_embedded_act_does_not_take_the_main_clause_side(analyzer):
    # "Norway evacuated the injured": Norway is a side of the evacuation the syntax found, not of the injuring
    events = _events(analyzer, "Norway evacuated the injured from the besieged Chilean town of Arica on Friday.")
    assert ("AID", "NOR", "CHL") in _pairs(events)
    assert not _order_events(events), _pairs(events)
