"""Refresh the status of many orders at once, at most 10 requests in flight.

    python examples/refresh_statuses.py 43973 43974 43975 ...   (no ids: every order)

One client, one login and one connection pool for the whole batch; a failed order is reported,
not fatal.
"""

from __future__ import annotations

import asyncio
import sys

from treek import TreekClient, TreekError
from treek_client.api.orders import get_order

IN_FLIGHT = 10


async def refresh(client: TreekClient, order_ids: list[int]) -> dict[int, str]:
    limit = asyncio.Semaphore(IN_FLIGHT)

    async def one(order_id: int) -> tuple[int, str]:
        async with limit:
            try:
                return order_id, (await get_order.asyncio(order_id, client=client)).data.status
            except TreekError as error:
                return order_id, f"error: {error}"

    return dict(await asyncio.gather(*(one(order_id) for order_id in order_ids)))


async def main(argv: list[str]) -> int:
    async with TreekClient.from_env() as client:
        ids = [int(arg) for arg in argv] or [o.id async for o in client.aiter_orders(per_page=100)]
        statuses = await refresh(client, ids)
    for order_id, status in sorted(statuses.items()):
        print(f"{order_id}\t{status}")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1:])))
