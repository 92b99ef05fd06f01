"""Make the README's screenshots from a database (by default `make demo`'s demo.duckdb).

    python scripts/screenshots.py [--db demo.duckdb] [--out docs/screenshots]

Starts a real `attache serve` on 127.0.0.1 (a free port, read-only), drives Debian's Chromium with Playwright
(never a downloaded browser) and writes overview.png, country.png, story.png, article.png and dyad.png.
What each shows is chosen from the data: the busiest dyad, its first country, the largest story told by two or
more outlets, and that story's first article at its first event. Every wait is for something on the page.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from chromium import CHROMIUM, launch  # noqa: E402  (Chromium's path and flags, as the browser tests have them)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(base: str, path: str):
    with urllib.request.urlopen(base + path, timeout=60) as r:
        return json.loads(r.read())


def start_server(db: str, port: int) -> subprocess.Popen:
    exe = Path(sys.executable).parent / "attache"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "attache.cli"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.Popen(
        cmd + ["serve", "--db", db, "--port", str(port), "--read-only"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"attache serve stopped: {proc.stderr.read().strip()[-500:]}")
        try:
            if get(f"http://127.0.0.1:{port}", "/health")["status"] == "ok":
                return proc
        except OSError:
            time.sleep(0.2)  # the server is still starting: ask again
    proc.terminate()
    raise SystemExit("attache serve did not answer within 60 s")


def choose(base: str) -> dict[str, str]:
    dyads = get(base, "/dyads?limit=1")["items"]
    if not dyads:
        raise SystemExit("the database has no events between countries: run `make demo` first")
    a, b = dyads[0]["a"], dyads[0]["b"]
    stories = get(base, "/stories?limit=100")["items"]
    shared = [s for s in stories if len(s.get("outlets") or []) >= 2] or stories
    story = max(shared, key=lambda s: (len(s.get("outlets") or []), s["size"]))["id"]
    member = get(base, f"/stories/{story}")["articles"][0]
    art = get(base, f"/articles/{member}")
    focus = f"?event={art['events'][0]['id']}" if art.get("events") else ""
    return {
        "overview": "#/",
        "country": f"#/country/{a if a != 'USA' else b}",
        "story": f"#/story/{story}",
        "article": f"#/article/{member}{focus}",
        "dyad": f"#/dyad/{a}/{b}",
    }


def shoot(base: str, out: Path, pages: dict[str, str]) -> None:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport={"width": 1360, "height": 900}, device_scale_factor=1)
        for name, where in pages.items():
            page.goto(f"{base}/{where}")
            page.wait_for_selector("#view[data-ready]", timeout=120_000)
            page.wait_for_selector("#coverage:not(:empty)")
            if page.inner_text("h1") == "Something went wrong":
                raise SystemExit(f"{where}: {page.inner_text('#view')}")
            if name == "country":
                page.wait_for_selector("svg#map path.has-data")
            if name == "dyad":
                page.wait_for_selector("canvas#timeline")
                page.wait_for_selector("#domains[data-ready]", timeout=300_000)  # the brief may take a while on a big store
            if name == "article":
                page.evaluate("window.scrollTo(0, 0)")  # the top of the article, its side panel beside it
            page.screenshot(path=str(out / f"{name}.png"), full_page=False)
            print(f"{out / (name + '.png')}  {where}")
        browser.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=str(ROOT / "demo.duckdb"))
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = ap.parse_args()
    if not Path(args.db).exists():
        raise SystemExit(f"no database at {args.db}: run `make demo` first")
    if CHROMIUM is None:
        raise SystemExit("chromium is missing: `make browser` installs Debian's chromium")
    port = free_port()
    server = start_server(args.db, port)
    try:
        base = f"http://127.0.0.1:{port}"
        shoot(base, Path(args.out), choose(base))
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
