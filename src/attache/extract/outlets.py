"""Outlet names from URLs, for documents that do not name their outlet."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

import yaml


@lru_cache(maxsize=1)
def _domains() -> dict[str, str]:
    raw = yaml.safe_load(resources.files("attache.extract").joinpath("data/outlets.yaml").read_text("utf-8"))
    return {str(k).lower(): str(v) for k, v in raw.items()}


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    return host.lower().removeprefix("www.") if host else None


def outlet_from_url(url: str | None) -> str | None:
    host = host_of(url)
    if not host or "." not in host:
        return None
    parts = host.split(".")
    known = _domains()
    for i in range(len(parts) - 1):
        name = known.get(".".join(parts[i:]))
        if name:
            return name
    return host
