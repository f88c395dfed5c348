from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalculateRatesRequest")


@_attrs_define
class CalculateRatesRequest:
    """docs name; no public field list. Modelled (inferred) as the id-based form of the
    calculator's input. No operation here sends it: `calculate_price` takes `PriceCalculator`.

        Attributes:
            from_city_id (int | Unset):
            to_city_id (int | Unset):
            packages (list[RateCalculationParams] | Unset):
    """

    from_city_id: int | Unset = UNSET
    to_city_id: int | Unset = UNSET
    packages: list[RateCalculationParams] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_city_id = self.from_city_id

        to_city_id = self.to_city_id

        packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = []
            for packages_item_data in self.packages:
                packages_item = packages_item_data.to_dict()
                packages.append(packages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_city_id is not UNSET:
            field_dict["from_city_id"] = from_city_id
        if to_city_id is not UNSET:
            field_dict["to_city_id"] = to_city_id
        if packages is not UNSET:
            field_dict["packages"] = packages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_city_id = d.pop("from_city_id", UNSET)

        to_city_id = d.pop("to_city_id", UNSET)

        _packages = d.pop("packages", UNSET)
        packages: list[RateCalculationParams] | Unset = UNSET
        if _packages is not UNSET:
            packages = []
            for packages_item_data in _packages:
                packages_item = RateCalculationParams.from_dict(packages_item_data)

                packages.append(packages_item)

        calculate_rates_request = cls(
            from_city_id,
            to_city_id,
            packages,
        )

        calculate_rates_request.additional_properties = d
        return calculate_rates_request

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
