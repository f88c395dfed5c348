from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """docs name; the 57 fields of the docs' Cancel Order example. Many are null in real data;
    coordinates are decimal strings; `date` is `2026-01-05 08:51:12` while the timestamps are
    ISO 8601 — both parse as datetimes. `status` is kept as a string (seen: pending, delivered,
    canceled — one l —, cancelled, returned). Unknown extra fields are kept in
    `additional_properties`.

        Attributes:
            id (int):
            order_number (str):
            status (str):
            date (datetime.datetime | None | Unset): Laravel's `Y-m-d H:i:s` in the docs (`2026-01-05 08:51:12`: a space, no
                offset), which strict RFC 3339 validators refuse; kept as date-time because Python parses it.
            order_grand_total (float | None | Unset): SAR
            currency (None | str | Unset):
            description (None | str | Unset):
            payment_method (None | str | Unset): `cod` or `paid`.
            receiver_first_name (None | str | Unset):
            receiver_last_name (None | str | Unset):
            receiver_phone (None | str | Unset):
            receiver_email (None | str | Unset):
            receiver_short_address (None | str | Unset):
            receiver_country_id (int | None | Unset):
            receiver_country (Country | None | Unset):
            receiver_country_code (None | str | Unset):
            receiver_city (City | None | Unset):
            receiver_address_line (None | str | Unset):
            receiver_street_name (None | str | Unset):
            receiver_block (None | str | Unset):
            receiver_postal_code (None | str | Unset):
            receiver_latitude (None | str | Unset): Decimal string such as "36.80650000".
            receiver_longitude (None | str | Unset): Decimal string such as "10.18150000".
            shipper_name (None | str | Unset):
            shipper_email (None | str | Unset):
            shipper_phone (None | str | Unset):
            shipper_country_id (int | None | Unset):
            shipper_city (None | str | Unset):
            shipper_address_line (None | str | Unset):
            shipper_street_name (None | str | Unset):
            shipper_block (None | str | Unset):
            shipper_postal_code (None | str | Unset):
            shipper_latitude (None | str | Unset):
            shipper_longitude (None | str | Unset):
            shipper_short_address (None | str | Unset):
            total_weight (float | None | Unset):
            merchant_id (int | None | Unset):
            delivered_at (datetime.datetime | None | Unset):
            tax (float | None | Unset):
            external_id (None | str | Unset): The courier's AWB / tracking number once booked.
            webhook_id (int | None | Unset):
            created_at (datetime.datetime | None | Unset):
            updated_at (datetime.datetime | None | Unset):
            warehouse_id (int | None | Unset):
            receiver_city_id (int | None | Unset):
            cod_wallet_id (int | None | Unset):
            shipment_external_id (None | str | Unset):
            selected_shipment_company (None | str | Unset):
            source (None | str | Unset): `manual` in the docs example.
            return_type (None | str | Unset):
            volumetric_divisor (float | None | Unset):
            merchant_shipment_id (None | str | Unset):
            return_ordered_at (datetime.datetime | None | Unset):
            latest_shipment (None | Shipment | Unset):
            merchant (Merchant | None | Unset):
            items (list[OrderItem] | Unset):
            boxes (list[ShipmentPackage] | Unset):
    """

    id: int
    order_number: str
    status: str
    date: datetime.datetime | None | Unset = UNSET
    order_grand_total: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    payment_method: None | str | Unset = UNSET
    receiver_first_name: None | str | Unset = UNSET
    receiver_last_name: None | str | Unset = UNSET
    receiver_phone: None | str | Unset = UNSET
    receiver_email: None | str | Unset = UNSET
    receiver_short_address: None | str | Unset = UNSET
    receiver_country_id: int | None | Unset = UNSET
    receiver_country: Country | None | Unset = UNSET
    receiver_country_code: None | str | Unset = UNSET
    receiver_city: City | None | Unset = UNSET
    receiver_address_line: None | str | Unset = UNSET
    receiver_street_name: None | str | Unset = UNSET
    receiver_block: None | str | Unset = UNSET
    receiver_postal_code: None | str | Unset = UNSET
    receiver_latitude: None | str | Unset = UNSET
    receiver_longitude: None | str | Unset = UNSET
    shipper_name: None | str | Unset = UNSET
    shipper_email: None | str | Unset = UNSET
    shipper_phone: None | str | Unset = UNSET
    shipper_country_id: int | None | Unset = UNSET
    shipper_city: None | str | Unset = UNSET
    shipper_address_line: None | str | Unset = UNSET
    shipper_street_name: None | str | Unset = UNSET
    shipper_block: None | str | Unset = UNSET
    shipper_postal_code: None | str | Unset = UNSET
    shipper_latitude: None | str | Unset = UNSET
    shipper_longitude: None | str | Unset = UNSET
    shipper_short_address: None | str | Unset = UNSET
    total_weight: float | None | Unset = UNSET
    merchant_id: int | None | Unset = UNSET
    delivered_at: datetime.datetime | None | Unset = UNSET
    tax: float | None | Unset = UNSET
    external_id: None | str | Unset = UNSET
    webhook_id: int | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    warehouse_id: int | None | Unset = UNSET
    receiver_city_id: int | None | Unset = UNSET
    cod_wallet_id: int | None | Unset = UNSET
    shipment_external_id: None | str | Unset = UNSET
    selected_shipment_company: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    return_type: None | str | Unset = UNSET
    volumetric_divisor: float | None | Unset = UNSET
    merchant_shipment_id: None | str | Unset = UNSET
    return_ordered_at: datetime.datetime | None | Unset = UNSET
    latest_shipment: None | Shipment | Unset = UNSET
    merchant: Merchant | None | Unset = UNSET
    items: list[OrderItem] | Unset = UNSET
    boxes: list[ShipmentPackage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        order_number = self.order_number

        status = self.status

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        order_grand_total: float | None | Unset
        if isinstance(self.order_grand_total, Unset):
            order_grand_total = UNSET
        else:
            order_grand_total = self.order_grand_total

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        payment_method: None | str | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = self.payment_method

        receiver_first_name: None | str | Unset
        if isinstance(self.receiver_first_name, Unset):
            receiver_first_name = UNSET
        else:
            receiver_first_name = self.receiver_first_name

        receiver_last_name: None | str | Unset
        if isinstance(self.receiver_last_name, Unset):
            receiver_last_name = UNSET
        else:
            receiver_last_name = self.receiver_last_name

        receiver_phone: None | str | Unset
        if isinstance(self.receiver_phone, Unset):
            receiver_phone = UNSET
        else:
            receiver_phone = self.receiver_phone

        receiver_email: None | str | Unset
        if isinstance(self.receiver_email, Unset):
            receiver_email = UNSET
        else:
            receiver_email = self.receiver_email

        receiver_short_address: None | str | Unset
        if isinstance(self.receiver_short_address, Unset):
            receiver_short_address = UNSET
        else:
            receiver_short_address = self.receiver_short_address

        receiver_country_id: int | None | Unset
        if isinstance(self.receiver_country_id, Unset):
            receiver_country_id = UNSET
        else:
            receiver_country_id = self.receiver_country_id

        receiver_country: dict[str, Any] | None | Unset
        if isinstance(self.receiver_country, Unset):
            receiver_country = UNSET
        elif isinstance(self.receiver_country, Country):
            receiver_country = self.receiver_country.to_dict()
        else:
            receiver_country = self.receiver_country

        receiver_country_code: None | str | Unset
        if isinstance(self.receiver_country_code, Unset):
            receiver_country_code = UNSET
        else:
            receiver_country_code = self.receiver_country_code

        receiver_city: dict[str, Any] | None | Unset
        if isinstance(self.receiver_city, Unset):
            receiver_city = UNSET
        elif isinstance(self.receiver_city, City):
            receiver_city = self.receiver_city.to_dict()
        else:
            receiver_city = self.receiver_city

        receiver_address_line: None | str | Unset
        if isinstance(self.receiver_address_line, Unset):
            receiver_address_line = UNSET
        else:
            receiver_address_line = self.receiver_address_line

        receiver_street_name: None | str | Unset
        if isinstance(self.receiver_street_name, Unset):
            receiver_street_name = UNSET
        else:
            receiver_street_name = self.receiver_street_name

        receiver_block: None | str | Unset
        if isinstance(self.receiver_block, Unset):
            receiver_block = UNSET
        else:
            receiver_block = self.receiver_block

        receiver_postal_code: None | str | Unset
        if isinstance(self.receiver_postal_code, Unset):
            receiver_postal_code = UNSET
        else:
            receiver_postal_code = self.receiver_postal_code

        receiver_latitude: None | str | Unset
        if isinstance(self.receiver_latitude, Unset):
            receiver_latitude = UNSET
        else:
            receiver_latitude = self.receiver_latitude

        receiver_longitude: None | str | Unset
        if isinstance(self.receiver_longitude, Unset):
            receiver_longitude = UNSET
        else:
            receiver_longitude = self.receiver_longitude

        shipper_name: None | str | Unset
        if isinstance(self.shipper_name, Unset):
            shipper_name = UNSET
        else:
            shipper_name = self.shipper_name

        shipper_email: None | str | Unset
        if isinstance(self.shipper_email, Unset):
            shipper_email = UNSET
        else:
            shipper_email = self.shipper_email

        shipper_phone: None | str | Unset
        if isinstance(self.shipper_phone, Unset):
            shipper_phone = UNSET
        else:
            shipper_phone = self.shipper_phone

        shipper_country_id: int | None | Unset
        if isinstance(self.shipper_country_id, Unset):
            shipper_country_id = UNSET
        else:
            shipper_country_id = self.shipper_country_id

        shipper_city: None | str | Unset
        if isinstance(self.shipper_city, Unset):
            shipper_city = UNSET
        else:
            shipper_city = self.shipper_city

        shipper_address_line: None | str | Unset
        if isinstance(self.shipper_address_line, Unset):
            shipper_address_line = UNSET
        else:
            shipper_address_line = self.shipper_address_line

        shipper_street_name: None | str | Unset
        if isinstance(self.shipper_street_name, Unset):
            shipper_street_name = UNSET
        else:
            shipper_street_name = self.shipper_street_name

        shipper_block: None | str | Unset
        if isinstance(self.shipper_block, Unset):
            shipper_block = UNSET
        else:
            shipper_block = self.shipper_block

        shipper_postal_code: None | str | Unset
        if isinstance(self.shipper_postal_code, Unset):
            shipper_postal_code = UNSET
        else:
            shipper_postal_code = self.shipper_postal_code

        shipper_latitude: None | str | Unset
        if isinstance(self.shipper_latitude, Unset):
            shipper_latitude = UNSET
        else:
            shipper_latitude = self.shipper_latitude

        shipper_longitude: None | str | Unset
        if isinstance(self.shipper_longitude, Unset):
            shipper_longitude = UNSET
        else:
            shipper_longitude = self.shipper_longitude

        shipper_short_address: None | str | Unset
        if isinstance(self.shipper_short_address, Unset):
            shipper_short_address = UNSET
        else:
            shipper_short_address = self.shipper_short_address

        total_weight: float | None | Unset
        if isinstance(self.total_weight, Unset):
            total_weight = UNSET
        else:
            total_weight = self.total_weight

        merchant_id: int | None | Unset
        if isinstance(self.merchant_id, Unset):
            merchant_id = UNSET
        else:
            merchant_id = self.merchant_id

        delivered_at: None | str | Unset
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
        elif isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        tax: float | None | Unset
        if isinstance(self.tax, Unset):
            tax = UNSET
        else:
            tax = self.tax

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        webhook_id: int | None | Unset
        if isinstance(self.webhook_id, Unset):
            webhook_id = UNSET
        else:
            webhook_id = self.webhook_id

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

        warehouse_id: int | None | Unset
        if isinstance(self.warehouse_id, Unset):
            warehouse_id = UNSET
        else:
            warehouse_id = self.warehouse_id

        receiver_city_id: int | None | Unset
        if isinstance(self.receiver_city_id, Unset):
            receiver_city_id = UNSET
        else:
            receiver_city_id = self.receiver_city_id

        cod_wallet_id: int | None | Unset
        if isinstance(self.cod_wallet_id, Unset):
            cod_wallet_id = UNSET
        else:
            cod_wallet_id = self.cod_wallet_id

        shipment_external_id: None | str | Unset
        if isinstance(self.shipment_external_id, Unset):
            shipment_external_id = UNSET
        else:
            shipment_external_id = self.shipment_external_id

        selected_shipment_company: None | str | Unset
        if isinstance(self.selected_shipment_company, Unset):
            selected_shipment_company = UNSET
        else:
            selected_shipment_company = self.selected_shipment_company

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        return_type: None | str | Unset
        if isinstance(self.return_type, Unset):
            return_type = UNSET
        else:
            return_type = self.return_type

        volumetric_divisor: float | None | Unset
        if isinstance(self.volumetric_divisor, Unset):
            volumetric_divisor = UNSET
        else:
            volumetric_divisor = self.volumetric_divisor

        merchant_shipment_id: None | str | Unset
        if isinstance(self.merchant_shipment_id, Unset):
            merchant_shipment_id = UNSET
        else:
            merchant_shipment_id = self.merchant_shipment_id

        return_ordered_at: None | str | Unset
        if isinstance(self.return_ordered_at, Unset):
            return_ordered_at = UNSET
        elif isinstance(self.return_ordered_at, datetime.datetime):
            return_ordered_at = self.return_ordered_at.isoformat()
        else:
            return_ordered_at = self.return_ordered_at

        latest_shipment: dict[str, Any] | None | Unset
        if isinstance(self.latest_shipment, Unset):
            latest_shipment = UNSET
        elif isinstance(self.latest_shipment, Shipment):
            latest_shipment = self.latest_shipment.to_dict()
        else:
            latest_shipment = self.latest_shipment

        merchant: dict[str, Any] | None | Unset
        if isinstance(self.merchant, Unset):
            merchant = UNSET
        elif isinstance(self.merchant, Merchant):
            merchant = self.merchant.to_dict()
        else:
            merchant = self.merchant

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        boxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.boxes, Unset):
            boxes = []
            for boxes_item_data in self.boxes:
                boxes_item = boxes_item_data.to_dict()
                boxes.append(boxes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "order_number": order_number,
                "status": status,
            }
        )
        if date is not UNSET:
            field_dict["date"] = date
        if order_grand_total is not UNSET:
            field_dict["order_grand_total"] = order_grand_total
        if currency is not UNSET:
            field_dict["currency"] = currency
        if description is not UNSET:
            field_dict["description"] = description
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if receiver_first_name is not UNSET:
            field_dict["receiver_first_name"] = receiver_first_name
        if receiver_last_name is not UNSET:
            field_dict["receiver_last_name"] = receiver_last_name
        if receiver_phone is not UNSET:
            field_dict["receiver_phone"] = receiver_phone
        if receiver_email is not UNSET:
            field_dict["receiver_email"] = receiver_email
        if receiver_short_address is not UNSET:
            field_dict["receiver_short_address"] = receiver_short_address
        if receiver_country_id is not UNSET:
            field_dict["receiver_country_id"] = receiver_country_id
        if receiver_country is not UNSET:
            field_dict["receiver_country"] = receiver_country
        if receiver_country_code is not UNSET:
            field_dict["receiver_country_code"] = receiver_country_code
        if receiver_city is not UNSET:
            field_dict["receiver_city"] = receiver_city
        if receiver_address_line is not UNSET:
            field_dict["receiver_address_line"] = receiver_address_line
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
        if shipper_email is not UNSET:
            field_dict["shipper_email"] = shipper_email
        if shipper_phone is not UNSET:
            field_dict["shipper_phone"] = shipper_phone
        if shipper_country_id is not UNSET:
            field_dict["shipper_country_id"] = shipper_country_id
        if shipper_city is not UNSET:
            field_dict["shipper_city"] = shipper_city
        if shipper_address_line is not UNSET:
            field_dict["shipper_address_line"] = shipper_address_line
        if shipper_street_name is not UNSET:
            field_dict["shipper_street_name"] = shipper_street_name
        if shipper_block is not UNSET:
            field_dict["shipper_block"] = shipper_block
        if shipper_postal_code is not UNSET:
            field_dict["shipper_postal_code"] = shipper_postal_code
        if shipper_latitude is not UNSET:
            field_dict["shipper_latitude"] = shipper_latitude
        if shipper_longitude is not UNSET:
            field_dict["shipper_longitude"] = shipper_longitude
        if shipper_short_address is not UNSET:
            field_dict["shipper_short_address"] = shipper_short_address
        if total_weight is not UNSET:
            field_dict["total_weight"] = total_weight
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id
        if delivered_at is not UNSET:
            field_dict["delivered_at"] = delivered_at
        if tax is not UNSET:
            field_dict["tax"] = tax
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if webhook_id is not UNSET:
            field_dict["webhook_id"] = webhook_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id
        if receiver_city_id is not UNSET:
            field_dict["receiver_city_id"] = receiver_city_id
        if cod_wallet_id is not UNSET:
            field_dict["cod_wallet_id"] = cod_wallet_id
        if shipment_external_id is not UNSET:
            field_dict["shipment_external_id"] = shipment_external_id
        if selected_shipment_company is not UNSET:
            field_dict["selected_shipment_company"] = selected_shipment_company
        if source is not UNSET:
            field_dict["source"] = source
        if return_type is not UNSET:
            field_dict["return_type"] = return_type
        if volumetric_divisor is not UNSET:
            field_dict["volumetric_divisor"] = volumetric_divisor
        if merchant_shipment_id is not UNSET:
            field_dict["merchant_shipment_id"] = merchant_shipment_id
        if return_ordered_at is not UNSET:
            field_dict["return_ordered_at"] = return_ordered_at
        if latest_shipment is not UNSET:
            field_dict["latest_shipment"] = latest_shipment
        if merchant is not UNSET:
            field_dict["merchant"] = merchant
        if items is not UNSET:
            field_dict["items"] = items
        if boxes is not UNSET:
            field_dict["boxes"] = boxes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        order_number = d.pop("order_number")

        status = d.pop("status")

        _date = d.pop("date", UNSET)
        date: datetime.datetime | None | Unset = _date
        if isinstance(_date, str):
            try:
                date_type_0 = datetime.datetime.fromisoformat(_date)
                date = date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        order_grand_total: float | None | Unset = d.pop("order_grand_total", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        payment_method: None | str | Unset = d.pop("payment_method", UNSET)

        receiver_first_name: None | str | Unset = d.pop("receiver_first_name", UNSET)

        receiver_last_name: None | str | Unset = d.pop("receiver_last_name", UNSET)

        receiver_phone: None | str | Unset = d.pop("receiver_phone", UNSET)

        receiver_email: None | str | Unset = d.pop("receiver_email", UNSET)

        receiver_short_address: None | str | Unset = d.pop("receiver_short_address", UNSET)

        receiver_country_id: int | None | Unset = d.pop("receiver_country_id", UNSET)

        _receiver_country = d.pop("receiver_country", UNSET)
        receiver_country: Country | None | Unset = _receiver_country
        if isinstance(_receiver_country, dict):
            try:
                receiver_country_type_0 = Country.from_dict(_receiver_country)
                receiver_country = receiver_country_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        receiver_country_code: None | str | Unset = d.pop("receiver_country_code", UNSET)

        _receiver_city = d.pop("receiver_city", UNSET)
        receiver_city: City | None | Unset = _receiver_city
        if isinstance(_receiver_city, dict):
            try:
                receiver_city_type_0 = City.from_dict(_receiver_city)
                receiver_city = receiver_city_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        receiver_address_line: None | str | Unset = d.pop("receiver_address_line", UNSET)

        receiver_street_name: None | str | Unset = d.pop("receiver_street_name", UNSET)

        receiver_block: None | str | Unset = d.pop("receiver_block", UNSET)

        receiver_postal_code: None | str | Unset = d.pop("receiver_postal_code", UNSET)

        receiver_latitude: None | str | Unset = d.pop("receiver_latitude", UNSET)

        receiver_longitude: None | str | Unset = d.pop("receiver_longitude", UNSET)

        shipper_name: None | str | Unset = d.pop("shipper_name", UNSET)

        shipper_email: None | str | Unset = d.pop("shipper_email", UNSET)

        shipper_phone: None | str | Unset = d.pop("shipper_phone", UNSET)

        shipper_country_id: int | None | Unset = d.pop("shipper_country_id", UNSET)

        shipper_city: None | str | Unset = d.pop("shipper_city", UNSET)

        shipper_address_line: None | str | Unset = d.pop("shipper_address_line", UNSET)

        shipper_street_name: None | str | Unset = d.pop("shipper_street_name", UNSET)

        shipper_block: None | str | Unset = d.pop("shipper_block", UNSET)

        shipper_postal_code: None | str | Unset = d.pop("shipper_postal_code", UNSET)

        shipper_latitude: None | str | Unset = d.pop("shipper_latitude", UNSET)

        shipper_longitude: None | str | Unset = d.pop("shipper_longitude", UNSET)

        shipper_short_address: None | str | Unset = d.pop("shipper_short_address", UNSET)

        total_weight: float | None | Unset = d.pop("total_weight", UNSET)

        merchant_id: int | None | Unset = d.pop("merchant_id", UNSET)

        _delivered_at = d.pop("delivered_at", UNSET)
        delivered_at: datetime.datetime | None | Unset = _delivered_at
        if isinstance(_delivered_at, str):
            try:
                delivered_at_type_0 = datetime.datetime.fromisoformat(_delivered_at)
                delivered_at = delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        tax: float | None | Unset = d.pop("tax", UNSET)

        external_id: None | str | Unset = d.pop("external_id", UNSET)

        webhook_id: int | None | Unset = d.pop("webhook_id", UNSET)

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

        warehouse_id: int | None | Unset = d.pop("warehouse_id", UNSET)

        receiver_city_id: int | None | Unset = d.pop("receiver_city_id", UNSET)

        cod_wallet_id: int | None | Unset = d.pop("cod_wallet_id", UNSET)

        shipment_external_id: None | str | Unset = d.pop("shipment_external_id", UNSET)

        selected_shipment_company: None | str | Unset = d.pop("selected_shipment_company", UNSET)

        source: None | str | Unset = d.pop("source", UNSET)

        return_type: None | str | Unset = d.pop("return_type", UNSET)

        volumetric_divisor: float | None | Unset = d.pop("volumetric_divisor", UNSET)

        merchant_shipment_id: None | str | Unset = d.pop("merchant_shipment_id", UNSET)

        _return_ordered_at = d.pop("return_ordered_at", UNSET)
        return_ordered_at: datetime.datetime | None | Unset = _return_ordered_at
        if isinstance(_return_ordered_at, str):
            try:
                return_ordered_at_type_0 = datetime.datetime.fromisoformat(_return_ordered_at)
                return_ordered_at = return_ordered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _latest_shipment = d.pop("latest_shipment", UNSET)
        latest_shipment: None | Shipment | Unset = _latest_shipment
        if isinstance(_latest_shipment, dict):
            try:
                latest_shipment_type_0 = Shipment.from_dict(_latest_shipment)
                latest_shipment = latest_shipment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _merchant = d.pop("merchant", UNSET)
        merchant: Merchant | None | Unset = _merchant
        if isinstance(_merchant, dict):
            try:
                merchant_type_0 = Merchant.from_dict(_merchant)
                merchant = merchant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _items = d.pop("items", UNSET)
        items: list[OrderItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = OrderItem.from_dict(items_item_data)

                items.append(items_item)

        _boxes = d.pop("boxes", UNSET)
        boxes: list[ShipmentPackage] | Unset = UNSET
        if _boxes is not UNSET:
            boxes = []
            for boxes_item_data in _boxes:
                boxes_item = ShipmentPackage.from_dict(boxes_item_data)

                boxes.append(boxes_item)

        order = cls(
            id,
            order_number,
            status,
            date,
            order_grand_total,
            currency,
            description,
            payment_method,
            receiver_first_name,
            receiver_last_name,
            receiver_phone,
            receiver_email,
            receiver_short_address,
            receiver_country_id,
            receiver_country,
            receiver_country_code,
            receiver_city,
            receiver_address_line,
            receiver_street_name,
            receiver_block,
            receiver_postal_code,
            receiver_latitude,
            receiver_longitude,
            shipper_name,
            shipper_email,
            shipper_phone,
            shipper_country_id,
            shipper_city,
            shipper_address_line,
            shipper_street_name,
            shipper_block,
            shipper_postal_code,
            shipper_latitude,
            shipper_longitude,
            shipper_short_address,
            total_weight,
            merchant_id,
            delivered_at,
            tax,
            external_id,
            webhook_id,
            created_at,
            updated_at,
            warehouse_id,
            receiver_city_id,
            cod_wallet_id,
            shipment_external_id,
            selected_shipment_company,
            source,
            return_type,
            volumetric_divisor,
            merchant_shipment_id,
            return_ordered_at,
            latest_shipment,
            merchant,
            items,
            boxes,
        )

        order.additional_properties = d
        return order

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
from ..models.city import City  # noqa: E402
from ..models.country import Country  # noqa: E402
from ..models.merchant import Merchant  # noqa: E402
from ..models.order_item import OrderItem  # noqa: E402
from ..models.shipment import Shipment  # noqa: E402
from ..models.shipment_package import ShipmentPackage  # noqa: E402
