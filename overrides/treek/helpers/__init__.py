"""Thin conveniences over the generated operations, each a few lines (sync and async twins)."""

from .cities import afind_city, find_city
from .downloads import download_invoice, download_label
from .pagination import aiter_orders, apaginate, iter_orders, paginate
from .phone import normalize_saudi_phone
from .rates import cheapest, fastest, quote
from .shipping import ShippedOrder, aship_order, ship_order

__all__ = [
    "ShippedOrder",
    "afind_city",
    "aiter_orders",
    "apaginate",
    "aship_order",
    "cheapest",
    "download_invoice",
    "download_label",
    "fastest",
    "find_city",
    "iter_orders",
    "normalize_saudi_phone",
    "paginate",
    "quote",
    "ship_order",
]
