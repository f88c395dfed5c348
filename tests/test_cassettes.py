"""The cassettes: every operation replayed at least once, and no secret in any of them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from tests.replay.scrub import REDACTED, SECRET_HEADERS, SECRET_KEYS
from tests.spec import operations

CASSETTES = Path(__file__).parent / "cassettes"
ALL = sorted(CASSETTES.rglob("*.yaml"))


def _interactions(path: Path) -> list[dict[str, Any]]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return list(data["interactions"])


def _operation(method: str, path: str) -> str | None:
    for op_id, (op_method, template, _) in operations().items():
        pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$"
        if op_method == method and re.match(pattern, path):
            return op_id
    return None


def test_there_are_cassettes() -> None:
    assert len(ALL) >= 15


def test_every_operation_is_replayed_from_a_cassette() -> None:
    seen: set[str | None] = set()
    for path in ALL:
        for interaction in _interactions(path):
            request = interaction["request"]
            seen.add(_operation(request["method"], urlsplit(request["uri"]).path))
    # /api/orders/statuses also fits /api/orders/{id}: both are listed in the cassettes anyway
    assert seen - {None} == set(operations()), sorted(set(operations()) - seen)


def _secrets_in(node: Any, login: bool = False, trail: str = "") -> list[str]:
    """Paths of secret-looking keys whose value is not `<REDACTED>` (the email too, for login)."""
    keys = SECRET_KEYS | {"email"} if login else SECRET_KEYS
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if str(key).lower() in keys and value != REDACTED:
                found.append(f"{trail}.{key}")
            found += _secrets_in(value, login, f"{trail}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _secrets_in(value, login, f"{trail}[{index}]")
    return found


def _json_or_none(text: Any) -> Any:
    try:
        return yaml.safe_load(text) if isinstance(text, str) and text.startswith("{") else None
    except yaml.YAMLError:
        return None


@pytest.mark.parametrize("path", ALL, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_no_secret_in_a_cassette(path: Path) -> None:
    problems: list[str] = []
    for number, interaction in enumerate(_interactions(path)):
        request, response = interaction["request"], interaction["response"]
        login = request["uri"].endswith("/api/auth/login")
        for name, values in {**request["headers"], **response["headers"]}.items():
            if name.lower() in SECRET_HEADERS and values != [REDACTED]:
                problems.append(f"#{number} header {name}")
        for label, text in (("request", request["body"]), ("response", response["body"]["string"])):
            problems += [f"#{number} {label} {p}" for p in _secrets_in(_json_or_none(text), login)]
        raw = path.read_text(encoding="utf-8")
        if re.search(r"Bearer\s+(?!<REDACTED>)\S", raw) or "sandbox-token-" in raw:
            problems.append("a bearer token in the file")
    assert problems == []


def test_the_secret_check_catches_a_leak() -> None:
    leaked = {"data": {"access_token": "abc"}, "user": {"password": "x", "email": "a@b.c"}}
    assert _secrets_in(leaked) == [".data.access_token", ".user.password"]
    assert _secrets_in(leaked, login=True) == [
        ".data.access_token",
        ".user.password",
        ".user.email",
    ]
