"""Ship an order in one call: create it, book a courier, return the AWB and links."""

from __future__ import annotations

from typing import get_args

import attrs

from treek_client.api.orders import create_order
from treek_client.api.shipments import create_shipment
from treek_client.client import Client
from treek_client.models import (
    CreateOrderRequest,
    CreateShipmentRequest,
    Order,
    ShipmentResponse,
    ShipmentResult,
)
from treek_client.models.courier_code import CourierCode, check_courier_code

from ..errors import InvalidInputError, ShipmentFailedError, TreekError

COURIERS: tuple[str, ...] = get_args(CourierCode)


@attrs.frozen
class ShippedOrder:
    """The order as created, and what booking the courier answered."""

    order: Order
    courier: str
    awb: str | None
    label_url: str | None
    tracking_link: str | None
    order_status: str | None
    shipment: ShipmentResponse


def _field(shipment: ShipmentResponse, name: str) -> str | None:
    """A shipment field from `data`, else from the top level (integrations see both shapes)."""
    for source in (shipment.data, shipment):
        if isinstance(source, ShipmentResult | ShipmentResponse):
            value = getattr(source, name)
            if isinstance(value, str):
                return value
    return None


def _shipped(order: Order, courier: str, shipment: ShipmentResponse) -> ShippedOrder:
    return ShippedOrder(
        order=order,
        courier=courier,
        awb=_field(shipment, "external_id"),
        label_url=_field(shipment, "shipment_label_url"),
        tracking_link=_field(shipment, "tracking_link"),
        order_status=_field(shipment, "order_status"),
        shipment=shipment,
    )


def _check(order: CreateOrderRequest, courier: str) -> CreateShipmentRequest:
    # Checked before anything is sent: a bad courier must not leave an order behind.
    if courier not in COURIERS:
        raise InvalidInputError(f"unknown courier {courier!r}; Treek books: {', '.join(COURIERS)}")
    if not isinstance(order, CreateOrderRequest):
        raise InvalidInputError(f"order must be a CreateOrderRequest, got {type(order).__name__}")
    return CreateShipmentRequest(order_id=0, courier=check_courier_code(courier))


def ship_order(client: Client, order: CreateOrderRequest, courier: str) -> ShippedOrder:
    """Raises ShipmentFailedError, carrying the new order's id, if the booking fails."""
    booking = _check(order, courier)
    created = create_order.sync(client=client, body=order).data
    booking.order_id = created.id
    try:
        shipment = create_shipment.sync(client=client, body=booking)
    except TreekError as error:
        raise ShipmentFailedError(created, courier, error) from error
    return _shipped(created, courier, shipment)


async def aship_order(client: Client, order: CreateOrderRequest, courier: str) -> ShippedOrder:
    booking = _check(order, courier)
    created = (await create_order.asyncio(client=client, body=order)).data
    booking.order_id = created.id
    try:
        shipment = await create_shipment.asyncio(client=client, body=booking)
    except TreekError as error:
        raise ShipmentFailedError(created, courier, error) from error
    return _shipped(created, courier, shipment)
