"""Cassette replay: `make test` replays tests/cassettes offline; `make record` re-records them
against a fresh sandbox, `make record-live` against the real API (TREEK_EMAIL, TREEK_PASSWORD).

The same test code runs in the three modes; only where the client points changes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import attrs
import pytest
from vcr.request import Request as VcrRequest

from tests.replay.scrub import (
    CASSETTE_ORIGIN,
    SECRET_HEADERS,
    VOLATILE_HEADERS,
    keys_for,
    redact_json_bytes,
)
from tests.sandbox import MERCHANT_EMAIL, SANDBOX_PASSWORD
from treek import RetryPolicy, TreekClient

CASSETTES = Path(__file__).resolve().parent.parent / "cassettes"


@attrs.frozen
class Target:
    """Where the tests talk to: the cassettes, the sandbox, or the live API."""

    base_url: str
    email: str
    password: str
    mode: str  # "replay", "sandbox" or "live"


@pytest.fixture
def target(request: pytest.FixtureRequest) -> Target:
    if request.config.getoption("--record-mode") == "none":
        return Target(CASSETTE_ORIGIN, MERCHANT_EMAIL, SANDBOX_PASSWORD, "replay")
    if os.environ.get("TREEK_LIVE"):
        if not (os.environ.get("TREEK_EMAIL") and os.environ.get("TREEK_PASSWORD")):
            pytest.exit("make record-live needs TREEK_EMAIL and TREEK_PASSWORD", returncode=2)
        base = os.environ.get("TREEK_BASE_URL", "https://api.gotreek.com")
        return Target(base, os.environ["TREEK_EMAIL"], os.environ["TREEK_PASSWORD"], "live")
    sandbox = request.getfixturevalue("sandbox")
    sandbox.reset(public_url=CASSETTE_ORIGIN)  # pagination links name the cassettes' host
    return Target(sandbox.base_url, MERCHANT_EMAIL, SANDBOX_PASSWORD, "sandbox")


@pytest.fixture
def client(target: Target, vcr: Any) -> Iterator[TreekClient]:
    """A TreekClient on the target; no retries, so a cassette holds exactly what was asked."""
    with TreekClient(
        target.email,
        target.password,
        base_url=target.base_url,
        retry_policy=RetryPolicy(max_retries=0),
    ) as treek:
        yield treek


@pytest.fixture
def sandbox_only(target: Target) -> None:
    """For tests that rely on the sandbox's seed data (order 43978, another merchant's order)."""
    if target.mode == "live":
        pytest.skip("relies on the sandbox's seed data")


@pytest.fixture
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    """tests/cassettes/<module>/<test>.yaml"""
    return str(CASSETTES / request.module.__name__.rsplit(".", 1)[-1])


@pytest.fixture
def expire_token_on_server(target: Target, request: pytest.FixtureRequest) -> Any:
    """Make the server forget the client's token (the sandbox's clock jumps past its life).

    In replay the cassette already holds the 401 that followed; live, the call does nothing.
    """

    def expire() -> None:
        if target.mode == "sandbox":
            sandbox = request.getfixturevalue("sandbox")
            sandbox.state.clock.advance(sandbox.state.options.token_ttl + 1)

    return expire


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@pytest.fixture
def vcr_config(target: Target) -> dict[str, Any]:
    recorded_origin = _origin(target.base_url)

    def before_record_request(request: VcrRequest) -> VcrRequest:
        request.uri = request.uri.replace(recorded_origin, CASSETTE_ORIGIN, 1)
        for name in list(request.headers):
            if name.lower() in SECRET_HEADERS:
                request.headers[name] = "<REDACTED>"
            elif name.lower() in {"host", "user-agent", "content-length"}:
                del request.headers[name]
        request.body = redact_json_bytes(request.body, keys_for(request.path))
        return request

    def before_record_response(response: dict[str, Any]) -> dict[str, Any]:
        headers = response["headers"]
        for name in list(headers):
            if name.lower() in VOLATILE_HEADERS or name.lower() in SECRET_HEADERS:
                del headers[name]
        body = response["body"].get("string")
        if isinstance(body, bytes) and body:
            body = body.replace(recorded_origin.encode(), CASSETTE_ORIGIN.encode())
            redacted = redact_json_bytes(body, keys_for(""))
            response["body"]["string"] = redacted
            for name in headers:
                if name.lower() == "content-length" and isinstance(redacted, bytes):
                    headers[name] = [str(len(redacted))]
        return response

    return {
        "match_on": ["method", "path", "query", "scrubbed_body"],
        "before_record_request": before_record_request,
        "before_record_response": before_record_response,
        "decode_compressed_response": True,
        "record_on_exception": False,
    }


def _scrubbed_body(r1: VcrRequest, r2: VcrRequest) -> None:
    """Bodies match once both are scrubbed (the replay sends real credentials, the cassette not)."""
    keys = keys_for(r1.path)
    assert redact_json_bytes(r1.body, keys) == redact_json_bytes(r2.body, keys)


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    vcr.register_matcher("scrubbed_body", _scrubbed_body)
