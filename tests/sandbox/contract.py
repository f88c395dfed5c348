"""The spec as the sandbox's contract: operations, request validation and response checking.

Everything here is read from openapi/treek.yaml (through tests.spec): which paths and methods
exist, which need a token, the parameter and body schemas a request must satisfy, and the
documented response schemas every answer is checked against before it leaves the sandbox.
"""

from __future__ import annotations

import copy
import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from jsonschema import FormatChecker
from openapi_schema_validator import OAS31Validator

from tests.sandbox.laravel import FieldErrors, field_errors
from tests.spec import load_spec, operations, resolve

Auth = Literal["required", "optional", "none"]
JSON_MEDIA = "application/json"

# Error statuses answered by the sandbox's generic machinery (bearer check, parameter and body
# validation, resource lookup). When an operation does not list one, its answer is checked
# against the shared component instead (see the assumptions in tests/sandbox/__init__.py).
GENERIC_ERRORS = {401: "Unauthorized", 403: "Forbidden", 404: "NotFound", 422: "ValidationFailed"}

# Requests get the formats Laravel's rules check; responses none, because the docs' own Order
# example (`date: "2026-01-05 08:51:12"`) is not an RFC 3339 date-time.
_REQUEST_FORMATS = FormatChecker(formats=("email",))
_INTEGER = re.compile(r"^-?\d+$")
_NUMBER = re.compile(r"^-?(\d+\.?\d*|\.\d+)$")


class SpecViolation(AssertionError):
    """The sandbox answered something the spec does not allow: a sandbox bug."""


def _validator(schema: Mapping[str, Any], *, formats: bool) -> Any:
    """An OAS 3.1 validator whose `#/components/...` references resolve in the spec."""
    document = {**schema, "components": load_spec()["components"]}
    if formats:
        return OAS31Validator(document, format_checker=_REQUEST_FORMATS)
    return OAS31Validator(document)


@dataclass(frozen=True)
class Parameter:
    name: str
    location: Literal["path", "query"]
    required: bool
    schema: Mapping[str, Any]


@dataclass(frozen=True)
class Media:
    """One documented response body: its media type, schema and example."""

    media_type: str
    schema: Mapping[str, Any] | None
    example: Any
    validator: Any = field(compare=False, repr=False)


@dataclass(frozen=True)
class Reply:
    """What a handler answers: a status and a JSON value (or bytes for a binary media type)."""

    status: int
    body: Any
    media_type: str = JSON_MEDIA


@dataclass(frozen=True)
class Operation:
    op_id: str
    method: str
    path: str
    auth: Auth
    parameters: tuple[Parameter, ...]
    body_schema: Mapping[str, Any] | None
    responses: Mapping[int, Mapping[str, Media]]
    _path_validator: Any = field(compare=False, repr=False)
    _query_validator: Any = field(compare=False, repr=False)
    _body_validator: Any = field(compare=False, repr=False)

    def example(self, status: int, media_type: str = JSON_MEDIA) -> Any:
        """A deep copy of the documented example: handlers change the copy, never the spec."""
        return copy.deepcopy(self.responses[status][media_type].example)

    # ---- requests

    def path_values(self, path_params: Mapping[str, str]) -> dict[str, Any] | None:
        """Typed path values, or None when one breaks its schema (the route does not match)."""
        values = {
            p.name: _coerce(path_params[p.name], p.schema)
            for p in self.parameters
            if p.location == "path"
        }
        return values if self._path_validator.is_valid(values) else None

    def query_values(self, query: Sequence[tuple[str, str]]) -> tuple[dict[str, Any], FieldErrors]:
        """Typed query values (read as their schema's type) and Laravel's errors for them."""
        last = dict(query)  # PHP keeps the last of repeated keys
        values = {
            p.name: _coerce(last[p.name], p.schema)
            for p in self.parameters
            # Laravel reads empty query strings as absent (ConvertEmptyStringsToNull).
            if p.location == "query" and last.get(p.name, "") != ""
        }
        return values, field_errors(self._query_validator.iter_errors(values))

    def body_values(self, raw: bytes) -> tuple[dict[str, Any], FieldErrors]:
        """The JSON body (an unreadable or non-object body counts as empty, as in Laravel)."""
        if self.body_schema is None:
            return {}, {}
        try:
            body = json.loads(raw, parse_float=_finite, parse_constant=_no_constant)
            # Unpaired UTF-16 surrogates (`"\ud835"`) decode in Python but PHP refuses them.
            json.dumps(body, ensure_ascii=False).encode("utf-8")
        except (ValueError, UnicodeError):  # also: empty, not UTF-8, too many digits
            body = {}
        if not isinstance(body, dict):
            body = {}
        return body, field_errors(self._body_validator.iter_errors(body))

    # ---- responses

    def documented(self, status: int) -> Mapping[str, Media]:
        if status in self.responses:
            return self.responses[status]
        if status in GENERIC_ERRORS:
            return _generic_error(status)
        raise SpecViolation(f"{self.op_id}: status {status} is not documented")

    def check(self, reply: Reply) -> None:
        """Raise SpecViolation unless the spec documents this status, media type and body."""
        media = self.documented(reply.status).get(reply.media_type)
        if media is None:
            raise SpecViolation(
                f"{self.op_id} {reply.status}: media type {reply.media_type} is not documented"
            )
        if reply.media_type != JSON_MEDIA:
            if not isinstance(reply.body, bytes):
                raise SpecViolation(f"{self.op_id} {reply.status}: a binary body must be bytes")
            return
        if media.validator is None:  # documented without a schema: any JSON will do
            return
        problems = [
            f"{'/'.join(str(p) for p in error.absolute_path) or '<body>'}: {error.message}"
            for error in media.validator.iter_errors(reply.body)
        ]
        if problems:
            raise SpecViolation(f"{self.op_id} {reply.status}: " + "; ".join(problems))


def _finite(text: str) -> float:
    """JSON numbers beyond a double (`1e400`) make the body unreadable, as in PHP."""
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number out of range: {text}")
    return value


def _no_constant(text: str) -> Any:
    raise ValueError(f"not JSON: {text}")  # NaN, Infinity, -Infinity


def _coerce(raw: str, schema: Mapping[str, Any]) -> Any:
    """A query or path string as its schema's type, or unchanged so the type check names it."""
    kind = schema.get("type")
    if kind == "integer" and _INTEGER.match(raw):
        return int(raw)
    if kind == "number" and _NUMBER.match(raw):
        number = float(raw)
        return int(number) if number.is_integer() else number
    if kind == "boolean" and raw.lower() in {"true", "false", "1", "0"}:
        return raw.lower() in {"true", "1"}
    return raw


def _medias(response: Mapping[str, Any]) -> dict[str, Media]:
    found = {}
    for media_type, media in resolve(response).get("content", {}).items():
        schema = media.get("schema")
        validator = _validator(schema, formats=False) if schema is not None else None
        found[media_type] = Media(media_type, schema, media.get("example"), validator)
    return found


@cache
def _generic_error(status: int) -> Mapping[str, Media]:
    response = load_spec()["components"]["responses"][GENERIC_ERRORS[status]]
    return _medias(response)


def _auth(op: Mapping[str, Any]) -> Auth:
    requirements = op.get("security", load_spec().get("security", []))
    if not requirements:
        return "none"
    # `{}` among the alternatives means "a token is optional".
    return "optional" if any(not req for req in requirements) else "required"


def _parameters_validator(parameters: tuple[Parameter, ...], location: str) -> Any:
    """One validator for all parameters of a location, as an object (names become fields)."""
    chosen = [p for p in parameters if p.location == location]
    schema = {
        "type": "object",
        "properties": {p.name: p.schema for p in chosen},
        "required": [p.name for p in chosen if p.required],
    }
    return _validator(schema, formats=True)


def _operation(op_id: str, method: str, path: str, op: Mapping[str, Any]) -> Operation:
    parameters = tuple(
        Parameter(
            name=p["name"],
            location=p["in"],
            required=bool(p.get("required", False)),
            schema=p.get("schema", {}),
        )
        for p in (resolve(node) for node in op.get("parameters", []))
        if p["in"] in {"path", "query"}
    )
    body_schema = None
    if "requestBody" in op:
        body_schema = resolve(op["requestBody"])["content"][JSON_MEDIA]["schema"]
    return Operation(
        op_id=op_id,
        method=method,
        path=path,
        auth=_auth(op),
        parameters=parameters,
        body_schema=body_schema,
        responses={int(status): _medias(resp) for status, resp in op["responses"].items()},
        _path_validator=_parameters_validator(parameters, "path"),
        _query_validator=_parameters_validator(parameters, "query"),
        _body_validator=_validator(body_schema, formats=True) if body_schema else None,
    )


@cache
def load_operations() -> tuple[Operation, ...]:
    """Every operation of the spec, validators compiled once per process."""
    return tuple(
        _operation(op_id, method, path, op) for op_id, (method, path, op) in operations().items()
    )


def operation(op_id: str) -> Operation:
    return next(op for op in load_operations() if op.op_id == op_id)
