"""Orders: list, create, show, update, cancel, reset, statuses, item/order verification, price."""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterator
from typing import Any

from tests.sandbox.call import Call
from tests.sandbox.clock import iso
from tests.sandbox.contract import Reply
from tests.sandbox.laravel import FieldErrors, Invalid, NotFound, selected_invalid
from tests.sandbox.records import (
    ORDER_INPUTS,
    build_item,
    build_order,
    build_package,
    clear_shipment,
    total_weight,
)
from tests.sandbox.seed import Owned

JSON = dict[str, Any]
SEARCHED = (
    "order_number",
    "receiver_first_name",
    "receiver_last_name",
    "receiver_phone",
    "receiver_email",
    "external_id",
    "merchant_shipment_id",
)


def _order(call: Call, key: str = "id") -> JSON:
    return call.state.owned(call.state.orders, call.params[key], call.me, "Order")


def _ids(call: Call, kind: str) -> Iterator[int]:
    return iter(functools.partial(call.state.next_id, kind), None)


def _references(call: Call) -> tuple[JSON | None, JSON | None, JSON | None]:
    """The country, city and warehouse a create/update body names (Laravel `exists` rules)."""
    state, body, errors = call.state, call.body, FieldErrors()
    country = city = warehouse = None
    if "receiver_country_id" in body:
        country = state.country(body["receiver_country_id"])
        if country is None:
            errors["receiver_country_id"] = [selected_invalid("receiver_country_id")]
    if "receiver_city_id" in body:
        city = state.city(body["receiver_city_id"])
        if city is None:
            errors["receiver_city_id"] = [selected_invalid("receiver_city_id")]
    if "warehouse_id" in body:
        owned = state.warehouses.get(body["warehouse_id"])
        if owned is None or owned.merchant_id != call.me.merchant_id:
            errors["warehouse_id"] = [selected_invalid("warehouse_id")]
        else:
            warehouse = owned.data
    for n, package in enumerate(body.get("packages", [])):
        type_id = package.get("packaging_type_id")
        if type_id is not None and state.packaging_type(type_id) is None:
            field = f"packages.{n}.packaging_type_id"
            errors[field] = [selected_invalid(field)]
    if errors:
        raise Invalid(errors)
    return country, city, warehouse


def _matches(order: JSON, needle: str) -> bool:
    wanted = needle.casefold()
    texts = [order.get(name) or "" for name in SEARCHED]
    city = order.get("receiver_city") or {}
    texts += [city.get("name") or "", city.get("name_ar") or ""]
    return any(wanted in text.casefold() for text in texts)


def list_orders(call: Call) -> Reply:
    orders = call.state.mine(call.state.orders, call.me)
    if "status" in call.params:
        orders = [o for o in orders if o["status"] == call.params["status"]]
    if "search" in call.params:
        orders = [o for o in orders if _matches(o, call.params["search"])]
    orders.sort(key=lambda o: (o["created_at"], o["id"]), reverse=True)  # newest first
    return call.page(orders)


def create_order(call: Call) -> Reply:
    state = call.state
    country, city, warehouse = _references(call)
    assert country is not None and city is not None  # required by the schema, checked above
    now = state.write_time()
    order_id = state.next_id("order")
    order = build_order(
        order_id,
        call.body,
        now,
        country=country,
        city=city,
        warehouse=warehouse,
        warehouse_city=state.city(warehouse["city_id"]) if warehouse else None,
        item_ids=_ids(call, "item"),
        package_ids=_ids(call, "package"),
        default_packaging_type=state.default_packaging_type(),
    )
    state.orders[order_id] = Owned(call.me.merchant_id, order)
    return call.envelope(order, "Order created successfully", status=201)


def get_order(call: Call) -> Reply:
    return call.envelope(_order(call))


def update_order(call: Call) -> Reply:
    order, body, state = _order(call), call.body, call.state
    country, city, _ = _references(call)
    now = state.write_time()
    for name in ORDER_INPUTS:
        if name in body:
            order[name] = body[name]
    if country is not None:
        order.update(receiver_country_id=country["id"], receiver_country=copy.deepcopy(country))
    if city is not None:
        order.update(receiver_city_id=city["id"], receiver_city=copy.deepcopy(city))
    if "items" in body:
        order["items"] = [
            build_item(state.next_id("item"), order["id"], i, now) for i in body["items"]
        ]
        order["total_weight"] = total_weight(order["items"])
    if "packages" in body:
        default_type = state.default_packaging_type()
        order["boxes"] = [
            build_package(state.next_id("package"), order["id"], p, now, default_type)
            for p in body["packages"]
        ]
    order["updated_at"] = iso(now)
    return call.envelope(order, "Order updated successfully")


def cancel_order(call: Call) -> Reply:
    order = _order(call)
    now = call.state.write_time()
    clear_shipment(order)
    order.update(status="canceled", updated_at=iso(now))
    return call.envelope(
        order
    )  # the docs' message: "Order cancelled successfully. Refund processed."


def reset_order(call: Call) -> Reply:
    order = _order(call)
    now = call.state.write_time()
    clear_shipment(order)
    order.update(
        status="pending",
        delivered_at=None,
        return_type=None,
        return_ordered_at=None,
        updated_at=iso(now),
    )
    return call.envelope(order, "Order reset successfully")


def list_order_statuses(call: Call) -> Reply:
    return call.envelope(list(call.state.statuses))


def verify_item(call: Call) -> Reply:
    order = _order(call, "order")
    item = next((i for i in order["items"] if i["id"] == call.params["item"]), None)
    if item is None:
        raise NotFound("Item")
    now = call.state.write_time()
    expected = item["sku"] if item["sku"] is not None else item["name"]
    if "note" in call.body:
        item["verification_note"] = call.body["note"]
    if call.body["code"].strip() == expected:
        item.update(verification_status="verified", verified_at=iso(now), verified_by=call.me.id)
        message = "Item verified successfully"
    else:
        item["wrong_attempts"] = (item["wrong_attempts"] or 0) + 1
        message = "Wrong code: it does not match this item"
    item["updated_at"] = iso(now)
    return call.envelope(item, message)


def verify_order(call: Call) -> Reply:
    order = _order(call, "order")
    pending = [i for i in order["items"] if i["verification_status"] != "verified"]
    if pending:
        unit = "item" if len(pending) == 1 else "items"
        raise Invalid({"items": [f"The order has {len(pending)} unverified {unit}."]})
    return call.envelope(order, "Order verified successfully")


def get_order_price(call: Call) -> Reply:
    _order(call)
    return call.envelope(copy.deepcopy(call.state.rates))


HANDLERS = {
    "list_orders": list_orders,
    "create_order": create_order,
    "get_order": get_order,
    "update_order": update_order,
    "cancel_order": cancel_order,
    "reset_order": reset_order,
    "list_order_statuses": list_order_statuses,
    "verify_item": verify_item,
    "verify_order": verify_order,
    "get_order_price": get_order_price,
}
