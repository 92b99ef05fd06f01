"""The analysis of a fixed sample as sorted JSON, with the CPU time it took: a before/after check for
speed work that must not change any output. Diagnostic only; the speed figures of record come from
`attache bench pipeline`.

    python scripts/analysis_snapshot.py --out /tmp/before.jsonl        # on the old code
    python scripts/analysis_snapshot.py --out /tmp/after.jsonl         # on the new code
    cmp /tmp/before.jsonl /tmp/after.jsonl                             # must say nothing

Default sample: the first 150 State Department releases, 40 Wikinews 2019 pages, 20 Kremlin
transcripts of the demo corpus and the two seeds (``--per-file`` changes the counts).
``--profile FILE`` also writes a cProfile of the analysis (after the warm-up).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SAMPLE = (
    ("demo/state_department_2021_2022.jsonl", 150),
    ("demo/wikinews_2019.csv", 40),
    ("demo/kremlin_2021_2022.csv", 20),
    ("seeds", 2),
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(CORPUS), help="the shared corpus folder (demo/, seeds/)")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply the per-file counts")
    ap.add_argument("--out", help="write the sorted JSON lines here")
    ap.add_argument("--profile", help="write a cProfile of the analysis here")
    ap.add_argument("--repeat", type=int, default=1, help="analyse the sample this many times (CPU time of each)")
    ap.add_argument("--blas-threads", type=int, help="limit the BLAS library to this many threads")
    args = ap.parse_args(argv)

    from attache.analysis import Analyzer
    from attache.pipeline import extract_one
    from attache.sources import plan_inputs, read_inputs

    arts = []
    for rel, n in SAMPLE:
        path = str(Path(args.corpus) / rel)
        got = [a for a in (extract_one(r) for r in read_inputs(plan_inputs([path]))) if hasattr(a, "text")]
        arts.extend(got[: max(1, round(n * args.scale))])
    if args.blas_threads:
        from threadpoolctl import threadpool_limits

        threadpool_limits(args.blas_threads)
    an = Analyzer()
    an.analyze(arts[:3])  # warm-up: first calls fill caches that every later article finds filled
    results = None
    for _ in range(args.repeat):
        if args.profile:
            import cProfile

            prof = cProfile.Profile(time.process_time)
            t = time.process_time()
            prof.enable()
            results = an.analyze(arts)
            prof.disable()
            spent = time.process_time() - t
            prof.dump_stats(args.profile)
        else:
            t = time.process_time()
            results = an.analyze(arts)
            spent = time.process_time() - t
        print(f"{len(arts)} articles: {spent:.2f} s CPU, {1000 * spent / len(arts):.1f} ms per article", file=sys.stderr)
    if args.out and results is not None:
        lines = sorted(json.dumps(dataclasses.asdict(r), sort_keys=True, ensure_ascii=False) for r in results)
        Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
        events = sum(len(r.events) for r in results)
        mentions = sum(len(r.mentions) for r in results)
        print(f"wrote {args.out}: {len(lines)} analyses, {mentions} mentions, {events} events", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
