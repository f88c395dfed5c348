"""One handler per operationId; the app refuses to start unless they match the spec's operations."""

from __future__ import annotations

from collections.abc import Callable

from tests.sandbox.call import Call
from tests.sandbox.contract import Reply
from tests.sandbox.handlers import account, auth, catalog, orders, resources, shipments

Handler = Callable[[Call], Reply]

HANDLERS: dict[str, Handler] = {
    **auth.HANDLERS,
    **orders.HANDLERS,
    **shipments.HANDLERS,
    **resources.HANDLERS,
    **catalog.HANDLERS,
    **account.HANDLERS,
}
