"""The relationship brief for two actors: the state of each domain, key events, figures, stories, framing.

``build_dyad_brief`` returns plain data (the JSON form); ``render_dyad_brief``
formats it as Markdown or self-contained HTML (the timeline chart embedded).
Every statement carries its citations: article id, outlet, offsets, sentence.
"""

from __future__ import annotations

import html
import json
from typing import Any

from ..relations import dyad_events, timeline

COOPERATIVE, CONFLICTUAL = 1.0, -1.0  # mean intensity beyond these leans one way
SHIFT = 1.0  # a change of the index this large against the intervals before is a shift


def _cite(e: dict) -> dict:
    return {"article_id": e["article_id"], "outlet": e["outlet"], "start": e["start"], "end": e["end"], "text": e["sentence"]}


def _domain_line(domain: str, evs: list[dict]) -> dict:
    happened = [e for e in evs if e["factuality"] in ("asserted", "reported")]
    basis = happened or evs
    mean = sum(e["intensity"] for e in basis) / len(basis)
    direction = "cooperative" if mean >= COOPERATIVE else "conflictual" if mean <= CONFLICTUAL else "mixed"
    strength = "strong" if len(basis) >= 5 and abs(mean) >= 3 else "moderate" if len(basis) >= 2 else "weak"
    key = sorted(evs, key=lambda e: (-abs(e["intensity"]), e["date"] or "", e["id"]))[:3]
    types = sorted({e["plover_type"] for e in evs})
    planned = sum(1 for e in evs if e["factuality"] in ("planned", "demanded"))
    return {"domain": domain, "direction": direction, "strength": strength, "index": round(mean, 2), "events": len(evs),
            "happened": len(happened), "planned": planned, "types": types,
            "evidence": [{"plover_type": e["plover_type"], "cameo_code": e["cameo_code"], "date": e["date"], "factuality": e["factuality"],
                          "source": e["source"], "target": e["target"], **_cite(e)} for e in key]}


def build_dyad_brief(store, a: str, b: str, *, since: str | None = None, until: str | None = None, interval: str = "month",
                     chart: bool = True) -> dict[str, Any]:
    from ..stories.compare import compare

    a, b = a.strip(), b.strip()
    evs = dyad_events(store, a, b, since, until)
    domains: dict[str, list[dict]] = {}
    for e in evs:
        domains.setdefault(e["domain"] or "other", []).append(e)
    lines = sorted((_domain_line(d, v) for d, v in domains.items()), key=lambda l: (-l["events"], l["domain"]))
    tl = timeline(store, a, b, since=since, until=until, interval=interval, by="domain")
    by_type = {p["period"]: p["by"] for p in timeline(store, a, b, since=since, until=until, interval=interval, by="type")["periods"]}
    shifts = []
    for t in tl["trend"]:
        if t["change"] is not None and abs(t["change"]) >= SHIFT:
            types = sorted(by_type.get(t["period"], {}).items(), key=lambda kv: -kv[1]["events"])
            shifts.append({"period": t["period"], "index": t["index"], "change": t["change"],
                           "direction": "toward conflict" if t["change"] < 0 else "toward cooperation",
                           "types": {k: v["events"] for k, v in types[:6]},
                           "conflict_types": {k: v["events"] for k, v in types if v["conflictual"]}})
    key_events = sorted(evs, key=lambda e: (-abs(e["intensity"]), e["date"] or ""))[:12]
    key_events.sort(key=lambda e: (e["date"] or "", e["article_id"], e["start"]))
    article_ids = sorted({e["article_id"] for e in evs})
    pair = {a.split(".")[0].upper(), b.split(".")[0].upper()}
    figures = []
    for q in store.quantities_of(article_ids):
        if set(q["actors"]) & pair and (q["unit"] == "percent" or q["unit"].isupper() or q["kind"] not in ("count",)):
            art = store.get_article(q["article_id"])
            figures.append({"text": q["text"], "value": q["value"], "unit": q["unit"], "kind": q["kind"], "subject": q["subject"],
                            "actors": q["actors"], "article_id": q["article_id"], "outlet": art.outlet, "start": q["start_char"],
                            "end": q["end_char"], "sentence": " ".join(art.text[q["sentence_start"]:q["sentence_end"]].split())})
    story_ids = [r[0] for r in store.con.execute(
        "SELECT story_id FROM story_members WHERE list_contains(?, article_id) GROUP BY story_id ORDER BY count(*) DESC, story_id",
        [article_ids]).fetchall()] if article_ids else []
    stories = []
    for sid in story_ids[:20]:
        st = store.get_story(sid)
        if not st or len(st.get("outlets") or []) < 2:
            continue
        cmp = compare(store, sid)
        unique = {o: len(v) for o, v in cmp["unique"].items()}
        frames = {o: [f["phrase"] for f in v] for o, v in cmp["frames"].items()}
        disagreement = sum(unique.values()) + 3 * len(cmp["conflicts"])
        stories.append({"id": sid, "title": st["title"], "outlets": cmp["outlets"], "start": st.get("start"), "end": st.get("end"),
                        "agree": len(cmp["agree"]), "unique": unique, "conflicts": len(cmp["conflicts"]), "frames": frames,
                        "genre": cmp["genre"], "relationship_tone": {o: t.get("relationship") for o, t in cmp["tone"].items()},
                        "disagreement": disagreement})
    stories.sort(key=lambda s: (-s["disagreement"], s["id"]))
    framing = None
    if stories:
        top = stories[0]
        distinct = {o: sorted(set(f) - set().union(*(set(g) for p, g in top["frames"].items() if p != o))) for o, f in top["frames"].items()}
        framing = {"story_id": top["id"], "frames_only_in": distinct, "relationship_tone": top["relationship_tone"], "genre": top["genre"],
                   "differ": any(distinct.values())}
    brief = {"a": a, "b": b, "since": since, "until": until, "events": len(evs), "articles": len(article_ids),
             "outlets": sorted({e["outlet"] for e in evs if e["outlet"]}), "domains": lines,
             "key_events": [{k: e[k] for k in ("date", "plover_type", "cameo_code", "intensity", "factuality", "domain", "source",
                                              "source_name", "target", "target_name")} | {"citation": _cite(e)} for e in key_events],
             "figures": figures[:12], "stories": stories[:5], "framing": framing, "shifts": shifts, "timeline": tl}
    if chart and tl["periods"]:
        from .charts import timeline_png_base64

        brief["chart_png_base64"] = timeline_png_base64(tl)
    return brief


def _cite_text(c: dict) -> str:
    return f"[{c.get('outlet') or ''} `{c['article_id']}` {c['start']}-{c['end']}]".replace("[ ", "[")


def dyad_markdown(br: dict[str, Any]) -> str:
    span = f"{br['since'] or 'start'} to {br['until'] or 'now'}"
    out = [f"# {br['a']} – {br['b']}: relationship brief", "",
           f"{span} · {br['events']} events in {br['articles']} articles from {', '.join(br['outlets']) or 'no outlet'}", ""]
    if not br["events"]:
        return "\n".join(out + ["No events between these two were found. Analyse more articles (`attache analyze`) or widen the dates."]) + "\n"
    out += ["## The relationship, domain by domain", ""]
    for d in br["domains"]:
        ev = d["evidence"][0]
        extra = f", {d['planned']} planned" if d["planned"] else ""
        out.append(f"- **{d['domain']}**: {d['direction']} ({d['strength']}; index {d['index']:+.1f}; {d['events']} events{extra}: "
                   f"{', '.join(d['types'])}). Key evidence: “{ev['text']}” {_cite_text(ev)}")
    if br.get("shifts"):
        out += ["", "## Shifts", ""]
        for sh in br["shifts"]:
            kinds = ", ".join(f"{k} {n}" for k, n in (sh["conflict_types"] if sh["change"] < 0 else sh["types"]).items())
            out.append(f"- {sh['period'][:7]}: {sh['direction']} (index {sh['index']:+.2f}, {sh['change']:+.2f} against the intervals before)"
                       + (f": {kinds}" if kinds else ""))
    out += ["", "## Key events", ""]
    for e in br["key_events"]:
        c = e["citation"]
        out.append(f"- {e['date'] or 'undated'} · {e['source_name'] or e['source']} → {e['target_name'] or e['target']} · "
                   f"{e['plover_type']} (CAMEO {e['cameo_code']}, {e['intensity']:+.1f}) · {e['factuality']}: “{c['text']}” {_cite_text(c)}")
    if br["figures"]:
        out += ["", "## Figures", ""]
        for f in br["figures"]:
            out.append(f"- **{f['text']}** ({f['kind']}{', ' + f['subject'] if f['subject'] else ''}): “{f['sentence']}” {_cite_text(f)}")
    if br["stories"]:
        out += ["", "## Stories where outlets differ most", ""]
        for s in br["stories"]:
            uniq = ", ".join(f"{o} {n}" for o, n in s["unique"].items())
            out.append(f"- `{s['id']}` {s['title']} ({s['start'] or '?'}): {s['agree']} facts shared; only in one outlet: {uniq}; "
                       f"{s['conflicts']} conflicts (`attache compare {s['id']}`)")
            for o, frames in s["frames"].items():
                if frames:
                    out.append(f"  - {o} ({s['genre'].get(o) or '?'}) frames it as: " + ", ".join(f"“{f}”" for f in frames[:8]))
    fr = br.get("framing")
    if fr and fr["differ"]:
        out += ["", "## Framing", "", "The outlets frame the relationship differently:"]
        for o, only in fr["frames_only_in"].items():
            tone = fr["relationship_tone"].get(o)
            out.append(f"- {o} ({fr['genre'].get(o) or '?'}): " + (", ".join(f"“{f}”" for f in only[:20]) or "no frame of its own")
                       + (f"; tone toward the relationship {tone:+.1f}" if tone is not None else ""))
    out += ["", "## Timeline", "", "| period | events | index | cooperative | conflictual | outlets |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for p in br["timeline"]["periods"]:
        out.append(f"| {p['period']} | {p['events']} | {p['index']:+.2f} | {p['cooperative_share']:.0%} | {p['conflictual_share']:.0%} | {p['outlets']} |")
    return "\n".join(out).rstrip() + "\n"


def dyad_html(br: dict[str, Any]) -> str:
    from .stories import _STYLE

    md = dyad_markdown(br)
    body = []
    for line in md.splitlines():
        if line.startswith("# "):
            body.append(f"<h1>{html.escape(line[2:])}</h1>")
        elif line.startswith("## "):
            body.append(f"<h2>{html.escape(line[3:])}</h2>")
            if line[3:] == "Timeline" and br.get("chart_png_base64"):
                body.append(f"<img alt='timeline by domain' style='max-width:100%' src='data:image/png;base64,{br['chart_png_base64']}'>")
        elif line.startswith("  - "):
            body.append(f"<ul><li>{_inline(line[4:])}</li></ul>")
        elif line.startswith("- "):
            body.append(f"<ul><li>{_inline(line[2:])}</li></ul>")
        elif line.startswith("| ") and "---" not in line:
            cells = [c.strip() for c in line.strip("|").split("|")]
            tag = "th" if cells[0] == "period" else "td"
            body.append("<table><tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in cells) + "</tr></table>")
        elif line.strip() and "---" not in line:
            body.append(f"<p>{_inline(line)}</p>")
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(br['a'])} – {html.escape(br['b'])}</title>"
            f"<style>{_STYLE}</style></head><body>" + "\n".join(body) + "</body></html>")


def _inline(text: str) -> str:
    import re

    e = html.escape(text)
    e = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", e)
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", e)


def render_dyad_brief(br: dict[str, Any], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(br, ensure_ascii=False, indent=2, default=str)
    return dyad_html(br) if fmt == "html" else dyad_markdown(br)
