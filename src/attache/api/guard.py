"""The ASGI layer in front of the API: what a request may cost before any route sees it.

- the Host header must name this server (loopback names by default; ``--allow-host`` adds more),
  against DNS rebinding from a browser;
- ``POST /ingest`` is refused on its headers alone (no token configured, a wrong token: compared
  with ``hmac.compare_digest``) before one byte of its body is read;
- the body cap counts bytes as they arrive (chunked uploads included), so an oversized body is
  cut at the cap, never written whole to a temporary file;
- every answer carries security headers (a Content-Security-Policy allowing only the app's own scripts);
- a GET whose client goes away has its running queries stopped (``RequestContext.cancel``).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import threading
from collections.abc import Iterable
from typing import Any

from starlette.exceptions import HTTPException

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
CONTEXT_KEY = "attache.request"


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body is over the limit of {limit} bytes")


class RequestContext:
    """The sessions of one request, so that they can be stopped when its client goes away."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sessions: list[Any] = []
        self.cancelled = False

    def add(self, session: Any) -> None:
        with self._lock:
            self._sessions.append(session)
            if self.cancelled:
                session.cancel()

    def remove(self, session: Any) -> None:
        with self._lock:
            if session in self._sessions:
                self._sessions.remove(session)

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            for s in self._sessions:
                s.cancel()


def host_name(value: str) -> str:
    """The host of a Host header without its port, lower-cased ('[::1]:8000' -> '::1')."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    if value.count(":") == 1:
        return value.split(":", 1)[0]
    return value


class Guard:
    def __init__(
        self, app: Any, *, hosts: Iterable[str], token: str | None, max_body: int, token_paths: tuple[str, ...] = ("/ingest",)
    ) -> None:
        self.app = app
        self.hosts = {host_name(h) for h in hosts}
        self.token = token
        self.max_body = max_body
        self.token_paths = token_paths

    # one function on purpose: the ASGI flow (checks, the body limit, the GET disconnect watcher) reads top to bottom
    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers: dict[str, str] = {}
        for k, v in scope.get("headers", []):
            headers.setdefault(k.decode("latin-1").lower(), v.decode("latin-1"))

        state = {"started": False, "too_large": False, "replaced": False}

        async def send_secure(message: dict) -> None:
            if message["type"] == "http.response.start":
                if state["too_large"]:  # whatever the app made of a cut body, the answer is 413
                    state["replaced"] = True
                    await self._reply(send, 413, f"request body is over the limit of {self.max_body} bytes")
                    return
                state["started"] = True
                message = {**message, "headers": [*message.get("headers", []), *SECURITY_HEADERS]}
            elif state["replaced"]:
                return
            await send(message)

        refused = self._refusal(scope, headers)
        if refused is not None:
            await self._reply(send, *refused)
            return

        received = 0

        async def limited_receive() -> dict:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    state["too_large"] = True
                    raise BodyTooLarge(self.max_body)
            return message

        if scope["method"] not in ("GET", "HEAD"):
            try:
                await self.app(scope, limited_receive, send_secure)
            except BodyTooLarge:
                if not state["started"] and not state["replaced"]:
                    await self._reply(send, 413, f"request body is over the limit of {self.max_body} bytes")
            return

        # GET: the app reads no body; a watcher takes the client's disconnect and stops the request's queries
        ctx = RequestContext()
        scope[CONTEXT_KEY] = ctx
        gone = asyncio.Event()

        async def watch() -> None:
            while True:
                try:
                    message = await limited_receive()
                except BodyTooLarge:  # a GET has no business with a body that large: stop its work
                    ctx.cancel()
                    return
                if message["type"] == "http.disconnect":
                    gone.set()
                    if not state["started"]:
                        ctx.cancel()
                    return

        first = True

        async def app_receive() -> dict:
            nonlocal first
            if first:
                first = False
                return {"type": "http.request", "body": b"", "more_body": False}
            await gone.wait()
            return {"type": "http.disconnect"}

        watcher = asyncio.create_task(watch())
        try:
            await self.app(scope, app_receive, send_secure)
        finally:
            watcher.cancel()

    def _refusal(self, scope: dict, headers: dict[str, str]) -> tuple[int, str] | None:
        """Why the request is answered before the app sees it (status, detail): a Host not served, an ingest without
        the token, a declared body over the limit. None: it goes on."""
        host = host_name(headers.get("host", ""))
        if host not in self.hosts:
            return (
                400,
                f"Host {host or '(none)'!r} is not served here: start the server with "
                f"--allow-host {host or 'NAME'} to accept it (DNS-rebinding guard)",
            )
        if scope["method"] == "POST" and scope["path"] in self.token_paths:
            if not self.token:
                return 403, "ingest over HTTP is off: start the server with ATTACHE_TOKEN set"
            given = headers.get("authorization", "").encode("utf-8", "replace")
            if not hmac.compare_digest(given, f"Bearer {self.token}".encode()):
                return 401, "a valid bearer token is needed (Authorization: Bearer ...)"
        size = headers.get("content-length", "")
        if size.isdigit() and int(size) > self.max_body:
            return 413, f"request body of {int(size)} bytes is over the limit of {self.max_body}"
        return None

    @staticmethod
    async def _reply(send: Any, status: int, detail: str) -> None:
        body = json.dumps({"detail": detail}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                    *SECURITY_HEADERS,
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
