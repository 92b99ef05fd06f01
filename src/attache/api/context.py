"""What every route shares: the store sessions of a request, the answer cache, the name resolver, exports.

One :class:`ApiContext` per application (``app.state.ctx``); routes get it through the ``Ctx`` dependency.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import Response

from .guard import CONTEXT_KEY

EXPORT_MAX = 10_000  # rows an export gives at most


class AnswerCache:
    """Encoded answers of read routes, each valid for one data version; least recently used out past ``max_bytes``."""

    def __init__(self, max_bytes: int = 64 * 1024 * 1024) -> None:
        self.max_bytes = max_bytes
        self.size = 0
        self.lock = threading.Lock()
        self.items: OrderedDict[tuple, tuple[tuple, bytes]] = OrderedDict()
        self.key_locks: dict[tuple, threading.Lock] = {}

    def one_at_a_time(self, key: tuple) -> threading.Lock:
        with self.lock:
            if len(self.key_locks) > 10_000:
                self.key_locks = {k: v for k, v in self.key_locks.items() if v.locked()}
            return self.key_locks.setdefault(key, threading.Lock())

    def get(self, key: tuple, version: tuple) -> bytes | None:
        with self.lock:
            hit = self.items.get(key)
            if hit is None or hit[0] != version:
                return None
            self.items.move_to_end(key)
            return hit[1]

    def put(self, key: tuple, version: tuple, body: bytes) -> None:
        if len(body) > self.max_bytes // 8:
            return
        with self.lock:
            old = self.items.pop(key, None)
            if old is not None:
                self.size -= len(old[1])
            self.items[key] = (version, body)
            self.size += len(body)
            while self.size > self.max_bytes and self.items:
                _, (_, dropped) = self.items.popitem(last=False)
                self.size -= len(dropped)


def jsonable(value: Any) -> Any:
    """Plain data for JSON: dates as ISO strings (rows from the store)."""
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def plain(rows: list[dict]) -> list[dict]:
    return [{k: (v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v) for k, v in r.items()} for r in rows]


def json_response(value: Any, status_code: int = 200) -> Response:
    body = json.dumps(jsonable(value), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(body, status_code=status_code, media_type="application/json")


class ApiContext:
    """The shared store, the per-request sessions, the answer cache, the article count for /health, the names."""

    def __init__(self, shared: Any, query_timeout: float | None) -> None:
        self.shared = shared
        self.query_timeout = query_timeout
        self.answers = AnswerCache()
        self.counts: dict[str, Any] = {"articles": None, "at": 0.0, "busy": False}
        self._names: tuple[tuple, Any] | None = None
        self._names_lock = threading.Lock()

    @contextmanager
    def use(self, request: Request) -> Iterator[Any]:
        """This request's own store session, stopped past the time limit or when the client goes away."""
        from ..store import QueryCancelled

        rctx = request.scope.get(CONTEXT_KEY)
        if rctx is not None and rctx.cancelled:
            raise QueryCancelled("the client went away")
        with self.shared.session(self.query_timeout) as store:
            if rctx is not None:
                rctx.add(store)
            try:
                yield store
            finally:
                if rctx is not None:
                    rctx.remove(store)

    def kept(self, request: Request, compute: Callable[[Any], Any]) -> Response:
        """The route's answer from memory when the data have not changed since it was made (``data_version``);
        otherwise ``compute(store)`` in a session of this request's own."""
        key = (request.url.path, tuple(sorted(request.query_params.multi_items())))
        version = self.shared.data_version()
        body = self.answers.get(key, version)
        if body is None:
            with self.answers.one_at_a_time(key):  # the same question asked by many at once is worked out once
                body = self.answers.get(key, version)
                if body is None:
                    with self.use(request) as store:
                        result = compute(store)
                    if isinstance(result, Response):  # an export or an error: not kept
                        return result
                    body = json.dumps(jsonable(result), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
                    self.answers.put(key, version, body)
        return Response(body, media_type="application/json")

    # -- /health's article count, a few seconds old at most ----------------------------------------
    def refresh_count(self) -> None:
        try:
            with self.shared.session(5.0) as store:
                self.counts["articles"] = store.count("articles")
                self.counts["at"] = time.monotonic()
        except Exception:
            logging.getLogger("attache.api").debug("article count failed", exc_info=True)
        finally:
            self.counts["busy"] = False

    def article_count(self) -> int | None:
        if time.monotonic() - self.counts["at"] > 10 and not self.counts["busy"]:
            self.counts["busy"] = True
            threading.Thread(target=self.refresh_count, daemon=True).start()
        return self.counts["articles"]

    # -- names -------------------------------------------------------------------------------------
    def names(self, store: Any) -> Any:
        """The name resolver over the shipped actors, the store's imported actors and its outlets, rebuilt when they change."""
        from ..actors.names import for_store

        version = store.names_version()
        with self._names_lock:
            if self._names is not None and self._names[0] == version:
                return self._names[1]
            names = for_store(store)
            self._names = (version, names)
            return names

    def listing(
        self,
        request: Request,
        fmt: Any,
        name: str,
        limit: int,
        offset: int,
        fetch: Callable[[Any, int, int], tuple[list[dict], int, dict[str, Any]]],
        *,
        cache: bool = False,
    ) -> Response:
        """A list route's answer: ``fetch(store, limit, offset) -> (items, total, filters)``. JSON: one page in the
        envelope (items, total, limit, offset, filters, coverage); CSV / JSON Lines: every matching row from
        ``offset`` on, at most ``EXPORT_MAX``, as a download."""

        fmt = getattr(fmt, "value", fmt) or "json"
        if fmt == "json":

            def compute(store: Any) -> dict[str, Any]:
                items, total, filters = fetch(store, limit, offset)
                return {
                    "items": items,
                    "total": total,
                    "limit": limit,
                    "offset": offset,
                    "filters": filters,
                    "coverage": store.coverage(),
                }

            if cache:
                return self.kept(request, compute)
            with self.use(request) as store:
                return json_response(compute(store))
        with self.use(request) as store:
            items, total, _ = fetch(store, EXPORT_MAX, offset)
        return export_response(items, fmt, name, total, truncated=total - offset > EXPORT_MAX)


def get_ctx(request: Request) -> ApiContext:
    return request.app.state.ctx


Ctx = Annotated[ApiContext, Depends(get_ctx)]


def export_response(rows: list[dict], fmt: str, name: str, total: int, *, truncated: bool = False) -> Response:
    """Rows as a CSV or JSON Lines download (nested values as JSON text in CSV cells)."""
    headers = {"Content-Disposition": f'attachment; filename="{name}.{fmt}"', "X-Total-Count": str(total)}
    if truncated:
        headers["X-Truncated"] = "true"
    rows = [jsonable(r) for r in rows]
    if fmt == "jsonl":
        body = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in rows)
        return Response(body.encode("utf-8"), media_type="application/x-ndjson", headers=headers)
    columns: list[str] = []
    for r in rows:
        for k in r:
            if k not in columns:
                columns.append(k)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for r in rows:
        writer.writerow([_cell(r.get(c)) for c in columns])
    return Response(out.getvalue().encode("utf-8"), media_type="text/csv; charset=utf-8", headers=headers)


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@") and not _number(value):
        return "'" + value  # a spreadsheet would run it as a formula
    return value


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
