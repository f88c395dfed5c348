from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.order_response import OrderResponse
from ...types import Response


def _get_kwargs(
    order: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/orders/{order}/verify".format(
            order=quote(str(order), safe=""),
        ),
    }

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
    order: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[OrderResponse]:
    """Verify Order

     Mark the whole order as verified once its items are. Answer shape inferred (the Order).

    Args:
        order (int):

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
                order=order,
            )
        )
    except (AttributeError, TypeError, ValueError) as error:
        raise errors.InvalidInputError(
            f"verify_order: the arguments cannot be sent ({type(error).__name__}: {error})"
        ) from error

    response = client.get_httpx_client().send(request)

    return _build_response(client=client, response=response)


def sync(
    order: int,
    *,
    client: AuthenticatedClient | Client,
) -> OrderResponse:
    """Verify Order

     Mark the whole order as verified once its items are. Answer shape inferred (the Order).

    Args:
        order (int):

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
        order=order,
        client=client,
    ).parsed


async def asyncio_detailed(
    order: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[OrderResponse]:
    """Verify Order

     Mark the whole order as verified once its items are. Answer shape inferred (the Order).

    Args:
        order (int):

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
                order=order,
            )
        )
    except (AttributeError, TypeError, ValueError) as error:
        raise errors.InvalidInputError(
            f"verify_order: the arguments cannot be sent ({type(error).__name__}: {error})"
        ) from error

    response = await client.get_async_httpx_client().send(request)

    return _build_response(client=client, response=response)


async def asyncio(
    order: int,
    *,
    client: AuthenticatedClient | Client,
) -> OrderResponse:
    """Verify Order

     Mark the whole order as verified once its items are. Answer shape inferred (the Order).

    Args:
        order (int):

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
            order=order,
            client=client,
        )
    ).parsed
