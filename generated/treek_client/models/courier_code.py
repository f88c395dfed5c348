from typing import Literal

CourierCode = Literal["aramex", "barq", "jt", "spl", "thabit", "transcorp"]

COURIER_CODE_VALUES: set[CourierCode] = {
    "aramex",
    "barq",
    "jt",
    "spl",
    "thabit",
    "transcorp",
}


def check_courier_code(value: str) -> CourierCode:
    if value in COURIER_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COURIER_CODE_VALUES!r}")
