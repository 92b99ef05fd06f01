"""Stories and comparisons for people: Markdown and self-contained HTML (JSON is the data itself)."""

from __future__ import annotations

import html
import json
from typing import Any

QUESTIONS = ("who", "what", "when", "where", "why", "how")


def _cite(c: dict) -> str:
    where = f"{c['start']}-{c['end']}" if c.get("start") is not None else "title"
    return f"[{c.get('outlet') or ''} `{c['article_id']}` {where}]".replace("[ ", "[")


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
        head = f"**{i['plover_type']}** (CAMEO {i['cameo_code']}) {i['source'] or '?'} → {i['target'] or '?'}, {i['factuality']}"
        if i.get("date"):
            head += f", {i['date']}" + (" (background)" if i.get("background") else "")
    elif i["kind"] == "quantity":
        if i.get("by_value"):
            vals = " vs ".join(f"{_num(v['value'])}{_told(v)}" for v in i["by_value"][:6])
            vals += f" and {len(i['by_value']) - 6} more values" if len(i["by_value"]) > 6 else ""
        else:
            vals = " vs ".join(_num(v) for v in i["values"])
        head = f"**{vals} {i['unit']}** ({i['quantity_kind']}) {i.get('subject') or ''}".rstrip()
    elif i["kind"] == "actor":
        head = f"**{i['name']}** (`{i['actor_id']}`) appears"
    else:
        head = f"**{i.get('speaker') or '?'}** {i.get('verb')}"
    if not i.get("by_value"):
        head += _told(i)
    text = " ".join((i.get("text") or "").split())
    if len(text) > 220:
        text = text[:219].rsplit(" ", 1)[0] + "…"
    return f"- {head}: “{text}” {cites}"


def _cut(lines: list[str], limit: int | None, what: str = "items") -> list[str]:
    if limit is None or len(lines) <= limit:
        return lines
    return lines[:limit] + [f"- ... and {len(lines) - limit} more {what} (`--all` shows them)"]


def _sources_line(cmp: dict[str, Any]) -> str:
    n, a = cmp.get("sources", len(cmp["outlets"])), cmp.get("articles")
    copies = [g for g in cmp.get("source_groups", []) if g.get("syndicated")]
    k = len(cmp["outlets"])
    line = (f"{n} independent source{'s' if n != 1 else ''}" + (f" in {a} article{'s' if a != 1 else ''}" if a else "")
            + f" from {k} outlet{'s' if k != 1 else ''}")
    if copies:
        line += "; copies counted once: " + "; ".join(
            f"{g.get('origin') or g['label']} ({len(g['articles'])} articles: {', '.join(g['outlets'][:5])}"
            + (", ..." if len(g["outlets"]) > 5 else "") + ")" for g in copies[:5])
    return line


def story_markdown(story: dict[str, Any]) -> str:
    out = [f"# {story.get('title') or story['id']}", "",
           f"`{story['id']}` · {len(story['articles'])} articles · {story.get('start') or '?'} to {story.get('end') or '?'} · "
           + ", ".join(story.get("outlets") or []), ""]
    if story.get("actors"):
        out += ["Main actors: " + ", ".join(story["actors"]), ""]
    out += ["## Main event (5W1H)", "", "| question | answer | from |", "| --- | --- | --- |"]
    for q in QUESTIONS:
        a = (story.get("fivew1h") or {}).get(q)
        if a:
            src = f"`{a['article_id']}` {a['start']}-{a['end']}" if a.get("article_id") and a.get("start") is not None else (a.get("in") or "")
            out.append(f"| {q} | {a['text']} | {src} |")
        else:
            out.append(f"| {q} | — | |")
    out += ["", "## Summary", ""]
    out += [f"- {s['text']} [`{s['article_id']}` {s['start']}-{s['end']}]" for s in story.get("summary") or []]
    if story.get("members"):
        out += ["", "## Articles", ""]
        out += [f"- {m.get('published') or 'undated'} · {m.get('outlet') or '?'} · {m.get('title') or '(untitled)'} (`{m['id']}`, {m.get('genre') or '?'})"
                for m in story["members"]]
    return "\n".join(out).rstrip() + "\n"


def comparison_markdown(cmp: dict[str, Any], show_all: bool = False) -> str:
    limit = None if show_all else SCREEN
    out = [f"# How outlets told it: {cmp.get('title') or cmp['story_id']}", "", f"Story `{cmp['story_id']}` · outlets: "
           + ", ".join(cmp["outlets"]), "", _sources_line(cmp), ""]
    if cmp.get("single_source"):
        out += ["Only one independent source tells this story: there is nothing to compare."]
        return "\n".join(out).rstrip() + "\n"
    agree = [_item_line(i) for i in cmp["agree"]]
    out += ["## Told by at least two independent sources", ""] + (_cut(agree, limit) or ["- no event or figure is told by two sources"]) + [""]
    if cmp["conflicts"]:
        out += ["## Conflicts (one subject, different values)", ""] + _cut([_item_line(i) for i in cmp["conflicts"]], limit) + [""]
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
        phrases = ", ".join(f"“{f['phrase']}”" + (f" ({', '.join(f['outlets'][:3])}{', ...' if len(f['outlets']) > 3 else ''})" if several else "")
                            for f in frames) or "no frame"
        more = f", ... and {len(c['frames']) - len(frames)} more" if len(frames) < len(c["frames"]) else ""
        tone = f"; tone toward the relationship {c['relationship_tone']:+.2f}" if c.get("relationship_tone") is not None else ""
        out.append(f"- **{c['label'][0].upper() + c['label'][1:]}** ({', '.join(c['outlets'][:6])}{', ...' if len(c['outlets']) > 6 else ''}; "
                   f"{c['sources']} source{'s' if c['sources'] != 1 else ''}): {phrases}{more}{tone}")
    per_outlet = []
    for o in cmp["outlets"]:
        frames = cmp["frames"].get(o) or []
        tone = cmp["tone"].get(o) or {}
        if frames or tone:
            per_outlet.append(f"- {o}: " + (", ".join(f"“{f['phrase']}”" for f in frames[:SCREEN]) or "no frame")
                              + ("; tone " + ", ".join(f"{k} {v:+.2f}" for k, v in tone.items()) if tone else ""))
    if per_outlet:
        out += ["", "### Frames and tone by outlet", ""] + _cut(per_outlet, limit, "outlets")
    return "\n".join(out).rstrip() + "\n"


_STYLE = ("body{font:15px/1.55 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1d232a}"
          "h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:1.6rem}.meta{color:#5b6570}"
          ".cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem}"
          ".col{border:1px solid #d8dee4;border-radius:6px;padding:.6rem 1rem;background:#fafbfc}"
          "li{margin:.35rem 0}.tag{display:inline-block;background:#eef2f6;border-radius:3px;padding:0 .35rem;margin:.1rem;font-size:90%}"
          "table{border-collapse:collapse}td,th{border:1px solid #d8dee4;padding:.25rem .6rem;text-align:left}"
          "code{font-size:85%;color:#5b6570}")


def _html_item(i: dict) -> str:
    line = _item_line(i)[2:]
    e = html.escape(line).replace("**", "")
    return f"<li>{e}</li>"


def comparison_html(cmp: dict[str, Any], show_all: bool = False) -> str:
    e = html.escape
    limit = None if show_all else SCREEN

    def items(rows: list[dict], n: int | None) -> str:
        shown = rows if n is None else rows[:n]
        more = f"<li>... and {len(rows) - len(shown)} more (<code>--all</code>)</li>" if len(shown) < len(rows) else ""
        return "".join(_html_item(i) for i in shown) + more

    parts = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{e(cmp.get('title') or cmp['story_id'])}</title>"
             f"<style>{_STYLE}</style></head><body>",
             f"<h1>How outlets told it: {e(cmp.get('title') or cmp['story_id'])}</h1>",
             f"<p class='meta'>Story <code>{e(cmp['story_id'])}</code> · {e(_sources_line(cmp))}</p>"]
    if cmp.get("single_source"):
        parts.append("<p>Only one independent source tells this story: there is nothing to compare.</p></body></html>")
        return "\n".join(parts)
    parts.append("<h2>Told by at least two independent sources</h2><ul>"
                 + (items(cmp["agree"], limit) or "<li>no event or figure is told by two sources</li>") + "</ul>")
    if cmp["conflicts"]:
        parts.append("<h2>Conflicts</h2><ul>" + items(cmp["conflicts"], limit) + "</ul>")
    rows = "".join(f"<li><strong>{e(c['label'][0].upper() + c['label'][1:])}</strong> ({e(', '.join(c['outlets']))}): "
                   + (", ".join(e(f['phrase']) for f in c["frames"][: limit or None]) or "no frame")
                   + (f"; tone toward the relationship {c['relationship_tone']:+.2f}" if c.get("relationship_tone") is not None else "")
                   + "</li>" for c in cmp.get("by_country") or [])
    parts.append(f"<h2>Frames and tone by outlet country</h2><ul>{rows}</ul>")
    parts.append("<h2>Side by side</h2><div class='cols'>")
    for o in cmp["outlets"]:
        genre = (cmp.get("genre") or {}).get(o)
        frames = "".join(f"<span class='tag'>{e(f['phrase'])}</span>" for f in cmp["frames"].get(o) or [])
        tone = ", ".join(f"{e(k)} {v:+.2f}" for k, v in (cmp["tone"].get(o) or {}).items())
        own = items(cmp["unique"].get(o, []), None if limit is None else max(3, limit // 2)) or "<li>nothing of its own</li>"
        parts.append(f"<section class='col'><h3>{e(o)}</h3><p class='meta'>{e(genre or '')}</p><h4>Only here</h4><ul>{own}</ul>"
                     f"<h4>Frames</h4><p>{frames or '—'}</p><h4>Tone</h4><p>{tone or '—'}</p></section>")
    parts.append("</div></body></html>")
    return "\n".join(parts)


def story_html(story: dict[str, Any]) -> str:
    e = html.escape
    rows = "".join(f"<tr><th>{q}</th><td>{e((story.get('fivew1h') or {}).get(q, {}).get('text', '—') if (story.get('fivew1h') or {}).get(q) else '—')}</td></tr>"
                   for q in QUESTIONS)
    summary = "".join(f"<li>{e(s['text'])} <code>{e(s['article_id'])} {s['start']}-{s['end']}</code></li>" for s in story.get("summary") or [])
    members = "".join(f"<li>{e(str(m.get('published') or 'undated'))} · {e(m.get('outlet') or '?')} · {e(m.get('title') or '(untitled)')}</li>"
                      for m in story.get("members") or [])
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{e(story.get('title') or story['id'])}</title>"
            f"<style>{_STYLE}</style></head><body><h1>{e(story.get('title') or story['id'])}</h1>"
            f"<p class='meta'><code>{e(story['id'])}</code> · {len(story['articles'])} articles · {e(str(story.get('start') or '?'))} to "
            f"{e(str(story.get('end') or '?'))}</p><h2>Main event</h2><table>{rows}</table><h2>Summary</h2><ul>{summary}</ul>"
            f"<h2>Articles</h2><ul>{members}</ul></body></html>")


def render_story(story: dict[str, Any], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(story, ensure_ascii=False, indent=2, default=str)
    return story_html(story) if fmt == "html" else story_markdown(story)


def render_comparison(cmp: dict[str, Any], fmt: str, show_all: bool = False) -> str:
    if fmt == "json":
        return json.dumps(cmp, ensure_ascii=False, indent=2, default=str)
    return comparison_html(cmp, show_all) if fmt == "html" else comparison_markdown(cmp, show_all)
