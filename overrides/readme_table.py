"""Rewrite the README's operation table from `openapi/treek.yaml` (run by `make regenerate`).

The table sits between the `operations-table` markers; `--check` exits 1 when it is stale.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "treek.yaml"
README = ROOT / "README.md"
START, END = "<!-- operations-table:start -->", "<!-- operations-table:end -->"
METHODS = ("get", "post", "put", "patch", "delete")


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) for every operation, in the document's order."""
    return [
        (method.upper(), path, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS
    ]


def module_name(tag: str) -> str:
    return tag.lower().replace(" ", "_")


def table(spec: dict[str, Any]) -> str:
    rows = [
        "| module | function | method | path | source | status | what is known |",
        "|---|---|---|---|---|---|---|",
    ]
    for method, path, op in operations(spec):
        source = op["x-treek-source"]
        if "externalDocs" in op:
            source = f"[{source}]({op['externalDocs']['url']})"
        rows.append(
            f"| `{module_name(op['tags'][0])}` | `{op['operationId']}` | {method} | `{path}` "
            f"| {source} | {op.get('x-treek-status', '')} | {op['x-treek-evidence']} |"
        )
    return "\n".join(rows)


def render(readme: str, spec: dict[str, Any]) -> str:
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{table(spec)}\n{END}{tail}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the table is stale")
    args = parser.parse_args()
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    current = README.read_text(encoding="utf-8")
    wanted = render(current, spec)
    if args.check:
        if wanted != current:
            print("README.md's operation table is stale; run `make regenerate`")
            return 1
        return 0
    README.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
