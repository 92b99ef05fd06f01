"""RSS/Atom feeds and the pages they point to, fetched politely (only when asked: ``attache watch``).

Fetching rules: timeouts, a total deadline per fetch (redirects included), a
size cap, at most five redirects each checked again, HTML only for pages,
robots.txt honoured (user agent ``attache``), a pause between requests to the
same host, an optional allow-list of hosts. A host is resolved once per fetch,
every address it resolves to is checked (:mod:`.addresses`: never link-local,
multicast, documentation, reserved, ...; loopback, private-use and shared
address space only with ``allow_private``), and the connection goes to a checked
address (:mod:`.pinned`), so a second DNS answer cannot redirect it.
State (seen item ids, ETag and Last-Modified per feed) lives in the store, so
a restart neither refetches nor duplicates. Every refusal or failure is a
``Problem`` with the URL and the reason.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
import urllib.robotparser
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlparse

from ..model import Problem, RawDocument
from .addresses import special_address
from .decode import DecodeError, decode_bytes
from .hashing import sha256_hex

USER_AGENT = "attache/0.1 (+https://github.com/; news analysis, polite fetcher)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("xml", "rss", "atom")


class FetchRefused(Exception):
    """The URL is not to be fetched (private address, not allowed, robots.txt, wrong type, too big)."""


def _resolve(host: str, name: str, port: int, timeout: float) -> list:
    """getaddrinfo with a time limit (a resolver that never answers does not stall a poll)."""
    box: dict = {}

    def work() -> None:
        try:
            box["infos"] = socket.getaddrinfo(name, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
        except (OSError, UnicodeError) as exc:  # socket.gaierror is an OSError
            box["error"] = exc

    thread = threading.Thread(target=work, name=f"resolve {name}", daemon=True)
    thread.start()
    thread.join(timeout)
    if "error" in box:
        exc = box["error"]
        raise FetchRefused(f"cannot resolve {host}: {getattr(exc, 'strerror', None) or exc}")
    if "infos" not in box:
        raise FetchRefused(f"cannot resolve {host}: no answer within {timeout:g} s")
    return box["infos"]


@dataclass
class Fetcher:
    allow_private: bool = False
    allow_hosts: tuple[str, ...] = ()
    timeout: float = 20.0  # per connect / read / write
    deadline: float = 60.0  # the whole fetch, redirects included
    max_bytes: int = 10 * 1024 * 1024
    per_host_seconds: float = 1.0
    max_redirects: int = 5
    verify: Any = True  # TLS: True (system/certifi roots), a CA bundle path, or an ssl.SSLContext
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        import httpx

        from .pinned import PinnedTransport

        self.transport = PinnedTransport(verify=self.verify)
        self.client = httpx.Client(
            transport=self.transport,
            timeout=self.timeout,
            follow_redirects=False,
            trust_env=False,
            headers={"User-Agent": USER_AGENT},
        )

    def close(self) -> None:
        self.client.close()

    # -- checks -------------------------------------------------------------------
    def _check_host(self, url: str) -> tuple[str, list[str]]:
        """Resolve the URL's host once and check every address: (host as connected to, addresses)."""
        import httpx

        parts = urlparse(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchRefused(f"not an http(s) URL: {url}")
        host = parts.hostname.lower()
        if self.allow_hosts and not any(host == h or host.endswith("." + h) for h in self.allow_hosts):
            raise FetchRefused(f"{host} is not in the allow-list")
        try:
            target = httpx.URL(url)
            name = target.raw_host.decode("ascii").lower()
        except (httpx.InvalidURL, UnicodeError, ValueError) as exc:
            raise FetchRefused(f"not a valid URL: {url} ({exc})") from None
        try:
            addresses = [str(ipaddress.ip_address(name))]  # an address in the URL: nothing to resolve
        except ValueError:
            infos = _resolve(host, name, target.port or (443 if parts.scheme == "https" else 80), self.timeout)
            addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        if not addresses:
            raise FetchRefused(f"cannot resolve {host}: no address")
        for address in addresses:
            found = special_address(address)
            if found is None or (self.allow_private and found.kind == "local"):
                continue
            if found.kind == "local":
                raise FetchRefused(
                    f"{host} resolves to a private or local address ({address}: {found.reason}); use --allow-private to fetch it"
                )
            raise FetchRefused(f"{host} resolves to a special-purpose address ({address}: {found.reason}); never fetched")
        return name, addresses

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
        rules = self._robots[root]
        return True if rules is None else rules.can_fetch("attache", url)

    # -- fetching -----------------------------------------------------------------
    def _get(self, url: str, headers: dict[str, str] | None = None, check_robots: bool = True):
        """(status, content type, body, final url), following checked redirects."""
        import httpx

        deadline: float | None = None
        for _ in range(self.max_redirects + 1):
            name, addresses = self._check_host(url)
            if check_robots and not self.allowed_by_robots(url):
                raise FetchRefused(f"robots.txt of {urlparse(url).netloc} disallows {url}")
            self._pause(urlparse(url).hostname or "")
            if deadline is None:
                deadline = time.monotonic() + self.deadline
            self.transport.backend.pin(name, addresses, deadline)  # the connection goes to these, and ends by then
            try:
                with self.client.stream("GET", url, headers=headers or {}) as r:
                    if r.status_code in (301, 302, 303, 307, 308) and r.headers.get("location"):
                        url = urljoin(url, r.headers["location"])
                        continue
                    size = int(r.headers.get("content-length") or 0) if (r.headers.get("content-length") or "").isdigit() else 0
                    if size > self.max_bytes:
                        raise FetchRefused(f"{url} is {size / 1e6:.1f} MB, over the {self.max_bytes / 1e6:.0f} MB cap")
                    body = bytearray()
                    for chunk in r.iter_bytes():
                        body += chunk
                        if len(body) > self.max_bytes:
                            raise FetchRefused(f"{url} is over the {self.max_bytes / 1e6:.0f} MB cap")
                    ctype = (r.headers.get("content-type") or "").split(";")[0].strip().lower()
                    return r.status_code, ctype, bytes(body), str(r.url), dict(r.headers)
            except httpx.HTTPError as exc:
                if time.monotonic() >= deadline:
                    raise FetchRefused(
                        f"{url}: no complete answer within the {self.deadline:g} s deadline of a fetch (--fetch-deadline)"
                    ) from None
                raise FetchRefused(f"{url}: {type(exc).__name__}: {exc}") from None
            finally:
                self.transport.backend.pins.pop(name, None)
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
        yield RawDocument(
            uri=final,
            content=text,
            content_type="html",
            meta=meta,
            extra={"feed": feed_url, "feed_item": item_id, "feed_title": entry.get("title")},
            size=len(body),
            sha256=sha256_hex(body),
            encoding=encoding,
            warnings=warnings,
        )
