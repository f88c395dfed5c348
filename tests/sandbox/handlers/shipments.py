"""Shipments: book a courier, book a return, print the invoice."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.sandbox.call import Call
from tests.sandbox.clock import iso
from tests.sandbox.contract import Reply
from tests.sandbox.laravel import invalid
from tests.sandbox.pdf import invoice_pdf
from tests.sandbox.records import book_shipment

JSON = dict[str, Any]
SHIPPABLE = {"pending", "shipped"}  # shipped: a second booking replaces the first
RETURNABLE = {"shipped", "delivered"}


def _book(call: Call, order: JSON, courier: str, status: str, now: datetime) -> Reply:
    """Record a shipment as the order's latest and answer the documented ShipmentResult."""
    state = call.state
    booking = state.bookings[order["id"]] = state.bookings.get(order["id"], 0) + 1
    shipment = book_shipment(order, state.next_id("shipment"), booking, courier, status, now)
    result = call.op.example(201)["data"]
    result.update(
        external_id=shipment["external_id"],
        shipment_label_url=shipment["shipment_label_url"],
        tracking_link=shipment["tracking_link"],
        order_status=status,
    )
    return call.envelope(result, status=201)


def create_shipment(call: Call) -> Reply:
    order = call.state.owned(call.state.orders, call.body["order_id"], call.me, "Order")
    if order["status"] not in SHIPPABLE:
        raise invalid("order_id", f"The order is {order['status']} and cannot be shipped.")
    now = call.state.write_time()
    return _book(call, order, call.body["courier"], "shipped", now)


def create_return_shipment(call: Call) -> Reply:
    order = call.state.owned(call.state.orders, call.body["order_id"], call.me, "Order")
    if order["status"] not in RETURNABLE:
        raise invalid("order_id", f"The order is {order['status']} and cannot be returned.")
    courier = call.body.get("courier") or order["selected_shipment_company"] or "aramex"
    now = call.state.write_time()
    reply = _book(call, order, courier, "returned", now)
    order.update(return_type="reverse", return_ordered_at=iso(now))
    return reply


def print_invoice(call: Call) -> Reply:
    order = call.state.owned(call.state.orders, call.params["id"], call.me, "Order")
    lines = [
        "Treek sandbox invoice (not a real document)",
        f"Order {order['id']} / {order['order_number']}",
        f"Date: {order['date']}",
        f"Receiver: {order['receiver_first_name']} {order['receiver_last_name']}",
        f"Status: {order['status']}",
        f"AWB: {order['external_id'] or '-'} ({order['selected_shipment_company'] or '-'})",
        f"Total: {order['order_grand_total']} {order['currency']}",
    ]
    lines += [f"- {i['quantity']} x {i['sku'] or i['name']} @ {i['price']}" for i in order["items"]]
    return Reply(200, invoice_pdf(lines), media_type="application/pdf")


HANDLERS = {
    "create_shipment": create_shipment,
    "create_return_shipment": create_return_shipment,
    "print_invoice": print_invoice,
}
