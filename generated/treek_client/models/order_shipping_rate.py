from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderShippingRate")


@_attrs_define
class OrderShippingRate:
    """docs name; one courier service's quote (fields from the integrations).

    Attributes:
        courier_name (str):
        service_id (int | None | Unset):
        identifier (None | str | Unset): The courier code to book with, e.g. `aramex`.
        service_name (None | str | Unset):
        price_sar (float | None | Unset):
        price_cents (int | None | Unset):
        delivery_time (None | str | Unset): Free text such as `1-3 days`.
        logo (None | str | Unset):
    """

    courier_name: str
    service_id: int | None | Unset = UNSET
    identifier: None | str | Unset = UNSET
    service_name: None | str | Unset = UNSET
    price_sar: float | None | Unset = UNSET
    price_cents: int | None | Unset = UNSET
    delivery_time: None | str | Unset = UNSET
    logo: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        courier_name = self.courier_name

        service_id: int | None | Unset
        if isinstance(self.service_id, Unset):
            service_id = UNSET
        else:
            service_id = self.service_id

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        service_name: None | str | Unset
        if isinstance(self.service_name, Unset):
            service_name = UNSET
        else:
            service_name = self.service_name

        price_sar: float | None | Unset
        if isinstance(self.price_sar, Unset):
            price_sar = UNSET
        else:
            price_sar = self.price_sar

        price_cents: int | None | Unset
        if isinstance(self.price_cents, Unset):
            price_cents = UNSET
        else:
            price_cents = self.price_cents

        delivery_time: None | str | Unset
        if isinstance(self.delivery_time, Unset):
            delivery_time = UNSET
        else:
            delivery_time = self.delivery_time

        logo: None | str | Unset
        if isinstance(self.logo, Unset):
            logo = UNSET
        else:
            logo = self.logo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "courier_name": courier_name,
            }
        )
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if service_name is not UNSET:
            field_dict["service_name"] = service_name
        if price_sar is not UNSET:
            field_dict["price_sar"] = price_sar
        if price_cents is not UNSET:
            field_dict["price_cents"] = price_cents
        if delivery_time is not UNSET:
            field_dict["delivery_time"] = delivery_time
        if logo is not UNSET:
            field_dict["logo"] = logo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        courier_name = d.pop("courier_name")

        service_id: int | None | Unset = d.pop("service_id", UNSET)

        identifier: None | str | Unset = d.pop("identifier", UNSET)

        service_name: None | str | Unset = d.pop("service_name", UNSET)

        price_sar: float | None | Unset = d.pop("price_sar", UNSET)

        price_cents: int | None | Unset = d.pop("price_cents", UNSET)

        delivery_time: None | str | Unset = d.pop("delivery_time", UNSET)

        logo: None | str | Unset = d.pop("logo", UNSET)

        order_shipping_rate = cls(
            courier_name,
            service_id,
            identifier,
            service_name,
            price_sar,
            price_cents,
            delivery_time,
            logo,
        )

        order_shipping_rate.additional_properties = d
        return order_shipping_rate

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
