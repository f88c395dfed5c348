"""The Treek sandbox (tests/sandbox) fixtures: one server per session, fresh state per test."""

from __future__ import annotations

import os
from collections.abc import Iterator

import httpx
import pytest
from hypothesis import settings

from tests.sandbox import CLIENT_TLS, SandboxApp, SandboxServer, start_sandbox


@pytest.fixture(scope="session")
def _sandbox_server() -> Iterator[SandboxServer]:
    # Starting is fast but uvicorn needs ~0.1 s to stop: share one server, reset its state.
    with start_sandbox() as server:
        yield server


@pytest.fixture
def sandbox(_sandbox_server: SandboxServer) -> Iterator[SandboxServer]:
    """A running sandbox with fresh seed data; `.base_url`, `.state`, `.reset(**options)`."""
    _sandbox_server.reset()
    yield _sandbox_server
    errors = _sandbox_server.take_errors()
    assert not errors, "the sandbox answered against the spec:\n" + "\n".join(errors)


@pytest.fixture
def http(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    """A plain httpx client on the sandbox (no SDK), for tests of the sandbox itself."""
    with httpx.Client(
        base_url=sandbox.base_url, headers={"Accept": "application/json"}, verify=CLIENT_TLS
    ) as c:
        yield c


@pytest.fixture
def sandbox_app(sandbox: SandboxServer) -> SandboxApp:
    """The running sandbox's app (its state, options and recorded errors)."""
    return sandbox.app


# CI runs hypothesis derandomized: the same examples every run, so a red build is reproducible;
# local runs keep exploring new examples.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")
