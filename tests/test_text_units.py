"""Dates, decoding and the plain-text page classifier, including property tests."""

from __future__ import annotations

import codecs

from hypothesis import given, settings
from hypothesis import strategies as st

from attache.extract.assemble import assemble
from attache.extract.dates import parse_date
from attache.extract.plaintext import classify_page
from attache.sources.decode import DecodeError, decode_bytes


def test_parse_date_forms():
    assert parse_date("April 7, 2025") == "2025-04-07"
    assert parse_date("Wed, 03 Aug 2022 19:49:23 +0000") == "2022-08-03"
    assert parse_date("2022-06-24T17:30:00Z") == "2022-06-24"
    assert parse_date("Friday, January 4, 2019\xa0") == "2019-01-04"
    assert parse_date("7 Apr 2025 10:32 GMT") == "2025-04-07"
    # never invent what is not written
    assert parse_date("April 7") is None
    assert parse_date("March 2025") is None
    assert parse_date("yesterday") is None
    assert parse_date("") is None


@given(st.text(max_size=80))
@settings(max_examples=300, deadline=None)
def test_parse_date_never_raises(s):
    out = parse_date(s)
    assert out is None or (len(out) == 10 and out[4] == "-" and out[7] == "-")


def test_decode_variants():
    text = "Caf\u00e9 \u201cquoted\u201d"
    assert decode_bytes(text.encode("utf-8"))[0] == text
    assert decode_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))[0] == text
    assert decode_bytes(text.encode("utf-16"))[0] == text
    assert decode_bytes(text.encode("utf-16-le"))[0] == text  # no BOM
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252", ["decoded as cp1252"])
    html = '<html><head><meta charset="iso-8859-7"></head><body>\u0391\u03b8\u03ae\u03bd\u03b1</body></html>'
    assert "\u0391\u03b8\u03ae\u03bd\u03b1" in decode_bytes(html.encode("iso-8859-7"), html=True)[0]
    for bad in (b"", b"   \n", b"\x00\x01\x02binary\x00" * 10):
        try:
            decode_bytes(bad)
        except DecodeError:
            pass
        else:
            raise AssertionError(bad)


PAGE = """World

Talks resume on border dispute

Negotiators return to the table after a two-month pause.

By Jane Doe and John Smith | Example Post

Updated: 3 March 2024

Delegations from the two countries met in Geneva on Monday to resume talks on the disputed border, officials said.

What is at stake

The border has been closed since January, and trade between the two neighbours has fallen by half, according to customs figures.

Share this article

© 2024 Example Post. All rights reserved.
"""


def test_classify_generic_page():
    page = classify_page(PAGE)
    assert page.title == "Talks resume on border dispute"  # "World" is a kicker
    assert page.author == "Jane Doe and John Smith"
    assert page.published == "2024-03-03"
    assert page.outlet == "Example Post"
    kinds = [k for k, _ in page.blocks]
    texts = [t for _, t in page.blocks]
    assert ("heading", "What is at stake") in page.blocks
    assert texts[-1].startswith("The border has been closed")
    assert not any("Share this" in t or "©" in t for t in texts)
    assert kinds.count("body") == 2


def test_classify_with_known_title_and_glued_author():
    page = classify_page(
        "Call with Pakistani Foreign Minister\nOffice of the Spokesperson The Secretary spoke today with the Foreign Minister about flood relief.",
        title="Call with Pakistani Foreign Minister",
        author="Office of the Spokesperson",
    )
    assert page.blocks == [("body", "The Secretary spoke today with the Foreign Minister about flood relief.")]


def test_dateline_only_first_line_is_dropped_and_read():
    page = classify_page(
        "Friday, January 4, 2019\xa0\n\n\nAn apartment building collapsed on Monday in Magnitogorsk.", title="Collapse"
    )
    assert page.published == "2019-01-04"
    assert page.blocks == [("body", "An apartment building collapsed on Monday in Magnitogorsk.")]


lines = st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120), max_size=25)


@given(lines, st.one_of(st.none(), st.text(max_size=40)))
@settings(max_examples=200, deadline=None)
def test_classifier_never_raises_and_offsets_hold(parts, title):
    page = classify_page("\n\n".join(parts), title=title)
    text, paragraphs, headings = assemble(page.blocks)
    body = [t.strip() for k, t in page.blocks if k != "heading" and t.strip()]
    assert [text[p.start : p.end] for p in paragraphs] == body
    assert all(0 <= h.at <= len(text) for h in headings)
