"""Concurrency over real loopback HTTP: one login and a bounded number of connections."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

from tests.sandbox import MERCHANT_EMAIL, SANDBOX_PASSWORD, SandboxServer
from treek import TreekClient
from treek_client.api.orders import get_order

ORDER_IDS = [43973, 43974, 43975, 43976, 43977, 43978]


def test_bounded_async_reads_use_one_login_and_at_most_ten_connections(
    sandbox: SandboxServer,
) -> None:
    sandbox.reset(latency=0.005)  # keep requests in flight long enough to overlap

    async def main() -> list[int]:
        limit = asyncio.Semaphore(10)
        async with TreekClient(MERCHANT_EMAIL, SANDBOX_PASSWORD, base_url=sandbox.base_url) as c:

            async def one(order_id: int) -> int:
                async with limit:
                    return (await get_order.asyncio(order_id, client=c)).data.id

            return await asyncio.gather(*(one(ORDER_IDS[i % 6]) for i in range(60)))

    assert sorted(set(asyncio.run(main()))) == ORDER_IDS
    assert sandbox.state.login_count == 1
    assert 2 <= len(sandbox.state.peers) <= 10  # concurrent, yet bounded


def test_sixteen_threads_share_one_login_and_one_client(sandbox: SandboxServer) -> None:
    client = TreekClient(MERCHANT_EMAIL, SANDBOX_PASSWORD, base_url=sandbox.base_url)
    with client, ThreadPoolExecutor(16) as pool:
        ids = list(
            pool.map(lambda i: get_order.sync(ORDER_IDS[i % 6], client=client).data.id, range(48))
        )
    assert len(ids) == 48
    assert sandbox.state.login_count == 1
