from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.price_calculator import PriceCalculator
from ...models.rates_response import RatesResponse
from ...types import Response


def _get_kwargs(
    *,
    body: PriceCalculator,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/calculate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RatesResponse:
    if response.status_code == 200:
        try:
            response_200 = RatesResponse.from_dict(response.json())

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise errors.ResponseParseError(response, error) from error
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RatesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PriceCalculator,
) -> Response[RatesResponse]:
    """Price Calculator

     Quote every courier's price for a route. Cities are given by **name** and package weights
    in **kilograms** (orders use city ids and grams).

    Args:
        body (PriceCalculator): docs name "Price Calculator"; the calculator's body as the
            integrations send it: city **names**, kg weights.

    Raises:
        treek.TreekAPIError: (with ``treek.TreekClient``) the server answered with an error status.
        errors.UnexpectedStatus: the server answered with a status the API document does not list.
        errors.ResponseParseError: a success body does not fit the model; it carries the raw body.
        errors.InvalidInputError: the arguments cannot be turned into a request (nothing was sent).
        httpx.TimeoutException: (with a plain ``Client``) the request took longer than Client.timeout.

    Returns:
        Response[RatesResponse]
    """

    try:
        request = client.get_httpx_client().build_request(
            **_get_kwargs(
                body=body,
            )
        )
    except (AttributeError, TypeError, ValueError) as error:
        raise errors.InvalidInputError(
            f"calculate_price: the arguments cannot be sent ({type(error).__name__}: {error})"
            "; body must be a PriceCalculator"
        ) from error

    response = client.get_httpx_client().send(request)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PriceCalculator,
) -> RatesResponse:
    """Price Calculator

     Quote every courier's price for a route. Cities are given by **name** and package weights
    in **kilograms** (orders use city ids and grams).

    Args:
        body (PriceCalculator): docs name "Price Calculator"; the calculator's body as the
            integrations send it: city **names**, kg weights.

    Raises:
        treek.TreekAPIError: (with ``treek.TreekClient``) the server answered with an error status.
        errors.UnexpectedStatus: the server answered with a status the API document does not list.
        errors.ResponseParseError: a success body does not fit the model; it carries the raw body.
        errors.InvalidInputError: the arguments cannot be turned into a request (nothing was sent).
        httpx.TimeoutException: (with a plain ``Client``) the request took longer than Client.timeout.

    Returns:
        RatesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PriceCalculator,
) -> Response[RatesResponse]:
    """Price Calculator

     Quote every courier's price for a route. Cities are given by **name** and package weights
    in **kilograms** (orders use city ids and grams).

    Args:
        body (PriceCalculator): docs name "Price Calculator"; the calculator's body as the
            integrations send it: city **names**, kg weights.

    Raises:
        treek.TreekAPIError: (with ``treek.TreekClient``) the server answered with an error status.
        errors.UnexpectedStatus: the server answered with a status the API document does not list.
        errors.ResponseParseError: a success body does not fit the model; it carries the raw body.
        errors.InvalidInputError: the arguments cannot be turned into a request (nothing was sent).
        httpx.TimeoutException: (with a plain ``Client``) the request took longer than Client.timeout.

    Returns:
        Response[RatesResponse]
    """

    try:
        request = client.get_async_httpx_client().build_request(
            **_get_kwargs(
                body=body,
            )
        )
    except (AttributeError, TypeError, ValueError) as error:
        raise errors.InvalidInputError(
            f"calculate_price: the arguments cannot be sent ({type(error).__name__}: {error})"
            "; body must be a PriceCalculator"
        ) from error

    response = await client.get_async_httpx_client().send(request)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PriceCalculator,
) -> RatesResponse:
    """Price Calculator

     Quote every courier's price for a route. Cities are given by **name** and package weights
    in **kilograms** (orders use city ids and grams).

    Args:
        body (PriceCalculator): docs name "Price Calculator"; the calculator's body as the
            integrations send it: city **names**, kg weights.

    Raises:
        treek.TreekAPIError: (with ``treek.TreekClient``) the server answered with an error status.
        errors.UnexpectedStatus: the server answered with a status the API document does not list.
        errors.ResponseParseError: a success body does not fit the model; it carries the raw body.
        errors.InvalidInputError: the arguments cannot be turned into a request (nothing was sent).
        httpx.TimeoutException: (with a plain ``Client``) the request took longer than Client.timeout.

    Returns:
        RatesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
