"""The logged-in user and merchant: profile, password, merchant details, statistics."""

from __future__ import annotations

import copy

from tests.sandbox.call import Call
from tests.sandbox.clock import iso
from tests.sandbox.contract import Reply
from tests.sandbox.laravel import FieldErrors, Invalid

# Statistics field -> the order status it counts (total_orders counts every order).
COUNTED = {
    "pending_orders": "pending",
    "delivered_orders": "delivered",
    "canceled_orders": "canceled",
    "returned_orders": "returned",
}


def get_profile(call: Call) -> Reply:
    return call.envelope(copy.deepcopy(call.me.user))


def update_profile(call: Call) -> Reply:
    email = call.body.get("email")
    taken = any(a.user["email"] == email for a in call.state.accounts if a is not call.me)
    if email is not None and taken:
        raise Invalid({"email": ["The email has already been taken."]})
    now = call.state.write_time()
    call.me.user.update(call.body)  # the schema allows only name, email and phone
    call.me.user["updated_at"] = iso(now)
    return call.envelope(copy.deepcopy(call.me.user), "Profile updated successfully")


def change_password(call: Call) -> Reply:
    body, errors = call.body, FieldErrors()
    if body["current_password"] != call.me.password:
        errors["current_password"] = ["The password is incorrect."]
    if body["password"] != body["password_confirmation"]:
        errors["password"] = ["The password field confirmation does not match."]
    if errors:
        raise Invalid(errors)
    now = call.state.write_time()
    call.me.password = body["password"]
    call.me.user["updated_at"] = iso(now)
    return Reply(200, call.op.example(200))


def get_merchant(call: Call) -> Reply:
    return call.envelope(copy.deepcopy(call.state.merchants[call.me.merchant_id]))


def get_statistics(call: Call) -> Reply:
    orders = call.state.mine(call.state.orders, call.me)
    stats = call.op.example(200)["data"]
    stats["total_orders"] = len(orders)
    for field, status in COUNTED.items():
        stats[field] = sum(1 for o in orders if o["status"] == status)
    return call.envelope(stats)


HANDLERS = {
    "get_profile": get_profile,
    "update_profile": update_profile,
    "change_password": change_password,
    "get_merchant": get_merchant,
    "get_statistics": get_statistics,
}
