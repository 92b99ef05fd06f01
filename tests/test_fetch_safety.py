"""`watch` fetches only what it checked (issue 13 item 8), with no real network.

A patched resolver plays DNS (including a rebinding one that answers a public address, then
127.0.0.1), and a patched ``socket.create_connection`` plays the internet: a connection to the
fake public address reaches a local "public" server, every other address is connected as asked.
Servers run on 127.0.0.1. Outcomes are asserted (what was fetched, stored, refused and why),
never elapsed time: the slow server would need a minute to finish, the deadline is 2 s.
"""

from __future__ import annotations

import http.server
import socket
import threading

import pytest

from attache.sources.addresses import address_refusal, special_address
from conftest import read_until

PUBLIC = "93.184.216.34"  # stands for any public address; the fake network routes it to a local server
HOST = "news.example"

PAGE = """<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>{body}</p><p>{body}</p></article></body></html>"""


class Site:
    """A small site on 127.0.0.1 that records every request (path, Host header)."""

    def __init__(self, title: str, link_port_holder: dict) -> None:
        self.hits: list[tuple[str, str]] = []
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_GET(self):
                site.hits.append((self.path, self.headers.get("Host", "")))
                port = link_port_holder["port"]
                if self.path == "/robots.txt":
                    body, ctype = b"User-agent: *\nDisallow:\n", "text/plain"
                elif self.path == "/feed.xml":
                    link = f"http://{HOST}:{port}/page.html"
                    body = (
                        f"<?xml version='1.0'?><rss version='2.0'><channel><title>{title} wire</title><item><title>x</title>"
                        f"<link>{link}</link><guid>{title}-1</guid></item></channel></rss>"
                    ).encode()
                    ctype = "application/rss+xml"
                elif self.path == "/go-internal":  # a redirect to the internal server by its address
                    self.send_response(302)
                    self.send_header("Location", f"http://127.0.0.1:{port}/page.html")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                elif self.path == "/page.html":
                    body = PAGE.format(
                        title=title, body=f"{title}: Pakistan and India agreed on Monday to hold talks in Geneva."
                    ).encode()
                    ctype = "text/html"
                else:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def net(monkeypatch):
    """Two sites: 'internal' on 127.0.0.1:P (the port in every URL), 'public' reached through PUBLIC:P."""
    holder: dict = {}
    internal = Site("Internal secret", holder)
    holder["port"] = internal.port
    public = Site("Public page", holder)
    real_getaddrinfo, real_connect = socket.getaddrinfo, socket.create_connection
    state = {"answers": [[PUBLIC]], "calls": 0, "connected": []}

    def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
        if host != HOST:
            return real_getaddrinfo(host, port, family, type, proto, flags)
        answers = state["answers"]
        answer = answers[state["calls"] % len(answers)]
        state["calls"] += 1
        return [
            (socket.AF_INET6 if ":" in ip else socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (ip, port))
            for ip in answer
        ]

    def create_connection(address, *args, **kwargs):
        state["connected"].append(address[0])
        if address[0] == PUBLIC:
            address = ("127.0.0.1", public.port)
        return real_connect(address, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    yield {"state": state, "internal": internal, "public": public, "port": internal.port}
    internal.stop()
    public.stop()


def _titles(db: str) -> list[str]:
    from attache.store import open_store

    with open_store(db, read_only=True) as s:
        return [r[0] for r in s.con.execute("SELECT title FROM articles ORDER BY title").fetchall()]


@pytest.mark.parametrize("public_answers", [1, 2, 3])
def test_rebinding_resolver_cannot_reach_loopback(net, cli, tmp_path, public_answers):
    """DNS rebinding: the resolver answers a public address the first N times, then 127.0.0.1.
    Whatever N (wherever the switch falls among the fetches), nothing reaches the internal server,
    every connection goes to the public address, and only the public page can be stored."""
    net["state"]["answers"] = [[PUBLIC]] * public_answers + [["127.0.0.1"]] * 100
    db = str(tmp_path / "w.duckdb")
    r = cli("watch", f"http://{HOST}:{net['port']}/feed.xml", "--once", "--no-analyze", "--pause", "0", db=db)
    assert net["internal"].hits == [], r.out  # not one request reached the internal server
    assert set(net["state"]["connected"]) <= {PUBLIC}
    assert set(_titles(db)) <= {"Public page"}
    assert "Traceback" not in r.out + r.err
    if public_answers < 3:  # the page's own check met the loopback answer: refused, with the reason
        assert "private or local address (127.0.0.1: loopback" in r.out and "0 new" in r.out, r.out


def test_connects_to_the_checked_address_with_the_host_name(net, cli, tmp_path):
    db = str(tmp_path / "w.duckdb")
    r = cli("watch", f"http://{HOST}:{net['port']}/feed.xml", "--once", "--no-analyze", "--pause", "0", db=db)
    assert "1 new" in r.out, r.out
    assert _titles(db) == ["Public page"] and net["internal"].hits == []
    hits = net["public"].hits
    assert [p for p, _ in hits] == ["/robots.txt", "/feed.xml", "/page.html"]
    assert {h for _, h in hits} == {f"{HOST}:{net['port']}"}  # the Host header names the host, not the address
    # resolved once per fetch, and every connection went to the checked address
    assert net["state"]["calls"] == len(hits) and set(net["state"]["connected"]) == {PUBLIC}


def test_every_resolved_address_is_checked(net, cli, tmp_path):
    net["state"]["answers"] = [[PUBLIC, "10.0.0.7"]]
    r = cli(
        "watch", f"http://{HOST}:{net['port']}/feed.xml", "--once", "--no-analyze", "--pause", "0", db=str(tmp_path / "w.duckdb")
    )
    assert "10.0.0.7: private-use" in r.out and "0 new" in r.out, r.out
    assert net["state"]["connected"] == [] and net["public"].hits == []


def test_redirect_is_checked_again(net):
    from attache.sources.feeds import Fetcher, FetchRefused

    fetcher = Fetcher(per_host_seconds=0)
    try:
        with pytest.raises(FetchRefused, match=r"127\.0\.0\.1 resolves to a private or local address \(127\.0\.0\.1: loopback"):
            fetcher.get(f"http://{HOST}:{net['port']}/go-internal")
    finally:
        fetcher.close()
    assert [p for p, _ in net["public"].hits] == ["/robots.txt", "/go-internal"] and net["internal"].hits == []


@pytest.mark.parametrize(
    "address,reason",
    [
        ("169.254.169.254", "link-local"),
        ("224.0.0.251", "multicast"),
        ("192.0.2.10", "documentation"),
        ("240.0.0.1", "reserved"),
        ("0.0.0.0", "this network"),
        ("ff02::1", "multicast"),
        ("2001:db8::5", "documentation"),
    ],
)
def test_special_ranges_refused_even_with_allow_private(net, cli, tmp_path, address, reason):
    net["state"]["answers"] = [[address]]
    r = cli(
        "watch",
        f"http://{HOST}:{net['port']}/feed.xml",
        "--once",
        "--no-analyze",
        "--allow-private",
        "--pause",
        "0",
        db=str(tmp_path / "w.duckdb"),
    )
    assert f"special-purpose address ({address}: {reason}" in r.out and "0 new" in r.out, r.out
    assert net["state"]["connected"] == []


@pytest.mark.parametrize(
    "address,refused,with_allow_private",
    [
        ("93.184.216.34", None, None),
        ("2606:4700:4700::1111", None, None),
        ("::ffff:93.184.216.34", None, None),
        ("2002:5db8:d822::1", None, None),  # 6to4 of a public address
        ("100.64.3.4", "shared address space", None),
        ("127.0.0.1", "loopback", None),
        ("::1", "loopback", None),
        ("10.1.2.3", "private-use", None),
        ("172.16.5.4", "private-use", None),
        ("192.168.0.1", "private-use", None),
        ("fd12::1", "unique-local", None),
        ("::ffff:127.0.0.1", "loopback", None),  # IPv4-mapped
        ("64:ff9b::a00:1", "private-use", None),  # NAT64 of 10.0.0.1
        ("2002:c0a8:0101::1", "private-use", None),  # 6to4 of 192.168.1.1
        ("169.254.169.254", "link-local", "link-local"),
        ("fe80::1", "link-local", "link-local"),
        ("224.0.0.1", "multicast", "multicast"),
        ("ff05::2", "multicast", "multicast"),
        ("192.0.2.1", "documentation", "documentation"),
        ("198.51.100.1", "documentation", "documentation"),
        ("203.0.113.1", "documentation", "documentation"),
        ("2001:db8::1", "documentation", "documentation"),
        ("3fff::1", "documentation", "documentation"),
        ("240.1.2.3", "reserved", "reserved"),
        ("255.255.255.255", "broadcast", "broadcast"),
        ("0.0.0.0", "this network", "this network"),
        ("::", "unspecified", "unspecified"),
        ("2001::1", "Teredo", "Teredo"),
    ],
)
def test_address_rules(address, refused, with_allow_private):
    without = address_refusal(address)
    assert (without is None) if refused is None else (refused in without), without
    lifted = address_refusal(address, allow_private=True)
    assert (lifted is None) if with_allow_private is None else (with_allow_private in lifted), lifted
    if refused and with_allow_private is None:
        assert special_address(address).kind == "local"


class DripServer:
    """Answers robots.txt at once (404), anything else one byte every 0.1 s: 600 bytes would take a minute."""

    def __init__(self, where: str) -> None:
        self.where, self.stop_event, self.sent = where, threading.Event(), 0
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self.stop_event.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            request = read_until(conn, b"\r\n\r\n")
            if b"\r\n\r\n" not in request:
                return
            if request.startswith(b"GET /robots.txt"):
                conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                return
            head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n"
            body = b"<html><body><p>" + b"x" * 600
            if self.where == "body":
                conn.sendall(head)
                slow = body
            else:  # the status line and headers themselves arrive a byte at a time
                slow = head + body
            for i in range(len(slow)):
                if self.stop_event.wait(0.1):
                    return
                try:
                    conn.sendall(slow[i : i + 1])
                except OSError:  # the client hung up: the deadline worked
                    return
                self.sent += 1

    def close(self) -> None:
        self.stop_event.set()
        self.sock.close()


@pytest.mark.parametrize("where", ["body", "headers"])
def test_slow_drip_is_cut_at_the_deadline(cli, tmp_path, where):
    server = DripServer(where)
    try:
        r = cli(
            "watch",
            f"http://127.0.0.1:{server.port}/feed.xml",
            "--once",
            "--no-analyze",
            "--allow-private",
            "--pause",
            "0",
            "--fetch-deadline",
            "2",
            db=str(tmp_path / "w.duckdb"),
        )
    finally:
        server.close()
    assert "no complete answer within the 2 s deadline" in r.out and "0 new" in r.out, r.out
    assert "Traceback" not in r.out + r.err


def _tls_files(folder) -> tuple[str, str, str]:
    """A throwaway CA and a certificate for news.example signed by it (openssl command line)."""
    import shutil
    import subprocess

    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("no openssl command to make a test certificate")
    ca_key, ca, key, csr, cert = (str(folder / n) for n in ("ca.key", "ca.pem", "srv.key", "srv.csr", "srv.pem"))
    ext = folder / "san.cnf"
    ext.write_text(f"subjectAltName=DNS:{HOST}\n")
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    for args in (
        [
            "req",
            "-x509",
            *ec,
            "-keyout",
            ca_key,
            "-out",
            ca,
            "-days",
            "2",
            "-subj",
            "/CN=attache test CA",
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,keyCertSign,cRLSign",
        ],
        ["req", *ec, "-keyout", key, "-out", csr, "-subj", f"/CN={HOST}"],
        [
            "x509",
            "-req",
            "-in",
            csr,
            "-CA",
            ca,
            "-CAkey",
            ca_key,
            "-CAcreateserial",
            "-out",
            cert,
            "-days",
            "2",
            "-extfile",
            str(ext),
        ],
    ):
        subprocess.run([openssl, *args], check=True, capture_output=True)
    return ca, cert, key


def test_tls_keeps_the_server_name(net, tmp_path):
    """https to a pinned address: the TLS server name (SNI) and the certificate check are the host name's."""
    import ssl

    from attache.sources.feeds import Fetcher, FetchRefused

    ca, cert, key = _tls_files(tmp_path)
    names: list[str | None] = []
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(cert, key)
    server_ctx.sni_callback = lambda sock, name, ctx: names.append(name)
    public = net["public"]
    public.server.socket = server_ctx.wrap_socket(public.server.socket, server_side=True)
    fetcher = Fetcher(per_host_seconds=0, verify=ssl.create_default_context(cafile=ca))
    try:
        status, ctype, body, final, _ = fetcher.get(f"https://{HOST}:{net['port']}/page.html")
    finally:
        fetcher.close()
    assert status == 200 and b"Public page" in body and final == f"https://{HOST}:{net['port']}/page.html"
    assert names and set(names) == {HOST}
    assert {h for _, h in public.hits} == {f"{HOST}:{net['port']}"} and net["internal"].hits == []
    # a certificate for the name is required: the same server under another name is refused
    fetcher = Fetcher(per_host_seconds=0, verify=ssl.create_default_context(cafile=ca))
    try:
        with pytest.raises(FetchRefused, match="CERTIFICATE_VERIFY_FAILED|certificate"):
            fetcher.get(f"https://{PUBLIC}:{net['port']}/page.html")
    finally:
        fetcher.close()


def test_resolver_that_never_answers(monkeypatch):
    """A resolver that hangs does not stall the poll: the fetch is refused with the reason."""
    from attache.sources.feeds import Fetcher, FetchRefused

    release = threading.Event()
    real = socket.getaddrinfo

    def hanging(host, *args, **kwargs):
        if host == HOST:
            release.wait()
            raise socket.gaierror(-2, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", hanging)
    fetcher = Fetcher(per_host_seconds=0, timeout=1)
    try:
        with pytest.raises(FetchRefused, match=f"cannot resolve {HOST}: no answer within 1 s"):
            fetcher.get(f"http://{HOST}/feed.xml")
    finally:
        release.set()
        fetcher.close()
