"""The relationship brief for two actors: the state of each domain, key events, figures, stories, framing.

``build_dyad_brief`` returns plain data (the JSON form); ``render_dyad_brief``
formats it as Markdown or self-contained HTML (the timeline chart embedded).
Every statement carries its citations: article id, outlet, offsets, sentence.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ..model import DyadQuery
from ..relations import dyad_events, timeline
from ..store.interface import Store

COOPERATIVE, CONFLICTUAL = 1.0, -1.0  # mean intensity beyond these leans one way
SHIFT = 1.0  # a change of the index this large against the intervals before is a shift
MIN_SOURCES = 2  # an event told by this many independent sources is corroborated ...


def default_confidence() -> float:
    """... and so is one at or above this calibrated confidence (attache.events.calibration: chosen on the gold
    development events as the lowest threshold keeping 80% of kept events right)."""
    from ..events.calibration import default_threshold

    return default_threshold() or 0.7


MIN_DIRECTION = 3  # a domain gets a direction (cooperative, conflictual, mixed) only with this many corroborated events
BACKGROUND_DAYS = 30  # an event dated this long before its article's publication is background: history, not a key event


def _cite(e: dict) -> dict:
    return {"article_id": e["article_id"], "outlet": e["outlet"], "start": e["start"], "end": e["end"], "text": e["sentence"]}


def _domain_line(domain: str, evs: list[dict]) -> dict:
    happened = [e for e in evs if e["factuality"] in ("asserted", "reported")]
    basis = happened or evs
    mean = sum(e["intensity"] for e in basis) / len(basis)
    if len(basis) < MIN_DIRECTION:
        direction, strength = "too few events for a direction", "weak"
    else:
        direction = "cooperative" if mean >= COOPERATIVE else "conflictual" if mean <= CONFLICTUAL else "mixed"
        strength = "strong" if len(basis) >= 5 and abs(mean) >= 3 else "moderate"
    key = sorted(evs, key=lambda e: (-e["sources"], -abs(e["intensity"]), e["date"] or "", e["id"]))[:3]
    types = sorted({e["plover_type"] for e in evs})
    planned = sum(1 for e in evs if e["factuality"] in ("planned", "demanded"))
    return {
        "domain": domain,
        "direction": direction,
        "strength": strength,
        "index": round(mean, 2),
        "events": len(evs),
        "happened": len(happened),
        "planned": planned,
        "types": types,
        "min_events": MIN_DIRECTION,
        "evidence": [
            {
                "plover_type": e["plover_type"],
                "cameo_code": e["cameo_code"],
                "date": e["date"],
                "factuality": e["factuality"],
                "attributed_to": e.get("attributed_to"),
                "source": e["source"],
                "target": e["target"],
                "sources": e["sources"],
                **_cite(e),
            }
            for e in key
        ],
    }


def corroborate(
    store: Store, evs: list[dict], since: str | None = None, min_confidence: float | None = None
) -> tuple[list[dict], list[dict], list[dict]]:
    """(counted, history, left out): each event of ``evs`` (one per happening: the copies of it in other
    articles are folded in, with ``sources`` and ``articles`` counted) sorted into what the brief stands on, the
    background it only mentions (dated before ``since`` or well before its article), and what it leaves out.

    A happening counts only through its trusted copies (``stories.compare_trust``): coded at or above the
    confidence threshold, not by the sentence back-off, from a sentence that does not ask. A happening with no
    such copy is left out, with ``why`` (``weak`` or ``question``), however many sources tell it: two weak
    readings of two articles are not a corroborated event."""
    from ..stories.compare import _group_events, source_of
    from ..stories.compare_trust import asks, weakness

    article_ids = sorted({e["article_id"] for e in evs})
    full = {r["id"]: r for r in store.events_of(article_ids)} if article_ids else {}
    arts = {
        a: {"id": a, "outlet": art.outlet or a, "source": source_of(art), "published": art.published}
        for a, art in (store.get_articles(article_ids).items() if article_ids else [])
    }
    threshold = default_confidence() if min_confidence is None else min_confidence
    records = []
    for e in evs:
        row = full.get(e["id"], {})
        rec = {
            **row,
            **e,
            "event_date": row.get("event_date") or e.get("date"),
            "source_country": e["source"],
            "target_country": e["target"],
        }
        rec["asked"] = asks(e.get("sentence"))
        rec["weak"] = weakness(rec, threshold)
        records.append(
            (rec, arts.get(e["article_id"], {"id": e["article_id"], "outlet": e.get("outlet"), "source": e["article_id"]}))
        )
    corroborated, history, rest = [], [], []
    # the whole store: an undated copy joins a dated happening only when the two articles are of one story
    story: dict[str, str | None] = {}  # looked up only for the articles of undated copies (few)

    def story_of(article_id: str) -> str | None:
        if article_id not in story:
            story[article_id] = store.story_of_article(article_id)
        return story[article_id]

    def same_story(x: dict, y: dict) -> bool:
        s = story_of(x["article_id"])
        return s is not None and s == story_of(y["article_id"])

    for g in _group_events(records, undated=same_story):
        trusted = [r for r in g if not r[0]["asked"] and not r[0]["weak"]]
        first, _ = min(trusted or g, key=lambda r: (r[0]["date"] or "9999", r[0]["article_id"], r[0]["start"]))
        ev = dict(first)
        told = trusted or g  # a question or a weak copy is no source of the happening: count the trusted ones
        ev["sources"] = len({a["source"] for _, a in told})
        ev["articles"] = len({a["id"] for _, a in told})
        ev["outlets"] = sorted({a["outlet"] for _, a in told if a.get("outlet")})
        ev["confidence"] = max(float(r.get("confidence") or 0.0) for r, _ in (trusted or g))
        published = min((a["published"] for _, a in told if a.get("published")), default=None)
        day = ev.get("date")
        old = bool(day and ((since and day < since) or (published and _days(day, published) > BACKGROUND_DAYS)))
        if not trusted:
            ev["why"] = "question" if all(r["asked"] for r, _ in g) else "weak"
            rest.append(ev)
        elif old:
            history.append(ev)
        else:
            corroborated.append(ev)
    return corroborated, history, rest


def _days(day: str, published: str) -> int:
    from datetime import date

    try:
        return (date.fromisoformat(str(published)[:10]) - date.fromisoformat(str(day)[:10])).days
    except ValueError:
        return 0


def coverage(store: Store) -> dict[str, int]:
    """How much of the store was analysed: articles stored, analysed, and set aside (not English)."""
    analysed, skipped = store.analysis_counts()
    return {"articles": store.count("articles"), "analysed": analysed, "skipped": skipped}


def coverage_line(cov: dict[str, int]) -> str:
    line = f"{cov['analysed']:,} of {cov['articles']:,} stored articles analysed"
    if cov.get("skipped"):
        line += f" ({cov['skipped']:,} set aside: not English)"
    return line


def build_dyad_brief(
    store: Store,
    a: str,
    b: str,
    *,
    since: str | None = None,
    until: str | None = None,
    interval: str = "month",
    chart: bool = True,
    min_confidence: float | None = None,
) -> dict[str, Any]:
    """The brief's plain data: domains, key events and history, figures, compared stories, framing, shifts, timeline."""
    a, b = a.strip(), b.strip()
    every = dyad_events(store, a, b, since, until)
    min_confidence = default_confidence() if min_confidence is None else min_confidence
    evs, history, uncorroborated = corroborate(store, every, since, min_confidence)
    domains: dict[str, list[dict]] = {}
    for e in evs:
        domains.setdefault(e["domain"] or "other", []).append(e)
    lines = sorted((_domain_line(d, v) for d, v in domains.items()), key=lambda row: (-row["events"], row["domain"]))
    # the timeline and its shifts count what the rest of the brief counts: events at or above the confidence
    q = DyadQuery(a, b, since=since, until=until, interval=interval, by="domain", min_confidence=min_confidence)
    tl = timeline(store, q)
    key_events = sorted(evs, key=lambda e: (-e["sources"], -abs(e["intensity"]), e["date"] or ""))[:12]
    key_events.sort(key=lambda e: (e["date"] or "", e["article_id"], e["start"]))
    article_ids = sorted({e["article_id"] for e in every})
    stories = _compared_stories(store, article_ids)
    brief = {
        "a": a,
        "b": b,
        "since": since,
        "until": until,
        "events": len(evs),
        "articles": len(article_ids),
        "coded_events": len(every),
        "uncorroborated": len(uncorroborated),
        "left_out": {
            "weak": sum(1 for e in uncorroborated if e.get("why") == "weak"),
            "weak_several_sources": sum(1 for e in uncorroborated if e.get("why") == "weak" and e["sources"] >= MIN_SOURCES),
            "question": sum(1 for e in uncorroborated if e.get("why") == "question"),
        },
        "several_sources": sum(1 for e in evs if e["sources"] >= MIN_SOURCES),
        "coverage": coverage(store),
        "corroboration": {"min_sources": MIN_SOURCES, "confidence": min_confidence, "min_direction": MIN_DIRECTION},
        "outlets": sorted({e["outlet"] for e in every if e["outlet"]}),
        "domains": lines,
        "key_events": [
            {k: e.get(k) for k in KEY_EVENT_FIELDS} | {"confidence": e.get("confidence"), "citation": _cite(e)}
            for e in key_events
        ],
        "history": [
            {k: e.get(k) for k in HISTORY_FIELDS} | {"citation": _cite(e)}
            for e in sorted(history, key=lambda e: e["date"] or "")[:8]
        ],
        "figures": _figures(store, article_ids, {a.split(".")[0].upper(), b.split(".")[0].upper()})[:12],
        "stories": stories[:5],
        "framing": _framing(stories[0]) if stories else None,
        "shifts": _shifts(store, q, tl),
        "timeline": tl,
    }
    if chart and tl["periods"]:
        from .charts import timeline_png_base64

        brief["chart_png_base64"] = timeline_png_base64(tl)
    brief["urls"] = cited_urls(store, brief)
    return brief


KEY_EVENT_FIELDS = (
    "date",
    "date_precision",
    "plover_type",
    "cameo_code",
    "intensity",
    "factuality",
    "domain",
    "source",
    "source_name",
    "target",
    "target_name",
    "sources",
    "articles",
    "attributed_to",
)
HISTORY_FIELDS = (
    "date",
    "date_precision",
    "plover_type",
    "cameo_code",
    "factuality",
    "attributed_to",
    "source",
    "source_name",
    "target",
    "target_name",
    "sources",
)


def shift_direction(index: float, change: float) -> str:
    """The words for a move of the index: toward conflict or cooperation when the index ends on that side of zero
    (or crosses it), else only less cooperative / less conflictual: a fall from +4.8 to +2.6 is no move toward
    conflict."""
    if change < 0:
        return "toward conflict" if index < 0 else "less cooperative"
    return "toward cooperation" if index > 0 else "less conflictual"


def _shifts(store: Store, q: DyadQuery, tl: dict[str, Any]) -> list[dict[str, Any]]:
    """The periods where the index moved by ``SHIFT`` or more against the intervals before it, with the event
    types of the period. Both sides of the comparison must hold ``MIN_DIRECTION`` events: a period of three
    events against one event before it is no trend."""
    by_type = {p["period"]: p["by"] for p in timeline(store, replace(q, by="type"))["periods"]}
    shifts = []
    periods = tl["periods"]
    per_period = {p["period"]: p["events"] for p in periods}
    order = [p["period"] for p in periods]
    for t in tl["trend"]:
        i = order.index(t["period"]) if t["period"] in order else -1
        before = sum(per_period[p] for p in order[max(0, i - 3) : i]) if i > 0 else 0
        if (
            t["change"] is not None
            and abs(t["change"]) >= SHIFT
            and per_period.get(t["period"], 0) >= MIN_DIRECTION
            and before >= MIN_DIRECTION
        ):
            types = sorted(by_type.get(t["period"], {}).items(), key=lambda kv: -kv[1]["events"])
            shifts.append(
                {
                    "period": t["period"],
                    "index": t["index"],
                    "change": t["change"],
                    "events": per_period[t["period"]],
                    "events_before": before,
                    "direction": shift_direction(t["index"], t["change"]),
                    "types": {k: v["events"] for k, v in types[:6]},
                    "conflict_types": {k: v["events"] for k, v in types if v["conflictual"]},
                }
            )
    return shifts


def _figures(store: Store, article_ids: list[str], pair: set[str]) -> list[dict[str, Any]]:
    """The figures about the pair, one line per figure, the one most independent sources give first."""
    from ..stories.compare import source_of

    figures: list[dict[str, Any]] = []
    told: dict[tuple, set] = {}  # (kind, unit, value) -> the independent sources that give it
    named: dict[tuple, set] = {}  # (article, sentence start) -> the countries its mentions name
    for m in store.mentions_of(article_ids) if article_ids else ():
        if m.country:
            named.setdefault((m.article_id, m.sentence_start), set()).add(m.country)
    for q in store.quantities_of(article_ids):
        q["sentence_countries"] = named.get((q["article_id"], q["sentence_start"]), set())
        # a figure that names no country counts for the one it matches
        if not q["actors"] or set(q["actors"]) & pair or about_pair(q, pair):
            told.setdefault((q["kind"], q["unit"], round(float(q["value"]), 6)), set()).add(
                source_of(store.get_article(q["article_id"]))
            )
    for q in store.quantities_of(article_ids):
        q["sentence_countries"] = named.get((q["article_id"], q["sentence_start"]), set())
        # a figure about the pair names both sides (in its own actors or its sentence's): "$20 million for Cuba"
        # in a USA-PAK article is a figure about USA and Cuba
        if about_pair(q, pair) and (q["unit"] == "percent" or q["unit"].isupper() or q["kind"] not in ("count",)):
            art = store.get_article(q["article_id"])
            key = (q["kind"], q["unit"], round(float(q["value"]), 6))
            if any(f["key"] == key for f in figures):
                continue  # one line per figure; the line counts its sources
            figures.append(
                {
                    "text": q["text"],
                    "value": q["value"],
                    "unit": q["unit"],
                    "kind": q["kind"],
                    "subject": q["subject"],
                    "actors": q["actors"],
                    "article_id": q["article_id"],
                    "outlet": art.outlet,
                    "start": q["start_char"],
                    "end": q["end_char"],
                    "sentence": " ".join(art.text[q["sentence_start"] : q["sentence_end"]].split()),
                    "key": key,
                }
            )
    for f in figures:
        f["sources"] = len(told[f.pop("key")])
    figures.sort(key=lambda f: -f["sources"])
    return figures


def about_pair(q: dict, pair: set[str]) -> bool:
    """The figure names both countries of the pair, or one of them while its sentence names the other (by the
    stored ``sentence_countries`` when the store gives them, else by the figure's own actors only)."""
    named = set(q.get("actors") or ()) | set(q.get("sentence_countries") or ())
    return len(pair) < 2 or pair <= named


def _compared_stories(store: Store, article_ids: list[str]) -> list[dict[str, Any]]:
    """The stories of these articles told by two sources or more, the one they disagree on most first."""
    from ..stories.compare import compare

    stories = []
    for sid in store.stories_of_articles(article_ids, order="most")[:20]:
        st = store.get_story(sid)
        if not st or len(st.get("outlets") or []) < 2:
            continue
        cmp = compare(store, sid)
        if cmp is None or cmp.get("single_source"):
            continue
        unique = {o: len(v) for o, v in cmp["unique"].items()}
        frames = {o: [f["phrase"] for f in v] for o, v in cmp["frames"].items()}
        disagreement = sum(unique.values()) + 3 * len(cmp["conflicts"])
        stories.append(
            {
                "id": sid,
                "title": st["title"],
                "outlets": cmp["outlets"],
                "start": st.get("start"),
                "end": st.get("end"),
                "agree": len(cmp["agree"]),
                "unique": unique,
                "conflicts": len(cmp["conflicts"]),
                "frames": frames,
                "genre": cmp["genre"],
                "relationship_tone": {o: t.get("relationship") for o, t in cmp["tone"].items()},
                "sources": cmp.get("sources"),
                "by_country": cmp.get("by_country"),
                "disagreement": disagreement,
            }
        )
    stories.sort(key=lambda s: (-s["disagreement"], s["id"]))
    return stories


def _framing(top: dict[str, Any]) -> dict[str, Any]:
    """How the outlets of the most disputed story frame it: the frames only one of them uses."""
    distinct = {
        o: sorted(set(f) - set().union(*(set(g) for p, g in top["frames"].items() if p != o))) for o, f in top["frames"].items()
    }
    return {
        "story_id": top["id"],
        "frames_only_in": distinct,
        "relationship_tone": top["relationship_tone"],
        "genre": top["genre"],
        "by_country": top.get("by_country") or [],
        "differ": any(distinct.values()),
    }


def cited_urls(store: Store, brief: dict[str, Any]) -> dict[str, str]:
    """The original address of each article the brief cites (the renderers link to it beside the dashboard)."""
    cited = {e["citation"]["article_id"] for e in brief["key_events"] + brief["history"]}
    cited |= {f["article_id"] for f in brief["figures"]} | {ev["article_id"] for d in brief["domains"] for ev in d["evidence"]}
    return {i: a.url for i, a in store.get_articles(sorted(cited)).items() if a.url} if cited else {}


def _cite_text(c: dict, urls: dict[str, str] | None = None) -> str:
    """A citation: the outlet linked to the cited sentence in the dashboard, then the original address."""
    from .html import cite_md

    return cite_md(c, urls)


def _n_sources(n: int) -> str:
    from .html import plural

    return plural(n, "source")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _section(title: str, lines: list[str], always: bool = False) -> list[str]:
    """A ``## title`` section of bullet lines; nothing when there are no lines (unless ``always``)."""
    return ["", f"## {title}", "", *lines] if lines or always else []


def when(e: dict) -> str:
    """The event's date, saying so when it is not read from the text but the article's publication date."""
    if not e.get("date"):
        return "undated"
    precision = e.get("date_precision")
    if precision == "publication":
        return f"{e['date']} (publication date)"
    # a month or a year read from the text is no day: "2014", not "2014-01-01"
    return {"month": e["date"][:7], "year": e["date"][:4]}.get(precision or "", e["date"])


def factuality_words(e: dict) -> str:
    """How the event is told: "asserted", "planned", "reported by X" (the one who reports it, when known)."""
    from ..stories.compare_trust import who_reports

    return who_reports(e) or e.get("factuality") or "asserted"


def _event_line(e: dict, cite: Callable[[dict], str], detail: bool = False) -> str:
    """An event: date, sides, type and CAMEO code (``detail``: intensity too), how it is told, sources, its sentence."""
    from ..events.ontology import cameo_words

    c = e["citation"]
    words = cameo_words(e["cameo_code"])  # "AGREE (CAMEO 036 express intent to meet or negotiate)": what AGREE means here
    code = f"CAMEO {e['cameo_code']}" + (f" {words}" if words else "")
    coding = (
        f"{e['plover_type']} ({code}, {e['intensity']:+.1f}) · {factuality_words(e)}"
        if detail
        else (f"{e['plover_type']} ({code}) · {factuality_words(e)}")
    )
    return (
        f"- {when(e)} · {e['source_name'] or e['source']} → {e['target_name'] or e['target']} · "
        f"{coding} · {_n_sources(e['sources'])}: “{c['text']}” {cite(c)}"
    )


def _shift_line(sh: dict) -> str:
    kinds = ", ".join(f"{k} {n}" for k, n in (sh["conflict_types"] if sh["change"] < 0 else sh["types"]).items())
    counts = f"; {sh['events']} events against {sh['events_before']} in the intervals before" if "events_before" in sh else ""
    return (
        f"- {sh['period'][:7]}: {sh['direction']} (index {sh['index']:+.2f}, {sh['change']:+.2f} against the intervals "
        f"before{counts})" + (f": {kinds}" if kinds else "")
    )


def _figure_line(f: dict, cite: Callable[[dict], str]) -> str:
    return (
        f"- **{f['text']}** ({f['kind']}{', ' + f['subject'] if f['subject'] else ''}; {_n_sources(f['sources'])}): "
        f"“{f['sentence']}” {cite(f)}"
    )


def _story_lines(s: dict, dashboard: str) -> list[str]:
    """A story where outlets differ: what they share, what one alone tells, conflicts; then each country's frames."""
    from .html import plural

    uniq = ", ".join(f"{o} {n}" for o, n in s["unique"].items() if n)
    lines = [
        f"- [{s['title']}]({dashboard}/#/story/{s['id']}) ({s['start'] or '?'}; "
        f"{_n_sources(s.get('sources') or len(s['outlets']))}): "
        f"{plural(s['agree'], 'item')} told by two or more sources; only in one source: {uniq or 'none'}; "
        f"{plural(s['conflicts'], 'conflict')} (`attache compare {s['id']}`)"
    ]
    for c in s.get("by_country") or []:
        if c["frames"]:
            lines.append(
                f"  - {_cap(c['label'])} ({', '.join(c['outlets'][:5])}) frame it as: "
                + ", ".join(f"“{f['phrase']}”" for f in c["frames"][:8])
            )
    return lines


def _framing_line(c: dict) -> str:
    tone = f"; tone toward the relationship {c['relationship_tone']:+.1f}" if c.get("relationship_tone") is not None else ""
    return (
        f"- {_cap(c['label'])} ({', '.join(c['outlets'][:6])}): "
        + (", ".join(f"“{f['phrase']}”" for f in c["frames"][:12]) or "no frame")
        + tone
    )


def dyad_markdown(br: dict[str, Any], *, chart: bool = False) -> str:
    """The brief in Markdown; every citation a link. ``chart``: put the embedded timeline chart under its heading
    (for the HTML form, where the Markdown is turned into HTML)."""
    from .html import dashboard, plural

    urls = br.get("urls") or {}
    cite = lambda c: _cite_text(c, urls)
    span = f"{br['since'] or 'start'} to {br['until'] or 'now'}"
    out = [
        f"# {br['a']} – {br['b']}: relationship brief",
        "",
        (
            f"{span} · {plural(br['events'], 'counted event')}"
            + (f" ({br['several_sources']} told by two independent sources or more)" if "several_sources" in br else "")
            + f" in {plural(br['articles'], 'article')} from {', '.join(br['outlets']) or 'no outlet'}"
        ),
    ]
    if br.get("coverage"):
        out += ["", f"Coverage: {coverage_line(br['coverage'])}."]
    cor = br.get("corroboration")
    if cor and "left_out" in br:
        lo = br["left_out"]
        several = f" ({lo['weak_several_sources']} of them told by two sources or more)" if lo["weak_several_sources"] else ""
        out += [
            "",
            (
                f"Counted: events coded with confidence {cor['confidence']:.2f} or more, with their sides found by the "
                f"parse (not by sentence order alone), from sentences that do not ask. Left out: "
                f"{plural(lo['weak'], 'weak event')}{several}, {plural(lo['question'], 'event')} told only in questions; "
                f"{plural(len(br.get('history') or []), 'background event')} listed as history."
            ),
        ]
    elif cor:
        out += [
            "",
            (
                f"Corroborated: told by at least {cor['min_sources']} independent sources, or coded with confidence "
                f"{cor['confidence']:.2f} or more; {plural(br.get('uncorroborated', 0), 'other event')} left out, "
                f"{plural(len(br.get('history') or []), 'background event')} listed as history."
            ),
        ]
    out.append("")
    if not br["events"]:
        return (
            "\n".join(
                out
                + [
                    (
                        "No counted events between these two were found. Analyse more articles (`attache analyze`) "
                        "or widen the dates."
                    )
                ]
            )
            + "\n"
        )
    out += ["## The relationship, domain by domain", ""]
    for d in br["domains"]:
        ev = d["evidence"][0]
        extra = f", {d['planned']} planned" if d["planned"] else ""
        if d["direction"].startswith("too few"):
            head = f"too few events for a direction ({plural(d['events'], 'event')}{extra}; a direction needs {d['min_events']})"
        else:
            head = f"{d['direction']} ({d['strength']}; index {d['index']:+.1f}; {plural(d['events'], 'event')}{extra}"
            head += f": {', '.join(d['types'])})"
        how = factuality_words(ev)
        how = f", {how}" if how != "asserted" else ""
        out.append(
            f"- **{d['domain']}**: {head}. Key evidence ({ev['plover_type']} {ev['source'] or '?'} → {ev['target'] or '?'}"
            f"{how}; {_n_sources(ev['sources'])}): “{ev['text']}” {cite(ev)}"
        )
    fr = br.get("framing") or {}
    out += _section("Shifts", [_shift_line(sh) for sh in br.get("shifts") or []])
    out += _section("Key events", [_event_line(e, cite, detail=True) for e in br["key_events"]], always=True)
    out += _section("History (background the articles recall)", [_event_line(e, cite) for e in br.get("history") or []])
    out += _section("Figures", [_figure_line(f, cite) for f in br["figures"]])
    out += _section("Stories where outlets differ most", [line for st in br["stories"] for line in _story_lines(st, dashboard())])
    out += _section("Framing by outlet country", [_framing_line(c) for c in fr.get("by_country") or []])
    counted = (br.get("timeline") or {}).get("counted") or "every coded event"
    out += ["", f"## Timeline ({counted})", ""]
    if chart and br.get("chart_png_base64"):
        out += [
            (
                f"![timeline by domain: events per {br['timeline']['interval']}, the index as a line]"
                f"(data:image/png;base64,{br['chart_png_base64']})"
            ),
            "",
        ]
    out += ["| period | events | index | cooperative | conflictual | outlets |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for p in br["timeline"]["periods"]:
        idx = f"{p['index']:+.2f}" if p["index"] is not None else "—"
        out.append(
            f"| {p['period']} | {p['events']} | {idx} | {p['cooperative_share']:.0%} | {p['conflictual_share']:.0%} | {p['outlets']} |"
        )
    return "\n".join(out).rstrip() + "\n"


def dyad_html(br: dict[str, Any]) -> str:
    """The brief as one HTML page: the Markdown form through markdown-it-py inside the base template."""
    import html as _html

    from .charts import colour
    from .html import md_to_html, render

    body = md_to_html(dyad_markdown(br, chart=True))
    for d in br["domains"]:  # each domain's line carries its colour from the shared palette, as in the chart
        name = _html.escape(d["domain"])
        body = body.replace(
            f"<li><strong>{name}</strong>:",
            f'<li><span class="swatch" style="background:{colour(d["domain"])}"></span><strong>{name}</strong>:',
            1,
        )
    return render("dyad.html", title=f"{br['a']} – {br['b']}: relationship brief", coverage=None, body=body)


def render_dyad_brief(br: dict[str, Any], fmt: str, dashboard: str | None = None) -> str:
    """``dashboard``: the address citations link to (default $ATTACHE_DASHBOARD or http://127.0.0.1:8000)."""
    from .html import linking_to

    if fmt == "json":
        return json.dumps(br, ensure_ascii=False, indent=2, default=str)
    with linking_to(dashboard):
        return dyad_html(br) if fmt == "html" else dyad_markdown(br)
