"""Who did what to whom: (source, target, type) extraction scored per sentence.

Two row formats are read (one JSON object a line):

- the PLOVER gold-standard records (``../shared/eval/events/plover_gsr_dev.jsonl``): ``text``,
  ``event_type``, ``source`` and ``target`` as lists of ``{text, code, sector}``; a row whose target is
  empty and whose source lists two actors is a symmetric event between them;
- a simple span format: ``text``, ``event_type``, ``source``, ``target``, each side a string, a
  ``{text, code}`` object or a list of either; optional ``factuality``, ``date`` and ``pub_date``.
  Rows with the same ``text`` (or the same ``article_id``/``doc_id`` with ``text``) are one article
  with several gold events; ``url`` or ``outlet`` (else ``source_corpus``) name the publisher, as the
  pipeline knows it for a real article (a government's own text speaks in its voice: "we" = that state); a row with ``event_type: null`` and no sides is a sentence without an
  event (what is found there counts against precision); ``symmetric: true`` accepts the two sides in
  either order; a gold ``date`` may be a day, a month, a year or a range ``start/end``; ``context`` (the
  sentences before it in the article) is read as the article's text before the sentence, for who "he" or
  "the two leaders" are, and only events told in the sentence itself are scored; ``title`` (the article's title,
  which the annotators read with the sentence) is the article's title (``--no-titles``: left out, with the URL).
With ``--corpus`` each row is read in its whole article instead (found by ``url`` in the corpus, as the pipeline
reads articles: every sentence before it, the article's own dates and actors), and the events told in its sentence
are scored; a row whose article is not in the corpus is read with its context and named on standard error.

Scoring (``../shared/eval/README.md`` section 7): each distinct text is one article; a gold row is
found when an event of that article has a source matching a gold source (same code, or overlapping
content words of the actor's text; a side's codes are its country and, for an organisation or armed group
of the knowledge base, "IGO"/"NGO" by its sector and its short names: ``side_codes``) and a target matching a gold target (for a symmetric
row: both sides among its actors, in either order); "triple" also needs the PLOVER type. Precision is
the share of emitted events with both sides that match a gold row of their article (an event whose
other side the text does not name claims no dyad); every such event counts,
negated, hypothetical and question ones too (the gold rows code "refused", "denied" as events). When gold rows carry ``factuality`` and ``date``,
``fully_right`` is the share of those gold rows found by an event with the right type, both sides'
countries, the factuality and the date; ``fully_right_lost`` counts, for the rows with a target found with the right
type but not fully right, the parts ("countries", "factuality", "date") the best such event got wrong.

Target-less gold rows (a source, no target, not symmetric: "thousands marched in London", "the archbishop
criticised the proceedings") can never be found by the figures above, which need a target. They are reported
apart, and the figures above do not change: ``one_sided_n`` such rows; ``one_sided_recall``, the share of them
found by an event of their article (one-sided events counted here only) whose source matches a gold source
(the same rule as above) and which has NO target: the gold says the sentence names none, so an event that adds
one is not counted (it is a wrong side, and already counts against precision);
``one_sided_triple_recall`` also needs the PLOVER type; ``one_sided_with_target``, how many of the rows not
found have an event with a matching source and the right type that carries a target anyway (a diagnostic).

The baseline (``--baseline``) is the naive one of the events issue: the first two named entities of
the sentence (spaCy) as source and target, with the sentence's type from the shipped PLOVER classifier.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import json_rows

STOP = {
    "the",
    "a",
    "an",
    "of",
    "and",
    "in",
    "on",
    "for",
    "to",
    "with",
    "at",
    "by",
    "'s",
    "s",
    "its",
    "their",
    "his",
    "her",
    "de",
    "du",
    "la",
    "le",
    "al",
    "el",
    "mr",
    "mrs",
    "ms",
    "dr",
    "u",
    "st",
}
NAMED = {"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"}
FACTUALITY = {"asserted", "reported", "planned", "negated", "hypothetical", "demanded", "question"}


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", (text or "").lower().replace(".", "")) if w not in STOP and len(w) > 1}


def _side(value: Any) -> list[dict[str, Any]]:
    """A gold side as a list of {text, code}: a string, an object or a list of either."""
    if value is None or value == "":
        return []
    if isinstance(value, (str, dict)):
        value = [value]
    out: list[dict[str, Any]] = []
    if not isinstance(value, list):
        return out
    for v in value:
        if isinstance(v, str) and v.strip():
            out.append({"text": v.strip(), "code": None})
        elif isinstance(v, dict) and (v.get("text") or v.get("code")):
            code = v.get("code") or v.get("country")
            out.append({"text": str(v.get("text") or ""), "code": str(code).upper() if code else None})
    return out


def half_of(key: str) -> str:
    """A fixed random half of the rows ("a" or "b"), by a hash of the row's id: for tuning on one half and
    reporting the other."""
    return "a" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 2 == 0 else "b"


def load_gold(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """Articles with their gold events, and one line per row that could not be used."""
    problems: list[str] = []
    articles: dict[str, dict[str, Any]] = {}
    for i, r in enumerate(json_rows(path), 1):
        text = r.get("text") or r.get("sentence")
        etype = r.get("event_type") or r.get("type")
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{path}: row {i}: no text, left out")
            continue
        src, tgt = _side(r.get("source")), _side(r.get("target"))
        no_event = "event_type" in r and etype is None and not src and not tgt
        if not src and not no_event:
            problems.append(f"{path}: row {i}: no source, left out")
            continue
        key = str(r.get("article_id") or r.get("doc_id") or "") + "\x00" + text
        context = r.get("context")
        context = context if isinstance(context, str) else ""
        art = articles.setdefault(
            key,
            {
                "id": str(r.get("sentence_id") or r.get("id") or r.get("article_id") or f"row{i}"),
                "text": text,
                "context": context.strip(),
                "pub_date": _day(r.get("pub_date") or r.get("published")),
                "url": r.get("url"),
                "title": r.get("title") if isinstance(r.get("title"), str) else None,
                "outlet": _outlet(r),
                "gold": [],
            },
        )
        if no_event:
            continue  # a sentence without an event: what is found there counts against precision
        fact = r.get("factuality")
        symmetric = bool(r["symmetric"]) if isinstance(r.get("symmetric"), bool) else (not tgt and len(src) >= 2)
        art["gold"].append(
            {
                "id": str(r.get("id") or f"row{i}"),
                "type": str(etype).upper() if etype else None,
                "source": src,
                "target": tgt,
                "symmetric": symmetric,
                "factuality": fact if fact in FACTUALITY else None,
                "date": r.get("date") if fact in FACTUALITY else None,  # the GSR's "date" is a placeholder
            }
        )
    return list(articles.values()), problems


def held_out(path: Path, half: str | None = None) -> bool:
    """Is this held-out data, whose sentences and misses the diagnostic scripts must not list: a gold set's test half
    or second annotation (``*_test*``, ``*_second*``), or a file's half b?"""
    return half == "b" or any(part in Path(path).name for part in ("_test", "_second"))


def load_half(path: Path, half: str | None = None) -> tuple[list[dict[str, Any]], list[str]]:
    """``load_gold``, keeping only the articles of the fixed half ``half`` ("a" or "b"; None: all of them)."""
    articles, problems = load_gold(path)
    if half in ("a", "b"):
        articles = [a for a in articles if half_of(a["id"]) == half]
    return articles, problems


def _outlet(row: dict[str, Any]) -> str | None:
    """The row's outlet, as the pipeline would know it from the article: ``outlet``, else the name of the
    corpus it was drawn from ("state_department" -> "state department", "kremlin")."""
    name = row.get("outlet") or row.get("source_corpus")
    return str(name).replace("_", " ") if name else None


def _codes(side: dict[str, Any]) -> frozenset[str]:
    """A side's codes (its ``codes``; a record without them, as the baseline's: its country)."""
    if "codes" in side:
        return side["codes"]
    return frozenset([side["country"]]) if side.get("country") else frozenset()


def _match(side: dict[str, Any], gold: list[dict[str, Any]]) -> bool:
    """Does an emitted side ({country, words}) match one of the gold actors?"""
    for g in gold:
        if g["code"] and g["code"] in _codes(side):
            return True
        if _words(g["text"]) & side["words"]:
            return True
    return False


def _day(value: Any) -> str | None:
    text = str(value or "")[:10]
    return text if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else None


def _date_ok(found: str | None, gold: str | None) -> bool:
    """A gold date may be a day, a month ("2021-06"), a year or a range ("2021-06-01/2021-06-03")."""
    if not gold:
        return True
    if not found:
        return False
    if "/" in gold:
        lo, hi = gold.split("/", 1)
        return lo <= found <= hi or found == gold
    return found.startswith(gold)


def _country_ok(side: dict[str, Any], gold: list[dict[str, Any]]) -> bool:
    """The side's country is a gold actor's country (a gold actor given without a code: its words match)."""
    return any((g["code"] and g["code"] in _codes(side)) or (not g["code"] and _words(g["text"]) & side["words"]) for g in gold)


def _found(src: dict, tgt: dict, g: dict) -> bool:
    if g["symmetric"] and not g["target"]:
        return _match(src, g["source"]) and _match(tgt, g["source"])
    return _match(src, g["source"]) and _match(tgt, g["target"])


def pair_found(e: dict[str, Any], g: dict[str, Any]) -> bool:
    """Does the emitted event ``e`` find the gold row's (source, target) pair (also turned round, when either is
    symmetric)?"""
    return _found(e["source"], e["target"], g) or bool(
        (e.get("symmetric") or g["symmetric"]) and _found(e["target"], e["source"], g)
    )


def sides_right(e: dict[str, Any], g: dict[str, Any]) -> bool:
    """Are both of ``e``'s sides the gold sides' countries (also turned round, when either is symmetric)? A gold row
    with no target (a symmetric one) has both sides in its source."""
    gsides = (g["source"], g["target"] or g["source"])
    straight = _country_ok(e["source"], gsides[0]) and _country_ok(e["target"], gsides[1])
    turned = (
        (e.get("symmetric") or g["symmetric"]) and _country_ok(e["target"], gsides[0]) and _country_ok(e["source"], gsides[1])
    )
    return bool(straight or turned)


def one_sided_found(e: dict[str, Any], g: dict[str, Any]) -> bool:
    """Does the emitted event ``e`` find the target-less gold row ``g``: a source matching a gold source, and no
    target (an event that names a target the gold does not have does not)?"""
    return e["target"] is None and _match(e["source"], g["source"])


def score_one_sided(articles: list[dict[str, Any]], emitted: list[list[dict[str, Any]]]) -> dict[str, Any]:
    """The gold rows with a source and no target, not symmetric, and how many of them ``emitted`` (one-sided events
    included) finds by ``one_sided_found``; marks each such row's ``one_sided`` ("triple", "dyad" or "missed")."""
    n = found = triple = with_target = full = 0
    for art, events in zip(articles, emitted):
        for g in art["gold"]:
            if g["target"] or g["symmetric"]:
                continue
            n += 1
            hits = [e for e in events if one_sided_found(e, g)]
            typed = any(e["type"] == g["type"] for e in hits)
            full += g["factuality"] is not None and any(
                e["type"] == g["type"]
                and _country_ok(e["source"], g["source"])
                and e.get("factuality") == g["factuality"]
                and _date_ok(e.get("date"), g["date"])
                for e in hits
            )
            g["one_sided"] = "triple" if typed else "dyad" if hits else "missed"
            found += bool(hits)
            triple += typed
            with_target += not hits and any(
                e["target"] is not None and e["type"] == g["type"] and _match(e["source"], g["source"]) for e in events
            )
    return {
        "one_sided_n": n,
        "one_sided_recall": round(found / n, 4) if n else None,
        "one_sided_triple_recall": round(triple / n, 4) if n else None,
        "one_sided_with_target": with_target,
        "one_sided_fully_right_count": full,
    }


# the gold sets' guidelines code the European Union EUR, as PLOVER does (eval/events_gold_guidelines.md, "Codes")
CODE_ALIASES = {"EU": "EUR"}


def _short(name: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", name.upper())


@lru_cache(maxsize=1)
def _org_codes() -> dict[str, frozenset[str]]:
    """The codes each organisation or armed group of the knowledge base answers to in gold data: "IGO" or "NGO"
    (the GSR file's codes) by its sector or kind, and its short names as the gold sets' guidelines write them
    ("UN", "NATO", "EUR", "TALIBAN", "HOUTHI"): its aliases of one word or of capitals, letters only, and those of
    the body it belongs to (a UN agency is also "UN")."""
    from ..actors.kb import shipped

    orgs = {a.id: a for a in shipped() if a.kind in ("igo", "group", "ngo")}

    def own(a) -> set[str]:
        names = [n for n in [a.name, *a.aliases] if " " not in n.strip() or n.isupper()]
        codes = {_short(n) for n in names} - {""}
        codes |= {CODE_ALIASES[c] for c in codes if c in CODE_ALIASES}
        if a.kind == "igo" or a.sector == "IGO":
            codes.add("IGO")
        if a.kind == "ngo" or a.sector == "NGO":
            codes.add("NGO")
        return codes

    out = {}
    for i, a in orgs.items():
        codes = own(a)
        parent = orgs.get(a.member_of or "")
        if parent is not None:
            codes |= own(parent) - {"IGO", "NGO"}
        out[i] = frozenset(codes)
    # the officers of international bodies the knowledge base lists with their body ("Jens Stoltenberg", member of
    # NATO): the body's codes, as the gold sets code them (h45body)
    for a in shipped():
        if a.kind == "person" and not a.country and a.member_of in out and orgs[a.member_of].kind == "igo":
            out[a.id] = out[a.member_of]
    return out


def side_codes(party) -> frozenset[str]:
    """The codes a side matches a gold code by: its country, and an organisation's or group's own codes."""
    orgs = _org_codes()
    codes = set(orgs.get(party.actor_id or "", ()))
    if not codes and party.actor_id and party.actor_id.count(".") >= 2:
        codes |= orgs.get(party.actor_id.rsplit(".", 1)[0], frozenset())  # "IGO.un.grundberg-hans": the body's (h45body)
    if party.country:
        codes.add(party.country)
    elif party.sector in ("IGO", "NGO"):
        codes.add(party.sector)  # an official of an organisation with no entry of its own ("IGO.IGO.stoltenberg-jens")
    return frozenset(codes)


def _side_of(party, span, text: str) -> dict[str, Any]:
    words = set()
    if party is not None:
        if party.start is not None and party.end is not None:
            words |= _words(text[party.start : party.end])
        words |= _words(party.name)
    if span:
        words |= _words(span.get("text"))  # the phrase the side came from ("U.N. mediator Diego Cordovez")
    codes = side_codes(party) if party is not None else frozenset()
    return {"country": party.country if party is not None else None, "codes": codes, "words": words}


def score(articles: list[dict[str, Any]], emitted: list[list[dict[str, Any]]]) -> dict[str, Any]:
    """``emitted[i]``: the events of article i as {source, target, type, symmetric, country pair, factuality, date}."""
    n = dyad = triple = 0
    full_n = full = 0
    lost: Counter[str] = Counter()  # the parts of the typed pairs found that kept a row from fully right
    n_events = matched = 0
    per_type: dict[str, dict[str, int]] = defaultdict(lambda: {"n": 0, "dyad": 0, "triple": 0, "emitted": 0, "correct": 0})
    for art, events in zip(articles, emitted):
        for e in events:
            n_events += 1
            per_type[e["type"]]["emitted"] += 1
            hit = False
            for g in art["gold"]:
                if pair_found(e, g):
                    hit = True
                    break
            e["matched"] = hit
            if hit:
                matched += 1
                per_type[e["type"]]["correct"] += 1
        for g in art["gold"]:
            n += 1
            row = per_type[g["type"] or "?"]
            row["n"] += 1
            pairs = [e for e in events if pair_found(e, g)]
            g["found"] = "triple" if any(e["type"] == g["type"] for e in pairs) else "dyad" if pairs else "missed"
            if pairs:
                dyad += 1
                row["dyad"] += 1
            if any(e["type"] == g["type"] for e in pairs):
                triple += 1
                row["triple"] += 1
            if g["factuality"] is not None:
                full_n += 1
                # per typed pair, the parts it gets wrong; the row is fully right when one pair gets none wrong,
                # else the pair with the fewest wrong parts says what the row lost (``fully_right_lost``)
                wrong = [
                    [
                        part
                        for part, ok in (
                            ("countries", sides_right(e, g)),
                            ("factuality", e.get("factuality") == g["factuality"]),
                            ("date", _date_ok(e.get("date"), g["date"])),
                        )
                        if not ok
                    ]
                    for e in pairs
                    if e["type"] == g["type"]
                ]
                if any(not w for w in wrong):
                    full += 1
                elif wrong:
                    for part in min(wrong, key=len):
                        lost[part] += 1
    rec = dyad / n if n else 0.0
    prec = matched / n_events if n_events else 0.0
    out = {
        "n": n,
        "articles": len(articles),
        "events": n_events,
        "dyad_recall": round(rec, 4),
        "triple_recall": round(triple / n if n else 0.0, 4),
        "event_precision": round(prec, 4),
        "dyad_f1": round(2 * rec * prec / (rec + prec) if rec + prec else 0.0, 4),
        "per_type": {t: dict(v) for t, v in sorted(per_type.items())},
    }
    if full_n:
        out["fully_right"] = round(full / full_n, 4)
        out["fully_right_n"] = full_n
        out["fully_right_count"] = full
        out["fully_right_lost"] = {part: lost[part] for part in ("countries", "factuality", "date")}
    return out


def _offset(row: dict[str, Any]) -> int:
    """Where the sentence starts in the article text made for it (after its context, if any)."""
    return len(row["context"]) + 2 if row.get("context") else 0


def _full_text(row: dict[str, Any]) -> str:
    return row["context"] + "\n\n" + row["text"] if row.get("context") else row["text"]


def _articles_for(rows: list[dict[str, Any]]):
    """One article per row: its context (a paragraph of its own) and the sentence (its own paragraph, so that
    the sentence is parsed as it is without the context)."""
    from ..model import Paragraph

    out = []
    for r in rows:
        text, at = _full_text(r), _offset(r)
        paragraphs = ([Paragraph(0, at - 2)] if at else []) + [Paragraph(at, len(text))]
        out.append(row_article(r, text, paragraphs))
    return out


def row_article(row: dict[str, Any], text: str, paragraphs: list) -> Any:
    """The Article a gold row is read as: ``text`` in ``paragraphs``, with the row's id, date, url and outlet."""
    from ..model import Article

    return Article(
        id=row["id"],
        text=text,
        paragraphs=paragraphs,
        published=row.get("pub_date"),
        language="en",
        url=row.get("url"),
        outlet=row.get("outlet"),
        title=row.get("title"),
    )


def _told_in(e, start: int, end: int) -> bool:
    """Is the event told in the text ``start:end`` (its trigger's sentence, or a telling merged into it)?"""
    return (e.sentence_start < end and e.sentence_end > start) or any(a < end and b > start for a, b in e.evidence)


def _in_sentence(e, at: int) -> bool:
    """Is the event told in the scored sentence (its trigger's sentence, or a sentence it was merged from), which starts
    at ``at`` and runs to the end of the text made for the row?"""
    return _told_in(e, at, sys.maxsize)


def event_record(e, text: str) -> dict[str, Any]:
    """What scoring reads of a coded event: type, symmetry, factuality, date and each side ({country, words}; no
    target: None); ``text`` is the article text the event's offsets point into."""
    return {
        "type": e.plover_type,
        "symmetric": e.symmetric,
        "factuality": e.factuality,
        "date": e.date,
        "source": _side_of(e.source, e.source_span, text),
        "target": _side_of(e.target, e.target_span, text) if e.target is not None else None,
    }


def corpus_articles(corpus: Path) -> tuple[dict[str, Any], list[str]]:
    """The articles of a corpus (a file or a folder of files, read and extracted as ``attache ingest`` reads them),
    by URL (without a trailing slash); and one line per record that could not be read."""
    from ..extract import extract
    from ..model import RawDocument
    from ..sources import plan_inputs, read_inputs

    paths = [corpus] if corpus.is_file() else [p for p in sorted(corpus.rglob("*")) if p.is_file()]
    out: dict[str, Any] = {}
    problems: list[str] = []
    for raw in read_inputs(plan_inputs([str(p) for p in paths])):
        if not isinstance(raw, RawDocument):
            continue  # a file that is not a corpus (a README): not an article
        try:
            a = extract(raw)
        except Exception as exc:  # a record that does not extract is not there to read rows in
            problems.append(f"{raw.uri}: not extracted ({type(exc).__name__}: {exc})")
            continue
        if a.url:
            out.setdefault(a.url.rstrip("/"), a)
    return out, problems


_SPACE = re.compile(r"\s+")


def sentence_in(article_text: str, sentence: str) -> tuple[int, int] | None:
    """Where a row's sentence lies in its article's text (exactly, else with any run of white space for a space);
    None when it is not there."""
    at = article_text.find(sentence)
    if at >= 0:
        return at, at + len(sentence)
    words = _SPACE.split(sentence.strip())
    if not words or not words[0]:
        return None
    m = re.search(r"\s+".join(re.escape(w) for w in words), article_text)
    return (m.start(), m.end()) if m else None


def article_events(
    rows: list[dict[str, Any]],
    corpus: dict[str, Any],
    analyzer=None,
    min_confidence: float = 0.0,
    one_sided: bool = False,
    record=None,
) -> tuple[list[list[dict[str, Any]]], list[str]]:
    """attache's events of each row read in its whole article, as the pipeline reads it (``Analyzer.analyze``): each
    article of ``corpus`` (by URL) that holds a row's sentence is coded once, and a row gets the events told in its
    sentence. A row whose article or sentence is not in the corpus is read with its context (``attache_events``) and
    named in the lines returned. ``record(event, text)``: what is kept of an event (default: ``event_record`` and a
    "source -TYPE-> target" text)."""
    from ..analysis import Analyzer, stated_date
    from ..nlp import parse
    from ..progress import counted

    analyzer = analyzer or Analyzer()
    where: dict[int, tuple[str, int, int]] = {}
    needed: dict[str, Any] = {}
    problems: list[str] = []
    for i, r in enumerate(rows):
        a = corpus.get((r.get("url") or "").rstrip("/"))
        span = sentence_in(a.text, r["text"]) if a is not None else None
        if a is None or span is None:
            why = "its article is not in the corpus" if a is None else "its sentence is not in its article"
            problems.append(f"row {r['id']}: {why}: read with its context")
            continue
        where[i] = (a.id, *span)
        needed[a.id] = a
    coded: dict[str, tuple[str, list]] = {}
    for parsed in counted(parse(list(needed.values())), len(needed)):
        art = parsed.article  # resolved and coded as Analyzer.analyze does
        mentions = analyzer.resolver.resolve(parsed, art.published or stated_date(art.text))
        coded[art.id] = (art.text, analyzer.coder.code(parsed, mentions, art.published))
    rest = [r for i, r in enumerate(rows) if i not in where]
    rest_events = iter(attache_events(rest, analyzer, min_confidence, one_sided) if rest else [])
    out = []
    for i in range(len(rows)):
        if i not in where:
            out.append(next(rest_events))
            continue
        aid, start, end = where[i]
        text, events = coded[aid]
        out.append(
            [
                (record or _scored)(e, text)
                for e in events
                if _told_in(e, start, end)
                and e.source is not None
                and (e.target is not None or one_sided)
                and e.confidence >= min_confidence
            ]
        )
    return out, problems


def _scored(e, text: str) -> dict[str, Any]:
    """What scoring reads of an event (``event_record``) and a "source -TYPE-> target" text to show it by."""
    return {**event_record(e, text), "text": f"{e.source.name} -{e.plover_type}-> {e.target.name if e.target else None}"}


def attache_events(
    articles: list[dict[str, Any]], analyzer=None, min_confidence: float = 0.0, one_sided: bool = False
) -> list[list[dict[str, Any]]]:
    """attache's events of each article, told in its scored sentence, with both sides and a confidence of at least
    ``min_confidence`` (0: every event; the default of ``attache dyad``/``brief`` counts only the confident ones);
    ``one_sided``: also the events with a source and no target (their ``target`` is None), for
    ``score_one_sided`` only."""
    from ..analysis import Analyzer
    from ..nlp import parse
    from ..progress import counted

    analyzer = analyzer or Analyzer()
    out = []
    for art, parsed in counted(zip(articles, parse(_articles_for(articles))), len(articles)):
        date = parsed.article.published
        mentions = analyzer.resolver.resolve(parsed, date)
        events = []
        at = _offset(art)
        text = parsed.article.text
        for e in analyzer.coder.code(parsed, mentions, date):
            if not _in_sentence(e, at):
                continue  # told in the context only
            if e.source is None or (e.target is None and not one_sided):
                continue  # a one-sided event claims no dyad: neither right nor wrong here
            if e.confidence < min_confidence:
                continue
            events.append(
                {
                    **event_record(e, text),
                    "text": f"{e.source.name if e.source else None} -{e.plover_type}-> {e.target.name if e.target else None}",
                }
            )
        out.append(events)
    return out


def baseline_events(articles: list[dict[str, Any]], analyzer=None) -> list[list[dict[str, Any]]]:
    """The first two named entities of each sentence as (source, target); the type from the PLOVER classifier."""
    from ..analysis import Analyzer
    from ..events.classifier import shipped_model
    from ..nlp import parse
    from .events import plover_features

    analyzer = analyzer or Analyzer()
    model = shipped_model()
    types = (
        model.predict(plover_features([{"text": a["text"], "title": None} for a in articles]))
        if model
        else [None] * len(articles)
    )
    out = []
    for art, parsed, ptype in zip(articles, parse(_articles_for(articles)), types):
        mentions = analyzer.resolver.resolve(parsed, parsed.article.published)
        events = []
        for seg in parsed.segments:
            if seg.start < _offset(art):
                continue  # the context: the baseline reads the sentence only
            for sent in seg.doc.sents:
                ents = [e for e in sent.ents if e.label_ in NAMED][:2]
                if len(ents) < 2:
                    continue
                sides = []
                for ent in ents:
                    a, b = seg.start + ent.start_char, seg.start + ent.end_char
                    m = next((m for m in mentions if m.start < b and a < m.end and side_codes(m)), None)
                    codes = side_codes(m) if m else frozenset()
                    sides.append({"country": m.country if m else None, "codes": codes, "words": _words(ent.text)})
                events.append(
                    {
                        "type": ptype,
                        "symmetric": False,
                        "source": sides[0],
                        "target": sides[1],
                        "text": f"{ents[0].text} -{ptype}-> {ents[1].text}",
                    }
                )
        out.append(events)
    return out


def evaluate_dyads(
    path: Path,
    baseline: bool = False,
    half: str | None = None,
    min_confidence: float = 0.0,
    titles: bool = True,
    corpus: Path | None = None,
) -> dict[str, Any]:
    """Score attache (and the naive baseline) on the rows of ``path``; ``half`` "a"/"b" keeps one fixed half;
    ``min_confidence``: attache's events below it are not counted (the baseline has no confidence); ``titles``:
    read each row's article title and URL (False: the sentence and its context only); ``corpus``: read each row in
    its whole article from this corpus, matched by URL, as the pipeline reads articles (``article_events``)."""
    from ..analysis import Analyzer

    articles, problems = load_half(path, half)
    if not titles:
        for a in articles:
            a["title"] = a["url"] = None
    analyzer = Analyzer()
    if corpus is not None:
        by_url, unread = corpus_articles(corpus)
        every, missing = article_events(articles, by_url, analyzer, min_confidence, one_sided=True)
        problems += unread + [f"{path}: {m}" for m in missing]
    else:
        every = attache_events(articles, analyzer, min_confidence, one_sided=True)
    emitted = [[e for e in ev if e["target"] is not None] for ev in every]  # the figures of section 7: both sides
    result = {"task": "dyads", **score(articles, emitted)}
    if corpus is not None:
        result["reading"] = "articles"
        result["rows_in_articles"] = len(articles) - len(missing)
    if min_confidence:
        result["min_confidence"] = min_confidence
    result.update(score_one_sided(articles, every))
    if result.get("fully_right_n"):
        # a gold row with a source and no target is fully right as the others are: its type, its source's country
        # (and no target, as the gold has none), its factuality and its date; ``fully_right_two_sided`` counts
        # only the rows found with both sides (the figure of the sessions before the nineteenth)
        two = result.pop("fully_right_count")
        one = result.pop("one_sided_fully_right_count")
        result["fully_right_two_sided"] = result["fully_right"]
        result["fully_right"] = round((two + one) / result["fully_right_n"], 4)
    else:
        result.pop("one_sided_fully_right_count", None)
    result["problems"] = problems
    result["details"] = [
        {
            "id": a["id"],
            "text": a["text"],
            "ok": all(g["found"] == "triple" for g in a["gold"]) and all(e["matched"] for e in ev),
            "gold": [
                f"{[s['text'] for s in g['source']]} -{g['type']}-> {[t['text'] for t in g['target']]} ({g['found']}"
                + (f"; one-sided {g['one_sided']})" if "one_sided" in g else ")")
                for g in a["gold"]
            ],
            "found": [e["text"] + ("" if e["matched"] else " (wrong)") for e in ev]
            + [e["text"] + " (one-sided)" for e in one if e["target"] is None],
        }
        for a, ev, one in zip(articles, emitted, every)
    ]
    if baseline:
        b = score(articles, baseline_events(articles, analyzer))
        result["baseline"] = {k: b[k] for k in ("dyad_recall", "triple_recall", "event_precision", "dyad_f1", "events")}
    return result
