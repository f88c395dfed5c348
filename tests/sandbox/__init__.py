"""A spec-driven Treek sandbox: a real HTTP server that behaves as openapi/treek.yaml says.

Run it: `python -m tests.sandbox --port 8000`; in tests: `start_sandbox(**options)` or the
`sandbox` fixture of tests/conftest.py. Modules: contract (the spec as routes, validation and
response checks), laravel (error bodies), clock, seed, records, state, pagination, pdf,
handlers (one per operationId), app (Starlette), server (uvicorn).

ASSUMPTIONS -- what the documents do not say and the sandbox decides, kept simple:

1.  Credentials: merchant@example.com (user 11, merchant 7, the spec's examples) and
    other-merchant@example.com (user 12, merchant 8), both with password `not-a-real-password`,
    the spec's login example, so every example request works verbatim.
2.  Tokens are `sandbox-token-NNNN-<24 hex>` from a login counter, never from the password.
    `expires_in` is the token TTL (default 3600 s). A token expires when the fake clock reaches
    issue time + TTL; logging in again does not revoke older tokens; a password change neither.
3.  Wrong email or password on login: 401 `{"message": "Invalid credentials."}`. Missing,
    unknown or expired bearer token: 401 `{"message": "Unauthenticated."}` (always JSON, even
    without `Accept: application/json`; Laravel would redirect a browser).
4.  Time is a fake clock starting at 2026-01-05T09:30:16Z. It moves +1 s at each write that
    stamps a record (create, update, cancel, reset, ship, verify an item, profile, password);
    reads, login and refused requests do not move it. Tests may `state.clock.advance(s)`.
5.  The docs' Cancel Order example (order 43978, status `canceled`, updated 09:30:17) is the
    answer *after* the call, so 43978 is seeded as `pending` with updated_at = created_at: a
    fresh sandbox whose first write cancels 43978 answers the docs' body exactly.
6.  Order of checks: 404 for a path value that breaks its schema (7), then 401 (bearer), then
    422 (query and body against the spec's schemas, all fields at once), then 404 (unknown
    id), then 403 (another merchant's record), then 422 from business rules (unknown
    referenced ids, status conflicts, passwords).
7.  A path value that breaks its schema (`/api/orders/abc`) is answered like a failed Laravel
    route constraint: 404 `{"message": "The route api/orders/abc could not be found."}` (every
    operation with a path parameter documents 404, none documents 422 for it). Query values
    get 422. Error statuses an operation does not list (422 on list_boxes/list_warehouses for
    `per_page=101`) are checked against the shared components.responses body instead;
    success statuses must be listed.
8.  Validation follows the JSON Schemas (plus `format: email`); Laravel's empty-string-to-null
    conversion is not emulated. A missing, unreadable or non-object JSON body counts as `{}`
    (also numbers beyond a double, like `1e400`, and unpaired UTF-16 surrogates, which PHP's
    json_decode refuses); empty query values count as absent; repeated query keys keep the
    last value. Messages are Laravel's English defaults with `_` shown as spaces; the summary
    is `<first> (and N more errors)`.
9.  Referenced ids must exist (Laravel `exists`: "The selected ... is invalid."): countries,
    cities, packaging types, and warehouses of the caller's merchant.
10. Created resources answer 201 (Laravel's resource convention); everything else 200.
11. New orders: ids continue from the seeds (43979...), `order_number` is the Unix time of
    creation plus the id's last four digits (the docs' number starts with its Unix time),
    status `pending`, source `manual`, currency `SAR`, tax 0, merchant_id and merchant null (as
    in the docs). Shipper fields come from the body, else from the warehouse (city in Arabic,
    as in the docs). total_weight is kilograms with 2 decimals (the docs' 2 g shows as 0; null
    if it overflows). Items get verification fields `pending`/0; packages become `boxes`
    (default packaging type when none is sent).
12. Update Order changes only the fields sent; `items`/`packages`, when sent, replace all
    items/boxes (new ids). Any status may be edited.
13. Statuses: pending, shipped, delivered, canceled, returned (the spec's example list).
    Create Shipment accepts pending and shipped orders (a second booking replaces the first,
    per the spec), sets status `shipped`, external_id = AWB `SBX` + 10-digit order id (`-N` for
    later bookings), shipment_external_id = the shipment's id, selected_shipment_company =
    courier, latest_shipment. Other statuses (canceled, delivered, returned) -> 422 on
    `order_id`.
14. Return Shipment accepts shipped or delivered orders (the spec says delivered; the sandbox
    cannot deliver, so shipped is allowed too), sets status `returned`, return_type `reverse`,
    return_ordered_at, a new latest_shipment; courier = body, else the order's, else aramex.
    `reason` is accepted and not stored (no Order field holds it).
15. Label and tracking URLs use the reserved host https://sandbox.gotreek.invalid and are not
    served. Print Invoice takes the *order* id and answers a small PDF for any order.
16. Cancel sets `canceled` and clears external_id, shipment_external_id,
    selected_shipment_company and latest_shipment, whatever the status (cancelling twice is
    fine). Reset sets `pending` and clears the same plus delivered_at and the return fields.
17. Verify Item: the code (trimmed) must equal the item's sku, or its name when sku is null;
    success sets verification_status `verified`, verified_at, verified_by = user id; a wrong
    code increments wrong_attempts. Both answer 200 with the item. `note` is stored.
    Verify Order answers 422 while any item is unverified, else 200 with the unchanged order.
18. Order Price and the Price Calculator answer the spec's three example rates whatever the
    packages; the calculator's cities must match a city's `name` (case-insensitive) or
    `name_ar`, else 422.
19. Pagination: Laravel defaults (page 1, per_page 15); pages past the end are empty with
    from/to null; links keep the request's other query values and `page` goes last; the base
    is the request's scheme and Host header (or `public_url`). Orders list newest first
    (created_at, then id); boxes and warehouses by id. `search` matches order number, receiver
    names/phone/email, AWB, merchant_shipment_id and the receiver city's names.
20. Seeds: merchant 7 has orders 43973-43978 (delivered, returned, canceled, shipped, pending,
    pending), boxes 1 and 3, warehouses 1 and 207; merchant 8 has orders 43971-43972, box 2,
    warehouse 208. Cities 62-66 (Riyadh, Jeddah, Dammam, Mecca, Medina), all in country 1;
    couriers are the six CourierCode values. Warehouse 1 exists because get_warehouse's
    example id is the shared ResourceId example (1).
21. Cities list needs a token, as the spec's global security says (one integration calls it
    without one; a spec listing `{}` among the requirements would make the token optional).
22. Statistics count the caller's orders by status (total counts all, shipped too).
23. Unknown routes: 404 `{"message": "The route <path> could not be found."}`; wrong method:
    405 with Laravel's message. JSON is UTF-8 without `\\u` escapes; no Date/Server headers.
"""

from tests.sandbox.app import SandboxApp
from tests.sandbox.clock import SANDBOX_EPOCH, FakeClock
from tests.sandbox.seed import (
    MERCHANT_EMAIL,
    OTHER_MERCHANT_EMAIL,
    SANDBOX_PASSWORD,
)
from tests.sandbox.server import CLIENT_TLS, SandboxServer, start_sandbox
from tests.sandbox.state import SandboxOptions, SandboxState

__all__ = [
    "CLIENT_TLS",
    "MERCHANT_EMAIL",
    "OTHER_MERCHANT_EMAIL",
    "SANDBOX_EPOCH",
    "SANDBOX_PASSWORD",
    "FakeClock",
    "SandboxApp",
    "SandboxOptions",
    "SandboxServer",
    "SandboxState",
    "start_sandbox",
]
