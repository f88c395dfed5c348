"""The sandbox behaves as the documents say Treek does (plain httpx against the running server)."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.sandbox import (
    CLIENT_TLS,
    MERCHANT_EMAIL,
    OTHER_MERCHANT_EMAIL,
    SANDBOX_PASSWORD,
    SandboxServer,
    start_sandbox,
)

ROOT = Path(__file__).resolve().parent.parent
DOCS_CANCEL_EXAMPLE = ROOT / "tests" / "data" / "cancel-order-200.example.json"
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000000Z$")
LARAVEL_DATE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$")
NEW_ORDER: dict[str, Any] = {
    "receiver_first_name": "Sara",
    "receiver_last_name": "Example",
    "receiver_phone": "+966501234567",
    "receiver_address_line": "12 Example Street",
    "receiver_city_id": 63,
    "receiver_country_id": 1,
    "warehouse_id": 207,
    "order_grand_total": 120,
    "payment_method": "cod",
    "items": [{"name": "Cover", "sku": "SKU-COVER", "quantity": 2, "price": 50, "weight": 100}],
    "packages": [{"length": 20, "width": 15, "height": 5, "weight": 300}],
}


def login(http: httpx.Client, email: str = MERCHANT_EMAIL) -> None:
    """Log in and send the token with every later request of this client."""
    answer = http.post("/api/auth/login", json={"email": email, "password": SANDBOX_PASSWORD})
    assert answer.status_code == 200, answer.text
    http.headers["Authorization"] = f"Bearer {answer.json()['access_token']}"


@pytest.fixture
def merchant(http: httpx.Client) -> httpx.Client:
    login(http)
    return http


# ---- authentication


def test_login_issues_a_token_like_bearer_that_expires_after_the_ttl(
    sandbox: SandboxServer, http: httpx.Client
) -> None:
    sandbox.reset(token_ttl=60)
    answer = http.post(
        "/api/auth/login", json={"email": MERCHANT_EMAIL, "password": SANDBOX_PASSWORD}
    )
    body = answer.json()
    assert answer.status_code == 200
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 60
    assert re.fullmatch(r"sandbox-token-0001-[0-9a-f]{24}", body["access_token"])
    assert SANDBOX_PASSWORD not in body["access_token"]
    assert sandbox.state.login_count == 1

    auth = {"Authorization": f"Bearer {body['access_token']}"}
    sandbox.state.clock.advance(59)
    assert http.get("/api/profile", headers=auth).status_code == 200
    sandbox.state.clock.advance(1)
    expired = http.get("/api/profile", headers=auth)
    assert (expired.status_code, expired.json()) == (401, {"message": "Unauthenticated."})

    login(http)
    assert http.get("/api/profile").status_code == 200
    assert sandbox.state.login_count == 2


def test_writes_move_the_clock_so_a_short_ttl_expires_without_sleeping(
    sandbox: SandboxServer, merchant: httpx.Client
) -> None:
    sandbox.reset(token_ttl=2)
    login(merchant)
    assert merchant.post("/api/orders/43978/reset").status_code == 200  # +1 s
    assert merchant.get("/api/orders/43978").status_code == 200  # reads do not move it
    assert merchant.post("/api/orders/43978/reset").status_code == 200  # +1 s: expired now
    assert merchant.get("/api/orders/43978").status_code == 401


@pytest.mark.parametrize(
    ("email", "password"),
    [(MERCHANT_EMAIL, "wrong-password"), ("nobody@example.com", SANDBOX_PASSWORD)],
)
def test_wrong_credentials_are_401_and_are_not_counted_as_logins(
    sandbox: SandboxServer, http: httpx.Client, email: str, password: str
) -> None:
    answer = http.post("/api/auth/login", json={"email": email, "password": password})
    assert (answer.status_code, answer.json()) == (401, {"message": "Invalid credentials."})
    assert (sandbox.state.login_count, sandbox.state.failed_logins) == (0, 1)


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer sandbox-token-9999-000000000000000000000000", "Basic Zm9vOmJhcg==", "Bearer"],
)
def test_calls_without_a_valid_bearer_token_are_401(
    http: httpx.Client, authorization: str | None
) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    answer = http.get("/api/orders", headers=headers)
    assert (answer.status_code, answer.json()) == (401, {"message": "Unauthenticated."})


def test_a_missing_token_is_401_before_the_body_is_validated(http: httpx.Client) -> None:
    assert http.post("/api/orders", json={}).status_code == 401


# ---- ownership and unknown ids


@pytest.mark.parametrize(
    ("method", "url", "body"),
    [
        ("GET", "/api/orders/43971", None),
        ("POST", "/api/orders/43971/cancel", None),
        ("PUT", "/api/orders/43971/edit", {"description": "mine now"}),
        ("POST", "/api/shipments", {"order_id": 43971, "courier": "aramex"}),
        ("GET", "/api/boxes/2", None),
        ("GET", "/api/warehouses/208", None),
    ],
)
def test_another_merchants_records_are_403(
    merchant: httpx.Client, method: str, url: str, body: Any
) -> None:
    answer = merchant.request(method, url, json=body)
    assert (answer.status_code, answer.json()) == (403, {"message": "This action is unauthorized."})


def test_the_other_merchant_sees_only_its_own_orders(http: httpx.Client) -> None:
    login(http, OTHER_MERCHANT_EMAIL)
    ids = [order["id"] for order in http.get("/api/orders").json()["data"]]
    assert ids == [43972, 43971]
    assert http.get("/api/orders/43978").status_code == 403


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/api/orders/999999", "Order not found."),
        ("/api/orders/999999/order-price", "Order not found."),
        ("/api/boxes/999999", "Box not found."),
        ("/api/warehouses/999999", "Warehouse not found."),
        ("/api/packaging-types/999999", "Packaging type not found."),
        ("/api/shipments/999999/invoice", "Order not found."),
    ],
)
def test_unknown_ids_are_404(merchant: httpx.Client, url: str, message: str) -> None:
    answer = merchant.get(url)
    assert (answer.status_code, answer.json()) == (404, {"message": message})


def test_an_item_of_another_order_is_404(merchant: httpx.Client) -> None:
    answer = merchant.post("/api/orders/43978/items/62500/verify", json={"code": "x"})
    assert (answer.status_code, answer.json()) == (404, {"message": "Item not found."})


def test_unknown_routes_and_methods_answer_laravel_json(http: httpx.Client) -> None:
    missing = http.get("/api/nothing-here")
    assert (missing.status_code, missing.json()) == (
        404,
        {"message": "The route api/nothing-here could not be found."},
    )
    wrong = http.delete("/api/orders")
    assert wrong.status_code == 405
    assert wrong.headers["allow"] == "GET, HEAD, POST"
    assert "Supported methods: GET, HEAD, POST." in wrong.json()["message"]


# ---- validation (422)


def test_a_create_order_without_fields_names_every_required_field(merchant: httpx.Client) -> None:
    answer = merchant.post("/api/orders", json={})
    body = answer.json()
    assert answer.status_code == 422
    assert body["message"] == "The receiver first name field is required. (and 8 more errors)"
    assert list(body["errors"]) == [
        "receiver_first_name",
        "receiver_last_name",
        "receiver_phone",
        "receiver_address_line",
        "receiver_city_id",
        "receiver_country_id",
        "order_grand_total",
        "payment_method",
        "items",
    ]
    assert body["errors"]["receiver_phone"] == ["The receiver phone field is required."]


def test_422_messages_follow_laravel_for_types_formats_patterns_enums_and_nesting(
    merchant: httpx.Client,
) -> None:
    order = {
        **NEW_ORDER,
        "receiver_phone": "0501234567",
        "receiver_email": "not-an-email",
        "payment_method": "bitcoin",
        "order_grand_total": "a lot",
        "items": [{"name": "Cover", "quantity": 0, "price": 5}, {"quantity": 1, "price": 5}],
    }
    answer = merchant.post("/api/orders", json=order)
    assert answer.status_code == 422
    assert answer.json()["errors"] == {
        "receiver_phone": ["The receiver phone field format is invalid."],
        "order_grand_total": ["The order grand total field must be a number."],
        "payment_method": ["The selected payment method is invalid."],
        "items.0.quantity": ["The items.0.quantity field must be at least 1."],
        "items.1.name": ["The items.1.name field is required."],
        "receiver_email": ["The receiver email field must be a valid email address."],
    }
    assert answer.json()["message"] == (
        "The receiver phone field format is invalid. (and 5 more errors)"
    )


def test_one_error_has_no_count_and_unknown_references_are_invalid(merchant: httpx.Client) -> None:
    answer = merchant.post("/api/orders", json={**NEW_ORDER, "receiver_city_id": 999})
    assert answer.status_code == 422
    assert answer.json() == {
        "message": "The selected receiver city id is invalid.",
        "errors": {"receiver_city_id": ["The selected receiver city id is invalid."]},
    }


def test_another_merchants_warehouse_is_an_invalid_reference(merchant: httpx.Client) -> None:
    answer = merchant.post("/api/orders", json={**NEW_ORDER, "warehouse_id": 208})
    assert answer.json()["errors"] == {"warehouse_id": ["The selected warehouse id is invalid."]}


@pytest.mark.parametrize(
    ("url", "errors"),
    [
        ("/api/orders?per_page=0", {"per_page": ["The per page field must be at least 1."]}),
        (
            "/api/orders?per_page=101&page=x",
            {
                "page": ["The page field must be an integer."],
                "per_page": ["The per page field must not be greater than 100."],
            },
        ),
        ("/api/cities?country_id=99", {"country_id": ["The selected country id is invalid."]}),
    ],
)
def test_query_and_path_parameters_are_validated(
    merchant: httpx.Client, url: str, errors: dict[str, list[str]]
) -> None:
    answer = merchant.get(url)
    assert (answer.status_code, answer.json()["errors"]) == (422, errors)


@pytest.mark.parametrize("url", ["/api/orders/abc", "/api/orders/1.5/cancel", "/api/boxes/x"])
def test_path_values_that_break_their_schema_match_no_route(http: httpx.Client, url: str) -> None:
    answer = http.request("POST" if url.endswith("cancel") else "GET", url)  # even before auth
    message = f"The route {url.lstrip('/')} could not be found."
    assert (answer.status_code, answer.json()) == (404, {"message": message})


@pytest.mark.parametrize(
    "raw", [b"{not json", b"[1, 2]", b"", b'{"from_city": 1e400}', b'{"from_city": "\\ud835"}']
)
def test_an_unreadable_body_counts_as_empty(merchant: httpx.Client, raw: bytes) -> None:
    answer = merchant.post(
        "/api/calculate", content=raw, headers={"Content-Type": "application/json"}
    )
    assert answer.status_code == 422
    assert set(answer.json()["errors"]) == {"from_city", "to_city", "packages"}


def test_absurd_numbers_do_not_break_the_answer(merchant: httpx.Client) -> None:
    item = {"name": "Anvil", "quantity": 10**6, "price": 1, "weight": 1.7e308}
    answer = merchant.post("/api/orders", json={**NEW_ORDER, "items": [item]})
    assert (answer.status_code, answer.json()["data"]["total_weight"]) == (201, None)


# ---- lists and pagination


def test_pagination_walks_every_page_to_the_end(merchant: httpx.Client) -> None:
    seen: list[int] = []
    url: str | None = "/api/orders?per_page=2"
    pages = 0
    while url is not None:
        body = merchant.get(url).json()
        pages += 1
        meta, links = body["meta"], body["links"]
        assert meta["current_page"] == pages
        assert (meta["per_page"], meta["total"], meta["last_page"]) == (2, 6, 3)
        assert (meta["from"], meta["to"]) == (2 * pages - 1, 2 * pages)
        assert links["first"].endswith("/api/orders?per_page=2&page=1")
        assert links["last"].endswith("/api/orders?per_page=2&page=3")
        assert (links["prev"] is None) == (pages == 1)
        seen += [order["id"] for order in body["data"]]
        url = links["next"]
    assert pages == 3
    assert seen == [43978, 43977, 43976, 43975, 43974, 43973]  # newest first

    past = merchant.get("/api/orders?per_page=2&page=4").json()
    assert past["data"] == []
    assert (past["meta"]["from"], past["meta"]["to"], past["links"]["next"]) == (None, None, None)


def test_default_page_size_is_laravels_15(merchant: httpx.Client) -> None:
    meta = merchant.get("/api/orders").json()["meta"]
    assert (meta["per_page"], meta["total"], meta["last_page"]) == (15, 6, 1)


def test_orders_filter_by_status_and_search(merchant: httpx.Client) -> None:
    pending = merchant.get("/api/orders", params={"status": "pending"}).json()
    assert [o["id"] for o in pending["data"]] == [43978, 43977]
    assert "status=pending" in pending["links"]["first"]
    riyadh = merchant.get("/api/orders", params={"search": "الرياض"}).json()["data"]
    assert [o["id"] for o in riyadh] == [43978, 43977, 43975]
    by_number = merchant.get("/api/orders", params={"search": "17676030724246"}).json()["data"]
    assert [o["id"] for o in by_number] == [43978]


def test_links_use_public_url_when_set(sandbox: SandboxServer, http: httpx.Client) -> None:
    sandbox.reset(public_url="https://app.gotreek.com")
    login(http)
    body = http.get("/api/boxes?per_page=1").json()
    assert body["links"]["next"] == "https://app.gotreek.com/api/boxes?per_page=1&page=2"
    assert body["meta"]["path"] == "https://app.gotreek.com/api/boxes"


def test_cities_filter_by_country_and_by_english_or_arabic_name(merchant: httpx.Client) -> None:
    riyadh = merchant.get("/api/cities", params={"country_id": 1, "search": "الرياض"}).json()
    assert riyadh["data"] == [{"id": 62, "name": "Riyadh", "name_ar": "الرياض"}]
    jeddah = merchant.get("/api/cities", params={"search": "jed"}).json()
    assert jeddah["data"] == [{"id": 63, "name": "Jeddah", "name_ar": "جدة"}]


def test_reference_lists(merchant: httpx.Client) -> None:
    assert merchant.get("/api/countries").json()["data"][0]["id"] == 1
    couriers = [c["identifier"] for c in merchant.get("/api/couriers").json()["data"]]
    assert sorted(couriers) == ["aramex", "barq", "jt", "spl", "thabit", "transcorp"]
    types = merchant.get("/api/packaging-types").json()["data"]
    assert [t["id"] for t in types if t["is_default"]] == [1]
    statuses = merchant.get("/api/orders/statuses").json()["data"]
    assert statuses == ["pending", "shipped", "delivered", "canceled", "returned"]


# ---- the order life cycle


def test_cancelling_the_docs_order_first_answers_the_docs_example_exactly(
    merchant: httpx.Client,
) -> None:
    answer = merchant.post("/api/orders/43978/cancel")
    assert answer.json() == json.loads(DOCS_CANCEL_EXAMPLE.read_text(encoding="utf-8"))


def test_create_ship_cancel_reset(merchant: httpx.Client) -> None:
    created = merchant.post("/api/orders", json=NEW_ORDER)
    assert created.status_code == 201
    order = created.json()["data"]
    assert order["id"] == 43979
    assert order["status"] == "pending"
    assert ISO.match(order["created_at"]) and order["created_at"] == order["updated_at"]
    assert LARAVEL_DATE.match(order["date"])
    assert order["order_number"].endswith("3979") and len(order["order_number"]) == 14
    assert order["receiver_city"] == {"id": 63, "name": "Jeddah", "name_ar": "جدة"}
    assert order["receiver_country"] == {"id": 1, "name": "Saudi Arabia", "name_ar": "السعودية"}
    assert order["shipper_name"] == "Riyadh main store"  # from warehouse 207
    assert order["total_weight"] == 0.2
    [item] = order["items"]
    assert (item["id"], item["order_id"], item["verification_status"]) == (62506, 43979, "pending")
    assert (item["wrong_attempts"], item["verified_at"]) == (0, None)
    [package] = order["boxes"]
    assert (package["weight"], package["packaging_type_id"]) == (300, 1)
    assert merchant.post("/api/orders", json=NEW_ORDER).json()["data"]["id"] == 43980

    shipped = merchant.post("/api/shipments", json={"order_id": 43979, "courier": "barq"})
    assert shipped.status_code == 201
    result = shipped.json()
    assert result["success"] is True
    assert result["data"]["external_id"] == "SBX0000043979"
    assert result["data"]["order_status"] == "shipped"
    assert result["data"]["shipment_label_url"].endswith("/labels/SBX0000043979.pdf")
    order = merchant.get("/api/orders/43979").json()["data"]
    assert order["status"] == "shipped"
    assert order["external_id"] == "SBX0000043979"
    assert order["selected_shipment_company"] == "barq"
    assert order["latest_shipment"]["tracking_link"] == result["data"]["tracking_link"]

    cancelled = merchant.post("/api/orders/43979/cancel").json()["data"]
    assert cancelled["status"] == "canceled"
    assert [cancelled[k] for k in ("external_id", "shipment_external_id", "latest_shipment")] == [
        None,
        None,
        None,
    ]
    refused = merchant.post("/api/shipments", json={"order_id": 43979, "courier": "barq"})
    assert refused.status_code == 422
    assert refused.json()["errors"] == {
        "order_id": ["The order is canceled and cannot be shipped."]
    }

    assert merchant.post("/api/orders/43979/reset").json()["data"]["status"] == "pending"
    again = merchant.post("/api/shipments", json={"order_id": 43979, "courier": "spl"})
    assert again.json()["data"]["external_id"] == "SBX0000043979-2"


def test_update_changes_only_the_fields_sent(merchant: httpx.Client) -> None:
    before = merchant.get("/api/orders/43978").json()["data"]
    answer = merchant.put(
        "/api/orders/43978/edit", json={"receiver_city_id": 63, "description": "Gift wrap"}
    )
    after = answer.json()["data"]
    assert answer.status_code == 200
    assert after["receiver_city"]["name"] == "Jeddah"
    assert after["description"] == "Gift wrap"
    changed = {k for k in before if before[k] != after[k]}
    assert changed == {"receiver_city_id", "receiver_city", "description", "updated_at"}


def test_returns_need_a_shipped_or_delivered_order(merchant: httpx.Client) -> None:
    refused = merchant.post("/api/shipments/reverse-Shipment", json={"order_id": 43978})
    assert refused.status_code == 422
    returned = merchant.post(
        "/api/shipments/reverse-Shipment", json={"order_id": 43973, "reason": "Wrong size"}
    )
    assert returned.status_code == 201
    assert returned.json()["data"]["order_status"] == "returned"
    order = merchant.get("/api/orders/43973").json()["data"]
    assert (order["status"], order["return_type"]) == ("returned", "reverse")
    assert order["latest_shipment"]["courier"] == "aramex"  # the order's courier


def test_verify_item_counts_wrong_attempts_then_verifies(merchant: httpx.Client) -> None:
    url = "/api/orders/43977/items/62500/verify"
    for attempt in (1, 2):
        item = merchant.post(url, json={"code": "SKU-WRONG"}).json()["data"]
        assert (item["wrong_attempts"], item["verification_status"]) == (attempt, "pending")
    assert merchant.post("/api/orders/43977/verify").status_code == 422

    item = merchant.post(url, json={"code": "SKU-CHARGER-20W", "note": "ok"}).json()["data"]
    assert (item["verification_status"], item["verified_by"]) == ("verified", 11)
    assert ISO.match(item["verified_at"]) and item["verification_note"] == "ok"
    assert item["wrong_attempts"] == 2
    unverified = merchant.post("/api/orders/43977/verify").json()
    assert unverified["errors"] == {"items": ["The order has 1 unverified item."]}

    merchant.post("/api/orders/43977/items/62501/verify", json={"code": "SKU-CABLE-1M"})
    assert merchant.post("/api/orders/43977/verify").status_code == 200


def test_items_without_sku_verify_by_name(merchant: httpx.Client) -> None:
    url = "/api/orders/43978/items/62504/verify"
    item = merchant.post(url, json={"code": "غطاء أيفون 15"}).json()["data"]
    assert item["verification_status"] == "verified"


def test_invoice_is_a_pdf(merchant: httpx.Client) -> None:
    answer = merchant.get("/api/shipments/43976/invoice")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/pdf"
    assert answer.content.startswith(b"%PDF-") and answer.content.rstrip().endswith(b"%%EOF")
    assert b"SBX0000043976" in answer.content


def test_order_price_and_calculator_answer_the_example_rates(merchant: httpx.Client) -> None:
    price = merchant.get("/api/orders/43978/order-price").json()["data"]
    assert [rate["identifier"] for rate in price] == ["aramex", "spl", "barq"]
    quote = {"from_city": "riyadh", "to_city": "جدة", "packages": [{"weight": 1.5}]}
    assert merchant.post("/api/calculate", json=quote).json()["data"] == price
    unknown = merchant.post("/api/calculate", json={**quote, "to_city": "Atlantis"})
    assert unknown.status_code == 422
    assert unknown.json()["errors"] == {"to_city": ["The selected to city is invalid."]}


def test_statistics_are_computed_from_the_orders(merchant: httpx.Client) -> None:
    stats = merchant.get("/api/statistics").json()["data"]
    assert stats == {
        "total_orders": 6,
        "pending_orders": 2,
        "delivered_orders": 1,
        "canceled_orders": 1,
        "returned_orders": 1,
    }
    merchant.post("/api/orders/43978/cancel")
    assert merchant.get("/api/statistics").json()["data"]["canceled_orders"] == 2


# ---- boxes, warehouses, profile


def test_boxes_and_warehouses(merchant: httpx.Client) -> None:
    box = merchant.post("/api/boxes", json={"name": "Tube", "length": 50, "width": 8, "height": 8})
    assert (box.status_code, box.json()["data"]["id"]) == (201, 4)
    assert [b["id"] for b in merchant.get("/api/boxes").json()["data"]] == [1, 3, 4]
    updated = merchant.put("/api/boxes/4", json={"height": 9}).json()["data"]
    assert (updated["name"], updated["height"]) == ("Tube", 9)
    bad = merchant.put("/api/boxes/4", json={"packaging_type_id": 99})
    assert bad.json()["errors"] == {
        "packaging_type_id": ["The selected packaging type id is invalid."]
    }

    warehouse = {
        "name": "Dammam",
        "city_id": 64,
        "address_line": "1 Road",
        "phone": "+966500000009",
    }
    created = merchant.post("/api/warehouses", json=warehouse).json()["data"]
    assert (created["id"], created["short_address"]) == (209, None)
    assert merchant.get("/api/warehouses/209").json()["data"] == created
    ids = [w["id"] for w in merchant.get("/api/warehouses").json()["data"]]
    assert ids == [1, 207, 209]


def test_profile_update_and_password_change(merchant: httpx.Client) -> None:
    profile = merchant.put("/api/profile", json={"name": "Sara B."}).json()["data"]
    assert (profile["name"], profile["email"]) == ("Sara B.", MERCHANT_EMAIL)
    taken = merchant.put("/api/profile", json={"email": OTHER_MERCHANT_EMAIL})
    assert taken.json()["errors"] == {"email": ["The email has already been taken."]}

    change = {
        "current_password": "wrong-password",
        "password": "another-fake-password",
        "password_confirmation": "something-else",
    }
    refused = merchant.put("/api/profile/password", json=change)
    assert refused.json() == {
        "message": "The password is incorrect. (and 1 more error)",
        "errors": {
            "current_password": ["The password is incorrect."],
            "password": ["The password field confirmation does not match."],
        },
    }
    change.update(current_password=SANDBOX_PASSWORD, password_confirmation=change["password"])
    assert merchant.put("/api/profile/password", json=change).status_code == 200
    old = {"email": MERCHANT_EMAIL, "password": SANDBOX_PASSWORD}
    assert merchant.post("/api/auth/login", json=old).status_code == 401
    new = {"email": MERCHANT_EMAIL, "password": "another-fake-password"}
    assert merchant.post("/api/auth/login", json=new).status_code == 200


def test_merchant_details(merchant: httpx.Client) -> None:
    assert merchant.get("/api/merchant").json()["data"]["id"] == 7


# ---- determinism


def _script(client: httpx.Client) -> list[tuple[int, list[tuple[str, str]], bytes]]:
    """A run touching most operations; answers as (status, headers, raw body)."""
    calls: list[tuple[str, str, Any]] = [
        ("POST", "/api/auth/login", {"email": MERCHANT_EMAIL, "password": SANDBOX_PASSWORD}),
        ("POST", "/api/orders", NEW_ORDER),
        ("POST", "/api/shipments", {"order_id": 43979, "courier": "aramex"}),
        ("POST", "/api/orders/43979/items/62506/verify", {"code": "nope"}),
        ("PUT", "/api/orders/43979/edit", {"description": "again"}),
        ("POST", "/api/orders/43979/cancel", None),
        ("POST", "/api/boxes", {"name": "Tube", "length": 5, "width": 5, "height": 5}),
        ("GET", "/api/orders?per_page=3&page=2", None),
        ("GET", "/api/shipments/43979/invoice", None),
        ("GET", "/api/statistics", None),
        ("POST", "/api/orders", {}),
    ]
    answers = []
    for method, url, body in calls:
        answer = client.request(method, url, json=body)
        if url == "/api/auth/login":
            client.headers["Authorization"] = f"Bearer {answer.json()['access_token']}"
        answers.append((answer.status_code, answer.headers.multi_items(), answer.content))
    return answers


def test_two_fresh_sandboxes_answer_the_same_requests_byte_for_byte() -> None:
    runs = []
    for _ in range(2):
        with (
            start_sandbox() as server,
            # The same Host header makes the requests byte-identical too (links are built from it).
            httpx.Client(
                base_url=server.base_url, headers={"Host": "sandbox.test"}, verify=CLIENT_TLS
            ) as client,
        ):
            runs.append(_script(client))
            assert server.take_errors() == []
    assert runs[0] == runs[1]
    assert all(status < 500 for status, _, _ in runs[0])


# ---- the command line


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_the_command_line_serves_until_sigterm_or_ctrl_c(stop_signal: signal.Signals) -> None:
    command = [sys.executable, "-m", "tests.sandbox", "--port", "0", "--quiet"]
    with subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        try:
            assert process.stdout is not None
            # Printed once the port listens: the URL, then the credentials.
            banner = "".join(process.stdout.readline() for _ in range(3))
            base_url = re.search(r"http://127\.0\.0\.1:\d+", banner)
            assert base_url, banner
            credentials = {"email": MERCHANT_EMAIL, "password": SANDBOX_PASSWORD}
            answer = httpx.post(
                f"{base_url[0]}/api/auth/login", json=credentials, verify=CLIENT_TLS
            )
            assert answer.status_code == 200
            process.send_signal(stop_signal)
            out, err = process.communicate(timeout=10)
        finally:
            if process.poll() is None:
                process.kill()
    assert process.returncode == 0, err
    assert f"{MERCHANT_EMAIL} / {SANDBOX_PASSWORD}" in banner
    assert out.rstrip().endswith("Treek sandbox stopped.")
