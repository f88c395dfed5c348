from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_reverse_shipment import CreateReverseShipment
from ...models.shipment_response import ShipmentResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateReverseShipment,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/shipments/reverse-Shipment",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ShipmentResponse:
    if response.status_code == 200:
        try:
            response_200 = ShipmentResponse.from_dict(response.json())

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise errors.ResponseParseError(response, error) from error
    if response.status_code == 201:
        try:
            response_201 = ShipmentResponse.from_dict(response.json())

            return response_201

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise errors.ResponseParseError(response, error) from error
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ShipmentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateReverseShipment,
) -> Response[ShipmentResponse]:
    """Return Shipment

     Book a return (reverse) shipment for a delivered order. **The path's ending is inferred**:
    the published URL text stops at `reverse-Shipmen` (capital S as published).

    Args:
        body (CreateReverseShipment): docs name "Create Reverse Shipment" (Return Shipment is
            tagged Developing); fields inferred from Create Shipment.

    Raises:
        treek.TreekAPIError: (with ``treek.TreekClient``) the server answered with an error status.
        errors.UnexpectedStatus: the server answered with a status the API document does not list.
        errors.ResponseParseError: a success body does not fit the model; it carries the raw body.
        errors.InvalidInputError: the arguments cannot be turned into a request (nothing was sent).
        httpx.TimeoutException: (with a plain ``Client``) the request took longer than Client.timeout.

    Returns:
        Response[ShipmentResponse]
    """

    try:
        request = client.get_httpx_client().build_request(
            **_get_kwargs(
                body=body,
            )
        )
    except (AttributeError, TypeError, ValueError) as error:
        raise errors.InvalidInputError(
            f"create_return_shipment: the arguments cannot be sent ({type(error).__name__}: {error})"
            "; body must be a CreateReverseShipment"
        ) from error

    response = client.get_httpx_client().send(request)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateReverseShipment,
) -> ShipmentResponse:
    """Return Shipment

     Book a return (reverse) shipment for a delivered order. **The path's ending is inferred**:
    the published URL text stops at `reverse-Shipmen` (capital S as published).

    Args:
        body (CreateReverseShipment): docs name "Create Reverse Shipment" (Return Shipment is
            tagged Developing); fields inferred from Create Shipment.

    Raises:
        treek.TreekAPIError: (with ``treek.TreekClient``) the server answered with an error status.
        errors.UnexpectedStatus: the server answered with a status the API document does not list.
        errors.ResponseParseError: a success body does not fit the model; it carries the raw body.
        errors.InvalidInputError: the arguments cannot be turned into a request (nothing was sent).
        httpx.TimeoutException: (with a plain ``Client``) the request took longer than Client.timeout.

    Returns:
        ShipmentResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateReverseShipment,
) -> Response[ShipmentResponse]:
    """Return Shipment

     Book a return (reverse) shipment for a delivered order. **The path's ending is inferred**:
    the published URL text stops at `reverse-Shipmen` (capital S as published).

    Args:
        body (CreateReverseShipment): docs name "Create Reverse Shipment" (Return Shipment is
            tagged Developing); fields inferred from Create Shipment.

    Raises:
        treek.TreekAPIError: (with ``treek.TreekClient``) the server answered with an error status.
        errors.UnexpectedStatus: the server answered with a status the API document does not list.
        errors.ResponseParseError: a success body does not fit the model; it carries the raw body.
        errors.InvalidInputError: the arguments cannot be turned into a request (nothing was sent).
        httpx.TimeoutException: (with a plain ``Client``) the request took longer than Client.timeout.

    Returns:
        Response[ShipmentResponse]
    """

    try:
        request = client.get_async_httpx_client().build_request(
            **_get_kwargs(
                body=body,
            )
        )
    except (AttributeError, TypeError, ValueError) as error:
        raise errors.InvalidInputError(
            f"create_return_shipment: the arguments cannot be sent ({type(error).__name__}: {error})"
            "; body must be a CreateReverseShipment"
        ) from error

    response = await client.get_async_httpx_client().send(request)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateReverseShipment,
) -> ShipmentResponse:
    """Return Shipment

     Book a return (reverse) shipment for a delivered order. **The path's ending is inferred**:
    the published URL text stops at `reverse-Shipmen` (capital S as published).

    Args:
        body (CreateReverseShipment): docs name "Create Reverse Shipment" (Return Shipment is
            tagged Developing); fields inferred from Create Shipment.

    Raises:
        treek.TreekAPIError: (with ``treek.TreekClient``) the server answered with an error status.
        errors.UnexpectedStatus: the server answered with a status the API document does not list.
        errors.ResponseParseError: a success body does not fit the model; it carries the raw body.
        errors.InvalidInputError: the arguments cannot be turned into a request (nothing was sent).
        httpx.TimeoutException: (with a plain ``Client``) the request took longer than Client.timeout.

    Returns:
        ShipmentResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
