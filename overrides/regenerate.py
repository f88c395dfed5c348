"""Regenerate `generated/treek_client` from `openapi/treek.yaml` (run by `make regenerate`).

The pipeline is: openapi-python-client (pinned in pyproject.toml) with the config in
`generator-config.yaml` and the custom templates in `overrides/templates/`, then the pinned ruff
to drop unused imports and format, then the PEP 561 marker. ruff runs `--isolated` so that the
output depends only on these pinned tools and the flags below, never on a user's ruff settings.

`python overrides/regenerate.py --check` generates into a temporary folder and exits 1 if it
differs from `generated/` (nobody edits generated code by hand).
"""

from __future__ import annotations

import argparse
import filecmp
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "treek.yaml"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "overrides" / "templates"
PACKAGE = "treek_client"
TARGET = ROOT / "generated" / PACKAGE
BIN = Path(sys.executable).parent


def generate(destination: Path) -> None:
    """Write a fresh `treek_client` package to `destination` (replaced if it exists)."""
    subprocess.run(
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(SPEC),
            "--config",
            str(CONFIG),
            "--custom-template-path",
            str(TEMPLATES),
            "--meta",
            "none",
            "--output-path",
            str(destination),
            "--overwrite",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    ruff = str(BIN / "ruff")
    common = ["--isolated", "--line-length", "100", "--target-version", "py311"]
    subprocess.run(
        [ruff, "check", *common, "--select", "F401,I", "--fix-only", "--quiet", str(destination)],
        check=True,
    )
    subprocess.run([ruff, "format", *common, "--quiet", str(destination)], check=True)
    (destination / "py.typed").write_text("# Marker file for PEP 561\n")


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths that differ between two trees (added, removed or changed)."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        for name in cmp.left_only + cmp.right_only + cmp.diff_files + cmp.funny_files:
            found.append(prefix + name)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return sorted(found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ is stale")
    args = parser.parse_args()
    if not args.check:
        generate(TARGET)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / PACKAGE
        generate(fresh)
        stale = differences(fresh, TARGET)
    if stale:
        print(
            "generated/ differs from a fresh generation; run `make regenerate`:", *stale, sep="\n  "
        )
        return 1
    print("generated/ matches openapi/treek.yaml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
