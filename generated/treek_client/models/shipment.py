from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Shipment")


@_attrs_define
class Shipment:
    """An order's latest shipment (`Order.latest_shipment`; null in the docs example). Fields inferred from what Create
    Shipment answers.

        Attributes:
            id (int | None | Unset):
            order_id (int | None | Unset):
            courier (None | str | Unset):
            external_id (None | str | Unset):
            shipment_label_url (None | str | Unset):
            tracking_link (None | str | Unset):
            status (None | str | Unset):
            created_at (datetime.datetime | None | Unset):
            updated_at (datetime.datetime | None | Unset):
    """

    id: int | None | Unset = UNSET
    order_id: int | None | Unset = UNSET
    courier: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    shipment_label_url: None | str | Unset = UNSET
    tracking_link: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        order_id: int | None | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        courier: None | str | Unset
        if isinstance(self.courier, Unset):
            courier = UNSET
        else:
            courier = self.courier

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

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

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
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if courier is not UNSET:
            field_dict["courier"] = courier
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if shipment_label_url is not UNSET:
            field_dict["shipment_label_url"] = shipment_label_url
        if tracking_link is not UNSET:
            field_dict["tracking_link"] = tracking_link
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: int | None | Unset = d.pop("id", UNSET)

        order_id: int | None | Unset = d.pop("order_id", UNSET)

        courier: None | str | Unset = d.pop("courier", UNSET)

        external_id: None | str | Unset = d.pop("external_id", UNSET)

        shipment_label_url: None | str | Unset = d.pop("shipment_label_url", UNSET)

        tracking_link: None | str | Unset = d.pop("tracking_link", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

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

        shipment = cls(
            id,
            order_id,
            courier,
            external_id,
            shipment_label_url,
            tracking_link,
            status,
            created_at,
            updated_at,
        )

        shipment.additional_properties = d
        return shipment

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
