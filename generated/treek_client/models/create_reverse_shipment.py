from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.courier_code import CourierCode, check_courier_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateReverseShipment")


@_attrs_define
class CreateReverseShipment:
    """docs name "Create Reverse Shipment" (Return Shipment is tagged Developing); fields inferred from Create Shipment.

    Attributes:
        order_id (int):
        courier (CourierCode | Unset): Courier codes for Create Shipment, as an integration quotes them from the docs.
        reason (str | Unset):
    """

    order_id: int
    courier: CourierCode | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        courier: str | Unset = UNSET
        if not isinstance(self.courier, Unset):
            courier = self.courier

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
            }
        )
        if courier is not UNSET:
            field_dict["courier"] = courier
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("order_id")

        _courier = d.pop("courier", UNSET)
        courier: CourierCode | Unset
        if isinstance(_courier, Unset):
            courier = UNSET
        else:
            courier = check_courier_code(_courier)

        reason = d.pop("reason", UNSET)

        create_reverse_shipment = cls(
            order_id,
            courier,
            reason,
        )

        create_reverse_shipment.additional_properties = d
        return create_reverse_shipment

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
