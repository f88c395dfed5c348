"""Booking couriers, invoices and returns, replayed from tests/cassettes/test_shipping/."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes import new_order
from treek import TreekClient
from treek_client.api.orders import get_order
from treek_client.api.shipments import create_return_shipment, create_shipment
from treek_client.models import CreateReverseShipment, CreateShipmentRequest

pytestmark = pytest.mark.vcr


def test_ship_an_order_in_one_call(client: TreekClient, tmp_path: Path) -> None:
    shipped = client.ship_order(new_order(), "aramex")
    assert shipped.awb and shipped.label_url and shipped.tracking_link
    assert get_order.sync(shipped.order.id, client=client).data.external_id == shipped.awb
    invoice = client.download_invoice(shipped.order.id, tmp_path / "invoice.pdf")
    assert invoice.read_bytes().startswith(b"%PDF")


def test_book_then_return(client: TreekClient) -> None:
    order = client.ship_order(new_order(), "spl").order
    booked_again = create_shipment.sync(
        client=client, body=CreateShipmentRequest(order_id=order.id, courier="barq")
    )
    assert booked_again.data is not None
    back = create_return_shipment.sync(
        client=client, body=CreateReverseShipment(order_id=order.id, reason="Wrong size")
    )
    assert back.data is not None
    assert get_order.sync(order.id, client=client).data.status == "returned"
