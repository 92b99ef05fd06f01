"""The server bounds its route threads and shortens the interpreter's switch interval (api/pace.py)."""

import pytest


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
