"""Where the analysis spends its time: each stage, then each spaCy component, on the same articles
(one process). Diagnostic only; the speed figures of record come from `attache bench`. Times are the
process's CPU time (``time.process_time``), which other jobs on a shared machine move less than wall time.

    python scripts/profile_analysis.py ../shared/corpus/demo/state_department_2021_2022.jsonl --limit 150
"""

from __future__ import annotations

import argparse
import collections
import sys
import time


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data")
    ap.add_argument("--limit", type=int, default=150)
    args = ap.parse_args(argv)

    from attache.analysis import Analyzer, lead_fivew1h, one_blas_thread, stated_date
    from attache.facts import classify_genre, extract_claims, extract_quantities
    from attache.facts.tone import actor_tone, document_tone
    from attache.nlp import load, parse
    from attache.pipeline import extract_one
    from attache.sources import plan_inputs, read_inputs

    arts = [a for a in (extract_one(r) for r in read_inputs(plan_inputs([args.data]))) if hasattr(a, "text")][: args.limit]
    one_blas_thread()  # as in a pool's workers: CPU time counts every BLAS thread
    an, nlp = Analyzer(), load()
    list(nlp.pipe(["A first text to warm up."] * 4))
    spent: collections.Counter = collections.Counter()
    t = time.process_time()
    parsed = list(parse(arts))
    spent["parse (spaCy)"] = time.process_time() - t
    for p in parsed:
        a = p.article
        t = time.process_time()
        mentions = an.resolver.resolve(p, a.published or stated_date(a.text))
        spent["actors"] += time.process_time() - t
        t = time.process_time()
        events = an.coder.code(p, mentions, a.published)
        spent["events"] += time.process_time() - t
        for name, fn in (
            ("5W1H of the lead", lambda: lead_fivew1h(p, events, mentions, a.published)),
            ("genre", lambda: classify_genre(a)),
            ("quantities", lambda: extract_quantities(p, mentions)),
            ("claims", lambda: extract_claims(p, mentions)),
            ("document tone", lambda: document_tone(a.text)),
            ("tone toward actors", lambda: actor_tone(p, mentions)),
        ):
            t = time.process_time()
            fn()
            spent[name] += time.process_time() - t
    total = sum(spent.values())
    print(f"{len(arts)} articles, {total:.1f} s of analysis")
    for name, s in spent.most_common():
        print(f"  {name:20s} {s:7.2f} s {s / total:6.1%}")
    texts = [a.text[pa.start : pa.end] for a in arts for pa in a.paragraphs]
    docs = [nlp.make_doc(x) for x in texts]
    print(f"spaCy components over {sum(len(d) for d in docs):,} tokens:")
    for name, proc in nlp.pipeline:
        t = time.process_time()
        docs = list(proc.pipe(docs, batch_size=32)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        print(f"  {name:24s} {time.process_time() - t:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
