"""Build src/attache/stories/data/background_df.tsv: document frequencies of the story terms over a
fixed background corpus, so that article vectors do not depend on which articles came before.

Source: the demo corpus in ../shared/corpus/demo (US State Department releases, public domain;
Kremlin.ru news, CC BY 4.0, attribute "Kremlin.ru"; English Wikinews 2019-2020, CC BY 2.5, attribute
"Wikinews"). Only counts of normalised words are kept (no text). Terms seen in fewer than 2 documents
are left out (they count as unseen).

    python scripts/build_background_df.py ../shared/corpus/demo
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from pathlib import Path

from attache.stories.cluster import terms_of


def texts(folder: Path):
    csv.field_size_limit(10**8)
    for line in (folder / "state_department_2021_2022.jsonl").open(encoding="utf-8"):
        yield json.loads(line).get("text") or ""
    for name in ("wikinews_2019.csv", "wikinews_2020.csv"):
        for row in csv.DictReader((folder / name).open(encoding="utf-8")):
            yield row["text"]
    for row in csv.DictReader((folder / "kremlin_2021_2022.csv").open(encoding="utf-8")):
        yield row["body"]


def main(folder: str) -> None:
    df: Counter = Counter()
    n = 0
    for t in texts(Path(folder)):
        n += 1
        df.update(terms_of(None, t).keys())
    out = Path(__file__).resolve().parent.parent / "src/attache/stories/data/background_df.tsv"
    with out.open("w", encoding="utf-8") as f:
        f.write(
            f"# document frequencies over {n} documents of the demo corpus (see scripts/build_background_df.py for "
            "sources and licences)\n"
        )
        f.write(f"__documents__\t{n}\n")
        for term, c in sorted(df.items(), key=lambda kv: (-kv[1], kv[0])):
            if c >= 2:
                f.write(f"{term}\t{c}\n")
    print(f"{out}: {sum(1 for c in df.values() if c >= 2)} terms over {n} documents")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/demo")
