"""Find a city by its Arabic or English name, as every integration does before creating orders."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from treek_client.api.utilities import list_cities
from treek_client.client import Client
from treek_client.models import City
from treek_client.types import UNSET

# Arabic diacritics (tashkeel) and the tatweel stretch: not part of a name.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ALEF_FORMS = str.maketrans("أإآٱ", "اااا")


def normalise_name(name: str) -> str:
    """Casefolded, spaces collapsed, Arabic diacritics and alef variants unified."""
    text = unicodedata.normalize("NFKC", name)
    text = _ARABIC_MARKS.sub("", text).translate(_ALEF_FORMS)
    return " ".join(text.casefold().split())


def _match(cities: Sequence[City], wanted: str) -> City | None:
    for city in cities:
        names = [city.name] + ([city.name_ar] if isinstance(city.name_ar, str) else [])
        if any(normalise_name(n) == wanted for n in names):
            return city
    return None


def _wanted(name: str) -> str:
    if not isinstance(name, str) or not normalise_name(name):
        raise ValueError(f"a city name is needed, got {name!r}")
    return normalise_name(name)


def find_city(client: Client, name: str, *, country_id: int = 1) -> City | None:
    """Ask with `search` first; if the server's search misses, match against the whole list."""
    wanted = _wanted(name)
    for search in (name.strip(), UNSET):
        cities = list_cities.sync(client=client, country_id=country_id, search=search).data
        city = _match(cities, wanted)
        if city is not None:
            return city
    return None


async def afind_city(client: Client, name: str, *, country_id: int = 1) -> City | None:
    wanted = _wanted(name)
    for search in (name.strip(), UNSET):
        response = await list_cities.asyncio(client=client, country_id=country_id, search=search)
        city = _match(response.data, wanted)
        if city is not None:
            return city
    return None
