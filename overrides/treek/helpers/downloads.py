"""Save an invoice or a label to a file, atomically (no half-written PDF on failure)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from treek_client.api.shipments import print_invoice
from treek_client.client import Client


def _write_atomically(path: str | os.PathLike[str], content: bytes) -> Path:
    target = Path(path)
    handle, temporary = tempfile.mkstemp(dir=target.parent or ".", prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        os.replace(temporary, target)
    except BaseException:
        os.unlink(temporary)
        raise
    return target


def download_invoice(client: Client, invoice_id: int, path: str | os.PathLike[str]) -> Path:
    invoice = print_invoice.sync(invoice_id, client=client)
    return _write_atomically(path, invoice.payload.read())


def download_label(client: Client, label_url: str, path: str | os.PathLike[str]) -> Path:
    """GET the label URL with the client's connection, retries and errors (token only for Treek)."""
    response = client.get_httpx_client().get(label_url)
    return _write_atomically(path, response.content)
