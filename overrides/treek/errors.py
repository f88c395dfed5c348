"""The errors treek-client raises: one flat hierarchy under `TreekError`.

`TreekError`, `UnexpectedStatus` and `ResponseParseError` live in the generated package (its
errors template) so that generated functions can raise them; everything else is mapped here from
what the server sent. `str(error)` is the server's own message.
"""

from __future__ import annotations

import email.utils
import time
from http import HTTPStatus
from typing import Any

import httpx

from treek_client.errors import (
    InvalidInputError,
    ResponseParseError,
    TreekError,
    UnexpectedStatus,
)

__all__ = [
    "ForbiddenError",
    "InvalidInputError",
    "NotFoundError",
    "RateLimitError",
    "ResponseParseError",
    "ServerError",
    "ShipmentFailedError",
    "TreekAPIError",
    "TreekConnectionError",
    "TreekError",
    "TreekTimeoutError",
    "UnauthorizedError",
    "UnexpectedStatus",
    "ValidationError",
    "error_for_response",
    "error_for_transport",
]


class TreekAPIError(TreekError):
    """The server answered with an error status.

    `body` is the decoded JSON body (or the text when it is not JSON), `response` the
    `httpx.Response`.
    """

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = response.status_code
        self.body = body
        self.response = response

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r})"


class ValidationError(TreekAPIError):
    """422: the request failed Laravel validation; `errors` maps each field to its messages."""

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        super().__init__(message, response=response, body=body)
        self.errors = _field_errors(body)

    def __str__(self) -> str:
        lines = [self.message]
        lines += [f"  {field}: {' '.join(msgs)}" for field, msgs in self.errors.items()]
        return "\n".join(lines)


class UnauthorizedError(TreekAPIError):
    """401: wrong credentials, or a token refused even after one fresh login."""


class ForbiddenError(TreekAPIError):
    """403: the resource belongs to another merchant."""


class NotFoundError(TreekAPIError):
    """404: no such resource."""


class RateLimitError(TreekAPIError):
    """429 after the retries allowed; `retry_after` is the server's wait in seconds, if given."""

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        super().__init__(message, response=response, body=body)
        self.retry_after = retry_after_seconds(response)


class ServerError(TreekAPIError):
    """5xx, and status codes outside the standard set (such as Cloudflare's 520)."""


class TreekConnectionError(TreekError):
    """The request could not be completed: DNS, TCP, TLS, or a broken connection."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class TreekTimeoutError(TreekConnectionError):
    """The server did not answer within the client's timeout."""


class ShipmentFailedError(TreekError):
    """`ship_order` created the order but booking the courier failed.

    The order exists: `order_id` and `order` say which, `cause` is the booking's error. Cancel it,
    or book again with `create_shipment`, so it is not left behind.
    """

    def __init__(self, order: Any, courier: str, cause: TreekError) -> None:
        self.order = order
        self.order_id: int = order.id
        self.courier = courier
        self.cause = cause
        super().__init__(
            f"order {order.id} ({order.order_number}) was created, but booking {courier} failed: "
            f"{cause}"
        )


_BY_STATUS: dict[int, type[TreekAPIError]] = {
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    422: ValidationError,
    429: RateLimitError,
}


def _decode(response: httpx.Response) -> object:
    """The body as JSON when it is JSON, else as text (an HTML error page, an empty body)."""
    try:
        return response.json()
    except ValueError:
        return response.text


def _server_message(body: object) -> str | None:
    if isinstance(body, dict):
        for key in ("message", "error"):
            value = body.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
    return None


def _field_errors(body: object) -> dict[str, list[str]]:
    errors = body.get("errors") if isinstance(body, dict) else None
    if not isinstance(errors, dict):
        return {}
    result: dict[str, list[str]] = {}
    for field, messages in errors.items():
        if isinstance(messages, list):
            result[str(field)] = [str(m) for m in messages]
        else:
            result[str(field)] = [str(messages)]
    return result


def _is_standard(status: int) -> bool:
    try:
        HTTPStatus(status)
    except ValueError:
        return False
    return True


def error_for_response(response: httpx.Response) -> TreekAPIError | None:
    """The error a response stands for, or None when it is a (standard) success.

    The response must have been read. Redirects count as errors: Treek's API answers JSON, and a
    redirect usually means Laravel sent a browser to its login page.
    """
    status = response.status_code
    standard = _is_standard(status)
    if 200 <= status < 300 and standard:
        return None
    body = _decode(response)
    reason = response.reason_phrase or "Error"
    message = _server_message(body) or f"HTTP {status} {reason}".strip()
    if 300 <= status < 400 and standard:
        location = response.headers.get("location", "?")
        message = f"HTTP {status}: unexpected redirect to {location}"
    if not standard or status >= 500:
        cls: type[TreekAPIError] = ServerError
    else:
        cls = _BY_STATUS.get(status, TreekAPIError)
    return cls(message, response=response, body=body)


def error_for_transport(error: httpx.RequestError, request: httpx.Request) -> TreekConnectionError:
    """Map an httpx failure to ours. The message names the call, never its headers or body."""
    call = f"{request.method} {request.url.path}"
    if isinstance(error, httpx.TimeoutException):
        detail = f"{call} timed out ({type(error).__name__})"
        if request.method == "POST":
            detail += "; it may have reached Treek: check before sending it again"
        return TreekTimeoutError(detail, request=request)
    return TreekConnectionError(f"{call} failed: {type(error).__name__}: {error}", request=request)


def retry_after_seconds(response: httpx.Response, now: float | None = None) -> float | None:
    """`Retry-After` as seconds (it may be a number or an HTTP date); None when absent or junk."""
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)


def raise_for_body(response: httpx.Response) -> Any:
    """Decode a success body the SDK reads itself (login); junk becomes ResponseParseError."""
    try:
        return response.json()
    except ValueError as error:
        raise ResponseParseError(response, error) from error
