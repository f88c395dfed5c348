"""Reference data: countries, cities, couriers, packaging types, and the price calculator."""

from __future__ import annotations

import copy

from tests.sandbox.call import Call
from tests.sandbox.contract import Reply
from tests.sandbox.laravel import FieldErrors, Invalid, NotFound, selected_invalid


def _listing(call: Call, items: list[object]) -> Reply:
    body = call.op.example(200)
    body["data"] = copy.deepcopy(items)
    return Reply(200, body)


def list_countries(call: Call) -> Reply:
    return _listing(call, list(call.state.countries))


def list_cities(call: Call) -> Reply:
    country_id = call.params.get("country_id")
    if country_id is not None and call.state.country(country_id) is None:
        raise Invalid({"country_id": [selected_invalid("country_id")]})
    cities = call.state.cities  # every seeded city is in Saudi Arabia (country 1)
    if "search" in call.params:
        needle = call.params["search"].strip().casefold()
        cities = [c for c in cities if needle in c["name"].casefold() or needle in c["name_ar"]]
    return _listing(call, list(cities))


def list_couriers(call: Call) -> Reply:
    return _listing(call, list(call.state.couriers))


def list_packaging_types(call: Call) -> Reply:
    return _listing(call, list(call.state.packaging_types))


def get_packaging_type(call: Call) -> Reply:
    packaging_type = call.state.packaging_type(call.params["id"])
    if packaging_type is None:
        raise NotFound("Packaging type")
    return call.envelope(copy.deepcopy(packaging_type))


def calculate_price(call: Call) -> Reply:
    errors = FieldErrors()
    for field in ("from_city", "to_city"):
        if call.state.city_named(call.body[field]) is None:
            errors[field] = [selected_invalid(field)]
    if errors:
        raise Invalid(errors)
    return call.envelope(copy.deepcopy(call.state.rates))


HANDLERS = {
    "list_countries": list_countries,
    "list_cities": list_cities,
    "list_couriers": list_couriers,
    "list_packaging_types": list_packaging_types,
    "get_packaging_type": get_packaging_type,
    "calculate_price": calculate_price,
}
