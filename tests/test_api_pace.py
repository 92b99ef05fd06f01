"""The server keeps its event loop ahead of query work: query threads run at a lower CPU priority."""

import os
import threading

import pytest

from attache.store import shared


@pytest.mark.skipif(not hasattr(os, "setpriority"), reason="per-thread nice values are a Linux feature")
def test_query_thread_yields_cpu_once():
    seen = {}

    def work():
        tid = threading.get_native_id()
        seen["before"] = os.getpriority(os.PRIO_PROCESS, tid)
        shared._yield_cpu()
        shared._yield_cpu()  # a second session on the same thread changes nothing
        seen["after"] = os.getpriority(os.PRIO_PROCESS, tid)

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert seen["after"] == min(19, seen["before"] + shared.QUERY_THREAD_NICENESS)
    # the calling (main) thread keeps its priority
    main_before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    shared._yield_cpu()
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == main_before


def test_server_threads_bounded_and_switch_interval(tmp_path):
    import sys

    from fastapi.testclient import TestClient

    from attache.api import create_app
    from attache.api.pace import SWITCH_INTERVAL, Pace
    from attache.store import DuckDBStore

    db = tmp_path / "p.duckdb"
    DuckDBStore(str(db)).close()
    old = sys.getswitchinterval()
    try:
        app = create_app(str(db), warm=False, allow_hosts=("testserver",))
        with TestClient(app) as client:
            assert client.get("/health").status_code == 200
            import anyio.to_thread

            tokens = client.portal.call(lambda: anyio.to_thread.current_default_thread_limiter().total_tokens)
        assert tokens == Pace(None).workers
        assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL)
    finally:
        sys.setswitchinterval(old)
