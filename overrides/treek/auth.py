"""Login and the token's life, as an httpx auth flow.

The flow (shared by sync and async clients, `TreekAuth.auth_flow`):
1. no fresh token → send the login request and keep its `access_token` for `expires_in` seconds
   (less a safety margin, as integrations do);
2. send the request with `Authorization: Bearer <token>`;
3. on a 401 drop the token, log in once more and replay the request once; a second 401 is final.
A failed login raises at once (UnauthorizedError for wrong credentials): no loop.

Single flight: the two drivers (`sync_auth_flow`, `async_auth_flow`) hold a lock while the flow is
logging in, and the flow looks at the token store again once it has the lock, so N concurrent
calls on a fresh client send exactly one login.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Any

import httpx

from .errors import ResponseParseError, error_for_response, raise_for_body

LOGIN_PATH = "/api/auth/login"
MAX_REFRESH_MARGIN = 60.0  # seconds before `expires_in` at which a token is renewed


def _token_from(body: Any) -> tuple[str, float | None] | None:
    """`access_token` and `expires_in` from a login answer.

    Documented: top-level `access_token`. Integrations also accept `token` and
    `data.access_token`; read them too, defensively.
    """
    if not isinstance(body, dict):
        return None
    data = body.get("data")
    candidates = [body, data] if isinstance(data, dict) else [body]
    for source in candidates:
        token = source.get("access_token") or source.get("token")
        if isinstance(token, str) and token:
            expires = source.get("expires_in", body.get("expires_in"))
            if isinstance(expires, int | float) and not isinstance(expires, bool) and expires > 0:
                return token, float(expires)
            return token, None
    return None


class TokenStore:
    """The current bearer token and when it stops being fresh. Thread-safe; does no I/O."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._token: str | None = None
        self._fresh_until = 0.0
        self.logins = 0  # how many logins succeeded; useful for tests and diagnostics

    def fresh(self) -> str | None:
        with self._lock:
            if self._token is not None and self._clock() < self._fresh_until:
                return self._token
            return None

    def accept(self, response: httpx.Response) -> str:
        """Keep the token of a login response, or raise the error it stands for."""
        error = error_for_response(response)
        if error is not None:
            raise error
        found = _token_from(raise_for_body(response))
        if found is None:
            raise ResponseParseError(response, KeyError("access_token"))
        token, expires_in = found
        with self._lock:
            self._token = token
            if expires_in is None:
                self._fresh_until = float("inf")  # no expiry given: keep it until a 401
            else:
                margin = min(MAX_REFRESH_MARGIN, expires_in / 10)
                self._fresh_until = self._clock() + expires_in - margin
            self.logins += 1
        return token

    def invalidate(self, token: str) -> None:
        """Forget `token` if it is still the current one (another call may have renewed it)."""
        with self._lock:
            if self._token == token:
                self._token = None


class TreekAuth(httpx.Auth):
    """Email/password login with a cached bearer token. Never shows the secrets in its repr."""

    def __init__(
        self, email: str, password: str, base_url: str, store: TokenStore | None = None
    ) -> None:
        self._login_url = httpx.URL(base_url).join(LOGIN_PATH)
        self._email = email
        self._password = password
        self.store = store or TokenStore()
        self._thread_lock = threading.Lock()
        self._async_locks: dict[asyncio.AbstractEventLoop, asyncio.Lock] = {}

    def __repr__(self) -> str:
        return f"TreekAuth(email={self._email!r}, password='***')"

    def _needs_token(self, request: httpx.Request) -> bool:
        """A call to Treek's host (the one we log in to), other than the login itself."""
        url = request.url
        ours = (url.scheme, url.netloc) == (self._login_url.scheme, self._login_url.netloc)
        return ours and url.path != LOGIN_PATH

    def _login_request(self, request: httpx.Request) -> httpx.Request:
        return httpx.Request(
            "POST",
            self._login_url,
            json={"email": self._email, "password": self._password},
            headers={
                "Accept": "application/json",
                "User-Agent": request.headers.get("User-Agent", ""),
            },
            # the call's timeout applies to its login too (a bare Request would wait forever)
            extensions={"timeout": request.extensions.get("timeout")},
        )

    def _login(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, str]:
        token = self.store.fresh()  # another call may have logged in while we waited
        if token is None:
            token = self.store.accept((yield self._login_request(request)))
        return token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if not self._needs_token(request):
            # a login sent by hand, or another host (a courier's label URL: never show it the token)
            yield request
            return
        token = self.store.fresh()
        if token is None:
            token = yield from self._login(request)
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401:
            self.store.invalidate(token)
            token = yield from self._login(request)
            request.headers["Authorization"] = f"Bearer {token}"
            yield request

    # The drivers differ from httpx's defaults in two ways: they read the login answer before the
    # flow parses it, and they hold a lock while a login may happen (single flight).

    def _needs_lock(self, request: httpx.Request, response: httpx.Response | None) -> bool:
        if not self._needs_token(request):
            return False
        return self.store.fresh() is None or (response is not None and response.status_code == 401)

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self.auth_flow(request)
        response: httpx.Response | None = None
        while True:
            with self._thread_lock if self._needs_lock(request, response) else _NO_LOCK:
                try:
                    outgoing = next(flow) if response is None else flow.send(response)
                    while outgoing is not request:  # a login: finish it under the lock
                        login_response = yield outgoing
                        login_response.read()
                        outgoing = flow.send(login_response)
                except StopIteration:
                    return
            response = yield outgoing

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self.auth_flow(request)
        response: httpx.Response | None = None
        while True:
            async with self._async_lock() if self._needs_lock(request, response) else _NO_LOCK:
                try:
                    outgoing = next(flow) if response is None else flow.send(response)
                    while outgoing is not request:
                        login_response = yield outgoing
                        await login_response.aread()
                        outgoing = flow.send(login_response)
                except StopIteration:
                    return
            response = yield outgoing

    def _async_lock(self) -> asyncio.Lock:
        # One lock per event loop: an asyncio.Lock must not be shared between loops.
        loop = asyncio.get_running_loop()
        lock = self._async_locks.get(loop)
        if lock is None:
            self._async_locks = {k: v for k, v in self._async_locks.items() if not k.is_closed()}
            lock = self._async_locks[loop] = asyncio.Lock()
        return lock


class _NoLock:
    """A context manager that does nothing, sync or async (the token is fresh: no login ahead)."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None

    async def __aenter__(self) -> None:
        return None

    async def __aexit__(self, *exc: object) -> None:
        return None


_NO_LOCK = _NoLock()
