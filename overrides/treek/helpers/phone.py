"""Saudi mobile numbers in the `+9665XXXXXXXX` form Treek expects."""

from __future__ import annotations

import re

from ..errors import InvalidInputError

_SEPARATORS = re.compile(r"[\s\-().\u200e\u200f\u202a-\u202e]")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_COUNTRY = re.compile(r"^(?:\+|00)?966")
_LOCAL = re.compile(r"5\d{8}")


def normalize_saudi_phone(raw: str) -> str:
    """`+9665XXXXXXXX` from the ways people write a Saudi mobile number.

    Accepts `0501234567`, `501234567`, `966501234567`, `+966 50 123 4567`, `00966501234567`,
    `+9660501234567` and Arabic-Indic digits. Raises InvalidInputError (a ValueError) otherwise.
    """
    if not isinstance(raw, str):
        raise InvalidInputError(f"a phone number must be text, got {type(raw).__name__}")
    text = _SEPARATORS.sub("", raw.translate(_DIGITS))
    text = _COUNTRY.sub("", text, count=1)
    text = text.removeprefix("0")
    if not _LOCAL.fullmatch(text):
        raise InvalidInputError(
            f"{raw!r} is not a Saudi mobile number (expected 05XXXXXXXX or +9665XXXXXXXX)"
        )
    return "+966" + text
