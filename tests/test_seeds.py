"""The founding documents: what extraction must get right about them."""

from __future__ import annotations

from attache.extract import extract
from attache.sources import plan_inputs, read_inputs
from conftest import SEED_NAWAIWAQT, SEED_NEWSVANE

DEBRIS = ["Close |", "Clear History", "ePaper", "UN Role NewsVane", "Published:", "Written by"]
DEBRIS_LINES = {"History", "Close", "Close |", "Clear History"}


def _no_debris(a):
    for junk in DEBRIS:
        assert junk not in a.text, junk
    for para in a.paragraph_texts():
        assert para not in DEBRIS_LINES


def _articles(seeds_dir):
    items = list(read_inputs(plan_inputs([str(seeds_dir)])))
    return {raw.uri.rsplit("/", 1)[-1]: extract(raw) for raw in items}


def test_newsvane_explainer(seeds_dir):
    a = _articles(seeds_dir)[SEED_NEWSVANE]
    assert a.title == "US and Pakistan Discuss Security, Trade, and UN Role"
    assert a.outlet == "NewsVane"
    assert a.author == "Evan Lynch"
    assert a.published == "2025-04-07"
    assert a.language == "en"
    assert a.text.startswith("U.S. and Pakistan deepen ties") or a.text.startswith("On April 7, 2025,")
    assert a.subtitle and a.subtitle.startswith("U.S. and Pakistan deepen ties on terrorism")
    _no_debris(a)
    # section headings are structure, not body text
    headings = [h.text for h in a.headings]
    assert headings[0] == "A Diplomatic Exchange With High Stakes"
    assert "What Ties It All Together" in headings
    for h in a.headings:
        assert h.text not in a.text
        assert any(p.start == h.at for p in a.paragraphs), "a heading points at the start of its section"
    assert a.text.endswith("anything but predictable.")


def test_nawaiwaqt_editorial(seeds_dir):
    a = _articles(seeds_dir)[SEED_NAWAIWAQT]
    assert a.title == "Pragmatic Relations"
    assert a.outlet == "Nawaiwaqt"
    assert a.published is None  # the page gives no date: none is invented
    assert a.author is None
    assert a.text.startswith("After remaining largely stagnant throughout the Biden administration")
    assert a.text.endswith("beyond its current form.")
    _no_debris(a)
    assert len(a.paragraphs) == 3


def test_paragraph_offsets_cover_clean_text(seeds_dir):
    for a in _articles(seeds_dir).values():
        joined = "\n\n".join(a.text[p.start : p.end] for p in a.paragraphs)
        assert joined == a.text
        assert all(a.text[p.start : p.end].strip() == a.text[p.start : p.end] for p in a.paragraphs)


def test_ids_are_stable_content_hashes(seeds_dir):
    first = {k: a.id for k, a in _articles(seeds_dir).items()}
    second = {k: a.id for k, a in _articles(seeds_dir).items()}
    assert first == second
    assert len(set(first.values())) == 2
    assert all(len(i) == 16 and int(i, 16) >= 0 for i in first.values())


def test_ingest_seeds_twice(cli, db, seeds_dir):
    r = cli("ingest", seeds_dir, db=db)
    assert r.code == 0
    assert "2 new, 0 duplicate, 0 failed" in r.out
    r = cli("ingest", seeds_dir, db=db)
    assert r.code == 0
    assert "0 new, 2 duplicate, 0 failed" in r.out
    r = cli("sql", "select count(*) as n from articles", "--format", "json", db=db)
    assert '"n": 2' in r.out
