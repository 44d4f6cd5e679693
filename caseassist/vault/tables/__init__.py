"""SQLModel tables of the vault, one module per area.

Import the module whose tables you query: a command that reads cases does not
load the directory's tables. `register_all()` loads every module, for what needs
the whole schema in `SQLModel.metadata` (tests comparing it with a vault).
"""

from __future__ import annotations

import importlib

MODULES = ("core", "cases", "household", "directory", "drafts")


def register_all() -> None:
    for name in MODULES:
        importlib.import_module(f"{__name__}.{name}")
