"""Authentication: login issues a bearer token that lives `token_ttl` seconds of fake time."""

from __future__ import annotations

from tests.sandbox.call import Call
from tests.sandbox.contract import Reply
from tests.sandbox.laravel import Unauthenticated


def login(call: Call) -> Reply:
    token = call.state.login(call.body["email"], call.body["password"])
    if token is None:
        raise Unauthenticated("Invalid credentials.")
    body = call.op.example(200)
    body.update(access_token=token, expires_in=call.state.options.token_ttl)
    return Reply(200, body)


HANDLERS = {"login": login}
