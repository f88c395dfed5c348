from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Warehouse")


@_attrs_define
class Warehouse:
    """docs name; `id` and `name` from the integrations, other fields inferred.

    Attributes:
        id (int):
        name (str):
        city_id (int | None | Unset):
        address_line (None | str | Unset):
        phone (None | str | Unset):
        short_address (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | None | Unset):
    """

    id: int
    name: str
    city_id: int | None | Unset = UNSET
    address_line: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    short_address: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        city_id: int | None | Unset
        if isinstance(self.city_id, Unset):
            city_id = UNSET
        else:
            city_id = self.city_id

        address_line: None | str | Unset
        if isinstance(self.address_line, Unset):
            address_line = UNSET
        else:
            address_line = self.address_line

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        short_address: None | str | Unset
        if isinstance(self.short_address, Unset):
            short_address = UNSET
        else:
            short_address = self.short_address

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if address_line is not UNSET:
            field_dict["address_line"] = address_line
        if phone is not UNSET:
            field_dict["phone"] = phone
        if short_address is not UNSET:
            field_dict["short_address"] = short_address
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        city_id: int | None | Unset = d.pop("city_id", UNSET)

        address_line: None | str | Unset = d.pop("address_line", UNSET)

        phone: None | str | Unset = d.pop("phone", UNSET)

        short_address: None | str | Unset = d.pop("short_address", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | None | Unset = _created_at
        if isinstance(_created_at, str):
            try:
                created_at_type_0 = datetime.datetime.fromisoformat(_created_at)
                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset = _updated_at
        if isinstance(_updated_at, str):
            try:
                updated_at_type_0 = datetime.datetime.fromisoformat(_updated_at)
                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        warehouse = cls(
            id,
            name,
            city_id,
            address_line,
            phone,
            short_address,
            created_at,
            updated_at,
        )

        warehouse.additional_properties = d
        return warehouse

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
