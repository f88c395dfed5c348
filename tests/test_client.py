"""Building a TreekClient: defaults, validation of its arguments, env, context managers."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator

import httpx
import pytest

from tests.fakes import FakeTreek
from treek import TreekClient, TreekTimeoutError
from treek_client import Client
from treek_client.api.orders import get_order
from treek_client.api.utilities import list_countries


def test_it_is_the_generated_client_with_a_finite_default_timeout() -> None:
    client = TreekClient("a@example.com", "pw")
    assert isinstance(client, Client)
    timeout = client.get_httpx_client().timeout
    assert timeout.read == 30.0 and timeout.connect == 10.0
    assert client.get_httpx_client().headers["accept"] == "application/json"
    client.close()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"email": ""}, "email"),
        ({"password": None}, "password"),
        ({"base_url": "api.gotreek.com"}, "base_url"),
        ({"base_url": "ftp://api.gotreek.com"}, "base_url"),
        ({"timeout": 0}, "timeout"),
        ({"timeout": "30"}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": 1.5}, "max_retries"),
    ],
)
def test_bad_arguments_get_a_clear_error(kwargs: dict[str, object], message: str) -> None:
    arguments: dict[str, object] = {"email": "a@example.com", "password": "pw", **kwargs}
    email, password = arguments.pop("email"), arguments.pop("password")
    with pytest.raises(ValueError, match=message):
        TreekClient(email, password, **arguments)  # type: ignore[arg-type]


def test_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TREEK_EMAIL", "env@example.com")
    monkeypatch.setenv("TREEK_PASSWORD", "env-pw")
    monkeypatch.setenv("TREEK_BASE_URL", "http://127.0.0.1:9")
    client = TreekClient.from_env(timeout=5)
    assert client.get_httpx_client().base_url == httpx.URL("http://127.0.0.1:9")
    assert "env@example.com" in repr(client)
    monkeypatch.delenv("TREEK_PASSWORD")
    with pytest.raises(ValueError, match="TREEK_PASSWORD"):
        TreekClient.from_env()


def test_context_managers_close_their_connections() -> None:
    with TreekClient("a@example.com", "pw") as client:
        sync_client = client.get_httpx_client()
    assert sync_client.is_closed

    async def main() -> httpx.AsyncClient:
        async with TreekClient("a@example.com", "pw") as client:
            return client.get_async_httpx_client()

    assert asyncio.run(main()).is_closed


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A TCP server on loopback that accepts connections and never answers."""
    server = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    thread.join()
    for conn in accepted:
        conn.close()
    server.close()


def test_a_stalled_server_raises_treek_timeout_error(silent_server: str) -> None:
    client = TreekClient("a@example.com", "pw", base_url=silent_server, timeout=0.2, max_retries=0)
    with client, pytest.raises(TreekTimeoutError):
        get_order.sync(1, client=client)


def test_a_stalled_server_raises_treek_timeout_error_async(silent_server: str) -> None:
    async def main() -> None:
        client = TreekClient(
            "a@example.com", "pw", base_url=silent_server, timeout=0.2, max_retries=0
        )
        async with client:
            await get_order.asyncio(1, client=client)

    with pytest.raises(TreekTimeoutError):
        asyncio.run(main())


def test_a_client_is_usable_again_after_its_with_block() -> None:
    fake = FakeTreek()
    fake.route("GET", "/api/countries", {"data": []})
    client = fake.client()
    with client:
        list_countries.sync(client=client)
    with client:
        list_countries.sync(client=client)
    assert fake.logins == 1  # the token outlives the connections
