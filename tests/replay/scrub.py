"""What goes into a cassette: no secret, and nothing that changes between two recordings.

Secrets (the Authorization header, login email and password, passwords, tokens) become the literal
`<REDACTED>`; the recording host becomes `CASSETTE_ORIGIN`; volatile headers are dropped.
"""

from __future__ import annotations

import json
from typing import Any

REDACTED = "<REDACTED>"
CASSETTE_ORIGIN = "http://sandbox.treek.test"  # the host cassettes name, whatever was recorded
SECRET_KEYS = frozenset(
    {
        "password",
        "current_password",
        "password_confirmation",
        "access_token",
        "token",
        "refresh_token",
    }
)
LOGIN_SECRET_KEYS = SECRET_KEYS | {"email"}
SECRET_HEADERS = frozenset({"authorization", "cookie", "set-cookie"})
VOLATILE_HEADERS = frozenset({"date", "server", "x-request-id", "cf-ray"})


def redact(node: Any, keys: frozenset[str]) -> Any:
    """A copy of a JSON document with the values under `keys` replaced, at any depth."""
    if isinstance(node, dict):
        return {k: REDACTED if k.lower() in keys else redact(v, keys) for k, v in node.items()}
    if isinstance(node, list):
        return [redact(v, keys) for v in node]
    return node


def redact_json_bytes(body: bytes | str | None, keys: frozenset[str]) -> bytes | str | None:
    """Redact a JSON body, keeping non-JSON bodies (PDFs, HTML) as they are."""
    if not body:
        return body
    try:
        document = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return body
    redacted = redact(document, keys)
    if redacted == document:
        return body  # keep the bytes as the server sent them
    return json.dumps(redacted, ensure_ascii=False).encode()


def keys_for(path: str) -> frozenset[str]:
    return LOGIN_SECRET_KEYS if path.endswith("/api/auth/login") else SECRET_KEYS
