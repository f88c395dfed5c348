"""Async calls for a representative set, replayed from tests/cassettes/test_async/."""

from __future__ import annotations

import asyncio

import pytest

from tests.fakes import new_order
from treek import NotFoundError, TreekClient
from treek_client.api.orders import cancel_order, get_order
from treek_client.api.utilities import list_countries

pytestmark = pytest.mark.vcr


def test_async_flow(client: TreekClient) -> None:
    async def main() -> None:
        async with client:
            countries = await list_countries.asyncio(client=client)
            assert countries.data[0].id == 1
            city = await client.afind_city("Jeddah")
            assert city is not None
            shipped = await client.aship_order(new_order(receiver_city_id=city.id), "jt")
            again = await get_order.asyncio(shipped.order.id, client=client)
            assert again.data.external_id == shipped.awb
            ids = [order.id async for order in client.aiter_orders(per_page=3)]
            assert shipped.order.id in ids
            detailed = await cancel_order.asyncio_detailed(shipped.order.id, client=client)
            assert detailed.status_code == 200 and detailed.parsed.data.status == "canceled"
            with pytest.raises(NotFoundError):
                await get_order.asyncio(99999999, client=client)

    asyncio.run(main())
