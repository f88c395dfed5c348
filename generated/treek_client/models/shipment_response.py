from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShipmentResponse")


@_attrs_define
class ShipmentResponse:
    """Integrations read the shipment fields inside `data` or at the top level; both are modelled, so either parses.

    Attributes:
        success (bool | Unset):
        message (None | str | Unset):
        data (None | ShipmentResult | Unset):
        external_id (None | str | Unset):
        shipment_label_url (None | str | Unset):
        tracking_link (None | str | Unset):
        order_status (None | str | Unset):
    """

    success: bool | Unset = UNSET
    message: None | str | Unset = UNSET
    data: None | ShipmentResult | Unset = UNSET
    external_id: None | str | Unset = UNSET
    shipment_label_url: None | str | Unset = UNSET
    tracking_link: None | str | Unset = UNSET
    order_status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, ShipmentResult):
            data = self.data.to_dict()
        else:
            data = self.data

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
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data
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
        success = d.pop("success", UNSET)

        message: None | str | Unset = d.pop("message", UNSET)

        _data = d.pop("data", UNSET)
        data: None | ShipmentResult | Unset = _data
        if isinstance(_data, dict):
            try:
                data_type_0 = ShipmentResult.from_dict(_data)
                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        external_id: None | str | Unset = d.pop("external_id", UNSET)

        shipment_label_url: None | str | Unset = d.pop("shipment_label_url", UNSET)

        tracking_link: None | str | Unset = d.pop("tracking_link", UNSET)

        order_status: None | str | Unset = d.pop("order_status", UNSET)

        shipment_response = cls(
            success,
            message,
            data,
            external_id,
            shipment_label_url,
            tracking_link,
            order_status,
        )

        shipment_response.additional_properties = d
        return shipment_response

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
from ..models.shipment_result import ShipmentResult  # noqa: E402
