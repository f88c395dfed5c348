"""`TreekClient`: the generated `Client` with login, retries, timeouts, typed errors and helpers.

Pass it as `client=` to any generated operation, sync or async:

    from treek import TreekClient
    from treek_client.api.orders import get_order

    with TreekClient.from_env() as client:
        order = get_order.sync(43978, client=client).data
"""

from __future__ import annotations

import os
import threading
from collections.abc import AsyncIterator, Iterator, Mapping
from pathlib import Path
from typing import Any, Self

import httpx

from treek_client import Client
from treek_client.models import City, CreateOrderRequest, Order, OrderShippingRate

from . import helpers
from .auth import TokenStore, TreekAuth
from .http_clients import AsyncTreekHTTPClient, TreekHTTPClient
from .log import configure_from_env
from .retries import AsyncRetryTransport, RetryPolicy, RetryTransport

DEFAULT_BASE_URL = (
    "https://api.gotreek.com"  # what every integration uses; docs show app.gotreek.com
)
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
USER_AGENT = "treek-client/0.1.0 (python)"


def _require_text(name: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"TreekClient needs a non-empty {name}")
    return value


def _check_base_url(value: object) -> str:
    url = httpx.URL(_require_text("base_url", value))
    if url.scheme not in {"http", "https"} or not url.host:
        raise ValueError(
            f"base_url must be an http(s) URL such as {DEFAULT_BASE_URL}, got {value!r}"
        )
    return str(url).rstrip("/")


def _as_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ValueError(f"timeout must be a positive number of seconds, got {value!r}")
    return httpx.Timeout(float(value))


class TreekClient(Client):
    """A logged-in Treek client.

    Args:
        email, password: the merchant's Treek login. Logging in is lazy (first call); the token is
            reused until shortly before it expires and renewed once on a 401.
        base_url: defaults to https://api.gotreek.com (the docs also show https://app.gotreek.com).
        timeout: seconds (or an `httpx.Timeout`) for each request; default 30 s, 10 s to connect.
        max_retries: retries of idempotent calls on connection errors, 429, 502, 503 and 504.
            Create calls are never re-sent once they may have reached Treek. 0 turns retries off.
        httpx_args: extra `httpx.Client`/`AsyncClient` arguments. A `transport` given here (e.g.
            `httpx.MockTransport`) is wrapped with the retries; login and errors still apply.
        retry_policy: full control over waits (`RetryPolicy`); overrides `max_retries`.
    """

    def __init__(
        self,
        email: str,
        password: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        headers: Mapping[str, str] | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
        token_store: TokenStore | None = None,
    ) -> None:
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError(f"max_retries must be a whole number >= 0, got {max_retries!r}")
        configure_from_env()
        super().__init__(
            base_url=_check_base_url(base_url),
            timeout=_as_timeout(timeout),
            headers={"Accept": "application/json", "User-Agent": USER_AGENT, **(headers or {})},
            httpx_args=dict(httpx_args or {}),
        )
        self.auth = TreekAuth(
            _require_text("email", email),
            _require_text("password", password),
            self._base_url,
            token_store,
        )
        self.retry_policy = retry_policy or RetryPolicy(max_retries=max_retries)
        self._build_lock = threading.Lock()

    @classmethod
    def from_env(cls, **kwargs: Any) -> Self:
        """Build a client from TREEK_EMAIL, TREEK_PASSWORD and (optionally) TREEK_BASE_URL."""
        missing = [name for name in ("TREEK_EMAIL", "TREEK_PASSWORD") if not os.environ.get(name)]
        if missing:
            raise ValueError(f"set {' and '.join(missing)} to use TreekClient.from_env()")
        kwargs.setdefault("base_url", os.environ.get("TREEK_BASE_URL") or DEFAULT_BASE_URL)
        return cls(os.environ["TREEK_EMAIL"], os.environ["TREEK_PASSWORD"], **kwargs)

    def __repr__(self) -> str:
        return f"TreekClient(base_url={self._base_url!r}, auth={self.auth!r})"

    # -- the httpx clients the generated operations use --------------------------------------

    def _client_args(self) -> dict[str, Any]:
        args = {k: v for k, v in self._httpx_args.items() if k != "transport"}
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **args,
            "auth": self.auth,
        }

    def get_httpx_client(self) -> httpx.Client:
        with self._build_lock:
            if self._client is None or self._client.is_closed:  # usable again after `with`
                inner = self._httpx_args.get("transport") or httpx.HTTPTransport(
                    verify=self._verify_ssl
                )
                self._client = TreekHTTPClient(
                    transport=RetryTransport(inner, self.retry_policy), **self._client_args()
                )
            return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        with self._build_lock:
            if self._async_client is None or self._async_client.is_closed:
                inner = self._httpx_args.get("transport") or httpx.AsyncHTTPTransport(
                    verify=self._verify_ssl
                )
                self._async_client = AsyncTreekHTTPClient(
                    transport=AsyncRetryTransport(inner, self.retry_policy), **self._client_args()
                )
            return self._async_client

    def with_headers(self, headers: dict[str, str]) -> Self:
        raise NotImplementedError("pass headers= to TreekClient(...) instead")

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        raise NotImplementedError("TreekClient does not use cookies")

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        raise NotImplementedError("pass timeout= to TreekClient(...) instead")

    def close(self) -> None:
        """Close the sync connections (the context manager does this for you)."""
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close the async connections (`async with` does this for you)."""
        if self._async_client is not None:
            await self._async_client.aclose()

    # -- helpers: thin conveniences over the generated operations -----------------------------

    def iter_orders(self, **filters: Any) -> Iterator[Order]:
        """Every order matching `filters` (`status`, `search`, `per_page`), page after page."""
        return helpers.iter_orders(self, **filters)

    def aiter_orders(self, **filters: Any) -> AsyncIterator[Order]:
        """Async twin of `iter_orders`: `async for order in client.aiter_orders(): ...`."""
        return helpers.aiter_orders(self, **filters)

    def find_city(self, name: str, *, country_id: int = 1) -> City | None:
        """The city called `name` (Arabic or English, case and diacritics ignored), or None."""
        return helpers.find_city(self, name, country_id=country_id)

    async def afind_city(self, name: str, *, country_id: int = 1) -> City | None:
        return await helpers.afind_city(self, name, country_id=country_id)

    def ship_order(self, order: CreateOrderRequest, courier: str) -> helpers.ShippedOrder:
        """Create the order, book `courier` for it, and return the order with AWB and links."""
        return helpers.ship_order(self, order, courier)

    async def aship_order(self, order: CreateOrderRequest, courier: str) -> helpers.ShippedOrder:
        return await helpers.aship_order(self, order, courier)

    def quote(
        self, from_city: str, to_city: str, weight_kg: float, **dims: float
    ) -> list[OrderShippingRate]:
        """Every courier's rate for one package, cheapest first (city names, kilograms)."""
        return helpers.quote(self, from_city, to_city, weight_kg, **dims)

    def cheapest_rate(
        self, from_city: str, to_city: str, weight_kg: float, **dims: float
    ) -> OrderShippingRate:
        return helpers.cheapest(self.quote(from_city, to_city, weight_kg, **dims))

    def fastest_rate(
        self, from_city: str, to_city: str, weight_kg: float, **dims: float
    ) -> OrderShippingRate:
        return helpers.fastest(self.quote(from_city, to_city, weight_kg, **dims))

    def download_invoice(self, invoice_id: int, path: str | os.PathLike[str]) -> Path:
        """Save Print Invoice's PDF to `path` (written atomically); returns the path.

        `invoice_id` is the id in Print Invoice's path. Unverified: nothing public says whether
        Treek means the shipment's or the order's id; the sandbox takes the order's.
        """
        return helpers.download_invoice(self, invoice_id, path)

    def download_label(self, label_url: str, path: str | os.PathLike[str]) -> Path:
        """Save a label from its `shipment_label_url`; the token is sent only to Treek's host."""
        return helpers.download_label(self, label_url, path)
