"""The helpers: pagination, city lookup, phone numbers, ship-an-order, rates, downloads."""

from __future__ import annotations

import asyncio
import copy
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.fakes import ORDER, FakeTreek, json_response, new_order
from treek import (
    InvalidInputError,
    ShipmentFailedError,
    TreekError,
    ValidationError,
    apaginate,
    normalize_saudi_phone,
    paginate,
)
from treek_client.api.boxes import list_boxes

NEW_ORDER = new_order()


def pages(total: int, per_page: int, *, meta: bool = True) -> Any:
    """A route serving `total` orders, Laravel-paginated."""
    last = max(1, -(-total // per_page))

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        ids = range((page - 1) * per_page + 1, min(total, page * per_page) + 1)
        body: dict[str, Any] = {"data": [{**ORDER, "id": i} for i in ids]}
        nxt = f"https://api.gotreek.test/api/orders?page={page + 1}" if page < last else None
        body["links"] = {"first": None, "last": None, "prev": None, "next": nxt}
        if meta:
            body["meta"] = {
                "current_page": page,
                "last_page": last,
                "per_page": per_page,
                "total": total,
            }
        return json_response(200, body)

    return handler


@pytest.mark.parametrize(("total", "meta"), [(7, True), (7, False), (6, True), (0, True)])
def test_iter_orders_walks_every_page_to_the_end(total: int, meta: bool) -> None:
    fake = FakeTreek()
    fake.route("GET", "/api/orders", pages(total, 3, meta=meta))
    with fake.client() as client:
        ids = [order.id for order in client.iter_orders(status="pending", per_page=3)]
    assert ids == list(range(1, total + 1))
    requested = [call.url.params for call in fake.calls_to("/api/orders")]
    assert all(p["status"] == "pending" and p["per_page"] == "3" for p in requested)
    assert len(requested) == max(1, -(-total // 3))


def test_aiter_orders_walks_every_page() -> None:
    fake = FakeTreek()
    fake.route("GET", "/api/orders", pages(5, 2))

    async def main() -> list[int]:
        async with fake.client(is_async=True) as client:
            return [order.id async for order in client.aiter_orders(per_page=2)]

    assert asyncio.run(main()) == [1, 2, 3, 4, 5]


def test_paginate_any_list_and_refuse_a_server_that_ignores_page() -> None:
    box = {"id": 1, "name": "Small"}
    fake = FakeTreek()
    fake.route("GET", "/api/boxes", {"data": [box], "meta": {"current_page": 1, "last_page": 3}})
    with fake.client() as client, pytest.raises(TreekError, match="asked for page 2"):
        list(paginate(list_boxes.sync, client=client))


def test_apaginate_any_list() -> None:
    fake = FakeTreek()
    fake.route("GET", "/api/boxes", {"data": [{"id": 1, "name": "Small"}]})

    async def main() -> list[str]:
        async with fake.client(is_async=True) as client:
            return [str(box.name) async for box in apaginate(list_boxes.asyncio, client=client)]

    assert asyncio.run(main()) == ["Small"]


CITIES = [
    {"id": 62, "name": "Riyadh", "name_ar": "الرياض"},
    {"id": 63, "name": "Jeddah", "name_ar": "جدة"},
]


@pytest.mark.parametrize("name", ["الرياض", "  riyadh ", "RIYADH", "الرِّياض", "الريـــاض"])
def test_find_city_by_arabic_or_english_name(name: str) -> None:
    fake = FakeTreek()
    fake.route("GET", "/api/cities", {"data": CITIES})
    with fake.client() as client:
        city = client.find_city(name)
    assert city is not None and city.id == 62
    assert fake.calls_to("/api/cities")[0].url.params["country_id"] == "1"


def test_find_city_falls_back_to_the_whole_list_then_none() -> None:
    fake = FakeTreek()
    fake.route(
        "GET",
        "/api/cities",
        lambda r: json_response(200, {"data": [] if "search" in r.url.params else CITIES}),
    )
    with fake.client() as client:
        assert client.find_city("جدة") is not None
        assert client.find_city("Atlantis") is None
        with pytest.raises(ValueError):
            client.find_city("   ")


def test_afind_city() -> None:
    fake = FakeTreek()
    fake.route("GET", "/api/cities", {"data": CITIES})

    async def main() -> int | None:
        async with fake.client(is_async=True) as client:
            city = await client.afind_city("jeddah")
            return city.id if city else None

    assert asyncio.run(main()) == 63


@pytest.mark.parametrize(
    "raw",
    [
        "0501234567",
        "501234567",
        "966501234567",
        "+966501234567",
        "+966 50 123 4567",
        "00966501234567",
        "+9660501234567",
        "050-123-4567",
        "(050) 123 4567",
        "٠٥٠١٢٣٤٥٦٧",
    ],
)
def test_saudi_phone_numbers_are_normalised(raw: str) -> None:
    assert normalize_saudi_phone(raw) == "+966501234567"


@pytest.mark.parametrize(
    "junk", ["", "hello", "0401234567", "+971501234567", "05012345678", "5012", None, 501234567]
)
def test_junk_phone_numbers_get_a_clear_error(junk: Any) -> None:
    with pytest.raises(InvalidInputError, match=r"Saudi mobile|must be text"):
        normalize_saudi_phone(junk)


SHIPMENT = {
    "success": True,
    "message": "Shipment created successfully",
    "data": {
        "external_id": "AWB123",
        "shipment_label_url": "https://labels.test/AWB123.pdf",
        "tracking_link": "https://track.test/AWB123",
        "order_status": "shipped",
    },
}


def _shop(shipment: httpx.Response) -> FakeTreek:
    fake = FakeTreek()
    created = {**ORDER, "id": 501, "status": "pending"}
    fake.route(
        "POST",
        "/api/orders",
        json_response(201, {"success": True, "message": "Created", "data": created}),
    )
    fake.route("POST", "/api/shipments", shipment)
    return fake


def test_ship_order_creates_then_books_and_returns_awb_and_links() -> None:
    fake = _shop(json_response(200, SHIPMENT))
    with fake.client() as client:
        shipped = client.ship_order(NEW_ORDER, "aramex")
    assert shipped.order.id == 501
    assert (shipped.awb, shipped.label_url, shipped.tracking_link) == (
        "AWB123",
        "https://labels.test/AWB123.pdf",
        "https://track.test/AWB123",
    )
    assert json.loads(fake.calls_to("/api/shipments")[0].content) == {
        "order_id": 501,
        "courier": "aramex",
    }


def test_ship_order_reads_shipment_fields_at_the_top_level_too() -> None:
    flat = {"success": True, **SHIPMENT["data"]}
    with _shop(json_response(200, flat)).client() as client:
        assert client.ship_order(NEW_ORDER, "spl").awb == "AWB123"


def test_a_failed_booking_names_the_order_it_created() -> None:
    refusal = json_response(
        422, {"message": "Courier unavailable", "errors": {"courier": ["Courier unavailable"]}}
    )
    fake = _shop(refusal)
    with fake.client() as client, pytest.raises(ShipmentFailedError) as caught:
        client.ship_order(NEW_ORDER, "barq")
    assert caught.value.order_id == 501 and "501" in str(caught.value)
    assert isinstance(caught.value.cause, ValidationError)


def test_a_bad_courier_is_refused_before_any_order_exists() -> None:
    fake = _shop(json_response(200, SHIPMENT))
    with fake.client() as client, pytest.raises(InvalidInputError, match="unknown courier"):
        client.ship_order(NEW_ORDER, "dhl")
    assert fake.calls == []


def test_aship_order() -> None:
    fake = _shop(json_response(200, SHIPMENT))

    async def main() -> str | None:
        async with fake.client(is_async=True) as client:
            return (await client.aship_order(NEW_ORDER, "jt")).tracking_link

    assert asyncio.run(main()) == "https://track.test/AWB123"


RATES = [
    {
        "courier_name": "Aramex",
        "identifier": "aramex",
        "price_sar": 28.75,
        "delivery_time": "2-3 days",
    },
    {
        "courier_name": "SPL",
        "identifier": "spl",
        "price_sar": None,
        "price_cents": 2150,
        "delivery_time": "3-5 days",
    },
    {"courier_name": "Barq", "identifier": "barq", "price_sar": 35, "delivery_time": "Same day"},
    {"courier_name": "Mystery", "identifier": None},
]


def test_cheapest_and_fastest_rates() -> None:
    fake = FakeTreek()
    fake.route("POST", "/api/calculate", {"data": RATES})
    with fake.client() as client:
        assert client.cheapest_rate("Riyadh", "Jeddah", 1.5).identifier == "spl"
        assert client.fastest_rate("Riyadh", "Jeddah", 1.5, length=20).identifier == "barq"
        assert [r.courier_name for r in client.quote("Riyadh", "Jeddah", 2)] == [
            "SPL",
            "Aramex",
            "Barq",
            "Mystery",
        ]
    sent = json.loads(fake.calls_to("/api/calculate")[1].content)
    assert sent == {
        "from_city": "Riyadh",
        "to_city": "Jeddah",
        "packages": [{"weight": 1.5, "length": 20}],
    }


@pytest.mark.parametrize("weight", [0, -1, 1500, "2", True])
def test_rates_refuse_bad_weights_before_sending(weight: Any) -> None:
    fake = FakeTreek()
    with fake.client() as client, pytest.raises(InvalidInputError, match="weight_kg"):
        client.quote("Riyadh", "Jeddah", weight)
    assert fake.calls == []


def test_no_rates_is_a_clear_error() -> None:
    fake = FakeTreek()
    fake.route("POST", "/api/calculate", {"data": []})
    with fake.client() as client, pytest.raises(TreekError, match="no rates"):
        client.cheapest_rate("Riyadh", "Nowhere", 1)


def test_download_invoice_and_label(tmp_path: Path) -> None:
    fake = FakeTreek()
    fake.route("GET", "/api/shipments/9/invoice", httpx.Response(200, content=b"%PDF-invoice"))

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "labels.test":
            assert "authorization" not in request.headers
            return httpx.Response(200, content=b"%PDF-label")
        return fake.handle(request)

    with fake.client(httpx_args={"transport": httpx.MockTransport(handler)}) as client:
        invoice = client.download_invoice(9, tmp_path / "invoice.pdf")
        label = client.download_label("https://labels.test/AWB123.pdf", tmp_path / "label.pdf")
        fake.route(
            "GET", "/api/shipments/10/invoice", json_response(404, {"message": "No invoice"})
        )
        with pytest.raises(TreekError, match="No invoice"):
            client.download_invoice(10, tmp_path / "missing.pdf")
    assert invoice.read_bytes() == b"%PDF-invoice" and label.read_bytes() == b"%PDF-label"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["invoice.pdf", "label.pdf"]


def test_orders_are_not_mutated_by_helpers() -> None:
    before = copy.deepcopy(NEW_ORDER.to_dict())
    with _shop(json_response(200, SHIPMENT)).client() as client:
        client.ship_order(NEW_ORDER, "aramex")
    assert NEW_ORDER.to_dict() == before
