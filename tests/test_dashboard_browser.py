"""The dashboard in Debian's Chromium (Playwright) against a real uvicorn over a real DuckDB file: filters and paging
kept in the address, export of what is shown, search, the country map, the article view, the coverage badge.

Every wait is for something on the page (a selector, an attribute); nothing sleeps or times a step.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from pathlib import Path

import pytest

from chromium import launch
from conftest import BUNDLED_SEEDS, DEMO, SEEDS, built_once, needs_chromium


@pytest.fixture(scope="session")
def dashboard_db(tmp_path_factory) -> str:
    """The two seeds and a few State Department articles on Pakistan and Russia, analysed, with stories (built once
    per run: test_dashboard_outputs.py reads the same database, maybe on the other worker)."""
    return built_once(tmp_path_factory, "dashboard", _build_dashboard_db)


def _build_dashboard_db(path: Path) -> None:
    from attache.analysis import analyze_stored
    from attache.pipeline import ingest
    from attache.store import open_store
    from attache.stories.build import update_stories

    folder = path.parent
    inputs = [str(SEEDS if SEEDS.exists() else BUNDLED_SEEDS)]
    source = DEMO / "state_department_2021_2022.jsonl"
    if source.exists():
        picked, wanted = [], {"Pakistan": 8, "Russia": 6}
        for line in source.open(encoding="utf-8"):
            rec = json.loads(line)
            for word, left in wanted.items():
                if left and word in rec.get("text", "")[:3000]:
                    picked.append(line)
                    wanted[word] -= 1
                    break
            if not any(wanted.values()):
                break
        (folder / "state.jsonl").write_text("".join(picked), encoding="utf-8")
        inputs.append(str(folder / "state.jsonl"))
    with open_store(str(path)) as store:
        summary = ingest(store, inputs)
        analyze_stored(store, summary.article_ids)
        update_stories(store)


@pytest.fixture(scope="module")
def server(dashboard_db):
    from attache.api import serve_in_thread

    srv, thread, base = serve_in_thread(dashboard_db, warm=False)
    yield base
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.base = server  # type: ignore[attr-defined]
    yield pg
    ctx.close()
    assert not errors, errors


def open_view(page, hash_: str) -> None:
    """Go to a dashboard address and wait until the page says it is drawn (``#view[data-ready]``)."""
    page.goto(page.base + "/" + hash_)
    drawn(page)


def drawn(page) -> None:
    """Wait until the view says it is drawn for the current address: ``data-ready`` alone may still be the last
    page's, until the new address's route has run (a click changes the URL before the app hears of it)."""
    page.wait_for_function(
        "() => { const v = document.querySelector('#view');"
        " return !!v && v.hasAttribute('data-ready') && v.dataset.hash === location.hash; }"
    )


def rows(page, table: str = "#events") -> list[list[str]]:
    return [
        [c.strip() for c in r]
        for r in page.eval_on_selector_all(f"{table} tbody tr", "trs => trs.map(tr => [...tr.cells].map(td => td.innerText))")
    ]


@needs_chromium
def test_events_filters_and_paging_live_in_the_address(page):
    api = page.request
    total = api.get(page.base + "/events?limit=1").json()["total"]
    assert total > 6, "the fixture needs more than two pages of three events"
    open_view(page, "#/events?limit=3")
    first = rows(page)
    assert len(first) == 3 and f"of {total:,}" in page.inner_text("nav.pager")
    page.click("nav.pager a.next")
    page.wait_for_url("**#/events?limit=3&offset=3")
    drawn(page)
    second = rows(page)
    assert len(second) == 3 and second != first
    assert "4–6" in page.inner_text("nav.pager")
    # a filter from the form: the address carries it, the list shows only matching rows, the count is the API's
    domains = [r[5] for r in first + second]
    domain = max(set(domains), key=domains.count)
    page.select_option("#filters select[name=domain]", domain)
    page.click("#filters button[type=submit]")
    page.wait_for_url(f"**#/events?limit=3&domain={domain}")
    drawn(page)
    shown = rows(page)
    assert shown and all(r[5] == domain for r in shown)
    matched = api.get(page.base + f"/events?limit=1&domain={domain}").json()["total"]
    assert f"of {matched:,}" in page.inner_text("nav.pager") and matched < total
    assert "offset" not in page.url  # a new filter starts at the first page
    # reloading the address gives the same list (the filter lives in the URL, not in the page)
    open_view(page, page.url.split("/", 3)[3])
    assert rows(page) == shown and page.input_value("#filters select[name=domain]") == domain


@needs_chromium
def test_export_gives_the_rows_shown(page, tmp_path):
    open_view(page, "#/events?limit=4&offset=2")
    shown = rows(page)
    with page.expect_download() as dl:
        page.click("[data-export=csv]")
    target = tmp_path / "shown.csv"
    dl.value.save_as(target)
    table = list(csv.reader(io.StringIO(target.read_text("utf-8"))))
    assert table[0][:4] == ["date", "source", "event", "target"] and len(table) == 1 + len(shown)
    assert [r[0] for r in table[1:]] == [r[0] for r in shown] and [r[2] for r in table[1:]] == [r[2].split()[0] for r in shown]
    with page.expect_download() as dl:
        page.click("[data-export=json]")
    dl.value.save_as(tmp_path / "shown.json")
    items = json.loads((tmp_path / "shown.json").read_text("utf-8"))
    api_page = page.request.get(page.base + "/events?limit=4&offset=2").json()["items"]
    assert [e["id"] for e in items] == [e["id"] for e in api_page]
    # "every match" asks the API for the whole filtered list as CSV
    href = page.get_attribute(".export a[href*='format=csv']", "href")
    assert "limit=" not in href and "offset=" not in href
    full = page.request.get(page.base + href)
    assert full.ok and "text/csv" in full.headers["content-type"]
    every = page.request.get(page.base + "/events?limit=500").json()["items"]
    assert [r[0] for r in list(csv.reader(io.StringIO(full.text())))[1:]] == [e["id"] for e in every]


@needs_chromium
def test_search_box_ranks_articles_with_snippets(page):
    open_view(page, "#/")
    page.fill("#search input", "Rubio Dar")
    page.press("#search input", "Enter")
    page.wait_for_url("**#/search?q=Rubio%20Dar")
    drawn(page)
    answer = page.request.get(page.base + "/search?q=Rubio%20Dar&limit=20").json()
    titles = page.eval_on_selector_all("ol.results > li > a", "as => as.map(a => a.textContent)")
    assert titles and titles == [a["title"] or a["id"] for a in answer["articles"]]
    assert page.locator("ol.results .snippet b").count() >= 1  # the words found are marked in the snippet
    # a facet narrows the search and keeps the query
    page.click(".facet a >> nth=0")
    page.wait_for_url("**q=Rubio*")
    drawn(page)
    assert "Search: Rubio Dar" in page.inner_text("h1")


def _index_colour(palette: dict, v: float | None) -> str:
    """The palette's diverging scale, as the dashboard computes it."""
    scale = palette["index_scale"]
    stops = scale["stops"]
    if v is None:
        return scale["no_data"]
    if v <= stops[0][0]:
        return stops[0][1]
    for (x0, c0), (x1, c1) in itertools.pairwise(stops):
        if v <= x1:
            t = (v - x0) / (x1 - x0)
            a = [int(c0[i : i + 2], 16) for i in (1, 3, 5)]
            b = [int(c1[i : i + 2], 16) for i in (1, 3, 5)]
            return "#" + "".join(f"{round(x + (y - x) * t + 1e-9):02x}" for x, y in zip(a, b))
    return stops[-1][1]


@needs_chromium
def test_country_page_map_is_coloured_by_the_index(page):
    from attache.report.charts import palette

    country = page.request.get(page.base + "/countries/PAK").json()
    assert country["relations"], "Pakistan has relations in the fixture"
    open_view(page, "#/country/Pakistan")
    assert page.locator("svg#map path").count() > 150  # the offline Natural Earth outlines
    pal = palette()
    for rel in country["relations"]:
        path = page.locator(f"svg#map path[data-iso3={rel['counterpart']}]")
        if not path.count():
            continue
        assert path.first.get_attribute("fill").lower() == _index_colour(pal, rel["index"]), rel
    assert page.get_attribute("svg#map path[data-iso3=PAK]", "fill") != pal["index_scale"]["no_data"]
    related = {r["counterpart"] for r in country["relations"]}
    quiet = next(c for c in ("BRA", "AUS", "ZAF", "ARG") if c not in related)
    assert page.get_attribute(f"svg#map path[data-iso3={quiet}]", "fill") == pal["index_scale"]["no_data"]
    assert page.locator("#relations tbody tr").count() == len(country["relations"])
    # a country on the map opens the pair's page
    partner = country["relations"][0]["counterpart"]
    page.click(f"svg#map path[data-iso3={partner}]", force=True)
    page.wait_for_url(f"**#/dyad/PAK/{partner}")
    page.wait_for_selector("#view[data-ready] canvas#timeline")


@needs_chromium
def test_article_view_highlights_headings_and_side_panel(page, dashboard_db):
    from attache.store import open_store

    open_view(page, "#/articles?q=Rubio")
    page.click("#articles tbody tr >> nth=0 >> a")
    page.wait_for_url("**#/article/*")
    page.wait_for_selector("#view[data-ready] .article-text")
    article_id = page.url.split("#/article/")[1].split("?")[0]
    art = page.request.get(page.base + f"/articles/{article_id}").json()
    assert page.locator(".article-text h3.section").count() == len(art["headings"])
    actor_bg = page.eval_on_selector("mark.actor", "m => getComputedStyle(m).backgroundColor")
    figure_bg = page.eval_on_selector("mark.quantity", "m => getComputedStyle(m).backgroundColor")
    assert actor_bg != figure_bg
    for panel in ("events", "actors", "figures", "claims"):
        assert page.locator(f"aside.side section.{panel} h2").count() == 1
    assert page.locator("aside.side section.events li").count() == len(art["events"])
    # the text and the side panel share the screen (no half-empty page)
    text_box = page.locator(".article-text").bounding_box()
    side_box = page.locator("aside.side").bounding_box()
    assert side_box["x"] > text_box["x"] + text_box["width"] - 1 and side_box["width"] > 200
    # a cited sentence is marked and scrolled to
    ev = art["events"][0]
    open_view(page, f"#/article/{article_id}?start={ev['sentence']['start']}&end={ev['sentence']['end']}")
    with open_store(dashboard_db, read_only=True) as store:
        text = store.get_article(article_id).text
    focus = page.eval_on_selector_all(".article-text .sentence.focus", "els => els.map(e => e.textContent).join('')")
    assert focus == text[ev["sentence"]["start"] : ev["sentence"]["end"]]


@needs_chromium
def test_coverage_badge_on_every_page_and_long_titles_on_one_line(page):
    cov = page.request.get(page.base + "/coverage").json()
    expected = f"{cov['analysed']:,} of {cov['articles']:,} stored articles analysed"
    story = page.request.get(page.base + "/stories?limit=1").json()["items"][0]["id"]
    for where in ("#/", "#/events", "#/stories", "#/countries", f"#/story/{story}", "#/dyad/PAK/USA", "#/search?q=Pakistan"):
        open_view(page, where)
        assert expected in page.inner_text("#coverage"), where
    open_view(page, "#/stories")
    cells = page.locator("#stories td.title")
    assert cells.count() >= 1
    style = page.eval_on_selector(
        "#stories td.title", "td => [getComputedStyle(td).whiteSpace, getComputedStyle(td).textOverflow]"
    )
    assert style == ["nowrap", "ellipsis"]
    heights = page.eval_on_selector_all("#stories tbody tr", "trs => trs.map(tr => tr.getBoundingClientRect().height)")
    line = page.eval_on_selector("#stories td.title", "td => parseFloat(getComputedStyle(td).lineHeight)")
    assert max(heights) < 2.5 * line  # one line per story, whatever the title's length


@needs_chromium
def test_story_outlets_side_by_side_with_their_country(page):
    stories = page.request.get(page.base + "/stories?limit=50").json()["items"]
    shared = next(s for s in stories if len(s["outlets"]) >= 2)
    detail = page.request.get(page.base + f"/stories/{shared['id']}").json()
    open_view(page, f"#/story/{shared['id']}")
    cols = page.locator("section.outlet")
    assert cols.count() == len(shared["outlets"])
    boxes = [cols.nth(i).bounding_box() for i in range(cols.count())]
    assert abs(boxes[0]["y"] - boxes[1]["y"]) < 1 and boxes[1]["x"] > boxes[0]["x"]  # side by side
    countries = {o["outlet"]: o.get("country") for o in detail.get("by_outlet") or []}
    for i in range(cols.count()):
        name = cols.nth(i).locator("h3").inner_text()
        if countries.get(name):
            assert countries[name] in cols.nth(i).locator(".country").inner_text()


@needs_chromium
def test_actor_and_thread_pages(page):
    actors = page.request.get(page.base + "/actors?limit=50").json()["items"]
    person = next(a for a in actors if a["kind"] == "person")
    detail = page.request.get(page.base + f"/actors/{person['id']}").json()
    open_view(page, "#/actors?q=" + person["name"].split()[-1])
    page.click(f"#actors a[href='#/actor/{person['id']}']")
    page.wait_for_url(f"**#/actor/{person['id']}")
    drawn(page)
    assert person["name"] in page.inner_text("h1")
    assert page.locator("#counterparts tr.click").count() == len(detail["counterparts"])
    assert page.locator("#events tr.event-row").count() == len(detail["recent_events"])
    if detail.get("activity"):
        page.wait_for_selector("canvas#activity")
    threads = page.request.get(page.base + "/threads?limit=50").json()
    if threads["total"]:
        open_view(page, "#/threads")
        assert page.locator("#threads tbody tr.click").count() == len(threads["items"])
        page.click("#threads tbody tr.click >> nth=0 >> a")
        page.wait_for_url("**#/thread/*")
        drawn(page)
        tid = page.url.split("#/thread/")[1]
        stories = page.request.get(page.base + f"/threads/{tid}").json()["stories"]
        assert page.locator("#thread-stories tbody tr").count() == len(stories)


@needs_chromium
def test_a_filter_the_api_refuses_keeps_the_form_and_offers_the_fix(page):
    open_view(page, "#/events?country=Pakistn")
    message = page.inner_text("#filter-error")
    assert "Pakistn" in message and "did you mean" in message
    assert page.input_value("#filters input[name=country]") == "Pakistn"
    page.click("#filter-error a")
    page.wait_for_url("**#/events?country=PAK")
    page.wait_for_selector("#view[data-ready] #events")
    total = page.request.get(page.base + "/events?country=PAK&limit=1").json()["total"]
    assert total > 0 and f"of {total:,}" in page.inner_text("nav.pager")
    # a name works as well as a code
    open_view(page, "#/events?country=Pakistan")
    assert f"of {total:,}" in page.inner_text("nav.pager")
