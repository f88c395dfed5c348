from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderItem")


@_attrs_define
class OrderItem:
    """docs name; the fields of the docs example. Verification fields track Verify Item.

    Attributes:
        id (int):
        name (str):
        order_id (int | None | Unset):
        sku (None | str | Unset):
        quantity (int | None | Unset):
        weight (float | None | Unset): Grams per unit.
        weight_unit (None | str | Unset):
        price (float | None | Unset):
        total_price (float | None | Unset):
        tax (float | None | Unset):
        currency (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | None | Unset):
        verification_status (None | str | Unset): `pending` in the docs example; other values unknown.
        verified_at (datetime.datetime | None | Unset):
        verified_by (int | None | Unset):
        wrong_attempts (int | None | Unset):
        verification_note (None | str | Unset):
    """

    id: int
    name: str
    order_id: int | None | Unset = UNSET
    sku: None | str | Unset = UNSET
    quantity: int | None | Unset = UNSET
    weight: float | None | Unset = UNSET
    weight_unit: None | str | Unset = UNSET
    price: float | None | Unset = UNSET
    total_price: float | None | Unset = UNSET
    tax: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    verification_status: None | str | Unset = UNSET
    verified_at: datetime.datetime | None | Unset = UNSET
    verified_by: int | None | Unset = UNSET
    wrong_attempts: int | None | Unset = UNSET
    verification_note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        order_id: int | None | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        weight_unit: None | str | Unset
        if isinstance(self.weight_unit, Unset):
            weight_unit = UNSET
        else:
            weight_unit = self.weight_unit

        price: float | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        total_price: float | None | Unset
        if isinstance(self.total_price, Unset):
            total_price = UNSET
        else:
            total_price = self.total_price

        tax: float | None | Unset
        if isinstance(self.tax, Unset):
            tax = UNSET
        else:
            tax = self.tax

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

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

        verification_status: None | str | Unset
        if isinstance(self.verification_status, Unset):
            verification_status = UNSET
        else:
            verification_status = self.verification_status

        verified_at: None | str | Unset
        if isinstance(self.verified_at, Unset):
            verified_at = UNSET
        elif isinstance(self.verified_at, datetime.datetime):
            verified_at = self.verified_at.isoformat()
        else:
            verified_at = self.verified_at

        verified_by: int | None | Unset
        if isinstance(self.verified_by, Unset):
            verified_by = UNSET
        else:
            verified_by = self.verified_by

        wrong_attempts: int | None | Unset
        if isinstance(self.wrong_attempts, Unset):
            wrong_attempts = UNSET
        else:
            wrong_attempts = self.wrong_attempts

        verification_note: None | str | Unset
        if isinstance(self.verification_note, Unset):
            verification_note = UNSET
        else:
            verification_note = self.verification_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if sku is not UNSET:
            field_dict["sku"] = sku
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if weight is not UNSET:
            field_dict["weight"] = weight
        if weight_unit is not UNSET:
            field_dict["weight_unit"] = weight_unit
        if price is not UNSET:
            field_dict["price"] = price
        if total_price is not UNSET:
            field_dict["total_price"] = total_price
        if tax is not UNSET:
            field_dict["tax"] = tax
        if currency is not UNSET:
            field_dict["currency"] = currency
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if verification_status is not UNSET:
            field_dict["verification_status"] = verification_status
        if verified_at is not UNSET:
            field_dict["verified_at"] = verified_at
        if verified_by is not UNSET:
            field_dict["verified_by"] = verified_by
        if wrong_attempts is not UNSET:
            field_dict["wrong_attempts"] = wrong_attempts
        if verification_note is not UNSET:
            field_dict["verification_note"] = verification_note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        order_id: int | None | Unset = d.pop("order_id", UNSET)

        sku: None | str | Unset = d.pop("sku", UNSET)

        quantity: int | None | Unset = d.pop("quantity", UNSET)

        weight: float | None | Unset = d.pop("weight", UNSET)

        weight_unit: None | str | Unset = d.pop("weight_unit", UNSET)

        price: float | None | Unset = d.pop("price", UNSET)

        total_price: float | None | Unset = d.pop("total_price", UNSET)

        tax: float | None | Unset = d.pop("tax", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

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

        verification_status: None | str | Unset = d.pop("verification_status", UNSET)

        _verified_at = d.pop("verified_at", UNSET)
        verified_at: datetime.datetime | None | Unset = _verified_at
        if isinstance(_verified_at, str):
            try:
                verified_at_type_0 = datetime.datetime.fromisoformat(_verified_at)
                verified_at = verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        verified_by: int | None | Unset = d.pop("verified_by", UNSET)

        wrong_attempts: int | None | Unset = d.pop("wrong_attempts", UNSET)

        verification_note: None | str | Unset = d.pop("verification_note", UNSET)

        order_item = cls(
            id,
            name,
            order_id,
            sku,
            quantity,
            weight,
            weight_unit,
            price,
            total_price,
            tax,
            currency,
            created_at,
            updated_at,
            verification_status,
            verified_at,
            verified_by,
            wrong_attempts,
            verification_note,
        )

        order_item.additional_properties = d
        return order_item

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
