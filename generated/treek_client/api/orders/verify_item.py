from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.order_item_response import OrderItemResponse
from ...models.verify_item import VerifyItem
from ...types import Response


def _get_kwargs(
    order: int,
    item: int,
    *,
    body: VerifyItem,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/orders/{order}/items/{item}/verify".format(
            order=quote(str(order), safe=""),
            item=quote(str(item), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrderItemResponse:
    if response.status_code == 200:
        try:
            response_200 = OrderItemResponse.from_dict(response.json())

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise errors.ResponseParseError(response, error) from error
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OrderItemResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order: int,
    item: int,
    *,
    client: AuthenticatedClient | Client,
    body: VerifyItem,
) -> Response[OrderItemResponse]:
    """Verify Item

     Check a picked item against the order (e.g. a scanned SKU or barcode). A wrong attempt
    increments the item's `wrong_attempts`. Body and answer shapes are inferred.

    Args:
        order (int):
        item (int):
        body (VerifyItem): docs name (Verify Item is tagged Developing); fields inferred: the
            scanned code and an optional note.

    Raises:
        treek.TreekAPIError: (with ``treek.TreekClient``) the server answered with an error status.
        errors.UnexpectedStatus: the server answered with a status the API document does not list.
        errors.ResponseParseError: a success body does not fit the model; it carries the raw body.
        errors.InvalidInputError: the arguments cannot be turned into a request (nothing was sent).
        httpx.TimeoutException: (with a plain ``Client``) the request took longer than Client.timeout.

    Returns:
        Response[OrderItemResponse]
    """

    try:
        request = client.get_httpx_client().build_request(
            **_get_kwargs(
                order=order,
                item=item,
                body=body,
            )
        )
    except (AttributeError, TypeError, ValueError) as error:
        raise errors.InvalidInputError(
            f"verify_item: the arguments cannot be sent ({type(error).__name__}: {error})"
            "; body must be a VerifyItem"
        ) from error

    response = client.get_httpx_client().send(request)

    return _build_response(client=client, response=response)


def sync(
    order: int,
    item: int,
    *,
    client: AuthenticatedClient | Client,
    body: VerifyItem,
) -> OrderItemResponse:
    """Verify Item

     Check a picked item against the order (e.g. a scanned SKU or barcode). A wrong attempt
    increments the item's `wrong_attempts`. Body and answer shapes are inferred.

    Args:
        order (int):
        item (int):
        body (VerifyItem): docs name (Verify Item is tagged Developing); fields inferred: the
            scanned code and an optional note.

    Raises:
        treek.TreekAPIError: (with ``treek.TreekClient``) the server answered with an error status.
        errors.UnexpectedStatus: the server answered with a status the API document does not list.
        errors.ResponseParseError: a success body does not fit the model; it carries the raw body.
        errors.InvalidInputError: the arguments cannot be turned into a request (nothing was sent).
        httpx.TimeoutException: (with a plain ``Client``) the request took longer than Client.timeout.

    Returns:
        OrderItemResponse
    """

    return sync_detailed(
        order=order,
        item=item,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    order: int,
    item: int,
    *,
    client: AuthenticatedClient | Client,
    body: VerifyItem,
) -> Response[OrderItemResponse]:
    """Verify Item

     Check a picked item against the order (e.g. a scanned SKU or barcode). A wrong attempt
    increments the item's `wrong_attempts`. Body and answer shapes are inferred.

    Args:
        order (int):
        item (int):
        body (VerifyItem): docs name (Verify Item is tagged Developing); fields inferred: the
            scanned code and an optional note.

    Raises:
        treek.TreekAPIError: (with ``treek.TreekClient``) the server answered with an error status.
        errors.UnexpectedStatus: the server answered with a status the API document does not list.
        errors.ResponseParseError: a success body does not fit the model; it carries the raw body.
        errors.InvalidInputError: the arguments cannot be turned into a request (nothing was sent).
        httpx.TimeoutException: (with a plain ``Client``) the request took longer than Client.timeout.

    Returns:
        Response[OrderItemResponse]
    """

    try:
        request = client.get_async_httpx_client().build_request(
            **_get_kwargs(
                order=order,
                item=item,
                body=body,
            )
        )
    except (AttributeError, TypeError, ValueError) as error:
        raise errors.InvalidInputError(
            f"verify_item: the arguments cannot be sent ({type(error).__name__}: {error})"
            "; body must be a VerifyItem"
        ) from error

    response = await client.get_async_httpx_client().send(request)

    return _build_response(client=client, response=response)


async def asyncio(
    order: int,
    item: int,
    *,
    client: AuthenticatedClient | Client,
    body: VerifyItem,
) -> OrderItemResponse:
    """Verify Item

     Check a picked item against the order (e.g. a scanned SKU or barcode). A wrong attempt
    increments the item's `wrong_attempts`. Body and answer shapes are inferred.

    Args:
        order (int):
        item (int):
        body (VerifyItem): docs name (Verify Item is tagged Developing); fields inferred: the
            scanned code and an optional note.

    Raises:
        treek.TreekAPIError: (with ``treek.TreekClient``) the server answered with an error status.
        errors.UnexpectedStatus: the server answered with a status the API document does not list.
        errors.ResponseParseError: a success body does not fit the model; it carries the raw body.
        errors.InvalidInputError: the arguments cannot be turned into a request (nothing was sent).
        httpx.TimeoutException: (with a plain ``Client``) the request took longer than Client.timeout.

    Returns:
        OrderItemResponse
    """

    return (
        await asyncio_detailed(
            order=order,
            item=item,
            client=client,
            body=body,
        )
    ).parsed
