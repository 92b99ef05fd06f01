"""Write gzip WARC files of HTML pages built from a JSON Lines corpus (title, text, url, date), for
timing `attache spark run` against `attache analyze` on the same input.

    python scripts/make_warcs.py ../shared/corpus/demo/state_department_2021_2022.jsonl /tmp/warcs --records 400 --files 4
"""

from __future__ import annotations

import argparse
import email.utils
import html
import io
import json
import re
import sys
from pathlib import Path


def page(record: dict) -> str:
    day = ""
    if record.get("date"):
        try:
            day = email.utils.parsedate_to_datetime(record["date"]).date().isoformat()
        except (TypeError, ValueError):
            day = str(record["date"])[:10]
    sentences = re.split(r"(?<=[.!?])\s+", record["text"].strip())
    paras = "".join(f"<p>{html.escape(' '.join(sentences[i : i + 3]))}</p>" for i in range(0, len(sentences), 3))
    meta = f"<meta property='article:published_time' content='{day}'>" if day else ""
    title = html.escape(record.get("title") or "")
    return f"<!doctype html><html><head><title>{title}</title>{meta}</head><body><article><h1>{title}</h1>{paras}</article></body></html>"


def main(argv: list[str] | None = None) -> int:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source")
    ap.add_argument("target")
    ap.add_argument("--records", type=int, default=400)
    ap.add_argument("--files", type=int, default=4)
    args = ap.parse_args(argv)
    rows = []
    with open(args.source, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r.get("text") and len(r["text"]) > 300 and r.get("url"):
                rows.append(r)
            if len(rows) == args.records:
                break
    out = Path(args.target)
    out.mkdir(parents=True, exist_ok=True)
    per = -(-len(rows) // args.files)
    for k in range(args.files):
        with open(out / f"part{k}.warc.gz", "wb") as fh:
            writer = WARCWriter(fh, gzip=True)
            for r in rows[k * per : (k + 1) * per]:
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
                body = io.BytesIO(page(r).encode("utf-8"))
                writer.write_record(writer.create_warc_record(r["url"], "response", payload=body, http_headers=headers))
    print(f"wrote {len(rows)} pages in {args.files} files to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
