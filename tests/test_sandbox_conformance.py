"""Every operation, called with the spec's own examples, answers what the spec documents.

The checks here use the spec directly (tests.spec), not the sandbox's contract module, so a bug
in the sandbox's own response checking cannot hide a non-conforming answer.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from openapi_schema_validator import OAS31Validator
from starlette.routing import Route

from tests.sandbox import SandboxServer
from tests.spec import load_spec, operations, resolve

OP_IDS = sorted(operations())
UNKNOWN_ID = 999_999
# Records of the other merchant (8), by path parameter or body field.
OTHER_MERCHANTS = {
    "/api/orders/": 43971,
    "/api/boxes/": 2,
    "/api/warehouses/": 208,
    "/api/shipments/": 43971,
}
OTHER_MERCHANTS_ITEM = 62480  # an item of order 43971


def _validator(schema: dict[str, Any]) -> Any:
    return OAS31Validator({**schema, "components": load_spec()["components"]})


def _params(op: dict[str, Any], location: str) -> dict[str, Any]:
    found = (resolve(p) for p in op.get("parameters", []))
    return {p["name"]: p["example"] for p in found if p["in"] == location}


def _body(op: dict[str, Any]) -> Any:
    if "requestBody" not in op:
        return None
    return resolve(op["requestBody"])["content"]["application/json"]["example"]


def _call(
    client: httpx.Client,
    op_id: str,
    *,
    path: dict[str, Any] | None = None,
    query: dict[str, Any] | None = None,
    body: Any = None,
    use_examples: bool = True,
) -> httpx.Response:
    method, template, op = operations()[op_id]
    path_values = {**(_params(op, "path") if use_examples else {}), **(path or {})}
    query_values = {**(_params(op, "query") if use_examples else {}), **(query or {})}
    if body is None and use_examples:
        body = _body(op)
    return client.request(method, template.format(**path_values), params=query_values, json=body)


def assert_documented(op_id: str, answer: httpx.Response, statuses: set[int]) -> None:
    """The status is one of `statuses`, documented for the operation, and the body fits."""
    _, _, op = operations()[op_id]
    assert answer.status_code in statuses, f"{op_id}: {answer.status_code} {answer.text[:300]}"
    response = resolve(op["responses"][str(answer.status_code)])
    media_type = answer.headers["content-type"].split(";")[0]
    assert media_type in response["content"], f"{op_id}: undocumented {media_type}"
    if media_type == "application/json":
        schema = response["content"][media_type]["schema"]
        errors = [e.message for e in _validator(schema).iter_errors(answer.json())]
        assert errors == [], f"{op_id} {answer.status_code}: {errors}"
    else:
        assert answer.content.startswith(b"%PDF-")


def _login(client: httpx.Client) -> None:
    answer = _call(client, "login")  # the spec's example credentials are the sandbox's
    assert answer.status_code == 200, answer.text
    client.headers["Authorization"] = f"Bearer {answer.json()['access_token']}"


def _prepare(client: httpx.Client, op_id: str) -> None:
    """Bring the seed data where the operation's example call can succeed."""
    if op_id == "verify_order":  # every item verified first, with its own code
        order = client.get("/api/orders/43978").json()["data"]
        for item in order["items"]:
            code = item["sku"] or item["name"]
            url = f"/api/orders/43978/items/{item['id']}/verify"
            assert client.post(url, json={"code": code}).status_code == 200
    if op_id == "create_return_shipment":  # only shipped or delivered orders can be returned
        assert _call(client, "create_shipment").status_code in {200, 201}


def _statuses(op_id: str) -> set[int]:
    return {int(status) for status in operations()[op_id][2]["responses"]}


def test_the_sandbox_serves_exactly_the_specs_paths_and_methods(sandbox: SandboxServer) -> None:
    routes = [route for route in sandbox.app.asgi.routes if isinstance(route, Route)]
    served = {(m, route.path) for route in routes for m in (route.methods or set()) - {"HEAD"}}
    assert served == {(method, path) for method, path, _ in operations().values()}


@pytest.mark.parametrize("op_id", OP_IDS)
def test_the_example_request_succeeds_as_documented(http: httpx.Client, op_id: str) -> None:
    if op_id != "login":
        _login(http)
    _prepare(http, op_id)
    answer = _call(http, op_id)
    assert_documented(op_id, answer, {s for s in _statuses(op_id) if 200 <= s < 300})


@pytest.mark.parametrize("op_id", [o for o in OP_IDS if 401 in _statuses(o)])
def test_401_is_documented(http: httpx.Client, op_id: str) -> None:
    if op_id == "login":
        body = {**_body(operations()[op_id][2]), "password": "wrong-password"}
        answer = _call(http, op_id, body=body)
    else:
        answer = _call(http, op_id)  # no token
    assert_documented(op_id, answer, {401})


def _id_fields(op_id: str) -> tuple[list[str], bool]:
    _, _, op = operations()[op_id]
    return list(_params(op, "path")), "order_id" in (_body(op) or {})


@pytest.mark.parametrize("op_id", [o for o in OP_IDS if 404 in _statuses(o)])
def test_404_is_documented(http: httpx.Client, op_id: str) -> None:
    _login(http)
    path_names, by_body = _id_fields(op_id)
    if by_body:
        body = {**_body(operations()[op_id][2]), "order_id": UNKNOWN_ID}
        answer = _call(http, op_id, body=body)
    else:
        answer = _call(http, op_id, path={name: UNKNOWN_ID for name in path_names})
    assert_documented(op_id, answer, {404})


def _other_merchants(op_id: str) -> dict[str, Any] | None:
    """Call arguments that name another merchant's record, when the operation takes an id."""
    _, template, op = operations()[op_id]
    path_names, by_body = _id_fields(op_id)
    if by_body:
        return {"body": {**_body(op), "order_id": OTHER_MERCHANTS["/api/orders/"]}}
    prefix = next((p for p in OTHER_MERCHANTS if template.startswith(p)), None)
    if not path_names or prefix is None:
        return None
    path = {path_names[0]: OTHER_MERCHANTS[prefix]}
    if "item" in path_names:
        path["item"] = OTHER_MERCHANTS_ITEM
    return {"path": path}


@pytest.mark.parametrize(
    "op_id", [o for o in OP_IDS if 403 in _statuses(o) and _other_merchants(o) is not None]
)
def test_403_is_documented(http: httpx.Client, op_id: str) -> None:
    _login(http)
    answer = _call(http, op_id, **_other_merchants(op_id) or {})
    assert_documented(op_id, answer, {403})


def _wrong(schema: dict[str, Any]) -> Any:
    """A value of the wrong type for `schema`."""
    kind = resolve(schema).get("type")
    return "not-a-number" if kind in {"integer", "number", "array", "object"} else 12345


def _invalid_call(op_id: str) -> dict[str, Any]:
    """Call arguments that break the operation's schemas (or, failing that, its examples)."""
    _, _, op = operations()[op_id]
    if "requestBody" in op:
        schema = resolve(resolve(op["requestBody"])["content"]["application/json"]["schema"])
        if schema.get("required"):
            return {"body": {}}
        name, prop = next(iter(schema["properties"].items()))
        return {"body": {name: _wrong(prop)}}
    typed = [p for p in map(resolve, op.get("parameters", [])) if p["in"] == "query"]
    numeric = [p for p in typed if p["schema"].get("type") == "integer"]
    if numeric:
        return {"query": {numeric[0]["name"]: "not-a-number"}}
    return {}  # verify_order: the seed's items are not verified yet


@pytest.mark.parametrize("op_id", [o for o in OP_IDS if 422 in _statuses(o)])
def test_422_is_documented(http: httpx.Client, op_id: str) -> None:
    if op_id != "login":
        _login(http)
    answer = _call(http, op_id, **_invalid_call(op_id))
    assert_documented(op_id, answer, {422})
    body = answer.json()
    assert body["errors"] and all(
        isinstance(messages, list) and messages for messages in body["errors"].values()
    )
    first = next(iter(body["errors"].values()))[0]
    assert body["message"].startswith(first)
