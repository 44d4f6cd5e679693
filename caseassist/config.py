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
    idle = data.get("idle_lock_minutes", defaults.idle_lock_minutes)
    langs = data.get("staff_languages", list(defaults.staff_languages))
    loc = data.get("shelter_location")
    threshold = data.get("small_cell_threshold", defaults.small_cell_threshold)
    return Settings(
        ui_language=str(data.get("ui_language", "")),
        idle_lock_minutes=idle
        if isinstance(idle, int) and 1 <= idle <= 240
        else defaults.idle_lock_minutes,
        staff_languages=tuple(str(x) for x in langs)
        if isinstance(langs, list) and langs
        else defaults.staff_languages,
        shelter_location=(float(loc[0]), float(loc[1]))
        if isinstance(loc, list) and len(loc) == 2 and all(isinstance(v, int | float) for v in loc)
        else None,
        small_cell_threshold=threshold
        if isinstance(threshold, int) and 2 <= threshold <= 100
        else 11,
        extra={k: v for k, v in data.items() if k not in Settings.__dataclass_fields__},
    )
