from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_password_request import ChangePasswordRequest
from ...models.message_response import MessageResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ChangePasswordRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/profile/password",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageResponse:
    if response.status_code == 200:
        try:
            response_200 = MessageResponse.from_dict(response.json())

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise errors.ResponseParseError(response, error) from error
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChangePasswordRequest,
) -> Response[MessageResponse]:
    """Change Password

     **Unverified (inferred path and body).** Change the logged-in user's password (Laravel's confirmed-
    password convention).

    Args:
        body (ChangePasswordRequest): Change Password's body (inferred: Laravel's confirmed-
            password convention).

    Raises:
        treek.TreekAPIError: (with ``treek.TreekClient``) the server answered with an error status.
        errors.UnexpectedStatus: the server answered with a status the API document does not list.
        errors.ResponseParseError: a success body does not fit the model; it carries the raw body.
        errors.InvalidInputError: the arguments cannot be turned into a request (nothing was sent).
        httpx.TimeoutException: (with a plain ``Client``) the request took longer than Client.timeout.

    Returns:
        Response[MessageResponse]
    """

    try:
        request = client.get_httpx_client().build_request(
            **_get_kwargs(
                body=body,
            )
        )
    except (AttributeError, TypeError, ValueError) as error:
        raise errors.InvalidInputError(
            f"change_password: the arguments cannot be sent ({type(error).__name__}: {error})"
            "; body must be a ChangePasswordRequest"
        ) from error

    response = client.get_httpx_client().send(request)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ChangePasswordRequest,
) -> MessageResponse:
    """Change Password

     **Unverified (inferred path and body).** Change the logged-in user's password (Laravel's confirmed-
    password convention).

    Args:
        body (ChangePasswordRequest): Change Password's body (inferred: Laravel's confirmed-
            password convention).

    Raises:
        treek.TreekAPIError: (with ``treek.TreekClient``) the server answered with an error status.
        errors.UnexpectedStatus: the server answered with a status the API document does not list.
        errors.ResponseParseError: a success body does not fit the model; it carries the raw body.
        errors.InvalidInputError: the arguments cannot be turned into a request (nothing was sent).
        httpx.TimeoutException: (with a plain ``Client``) the request took longer than Client.timeout.

    Returns:
        MessageResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChangePasswordRequest,
) -> Response[MessageResponse]:
    """Change Password

     **Unverified (inferred path and body).** Change the logged-in user's password (Laravel's confirmed-
    password convention).

    Args:
        body (ChangePasswordRequest): Change Password's body (inferred: Laravel's confirmed-
            password convention).

    Raises:
        treek.TreekAPIError: (with ``treek.TreekClient``) the server answered with an error status.
        errors.UnexpectedStatus: the server answered with a status the API document does not list.
        errors.ResponseParseError: a success body does not fit the model; it carries the raw body.
        errors.InvalidInputError: the arguments cannot be turned into a request (nothing was sent).
        httpx.TimeoutException: (with a plain ``Client``) the request took longer than Client.timeout.

    Returns:
        Response[MessageResponse]
    """

    try:
        request = client.get_async_httpx_client().build_request(
            **_get_kwargs(
                body=body,
            )
        )
    except (AttributeError, TypeError, ValueError) as error:
        raise errors.InvalidInputError(
            f"change_password: the arguments cannot be sent ({type(error).__name__}: {error})"
            "; body must be a ChangePasswordRequest"
        ) from error

    response = await client.get_async_httpx_client().send(request)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ChangePasswordRequest,
) -> MessageResponse:
    """Change Password

     **Unverified (inferred path and body).** Change the logged-in user's password (Laravel's confirmed-
    password convention).

    Args:
        body (ChangePasswordRequest): Change Password's body (inferred: Laravel's confirmed-
            password convention).

    Raises:
        treek.TreekAPIError: (with ``treek.TreekClient``) the server answered with an error status.
        errors.UnexpectedStatus: the server answered with a status the API document does not list.
        errors.ResponseParseError: a success body does not fit the model; it carries the raw body.
        errors.InvalidInputError: the arguments cannot be turned into a request (nothing was sent).
        httpx.TimeoutException: (with a plain ``Client``) the request took longer than Client.timeout.

    Returns:
        MessageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
