"""Plain-text renderings for a reader: one article as Markdown (metadata, section headings, paragraphs)."""

from __future__ import annotations

from ..model import Actor, Article


def article_markdown(article: Article) -> str:
    """The article as Markdown: title, a list of its metadata, its sections and paragraphs (a dek as a quote),
    its extraction warnings last."""
    lines = [f"# {article.title or '(untitled)'}", ""]
    for label, value in (
        ("id", article.id),
        ("outlet", article.outlet),
        ("author", article.author),
        ("published", article.published or "unknown"),
        ("language", article.language),
        ("genre", article.genre),
        ("url", article.url),
        ("source", article.source_uri),
    ):
        if value:
            lines.append(f"- **{label}**: {value}")
    lines.append("")
    heads = {h.at: h.text for h in article.headings}
    for p in article.paragraphs:
        if p.start in heads:
            lines += [f"## {heads[p.start]}", ""]
        text = article.text[p.start : p.end]
        lines += [f"> {text}" if p.kind == "dek" else text, ""]
    if article.warnings:
        lines += ["---", ""] + [f"- warning: {w}" for w in article.warnings]
    return "\n".join(lines).rstrip() + "\n"


def actor_markdown(actor: Actor) -> str:
    """One actor of the knowledge base as Markdown: ids and kind, roles with their validity dates, names."""
    lines = [
        f"# {actor.name}",
        "",
        f"- **id**: {actor.id}",
        f"- **kind**: {actor.kind}",
        f"- **country**: {actor.country or '-'}",
        f"- **sector**: {actor.sector or '-'}",
        f"- **source**: {actor.source}",
    ]
    if actor.member_of:
        lines.append(f"- **member of**: {actor.member_of}")
    if actor.flags:
        lines.append(f"- **flags**: {', '.join(actor.flags)}")
    lines += ["", "## Roles", ""] if actor.roles else []
    for r in actor.roles:
        lines.append(
            f"- {r.title} ({' '.join(x for x in (r.country, r.sector) if x)}): {r.start or 'before records'} – {r.end or 'present'}"
            + (f" [code {r.code}]" if r.code else "")
        )
    names = actor.aliases + actor.adjectives + actor.capitals
    if names:
        lines += ["", "## Names", "", ", ".join(dict.fromkeys(names))]
    return "\n".join(lines) + "\n"
