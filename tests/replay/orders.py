"""Order bodies the replay tests send (deterministic: cassettes match on the body)."""

from __future__ import annotations

from typing import Any

from treek_client.models import CreateOrderRequest


def new_order(**changes: Any) -> CreateOrderRequest:
    body: dict[str, Any] = {
        "receiver_first_name": "Sara",
        "receiver_last_name": "Example",
        "receiver_phone": "+966501234567",
        "receiver_email": "sara@example.com",
        "receiver_address_line": "12 Example Street",
        "receiver_city_id": 62,
        "receiver_country_id": 1,
        "receiver_short_address": "RRRD2929",
        "warehouse_id": 207,
        "order_grand_total": 120,
        "payment_method": "cod",
        "description": "Two phone covers",
        "items": [
            {
                "name": "iPhone 15 cover",
                "sku": "SKU-COVER-15",
                "quantity": 2,
                "price": 60,
                "weight": 100,
            }
        ],
        "packages": [
            {"length": 20, "width": 15, "height": 5, "weight": 300, "packaging_type_id": 1}
        ],
    }
    body.update(changes)
    return CreateOrderRequest.from_dict(body)
