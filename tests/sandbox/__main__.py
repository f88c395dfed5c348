"""`python -m tests.sandbox --port 8000`: serve the Treek sandbox until Ctrl-C.

`python -m tests.sandbox -- COMMAND ...` instead starts it on a free port, runs COMMAND with
TREEK_BASE_URL, TREEK_EMAIL and TREEK_PASSWORD pointing at it, and stops it afterwards, even
when COMMAND fails (this is `make demo`).
"""

from __future__ import annotations

import argparse
import os
import subprocess

from tests.sandbox.seed import MERCHANT_EMAIL, SANDBOX_PASSWORD
from tests.sandbox.server import serve, start_sandbox


def run_with_sandbox(command: list[str], *, token_ttl: int) -> int:
    with start_sandbox(token_ttl=token_ttl) as server:
        env = {
            **os.environ,
            "TREEK_BASE_URL": server.base_url,
            "TREEK_EMAIL": MERCHANT_EMAIL,
            "TREEK_PASSWORD": SANDBOX_PASSWORD,
        }
        print(f"(Treek sandbox on {server.base_url})", flush=True)
        return subprocess.run(command, env=env, check=False).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.sandbox",
        description="A local, in-memory Treek API that behaves as openapi/treek.yaml says.",
    )
    parser.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (0: any free)")
    parser.add_argument(
        "--token-ttl", type=int, default=3600, help="token lifetime in sandbox seconds"
    )
    parser.add_argument("--quiet", action="store_true", help="no access log")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- COMMAND to run against it")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if command:
        return run_with_sandbox(command, token_ttl=args.token_ttl)
    return serve(port=args.port, token_ttl=args.token_ttl, access_log=not args.quiet)


if __name__ == "__main__":
    raise SystemExit(main())
