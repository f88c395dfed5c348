"""The data a fresh sandbox starts with, taken from the spec's examples wherever there is one.

Two merchants with obviously fake credentials; the docs' order 43978 plus a few more so lists
have several pages; the countries, cities, couriers, packaging types and rates of the examples.
"""

from __future__ import annotations

import copy
import itertools
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.sandbox.clock import iso
from tests.sandbox.contract import operation
from tests.sandbox.records import book_shipment, build_order, schema_example

JSON = dict[str, Any]

# The spec's login example uses this password, so its examples work verbatim against the sandbox.
SANDBOX_PASSWORD = "not-a-real-password"
MERCHANT_EMAIL = "merchant@example.com"
OTHER_MERCHANT_EMAIL = "other-merchant@example.com"
MERCHANT_ID = 7  # the spec's Merchant example
OTHER_MERCHANT_ID = 8


@dataclass
class Account:
    """A user who can log in; `user` is the body Profile answers."""

    user: JSON
    password: str

    @property
    def id(self) -> int:
        return int(self.user["id"])

    @property
    def merchant_id(self) -> int:
        return int(self.user["merchant_id"])


@dataclass
class Owned:
    """A record that belongs to one merchant (the owner is not always visible in the body)."""

    merchant_id: int
    data: JSON


@dataclass
class Seed:
    accounts: list[Account]
    merchants: dict[int, JSON]
    countries: list[JSON]
    cities: list[JSON]
    couriers: list[JSON]
    packaging_types: list[JSON]
    statuses: list[str]
    rates: list[JSON]
    orders: dict[int, Owned] = field(default_factory=dict)
    boxes: dict[int, Owned] = field(default_factory=dict)
    warehouses: dict[int, Owned] = field(default_factory=dict)
    shipment_count: dict[int, int] = field(default_factory=dict)
    last_shipment_id: int = 9000


def _data(op_id: str) -> list[Any]:
    data: list[Any] = operation(op_id).example(200)["data"]
    return data


def _accounts() -> tuple[list[Account], dict[int, JSON]]:
    user = schema_example("User")
    other_user = {
        **user,
        "id": user["id"] + 1,
        "name": "Omar Example",
        "email": OTHER_MERCHANT_EMAIL,
        "phone": "+966500000002",
        "merchant_id": OTHER_MERCHANT_ID,
    }
    merchant = schema_example("Merchant")
    other_merchant = {
        **merchant,
        "id": OTHER_MERCHANT_ID,
        "name": "Other Example Store",
        "email": "other-store@example.com",
        "phone": "+966500000003",
    }
    accounts = [Account(user, SANDBOX_PASSWORD), Account(other_user, SANDBOX_PASSWORD)]
    return accounts, {merchant["id"]: merchant, other_merchant["id"]: other_merchant}


# (id, name, name_ar) added to the spec's Riyadh (62) and Jeddah (63); all in Saudi Arabia (1).
_MORE_CITIES = [
    (64, "Dammam", "الدمام"),
    (65, "Mecca", "مكة المكرمة"),
    (66, "Medina", "المدينة المنورة"),
]
# (name, code) added to the spec's Aramex (1) and SPL (2): the rest of the CourierCode enum.
_MORE_COURIERS = [("Barq", "barq"), ("J&T", "jt"), ("Transcorp", "transcorp"), ("Thabit", "thabit")]


def _reference_data() -> tuple[list[JSON], list[JSON], list[JSON], list[JSON]]:
    countries = _data("list_countries")
    cities = _data("list_cities") + [
        {"id": i, "name": name, "name_ar": name_ar} for i, name, name_ar in _MORE_CITIES
    ]
    couriers = _data("list_couriers")
    couriers += [
        {"id": len(couriers) + n, "name": name, "identifier": code, "logo": None}
        for n, (name, code) in enumerate(_MORE_COURIERS, start=1)
    ]
    return countries, cities, couriers, _data("list_packaging_types")


def _boxes_and_warehouses() -> tuple[dict[int, Owned], dict[int, Owned]]:
    box = schema_example("Box")
    boxes = {
        1: Owned(MERCHANT_ID, box),
        2: Owned(OTHER_MERCHANT_ID, {**box, "id": 2, "name": "Other store box"}),
        3: Owned(
            MERCHANT_ID,
            {
                **box,
                "id": 3,
                "name": "Large box",
                "length": 40,
                "width": 30,
                "height": 20,
                "weight": 600,
            },
        ),
    }
    warehouse = schema_example("Warehouse")
    warehouses = {
        # id 1 too: the spec's shared ResourceId example (1) is what get_warehouse's example uses.
        1: Owned(
            MERCHANT_ID,
            {
                **warehouse,
                "id": 1,
                "name": "Jeddah branch",
                "city_id": 63,
                "address_line": "5 Tahlia Street",
                "phone": "+966500000004",
                "short_address": "JEDA1234",
            },
        ),
        207: Owned(MERCHANT_ID, warehouse),
        208: Owned(
            OTHER_MERCHANT_ID,
            {
                **warehouse,
                "id": 208,
                "name": "Other store warehouse",
                "city_id": 64,
                "address_line": "9 Corniche Road",
                "phone": "+966500000005",
                "short_address": "DAMM5678",
            },
        ),
    }
    return boxes, warehouses


# Orders besides the docs' 43978: (id, owner, created, status, courier, receiver, city id, items)
# with items as (id, name, sku, quantity, grams, price). Merchant 7 ends up with six orders.
# fmt: off
_ORDERS: list[tuple[int, int, str, str, str | None, str, int, list[tuple[Any, ...]]]] = [
    (43971, 8, "2026-01-02T08:00:00", "pending", None, "Khalid", 63,
     [(62480, "Desk lamp", "SKU-LAMP-01", 1, 900, 89)]),
    (43972, 8, "2026-01-02T09:30:00", "shipped", "spl", "Huda", 62,
     [(62482, "Notebook", "SKU-NOTE-A5", 3, 150, 12)]),
    (43973, 7, "2026-01-02T10:15:00", "delivered", "aramex", "Noura", 63,
     [(62490, "Phone case", "SKU-CASE-01", 1, 60, 45)]),
    (43974, 7, "2026-01-03T11:20:00", "returned", "spl", "Fahad", 64,
     [(62492, "Running shoes", "SKU-SHOE-42", 1, 800, 240)]),
    (43975, 7, "2026-01-03T16:45:00", "canceled", None, "Reem", 62,
     [(62494, "Scarf", "SKU-SCARF-RD", 2, 120, 35)]),
    (43976, 7, "2026-01-04T09:05:00", "shipped", "barq", "Majed", 65,
     [(62496, "Coffee beans 1 kg", "SKU-COFFEE-1K", 1, 1000, 95)]),
    (43977, 7, "2026-01-04T14:30:00", "pending", None, "Lama", 62,
     [(62500, "USB-C charger 20W", "SKU-CHARGER-20W", 1, 120, 79),
      (62501, "USB-C cable 1 m", "SKU-CABLE-1M", 2, 40, 25)]),
]
# fmt: on


def _ship(seed: Seed, order: JSON, courier: str, status: str, when: datetime) -> None:
    seed.last_shipment_id += 1
    booking = seed.shipment_count[order["id"]] = seed.shipment_count.get(order["id"], 0) + 1
    book_shipment(order, seed.last_shipment_id, booking, courier, status, when)


def _orders(seed: Seed, cities: dict[int, JSON]) -> None:
    saudi = seed.countries[0]
    warehouses = {i: owned.data for i, owned in seed.warehouses.items()}
    for order_id, owner, created, status, courier, first_name, city_id, items in _ORDERS:
        when = datetime.fromisoformat(created).replace(tzinfo=UTC)
        warehouse = warehouses[207 if owner == MERCHANT_ID else 208]
        request = {
            "receiver_first_name": first_name,
            "receiver_last_name": "Example",
            "receiver_phone": f"+9665000001{order_id % 100:02d}",
            "receiver_email": f"{first_name.lower()}@example.com",
            "receiver_address_line": f"{order_id % 100} Example Street",
            "receiver_short_address": "RRRD2929",
            "warehouse_id": warehouse["id"],
            "order_grand_total": sum(i[3] * i[5] for i in items),
            "payment_method": "cod" if order_id % 2 else "paid",
            "items": [
                {"name": name, "sku": sku, "quantity": qty, "weight": grams, "price": price}
                for _, name, sku, qty, grams, price in items
            ],
            "packages": [{"length": 30, "width": 20, "height": 10, "weight": 1000}],
        }
        order = build_order(
            order_id,
            request,
            when,
            country=saudi,
            city=cities[city_id],
            warehouse=warehouse,
            warehouse_city=cities.get(warehouse["city_id"]),
            item_ids=iter(i[0] for i in items),
            package_ids=itertools.count(order_id - 43971 + 33030),
            default_packaging_type=1,
        )
        if courier is not None:
            _ship(seed, order, courier, "shipped", when + timedelta(hours=2))
        if status == "delivered":
            order.update(status="delivered", delivered_at=iso(when + timedelta(days=1)))
        elif status == "returned":
            order["delivered_at"] = iso(when + timedelta(days=1))
            _ship(seed, order, courier or "aramex", "returned", when + timedelta(days=2))
            order.update(return_type="reverse", return_ordered_at=order["updated_at"])
        elif status == "canceled":
            order.update(status="canceled", updated_at=iso(when + timedelta(hours=1)))
        seed.orders[order_id] = Owned(owner, order)

    # The docs' order, as it was before the Cancel Order call the docs show (see the epoch).
    docs_order = schema_example("Order")
    docs_order.update(status="pending", updated_at=docs_order["created_at"])
    seed.orders[docs_order["id"]] = Owned(MERCHANT_ID, docs_order)


def build_seed() -> Seed:
    accounts, merchants = _accounts()
    countries, cities, couriers, packaging_types = _reference_data()
    statuses: list[str] = _data("list_order_statuses")
    rates = copy.deepcopy(schema_example("OrderShippingRate"))
    boxes, warehouses = _boxes_and_warehouses()
    seed = Seed(
        accounts,
        merchants,
        countries,
        cities,
        couriers,
        packaging_types,
        statuses,
        rates,
        boxes=boxes,
        warehouses=warehouses,
    )
    _orders(seed, {c["id"]: c for c in cities})
    return seed
