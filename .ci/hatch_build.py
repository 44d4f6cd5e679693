"""Compile the gettext catalogs into the wheel, so an installed caseassist speaks every language."""

from __future__ import annotations

import io
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CatalogBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel" or version == "editable":
            return  # a checkout compiles catalogs in memory (caseassist.i18n)
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        root = Path(self.root)
        out = root / "build" / "mo"
        for po in sorted((root / "locales").glob("*/LC_MESSAGES/caseassist.po")):
            with po.open("rb") as fh:
                catalog = read_po(fh)
            buf = io.BytesIO()
            write_mo(buf, catalog, use_fuzzy=False)
            target = out / po.parent.parent.name / "LC_MESSAGES" / "caseassist.mo"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(buf.getvalue())
            rel = f"caseassist/_data/locales/{po.parent.parent.name}/LC_MESSAGES/caseassist.mo"
            build_data["force_include"][str(target)] = rel
