"""The documented errors, replayed through the public SDK from tests/cassettes/test_errors/."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.fakes import new_order
from tests.replay.conftest import Target
from treek import (
    ForbiddenError,
    NotFoundError,
    RetryPolicy,
    TreekClient,
    UnauthorizedError,
    ValidationError,
)
from treek_client.api.orders import create_order, get_order
from treek_client.api.utilities import list_countries

pytestmark = pytest.mark.vcr


def test_an_expired_token_is_renewed_once_and_the_call_replayed(
    client: TreekClient, expire_token_on_server: Callable[[], None]
) -> None:
    list_countries.sync(client=client)
    expire_token_on_server()
    assert list_countries.sync(client=client).data  # 401, login, replay: all in the cassette
    assert client.auth.store.logins == 2


@pytest.mark.usefixtures("sandbox_only")
def test_another_merchants_order_is_forbidden(client: TreekClient) -> None:
    with pytest.raises(ForbiddenError) as caught:
        get_order.sync(43971, client=client)
    assert caught.value.status_code == 403


def test_an_unknown_order_is_not_found(client: TreekClient) -> None:
    with pytest.raises(NotFoundError):
        get_order.sync(99999999, client=client)


def test_field_errors_come_back_as_a_validation_error(client: TreekClient) -> None:
    with pytest.raises(ValidationError) as caught:
        create_order.sync(
            client=client, body=new_order(receiver_phone="12345", receiver_email="not-an-email")
        )
    assert set(caught.value.errors) >= {"receiver_phone", "receiver_email"}
    assert str(caught.value).startswith(caught.value.message)


def test_wrong_credentials(target: Target) -> None:
    with (
        TreekClient(
            target.email,
            "wrong-password",
            base_url=target.base_url,
            retry_policy=RetryPolicy(max_retries=0),
        ) as client,
        pytest.raises(UnauthorizedError),
    ):
        list_countries.sync(client=client)
