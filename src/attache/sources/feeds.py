"""RSS/Atom feeds and the pages they point to, fetched politely (only when asked: ``attache watch``).

Fetching rules: timeouts, a size cap, at most five redirects each checked
again, HTML only for pages, robots.txt honoured (user agent ``attache``), a
pause between requests to the same host, an optional allow-list of hosts,
and no private, loopback or link-local addresses unless ``allow_private``.
State (seen item ids, ETag and Last-Modified per feed) lives in the store, so
a restart neither refetches nor duplicates. Every refusal or failure is a
``Problem`` with the URL and the reason.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import urllib.robotparser
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlparse

from ..model import Problem, RawDocument
from .decode import DecodeError, decode_bytes
from .hashing import sha256_hex

USER_AGENT = "attache/0.1 (+https://github.com/; news analysis, polite fetcher)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("xml", "rss", "atom")


class FetchRefused(Exception):
    """The URL is not to be fetched (private address, not allowed, robots.txt, wrong type, too big)."""


@dataclass
class Fetcher:
    allow_private: bool = False
    allow_hosts: tuple[str, ...] = ()
    timeout: float = 20.0
    max_bytes: int = 10 * 1024 * 1024
    per_host_seconds: float = 1.0
    max_redirects: int = 5
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        import httpx

        self.client = httpx.Client(timeout=self.timeout, follow_redirects=False, headers={"User-Agent": USER_AGENT})

    def close(self) -> None:
        self.client.close()

    # -- checks -------------------------------------------------------------------
    def _check_host(self, url: str) -> None:
        parts = urlparse(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchRefused(f"not an http(s) URL: {url}")
        host = parts.hostname.lower()
        if self.allow_hosts and not any(host == h or host.endswith("." + h) for h in self.allow_hosts):
            raise FetchRefused(f"{host} is not in the allow-list")
        if self.allow_private:
            return
        try:
            infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80), proto=socket.IPPROTO_TCP)
        except socket.gaierror as exc:
            raise FetchRefused(f"cannot resolve {host}: {exc.strerror}") from None
        for info in infos:
            ip = ipaddress.ip_address(info[4][0])
            if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast:
                raise FetchRefused(f"{host} resolves to a private or local address ({ip}); use --allow-private to fetch it")

    def _pause(self, host: str) -> None:
        wait = self._last.get(host, 0.0) + self.per_host_seconds - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last[host] = time.monotonic()

    def allowed_by_robots(self, url: str) -> bool:
        parts = urlparse(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            parser = urllib.robotparser.RobotFileParser()
            try:
                status, _, body, _, _ = self._get(root + "/robots.txt", check_robots=False)
            except Exception:  # no robots.txt reachable: nothing is forbidden
                self._robots[root] = None
            else:
                if status == 200:
                    parser.parse(body.decode("utf-8", "replace").splitlines())
                    self._robots[root] = parser
                else:
                    self._robots[root] = None
        parser = self._robots[root]
        return True if parser is None else parser.can_fetch("attache", url)

    # -- fetching -----------------------------------------------------------------
    def _get(self, url: str, headers: dict[str, str] | None = None, check_robots: bool = True):
        """(status, content type, body, final url), following checked redirects."""
        import httpx

        for _ in range(self.max_redirects + 1):
            self._check_host(url)
            if check_robots and not self.allowed_by_robots(url):
                raise FetchRefused(f"robots.txt of {urlparse(url).netloc} disallows {url}")
            self._pause(urlparse(url).hostname or "")
            try:
                with self.client.stream("GET", url, headers=headers or {}) as r:
                    if r.status_code in (301, 302, 303, 307, 308) and r.headers.get("location"):
                        url = urljoin(url, r.headers["location"])
                        continue
                    size = int(r.headers.get("content-length") or 0)
                    if size > self.max_bytes:
                        raise FetchRefused(f"{url} is {size / 1e6:.1f} MB, over the {self.max_bytes / 1e6:.0f} MB cap")
                    body = b""
                    for chunk in r.iter_bytes():
                        body += chunk
                        if len(body) > self.max_bytes:
                            raise FetchRefused(f"{url} is over the {self.max_bytes / 1e6:.0f} MB cap")
                    ctype = (r.headers.get("content-type") or "").split(";")[0].strip().lower()
                    return r.status_code, ctype, body, str(r.url), dict(r.headers)
            except httpx.HTTPError as exc:
                raise FetchRefused(f"{url}: {type(exc).__name__}: {exc}") from None
        raise FetchRefused(f"{url}: more than {self.max_redirects} redirects")

    def get(self, url: str, headers: dict[str, str] | None = None):
        status, ctype, body, final, resp_headers = self._get(url, headers)
        return status, ctype, body, final, resp_headers


def poll_feed(fetcher: Fetcher, feed_url: str, state: dict, seen: set[str]) -> Iterator[RawDocument | Problem]:
    """New items of one feed as pages to ingest. ``state`` (etag, last_modified) is updated in place."""
    import feedparser

    headers = {}
    if state.get("etag"):
        headers["If-None-Match"] = state["etag"]
    if state.get("last_modified"):
        headers["If-Modified-Since"] = state["last_modified"]
    try:
        status, ctype, body, _, resp = fetcher.get(feed_url, headers)
    except FetchRefused as exc:
        yield Problem(feed_url, "fetch", str(exc))
        return
    if status == 304:
        return
    if status != 200:
        yield Problem(feed_url, "fetch", f"feed answered HTTP {status}")
        return
    state["etag"] = resp.get("etag") or state.get("etag")
    state["last_modified"] = resp.get("last-modified") or state.get("last_modified")
    parsed = feedparser.parse(body)
    if parsed.bozo and not parsed.entries:
        yield Problem(feed_url, "fetch", f"not a readable RSS/Atom feed: {parsed.get('bozo_exception')}")
        return
    outlet = parsed.feed.get("title")
    for entry in parsed.entries:
        item_id = entry.get("id") or entry.get("link")
        link = entry.get("link")
        if not item_id or not link or item_id in seen:
            continue
        try:
            status, ctype, body, final, _ = fetcher.get(urljoin(feed_url, link))
        except FetchRefused as exc:
            yield Problem(link, "fetch", str(exc))
            continue
        if status != 200:
            yield Problem(link, "fetch", f"page answered HTTP {status}")
            continue
        if ctype not in HTML_TYPES:
            yield Problem(link, "fetch", f"not an HTML page ({ctype or 'no content type'})")
            continue
        try:
            text, encoding, warnings = decode_bytes(body, html=True)
        except DecodeError as exc:
            yield Problem(link, "fetch", str(exc))
            continue
        meta = {"url": final}  # the page's own headline wins over the feed's item title (kept in extra)
        if entry.get("published") or entry.get("updated"):
            meta["published"] = entry.get("published") or entry.get("updated")
        if outlet:
            meta["outlet"] = outlet
        yield RawDocument(uri=final, content=text, content_type="html", meta=meta, extra={"feed": feed_url, "feed_item": item_id, "feed_title": entry.get("title")},
                          size=len(body), sha256=sha256_hex(body), encoding=encoding, warnings=warnings)
