from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderItemRequest")


@_attrs_define
class CreateOrderItemRequest:
    """docs name; fields from the integrations. `weight` is grams per unit, `price` SAR per unit.

    Attributes:
        name (str):
        quantity (int):
        price (float):
        weight (float | Unset): Grams per unit.
        sku (str | Unset): Inferred optional input.
    """

    name: str
    quantity: int
    price: float
    weight: float | Unset = UNSET
    sku: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        quantity = self.quantity

        price = self.price

        weight = self.weight

        sku = self.sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "quantity": quantity,
                "price": price,
            }
        )
        if weight is not UNSET:
            field_dict["weight"] = weight
        if sku is not UNSET:
            field_dict["sku"] = sku

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        quantity = d.pop("quantity")

        price = d.pop("price")

        weight = d.pop("weight", UNSET)

        sku = d.pop("sku", UNSET)

        create_order_item_request = cls(
            name,
            quantity,
            price,
            weight,
            sku,
        )

        create_order_item_request.additional_properties = d
        return create_order_item_request

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
