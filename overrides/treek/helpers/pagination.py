"""Iterate every item of a Laravel-paginated list, page after page."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

from treek_client.api.orders import list_orders
from treek_client.client import Client
from treek_client.errors import TreekError
from treek_client.models import Order, PaginationLinks, PaginationMeta
from treek_client.types import Unset

T = TypeVar("T", covariant=True)
MAX_PAGES = 100_000  # a server that never says "last page" must not keep us looping forever


class Page(Protocol[T]):
    @property
    def data(self) -> Sequence[T]: ...
    @property
    def meta(self) -> PaginationMeta | Unset: ...
    @property
    def links(self) -> PaginationLinks | Unset: ...


def _has_next(page: Page[Any], number: int) -> bool:
    """Is there a page after `number`? Trusts `meta`, then `links.next`; no data means the end."""
    if not page.data:
        return False
    meta = page.meta
    if isinstance(meta, PaginationMeta):
        if isinstance(meta.current_page, int) and meta.current_page != number:
            raise TreekError(f"asked for page {number}, the server sent page {meta.current_page}")
        if isinstance(meta.last_page, int):
            return number < meta.last_page
    links = page.links
    return isinstance(links, PaginationLinks) and isinstance(links.next_, str) and bool(links.next_)


def paginate(fetch: Callable[..., Page[T]], **kwargs: Any) -> Iterator[T]:
    """Every item of a paginated operation: `paginate(list_boxes.sync, client=c, per_page=50)`."""
    for number in range(1, MAX_PAGES + 1):
        page = fetch(page=number, **kwargs)
        yield from page.data
        if not _has_next(page, number):
            return


async def apaginate(fetch: Callable[..., Awaitable[Page[T]]], **kwargs: Any) -> AsyncIterator[T]:
    """Async twin of `paginate`: `async for box in apaginate(list_boxes.asyncio, client=c)`."""
    for number in range(1, MAX_PAGES + 1):
        page = await fetch(page=number, **kwargs)
        for item in page.data:
            yield item
        if not _has_next(page, number):
            return


def iter_orders(client: Client, **filters: Any) -> Iterator[Order]:
    return paginate(list_orders.sync, client=client, **filters)


def aiter_orders(client: Client, **filters: Any) -> AsyncIterator[Order]:
    return apaginate(list_orders.asyncio, client=client, **filters)
