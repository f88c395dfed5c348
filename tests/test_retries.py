"""What is retried, how often, how long it waits — and what is never sent twice."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator

import httpx
import pytest

from tests.fakes import CANCEL_ORDER_BODY, FakeTreek, json_response, new_order
from treek import (
    RateLimitError,
    RetryPolicy,
    ServerError,
    TreekConnectionError,
    TreekTimeoutError,
    retries,
)
from treek_client.api.orders import create_order, get_order, update_order
from treek_client.api.price_calculator import calculate_price
from treek_client.api.shipments import create_shipment
from treek_client.models import (
    CreateShipmentRequest,
    PriceCalculator,
    UpdateOrderRequest,
)

Outcome = httpx.Response | type[Exception]


def scripted(outcomes: list[Outcome]) -> Callable[[httpx.Request], httpx.Response]:
    """A route answering each call with the next outcome (the last one repeats)."""
    queue: Iterator[Outcome] = iter(outcomes)
    last: list[Outcome] = [outcomes[-1]]

    def handler(request: httpx.Request) -> httpx.Response:
        outcome = next(queue, last[0])
        if isinstance(outcome, httpx.Response):
            return outcome
        raise outcome("scripted failure", request=request)  # type: ignore[call-arg]

    return handler


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    waited: list[float] = []
    monkeypatch.setattr(retries, "_blocking_sleep", waited.append)
    return waited


def ok() -> httpx.Response:
    return json_response(200, CANCEL_ORDER_BODY)


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_get_is_retried_on_retryable_statuses(status: int, sleeps: list[float]) -> None:
    fake = FakeTreek()
    fake.route(
        "GET",
        "/api/orders/1",
        scripted([json_response(status, {}), json_response(status, {}), ok()]),
    )
    with fake.client() as client:
        assert get_order.sync(1, client=client).data.id == 43978
    assert len(fake.calls_to("/api/orders/1")) == 3
    assert len(sleeps) == 2


@pytest.mark.parametrize(
    "error", [httpx.ConnectError, httpx.ReadError, httpx.ReadTimeout, httpx.RemoteProtocolError]
)
def test_get_is_retried_on_connection_errors(error: type[Exception], sleeps: list[float]) -> None:
    fake = FakeTreek()
    fake.route("GET", "/api/orders/1", scripted([error, ok()]))
    with fake.client() as client:
        get_order.sync(1, client=client)
    assert len(fake.calls_to("/api/orders/1")) == 2


def test_retries_stop_after_max_retries(sleeps: list[float]) -> None:
    fake = FakeTreek()
    fake.route("GET", "/api/orders/1", scripted([json_response(503, {"message": "Down"})]))
    with fake.client() as client, pytest.raises(ServerError, match="Down"):
        get_order.sync(1, client=client)
    assert len(fake.calls_to("/api/orders/1")) == 3


def test_max_retries_zero_disables_retries(sleeps: list[float]) -> None:
    fake = FakeTreek()
    fake.route("GET", "/api/orders/1", scripted([json_response(503, {}), ok()]))
    with fake.client(retry_policy=None, max_retries=0) as client, pytest.raises(ServerError):
        get_order.sync(1, client=client)
    assert len(fake.calls_to("/api/orders/1")) == 1 and sleeps == []


@pytest.mark.parametrize("status", [400, 403, 404, 422, 500])
def test_other_statuses_are_not_retried(status: int, sleeps: list[float]) -> None:
    fake = FakeTreek()
    fake.route("GET", "/api/orders/1", scripted([json_response(status, {}), ok()]))
    with fake.client() as client, pytest.raises(Exception):  # noqa: B017 - the class is tested elsewhere
        get_order.sync(1, client=client)
    assert len(fake.calls_to("/api/orders/1")) == 1


def test_put_is_retried(sleeps: list[float]) -> None:
    fake = FakeTreek()
    fake.route("PUT", "/api/orders/1/edit", scripted([json_response(503, {}), ok()]))
    with fake.client() as client:
        update_order.sync(1, client=client, body=UpdateOrderRequest(description="x"))
    assert len(fake.calls_to("/api/orders/1/edit")) == 2


@pytest.mark.parametrize(
    "failure", [json_response(503, {}), json_response(429, {}), httpx.ReadTimeout, httpx.ReadError]
)
def test_create_order_is_never_resent_once_it_may_have_reached_treek(
    failure: Outcome, sleeps: list[float]
) -> None:
    fake = FakeTreek()
    fake.route("POST", "/api/orders", scripted([failure, ok()]))
    with (
        fake.client() as client,
        pytest.raises((ServerError, RateLimitError, TreekConnectionError)),
    ):
        create_order.sync(client=client, body=new_order())
    assert len(fake.calls_to("/api/orders")) == 1


def test_create_shipment_timeout_is_not_retried(sleeps: list[float]) -> None:
    fake = FakeTreek()
    fake.route("POST", "/api/shipments", scripted([httpx.ReadTimeout, json_response(200, {})]))
    with fake.client() as client, pytest.raises(TreekTimeoutError):
        create_shipment.sync(
            client=client, body=CreateShipmentRequest(order_id=1, courier="aramex")
        )
    assert len(fake.calls_to("/api/shipments")) == 1


@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
def test_a_create_that_never_left_is_retried(error: type[Exception], sleeps: list[float]) -> None:
    fake = FakeTreek()
    fake.route("POST", "/api/orders", scripted([error, ok()]))
    with fake.client() as client:
        create_order.sync(client=client, body=new_order())
    assert len(fake.calls_to("/api/orders")) == 2


def test_the_calculator_is_a_safe_post(sleeps: list[float]) -> None:
    fake = FakeTreek()
    fake.route(
        "POST",
        "/api/calculate",
        scripted([json_response(503, {}), json_response(200, {"data": []})]),
    )
    body = PriceCalculator.from_dict(
        {"from_city": "Riyadh", "to_city": "Jeddah", "packages": [{"weight": 1}]}
    )
    with fake.client() as client:
        calculate_price.sync(client=client, body=body)
    assert len(fake.calls_to("/api/calculate")) == 2


def test_retry_after_is_honoured(sleeps: list[float]) -> None:
    fake = FakeTreek()
    fake.route(
        "GET", "/api/orders/1", scripted([json_response(429, {}, **{"retry-after": "2"}), ok()])
    )
    with fake.client() as client:
        get_order.sync(1, client=client)
    assert sleeps == [2.0]


def test_a_retry_after_beyond_the_cap_ends_the_retries(sleeps: list[float]) -> None:
    fake = FakeTreek()
    fake.route(
        "GET",
        "/api/orders/1",
        scripted([json_response(429, {"message": "Slow down"}, **{"retry-after": "3600"})]),
    )
    with fake.client() as client, pytest.raises(RateLimitError, match="Slow down") as caught:
        get_order.sync(1, client=client)
    assert caught.value.retry_after == 3600.0 and sleeps == []


def test_backoff_grows_exponentially_with_jitter() -> None:
    policy = RetryPolicy(max_retries=5, backoff_base=0.5, backoff_max=4.0)
    for attempt, ceiling in [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (5, 4.0)]:
        waits = [policy.delay(attempt) for _ in range(200)]
        assert all(w is not None and 0 <= w <= ceiling for w in waits)
        assert max(w for w in waits if w is not None) > ceiling / 2  # jitter spreads the waits
    assert policy.delay(6) is None


def test_async_retries_wait_with_asyncio(monkeypatch: pytest.MonkeyPatch) -> None:
    waited: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waited.append(seconds)

    monkeypatch.setattr(retries, "_async_sleep", fake_sleep)
    fake = FakeTreek()
    fake.route(
        "GET",
        "/api/orders/1",
        scripted([json_response(503, {}), json_response(429, {}, **{"retry-after": "1"}), ok()]),
    )

    async def main() -> None:
        async with fake.client(is_async=True) as client:
            await get_order.asyncio(1, client=client)

    asyncio.run(main())
    assert len(fake.calls_to("/api/orders/1")) == 3 and waited[1] == 1.0 and len(waited) == 2
