"""The `treek` logger, reprs and error messages: useful, and never a secret in them."""

from __future__ import annotations

import logging
import subprocess
import sys
import traceback

import pytest

from tests.fakes import PASSWORD, FakeTreek, json_response
from treek import TreekClient, TreekError
from treek_client.api.orders import get_order
from treek_client.api.utilities import list_cities


def test_calls_are_logged_with_method_path_status_latency_and_retries(
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake = FakeTreek()
    fake.route("GET", "/api/cities", {"data": []})
    calls = iter([json_response(503, {}), json_response(404, {"message": "Order not found."})])
    fake.route("GET", "/api/orders/5", lambda _r: next(calls))
    with caplog.at_level(logging.DEBUG, logger="treek"), fake.client() as client:
        list_cities.sync(client=client, search="الرياض")
        with pytest.raises(TreekError):
            get_order.sync(5, client=client)
    lines = [r.getMessage() for r in caplog.records if r.name == "treek"]
    assert any(line.startswith("GET /api/cities -> 200 in ") for line in lines), lines
    assert any("GET /api/orders/5 -> 404" in line and "(retries: 1)" in line for line in lines)
    assert any(line.startswith("retrying GET /api/orders/5") for line in lines)
    assert not any("search=" in line for line in lines), "queries may carry personal data"


def test_no_secret_reaches_logs_reprs_messages_or_tracebacks(
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake = FakeTreek()
    fake.route("GET", "/api/orders/5", json_response(403, {"message": "Not your order."}))
    with caplog.at_level(logging.DEBUG), fake.client() as client:
        with pytest.raises(TreekError) as caught:
            get_order.sync(5, client=client)
        token = fake.token
        error = caught.value
        texts = [
            repr(client),
            str(client.auth),
            str(error),
            repr(error),
            "".join(traceback.format_exception(error)),
            repr(error.response.request.headers),
            caplog.text,
        ]
    assert error.response.request.headers["authorization"] == f"Bearer {token}"  # it was sent...
    for text in texts:  # ...and shown nowhere
        assert token not in text and PASSWORD not in text, text


def test_repr_hides_the_password() -> None:
    client = TreekClient("someone@example.com", "s3cret-pass-word")
    assert "s3cret" not in repr(client) and "someone@example.com" in repr(client)


def test_treek_log_env_turns_logging_on() -> None:
    code = (
        "import httpx, treek\n"
        "from treek_client.api.utilities import list_countries\n"
        "def h(r):\n"
        "    if r.url.path.endswith('login'):\n"
        "        body = {'access_token': 'tok-secret', 'expires_in': 60}\n"
        "        return httpx.Response(200, json=body)\n"
        "    return httpx.Response(200, json={'data': []})\n"
        "c = treek.TreekClient('a@example.com', 'pw-secret', base_url='https://x.test',\n"
        "    httpx_args={'transport': httpx.MockTransport(h)})\n"
        "list_countries.sync(client=c)\n"
    )
    for env, expect_logs in [({"TREEK_LOG": "debug"}, True), ({}, False)]:
        result = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PATH": "/usr/bin:/bin", **env},
        )
        assert ("GET /api/countries -> 200" in result.stderr) is expect_logs, result.stderr
        assert "secret" not in result.stderr
