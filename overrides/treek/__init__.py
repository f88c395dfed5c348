"""treek: the hand-written layer over the generated `treek_client` package.

    from treek import TreekClient, ValidationError

`TreekClient` logs in, retries safely, times out, maps errors and offers helpers; pass it as
`client=` to any operation under `treek_client.api`.
"""

from .auth import TokenStore, TreekAuth
from .client import TreekClient
from .errors import (
    ForbiddenError,
    InvalidInputError,
    NotFoundError,
    RateLimitError,
    ResponseParseError,
    ServerError,
    ShipmentFailedError,
    TreekAPIError,
    TreekConnectionError,
    TreekError,
    TreekTimeoutError,
    UnauthorizedError,
    UnexpectedStatus,
    ValidationError,
)
from .helpers import ShippedOrder, apaginate, normalize_saudi_phone, paginate
from .retries import RetryPolicy

__version__ = "0.1.0"
__all__ = [
    "ForbiddenError",
    "InvalidInputError",
    "NotFoundError",
    "RateLimitError",
    "ResponseParseError",
    "RetryPolicy",
    "ServerError",
    "ShipmentFailedError",
    "ShippedOrder",
    "TokenStore",
    "TreekAPIError",
    "TreekAuth",
    "TreekClient",
    "TreekConnectionError",
    "TreekError",
    "TreekTimeoutError",
    "UnauthorizedError",
    "UnexpectedStatus",
    "ValidationError",
    "apaginate",
    "normalize_saudi_phone",
    "paginate",
]
