"""Bad input from the user, for every operation: a clear TreekError before or after the request.

Hypothesis mangles the spec's example arguments (path values, query values, bodies and their
fields) and calls the operation on the sandbox over loopback. Every call must end in the success
model or a `treek.TreekError` (InvalidInputError before sending, ValidationError/NotFoundError
and friends after): never a bare AttributeError/TypeError, never a hang.
"""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.calls import example_arguments, module_for, success_type
from tests.sandbox import MERCHANT_EMAIL, SANDBOX_PASSWORD, SandboxServer
from tests.spec import operations, resolve
from treek import InvalidInputError, RetryPolicy, TreekClient, TreekError
from treek_client.types import UNSET

junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(),
    st.text(max_size=12),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
    st.just(UNSET),
)


def _query_names(op_id: str) -> list[str]:
    _, _, op = operations()[op_id]
    return [p["name"] for p in map(resolve, op.get("parameters", [])) if p["in"] == "query"]


# Operations that take arguments (the others have nothing a user could get wrong).
WITH_ARGUMENTS = sorted(op for op in operations() if example_arguments(op) or _query_names(op))


@st.composite
def bad_calls(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    op_id = draw(st.sampled_from(WITH_ARGUMENTS))
    arguments = example_arguments(op_id)
    targets = [name for name in arguments if name != "body"] + _query_names(op_id)
    body = arguments.get("body")
    if body is not None:
        targets += ["body"] + [f"body.{a.name}" for a in attrs.fields(type(body))]
    for target in draw(st.lists(st.sampled_from(targets), min_size=1, max_size=3, unique=True)):
        if target.startswith("body."):
            if attrs.has(type(arguments["body"])):  # not if the body itself was replaced
                setattr(arguments["body"], target.removeprefix("body."), draw(junk))
        else:
            arguments[target] = draw(junk)
    return op_id, arguments


def test_bad_arguments_end_in_a_treek_error_for_every_operation(sandbox: SandboxServer) -> None:
    seen: dict[str, int] = {"before": 0, "after": 0, "ok": 0}
    client = TreekClient(
        MERCHANT_EMAIL,
        SANDBOX_PASSWORD,
        base_url=sandbox.base_url,
        timeout=5,
        retry_policy=RetryPolicy(max_retries=0),
    )
    with client:

        @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
        @given(bad_calls())
        def check(case: tuple[str, dict[str, Any]]) -> None:
            op_id, arguments = case
            try:
                result = module_for(op_id).sync(client=client, **arguments)
            except InvalidInputError as error:
                assert op_id in str(error) or "must" in str(error)
                seen["before"] += 1
            except TreekError:
                seen["after"] += 1
            else:
                assert isinstance(result, success_type(op_id))
                seen["ok"] += 1

        check()
    assert seen["before"] > 0 and seen["after"] > 0, seen
