"""The sandbox's ASGI app: Starlette routes built from the spec, each answer checked against it."""

from __future__ import annotations

import asyncio
import dataclasses
import traceback
from collections import defaultdict
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from tests.sandbox.call import Call
from tests.sandbox.contract import Operation, Reply, SpecViolation, load_operations
from tests.sandbox.handlers import HANDLERS
from tests.sandbox.laravel import ApiError, Invalid, RouteNotFound, Unauthenticated
from tests.sandbox.state import SandboxOptions, SandboxState

Endpoint = Callable[[Request], Awaitable[Response]]


def _route_order(path: str) -> tuple[bool, ...]:
    # Starlette takes the first route that matches: literal segments must beat `{param}` ones
    # (`/api/orders/statuses` before `/api/orders/{id}`).
    return tuple(segment.startswith("{") for segment in path.strip("/").split("/"))


class SandboxApp:
    """One sandbox: a Starlette app over a state that `reset()` replaces wholesale.

    It is itself the ASGI callable. `errors` collects every sandbox bug (an answer the spec
    does not allow, or a handler crash); the answer to such a request is a 500.
    """

    def __init__(self, options: SandboxOptions | None = None) -> None:
        self.options = self._started_with = options or SandboxOptions()
        self.state = SandboxState(self.options)
        self.errors: list[str] = []
        operations = load_operations()
        unmatched = {op.op_id for op in operations} ^ set(HANDLERS)
        if unmatched:
            raise RuntimeError(f"handlers and spec operations differ: {sorted(unmatched)}")
        by_path: dict[str, dict[str, Operation]] = defaultdict(dict)
        for op in operations:
            by_path[op.path][op.method] = op
        routes = [
            Route(path, self._endpoint(ops), methods=sorted(ops), name=path)
            for path, ops in sorted(by_path.items(), key=lambda item: _route_order(item[0]))
        ]
        self.asgi = Starlette(
            routes=routes,
            exception_handlers={404: _route_not_found, 405: _method_not_allowed},
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("client"):
            # Each client (host, port) is one TCP connection: benchmarks count them.
            self.state.peers.add(tuple(scope["client"]))
            if self.options.latency:
                await asyncio.sleep(self.options.latency)
        await self.asgi(scope, receive, send)

    def reset(self, **options: Any) -> SandboxState:
        """A fresh state (seeds, no tokens, new clock): the starting options, changed as given."""
        self.options = dataclasses.replace(self._started_with, **options)
        self.state = SandboxState(self.options)
        return self.state

    def take_errors(self) -> list[str]:
        errors, self.errors = self.errors, []
        return errors

    def _endpoint(self, ops: dict[str, Operation]) -> Endpoint:
        async def endpoint(request: Request) -> Response:
            op = ops["GET" if request.method == "HEAD" else request.method]
            raw = await request.body()
            # Everything after the body is read runs without awaiting: one request at a time
            # touches the state, so no locks are needed.
            return self._answer(op, request, raw)

        return endpoint

    def _answer(self, op: Operation, request: Request, raw: bytes) -> Response:
        try:
            reply = self._handle(op, self.state, request, raw)
        except ApiError as error:
            reply = Reply(error.status, error.body)
        except Exception:
            return self._bug(f"{op.op_id} crashed:\n{traceback.format_exc()}")
        try:
            op.check(reply)
            if isinstance(reply.body, bytes):
                return Response(reply.body, reply.status, media_type=reply.media_type)
            return JSONResponse(reply.body, reply.status)
        except SpecViolation as violation:
            return self._bug(str(violation))
        except Exception:
            return self._bug(f"{op.op_id} answer could not be rendered:\n{traceback.format_exc()}")

    def _handle(self, op: Operation, state: SandboxState, request: Request, raw: bytes) -> Reply:
        path = op.path_values(request.path_params)
        if path is None:  # like a failed Laravel route constraint (`whereNumber`): no route
            raise RouteNotFound(request.url.path)
        account = None
        if op.auth != "none":
            account = state.authenticate(request.headers.get("authorization"))
            if account is None and op.auth == "required":
                raise Unauthenticated()
        query = request.query_params.multi_items()
        params, errors = op.query_values(query)
        body, body_errors = op.body_values(raw)
        # Laravel validates query and body together: one 422 names every failing field.
        errors.update((k, v) for k, v in body_errors.items() if k not in errors)
        if errors:
            raise Invalid(errors)
        params.update(path)
        base = state.options.public_url or f"{request.url.scheme}://{request.url.netloc}"
        call = Call(op, state, account, params, body, query, base.rstrip("/") + request.url.path)
        return HANDLERS[op.op_id](call)

    def _bug(self, message: str) -> Response:
        self.errors.append(message)
        return JSONResponse({"message": "Server Error", "sandbox_error": message}, 500)


def _route_not_found(request: Request, exc: Exception) -> Response:
    return JSONResponse(RouteNotFound(request.url.path).body, 404)


def _method_not_allowed(request: Request, exc: Exception) -> Response:
    allowed = ""
    if isinstance(exc, HTTPException) and exc.headers:
        # Starlette builds Allow from a set; sort it so answers are byte-identical across runs.
        allowed = ", ".join(sorted(exc.headers.get("Allow", "").split(", ")))
    path = request.url.path.lstrip("/")
    message = (
        f"The {request.method} method is not supported for route {path}. "
        f"Supported methods: {allowed}."
    )
    return JSONResponse({"message": message}, 405, headers={"Allow": allowed})
