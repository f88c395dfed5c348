"""Orders through the public SDK, replayed from tests/cassettes/test_orders/."""

from __future__ import annotations

import pytest

from tests.fakes import new_order
from treek import TreekClient, ValidationError
from treek_client.api.orders import (
    cancel_order,
    create_order,
    get_order,
    get_order_price,
    list_order_statuses,
    reset_order,
    update_order,
    verify_item,
    verify_order,
)
from treek_client.models import UpdateOrderRequest, VerifyItem

pytestmark = pytest.mark.vcr


def test_create_read_update_cancel_reset(client: TreekClient) -> None:
    created = create_order.sync(client=client, body=new_order()).data
    assert created.status == "pending" and created.receiver_phone == "+966501234567"
    assert [item.name for item in created.items] == ["iPhone 15 cover"]

    read = get_order.sync(created.id, client=client).data
    assert read.order_number == created.order_number

    change = UpdateOrderRequest(receiver_phone="+966501234568", description="Gift wrap please")
    updated = update_order.sync(created.id, client=client, body=change).data
    assert (updated.receiver_phone, updated.description) == ("+966501234568", "Gift wrap please")

    cancelled = cancel_order.sync(created.id, client=client)
    assert cancelled.data.status in {"canceled", "cancelled"}

    assert reset_order.sync(created.id, client=client).data.status == "pending"


def test_list_orders_iterated_to_the_end(client: TreekClient) -> None:
    orders = list(client.iter_orders(per_page=2))
    assert len(orders) >= 3  # more than one page
    assert len({order.id for order in orders}) == len(orders)


def test_statuses(client: TreekClient) -> None:
    assert "pending" in list_order_statuses.sync(client=client).data


def test_verify_items_then_the_order(client: TreekClient) -> None:
    order = create_order.sync(client=client, body=new_order()).data
    item = order.items[0]
    with pytest.raises(ValidationError):
        verify_order.sync(order.id, client=client)  # an item is not verified yet
    wrong = verify_item.sync(order.id, item.id, client=client, body=VerifyItem(code="WRONG"))
    assert wrong.data.wrong_attempts == 1
    right = verify_item.sync(order.id, item.id, client=client, body=VerifyItem(code="SKU-COVER-15"))
    assert right.data.verification_status == "verified"
    assert verify_order.sync(order.id, client=client).data.id == order.id


def test_order_price(client: TreekClient) -> None:
    order = create_order.sync(client=client, body=new_order()).data
    rates = get_order_price.sync(order.id, client=client).data
    assert rates and all(rate.courier_name for rate in rates)
