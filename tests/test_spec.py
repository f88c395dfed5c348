"""The OpenAPI document: valid, complete, honest about where each operation comes from."""

from __future__ import annotations

from typing import Any

import pytest
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate

from tests.spec import load_spec, operations, resolve

# The endpoint table of the public facts (../shared/reference/treek-api.md): the contract.
EXPECTED = {
    "login": ("POST", "/api/auth/login", "Authentication", "integrations"),
    "create_order": ("POST", "/api/orders", "Orders", "docs-url"),
    "list_orders": ("GET", "/api/orders", "Orders", "docs-url"),
    "get_order": ("GET", "/api/orders/{id}", "Orders", "docs-url"),
    "update_order": ("PUT", "/api/orders/{id}/edit", "Orders", "docs-url"),
    "cancel_order": ("POST", "/api/orders/{id}/cancel", "Orders", "docs"),
    "reset_order": ("POST", "/api/orders/{id}/reset", "Orders", "docs-url"),
    "list_order_statuses": ("GET", "/api/orders/statuses", "Orders", "inferred"),
    "verify_item": ("POST", "/api/orders/{order}/items/{item}/verify", "Orders", "docs-url"),
    "verify_order": ("POST", "/api/orders/{order}/verify", "Orders", "docs-url"),
    "get_order_price": ("GET", "/api/orders/{id}/order-price", "Orders", "docs-url"),
    "create_shipment": ("POST", "/api/shipments", "Shipments", "integrations"),
    "create_return_shipment": (
        "POST",
        "/api/shipments/reverse-Shipment",
        "Shipments",
        "docs-url",
    ),
    "print_invoice": ("GET", "/api/shipments/{id}/invoice", "Shipments", "inferred"),
    "create_box": ("POST", "/api/boxes", "Boxes", "inferred"),
    "list_boxes": ("GET", "/api/boxes", "Boxes", "inferred"),
    "get_box": ("GET", "/api/boxes/{id}", "Boxes", "inferred"),
    "update_box": ("PUT", "/api/boxes/{id}", "Boxes", "inferred"),
    "get_merchant": ("GET", "/api/merchant", "Merchants", "inferred"),
    "get_profile": ("GET", "/api/profile", "Profile", "docs-url"),
    "update_profile": ("PUT", "/api/profile", "Profile", "docs-url"),
    "change_password": ("PUT", "/api/profile/password", "Profile", "inferred"),
    "list_countries": ("GET", "/api/countries", "Utilities", "integrations"),
    "list_cities": ("GET", "/api/cities", "Utilities", "integrations"),
    "list_couriers": ("GET", "/api/couriers", "Utilities", "inferred"),
    "list_warehouses": ("GET", "/api/warehouses", "Warehouses", "integrations"),
    "create_warehouse": ("POST", "/api/warehouses", "Warehouses", "inferred"),
    "get_warehouse": ("GET", "/api/warehouses/{id}", "Warehouses", "inferred"),
    "calculate_price": ("POST", "/api/calculate", "Price Calculator", "integrations"),
    "list_packaging_types": ("GET", "/api/packaging-types", "Packaging Types", "integrations"),
    "get_packaging_type": ("GET", "/api/packaging-types/{id}", "Packaging Types", "inferred"),
    "get_statistics": ("GET", "/api/statistics", "Statistics", "inferred"),
}
DEVELOPING = {
    "update_order",
    "verify_item",
    "verify_order",
    "get_order_price",
    "create_return_shipment",
}
DOCS_PAGES = {
    "list_orders": "list-orders-25701087e0",
    "create_order": "create-order-25701088e0",
    "get_order": "order-details-25701089e0",
    "cancel_order": "cancel-order-25701090e0",
    "reset_order": "reset-order-25701091e0",
    "get_profile": "user-details-25701094e0",
    "update_profile": "update-user-25701095e0",
    "update_order": "update-order-25789890e0",
    "create_return_shipment": "return-shipment-25913476e0",
    "verify_item": "verify-item-25955990e0",
    "verify_order": "verify-order-25956246e0",
    "get_order_price": "order-price-26029415e0",
}
DOCS_SCHEMAS = [
    "LoginRequest",
    "CreateOrderRequest",
    "UpdateOrderRequest",
    "PriceCalculator",
    "VerifyItem",
    "CreateWarehouseRequest",
    "ShipmentPackage",
    "CreateReverseShipment",
    "OrderPackages",
    "OrderItem",
    "Order",
    "City",
    "Country",
    "User",
    "CreateOrderItemRequest",
    "CalculateRatesRequest",
    "BoxDimensions",
    "OrderShippingRate",
    "RateCalculationParams",
    "Warehouse",
    "Box",
    "CreateBoxRequest",
    "UpdateBoxRequest",
    "ValidationError",
    "NotFoundError",
    "UnauthorizedError",
    "ForbiddenError",
    "PaginationMeta",
    "PaginationLinks",
]
ORDER_EXAMPLE_FIELDS = 57


def test_document_is_valid_openapi_3_1() -> None:
    spec = load_spec()
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_servers_are_the_docs_host_and_the_integrations_host() -> None:
    urls = [server["url"] for server in load_spec()["servers"]]
    assert urls == ["https://app.gotreek.com", "https://api.gotreek.com"]


def test_all_32_operations_with_the_documented_ids_paths_and_tags() -> None:
    found = {
        op_id: (method, path, op["tags"][0], op["x-treek-source"])
        for op_id, (method, path, op) in operations().items()
    }
    assert found == EXPECTED


@pytest.mark.parametrize("op_id", sorted(EXPECTED))
def test_every_operation_states_its_provenance(op_id: str) -> None:
    _, _, op = operations()[op_id]
    assert op["x-treek-source"] in {"docs", "docs-url", "integrations", "inferred"}
    assert op["x-treek-evidence"].strip()
    assert (op.get("x-treek-status") == "developing") == (op_id in DEVELOPING)
    if op_id in DOCS_PAGES:
        assert op["externalDocs"]["url"] == f"https://docs.gotreek.com/{DOCS_PAGES[op_id]}"
    else:
        assert "externalDocs" not in op
    if op["x-treek-source"] == "inferred":
        # The generated docstrings carry the description: an inferred call must say so there.
        assert "Unverified" in op["description"]


def test_every_schema_the_docs_name_is_defined() -> None:
    schemas = load_spec()["components"]["schemas"]
    assert len(set(DOCS_SCHEMAS)) == 29
    assert set(DOCS_SCHEMAS) <= set(schemas)


def test_order_schema_has_the_57_fields_of_the_docs_example() -> None:
    order = load_spec()["components"]["schemas"]["Order"]
    example = order["examples"][0]
    assert len(example) == ORDER_EXAMPLE_FIELDS
    assert set(order["properties"]) == set(example)
    # A required field must be present in every Order; the example shows which can be null.
    assert set(order["required"]) <= {k for k, v in example.items() if v is not None}


def _validator(schema: dict[str, Any]) -> OAS31Validator:
    document = {**schema, "components": load_spec()["components"]}
    return OAS31Validator(document)


def _bodies() -> list[tuple[str, str, Any, Any]]:
    """(label, content type, schema, example) for every request and response body."""
    found = []
    for op_id, (_, _, op) in operations().items():
        if "requestBody" in op:
            for ctype, media in op["requestBody"]["content"].items():
                found.append((f"{op_id} request", ctype, media))
        for status, response in op["responses"].items():
            for ctype, media in resolve(response).get("content", {}).items():
                found.append((f"{op_id} {status}", ctype, media))
    return [
        (label, ctype, media.get("schema"), media.get("example")) for label, ctype, media in found
    ]


@pytest.mark.parametrize(
    ("label", "ctype", "schema", "example"),
    _bodies(),
    ids=lambda v: v if isinstance(v, str) and " " in v else "",
)
def test_every_body_has_an_example_that_fits_its_schema(
    label: str, ctype: str, schema: Any, example: Any
) -> None:
    assert example is not None, f"{label} has no example"
    if ctype == "application/json":
        errors = [e.message for e in _validator(schema).iter_errors(example)]
        assert errors == [], f"{label}: {errors}"
