"""An httpx transport that connects only to addresses the fetcher checked, within a deadline.

The fetcher resolves a host once, checks every address, and *pins* them here; the transport's
network backend then connects to a pinned address instead of resolving the name again (a second
resolution is how DNS rebinding gets a checked name to reach 127.0.0.1). The URL keeps its host
name, so the Host header, the TLS server name (SNI) and certificate checks are those of the name.
A host with no pinned address is not connected to at all.

Every socket operation is also bounded by the fetch's deadline: a read or write waits at most
until then, so a server sending one byte every few seconds is cut off at the deadline, not
accepted after minutes. Proxies from the environment are not used (the address would not be ours).
"""

from __future__ import annotations

import time
import typing
from collections.abc import Iterator

import httpcore
import httpx


class PinnedBackend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self.pins: dict[str, list[str]] = {}  # host (as in the URL, lower case, IDNA) -> checked addresses
        self.deadline: float | None = None  # time.monotonic() value; None: no deadline
        self._inner = httpcore.SyncBackend()

    def pin(self, host: str, addresses: list[str], deadline: float | None) -> None:
        self.pins[host.lower().strip("[]")] = list(addresses)
        self.deadline = deadline

    def cap(self, timeout: float | None) -> float | None:
        """The operation's timeout, shortened to what is left before the deadline."""
        if self.deadline is None:
            return timeout
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise httpcore.ReadTimeout("the fetch deadline has passed")
        return left if timeout is None else min(timeout, left)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = self.pins.get(host.lower().strip("[]"))
        if not addresses:
            raise httpcore.ConnectError(f"{host} has no checked address to connect to")
        failure: Exception | None = None
        for address in addresses:
            try:
                stream = self._inner.connect_tcp(address, port, self.cap(timeout), local_address, socket_options)
            except httpcore.ConnectError as exc:  # the next checked address, if any
                failure = exc
                continue
            return DeadlineStream(stream, self)
        assert failure is not None
        raise failure

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: typing.Iterable[typing.Any] | None = None
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are not fetched from")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write ends by the backend's current deadline."""

    def __init__(self, stream: httpcore.NetworkStream, backend: PinnedBackend) -> None:
        self._stream, self._backend = stream, backend

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._backend.cap(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._backend.cap(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context, server_hostname: str | None = None, timeout: float | None = None) -> httpcore.NetworkStream:
        return DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, self._backend.cap(timeout)), self._backend)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


def _httpx_error(exc: Exception, request: httpx.Request) -> httpx.HTTPError:
    message = str(exc) or type(exc).__name__
    if isinstance(exc, httpcore.TimeoutException):
        return httpx.TimeoutException(message, request=request)
    if isinstance(exc, httpcore.ConnectError):
        return httpx.ConnectError(message, request=request)
    return httpx.TransportError(message, request=request)


_HTTPCORE_ERRORS = (
    httpcore.TimeoutException,
    httpcore.NetworkError,
    httpcore.ProtocolError,
    httpcore.UnsupportedProtocol,
    httpcore.PoolTimeout,
)


class _ResponseStream(httpx.SyncByteStream):
    def __init__(self, stream: typing.Iterable[bytes], request: httpx.Request) -> None:
        self._stream, self._request = stream, request

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._stream
        except _HTTPCORE_ERRORS as exc:
            raise _httpx_error(exc, self._request) from None

    def close(self) -> None:
        closer = getattr(self._stream, "close", None)
        if closer is not None:
            closer()


class PinnedTransport(httpx.BaseTransport):
    def __init__(self, verify: typing.Any = True) -> None:
        self.backend = PinnedBackend()
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(verify=verify),
            max_connections=10,
            max_keepalive_connections=5,
            keepalive_expiry=5.0,
            network_backend=self.backend,
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        req = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme, host=request.url.raw_host, port=request.url.port, target=request.url.raw_path
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        try:
            resp = self._pool.handle_request(req)
        except _HTTPCORE_ERRORS as exc:
            raise _httpx_error(exc, request) from None
        return httpx.Response(
            status_code=resp.status,
            headers=resp.headers,
            stream=_ResponseStream(typing.cast(typing.Iterable[bytes], resp.stream), request),  # a sync pool's stream
            extensions=resp.extensions,
        )

    def close(self) -> None:
        self._pool.close()
