from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateBoxRequest")


@_attrs_define
class UpdateBoxRequest:
    """docs name; fields inferred: only the fields sent change.

    Attributes:
        name (str | Unset):
        length (float | Unset):
        width (float | Unset):
        height (float | Unset):
        weight (float | Unset):
        packaging_type_id (int | Unset):
    """

    name: str | Unset = UNSET
    length: float | Unset = UNSET
    width: float | Unset = UNSET
    height: float | Unset = UNSET
    weight: float | Unset = UNSET
    packaging_type_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        length = self.length

        width = self.width

        height = self.height

        weight = self.weight

        packaging_type_id = self.packaging_type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if length is not UNSET:
            field_dict["length"] = length
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if weight is not UNSET:
            field_dict["weight"] = weight
        if packaging_type_id is not UNSET:
            field_dict["packaging_type_id"] = packaging_type_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        length = d.pop("length", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        weight = d.pop("weight", UNSET)

        packaging_type_id = d.pop("packaging_type_id", UNSET)

        update_box_request = cls(
            name,
            length,
            width,
            height,
            weight,
            packaging_type_id,
        )

        update_box_request.additional_properties = d
        return update_box_request

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
