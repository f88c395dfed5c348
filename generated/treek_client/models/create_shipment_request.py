from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.courier_code import CourierCode, check_courier_code

T = TypeVar("T", bound="CreateShipmentRequest")


@_attrs_define
class CreateShipmentRequest:
    """Create Shipment's body (integrations).

    Attributes:
        order_id (int):
        courier (CourierCode): Courier codes for Create Shipment, as an integration quotes them from the docs.
    """

    order_id: int
    courier: CourierCode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        courier: str = self.courier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "courier": courier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("order_id")

        courier = check_courier_code(d.pop("courier"))

        create_shipment_request = cls(
            order_id,
            courier,
        )

        create_shipment_request.additional_properties = d
        return create_shipment_request

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
