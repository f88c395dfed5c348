from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWarehouseRequest")


@_attrs_define
class CreateWarehouseRequest:
    """docs name; fields inferred from the Order's shipper fields.

    Attributes:
        name (str):
        city_id (int):
        address_line (str):
        phone (str):
        short_address (str | Unset):
    """

    name: str
    city_id: int
    address_line: str
    phone: str
    short_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        city_id = self.city_id

        address_line = self.address_line

        phone = self.phone

        short_address = self.short_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "city_id": city_id,
                "address_line": address_line,
                "phone": phone,
            }
        )
        if short_address is not UNSET:
            field_dict["short_address"] = short_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        city_id = d.pop("city_id")

        address_line = d.pop("address_line")

        phone = d.pop("phone")

        short_address = d.pop("short_address", UNSET)

        create_warehouse_request = cls(
            name,
            city_id,
            address_line,
            phone,
            short_address,
        )

        create_warehouse_request.additional_properties = d
        return create_warehouse_request

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
