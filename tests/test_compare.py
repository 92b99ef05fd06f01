"""The comparison's definitions, each on a small hand-made story (no model, no store: plain records)."""

from __future__ import annotations

from attache.extract.outlets import outlet_info
from attache.model import Mention
from attache.report.stories import comparison_markdown
from attache.stories.compare import compare_records, frames_of

STORY = {"id": "s1", "title": "t", "actors": ["USA", "PAK"]}


def _art(i, outlet, text, group=None, url=None):
    return {"id": i, "outlet": outlet, "text": text, "published": "2025-04-07", "url": url, "syndication_group": group}


def _event(
    aid, text, code="041", ptype="CONSULT", src="USA", tgt="PAK", date="2025-04-07", fact="asserted", date_text="April 7", at=0
):
    """An event row told in ``text``, a sentence starting at character ``at`` of its article."""
    return {
        "article_id": aid,
        "cameo_code": code,
        "plover_type": ptype,
        "source_country": src,
        "target_country": tgt,
        "is_symmetric": False,
        "factuality": fact,
        "event_date": date,
        "date_precision": "day",
        "date_text": date_text,
        "sentence_start": at,
        "sentence_end": at + len(text),
        "trigger_text": "called",
        "confidence": 0.7,
    }


def _figure(aid, text, value, subject, actors, kind="tariff_rate", unit="percent"):
    at = text.index(f"{value:g}")
    return {
        "article_id": aid,
        "kind": kind,
        "unit": unit,
        "value": value,
        "subject": subject,
        "actors": actors,
        "start_char": at,
        "end_char": at + len(f"{value:g}"),
        "sentence_start": 0,
        "sentence_end": len(text),
    }


def _compare(arts, events=(), quantities=(), claims=(), mentions=()):
    return compare_records(
        dict(STORY),
        {a["id"]: a for a in arts},
        events=list(events),
        quantities=list(quantities),
        claims=list(claims),
        mentions=list(mentions),
        facts={},
    )


CALL = "Rubio called Dar on April 7."


def test_an_event_told_by_two_sources_is_agreed_with_its_count_and_copies_count_once():
    arts = [
        _art("a", "Dawn", CALL),
        _art("b", "Reuters", CALL, group="g1"),
        _art("c", "Arab News", CALL, group="g1"),
        _art("d", "The Hindu", "Pakistan arrested a militant on April 6."),
    ]
    events = [
        _event("a", CALL),
        _event("b", CALL),
        _event("c", CALL),
        _event("d", arts[3]["text"], code="173", ptype="COERCE", src="PAK", tgt="AFG", date="2025-04-06"),
    ]
    cmp = _compare(arts, events)
    assert cmp["sources"] == 3 and cmp["articles"] == 4 and not cmp["single_source"]
    (call,) = [i for i in cmp["agree"] if i["kind"] == "event"]
    assert call["cameo_code"] == "041" and call["sources"] == 2 and call["articles"] == 3
    assert call["outlets"] == ["Arab News", "Dawn", "Reuters"]
    # the copies of the wire story are one source, listed under one label
    assert len(cmp["source_groups"]) == 3
    assert any(g["outlets"] == ["Arab News", "Reuters"] for g in cmp["source_groups"])


def _call_and(extra: str, first: str, second: str, **event) -> tuple[list, list]:
    """Two articles telling the call, of outlets ``first`` and ``second``; the first tells ``extra`` after it, an event of
    its own (``event``: _event's fields)."""
    arts = [_art("a", first, CALL + " " + extra), _art("b", second, CALL)]
    return arts, [_event("a", CALL), _event("b", CALL), _event("a", extra, at=len(CALL) + 1, **event)]


def test_only_in_is_exactly_one_source_and_never_an_item_another_source_tells():
    arrest = "Pakistan arrested Mohammad Sharifullah on April 6."
    arts, events = _call_and(arrest, "NewsVane", "Nawaiwaqt", code="173", ptype="COERCE", src="PAK", tgt="AFG", date="2025-04-06")
    cmp = _compare(arts, events)
    assert [i["cameo_code"] for i in cmp["unique"]["NewsVane"]] == ["173"]
    assert cmp["unique"]["Nawaiwaqt"] == []
    agreed = {(i.get("cameo_code"), tuple(i["outlets"])) for i in cmp["agree"]}
    for items in cmp["unique"].values():
        for i in items:
            assert i["sources"] == 1 and len(i["outlets"]) == 1
            assert (i.get("cameo_code"), tuple(i["outlets"])) not in agreed
    md = comparison_markdown(cmp)
    assert "### Only in NewsVane" in md and "Only in Nawaiwaqt" not in md and "Nothing of their own: Nawaiwaqt" in md


def test_the_same_kind_of_event_days_apart_or_planned_against_done_is_not_agreed():
    a_text, b_text = "Rubio called Dar on April 1.", "Rubio called Dar on April 7."
    arts = [_art("a", "Dawn", a_text), _art("b", "Geo News", b_text), _art("c", "ARY News", "Rubio will call Dar.")]
    events = [
        _event("a", a_text, date="2025-04-01"),
        _event("b", b_text),
        _event("c", arts[2]["text"], fact="planned", date="2025-04-07", date_text=None),
    ]
    cmp = _compare(arts, events)
    assert cmp["agree"] == []
    assert all(len(v) == 1 for v in cmp["unique"].values())


def test_a_true_conflict_lists_each_value_with_its_sources():
    t1 = "The total US duty on Pakistani goods is 29 percent."
    t2 = "The total US duty on Pakistani goods is 39 percent."
    t3 = "The total US duty on Pakistani goods stands at 39 percent."
    arts = [_art("a", "Dawn", t1), _art("b", "Reuters", t2), _art("c", "Geo News", t3)]
    q = [
        _figure("a", t1, 29.0, "duty on Pakistani goods", ["PAK", "USA"]),
        _figure("b", t2, 39.0, "duty on Pakistani goods", ["PAK", "USA"]),
        _figure("c", t3, 39.0, "duty on Pakistani goods", ["PAK", "USA"]),
    ]
    cmp = _compare(arts, quantities=q)
    (conflict,) = cmp["conflicts"]
    assert conflict["values"] == [29.0, 39.0] and conflict["sources"] == 3
    by = {v["value"]: (v["sources"], v["outlets"]) for v in conflict["by_value"]}
    assert by == {39.0: (2, ["Geo News", "Reuters"]), 29.0: (1, ["Dawn"])}
    assert not cmp["agree"] and not any(cmp["unique"].values())
    assert "39 (2 sources) vs 29" in comparison_markdown(cmp)


def test_unrelated_figures_are_not_a_conflict():
    t1 = "The US put a 29% tariff on Pakistani exports."
    t2 = "India faces a 26% tariff on Indian goods from the US."
    t3 = "Washington says Pakistan charges a 58% tariff on US goods."
    arts = [_art("a", "Dawn", t1), _art("b", "The Hindu", t2), _art("c", "Fox News", t3 + " " + t1)]
    q = [
        _figure("a", t1, 29.0, "tariff on Pakistani exports", ["PAK", "USA"]),
        _figure("b", t2, 26.0, "tariff on Indian goods", ["IND", "USA"]),
        _figure("c", t3, 58.0, "tariff on US goods", ["USA"]),
        dict(_figure("c", t3 + " " + t1, 29.0, "tariff on Pakistani exports", ["PAK", "USA"])),
    ]
    cmp = _compare(arts, quantities=q)
    assert cmp["conflicts"] == [], cmp["conflicts"]
    (agreed,) = cmp["agree"]
    assert agreed["values"] == [29.0] and agreed["sources"] == 2
    assert [i["values"] for i in cmp["unique"]["The Hindu"]] == [[26.0]]


def test_a_figure_without_a_named_subject_joins_the_only_subject_it_fits():
    t1, t2 = "The US slapped a 29% tariff on Pakistani exports.", "A newly imposed 29% tariff hurts."
    arts = [_art("a", "NewsVane", t1), _art("b", "Nawaiwaqt", t2)]
    q = [_figure("a", t1, 29.0, "tariff on Pakistani exports", ["PAK", "USA"]), _figure("b", t2, 29.0, "tariff", [])]
    cmp = _compare(arts, quantities=q)
    assert [i["sources"] for i in cmp["agree"]] == [2] and not cmp["conflicts"]


def test_frames_are_never_words_inside_names():
    text = (
        "Pakistan Petroleum Company Limited signed a deal with a US firm.\n"
        "Ties between Pakistan and the United States remain limited and transactional."
    )
    art = {"id": "a", "outlet": "Dawn", "text": text}
    mentions = [
        Mention(
            "a",
            0,
            33,
            "Pakistan Petroleum Company Limited"[:33],
            "PAK.BUS",
            "PPL",
            "PAK",
            "BUS",
            None,
            0.9,
            "kb",
            kind="institution",
            sentence_start=0,
            sentence_end=64,
        ),
        Mention(
            "a",
            76,
            84,
            "Pakistan",
            "PAK",
            "Pakistan",
            "PAK",
            None,
            None,
            0.9,
            "kb",
            kind="country",
            sentence_start=65,
            sentence_end=len(text),
        ),
    ]
    frames = frames_of(art, mentions, {"PAK", "USA"})
    found = {(f["phrase"], f["start"]) for f in frames}
    assert ("limited", text.index("limited")) in found, found
    assert all(f["start"] > text.index("\n") for f in frames), "nothing from the company's name"
    assert {"limited", "transactional"} <= {f["phrase"] for f in frames}
    assert frames_of({"id": "b", "outlet": "X", "text": "Shares of Acme Company Limited rose."}) == []


def test_a_one_source_story_says_so_and_compares_nothing():
    arts = [_art("a", "Reuters", CALL, group="g1"), _art("b", "Dawn", CALL, group="g1")]
    cmp = _compare(arts, [_event("a", CALL), _event("b", CALL)])
    assert cmp["single_source"] and cmp["sources"] == 1 and cmp["articles"] == 2
    assert cmp["agree"] == [] and cmp["conflicts"] == [] and not any(cmp["unique"].values())
    md = comparison_markdown(cmp)
    assert "Only one independent source" in md and "Told by at least two" not in md


def test_frames_and_tone_are_grouped_by_outlet_country():
    t1 = "Pakistan and the US have a transactional relationship."
    t2 = "India watches the US and Pakistan's pragmatic partnership."
    arts = [
        _art("a", "Dawn", t1, url="https://www.dawn.com/news/1"),
        _art("b", "Nawaiwaqt", t1),
        _art("c", "unknown.co.in", t2, url="https://unknown.co.in/x"),
        _art("d", "Some Blog", t2),
    ]
    cmp = _compare(arts)
    labels = {c["label"]: c for c in cmp["by_country"]}
    assert labels["Pakistani outlets"]["outlets"] == ["Dawn", "Nawaiwaqt"] and labels["Pakistani outlets"]["sources"] == 2
    assert {"phrase": "transactional relationship", "outlets": ["Dawn", "Nawaiwaqt"]} in labels["Pakistani outlets"]["frames"]
    assert labels["Indian outlets"]["outlets"] == ["unknown.co.in"], "a country-code domain says where an unknown outlet is"
    assert labels["outlets of unknown country"]["outlets"] == ["Some Blog"]
    assert "**Pakistani outlets** (Dawn, Nawaiwaqt; 2 sources)" in comparison_markdown(cmp)


def test_sections_hold_a_screenful_unless_all():
    arts = [_art(f"a{i}", f"Outlet {i:02d}", f"Text {i} about Pakistan.") for i in range(30)]
    q = [
        _figure(f"a{i}", f"Text {i} about Pakistan.", float(i), "thing" + chr(97 + i % 26) * (1 + i // 26), [], kind="share")
        for i in range(30)
    ]
    cmp = _compare(arts, quantities=q)
    short, full = comparison_markdown(cmp), comparison_markdown(cmp, show_all=True)
    assert "`--all` shows them" in short and "`--all`" not in full
    assert short.count("### Only in") == 12 and full.count("### Only in") == 30


def test_outlet_registry_and_domain_fallback():
    assert outlet_info(url="https://www.dawn.com/news/1").country == "PAK"
    assert outlet_info("Nawaiwaqt").country == "PAK" and outlet_info("Reuters").kind == "wire"
    assert outlet_info(url="https://en.kremlin.ru/events/1").kind == "government"
    assert (
        outlet_info(url="https://example.com.pk/a").country == "PAK"
        and outlet_info(url="https://example.com.pk/a").how == "domain"
    )
    assert outlet_info(url="https://example.tv/a").country is None, ".tv is sold to anyone"
    assert outlet_info("A Blog Nobody Knows").how == "unknown"


def test_the_main_event_comes_from_the_events_stage(analyzer):
    from attache.model import Article, Paragraph
    from attache.nlp import load
    from attache.stories.fivew1h import answers, event_row, lead_records

    text = (
        "U.S. Secretary of State Marco Rubio met Pakistani Foreign Minister Ishaq Dar on Monday in Washington. "
        "The two discussed trade and security."
    )
    art = Article(id="m", text=text, paragraphs=[Paragraph(0, len(text))], language="en", published="2025-04-08")
    (an,) = analyzer.analyze([art])
    doc = load()(text)
    found, used = answers(doc, text, an.events, an.mentions, published=art.published)
    assert used is not None and used["plover_type"] == "CONSULT"
    assert found["who"].text == text[found["who"].start : found["who"].end] and "Rubio" in found["who"].text
    assert found["what"].text.startswith("met") and found["when"].text == "Monday"
    (stored, *_) = lead_records([event_row(e) for e in an.events], an.mentions, text)
    assert stored["first_sentence"] and "Rubio" in text[stored["source_span"]["start"] : stored["source_span"]["end"]]
    assert found["where"] is None or found["where"].text != "U.S.", "a country in a side's title is no place"


def test_a_figure_that_fits_two_subjects_joins_neither():
    t1, t2, t3 = (
        "The US put a 29% tariff on Pakistani exports.",
        "India faces a 26% tariff on Indian goods.",
        "A 10% tariff applies.",
    )
    arts = [_art("a", "Dawn", t1), _art("b", "The Hindu", t2), _art("c", "Fox News", t3)]
    q = [
        _figure("a", t1, 29.0, "tariff on Pakistani exports", ["PAK"]),
        _figure("b", t2, 26.0, "tariff on Indian goods", ["IND"]),
        _figure("c", t3, 10.0, "tariff", []),
    ]
    cmp = _compare(arts, quantities=q)
    assert cmp["conflicts"] == [] and cmp["agree"] == []
    assert [i["values"] for i in cmp["unique"]["Fox News"]] == [[10.0]]


def test_a_source_that_gives_several_values_speaks_of_several_things():
    t1 = "Officials said 5 people were killed in the blast and 12 in the fire."
    t2 = "Police said 12 people were killed."
    arts = [_art("a", "Dawn", t1), _art("b", "Geo News", t2)]
    q = [
        _figure("a", t1, 5.0, "people", ["PAK"], kind="casualties", unit="people"),
        dict(_figure("a", t1, 12.0, "people", ["PAK"], kind="casualties", unit="people")),
        _figure("b", t2, 12.0, "people", ["PAK"], kind="casualties", unit="people"),
    ]
    cmp = _compare(arts, quantities=q)
    assert cmp["conflicts"] == []
    assert [(i["values"], i["sources"]) for i in cmp["agree"]] == [([12.0], 2)]
    assert [i["values"] for i in cmp["unique"]["Dawn"]] == [[5.0]]


def test_background_events_come_last_and_say_so():
    old = "In 2011 the US killed bin Laden in Abbottabad."
    arts, events = _call_and(old, "Dawn", "Geo News", code="190", ptype="ASSAULT", src="USA", tgt="PAK", date="2011-05-02")
    events.append(_event("a", CALL, code="173", ptype="COERCE", src="PAK", tgt="AFG"))
    cmp = _compare(arts, events)
    dawn = cmp["unique"]["Dawn"]
    assert [(i["cameo_code"], i["background"]) for i in dawn] == [("173", False), ("190", True)]
    assert "2011-05-02 (background)" in comparison_markdown(cmp)
