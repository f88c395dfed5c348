from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBoxRequest")


@_attrs_define
class CreateBoxRequest:
    """docs name; fields inferred (cm, grams).

    Attributes:
        name (str):
        length (float):
        width (float):
        height (float):
        weight (float | Unset):
        packaging_type_id (int | Unset):
    """

    name: str
    length: float
    width: float
    height: float
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
        field_dict.update(
            {
                "name": name,
                "length": length,
                "width": width,
                "height": height,
            }
        )
        if weight is not UNSET:
            field_dict["weight"] = weight
        if packaging_type_id is not UNSET:
            field_dict["packaging_type_id"] = packaging_type_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        length = d.pop("length")

        width = d.pop("width")

        height = d.pop("height")

        weight = d.pop("weight", UNSET)

        packaging_type_id = d.pop("packaging_type_id", UNSET)

        create_box_request = cls(
            name,
            length,
            width,
            height,
            weight,
            packaging_type_id,
        )

        create_box_request.additional_properties = d
        return create_box_request

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
