"""The merchant's saved boxes and warehouses: list, create, show (and update boxes)."""

from __future__ import annotations

from tests.sandbox.call import Call
from tests.sandbox.clock import iso
from tests.sandbox.contract import Reply
from tests.sandbox.laravel import invalid, selected_invalid
from tests.sandbox.records import build_box, build_warehouse
from tests.sandbox.seed import Owned


def _check_packaging_type(call: Call) -> None:
    type_id = call.body.get("packaging_type_id")
    if type_id is not None and call.state.packaging_type(type_id) is None:
        raise invalid("packaging_type_id", selected_invalid("packaging_type_id"))


def list_boxes(call: Call) -> Reply:
    return call.page(call.state.mine(call.state.boxes, call.me))


def create_box(call: Call) -> Reply:
    _check_packaging_type(call)
    now = call.state.write_time()
    box = build_box(call.state.next_id("box"), call.body, now)
    call.state.boxes[box["id"]] = Owned(call.me.merchant_id, box)
    return call.envelope(box, "Box created successfully", status=201)


def get_box(call: Call) -> Reply:
    return call.envelope(call.state.owned(call.state.boxes, call.params["id"], call.me, "Box"))


def update_box(call: Call) -> Reply:
    box = call.state.owned(call.state.boxes, call.params["id"], call.me, "Box")
    _check_packaging_type(call)
    now = call.state.write_time()
    box.update(call.body)  # the schema allows only Box fields; only those sent change
    box["updated_at"] = iso(now)
    return call.envelope(box, "Box updated successfully")


def list_warehouses(call: Call) -> Reply:
    return call.page(call.state.mine(call.state.warehouses, call.me))


def create_warehouse(call: Call) -> Reply:
    if call.state.city(call.body["city_id"]) is None:
        raise invalid("city_id", selected_invalid("city_id"))
    now = call.state.write_time()
    warehouse = build_warehouse(call.state.next_id("warehouse"), call.body, now)
    call.state.warehouses[warehouse["id"]] = Owned(call.me.merchant_id, warehouse)
    return call.envelope(warehouse, "Warehouse created successfully", status=201)


def get_warehouse(call: Call) -> Reply:
    warehouse = call.state.owned(call.state.warehouses, call.params["id"], call.me, "Warehouse")
    return call.envelope(warehouse)


HANDLERS = {
    "list_boxes": list_boxes,
    "create_box": create_box,
    "get_box": get_box,
    "update_box": update_box,
    "list_warehouses": list_warehouses,
    "create_warehouse": create_warehouse,
    "get_warehouse": get_warehouse,
}
