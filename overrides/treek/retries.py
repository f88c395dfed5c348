"""Retries, as an httpx transport wrapped around the real one.

What is retried, and why:
- GET and PUT (idempotent) on connection errors, timeouts, 429, 502, 503 and 504.
- Side-effect-free POSTs (login, the price calculator) like GET.
- Every other POST (create order, create shipment, returns, boxes, warehouses, cancel, ...) only
  when the connection could not be opened, i.e. the request provably never left this machine.
  Once it may have reached Treek it is never sent again: a replayed Create Shipment books a second
  courier.
Waits grow exponentially with full jitter; a `Retry-After` header is honoured up to
`retry_after_cap` seconds, and a longer one ends the retries (the caller gets RateLimitError or
ServerError with `retry_after`) rather than blocking for minutes.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time

import attrs
import httpx

from .errors import retry_after_seconds

logger = logging.getLogger("treek")

RETRY_STATUSES = frozenset({429, 502, 503, 504})


IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
SAFE_POST_PATHS = frozenset({"/api/auth/login", "/api/calculate"})
# Failures before anything was sent: safe to retry whatever the method.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
MAYBE_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.NetworkError,
    httpx.TimeoutException,
    httpx.RemoteProtocolError,
)


# The default waits, looked up at call time so that tests can replace them on this module alone:
# patching `time.sleep` or `asyncio.sleep` process-wide would also hit other threads' event loops.
def _blocking_sleep(seconds: float) -> None:
    time.sleep(seconds)


async def _async_sleep(seconds: float) -> None:
    await asyncio.sleep(seconds)


@attrs.frozen
class RetryPolicy:
    """How many times and how long to retry. `max_retries=0` turns retries off."""

    max_retries: int = attrs.field(default=2, validator=attrs.validators.ge(0))
    backoff_base: float = attrs.field(default=0.5, validator=attrs.validators.ge(0))
    backoff_max: float = attrs.field(default=8.0, validator=attrs.validators.ge(0))
    retry_after_cap: float = attrs.field(default=30.0, validator=attrs.validators.ge(0))

    def replayable(self, request: httpx.Request) -> bool:
        """May this request be sent again after it may have reached the server?"""
        method = request.method.upper()
        return method in IDEMPOTENT_METHODS or (
            method == "POST" and request.url.path in SAFE_POST_PATHS
        )

    def delay(self, attempt: int, response: httpx.Response | None = None) -> float | None:
        """Seconds to wait before retry number `attempt` (1-based), or None to stop retrying."""
        if attempt > self.max_retries:
            return None
        if response is not None:
            wait = retry_after_seconds(response)
            if wait is not None:
                return wait if wait <= self.retry_after_cap else None
        ceiling = min(self.backoff_max, self.backoff_base * 2 ** (attempt - 1))
        return random.uniform(0, ceiling)  # full jitter spreads out clients that failed together

    def wait_after_error(
        self, request: httpx.Request, error: Exception, attempt: int
    ) -> float | None:
        if isinstance(error, NOT_SENT_ERRORS) or (
            isinstance(error, MAYBE_SENT_ERRORS) and self.replayable(request)
        ):
            return self.delay(attempt)
        return None

    def wait_after_response(
        self, request: httpx.Request, response: httpx.Response, attempt: int
    ) -> float | None:
        if response.status_code in RETRY_STATUSES and self.replayable(request):
            return self.delay(attempt, response)
        return None


def _log_retry(request: httpx.Request, attempt: int, wait: float, why: str) -> None:
    logger.info(
        "retrying %s %s in %.2fs after %s (retry %d)",
        request.method,
        request.url.path,
        wait,
        why,
        attempt,
    )


class RetryTransport(httpx.BaseTransport):
    """Sync transport applying a RetryPolicy around another transport."""

    def __init__(
        self,
        transport: httpx.BaseTransport,
        policy: RetryPolicy,
    ) -> None:
        self._transport = transport
        self._policy = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            attempt += 1
            try:
                response = self._transport.handle_request(request)
            except Exception as error:
                wait = self._policy.wait_after_error(request, error, attempt)
                if wait is None:
                    raise
                _log_retry(request, attempt, wait, type(error).__name__)
            else:
                wait = self._policy.wait_after_response(request, response, attempt)
                if wait is None:
                    response.extensions["treek_retries"] = attempt - 1
                    return response
                response.close()
                _log_retry(request, attempt, wait, f"HTTP {response.status_code}")
            _blocking_sleep(wait)

    def close(self) -> None:
        self._transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Async twin of RetryTransport (same policy, awaited sleeps)."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
    ) -> None:
        self._transport = transport
        self._policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self._transport.handle_async_request(request)
            except Exception as error:
                wait = self._policy.wait_after_error(request, error, attempt)
                if wait is None:
                    raise
                _log_retry(request, attempt, wait, type(error).__name__)
            else:
                wait = self._policy.wait_after_response(request, response, attempt)
                if wait is None:
                    response.extensions["treek_retries"] = attempt - 1
                    return response
                await response.aclose()
                _log_retry(request, attempt, wait, f"HTTP {response.status_code}")
            await _async_sleep(wait)

    async def aclose(self) -> None:
        await self._transport.aclose()
