"""The corpus brief printed by ``attache analyze`` and ``attache demo``.

``build_brief`` reads the store and returns plain data (the JSON form);
the renderers only format it. Later stages add sibling keys to the JSON
(actors, events, stories, ...); the key names here are a public interface.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from ..actors.kb import load_roles
from ..links import safe_link as _safe_link
from ..model import Article
from ..store.interface import Store

SECTOR_NAMES = load_roles().sectors
MAX_COMPARISONS = 20  # the biggest stories told by several outlets; `attache compare` does any other
ARTICLE_KEYS = ("id", "url", "outlet", "title", "author", "published", "language", "genre", "text", "paragraphs")


def article_json(a: Article) -> dict[str, Any]:
    d = a.to_dict()
    out = {k: d[k] for k in ARTICLE_KEYS}
    out["paragraphs"] = [{"start": p["start"], "end": p["end"], "kind": p["kind"]} for p in d["paragraphs"]]
    out["subtitle"] = a.subtitle
    out["headings"] = d["headings"]
    return out


def build_brief(
    store: Store,
    article_ids: Sequence[str] | None = None,
    *,
    summary: Any = None,
    include_articles: bool = True,
    max_articles: int | None = None,
) -> dict[str, Any]:
    """Counts per outlet, month and language, ingest outcome, and the articles."""
    ids = list(dict.fromkeys(article_ids)) if article_ids is not None else None
    brief: dict[str, Any] = {
        "counts": {
            "articles": len(ids) if ids is not None else store.count("articles"),
            "by_outlet": dict(sorted(store.article_counts("outlet", ids), key=lambda kv: (-kv[1], kv[0]))),
            "by_month": dict(store.article_counts("month", ids)),
            "by_language": dict(sorted(store.article_counts("language", ids), key=lambda kv: (-kv[1], kv[0]))),
        }
    }
    from .dyad import coverage

    brief["coverage"] = coverage(store)
    top = top_actors(store, ids)
    if top:
        brief["counts"]["top_actors"] = top
    if summary is not None:
        brief["ingest"] = {
            "new": summary.new,
            "duplicate": summary.duplicate,
            "failed": summary.failed,
            "skipped": summary.skipped,
            "seconds": round(summary.seconds, 2),
            "problems": [{"uri": p.uri, "stage": p.stage, "reason": p.reason} for p in summary.problems],
            "warnings": summary.warnings,
        }
    if include_articles:
        chosen = ids if ids is not None else [r["id"] for r in store.list_articles(limit=max_articles or 10**9)]
        if max_articles is not None:
            chosen = chosen[:max_articles]
        brief["articles"] = [article_json(store.get_article(i)) for i in chosen]
        mentions = store.mentions_of(chosen)
        brief["mentions"] = [m.to_dict() for m in mentions]
        brief["actors"] = actors_json(store, mentions)
        texts = {a["id"]: a["text"] for a in brief["articles"]}
        brief["events"] = [event_json(row, texts.get(row["article_id"])) for row in store.events_of(chosen)]
        add_facts_and_stories(store, brief, chosen)
    return brief


def _offsets(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    out["start"], out["end"] = out.pop("start_char"), out.pop("end_char")
    return out


def add_facts_and_stories(store: Store, brief: dict[str, Any], ids: Sequence[str]) -> None:
    """Quantities, claims, genre and tone per article; the stories these articles belong to, and how outlets compare."""
    from ..stories.compare import compare

    facts = store.facts_of(ids)
    for a in brief["articles"]:
        f = facts.get(a["id"])
        if f:
            a["genre"], a["genre_cues"] = f["genre"], f["genre_cues"]
            a["tone"] = {k: f[k] for k in ("tone", "positive", "negative", "polarity")}
            a["actor_tone"] = f["actor_tone"]
    brief["quantities"] = [_offsets(q) for q in store.quantities_of(ids)]
    brief["claims"] = [_offsets(c) for c in store.claims_of(ids)]
    story_ids = store.stories_of_articles(ids, order="placed")
    stories = [st for st in (store.get_story(s) for s in story_ids) if st]
    brief["stories"] = stories
    shared = sorted((st for st in stories if len(st.get("outlets") or []) > 1), key=lambda st: (-len(st["articles"]), st["id"]))
    brief["comparisons"] = [c for c in (compare(store, st["id"]) for st in shared[:MAX_COMPARISONS]) if c]


def event_json(row: dict[str, Any], text: str | None = None) -> dict[str, Any]:
    """A stored event row in the public nested shape (source/target objects, offsets, evidence)."""

    def party(prefix: str) -> dict[str, Any] | None:
        if not row.get(f"{prefix}_actor"):
            return None
        return {
            "actor_id": row[f"{prefix}_actor"],
            "name": row[f"{prefix}_name"],
            "country": row[f"{prefix}_country"],
            "sector": row[f"{prefix}_sector"],
            "span": row.get(f"{prefix}_span"),
        }

    out = {
        k: row[k]
        for k in (
            "id",
            "article_id",
            "plover_type",
            "plover_mode",
            "cameo_code",
            "cameo_root",
            "quad_class",
            "intensity",
            "date_text",
            "date_precision",
            "location",
            "domain",
            "factuality",
            "factuality_cue",
            "attributed_to",
            "confidence",
        )
    }
    out.update(
        {
            "sentence": {"start": row["sentence_start"], "end": row["sentence_end"]},
            "trigger": {"start": row["trigger_start"], "end": row["trigger_end"], "text": row["trigger_text"]},
            "source": party("source"),
            "target": party("target"),
            "date": row["event_date"],
            "symmetric": bool(row["is_symmetric"]),
            "evidence": row["evidence"],
            "outlet": row.get("outlet"),
            "participants": row.get("participants") or [],
        }
    )
    if text is not None:
        out["sentence"]["text"] = text[row["sentence_start"] : row["sentence_end"]]
    return out


def top_actors(store: Store, ids: Sequence[str] | None, limit: int = 15) -> list[dict[str, Any]]:
    """The most mentioned resolved actors (parser-only names left out)."""
    out = store.top_actors(ids, limit)
    for row in out:
        if re.fullmatch(r"[A-Z]{3}\.[A-Z]{3}", row["id"]):  # a collective: a country's government, military, ...
            row["name"] = f"{row['country']} {SECTOR_NAMES.get(row['sector'], row['sector'])} (collective)"
    return out


def actors_json(store: Store, mentions: Sequence[Any]) -> list[dict[str, Any]]:
    """Each distinct actor of the mentions, with its roles and how often it is mentioned."""
    counts: dict[str, int] = {}
    first: dict[str, Any] = {}
    for m in mentions:
        if m.actor_id:
            counts[m.actor_id] = counts.get(m.actor_id, 0) + 1
            first.setdefault(m.actor_id, m)
    known = {a.id: a for a in store.load_actors(source_prefix=None)} if counts else {}
    out = []
    for actor_id, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        m = first[actor_id]
        a = known.get(actor_id)
        if a is not None:
            out.append(
                {
                    "id": a.id,
                    "name": a.name,
                    "kind": a.kind,
                    "country": a.country,
                    "sector": a.sector,
                    "roles": [r.__dict__ for r in a.roles],
                    "source": a.source,
                    "mentions": n,
                }
            )
        else:
            out.append(
                {
                    "id": actor_id,
                    "name": m.name,
                    "kind": m.kind,
                    "country": m.country,
                    "sector": m.sector,
                    "roles": [{"title": m.role, "sector": m.sector, "country": m.country}] if m.role else [],
                    "source": m.how,
                    "mentions": n,
                }
            )
    return out


def render(brief: dict[str, Any], fmt: str = "md") -> str:
    if fmt == "json":
        return json.dumps(brief, ensure_ascii=False, indent=2, default=str)
    if fmt == "md":
        return _markdown(brief)
    if fmt == "html":
        return _html(brief)
    raise ValueError(f"unknown format {fmt!r}: use md, json or html")


def _snippet(text: str, n: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rsplit(" ", 1)[0] + "…"


def _markdown(brief: dict[str, Any]) -> str:
    c = brief["counts"]
    from .html import plural

    out = ["# attache brief", "", f"**{plural(c['articles'], 'article')}**", ""]
    cov = brief.get("coverage")
    if cov:
        from .dyad import coverage_line

        out += [
            f"Coverage: {coverage_line(cov)}; everything below about actors, events, stories and comparisons comes from "
            f"the {cov['analysed']:,} analysed.",
            "",
        ]
    if brief.get("ingest"):
        out += _ingest_lines(brief["ingest"])
    if c.get("top_actors"):
        out += _top_actor_lines(c["top_actors"], brief.get("analysis", {}).get("articles"))
    for title, key in (("Outlets", "by_outlet"), ("Languages", "by_language"), ("Months", "by_month")):
        out += [f"## {title}", "", f"| {title[:-1].lower()} | articles |", "| --- | ---: |"]
        out += [f"| {k} | {v} |" for k, v in c[key].items()]
        out.append("")
    by_article: dict[str, list[dict]] = {}
    for m in brief.get("mentions", []):
        by_article.setdefault(m["article_id"], []).append(m)
    if brief.get("comparisons"):
        from .stories import comparison_markdown

        for cmp in brief["comparisons"]:
            out += [
                line.replace("# ", "## ", 1)
                if line.startswith("# ")
                else line.replace("## ", "### ", 1)
                if line.startswith("## ")
                else line
                for line in comparison_markdown(cmp).splitlines()
            ] + [""]
    for a in brief.get("articles", []):
        events = [e for e in brief.get("events", []) if e["article_id"] == a["id"]]
        out += _article_lines(a, by_article.get(a["id"], []), events)
    return "\n".join(out).rstrip() + "\n"


def _ingest_lines(ing: dict[str, Any]) -> list[str]:
    """The ingest outcome and its problems (the first 50)."""
    from .html import plural

    out = [
        f"Ingest: {ing['new']} new, {plural(ing['duplicate'], 'duplicate')}, {ing['failed']} failed"
        + (f", {ing['skipped']} skipped" if ing["skipped"] else "")
        + f" in {ing['seconds']} s",
        "",
    ]
    if ing["problems"]:
        out += ["## Problems", ""] + [f"- `{p['uri']}` ({p['stage']}): {p['reason']}" for p in ing["problems"][:50]]
        if len(ing["problems"]) > 50:
            out.append(f"- ... and {len(ing['problems']) - 50} more")
        out.append("")
    return out


def _top_actor_lines(top: list[dict[str, Any]], analysed: int | None) -> list[str]:
    out = [
        "## Most mentioned actors" + (f" (in {analysed} analysed articles)" if analysed else ""),
        "",
        "| actor | country | sector | mentions | articles |",
        "| --- | --- | --- | ---: | ---: |",
    ]
    out += [f"| {t['name']} | {t['country'] or ''} | {t['sector'] or ''} | {t['mentions']} | {t['articles']} |" for t in top]
    out.append("")
    return out


def _article_lines(a: dict[str, Any], mentions: list[dict], events: list[dict]) -> list[str]:
    """One article: its facts, subtitle, sections, opening, actors, events and address."""
    out = [f"## {a['title'] or '(untitled)'}", ""]
    facts = [f"`{a['id']}`", a["outlet"] or "outlet unknown", a["published"] or "date unknown"]
    if a["author"]:
        facts.append(f"by {a['author']}")
    facts.append(f"language {a['language'] or '?'}")
    if a.get("genre"):
        facts.append(a["genre"])
    if a.get("tone"):
        facts.append(f"tone {a['tone']['tone']:+.1f}")
    out += [" · ".join(facts), ""]
    if a.get("subtitle"):
        out += [f"> {a['subtitle']}", ""]
    if a.get("headings"):
        out += ["Sections: " + " / ".join(h["text"] for h in a["headings"]), ""]
    out += [_snippet(a["text"]), ""]
    actor_lines = _actor_lines(mentions)
    if actor_lines:
        out += ["**Actors**", ""] + actor_lines + [""]
    event_lines = _event_lines(events)
    if event_lines:
        out += ["**Events**", ""] + event_lines + [""]
    if a["url"]:
        out += [f"<{a['url']}>", ""]
    return out


def _party_text(p: dict | None) -> str:
    if not p:
        return "?"
    name = p["name"] or p["actor_id"]
    who = " ".join(x for x in (p["country"], p["sector"]) if x)
    return f"{name} ({who})" if who and who not in name else name


def _trust_note(e: dict, threshold: float) -> str:
    """The note (weak: ..., asked in a question) for an event of the public shape the brief should not read as a fact."""
    from ..stories.compare_trust import asks, weakness

    flat = {
        "confidence": e.get("confidence"),
        "source_span": (e.get("source") or {}).get("span"),
        "target_span": (e.get("target") or {}).get("span"),
    }
    notes = []
    if asks((e.get("sentence") or {}).get("text")):
        notes.append("asked in a question, not told")
    why = weakness(flat, threshold)
    if why:
        notes.append(f"weak: {why}")
    return "".join(f" · {n}" for n in notes)


def _event_lines(events: list[dict], limit: int = 20) -> list[str]:
    from ..stories.compare_trust import default_threshold

    threshold = default_threshold()
    lines = []
    for e in events[:limit]:
        arrow = "↔" if e["symmetric"] else "→"
        mode = f"/{e['plover_mode']}" if e["plover_mode"] else ""
        when = e["date"] or "undated"
        if e["date_precision"] not in ("day", "unknown"):
            when += f" ({e['date_precision']})"
        quote = _snippet(e["sentence"].get("text", ""), 140) if e.get("sentence") else ""
        lines.append(
            f"- {when} · {_party_text(e['source'])} {arrow} {_party_text(e['target'])} · {e['plover_type']}{mode} "
            f"(CAMEO {e['cameo_code']}, {e['intensity']:+.1f}) · {e['factuality']} · {e['domain']}"
            + _trust_note(e, threshold)
            + (f" · “{quote}”" if quote else "")
        )
    if len(events) > limit:
        lines.append(f"- ... and {len(events) - limit} more")
    return lines


def _actor_lines(mentions: list[dict], limit: int = 15) -> list[str]:
    """One line per actor: name, country, sector, role, how resolved, how often."""
    seen: dict[str, dict] = {}
    counts: dict[str, int] = {}
    for m in mentions:
        key = m["actor_id"] or m["text"]
        counts[key] = counts.get(key, 0) + 1
        if key not in seen or (seen[key]["how"] == "context" and m["how"] != "context"):
            seen[key] = m
    lines = []
    for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]:
        m = seen[key]
        facts = " ".join(x for x in (m["country"], m["sector"]) if x) or "?"
        role = f", {m['role']}" if m["role"] and m["role"] not in ("adjective",) else ""
        lines.append(f"- {m['name'] or m['text']} ({facts}{role}) · {m['how']} · {n}×")
    if len(counts) > limit:
        lines.append(f"- ... and {len(counts) - limit} more")
    return lines


def _html(brief: dict[str, Any]) -> str:
    """The corpus brief as one HTML page (template ``brief.html``); comparisons through their Markdown form."""
    from .html import md_to_html, render
    from .stories import comparison_markdown

    comparisons = [md_to_html(comparison_markdown(c).replace("# ", "### ", 1)) for c in brief.get("comparisons") or []]
    events: dict[str, list[dict]] = {}
    for ev in brief.get("events", []):
        events.setdefault(ev["article_id"], []).append(ev)
    return render(
        "brief.html",
        title="attache brief",
        brief=brief,
        c=brief["counts"],
        coverage=brief.get("coverage"),
        comparisons=comparisons,
        events=events,
        safe_link=_safe_link,
        tables=[
            ("Outlets", "outlet", brief["counts"]["by_outlet"]),
            ("Languages", "language", brief["counts"]["by_language"]),
            ("Months", "month", brief["counts"]["by_month"]),
        ],
    )
