from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.warehouse_list_response import WarehouseListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/warehouses",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WarehouseListResponse:
    if response.status_code == 200:
        try:
            response_200 = WarehouseListResponse.from_dict(response.json())

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise errors.ResponseParseError(response, error) from error
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WarehouseListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[WarehouseListResponse]:
    """Warehouses List

     The merchant's warehouses (pickup points).

    Args:
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        treek.TreekAPIError: (with ``treek.TreekClient``) the server answered with an error status.
        errors.UnexpectedStatus: the server answered with a status the API document does not list.
        errors.ResponseParseError: a success body does not fit the model; it carries the raw body.
        errors.InvalidInputError: the arguments cannot be turned into a request (nothing was sent).
        httpx.TimeoutException: (with a plain ``Client``) the request took longer than Client.timeout.

    Returns:
        Response[WarehouseListResponse]
    """

    try:
        request = client.get_httpx_client().build_request(
            **_get_kwargs(
                page=page,
                per_page=per_page,
            )
        )
    except (AttributeError, TypeError, ValueError) as error:
        raise errors.InvalidInputError(
            f"list_warehouses: the arguments cannot be sent ({type(error).__name__}: {error})"
        ) from error

    response = client.get_httpx_client().send(request)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> WarehouseListResponse:
    """Warehouses List

     The merchant's warehouses (pickup points).

    Args:
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        treek.TreekAPIError: (with ``treek.TreekClient``) the server answered with an error status.
        errors.UnexpectedStatus: the server answered with a status the API document does not list.
        errors.ResponseParseError: a success body does not fit the model; it carries the raw body.
        errors.InvalidInputError: the arguments cannot be turned into a request (nothing was sent).
        httpx.TimeoutException: (with a plain ``Client``) the request took longer than Client.timeout.

    Returns:
        WarehouseListResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[WarehouseListResponse]:
    """Warehouses List

     The merchant's warehouses (pickup points).

    Args:
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        treek.TreekAPIError: (with ``treek.TreekClient``) the server answered with an error status.
        errors.UnexpectedStatus: the server answered with a status the API document does not list.
        errors.ResponseParseError: a success body does not fit the model; it carries the raw body.
        errors.InvalidInputError: the arguments cannot be turned into a request (nothing was sent).
        httpx.TimeoutException: (with a plain ``Client``) the request took longer than Client.timeout.

    Returns:
        Response[WarehouseListResponse]
    """

    try:
        request = client.get_async_httpx_client().build_request(
            **_get_kwargs(
                page=page,
                per_page=per_page,
            )
        )
    except (AttributeError, TypeError, ValueError) as error:
        raise errors.InvalidInputError(
            f"list_warehouses: the arguments cannot be sent ({type(error).__name__}: {error})"
        ) from error

    response = await client.get_async_httpx_client().send(request)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> WarehouseListResponse:
    """Warehouses List

     The merchant's warehouses (pickup points).

    Args:
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        treek.TreekAPIError: (with ``treek.TreekClient``) the server answered with an error status.
        errors.UnexpectedStatus: the server answered with a status the API document does not list.
        errors.ResponseParseError: a success body does not fit the model; it carries the raw body.
        errors.InvalidInputError: the arguments cannot be turned into a request (nothing was sent).
        httpx.TimeoutException: (with a plain ``Client``) the request took longer than Client.timeout.

    Returns:
        WarehouseListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed
