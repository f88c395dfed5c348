"""What the typed models add to a `list_orders` page: json.loads vs json.loads + from_dict.

Run with `.venv/bin/python benchmarks/parse_bench.py`. The page holds 100 copies (distinct ids) of
the docs' 57-field Cancel Order example, 2 items and 1 box each
(tests/data/cancel-order-200.example.json), and is parsed from bytes, as `response.json()` does.
Targets: typed parsing <= 2.5x raw json.loads, stretch 1.5x.
"""

from __future__ import annotations

import json
import statistics
import timeit
from collections.abc import Callable
from pathlib import Path

from treek_client.models import OrderListResponse

EXAMPLE = Path(__file__).resolve().parents[1] / "tests" / "data" / "cancel-order-200.example.json"
ORDERS = 100
REPEAT = 25  # timeit repeats per case; the cases alternate so that machine noise hits both


def page_bytes(orders: int = ORDERS) -> bytes:
    """A `GET /orders` body with `orders` copies of the docs' order."""
    order = json.loads(EXAMPLE.read_text(encoding="utf-8"))["data"]
    data = [{**order, "id": order["id"] + n, "order_number": f"{n:014d}"} for n in range(orders)]
    return json.dumps({"data": data}, ensure_ascii=False).encode()


def measure(cases: dict[str, Callable[[], object]]) -> dict[str, list[float]]:
    """Milliseconds per call, one sample per repeat, for each case."""
    timers = {name: timeit.Timer(func) for name, func in cases.items()}
    numbers = {name: timer.autorange()[0] for name, timer in timers.items()}
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(REPEAT):
        for name, timer in timers.items():
            samples[name].append(timer.timeit(numbers[name]) / numbers[name] * 1000)
    return samples


def main() -> None:
    body = page_bytes()
    assert len(OrderListResponse.from_dict(json.loads(body)).data) == ORDERS
    samples = measure(
        {
            "json.loads": lambda: json.loads(body),
            "json.loads + from_dict": lambda: OrderListResponse.from_dict(json.loads(body)),
        }
    )
    base = samples["json.loads"]
    print(f"{ORDERS}-order page, {len(body):,} bytes, {REPEAT} repeats")
    print(f"{'':24}{'min ms':>9}{'median ms':>11}{'ratio min':>11}{'ratio median':>14}")
    for name, times in samples.items():
        low, mid = min(times), statistics.median(times)
        ratio_low, ratio_mid = low / min(base), mid / statistics.median(base)
        print(f"{name:24}{low:9.3f}{mid:11.3f}{ratio_low:10.2f}x{ratio_mid:13.2f}x")


if __name__ == "__main__":
    main()
