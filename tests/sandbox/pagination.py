"""Laravel's LengthAwarePaginator as an API resource collection renders it: data, links, meta."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlencode

JSON = dict[str, Any]


def paginate(
    items: Sequence[JSON],
    *,
    page: int,
    per_page: int,
    path: str,
    query: Sequence[tuple[str, str]],
) -> JSON:
    """One page of `items`; the links keep the request's other query values (`withQueryString`)."""
    total = len(items)
    last_page = max(math.ceil(total / per_page), 1)
    start = (page - 1) * per_page
    data = list(items[start : start + per_page])
    kept = [(k, v) for k, v in query if k != "page"]
    kept = list(dict(kept).items())  # one value per key, the last one, as PHP reads them

    def url(number: int) -> str:
        return f"{path}?{urlencode([*kept, ('page', str(number))])}"

    return {
        "data": data,
        "links": {
            "first": url(1),
            "last": url(last_page),
            "prev": url(page - 1) if page > 1 else None,
            "next": url(page + 1) if page < last_page else None,
        },
        "meta": {
            "current_page": page,
            "from": start + 1 if data else None,
            "last_page": last_page,
            "path": path,
            "per_page": per_page,
            "to": start + len(data) if data else None,
            "total": total,
        },
    }
