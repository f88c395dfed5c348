from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.order_response import OrderResponse
from ...models.update_order_request import UpdateOrderRequest
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: UpdateOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/orders/{id}/edit".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrderResponse:
    if response.status_code == 200:
        try:
            response_200 = OrderResponse.from_dict(response.json())

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise errors.ResponseParseError(response, error) from error
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrderRequest,
) -> Response[OrderResponse]:
    """Update Order

     Change an order's receiver, totals or contents. Only the fields sent change.

    Args:
        id (int):
        body (UpdateOrderRequest): docs name (Update Order is tagged Developing); fields inferred
            from the Order: only the fields sent change.

    Raises:
        treek.TreekAPIError: (with ``treek.TreekClient``) the server answered with an error status.
        errors.UnexpectedStatus: the server answered with a status the API document does not list.
        errors.ResponseParseError: a success body does not fit the model; it carries the raw body.
        errors.InvalidInputError: the arguments cannot be turned into a request (nothing was sent).
        httpx.TimeoutException: (with a plain ``Client``) the request took longer than Client.timeout.

    Returns:
        Response[OrderResponse]
    """

    try:
        request = client.get_httpx_client().build_request(
            **_get_kwargs(
                id=id,
                body=body,
            )
        )
    except (AttributeError, TypeError, ValueError) as error:
        raise errors.InvalidInputError(
            f"update_order: the arguments cannot be sent ({type(error).__name__}: {error})"
            "; body must be a UpdateOrderRequest"
        ) from error

    response = client.get_httpx_client().send(request)

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrderRequest,
) -> OrderResponse:
    """Update Order

     Change an order's receiver, totals or contents. Only the fields sent change.

    Args:
        id (int):
        body (UpdateOrderRequest): docs name (Update Order is tagged Developing); fields inferred
            from the Order: only the fields sent change.

    Raises:
        treek.TreekAPIError: (with ``treek.TreekClient``) the server answered with an error status.
        errors.UnexpectedStatus: the server answered with a status the API document does not list.
        errors.ResponseParseError: a success body does not fit the model; it carries the raw body.
        errors.InvalidInputError: the arguments cannot be turned into a request (nothing was sent).
        httpx.TimeoutException: (with a plain ``Client``) the request took longer than Client.timeout.

    Returns:
        OrderResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrderRequest,
) -> Response[OrderResponse]:
    """Update Order

     Change an order's receiver, totals or contents. Only the fields sent change.

    Args:
        id (int):
        body (UpdateOrderRequest): docs name (Update Order is tagged Developing); fields inferred
            from the Order: only the fields sent change.

    Raises:
        treek.TreekAPIError: (with ``treek.TreekClient``) the server answered with an error status.
        errors.UnexpectedStatus: the server answered with a status the API document does not list.
        errors.ResponseParseError: a success body does not fit the model; it carries the raw body.
        errors.InvalidInputError: the arguments cannot be turned into a request (nothing was sent).
        httpx.TimeoutException: (with a plain ``Client``) the request took longer than Client.timeout.

    Returns:
        Response[OrderResponse]
    """

    try:
        request = client.get_async_httpx_client().build_request(
            **_get_kwargs(
                id=id,
                body=body,
            )
        )
    except (AttributeError, TypeError, ValueError) as error:
        raise errors.InvalidInputError(
            f"update_order: the arguments cannot be sent ({type(error).__name__}: {error})"
            "; body must be a UpdateOrderRequest"
        ) from error

    response = await client.get_async_httpx_client().send(request)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrderRequest,
) -> OrderResponse:
    """Update Order

     Change an order's receiver, totals or contents. Only the fields sent change.

    Args:
        id (int):
        body (UpdateOrderRequest): docs name (Update Order is tagged Developing); fields inferred
            from the Order: only the fields sent change.

    Raises:
        treek.TreekAPIError: (with ``treek.TreekClient``) the server answered with an error status.
        errors.UnexpectedStatus: the server answered with a status the API document does not list.
        errors.ResponseParseError: a success body does not fit the model; it carries the raw body.
        errors.InvalidInputError: the arguments cannot be turned into a request (nothing was sent).
        httpx.TimeoutException: (with a plain ``Client``) the request took longer than Client.timeout.

    Returns:
        OrderResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
