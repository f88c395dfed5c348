from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method import PaymentMethod, check_payment_method
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateOrderRequest")


@_attrs_define
class UpdateOrderRequest:
    """docs name (Update Order is tagged Developing); fields inferred from the Order: only the fields sent change.

    Attributes:
        receiver_first_name (str | Unset):
        receiver_last_name (str | Unset):
        receiver_phone (str | Unset):
        receiver_email (str | Unset):
        receiver_address_line (str | Unset):
        receiver_city_id (int | Unset):
        receiver_country_id (int | Unset):
        receiver_short_address (str | Unset):
        warehouse_id (int | Unset):
        order_grand_total (float | Unset):
        payment_method (PaymentMethod | Unset): `cod` (cash on delivery) or `paid` (integrations).
        description (str | Unset):
        items (list[CreateOrderItemRequest] | Unset):
        packages (list[OrderPackages] | Unset):
    """

    receiver_first_name: str | Unset = UNSET
    receiver_last_name: str | Unset = UNSET
    receiver_phone: str | Unset = UNSET
    receiver_email: str | Unset = UNSET
    receiver_address_line: str | Unset = UNSET
    receiver_city_id: int | Unset = UNSET
    receiver_country_id: int | Unset = UNSET
    receiver_short_address: str | Unset = UNSET
    warehouse_id: int | Unset = UNSET
    order_grand_total: float | Unset = UNSET
    payment_method: PaymentMethod | Unset = UNSET
    description: str | Unset = UNSET
    items: list[CreateOrderItemRequest] | Unset = UNSET
    packages: list[OrderPackages] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receiver_first_name = self.receiver_first_name

        receiver_last_name = self.receiver_last_name

        receiver_phone = self.receiver_phone

        receiver_email = self.receiver_email

        receiver_address_line = self.receiver_address_line

        receiver_city_id = self.receiver_city_id

        receiver_country_id = self.receiver_country_id

        receiver_short_address = self.receiver_short_address

        warehouse_id = self.warehouse_id

        order_grand_total = self.order_grand_total

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method

        description = self.description

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = []
            for packages_item_data in self.packages:
                packages_item = packages_item_data.to_dict()
                packages.append(packages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if receiver_first_name is not UNSET:
            field_dict["receiver_first_name"] = receiver_first_name
        if receiver_last_name is not UNSET:
            field_dict["receiver_last_name"] = receiver_last_name
        if receiver_phone is not UNSET:
            field_dict["receiver_phone"] = receiver_phone
        if receiver_email is not UNSET:
            field_dict["receiver_email"] = receiver_email
        if receiver_address_line is not UNSET:
            field_dict["receiver_address_line"] = receiver_address_line
        if receiver_city_id is not UNSET:
            field_dict["receiver_city_id"] = receiver_city_id
        if receiver_country_id is not UNSET:
            field_dict["receiver_country_id"] = receiver_country_id
        if receiver_short_address is not UNSET:
            field_dict["receiver_short_address"] = receiver_short_address
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id
        if order_grand_total is not UNSET:
            field_dict["order_grand_total"] = order_grand_total
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if description is not UNSET:
            field_dict["description"] = description
        if items is not UNSET:
            field_dict["items"] = items
        if packages is not UNSET:
            field_dict["packages"] = packages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        receiver_first_name = d.pop("receiver_first_name", UNSET)

        receiver_last_name = d.pop("receiver_last_name", UNSET)

        receiver_phone = d.pop("receiver_phone", UNSET)

        receiver_email = d.pop("receiver_email", UNSET)

        receiver_address_line = d.pop("receiver_address_line", UNSET)

        receiver_city_id = d.pop("receiver_city_id", UNSET)

        receiver_country_id = d.pop("receiver_country_id", UNSET)

        receiver_short_address = d.pop("receiver_short_address", UNSET)

        warehouse_id = d.pop("warehouse_id", UNSET)

        order_grand_total = d.pop("order_grand_total", UNSET)

        _payment_method = d.pop("payment_method", UNSET)
        payment_method: PaymentMethod | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = check_payment_method(_payment_method)

        description = d.pop("description", UNSET)

        _items = d.pop("items", UNSET)
        items: list[CreateOrderItemRequest] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = CreateOrderItemRequest.from_dict(items_item_data)

                items.append(items_item)

        _packages = d.pop("packages", UNSET)
        packages: list[OrderPackages] | Unset = UNSET
        if _packages is not UNSET:
            packages = []
            for packages_item_data in _packages:
                packages_item = OrderPackages.from_dict(packages_item_data)

                packages.append(packages_item)

        update_order_request = cls(
            receiver_first_name,
            receiver_last_name,
            receiver_phone,
            receiver_email,
            receiver_address_line,
            receiver_city_id,
            receiver_country_id,
            receiver_short_address,
            warehouse_id,
            order_grand_total,
            payment_method,
            description,
            items,
            packages,
        )

        update_order_request.additional_properties = d
        return update_order_request

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
from ..models.create_order_item_request import CreateOrderItemRequest  # noqa: E402
from ..models.order_packages import OrderPackages  # noqa: E402
