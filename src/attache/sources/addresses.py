"""Which IP addresses ``attache watch`` may connect to.

The blocks live in ``data/special_addresses.csv`` (IANA's special-purpose registries): a "never"
block is refused always (link-local, multicast, documentation, reserved, ...), a "local" block
(loopback, private-use, shared address space, unique-local) only without ``--allow-private``, and
an "embedded" block (IPv4-mapped, NAT64, 6to4) is judged by the IPv4 address it carries.
"""

from __future__ import annotations

import csv
import ipaddress
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True)
class Block:
    network: ipaddress.IPv4Network | ipaddress.IPv6Network
    kind: str  # never, local, embedded
    name: str
    rfc: str


@lru_cache(maxsize=1)
def special_blocks() -> tuple[Block, ...]:
    text = resources.files("attache.sources").joinpath("data/special_addresses.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    blocks = [Block(ipaddress.ip_network(r["cidr"]), r["class"], r["name"], r["rfc"]) for r in rows]
    # the most specific block first (64:ff9b:1::/48 is not 64:ff9b::/96's neighbour, but be exact anyway)
    return tuple(sorted(blocks, key=lambda b: -b.network.prefixlen))


def _embedded(ip: ipaddress.IPv6Address, block: Block) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if block.network == ipaddress.ip_network("64:ff9b::/96"):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


@dataclass(frozen=True)
class Special:
    kind: str  # "local" (fetched with --allow-private) or "never"
    reason: str  # "loopback, RFC 1122"


def special_address(address: str | IPAddress) -> Special | None:
    """What is special about ``address`` (None: an ordinary global address, fine to fetch from)."""
    ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    if isinstance(ip, ipaddress.IPv6Address) and ip.scope_id:
        ip = ipaddress.IPv6Address(str(ip).split("%")[0])
    for block in special_blocks():
        if ip.version != block.network.version or ip not in block.network:
            continue
        if block.kind == "embedded" and isinstance(ip, ipaddress.IPv6Address):
            inner = _embedded(ip, block)
            if inner is None:
                return Special("never", f"{block.name} without an address inside, {block.rfc}")
            found = special_address(inner)
            return None if found is None else Special(found.kind, f"{found.reason}, as {block.name} {inner}")
        return Special(block.kind, f"{block.name}, {block.rfc}")
    if not ip.is_global:
        return Special("never", "not a global address")
    return None


def address_refusal(address: str | IPAddress, allow_private: bool = False) -> str | None:
    """Why ``address`` must not be fetched from, or None when it may be."""
    found = special_address(address)
    if found is None or (allow_private and found.kind == "local"):
        return None
    return found.reason
