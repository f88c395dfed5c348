"""Login, token reuse, expiry, one re-login on 401, single flight under concurrency."""

from __future__ import annotations

import asyncio
import json
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.fakes import FakeTreek, json_response
from treek import TokenStore, TreekClient, UnauthorizedError, ValidationError
from treek_client.api.orders import get_order
from treek_client.api.utilities import list_countries

COUNTRIES = {"data": [{"id": 1, "name": "Saudi Arabia", "name_ar": "السعودية"}]}


@pytest.fixture
def fake() -> FakeTreek:
    fake = FakeTreek()
    fake.route("GET", "/api/countries", COUNTRIES)
    return fake


def test_login_is_lazy_and_the_token_is_reused(fake: FakeTreek) -> None:
    with fake.client() as client:
        assert fake.calls == []
        for _ in range(3):
            assert list_countries.sync(client=client).data[0].name == "Saudi Arabia"
    assert fake.logins == 1
    login = fake.calls_to("/api/auth/login")[0]
    assert json.loads(login.content) == {
        "email": "merchant@example.com",
        "password": "not-a-real-password",
    }
    assert [c.headers["authorization"] for c in fake.calls_to("/api/countries")] == [
        "Bearer token-1"
    ] * 3


def test_token_is_renewed_shortly_before_it_expires(fake: FakeTreek) -> None:
    now = [1000.0]
    fake.expires_in = 600
    with fake.client(token_store=TokenStore(clock=lambda: now[0])) as client:
        list_countries.sync(client=client)
        now[0] += 600 - 61  # a minute and a second before expiry: still fresh
        list_countries.sync(client=client)
        assert fake.logins == 1
        now[0] += 2  # inside the last minute: renewed before the call
        list_countries.sync(client=client)
    assert fake.logins == 2
    assert len(fake.calls_to("/api/countries")) == 3  # no call was refused on the way


def test_a_401_triggers_exactly_one_relogin_and_one_replay(fake: FakeTreek) -> None:
    with fake.client() as client:
        list_countries.sync(client=client)
        fake.revoke()  # the server forgets the token
        assert list_countries.sync(client=client).data
    assert fake.logins == 3  # first login, the revoke, the re-login
    assert len(fake.calls_to("/api/countries")) == 3  # ok, refused, replayed


def test_a_second_401_is_final(fake: FakeTreek) -> None:
    fake.route("GET", "/api/orders/1", json_response(401, {"message": "Token has been revoked."}))
    with fake.client() as client, pytest.raises(UnauthorizedError) as caught:
        get_order.sync(1, client=client)
    assert str(caught.value) == "Token has been revoked."
    assert caught.value.status_code == 401
    assert len(fake.calls_to("/api/orders/1")) == 2
    assert len(fake.calls_to("/api/auth/login")) == 2


def test_bad_credentials_fail_at_once(fake: FakeTreek) -> None:
    client = TreekClient(
        "merchant@example.com",
        "wrong-password",
        base_url="https://api.gotreek.test",
        httpx_args={"transport": httpx.MockTransport(fake.handle)},
    )
    with client, pytest.raises(UnauthorizedError, match=r"Invalid credentials\."):
        list_countries.sync(client=client)
    assert len(fake.calls) == 1  # one login attempt, no call, no loop


def test_login_validation_error_is_raised_as_is(fake: FakeTreek) -> None:
    fake.login_status = 422
    with fake.client() as client, pytest.raises(ValidationError):
        list_countries.sync(client=client)


@pytest.mark.parametrize(
    "body",
    [{"token": "alt-token"}, {"data": {"access_token": "alt-token", "expires_in": 60}}],
)
def test_login_answers_seen_in_integrations_are_accepted(body: dict[str, object]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/auth/login":
            return json_response(200, body)
        assert request.headers["authorization"] == "Bearer alt-token"
        return json_response(200, COUNTRIES)

    client = FakeTreek().client(httpx_args={"transport": httpx.MockTransport(handler)})
    with client:
        assert list_countries.sync(client=client).data[0].id == 1


def test_sixteen_threads_on_a_fresh_client_share_one_login(fake: FakeTreek) -> None:
    fake.login_delay = 0.05  # keep the login in flight while the others arrive
    with fake.client() as client, ThreadPoolExecutor(16) as pool:
        results = list(pool.map(lambda _: list_countries.sync(client=client), range(16)))
    assert len(results) == 16
    assert fake.logins == 1
    assert len(fake.calls_to("/api/auth/login")) == 1


def test_fifty_async_calls_on_a_fresh_client_share_one_login(fake: FakeTreek) -> None:
    fake.login_delay = 0.05

    async def main() -> None:
        async with fake.client(is_async=True) as client:
            calls = [list_countries.asyncio(client=client) for _ in range(50)]
            results = await asyncio.gather(*calls)
            assert all(r.data[0].id == 1 for r in results)

    asyncio.run(main())
    assert len(fake.calls_to("/api/auth/login")) == 1
    assert len(fake.calls_to("/api/countries")) == 50


def test_concurrent_401s_share_one_relogin(fake: FakeTreek) -> None:
    fake.login_delay = 0.02

    async def main() -> None:
        async with fake.client(is_async=True) as client:
            await list_countries.asyncio(client=client)
            fake.revoke()
            await asyncio.gather(*[list_countries.asyncio(client=client) for _ in range(20)])

    asyncio.run(main())
    assert len(fake.calls_to("/api/auth/login")) == 2


def test_the_token_never_goes_to_another_host(fake: FakeTreek, tmp_path: object) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "labels.courier.test":
            seen.append(request)
            return httpx.Response(200, content=b"%PDF-label")
        return fake.handle(request)

    client = fake.client(httpx_args={"transport": httpx.MockTransport(handler)})
    with client:
        list_countries.sync(client=client)
        client.get_httpx_client().get("https://labels.courier.test/l/1.pdf")
    assert "authorization" not in seen[0].headers
    assert fake.logins == 1


def test_a_login_sent_by_hand_is_not_preceded_by_another(fake: FakeTreek) -> None:
    from treek_client.api.authentication import login
    from treek_client.models import LoginRequest

    with fake.client() as client:
        body = LoginRequest(email="merchant@example.com", password="not-a-real-password")
        assert login.sync(client=client, body=body).access_token == "token-1"
    assert len(fake.calls) == 1 and "authorization" not in fake.calls[0].headers
