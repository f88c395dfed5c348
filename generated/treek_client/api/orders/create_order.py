from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_order_request import CreateOrderRequest
from ...models.order_response import OrderResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/orders",
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
    if response.status_code == 201:
        try:
            response_201 = OrderResponse.from_dict(response.json())

            return response_201

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
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderRequest,
) -> Response[OrderResponse]:
    """Create Order

     Create an order for the authenticated merchant. Item and package weights are in grams,
    dimensions in centimetres, `order_grand_total` in SAR. Book a courier for it with
    `create_shipment`. Not idempotent: the SDK never re-sends it.

    Args:
        body (CreateOrderRequest): docs name; the fields the integrations send (first block) and
            optional Order fields that
            are plausible inputs (inferred).

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
                body=body,
            )
        )
    except (AttributeError, TypeError, ValueError) as error:
        raise errors.InvalidInputError(
            f"create_order: the arguments cannot be sent ({type(error).__name__}: {error})"
            "; body must be a CreateOrderRequest"
        ) from error

    response = client.get_httpx_client().send(request)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderRequest,
) -> OrderResponse:
    """Create Order

     Create an order for the authenticated merchant. Item and package weights are in grams,
    dimensions in centimetres, `order_grand_total` in SAR. Book a courier for it with
    `create_shipment`. Not idempotent: the SDK never re-sends it.

    Args:
        body (CreateOrderRequest): docs name; the fields the integrations send (first block) and
            optional Order fields that
            are plausible inputs (inferred).

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
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderRequest,
) -> Response[OrderResponse]:
    """Create Order

     Create an order for the authenticated merchant. Item and package weights are in grams,
    dimensions in centimetres, `order_grand_total` in SAR. Book a courier for it with
    `create_shipment`. Not idempotent: the SDK never re-sends it.

    Args:
        body (CreateOrderRequest): docs name; the fields the integrations send (first block) and
            optional Order fields that
            are plausible inputs (inferred).

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
                body=body,
            )
        )
    except (AttributeError, TypeError, ValueError) as error:
        raise errors.InvalidInputError(
            f"create_order: the arguments cannot be sent ({type(error).__name__}: {error})"
            "; body must be a CreateOrderRequest"
        ) from error

    response = await client.get_async_httpx_client().send(request)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderRequest,
) -> OrderResponse:
    """Create Order

     Create an order for the authenticated merchant. Item and package weights are in grams,
    dimensions in centimetres, `order_grand_total` in SAR. Book a courier for it with
    `create_shipment`. Not idempotent: the SDK never re-sends it.

    Args:
        body (CreateOrderRequest): docs name; the fields the integrations send (first block) and
            optional Order fields that
            are plausible inputs (inferred).

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
            client=client,
            body=body,
        )
    ).parsed
