"""Records shaped like the spec's examples: every order, item, box... starts as a deep copy of the
documented example (so it has the same fields in the same order) and is then filled from a request.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

from tests.sandbox.clock import iso, laravel_date
from tests.spec import load_spec

JSON = dict[str, Any]

# Label and tracking links point at a reserved, never-resolving host: they look like the spec's
# example but cannot be mistaken for (or leak to) the real service.
LINK_HOST = "https://sandbox.gotreek.invalid"
SHIPMENT_FIELDS = (
    "id",
    "order_id",
    "courier",
    "external_id",
    "shipment_label_url",
    "tracking_link",
    "status",
    "created_at",
    "updated_at",
)


def schema_example(name: str) -> Any:
    """A deep copy of `components.schemas.<name>.examples[0]`."""
    return copy.deepcopy(load_spec()["components"]["schemas"][name]["examples"][0])


def _grams_to_kg(grams: float) -> float | int | None:
    if not math.isfinite(grams):  # absurd weights x quantities overflow a double
        return None
    kg = round(grams / 1000, 2)
    return int(kg) if float(kg).is_integer() else kg


def build_item(item_id: int, order_id: int, request: Mapping[str, Any], now: datetime) -> JSON:
    item: JSON = schema_example("OrderItem")
    item.update(
        id=item_id,
        order_id=order_id,
        name=request["name"],
        sku=request.get("sku"),
        quantity=request["quantity"],
        weight=request.get("weight", 0),
        price=request["price"],
        created_at=iso(now),
        updated_at=iso(now),
    )
    return item


def build_package(
    package_id: int,
    order_id: int,
    request: Mapping[str, Any],
    now: datetime,
    default_packaging_type: int,
) -> JSON:
    package: JSON = copy.deepcopy(schema_example("Order")["boxes"][0])
    package.update(
        id=package_id,
        order_id=order_id,
        box_id=None,
        length=request["length"],
        width=request["width"],
        height=request["height"],
        weight=request["weight"],
        packaging_type_id=request.get("packaging_type_id", default_packaging_type),
        created_at=iso(now),
        updated_at=iso(now),
    )
    return package


def order_number(order_id: int, created: datetime) -> str:
    """Like the docs' `17676030724246`: the creation's Unix time (1767603072) and four digits."""
    return f"{int(created.timestamp())}{order_id % 10000:04d}"


def total_weight(items: list[JSON]) -> float | int | None:
    """Kilograms, 2 decimals: the docs example's 2 g of items show as `total_weight: 0`."""
    return _grams_to_kg(sum((i.get("weight") or 0) * (i.get("quantity") or 0) for i in items))


# Order fields a create/update request copies verbatim when it sends them.
ORDER_INPUTS = (
    "order_grand_total",
    "currency",
    "description",
    "payment_method",
    "receiver_first_name",
    "receiver_last_name",
    "receiver_phone",
    "receiver_email",
    "receiver_short_address",
    "receiver_address_line",
    "receiver_street_name",
    "receiver_block",
    "receiver_postal_code",
    "receiver_latitude",
    "receiver_longitude",
    "shipper_name",
    "shipper_phone",
    "shipper_email",
    "shipper_city",
    "shipper_address_line",
    "shipper_short_address",
    "tax",
    "merchant_shipment_id",
    "warehouse_id",
)


def build_order(
    order_id: int,
    request: Mapping[str, Any],
    now: datetime,
    *,
    country: JSON,
    city: JSON,
    warehouse: JSON | None,
    warehouse_city: JSON | None,
    item_ids: Iterator[int],
    package_ids: Iterator[int],
    default_packaging_type: int,
) -> JSON:
    """A new pending order, every field of the docs' example present."""
    order: JSON = schema_example("Order")
    for name in order:
        if name not in {"id", "order_number", "status", "date", "created_at", "updated_at"}:
            order[name] = None
    order.update(
        id=order_id,
        order_number=order_number(order_id, now),
        status="pending",
        date=laravel_date(now),
        currency="SAR",
        tax=0,
        source="manual",
        shipper_country_id=country["id"],
        created_at=iso(now),
        updated_at=iso(now),
    )
    if warehouse is not None:
        # Without explicit shipper fields the pickup warehouse is the shipper (docs: Arabic city).
        order.update(
            shipper_name=warehouse["name"],
            shipper_phone=warehouse["phone"],
            shipper_address_line=warehouse["address_line"],
            shipper_short_address=warehouse["short_address"],
            shipper_city=(warehouse_city or {}).get("name_ar"),
        )
    for name in ORDER_INPUTS:
        if name in request:
            order[name] = request[name]
    set_receiver_place(order, country, city)
    order["items"] = [build_item(next(item_ids), order_id, i, now) for i in request["items"]]
    order["boxes"] = [
        build_package(next(package_ids), order_id, p, now, default_packaging_type)
        for p in request.get("packages", [])
    ]
    order["total_weight"] = total_weight(order["items"])
    return order


def set_receiver_place(order: JSON, country: JSON, city: JSON) -> None:
    order["receiver_country_id"] = country["id"]
    order["receiver_country"] = copy.deepcopy(country)
    order["receiver_city_id"] = city["id"]
    order["receiver_city"] = copy.deepcopy(city)


def clear_shipment(order: JSON) -> None:
    """What Cancel (and Reset) clear: tracking, label and courier references."""
    for name in ("external_id", "shipment_external_id", "selected_shipment_company"):
        order[name] = None
    order["latest_shipment"] = None


def awb(order_id: int, booking: int) -> str:
    """`SBX0000043978` for an order's first booking (the spec's example), `...-2` after."""
    base = f"SBX{order_id:010d}"
    return base if booking == 1 else f"{base}-{booking}"


def build_shipment(
    shipment_id: int, order_id: int, courier: str, airway_bill: str, status: str, now: datetime
) -> JSON:
    values = {
        "id": shipment_id,
        "order_id": order_id,
        "courier": courier,
        "external_id": airway_bill,
        "shipment_label_url": f"{LINK_HOST}/labels/{airway_bill}.pdf",
        "tracking_link": f"{LINK_HOST}/track/{airway_bill}",
        "status": status,
        "created_at": iso(now),
        "updated_at": iso(now),
    }
    return {name: values[name] for name in SHIPMENT_FIELDS}


def book_shipment(
    order: JSON, shipment_id: int, booking: int, courier: str, status: str, now: datetime
) -> JSON:
    """Make a new shipment the order's latest; a forward one also sets the order's AWB."""
    shipment = build_shipment(
        shipment_id, order["id"], courier, awb(order["id"], booking), status, now
    )
    if status == "shipped":
        order["external_id"] = shipment["external_id"]
    order.update(
        status=status,
        shipment_external_id=str(shipment_id),
        selected_shipment_company=courier,
        latest_shipment=shipment,
        updated_at=iso(now),
    )
    return shipment


def build_box(box_id: int, request: Mapping[str, Any], now: datetime) -> JSON:
    box: JSON = schema_example("Box")
    box.update(
        id=box_id,
        name=request["name"],
        length=request["length"],
        width=request["width"],
        height=request["height"],
        weight=request.get("weight"),
        packaging_type_id=request.get("packaging_type_id"),
        created_at=iso(now),
        updated_at=iso(now),
    )
    return box


def build_warehouse(warehouse_id: int, request: Mapping[str, Any], now: datetime) -> JSON:
    warehouse: JSON = schema_example("Warehouse")
    warehouse.update(
        id=warehouse_id,
        name=request["name"],
        city_id=request["city_id"],
        address_line=request["address_line"],
        phone=request["phone"],
        short_address=request.get("short_address"),
        created_at=iso(now),
        updated_at=iso(now),
    )
    return warehouse
