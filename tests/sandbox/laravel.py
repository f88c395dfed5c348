"""Laravel's error answers: the exceptions handlers raise and the 422 messages Laravel would write.

The message texts are Laravel's English defaults (lang/en/validation.php), with the attribute
shown as Laravel shows it: the field path with `_` turned into spaces (`receiver phone`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from jsonschema.exceptions import ValidationError

JSON = dict[str, Any]
FieldErrors = dict[str, list[str]]


class ApiError(Exception):
    """An error answer: a status and a Laravel-style JSON body."""

    def __init__(self, status: int, body: JSON) -> None:
        super().__init__(f"{status}: {body.get('message')}")
        self.status = status
        self.body = body


class Unauthenticated(ApiError):
    def __init__(self, message: str = "Unauthenticated.") -> None:
        super().__init__(401, {"message": message})


class Forbidden(ApiError):
    def __init__(self) -> None:
        super().__init__(403, {"message": "This action is unauthorized."})


class NotFound(ApiError):
    def __init__(self, what: str) -> None:
        super().__init__(404, {"message": f"{what} not found."})


class RouteNotFound(ApiError):
    def __init__(self, path: str) -> None:
        super().__init__(404, {"message": f"The route {path.lstrip('/')} could not be found."})


class Invalid(ApiError):
    """422 with `{"message": "<first> (and N more errors)", "errors": {field: [messages]}}`."""

    def __init__(self, errors: FieldErrors, message: str | None = None) -> None:
        self.errors = errors
        super().__init__(422, {"message": message or summarize(errors), "errors": errors})


def invalid(field: str, message: str) -> Invalid:
    return Invalid({field: [message]})


def summarize(errors: FieldErrors) -> str:
    """Laravel's ValidationException::summarize."""
    messages = [m for field_messages in errors.values() for m in field_messages]
    if not messages:
        return "The given data was invalid."
    more = len(messages) - 1
    if more == 0:
        return messages[0]
    return f"{messages[0]} (and {more} more {'error' if more == 1 else 'errors'})"


def attribute(field: str) -> str:
    return field.replace("_", " ")


def required(field: str) -> str:
    return f"The {attribute(field)} field is required."


def selected_invalid(field: str) -> str:
    """Laravel's `exists` / `in` message."""
    return f"The selected {attribute(field)} is invalid."


_TYPE_MESSAGES = {
    "string": "must be a string",
    "integer": "must be an integer",
    "number": "must be a number",
    "boolean": "must be true or false",
    "array": "must be an array",
    "object": "must be an array",  # Laravel calls JSON objects arrays too
}


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _expected_type(error: ValidationError) -> str:
    expected: Any = error.validator_value
    names = [expected] if isinstance(expected, str) else list(expected)
    return next((name for name in names if name != "null"), "string")


# Laravel's message for the rule that means the same as each bounded jsonschema keyword.
_BOUND_MESSAGES = {
    "minLength": "must be at least {} characters",
    "maxLength": "must not be greater than {} characters",
    "minimum": "must be at least {}",
    "maximum": "must not be greater than {}",
    "exclusiveMinimum": "must be greater than {}",
    "exclusiveMaximum": "must be less than {}",
    "minItems": "must have at least {} items",
    "maxItems": "must not have more than {} items",
}


def _sentence(error: ValidationError, field: str) -> str:
    """One jsonschema failure as the sentence of the Laravel rule that means the same."""
    keyword, value, name = error.validator, error.validator_value, attribute(field)
    if keyword == "type":
        return f"The {name} field {_TYPE_MESSAGES.get(_expected_type(error), 'is invalid')}."
    if keyword in _BOUND_MESSAGES:
        return f"The {name} field {_BOUND_MESSAGES[keyword].format(_number(value))}."
    if keyword == "pattern":
        return f"The {name} field format is invalid."
    if keyword in {"enum", "const"}:
        return selected_invalid(field)
    if keyword == "format" and value == "email":
        return f"The {name} field must be a valid email address."
    if keyword == "format" and value in {"date", "date-time"}:
        return f"The {name} field must be a valid date."
    return f"The {name} field is invalid."


def _dotted(parts: Iterable[Any]) -> str:
    return ".".join(str(part) for part in parts)


def field_errors(errors: Iterable[ValidationError]) -> FieldErrors:
    """jsonschema failures -> Laravel's `errors` object, fields in the order they failed.

    jsonschema walks a schema's keywords in document order (`required` before `properties`,
    properties in their declared order), so the result is stable and follows the spec.
    """
    found: FieldErrors = {}

    def add(field: str, message: str) -> None:
        messages = found.setdefault(field, [])
        if message not in messages:
            messages.append(message)

    for error in errors:
        path = list(error.absolute_path)
        if error.validator == "required":
            # One error per missing property; name them all from the instance itself.
            instance = error.instance if isinstance(error.instance, dict) else {}
            missing = cast(list[str], error.validator_value)
            for prop in missing:
                if prop not in instance:
                    field = _dotted([*path, prop])
                    add(field, required(field))
            continue
        field = _dotted(path) or "body"
        add(field, _sentence(error, field))
    return found
