"""Catalogue, account, boxes and warehouses, replayed from tests/cassettes/test_account/."""

from __future__ import annotations

import pytest

from treek import TreekClient, paginate
from treek_client.api.boxes import create_box, get_box, list_boxes, update_box
from treek_client.api.merchants import get_merchant
from treek_client.api.packaging_types import get_packaging_type, list_packaging_types
from treek_client.api.profile import change_password, get_profile, update_profile
from treek_client.api.statistics import get_statistics
from treek_client.api.utilities import list_countries, list_couriers
from treek_client.api.warehouses import create_warehouse, get_warehouse, list_warehouses
from treek_client.models import (
    ChangePasswordRequest,
    CreateBoxRequest,
    CreateWarehouseRequest,
    UpdateBoxRequest,
    UpdateUserRequest,
)

pytestmark = pytest.mark.vcr


def test_the_lookups_an_integration_makes_before_an_order(client: TreekClient) -> None:
    saudi = list_countries.sync(client=client).data[0]
    assert saudi.id == 1
    riyadh = client.find_city("الرياض", country_id=saudi.id)
    assert riyadh is not None and riyadh.name == "Riyadh"
    types = list_packaging_types.sync(client=client).data
    default = next(t for t in types if t.is_default)
    assert get_packaging_type.sync(default.id, client=client).data.name == default.name
    assert {c.identifier for c in list_couriers.sync(client=client).data} >= {"aramex", "spl"}


def test_rates(client: TreekClient) -> None:
    cheapest = client.cheapest_rate("Riyadh", "جدة", 1.5, length=20, width=15, height=10)
    assert cheapest.price_sar is not None
    quotes = client.quote("Riyadh", "Jeddah", 1.5)
    assert cheapest.courier_name == quotes[0].courier_name


def test_boxes(client: TreekClient) -> None:
    box = create_box.sync(
        client=client, body=CreateBoxRequest(name="Small box", length=20, width=15, height=10)
    ).data
    assert get_box.sync(box.id, client=client).data.name == "Small box"
    bigger = update_box.sync(box.id, client=client, body=UpdateBoxRequest(height=12)).data
    assert bigger.height == 12
    assert box.id in [b.id for b in paginate(list_boxes.sync, client=client)]


def test_warehouses(client: TreekClient) -> None:
    body = CreateWarehouseRequest(
        name="Jeddah store", city_id=63, address_line="1 Tahlia Street", phone="+966500000002"
    )
    warehouse = create_warehouse.sync(client=client, body=body).data
    assert get_warehouse.sync(warehouse.id, client=client).data.name == "Jeddah store"
    listed = list_warehouses.sync(client=client, per_page=50).data
    assert warehouse.id in [w.id for w in listed]


def test_account(client: TreekClient) -> None:
    me = get_profile.sync(client=client).data
    renamed = update_profile.sync(client=client, body=UpdateUserRequest(name="Sara Example")).data
    assert renamed.id == me.id and renamed.name == "Sara Example"
    assert get_merchant.sync(client=client).data.id is not None
    assert get_statistics.sync(client=client).data.total_orders is not None
    new = "another-fake-password"
    body = ChangePasswordRequest(
        current_password="not-a-real-password", password=new, password_confirmation=new
    )
    assert change_password.sync(client=client, body=body).success is not False
