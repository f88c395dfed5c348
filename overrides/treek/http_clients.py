"""httpx clients whose `send` maps every failure to a `treek.TreekError` and logs the exchange.

Mapping happens here, after the auth flow, so a 401 reaches the flow (which logs in again and
replays once) before it becomes an UnauthorizedError.
"""

from __future__ import annotations

import time
from typing import Any

import httpx

from .errors import error_for_response, error_for_transport
from .log import log_exchange


class TreekHTTPClient(httpx.Client):
    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        started = time.perf_counter()
        try:
            response = super().send(request, **kwargs)
        except httpx.RequestError as error:
            raise error_for_transport(error, request) from error
        response.read()
        log_exchange(response, time.perf_counter() - started)
        failure = error_for_response(response)
        if failure is not None:
            raise failure
        return response


class AsyncTreekHTTPClient(httpx.AsyncClient):
    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        started = time.perf_counter()
        try:
            response = await super().send(request, **kwargs)
        except httpx.RequestError as error:
            raise error_for_transport(error, request) from error
        await response.aread()
        log_exchange(response, time.perf_counter() - started)
        failure = error_for_response(response)
        if failure is not None:
            raise failure
        return response
