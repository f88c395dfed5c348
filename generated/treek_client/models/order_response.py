from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderResponse")


@_attrs_define
class OrderResponse:
    """
    Attributes:
        data (Order): docs name; the 57 fields of the docs' Cancel Order example. Many are null in real data;
            coordinates are decimal strings; `date` is `2026-01-05 08:51:12` while the timestamps are
            ISO 8601 — both parse as datetimes. `status` is kept as a string (seen: pending, delivered,
            canceled — one l —, cancelled, returned). Unknown extra fields are kept in
            `additional_properties`.
        success (bool | Unset):
        message (None | str | Unset):
    """

    data: Order
    success: bool | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        success = self.success

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = Order.from_dict(d.pop("data"))

        success = d.pop("success", UNSET)

        message: None | str | Unset = d.pop("message", UNSET)

        order_response = cls(
            data,
            success,
            message,
        )

        order_response.additional_properties = d
        return order_response

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
from ..models.order import Order  # noqa: E402
