"""Settings that are not secret, from `settings.toml` in the user's config folder.

Nothing about a survivor is ever kept here. A missing or unreadable file means
the defaults; a bad value falls back to its default rather than stopping work.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field

from caseassist.paths import config_dir

FILE_NAME = "settings.toml"


@dataclass(frozen=True)
class Settings:
    ui_language: str = ""  # empty: from the environment
    idle_lock_minutes: int = 5
    staff_languages: tuple[str, ...] = ("en",)  # languages staff can interview in
    shelter_location: tuple[float, float] | None = None  # for ranking providers by distance
    small_cell_threshold: int = 11
    extra: dict = field(default_factory=dict)


def load() -> Settings:
    path = config_dir() / FILE_NAME
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return Settings()
    defaults = Settings()
    langs = data.get("staff_languages")
    ui = data.get("ui_language", "")
    return Settings(
        ui_language=ui if isinstance(ui, str) else "",
        idle_lock_minutes=_whole(data.get("idle_lock_minutes"), 1, 240, defaults.idle_lock_minutes),
        staff_languages=tuple(langs)
        if isinstance(langs, list) and langs and all(isinstance(x, str) for x in langs)
        else defaults.staff_languages,
        shelter_location=_location(data.get("shelter_location")),
        small_cell_threshold=_whole(
            data.get("small_cell_threshold"), 2, 100, defaults.small_cell_threshold
        ),
        extra={k: v for k, v in data.items() if k not in Settings.__dataclass_fields__},
    )


def _whole(value: object, lo: int, hi: int, default: int) -> int:
    """A whole number in range; anything else (true, 1.5, nan, "7") is the default."""
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        return default
    return value


def _location(value: object) -> tuple[float, float] | None:
    """(latitude, longitude) in range; NaN, infinity, true or a wrong shape is no location."""
    if not isinstance(value, list) or len(value) != 2:
        return None
    if any(isinstance(v, bool) or not isinstance(v, int | float) for v in value):
        return None
    lat, lon = float(value[0]), float(value[1])
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):  # also false for NaN
        return None
    return lat, lon
