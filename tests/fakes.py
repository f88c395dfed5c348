"""A scriptable fake of Treek for `httpx.MockTransport`: login, bearer checks, canned routes.

Unit tests of the `treek` package use it; the spec-driven sandbox (tests/sandbox) is for
end-to-end tests and cassettes.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from treek import RetryPolicy, TreekClient
from treek_client.models import CreateOrderRequest

EMAIL = "merchant@example.com"
PASSWORD = "not-a-real-password"
BASE_URL = "https://api.gotreek.test"
Route = Callable[[httpx.Request], httpx.Response]
# The docs' Cancel Order answer (shared/reference/cancel-order-200.example.json) and its Order.
CANCEL_ORDER_BODY: dict[str, Any] = json.loads(
    (Path(__file__).parent / "data" / "cancel-order-200.example.json").read_text(encoding="utf-8")
)
ORDER: dict[str, Any] = CANCEL_ORDER_BODY["data"]


def new_order(**changes: Any) -> CreateOrderRequest:
    body: dict[str, Any] = {
        "receiver_first_name": "Sara",
        "receiver_last_name": "Example",
        "receiver_phone": "+966501234567",
        "receiver_email": "sara@example.com",
        "receiver_address_line": "12 Example Street",
        "receiver_city_id": 62,
        "receiver_country_id": 1,
        "receiver_short_address": "RRRD2929",
        "warehouse_id": 207,
        "order_grand_total": 120,
        "payment_method": "cod",
        "description": "Two phone covers",
        "items": [
            {
                "name": "iPhone 15 cover",
                "sku": "SKU-COVER-15",
                "quantity": 2,
                "price": 60,
                "weight": 100,
            }
        ],
        "packages": [
            {"length": 20, "width": 15, "height": 5, "weight": 300, "packaging_type_id": 1}
        ],
    }
    body.update(changes)
    return CreateOrderRequest.from_dict(body)


def json_response(status: int, body: Any, **headers: str) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={
            "content-type": "application/json",
            **headers,
        },
    )


class FakeTreek:
    """Answers login with numbered tokens and every other call from `routes` (or 404).

    A request with a token that is not the latest one issued gets 401, like an expired token.
    `login_delay` keeps a login in flight for a while so concurrent callers overlap.
    """

    def __init__(self, expires_in: int | None = 3600, login_delay: float = 0.0) -> None:
        self.routes: dict[tuple[str, str], Route] = {}
        self.expires_in = expires_in
        self.login_delay = login_delay
        self.login_status = 200
        self.logins = 0
        self.calls: list[httpx.Request] = []
        self._lock = threading.Lock()

    @property
    def token(self) -> str:
        return f"token-{self.logins}"

    def revoke(self) -> None:
        """Make the current token stale, as if it expired on the server."""
        with self._lock:
            self.logins += 1

    def route(self, method: str, path: str, handler: Route | httpx.Response | Any) -> None:
        if isinstance(handler, httpx.Response):
            fixed = handler
            self.routes[method, path] = lambda _request: fixed
        elif callable(handler):
            self.routes[method, path] = handler
        else:
            body = handler
            self.routes[method, path] = lambda _request: json_response(200, body)

    def _login(self, request: httpx.Request) -> httpx.Response:
        credentials = json.loads(request.content)
        if credentials != {"email": EMAIL, "password": PASSWORD} or self.login_status != 200:
            status = self.login_status if self.login_status != 200 else 401
            return json_response(status, {"message": "Invalid credentials."})
        with self._lock:
            self.logins += 1
            body: dict[str, Any] = {"access_token": self.token, "token_type": "bearer"}
        if self.expires_in is not None:
            body["expires_in"] = self.expires_in
        return json_response(200, body)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.calls.append(request)
        if request.url.path == "/api/auth/login":
            return self._login(request)
        if request.headers.get("authorization") != f"Bearer {self.token}":
            return json_response(401, {"message": "Unauthenticated."})
        handler = self.routes.get((request.method, request.url.path))
        if handler is None:
            return json_response(404, {"message": "Not found."})
        return handler(request)

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/auth/login" and self.login_delay:
            time.sleep(self.login_delay)
        return self._answer(request)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/auth/login" and self.login_delay:
            await asyncio.sleep(self.login_delay)
        return self._answer(request)

    def calls_to(self, path: str) -> list[httpx.Request]:
        return [call for call in self.calls if call.url.path == path]

    def client(self, *, is_async: bool = False, **kwargs: Any) -> TreekClient:
        """A TreekClient wired to this fake, with retries that do not sleep."""
        handler = self.handle_async if is_async else self.handle
        kwargs.setdefault("retry_policy", RetryPolicy(max_retries=2, backoff_base=0))
        kwargs.setdefault("httpx_args", {"transport": httpx.MockTransport(handler)})
        return TreekClient(EMAIL, PASSWORD, base_url=BASE_URL, **kwargs)
