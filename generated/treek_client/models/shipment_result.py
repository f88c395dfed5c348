from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShipmentResult")


@_attrs_define
class ShipmentResult:
    """What Create Shipment answers (integrations): the AWB, the label and the tracking link.

    Attributes:
        external_id (None | str | Unset): The AWB / tracking number.
        shipment_label_url (None | str | Unset):
        tracking_link (None | str | Unset):
        order_status (None | str | Unset):
    """

    external_id: None | str | Unset = UNSET
    shipment_label_url: None | str | Unset = UNSET
    tracking_link: None | str | Unset = UNSET
    order_status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        shipment_label_url: None | str | Unset
        if isinstance(self.shipment_label_url, Unset):
            shipment_label_url = UNSET
        else:
            shipment_label_url = self.shipment_label_url

        tracking_link: None | str | Unset
        if isinstance(self.tracking_link, Unset):
            tracking_link = UNSET
        else:
            tracking_link = self.tracking_link

        order_status: None | str | Unset
        if isinstance(self.order_status, Unset):
            order_status = UNSET
        else:
            order_status = self.order_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if shipment_label_url is not UNSET:
            field_dict["shipment_label_url"] = shipment_label_url
        if tracking_link is not UNSET:
            field_dict["tracking_link"] = tracking_link
        if order_status is not UNSET:
            field_dict["order_status"] = order_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id: None | str | Unset = d.pop("external_id", UNSET)

        shipment_label_url: None | str | Unset = d.pop("shipment_label_url", UNSET)

        tracking_link: None | str | Unset = d.pop("tracking_link", UNSET)

        order_status: None | str | Unset = d.pop("order_status", UNSET)

        shipment_result = cls(
            external_id,
            shipment_label_url,
            tracking_link,
            order_status,
        )

        shipment_result.additional_properties = d
        return shipment_result

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
