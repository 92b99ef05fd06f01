"""Stories and comparisons for people: Markdown and self-contained HTML (JSON is the data itself)."""

from __future__ import annotations

import json
from typing import Any

QUESTIONS = ("who", "what", "when", "where", "why", "how")


def _cite(c: dict) -> str:
    """A citation: the outlet linked to the cited sentence in the dashboard (and to the original when known)."""
    from .html import cite_md

    return cite_md(c)


SCREEN = 12  # items per section shown by default: about a screenful; `--all` shows the rest


def _num(v: float) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(v) >= size:
            return f"{v / size:g} {word}"
    return f"{v:,.10g}" if abs(v) >= 10000 else f"{v:g}"


def _told(i: dict) -> str:
    n, a = i.get("sources"), i.get("articles")
    if n is None or (n == 1 and (a or 1) == 1):
        return ""
    return f" ({n} source{'s' if n != 1 else ''}" + (f", {a} articles" if a and a != n else "") + ")"


def _item_line(i: dict) -> str:
    cites = " ".join(_cite(c) for c in i.get("citations", [])[:4])
    if i["kind"] == "event":
        head = (
            f"**{i['plover_type']}** (CAMEO {i['cameo_code']}) {_side(i, 'source')} → {_side(i, 'target')}, "
            f"{i.get('reported') or i['factuality']}"
        )
        if i.get("date"):
            head += f", {i['date']}" + (" (publication date)" if i.get("date_is_publication") else "")
            head += " (background)" if i.get("background") else ""
        if i.get("weak"):
            head += f", weak: {i['weak']}"
    elif i["kind"] == "quantity":
        if i.get("by_value"):
            vals = " vs ".join(f"{_num(v['value'])}{_told(v)}" for v in i["by_value"][:6])
            vals += f" and {len(i['by_value']) - 6} more values" if len(i["by_value"]) > 6 else ""
        else:
            vals = " vs ".join(_num(v) for v in i["values"])
        head = f"**{vals} {_unit(i)}** ({i['quantity_kind']}) {_subject(i)}".rstrip()
    elif i["kind"] == "actor":
        head = f"**{i['name']}** (`{i['actor_id']}`) appears"
    elif i.get("speaker") and (i.get("speaker_word") or "").lower() in ("i", "we"):
        # a first person resolved to its speaker keeps its own words: "Vladimir Putin hope" would misquote him
        word = "I" if i["speaker_word"].lower() == "i" else i["speaker_word"].lower()
        head = f"**{i['speaker']}** (“{word} {i.get('verb')}”)"
    elif i.get("speaker"):
        head = f"**{i['speaker']}** {i.get('verb')}"
    else:  # a pronoun the comparison could not resolve: no speaker rather than "I" or "he"
        head = f"An unnamed speaker {i.get('verb')}"
    if not i.get("by_value"):
        head += _told(i)
    text = " ".join((i.get("text") or "").split())
    if len(text) > 220:
        text = text[:219].rsplit(" ", 1)[0] + "…"
    return f"- {head}: “{text}” {cites}"


def _side(i: dict, which: str) -> str:
    """A side of a compared event: its actor's name with the country ("Mohammad Sharifullah (AFG)"), the country
    alone when the name is the country's, "?" when unknown."""
    country, name = i.get(which), i.get(f"{which}_name")
    if not name:
        return country or "?"
    return f"{name} ({country})" if country and country not in name else name


def _unit(i: dict) -> str:
    """The unit as read: plural after any value but one ("2 nations", "46 missions"), as stored otherwise."""
    unit = i["unit"]
    if unit in ("count", "percent") or unit.isupper() or not unit.isalpha():
        return unit
    plural = any(abs(v) != 1 for v in i.get("values") or ())
    return unit + "s" if plural and not unit.endswith("s") else unit


def _subject(i: dict) -> str:
    """The measured thing, unless it only repeats the unit ("2 nations (count) nations")."""
    subject = (i.get("subject") or "").strip()
    return "" if subject.lower() in (i["unit"].lower(), _unit(i).lower()) else subject


def _cut(lines: list[str], limit: int | None, what: str = "items") -> list[str]:
    if limit is None or len(lines) <= limit:
        return lines
    return lines[:limit] + [f"- ... and {len(lines) - limit} more {what} (`--all` shows them)"]


def _sources_line(cmp: dict[str, Any]) -> str:
    n, a = cmp.get("sources", len(cmp["outlets"])), cmp.get("articles")
    copies = [g for g in cmp.get("source_groups", []) if g.get("syndicated")]
    k = len(cmp["outlets"])
    line = (
        f"{n} independent source{'s' if n != 1 else ''}"
        + (f" in {a} article{'s' if a != 1 else ''}" if a else "")
        + f" from {k} outlet{'s' if k != 1 else ''}"
    )
    if copies:
        line += "; copies counted once: " + "; ".join(
            f"{g.get('origin') or g['label']} ({len(g['articles'])} articles: {', '.join(g['outlets'][:5])}"
            + (", ..." if len(g["outlets"]) > 5 else "")
            + ")"
            for g in copies[:5]
        )
    return line


def story_markdown(story: dict[str, Any]) -> str:
    from .html import article_link, plural

    out = [
        f"# {story.get('title') or story['id']}",
        "",
        f"Story `{story['id']}` · {plural(len(story['articles']), 'article')} · {story.get('start') or '?'} to "
        f"{story.get('end') or '?'} · " + ", ".join(story.get("outlets") or []),
        "",
    ]
    if story.get("actors"):
        out += ["Main actors: " + ", ".join(story["actors"]), ""]
    out += ["## Main event (5W1H)", "", "| question | answer | from |", "| --- | --- | --- |"]
    for q in QUESTIONS:
        a = (story.get("fivew1h") or {}).get(q)
        if a:
            src = _cite(a) if a.get("article_id") else (a.get("in") or "")
            out.append(f"| {q} | {_cell(a['text'])} | {src} |")
        else:
            out.append(f"| {q} | — | |")
    out += ["", "## Summary", ""]
    outlets = {m["id"]: m.get("outlet") for m in story.get("members") or []}
    out += [f"- {s['text']} {_cite({'outlet': outlets.get(s['article_id']), **s})}" for s in story.get("summary") or []]
    if story.get("members"):
        out += ["", "## Articles", ""]
        out += [
            f"- {m.get('published') or 'undated'} · {m.get('outlet') or '?'} · "
            f"[{_cell(m.get('title') or '(untitled)')}]({article_link(m['id'])}) ({m.get('genre') or '?'})"
            + (f" ([original]({m['link']}))" if m.get("link") else "")
            for m in story["members"]
        ]
    return "\n".join(out).rstrip() + "\n"


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell or link label."""
    return " ".join(str(text).split()).replace("|", "\\|").replace("[", "(").replace("]", ")")


def comparison_markdown(cmp: dict[str, Any], show_all: bool = False) -> str:
    limit = None if show_all else SCREEN
    out = [
        f"# How outlets told it: {cmp.get('title') or cmp['story_id']}",
        "",
        f"Story `{cmp['story_id']}` · outlets: " + ", ".join(cmp["outlets"]),
        "",
        _sources_line(cmp),
        "",
    ]
    if cmp.get("single_source"):
        out += ["Only one independent source tells this story: there is nothing to compare."]
        return "\n".join(out).rstrip() + "\n"
    agree = [_item_line(i) for i in cmp["agree"]]
    out += (
        ["## Told by at least two independent sources", ""]
        + (_cut(agree, limit) or ["- no event or figure is told by two sources"])
        + [""]
    )
    if cmp["conflicts"]:
        out += (
            ["## Conflicts (one subject, different values)", ""] + _cut([_item_line(i) for i in cmp["conflicts"]], limit) + [""]
        )
    only = sorted(((o, items) for o, items in cmp["unique"].items() if items), key=lambda kv: (-len(kv[1]), kv[0]))
    quiet = [o for o, items in cmp["unique"].items() if not items]
    out += ["## Only in one source", ""]
    if not only:
        out.append("- every item is told by at least two sources")
    for k, (o, items) in enumerate(only):
        if limit is not None and k == limit:
            out += [f"- ... and {len(only) - k} more sources with items of their own (`--all` shows them)", ""]
            break
        genre = (cmp.get("genre") or {}).get(o)
        out += [f"### Only in {o}" + (f" ({genre})" if genre else ""), ""]
        out += _cut([_item_line(i) for i in items], None if limit is None else max(3, limit // 2)) + [""]
    if quiet:
        out += ["Nothing of their own: " + ", ".join(quiet)]
    out += ["", "## Frames and tone by outlet country", ""]
    for c in cmp.get("by_country") or []:
        frames = c["frames"] if show_all else c["frames"][:SCREEN]
        several = len(c["outlets"]) > 1
        phrases = (
            ", ".join(
                f"“{f['phrase']}”"
                + (f" ({', '.join(f['outlets'][:3])}{', ...' if len(f['outlets']) > 3 else ''})" if several else "")
                for f in frames
            )
            or "no frame"
        )
        more = f", ... and {len(c['frames']) - len(frames)} more" if len(frames) < len(c["frames"]) else ""
        tone = f"; tone toward the relationship {c['relationship_tone']:+.2f}" if c.get("relationship_tone") is not None else ""
        out.append(
            f"- **{c['label'][0].upper() + c['label'][1:]}** ({', '.join(c['outlets'][:6])}{', ...' if len(c['outlets']) > 6 else ''}; "
            f"{c['sources']} source{'s' if c['sources'] != 1 else ''}): {phrases}{more}{tone}"
        )
    per_outlet = []
    for o in cmp["outlets"]:
        frames = cmp["frames"].get(o) or []
        scores = cmp["tone"].get(o) or {}
        if frames or scores:
            per_outlet.append(
                f"- {o}: "
                + (", ".join(f"“{f['phrase']}”" for f in frames[:SCREEN]) or "no frame")
                + ("; tone " + ", ".join(f"{k} {v:+.2f}" for k, v in scores.items()) if scores else "")
            )
    if per_outlet:
        out += ["", "### Frames and tone by outlet", ""] + _cut(per_outlet, limit, "outlets")
    return "\n".join(out).rstrip() + "\n"


def _item_html(i: dict) -> str:
    """One comparison item as HTML: its Markdown line through markdown-it-py (bold, code, links; no raw backticks)."""
    from .html import md_inline

    return md_inline(_item_line(i)[2:])


def comparison_html(cmp: dict[str, Any], show_all: bool = False) -> str:
    from .html import render

    limit = None if show_all else SCREEN
    half = None if limit is None else max(3, limit // 2)
    by_country = [
        {**c, "label": c["label"][:1].upper() + c["label"][1:], "frames": c["frames"][: limit or None]}
        for c in cmp.get("by_country") or []
    ]
    columns = [
        {
            "outlet": o,
            "genre": (cmp.get("genre") or {}).get(o) or "",
            "items": cmp["unique"].get(o, []),
            "frames": cmp["frames"].get(o) or [],
            "tone": cmp["tone"].get(o) or {},
        }
        for o in cmp["outlets"]
    ]
    return render(
        "comparison.html",
        title=f"How outlets told it: {cmp.get('title') or cmp['story_id']}",
        cmp=cmp,
        sources_line=_sources_line(cmp),
        limit=limit,
        half=half,
        by_country=by_country,
        columns=columns,
        item_html=_item_html,
        coverage=cmp.get("coverage"),
    )


def story_html(story: dict[str, Any]) -> str:
    from .html import render

    outlets = {m["id"]: m.get("outlet") for m in story.get("members") or []}
    urls = {m["id"]: m.get("link") or m.get("url") for m in story.get("members") or []}
    named = lambda c: (
        c
        and {
            **c,
            "outlet": c.get("outlet") or outlets.get(c.get("article_id")),
            "url": c.get("url") or urls.get(c.get("article_id")),
        }
    )
    fivew = [(q, named((story.get("fivew1h") or {}).get(q))) for q in QUESTIONS]
    story = {**story, "summary": [named(s) for s in story.get("summary") or []]}
    return render("story.html", title=story.get("title") or story["id"], story=story, fivew=fivew, coverage=story.get("coverage"))


def render_story(story: dict[str, Any], fmt: str, dashboard: str | None = None) -> str:
    from .html import linking_to

    if fmt == "json":
        return json.dumps(story, ensure_ascii=False, indent=2, default=str)
    with linking_to(dashboard):
        return story_html(story) if fmt == "html" else story_markdown(story)


def render_comparison(cmp: dict[str, Any], fmt: str, show_all: bool = False, dashboard: str | None = None) -> str:
    from .html import linking_to

    if fmt == "json":
        return json.dumps(cmp, ensure_ascii=False, indent=2, default=str)
    with linking_to(dashboard):
        return comparison_html(cmp, show_all) if fmt == "html" else comparison_markdown(cmp, show_all)
