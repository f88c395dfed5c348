"""Call any generated operation from the spec's examples (path parameters and request bodies)."""

from __future__ import annotations

import importlib
import typing
from collections.abc import Callable
from types import ModuleType
from typing import Any

from tests.spec import operations, resolve

Call = Callable[..., Any]


def module_for(op_id: str) -> ModuleType:
    _, _, op = operations()[op_id]
    tag = op["tags"][0].lower().replace(" ", "_")
    return importlib.import_module(f"treek_client.api.{tag}.{op_id}")


def example_arguments(op_id: str) -> dict[str, Any]:
    """Keyword arguments for `sync`/`asyncio`, from the examples in the spec."""
    _, _, op = operations()[op_id]
    module = module_for(op_id)
    arguments: dict[str, Any] = {}
    for parameter in map(resolve, op.get("parameters", [])):
        if parameter["in"] == "path":
            arguments[parameter["name"]] = parameter["example"]
    if "requestBody" in op:
        example = op["requestBody"]["content"]["application/json"]["example"]
        body_type = typing.get_type_hints(module.sync)["body"]
        arguments["body"] = body_type.from_dict(example)
    return arguments


def success_type(op_id: str) -> Any:
    return typing.get_type_hints(module_for(op_id).sync)["return"]


def success_example(op_id: str) -> tuple[int, str, Any]:
    """(status, content type, example) of the operation's first success response."""
    _, _, op = operations()[op_id]
    for status, response in op["responses"].items():
        if status.startswith("2"):
            ctype, media = next(iter(resolve(response)["content"].items()))
            return int(status), ctype, media["example"]
    raise LookupError(op_id)
