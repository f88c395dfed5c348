"""Ship a parcel end to end: `make demo` runs this against the sandbox; with TREEK_EMAIL and
TREEK_PASSWORD set it runs against your real Treek account (it creates, then cancels, an order).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from treek import TreekClient, ValidationError
from treek_client.api.orders import cancel_order, create_order, get_order
from treek_client.api.profile import get_profile
from treek_client.api.shipments import create_shipment
from treek_client.api.utilities import list_cities
from treek_client.api.warehouses import list_warehouses
from treek_client.models import CreateOrderRequest, CreateShipmentRequest
from treek_client.models.courier_code import COURIER_CODE_VALUES, check_courier_code

OUT = Path(os.environ.get("TREEK_DEMO_OUT", "out"))


def step(number: int, text: str) -> None:
    print(f"{number:>2}. {text}", flush=True)


def order_for(city_id: int, warehouse_id: int, phone: str = "+966501234567") -> CreateOrderRequest:
    return CreateOrderRequest.from_dict(
        {
            "receiver_first_name": "Sara",
            "receiver_last_name": "Example",
            "receiver_phone": phone,
            "receiver_address_line": "12 Example Street",
            "receiver_city_id": city_id,
            "receiver_country_id": 1,
            "receiver_short_address": "RRRD2929",
            "warehouse_id": warehouse_id,
            "order_grand_total": 120,
            "payment_method": "cod",
            "items": [{"name": "iPhone 15 cover", "quantity": 2, "price": 60, "weight": 150}],
            "packages": [{"length": 20, "width": 15, "height": 5, "weight": 300}],
        }
    )


def main() -> int:
    started = time.perf_counter()
    with TreekClient.from_env() as client:
        me = get_profile.sync(client=client).data
        step(1, f"Logged in as {me.name} <{me.email}>")

        riyadh = client.find_city("الرياض")
        if riyadh is None:
            sys.exit("Riyadh is not among Treek's cities")
        step(2, f"Found الرياض: city #{riyadh.id} ({riyadh.name})")

        warehouse = list_warehouses.sync(client=client).data[0]
        cities = {c.id: c.name for c in list_cities.sync(client=client, country_id=1).data}
        origin = (
            cities.get(warehouse.city_id, "Riyadh")
            if isinstance(warehouse.city_id, int)
            else "Riyadh"
        )
        quotes = client.quote(origin, riyadh.name, 0.6, length=20, width=15, height=5)
        step(3, f"Quotes {origin} → {riyadh.name}, 0.6 kg:")
        print(f"    {'courier':<10} {'service':<12} {'SAR':>8}  delivery")
        for rate in quotes:
            price = "?" if rate.price_sar is None else rate.price_sar
            service, days = rate.service_name or "", rate.delivery_time or "?"
            print(f"    {rate.courier_name:<10} {service:<12} {price:>8}  {days}")

        order = create_order.sync(client=client, body=order_for(riyadh.id, warehouse.id)).data
        step(4, f"Created order #{order.id} ({order.order_number}), status {order.status}")

        bookable = [r for r in quotes if r.identifier in COURIER_CODE_VALUES]
        courier = check_courier_code(str(bookable[0].identifier))
        shipment = create_shipment.sync(
            client=client, body=CreateShipmentRequest(order.id, courier)
        )
        result = shipment.data
        awb = result.external_id if result else shipment.external_id
        link = result.tracking_link if result else shipment.tracking_link
        step(5, f"Booked {bookable[0].courier_name} (cheapest): AWB {awb}, track at {link}")

        OUT.mkdir(parents=True, exist_ok=True)
        invoice = client.download_invoice(order.id, OUT / f"invoice-{order.id}.pdf")
        step(6, f"Saved the invoice to {invoice} ({invoice.stat().st_size} bytes)")

        again = get_order.sync(order.id, client=client).data
        step(7, f"Read it back: status {again.status}, AWB {again.external_id}")

        cancelled = cancel_order.sync(order.id, client=client)
        step(8, f"Cancelled: status {cancelled.data.status} — {cancelled.message}")

        try:
            create_order.sync(client=client, body=order_for(riyadh.id, warehouse.id, phone="12345"))
        except ValidationError as error:
            step(9, f"A bad order is refused with HTTP {error.status_code}: {error.message}")
            for field, messages in error.errors.items():
                print(f"      {field}: {'; '.join(messages)}")
        else:
            sys.exit("the bad order was accepted")
    print(f"Done in {time.perf_counter() - started:.2f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
