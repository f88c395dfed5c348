"""The generated package: every operation importable, the docs' Order parses, output fresh."""

from __future__ import annotations

import datetime
import importlib
import inspect
import json
import subprocess
import sys
import typing
from typing import Any

import pytest

from tests.spec import ROOT, operations
from treek_client.models import Order, OrderResponse

CANCEL_EXAMPLE = ROOT / "tests" / "data" / "cancel-order-200.example.json"


def _module_path(op_id: str) -> str:
    _, _, op = operations()[op_id]
    return f"treek_client.api.{op['tags'][0].lower().replace(' ', '_')}.{op_id}"


@pytest.mark.parametrize("op_id", sorted(operations()))
def test_operation_module_has_the_four_call_forms(op_id: str) -> None:
    module = importlib.import_module(_module_path(op_id))
    for name in ("sync", "sync_detailed"):
        assert inspect.isfunction(getattr(module, name))
    for name in ("asyncio", "asyncio_detailed"):
        assert inspect.iscoroutinefunction(getattr(module, name))


def test_sync_returns_the_success_model_not_a_union() -> None:
    from treek_client.api.orders import cancel_order

    assert typing.get_type_hints(cancel_order.sync)["return"] is OrderResponse


def _same(original: Any, dumped: Any) -> bool:
    """Equal, where datetimes may be spelt differently (`...Z` vs `+00:00`, space vs `T`)."""
    if isinstance(original, dict) and isinstance(dumped, dict):
        return original.keys() == dumped.keys() and all(
            _same(original[k], dumped[k]) for k in original
        )
    if isinstance(original, list) and isinstance(dumped, list):
        return len(original) == len(dumped) and all(map(_same, original, dumped))
    if isinstance(original, str) and isinstance(dumped, str) and original != dumped:
        try:
            return datetime.datetime.fromisoformat(original) == datetime.datetime.fromisoformat(
                dumped
            )
        except ValueError:
            return False
    return bool(original == dumped)


def test_docs_cancel_order_example_round_trips_through_the_model() -> None:
    body = json.loads(CANCEL_EXAMPLE.read_text(encoding="utf-8"))
    parsed = OrderResponse.from_dict(body)
    order = parsed.data
    assert isinstance(order, Order)
    assert order.status == "canceled"
    assert order.date == datetime.datetime(2026, 1, 5, 8, 51, 12)
    assert order.created_at == datetime.datetime(2026, 1, 5, 8, 51, 12, tzinfo=datetime.UTC)
    assert order.receiver_latitude == "36.80650000"
    assert order.receiver_city is not None and order.receiver_city.name_ar == "الرياض"
    assert order.latest_shipment is None and order.merchant is None
    assert order.items[1].id == 62505 and order.boxes[0].weight == 12300
    assert order.additional_properties == {}
    dumped = parsed.to_dict()
    assert _same(body, dumped), "to_dict() must give back every field of the docs example"


def test_unknown_fields_are_kept() -> None:
    body = json.loads(CANCEL_EXAMPLE.read_text(encoding="utf-8"))
    body["data"]["new_field_from_treek"] = {"x": 1}
    order = OrderResponse.from_dict(body).data
    assert order.additional_properties == {"new_field_from_treek": {"x": 1}}
    assert order.to_dict()["new_field_from_treek"] == {"x": 1}


def test_generated_package_matches_a_fresh_generation() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "overrides" / "regenerate.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_readme_operation_table_matches_the_spec() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "overrides" / "readme_table.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert sum(f"| `{op_id}` |" in readme for op_id in operations()) == 32
