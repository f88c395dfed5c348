from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method import PaymentMethod, check_payment_method
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderRequest")


@_attrs_define
class CreateOrderRequest:
    """docs name; the fields the integrations send (first block) and optional Order fields that
    are plausible inputs (inferred).

        Attributes:
            receiver_first_name (str):
            receiver_last_name (str):
            receiver_phone (str): `+9665XXXXXXXX`
            receiver_address_line (str):
            receiver_city_id (int):
            receiver_country_id (int):
            order_grand_total (float): SAR
            payment_method (PaymentMethod): `cod` (cash on delivery) or `paid` (integrations).
            items (list[CreateOrderItemRequest]):
            receiver_short_address (str | Unset): Saudi national short address such as RRRD2929.
            warehouse_id (int | Unset):
            packages (list[OrderPackages] | Unset):
            description (str | Unset):
            receiver_email (str | Unset):
            receiver_street_name (str | Unset):
            receiver_block (str | Unset):
            receiver_postal_code (str | Unset):
            receiver_latitude (str | Unset): Decimal string
            receiver_longitude (str | Unset): Decimal string
            shipper_name (str | Unset):
            shipper_phone (str | Unset):
            shipper_email (str | Unset):
            shipper_city (str | Unset):
            shipper_address_line (str | Unset):
            shipper_short_address (str | Unset):
            currency (str | Unset):  Default: 'SAR'.
            tax (float | Unset):
            merchant_shipment_id (str | Unset): Your own reference for the order.
    """

    receiver_first_name: str
    receiver_last_name: str
    receiver_phone: str
    receiver_address_line: str
    receiver_city_id: int
    receiver_country_id: int
    order_grand_total: float
    payment_method: PaymentMethod
    items: list[CreateOrderItemRequest]
    receiver_short_address: str | Unset = UNSET
    warehouse_id: int | Unset = UNSET
    packages: list[OrderPackages] | Unset = UNSET
    description: str | Unset = UNSET
    receiver_email: str | Unset = UNSET
    receiver_street_name: str | Unset = UNSET
    receiver_block: str | Unset = UNSET
    receiver_postal_code: str | Unset = UNSET
    receiver_latitude: str | Unset = UNSET
    receiver_longitude: str | Unset = UNSET
    shipper_name: str | Unset = UNSET
    shipper_phone: str | Unset = UNSET
    shipper_email: str | Unset = UNSET
    shipper_city: str | Unset = UNSET
    shipper_address_line: str | Unset = UNSET
    shipper_short_address: str | Unset = UNSET
    currency: str | Unset = "SAR"
    tax: float | Unset = UNSET
    merchant_shipment_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receiver_first_name = self.receiver_first_name

        receiver_last_name = self.receiver_last_name

        receiver_phone = self.receiver_phone

        receiver_address_line = self.receiver_address_line

        receiver_city_id = self.receiver_city_id

        receiver_country_id = self.receiver_country_id

        order_grand_total = self.order_grand_total

        payment_method: str = self.payment_method

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        receiver_short_address = self.receiver_short_address

        warehouse_id = self.warehouse_id

        packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = []
            for packages_item_data in self.packages:
                packages_item = packages_item_data.to_dict()
                packages.append(packages_item)

        description = self.description

        receiver_email = self.receiver_email

        receiver_street_name = self.receiver_street_name

        receiver_block = self.receiver_block

        receiver_postal_code = self.receiver_postal_code

        receiver_latitude = self.receiver_latitude

        receiver_longitude = self.receiver_longitude

        shipper_name = self.shipper_name

        shipper_phone = self.shipper_phone

        shipper_email = self.shipper_email

        shipper_city = self.shipper_city

        shipper_address_line = self.shipper_address_line

        shipper_short_address = self.shipper_short_address

        currency = self.currency

        tax = self.tax

        merchant_shipment_id = self.merchant_shipment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "receiver_first_name": receiver_first_name,
                "receiver_last_name": receiver_last_name,
                "receiver_phone": receiver_phone,
                "receiver_address_line": receiver_address_line,
                "receiver_city_id": receiver_city_id,
                "receiver_country_id": receiver_country_id,
                "order_grand_total": order_grand_total,
                "payment_method": payment_method,
                "items": items,
            }
        )
        if receiver_short_address is not UNSET:
            field_dict["receiver_short_address"] = receiver_short_address
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id
        if packages is not UNSET:
            field_dict["packages"] = packages
        if description is not UNSET:
            field_dict["description"] = description
        if receiver_email is not UNSET:
            field_dict["receiver_email"] = receiver_email
        if receiver_street_name is not UNSET:
            field_dict["receiver_street_name"] = receiver_street_name
        if receiver_block is not UNSET:
            field_dict["receiver_block"] = receiver_block
        if receiver_postal_code is not UNSET:
            field_dict["receiver_postal_code"] = receiver_postal_code
        if receiver_latitude is not UNSET:
            field_dict["receiver_latitude"] = receiver_latitude
        if receiver_longitude is not UNSET:
            field_dict["receiver_longitude"] = receiver_longitude
        if shipper_name is not UNSET:
            field_dict["shipper_name"] = shipper_name
        if shipper_phone is not UNSET:
            field_dict["shipper_phone"] = shipper_phone
        if shipper_email is not UNSET:
            field_dict["shipper_email"] = shipper_email
        if shipper_city is not UNSET:
            field_dict["shipper_city"] = shipper_city
        if shipper_address_line is not UNSET:
            field_dict["shipper_address_line"] = shipper_address_line
        if shipper_short_address is not UNSET:
            field_dict["shipper_short_address"] = shipper_short_address
        if currency is not UNSET:
            field_dict["currency"] = currency
        if tax is not UNSET:
            field_dict["tax"] = tax
        if merchant_shipment_id is not UNSET:
            field_dict["merchant_shipment_id"] = merchant_shipment_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        receiver_first_name = d.pop("receiver_first_name")

        receiver_last_name = d.pop("receiver_last_name")

        receiver_phone = d.pop("receiver_phone")

        receiver_address_line = d.pop("receiver_address_line")

        receiver_city_id = d.pop("receiver_city_id")

        receiver_country_id = d.pop("receiver_country_id")

        order_grand_total = d.pop("order_grand_total")

        payment_method = check_payment_method(d.pop("payment_method"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = CreateOrderItemRequest.from_dict(items_item_data)

            items.append(items_item)

        receiver_short_address = d.pop("receiver_short_address", UNSET)

        warehouse_id = d.pop("warehouse_id", UNSET)

        _packages = d.pop("packages", UNSET)
        packages: list[OrderPackages] | Unset = UNSET
        if _packages is not UNSET:
            packages = []
            for packages_item_data in _packages:
                packages_item = OrderPackages.from_dict(packages_item_data)

                packages.append(packages_item)

        description = d.pop("description", UNSET)

        receiver_email = d.pop("receiver_email", UNSET)

        receiver_street_name = d.pop("receiver_street_name", UNSET)

        receiver_block = d.pop("receiver_block", UNSET)

        receiver_postal_code = d.pop("receiver_postal_code", UNSET)

        receiver_latitude = d.pop("receiver_latitude", UNSET)

        receiver_longitude = d.pop("receiver_longitude", UNSET)

        shipper_name = d.pop("shipper_name", UNSET)

        shipper_phone = d.pop("shipper_phone", UNSET)

        shipper_email = d.pop("shipper_email", UNSET)

        shipper_city = d.pop("shipper_city", UNSET)

        shipper_address_line = d.pop("shipper_address_line", UNSET)

        shipper_short_address = d.pop("shipper_short_address", UNSET)

        currency = d.pop("currency", UNSET)

        tax = d.pop("tax", UNSET)

        merchant_shipment_id = d.pop("merchant_shipment_id", UNSET)

        create_order_request = cls(
            receiver_first_name,
            receiver_last_name,
            receiver_phone,
            receiver_address_line,
            receiver_city_id,
            receiver_country_id,
            order_grand_total,
            payment_method,
            items,
            receiver_short_address,
            warehouse_id,
            packages,
            description,
            receiver_email,
            receiver_street_name,
            receiver_block,
            receiver_postal_code,
            receiver_latitude,
            receiver_longitude,
            shipper_name,
            shipper_phone,
            shipper_email,
            shipper_city,
            shipper_address_line,
            shipper_short_address,
            currency,
            tax,
            merchant_shipment_id,
        )

        create_order_request.additional_properties = d
        return create_order_request

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
