"""Errors raised by the generated API functions (re-exported, with the HTTP errors, by ``treek``)."""

import httpx


class TreekError(Exception):
    """Base class of every error raised by treek-client."""


class UnexpectedStatus(TreekError):
    """The server answered with a status code the OpenAPI document does not list as a success.

    With a plain ``Client`` every error status ends here; ``treek.TreekClient`` maps error statuses
    to ``treek.TreekAPIError`` subclasses before this point.
    """

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content
        super().__init__(f"Unexpected status code: {status_code}")


class InvalidInputError(TreekError, ValueError, TypeError):
    """An argument that cannot be sent as given (wrong type, a value JSON cannot encode, a phone
    number or weight the SDK can tell is wrong). Nothing was sent."""


class ResponseParseError(TreekError):
    """A success response whose body does not fit the documented model.

    ``body`` is the raw body and ``response`` the ``httpx.Response``, so nothing the server sent
    is lost (the request may have created an order or booked a courier).
    """

    def __init__(self, response: httpx.Response, reason: Exception):
        self.status_code = response.status_code
        self.body = response.content
        self.response = response
        self.reason = reason
        super().__init__(
            f"{response.request.method} {response.request.url.path} answered {response.status_code} "
            f"with a body that does not fit the model: {type(reason).__name__}: {reason}"
        )


__all__ = ["InvalidInputError", "ResponseParseError", "TreekError", "UnexpectedStatus"]
