"""`make bench`: what the SDK costs next to hand-written httpx + json, in one process.

1. a typed `list_orders` call (TreekClient: auth flow, retry transport, error mapping, models)
   against raw `httpx.Client.get` + `json.loads`, both over the same `httpx.MockTransport`
   answering the same 100-order page;
2. `from_dict` throughput for the docs' Order;
3. 200 order reads from the sandbox over real loopback HTTP, one after the other and with at most
   10 in flight (async), with the logins and TCP connections they took;
4. the import time of `treek`.
A benchmark, not a test: it prints figures; `tests/` asserts behaviour.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the sandbox lives in tests/

from benchmarks.parse_bench import ORDERS, measure, page_bytes
from tests.sandbox import MERCHANT_EMAIL, SANDBOX_PASSWORD, start_sandbox
from treek import RetryPolicy, TreekClient
from treek_client.api.orders import get_order, list_orders
from treek_client.models import Order, OrderListResponse

READS = 200
IN_FLIGHT = 10
LATENCY = 0.010  # seconds the sandbox waits per answer, as a nearby server would
LOGIN = json.dumps({"access_token": "bench-token", "expires_in": 3600}).encode()


def mock_transport(page: bytes) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        body = LOGIN if request.url.path == "/api/auth/login" else page
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return httpx.MockTransport(handler)


def call_overhead() -> list[tuple[str, str, str]]:
    page = page_bytes()
    raw = httpx.Client(base_url="https://api.gotreek.test", transport=mock_transport(page))
    headers = {"Authorization": "Bearer bench-token", "Accept": "application/json"}
    treek = TreekClient(
        "bench@example.com",
        "bench-password",
        base_url="https://api.gotreek.test",
        httpx_args={"transport": mock_transport(page)},
    )
    assert len(list_orders.sync(client=treek).data) == ORDERS

    def raw_call() -> object:
        return json.loads(raw.get("/api/orders", headers=headers).content)

    samples = measure({"raw": raw_call, "typed": lambda: list_orders.sync(client=treek)})
    base_min, base_mid = min(samples["raw"]), statistics.median(samples["raw"])
    rows = []
    for name, label in (
        ("raw", "raw httpx + json.loads"),
        ("typed", "TreekClient + list_orders.sync"),
    ):
        low, mid = min(samples[name]), statistics.median(samples[name])
        rows.append(
            (
                f"{label} ({ORDERS}-order page)",
                f"{low:.2f} / {mid:.2f} ms",
                f"{low / base_min:.2f}x / {mid / base_mid:.2f}x",
            )
        )
    raw.close()
    treek.close()
    return rows


def parse_throughput() -> list[tuple[str, str, str]]:
    document = json.loads(page_bytes())
    samples = measure({"from_dict": lambda: OrderListResponse.from_dict(document)})
    best = min(samples["from_dict"]) / 1000 / ORDERS
    single = json.loads(page_bytes(1))["data"][0]
    one = measure({"order": lambda: Order.from_dict(single)})["order"]
    return [
        (
            "Order.from_dict (57 fields, 2 items, 1 box)",
            f"{min(one) * 1000:.1f} us",
            f"{1 / best:,.0f} orders/s",
        ),
    ]


def sandbox_reads() -> list[tuple[str, str, str]]:
    rows = []
    with start_sandbox(latency=LATENCY) as server:
        ids = [
            o.id
            for o in TreekClient(
                MERCHANT_EMAIL, SANDBOX_PASSWORD, base_url=server.base_url
            ).iter_orders(per_page=100)
        ]
        reads = [ids[i % len(ids)] for i in range(READS)]

        def client() -> TreekClient:
            server.reset(latency=LATENCY)
            return TreekClient(
                MERCHANT_EMAIL,
                SANDBOX_PASSWORD,
                base_url=server.base_url,
                retry_policy=RetryPolicy(max_retries=0),
            )

        with client() as sync_client:
            started = time.perf_counter()
            for order_id in reads:
                get_order.sync(order_id, client=sync_client)
            sequential = time.perf_counter() - started
        rows.append(_sandbox_row("sequential (sync)", sequential, server.state))

        async def bounded() -> float:
            limit = asyncio.Semaphore(IN_FLIGHT)
            async with client() as async_client:

                async def one(order_id: int) -> None:
                    async with limit:
                        await get_order.asyncio(order_id, client=async_client)

                started = time.perf_counter()
                await asyncio.gather(*(one(order_id) for order_id in reads))
                return time.perf_counter() - started

        concurrent = asyncio.run(bounded())
        rows.append(_sandbox_row(f"async, {IN_FLIGHT} in flight", concurrent, server.state))
    return rows


def _sandbox_row(label: str, seconds: float, state: object) -> tuple[str, str, str]:
    logins, connections = state.login_count, len(state.peers)  # type: ignore[attr-defined]
    budget = "ok" if logins == 1 and connections <= IN_FLIGHT else "OVER BUDGET"
    return (
        f"{READS} get_order over loopback (+{LATENCY * 1000:.0f} ms latency), {label}",
        f"{seconds * 1000:.0f} ms ({READS / seconds:,.0f}/s)",
        f"{logins} login, {connections} TCP conn. ({budget})",
    )


def import_time() -> list[tuple[str, str, str]]:
    def best(code: str) -> float:
        runs = []
        for _ in range(7):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            runs.append(time.perf_counter() - started)
        return min(runs)

    bare, treek = best("pass"), best("import treek")
    return [
        (
            "python -c 'import treek'",
            f"{treek * 1000:.0f} ms",
            f"{(treek - bare) * 1000:.0f} ms over a bare interpreter",
        )
    ]


def main() -> None:
    sections: list[Callable[[], list[tuple[str, str, str]]]] = [
        call_overhead,
        parse_throughput,
        sandbox_reads,
        import_time,
    ]
    print(
        f"treek-client benchmarks — {datetime.date.today()}, Python {platform.python_version()}, "
        f"{platform.machine()}, {os.cpu_count()} cores"
    )
    print("| what | time (min / median) | figure |\n|---|---|---|")
    for section in sections:
        for what, took, figure in section():
            print(f"| {what} | {took} | {figure} |", flush=True)


if __name__ == "__main__":
    main()
