"""Debian's Chromium as the browser tests and scripts/screenshots.py drive it: where it is (None when it is not
installed) and the flags it runs with (no sandbox in a container, no GPU, and none of its own traffic: QUIC,
background networking, component updates, sync). Plain constants, no pytest: the screenshots script imports it."""

from __future__ import annotations

import shutil
from pathlib import Path

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def launch(playwright):
    """A headless Chromium browser of this Playwright session."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
