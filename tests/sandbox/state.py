"""One sandbox run's state, in memory: accounts and tokens, records, id counters and the clock."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tests.sandbox.clock import FakeClock, iso
from tests.sandbox.laravel import Forbidden, NotFound
from tests.sandbox.seed import Account, Owned, build_seed

JSON = dict[str, Any]


@dataclass(frozen=True)
class SandboxOptions:
    """What a test (or `python -m tests.sandbox`) may choose about a sandbox."""

    token_ttl: int = 3600
    """Seconds a token lives (`expires_in`); tokens die when the fake clock passes it."""
    clock: FakeClock | None = None
    """The clock to use (default: a new FakeClock at SANDBOX_EPOCH, +1 s per write)."""
    public_url: str | None = None
    """Base of pagination links; default: the request's own scheme and Host, as Laravel does."""
    per_page: int = 15
    """Page size when a list request sends no `per_page` (Laravel's default)."""
    latency: float = 0.0
    """Seconds each answer waits before it is sent, like a network away (benchmarks)."""


@dataclass(frozen=True)
class Token:
    account_id: int
    expires_at: datetime


class SandboxState:
    """Everything one sandbox remembers between requests. Handlers are its only writers."""

    def __init__(self, options: SandboxOptions) -> None:
        self.options = options
        self.clock = options.clock or FakeClock()
        seed = build_seed()
        self.accounts = seed.accounts
        self.merchants = seed.merchants
        self.countries = seed.countries
        self.cities = seed.cities
        self.couriers = seed.couriers
        self.packaging_types = seed.packaging_types
        self.statuses = seed.statuses
        self.rates = seed.rates
        self.orders = seed.orders
        self.boxes = seed.boxes
        self.warehouses = seed.warehouses
        self.bookings = seed.shipment_count
        self.login_count = 0
        self.failed_logins = 0
        self.peers: set[tuple[str, int]] = set()  # (host, port) of each TCP connection seen
        self._tokens: dict[str, Token] = {}
        self._last_id: dict[str, int] = {
            "order": max(self.orders),
            "item": max(i["id"] for o in self.orders.values() for i in o.data["items"]),
            "package": max(b["id"] for o in self.orders.values() for b in o.data["boxes"]),
            "box": max(self.boxes),
            "warehouse": max(self.warehouses),
            "shipment": seed.last_shipment_id,
        }

    # ---- time and ids

    def write_time(self) -> datetime:
        """The stamp of one write: the fake clock moves one step per write."""
        return self.clock.tick()

    def next_id(self, kind: str) -> int:
        self._last_id[kind] += 1
        return self._last_id[kind]

    # ---- authentication

    def login(self, email: str, password: str) -> str | None:
        account = next((a for a in self.accounts if a.user["email"] == email), None)
        if account is None or account.password != password:
            self.failed_logins += 1
            return None
        self.login_count += 1
        issued = self.clock.now()
        # Deterministic but token-like: a counter and a digest of (counter, user, time).
        digest = hashlib.sha256(f"{self.login_count}:{account.id}:{iso(issued)}".encode())
        token = f"sandbox-token-{self.login_count:04d}-{digest.hexdigest()[:24]}"
        self._tokens[token] = Token(account.id, issued + timedelta(seconds=self.options.token_ttl))
        return token

    def authenticate(self, authorization: str | None) -> Account | None:
        """The account of a valid `Bearer` token, or None (missing, unknown or expired)."""
        scheme, _, value = (authorization or "").partition(" ")
        token = self._tokens.get(value.strip()) if scheme.lower() == "bearer" else None
        if token is None or self.clock.now() >= token.expires_at:
            return None
        return self.account(token.account_id)

    def account(self, account_id: int) -> Account:
        return next(a for a in self.accounts if a.id == account_id)

    # ---- lookups

    @staticmethod
    def owned(table: dict[int, Owned], record_id: int, account: Account, what: str) -> JSON:
        """A record of the caller's merchant: 404 when unknown, then 403 when someone else's."""
        record = table.get(record_id)
        if record is None:
            raise NotFound(what)
        if record.merchant_id != account.merchant_id:
            raise Forbidden()
        return record.data

    def mine(self, table: dict[int, Owned], account: Account) -> list[JSON]:
        return [r.data for _, r in sorted(table.items()) if r.merchant_id == account.merchant_id]

    def country(self, country_id: int) -> JSON | None:
        return next((c for c in self.countries if c["id"] == country_id), None)

    def city(self, city_id: int) -> JSON | None:
        return next((c for c in self.cities if c["id"] == city_id), None)

    def city_named(self, name: str) -> JSON | None:
        wanted = name.strip().casefold()
        return next(
            (c for c in self.cities if wanted in {c["name"].casefold(), (c["name_ar"] or "")}),
            None,
        )

    def packaging_type(self, type_id: int) -> JSON | None:
        return next((p for p in self.packaging_types if p["id"] == type_id), None)

    def default_packaging_type(self) -> int:
        return int(next(p["id"] for p in self.packaging_types if p["is_default"]))
