"""What the event and actor tests share: a text coded as one article (one paragraph, English, a publication date) by
the session's Analyzer, and the events read back as (type, source country, target country) triples; the actor mentions
of an article of one or more paragraphs. Each test file keeps its own publication date: dates resolve against it and
the knowledge base's office holders are valid on it."""

from __future__ import annotations

from attache.events.ontology import coding, intensity
from attache.model import Article, Event, Paragraph


def article(text: str, date: str, article_id: str = "t", url: str | None = None) -> Article:
    return Article(id=article_id, text=text, paragraphs=[Paragraph(0, len(text))], language="en", published=date, url=url)


def coded_events(analyzer, text: str, date: str, article_id: str = "t", url: str | None = None) -> list:
    """The events attache codes in ``text`` read as an article published on ``date``."""
    return analyzer.analyze([article(text, date, article_id, url)])[0].events


def paragraphs_article(paragraphs, published: str, article_id: str = "t", outlet=None, url=None) -> Article:
    """An article of ``paragraphs`` joined by blank lines, published on ``published``, with the outlet and URL given
    (a government's own texts resolve some sides by their issuer)."""
    text, paras = "", []
    for q in paragraphs:
        text += ("\n\n" if text else "") + q
        paras.append(Paragraph(len(text) - len(q), len(text)))
    return Article(id=article_id, text=text, paragraphs=paras, language="en", published=published, outlet=outlet, url=url)


def analysed(analyzer, paragraphs, published: str, **source):
    """(text, analysis) of the article of ``paragraphs`` (``source``: its ``url`` and ``outlet``)."""
    art = paragraphs_article(paragraphs, published, **source)
    return art.text, analyzer.analyze([art])[0]


def mentions(analyzer, *paragraphs: str, published: str, article_id: str = "t", outlet=None, url=None) -> list:
    """The actor mentions attache finds in an article of ``paragraphs`` (joined by blank lines) published on
    ``published``, with the outlet and URL given (a government's own texts resolve some sides by their issuer)."""
    art = paragraphs_article(paragraphs, published, article_id, outlet, url)
    return analyzer.analyze([art])[0].mentions


def mention(ms, part: str):
    """The first mention whose text holds ``part``; fails when there is none."""
    found = [m for m in ms if part in m.text]
    assert found, [m.text for m in ms]
    return found[0]


def triples(events) -> set[tuple]:
    """{(PLOVER type, source country, target country)}; a missing side is None."""
    return {(e.plover_type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


def triples_in(analyzer, text: str, *, date: str = "2022-04-08", url: str | None = None) -> set[tuple]:
    """The triples of the events coded in ``text`` (one article published on ``date``, from ``url`` if given)."""
    return triples(coded_events(analyzer, text, date, "t", url=url))


def one(events, ptype: str, trigger: str | None = None):
    """The first event of type ``ptype`` (whose trigger holds ``trigger``, if given); fails when there is none."""
    found = [e for e in events if e.plover_type == ptype and (trigger is None or trigger in (e.trigger or ""))]
    assert found, f"no {ptype} among {[(e.plover_type, e.trigger, e.date_text) for e in events]} {triples(events)}"
    return found[0]


def coded_consistently(e) -> None:
    """Type, mode, CAMEO code, QuadClass and intensity agree with the ontology."""
    c = coding(e.plover_type, e.plover_mode)
    assert (e.cameo_code, e.quad_class) == (c.cameo_code, c.quad_class)
    assert e.intensity == intensity(e.cameo_code)


def factuality_of(nlp, text: str, word: str, date: str = "2025-04-09") -> tuple[str, str | None, str | None]:
    """(label, cue, attributed_to) of the first token ``word`` of ``text``, parsed by ``nlp``, published on ``date``."""
    from attache.events.factuality import factuality

    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return factuality(tok, tok.sent, date)


def event_record(**fields) -> Event:
    """An Event built by hand for a unit test: a CONSULT "met" of article "a" with no sides, no date and confidence
    0.7; ``fields`` replace any of these."""
    base = dict(
        id="e",
        article_id="a",
        sentence_start=0,
        sentence_end=10,
        trigger_start=0,
        trigger_end=3,
        trigger="met",
        plover_type="CONSULT",
        plover_mode=None,
        cameo_code="040",
        cameo_root="04",
        quad_class=1,
        intensity=1.0,
        source=None,
        target=None,
        date=None,
        date_text=None,
        date_precision="publication",
        location=None,
        domain="diplomacy",
        factuality="asserted",
        factuality_cue=None,
        attributed_to=None,
        confidence=0.7,
    )
    return Event(**{**base, **fields})


def pairs(events, ptype: str | None = None) -> set[tuple]:
    """{(source country, target country)} of the two-sided events (of type ``ptype`` when given)."""
    return {
        (e.source.country, e.target.country)
        for e in events
        if e.source is not None and e.target is not None and (ptype is None or e.plover_type == ptype)
    }
