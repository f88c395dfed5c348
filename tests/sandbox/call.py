"""What a handler gets (a validated call) and the helpers to answer it in the spec's shapes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tests.sandbox.contract import Operation, Reply
from tests.sandbox.pagination import paginate
from tests.sandbox.seed import Account
from tests.sandbox.state import SandboxState

JSON = dict[str, Any]


@dataclass(frozen=True)
class Call:
    """One request that passed the bearer check and the spec's parameter and body schemas."""

    op: Operation
    state: SandboxState
    account: Account | None
    params: JSON
    body: JSON
    query: Sequence[tuple[str, str]]
    url: str
    """The request's URL without its query string (the base is `public_url` when set)."""

    @property
    def me(self) -> Account:
        if self.account is None:  # only operations without security have no account
            raise RuntimeError(f"{self.op.op_id} needs an authenticated account")
        return self.account

    def envelope(self, data: Any, message: str | None = None, status: int = 200) -> Reply:
        """The documented example for `status` with its `data` (and `message`) replaced."""
        body = self.op.example(status)
        body["data"] = data
        if message is not None:
            body["message"] = message
        return Reply(status, body)

    def page(self, items: Sequence[JSON]) -> Reply:
        """A Laravel page of `items` in the documented list shape."""
        body = self.op.example(200)
        body.update(
            paginate(
                items,
                page=self.params.get("page", 1),
                per_page=self.params.get("per_page", self.state.options.per_page),
                path=self.url,
                query=self.query,
            )
        )
        return Reply(200, body)
