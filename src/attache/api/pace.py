"""Keeping the server's event loop free to answer while heavy requests run.

Under many concurrent clients the loop (which parses every request and answers ``/health``) competes for
the interpreter lock with the worker threads that run the routes' queries and encode their answers. With
the default of 40 worker threads, twenty heavy requests in flight each take the lock in turn and a
``/health`` can wait hundreds of milliseconds for it, though it does no work of its own. Two measures:

- at most ``workers`` route functions run at once (default: twice the CPU count, at least 4); the rest
  wait their turn in a queue, which costs them nothing on a machine with that many cores anyway;
- a shorter switch interval of the interpreter lock (1 ms instead of 5 ms), so that the loop, when it
  wakes up, gets the lock back sooner from a thread in the middle of Python work.

Both are set once, on the first request or the lifespan start-up, inside the running loop (where anyio's
default limiter lives). Measured on 1 M events with 20 clients (docs/benchmarks.md, "API under concurrent
load"): neither moves /health's latency measurably on this 2-core machine; what it waits on is the share of
the interpreter lock and of the cores left by the routes' own work. Lowering the query threads' CPU priority
(per-thread nice) was tried and dropped: no gain on a quiet machine, and a low-priority thread holding the
lock when descheduled stalls the loop (priority inversion).

What does move it (same benchmark: /health p50 from 520-890 ms to 7-14 ms on a loaded machine) is the second
half of this module: a read-only server's routes run in a worker process at a lower CPU priority
(:class:`WorkerPool`, :class:`Offload`), the server's own process keeps /health and relays bytes. ``Pace``
still bounds the threads inside that worker, and those of a server that writes (no workers there).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import pickle
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Callable
from typing import Any

SWITCH_INTERVAL = 0.001


def default_workers() -> int:
    return max(4, 2 * (os.cpu_count() or 2))


class Pace:
    """ASGI middleware: bounds the route threads and the interpreter's switch interval (see the module)."""

    def __init__(self, app: Any, *, workers: int | None = None, switch_interval: float | None = SWITCH_INTERVAL) -> None:
        self.app = app
        self.workers = workers or default_workers()
        self.switch_interval = switch_interval
        self._set = False

    def _configure(self) -> None:
        import anyio.to_thread

        anyio.to_thread.current_default_thread_limiter().total_tokens = self.workers
        if self.switch_interval:
            sys.setswitchinterval(self.switch_interval)
        self._set = True

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if not self._set and scope["type"] in ("http", "lifespan"):
            self._configure()
        await self.app(scope, receive, send)


# -- the routes' work in processes of their own ------------------------------------------------------------
#
# What the measures above could not give: the loop that answers /health shares one interpreter lock with the
# threads that convert rows and encode JSON. A read-only server therefore hands every GET but its own cheap
# ones (/health, the dashboard's files, the docs) to a few worker processes, each running the same
# application over its own read-only session of the database, and relays the encoded answer: the server's
# process only parses requests and moves bytes. The workers run at a lower CPU priority (``nice``), so that
# on a machine with few cores the process that answers keeps its turn; a process cannot hold another's lock,
# so there is no priority inversion as with threads. Everything a request may cost before a route sees it
# (Host allow-list, token, body cap, security headers, a client that goes away) stays in the server's
# process (api/guard.py); a client that goes away has its request's queries stopped in the worker too.


FRAME = struct.Struct("!I")
LOCAL_PATHS = ("/health", "/", "/docs", "/openapi.json")  # answered by the server's own process
SCOPE_KEYS = ("http_version", "method", "scheme", "path", "raw_path", "root_path", "query_string", "headers", "client", "server")
WORKER_NICE = 10  # the workers' CPU priority below the server's process (ATTACHE_API_NICE overrides it)


def default_processes() -> int:
    """One: measured on 1 M events with 20 clients (docs/benchmarks.md), two workers cost a quarter more CPU per
    request (each keeps its own answers and reads the file into its own buffers) for no more throughput on two
    cores; the one worker already has the cores the server's own process leaves it."""
    return 1 if os.name == "posix" else 0  # the worker gets its socket by descriptor inheritance (POSIX)


class WorkerGone(RuntimeError):
    pass


def _send_frame(sock: socket.socket, message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    sock.sendall(FRAME.pack(len(data)) + data)


def _recv_exactly(sock: socket.socket, n: int) -> bytes:
    chunks, got = [], 0
    while got < n:
        chunk = sock.recv(min(n - got, 1 << 20))
        if not chunk:
            raise WorkerGone("the worker process closed its connection")
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def _recv_frame(sock: socket.socket) -> Any:
    (n,) = FRAME.unpack(_recv_exactly(sock, FRAME.size))
    return pickle.loads(_recv_exactly(sock, n))


async def _read_frame(reader: asyncio.StreamReader) -> Any:
    (n,) = FRAME.unpack(await reader.readexactly(FRAME.size))
    return pickle.loads(await reader.readexactly(n))


def _write_frame(writer: asyncio.StreamWriter, message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    writer.write(FRAME.pack(len(data)) + data)


class _Worker:
    def __init__(self, proc: subprocess.Popen, sock: socket.socket) -> None:
        self.proc = proc
        self.sock = sock
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.pending: dict[int, asyncio.Future] = {}
        self.slots: asyncio.Semaphore | None = None
        self.load = 0  # requests sent to it or waiting for one of its slots
        self.alive = True


class WorkerPool:
    """``processes`` worker processes serving ``config`` (the arguments of ``create_app``), each taking up to
    ``per_worker`` requests at a time; requests past that wait their turn here, first come first served, each in the queue of the worker
    :meth:`choose` gives it."""

    def __init__(self, config: dict[str, Any], processes: int, *, per_worker: int | None = None, nice: int | None = None) -> None:
        self.config = dict(config)
        self.processes = processes
        self.per_worker = per_worker or int(os.environ.get("ATTACHE_API_PER_WORKER") or default_workers())
        self.nice = nice if nice is not None else int(os.environ.get("ATTACHE_API_NICE") or WORKER_NICE)
        self.workers: list[_Worker] = []
        self.loop: asyncio.AbstractEventLoop | None = None
        self.ids = 0
        self.closed = False
        self._lock = threading.Lock()
        started = [self._start() for _ in range(processes)]
        try:
            for w in started:
                self._ready(w)
        except BaseException:
            self.workers = started
            self.close()
            raise
        self.workers = started

    def _start(self) -> _Worker:
        parent, child = socket.socketpair()
        config = json.dumps({**self.config, "nice": self.nice})
        proc = subprocess.Popen(
            [sys.executable, "-c", "from attache.api.pace import worker_main; worker_main()", str(child.fileno()), config],
            pass_fds=(child.fileno(),),
            stdin=subprocess.DEVNULL,
        )
        child.close()
        return _Worker(proc, parent)

    def _ready(self, w: _Worker, wait: float = 600.0) -> None:
        w.sock.settimeout(wait)
        try:
            message = _recv_frame(w.sock)
        except (OSError, WorkerGone) as exc:
            raise RuntimeError(f"an API worker process did not start (exit code {w.proc.poll()}): {exc}") from None
        if message[0] != "ready":
            raise RuntimeError(f"an API worker process did not start: {message!r}")
        w.sock.settimeout(None)
        w.sock.setblocking(False)

    async def _bind(self) -> None:
        """Streams to the workers, in the loop that serves (the first one to ask)."""
        self.loop = asyncio.get_running_loop()
        for w in self.workers:
            await self._connect(w)

    async def _connect(self, w: _Worker) -> None:
        w.reader, w.writer = await asyncio.open_connection(sock=w.sock, limit=1 << 20)
        w.slots = asyncio.Semaphore(self.per_worker)
        asyncio.get_running_loop().create_task(self._listen(w))

    async def _listen(self, w: _Worker) -> None:
        reader = w.reader
        try:
            while reader is not None:
                message = await _read_frame(reader)
                fut = w.pending.pop(message[1], None)
                if fut is not None and not fut.done():
                    fut.set_result(message[2:])
        except (asyncio.IncompleteReadError, ConnectionError, OSError):
            pass
        w.alive = False
        for fut in w.pending.values():
            if not fut.done():
                fut.set_exception(WorkerGone("an API worker process stopped while answering"))
        w.pending.clear()
        if not self.closed:  # a new worker in its place, started off the loop
            try:
                fresh = await asyncio.get_running_loop().run_in_executor(None, self._replace, w)
                await self._connect(fresh)
            except Exception:
                logging.getLogger("attache.api").exception("an API worker process could not be replaced")

    def _replace(self, old: _Worker) -> _Worker:
        try:
            old.proc.kill()
            old.proc.wait(timeout=10)
        except Exception:
            pass
        fresh = self._start()
        self._ready(fresh)
        with self._lock:
            self.workers = [fresh if x is old else x for x in self.workers]
        return fresh

    def choose(self, scope: dict) -> _Worker:
        """The same question to the same worker (its kept answers, one computation for many askers), unless that
        one has a longer queue than the least busy by more than its slots."""
        workers = [w for w in self.workers if w.alive and w.slots is not None] or self.workers
        first = workers[zlib.crc32(scope["path"].encode() + b"?" + scope.get("query_string", b"")) % len(workers)]
        least = min(workers, key=lambda w: w.load)
        return first if first.load <= least.load + self.per_worker else least

    async def call(self, scope: dict, body: bytes, gone: asyncio.Future) -> tuple[int, list, bytes] | None:
        """The answer of a worker to this request, or None when the client went away first (``gone`` done)."""
        if self.loop is None:
            await self._bind()
        w = self.choose(scope)
        slots = w.slots
        if slots is None:
            raise WorkerGone("an API worker process is not connected")
        w.load += 1
        try:
            take = asyncio.ensure_future(slots.acquire())
            await asyncio.wait({take, gone}, return_when=asyncio.FIRST_COMPLETED)
            if not take.done():
                take.cancel()
                return None
            try:
                return await self._ask(w, scope, body, gone)
            finally:
                slots.release()
        finally:
            w.load -= 1

    async def _ask(self, w: _Worker, scope: dict, body: bytes, gone: asyncio.Future) -> tuple[int, list, bytes] | None:
        writer, loop = w.writer, self.loop
        if not w.alive or writer is None or loop is None:
            raise WorkerGone("an API worker process stopped")
        self.ids += 1
        rid = self.ids
        fut = loop.create_future()
        w.pending[rid] = fut
        _write_frame(writer, ("req", rid, {k: scope[k] for k in SCOPE_KEYS if k in scope}, body))
        await writer.drain()
        await asyncio.wait({fut, gone}, return_when=asyncio.FIRST_COMPLETED)
        if not fut.done():  # the client went away: its queries are stopped; the slot is free once the worker answers
            _write_frame(writer, ("cancel", rid))
            await asyncio.wait({fut})
            if not fut.cancelled():
                fut.exception()  # retrieved: a worker that stopped meanwhile is not the gone client's concern
            return None
        return fut.result()

    def close(self) -> None:
        self.closed = True
        for w in self.workers:
            try:
                w.sock.close()
            except OSError:
                pass
        deadline = time.monotonic() + 10  # a worker stops when its socket closes; one that does not is killed
        for w in self.workers:
            try:
                w.proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                w.proc.kill()
                w.proc.wait()


class Offload:
    """ASGI middleware (inside the Guard): GET and HEAD requests but the local ones go to the worker pool."""

    def __init__(self, app: Any, *, pool: WorkerPool) -> None:
        self.app = app
        self.pool = pool

    def local(self, scope: dict) -> bool:
        path = scope["path"]
        return scope["method"] not in ("GET", "HEAD") or path in LOCAL_PATHS or path.startswith("/static/")

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":

            async def closing_receive() -> dict:
                message = await receive()
                if message["type"] == "lifespan.shutdown":
                    self.pool.close()
                return message

            await self.app(scope, closing_receive, send)
            return
        if scope["type"] != "http" or self.local(scope):
            await self.app(scope, receive, send)
            return
        body = b""
        while True:  # a GET's body, if any (the Guard caps it)
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if not message.get("more_body"):
                break

        async def disconnected() -> None:
            while (await receive())["type"] != "http.disconnect":
                pass

        gone = asyncio.ensure_future(disconnected())
        try:
            try:
                answer = await self.pool.call(scope, body, gone)
            except WorkerGone as exc:
                answer = (
                    503,
                    [(b"content-type", b"application/json"), (b"retry-after", b"5")],
                    json.dumps({"detail": str(exc)}).encode(),
                )
        finally:
            gone.cancel()
        if answer is None:
            return
        status, headers, content = answer
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": content})


# -- inside a worker process -----------------------------------------------------------------------------


def worker_main() -> None:
    """``python -c 'from attache.api.pace import worker_main; worker_main()' FD CONFIG``: serve the requests that
    come over the socket FD with ``create_app(**CONFIG)`` (read-only) until the socket closes."""
    fd, config = int(sys.argv[1]), json.loads(sys.argv[2])
    sock = socket.socket(fileno=fd)
    for sig in (signal.SIGINT, signal.SIGTERM):  # Ctrl-C (sent to the whole group) is for the server: its socket's end stops us
        signal.signal(sig, signal.SIG_IGN)
    nice = config.pop("nice", 0)
    if nice:
        try:
            os.nice(nice)
        except OSError:
            pass
    from . import create_app, warm_up

    app = create_app(**config, warm=False, processes=0, guard=False)
    warm_up(app.state.shared)
    sock.setblocking(True)
    try:
        _send_frame(sock, ("ready", os.getpid()))
    except OSError:  # the server stopped while this worker started
        os._exit(0)
    sock.setblocking(False)
    run: Callable[..., Any] = asyncio.run
    try:
        import uvloop

        run = uvloop.run
    except ImportError:
        pass
    run(_worker_loop(app, sock))


async def _worker_loop(app: Any, sock: socket.socket) -> None:
    from .guard import CONTEXT_KEY, RequestContext

    reader, writer = await asyncio.open_connection(sock=sock, limit=1 << 20)
    running: dict[int, tuple[RequestContext, asyncio.Event]] = {}

    async def handle(rid: int, fields: dict, body: bytes) -> None:
        rctx, gone = running[rid]
        scope = {"type": "http", "asgi": {"version": "3.0", "spec_version": "2.3"}, **fields, CONTEXT_KEY: rctx}
        first = True

        async def receive() -> dict:
            nonlocal first
            if first:
                first = False
                return {"type": "http.request", "body": body, "more_body": False}
            await gone.wait()
            return {"type": "http.disconnect"}

        answer: dict[str, Any] = {"status": 500, "headers": [], "body": []}

        async def send(message: dict) -> None:
            if message["type"] == "http.response.start":
                answer["status"], answer["headers"] = message["status"], list(message.get("headers", []))
            elif message["type"] == "http.response.body":
                answer["body"].append(message.get("body", b""))

        try:
            await app(scope, receive, send)
        except Exception:
            logging.getLogger("attache.api").exception("request failed in an API worker")
            answer = {
                "status": 500,
                "headers": [(b"content-type", b"application/json")],
                "body": [b'{"detail":"Internal Server Error"}'],
            }
        finally:
            running.pop(rid, None)
        _write_frame(writer, ("res", rid, answer["status"], answer["headers"], b"".join(answer["body"])))
        await writer.drain()

    tasks = set()
    while True:
        try:
            message = await _read_frame(reader)
        except (asyncio.IncompleteReadError, ConnectionError, OSError):
            break
        if message[0] == "req":
            running[message[1]] = (RequestContext(), asyncio.Event())
            task = asyncio.ensure_future(handle(message[1], message[2], message[3]))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        elif message[0] == "cancel" and message[1] in running:
            rctx, gone = running[message[1]]
            rctx.cancel()
            gone.set()
    os._exit(0)  # the server went away: nothing left to answer (daemon threads, open sessions: the OS cleans up)
