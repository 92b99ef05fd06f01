"""Gold sides told in the first person ("we", "our country", "I", "my government"), and how many attache resolves.

    PYTHONPATH=src python scripts/first_person_sides.py FILE [--half a] [--details]
    PYTHONPATH=src python scripts/first_person_sides.py --demo N     # first-person words in quotes of the demo corpus

Gold files are read as ``attache eval dyads`` reads them (``evaluate/dyads.py``). A gold side is counted when
one of its actors' text is a first-person word or phrase (``text``), or when its text is not in the sentence and
the sentence has a first-person word (``implied``: the annotator named the party the pronoun stands for). It is
``resolved`` when an event of the sentence (one-sided ones included) has that side with the gold country.

``--demo N``: the first N articles of each demo outlet; first-person words inside quotation marks or under a
reporting verb, and how many the coder gives a speaker (``events/quoted.py``). Tuning files only: never run it
on a held-out set.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from attache.evaluate import dyads

FIRST = re.compile(
    r"^(we|us|our|ours|i|me|my|our (own )?(country|countries|government|nation|people|side|forces|troops|state|party|"
    r"company|organi[sz]ation|ministry|army)|my (country|government|administration|party|side))$",
    re.I,
)
FP_WORDS = {"we", "us", "our", "ours", "i", "me", "my"}
CORPUS = Path("/work/shared/corpus/demo")


def _first_person_words(text: str) -> bool:
    return any(w.lower() in FP_WORDS for w in re.findall(r"[A-Za-z]+", text))


def gold_run(path: Path, half: str | None, details: bool) -> dict[str, Any]:
    from attache.analysis import Analyzer
    from attache.nlp import parse

    if dyads.held_out(path, half):
        raise SystemExit("held-out data: not read")
    articles, _ = dyads.load_half(path, half)
    analyzer = Analyzer()
    counts: Counter = Counter()
    for art, parsed in zip(articles, parse(dyads._articles_for(articles))):
        date = parsed.article.published
        text = parsed.article.text
        at = dyads._offset(art)
        mentions = analyzer.resolver.resolve(parsed, date)
        events = [e for e in analyzer.coder.code(parsed, mentions, date) if dyads._in_sentence(e, at) and e.source]
        emitted = [dyads.event_record(e, text) for e in events]
        for g in art["gold"]:
            for role in ("source", "target"):
                side = g[role]
                if not side:
                    continue
                kind = None
                if any(FIRST.match(a["text"].strip()) and a["text"].strip() != "US" for a in side):
                    kind = "text"
                elif all(a["text"].strip().lower() not in art["text"].lower() for a in side) and _first_person_words(art["text"]):
                    kind = "implied"
                if kind is None:
                    continue
                codes = {a["code"] for a in side if a["code"]}
                got = [r[role]["country"] for r in emitted if r[role] is not None]
                ok = bool(codes & set(got))
                counts[f"{kind}"] += 1
                counts[f"{kind}_resolved"] += ok
                if details:
                    print(
                        json.dumps(
                            {
                                "id": g["id"],
                                "kind": kind,
                                "role": role,
                                "gold": [a["text"] + "/" + str(a["code"]) for a in side],
                                "resolved": ok,
                                "got": got,
                                "text": art["text"][:300],
                            }
                        )
                    )
    return {"file": str(path), "half": half, **counts}


def _demo_articles(n: int) -> list[tuple[str, Any]]:
    from attache.model import Article, Paragraph

    def article(key: str, text: str, date: str | None, url: str | None) -> Any:
        paragraphs = []
        for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
            paragraphs.append(Paragraph(m.start(), m.end()))
        return Article(key, text, paragraphs or [Paragraph(0, len(text))], published=date, language="en", url=url)

    out: list[tuple[str, Any]] = []
    csv.field_size_limit(10**9)
    for name in ("wikinews_2019.csv", "wikinews_2020.csv", "kremlin_2021_2022.csv"):
        with open(CORPUS / name, encoding="utf-8") as fh:
            for i, r in enumerate(csv.DictReader(fh)):
                if i >= n:
                    break
                body = r.get("text") or r.get("body") or ""
                url = r.get("url") or r.get("link")
                out.append((name, article(f"{name}-{i}", body, (r.get("date") or "")[:10] or None, url)))
    with open(CORPUS / "state_department_2021_2022.jsonl", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n:
                break
            r = json.loads(line)
            out.append(("state_department", article(f"sd-{i}", r["text"], None, r["url"])))
    return out


def demo_run(n: int, details: bool) -> dict[str, Any]:
    """First-person pronouns of the first ``n`` articles of each demo outlet: in a quote (marks in the sentence or a
    quote open from an earlier sentence of the paragraph) or not; with a speaker the rules give (``speaker_of``),
    and with the speaker of the sentence's own quote alone (the h14news9 reading). In a government's text the
    issuer's voice takes every first-person word before this reading (``issuer``)."""
    from attache.analysis import Analyzer
    from attache.events import quoted
    from attache.events.coder import EventCoder, issuer_of
    from attache.nlp import parse

    arts = _demo_articles(n)
    analyzer = Analyzer()
    coder = analyzer.coder
    counts: Counter = Counter()
    for (outlet, _art), parsed in zip(arts, parse([a for _, a in arts])):
        mentions = analyzer.resolver.resolve(parsed, parsed.article.published)
        gov = issuer_of(parsed.article) is not None
        for seg in parsed.segments:
            by_token = EventCoder._mention_index(seg, mentions, len(seg.doc.text))

            def subject(verb: Any, by_token: dict = by_token) -> Any:
                return coder._subject(verb, by_token)

            for tok in seg.doc:
                if tok.lower_ not in FP_WORDS or tok.pos_ != "PRON":
                    continue
                inside = quoted._quoted(tok) or quoted._open_quote(tok) is not None
                where = "quote" if inside else "unquoted"
                key = f"{outlet}{':issuer' if gov else ''}:{where}"
                counts[key] += 1
                found = quoted.speaker_of(tok, by_token, subject)
                if found is not None:
                    counts[key + ":speaker"] += 1
                    old = quoted._quoted(tok) and quoted._in_sentence(tok, by_token, subject) is not None
                    counts[key + ":speaker_h14news9"] += bool(old)
                    if details:
                        print(
                            json.dumps(
                                {
                                    "outlet": outlet,
                                    "where": where,
                                    "word": tok.text,
                                    "speaker": found[0].name,
                                    "country": found[0].country,
                                    "sentence": tok.sent.text[:200],
                                }
                            )
                        )
    return {"demo_articles_per_outlet": n, **dict(sorted(counts.items()))}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?")
    ap.add_argument("--half")
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--demo", type=int)
    args = ap.parse_args()
    if args.demo:
        print(json.dumps(demo_run(args.demo, args.details)))
    else:
        print(json.dumps(gold_run(Path(args.file), args.half, args.details)))


if __name__ == "__main__":
    main()
