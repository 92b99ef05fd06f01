"""Charts that tell the truth and HTML/Markdown outputs a person can follow, on a real analysed DuckDB file.

- the timeline on a calendar axis (empty intervals kept), headroom above the tallest bar, the index's zero line;
- one palette file for the PNG, the HTML briefs and the dashboard;
- briefs, stories and comparisons from templates: citations are links to the dashboard's article view at the cited
  sentence (and to the original), plurals agree, one timeline table, no raw backticks.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_dashboard_browser import dashboard_db  # noqa: F401  (the session's database fixture)

from attache.model import DyadQuery, ListFilter

STATIC = Path(__file__).resolve().parents[1] / "src" / "attache" / "api" / "static"
BAD_PLURAL = re.compile(
    r"(?<![\d.,])1 (events|sources|articles|stories|items|conflicts|mentions|outlets)\b|\b(?:[02-9]|\d\d+) (event|source|article|story|item|conflict)\b(?![-\w])"
)


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "a":
            self.hrefs.append(dict(attrs).get("href") or "")


def parse(html: str) -> Links:
    p = Links()
    p.feed(html)
    return p


@pytest.fixture(scope="module")
def store(dashboard_db):  # noqa: F811
    from attache.store import open_store

    with open_store(dashboard_db, read_only=True) as s:
        yield s


@pytest.fixture(scope="module")
def busiest(store):
    from attache.relations import busiest_dyads

    top = busiest_dyads(store, limit=1)
    assert top, "the fixture has events between countries"
    return top[0]["a"], top[0]["b"]


def test_timeline_axis_is_a_calendar_with_empty_intervals(store, busiest):
    from attache.relations import timeline
    from attache.report.charts import chart_spec, fill_periods, next_period

    tl = timeline(store, DyadQuery(*busiest, interval="month"))
    filled = fill_periods(tl)
    days = [dt.date.fromisoformat(p["period"][:10]) for p in filled]
    assert days[0] == dt.date.fromisoformat(tl["periods"][0]["period"][:10])
    assert days[-1] == dt.date.fromisoformat(tl["periods"][-1]["period"][:10])
    assert all(next_period(x, "month") == y for x, y in itertools.pairwise(days))  # no interval skipped
    assert sum(1 for p in filled if p.get("empty")) == len(filled) - len(tl["periods"])
    spec = chart_spec(tl)
    tallest = max(p["events"] for p in tl["periods"])
    assert spec["count_max"] > tallest  # headroom above the tallest bar
    assert sum(sum(s["values"]) for s in spec["series"]) == sum(p["events"] for p in tl["periods"])
    for interval in ("week", "quarter", "year"):
        q = fill_periods(timeline(store, DyadQuery(*busiest, interval=interval)))
        qd = [dt.date.fromisoformat(p["period"][:10]) for p in q]
        assert all(next_period(x, interval) == y for x, y in itertools.pairwise(qd))


def test_png_chart_has_time_axis_zero_line_headroom(store, busiest, tmp_path):
    import matplotlib.dates as mdates

    from attache.relations import timeline
    from attache.report.charts import palette, save_timeline, timeline_figure

    tl = timeline(store, DyadQuery(*busiest, interval="month"))
    fig = timeline_figure(tl)
    ax, ax2 = fig.axes[0], fig.axes[1]
    first = dt.date.fromisoformat(tl["periods"][0]["period"][:10])
    last = dt.date.fromisoformat(tl["periods"][-1]["period"][:10])
    lo, hi = (mdates.num2date(x).date() for x in ax.get_xlim())
    assert lo <= first and hi > last and (hi - lo).days >= (last - first).days  # a date axis spanning every month
    assert ax.get_ylim()[1] > max(p["events"] for p in tl["periods"])
    zero = [ln for ln in ax2.get_lines() if ln.get_label() == "index 0 (neutral)"]
    assert zero and set(zero[0].get_ydata()) == {0} and zero[0].get_linestyle() == "-"
    import matplotlib.colors as mcolors

    colours = {c.get_label(): c.patches[0].get_facecolor() for c in ax.containers}
    assert colours

    for domain, rgba in colours.items():
        if domain in palette()["domains"]:
            assert mcolors.to_hex(rgba) == palette()["domains"][domain]
    target = tmp_path / "t.png"
    save_timeline(tl, str(target))
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_one_palette_file_for_png_html_and_dashboard():
    from attache.report.charts import colour, palette

    pal = json.loads((STATIC / "data" / "palette.json").read_text("utf-8"))
    assert palette() == pal
    assert all(colour(d) == c for d, c in pal["domains"].items())
    assert colour("SANCTION") == colour("SANCTION") and colour("SANCTION") in pal["fallback"]
    app = (STATIC / "app.js").read_text("utf-8")
    assert "/static/data/palette.json" in app
    hard_coded = [c for c in pal["domains"].values() if c.lower() in app.lower()]
    assert not hard_coded, f"app.js repeats palette colours instead of reading the file: {hard_coded}"
    from attache.report import charts

    assert "#4c78a8" not in Path(charts.__file__).read_text("utf-8")


def test_dyad_brief_links_every_citation_to_its_sentence(store, busiest, monkeypatch):
    from attache.report.dyad import build_dyad_brief, render_dyad_brief

    monkeypatch.setenv("ATTACHE_DASHBOARD", "http://dash.example:9000/")
    br = build_dyad_brief(store, *busiest)
    md = render_dyad_brief(br, "md")
    html = render_dyad_brief(br, "html")
    links = parse(html)
    cited = [h for h in links.hrefs if h.startswith("http://dash.example:9000/#/article/")]
    assert len(cited) >= len(br["key_events"]) + len(br["domains"])
    for href in cited:
        m = re.fullmatch(r"http://dash\.example:9000/#/article/([0-9a-f]+)(?:\?start=(\d+)&end=(\d+))?", href)
        assert m, href
        if m.group(2):  # the offsets cut out a real sentence of that article
            text = store.get_article(m.group(1)).text
            assert text[int(m.group(2)) : int(m.group(3))].strip()
    quoted = {" ".join(e["citation"]["text"].split()) for e in br["key_events"]}
    for e in br["key_events"]:
        c = e["citation"]
        assert " ".join(store.get_article(c["article_id"]).text[c["start"] : c["end"]].split()) in quoted
    originals = [h for h in links.hrefs if h.startswith("http") and "dash.example" not in h]
    with_url = [e for e in br["key_events"] if store.get_article(e["citation"]["article_id"]).url]
    assert originals or not with_url, "citations also link to the original articles"
    assert links.tags.count("table") == 1, "one timeline table"
    assert html.count("<tr>") == len(br["timeline"]["periods"]) + 1
    assert "`" not in html and "data:image/png;base64," in html
    assert not BAD_PLURAL.search(md) and not BAD_PLURAL.search(re.sub(r"<[^>]+>", "", html))
    assert re.search(r"\]\(http://dash\.example:9000/#/article/[0-9a-f]+\?start=\d+&end=\d+\)", md)  # Markdown links too
    assert "stored articles analysed" in html  # the coverage line
    from attache.report.charts import colour

    for d in br["domains"]:  # the domain lines wear the palette's colours, as the chart does
        assert f'<span class="swatch" style="background:{colour(d["domain"])}"></span><strong>{d["domain"]}</strong>' in html


def test_story_and_comparison_pages_from_templates(store):
    from attache.report.stories import render_comparison, render_story
    from attache.stories.compare import compare

    stories = [s.to_dict() for s in store.stories(limit=100) if len(s.outlets or []) >= 2]
    assert stories, "the seeds make a story told by two outlets"
    sid = stories[0]["id"]
    cmp = compare(store, sid)
    html = render_comparison(cmp, "html")
    md = render_comparison(cmp, "md")
    assert "`" not in html, "no raw backticks in the comparison"
    hrefs = parse(html).hrefs
    cites = [c for i in cmp["agree"] for c in i.get("citations", [])[:4]]
    for c in cites:
        assert f"/#/article/{c['article_id']}?start={c['start']}&end={c['end']}" in " ".join(hrefs)
    assert html.count('class="col outlet"') == len(cmp["outlets"])
    assert not BAD_PLURAL.search(md) and not BAD_PLURAL.search(re.sub(r"<[^>]+>", "", html))
    st = store.get_story(sid)
    st["members"] = store.list_articles(ListFilter(ids=tuple(st["articles"])), limit=100)
    page = render_story(st, "html")
    links = parse(page).hrefs
    assert sum("/#/article/" in h for h in links) >= len(st["members"]) + len(st.get("summary") or [])
    assert page.startswith("<!doctype html>") and "<title>" in page


def test_corpus_brief_html_keeps_headings_and_plurals(store):
    from attache.report.brief import build_brief, render

    with_heads = [r["id"] for r in store.list_articles(limit=200) if store.get_article(r["id"]).headings]
    assert with_heads, "a seed article has section headings"
    brief = build_brief(store, with_heads[:1])
    html = render(brief, "html")
    heads = brief["articles"][0]["headings"]
    assert all(f"<h3>{h['text']}</h3>" in html.replace("&#39;", "'").replace("&amp;", "&") for h in heads)
    assert "<strong>1 article</strong>" in html and "1 articles" not in html
    assert "**1 article**" in render(brief, "md")


def test_links_follow_the_dashboard_address_given(store, busiest):
    from attache.report.dyad import build_dyad_brief, render_dyad_brief

    br = build_dyad_brief(store, *busiest, chart=False)
    served = render_dyad_brief(br, "html", dashboard="http://127.0.0.1:8765/")
    assert "http://127.0.0.1:8765/#/article/" in served and "http://127.0.0.1:8000/#/" not in served
    assert "http://127.0.0.1:8765/#/article/" not in render_dyad_brief(br, "md")  # the default comes back afterwards


def test_comparison_citations_link_to_the_original(store):
    """A comparison's citations carry the article's own address, and the rendered page links it."""
    from attache.report.stories import render_comparison
    from attache.stories.compare import _cite, compare

    assert _cite({"id": "a1", "outlet": "X", "url": "https://example.org/news/1"}, 0, 5)["url"] == "https://example.org/news/1"
    assert "url" not in _cite({"id": "a2", "outlet": "X", "url": None}, 0, 3)  # no address, no link
    sid = next(s.id for s in store.stories(limit=100) if len(s.outlets or []) >= 2)
    cmp = compare(store, sid)
    cites = [c for i in cmp["agree"] for c in i.get("citations", [])]
    assert cites
    for k, c in enumerate(cites):  # the seeds have no address: give their citations one, as articles with a URL get
        c["url"] = f"https://example.org/news/{k}"
    md = render_comparison(cmp, "md", show_all=True)
    html = render_comparison(cmp, "html", show_all=True)
    for k in range(len(cites)):
        assert f"https://example.org/news/{k}" in md and f"https://example.org/news/{k}" in html
