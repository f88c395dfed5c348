"""Export every order, all pages, to CSV.

python examples/export_orders_csv.py orders.csv [status]
"""

from __future__ import annotations

import csv
import sys

from treek import TreekClient
from treek_client.types import UNSET

COLUMNS = [
    "id",
    "order_number",
    "status",
    "date",
    "receiver_first_name",
    "receiver_last_name",
    "receiver_phone",
    "order_grand_total",
    "currency",
    "payment_method",
    "external_id",
]


def main(argv: list[str]) -> int:
    if not argv:
        sys.exit(__doc__)
    status = argv[1] if len(argv) > 1 else UNSET
    with TreekClient.from_env() as client, open(argv[0], "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        count = 0
        for order in client.iter_orders(per_page=100, status=status):
            row = order.to_dict()
            writer.writerow([row.get(column, "") for column in COLUMNS])
            count += 1
    print(f"wrote {count} orders to {argv[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
