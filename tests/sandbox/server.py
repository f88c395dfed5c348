"""Serving the sandbox with uvicorn: a background thread for tests, the foreground for people."""

from __future__ import annotations

import signal
import socket
import ssl
import sys
import threading
import time
from types import TracebackType
from typing import Any

import uvicorn

from tests.sandbox.app import SandboxApp
from tests.sandbox.seed import MERCHANT_EMAIL, OTHER_MERCHANT_EMAIL, SANDBOX_PASSWORD
from tests.sandbox.state import SandboxOptions, SandboxState

# One TLS context for the httpx clients tests open on the sandbox: httpx builds one per client
# (~20 ms) otherwise; the sandbox is plain http, so it is never used.
CLIENT_TLS = ssl.create_default_context()
HOST = "127.0.0.1"  # never anything else: the sandbox is for this machine only


def _config(app: SandboxApp, *, access_log: bool) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        log_level="info" if access_log else "warning",
        access_log=access_log,
        lifespan="off",
        # No `date`/`server` headers: the same requests get byte-identical answers.
        date_header=False,
        server_header=False,
        timeout_graceful_shutdown=2,
    )


def _bind(port: int) -> socket.socket:
    # proto=IPPROTO_TCP matters: asyncio sets TCP_NODELAY on accepted connections only when the
    # listening socket says TCP; without it every keep-alive answer waits ~40 ms (Nagle).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((HOST, port))
        # Listening now (uvicorn listens again, harmlessly) queues early clients instead of
        # refusing them, so the printed URL works as soon as it is printed.
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    return sock


class SandboxServer:
    """A sandbox served from a background thread; `stop()` (or leaving `with`) shuts it down."""

    def __init__(self, app: SandboxApp, sock: socket.socket, startup_timeout: float) -> None:
        self.app = app
        self.port: int = sock.getsockname()[1]
        self.base_url = f"http://{HOST}:{self.port}"
        self._server = uvicorn.Server(_config(app, access_log=False))
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="treek-sandbox", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + startup_timeout
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the sandbox server stopped while starting")
            if time.monotonic() > deadline:
                self.stop()
                raise TimeoutError(f"the sandbox did not start within {startup_timeout} s")
            time.sleep(0.002)

    @property
    def state(self) -> SandboxState:
        return self.app.state

    def reset(self, **options: Any) -> SandboxState:
        """Fresh seed data and tokens; the starting options changed as given (SandboxOptions)."""
        return self.app.reset(**options)

    def take_errors(self) -> list[str]:
        """The sandbox bugs seen since the last call (answers the spec forbids, crashes)."""
        return self.app.take_errors()

    def stop(self, timeout: float = 5.0) -> None:
        self._server.should_exit = True
        self._thread.join(timeout)

    def __enter__(self) -> SandboxServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def start_sandbox(*, port: int = 0, startup_timeout: float = 5.0, **options: Any) -> SandboxServer:
    """Start a sandbox on 127.0.0.1 (a free port unless given) and wait until it accepts calls.

    `options` are SandboxOptions fields: token_ttl, clock, public_url, per_page.
    """
    return SandboxServer(SandboxApp(SandboxOptions(**options)), _bind(port), startup_timeout)


def banner(base_url: str, token_ttl: int) -> str:
    return "\n".join(
        [
            f"Treek sandbox on {base_url}  (Ctrl-C to stop)",
            f"  merchant:       {MERCHANT_EMAIL} / {SANDBOX_PASSWORD}",
            f"  other merchant: {OTHER_MERCHANT_EMAIL} / {SANDBOX_PASSWORD}  (owns orders 43971-2)",
            f"  tokens live {token_ttl} s of sandbox time (the clock moves 1 s per write)",
            "  try:",
            f"    curl -s {base_url}/api/auth/login -H 'Content-Type: application/json' \\",
            f'      -d \'{{"email": "{MERCHANT_EMAIL}", "password": "{SANDBOX_PASSWORD}"}}\'',
        ]
    )


def serve(*, port: int, token_ttl: int = 3600, access_log: bool = True) -> int:
    """Serve in the foreground until Ctrl-C or SIGTERM; answers the process's exit status."""
    try:
        sock = _bind(port)
    except OSError as error:
        print(f"cannot listen on {HOST}:{port}: {error.strerror}", file=sys.stderr)
        return 1
    app = SandboxApp(SandboxOptions(token_ttl=token_ttl))
    print(banner(f"http://{HOST}:{sock.getsockname()[1]}", token_ttl), flush=True)
    # uvicorn shuts down gracefully on SIGINT/SIGTERM and then re-raises the signal to the
    # handlers it found: make those no-ops, so a requested stop ends with status 0.
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: None)
    uvicorn.Server(_config(app, access_log=access_log)).run(sockets=[sock])
    print("Treek sandbox stopped.", flush=True)
    return 0
