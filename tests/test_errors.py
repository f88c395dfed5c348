"""Every error status, odd body and transport failure ends in the right `treek.TreekError`."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from tests.fakes import CANCEL_ORDER_BODY, FakeTreek, json_response, new_order
from treek import (
    ForbiddenError,
    NotFoundError,
    RateLimitError,
    ResponseParseError,
    ServerError,
    TreekAPIError,
    TreekConnectionError,
    TreekError,
    TreekTimeoutError,
    UnexpectedStatus,
    ValidationError,
)
from treek.errors import retry_after_seconds
from treek_client.api.orders import cancel_order, create_order, get_order

LARAVEL_422 = {
    "message": "The receiver phone field is required. (and 1 more error)",
    "errors": {
        "receiver_phone": ["The receiver phone field is required."],
        "items.0.quantity": ["The items.0.quantity must be at least 1."],
    },
}
HTML_500 = "<html><body><h1>500 Internal Server Error</h1>nginx</body></html>"


def _call(fake: FakeTreek, response: httpx.Response) -> TreekError:
    fake.route("GET", "/api/orders/7", response)
    with fake.client(max_retries=0) as client, pytest.raises(TreekError) as caught:
        get_order.sync(7, client=client)
    return caught.value


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (403, ForbiddenError),
        (404, NotFoundError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
        (520, ServerError),
        (418, TreekAPIError),
        (409, TreekAPIError),
    ],
)
def test_status_maps_to_its_class_and_keeps_the_servers_words(status: int, cls: type) -> None:
    error = _call(FakeTreek(), json_response(status, {"message": f"Server says {status}"}))
    assert type(error) is cls
    assert isinstance(error, TreekAPIError)
    assert str(error) == f"Server says {status}"
    assert error.status_code == status
    assert error.body == {"message": f"Server says {status}"}
    assert error.response.status_code == status


def test_422_carries_laravels_field_errors() -> None:
    error = _call(FakeTreek(), json_response(422, LARAVEL_422))
    assert isinstance(error, ValidationError)
    assert error.message == LARAVEL_422["message"]
    assert error.errors == LARAVEL_422["errors"]
    assert "receiver_phone: The receiver phone field is required." in str(error)


def test_error_key_is_read_when_there_is_no_message() -> None:
    error = _call(FakeTreek(), json_response(404, {"error": "Order not found"}))
    assert isinstance(error, NotFoundError) and str(error) == "Order not found"


@pytest.mark.parametrize(
    ("response", "text"),
    [
        (
            httpx.Response(500, text=HTML_500, headers={"content-type": "text/html"}),
            "HTTP 500 Internal Server Error",
        ),
        (httpx.Response(502, content=b""), "HTTP 502 Bad Gateway"),
        (httpx.Response(520, content=b"cloudflare"), "HTTP 520"),
        (httpx.Response(404, content=b"[1, 2]"), "HTTP 404 Not Found"),
        (httpx.Response(599, content=b"\xff\xfe junk"), "HTTP 599"),
    ],
)
def test_html_empty_and_odd_error_bodies_do_not_break_the_mapping(
    response: httpx.Response, text: str
) -> None:
    error = _call(FakeTreek(), response)
    assert isinstance(error, TreekAPIError)
    assert str(error).startswith(text)


def test_a_redirect_is_an_error_not_a_success() -> None:
    error = _call(FakeTreek(), httpx.Response(302, headers={"location": "https://x.test/login"}))
    assert type(error) is TreekAPIError and "redirect to https://x.test/login" in str(error)


def test_non_standard_success_code_is_a_server_error() -> None:
    assert isinstance(_call(FakeTreek(), httpx.Response(299, content=b"{}")), ServerError)


def test_undocumented_success_status_is_unexpected() -> None:
    assert isinstance(_call(FakeTreek(), httpx.Response(204)), UnexpectedStatus)


@pytest.mark.parametrize(
    "content",
    [
        b"<html>maintenance</html>",
        b"",
        b'{"success": true}',
        b'{"data": {"id": "x"}}',
        b"[]",
        json.dumps({"data": {**CANCEL_ORDER_BODY["data"], "items": "not a list"}}).encode(),
    ],
)
def test_a_2xx_body_that_does_not_fit_raises_response_parse_error_with_the_raw_body(
    content: bytes,
) -> None:
    error = _call(FakeTreek(), httpx.Response(200, content=content))
    assert isinstance(error, ResponseParseError)
    assert error.body == content and error.status_code == 200
    assert "GET /api/orders/7 answered 200" in str(error)


def test_the_docs_example_parses() -> None:
    fake = FakeTreek()
    fake.route("POST", "/api/orders/43978/cancel", CANCEL_ORDER_BODY)
    with fake.client() as client:
        order = cancel_order.sync(43978, client=client).data
    assert order.status == "canceled" and len(order.items) == 2


def _refuse(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("[Errno 111] Connection refused", request=request)


def _stall(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("timed out", request=request)


def test_connection_failure_is_a_treek_connection_error() -> None:
    client = FakeTreek().client(
        max_retries=0, httpx_args={"transport": httpx.MockTransport(_refuse)}
    )
    with client, pytest.raises(TreekConnectionError) as caught:
        get_order.sync(1, client=client)
    assert not isinstance(caught.value, TreekTimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


def test_a_timed_out_create_says_it_may_have_gone_through() -> None:
    fake = FakeTreek()

    def handler(request: httpx.Request) -> httpx.Response:
        return _stall(request) if request.url.path == "/api/orders" else fake.handle(request)

    client = fake.client(httpx_args={"transport": httpx.MockTransport(handler)})
    with client, pytest.raises(TreekTimeoutError, match="may have reached Treek"):
        create_order.sync(client=client, body=new_order())


def test_async_calls_map_errors_the_same_way() -> None:
    fake = FakeTreek()
    fake.route("GET", "/api/orders/7", json_response(422, LARAVEL_422))

    async def main() -> ValidationError:
        async with fake.client(is_async=True) as client:
            with pytest.raises(ValidationError) as caught:
                await get_order.asyncio(7, client=client)
            return caught.value

    assert asyncio.run(main()).errors["receiver_phone"] == ["The receiver phone field is required."]


def test_retry_after_may_be_seconds_or_an_http_date() -> None:
    def answer(value: str) -> httpx.Response:
        return httpx.Response(429, headers={"retry-after": value})

    now = 1_767_600_000.0  # 2026-01-05 08:00:00 UTC
    assert retry_after_seconds(answer("7")) == 7.0
    assert retry_after_seconds(answer("Mon, 05 Jan 2026 08:00:30 GMT"), now=now) == 30.0
    assert retry_after_seconds(answer("Mon, 05 Jan 2026 07:00:00 GMT"), now=now) == 0.0
    assert retry_after_seconds(answer("soon")) is None
    assert retry_after_seconds(httpx.Response(429)) is None


def test_a_login_answer_without_a_token_is_a_parse_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return json_response(200, {"success": True, "message": "Welcome"})

    client = FakeTreek().client(httpx_args={"transport": httpx.MockTransport(handler)})
    with client, pytest.raises(ResponseParseError) as caught:
        get_order.sync(1, client=client)
    assert b"Welcome" in caught.value.body
