from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PriceCalculator")


@_attrs_define
class PriceCalculator:
    """docs name "Price Calculator"; the calculator's body as the integrations send it: city **names**, kg weights.

    Attributes:
        from_city (str):
        to_city (str):
        packages (list[RateCalculationParams]):
    """

    from_city: str
    to_city: str
    packages: list[RateCalculationParams]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_city = self.from_city

        to_city = self.to_city

        packages = []
        for packages_item_data in self.packages:
            packages_item = packages_item_data.to_dict()
            packages.append(packages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_city": from_city,
                "to_city": to_city,
                "packages": packages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_city = d.pop("from_city")

        to_city = d.pop("to_city")

        packages = []
        _packages = d.pop("packages")
        for packages_item_data in _packages:
            packages_item = RateCalculationParams.from_dict(packages_item_data)

            packages.append(packages_item)

        price_calculator = cls(
            from_city,
            to_city,
            packages,
        )

        price_calculator.additional_properties = d
        return price_calculator

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last so that models referring to each other import without a cycle error.
from ..models.rate_calculation_params import RateCalculationParams  # noqa: E402
