"""Quotes from the price calculator: all of them, the cheapest, the fastest."""

from __future__ import annotations

import math
import re

from treek_client.api.price_calculator import calculate_price
from treek_client.client import Client
from treek_client.errors import TreekError
from treek_client.models import OrderShippingRate, PriceCalculator, RateCalculationParams

from ..errors import InvalidInputError

MAX_KG = 1000.0  # no parcel courier takes more; a bigger number is almost surely grams


def price_sar(rate: OrderShippingRate) -> float:
    """The rate in SAR (`price_sar`, else `price_cents` / 100); infinity when neither is given."""
    if isinstance(rate.price_sar, int | float):
        return float(rate.price_sar)
    if isinstance(rate.price_cents, int):
        return rate.price_cents / 100
    return math.inf


def delivery_days(rate: OrderShippingRate) -> float:
    """Upper bound of `delivery_time` in days ("Same day" 0, "24 hours" 1, "2-3 days" 3)."""
    text = rate.delivery_time.casefold() if isinstance(rate.delivery_time, str) else ""
    if "same day" in text or "today" in text:
        return 0.0
    numbers = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", text)]
    if not numbers:
        return math.inf
    return max(numbers) / 24 if "hour" in text else max(numbers)


def quote(
    client: Client, from_city: str, to_city: str, weight_kg: float, **dimensions_cm: float
) -> list[OrderShippingRate]:
    if isinstance(weight_kg, bool) or not isinstance(weight_kg, int | float) or not weight_kg > 0:
        raise InvalidInputError(
            f"weight_kg must be a positive number of kilograms, got {weight_kg!r}"
        )
    if weight_kg > MAX_KG:
        raise InvalidInputError(
            f"weight_kg={weight_kg} is over {MAX_KG:g} kg: the calculator takes kilograms "
            "(orders take grams)"
        )
    unknown = set(dimensions_cm) - {"length", "width", "height"}
    if unknown:
        raise InvalidInputError(f"unknown package dimensions: {sorted(unknown)}")
    package = RateCalculationParams(weight=weight_kg, **dimensions_cm)
    body = PriceCalculator(from_city=from_city, to_city=to_city, packages=[package])
    rates = calculate_price.sync(client=client, body=body).data
    return sorted(rates, key=price_sar)


def cheapest(rates: list[OrderShippingRate]) -> OrderShippingRate:
    if not rates:
        raise TreekError("the calculator returned no rates for this route")
    return min(rates, key=price_sar)


def fastest(rates: list[OrderShippingRate]) -> OrderShippingRate:
    """The quickest delivery; the cheaper one when two are as quick."""
    if not rates:
        raise TreekError("the calculator returned no rates for this route")
    return min(rates, key=lambda rate: (delivery_days(rate), price_sar(rate)))
