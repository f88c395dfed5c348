"""The examples and the README's quick start run, as users will run them, against the sandbox."""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
from pathlib import Path

from tests.sandbox import MERCHANT_EMAIL, SANDBOX_PASSWORD, SandboxServer
from tests.spec import ROOT


def _run(sandbox: SandboxServer, *args: str, cwd: Path = ROOT) -> str:
    env = {
        **os.environ,
        "TREEK_BASE_URL": sandbox.base_url,
        "TREEK_EMAIL": MERCHANT_EMAIL,
        "TREEK_PASSWORD": SANDBOX_PASSWORD,
    }
    result = subprocess.run(
        [sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_the_demo_ships_and_cancels_an_order(sandbox: SandboxServer, tmp_path: Path) -> None:
    os.environ["TREEK_DEMO_OUT"] = str(tmp_path)
    try:
        out = _run(sandbox, "examples/ship_an_order.py")
    finally:
        del os.environ["TREEK_DEMO_OUT"]
    steps = [int(m) for m in re.findall(r"^ ?(\d+)\. ", out, flags=re.MULTILINE)]
    assert steps == list(range(1, 10)), out
    assert "Found الرياض" in out and "Cancelled: status canceled" in out
    assert "HTTP 422" in out and "receiver_phone" in out
    invoice = next(tmp_path.glob("invoice-*.pdf"))
    assert invoice.read_bytes().startswith(b"%PDF")


def test_bulk_status_refresh(sandbox: SandboxServer) -> None:
    lines = _run(sandbox, "examples/refresh_statuses.py", "43977", "43978", "43971", "1").split(
        "\n"
    )
    assert "43977\tpending" in lines
    assert any(line.startswith("43971\terror: ") for line in lines)  # another merchant's
    assert any(line.startswith("1\terror: ") for line in lines)  # no such order


def test_csv_export_has_every_order(sandbox: SandboxServer, tmp_path: Path) -> None:
    target = tmp_path / "orders.csv"
    assert "wrote 6 orders" in _run(sandbox, "examples/export_orders_csv.py", str(target))
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert len(rows) == 6 and {row["status"] for row in rows} >= {"pending", "delivered"}


def test_the_readme_quick_start_runs(sandbox: SandboxServer, tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    script = tmp_path / "quick_start.py"
    script.write_text(quick_start, encoding="utf-8")
    awb, link = _run(sandbox, str(script)).split()
    assert awb.startswith("SBX") and link.startswith("https://")
