"""The sandbox's fake clock: time moves only when the sandbox writes, so runs are reproducible."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

# One second before the docs' Cancel Order example was stamped (`updated_at` 09:30:17): a fresh
# sandbox whose first write cancels order 43978 answers exactly the docs' body.
SANDBOX_EPOCH = datetime(2026, 1, 5, 9, 30, 16, tzinfo=UTC)


class FakeClock:
    """A clock that stands still until told: `tick()` on every write, `advance()` in tests."""

    def __init__(self, start: datetime = SANDBOX_EPOCH, step_seconds: int = 1) -> None:
        if start.tzinfo is None:
            raise ValueError("the sandbox clock needs an aware datetime (UTC)")
        self._now = start.astimezone(UTC)
        self._step = timedelta(seconds=step_seconds)

    def now(self) -> datetime:
        return self._now

    def tick(self) -> datetime:
        """Move one step forward and answer the new time: the stamp of one write."""
        self._now += self._step
        return self._now

    def advance(self, seconds: float) -> None:
        """Jump forward, e.g. past a token's lifetime, without sleeping."""
        self._now += timedelta(seconds=seconds)


def iso(moment: datetime) -> str:
    """Laravel's JSON timestamp: `2026-01-05T08:51:12.000000Z`."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def laravel_date(moment: datetime) -> str:
    """The Order's `date` column as Treek shows it: `2026-01-05 08:51:12`."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)
