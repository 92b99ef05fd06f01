"""The brief and the comparison say no more than their cited sentences (issue 14, seventh session, h14brief8).

A real DuckDB file holds articles written here with the events, mentions, figures and claims an analysis would
store for them (written out, so each class is pinned whatever the coder does with the sentences); the relationship
brief (``report.dyad``), the comparison (``stories.compare`` + ``report.stories``) and the audit read them back.
"""

from __future__ import annotations

import json
import re

import pytest

from attache.events.ontology import NOT_HAPPENED
from attache.model import Analysis, Article, Claim, Event, Mention, Paragraph, Party, Quantity
from attache.report.dyad import build_dyad_brief, dyad_markdown, shift_direction
from attache.report.stories import comparison_markdown
from attache.store import open_store
from attache.stories.compare import compare
from attache.stories.compare_trust import asks, default_threshold

STATE, PRESS, PAPER = "U.S. Department of State", "Capital Ledger", "Harbour Times"


def _article(aid: str, outlet: str, text: str, published: str | None = "2025-05-12", url: str | None = None) -> Article:
    return Article(
        aid,
        text,
        [Paragraph(0, len(text))],
        url=url,
        outlet=outlet,
        title=text.split(".")[0][:60],
        published=published,
        language="en",
    )


def _span(text: str, sentence: str) -> tuple[int, int]:
    start = text.index(sentence)
    return start, start + len(sentence)


def _event(art: Article, eid: str, sentence: str, ptype: str, code: str, src: tuple, tgt: tuple, **kw) -> Event:
    """An event read from ``sentence`` of ``art``: sides are (actor id, name, country)."""
    s, e = _span(art.text, sentence)
    words = {"CONSULT": 1.0, "COOPERATE": 6.0, "AID": 7.0, "SUPPORT": 3.5, "SANCTION": -6.5, "COERCE": -7.0, "ACCUSE": -2.0}
    fields = dict(
        date=art.published,
        date_text=None,
        date_precision="day",
        location=None,
        domain=kw.pop("domain", "diplomacy"),
        factuality="asserted",
        factuality_cue=None,
        attributed_to=None,
        confidence=0.9,
    )
    fields.update(kw)
    src_at = art.text.index(src[1], s) if src[1] in art.text[s:e] else s
    tgt_at = art.text.index(tgt[1], s) if tgt[1] in art.text[s:e] else s
    return Event(
        eid,
        art.id,
        s,
        e,
        s,
        s + 3,
        art.text[s : s + 3],
        ptype,
        None,
        code,
        code[:2],
        1 if words[ptype] > 0 else 4,
        words[ptype],
        Party(src[0], src[1], src[2], None, src_at, src_at + len(src[1])),
        Party(tgt[0], tgt[1], tgt[2], None, tgt_at, tgt_at + len(tgt[1])),
        fields.pop("date"),
        fields.pop("date_text"),
        fields.pop("date_precision"),
        fields.pop("location"),
        fields.pop("domain"),
        fields.pop("factuality"),
        fields.pop("factuality_cue"),
        fields.pop("attributed_to"),
        fields.pop("confidence"),
        **fields,
    )


def _mention(art: Article, text: str, actor: str, country: str | None, kind: str, nth: int = 0) -> Mention:
    at = [m.start() for m in re.finditer(re.escape(text), art.text)][nth]
    s = art.text.rfind(". ", 0, at)
    s = 0 if s < 0 else s + 2
    e = art.text.find(". ", at)
    e = len(art.text) if e < 0 else e + 1
    return Mention(
        art.id, at, at + len(text), text, actor, text, country, "GOV" if kind == "person" else None, None, 0.9, "kb", kind, s, e
    )


def _claim(art: Article, words: str, speaker: str, speaker_at: str, verb: str, sentence: str) -> Claim:
    """An indirect claim of ``sentence`` of ``art``: its ``words``, said by ``speaker`` (found where ``speaker_at`` starts)."""
    start, said = art.text.index(words), art.text.index(speaker_at)
    return Claim(
        art.id, start, start + len(words), words, speaker, said, said + len(speaker), None, None, verb, False, [],
        *_span(art.text, sentence),
    )  # fmt: skip


USA, PAK = ("USA", "United States", "USA"), ("PAK", "Pakistan", "PAK")
RUBIO, DAR = ("USA.GOV.rubio-marco", "Marco Rubio", "USA"), ("PAK.GOV.dar-ishaq", "Ishaq Dar", "PAK")

A1 = (
    "Marco Rubio spoke with Ishaq Dar on Monday. "
    "Has the United States sent military aid to Pakistan? "
    "Did the United States accuse Pakistan of delays? "
    "The two sides discussed trade. "
    "The United States imposed a 29% tariff on Pakistan. "
    "The United States has spent $20 million on programmes in Cuba. "
    "Officials said the United States would help Pakistan rebuild roads."
)
A2 = (
    "Secretary Marco Rubio called Foreign Minister Ishaq Dar. "
    "The talks between Washington and Islamabad covered trade. "
    "Reuters reported that the United States sent flood aid to Pakistan. "
    "Vladimir Putin congratulated Ishaq Dar on the talks. "
    "The message reads: I hope our countries keep this momentum. "
    "He added that more was to come."
)
A3 = "Pakistan arrested Mohammad Sharifullah. The officials talked again."  # an undated article of another story


def _weak_trade(art: Article, eid: str, sentence: str, **kw) -> Event:
    """A weak reading of ``sentence`` (confidence 0.45): US-Pakistan trade cooperation."""
    return _event(art, eid, sentence, "COOPERATE", "061", USA, PAK, domain="trade", confidence=0.45, **kw)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("trust8") / "trust8.duckdb")
    a1, a2 = _article("aaaa000000000001", PRESS, A1), _article("aaaa000000000002", PAPER, A2, published="2025-05-13")
    a3 = _article("aaaa000000000003", STATE, A3, published=None, url="https://www.state.gov/x")
    backoff = {"how": "sentence"}
    ev1 = [
        _event(a1, "e1", "Marco Rubio spoke with Ishaq Dar on Monday.", "CONSULT", "040", RUBIO, DAR),
        # a question: coded asserted with high confidence, as the demo brief had it
        _event(
            a1,
            "e2",
            "Has the United States sent military aid to Pakistan?",
            "AID",
            "070",
            USA,
            PAK,
            domain="security",
            confidence=0.95,
        ),
        _event(a1, "e5", "Did the United States accuse Pakistan of delays?", "ACCUSE", "112", USA, PAK, confidence=0.9),
        # the sentence back-off: weak
        _weak_trade(
            a1,
            "e3",
            "The two sides discussed trade.",
            source_span={"start": 0, "end": 3, "text": "The", **backoff},
            target_span={"start": 4, "end": 7, "text": "two", **backoff},
        ),
        _event(
            a1,
            "e4",
            "The United States imposed a 29% tariff on Pakistan.",
            "SANCTION",
            "163",
            USA,
            PAK,
            domain="trade",
            date_precision="publication",
        ),
    ]
    ev2 = [
        _event(
            a2, "f1", "Secretary Marco Rubio called Foreign Minister Ishaq Dar.", "CONSULT", "041", RUBIO, DAR, date="2025-05-12"
        ),
        # the same weak reading in a second outlet: two weak copies are no corroboration
        _weak_trade(
            a2,
            "f2",
            "The talks between Washington and Islamabad covered trade.",
            date="2025-05-12",
            source_span={"start": 0, "end": 3, "text": "The", **backoff},
        ),
        _event(
            a2,
            "f3",
            "Reuters reported that the United States sent flood aid to Pakistan.",
            "AID",
            "070",
            USA,
            PAK,
            domain="humanitarian",
            factuality="reported",
            attributed_to="Reuters",
        ),
    ]
    ev3 = [_event(a3, "g1", "The officials talked again.", "CONSULT", "040", USA, PAK, date=None, date_precision="unknown")]
    q = lambda art, text, value, kind, actors, unit="percent": Quantity(  # noqa: E731
        art.id,
        art.text.index(text),
        art.text.index(text) + len(text),
        text,
        value,
        unit,
        kind,
        None,
        None,
        None,
        actors,
        *_span(art.text, next(s + "." for s in art.text.split(". ") if text in s).rstrip(".") + "."),
    )
    quantities = [
        q(a1, "29%", 29.0, "tariff_rate", ["USA", "PAK"]),
        q(a1, "$20 million", 20e6, "aid", ["USA"], unit="USD"),
    ]
    m1 = [
        _mention(a1, "Marco Rubio", RUBIO[0], "USA", "person"),
        _mention(a1, "Ishaq Dar", DAR[0], "PAK", "person"),
        _mention(a1, "United States", "USA", "USA", "country", 2),
        _mention(a1, "Pakistan", "PAK", "PAK", "country", 2),
        _mention(a1, "United States", "USA", "USA", "country", 3),
        _mention(a1, "Cuba", "CUB", "CUB", "country"),
    ]
    m2 = [
        _mention(a2, "Marco Rubio", RUBIO[0], "USA", "person"),
        _mention(a2, "Ishaq Dar", DAR[0], "PAK", "person"),
        _mention(a2, "Vladimir Putin", "RUS.GOV.putin-vladimir", "RUS", "person"),
        _mention(a2, "Ishaq Dar", DAR[0], "PAK", "person", 1),
    ]
    claims = [
        _claim(
            a2,
            "our countries keep this momentum",
            "I",
            "I hope",
            "hope",
            "The message reads: I hope our countries keep this momentum.",
        ),
        _claim(a2, "more was to come", "He", "He added", "add", "He added that more was to come."),
    ]
    with open_store(path) as s:
        s.add_articles([a1, a2, a3])
        s.save_analyses(
            [
                Analysis("aaaa000000000001", mentions=m1, events=ev1, quantities=quantities),
                Analysis("aaaa000000000002", mentions=m2, events=ev2, claims=claims),
                Analysis("aaaa000000000003", events=ev3),
            ],
            [],
        )
        story = lambda sid, ids, outlets: {  # noqa: E731
            "id": sid,
            "title": "Rubio and Dar",
            "start": "2025-05-12",
            "end": "2025-05-13",
            "articles": ids,
            "outlets": outlets,
            "actors": ["USA", "PAK"],
            "fivew1h": None,
            "summary": [],
            "sources": len(outlets),
        }
        s.save_stories(
            [("aaaa000000000001", "s1"), ("aaaa000000000002", "s1"), ("aaaa000000000003", "s2")],
            [story("s1", ["aaaa000000000001", "aaaa000000000002"], [PRESS, PAPER]), story("s2", ["aaaa000000000003"], [STATE])],
        )
    return path


@pytest.fixture(scope="module")
def brief(db):
    with open_store(db, read_only=True) as s:
        return build_dyad_brief(s, "USA", "PAK", chart=False)


def _cited(br: dict) -> list[str]:
    return [e["citation"]["text"] for e in br["key_events"] + br["history"]] + [
        ev["text"] for d in br["domains"] for ev in d["evidence"]
    ]


def test_a_question_is_never_told_as_having_happened(brief, db):
    assert asks("Has the United States sent military aid to Pakistan?") and not asks("It sent aid.")
    assert not any(t.endswith("?") for t in _cited(brief))
    # the question's AID joins the happening Reuters reports, but is not one of its sources
    aid = [e for e in brief["key_events"] if e["plover_type"] == "AID"]
    assert len(aid) == 1 and aid[0]["factuality"] == "reported" and aid[0]["sources"] == aid[0]["articles"] == 1
    assert not any(e["plover_type"] == "ACCUSE" for e in brief["key_events"])
    assert brief["left_out"]["question"] == 1
    with open_store(db, read_only=True) as s:
        cmp = compare(s, "s1")
    every = cmp["agree"] + [i for items in cmp["unique"].values() for i in items]
    assert every and not any(i.get("text", "").endswith("?") for i in every if i["kind"] == "event")


def test_weak_events_are_left_out_even_when_two_outlets_tell_them(brief):
    # two back-off readings of two outlets: before, "told by two sources" made them corroborated
    assert not any(e["plover_type"] == "COOPERATE" for e in brief["key_events"])
    assert brief["left_out"]["weak"] == 1 and brief["left_out"]["weak_several_sources"] == 1
    md = dyad_markdown(brief)
    assert "1 weak event (1 of them told by two sources or more)" in md
    assert f"confidence {default_threshold():.2f} or more" in md


def test_weak_events_are_marked_in_the_comparison(db):
    with open_store(db, read_only=True) as s:
        cmp = compare(s, "s1")
    items = cmp["agree"] + [i for items in cmp["unique"].values() for i in items]
    coop = [i for i in items if i["kind"] == "event" and i["plover_type"] == "COOPERATE"]
    assert coop and all(i["weak"] and "back-off" in i["weak"] for i in coop)
    md = comparison_markdown(cmp, show_all=True)
    assert all("weak: sides by sentence order" in line for line in md.splitlines() if "**COOPERATE**" in line)
    strong = [i for i in items if i["kind"] == "event" and i["plover_type"] == "SANCTION"]
    assert strong and strong[0]["weak"] is None


def test_one_call_told_with_two_codes_is_one_item_with_the_names_of_its_sides(db):
    with open_store(db, read_only=True) as s:
        cmp = compare(s, "s1")
    calls = [i for i in cmp["agree"] if i["kind"] == "event" and i["plover_type"] == "CONSULT"]
    assert len(calls) == 1 and calls[0]["sources"] == 2
    assert not any(i["plover_type"] == "CONSULT" for items in cmp["unique"].values() for i in items if i["kind"] == "event")
    md = comparison_markdown(cmp, show_all=True)
    assert "Marco Rubio (USA) → Ishaq Dar (PAK)" in md


def test_a_pronoun_speaker_is_named_or_left_unnamed(db):
    with open_store(db, read_only=True) as s:
        cmp = compare(s, "s1")
    claims = [i for items in cmp["unique"].values() for i in items if i["kind"] == "claim"]
    by_word = {c["speaker_word"]: c for c in claims}
    assert by_word["i"]["speaker"] == "Vladimir Putin"  # the person named in the sentence before ("The message ...")
    assert by_word["he"]["speaker"] == "Vladimir Putin"
    md = comparison_markdown(cmp, show_all=True)
    assert not re.search(r"\*\*(I|He|We|he|we)\*\*", md)
    assert "**Vladimir Putin** (“I hope”)" in md  # the first person keeps its verb's form


def test_a_pronoun_with_no_person_before_it_is_left_unnamed():
    from attache.stories.compare_speakers import resolve_speaker

    art = {"id": "x", "outlet": PRESS, "text": "It rained. He said the roads were closed.", "url": None}
    claim = {"speaker": "He", "speaker_start": 11, "start_char": 19, "sentence_start": 11, "actor_id": None}
    assert resolve_speaker(claim, art, [])["speaker"] is None
    md = comparison_markdown(
        {
            "story_id": "x",
            "title": "t",
            "outlets": [PRESS, PAPER],
            "sources": 2,
            "articles": 2,
            "single_source": False,
            "agree": [
                {
                    "kind": "claim",
                    "speaker": None,
                    "speaker_word": "he",
                    "verb": "say",
                    "text": "the roads were closed",
                    "citations": [],
                    "sources": 2,
                    "articles": 2,
                }
            ],
            "unique": {},
            "conflicts": [],
            "frames": {},
            "tone": {},
            "by_country": [],
        }
    )
    assert "An unnamed speaker say" in md and "**He**" not in md


def test_a_reported_event_says_who_reports_it(brief):
    aid = [e for e in brief["key_events"] if e["plover_type"] == "AID"]
    assert aid and aid[0]["attributed_to"] == "Reuters"
    line = next(x for x in dyad_markdown(brief).splitlines() if "AID (CAMEO 070" in x)
    assert "reported by Reuters" in line


def test_a_publication_date_is_not_told_as_the_day_of_the_act(brief):
    line = next(x for x in dyad_markdown(brief).splitlines() if "SANCTION (CAMEO 163" in x)
    assert "2025-05-12 (publication date)" in line
    call = next(x for x in dyad_markdown(brief).splitlines() if x.startswith("- 2025-05-12 · Marco Rubio"))
    assert "publication date" not in call


def test_figures_about_another_pair_are_left_out(brief):
    texts = [f["text"] for f in brief["figures"]]
    assert "29%" in texts and "$20 million" not in texts


def test_an_undated_copy_of_another_story_corroborates_nothing(brief):
    call = [e for e in brief["key_events"] if e["plover_type"] == "CONSULT" and e["date"]]
    # the two outlets of story s1 tell the call; the undated State Department line of story s2 is not a third source
    assert len(call) == 1 and call[0]["sources"] == 2 and call[0]["articles"] == 2


def test_every_not_happened_value_is_kept_out_whatever_the_list_holds(db):
    """The comparison and the brief read the not-happened values from plover.yaml (events.ontology): every value
    there, including any added later, keeps an event out."""
    from dataclasses import replace

    text = "The United States sanctioned Pakistan."
    with open_store(db) as s:
        for n, value in enumerate(sorted(NOT_HAPPENED)):
            art = _article(f"bbbb{n:012d}", PRESS if n % 2 else PAPER, text)
            s.add_articles([art])
            ev = replace(_event(art, f"bbbb{n:012d}e", text, "SANCTION", "163", USA, PAK), factuality=value)
            s.save_analyses([Analysis(art.id, events=[ev])], [])
        ids = [f"bbbb{n:012d}" for n in range(len(NOT_HAPPENED))]
        br = build_dyad_brief(s, "USA", "PAK", chart=False)
        assert not any(e["citation"]["article_id"] in ids for e in br["key_events"])
        from attache.stories.compare import compare_records

        arts = {a: {"id": a, "outlet": s.get_article(a).outlet, "text": text, "published": "2025-05-12"} for a in ids}
        cmp = compare_records(
            {"id": "n", "actors": ["USA", "PAK"]}, arts, events=s.events_of(ids), quantities=[], claims=[], mentions=[], facts={}
        )
        assert not [i for i in cmp["agree"] + [x for v in cmp["unique"].values() for x in v] if i["kind"] == "event"]


def test_shifts_are_worded_by_the_side_of_the_index():
    assert shift_direction(2.4, -1.3) == "less cooperative"
    assert shift_direction(-0.5, -1.3) == "toward conflict"
    assert shift_direction(-2.0, 1.5) == "less conflictual"
    assert shift_direction(1.0, 2.0) == "toward cooperation"


def test_the_audit_finds_the_classes_in_a_brief_written_the_old_way(brief, db, tmp_path):
    """The audit (report/audit.py) on the brief as it renders now, and on lines written as before the fixes."""
    from attache.report.audit import audit

    with open_store(db, read_only=True) as s:
        now = audit(s, dyad_markdown(brief), {"USA", "PAK"})
        assert now and not [(r["line"][:90], r["classes"]) for r in now if r["classes"]]
        a1 = s.get_article("aaaa000000000001").text
        q0, q1 = _span(a1, "Has the United States sent military aid to Pakistan?")
        t0, t1 = _span(a1, "The United States imposed a 29% tariff on Pakistan.")
        c0, c1 = _span(a1, "The United States has spent $20 million on programmes in Cuba.")
        old = "\n".join(
            [
                "## Shifts",
                "- 2025-05: toward conflict (index +2.43, -1.02 against the intervals before): SANCTION 1",
                "## Key events",
                f"- 2025-05-12 · United States → Pakistan · AID (CAMEO 070, +7.0) · asserted · 1 source: “x” "
                f"[L](http://h/#/article/aaaa000000000001?start={q0}&end={q1})",
                f"- 2025-05-12 · United States → Pakistan · SANCTION (CAMEO 163, -6.5) · asserted · 1 source: “x” "
                f"[L](http://h/#/article/aaaa000000000001?start={t0}&end={t1})",
                "## Figures",
                f"- **$20 million** (aid; 1 source): “x” [L](http://h/#/article/aaaa000000000001?start={c0}&end={c1})",
            ]
        )
        classes = {c for r in audit(s, old, {"USA", "PAK"}) for c in r["classes"]}
    assert {"aggregate", "question", "date", "figure_pair"} <= classes
    assert json.dumps(sorted(classes))


def test_a_month_or_a_year_is_not_told_as_a_day():
    from attache.report.dyad import when

    assert when({"date": "2014-01-01", "date_precision": "year"}) == "2014"
    assert when({"date": "2021-06-01", "date_precision": "month"}) == "2021-06"
    assert when({"date": "2021-06-13", "date_precision": "day"}) == "2021-06-13"
    assert when({"date": None}) == "undated"
