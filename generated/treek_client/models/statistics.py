from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Statistics")


@_attrs_define
class Statistics:
    """Order counts (inferred fields; unknown ones are kept).

    Attributes:
        total_orders (int | Unset):
        pending_orders (int | Unset):
        delivered_orders (int | Unset):
        canceled_orders (int | Unset):
        returned_orders (int | Unset):
    """

    total_orders: int | Unset = UNSET
    pending_orders: int | Unset = UNSET
    delivered_orders: int | Unset = UNSET
    canceled_orders: int | Unset = UNSET
    returned_orders: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_orders = self.total_orders

        pending_orders = self.pending_orders

        delivered_orders = self.delivered_orders

        canceled_orders = self.canceled_orders

        returned_orders = self.returned_orders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_orders is not UNSET:
            field_dict["total_orders"] = total_orders
        if pending_orders is not UNSET:
            field_dict["pending_orders"] = pending_orders
        if delivered_orders is not UNSET:
            field_dict["delivered_orders"] = delivered_orders
        if canceled_orders is not UNSET:
            field_dict["canceled_orders"] = canceled_orders
        if returned_orders is not UNSET:
            field_dict["returned_orders"] = returned_orders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_orders = d.pop("total_orders", UNSET)

        pending_orders = d.pop("pending_orders", UNSET)

        delivered_orders = d.pop("delivered_orders", UNSET)

        canceled_orders = d.pop("canceled_orders", UNSET)

        returned_orders = d.pop("returned_orders", UNSET)

        statistics = cls(
            total_orders,
            pending_orders,
            delivered_orders,
            canceled_orders,
            returned_orders,
        )

        statistics.additional_properties = d
        return statistics

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
