"""The `treek` logger: silent by default, `TREEK_LOG=debug` (or `info`) sends it to stderr.

Records carry the method, the path (never the query, headers or body), the status, the latency
and the retries: nothing secret can reach a log.
"""

from __future__ import annotations

import logging
import os

import httpx

logger = logging.getLogger("treek")


def configure_from_env() -> None:
    """Attach a stderr handler once when TREEK_LOG names a level; do nothing otherwise."""
    level = logging.getLevelName(os.environ.get("TREEK_LOG", "").strip().upper())
    if not isinstance(level, int) or any(getattr(h, "_treek", False) for h in logger.handlers):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    handler._treek = True  # type: ignore[attr-defined]  # marks our handler: attach it only once
    logger.addHandler(handler)
    logger.setLevel(level)


def log_exchange(response: httpx.Response, seconds: float) -> None:
    request = response.request
    logger.debug(
        "%s %s -> %d in %.1f ms (retries: %d)",
        request.method,
        request.url.path,
        response.status_code,
        seconds * 1000,
        response.extensions.get("treek_retries", 0),
    )
