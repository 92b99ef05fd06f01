"""Draw audit 2026-12-05e: 15 event records the twenty-eighth session's changes added and 15 they removed (demo corpus
coded in four slices at the session start, 93aecf4, and at 7bab5be; one record a sentence; random.Random(20261205)).
The dumps were /tmp files of that session (article id, sentence, sides, type, factuality, trigger, date per event).

``python eval/audit/sample_28.py BEFORE AFTER SEED NAME`` draws another audit the same way: audit 2026-12-05f (the
twenty-ninth session) is ``/tmp/w/N18_* /tmp/w/P7_* 20261206 2026-12-05f`` (session start 9242cb8, last code commit);
audit 2026-12-05g (the thirtieth session) is ``/tmp/w/P12_* /tmp/w/Q7_* 20261207 2026-12-05g`` (session start be8fa48,
9b1af6a)."""

import collections
import glob
import json
import random
import sys

from attache.store import open_store


def load(p):
    out = {}
    for f in glob.glob(p):
        for line in open(f):
            r = json.loads(line)
            k = (r["a"], r["sent"], f"{r['src']}/{r['sc']} -{r['t']}-> {r['tgt']}/{r['tc']} [{r['f']}] {r['trig']}")
            out.setdefault(k, r)
    return out


before, after, seed, name = sys.argv[1:5] if len(sys.argv) > 4 else ("/tmp/w/B_*", "/tmp/w/N17_*", "20261205", "2026-12-05e")
a, b = load(before), load(after)
removed = [a[k] for k in a.keys() - b.keys()]
added = [b[k] for k in b.keys() - a.keys()]
rng = random.Random(int(seed))
pool = [("removed", r) for r in removed] + [("added", r) for r in added]
rng.shuffle(pool)
seen, chosen = set(), {"added": [], "removed": []}
for g, r in pool:
    if r["sent"] in seen or len(chosen[g]) >= 15:
        continue
    seen.add(r["sent"])
    chosen[g].append(r)
items = [("added", r) for r in chosen["added"]] + [("removed", r) for r in chosen["removed"]]
rng.shuffle(items)
with open_store("/tmp/w/c.duckdb", read_only=True) as st:
    arts = st.get_articles(list({r["a"] for _, r in items}))
sample, key = [], {}
for n, (g, r) in enumerate(items, 1):
    art = arts[r["a"]]
    at = art.text.find(r["sent"])
    ctx = art.text[max(0, at - 700) : at] if at > 0 else ""
    sample.append(
        {
            "n": n,
            "url": art.url,
            "published": art.published,
            "context_before": ctx,
            "sentence": r["sent"],
            "event": {
                "type": r["t"],
                "source": f"{r['src']}/{r['sc']}",
                "target": f"{r['tgt']}/{r['tc']}" if r["tgt"] else None,
                "trigger": r["trig"],
                "factuality": r["f"],
                "date": r["d"],
            },
        }
    )
    key[str(n)] = g
json.dump(sample, open(f"/work/main/eval/audit/{name}_sample.json", "w"), indent=1, ensure_ascii=False)
json.dump(key, open(f"/work/main/eval/audit/{name}_key.json", "w"), indent=1)
print(len(sample), collections.Counter(key.values()))
