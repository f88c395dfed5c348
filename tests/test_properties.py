"""Property: whatever a documented body turns into, a call ends in its model or a TreekError."""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.calls import example_arguments, module_for, success_example, success_type
from tests.fakes import FakeTreek
from tests.spec import operations
from treek import TreekError

JSON_OPS = sorted(op for op in operations() if success_example(op)[1] == "application/json")
scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8)
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def _slots(node: Any) -> list[tuple[Any, Any]]:
    """Every (container, key) in a JSON document."""
    found: list[tuple[Any, Any]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            found.append((node, key))
            found.extend(_slots(value))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.append((node, index))
            found.extend(_slots(value))
    return found


@st.composite
def mutated_bodies(draw: st.DrawFn) -> tuple[str, bytes]:
    op_id = draw(st.sampled_from(JSON_OPS))
    body = copy.deepcopy(success_example(op_id)[2])
    for _ in range(draw(st.integers(1, 4))):
        slots = _slots(body)
        if not slots:
            break
        container, key = draw(st.sampled_from(slots))
        if draw(st.booleans()):
            del container[key]
        else:
            container[key] = draw(json_values)
    raw = json.dumps(body).encode()
    if draw(st.integers(0, 9)) == 0:  # now and then, not even JSON
        raw = raw[: draw(st.integers(0, max(0, len(raw) - 1)))]
    return op_id, raw


def test_mutated_documented_bodies_end_in_a_model_or_a_treek_error() -> None:
    fake = FakeTreek()
    answer: list[bytes] = [b""]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/auth/login":
            return fake.handle(request)
        return httpx.Response(200, content=answer[0], headers={"content-type": "application/json"})

    outcomes = {"parsed": 0, "error": 0}
    with fake.client(httpx_args={"transport": httpx.MockTransport(handler)}) as client:

        @settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
        @given(mutated_bodies())
        def check(case: tuple[str, bytes]) -> None:
            op_id, answer[0] = case
            try:
                result = module_for(op_id).sync(client=client, **example_arguments(op_id))
            except TreekError:
                outcomes["error"] += 1
                return
            assert isinstance(result, success_type(op_id))
            outcomes["parsed"] += 1

        check()
    # Both outcomes must really happen, or the property says nothing.
    assert outcomes["parsed"] > 0 and outcomes["error"] > 0, outcomes
